import { describe, expect, it } from "vitest";
import { levelFor, maxPointsByAxis, scoreDiagnostic } from "./scoring";
import { exampleAnswers, seededTemplate, templateWith } from "./test-fixtures";

const template = seededTemplate();

const allMinimum = {
  kind: "collectivite",
  role: "acteur",
  experience: "aucune",
  fragilites: ["emploi"],
  donnees: 1,
  attentes: ["innovation"],
  dimensions: ["partenaires"],
  personnes: 0,
  temps: 0,
  budget: "aucun",
  gouvernance: "non",
  cooperations: 1,
  evaluation: "jamais",
  connaissance_acteurs: 1,
  modes: ["pratiques"],
};

const allMaximum = {
  kind: "catalyseur_territorial",
  role: "animateur",
  experience: "structuree",
  fragilites: ["transition", "mobilite", "logement"],
  donnees: 5,
  attentes: ["innovation", "performance", "confiance"],
  dimensions: ["bien_commun", "organisation", "partenaires"],
  personnes: 4,
  temps: 4,
  budget: "annuel",
  gouvernance: "formelle",
  cooperations: 5,
  evaluation: "systematique",
  connaissance_acteurs: 5,
  modes: ["mecenat", "pratiques", "cooperation", "innovation"],
  partenaires: ["collectivite", "entreprise", "association", "fondation", "etablissement_public", "acteur_academique"],
};

describe("maxPointsByAxis on the seeded template", () => {
  it("adds up the best that can be chosen together", () => {
    expect(maxPointsByAxis(template)).toEqual({
      connaissance: 75, // role 10 + donnees 20 + bien_commun 5 + connaissance_acteurs 40
      gouvernance: 90, // role 15 + experience 10 + confiance 5 + gouvernance 60
      moyens: 95, // role 10 + performance 5 + organisation 5 + personnes 25 + temps 25 + budget 25
      cooperation: 80, // experience 30 + innovation 5 + partenaires 5 + cooperations 40
      evaluation: 100, // role 10 + evaluation 90
    });
  });
});

describe("scoreDiagnostic on the seeded template", () => {
  it("scores the example answers as computed by hand", () => {
    expect(scoreDiagnostic(template, exampleAnswers())).toEqual({
      axes: {
        connaissance: 47, // acteur 10 + donnees 3 → 2/4 × 20 = 10 + bien_commun 5 + connaissance_acteurs 2 → 1/4 × 40 = 10: 35/75 = 46.7
        gouvernance: 39, // confiance 5 + informelle 30: 35/90 = 38.9
        moyens: 36, // personnes 2/4 × 25 = 12.5 + temps 1/4 × 25 = 6.25 + ponctuel 15: 33.75/95 = 35.5
        cooperation: 56, // ponctuelle 10 + innovation 5 + cooperations 3/4 × 40 = 30: 45/80 = 56.25
        evaluation: 40, // parfois 40: 40/100
      },
      overall: 44, // (47 + 39 + 36 + 56 + 40) / 5 = 43.6
      level: {
        level: 2,
        name: "Expérimentation",
        description: "Des premières coopérations existent : les formaliser et en tirer des enseignements.",
      },
      priorities: ["INCLUSION_NUMERIQUE", "EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL"],
      modes: ["MECENAT", "INNOVATION_SOCIETALE"],
      partnerKinds: ["ENTREPRISE", "FONDATION"],
      audience: "ASSOCIATION",
      objectives: ["innovation", "confiance"],
    });
  });

  it("puts all-minimum answers at level 1, Découverte", () => {
    const result = scoreDiagnostic(template, allMinimum);
    // acteur 10/75 = 13.3; innovation 5 + partenaires 5 = 10/80 = 12.5, rounded up.
    expect(result.axes).toEqual({ connaissance: 13, gouvernance: 0, moyens: 0, cooperation: 13, evaluation: 0 });
    expect(result.overall).toBe(5); // 26 / 5 = 5.2
    expect(result.level.level).toBe(1);
    expect(result.level.name).toBe("Découverte");
  });

  it("puts all-maximum answers at level 4, Catalyse", () => {
    const result = scoreDiagnostic(template, allMaximum);
    // The animateur role scores neither moyens nor evaluation: 85/95 = 89.5 and 90/100.
    expect(result.axes).toEqual({ connaissance: 100, gouvernance: 100, moyens: 89, cooperation: 100, evaluation: 90 });
    expect(result.overall).toBe(96); // 479 / 5 = 95.8
    expect(result.level).toMatchObject({ level: 4, name: "Catalyse" });
    expect(result.audience).toBe("CATALYSEUR_TERRITORIAL");
    expect(result.modes).toEqual(["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"]);
    expect(result.partnerKinds).toEqual(["COLLECTIVITE", "ENTREPRISE", "ASSOCIATION", "FONDATION", "ETABLISSEMENT_PUBLIC", "ACTEUR_ACADEMIQUE"]);
    expect(result.objectives).toEqual(["innovation", "performance", "confiance"]);
  });

  it("scores an empty answer set at zero, level 1, with no wishes", () => {
    expect(scoreDiagnostic(template, {})).toEqual({
      axes: { connaissance: 0, gouvernance: 0, moyens: 0, cooperation: 0, evaluation: 0 },
      overall: 0,
      level: {
        level: 1,
        name: "Découverte",
        description: "Les alliances sont une idée à explorer : commencer par partager un constat et rencontrer les acteurs.",
      },
      priorities: [],
      modes: [],
      partnerKinds: [],
      audience: null,
      objectives: [],
    });
  });

  it("scores a partial answer set on what is answered", () => {
    const result = scoreDiagnostic(template, { gouvernance: "formelle", kind: "entreprise" });
    expect(result.axes).toEqual({ connaissance: 0, gouvernance: 67, moyens: 0, cooperation: 0, evaluation: 0 }); // 60/90
    expect(result.overall).toBe(13); // 67 / 5 = 13.4
    expect(result.audience).toBe("ENTREPRISE");
  });

  it("keeps the ranked order of the priorities and ignores what the template does not know", () => {
    const result = scoreDiagnostic(template, { fragilites: ["logement", "inconnue", "logement", "sante"] });
    expect(result.priorities).toEqual(["LOGEMENT", "SANTE_VIEILLISSEMENT"]);
  });

  it("does not depend on the order in which multiple choices were sent", () => {
    const reordered = { ...exampleAnswers(), attentes: ["innovation", "confiance"], modes: ["innovation", "mecenat"] };
    expect(scoreDiagnostic(template, reordered)).toEqual(scoreDiagnostic(template, exampleAnswers()));
  });
});

const thresholdOptions = [0, 29, 30, 54, 55, 79, 80, 100].map((points) => ({ id: `p${points}`, label: `${points} points`, scores: { a: points } }));

describe("level thresholds", () => {
  const oneQuestion = templateWith([{ id: "q", type: "single", label: "Question", options: thresholdOptions }]);

  it.each([
    [0, 1, "Découverte"],
    [29, 1, "Découverte"],
    [30, 2, "Expérimentation"],
    [54, 2, "Expérimentation"],
    [55, 3, "Structuration"],
    [79, 3, "Structuration"],
    [80, 4, "Catalyse"],
    [100, 4, "Catalyse"],
  ])("a score of %i is level %i, %s", (points, level, name) => {
    const result = scoreDiagnostic(oneQuestion, { q: `p${points}` });
    expect(result.overall).toBe(points);
    expect(result.level).toMatchObject({ level, name });
  });

  it("compares the rounded overall score: 54 and 55 make 54.5, hence 55, Structuration", () => {
    const twoAxes = templateWith(
      [
        {
          id: "qa",
          type: "single",
          label: "A",
          options: [
            { id: "x", label: "x", scores: { a: 54 } },
            { id: "top", label: "top", scores: { a: 100 } },
          ],
        },
        {
          id: "qb",
          type: "single",
          label: "B",
          options: [
            { id: "x", label: "x", scores: { b: 55 } },
            { id: "top", label: "top", scores: { b: 100 } },
          ],
        },
      ],
      {
        axes: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      },
    );
    const result = scoreDiagnostic(twoAxes, { qa: "x", qb: "x" });
    expect(result.overall).toBe(55);
    expect(result.level.name).toBe("Structuration");
  });

  it("takes names and thresholds from the template only", () => {
    const levels = [
      { level: 1, name: "Premiers pas", minScore: 0, description: "Pour commencer." },
      { level: 2, name: "En route", minScore: 54.5, description: "Pour continuer." },
    ];
    const custom = templateWith([{ id: "q", type: "single", label: "Question", options: thresholdOptions }], { levels });
    expect(scoreDiagnostic(custom, { q: "p54" }).level).toEqual({ level: 1, name: "Premiers pas", description: "Pour commencer." });
    expect(scoreDiagnostic(custom, { q: "p55" }).level).toEqual({ level: 2, name: "En route", description: "Pour continuer." });
    expect(levelFor(custom, 100).name).toBe("En route");
  });
});

describe("axis scoring rules", () => {
  it("leaves out of the scores and of the overall an axis no question can score", () => {
    const withEmptyAxis = templateWith([{ id: "q", type: "single", label: "Question", options: thresholdOptions }], {
      axes: [
        { id: "a", label: "A" },
        { id: "vide", label: "Vide" },
      ],
    });
    const result = scoreDiagnostic(withEmptyAxis, { q: "p80" });
    expect(result.axes).toEqual({ a: 80 });
    expect(result.overall).toBe(80);
  });

  it("sums the positive points of a multiple choice for its maximum, and keeps penalties within 0–100", () => {
    const multiple = templateWith([
      {
        id: "q",
        type: "multiple",
        label: "Question",
        options: [
          { id: "x", label: "x", scores: { a: 10 } },
          { id: "y", label: "y", scores: { a: -20 } },
          { id: "z", label: "z", scores: { a: 5 } },
        ],
      },
    ]);
    expect(maxPointsByAxis(multiple)).toEqual({ a: 15 });
    expect(scoreDiagnostic(multiple, { q: ["x"] }).axes).toEqual({ a: 67 }); // 10/15
    expect(scoreDiagnostic(multiple, { q: ["x", "z"] }).axes).toEqual({ a: 100 });
    expect(scoreDiagnostic(multiple, { q: ["x", "y"] }).axes).toEqual({ a: 0 }); // -10, not below 0
  });

  it("scores a ranking on its options' points, up to the number of choices allowed", () => {
    const ranking = templateWith([
      {
        id: "q",
        type: "ranking",
        label: "Question",
        maxChoices: 2,
        options: [
          { id: "r1", label: "r1", scores: { a: 10 } },
          { id: "r2", label: "r2", scores: { a: 30 } },
          { id: "r3", label: "r3", scores: { a: 20 } },
          { id: "r4", label: "r4", scores: { a: -5 } },
        ],
      },
    ]);
    expect(maxPointsByAxis(ranking)).toEqual({ a: 50 }); // the two best: 30 + 20
    expect(scoreDiagnostic(ranking, { q: ["r1"] }).axes).toEqual({ a: 20 });
    expect(scoreDiagnostic(ranking, { q: ["r2", "r3"] }).axes).toEqual({ a: 100 });
    expect(scoreDiagnostic(ranking, { q: ["r1", "r2", "r3"] }).axes).toEqual({ a: 80 }); // only r1 and r2 count: 40/50
  });

  it("prorates a scale and clamps stored values outside it", () => {
    const scale = templateWith([{ id: "q", type: "scale", label: "Question", min: 1, max: 5, scores: { a: 40 } }]);
    expect(scoreDiagnostic(scale, { q: 2 }).axes).toEqual({ a: 25 }); // 1/4 × 40 = 10 of 40
    expect(scoreDiagnostic(scale, { q: 9 }).axes).toEqual({ a: 100 });
    expect(scoreDiagnostic(scale, { q: -3 }).axes).toEqual({ a: 0 });
    expect(scoreDiagnostic(scale, { q: "4" }).axes).toEqual({ a: 0 });
  });

  it("does not mistake Object.prototype for points or answers", () => {
    const odd = templateWith(
      [
        {
          id: "constructor",
          type: "single",
          label: "Question",
          options: [
            { id: "x", label: "x", scores: { constructor: 10 } },
            { id: "y", label: "y", scores: {} },
          ],
        },
      ],
      { axes: [{ id: "constructor", label: "Axe" }] },
    );
    expect(scoreDiagnostic(odd, {})).toMatchObject({ axes: { constructor: 0 }, overall: 0 });
    expect(scoreDiagnostic(odd, { constructor: "y" })).toMatchObject({ axes: { constructor: 0 }, overall: 0 });
    expect(scoreDiagnostic(odd, { constructor: "x" })).toMatchObject({ axes: { constructor: 100 }, overall: 100 });
  });
});
