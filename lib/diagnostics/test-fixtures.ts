// Shared by the diagnostic unit tests only. The scoring tests hold numbers computed by hand on a
// frozen reference template (fixtures/reference-template.json, an early draft of the seeded
// questionnaire), so that editing the seeded questionnaire does not silently change what they
// check; the seeded file itself is checked to parse in template.schema.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { diagnosticTemplateSchema, type DiagnosticTemplate } from "./template.schema";

const SEEDED_TEMPLATE_PATH = path.resolve(import.meta.dirname, "fixtures/reference-template.json");
export const REAL_SEEDED_TEMPLATE_PATH = path.resolve(import.meta.dirname, "../../prisma/seed-data/diagnostic-template-v1.json");

/** A fresh copy of the raw JSON each time, so that a test may break it without affecting others. */
export function readSeededTemplateJson(): Record<string, any> {
  return JSON.parse(readFileSync(SEEDED_TEMPLATE_PATH, "utf8"));
}

export function seededTemplate(): DiagnosticTemplate {
  return diagnosticTemplateSchema.parse(readSeededTemplateJson());
}

/** The seeded maturity levels: 0 Découverte, 30 Expérimentation, 55 Structuration, 80 Catalyse. */
const seededLevels = [
  { level: 1, name: "Découverte", minScore: 0, description: "Niveau 1." },
  { level: 2, name: "Expérimentation", minScore: 30, description: "Niveau 2." },
  { level: 3, name: "Structuration", minScore: 55, description: "Niveau 3." },
  { level: 4, name: "Catalyse", minScore: 80, description: "Niveau 4." },
];

/** A small valid template around the given questions, one section, the seeded levels. */
export function templateWith(questions: unknown[], overrides: Record<string, unknown> = {}): DiagnosticTemplate {
  return diagnosticTemplateSchema.parse({
    key: "essai",
    version: 1,
    title: "Questionnaire d'essai",
    axes: [{ id: "a", label: "Axe A" }],
    levels: seededLevels,
    sections: [{ id: "unique", title: "Section unique", questions }],
    ...overrides,
  });
}

/** A complete, valid set of answers to the seeded template (its scores are worked out in scoring.test.ts). */
export function exampleAnswers() {
  return {
    kind: "association",
    role: "acteur",
    experience: "ponctuelle",
    fragilites: ["numerique", "emploi", "precarite"],
    donnees: 3,
    attentes: ["confiance", "innovation"],
    dimensions: ["bien_commun"],
    personnes: 2,
    temps: 1,
    budget: "ponctuel",
    competences: "Animation d'ateliers numériques",
    gouvernance: "informelle",
    cooperations: 4,
    evaluation: "parfois",
    connaissance_acteurs: 2,
    modes: ["mecenat", "innovation"],
    partenaires: ["entreprise", "fondation"],
    commentaire: "",
  };
}
