import { route } from "@/lib/api/endpoint";
import { configureLicenseFeaturesEndpoint } from "@/lib/api/v1/activation";

export const PUT = route(configureLicenseFeaturesEndpoint);
