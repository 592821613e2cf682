import "server-only";
// Reads of the organisation import: the preview of an uploaded file. Every line is checked on
// its own (pure, organisation-import.ts), then the facts the checks need are read for the whole
// file at once: one query for the territory codes, one for the SIRENs, one for the names already
// acting on those territories. A 5,000-line file costs three queries, not 15,000.
import type { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { toSearchKey } from "@/lib/text/search-key";
import { ImportFileError, readImportFile } from "./import-file";
import { assertImportTarget, maxLinesOf, requireImporter, type ImportTarget } from "./import-scope";
import { loadImportReport, loadImportUpload, type ImportReport } from "./import-storage";
import {
  MAX_IMPORT_LINES,
  checkLine,
  classifyLines,
  importNameKey,
  readImportTable,
  type CheckedLine,
  type ImportLookups,
  type ImportPreview,
} from "./organisation-import";

const t = adminImportsCopy;
type Client = Prisma.TransactionClient | typeof db;

/** The file's lines, checked on their own; a file that cannot be read is a `file` field error. */
export async function readCheckedLines(bytes: Uint8Array, maxLines: number = MAX_IMPORT_LINES): Promise<CheckedLine[]> {
  let rows: string[][];
  try {
    rows = (await readImportFile(bytes, maxLines)).rows;
  } catch (error) {
    if (error instanceof ImportFileError) throw new ValidationError({ file: [error.reason === "refused" ? t.fileRefused : t.fileUnreadable] });
    throw error;
  }
  const table = readImportTable(rows);
  if ("missing" in table) throw new ValidationError({ file: [t.missingColumns(table.missing)] });
  if (table.lines.length === 0) throw new ValidationError({ file: [t.fileEmpty] });
  if (table.lines.length > maxLines) throw new ValidationError({ file: [t.tooManyLines(maxLines)] });
  return table.lines.map(checkLine);
}

/** The three set-based reads behind a preview. */
export async function lookupImportFacts(client: Client, lines: readonly CheckedLine[]): Promise<ImportLookups> {
  const codes = [...new Set(lines.flatMap((line) => line.territoryCodes))];
  // A nine-digit code is an EPCI's SIREN (its official code); anything else a commune's INSEE code.
  const epciCodes = codes.filter((code) => /^\d{9}$/.test(code));
  const communeCodes = codes.filter((code) => !/^\d{9}$/.test(code) && code.length <= 5);
  const sirens = [...new Set(lines.flatMap((line) => (line.siren ? [line.siren] : [])))];
  const territoryRows = await client.territory.findMany({
    where: {
      OR: [
        { kind: "COMMUNE", code: { in: communeCodes } },
        { kind: "EPCI", code: { in: epciCodes } },
      ],
    },
    select: { id: true, code: true, name: true },
  });
  const territories = new Map(territoryRows.map((row) => [row.code, { id: row.id, name: row.name }]));
  const sirenRows = sirens.length > 0 ? await client.actor.findMany({ where: { siren: { in: sirens } }, select: { siren: true, name: true } }) : [];
  const nameKeys = new Set(lines.map((line) => line.nameKey));
  const nameRows =
    territoryRows.length > 0
      ? await client.actorTerritory.findMany({
          where: { territoryId: { in: territoryRows.map((row) => row.id) } },
          select: { territoryId: true, actor: { select: { name: true } } },
        })
      : [];
  const names = new Map<string, string>();
  for (const row of nameRows) {
    const key = toSearchKey(row.actor.name);
    if (nameKeys.has(key)) names.set(importNameKey(key, row.territoryId), row.actor.name);
  }
  return { territories, sirens: new Map(sirenRows.map((row) => [row.siren ?? "", row.name])), names };
}

/** The preview of an upload's bytes (shared by the page and the confirmation, which re-reads it). */
export async function previewImportBytes(client: Client, bytes: Uint8Array, maxLines: number = MAX_IMPORT_LINES): Promise<ImportPreview> {
  const lines = await readCheckedLines(bytes, maxLines);
  return classifyLines(lines, await lookupImportFacts(client, lines));
}

export type ImportView =
  | { state: "preview"; importId: string; fileName: string; preview: ImportPreview }
  | { state: "running"; importId: string; fileName: string; queued: boolean; linesDone: number; linesTotal: number }
  | { state: "failed"; importId: string; fileName: string; error: string }
  | { state: "done"; importId: string; report: ImportReport }
  | { state: "invalid"; importId: string; fileName: string; errors: string[] };

/** What the import page shows for `importId`: its preview, or its outcome once confirmed. */
export async function getOrganisationImport(principal: Principal, importId: string, target: ImportTarget = {}): Promise<ImportView> {
  principal = await requireImporter(principal, target);
  await assertImportTarget(principal.id, importId, target);
  // Only the importer's own row: another user's import id is not found.
  const row = await db.organisationImport.findFirst({ where: { id: importId, userId: principal.id } });
  if (row?.status === "QUEUED" || row?.status === "RUNNING") {
    const { fileName, linesDone, linesTotal } = row;
    return { state: "running", importId, fileName, queued: row.status === "QUEUED", linesDone, linesTotal };
  }
  if (row?.status === "FAILED") return { state: "failed", importId, fileName: row.fileName, error: row.error ?? t.failed };
  const report = await loadImportReport(principal.id, importId);
  if (report) return { state: "done", importId, report };
  const upload = await loadImportUpload(principal.id, importId);
  if (!upload) throw new NotFoundError(t.previewNotFound);
  try {
    return { state: "preview", importId, fileName: upload.meta.fileName, preview: await previewImportBytes(db, upload.bytes, maxLinesOf(target)) };
  } catch (error) {
    if (error instanceof ValidationError) return { state: "invalid", importId, fileName: upload.meta.fileName, errors: error.fieldErrors.file ?? [] };
    throw error;
  }
}

/** The report of a confirmed import of the caller, or null. */
export async function getOrganisationImportReport(principal: Principal, importId: string, target: ImportTarget = {}): Promise<ImportReport | null> {
  const importer = await requireImporter(principal, target);
  await assertImportTarget(importer.id, importId, target);
  return loadImportReport(importer.id, importId);
}
