import { route } from "@/lib/api/endpoint";
import { getRenewalEndpoint } from "@/lib/api/v1/renewals";

export const GET = route(getRenewalEndpoint);
