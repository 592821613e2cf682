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
import { getDiagnosticForStaff } from "@/lib/content-admin/diagnostics-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { formatDate } from "@/lib/text/dates";

const t = adminContentCopy.item;
const d = adminContentCopy.diagnostics;

export const metadata: Metadata = { title: `${d.title} — ${labels.admin.section}` };

type Props = { params: Promise<{ id: string }> };

export default async function AdminDiagnosticPage({ params }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const { id } = await params;
  const diagnostic = await getDiagnosticForStaff(principal, id);
  if (!diagnostic) notFound();
  const [history, assignment, colleagues] = await Promise.all([
    listAuditLog(principal, { filters: { entity: "Diagnostic", entityId: diagnostic.id } }),
    getAssignment(principal, "Diagnostic", diagnostic.id),
    listColleagues(principal),
  ]);
  // « Organisation — Territoire », as the list and the e-mail name it; the heading says « Diagnostic de … ».
  const name = `${diagnostic.actor.name} — ${diagnostic.territory.name}`;
  const title = d.itemTitle(diagnostic.actor.name, diagnostic.territory.name);
  const none = adminContentCopy.none;

  return (
    <>
      <AdminBreadcrumbs current={title} trail={[{ label: d.title, href: paths.adminDiagnostics() }]} />
      <PageHeader title={title} />
      <ContentItemStatus status={diagnostic.status} reason={diagnostic.moderationReason} />
      {diagnostic.status === "PUBLISHED" ? (
        <p className="mb-6">
          {/* The anonymised summary lives on the territory's public page (with at least three organisations). */}
          <Link href={paths.territory(diagnostic.territory.kind, diagnostic.territory.code)}>{d.publicSummary}</Link>
        </p>
      ) : null}
      <section aria-labelledby="fiche-titre">
        <h2 id="fiche-titre" className="mb-4 text-xl font-bold">
          {t.facts}
        </h2>
        <Facts
          items={[
            { term: d.organisation, value: diagnostic.actor.name },
            { term: d.territory, value: `${diagnostic.territory.name} (${diagnostic.territory.code})` },
            { term: d.template, value: diagnostic.template.title },
            { term: d.level, value: diagnostic.maturityLevel === null ? none : String(diagnostic.maturityLevel) },
            { term: d.score, value: diagnostic.overallScore === null ? none : `${Math.round(diagnostic.overallScore)} / 100` },
            { term: d.completedAt, value: diagnostic.completedAt ? formatDate(diagnostic.completedAt) : none },
            { term: t.updatedAt, value: formatDate(diagnostic.updatedAt) },
          ]}
        />
        <p className="mt-4">
          <Link href={paths.adminOrganisation(diagnostic.actor.id)}>{adminContentCopy.item.organisationPage(diagnostic.actor.name)}</Link>
        </p>
      </section>
      <ContentItemDecision kind="diagnostic" id={diagnostic.id} title={name} status={diagnostic.status} />
      <AssignmentPanel entity="Diagnostic" id={diagnostic.id} title={name} assignment={assignment} colleagues={colleagues} />
      <ContentItemHistory entries={history.items} />
    </>
  );
}
