import { describe, expect, it } from "vitest";
import { canEnd, decidingSide, decisionProblem, requestProblem, sideOf, wouldCreateCycle } from "./rules";

const none = new Map<string, string>();

describe("decidingSide / sideOf", () => {
  it("gives the decision to the side that did not ask", () => {
    expect(decidingSide("HEAD")).toBe("TEAM");
    expect(decidingSide("TEAM")).toBe("HEAD");
  });
  it("names the side of an organisation, or null for a third one", () => {
    const link = { headId: "h", teamId: "t" };
    expect(sideOf(link, "h")).toBe("HEAD");
    expect(sideOf(link, "t")).toBe("TEAM");
    expect(sideOf(link, "x")).toBeNull();
  });
});

describe("wouldCreateCycle", () => {
  it("refuses a head becoming a team of its own team, directly or further down", () => {
    expect(wouldCreateCycle("t", "h", new Map([["t", "h"]]))).toBe(true);
    expect(
      wouldCreateCycle(
        "c",
        "a",
        new Map([
          ["b", "a"],
          ["c", "b"],
        ]),
      ),
    ).toBe(true);
  });
  it("accepts a chain without the team in it", () => {
    expect(wouldCreateCycle("h", "t", new Map([["h", "top"]]))).toBe(false);
    expect(wouldCreateCycle("h", "t", none)).toBe(false);
  });
  it("treats a self-link as a cycle and stops on a loop already present", () => {
    expect(wouldCreateCycle("a", "a", none)).toBe(true);
    expect(
      wouldCreateCycle(
        "a",
        "z",
        new Map([
          ["a", "b"],
          ["b", "a"],
        ]),
      ),
    ).toBe(true);
  });
});

describe("requestProblem", () => {
  const base = { headId: "h", teamId: "t", existing: null, currentHeadOfTeam: null, headOf: none };
  it("allows a first request, and a new one after a refusal or an end", () => {
    expect(requestProblem(base)).toBeNull();
    expect(requestProblem({ ...base, existing: { status: "DECLINED" } })).toBeNull();
    expect(requestProblem({ ...base, existing: { status: "ENDED" } })).toBeNull();
  });
  it("refuses self-links, duplicates, a second head and cycles", () => {
    expect(requestProblem({ ...base, teamId: "h" })).toBe("self");
    expect(requestProblem({ ...base, existing: { status: "ACCEPTED" } })).toBe("already-linked");
    expect(requestProblem({ ...base, existing: { status: "PENDING" } })).toBe("already-pending");
    expect(requestProblem({ ...base, currentHeadOfTeam: "other" })).toBe("team-has-head");
    expect(requestProblem({ ...base, headOf: new Map([["h", "t"]]) })).toBe("cycle");
  });
});

describe("decisionProblem", () => {
  const link = { headId: "h", teamId: "t", status: "PENDING" as const, requestedBy: "HEAD" as const };
  const base = { link, actingActorId: "t", accepting: true, currentHeadOfTeam: null, headOf: none };
  it("lets only the other side decide a pending request", () => {
    expect(decisionProblem(base)).toBeNull();
    expect(decisionProblem({ ...base, actingActorId: "h" })).toBe("not-your-side");
    expect(decisionProblem({ ...base, actingActorId: "x" })).toBe("not-your-side");
    expect(decisionProblem({ ...base, link: { ...link, requestedBy: "TEAM" }, actingActorId: "h" })).toBeNull();
    expect(decisionProblem({ ...base, link: { ...link, status: "ACCEPTED" } })).toBe("not-pending");
    expect(decisionProblem({ ...base, link: { ...link, status: "DECLINED" }, accepting: false })).toBe("not-pending");
  });
  it("re-checks one head per team and cycles on acceptance only", () => {
    expect(decisionProblem({ ...base, currentHeadOfTeam: "other" })).toBe("team-has-head");
    expect(decisionProblem({ ...base, currentHeadOfTeam: "other", accepting: false })).toBeNull();
    expect(decisionProblem({ ...base, headOf: new Map([["h", "t"]]) })).toBe("cycle");
  });
});

describe("canEnd", () => {
  it("lets either side end an accepted or pending link, and no third party", () => {
    const link = { headId: "h", teamId: "t", status: "ACCEPTED" as const };
    expect(canEnd(link, "h")).toBe(true);
    expect(canEnd(link, "t")).toBe(true);
    expect(canEnd({ ...link, status: "PENDING" }, "h")).toBe(true);
    expect(canEnd(link, "x")).toBe(false);
    expect(canEnd({ ...link, status: "DECLINED" }, "h")).toBe(false);
  });
});
