// Open data: one SDG target by code ("17.17"). See lib/open-data/http.ts.
import { handleItem, optionsResponse } from "@/lib/open-data/http";

export async function GET(request: Request, context: { params: Promise<{ code: string }> }) {
  return handleItem(request, "cibles", await context.params);
}

export function OPTIONS() {
  return optionsResponse();
}
