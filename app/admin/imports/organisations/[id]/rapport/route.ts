// GET /admin/imports/organisations/<id>/rapport: the report of one's confirmed import (CSV).
import { importReportResponse } from "@/lib/imports/organisation-import.http";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return importReportResponse((await params).id);
}
