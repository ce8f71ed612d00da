import { route } from "@/lib/api/endpoint";
import { listAuditEventsEndpoint } from "@/lib/api/v1/audit";

export const GET = route(listAuditEventsEndpoint);
