import { route } from "@/lib/api/endpoint";
import { createResellerSandboxEndpoint } from "@/lib/api/v1/reseller-sandboxes";

export const POST = route(createResellerSandboxEndpoint);
