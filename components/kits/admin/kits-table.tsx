import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import type { AdminKitListItem } from "@/lib/kits/kits.admin.queries";
import { paths } from "@/lib/paths";

const cell = "border-b border-line px-3 py-2 align-top text-left";

export function KitsTable({ kits }: { kits: AdminKitListItem[] }) {
  const t = kitsLabels.admin;
  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-labelledby="kits-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse">
        <caption id="kits-legende" className="sr-only">
          {t.caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            {[t.columns.title, t.columns.category, t.columns.status, t.columns.version, t.columns.updatedAt].map((label) => (
              <th key={label} scope="col" className={cell}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kits.map((kit) => (
            <tr key={kit.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                <Link href={paths.adminKit(kit.id)}>{kit.title}</Link>
              </th>
              <td className={cell}>{kitsLabels.categories[kit.category].label}</td>
              <td className={cell}>
                <span className="flex flex-wrap gap-1">
                  <Badge tone={kit.status === "PUBLISHED" ? "brand" : "neutral"}>{kitsLabels.statuses[kit.status]}</Badge>
                  {kit.hasUnpublishedChanges ? <Badge tone="neutral">{t.unpublishedChanges}</Badge> : null}
                </span>
              </td>
              <td className={cell}>{kit.currentVersion > 0 ? kit.currentVersion : <span className="text-muted">{t.noVersion}</span>}</td>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={isoDateTime(kit.updatedAt)}>{formatDate(kit.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
