import { describe, expect, it } from "vitest";
import { checkTemplateDraft, describeEditorError, editorBody } from "./templates.admin.schemas";
import { readSeededTemplateJson } from "./test-fixtures";

const fixed = { key: "diagnostic-territorial", version: 2 };

function seededBody(): Record<string, any> {
  const { key: _key, version: _version, title: _title, ...body } = readSeededTemplateJson();
  return body;
}

function errorsOf(title: string, body: string) {
  const result = checkTemplateDraft({ title, body }, fixed);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("editorBody", () => {
  it("shows the template without the fields the version fixes, indented", () => {
    const text = editorBody(readSeededTemplateJson());
    const shown = JSON.parse(text);
    expect(shown).not.toHaveProperty("key");
    expect(shown).not.toHaveProperty("version");
    expect(shown).not.toHaveProperty("title");
    expect(shown.sections.length).toBeGreaterThan(0);
    expect(text).toContain('\n  "axes": [');
  });
});

describe("checkTemplateDraft", () => {
  it("builds the full template with the version's key and number and the title field", () => {
    const result = checkTemplateDraft({ title: "  Diagnostic révisé ", body: editorBody(readSeededTemplateJson()) }, fixed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.title).toBe("Diagnostic révisé");
    expect(result.content).toMatchObject({ key: "diagnostic-territorial", version: 2, title: "Diagnostic révisé" });
  });

  it("reports a template error at its path and on the line of that path in the typed text", () => {
    const body = seededBody();
    body.sections[2].questions[0].options = [body.sections[2].questions[0].options[0]];
    const text = JSON.stringify(body, null, 2);
    const errors = errorsOf("Titre", text);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ field: "body", path: "sections[2].questions[0].options", exact: true, message: "Proposez au moins deux réponses." });
    expect(text.split("\n")[error.line! - 1]).toContain('"options": [');
    expect(describeEditorError(error)).toBe("sections[2].questions[0].options : Proposez au moins deux réponses.");
  });

  it("reports a missing field on the line of the object that should hold it, and sorts errors by line", () => {
    const body = seededBody();
    delete body.sections[1].title;
    body.axes[0].id = "Pas Un Id";
    const text = JSON.stringify(body, null, 2);
    const errors = errorsOf("Titre", text);
    expect(errors.map((e) => e.path)).toEqual(["axes[0].id", "sections[1].title"]);
    expect(errors[1]).toMatchObject({ exact: false });
    expect(text.split("\n")[errors[1].line! - 1].trim()).toBe("{");
    expect(errors[0].line!).toBeLessThan(errors[1].line!);
  });

  it("gives the line and column of a JSON syntax error, and no template errors until it is fixed", () => {
    const errors = errorsOf("Titre", '{\n  "axes": [\n    { "id": "a" "label": "A" }\n  ]\n}');
    expect(errors).toEqual([{ field: "body", path: null, segments: null, line: 3, column: 17, exact: true, message: expect.stringContaining("Virgule") }]);
  });

  it("refuses the fixed fields in the JSON, each on its own line", () => {
    const body = { key: "autre", version: 9, title: "Ailleurs", ...seededBody() };
    const errors = errorsOf("Titre", JSON.stringify(body, null, 2));
    expect(errors.map((e) => [e.path, e.line])).toEqual([
      ["key", 2],
      ["version", 3],
      ["title", 4],
    ]);
    expect(errors[2].message).toContain("champ « Titre »");
  });

  it("puts title problems on the title field, with the body's", () => {
    const errors = errorsOf("   ", "[]");
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ["title", "Saisissez un titre."],
      ["body", expect.stringContaining("objet JSON")],
    ]);
    expect(errorsOf("x".repeat(201), editorBody(readSeededTemplateJson()))[0]).toMatchObject({ field: "title" });
  });

  it("reports an unknown field at the field itself", () => {
    const body = seededBody();
    body.sections[0].questions[0].lable = "faute de frappe";
    const text = JSON.stringify(body, null, 2);
    const [error] = errorsOf("Titre", text);
    expect(error).toMatchObject({ path: "sections[0].questions[0].lable", exact: true });
    expect(text.split("\n")[error.line! - 1]).toContain('"lable"');
  });
});
