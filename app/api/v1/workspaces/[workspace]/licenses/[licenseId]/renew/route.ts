import { route } from "@/lib/api/endpoint";
import { renewLicenseEndpoint } from "@/lib/api/v1/renewals";

export const POST = route(renewLicenseEndpoint);
