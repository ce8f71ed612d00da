import { route } from "@/lib/api/endpoint";
import { verifyAuditEventsEndpoint } from "@/lib/api/v1/audit";

export const GET = route(verifyAuditEventsEndpoint);
