import { describe, expect, it } from "vitest";
import { validateSection } from "./answers";
import { answersToDraft, changedDraft, draftToAnswers, fieldName, readSectionDraft, stepsWith } from "./form-answers";
import { seededTemplate } from "./test-fixtures";

const template = seededTemplate();
const section = (id: string) => template.sections.find((candidate) => candidate.id === id)!;

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("readSectionDraft + draftToAnswers", () => {
  it("reads single choices, rankings and scales of a step", () => {
    const enjeux = section("enjeux");
    const draft = readSectionDraft(
      enjeux,
      form([
        [fieldName("fragilites", 1), "numerique"],
        [fieldName("fragilites", 2), ""],
        [fieldName("fragilites", 3), "emploi"],
        [fieldName("donnees"), "3"],
      ]),
    );
    expect(draft).toEqual({ fragilites: ["numerique", "", "emploi"], donnees: "3" });
    // Empty ranking slots are skipped: the third choice moves up to second.
    expect(draftToAnswers(enjeux, draft)).toEqual({ fragilites: ["numerique", "emploi"], donnees: 3 });
  });

  it("reads unchecked boxes as no choice and keeps texts as typed", () => {
    const objectifs = section("objectifs");
    expect(
      draftToAnswers(
        objectifs,
        readSectionDraft(
          objectifs,
          form([
            [fieldName("attentes"), "innovation"],
            [fieldName("attentes"), "confiance"],
          ]),
        ),
      ),
    ).toEqual({
      attentes: ["innovation", "confiance"],
      dimensions: [],
    });
    const moyens = section("moyens");
    expect(draftToAnswers(moyens, readSectionDraft(moyens, form([[fieldName("competences"), "  Ateliers  "]])))).toEqual({ competences: "  Ateliers  " });
  });

  it("leaves unanswered single choices and scales out, so the step check can ask for them", () => {
    const profil = section("profil");
    const answers = draftToAnswers(profil, readSectionDraft(profil, form([[fieldName("kind"), "association"]])));
    expect(answers).toEqual({ kind: "association" });
    const checked = validateSection(template, "profil", answers);
    expect(checked.success).toBe(false);
    if (!checked.success) expect(Object.keys(checked.fieldErrors).sort()).toEqual(["experience", "role"]);
  });

  it("keeps a non-numeric scale value as text so that validation reports it", () => {
    expect(draftToAnswers(section("enjeux"), { donnees: "beaucoup" })).toEqual({ donnees: "beaucoup" });
  });

  it("ignores fields of other steps and odd draft values", () => {
    const profil = section("profil");
    expect(draftToAnswers(profil, { kind: ["association"], role: "acteur", budget: "annuel" } as never)).toEqual({ role: "acteur" });
  });
});

describe("answersToDraft", () => {
  it("gives every question of the step a value the form can show, rankings padded to their slots", () => {
    expect(answersToDraft(section("enjeux"), { fragilites: ["sante"], donnees: 4, kind: "association" })).toEqual({
      fragilites: ["sante", "", ""],
      donnees: "4",
    });
    expect(answersToDraft(section("objectifs"), {})).toEqual({ attentes: [], dimensions: [] });
  });

  it("round-trips with draftToAnswers", () => {
    const answers = { attentes: ["performance"], dimensions: ["organisation", "partenaires"] };
    expect(draftToAnswers(section("objectifs"), answersToDraft(section("objectifs"), answers))).toEqual(answers);
  });
});

describe("stepsWith", () => {
  it("names the steps that hold the given questions, in order", () => {
    expect(stepsWith(template.sections, ["modes", "role", "inconnue"])).toEqual([
      { step: 1, title: "Profil" },
      { step: 6, title: "Envies" },
    ]);
  });
});

describe("changedDraft", () => {
  it("keeps only the questions whose value differs from the last save, lists compared in order", () => {
    const saved = { a: "1", b: ["x", "y"], c: "", d: ["p", "q"] };
    const draft = { a: "1", b: ["x", "y"], c: "texte", d: ["q", "p"], e: "" };
    expect(changedDraft(saved, draft)).toEqual({ c: "texte", d: ["q", "p"], e: "" });
    expect(changedDraft(draft, draft)).toEqual({});
  });
});
