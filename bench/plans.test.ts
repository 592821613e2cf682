import { describe, expect, it } from "vitest";
import { findSeqScans, rootPlan } from "./plans";

const explain = [
  {
    Plan: {
      "Node Type": "Aggregate",
      Plans: [
        {
          "Node Type": "Hash Join",
          Plans: [
            { "Node Type": "Seq Scan", "Relation Name": "Actor", Alias: "a" },
            { "Node Type": "Hash", Plans: [{ "Node Type": "Seq Scan", "Relation Name": "Sdg", Alias: "s" }] },
            { "Node Type": "Parallel Seq Scan", "Relation Name": "ActorSdg", Alias: "l" },
            { "Node Type": "Index Scan", "Relation Name": "Territory", Alias: "t" },
          ],
        },
      ],
    },
  },
];

describe("findSeqScans", () => {
  const rows = new Map([
    ["Actor", 100_000],
    ["Sdg", 17],
    ["ActorSdg", 250_000],
    ["Territory", 37_000],
  ]);
  it("lists sequential scans, parallel ones too, on tables above the threshold only", () => {
    expect(findSeqScans(rootPlan(explain), rows)).toEqual([
      { table: "Actor", alias: "a", rows: 100_000 },
      { table: "ActorSdg", alias: "l", rows: 250_000 },
    ]);
  });
  it("finds nothing in an index-only plan, and honours the threshold", () => {
    expect(findSeqScans({ "Node Type": "Index Scan", "Relation Name": "Actor" }, rows)).toEqual([]);
    expect(findSeqScans(rootPlan(explain), rows, 200_000).map((scan) => scan.table)).toEqual(["ActorSdg"]);
  });
});
