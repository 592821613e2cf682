import { describe, expect, it } from "vitest";
import { parseAdminKitListParams, parseCompareParams, parseFeedbackListParams, parseVersionNumber } from "./kits.admin.schemas";

describe("back-office URL parameters", () => {
  it("reads the list filter and falls back on odd values", () => {
    expect(parseAdminKitListParams({ q: " kit ", statut: "publie", page: "2" })).toEqual({ q: "kit", statusSlug: "publie", status: "PUBLISHED", page: 2 });
    expect(parseAdminKitListParams({ statut: "PUBLISHED", page: "x" })).toEqual({ q: "", statusSlug: null, status: null, page: 1 });
  });

  it("reads the contributions filter, waiting ones by default", () => {
    expect(parseFeedbackListParams({})).toEqual({ state: "attente", kind: null, kitId: null, page: 1 });
    expect(parseFeedbackListParams({ etat: "toutes", type: "suggestion", kit: "ck123" })).toMatchObject({
      state: "toutes",
      kind: "SUGGESTION",
      kitId: "ck123",
    });
    expect(parseFeedbackListParams({ etat: "x", type: "rating", kit: "../x" })).toMatchObject({ state: "attente", kind: null, kitId: null });
  });

  it("compares two versions only when both numbers are valid", () => {
    expect(parseCompareParams({ de: "1", a: "3" })).toEqual({ from: 1, to: 3 });
    expect(parseCompareParams({ de: "1" })).toBeNull();
    expect(parseCompareParams({ de: "0", a: "2" })).toBeNull();
    expect(parseVersionNumber("12")).toBe(12);
    expect(parseVersionNumber("012")).toBeNull();
    expect(parseVersionNumber("1e3")).toBeNull();
  });
});
