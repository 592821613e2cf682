import { describe, expect, it } from "vitest";
import { diagnosticTemplateSchema, listQuestions, parseDiagnosticTemplate } from "./template.schema";
import { readSeededTemplateJson } from "./test-fixtures";

type Json = ReturnType<typeof readSeededTemplateJson>;

function errorsOf(mutate: (template: Json) => void) {
  const template = readSeededTemplateJson();
  mutate(template);
  const result = parseDiagnosticTemplate(template);
  if (result.success) throw new Error("expected the template to be refused");
  return result.errors;
}

describe("the seeded template", () => {
  it("parses", () => {
    const result = parseDiagnosticTemplate(readSeededTemplateJson());
    expect(result.success ? [] : result.errors).toEqual([]);
  });

  it("keeps its structure", () => {
    const template = diagnosticTemplateSchema.parse(readSeededTemplateJson());
    expect(template.key).toBe("diagnostic-territorial");
    expect(template.axes.map((axis) => axis.id)).toEqual(["connaissance", "gouvernance", "moyens", "cooperation", "evaluation"]);
    expect(template.levels.map((level) => [level.level, level.name, level.minScore])).toEqual([
      [1, "Découverte", 0],
      [2, "Expérimentation", 30],
      [3, "Structuration", 55],
      [4, "Catalyse", 80],
    ]);
    expect(template.sections.map((section) => section.id)).toEqual(["profil", "enjeux", "objectifs", "moyens", "maturite", "envies"]);
    expect(listQuestions(template)).toHaveLength(18);
  });
});

describe("mistakes are reported where they are, in French", () => {
  it.each<[string, (template: Json) => void, (string | number)[], RegExp]>([
    [
      "an option scoring an unknown axis",
      (t) => (t.sections[2].questions[0].options[1].scores = { gouvernanse: 5 }),
      ["sections", 2, "questions", 0, "options", 1, "scores", "gouvernanse"],
      /^Axe inconnu : « gouvernanse »/,
    ],
    [
      "a scale scoring an unknown axis",
      (t) => (t.sections[1].questions[1].scores = { connaisance: 20 }),
      ["sections", 1, "questions", 1, "scores", "connaisance"],
      /^Axe inconnu : « connaisance »/,
    ],
    [
      "a duplicate axis",
      (t) => t.axes.push({ id: "connaissance", label: "Doublon" }),
      ["axes", 5, "id"],
      /^L'identifiant d'axe « connaissance » est déjà utilisé\.$/,
    ],
    ["a duplicate section", (t) => (t.sections[3].id = "profil"), ["sections", 3, "id"], /section « profil » est déjà utilisé/],
    [
      "a question id used in two sections",
      (t) => (t.sections[5].questions[0].id = "kind"),
      ["sections", 5, "questions", 0, "id"],
      /question « kind » est déjà utilisé : il doit être unique dans tout le questionnaire/,
    ],
    [
      "a question id used twice in a section",
      (t) => (t.sections[0].questions[2].id = "role"),
      ["sections", 0, "questions", 2, "id"],
      /question « role » est déjà utilisé/,
    ],
    [
      "a duplicate option",
      (t) => (t.sections[0].questions[1].options[2].id = "acteur"),
      ["sections", 0, "questions", 1, "options", 2, "id"],
      /réponse « acteur » est déjà utilisé dans cette question/,
    ],
    ["a first level above 0", (t) => (t.levels[0].minScore = 5), ["levels", 0, "minScore"], /^Le premier niveau doit commencer à 0\.$/],
    ["a threshold equal to the previous one", (t) => (t.levels[2].minScore = 30), ["levels", 2, "minScore"], /au-dessus de 30/],
    ["a threshold below the previous one", (t) => (t.levels[3].minScore = 50), ["levels", 3, "minScore"], /au-dessus de 55/],
    ["a level numbered out of order", (t) => (t.levels[3].level = 5), ["levels", 3, "level"], /doit porter le numéro 4/],
    ["a threshold above 100", (t) => (t.levels[3].minScore = 120), ["levels", 3, "minScore"], /inférieure ou égale à 100/],
    ["a scale with min = max", (t) => (t.sections[3].questions[0].max = 0), ["sections", 3, "questions", 0, "max"], /maximum de l'échelle/],
    ["a scale with min > max", (t) => (t.sections[4].questions[1].min = 9), ["sections", 4, "questions", 1, "max"], /maximum de l'échelle/],
    ["a scale with decimals", (t) => (t.sections[4].questions[1].max = 4.5), ["sections", 4, "questions", 1, "max"], /nombre entier/],
    [
      "a scale with negative points",
      (t) => (t.sections[3].questions[0].scores.moyens = -1),
      ["sections", 3, "questions", 0, "scores", "moyens"],
      /supérieure ou égale à 0/,
    ],
    [
      "a ranking with no choice allowed",
      (t) => (t.sections[1].questions[0].maxChoices = 0),
      ["sections", 1, "questions", 0, "maxChoices"],
      /supérieure ou égale à 1/,
    ],
    [
      "a ranking with more choices than options",
      (t) => (t.sections[1].questions[0].maxChoices = 11),
      ["sections", 1, "questions", 0, "maxChoices"],
      /dépasser le nombre de réponses proposées \(10\)/,
    ],
    [
      "an unknown tag prefix",
      (t) => (t.sections[5].questions[0].options[0].tags = ["modes:MECENAT"]),
      ["sections", 5, "questions", 0, "options", 0, "tags", 0],
      /^Étiquette inconnue : « modes:MECENAT »/,
    ],
    [
      "a tag without prefix",
      (t) => (t.sections[5].questions[0].options[0].tags = ["MECENAT"]),
      ["sections", 5, "questions", 0, "options", 0, "tags", 0],
      /^Étiquette inconnue/,
    ],
    [
      "an unknown mode",
      (t) => t.sections[5].questions[0].options[1].tags.push("mode:PARRAINAGE"),
      ["sections", 5, "questions", 0, "options", 1, "tags", 1],
      /« mode: » : « PARRAINAGE ». Valeurs possibles : MECENAT, PRATIQUES_RESPONSABLES/,
    ],
    [
      "an unknown theme",
      (t) => (t.sections[1].questions[0].options[3].tags = ["theme:SANTE"]),
      ["sections", 1, "questions", 0, "options", 3, "tags", 0],
      /« theme: » : « SANTE »/,
    ],
    [
      "an unknown partner kind",
      (t) => (t.sections[5].questions[1].options[0].tags = ["partner:COMMUNE"]),
      ["sections", 5, "questions", 1, "options", 0, "tags", 0],
      /« partner: » : « COMMUNE »/,
    ],
    [
      "an objective written in capitals",
      (t) => (t.sections[2].questions[0].options[0].tags = ["objectif:Innovation"]),
      ["sections", 2, "questions", 0, "options", 0, "tags", 0],
      /^Après « objectif: »/,
    ],
    [
      "a theme tag outside a ranking",
      (t) => (t.sections[2].questions[1].options[0].tags = ["theme:LOGEMENT"]),
      ["sections", 2, "questions", 1, "options", 0, "tags", 0],
      /question de classement/,
    ],
    [
      "an audience tag outside a single choice",
      (t) => (t.sections[5].questions[1].options[2].tags = ["audience:ASSOCIATION"]),
      ["sections", 5, "questions", 1, "options", 2, "tags", 0],
      /question à choix unique/,
    ],
    ["an unknown question type", (t) => (t.sections[0].questions[2].type = "choice"), ["sections", 0, "questions", 2, "type"], /^Type de question inconnu/],
    ["a misspelt field", (t) => (t.sections[1].questions[0].maxChoice = 3), ["sections", 1, "questions", 0, "maxChoice"], /« maxChoice »/],
    ["an unknown top-level field", (t) => (t.author = "moi"), ["author"], /^Champ non reconnu : « author »/],
    ["a missing label", (t) => delete t.sections[0].questions[1].label, ["sections", 0, "questions", 1, "label"], /^Ce champ est obligatoire\.$/],
    ["a blank title", (t) => (t.sections[4].title = "   "), ["sections", 4, "title"], /^Ce champ est obligatoire\.$/],
    ["an id with capitals", (t) => (t.sections[0].id = "Profil"), ["sections", 0, "id"], /^Identifiant invalide/],
    [
      "an id with a space",
      (t) => (t.sections[0].questions[0].options[0].id = "ma collectivite"),
      ["sections", 0, "questions", 0, "options", 0, "id"],
      /^Identifiant invalide/,
    ],
    ["a text without room", (t) => (t.sections[3].questions[3].maxLength = 0), ["sections", 3, "questions", 3, "maxLength"], /supérieure ou égale à 1/],
    [
      "a single choice with one option",
      (t) => t.sections[3].questions[2].options.splice(1),
      ["sections", 3, "questions", 2, "options"],
      /au moins deux réponses/,
    ],
    ["a section without questions", (t) => (t.sections[5].questions = []), ["sections", 5, "questions"], /au moins une question/],
    ["no levels", (t) => (t.levels = []), ["levels"], /au moins un niveau/],
    [
      "points that are not a number",
      (t) => (t.sections[4].questions[0].options[1].scores.gouvernance = "30"),
      ["sections", 4, "questions", 0, "options", 1, "scores", "gouvernance"],
      /^Saisissez un nombre\.$/,
    ],
    ["a required flag that is not a boolean", (t) => (t.sections[0].questions[0].required = "oui"), ["sections", 0, "questions", 0, "required"], /oui ou non/],
  ])("%s", (_label, mutate, path, message) => {
    expect(errorsOf(mutate)).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it("reports problems of different branches together", () => {
    const errors = errorsOf((t) => {
      t.levels[1].minScore = 0;
      t.sections[0].questions[1].options[1].id = "acteur";
      t.sections[3].questions[0].min = 4;
    });
    expect(errors.map((error) => error.path)).toEqual([
      ["levels", 1, "minScore"],
      ["sections", 0, "questions", 1, "options", 1, "id"],
      ["sections", 3, "questions", 0, "max"],
    ]);
  });

  it("reports every unknown axis of the template", () => {
    const errors = errorsOf((t) => {
      t.axes = t.axes.filter((axis: { id: string }) => axis.id !== "evaluation");
    });
    expect(errors.map((error) => error.path)).toEqual([
      ["sections", 0, "questions", 1, "options", 3, "scores", "evaluation"],
      ["sections", 4, "questions", 2, "options", 0, "scores", "evaluation"],
      ["sections", 4, "questions", 2, "options", 1, "scores", "evaluation"],
      ["sections", 4, "questions", 2, "options", 2, "scores", "evaluation"],
    ]);
  });

  it("speaks French even when the schema is used directly, without an error map", () => {
    const template = readSeededTemplateJson();
    delete template.title;
    template.version = 0;
    const result = diagnosticTemplateSchema.safeParse(template);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["version"], "La valeur doit être supérieure ou égale à 1."],
      [["title"], "Ce champ est obligatoire."],
    ]);
  });

  it("refuses what is not a template at all", () => {
    expect(parseDiagnosticTemplate("questionnaire")).toEqual({ success: false, errors: [{ path: [], message: "Valeur invalide." }] });
  });

  it("makes questions required unless told otherwise", () => {
    const template = readSeededTemplateJson();
    delete template.sections[0].questions[0].required;
    const result = diagnosticTemplateSchema.parse(template);
    expect(result.sections[0].questions[0].required).toBe(true);
    expect(result.sections[3].questions[3].required).toBe(false);
  });
});

describe("the questionnaire seeded as version 1", () => {
  it("is a valid template", async () => {
    const { readFileSync } = await import("node:fs");
    const { REAL_SEEDED_TEMPLATE_PATH } = await import("./test-fixtures");
    const result = diagnosticTemplateSchema.safeParse(JSON.parse(readFileSync(REAL_SEEDED_TEMPLATE_PATH, "utf8")));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
