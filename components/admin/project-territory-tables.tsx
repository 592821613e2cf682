import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatNumber, labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { ProjectMember, ProjectTerritorySummary } from "@/lib/project-territories/project-territories.queries";
import { ProjectMemberForm } from "./project-territory-forms";

const t = labels.admin.projectTerritories;

const population = (value: number | null) => (value === null ? "—" : formatNumber(value));

const projectColumns: DataColumn<ProjectTerritorySummary>[] = [
  { header: t.columns.name, rowHeader: true, cell: (project) => <Link href={paths.adminProjectTerritory(project.id)}>{project.name}</Link> },
  { header: t.columns.code, className: "font-mono whitespace-nowrap", cell: (project) => project.code },
  { header: t.columns.members, cell: (project) => formatNumber(project.memberCount) },
  { header: t.columns.population, className: "whitespace-nowrap", cell: (project) => population(project.population) },
];

export function ProjectTerritoriesTable({ projects }: { projects: ProjectTerritorySummary[] }) {
  return <DataTable id="projets-legende" caption={t.caption} columns={projectColumns} rows={projects} rowKey={(project) => project.id} />;
}

function kindLabel(member: ProjectMember): string {
  return member.epciType ? labels.epciTypes[member.epciType] : labels.territoryKinds[member.kind].label;
}

/**
 * Territories with a per-row button: the project's members (remove) or the search results (add,
 * or "already a member").
 */
export function ProjectMembersTable({
  projectId,
  members,
  mode,
  memberIds,
  captionId,
  caption,
}: {
  projectId: number;
  members: ProjectMember[];
  mode: "add" | "remove";
  memberIds?: ReadonlySet<number>;
  captionId: string;
  caption: string;
}) {
  const columns: DataColumn<ProjectMember>[] = [
    {
      header: t.memberColumns.name,
      rowHeader: true,
      cell: (member) => (
        <>
          <Link href={paths.territory(member.kind, member.code)}>{member.name}</Link>
          {member.departement ? <span className="block text-sm font-normal text-muted">{member.departement.name}</span> : null}
        </>
      ),
    },
    { header: t.memberColumns.kind, cell: kindLabel },
    { header: t.memberColumns.code, className: "font-mono whitespace-nowrap", cell: (member) => member.code },
    { header: t.memberColumns.population, className: "whitespace-nowrap", cell: (member) => population(member.population) },
    {
      header: t.memberColumns.actions,
      cell: (member) => (
        <ProjectMemberForm projectId={projectId} memberId={member.id} memberName={member.name} mode={mode} alreadyMember={memberIds?.has(member.id)} />
      ),
    },
  ];
  return <DataTable id={captionId} caption={caption} columns={columns} rows={members} rowKey={(member) => member.id} />;
}
