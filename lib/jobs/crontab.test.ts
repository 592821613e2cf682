import { parseCrontab } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { CRONTAB } from "./crontab";
import { JOB_TASKS, type JobTask } from "./job-types";

describe("the worker's schedule", () => {
  it("parses, and schedules the digest each morning, the follows every five minutes and the clean-up each night", () => {
    const items = parseCrontab(CRONTAB);
    expect(items.map((item) => item.task)).toEqual(["notifications:digest", "follows:run", "maintenance:cleanup"]);
    for (const item of items) expect(JOB_TASKS).toContain(item.task as JobTask);
    const [digest, follows, cleanup] = items;
    expect(digest.match).toBeTypeOf("function");
    // 06:00 UTC matches, 07:00 UTC does not; the clean-up at 02:30 UTC.
    const at = (iso: string) => {
      const date = new Date(iso);
      return { min: date.getUTCMinutes(), hour: date.getUTCHours(), date: date.getUTCDate(), month: date.getUTCMonth() + 1, dow: date.getUTCDay() };
    };
    expect(digest.match(at("2026-12-07T06:00:00Z"))).toBe(true);
    expect(digest.match(at("2026-12-07T07:00:00Z"))).toBe(false);
    expect(cleanup.match(at("2026-12-07T02:30:00Z"))).toBe(true);
    expect(follows.match(at("2026-12-07T10:35:00Z"))).toBe(true);
    expect(follows.match(at("2026-12-07T10:36:00Z"))).toBe(false);
  });

  it("could schedule every task: each name is one graphile-worker's crontab accepts", () => {
    expect(() => parseCrontab(JOB_TASKS.map((task) => `0 0 * * * ${task}`).join("\n"))).not.toThrow();
    expect(() => parseCrontab("0 0 * * * mail.send")).toThrow(/Invalid command specification/);
  });
});
