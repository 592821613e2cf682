import { describe, expect, it } from "vitest";
import { parseAdminKitListParams, parseCompareParams, parseFeedbackListParams, parseVersionNumber } from "./kits.admin.schemas";

describe("back-office URL parameters", () => {
  it("reads the list filter and falls back on odd values", () => {
    expect(parseAdminKitListParams({ q: " kit ", statut: "publie", page: "2" })).toMatchObject({
      q: "kit",
      statusSlug: "publie",
      status: "PUBLISHED",
      page: 2,
    });
    expect(parseAdminKitListParams({ statut: "PUBLISHED", page: "x" })).toEqual({
      q: "",
      statusSlug: null,
      status: null,
      category: null,
      target: null,
      pendingDraft: false,
      dateField: "publication",
      from: null,
      to: null,
      sort: "recents",
      page: 1,
    });
  });

  it("reads the family, the SDG 17 target, the draft filter, the dates and the sort", () => {
    const params = parseAdminKitListParams({
      famille: "outil",
      cible: "17.17",
      brouillon: "1",
      date: "modification",
      du: "2026-01-31",
      au: "2026-02-30x",
      tri: "titre",
    });
    expect(params).toMatchObject({
      category: "OUTIL",
      target: "17.17",
      pendingDraft: true,
      dateField: "modification",
      from: "2026-01-31",
      to: null,
      sort: "titre",
    });
    expect(parseAdminKitListParams({ famille: "OUTIL", cible: "16.1", brouillon: "oui", tri: "nom" })).toMatchObject({
      category: null,
      target: null,
      pendingDraft: false,
      sort: "recents",
    });
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
