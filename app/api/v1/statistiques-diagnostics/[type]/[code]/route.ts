// Open data: "statistiques-diagnostics" of one territory, by type and code (/commune/42218). See lib/open-data/http.ts.
import { handleItem, optionsResponse } from "@/lib/open-data/http";

export async function GET(request: Request, context: { params: Promise<{ type: string; code: string }> }) {
  return handleItem(request, "statistiques-diagnostics", await context.params);
}

export function OPTIONS() {
  return optionsResponse();
}
