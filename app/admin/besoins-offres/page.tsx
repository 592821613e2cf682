import type { Metadata } from "next";
import { ContentListPage } from "@/components/admin/content/content-list-page";
import { NeedsOffersTable } from "@/components/admin/content/content-tables";
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
  // Two tables in one list: the assignments are read per table (lib/assignments).
  const assignment = await loadNeedOfferListAssignments(principal, raw);
  const [result, territories] = await Promise.all([listNeedsOffersForStaff(principal, params, assignment.conditions), listFilterTerritories(principal)]);
  const assignees = await assigneesOfNeedOfferRefs(principal, result.items);
  const kinds = (Object.keys(NEED_OFFER_TYPE_SLUGS) as NeedOfferTypeSlug[]).map((slug) => ({ value: slug, label: t.types[slug] }));

  return (
    <ContentListPage
      copy={t}
      filters={{
        action: paths.adminNeedsOffers(),
        params,
        kindLabel: t.kind,
        anyKind: t.anyKind,
        kinds,
        territories,
        dateLabels: { from: t.createdFrom, to: t.createdTo },
        qHint: t.qHint,
      }}
      viewerId={viewer.id}
      assignment={{ value: assignment.filter, colleagues: assignment.colleagues, param: assignment.param }}
      kind="needOffer"
      entity="NeedOffer"
      pageInfo={result.pageInfo}
      pageHref={(n) => paths.adminNeedsOffers({ ...listQuery(params, n), attribue: assignment.param })}
      table={result.items.length > 0 ? <NeedsOffersTable rows={result.items} assignees={assignees} /> : null}
    />
  );
}
