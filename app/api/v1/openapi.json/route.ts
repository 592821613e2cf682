// Open data: the OpenAPI 3.1 document, generated from the API's zod schemas.
import { openApiResponse, optionsResponse } from "@/lib/open-data/http";

export function GET(request: Request) {
  return openApiResponse(request);
}

export function OPTIONS() {
  return optionsResponse();
}
