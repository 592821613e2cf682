import { describe, expect, it } from "vitest";
import { completedSteps, resumeStep } from "./progress";
import { exampleAnswers, seededTemplate, templateWith } from "./test-fixtures";

const template = seededTemplate();
const all = exampleAnswers();
// The seeded steps: profil, enjeux, objectifs, moyens, maturite, envies.
const profil = { kind: all.kind, role: all.role, experience: all.experience };
const enjeux = { fragilites: all.fragilites, donnees: all.donnees };

describe("completedSteps and resumeStep", () => {
  it("a new diagnostic has no step complete and resumes at step 1", () => {
    expect(completedSteps(template, {})).toEqual([false, false, false, false, false, false]);
    expect(resumeStep(template, {})).toBe(1);
  });

  it("resumes at the first step still to complete, even when a later one is done", () => {
    const answers = { ...profil, ...enjeux, attentes: ["innovation"] };
    expect(completedSteps(template, answers).slice(0, 3)).toEqual([true, true, false]);
    expect(resumeStep(template, answers)).toBe(3);
    // Step 1 half answered: back there, although step 2 is complete.
    expect(resumeStep(template, { kind: "association", ...enjeux })).toBe(1);
    expect(completedSteps(template, { kind: "association", ...enjeux }).slice(0, 2)).toEqual([false, true]);
  });

  it("an invalid stored answer leaves its step incomplete", () => {
    expect(completedSteps(template, { ...profil, role: "inconnu" })[0]).toBe(false);
    expect(completedSteps(template, { ...enjeux, fragilites: ["emploi", "emploi"] })[1]).toBe(false);
  });

  it("resumes at the last step when every step is complete (where « Terminer » is)", () => {
    expect(completedSteps(template, all)).toEqual([true, true, true, true, true, true]);
    expect(resumeStep(template, all)).toBe(6);
  });

  it("a step of optional questions is complete once saved, not before", () => {
    const optional = templateWith([{ id: "note", type: "text", label: "Une remarque ?", required: false, maxLength: 100 }]);
    expect(completedSteps(optional, {})).toEqual([false]);
    expect(completedSteps(optional, { note: "" })).toEqual([true]);
  });
});
