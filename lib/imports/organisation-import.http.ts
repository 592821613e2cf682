import "server-only";
// The downloads of the organisation import, for their route handlers: the template (header and
// two example lines) and the report of a confirmed import (every line with its outcome). Both
// are CSV files made with lib/exports' encoding, so every cell goes through the formula guard:
// a name typed as "=HYPERLINK(…)" in the uploaded file comes back as text.
import { can } from "@/lib/auth/permissions";
import { getPrincipal } from "@/lib/auth/session";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { CSV_CONTENT_TYPE, attachmentDisposition, csvFileName, encodeCsv } from "@/lib/exports/csv";
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

export async function importTemplateResponse(): Promise<Response> {
  if (!can(await getPrincipal(), "actor.import")) return plain(403, t.forbidden);
  const header = IMPORT_COLUMNS.map((column) => column.header);
  return csvResponse(encodeCsv(header, t.templateExamples), "modele-import-organisations.csv");
}

export async function importReportResponse(importId: string): Promise<Response> {
  const principal = await getPrincipal();
  if (!can(principal, "actor.import")) return plain(403, t.forbidden);
  // Another user's import, or one not confirmed yet, is as unknown as an id nobody has.
  const report = IMPORT_ID_PATTERN.test(importId) ? await getOrganisationImportReport(principal, importId) : null;
  if (!report) return plain(404, "");
  const outcome = { create: t.report.created, duplicate: t.report.duplicate, error: t.report.error };
  const rows = report.lines.map((line) => [line.line, line.name, line.siren, outcome[line.outcome], line.detail, line.actorId]);
  return csvResponse(encodeCsv(t.report.header, rows), csvFileName("rapport-import-organisations", new Date(report.importedAt)));
}
