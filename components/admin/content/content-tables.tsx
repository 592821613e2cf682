// The rows of the organisations and alliances lists: a checkbox for the bulk form (its `ids`
// field), the name linking to the item's back-office page, and what staff sort and filter by.
import Link from "next/link";
import { assigneeColumn } from "@/components/admin/assignments/assignee-column";
import { Badge } from "@/components/ui/badge";
import type { AssigneeLabel } from "@/lib/assignments/assignments.queries";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { isUnpublishedByStaff } from "@/lib/content-admin/content-admin";
import type { AllianceRow, ContentRowBase, OrganisationRow } from "@/lib/content-admin/content-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";
import { paths } from "@/lib/paths";
import { formatDate, isoDateTime } from "@/lib/text/dates";

const t = adminContentCopy;

export function ContentStatus({ status, reason }: { status: ContentRowBase["status"]; reason: string | null }) {
  const label = isUnpublishedByStaff(status, reason) ? t.unpublishedStatus : t.statuses[status];
  return <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{label}</Badge>;
}

function leadColumns<Row extends ContentRowBase>(headers: { select: string; name: string }, href: (id: string) => string): DataColumn<Row>[] {
  return [
    {
      header: headers.select,
      stackedLabel: false,
      cell: (row) => <input type="checkbox" name="ids" value={row.id} aria-label={t.selectRow(row.title)} className="h-5 w-5" />,
    },
    { header: headers.name, rowHeader: true, cell: (row) => <Link href={href(row.id)}>{row.title}</Link> },
  ];
}

function tailColumns<Row extends ContentRowBase>(headers: { status: string; territories: string; publishedAt: string }): DataColumn<Row>[] {
  return [
    { header: headers.status, cell: (row) => <ContentStatus status={row.status} reason={row.moderationReason} /> },
    {
      header: headers.territories,
      cell: (row) =>
        row.territories.length === 0
          ? t.none
          : row.territories.join(", ") + (row.territoryCount > row.territories.length ? ` (+${row.territoryCount - row.territories.length})` : ""),
    },
    {
      header: headers.publishedAt,
      className: "whitespace-nowrap",
      cell: (row) => (row.publishedAt ? <time dateTime={isoDateTime(row.publishedAt)}>{formatDate(row.publishedAt)}</time> : t.none),
    },
  ];
}

/** With `assignees`, the « Attribué à » column is shown (lib/assignments). */
type Assignees = ReadonlyMap<string, AssigneeLabel>;

export function OrganisationsTable({ rows, assignees }: { rows: OrganisationRow[]; assignees?: Assignees }) {
  const c = t.organisations.columns;
  const columns: DataColumn<OrganisationRow>[] = [
    ...leadColumns<OrganisationRow>(c, paths.adminOrganisation),
    { header: c.kind, cell: (row) => actorKindLabels[row.kind] },
    ...tailColumns<OrganisationRow>(c),
    { header: c.members, cell: (row) => row.memberCount },
    ...(assignees ? [assigneeColumn<OrganisationRow>(assignees)] : []),
  ];
  return <DataTable id="organisations-legende" caption={t.organisations.caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}

export function AlliancesTable({ rows, assignees }: { rows: AllianceRow[]; assignees?: Assignees }) {
  const c = t.alliances.columns;
  const columns: DataColumn<AllianceRow>[] = [
    ...leadColumns<AllianceRow>(c, paths.adminAlliance),
    { header: c.kind, cell: (row) => allianceModeNames[row.mode] },
    ...tailColumns<AllianceRow>(c),
    { header: c.leads, cell: (row) => (row.leads.length > 0 ? row.leads.join(", ") : t.none) },
    ...(assignees ? [assigneeColumn<AllianceRow>(assignees)] : []),
  ];
  return <DataTable id="alliances-legende" caption={t.alliances.caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
