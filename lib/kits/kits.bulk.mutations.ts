import "server-only";
// Bulk actions of the back office's kits list: publish the draft of each selected kit, archive,
// restore. Each kit goes through the single-kit mutation (publishKit, archiveKit, restoreKit), so
// in its own transaction with its own audit row, exactly as from its page: one kit that changed
// meanwhile is skipped and reported, it does not undo the others. The permission is checked here
// first, whoever calls, and again by each mutation.
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { archiveKit, publishKit, restoreKit } from "./kits.mutations";
import { KIT_BULK_MAX, bulkSkipReason, type KitBulkDecision, type KitSkipReason } from "./kits.list";

const t = kitsAdminLabels.bulk;

export type BulkKitsOutcome = {
  changed: { id: string; title: string }[];
  skipped: { id: string; title: string; reason: KitSkipReason }[];
};

async function runBulk(principal: Principal, decision: KitBulkDecision, kitIds: string[], context: { ip?: string | null }): Promise<BulkKitsOutcome> {
  assertCan(principal, "kit.publish");
  const ids = [...new Set(kitIds)];
  if (ids.length === 0) throw new ValidationError({ ids: [t.noneSelected] });
  if (ids.length > KIT_BULK_MAX) throw new ValidationError({ ids: [t.tooMany(KIT_BULK_MAX)] });
  const kits = await db.kit.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, status: true, versions: { where: { publishedAt: null }, select: { title: true } } },
  });
  if (kits.length !== ids.length) throw new NotFoundError(t.notFound);
  const outcome: BulkKitsOutcome = { changed: [], skipped: [] };
  // In the order of the selection: the report reads like the table.
  const byId = new Map(kits.map((kit) => [kit.id, kit]));
  for (const id of ids) {
    const kit = byId.get(id)!;
    const title = kit.versions[0]?.title ?? kit.title;
    const reason = bulkSkipReason(decision, { status: kit.status, hasDraft: kit.versions.length > 0 });
    if (reason) {
      outcome.skipped.push({ id, title, reason });
      continue;
    }
    try {
      if (decision === "publish") await publishKit(principal, id, "", context);
      else if (decision === "archive") await archiveKit(principal, id, context);
      else await restoreKit(principal, id, context);
      outcome.changed.push({ id, title });
    } catch (error) {
      // Published, archived or restored by someone else between the read and the change.
      if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
      outcome.skipped.push({ id, title, reason: "changed" });
    }
  }
  return outcome;
}

/** Publishes the draft of each kit (atomic per kit); kits without a draft, or archived, are skipped. */
export async function bulkPublishKits(principal: Principal, kitIds: string[], context: { ip?: string | null } = {}): Promise<BulkKitsOutcome> {
  return runBulk(principal, "publish", kitIds, context);
}

/** Archives each kit not archived yet. */
export async function bulkArchiveKits(principal: Principal, kitIds: string[], context: { ip?: string | null } = {}): Promise<BulkKitsOutcome> {
  return runBulk(principal, "archive", kitIds, context);
}

/** Brings each archived kit back (restoreKit: published again with its last version, or a draft). */
export async function bulkRestoreKits(principal: Principal, kitIds: string[], context: { ip?: string | null } = {}): Promise<BulkKitsOutcome> {
  return runBulk(principal, "restore", kitIds, context);
}
