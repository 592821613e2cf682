// Reads of the diagnostics domain, scoped to the caller: a diagnostic is only ever read through a
// membership of the principal in its organisation (platform staff and admins excepted), so a
// forged id finds nothing — the same NotFoundError as an id that does not exist.
import "server-only";
import type { ActorKind, DiagnosticStatus, Prisma, TerritoryKind } from "@/generated/prisma/client";
import { can, type Principal, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { sortByFrench } from "@/lib/text/sort";
import { NotFoundError } from "@/lib/errors";
import type { Answers } from "./answers";
import { readStoredResult } from "./report";
import type { DiagnosticResult } from "./scoring";
import { diagnosticTemplateSchema, type DiagnosticTemplate } from "./template.schema";

// A stored template version is never rewritten (prisma/seed-template.ts, back office): its
// parsed form can be kept for the life of the process.
const parsedTemplates = new Map<string, DiagnosticTemplate>();

export function parseStoredTemplate(templateId: string, content: unknown): DiagnosticTemplate {
  const cached = parsedTemplates.get(templateId);
  if (cached) return cached;
  const template = diagnosticTemplateSchema.parse(content);
  parsedTemplates.set(templateId, template);
  return template;
}

/**
 * The parsed templates of these ids. Their content (a large JSON document) is read from the
 * database only for ids not parsed yet in this process, not on every page view.
 */
export async function loadStoredTemplates(templateIds: readonly string[]): Promise<Map<string, DiagnosticTemplate>> {
  const missing = [...new Set(templateIds)].filter((id) => !parsedTemplates.has(id));
  if (missing.length > 0) {
    const rows = await db.diagnosticTemplate.findMany({ where: { id: { in: missing } }, select: { id: true, content: true } });
    for (const row of rows) parseStoredTemplate(row.id, row.content);
  }
  const templates = new Map<string, DiagnosticTemplate>();
  for (const id of templateIds) {
    const template = parsedTemplates.get(id);
    // The foreign key makes this unreachable, short of a template deleted under our feet.
    if (!template) throw new Error(`Diagnostic template ${id} not found`);
    templates.set(id, template);
  }
  return templates;
}

export function isPlatformReader(principal: NonNullable<Principal>): boolean {
  return principal.platformRole === "STAFF" || principal.platformRole === "ADMIN";
}

/** The one `where` of every scoped read and write: the id, and a membership unless staff. */
export function readableWhere(principal: NonNullable<Principal>, id: string): Prisma.DiagnosticWhereInput {
  return isPlatformReader(principal) ? { id } : { id, actor: { memberships: { some: { userId: principal.id } } } };
}

export type DiagnosticView = {
  id: string;
  status: DiagnosticStatus;
  version: number;
  answers: Answers;
  result: DiagnosticResult | null;
  maturityLevel: number | null;
  /** Why the team withdrew the published summary; cleared when the organisation publishes again. */
  moderationReason: string | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  templateId: string;
  template: DiagnosticTemplate;
  territory: { id: number; kind: TerritoryKind; code: string; name: string; population: number | null };
  /** The organisation's kind prefills the questionnaire's « type d'organisation » (profile-prefill.ts). */
  actor: { id: string; name: string; kind: ActorKind };
  /** The viewer's standing in the organisation, for `can` (null role for staff who are not members). */
  scope: Scope;
};

function asAnswers(value: unknown): Answers {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Answers) : {};
}

/** One diagnostic as its organisation's members (and staff) see it; NotFoundError for anyone else. */
export async function getDiagnostic(principal: Principal, id: string): Promise<DiagnosticView> {
  if (!principal || typeof id !== "string" || id.length === 0 || id.length > 64) throw new NotFoundError();
  const row = await db.diagnostic.findFirst({
    where: readableWhere(principal, id),
    select: {
      id: true,
      status: true,
      version: true,
      answers: true,
      scores: true,
      maturityLevel: true,
      moderationReason: true,
      completedAt: true,
      createdAt: true,
      updatedAt: true,
      templateId: true,
      territory: { select: { id: true, kind: true, code: true, name: true, population: true } },
      actor: { select: { id: true, name: true, kind: true, memberships: { where: { userId: principal.id }, select: { role: true } } } },
    },
  });
  if (!row) throw new NotFoundError();
  const scope: Scope = { actorId: row.actor.id, membershipRole: row.actor.memberships[0]?.role ?? null };
  if (!can(principal, "diagnostic.read", scope)) throw new NotFoundError();
  const { actor, answers, scores, ...fields } = row;
  const templates = await loadStoredTemplates([row.templateId]);
  return {
    ...fields,
    answers: asAnswers(answers),
    result: readStoredResult(scores),
    template: templates.get(row.templateId)!,
    actor: { id: actor.id, name: actor.name, kind: actor.kind },
    scope,
  };
}

/** getDiagnostic, or null: for pages, which answer 404 either way. */
export async function findDiagnostic(principal: Principal, id: string): Promise<DiagnosticView | null> {
  try {
    return await getDiagnostic(principal, id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export type MyDiagnostic = {
  id: string;
  status: DiagnosticStatus;
  territory: { kind: TerritoryKind; code: string; name: string };
  actor: { id: string; name: string };
  /** Null until completed. */
  level: { level: number; name: string } | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
};

/** The diagnostics of every organisation the user belongs to, most recently touched first. */
export async function listMyDiagnostics(userId: string, options: { take?: number } = {}): Promise<MyDiagnostic[]> {
  const rows = await db.diagnostic.findMany({
    where: { actor: { memberships: { some: { userId } } } },
    select: {
      id: true,
      status: true,
      maturityLevel: true,
      createdAt: true,
      updatedAt: true,
      completedAt: true,
      templateId: true,
      territory: { select: { kind: true, code: true, name: true } },
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: options.take ?? 100,
  });
  const templates = await loadStoredTemplates(rows.map((row) => row.templateId));
  return rows.map(({ templateId, maturityLevel, ...row }) => {
    const levels = templates.get(templateId)!.levels;
    const level = maturityLevel === null ? null : levels.find((candidate) => candidate.level === maturityLevel);
    return { ...row, level: level ? { level: level.level, name: level.name } : null };
  });
}

/** The organisations the user may run a diagnostic for, by name. */
export async function listStartOrganisations(userId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { actor: { select: { id: true, name: true } } },
  });
  return sortByFrench(
    rows.map((row) => row.actor),
    (actor) => actor.name,
  );
}
