import { describe, expect, it } from "vitest";
import { parseAdminKitListParams } from "./kits.admin.schemas";
import { bulkSkipReason, isSdg17Target, kitListQuery } from "./kits.list";

describe("kits list", () => {
  it("publishes only a draft, never an archived kit; restores only archived kits", () => {
    expect(bulkSkipReason("publish", { status: "PUBLISHED", hasDraft: true })).toBeNull();
    expect(bulkSkipReason("publish", { status: "DRAFT", hasDraft: true })).toBeNull();
    expect(bulkSkipReason("publish", { status: "PUBLISHED", hasDraft: false })).toBe("no-draft");
    expect(bulkSkipReason("publish", { status: "ARCHIVED", hasDraft: true })).toBe("archived");
    expect(bulkSkipReason("archive", { status: "ARCHIVED", hasDraft: false })).toBe("already-archived");
    expect(bulkSkipReason("archive", { status: "DRAFT", hasDraft: true })).toBeNull();
    expect(bulkSkipReason("restore", { status: "ARCHIVED", hasDraft: false })).toBeNull();
    expect(bulkSkipReason("restore", { status: "PUBLISHED", hasDraft: false })).toBe("not-archived");
  });

  it("knows the SDG 17 targets", () => {
    expect(isSdg17Target("17.1")).toBe(true);
    expect(isSdg17Target("17.19")).toBe(true);
    expect(isSdg17Target("17.0")).toBe(false);
    expect(isSdg17Target("17.20")).toBe(false);
    expect(isSdg17Target("1.17")).toBe(false);
  });

  it("writes the URL of a page that reads back as the same list", () => {
    const raw = {
      q: "eole",
      statut: "publie",
      famille: "outil",
      cible: "17.17",
      brouillon: "1",
      date: "modification",
      du: "2026-01-01",
      au: "2026-02-01",
      tri: "titre",
    };
    const params = parseAdminKitListParams(raw);
    const query = kitListQuery(params, 3);
    expect(query).toEqual({ ...raw, page: 3 });
    expect(parseAdminKitListParams(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])))).toEqual({ ...params, page: 3 });
    // Defaults are left out of the URL.
    expect(kitListQuery(parseAdminKitListParams({}))).toMatchObject({ tri: undefined, date: undefined, brouillon: undefined });
  });
});
