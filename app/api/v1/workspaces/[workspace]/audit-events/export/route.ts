import { route } from "@/lib/api/endpoint";
import { exportAuditEventsEndpoint } from "@/lib/api/v1/audit";

export const GET = route(exportAuditEventsEndpoint);
