import { json } from "@/lib/api/http";
import { buildOpenApi } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/api/v1";

export function GET(request: Request) {
  return json(200, buildOpenApi(ENDPOINTS, `${new URL(request.url).origin}/api/v1`));
}
