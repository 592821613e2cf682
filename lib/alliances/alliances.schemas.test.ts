import { describe, expect, it } from "vitest";
import { allianceSearchHref, parseAllianceSearchParams } from "@/lib/alliances/alliances.schemas";

describe("parseAllianceSearchParams", () => {
  it("reads modes, stages, targets and partner kinds; drops unknown values", () => {
    const state = parseAllianceSearchParams({
      mode: ["cooperation-economique", "philanthropie"],
      etape: ["terminee", "idee", "fini"],
      cible: ["17.17", "17.2", "17.20", "1.1", "17.17"],
      partenaire: "collectivite",
    });
    expect(state.modes).toEqual(["COOPERATION_ECONOMIQUE"]);
    expect(state.stages).toEqual(["IDEE", "TERMINEE"]);
    expect(state.targets).toEqual(["17.2", "17.17"]);
    expect(state.partnerKinds).toEqual(["COLLECTIVITE"]);
  });

  it("round-trips through its URL", () => {
    const state = parseAllianceSearchParams({ q: "bois", mode: "mecenat", cible: ["17.9"], territoire: "departement-23", vue: "carte" });
    const href = allianceSearchHref(state);
    expect(href).toBe("/alliances?q=bois&mode=mecenat&cible=17.9&territoire=departement-23&vue=carte");
    const params = new URL(href, "http://x").searchParams;
    const back: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) back[key] = params.getAll(key);
    expect(parseAllianceSearchParams(back)).toEqual(state);
  });
});
