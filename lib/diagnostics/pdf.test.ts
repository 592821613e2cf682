import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderDiagnosticPdf } from "./pdf";
import { axisScores } from "./report";
import type { DiagnosticReport } from "./report.queries";
import { scoreDiagnostic } from "./scoring";
import { exampleAnswers, seededTemplate } from "./test-fixtures";

function reportFor(overrides: Partial<DiagnosticReport> = {}): DiagnosticReport {
  const template = seededTemplate();
  const result = scoreDiagnostic(template, exampleAnswers());
  const kit = {
    id: "k1",
    slug: "kit-essai",
    title: "Construire une alliance — l’essentiel « pas à pas »",
    summary: "",
    category: "METHODE",
    audiences: [],
    maturityLevels: [1],
    themes: [],
    modes: [],
    targets: [],
  };
  const partner = {
    id: "a1",
    slug: "forez-numerique",
    name: "Forez Numérique",
    kind: "ENTREPRISE",
    sdgs: [4],
    offerThemes: [],
    offerModes: [],
    allianceModes: [],
    proximity: "inside" as const,
  };
  return {
    result,
    axes: axisScores(template, result),
    level: template.levels[result.level.level - 1],
    levelCount: template.levels.length,
    priorities: [{ theme: "INCLUSION_NUMERIQUE", label: "Inclusion numérique" }],
    kits: Array.from({ length: 5 }, (_, i) => ({
      kit: { ...kit, id: `k${i}` },
      score: 3,
      reasons: ["recommandé car il correspond à votre niveau de maturité (Expérimentation)"],
      matched: { level: true, priorities: [], audience: false, modes: [] },
    })),
    partners: Array.from({ length: 6 }, (_, i) => ({
      actor: { ...partner, id: `a${i}` },
      score: 3,
      reasons: ["suggéré car il s'engage pour l'ODD 4", "il agit sur votre territoire (Saint-Étienne)"],
    })),
    context: {
      kind: "COMMUNE",
      code: "42218",
      name: "Saint-Étienne",
      population: 173_089,
      communeCount: 1,
      epci: { kind: "EPCI", code: "244200770", name: "Saint-Étienne Métropole" },
      departement: { kind: "DEPARTEMENT", code: "42", name: "Loire" },
      region: { kind: "REGION", code: "84", name: "Auvergne-Rhône-Alpes" },
      actorCount: 4,
      allianceCount: 2,
    },
    comparison: { status: "too-few", count: 1 },
    ...overrides,
  };
}

describe("renderDiagnosticPdf", () => {
  it("produces a French-titled PDF over several pages, accents and typographic quotes included", async () => {
    const bytes = await renderDiagnosticPdf({
      territoryName: "Saint-Étienne",
      organisationName: "Les Liens du Furan (démo)",
      completedAt: new Date("2026-03-02T10:00:00Z"),
      report: reportFor(),
      baseUrl: "https://odd17.example.fr",
    });
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getTitle()).toBe("Diagnostic de Saint-Étienne");
    expect(parsed.getPageCount()).toBeGreaterThanOrEqual(2);
  });

  it("replaces characters Helvetica cannot encode instead of failing", async () => {
    const report = reportFor({
      priorities: [{ theme: "CULTURE_SPORT", label: "Culture 🎭 et sport" }],
      comparison: { status: "available", count: 12, average: 48, levelName: "Expérimentation" },
    });
    const bytes = await renderDiagnosticPdf({
      territoryName: "Lyon\u202f1er",
      organisationName: "Équipe",
      completedAt: new Date(),
      report,
      baseUrl: "https://x.fr",
    });
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});
