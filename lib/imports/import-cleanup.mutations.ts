import "server-only";
// Abandoned import previews (uploaded, never confirmed nor cancelled) go with their stored files:
// a step of the scheduled housekeeping (lib/maintenance/housekeeping.ts). The files first, then
// the row: a run stopped half-way leaves the row, which the next run finds again. Queued, running,
// failed and done imports are kept (a failed one waits for its importer's decision).
import { db } from "@/lib/db";
import { deleteImportUpload } from "./import-storage";

export async function deleteAbandonedImportPreviews(cutoff: Date): Promise<number> {
  const abandoned = await db.organisationImport.findMany({
    where: { status: "PREVIEW", createdAt: { lt: cutoff } },
    select: { id: true, userId: true },
    take: 1000,
  });
  for (const row of abandoned) {
    await deleteImportUpload(row.userId, row.id);
    await db.organisationImport.deleteMany({ where: { id: row.id, status: "PREVIEW" } });
  }
  return abandoned.length;
}
