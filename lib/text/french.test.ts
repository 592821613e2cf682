import { describe, expect, it } from "vitest";
import { agree, aNoun, capitalise, countOf, de, isPlural, nounFor, plural, que, takesElision, theNoun, type Noun } from "@/lib/text/french";

const need: Noun = { singular: "besoin", gender: "m" };
const offer: Noun = { singular: "offre", gender: "f" };
const alliance: Noun = { singular: "alliance", gender: "f" };
const actor: Noun = { singular: "acteur", gender: "m" };
const sheet: Noun = { singular: "fiche", gender: "f" };
const territory: Noun = { singular: "territoire de projet", plural: "territoires de projet", gender: "m" };

describe("takesElision", () => {
  it.each([
    ["un", true],
    ["une", true],
    ["Île-de-France", true],
    ["Émile", true],
    ["Œuvre", true],
    ["Yvelines", true],
    ["yaourt", false],
    ["habitant", true],
    ["hébergement", true],
    ["Hauts-de-France", false],
    ["handicap", false],
    ["besoin", false],
    ["", false],
  ])("%s → %s", (word, expected) => {
    expect(takesElision(word)).toBe(expected);
  });
});

describe("de", () => {
  it.each([
    ["un besoin", "d'un besoin"],
    ["une offre", "d'une offre"],
    ["Île-de-France", "d'Île-de-France"],
    ["Auvergne-Rhône-Alpes", "d'Auvergne-Rhône-Alpes"],
    ["Normandie", "de Normandie"],
    ["Hauts-de-France", "de Hauts-de-France"],
    ["Le Havre", "du Havre"],
    ["Les Ulis", "des Ulis"],
    ["La Rochelle", "de La Rochelle"],
    ["l'alliance", "de l'alliance"],
  ])("%s → %s", (word, expected) => {
    expect(de(word)).toBe(expected);
  });

  it("never writes « de un » nor « de une »", () => {
    expect(`Création ${de(aNoun(need))}`).toBe("Création d'un besoin");
    expect(`Création ${de(aNoun(offer))}`).toBe("Création d'une offre");
  });
});

describe("articles", () => {
  it("elides le/la before a vowel", () => {
    expect(theNoun(alliance)).toBe("l'alliance");
    expect(theNoun(offer)).toBe("l'offre");
    expect(theNoun(actor)).toBe("l'acteur");
    expect(theNoun(need)).toBe("le besoin");
    expect(theNoun(sheet)).toBe("la fiche");
  });

  it("picks un/une by gender", () => {
    expect(aNoun(need)).toBe("un besoin");
    expect(aNoun(alliance)).toBe("une alliance");
  });

  it("elides que", () => {
    expect(que("une")).toBe("qu'une");
    expect(que("le")).toBe("que le");
  });
});

describe("agree", () => {
  it.each([
    ["validé", "m", 1, "validé"],
    ["validé", "f", 1, "validée"],
    ["publié", "m", 2, "publiés"],
    ["publié", "f", 2, "publiées"],
    ["publié", "f", 0, "publiée"],
    ["mis", "m", 3, "mis"],
    ["mis", "f", 3, "mises"],
  ] as const)("%s (%s, %i) → %s", (participle, gender, count, expected) => {
    expect(agree(participle, gender, count)).toBe(expected);
  });

  it("writes « l'alliance est validée », never « validé »", () => {
    expect(`${capitalise(theNoun(alliance))} est ${agree("validé", alliance.gender)}`).toBe("L'alliance est validée");
  });
});

describe("plural and counts", () => {
  it("takes the singular for 0 and 1, as French does", () => {
    expect([0, 1, 1.5, 2, 10].map(isPlural)).toEqual([false, false, false, true, true]);
    expect(plural(0, "acteur", "acteurs")).toBe("acteur");
  });

  it.each([
    [0, "0 acteur"],
    [1, "1 acteur"],
    [2, "2 acteurs"],
    [1234, "1 234 acteurs"],
  ])("%i → %s", (n, expected) => {
    expect(countOf(n, actor).replace(/\s/g, " ")).toBe(expected);
  });

  it("uses an irregular plural when given", () => {
    expect(nounFor(territory, 2)).toBe("territoires de projet");
    expect(countOf(1, "alliance")).toBe("1 alliance");
  });
});
