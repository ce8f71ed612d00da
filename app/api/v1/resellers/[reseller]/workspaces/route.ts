import { route } from "@/lib/api/endpoint";
import { createCustomerWorkspaceEndpoint } from "@/lib/api/v1/reseller-links";

export const POST = route(createCustomerWorkspaceEndpoint);
