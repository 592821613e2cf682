// Open data: one published item of "alliances" by slug. See lib/open-data/http.ts.
import { handleItem, optionsResponse } from "@/lib/open-data/http";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return handleItem(request, "alliances", await context.params);
}

export function OPTIONS() {
  return optionsResponse();
}
