import { describe, expect, it } from "vitest";
import { availableSlug, averageRating, compareTargetCodes, kitSearchKey, nextVersionNumber, slugFromTitle } from "./kits";

describe("slugFromTitle", () => {
  it("makes a readable slug without accents or punctuation", () => {
    expect(slugFromTitle("Construire une alliance : l'essentiel")).toBe("construire-une-alliance-l-essentiel");
    expect(slugFromTitle("Cible 17.17 — Partenariats")).toBe("cible-17-17-partenariats");
  });

  it("never gives an empty or reserved slug", () => {
    expect(slugFromTitle("!!!")).toBe("ressource");
    expect(slugFromTitle("Parcours")).toBe("parcours-ressource");
  });

  it("stays short", () => {
    expect(slugFromTitle("mot ".repeat(50)).length).toBeLessThanOrEqual(80);
    expect(slugFromTitle("mot ".repeat(50))).not.toMatch(/-$/);
  });
});

describe("availableSlug", () => {
  it("adds the first free number", () => {
    expect(availableSlug("kit", new Set())).toBe("kit");
    expect(availableSlug("kit", new Set(["kit", "kit-2"]))).toBe("kit-3");
  });
});

describe("other rules", () => {
  it("searches on the title then the summary", () => {
    expect(kitSearchKey("Le Mécénat", "Pour l'inclusion")).toBe("le mecenat | pour l inclusion");
    expect(kitSearchKey("Titre", "")).toBe("titre");
  });

  it("orders targets officially", () => {
    expect(["17.17", "17.2", "17.10", "17.1"].sort(compareTargetCodes)).toEqual(["17.1", "17.2", "17.10", "17.17"]);
  });

  it("numbers versions from 1", () => {
    expect(nextVersionNumber(0)).toBe(1);
    expect(nextVersionNumber(4)).toBe(5);
  });

  it("rounds the average rating to one decimal", () => {
    expect(averageRating(0, 0)).toBeNull();
    expect(averageRating(14, 3)).toBe(4.7);
    expect(averageRating(5, 1)).toBe(5);
  });
});
