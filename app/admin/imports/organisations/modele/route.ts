// GET /admin/imports/organisations/modele: the template of the organisation import (CSV).
import { importTemplateResponse } from "@/lib/imports/organisation-import.http";

export const dynamic = "force-dynamic";

export async function GET() {
  return importTemplateResponse();
}
