import { describe, expect, it } from "vitest";
import { findActionId, savedVersion } from "./session";
import { selectScenarios, SCENARIOS } from "./scenarios";
import { insertSql } from "./insert";

describe("findActionId", () => {
  const manifest = {
    node: {
      "00aa": { filename: "lib/accounts/accounts.actions.ts", exportedName: "signOutAction" },
      "40bb": { filename: "lib/diagnostics/diagnostics.actions.ts", exportedName: "autosaveAction" },
    },
  };
  it("finds the action by file and export name", () => {
    expect(findActionId(manifest, "lib/diagnostics/diagnostics.actions.ts", "autosaveAction")).toBe("40bb");
    expect(() => findActionId(manifest, "lib/diagnostics/diagnostics.actions.ts", "saveStepAction")).toThrow(/not in the build manifest/);
  });
});

describe("savedVersion", () => {
  it("reads the version of a saved autosave from the RSC answer, nothing else", () => {
    expect(savedVersion('0:{"a":"$@1"}\n1:{"status":"saved","version":12,"savedAt":"2026-01-01"}\n')).toBe(12);
    expect(savedVersion('1:{"status":"conflict","message":"…"}')).toBeNull();
  });
});

describe("selectScenarios", () => {
  it("keeps all without a filter, the matching ones and the bare route with one", () => {
    expect(selectScenarios(undefined)).toHaveLength(SCENARIOS.length);
    expect(selectScenarios("home, alliance-page").map((s) => s.name)).toEqual(["bare-route", "home", "alliance-page"]);
  });
});

describe("insertSql", () => {
  it("unnests one array per column and casts enums", () => {
    expect(
      insertSql("Actor", [
        { name: "id", type: "text" },
        { name: "kind", type: "text", cast: `"ActorKind"` },
        { name: "n", type: "int4" },
      ]),
    ).toBe(`INSERT INTO "Actor" ("id", "kind", "n") SELECT c0, c1::"ActorKind", c2 FROM unnest($1::text[], $2::text[], $3::int4[]) AS u(c0, c1, c2)`);
  });
});
