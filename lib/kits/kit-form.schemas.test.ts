import { describe, expect, it } from "vitest";
import { readKitForm, readLinkRows } from "./kit-form.schemas";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const valid: [string, string][] = [
  ["title", "  Un kit  "],
  ["summary", "Résumé"],
  ["category", "OUTIL"],
  ["audiences", "ENTREPRISE"],
  ["audiences", "ASSOCIATION"],
  ["maturityLevels", "2"],
  ["targets", "17.17"],
  ["body", "## A\r\nB"],
  ["linkLabel0", "Insee"],
  ["linkUrl0", "https://www.insee.fr"],
  ["linkLabel1", ""],
  ["linkUrl1", ""],
  ["intent", "publish"],
  ["note", "Première"],
];

describe("readKitForm", () => {
  it("reads repeated checkboxes, link rows and the intent", () => {
    const read = readKitForm(form(valid));
    expect(read.success).toBe(true);
    if (!read.success) return;
    expect(read.form.intent).toBe("publish");
    expect(read.form.note).toBe("Première");
    expect(read.form.input).toMatchObject({
      title: "Un kit",
      category: "OUTIL",
      audiences: ["ENTREPRISE", "ASSOCIATION"],
      maturityLevels: [2],
      themes: [],
      targets: ["17.17"],
      body: "## A\nB",
      links: [{ label: "Insee", url: "https://www.insee.fr" }],
    });
  });

  it("returns every error, each on its field, and keeps the checked boxes", () => {
    const read = readKitForm(
      form([
        ["title", "x"],
        ["audiences", "MARTIEN"],
        ["maturityLevels", "7"],
        ["targets", "17.17"],
        ["linkLabel2", "Sans adresse"],
        ["linkUrl3", "javascript:alert(1)"],
        ["linkLabel3", "Piège"],
      ]),
    );
    expect(read.success).toBe(false);
    if (read.success) return;
    expect(Object.keys(read.state.fieldErrors ?? {}).sort()).toEqual(["audiences", "category", "linkUrl2", "linkUrl3", "maturityLevels", "title"]);
    expect(read.state.values).toMatchObject({ title: "x", targets: "17.17", audiences: "MARTIEN", themes: "" });
  });
});

describe("readLinkRows", () => {
  it("skips empty rows and refuses non-web addresses", () => {
    const { links, errors } = readLinkRows({ linkLabel0: "A", linkUrl0: "https://a.fr", linkLabel4: "B", linkUrl4: "ftp://b.fr", linkUrl5: "https://c.fr" });
    expect(links).toHaveLength(3);
    expect(errors).toEqual({ linkUrl4: [expect.stringContaining("https://")], linkLabel5: [expect.any(String)] });
  });
});
