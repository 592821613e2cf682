// Writes of the back office's questionnaire editor: new version from an existing one, save a
// draft, activate, delete a draft. Each checks template.manage itself and writes its audit row in
// the same transaction. A version some diagnostic uses is never changed (a diagnostic keeps the
// exact questionnaire it started with), and only a DRAFT is ever edited or deleted. Rows are
// locked (SELECT … FOR UPDATE) before they are checked, so two staff members acting at once are
// serialised rather than both passing the checks.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit, type AuditAction } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { parseDiagnosticTemplate } from "./template.schema";
import { checkTemplateDraft, templateIdSchema, type EditorError } from "./templates.admin.schemas";
import { templateRevision } from "./templates.admin.queries";

const m = adminQuestionnairesCopy.messages;
const a = adminQuestionnairesCopy.audit;

type Tx = Prisma.TransactionClient;
type Context = { ip?: string | null };
type TemplateAuditAction = Extract<AuditAction, `template.${string}`>;

function principalId(principal: Principal): string {
  // assertCan has refused anonymous principals already; this satisfies the type checker.
  if (!principal) throw new ForbiddenError();
  return principal.id;
}

const versionName = (row: { key: string; version: number }) => `${row.key} v${row.version}`;

async function audit(tx: Tx, userId: string, action: TemplateAuditAction, templateId: string, summary: string, context: Context) {
  await writeAudit(tx, { userId, action, entity: "DiagnosticTemplate", entityId: templateId, summary, ip: context.ip });
}

/** The version, locked for the rest of the transaction, with how many diagnostics use it. */
async function lockVersion(tx: Tx, id: string) {
  if (!templateIdSchema.safeParse(id).success) throw new NotFoundError();
  await tx.$queryRaw`SELECT id FROM "DiagnosticTemplate" WHERE id = ${id} FOR UPDATE`;
  const row = await tx.diagnosticTemplate.findUnique({
    where: { id },
    select: { id: true, key: true, version: true, title: true, content: true, status: true, _count: { select: { diagnostics: true } } },
  });
  if (!row) throw new NotFoundError();
  return row;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** A DRAFT with the next number of the key and a copy of the source's content. */
export async function createTemplateVersion(principal: Principal, sourceId: string, context: Context = {}): Promise<{ id: string; version: number }> {
  assertCan(principal, "template.manage");
  const userId = principalId(principal);
  if (!templateIdSchema.safeParse(sourceId).success) throw new NotFoundError();
  try {
    return await db.$transaction(async (tx) => {
      const source = await tx.diagnosticTemplate.findUnique({ where: { id: sourceId }, select: { key: true, version: true, title: true, content: true } });
      if (!source) throw new NotFoundError();
      const latest = await tx.diagnosticTemplate.aggregate({ where: { key: source.key }, _max: { version: true } });
      const version = (latest._max.version ?? 0) + 1;
      const content = { ...(source.content as Prisma.JsonObject), version } satisfies Prisma.InputJsonObject;
      // Two creations at once compute the same number: the unique (key, version) lets one win.
      const created = await tx.diagnosticTemplate.create({
        data: { key: source.key, version, title: source.title, content, status: "DRAFT" },
        select: { id: true, version: true },
      });
      await audit(tx, userId, "template.version.created", created.id, a.created(versionName({ key: source.key, version }), source.version), context);
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(m.versionConflict);
    throw error;
  }
}

export type DraftSaveResult = { saved: true; revision: string } | { saved: false; errors: EditorError[] };

/**
 * Saves the title and JSON body of a draft, if they make a valid template; otherwise nothing is
 * written and every problem comes back with its path and line. `expectedRevision` is what the
 * editor opened (templateRevision): a draft changed since is a conflict.
 */
export async function saveTemplateDraft(
  principal: Principal,
  id: string,
  input: { title: string; body: string; expectedRevision: string },
  context: Context = {},
): Promise<DraftSaveResult> {
  assertCan(principal, "template.manage");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const row = await lockVersion(tx, id);
    if (row.status !== "DRAFT") throw new ConflictError(m.notDraft);
    if (row._count.diagnostics > 0) throw new ConflictError(m.hasDiagnostics);
    if (templateRevision(row.title, row.content) !== input.expectedRevision) throw new ConflictError(m.editConflict);
    const checked = checkTemplateDraft(input, { key: row.key, version: row.version });
    if (!checked.ok) return { saved: false, errors: checked.errors };
    const content = checked.content as Prisma.InputJsonObject;
    await tx.diagnosticTemplate.update({ where: { id: row.id }, data: { title: checked.title, content } });
    await audit(tx, userId, "template.version.updated", row.id, a.updated(versionName(row)), context);
    return { saved: true, revision: templateRevision(checked.title, checked.content) };
  });
}

/**
 * The version becomes the ACTIVE one of its key, the one active before is RETIRED: new
 * diagnostics take it from now on (startDiagnostic reads the key's ACTIVE version). A RETIRED
 * version may be activated again (going back after a mistake); its content is unchanged.
 */
export async function activateTemplateVersion(principal: Principal, id: string, context: Context = {}): Promise<{ version: number; retired: number[] }> {
  assertCan(principal, "template.manage");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const target = await lockVersion(tx, id);
    // Every version of the key, locked: two activations at once cannot leave two ACTIVE rows.
    await tx.$queryRaw`SELECT id FROM "DiagnosticTemplate" WHERE key = ${target.key} FOR UPDATE`;
    const row = await lockVersion(tx, id);
    if (row.status === "ACTIVE") throw new ConflictError(m.alreadyActive);
    const parsed = parseDiagnosticTemplate(row.content);
    if (!parsed.success || parsed.data.key !== row.key || parsed.data.version !== row.version) throw new ConflictError(m.invalidContent);
    const previous = await tx.diagnosticTemplate.findMany({ where: { key: row.key, status: "ACTIVE" }, select: { version: true } });
    await tx.diagnosticTemplate.updateMany({ where: { key: row.key, status: "ACTIVE" }, data: { status: "RETIRED" } });
    await tx.diagnosticTemplate.update({ where: { id: row.id }, data: { status: "ACTIVE", activatedAt: new Date() } });
    const retired = previous.map((p) => p.version);
    await audit(tx, userId, "template.activated", row.id, a.activated(versionName(row), retired), context);
    return { version: row.version, retired };
  });
}

/** Deletes a DRAFT no diagnostic uses (the only kind that may go). */
export async function deleteTemplateDraft(principal: Principal, id: string, context: Context = {}): Promise<{ key: string; version: number }> {
  assertCan(principal, "template.manage");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const row = await lockVersion(tx, id);
    if (row.status !== "DRAFT") throw new ConflictError(m.notDraft);
    if (row._count.diagnostics > 0) throw new ConflictError(m.hasDiagnostics);
    await tx.diagnosticTemplate.delete({ where: { id: row.id } });
    await audit(tx, userId, "template.version.deleted", row.id, a.deleted(versionName(row)), context);
    return { key: row.key, version: row.version };
  });
}
