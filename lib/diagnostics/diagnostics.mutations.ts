// Writes of the diagnostics domain. Each one checks, inside its own transaction, that the
// principal may act on the diagnostic's organisation (getActorScope + can: the action's check is
// not trusted). A diagnostic the principal may not even read answers NotFoundError, like an id
// that does not exist; one they may read but not change answers ForbiddenError. Every update is
// tied to the version the caller last saw (optimistic concurrency): nothing is silently lost.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit, type AuditAction } from "@/lib/audit/audit.mutations";
import { assertCan, can, type Operation, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { validateAnswers, type Answers } from "./answers";
import { DIAGNOSTIC_TEMPLATE_KEY, type DiagnosticRating, type DiagnosticStart } from "./diagnostics.schemas";
import { loadStoredTemplates, parseStoredTemplate } from "./diagnostics.queries";
import { draftToAnswers, type SectionDraft } from "./form-answers";
import { scoreDiagnostic, type DiagnosticResult } from "./scoring";

const m = diagnosticsCopy.messages;

type Tx = Prisma.TransactionClient;

// Autosaves are not audited: one row per pause in the typing would drown the log.
type DiagnosticAuditAction = Extract<AuditAction, `diagnostic.${string}`>;

async function audit(tx: Tx, principal: NonNullable<Principal>, action: DiagnosticAuditAction, diagnosticId: string, summary: string) {
  await writeAudit(tx, { userId: principal.id, action, entity: "Diagnostic", entityId: diagnosticId, summary });
}

function requirePrincipal(principal: Principal): asserts principal is NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
}

type LockedDiagnostic = {
  id: string;
  actorId: string;
  templateId: string;
  status: "DRAFT" | "COMPLETED" | "PUBLISHED";
  version: number;
  answers: Prisma.JsonValue;
};

/**
 * The diagnostic, read in the transaction, if the principal may do `operation` on it. Those who
 * may not even read it learn nothing of its existence.
 */
async function authorize(tx: Tx, principal: NonNullable<Principal>, id: string, operation: Operation): Promise<LockedDiagnostic> {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError();
  const row = await tx.diagnostic.findUnique({
    where: { id },
    select: { id: true, actorId: true, templateId: true, status: true, version: true, answers: true },
  });
  if (!row) throw new NotFoundError();
  const scope = await getActorScope(principal, row.actorId, tx);
  if (!can(principal, "diagnostic.read", scope)) throw new NotFoundError();
  assertCan(principal, operation, scope);
  return row;
}

function checkVersion(row: LockedDiagnostic, version: number) {
  if (row.version !== version) throw new ConflictError(m.conflict);
}

/** The version-guarded update: a concurrent save that committed first makes this one a conflict. */
async function updateAtVersion(tx: Tx, row: LockedDiagnostic, expectedStatus: LockedDiagnostic["status"], data: Prisma.DiagnosticUpdateManyMutationInput) {
  const { count } = await tx.diagnostic.updateMany({
    where: { id: row.id, version: row.version, status: expectedStatus },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(m.conflict);
  return row.version + 1;
}

async function loadTemplate(tx: Tx, templateId: string) {
  const template = await tx.diagnosticTemplate.findUniqueOrThrow({ where: { id: templateId }, select: { content: true } });
  return parseStoredTemplate(templateId, template.content);
}

function storedAnswers(value: Prisma.JsonValue): Answers {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Answers) : {};
}

/** A new DRAFT on the ACTIVE questionnaire, kept with that template version for good. */
export async function startDiagnostic(principal: Principal, input: DiagnosticStart): Promise<{ id: string; version: number }> {
  requirePrincipal(principal);
  return db.$transaction(async (tx) => {
    assertCan(principal, "diagnostic.run", await getActorScope(principal, input.actorId, tx));
    const territory = await tx.territory.findUnique({ where: { id: input.territoryId }, select: { id: true, name: true } });
    if (!territory) throw new ValidationError({ territoryId: [m.territoryNotFound] });
    const template = await tx.diagnosticTemplate.findFirst({
      where: { key: DIAGNOSTIC_TEMPLATE_KEY, status: "ACTIVE" },
      orderBy: { version: "desc" },
      select: { id: true },
    });
    if (!template) throw new ConflictError(m.noActiveTemplate);
    const created = await tx.diagnostic.create({
      data: { territoryId: territory.id, actorId: input.actorId, templateId: template.id, authorId: principal.id, answers: {} },
      select: { id: true, version: true },
    });
    await audit(tx, principal, "diagnostic.started", created.id, `Diagnostic lancé sur ${territory.name}`);
    return created;
  });
}

/**
 * Merges a partial set of answers into the draft. Validated against the diagnostic's own
 * template first: unknown question ids, wrong types or out-of-range values refuse the whole
 * save (ValidationError, nothing stored).
 */
export async function saveAnswers(principal: Principal, id: string, input: { answers: unknown; version: number }): Promise<{ version: number; savedAt: Date }> {
  requirePrincipal(principal);
  return db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.update");
    if (row.status !== "DRAFT") throw new ConflictError(m.completed);
    const checked = validateAnswers(await loadTemplate(tx, row.templateId), input.answers, "partial");
    if (!checked.success) throw new ValidationError(checked.fieldErrors, checked.formErrors[0]);
    checkVersion(row, input.version);
    const answers = { ...storedAnswers(row.answers), ...checked.data };
    const version = await updateAtVersion(tx, row, "DRAFT", { answers });
    return { version, savedAt: new Date() };
  });
}

/**
 * The autosave's write, on every pause in the typing: only the answers that changed on one step,
 * merged into the stored ones by PostgreSQL (`answers || patch`, the same merge as saveAnswers) in
 * one UPDATE guarded by the version the client last saw, so a newer save is never overwritten.
 * Neither the stored answers nor the template's JSON are read (the parsed template is cached per
 * process), and no transaction is opened: the reads before the UPDATE only authorise, and its
 * version guard makes any save committed in between a conflict.
 */
export async function autosaveAnswers(
  principal: Principal,
  id: string,
  input: { step: number; draft: SectionDraft; version: number },
): Promise<{ version: number; savedAt: Date }> {
  requirePrincipal(principal);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError();
  const row = await db.diagnostic.findUnique({ where: { id }, select: { actorId: true, templateId: true, status: true, version: true } });
  if (!row) throw new NotFoundError();
  const scope = await getActorScope(principal, row.actorId);
  if (!can(principal, "diagnostic.read", scope)) throw new NotFoundError();
  assertCan(principal, "diagnostic.update", scope);
  if (row.status !== "DRAFT") throw new ConflictError(m.completed);
  if (row.version !== input.version) throw new ConflictError(m.conflict);
  const template = (await loadStoredTemplates([row.templateId])).get(row.templateId)!;
  const section = template.sections[input.step - 1];
  if (!section) throw new NotFoundError();
  const checked = validateAnswers(template, draftToAnswers(section, input.draft), "partial");
  if (!checked.success) throw new ValidationError(checked.fieldErrors, checked.formErrors[0]);
  // A change typed then undone: nothing to write.
  if (Object.keys(checked.data).length === 0) return { version: row.version, savedAt: new Date() };
  const saved = await db.$queryRaw<{ version: number }[]>`
    UPDATE "Diagnostic"
    SET "answers" = "answers" || CAST(${JSON.stringify(checked.data)} AS jsonb),
        "version" = "version" + 1,
        "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" = ${id} AND "version" = ${input.version} AND "status" = 'DRAFT'
    RETURNING "version"`;
  if (saved.length === 0) throw new ConflictError(m.conflict);
  return { version: Number(saved[0].version), savedAt: new Date() };
}

/** Every required question answered → scores, maturity level, COMPLETED. */
export async function completeDiagnostic(principal: Principal, id: string, version: number): Promise<{ version: number; result: DiagnosticResult }> {
  requirePrincipal(principal);
  return db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.update");
    if (row.status !== "DRAFT") throw new ConflictError(m.completed);
    checkVersion(row, version);
    const template = await loadTemplate(tx, row.templateId);
    const checked = validateAnswers(template, storedAnswers(row.answers), "complete");
    if (!checked.success) throw new ValidationError(checked.fieldErrors, checked.formErrors[0]);
    const result = scoreDiagnostic(template, checked.data);
    const next = await updateAtVersion(tx, row, "DRAFT", {
      status: "COMPLETED",
      scores: result as unknown as Prisma.InputJsonValue,
      // Kept beside the scores for the comparison with similar territories (an SQL average).
      overallScore: result.overall,
      maturityLevel: result.level.level,
      completedAt: new Date(),
    });
    await audit(tx, principal, "diagnostic.completed", id, `Diagnostic terminé : niveau ${result.level.level} (${result.level.name})`);
    return { version: next, result };
  });
}

/** Opt-in: an anonymised summary appears on the territory's public page (organisation admins). */
export async function publishDiagnostic(principal: Principal, id: string): Promise<void> {
  requirePrincipal(principal);
  await db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.publish");
    if (row.status === "PUBLISHED") return;
    if (row.status !== "COMPLETED") throw new ConflictError(m.notCompleted);
    // Publishing again answers a withdrawal by the team: its reason is no longer shown.
    await updateAtVersion(tx, row, "COMPLETED", { status: "PUBLISHED", moderationReason: null });
    await audit(tx, principal, "diagnostic.published", id, "Synthèse du diagnostic publiée");
  });
}

/** Revocable at any time: back to COMPLETED, off the territory page. */
export async function unpublishDiagnostic(principal: Principal, id: string): Promise<void> {
  requirePrincipal(principal);
  await db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.publish");
    if (row.status !== "PUBLISHED") return;
    await updateAtVersion(tx, row, "PUBLISHED", { status: "COMPLETED" });
    await audit(tx, principal, "diagnostic.unpublished", id, "Synthèse du diagnostic retirée");
  });
}

/**
 * "Rouvrir pour modifier": a completed diagnostic goes back to DRAFT with its answers kept; its
 * scores, level and completion date are cleared (they will be computed again on completion, and
 * the report would otherwise show results that no longer match the answers). A published one is
 * withdrawn from the territory page, so reopening it takes the right to unpublish as well; it is
 * not republished on completion (the organisation publishes the new results if it wishes).
 */
export async function reopenDiagnostic(principal: Principal, id: string, version: number): Promise<{ version: number; wasPublished: boolean }> {
  requirePrincipal(principal);
  return db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.update");
    if (row.status === "DRAFT") throw new ConflictError(m.alreadyReopened);
    const wasPublished = row.status === "PUBLISHED";
    if (wasPublished && !can(principal, "diagnostic.publish", await getActorScope(principal, row.actorId, tx))) {
      throw new ForbiddenError(m.reopenPublishedAdminOnly);
    }
    checkVersion(row, version);
    const next = await updateAtVersion(tx, row, row.status, {
      status: "DRAFT",
      scores: Prisma.DbNull,
      overallScore: null,
      maturityLevel: null,
      completedAt: null,
    });
    await audit(
      tx,
      principal,
      "diagnostic.reopened",
      id,
      wasPublished ? "Diagnostic rouvert pour modification, synthèse retirée" : "Diagnostic rouvert pour modification",
    );
    return { version: next, wasPublished };
  });
}

/**
 * "Did it help?": one Feedback row per answer, so that an opinion given weeks later (stage
 * FOLLOW_UP) sits beside the first one (COMPLETION). Asked of the team (diagnostic.update: there
 * is no separate operation), once the diagnostic is completed.
 */
export async function rateDiagnostic(
  principal: Principal,
  id: string,
  input: Pick<DiagnosticRating, "rating" | "comment"> & { stage?: DiagnosticRating["stage"] },
): Promise<{ id: string }> {
  requirePrincipal(principal);
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw new ValidationError({ rating: [m.chooseRating] });
  const stage = input.stage === "FOLLOW_UP" ? "FOLLOW_UP" : "COMPLETION";
  return db.$transaction(async (tx) => {
    const row = await authorize(tx, principal, id, "diagnostic.update");
    if (row.status === "DRAFT") throw new ConflictError(m.notCompleted);
    return tx.feedback.create({
      data: { userId: principal.id, diagnosticId: row.id, kind: "RATING", stage, rating: input.rating, comment: input.comment.trim().slice(0, 2000) },
      select: { id: true },
    });
  });
}
