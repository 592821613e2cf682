import { describe, expect, it } from "vitest";
import { applyTextEdits, formFieldName, isTextFieldName } from "./templates.admin.form";
import { readSeededTemplateJson } from "./test-fixtures";

describe("form field names", () => {
  it("are JSON paths joined by dots, for texts only", () => {
    expect(formFieldName(["sections", 2, "questions", 0, "options", 1, "label"])).toBe("sections.2.questions.0.options.1.label");
    expect(isTextFieldName("sections.2.questions.0.options.1.label")).toBe(true);
    expect(isTextFieldName("sections.0.description")).toBe(true);
    expect(isTextFieldName("sections.0.questions.1.help")).toBe(true);
    expect(isTextFieldName("sections.0.id")).toBe(false);
    expect(isTextFieldName("sections.0.questions.1.options.0.scores")).toBe(false);
    expect(isTextFieldName("levels.0.name")).toBe(false);
    expect(isTextFieldName("__proto__.polluted")).toBe(false);
  });
});

describe("applyTextEdits", () => {
  it("writes the texts into a copy and leaves the original alone", () => {
    const content = readSeededTemplateJson();
    const edited = applyTextEdits(content, {
      "sections.0.title": "Votre profil",
      "sections.1.questions.0.label": "Nouvelle question ?",
      "sections.1.questions.0.options.1.label": "Autre réponse",
      title: "ignoré",
      "sections.0.id": "ignoré",
    }) as Record<string, any>;
    expect(edited.sections[0].title).toBe("Votre profil");
    expect(edited.sections[1].questions[0].label).toBe("Nouvelle question ?");
    expect(edited.sections[1].questions[0].options[1].label).toBe("Autre réponse");
    expect(edited.sections[0].id).toBe(content.sections[0].id);
    expect(edited.title).toBe(content.title);
    expect(content.sections[0].title).not.toBe("Votre profil");
  });

  it("removes an emptied optional text, keeps an emptied required one for validation to refuse", () => {
    const content = readSeededTemplateJson();
    content.sections[0].questions[0].help = "Une aide";
    const edited = applyTextEdits(content, { "sections.0.description": "  ", "sections.0.questions.0.help": "", "sections.0.title": "" }) as Record<
      string,
      any
    >;
    expect(edited.sections[0]).not.toHaveProperty("description");
    expect(edited.sections[0].questions[0]).not.toHaveProperty("help");
    expect(edited.sections[0].title).toBe("");
  });

  it("ignores paths to elements the content does not have", () => {
    const content = readSeededTemplateJson();
    const edited = applyTextEdits(content, { "sections.99.title": "x", "sections.0.questions.99.options.0.label": "x" });
    expect(edited).toEqual(content);
  });
});
