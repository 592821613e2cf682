// Writes of the alliances workspace that only the lead organisation may make: create, edit,
// stage, results, submission. Each one re-checks in its own transaction that the principal is a
// member of the LEAD partner organisation (getActorScope + assertCan: the action's check is not
// trusted), bumps `version` through `updateMany where { id, version }` so that a stale form is a
// ConflictError, and writes the audit row. An edit of the public text of a published alliance
// whose lead is not verified sends it back to moderation (lib/alliances/edits.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import type { ModerationStatus, Prisma } from "@/generated/prisma/client";
import { describeAllianceChanges, describeResultsChange, editOutcome, statusAfterAllianceEdit, type AllianceSnapshot } from "@/lib/alliances/edits";
import { isAllowedTransition } from "@/lib/alliances/stages";
import { writeAudit, type AuditAction } from "@/lib/audit/audit.mutations";
import { assertCan, type Operation, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { labels } from "@/lib/labels";
import { baseSlug } from "@/lib/organisations/organisations";
import type { AllianceCreate, AllianceResults, AllianceStageChange, AllianceSubmit, AllianceUpdate } from "./workspace.schemas";
import { resolveTerritoryParams } from "@/lib/territories/territories.queries";
import { recordFollowEvent } from "@/lib/follows/matching";

const m = alliancesWorkspaceCopy.messages;
const stageLabels = labels.directories.stages;

export type MutationContext = { ip?: string | null };
export type Tx = Prisma.TransactionClient;
type Fields = Omit<AllianceCreate, "actorId">;

export function requirePrincipal(principal: Principal): asserts principal is NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
}

/**
 * The alliance's lead organisation, after checking the principal may `operation` for it. A
 * member of another partner (or of no partner) is refused like a stranger.
 */
export async function authorizeLead(tx: Tx, principal: Principal, allianceId: string, operation: Operation) {
  requirePrincipal(principal);
  const lead = await tx.alliancePartner.findFirst({
    where: { allianceId, role: "LEAD", status: "CONFIRMED" },
    select: {
      actorId: true,
      actor: { select: { verified: true } },
      alliance: { select: { id: true, slug: true, title: true, stage: true, status: true, version: true } },
    },
  });
  if (!lead) throw new NotFoundError(m.notFound);
  assertCan(principal, operation, await getActorScope(principal, lead.actorId, tx));
  return { leadActorId: lead.actorId, leadVerified: lead.actor.verified, alliance: lead.alliance };
}

/**
 * 0 rows updated: someone else saved first (or the alliance is gone). `status`, when given, must
 * still be the one read: a moderation decision (which does not bump the version) between the read
 * and this write is a conflict rather than silently overwritten.
 */
export async function bumpVersion(tx: Tx, id: string, version: number, data: Prisma.AllianceUpdateManyMutationInput, status?: ModerationStatus): Promise<void> {
  const { count } = await tx.alliance.updateMany({ where: { id, version, ...(status ? { status } : {}) }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(m.conflict);
}

async function audit(tx: Tx, principal: NonNullable<Principal>, action: AuditAction, id: string, summary: string, context: MutationContext) {
  await writeAudit(tx, { userId: principal.id, action, entity: "Alliance", entityId: id, summary, ip: context.ip });
}

function columns(input: Fields) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    searchKey: buildSearchKey(input.title, input.summary, input.description),
    mode: input.mode,
    mecenatKind: input.mecenatKind ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
  };
}

async function replaceLinks(tx: Tx, allianceId: string, territoryIds: number[], targets: string[]) {
  await tx.allianceTerritory.deleteMany({ where: { allianceId } });
  await tx.allianceSdgTarget.deleteMany({ where: { allianceId } });
  await tx.allianceTerritory.createMany({ data: territoryIds.map((territoryId) => ({ allianceId, territoryId })) });
  await tx.allianceSdgTarget.createMany({ data: [...new Set(targets)].map((targetCode) => ({ allianceId, targetCode })) });
}

// Two communes may share a name: the code keeps them apart in the before/after comparison.
const territoryLabel = (territory: { name: string; code: string }) => `${territory.name} (${territory.code})`;

/** The alliance's editable public text as stored, for the before/after of an edit. */
async function snapshotOf(tx: Tx, id: string): Promise<AllianceSnapshot> {
  const row = await tx.alliance.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      summary: true,
      description: true,
      mode: true,
      mecenatKind: true,
      startDate: true,
      endDate: true,
      territories: { select: { territory: { select: { name: true, code: true } } } },
      targets: { select: { targetCode: true } },
    },
  });
  const { territories, targets, ...fields } = row;
  return { ...fields, territories: territories.map((link) => territoryLabel(link.territory)), targets: targets.map((link) => link.targetCode) };
}

export type AllianceEditOutcome = { status: ModerationStatus; changed: boolean };

/** A new DRAFT alliance at the IDEE stage, with the acting organisation as its confirmed lead. */
export async function createAlliance(principal: Principal, input: AllianceCreate, context: MutationContext = {}): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    requirePrincipal(principal);
    assertCan(principal, "alliance.create", await getActorScope(principal, input.actorId, tx));
    const territoryIds = (await resolveTerritoryParams(tx, input.territories, m.territoryInvalid)).map((territory) => territory.id);
    // A random suffix rather than a lookup of taken slugs: no race between two creations.
    const slug = `${baseSlug(input.title).slice(0, 70)}-${randomUUID().slice(0, 6)}`;
    const alliance = await tx.alliance.create({ data: { ...columns(input), slug, stage: "IDEE", status: "DRAFT" }, select: { id: true } });
    await tx.alliancePartner.create({ data: { allianceId: alliance.id, actorId: input.actorId, role: "LEAD", status: "CONFIRMED", confirmedAt: new Date() } });
    await replaceLinks(tx, alliance.id, territoryIds, input.targets);
    await tx.allianceEvent.create({
      data: { allianceId: alliance.id, toStage: "IDEE", comment: alliancesWorkspaceCopy.detail.created, authorId: principal.id },
    });
    await audit(tx, principal, "alliance.created", alliance.id, `Création de l'alliance « ${input.title} » (brouillon)`, context);
    return alliance;
  });
}

/** Edits the alliance's description; see statusAfterAllianceEdit for its moderation status. */
export async function updateAlliance(principal: Principal, input: AllianceUpdate, context: MutationContext = {}): Promise<AllianceEditOutcome> {
  return db.$transaction(async (tx) => {
    const { alliance, leadVerified } = await authorizeLead(tx, principal, input.id, "alliance.update");
    requirePrincipal(principal);
    if (alliance.version !== input.version) throw new ConflictError(m.conflict);
    const territoryIds = (await resolveTerritoryParams(tx, input.territories, m.territoryInvalid)).map((territory) => territory.id);
    const before = await snapshotOf(tx, alliance.id);
    const territoryNames = (await tx.territory.findMany({ where: { id: { in: territoryIds } }, select: { name: true, code: true } })).map(territoryLabel);
    const after: AllianceSnapshot = { ...columns(input), territories: territoryNames, targets: [...new Set(input.targets)] };
    const changes = describeAllianceChanges(before, after);
    // Nothing changed: nothing written, and a published alliance is not sent back to moderation.
    if (changes.length === 0) return { status: alliance.status, changed: false };
    const status = statusAfterAllianceEdit(alliance.status, leadVerified);
    await bumpVersion(tx, alliance.id, input.version, { ...columns(input), status }, alliance.status);
    await replaceLinks(tx, alliance.id, territoryIds, input.targets);
    await audit(tx, principal, "alliance.updated", alliance.id, alliancesWorkspaceCopy.audit.updated(input.title, editOutcome(status), changes), context);
    return { status, changed: true };
  });
}

/** Moves the alliance one step along its stages, kept in the timeline with the lead's comment. */
export async function changeAllianceStage(principal: Principal, input: AllianceStageChange, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { alliance } = await authorizeLead(tx, principal, input.id, "alliance.update");
    requirePrincipal(principal);
    if (alliance.version !== input.version) throw new ConflictError(m.conflict);
    if (!isAllowedTransition(alliance.stage, input.toStage)) throw new ValidationError({ toStage: [m.stageNotAllowed] });
    // The stage is part of the where too: a concurrent move cannot be silently overwritten.
    await bumpVersion(tx, alliance.id, input.version, { stage: input.toStage });
    await tx.allianceEvent.create({
      data: { allianceId: alliance.id, fromStage: alliance.stage, toStage: input.toStage, comment: input.comment, authorId: principal.id },
    });
    await audit(
      tx,
      principal,
      "alliance.stage.changed",
      alliance.id,
      `Étape de « ${alliance.title} » : ${stageLabels[alliance.stage]} → ${stageLabels[input.toStage]}`,
      context,
    );
    // Followers of a published alliance hear of its new stage (lib/follows/matching.ts).
    if (alliance.status === "PUBLISHED") await recordFollowEvent(tx, "alliance.stage", alliance.id, stageLabels[input.toStage]);
  });
}

/** The results are public text too: the same moderation rule as an edit of the description. */
export async function saveAllianceResults(principal: Principal, input: AllianceResults, context: MutationContext = {}): Promise<AllianceEditOutcome> {
  return db.$transaction(async (tx) => {
    const { alliance, leadVerified } = await authorizeLead(tx, principal, input.id, "alliance.update");
    requirePrincipal(principal);
    if (alliance.version !== input.version) throw new ConflictError(m.conflict);
    const { results } = await tx.alliance.findUniqueOrThrow({ where: { id: alliance.id }, select: { results: true } });
    const changes = describeResultsChange(results, input.results);
    if (changes.length === 0) return { status: alliance.status, changed: false };
    const status = statusAfterAllianceEdit(alliance.status, leadVerified);
    await bumpVersion(tx, alliance.id, input.version, { results: input.results, status }, alliance.status);
    await audit(tx, principal, "alliance.updated", alliance.id, alliancesWorkspaceCopy.audit.updated(alliance.title, editOutcome(status), changes), context);
    return { status, changed: true };
  });
}

/** DRAFT or REJECTED → PENDING: the back office's moderation queue takes it from there. */
export async function submitAlliance(principal: Principal, input: AllianceSubmit, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { alliance } = await authorizeLead(tx, principal, input.id, "alliance.submit");
    requirePrincipal(principal);
    if (alliance.status !== "DRAFT" && alliance.status !== "REJECTED") throw new ValidationError({}, m.notSubmittable);
    await bumpVersion(tx, alliance.id, input.version, { status: "PENDING", moderationReason: null });
    await audit(tx, principal, "alliance.submitted", alliance.id, `Alliance « ${alliance.title} » soumise pour publication`, context);
  });
}
