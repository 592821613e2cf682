// GET /espace/organisations/<id>/reseau/import/modele: the template of a network head's import (CSV).
import { importTemplateResponse } from "@/lib/imports/organisation-import.http";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return importTemplateResponse({ headId: (await params).id });
}
