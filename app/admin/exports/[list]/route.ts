// GET /admin/exports/<list>: a back-office list as a streamed CSV file (see lib/exports).
import { csvExportResponse } from "@/lib/exports/exports.http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  return csvExportResponse(request, (await params).list);
}
