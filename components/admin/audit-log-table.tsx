import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { AuditLogEntry } from "@/lib/admin/audit-log.queries";
import { labels } from "@/lib/labels";
import { auditLeadColumns } from "./audit-table";

const t = labels.admin.auditLog;

/** A page of the audit log: when, who, what (in French), on which element, the summary and the IP. */
export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  const columns: DataColumn<AuditLogEntry>[] = [
    ...auditLeadColumns<AuditLogEntry>(t.columns),
    {
      header: t.columns.entity,
      cell: (entry) => (
        <>
          {labels.admin.auditEntity(entry.entity)}
          {entry.entityId ? <span className="block font-mono text-sm break-all text-muted">{entry.entityId}</span> : null}
        </>
      ),
    },
    { header: t.columns.summary, className: "break-words", cell: (entry) => entry.summary },
    { header: t.columns.ip, className: "font-mono text-sm break-all", cell: (entry) => entry.ip ?? <span className="text-muted">{t.noIp}</span> },
  ];
  return <DataTable id="journal-legende" caption={t.caption} columns={columns} rows={entries} rowKey={(entry) => entry.id} />;
}
