// GET /admin/observatoire/donnees/<dataset>: one dataset of the observatory as a CSV file.
import { observatoryCsvResponse } from "@/lib/observatory/observatory.http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return observatoryCsvResponse(request, (await params).dataset);
}
