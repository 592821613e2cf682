import "server-only";
// Writes of the project territories: a Territory of kind PROJET, its members (EPCI or communes)
// in TerritoryMembership, and its rows of the closure table, rebuilt with its population in the
// transaction of every change. The permission (territory.project.manage) is checked here,
// whoever calls; each change locks the project's row, so two concurrent edits rebuild one after
// the other rather than interleave.
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { toSearchKey } from "@/lib/text/search-key";
import { isProjectMemberCandidate, parseCodeList } from "./project-territories";
import { codeListErrors } from "./member-list";
import { checkCodeList } from "./member-list.queries";
import { rebuildProjectClosure } from "./project-territories.closure";
import type { ProjectTerritoryInput } from "./project-territories.schemas";

const t = adminLabels.projectTerritories;

type Tx = Prisma.TransactionClient;
export type ProjectContext = { ip?: string | null };

function authorize(principal: Principal): asserts principal is NonNullable<Principal> {
  assertCan(principal, "territory.project.manage");
  if (!principal) throw new ForbiddenError();
}

function codeTaken(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function lockProject(tx: Tx, id: number): Promise<{ id: number; name: string; code: string }> {
  const rows = await tx.$queryRaw<{ id: number; name: string; code: string }[]>`
    SELECT id, name, code FROM "Territory" WHERE id = ${id} AND kind = 'PROJET' FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError(t.notFound);
  return rows[0];
}

export async function createProjectTerritory(
  principal: Principal,
  input: ProjectTerritoryInput,
  context: ProjectContext = {},
): Promise<{ id: number; code: string }> {
  authorize(principal);
  try {
    return await db.$transaction(async (tx) => {
      const project = await tx.territory.create({
        data: { kind: "PROJET", code: input.code, name: input.name, searchKey: toSearchKey(input.name), description: input.description },
        select: { id: true, code: true },
      });
      await rebuildProjectClosure(tx, project.id);
      await writeAudit(tx, {
        userId: principal.id,
        action: "territory.project.created",
        entity: "Territory",
        entityId: String(project.id),
        summary: t.auditCreated(input.name, input.code),
        ip: context.ip,
      });
      return project;
    });
  } catch (error) {
    // (kind, code) is unique: the database has the last word on a code taken meanwhile.
    if (codeTaken(error)) throw new ValidationError({ code: [t.codeTaken] });
    throw error;
  }
}

export async function updateProjectTerritory(principal: Principal, id: number, input: ProjectTerritoryInput, context: ProjectContext = {}): Promise<void> {
  authorize(principal);
  try {
    await db.$transaction(async (tx) => {
      await lockProject(tx, id);
      await tx.territory.update({
        where: { id },
        data: { code: input.code, name: input.name, searchKey: toSearchKey(input.name), description: input.description },
      });
      await writeAudit(tx, {
        userId: principal.id,
        action: "territory.project.updated",
        entity: "Territory",
        entityId: String(id),
        summary: t.auditUpdated(input.name, input.code),
        ip: context.ip,
      });
    });
  } catch (error) {
    if (codeTaken(error)) throw new ValidationError({ code: [t.codeTaken] });
    throw error;
  }
}

/** Deletes the project; memberships and closure rows go with it (ON DELETE CASCADE). */
export async function deleteProjectTerritory(principal: Principal, id: number, context: ProjectContext = {}): Promise<{ name: string }> {
  authorize(principal);
  return db.$transaction(async (tx) => {
    const project = await lockProject(tx, id);
    await tx.territory.delete({ where: { id } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "territory.project.deleted",
      entity: "Territory",
      entityId: String(id),
      summary: t.auditDeleted(project.name, project.code),
      ip: context.ip,
    });
    return { name: project.name };
  });
}

export async function addProjectMember(
  principal: Principal,
  projectId: number,
  memberId: number,
  context: ProjectContext = {},
): Promise<{ memberName: string }> {
  authorize(principal);
  return db.$transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    const member = await tx.territory.findUnique({ where: { id: memberId }, select: { id: true, kind: true, name: true, isArrondissement: true } });
    if (!member) throw new NotFoundError(t.memberNotFound);
    if (!isProjectMemberCandidate(member)) throw new ValidationError({ memberId: [t.memberKindRefused] }, t.memberKindRefused);
    const { count } = await tx.territoryMembership.createMany({ data: [{ groupId: projectId, memberId }], skipDuplicates: true });
    if (count === 0) throw new ValidationError({ memberId: [t.memberAlreadyIn] }, t.memberAlreadyIn);
    await rebuildProjectClosure(tx, projectId);
    await writeAudit(tx, {
      userId: principal.id,
      action: "territory.project.updated",
      entity: "Territory",
      entityId: String(projectId),
      summary: t.auditMemberAdded(project.name, member.name),
      ip: context.ip,
    });
    return { memberName: member.name };
  });
}

export async function removeProjectMember(
  principal: Principal,
  projectId: number,
  memberId: number,
  context: ProjectContext = {},
): Promise<{ memberName: string }> {
  authorize(principal);
  return db.$transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    const member = await tx.territory.findUnique({ where: { id: memberId }, select: { name: true } });
    const { count } = await tx.territoryMembership.deleteMany({ where: { groupId: projectId, memberId } });
    if (!member || count === 0) throw new NotFoundError(t.memberNotFound);
    await rebuildProjectClosure(tx, projectId);
    await writeAudit(tx, {
      userId: principal.id,
      action: "territory.project.updated",
      entity: "Territory",
      entityId: String(projectId),
      summary: t.auditMemberRemoved(project.name, member.name),
      ip: context.ip,
    });
    return { memberName: member.name };
  });
}

/**
 * Adds the communes and EPCI of a pasted list, all or nothing: a list with an unknown or malformed
 * code adds nothing and says which. Members already in the project are left as they are. One
 * closure rebuild and one audit row for the whole list.
 */
export async function addProjectMembers(
  principal: Principal,
  projectId: number,
  text: string,
  context: ProjectContext = {},
): Promise<{ added: string[]; already: number }> {
  authorize(principal);
  return db.$transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    const checked = await checkCodeList(tx, projectId, parseCodeList(text));
    const errors = codeListErrors(checked);
    if (errors.length > 0) throw new ValidationError({ codes: errors });
    const toAdd = checked.members.filter((member) => !member.alreadyMember);
    if (toAdd.length === 0) throw new ValidationError({ codes: [t.list.nothingToAdd] });
    await tx.territoryMembership.createMany({ data: toAdd.map((member) => ({ groupId: projectId, memberId: member.id })), skipDuplicates: true });
    await rebuildProjectClosure(tx, projectId);
    await writeAudit(tx, {
      userId: principal.id,
      action: "territory.project.updated",
      entity: "Territory",
      entityId: String(projectId),
      summary: t.list.auditAdded(project.name, toAdd.length),
      ip: context.ip,
    });
    return { added: toAdd.map((member) => member.name), already: checked.members.length - toAdd.length };
  });
}
