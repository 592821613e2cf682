// Open data: the "acteurs" collection (JSON pages or CSV). See lib/open-data/http.ts.
import { handleList, optionsResponse } from "@/lib/open-data/http";

export function GET(request: Request) {
  return handleList(request, "acteurs");
}

export function OPTIONS() {
  return optionsResponse();
}
