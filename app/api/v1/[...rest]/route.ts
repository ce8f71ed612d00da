import { errorBody, json } from "@/lib/api/http";

/** Unknown API paths answer in the API's error shape, not with the console's HTML 404. */
function notFound() {
  return json(404, errorBody("not_found", "No such endpoint. See /api/v1/openapi.json."));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
