import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import type { AdminKitListItem } from "@/lib/kits/kits.admin.queries";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin;

const columns: DataColumn<AdminKitListItem>[] = [
  { header: t.columns.title, rowHeader: true, cell: (kit) => <Link href={paths.adminKit(kit.id)}>{kit.title}</Link> },
  { header: t.columns.category, cell: (kit) => kitsLabels.categories[kit.category].label },
  {
    header: t.columns.status,
    cell: (kit) => (
      <span className="flex flex-wrap gap-1">
        <Badge tone={kit.status === "PUBLISHED" ? "brand" : "neutral"}>{kitsLabels.statuses[kit.status]}</Badge>
        {kit.hasUnpublishedChanges ? <Badge tone="neutral">{t.unpublishedChanges}</Badge> : null}
      </span>
    ),
  },
  { header: t.columns.version, cell: (kit) => (kit.currentVersion > 0 ? kit.currentVersion : <span className="text-muted">{t.noVersion}</span>) },
  {
    header: t.columns.updatedAt,
    className: "whitespace-nowrap",
    cell: (kit) => <time dateTime={isoDateTime(kit.updatedAt)}>{formatDate(kit.updatedAt)}</time>,
  },
];

export function KitsTable({ kits }: { kits: AdminKitListItem[] }) {
  return <DataTable id="kits-legende" caption={t.caption} columns={columns} rows={kits} rowKey={(kit) => kit.id} />;
}
