import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import { ProjectTerritoryForm } from "@/components/admin/project-territory-forms";
import { ProjectTerritoriesTable } from "@/components/admin/project-territory-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { listProjectTerritories } from "@/lib/project-territories/project-territories.queries";

const t = labels.admin.projectTerritories;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProjectTerritoriesPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  // Where a deletion lands (?fait=supprime): the list says so.
  const deleted = (await searchParams).fait === "supprime";
  const projects = await listProjectTerritories({ id: viewer.id, platformRole: viewer.platformRole });
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      {deleted ? <DoneNotice message={t.deletedNotice} /> : null}
      <section aria-labelledby="projets-existants" className="mb-10">
        <h2 id="projets-existants" className="mb-4 text-2xl font-bold">
          {t.listHeading(projects.length)}
        </h2>
        {projects.length > 0 ? (
          <ProjectTerritoriesTable projects={projects} />
        ) : (
          <EmptyState title={t.empty}>
            <p>{t.emptyAdvice}</p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="nouveau-projet">
        <h2 id="nouveau-projet" className="mb-4 text-2xl font-bold">
          {t.createHeading}
        </h2>
        <ProjectTerritoryForm />
      </section>
    </>
  );
}
