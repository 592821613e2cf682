import "server-only";
// The worker's side of an organisation import (task imports:organisations, queued by
// queueOrganisationImport). It writes the import in one transaction, as the confirmation used to
// in the request, and the progress (lines done / total) outside it, so that the import page sees
// it move. Safe to run again or on two workers at once: under the import's advisory lock, a run
// that finds the audit entry of an earlier one writes nothing. A failure marks the import FAILED
// (the page offers to run it again) and is rethrown, so that the queue retries it and, after its
// last attempt, keeps it in the dead-letter list of /admin/taches.
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import type { OrganisationImportJob } from "@/lib/jobs/job-types";
import { log } from "@/lib/log/logger";
import { maxLinesOf, requireImporter } from "./import-scope";
import { deleteImportUpload, loadImportUpload, saveImportReport } from "./import-storage";
import { IMPORT_TRANSACTION_OPTIONS, createImportLines } from "./organisation-import.mutations";
import { previewImportBytes } from "./organisation-import.queries";

const t = adminImportsCopy;

export type ImportRunOutcome = "imported" | "already-imported" | "nothing-to-do";

const alreadyWritten = (importId: string, tx: Pick<typeof db, "auditLog"> = db) =>
  tx.auditLog.findFirst({ where: { entity: "OrganisationImport", entityId: importId }, select: { id: true } });

async function markDone(importId: string, now: Date) {
  await db.organisationImport.updateMany({ where: { id: importId }, data: { status: "DONE", finishedAt: now } });
}

export async function runOrganisationImport(job: OrganisationImportJob, now: Date = new Date()): Promise<ImportRunOutcome> {
  const row = await db.organisationImport.findUnique({
    where: { id: job.importId },
    select: { userId: true, headId: true, status: true, fileName: true, user: { select: { id: true, platformRole: true } } },
  });
  // Cancelled, or its importer's account deleted: nothing is left to import.
  if (!row || row.userId !== job.userId) return "nothing-to-do";
  if (row.status === "DONE") return "already-imported";
  try {
    // Checked again: an importer who lost the right since the confirmation (staff role, or admin
    // of the head) imports nothing.
    const target = { headId: row.headId };
    await requireImporter({ id: row.user.id, platformRole: row.user.platformRole }, target);
    const upload = await loadImportUpload(job.userId, job.importId);
    if (!upload) {
      if (!(await alreadyWritten(job.importId))) throw new Error(`organisation import ${job.importId}: the uploaded file is missing`);
      await markDone(job.importId, now);
      return "already-imported";
    }
    await db.organisationImport.updateMany({ where: { id: job.importId, status: { not: "DONE" } }, data: { status: "RUNNING", linesDone: 0 } });
    const report = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`organisation-import:${job.importId}`}))`;
      if (await alreadyWritten(job.importId, tx)) return null;
      // Checked again inside the transaction: an organisation created since the preview is a duplicate now.
      const preview = await previewImportBytes(tx, upload.bytes, maxLinesOf(target));
      const written = await createImportLines(
        tx,
        { importId: job.importId, userId: job.userId, headId: row.headId, fileName: row.fileName, preview, ip: job.ip, now },
        async (done) => {
          // Through the pool, not the transaction: visible at once to the page that polls.
          await db.organisationImport.updateMany({ where: { id: job.importId }, data: { linesDone: done, linesTotal: preview.lines.length } });
        },
      );
      await tx.organisationImport.update({ where: { id: job.importId }, data: { status: "DONE", finishedAt: now, error: null } });
      // Kept before the commit: once the row says DONE, its report is there to download.
      await saveImportReport(job.userId, job.importId, written);
      return written;
    }, IMPORT_TRANSACTION_OPTIONS);
    if (!report) {
      await markDone(job.importId, now);
      return "already-imported";
    }
    await deleteImportUpload(job.userId, job.importId);
    return "imported";
  } catch (error) {
    const detail = error instanceof ValidationError ? Object.values(error.fieldErrors).flat().join(" ") : null;
    await db.organisationImport
      .updateMany({ where: { id: job.importId, status: { not: "DONE" } }, data: { status: "FAILED", error: detail || t.failed } })
      .catch((markError: unknown) => log.error({ err: markError }, "Organisation import: could not mark the import as failed"));
    throw error;
  }
}
