import path from "node:path";
import { describe, expect, it } from "vitest";
import { HAND_WRITTEN_ACTIONS, serverModules } from "./server-actions";

const root = path.resolve(import.meta.dirname, "../..");
const modules = serverModules(root, ["app", "lib", "components"]);

describe("server actions go through formAction", () => {
  it("finds the server modules (the scan itself works)", () => {
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.flatMap((m) => m.wrapped)).toContain("createOrganisationAction");
  });

  it("lives in lib/<domain>/*.actions.ts", () => {
    expect(modules.map((m) => m.file).filter((file) => !/^lib\/.+\.actions\.ts$/.test(file))).toEqual([]);
  });

  it("exports only declared actions and types", () => {
    expect(modules.flatMap((m) => m.other.map((name) => `${m.file}: ${name}`))).toEqual([]);
  });

  it("has no new hand-written action (declare it with formAction instead)", () => {
    const handWritten = modules.flatMap((m) => m.handWritten);
    expect(handWritten.filter((name) => !(name in HAND_WRITTEN_ACTIONS))).toEqual([]);
  });

  it("keeps the list of hand-written actions honest (remove the ones converted)", () => {
    const handWritten = new Set(modules.flatMap((m) => m.handWritten));
    expect(Object.keys(HAND_WRITTEN_ACTIONS).filter((name) => !handWritten.has(name))).toEqual([]);
  });
});
