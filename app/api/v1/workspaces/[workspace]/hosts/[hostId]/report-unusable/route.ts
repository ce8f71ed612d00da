import { route } from "@/lib/api/endpoint";
import { reportUnusableEndpoint } from "@/lib/api/v1/hosts";

export const POST = route(reportUnusableEndpoint);
