import { describe, expect, it } from "vitest";
import { rewriteUnmappedTypes } from "./cli-adapter";

describe("rewriteUnmappedTypes", () => {
  it("turns system types the adapter cannot map into text, and keeps the others", () => {
    const result = {
      fields: [{ dataTypeID: 19 }, { dataTypeID: 18 }, { dataTypeID: 23 }, { dataTypeID: 1003 }, { dataTypeID: 20000 }],
      rows: [["pg_class", "r", 42, ["a", "b"], "enum"]],
    };
    rewriteUnmappedTypes(result);
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23, 1009, 20000]);
    expect(result.rows[0]).toEqual(["pg_class", "r", 42, ["a", "b"], "enum"]);
  });

  it("stringifies values of rewritten columns", () => {
    const result = { fields: [{ dataTypeID: 28 }], rows: [[12345], [null]] };
    rewriteUnmappedTypes(result);
    expect(result.rows).toEqual([["12345"], [null]]);
  });
});
