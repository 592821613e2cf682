import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ContentItemDecision, ContentItemHistory, ContentItemStatus } from "@/components/admin/content/content-item";
import { Facts } from "@/components/ui/facts";
import { AssignmentPanel } from "@/components/admin/assignments/assignment-panel";
import { PageHeader } from "@/components/ui/page-header";
import { getAssignment, listColleagues } from "@/lib/assignments/assignments.queries";
import { listAuditLog } from "@/lib/admin/audit-log.queries";
import { requireRole } from "@/lib/auth/session";
import { CONTENT_ENTITIES, needOfferRef } from "@/lib/content-admin/content-admin";
import { getNeedOfferForStaff } from "@/lib/content-admin/needs-offers-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { labels } from "@/lib/labels";
import { kindFromSegment } from "@/lib/needs-offers/needs-offers";
import { paths } from "@/lib/paths";
import { formatDate } from "@/lib/text/dates";

const t = adminContentCopy.item;
const n = adminContentCopy.needsOffers;

export const metadata: Metadata = { title: `${n.title} — ${labels.admin.section}` };

type Props = { params: Promise<{ type: string; id: string }> };

export default async function AdminNeedOfferPage({ params }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { type, id } = await params;
  const kind = kindFromSegment(type);
  if (!kind) notFound();
  const item = await getNeedOfferForStaff(principal, kind, id);
  if (!item) notFound();
  const entity = CONTENT_ENTITIES[kind];
  const [history, assignment, colleagues] = await Promise.all([
    listAuditLog(principal, { filters: { entity, entityId: item.id } }),
    getAssignment(principal, entity, item.id),
    listColleagues(principal),
  ]);
  const mode = labels.allianceModes[item.mode].label + (item.mecenatKind ? ` — ${needsOffersCopy.mecenatKinds[item.mecenatKind].toLocaleLowerCase("fr")}` : "");

  return (
    <>
      <AdminBreadcrumbs current={item.title} trail={[{ label: n.title, href: paths.adminNeedsOffers() }]} />
      <PageHeader title={item.title}>
        <p>{n.itemKind[kind]}</p>
      </PageHeader>
      <ContentItemStatus status={item.status} reason={item.moderationReason} />
      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre" className="mb-4 text-xl font-bold">
          {t.facts}
        </h2>
        <Facts
          items={[
            { term: t.organisation, value: item.actor.name },
            { term: t.territories, value: `${item.territory.name} (${item.territory.code})` },
            { term: n.mode, value: mode },
            { term: n.theme, value: needsOffersCopy.themes[item.theme] },
            { term: n.validUntil, value: item.validUntil ? formatDate(item.validUntil) : n.noLimit },
            { term: t.createdAt, value: formatDate(item.createdAt) },
            { term: t.updatedAt, value: formatDate(item.updatedAt) },
          ]}
        />
        <p className="mt-4">
          <Link href={paths.adminOrganisation(item.actor.id)}>{adminContentCopy.item.organisationPage(item.actor.name)}</Link>
        </p>
        {item.description ? (
          <>
            <h3 className="mt-6 font-bold">{t.description}</h3>
            <p className="max-w-3xl whitespace-pre-line">{item.description}</p>
          </>
        ) : null}
      </section>
      <ContentItemDecision kind="needOffer" id={needOfferRef(kind, item.id)} title={item.title} status={item.status} />
      <AssignmentPanel entity={entity} id={item.id} title={item.title} assignment={assignment} colleagues={colleagues} />
      <ContentItemHistory entries={history.items} />
    </>
  );
}
