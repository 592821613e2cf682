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
import { getOrganisationForStaff } from "@/lib/content-admin/content-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { actorKindLabels } from "@/lib/copy/directory-lists";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { formatDate } from "@/lib/text/dates";

const t = adminContentCopy.item;

export const metadata: Metadata = { title: `${adminContentCopy.organisations.title} — ${labels.admin.section}` };

type Props = { params: Promise<{ id: string }> };

export default async function AdminOrganisationPage({ params }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { id } = await params;
  const organisation = await getOrganisationForStaff(principal, id);
  if (!organisation) notFound();
  const [history, assignment, colleagues] = await Promise.all([
    listAuditLog(principal, { filters: { entity: "Actor", entityId: organisation.id } }),
    getAssignment(principal, "Actor", organisation.id),
    listColleagues(principal),
  ]);
  const date = (value: Date | null) => (value ? formatDate(value) : adminContentCopy.none);

  return (
    <>
      <AdminBreadcrumbs current={organisation.name} trail={[{ label: adminContentCopy.organisations.title, href: paths.adminOrganisations() }]} />
      <PageHeader title={organisation.name} />
      <ContentItemStatus status={organisation.status} reason={organisation.moderationReason} />
      {organisation.status === "PUBLISHED" ? (
        <p className="mb-6">
          <Link href={paths.actor(organisation.slug)}>{t.publicPage}</Link>
        </p>
      ) : null}
      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre" className="mb-4 text-xl font-bold">
          {t.facts}
        </h2>
        <Facts
          items={[
            { term: t.kind, value: actorKindLabels[organisation.kind] },
            { term: t.verified, value: organisation.verified ? t.yes : t.no },
            { term: t.siren, value: organisation.siren ?? adminContentCopy.none },
            { term: t.website, value: organisation.website ?? adminContentCopy.none },
            { term: t.contactEmail, value: organisation.contactEmail ?? adminContentCopy.none },
            { term: t.createdAt, value: date(organisation.createdAt) },
            { term: t.publishedAt, value: date(organisation.publishedAt) },
            { term: t.updatedAt, value: date(organisation.updatedAt) },
          ]}
        />
        <h3 className="mt-6 font-bold">{t.territories}</h3>
        <p>{organisation.territories.map((link) => link.territory.name).join(", ") || adminContentCopy.none}</p>
        <h3 className="mt-6 font-bold">{t.members}</h3>
        <ul className="list-disc pl-6">
          {organisation.memberships.map((membership) => (
            <li
              key={membership.user.email}
            >{`${membership.user.name ?? membership.user.email} (${labels.organisations.roles[membership.role].toLowerCase()}) — ${membership.user.email}`}</li>
          ))}
        </ul>
        {organisation.description ? (
          <>
            <h3 className="mt-6 font-bold">{t.description}</h3>
            <p className="max-w-3xl whitespace-pre-line">{organisation.description}</p>
          </>
        ) : null}
      </section>
      <ContentItemDecision kind="actor" id={organisation.id} title={organisation.name} status={organisation.status} />
      <AssignmentPanel entity="Actor" id={organisation.id} title={organisation.name} assignment={assignment} colleagues={colleagues} />
      <ContentItemHistory entries={history.items} />
    </>
  );
}
