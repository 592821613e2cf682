import "server-only";
// The downloads of the organisation import, for their route handlers: the template (header and
// two example lines) and the report of a confirmed import (every line with its outcome). Both
// are CSV files made with lib/exports' encoding, so every cell goes through the formula guard:
// a name typed as "=HYPERLINK(…)" in the uploaded file comes back as text.
import { getPrincipal } from "@/lib/auth/session";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { CSV_CONTENT_TYPE, attachmentDisposition, csvFileName, encodeCsv } from "@/lib/exports/csv";
import { requireImporter, type ImportTarget } from "./import-scope";
import { IMPORT_ID_PATTERN } from "./import-storage";
import { IMPORT_COLUMNS } from "./organisation-import";
import { getOrganisationImportReport } from "./organisation-import.queries";

const t = adminImportsCopy;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": attachmentDisposition(fileName),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** 403 when the caller may not import for this target (staff, or an admin of the head). */
async function refusal(target: ImportTarget): Promise<Response | null> {
  try {
    await requireImporter(await getPrincipal(), target);
    return null;
  } catch (error) {
    if (error instanceof ForbiddenError) return plain(403, t.forbidden);
    if (error instanceof NotFoundError) return plain(404, "");
    throw error;
  }
}

export async function importTemplateResponse(target: ImportTarget = {}): Promise<Response> {
  const refused = await refusal(target);
  if (refused) return refused;
  const header = IMPORT_COLUMNS.map((column) => column.header);
  return csvResponse(encodeCsv(header, t.templateExamples), "modele-import-organisations.csv");
}

export async function importReportResponse(importId: string, target: ImportTarget = {}): Promise<Response> {
  const refused = await refusal(target);
  if (refused) return refused;
  // Another user's import, one of another target, or one not confirmed yet, is as unknown as an id nobody has.
  let report = null;
  try {
    report = IMPORT_ID_PATTERN.test(importId) ? await getOrganisationImportReport(await getPrincipal(), importId, target) : null;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  if (!report) return plain(404, "");
  const outcome = { create: t.report.created, duplicate: t.report.duplicate, error: t.report.error };
  const rows = report.lines.map((line) => [line.line, line.name, line.siren, outcome[line.outcome], line.detail, line.actorId]);
  return csvResponse(encodeCsv(t.report.header, rows), csvFileName("rapport-import-organisations", new Date(report.importedAt)));
}
