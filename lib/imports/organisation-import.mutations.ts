import "server-only";
// Writes of the organisation import. The upload is checked (size, content, header, line count)
// and stored, with its OrganisationImport row, nothing else. The confirmation only queues the
// import: the row becomes QUEUED and the job (imports:organisations) is added in the same
// transaction, so that a click queues exactly one job and a double click none more. The worker
// (organisation-import.job.ts) re-reads the stored file, re-checks every line against the
// database as it is then, and creates the valid non-duplicate lines in one transaction with one
// audit entry (createImportLines below), once: under an advisory lock, the audit entry of a
// previous run makes any later run write nothing.
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import type { Principal } from "@/lib/auth/permissions";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { ConflictError, NotFoundError, RateLimitError, ValidationError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue.mutations";
import { IMPORT_MAX_ATTEMPTS, organisationImportJobKey } from "@/lib/jobs/job-types";
import { baseSlug, nextFreeSlug } from "@/lib/organisations/organisations";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { hit } from "@/lib/rate-limit/rate-limit.mutations";
import { assertImportTarget, maxLinesOf, requireImporter, type ImportTarget } from "./import-scope";
import { deleteImportUpload, loadImportReport, loadImportUpload, saveImportUpload, type ImportReport } from "./import-storage";
import { MAX_IMPORT_BYTES, type ImportPreview, type PreviewLine } from "./organisation-import";
import { readCheckedLines } from "./organisation-import.queries";

const t = adminImportsCopy;
type Tx = Prisma.TransactionClient;
export type ImportContext = { ip?: string | null; now?: Date };

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1000;
/** A 5,000-line import holds its transaction for a few seconds: more than Prisma's 5 s default. */
export const IMPORT_TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 } as const;

const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Keeps the uploaded file for its preview once its content, header and size are right. A head's
 * uploads are counted (rate limit networkImport) and capped at HEAD_IMPORT_MAX_LINES lines.
 */
export async function storeOrganisationImport(principal: Principal, file: File | null, target: ImportTarget = {}): Promise<string> {
  const importer = await requireImporter(principal, target);
  if (!file || file.size === 0) throw new ValidationError({ file: [t.fileRequired] });
  if (file.size > MAX_IMPORT_BYTES) throw new ValidationError({ file: [t.fileTooLarge] });
  if (target.headId) {
    const counted = await hit(rateLimitKey("networkImport", "user", importer.id), rateLimitRule("networkImport"));
    if (!counted.allowed) throw new RateLimitError(counted.retryAfterSeconds, t.tooManyImports);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Read once now, so that a wrong file is refused on the form rather than on the preview page.
  const lines = await readCheckedLines(bytes, maxLinesOf(target));
  const fileName = file.name.replace(/[\u0000-\u001f"\\/]/g, "").slice(-120) || "fichier";
  const importId = await saveImportUpload(importer.id, bytes, { fileName, uploadedAt: new Date().toISOString() });
  await db.organisationImport.create({ data: { id: importId, userId: importer.id, headId: target.headId ?? null, fileName, linesTotal: lines.length } });
  return importId;
}

/** A preview, or a failed import, may be cancelled; a queued, running or done one may not. */
const CANCELLABLE = ["PREVIEW", "FAILED"] as const;

export async function cancelOrganisationImport(principal: Principal, importId: string, target: ImportTarget = {}): Promise<void> {
  const importer = await requireImporter(principal, target);
  await assertImportTarget(importer.id, importId, target);
  // Someone else's import, or one already confirmed or cancelled, is not found: never a quiet success.
  if (!(await loadImportUpload(importer.id, importId))) throw new NotFoundError(t.previewNotFound);
  const row = await db.organisationImport.findFirst({ where: { id: importId, userId: importer.id }, select: { status: true } });
  if (row && !(CANCELLABLE as readonly string[]).includes(row.status)) throw new ConflictError(t.alreadyQueued);
  await db.organisationImport.deleteMany({ where: { id: importId, userId: importer.id, status: { in: [...CANCELLABLE] } } });
  await deleteImportUpload(importer.id, importId);
}

/**
 * Queues the import's confirmation (or its retry after a failure): the row becomes QUEUED and its
 * job is added in one transaction. An import already queued, running or done is a conflict.
 */
export async function queueOrganisationImport(principal: Principal, importId: string, context: ImportContext = {}, target: ImportTarget = {}): Promise<void> {
  const importer = await requireImporter(principal, target);
  await assertImportTarget(importer.id, importId, target);
  if (await loadImportReport(importer.id, importId)) throw new ConflictError(t.alreadyImported);
  const upload = await loadImportUpload(importer.id, importId);
  if (!upload) throw new NotFoundError(t.previewNotFound);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    // Uploads stored before imports had rows get theirs now.
    await tx.organisationImport.upsert({
      where: { id: importId },
      create: { id: importId, userId: importer.id, fileName: upload.meta.fileName },
      update: {},
    });
    const queued = await tx.organisationImport.updateMany({
      where: { id: importId, userId: importer.id, status: { in: [...CANCELLABLE] } },
      data: { status: "QUEUED", queuedAt: now, linesDone: 0, error: null },
    });
    if (queued.count === 0) {
      const row = await tx.organisationImport.findUnique({ where: { id: importId }, select: { status: true, userId: true } });
      if (!row || row.userId !== importer.id) throw new NotFoundError(t.previewNotFound);
      throw new ConflictError(row.status === "DONE" ? t.alreadyImported : t.alreadyQueued);
    }
    await enqueueJob(
      "imports:organisations",
      { importId, userId: importer.id, ip: context.ip ?? null },
      { tx, key: organisationImportJobKey(importId), maxAttempts: IMPORT_MAX_ATTEMPTS },
    );
  });
}

/** Slugs already taken by the bases of this file (a base, or a base followed by -<number>). */
async function takenSlugs(tx: Tx, bases: string[]): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT "slug" FROM "Actor" WHERE "slug" = ANY(${bases}) OR substring("slug" from '^(.*)-[0-9]+$') = ANY(${bases})`;
  return new Set(rows.map((row) => row.slug));
}

/**
 * A staff import publishes its lines. A head's import makes them its local teams, PENDING
 * moderation like any new organisation, linked to the head (an ACCEPTED link, since the head
 * itself asked, and Actor.parentId that mirrors it).
 */
async function createLines(tx: Tx, lines: PreviewLine[], now: Date, head: { headId: string; userId: string } | null): Promise<Map<number, string>> {
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
        status: head ? ("PENDING" as const) : ("PUBLISHED" as const),
        publishedAt: head ? null : now,
        parentId: head?.headId ?? null,
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
  if (head) {
    const links = [...created.values()].map((teamId) => ({
      headId: head.headId,
      teamId,
      status: "ACCEPTED" as const,
      requestedBy: "HEAD" as const,
      requestedById: head.userId,
      decidedAt: now,
    }));
    for (const part of chunks(links)) await tx.networkLink.createMany({ data: part });
  }
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

/**
 * Inside the import's transaction: creates the preview's "à créer" lines, writes the audit entry
 * and returns the report. `onProgress` is told the lines done after each batch (it writes outside
 * the transaction, so that the import page sees it while the transaction runs).
 */
export async function createImportLines(
  tx: Tx,
  input: { importId: string; userId: string; headId: string | null; fileName: string; preview: ImportPreview; ip?: string | null; now: Date },
  onProgress: (done: number) => Promise<void>,
): Promise<ImportReport> {
  const { preview, now } = input;
  const toCreate = preview.lines.filter((line) => line.outcome === "create");
  let done = preview.lines.length - toCreate.length;
  await onProgress(done);
  const created = new Map<number, string>();
  for (const part of chunks(toCreate)) {
    const head = input.headId ? { headId: input.headId, userId: input.userId } : null;
    for (const [line, id] of await createLines(tx, part, now, head)) created.set(line, id);
    done += part.length;
    await onProgress(done);
  }
  await writeAudit(tx, {
    userId: input.userId,
    action: "actor.imported",
    entity: "OrganisationImport",
    entityId: input.importId,
    summary: t.auditSummary(input.fileName, created.size, preview.counts.duplicate, preview.counts.error),
    ip: input.ip,
  });
  return reportOf(input.fileName, preview, created, now);
}
