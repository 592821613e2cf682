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
import { getAllianceForStaff } from "@/lib/content-admin/content-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { allianceModeNames, allianceStageLabels } from "@/lib/copy/directory-lists";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { formatDate } from "@/lib/text/dates";

const t = adminContentCopy.item;

export const metadata: Metadata = { title: `${adminContentCopy.alliances.title} — ${labels.admin.section}` };

type Props = { params: Promise<{ id: string }> };

export default async function AdminAlliancePage({ params }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { id } = await params;
  const alliance = await getAllianceForStaff(principal, id);
  if (!alliance) notFound();
  const [history, assignment, colleagues] = await Promise.all([
    listAuditLog(principal, { filters: { entity: "Alliance", entityId: alliance.id } }),
    getAssignment(principal, "Alliance", alliance.id),
    listColleagues(principal),
  ]);
  const date = (value: Date | null) => (value ? formatDate(value) : adminContentCopy.none);

  return (
    <>
      <AdminBreadcrumbs current={alliance.title} trail={[{ label: adminContentCopy.alliances.title, href: paths.adminAlliances() }]} />
      <PageHeader title={alliance.title}>{alliance.summary ? <p>{alliance.summary}</p> : null}</PageHeader>
      <ContentItemStatus status={alliance.status} reason={alliance.moderationReason} />
      {alliance.status === "PUBLISHED" ? (
        <p className="mb-6">
          <Link href={paths.alliance(alliance.slug)}>{t.publicPage}</Link>
        </p>
      ) : null}
      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre" className="mb-4 text-xl font-bold">
          {t.facts}
        </h2>
        <Facts
          items={[
            { term: t.mode, value: allianceModeNames[alliance.mode] },
            { term: t.stage, value: allianceStageLabels[alliance.stage] },
            { term: t.createdAt, value: date(alliance.createdAt) },
            { term: t.publishedAt, value: date(alliance.publishedAt) },
            { term: t.updatedAt, value: date(alliance.updatedAt) },
          ]}
        />
        <h3 className="mt-6 font-bold">{t.territories}</h3>
        <p>{alliance.territories.map((link) => link.territory.name).join(", ") || adminContentCopy.none}</p>
        <h3 className="mt-6 font-bold">{t.partners}</h3>
        <ul className="list-disc pl-6">
          {alliance.partners.map((partner) => (
            <li key={partner.actor.id}>
              <Link href={paths.adminOrganisation(partner.actor.id)}>{partner.actor.name}</Link>
              {` (${labels.directories.alliance.roles[partner.role].toLowerCase()})`}
            </li>
          ))}
        </ul>
        {alliance.description ? (
          <>
            <h3 className="mt-6 font-bold">{t.description}</h3>
            <p className="max-w-3xl whitespace-pre-line">{alliance.description}</p>
          </>
        ) : null}
      </section>
      <ContentItemDecision kind="alliance" id={alliance.id} title={alliance.title} status={alliance.status} />
      <AssignmentPanel entity="Alliance" id={alliance.id} title={alliance.title} assignment={assignment} colleagues={colleagues} />
      <ContentItemHistory entries={history.items} />
    </>
  );
}
