// The rows of the kits list: a checkbox for the bulk form (its `ids` field), the title linking to
// the kit's page, and what staff sort and filter by, with who follows each kit.
import Link from "next/link";
import { assigneeColumn } from "@/components/admin/assignments/assignee-column";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { AssigneeLabel } from "@/lib/assignments/assignments.queries";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { kitsLabels } from "@/lib/copy/kits";
import type { AdminKitListItem } from "@/lib/kits/kits.admin.queries";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin;

const date = (value: Date | null) => (value ? <time dateTime={isoDateTime(value)}>{formatDate(value)}</time> : <span className="text-muted">—</span>);

const columns: DataColumn<AdminKitListItem>[] = [
  {
    header: t.columns.select,
    stackedLabel: false,
    cell: (kit) => <input type="checkbox" name="ids" value={kit.id} aria-label={t.selectRow(kit.title)} className="h-5 w-5" />,
  },
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
  { header: t.columns.publishedAt, className: "whitespace-nowrap", cell: (kit) => date(kit.publishedAt) },
  { header: t.columns.updatedAt, className: "whitespace-nowrap", cell: (kit) => date(kit.updatedAt) },
];

export function KitsTable({ kits, assignees }: { kits: AdminKitListItem[]; assignees: ReadonlyMap<string, AssigneeLabel> }) {
  return (
    <DataTable id="kits-legende" caption={t.caption} columns={[...columns, assigneeColumn<AdminKitListItem>(assignees)]} rows={kits} rowKey={(kit) => kit.id} />
  );
}
