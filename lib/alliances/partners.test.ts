import { describe, expect, it } from "vitest";
import { comparePartners } from "@/lib/alliances/partners";

describe("comparePartners", () => {
  it("puts the lead first, then names in French order", () => {
    const partners = [
      { role: "PARTNER" as const, name: "Zèbre" },
      { role: "PARTNER" as const, name: "Émile" },
      { role: "PARTNER" as const, name: "Fabrique" },
      { role: "LEAD" as const, name: "Toit" },
    ];
    expect([...partners].sort(comparePartners).map((p) => p.name)).toEqual(["Toit", "Émile", "Fabrique", "Zèbre"]);
  });
});
