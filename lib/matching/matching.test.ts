import { describe, expect, it } from "vitest";
import { MATCH_THRESHOLD, isExpired, proximityOf, scoreMatch, type AncestorRef, type MatchSide } from "./matching";

// A small piece of the Loire: Saint-Étienne and Firminy in Saint-Étienne Métropole, Montbrison in
// another EPCI of the Loire, Lyon in the Rhône, all in Auvergne-Rhône-Alpes; Paris elsewhere.
const ara: AncestorRef = { id: 1, kind: "REGION", name: "Auvergne-Rhône-Alpes" };
const idf: AncestorRef = { id: 2, kind: "REGION", name: "Île-de-France" };
const loire: AncestorRef = { id: 10, kind: "DEPARTEMENT", name: "Loire" };
const rhone: AncestorRef = { id: 11, kind: "DEPARTEMENT", name: "Rhône" };
const paris75: AncestorRef = { id: 12, kind: "DEPARTEMENT", name: "Paris" };
const sem: AncestorRef = { id: 20, kind: "EPCI", name: "Saint-Étienne Métropole" };
const loireForez: AncestorRef = { id: 21, kind: "EPCI", name: "Loire Forez Agglomération" };
const crte: AncestorRef = { id: 30, kind: "PROJET", name: "CRTE Sud Loire" };

const saintEtienne = [{ id: 100, kind: "COMMUNE", name: "Saint-Étienne" }, sem, loire, ara, crte] satisfies AncestorRef[];
const firminy = [{ id: 101, kind: "COMMUNE", name: "Firminy" }, sem, loire, ara, crte] satisfies AncestorRef[];
const montbrison = [{ id: 102, kind: "COMMUNE", name: "Montbrison" }, loireForez, loire, ara, crte] satisfies AncestorRef[];
const lyon = [{ id: 103, kind: "COMMUNE", name: "Lyon" }, rhone, ara] satisfies AncestorRef[];
const paris = [{ id: 104, kind: "COMMUNE", name: "Paris" }, paris75, idf] satisfies AncestorRef[];
const semItself = [sem, loire, ara];

describe("proximityOf", () => {
  it("finds the smallest territory both lie in", () => {
    expect(proximityOf(saintEtienne, saintEtienne)).toEqual({ level: "COMMUNE", territory: saintEtienne[0] });
    expect(proximityOf(saintEtienne, semItself)).toEqual({ level: "EPCI", territory: sem });
    expect(proximityOf(saintEtienne, firminy)).toEqual({ level: "EPCI", territory: sem });
    expect(proximityOf(saintEtienne, montbrison)).toEqual({ level: "DEPARTEMENT", territory: loire });
    expect(proximityOf(saintEtienne, lyon)).toEqual({ level: "REGION", territory: ara });
    expect(proximityOf(saintEtienne, paris)).toEqual({ level: "AILLEURS", territory: null });
  });

  it("is symmetric and ignores project perimeters", () => {
    expect(proximityOf(semItself, saintEtienne).level).toBe("EPCI");
    // Montbrison and Saint-Étienne share the CRTE, but the département is what counts.
    expect(proximityOf(montbrison, saintEtienne).level).toBe("DEPARTEMENT");
    expect(proximityOf([crte], [crte]).level).toBe("AILLEURS");
  });
});

const now = new Date("2026-03-10T15:00:00Z");
const side = (overrides: Partial<MatchSide> = {}): MatchSide => ({
  mode: "MECENAT",
  mecenatKind: "COMPETENCES",
  theme: "INCLUSION_NUMERIQUE",
  sdgTargetCode: "17.17",
  validUntil: null,
  ...overrides,
});
const scoreAt = (need: MatchSide, offer: MatchSide, ancestors: AncestorRef[]) => scoreMatch(need, offer, proximityOf(saintEtienne, ancestors), now);

describe("scoreMatch", () => {
  it("orders the same pair by proximity: commune > EPCI > département > région > ailleurs", () => {
    const scores = [saintEtienne, firminy, montbrison, lyon, paris].map((place) => scoreAt(side(), side(), place).score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(5);
    expect(scores[0]).toBe(100);
  });

  it("says why in French", () => {
    const { reasons, isMatch } = scoreAt(side(), side(), semItself);
    expect(isMatch).toBe(true);
    expect(reasons).toEqual([
      "même EPCI : Saint-Étienne Métropole",
      "même mode d'alliance : mécénat de compétences",
      "même thème : inclusion numérique",
      "même cible de l'ODD 17 : 17.17",
    ]);
  });

  it("names the mode alone when the mécénat kinds differ or the mode is not mécénat", () => {
    expect(scoreAt(side(), side({ mecenatKind: "FINANCIER" }), semItself).reasons).toContain("même mode d'alliance : mécénat");
    const innovation = side({ mode: "INNOVATION_SOCIETALE", mecenatKind: null });
    expect(scoreAt(innovation, innovation, semItself).reasons).toContain("même mode d'alliance : innovation sociétale");
    expect(scoreAt(side(), side({ mecenatKind: "FINANCIER" }), semItself).score).toBe(scoreAt(side(), side(), semItself).score - 5);
  });

  it("leaves out what differs", () => {
    const { score, reasons } = scoreAt(side(), side({ mode: "COOPERATION_ECONOMIQUE", mecenatKind: null, sdgTargetCode: null }), semItself);
    expect(score).toBe(32 + 25);
    expect(reasons).toEqual(["même EPCI : Saint-Étienne Métropole", "même thème : inclusion numérique"]);
  });

  it("has a threshold below which it is not a match", () => {
    const otherModeNoTarget = side({ mode: "PRATIQUES_RESPONSABLES", mecenatKind: null, sdgTargetCode: null });
    // Same theme only, far away: 25.
    expect(scoreAt(side(), otherModeNoTarget, paris)).toMatchObject({ score: 25, isMatch: false });
    // Same theme in the same région: 37, still below.
    expect(scoreAt(side(), otherModeNoTarget, lyon)).toMatchObject({ score: 37, isMatch: false });
    // Same theme in the same département: 47.
    expect(scoreAt(side(), otherModeNoTarget, montbrison)).toMatchObject({ score: 47, isMatch: true });
    expect(MATCH_THRESHOLD).toBe(40);
  });

  it("never matches an expired need or offer", () => {
    const yesterday = new Date("2026-03-09T00:00:00Z");
    expect(scoreAt(side({ validUntil: yesterday }), side(), saintEtienne)).toEqual({ score: 0, reasons: ["date de validité dépassée"], isMatch: false });
    expect(scoreAt(side(), side({ validUntil: yesterday }), saintEtienne).isMatch).toBe(false);
  });

  it("is still valid on its last day, and scores a bit lower within 30 days", () => {
    const today = new Date("2026-03-10T00:00:00Z");
    expect(isExpired(today, now)).toBe(false);
    const lastDay = scoreAt(side({ validUntil: today }), side(), semItself);
    expect(lastDay.isMatch).toBe(true);
    const in20Days = scoreAt(side(), side({ validUntil: new Date("2026-03-30T00:00:00Z") }), semItself);
    const in60Days = scoreAt(side(), side({ validUntil: new Date("2026-05-09T00:00:00Z") }), semItself);
    expect(in60Days.score).toBe(scoreAt(side(), side(), semItself).score);
    expect(in20Days.score).toBe(in60Days.score - 5);
    expect(in20Days.reasons.at(-1)).toBe("se termine bientôt (30 mars 2026)");
  });
});
