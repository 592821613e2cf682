// The parts of an item's back-office page: its status with the reason of the last decision, the
// team's decision form, and its history from the audit log.
import { AuditLogTable } from "@/components/admin/audit-log-table";
import type { AuditLogEntry } from "@/lib/admin/audit-log.queries";
import type { ContentKind } from "@/lib/content-admin/content-admin";
import type { ContentRowBase } from "@/lib/content-admin/content-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { ContentDecisionForm } from "./content-decision-form";
import { ContentStatus } from "./content-tables";

const t = adminContentCopy.item;

type ItemStatus = ContentRowBase["status"] | "COMPLETED";

export function ContentItemStatus({ status, reason }: { status: ItemStatus; reason: string | null }) {
  return (
    <dl className="mb-6 grid gap-4 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">{t.status}</dt>
      <dd>
        <ContentStatus status={status} reason={reason} />
      </dd>
      <dt className="font-semibold">{t.reason}</dt>
      <dd className="whitespace-pre-line">{reason?.trim() ? reason : t.noReason}</dd>
    </dl>
  );
}

export function ContentItemDecision({ kind, id, title, status }: { kind: ContentKind; id: string; title: string; status: ItemStatus }) {
  return (
    <section aria-labelledby="decision-titre" className="my-8 rounded-lg border border-line p-4">
      <h2 id="decision-titre" className="mb-4 text-xl font-bold">
        {t.decide}
      </h2>
      <ContentDecisionForm kind={kind} id={id} title={title} published={status === "PUBLISHED"} />
    </section>
  );
}

export function ContentItemHistory({ entries }: { entries: AuditLogEntry[] }) {
  return (
    <section aria-labelledby="historique-titre" className="mt-8">
      <h2 id="historique-titre" className="mb-4 text-xl font-bold">
        {t.history}
      </h2>
      {entries.length > 0 ? <AuditLogTable entries={entries} /> : <p>{t.historyEmpty}</p>}
    </section>
  );
}
