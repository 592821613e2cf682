import Link from "next/link";
import { formatNumber, labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import type { ProjectMember, ProjectTerritorySummary } from "@/lib/project-territories/project-territories.queries";
import { ProjectMemberForm } from "./project-territory-forms";

const t = labels.admin.projectTerritories;
const cell = "border-b border-line px-3 py-2 align-top";

function Frame({ captionId, caption, children }: { captionId: string; caption: string; children: React.ReactNode }) {
  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

function HeaderRow({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-surface">
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className={cell}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

const population = (value: number | null) => (value === null ? "—" : formatNumber(value));

export function ProjectTerritoriesTable({ projects }: { projects: ProjectTerritorySummary[] }) {
  return (
    <Frame captionId="projets-legende" caption={t.caption}>
      <HeaderRow columns={[t.columns.name, t.columns.code, t.columns.members, t.columns.population]} />
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <th scope="row" className={`${cell} font-semibold`}>
              <Link href={paths.adminProjectTerritory(project.id)}>{project.name}</Link>
            </th>
            <td className={`${cell} font-mono whitespace-nowrap`}>{project.code}</td>
            <td className={cell}>{formatNumber(project.memberCount)}</td>
            <td className={`${cell} whitespace-nowrap`}>{population(project.population)}</td>
          </tr>
        ))}
      </tbody>
    </Frame>
  );
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
  return (
    <Frame captionId={captionId} caption={caption}>
      <HeaderRow columns={[t.memberColumns.name, t.memberColumns.kind, t.memberColumns.code, t.memberColumns.population, t.memberColumns.actions]} />
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <th scope="row" className={`${cell} font-semibold`}>
              <Link href={paths.territory(member.kind, member.code)}>{member.name}</Link>
              {member.departement ? <span className="block text-sm font-normal text-muted">{member.departement.name}</span> : null}
            </th>
            <td className={cell}>{kindLabel(member)}</td>
            <td className={`${cell} font-mono whitespace-nowrap`}>{member.code}</td>
            <td className={`${cell} whitespace-nowrap`}>{population(member.population)}</td>
            <td className={cell}>
              <ProjectMemberForm projectId={projectId} memberId={member.id} memberName={member.name} mode={mode} alreadyMember={memberIds?.has(member.id)} />
            </td>
          </tr>
        ))}
      </tbody>
    </Frame>
  );
}
