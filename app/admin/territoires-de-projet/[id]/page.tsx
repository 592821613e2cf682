import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DeleteProjectTerritoryForm, ProjectMemberListForm, ProjectTerritoryForm } from "@/components/admin/project-territory-forms";
import { ProjectMembersTable } from "@/components/admin/project-territory-tables";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { getProjectTerritory, searchProjectMemberCandidates } from "@/lib/project-territories/project-territories.queries";
import { parseProjectId, projectPageParamsSchema } from "@/lib/project-territories/project-territories.schemas";

const t = labels.admin.projectTerritories;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const id = parseProjectId((await params).id);
  const project = id === null ? null : await getProjectTerritory(principal, id);
  if (!project) notFound();
  return { principal, project };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await load(params);
  return { title: `${project.name} — ${t.title} — ${labels.admin.section}` };
}

export default async function AdminProjectTerritoryPage({ params, searchParams }: Props) {
  const { principal, project } = await load(params);
  const { q } = projectPageParamsSchema.parse(await searchParams);
  const candidates = q ? await searchProjectMemberCandidates(principal, q) : [];
  const memberIds = new Set(project.members.map((member) => member.id));

  return (
    <>
      <AdminBreadcrumbs current={project.name} trail={[{ label: t.title, href: paths.adminProjectTerritories() }]} />
      <PageHeader title={project.name}>
        <p>
          {t.population} : {t.populationValue(project.population)}. <span className="text-base">{t.populationHint}</span>
        </p>
        <p className="mt-2 text-base">
          <Link href={paths.territory("PROJET", project.code)}>{t.publicPage}</Link>
        </p>
      </PageHeader>

      <section aria-labelledby="membres" className="mb-10">
        <h2 id="membres" className="mb-4 text-2xl font-bold">
          {t.membersHeading(project.members.length)}
        </h2>
        {project.members.length > 0 ? (
          <ProjectMembersTable projectId={project.id} members={project.members} mode="remove" captionId="membres-legende" caption={t.membersCaption} />
        ) : (
          <EmptyState title={t.membersEmpty} />
        )}
      </section>

      <section aria-labelledby="ajout-membres" className="mb-10">
        <h2 id="ajout-membres" className="mb-4 text-2xl font-bold">
          {t.addHeading}
        </h2>
        <SearchForm
          action={paths.adminProjectTerritory(project.id)}
          id="recherche-membre"
          label={t.searchLabel}
          hint={t.searchHint}
          defaultValue={q}
          submitLabel={t.searchSubmit}
        />
        {q ? (
          <div className="mt-4">
            <p role="status" className="mb-4 font-semibold">
              {t.results(candidates.length)}
            </p>
            {candidates.length > 0 ? (
              <ProjectMembersTable
                projectId={project.id}
                members={candidates}
                mode="add"
                memberIds={memberIds}
                captionId="candidats-legende"
                caption={t.resultsCaption}
              />
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="liste-codes" className="mb-10">
        <h2 id="liste-codes" className="mb-2 text-2xl font-bold">
          {t.list.heading}
        </h2>
        <p className="mb-4 text-muted">{t.list.intro}</p>
        <ProjectMemberListForm projectId={project.id} />
      </section>

      <section aria-labelledby="informations" className="mb-10">
        <h2 id="informations" className="mb-4 text-2xl font-bold">
          {t.detailsHeading}
        </h2>
        <ProjectTerritoryForm project={project} />
      </section>

      <section aria-labelledby="suppression" className="rounded-lg border border-line p-4 sm:p-6">
        <h2 id="suppression" className="text-xl font-bold">
          {t.deleteHeading}
        </h2>
        <p className="mt-2 mb-4 text-muted">{t.deleteText}</p>
        <DeleteProjectTerritoryForm projectId={project.id} name={project.name} />
      </section>
    </>
  );
}
