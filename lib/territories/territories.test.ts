import { describe, expect, it } from "vitest";
import {
  buildLineage,
  buildPageInfo,
  buildPageWindow,
  countPages,
  isTerritoryKindSlug,
  kindToSlug,
  pageOffset,
  rankMatch,
  slugToKind,
  toCodeCandidate,
  type PageWindowItem,
  type TerritoryLineage,
} from "@/lib/territories/territories";

/** "1 … 4 5 6 … 10" */
function render(items: PageWindowItem[]): string {
  return items.map((item) => (item.type === "page" ? String(item.page) : "…")).join(" ");
}

describe("kind slugs", () => {
  it("lower-cases kinds for URLs and back", () => {
    expect(kindToSlug("DEPARTEMENT")).toBe("departement");
    expect(slugToKind("epci")).toBe("EPCI");
  });

  it("recognises only the five slugs", () => {
    expect(isTerritoryKindSlug("commune")).toBe(true);
    expect(isTerritoryKindSlug("COMMUNE")).toBe(false);
    expect(isTerritoryKindSlug("ville")).toBe(false);
  });
});

describe("pagination arithmetic", () => {
  it("counts at least one page", () => {
    expect(countPages(0, 20)).toBe(1);
    expect(countPages(20, 20)).toBe(1);
    expect(countPages(21, 20)).toBe(2);
    expect(countPages(53, 50)).toBe(2);
  });

  it("computes offsets from one-based pages", () => {
    expect(pageOffset(1, 20)).toBe(0);
    expect(pageOffset(3, 20)).toBe(40);
    expect(pageOffset(0, 20)).toBe(0);
  });

  it("builds page info", () => {
    expect(buildPageInfo(2, 50, 120)).toEqual({ page: 2, pageSize: 50, total: 120, pageCount: 3 });
  });
});

describe("buildPageWindow", () => {
  it.each([
    [1, 0, ""],
    [1, 1, "1"],
    [1, 2, "1 2"],
    [2, 5, "1 2 3 4 5"],
    [1, 10, "1 2 … 10"],
    [5, 10, "1 … 4 5 6 … 10"],
    [10, 10, "1 … 9 10"],
    [3, 10, "1 2 3 4 … 10"],
    [8, 10, "1 … 7 8 9 10"],
    [4, 10, "1 2 3 4 5 … 10"],
  ])("page %i of %i → %s", (current, pageCount, expected) => {
    expect(render(buildPageWindow(current, pageCount))).toBe(expected);
  });

  it("clamps a current page beyond the last one", () => {
    expect(render(buildPageWindow(99, 5))).toBe(render(buildPageWindow(5, 5)));
  });

  it("never repeats a page and keeps pages in order", () => {
    for (let pageCount = 1; pageCount <= 15; pageCount++) {
      for (let current = 1; current <= pageCount; current++) {
        const pages = buildPageWindow(current, pageCount).flatMap((item) => (item.type === "page" ? [item.page] : []));
        expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
        expect(pages).toContain(current);
      }
    }
  });
});

describe("rankMatch", () => {
  it("ranks exact, then prefix, then contains", () => {
    expect(rankMatch("saint etienne", "saint etienne")).toBe(0);
    expect(rankMatch("saint etienne de cuines", "saint etienne")).toBe(1);
    expect(rankMatch("la tour saint etienne", "saint etienne")).toBe(2);
    expect(rankMatch("lyon", "saint etienne")).toBe(3);
    expect(rankMatch("lyon", "")).toBe(3);
  });
});

describe("code candidates", () => {
  it("recognises INSEE and SIREN codes", () => {
    expect(toCodeCandidate("42218")).toBe("42218");
    expect(toCodeCandidate(" 2a004 ")).toBe("2A004");
    expect(toCodeCandidate("971")).toBe("971");
    expect(toCodeCandidate("244200770")).toBe("244200770");
  });

  it("rejects names and odd input", () => {
    expect(toCodeCandidate("saint etienne")).toBeNull();
    expect(toCodeCandidate("%_")).toBeNull();
    expect(toCodeCandidate("1")).toBeNull();
    expect(toCodeCandidate("1234567890")).toBeNull();
  });

  it("takes five-digit postal codes as candidates too", () => {
    expect(toCodeCandidate("42000")).toBe("42000");
  });
});

describe("buildLineage", () => {
  const region = { kind: "REGION", code: "84", name: "Auvergne-Rhône-Alpes" } as const;
  const departement = { kind: "DEPARTEMENT", code: "42", name: "Loire" } as const;
  const epci = { kind: "EPCI", code: "244200770", name: "Saint-Étienne Métropole" } as const;

  it("goes région › département › EPCI for a commune", () => {
    const commune: TerritoryLineage = { kind: "COMMUNE", code: "42218", name: "Saint-Étienne", region, departement, epci, commune: null };
    expect(buildLineage(commune).map((ref) => ref.name)).toEqual(["Auvergne-Rhône-Alpes", "Loire", "Saint-Étienne Métropole"]);
  });

  it("adds the commune of an arrondissement", () => {
    const arrondissement: TerritoryLineage = {
      kind: "COMMUNE",
      code: "69381",
      name: "Lyon 1er Arrondissement",
      region,
      departement: { kind: "DEPARTEMENT", code: "69", name: "Rhône" },
      epci: { kind: "EPCI", code: "200046977", name: "Métropole de Lyon" },
      commune: { kind: "COMMUNE", code: "69123", name: "Lyon" },
    };
    expect(buildLineage(arrondissement).map((ref) => ref.code)).toEqual(["84", "69", "200046977", "69123"]);
  });

  it("puts the établissement public territorial after the Métropole du Grand Paris, and the Métropole above an EPT", () => {
    const idf = { kind: "REGION", code: "11", name: "Île-de-France" } as const;
    const seineSaintDenis = { kind: "DEPARTEMENT", code: "93", name: "Seine-Saint-Denis" } as const;
    const mgp = { kind: "EPCI", code: "200054781", name: "Métropole du Grand Paris" } as const;
    const plaineCommune = { kind: "EPCI", code: "200057867", name: "Plaine Commune" } as const;
    const aubervilliers: TerritoryLineage = {
      kind: "COMMUNE",
      code: "93001",
      name: "Aubervilliers",
      region: idf,
      departement: seineSaintDenis,
      epci: mgp,
      ept: plaineCommune,
      commune: null,
    };
    expect(buildLineage(aubervilliers).map((ref) => ref.code)).toEqual(["11", "93", "200054781", "200057867"]);
    expect(buildLineage({ ...plaineCommune, region: idf, departement: seineSaintDenis, epci: mgp, commune: null }).map((ref) => ref.code)).toEqual([
      "11",
      "93",
      "200054781",
    ]);
    expect(buildLineage({ ...mgp, region: idf, departement: { kind: "DEPARTEMENT", code: "75", name: "Paris" }, epci: null, commune: null })).toHaveLength(2);
  });

  it("leaves out the EPCI above a département and missing parents", () => {
    const loire: TerritoryLineage = { kind: "DEPARTEMENT", code: "42", name: "Loire", region, departement: null, epci, commune: null };
    expect(buildLineage(loire)).toEqual([region]);
    const aura: TerritoryLineage = { ...region, region: null, departement: null, epci: null, commune: null };
    expect(buildLineage(aura)).toEqual([]);
  });

  it("skips a parent that is the territory itself", () => {
    const self: TerritoryLineage = { ...region, region, departement: null, epci: null, commune: null };
    expect(buildLineage(self)).toEqual([]);
  });
});
