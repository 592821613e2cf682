import { describe, expect, it } from "vitest";
import { labels } from "@/lib/labels";

describe("a territory page's description", () => {
  it("says what and where the territory is, and its population with the right agreement", () => {
    expect(labels.territory.metaDescription({ name: "Saint-Étienne", kind: "COMMUNE", population: 172718, places: ["Loire", "Auvergne-Rhône-Alpes"] })).toBe(
      "Saint-Étienne : commune (Loire, Auvergne-Rhône-Alpes), 172\u202f718 habitants. Les acteurs, les alliances et les diagnostics de ce territoire sur ODD 17 en pratiques.",
    );
    expect(labels.territory.metaDescription({ name: "Rochefourchat", kind: "COMMUNE", population: 1, places: [] })).toContain("commune, 1 habitant.");
    expect(labels.territory.metaDescription({ name: "Bretagne", kind: "REGION", population: null, places: [] })).toMatch(/^Bretagne : région\. Les acteurs/);
  });
});
