import { describe, expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, launcherExitCode, shutdownTimeoutMs } from "./shutdown";

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
