import { apiLocale, errorBody, json } from "@/lib/api/http";
import { translatorFor } from "@/lib/i18n/translate";

/** Unknown API paths answer in the API's error shape, not with the console's HTML 404. */
function notFound(request: Request) {
  return json(404, errorBody("not_found", translatorFor(apiLocale(request))("apiErrors.no_endpoint")));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
