import { describe, expect, it } from "vitest";
import { addPostponed, FOLLOW_UP_DELAY_DAYS, parsePostponed, shouldAskFollowUp, summariseRatings, type FollowUpDiagnostic } from "./follow-up";

const now = new Date("2026-11-28T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const completed = (days: number, status: FollowUpDiagnostic["status"] = "COMPLETED"): FollowUpDiagnostic => ({ status, completedAt: daysAgo(days) });

describe("shouldAskFollowUp", () => {
  it("asks three weeks after completion, not a day before", () => {
    expect(FOLLOW_UP_DELAY_DAYS).toBe(21);
    expect(shouldAskFollowUp(completed(21), [], now)).toBe(true);
    expect(shouldAskFollowUp(completed(40), [], now)).toBe(true);
    expect(shouldAskFollowUp(completed(20), [], now)).toBe(false);
    expect(shouldAskFollowUp(completed(0), [], now)).toBe(false);
  });

  it("asks about published diagnostics too, never about drafts", () => {
    expect(shouldAskFollowUp(completed(30, "PUBLISHED"), [], now)).toBe(true);
    expect(shouldAskFollowUp(completed(30, "DRAFT"), [], now)).toBe(false);
    expect(shouldAskFollowUp({ status: "COMPLETED", completedAt: null }, [], now)).toBe(false);
  });

  it("the opinion given at completion does not answer the follow-up", () => {
    expect(shouldAskFollowUp(completed(30), [{ stage: "COMPLETION", createdAt: daysAgo(30) }], now)).toBe(true);
  });

  it("stops asking once this user gave a follow-up opinion", () => {
    expect(shouldAskFollowUp(completed(30), [{ stage: "FOLLOW_UP", createdAt: daysAgo(2) }], now)).toBe(false);
  });

  it("asks again when the diagnostic was completed again after the last follow-up opinion", () => {
    expect(shouldAskFollowUp(completed(25), [{ stage: "FOLLOW_UP", createdAt: daysAgo(60) }], now)).toBe(true);
  });
});

describe("the « Plus tard » cookie", () => {
  it("adds an id once and reads it back", () => {
    const once = addPostponed(undefined, "abc123");
    expect(parsePostponed(once)).toEqual(["abc123"]);
    expect(parsePostponed(addPostponed(once, "abc123"))).toEqual(["abc123"]);
    expect(parsePostponed(addPostponed(once, "def456"))).toEqual(["abc123", "def456"]);
  });

  it("drops forged parts and keeps the 50 most recent ids", () => {
    expect(parsePostponed("ok1.<script>.ok2..")).toEqual(["ok1", "ok2"]);
    expect(addPostponed("ok1", "bad id;")).toBe("ok1");
    let value: string | undefined;
    for (let i = 0; i < 60; i += 1) value = addPostponed(value, `id${i}`);
    const ids = parsePostponed(value);
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe("id10");
    expect(ids.at(-1)).toBe("id59");
  });
});

describe("summariseRatings", () => {
  it("counts, averages to one decimal and spreads the ratings", () => {
    expect(
      summariseRatings([
        { rating: 4, count: 2 },
        { rating: 5, count: 1 },
        { rating: 4, count: 1 },
      ]),
    ).toEqual({ count: 4, average: 4.3, distribution: [0, 0, 0, 3, 1] });
  });

  it("ignores what is not a rating, and says null without any", () => {
    expect(
      summariseRatings([
        { rating: 0, count: 3 },
        { rating: 6, count: 1 },
        { rating: 2.5, count: 1 },
      ]),
    ).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(summariseRatings([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});
