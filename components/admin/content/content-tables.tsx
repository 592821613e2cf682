// The rows of the content lists (organisations, alliances, needs and offers, diagnostics): a checkbox for the bulk form (its `ids`
// field), the name linking to the item's back-office page, and what staff sort and filter by.
import Link from "next/link";
import { assigneeColumn } from "@/components/admin/assignments/assignee-column";
import { Badge } from "@/components/ui/badge";
import type { AssigneeLabel } from "@/lib/assignments/assignments.queries";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { isUnpublishedByStaff, parseNeedOfferRef } from "@/lib/content-admin/content-admin";
import type { AllianceRow, ContentRowBase, OrganisationRow } from "@/lib/content-admin/content-admin.queries";
import type { DiagnosticRow } from "@/lib/content-admin/diagnostics-admin.queries";
import type { NeedOfferRow } from "@/lib/content-admin/needs-offers-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";
import { paths } from "@/lib/paths";
import { formatDate, isoDateTime } from "@/lib/text/dates";

const t = adminContentCopy;

export function ContentStatus({ status, reason }: { status: ContentRowBase["status"] | DiagnosticRow["status"]; reason: string | null }) {
  // A diagnostic is listed published, or completed after the team withdrew its summary.
  const label = isUnpublishedByStaff(status, reason)
    ? status === "COMPLETED"
      ? t.diagnostics.statuses.depublie
      : t.unpublishedStatus
    : status === "COMPLETED" || status === "DRAFT"
      ? t.statuses.DRAFT
      : t.statuses[status];
  return <Badge tone={status === "PUBLISHED" ? "brand" : "neutral"}>{label}</Badge>;
}

function leadColumns<Row extends { id: string; title: string }>(headers: { select: string; name: string }, href: (id: string) => string): DataColumn<Row>[] {
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

export function NeedsOffersTable({ rows, assignees }: { rows: NeedOfferRow[]; assignees?: ReadonlyMap<string, AssigneeLabel> }) {
  const c = t.needsOffers.columns;
  const columns: DataColumn<NeedOfferRow>[] = [
    ...leadColumns<NeedOfferRow>(c, (ref) => {
      const parsed = parseNeedOfferRef(ref);
      return parsed ? paths.adminNeedOffer(parsed.kind, parsed.id) : paths.adminNeedsOffers();
    }),
    { header: c.kind, cell: (row) => (row.itemKind === "need" ? t.needsOffers.types.besoin : t.needsOffers.types.offre) },
    { header: c.organisation, cell: (row) => row.organisation },
    ...tailColumns<NeedOfferRow>(c),
    ...(assignees ? [assigneeColumn<NeedOfferRow>(assignees)] : []),
  ];
  return <DataTable id="besoins-offres-legende" caption={t.needsOffers.caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}

export function DiagnosticsTable({ rows, assignees }: { rows: DiagnosticRow[]; assignees?: ReadonlyMap<string, AssigneeLabel> }) {
  const c = t.diagnostics.columns;
  const columns: DataColumn<DiagnosticRow>[] = [
    ...leadColumns<DiagnosticRow>(c, paths.adminDiagnostic),
    { header: c.territories, cell: (row) => row.territory },
    { header: c.status, cell: (row) => <ContentStatus status={row.status} reason={row.moderationReason} /> },
    { header: c.level, cell: (row) => row.maturityLevel ?? t.none },
    {
      header: c.publishedAt,
      className: "whitespace-nowrap",
      cell: (row) => (row.completedAt ? <time dateTime={isoDateTime(row.completedAt)}>{formatDate(row.completedAt)}</time> : t.none),
    },
    ...(assignees ? [assigneeColumn<DiagnosticRow>(assignees)] : []),
  ];
  return <DataTable id="diagnostics-legende" caption={t.diagnostics.caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
