import type { AuditLogEntry } from "@/lib/admin/audit-log.queries";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";

const t = labels.admin.auditLog;
const cell = "border-b border-line px-3 py-2 align-top";

/** A page of the audit log: when, who, what (in French), on which element, and the summary. */
export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-labelledby="journal-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id="journal-legende" className="sr-only">
          {t.caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            {[t.columns.date, t.columns.who, t.columns.action, t.columns.entity, t.columns.summary].map((column) => (
              <th key={column} scope="col" className={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={isoDateTime(entry.createdAt)}>{formatDateTime(entry.createdAt)}</time>
              </td>
              <td className={`${cell} break-all`}>
                {entry.user ? (
                  <>
                    {entry.user.name ?? entry.user.email}
                    {entry.user.name ? <span className="block text-sm text-muted">{entry.user.email}</span> : null}
                  </>
                ) : (
                  <span className="text-muted">{labels.admin.dashboard.anonymous}</span>
                )}
              </td>
              <td className={cell}>{labels.admin.auditAction(entry.action)}</td>
              <td className={cell}>
                {labels.admin.auditEntity(entry.entity)}
                {entry.entityId ? <span className="block font-mono text-sm break-all text-muted">{entry.entityId}</span> : null}
              </td>
              <td className={`${cell} break-words`}>{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
