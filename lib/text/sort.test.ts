import { describe, expect, it } from "vitest";
import { compareFrench, sortByFrench } from "@/lib/text/sort";

describe("French order", () => {
  it("puts Île-de-France among the I's, not after every other région", () => {
    const regions = ["Normandie", "Île-de-France", "Hauts-de-France", "Provence-Alpes-Côte d'Azur", "Grand Est", "Occitanie"];
    expect([...regions].sort(compareFrench)).toEqual(["Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Occitanie", "Provence-Alpes-Côte d'Azur"]);
  });

  it("ignores accents and case, and compares numbers as numbers", () => {
    expect(["Eure", "Émile", "eau", "Fabrègues"].sort(compareFrench)).toEqual(["eau", "Émile", "Eure", "Fabrègues"]);
    expect(["Paris 10e", "Paris 2e", "Paris 1er"].sort(compareFrench)).toEqual(["Paris 1er", "Paris 2e", "Paris 10e"]);
  });

  it("sorts objects by a name, keeping the input untouched", () => {
    const input = [{ name: "Œuvre" }, { name: "Zèbre" }, { name: "Abeille" }];
    expect(sortByFrench(input, (item) => item.name).map((item) => item.name)).toEqual(["Abeille", "Œuvre", "Zèbre"]);
    expect(input[0].name).toBe("Œuvre");
  });
});
