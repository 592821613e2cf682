import "server-only";
// A pasted list of codes for a project territory, checked against the reference: which codes are
// communes or EPCI (two queries for the whole list, never one per code), which are unknown, which
// are already members. Read by the preview and again by the mutation, in its transaction.
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { PROJECT_CODE_LIST_MAX, parseCodeList, type CodeList } from "./project-territories";

export type CheckedMember = { id: number; kind: "COMMUNE" | "EPCI"; code: string; name: string; alreadyMember: boolean };

export type CheckedCodeList = {
  members: CheckedMember[];
  /** Well-formed codes with no commune or EPCI behind them. */
  unknown: string[];
  /** What is neither an INSEE code nor a SIREN. */
  invalid: string[];
  tooMany: boolean;
};

type Reader = Pick<Prisma.TransactionClient, "territory" | "territoryMembership">;

export async function checkCodeList(client: Reader, projectId: number, list: CodeList): Promise<CheckedCodeList> {
  const tooMany = list.codes.length > PROJECT_CODE_LIST_MAX;
  const codes = list.codes.slice(0, PROJECT_CODE_LIST_MAX);
  const codesOf = (kind: "COMMUNE" | "EPCI") => codes.filter((item) => item.kind === kind).map((item) => item.code);
  const rows = await client.territory.findMany({
    where: {
      OR: [
        { kind: "COMMUNE", isArrondissement: false, code: { in: codesOf("COMMUNE") } },
        { kind: "EPCI", code: { in: codesOf("EPCI") } },
      ],
    },
    select: { id: true, kind: true, code: true, name: true },
  });
  const existing = await client.territoryMembership.findMany({
    where: { groupId: projectId, memberId: { in: rows.map((row) => row.id) } },
    select: { memberId: true },
  });
  const members = new Set(existing.map((row) => row.memberId));
  const byCode = new Map(rows.map((row) => [`${row.kind}:${row.code}`, row]));
  const result: CheckedCodeList = { members: [], unknown: [], invalid: list.invalid, tooMany };
  for (const item of codes) {
    const row = byCode.get(`${item.kind}:${item.code}`);
    if (!row) result.unknown.push(item.code);
    else result.members.push({ id: row.id, kind: item.kind, code: row.code, name: row.name, alreadyMember: members.has(row.id) });
  }
  return result;
}

/** The preview of a pasted list (nothing written). */
export async function previewProjectMemberList(principal: Principal, projectId: number, text: string): Promise<CheckedCodeList> {
  assertCan(principal, "territory.project.manage");
  if ((await db.territory.count({ where: { id: projectId, kind: "PROJET" } })) === 0) throw new NotFoundError(adminLabels.projectTerritories.notFound);
  return checkCodeList(db, projectId, parseCodeList(text));
}
