import { describe, expect, it } from "vitest";
import {
  contentDecisionSchema,
  listQuery,
  parseAllianceListParams,
  parseDiagnosticListParams,
  parseNeedOfferListParams,
  parseOrganisationListParams,
} from "./content-admin.schemas";

describe("the list URLs", () => {
  it("read every filter, and give back the same URL parameters", () => {
    const raw = { q: " Éole ", statut: "publie", type: "ENTREPRISE", territoire: "12", du: "2026-01-31", au: "2026-02-01", tri: "nom", page: "3" };
    const params = parseOrganisationListParams(raw);
    expect(params).toEqual({
      q: "Éole",
      statusSlug: "publie",
      kind: "ENTREPRISE",
      territoryId: 12,
      publishedFrom: "2026-01-31",
      publishedTo: "2026-02-01",
      sort: "nom",
      page: 3,
    });
    expect(listQuery(params, 4)).toEqual({ ...raw, q: "Éole", territoire: 12, page: 4 });
  });

  it("never fail: anything odd falls back to the default", () => {
    const params = parseAllianceListParams({
      statut: "x",
      type: "ENTREPRISE",
      territoire: "0",
      du: "31/01/2026",
      au: ["2026-13-45"],
      tri: "<script>",
      page: "-2",
    });
    expect(params).toEqual({ q: "", statusSlug: null, kind: null, territoryId: null, publishedFrom: null, publishedTo: null, sort: "recents", page: 1 });
    expect(listQuery(params).tri).toBeUndefined();
  });
});

describe("contentDecisionSchema", () => {
  it("requires a reason to unpublish, not to publish, and at least one item", () => {
    const base = { kind: "actor", ids: ["a", "b"] };
    expect(contentDecisionSchema.safeParse({ ...base, decision: "unpublish", reason: "  " }).success).toBe(false);
    expect(contentDecisionSchema.safeParse({ ...base, decision: "unpublish", reason: "Doublon" }).success).toBe(true);
    expect(contentDecisionSchema.safeParse({ ...base, decision: "publish" }).success).toBe(true);
    expect(contentDecisionSchema.safeParse({ kind: "actor", ids: [], decision: "publish" }).success).toBe(false);
    expect(contentDecisionSchema.safeParse({ ...base, kind: "need", decision: "publish" }).success).toBe(false);
  });
});

describe("the needs and offers and diagnostics lists", () => {
  it("read the type of a need/offer by its French slug, and the diagnostics' own statuses", () => {
    expect(parseNeedOfferListParams({ type: "besoin", statut: "publie" })).toMatchObject({ kind: "besoin", statusSlug: "publie" });
    expect(parseNeedOfferListParams({ type: "need" }).kind).toBeNull();
    expect(parseDiagnosticListParams({ statut: "depublie", type: "besoin", du: "2026-03-01" })).toMatchObject({
      statusSlug: "depublie",
      kind: null,
      publishedFrom: "2026-03-01",
    });
    expect(parseDiagnosticListParams({ statut: "brouillon" }).statusSlug).toBeNull();
  });

  it("take typed references for needs and offers, and only an unpublication for diagnostics", () => {
    const unpublish = { decision: "unpublish", reason: "Annonce en double" };
    expect(contentDecisionSchema.safeParse({ ...unpublish, kind: "needOffer", ids: ["need:a", "offer:b"] }).success).toBe(true);
    expect(contentDecisionSchema.safeParse({ ...unpublish, kind: "needOffer", ids: ["a"] }).success).toBe(false);
    expect(contentDecisionSchema.safeParse({ ...unpublish, kind: "diagnostic", ids: ["d"] }).success).toBe(true);
    expect(contentDecisionSchema.safeParse({ kind: "diagnostic", ids: ["d"], decision: "publish" }).success).toBe(false);
  });
});
