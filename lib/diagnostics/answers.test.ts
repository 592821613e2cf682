import { describe, expect, it } from "vitest";
import { answersSchemaFor, validateAnswers, validateSection } from "./answers";
import { exampleAnswers, seededTemplate, templateWith } from "./test-fixtures";

const template = seededTemplate();

function errorsOf(input: unknown, mode: "partial" | "complete" = "partial") {
  const result = validateAnswers(template, input, mode);
  if (result.success) throw new Error("expected the answers to be refused");
  return result.fieldErrors;
}

describe("answersSchemaFor, partial (a draft being saved)", () => {
  it("accepts no answer at all", () => {
    expect(validateAnswers(template, {})).toEqual({ success: true, data: {} });
  });

  it("accepts any subset of valid answers, as they are", () => {
    const draft = { kind: "entreprise", fragilites: ["mobilite"], personnes: 0, modes: [] };
    expect(answersSchemaFor(template).parse(draft)).toEqual(draft);
  });

  it("accepts emptied fields, even of required questions", () => {
    expect(validateAnswers(template, { attentes: [], fragilites: [], competences: "   " })).toEqual({
      success: true,
      data: { attentes: [], fragilites: [], competences: "" },
    });
  });

  it("trims free text before storing and measuring it", () => {
    const padded = `  ${"a".repeat(1000)}  `;
    expect(answersSchemaFor(template).parse({ competences: padded })).toEqual({ competences: "a".repeat(1000) });
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    ["an unknown option", { role: "elu" }, { role: ["Choisissez une réponse parmi les propositions."] }],
    ["a number for a single choice", { role: 2 }, { role: ["Choisissez une réponse parmi les propositions."] }],
    ["a list for a single choice", { role: ["acteur"] }, { role: ["Choisissez une réponse parmi les propositions."] }],
    ["a single value for a multiple choice", { attentes: "innovation" }, { attentes: ["Choisissez vos réponses parmi les propositions."] }],
    ["an unknown option in a list", { attentes: ["innovation", "argent"] }, { attentes: ["Choisissez vos réponses parmi les propositions."] }],
    ["an option chosen twice", { attentes: ["innovation", "innovation"] }, { attentes: ["Chaque réponse ne peut être choisie qu'une fois."] }],
    ["a ranking too long", { fragilites: ["emploi", "sante", "logement", "mobilite"] }, { fragilites: ["Classez au plus 3 réponses."] }],
    ["an option ranked twice", { fragilites: ["emploi", "emploi"] }, { fragilites: ["Chaque réponse ne peut être choisie qu'une fois."] }],
    ["a ranking option of another question", { fragilites: ["mecenat"] }, { fragilites: ["Choisissez vos réponses parmi les propositions."] }],
    ["a scale value too high", { donnees: 6 }, { donnees: ["Choisissez un nombre entier entre 1 et 5."] }],
    ["a scale value too low", { personnes: -1 }, { personnes: ["Choisissez un nombre entier entre 0 et 4."] }],
    ["a scale value with decimals", { donnees: 2.5 }, { donnees: ["Choisissez un nombre entier entre 1 et 5."] }],
    ["a scale value as text", { donnees: "3" }, { donnees: ["Choisissez un nombre entier entre 1 et 5."] }],
    ["a text too long", { competences: "a".repeat(1001) }, { competences: ["Saisissez au plus 1000 caractères."] }],
    ["a number for a text", { commentaire: 12 }, { commentaire: ["Saisissez un texte."] }],
    ["null for a required question", { role: null }, { role: ["Choisissez une réponse parmi les propositions."] }],
    ["an unknown question", { age: 12 }, { age: ["La question « age » n'existe pas dans ce questionnaire."] }],
    [
      "a prototype key",
      JSON.parse('{"__proto__": "x"}'),
      Object.fromEntries([["__proto__", ["La question « __proto__ » n'existe pas dans ce questionnaire."]]]),
    ],
  ])("refuses %s at the question", (_label, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it("keeps a prototype key as a key of its own in the errors", () => {
    const fieldErrors = errorsOf(JSON.parse('{"__proto__": {"role": "acteur"}}'));
    expect(Object.keys(fieldErrors)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype);
  });

  it("reports the faulty element of a list at its index", () => {
    const result = answersSchemaFor(template).safeParse({ attentes: ["innovation", "argent"], fragilites: ["emploi", "emploi"] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ["fragilites", 1],
      ["attentes", 1],
    ]);
  });

  it("reports unknown questions together with the other problems", () => {
    expect(errorsOf({ age: 12, role: "elu", donnees: 9, competences: "ok" })).toEqual({
      role: ["Choisissez une réponse parmi les propositions."],
      donnees: ["Choisissez un nombre entier entre 1 et 5."],
      age: ["La question « age » n'existe pas dans ce questionnaire."],
    });
  });

  it.each([
    ["a list", []],
    ["null", null],
    ["a string", "réponses"],
  ])("refuses %s instead of an object", (_label, input) => {
    expect(validateAnswers(template, input)).toEqual({
      success: false,
      fieldErrors: {},
      formErrors: ["Les réponses doivent être transmises sous la forme { question : réponse }."],
    });
  });
});

describe("answersSchemaFor, complete", () => {
  it("accepts the example answers", () => {
    expect(validateAnswers(template, exampleAnswers(), "complete")).toEqual({ success: true, data: exampleAnswers() });
  });

  it("lists every required question left unanswered, and no optional one", () => {
    const fieldErrors = errorsOf({ kind: "association" }, "complete");
    expect(Object.keys(fieldErrors)).toEqual([
      "role",
      "experience",
      "fragilites",
      "donnees",
      "attentes",
      "dimensions",
      "personnes",
      "temps",
      "budget",
      "gouvernance",
      "cooperations",
      "evaluation",
      "connaissance_acteurs",
      "modes",
    ]);
    expect(new Set(Object.values(fieldErrors).flat())).toEqual(new Set(["Répondez à cette question."]));
  });

  it("wants at least one choice in a required list, none in an optional one", () => {
    const answers = { ...exampleAnswers(), fragilites: [], modes: [], partenaires: [] };
    expect(errorsOf(answers, "complete")).toEqual({
      fragilites: ["Choisissez au moins une réponse."],
      modes: ["Choisissez au moins une réponse."],
    });
  });

  it("wants a required text to say something", () => {
    const textTemplate = templateWith([
      { id: "projet", type: "text", label: "Votre projet", required: true, maxLength: 10 },
      { id: "remarque", type: "text", label: "Une remarque", required: false, maxLength: 10 },
    ]);
    const result = validateAnswers(textTemplate, { projet: "   ", remarque: "" }, "complete");
    expect(result).toEqual({ success: false, fieldErrors: { projet: ["Répondez à cette question."] }, formErrors: [] });
    expect(validateAnswers(textTemplate, { projet: "   ", remarque: "" }, "partial").success).toBe(true);
  });
});

describe("validateSection", () => {
  it("accepts a step whose required questions are answered, keeping only that step", () => {
    const answers = { kind: "entreprise", role: "financeur", experience: "aucune", donnees: 99 };
    expect(validateSection(template, "profil", answers)).toEqual({
      success: true,
      data: { kind: "entreprise", role: "financeur", experience: "aucune" },
    });
  });

  it("reports the required questions of that step only", () => {
    expect(validateSection(template, "moyens", { personnes: 2, kind: "entreprise" })).toEqual({
      success: false,
      fieldErrors: { temps: ["Répondez à cette question."], budget: ["Répondez à cette question."] },
      formErrors: [],
    });
  });

  it("checks the values of the step", () => {
    const result = validateSection(template, "envies", { modes: ["mecenat", "parrainage"], partenaires: [] });
    expect(result).toEqual({
      success: false,
      fieldErrors: { modes: ["Choisissez vos réponses parmi les propositions."] },
      formErrors: [],
    });
  });

  it("accepts a step of optional answers left empty", () => {
    const result = validateSection(template, "envies", { modes: ["cooperation"] });
    expect(result).toEqual({ success: true, data: { modes: ["cooperation"] } });
  });

  it("throws on a step that is not in the template", () => {
    expect(() => validateSection(template, "finances", {})).toThrow("L'étape « finances » n'existe pas dans ce questionnaire.");
  });
});
