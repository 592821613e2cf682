import { describe, expect, it, vi } from "vitest";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, exitAfter, graceOf, launcherExitCode, shutdownTimeoutMs } from "./shutdown";

describe("shutdownTimeoutMs", () => {
  it("reads SHUTDOWN_TIMEOUT_MS, 25 s when absent or not a positive whole number", () => {
    expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_MS: "5000" })).toBe(5000);
    for (const value of [undefined, "", "0", "-1", "2.5", "soon"]) expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_MS: value })).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS);
  });
});

describe("launcherExitCode", () => {
  it("is a success when the SIGTERM it forwarded stopped the server as asked", () => {
    expect(launcherExitCode(143, null, true)).toBe(0);
    expect(launcherExitCode(null, "SIGTERM", true)).toBe(0);
  });

  it("keeps the command's code otherwise", () => {
    expect(launcherExitCode(1, null, true)).toBe(1); // forced out after the timeout
    expect(launcherExitCode(143, null, false)).toBe(143);
    expect(launcherExitCode(0, null, false)).toBe(0);
    expect(launcherExitCode(null, "SIGINT", false)).toBe(130);
  });
});

describe("exitAfter", () => {
  const fakeExit = () => vi.fn() as unknown as ((code?: number) => never) & ReturnType<typeof vi.fn>;

  it("waits for the worker's stop before exiting, with the code asked", async () => {
    const exit = fakeExit();
    let stopped!: () => void;
    const exitLater = exitAfter(exit, new Promise<void>((resolve) => (stopped = resolve)), 60_000);
    exitLater(143);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(exit).not.toHaveBeenCalled();
    stopped();
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(143));
  });

  it("exits after the bound when the worker never stops, and once only", async () => {
    vi.useFakeTimers();
    try {
      const exit = fakeExit();
      const exitLater = exitAfter(exit, new Promise(() => {}), 5_000);
      exitLater(143);
      exitLater(1);
      await vi.advanceTimersByTimeAsync(4_999);
      expect(exit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(exit).toHaveBeenCalledTimes(1);
      expect(exit).toHaveBeenCalledWith(143);
    } finally {
      vi.useRealTimers();
    }
  });

  it("exits at once when the worker's stop failed", async () => {
    const exit = fakeExit();
    exitAfter(exit, Promise.reject(new Error("pool closed")), 60_000)(143);
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(143));
  });
});

describe("graceOf", () => {
  it("leaves 5 s to give the jobs back, or half of a short bound", () => {
    expect(graceOf(25_000)).toBe(20_000);
    expect(graceOf(6_000)).toBe(3_000);
  });
});
