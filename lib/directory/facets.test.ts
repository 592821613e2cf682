import { describe, expect, it } from "vitest";
import { describeFacet, describeFacets, shortenText } from "@/lib/directory/facets";
import { codeFacet, enumFacet } from "@/lib/directory/search-state";

describe("describeFacet", () => {
  const kinds = enumFacet("type", ["ASSOCIATION", "ETABLISSEMENT_PUBLIC", "ENTREPRISE"] as const);

  it("offers every value with its slug, count and checked state, and a removable filter per chosen value", () => {
    const view = describeFacet(kinds, {
      legend: "Type",
      values: ["ASSOCIATION", "ETABLISSEMENT_PUBLIC", "ENTREPRISE"],
      chosen: ["ETABLISSEMENT_PUBLIC", "ENTREPRISE"],
      counts: new Map([["ETABLISSEMENT_PUBLIC", 3]]),
      label: (value) => value.toLowerCase(),
      hrefWith: (chosen) => `/essai?type=${chosen.join(",")}`,
    });
    expect(view.group).toEqual({
      name: "type",
      legend: "Type",
      collapsible: undefined,
      options: [
        { value: "association", label: "association", count: 0, checked: false },
        { value: "etablissement-public", label: "etablissement_public", count: 3, checked: true },
        { value: "entreprise", label: "entreprise", count: 0, checked: true },
      ],
    });
    expect(view.filters).toEqual([
      { key: "type-ETABLISSEMENT_PUBLIC", label: "etablissement_public", href: "/essai?type=ENTREPRISE" },
      { key: "type-ENTREPRISE", label: "entreprise", href: "/essai?type=ETABLISSEMENT_PUBLIC" },
    ]);
  });

  it("writes codes as they are and lets the option carry a longer label than the filter", () => {
    const view = describeFacet(codeFacet("odd", [4, 17]), {
      legend: "ODD",
      values: [4, 17],
      chosen: [17],
      counts: undefined,
      label: (n) => `ODD ${n}`,
      optionLabel: (n) => `ODD ${n} : long`,
      hrefWith: (chosen) => `/essai?${chosen.map((n) => `odd=${n}`).join("&")}`,
    });
    expect(view.group.options.map((option) => [option.value, option.label, option.count])).toEqual([
      ["4", "ODD 4 : long", 0],
      ["17", "ODD 17 : long", 0],
    ]);
    expect(view.filters).toEqual([{ key: "odd-17", label: "ODD 17", href: "/essai?" }]);
  });
});

describe("shortenText", () => {
  it("keeps short texts and cuts long ones at a word, without a trailing comma", () => {
    expect(shortenText("court")).toBe("court");
    expect(shortenText("un deux, trois quatre", 12)).toBe("un deux…");
  });
});

describe("describeFacets", () => {
  const facets = { colours: enumFacet("couleur", ["BLEU", "ROUGE"] as const), sizes: codeFacet("taille", [1, 2]) };
  const href = (state: Partial<{ colours: string[]; sizes: number[]; page: number }>) =>
    `/essai?c=${(state.colours ?? []).join(",")}&t=${(state.sizes ?? []).join(",")}&p=${state.page ?? 1}`;

  it("takes each facet's chosen values and counts from the state's field of that name, in the displays' order", () => {
    const views = describeFacets(
      { facets, href },
      { colours: ["ROUGE"], sizes: [1, 2], page: 3 },
      { sizes: new Map([[2, 5]]) },
      {
        sizes: { legend: "Taille", values: [1, 2], label: (n) => `T${n}` },
        colours: { legend: "Couleur", values: ["BLEU", "ROUGE"], label: (c) => c },
      },
    );
    expect(views.map((view) => view.group.name)).toEqual(["taille", "couleur"]);
    expect(views[0].group.options.map((option) => [option.value, option.count, option.checked])).toEqual([
      ["1", 0, true],
      ["2", 5, true],
    ]);
    expect(views.flatMap((view) => view.filters.map((filter) => filter.href))).toEqual([
      "/essai?c=ROUGE&t=2&p=1",
      "/essai?c=ROUGE&t=1&p=1",
      "/essai?c=&t=1,2&p=1",
    ]);
  });
});
