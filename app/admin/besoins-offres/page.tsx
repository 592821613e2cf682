import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ContentFilters } from "@/components/admin/content/content-filters";
import { ContentListView } from "@/components/admin/content/content-list-view";
import { NeedsOffersTable } from "@/components/admin/content/content-tables";
import { AssigneeFilter } from "@/components/admin/assignments/assignee-filter";
import { PageHeader } from "@/components/ui/page-header";
import { assigneesOfNeedOfferRefs, loadNeedOfferListAssignments } from "@/lib/assignments/assignments.queries";
import { requireRole } from "@/lib/auth/session";
import { listFilterTerritories } from "@/lib/content-admin/content-admin.queries";
import { NEED_OFFER_TYPE_SLUGS, listQuery, parseNeedOfferListParams, type NeedOfferTypeSlug } from "@/lib/content-admin/content-admin.schemas";
import { listNeedsOffersForStaff } from "@/lib/content-admin/needs-offers-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = adminContentCopy.needsOffers;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminNeedsOffersPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const raw = await searchParams;
  const params = parseNeedOfferListParams(raw);
  const assignment = await loadNeedOfferListAssignments(principal, raw);
  const [result, territories] = await Promise.all([listNeedsOffersForStaff(principal, params, assignment.conditions), listFilterTerritories(principal)]);
  const assignees = await assigneesOfNeedOfferRefs(principal, result.items);
  const kinds = (Object.keys(NEED_OFFER_TYPE_SLUGS) as NeedOfferTypeSlug[]).map((slug) => ({ value: slug, label: t.types[slug] }));

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <ContentFilters
        action={paths.adminNeedsOffers()}
        params={params}
        kindLabel={t.kind}
        anyKind={t.anyKind}
        kinds={kinds}
        territories={territories}
        dateLabels={{ from: t.createdFrom, to: t.createdTo }}
        qHint={t.qHint}
        extra={<AssigneeFilter value={assignment.filter} colleagues={assignment.colleagues} viewerId={viewer.id} />}
      />
      <ContentListView
        kind="needOffer"
        heading={t.found(result.pageInfo.total)}
        pageInfo={result.pageInfo}
        hrefFor={(n) => paths.adminNeedsOffers({ ...listQuery(params, n), attribue: assignment.param })}
        assign={{ entity: "NeedOffer", colleagues: assignment.colleagues }}
      >
        {result.items.length > 0 ? <NeedsOffersTable rows={result.items} assignees={assignees} /> : null}
      </ContentListView>
    </>
  );
}
