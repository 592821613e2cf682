// GET /espace/organisations/<id>/reseau/import/<importId>/rapport: the report of one's confirmed
// import of local teams (CSV).
import { importReportResponse } from "@/lib/imports/organisation-import.http";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; importId: string }> }) {
  const { id, importId } = await params;
  return importReportResponse(importId, { headId: id });
}
