import { describe, expect, it } from "vitest";
import { codeListFromRows } from "./member-list";
import { parseCodeList } from "./project-territories";

describe("a file of codes as a pasted list", () => {
  it("reads every cell, skips a header row without any code, and keeps wrong cells for the preview to name", () => {
    const text = codeListFromRows([["code INSEE", "nom"], ["42218", "Saint-Étienne"], ["244200770"], [""], ["2A004; 42095"], ["4221"]]);
    expect(text.split("\n")).toEqual(["42218", "Saint-Étienne", "244200770", "2A004", "42095", "4221"]);
    const list = parseCodeList(text);
    expect(list.codes.map((item) => item.code)).toEqual(["42218", "244200770", "2A004", "42095"]);
    expect(list.invalid).toEqual(["Saint-Étienne", "4221"]);
  });

  it("keeps a first row that holds codes (a file without header), and a plain text file read as one column", () => {
    expect(codeListFromRows([["42218"], ["42095"]])).toBe("42218\n42095");
    expect(codeListFromRows([])).toBe("");
  });
});
