import { describe, expect, it, vi } from "vitest";
import { createHealthCheck } from "./health";

describe("createHealthCheck", () => {
  it("asks the database at most once per interval, and shares one probe between callers", async () => {
    const probe = vi.fn(async () => undefined);
    const isAvailable = createHealthCheck(probe, { intervalMs: 1000 });
    expect(await Promise.all([isAvailable(0), isAvailable(0), isAvailable(0)])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("reports a failing or hanging database, then its return", async () => {
    let up = false;
    const isAvailable = createHealthCheck(
      async () => {
        if (!up) throw new Error("ECONNREFUSED");
      },
      { intervalMs: 0 },
    );
    expect(await isAvailable()).toBe(false);
    up = true;
    expect(await isAvailable()).toBe(true);
    const hanging = createHealthCheck(() => new Promise(() => undefined), { intervalMs: 0, timeoutMs: 20 });
    expect(await hanging()).toBe(false);
  });
});
