import "server-only";
// Writes of the organisation import. The upload is checked (size, content, header, line count)
// and stored, nothing else; the confirmation re-reads the stored file, re-checks every line
// against the database as it is now, and creates the valid non-duplicate lines in one transaction
// with one audit entry. A second confirmation of the same import finds that audit entry (under an
// advisory lock, so that two clicks at once cannot both pass) and creates nothing.
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { baseSlug, nextFreeSlug } from "@/lib/organisations/organisations";
import { deleteImportUpload, loadImportReport, loadImportUpload, saveImportReport, saveImportUpload, type ImportReport } from "./import-storage";
import { MAX_IMPORT_BYTES, type ImportPreview, type PreviewLine } from "./organisation-import";
import { previewImportBytes, readCheckedLines } from "./organisation-import.queries";

const t = adminImportsCopy;
type Tx = Prisma.TransactionClient;
export type ImportContext = { ip?: string | null; now?: Date };

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;
/** A 5,000-line import holds its transaction for a few seconds: more than Prisma's 5 s default. */
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 } as const;

function requireImporter(principal: Principal): NonNullable<Principal> {
  assertCan(principal, "actor.import");
  if (!principal) throw new ForbiddenError();
  return principal;
}

const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Keeps the uploaded file for its preview once its content, header and size are right. */
export async function storeOrganisationImport(principal: Principal, file: File | null): Promise<string> {
  const importer = requireImporter(principal);
  if (!file || file.size === 0) throw new ValidationError({ file: [t.fileRequired] });
  if (file.size > MAX_IMPORT_BYTES) throw new ValidationError({ file: [t.fileTooLarge] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Read once now, so that a wrong file is refused on the form rather than on the preview page.
  await readCheckedLines(bytes);
  const fileName = file.name.replace(/[\u0000-\u001f"\\/]/g, "").slice(-120) || "fichier";
  return saveImportUpload(importer.id, bytes, { fileName, uploadedAt: new Date().toISOString() });
}

export async function cancelOrganisationImport(principal: Principal, importId: string): Promise<void> {
  const importer = requireImporter(principal);
  // Someone else's import, or one already confirmed or cancelled, is not found: never a quiet success.
  if (!(await loadImportUpload(importer.id, importId))) throw new NotFoundError(t.previewNotFound);
  await deleteImportUpload(importer.id, importId);
}

/** Slugs already taken by the bases of this file (a base, or a base followed by -<number>). */
async function takenSlugs(tx: Tx, bases: string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT "slug" FROM "Actor" WHERE "slug" = ANY(${bases}) OR substring("slug" from '^(.*)-[0-9]+$') = ANY(${bases})`;
  return new Set(rows.map((row) => row.slug));
}

async function createLines(tx: Tx, lines: PreviewLine[], now: Date): Promise<Map<number, string>> {
  const taken = await takenSlugs(tx, [...new Set(lines.map((line) => baseSlug(line.name)))]);
  const slugOfLine = new Map<string, PreviewLine>();
  for (const line of lines) {
    const slug = nextFreeSlug(baseSlug(line.name), taken);
    taken.add(slug);
    slugOfLine.set(slug, line);
  }
  const created = new Map<number, string>();
  for (const part of chunks([...slugOfLine.entries()])) {
    const rows = await tx.actor.createManyAndReturn({
      data: part.map(([slug, line]) => ({
        name: line.name,
        // Checked by classifyLines: a line without a kind is an error, never created.
        kind: line.kind!,
        slug,
        searchKey: buildSearchKey(line.name, line.description),
        siren: line.siren,
        description: line.description,
        website: line.website,
        contactEmail: line.contactEmail,
        contactPhone: line.phone,
        status: "PUBLISHED" as const,
        publishedAt: now,
      })),
      select: { id: true, slug: true },
    });
    for (const row of rows) created.set(slugOfLine.get(row.slug)!.line, row.id);
  }
  const byLine = new Map(lines.map((line) => [line.line, line]));
  const territories = [...created].flatMap(([line, actorId]) => byLine.get(line)!.territoryIds.map((territoryId) => ({ actorId, territoryId })));
  const sdgs = [...created].flatMap(([line, actorId]) => byLine.get(line)!.sdgs.map((sdgNumber) => ({ actorId, sdgNumber })));
  for (const part of chunks(territories)) await tx.actorTerritory.createMany({ data: part });
  for (const part of chunks(sdgs)) await tx.actorSdg.createMany({ data: part });
  return created;
}

function reportOf(fileName: string, preview: ImportPreview, created: Map<number, string>, now: Date): ImportReport {
  return {
    fileName,
    importedAt: now.toISOString(),
    counts: { create: created.size, duplicate: preview.counts.duplicate, error: preview.counts.error },
    lines: preview.lines.map((line) => ({
      line: line.line,
      name: line.name,
      siren: line.siren,
      outcome: line.outcome,
      detail: line.outcome === "error" ? line.errors.join(" ") : (line.duplicate ?? ""),
      actorId: created.get(line.line) ?? null,
    })),
  };
}

/** Creates the preview's "à créer" lines, once; returns the report (also kept for download). */
export async function confirmOrganisationImport(principal: Principal, importId: string, context: ImportContext = {}): Promise<ImportReport> {
  const importer = requireImporter(principal);
  if (await loadImportReport(importer.id, importId)) throw new ConflictError(t.alreadyImported);
  const upload = await loadImportUpload(importer.id, importId);
  if (!upload) throw new NotFoundError(t.previewNotFound);
  const now = context.now ?? new Date();
  const report = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`organisation-import:${importId}`}))`;
    if (await tx.auditLog.findFirst({ where: { entity: "OrganisationImport", entityId: importId }, select: { id: true } })) {
      throw new ConflictError(t.alreadyImported);
    }
    // Checked again inside the transaction: an organisation created since the preview is a duplicate now.
    const preview = await previewImportBytes(tx, upload.bytes);
    const created = await createLines(
      tx,
      preview.lines.filter((line) => line.outcome === "create"),
      now,
    );
    await writeAudit(tx, {
      userId: importer.id,
      action: "actor.imported",
      entity: "OrganisationImport",
      entityId: importId,
      summary: t.auditSummary(upload.meta.fileName, created.size, preview.counts.duplicate, preview.counts.error),
      ip: context.ip,
    });
    return reportOf(upload.meta.fileName, preview, created, now);
  }, TRANSACTION_OPTIONS);
  // After the commit: a failure here leaves the import done (its audit entry says so) and the
  // upload in place, which a second confirmation then refuses.
  await saveImportReport(importer.id, importId, report);
  await deleteImportUpload(importer.id, importId);
  return report;
}
