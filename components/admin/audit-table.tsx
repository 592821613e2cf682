import { EmptyState } from "@/components/ui/empty-state";
import type { AuditEntryView } from "@/lib/admin/admin.queries";
import { formatDateTime, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";

const t = labels.admin.dashboard;
const cell = "border-b border-line px-3 py-2 align-top";

/** The latest audit-log entries: when, who, what (in French) and the entry's own summary. */
export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  if (entries.length === 0) return <EmptyState title={t.auditEmpty} />;
  return (
    <div role="region" aria-labelledby="audit-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id="audit-legende" className="sr-only">
          {t.auditCaption}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={cell}>
              {t.auditColumns.date}
            </th>
            <th scope="col" className={cell}>
              {t.auditColumns.who}
            </th>
            <th scope="col" className={cell}>
              {t.auditColumns.action}
            </th>
            <th scope="col" className={cell}>
              {t.auditColumns.summary}
            </th>
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
                  <span className="text-muted">{t.anonymous}</span>
                )}
              </td>
              <td className={cell}>{labels.admin.auditAction(entry.action)}</td>
              <td className={cell}>{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
