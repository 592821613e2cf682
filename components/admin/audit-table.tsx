import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { AuditEntryView } from "@/lib/admin/admin.queries";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";

const t = labels.admin.dashboard;

/** What both audit tables (the dashboard's latest entries and the journal) show first. */
type AuditRow = Pick<AuditEntryView, "createdAt" | "user" | "action" | "targetLabel">;

/** When, who (name over e-mail as they were then, "an attempt on X", or "anonymous") and what (in French), under the given headers. */
export function auditLeadColumns<Row extends AuditRow>(headers: { date: string; who: string; action: string }): DataColumn<Row>[] {
  return [
    {
      header: headers.date,
      className: "whitespace-nowrap",
      cell: (entry) => <time dateTime={isoDateTime(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>,
    },
    {
      header: headers.who,
      className: "break-all",
      cell: (entry) =>
        entry.user ? (
          <>
            {entry.user.name ?? entry.user.email}
            {entry.user.name ? <span className="block text-sm text-muted">{entry.user.email}</span> : null}
          </>
        ) : (
          <span className="text-muted">
            {entry.targetLabel && entry.action === "auth.signin.failed" ? labels.admin.auditAttempt(entry.targetLabel) : t.anonymous}
          </span>
        ),
    },
    { header: headers.action, cell: (entry) => labels.admin.auditAction(entry.action) },
  ];
}

/** The latest audit-log entries: when, who, what (in French) and the entry's own summary. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  const columns: DataColumn<AuditEntryView>[] = [...auditLeadColumns(t.auditColumns), { header: t.auditColumns.summary, cell: (entry) => entry.summary }];
  return <DataTable id="audit-legende" caption={t.auditCaption} columns={columns} rows={entries} rowKey={(entry) => entry.id} empty={t.auditEmpty} />;
}
