import "server-only";
// Reads of the project territories back office. Territories are public data, but these pages
// are staff tools: checked here (territory.project.manage) as well as by the /admin layout.
import type { EpciType, TerritoryKind } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { searchTerritories } from "@/lib/territories/territory-search.queries";
import { PROJECT_MEMBER_KINDS } from "./project-territories";

export const CANDIDATES_LIMIT = 20;

export type ProjectTerritorySummary = { id: number; code: string; name: string; population: number | null; memberCount: number };

export type ProjectMember = {
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number | null;
  epciType: EpciType | null;
  departement: { code: string; name: string } | null;
};

export type ProjectTerritoryDetail = Omit<ProjectTerritorySummary, "memberCount"> & { description: string | null; members: ProjectMember[] };

const memberSelect = {
  id: true,
  kind: true,
  code: true,
  name: true,
  population: true,
  epciType: true,
  departement: { select: { code: true, name: true } },
} as const;

export async function listProjectTerritories(principal: Principal): Promise<ProjectTerritorySummary[]> {
  assertCan(principal, "territory.project.manage");
  const rows = await db.territory.findMany({
    where: { kind: "PROJET" },
    select: { id: true, code: true, name: true, population: true, _count: { select: { members: true } } },
    orderBy: [{ searchKey: "asc" }, { code: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, memberCount: _count.members }));
}

export async function getProjectTerritory(principal: Principal, id: number): Promise<ProjectTerritoryDetail | null> {
  assertCan(principal, "territory.project.manage");
  const row = await db.territory.findFirst({
    where: { id, kind: "PROJET" },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      population: true,
      members: { select: { member: { select: memberSelect } }, orderBy: [{ member: { kind: "asc" } }, { member: { searchKey: "asc" } }] },
    },
  });
  if (!row) return null;
  const { members, ...rest } = row;
  return { ...rest, members: members.map((membership) => membership.member) };
}

/**
 * EPCI and communes (not arrondissements) that the territory search finds (name, former name,
 * INSEE code, SIREN, postal code), best first: what can be added to a project.
 */
export async function searchProjectMemberCandidates(principal: Principal, q: string): Promise<ProjectMember[]> {
  assertCan(principal, "territory.project.manage");
  if (q.trim() === "") return [];
  const found = await searchTerritories({ q, kinds: PROJECT_MEMBER_KINDS, arrondissements: false, page: 1, pageSize: CANDIDATES_LIMIT, count: false });
  return found.items.map((item) => ({
    id: item.id,
    kind: item.kind,
    code: item.code,
    name: item.name,
    population: item.population,
    epciType: item.epciType,
    departement: item.departement ? { code: item.departement.code, name: item.departement.name } : null,
  }));
}
