import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import { TemplateVersionsTable } from "@/components/admin/questionnaires/template-versions-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { listTemplateVersions } from "@/lib/diagnostics/templates.admin.queries";
import { labels } from "@/lib/labels";

const t = adminQuestionnairesCopy;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminQuestionnairesPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  // Where a draft's deletion lands (?fait=supprime): the list says so.
  const deleted = (await searchParams).fait === "supprime";
  const groups = await listTemplateVersions({ id: viewer.id, platformRole: viewer.platformRole });
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {deleted ? <DoneNotice message={t.detail.removed} /> : null}
      {groups.length === 0 ? <EmptyState title={t.empty} /> : null}
      {groups.map((group, index) => {
        const headingId = `questionnaire-${index + 1}`;
        return (
          <section key={group.key} aria-labelledby={headingId} className="mb-10">
            <h2 id={headingId} className="text-2xl font-bold">
              {t.keyHeading(group.key)}
            </h2>
            <p className="mb-4 mt-1 text-muted">{t.versionsCount(group.versions.length)}</p>
            <TemplateVersionsTable group={group} headingId={headingId} />
          </section>
        );
      })}
    </>
  );
}
