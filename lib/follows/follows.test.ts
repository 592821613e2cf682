import { describe, expect, it } from "vitest";
import { describeSearch, followOfSearch, followOfTerritory, isEmailDue, type SearchFilters } from "./follows";

const loire = { id: 42, name: "Loire" };
const base: SearchFilters = { directory: "acteurs", q: "", territory: null, scope: null, sdgs: [], actorKinds: [], modes: [] };

describe("describeSearch", () => {
  it("names a search by its directory, territory and SDGs", () => {
    expect(describeSearch({ ...base, territory: loire, sdgs: [13] })).toBe("Acteurs · Loire · ODD 13");
  });

  it("quotes the text and lists kinds, modes and SDGs in order", () => {
    expect(describeSearch({ ...base, q: "vélo", territory: loire, scope: "autour", actorKinds: ["ASSOCIATION"], sdgs: [17, 4] })).toBe(
      "Acteurs · « vélo » · Autour de Loire · Association · ODD 4, 17",
    );
    expect(describeSearch({ ...base, directory: "alliances", modes: ["MECENAT"] })).toBe("Alliances · Mécénat");
  });
});

describe("followOfSearch", () => {
  it("keeps the filters as typed values, with normalised words", () => {
    const follow = followOfSearch({ ...base, q: "Vélo de la Loire", territory: loire, sdgs: [13] }, "/acteurs?odd=13");
    expect(follow).toMatchObject({ kind: "SEARCH", directory: "acteurs", territoryId: 42, scope: null, words: ["loire", "velo"], sdgs: [13] });
  });

  it("gives the same key to the same search written differently", () => {
    const a = followOfSearch({ ...base, sdgs: [13, 4], actorKinds: ["ENTREPRISE", "ASSOCIATION"] }, "/a");
    const b = followOfSearch({ ...base, sdgs: [4, 13, 13], actorKinds: ["ASSOCIATION", "ENTREPRISE"] }, "/b");
    expect(a.key).toBe(b.key);
    expect(followOfSearch({ ...base, sdgs: [4] }, "/c").key).not.toBe(a.key);
  });

  it("ignores the scope without a territory and actor kinds on alliances", () => {
    const follow = followOfSearch({ ...base, directory: "alliances", scope: "dedans", actorKinds: ["ENTREPRISE"] }, "/alliances");
    expect(follow.scope).toBeNull();
    expect(follow.actorKinds).toEqual([]);
  });

  it("is not the follow of the territory itself", () => {
    expect(followOfSearch({ ...base, territory: loire }, "/a").key).not.toBe(followOfTerritory(loire, "/t").key);
  });
});

describe("isEmailDue", () => {
  const now = new Date("2026-12-08T06:00:00Z");
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

  it.each([
    ["IMMEDIATE", null, true],
    ["IMMEDIATE", hoursAgo(0), true],
    ["DAILY", null, true],
    ["DAILY", hoursAgo(24), true],
    ["DAILY", hoursAgo(23.5), true],
    ["DAILY", hoursAgo(2), false],
    ["WEEKLY", hoursAgo(24 * 3), false],
    ["WEEKLY", hoursAgo(24 * 7), true],
    ["NEVER", null, false],
    ["NEVER", hoursAgo(24 * 30), false],
  ] as const)("%s, last e-mail %s → %s", (rhythm, last, due) => {
    expect(isEmailDue(rhythm, last, now)).toBe(due);
  });
});
