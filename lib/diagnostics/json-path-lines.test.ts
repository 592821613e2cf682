import { describe, expect, it } from "vitest";
import { formatJsonPath, lineOfPath, scanJson } from "./json-path-lines";

function scanned(text: string) {
  const result = scanJson(text);
  if (!result.ok) throw new Error(`unexpected syntax error: ${result.error.message}`);
  return result;
}

function syntaxError(text: string) {
  const result = scanJson(text);
  if (result.ok) throw new Error("expected a syntax error");
  return result.error;
}

const template = `{
  "key": "essai",
  "sections": [
    {
      "id": "profil",
      "questions": [
        { "id": "q1", "options": [] },
        {
          "id": "q2",
          "options": [
            { "id": "a" },
            { "id": "b" }
          ]
        }
      ]
    }
  ]
}`;

describe("formatJsonPath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(formatJsonPath(["sections", 2, "questions", 0, "options"])).toBe("sections[2].questions[0].options");
    expect(formatJsonPath([])).toBe("");
    expect(formatJsonPath([0, "id"])).toBe("[0].id");
  });
});

describe("lineOfPath", () => {
  const { positions, value } = scanned(template);

  it("parses the same value as JSON.parse", () => {
    expect(value).toEqual(JSON.parse(template));
  });

  it("finds the line of object members (their key) and array elements", () => {
    expect(lineOfPath(positions, ["key"])).toEqual({ line: 2, exact: true });
    expect(lineOfPath(positions, ["sections"])).toEqual({ line: 3, exact: true });
    expect(lineOfPath(positions, ["sections", 0])).toEqual({ line: 4, exact: true });
    expect(lineOfPath(positions, ["sections", 0, "questions", 0, "options"])).toEqual({ line: 7, exact: true });
    expect(lineOfPath(positions, ["sections", 0, "questions", 1])).toEqual({ line: 8, exact: true });
    expect(lineOfPath(positions, ["sections", 0, "questions", 1, "options", 1, "id"])).toEqual({ line: 12, exact: true });
  });

  it("falls back on the nearest ancestor for a path that is not in the text", () => {
    expect(lineOfPath(positions, ["sections", 0, "questions", 1, "label"])).toEqual({ line: 8, exact: false });
    expect(lineOfPath(positions, ["sections", 5, "title"])).toEqual({ line: 3, exact: false });
    expect(lineOfPath(positions, ["title"])).toEqual({ line: 1, exact: false });
  });

  it("does not confuse a key containing a dot with a nested path", () => {
    const { positions: p } = scanned('{\n"a.b": 1,\n"a": {\n"b": 2}}');
    expect(lineOfPath(p, ["a.b"])).toEqual({ line: 2, exact: true });
    expect(lineOfPath(p, ["a", "b"])).toEqual({ line: 4, exact: true });
  });

  it("accepts everything JSON accepts: escapes, numbers, literals, CRLF line ends", () => {
    const text = '{\r\n"s": "a\\"b\\u00e9\\n",\r\n"n": [-0.5e+3, 0, 12],\r\n"l": [true, false, null], "e": {}, "f": []\r\n}';
    const { value: v, positions: p } = scanned(text);
    expect(v).toEqual(JSON.parse(text));
    expect(lineOfPath(p, ["n", 2])).toEqual({ line: 3, exact: true });
    expect(lineOfPath(p, ["l"])).toEqual({ line: 4, exact: true });
  });
});

describe("syntax errors", () => {
  it("gives the line and column of a missing comma", () => {
    expect(syntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      message: expect.stringContaining("Virgule « , » ou accolade fermante"),
    });
  });

  it("points at a trailing comma", () => {
    expect(syntaxError('{\n  "a": [1, 2,]\n}')).toMatchObject({ line: 2, column: 13, message: expect.stringContaining("Virgule en trop avant « ] »") });
    expect(syntaxError('{\n  "a": 1,\n}')).toMatchObject({ line: 2, column: 9, message: expect.stringContaining("« } »") });
  });

  it("explains single quotes, unquoted keys and decimal commas", () => {
    expect(syntaxError("{'a': 1}")).toMatchObject({ line: 1, column: 2, message: expect.stringContaining("apostrophe") });
    expect(syntaxError("{a: 1}").message).toContain("Nom de champ attendu");
    expect(syntaxError('{"a": 1,5}').message).toContain("Nom de champ attendu");
    expect(syntaxError('{"a": 01}').message).toContain("Nombre mal écrit");
  });

  it("reports an unclosed string on its own line", () => {
    expect(syntaxError('{\n  "a": "texte,\n  "b": 2\n}')).toMatchObject({ line: 2, message: expect.stringContaining("non refermé") });
  });

  it("reports missing closing brackets at the end of the text", () => {
    expect(syntaxError('{\n  "a": [1, 2\n')).toMatchObject({ line: 3, column: 1, message: expect.stringContaining("Fin du texte inattendue") });
  });

  it("refuses empty text, text after the value and bad escapes", () => {
    expect(syntaxError("  \n").message).toContain("vide");
    expect(syntaxError("{}\n{}")).toMatchObject({ line: 2, column: 1, message: expect.stringContaining("Texte en trop") });
    expect(syntaxError('{"a": "\\x"}').message).toContain("échappement");
    expect(syntaxError('{"a": tru}').message).toContain("Caractère inattendu « t »");
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(syntaxError("[".repeat(5000)).message).toContain("Imbrication trop profonde");
  });

  it("agrees with JSON.parse on what is valid", () => {
    for (const text of ["{}", "[]", '"x"', "1", "null", '{"a":{"b":[{"c":-1.5E-2}]}}', "[1 2]", "{,}", '{"a" 1}', "[1,]", "--1", "1.", ".5", '"\t"']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(scanJson(text).ok, text).toBe(valid);
    }
  });
});
