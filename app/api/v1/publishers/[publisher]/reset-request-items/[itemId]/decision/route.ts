import { route } from "@/lib/api/endpoint";
import { decideResetItemEndpoint } from "@/lib/api/v1/hosts";

export const POST = route(decideResetItemEndpoint);
