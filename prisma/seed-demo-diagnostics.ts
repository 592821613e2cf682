// A demonstration diagnostic: "Forez Numérique (démo)" (entreprise@demo.odd17.fr) on Saint-Étienne,
// completed 40 days before seeding, so that its team is asked the follow-up question ("Trois
// semaines après : ce diagnostic vous a-t-il été utile ?") and its report can be shown at once.
// Created once: a diagnostic the demo team reopened or changed is never overwritten.
import type { Prisma } from "../generated/prisma/client.ts";
import { DIAGNOSTIC_TEMPLATE_KEY } from "../lib/diagnostics/diagnostics.schemas.ts";
import { validateAnswers } from "../lib/diagnostics/answers.ts";
import { scoreDiagnostic } from "../lib/diagnostics/scoring.ts";
import { diagnosticTemplateSchema } from "../lib/diagnostics/template.schema.ts";

type Tx = Prisma.TransactionClient;

export const DEMO_DIAGNOSTIC_AGE_DAYS = 40;

const demoAnswers = {
  kind: "entreprise",
  role: "acteur",
  experience: "ponctuelle",
  fragilites: ["numerique", "emploi", "education"],
  donnees: 3,
  attentes: ["innovation", "performance"],
  dimensions: ["partenaires"],
  personnes: 3,
  temps: 2,
  budget: "ponctuel",
  competences: "Développement web, formation au numérique",
  gouvernance: "informelle",
  cooperations: 3,
  evaluation: "parfois",
  connaissance_acteurs: 3,
  modes: ["mecenat", "innovation"],
  partenaires: ["association", "collectivite"],
  commentaire: "",
};

export async function seedDemoDiagnostics(tx: Tx, actors: Map<string, string>, users: Map<string, string>): Promise<number> {
  const actorId = actors.get("forez-numerique-demo");
  const authorId = users.get("entreprise@demo.odd17.fr");
  if (!actorId || !authorId) return 0;
  if ((await tx.diagnostic.count({ where: { actorId, isDemo: true } })) > 0) return 0;
  const template = await tx.diagnosticTemplate.findFirst({
    where: { key: DIAGNOSTIC_TEMPLATE_KEY, status: "ACTIVE" },
    orderBy: { version: "desc" },
    select: { id: true, content: true },
  });
  if (!template) return 0;
  const territory = await tx.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } });
  const parsed = diagnosticTemplateSchema.parse(template.content);
  // A questionnaire edited since these answers were written fails the seed loudly, not the report.
  const checked = validateAnswers(parsed, demoAnswers, "complete");
  if (!checked.success) throw new Error(`Demo diagnostic answers no longer fit the active questionnaire: ${JSON.stringify(checked.fieldErrors)}`);
  const result = scoreDiagnostic(parsed, checked.data);
  const completedAt = new Date(Date.now() - DEMO_DIAGNOSTIC_AGE_DAYS * 24 * 60 * 60 * 1000);
  await tx.diagnostic.create({
    data: {
      territoryId: territory.id,
      actorId,
      templateId: template.id,
      authorId,
      answers: demoAnswers,
      status: "COMPLETED",
      scores: result as unknown as Prisma.InputJsonValue,
      overallScore: result.overall,
      maturityLevel: result.level.level,
      completedAt,
      createdAt: completedAt,
      isDemo: true,
    },
  });
  return 1;
}
