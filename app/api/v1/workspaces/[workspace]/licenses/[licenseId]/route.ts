import { route } from "@/lib/api/endpoint";
import { getLicenseEndpoint } from "@/lib/api/v1/activation";

export const GET = route(getLicenseEndpoint);
