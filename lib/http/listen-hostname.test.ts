import { describe, expect, it } from "vitest";
import { listenHostname, loopbackHostnameProblem } from "./listen-hostname";

describe("listenHostname", () => {
  it.each([
    [["next", "start", "-H", "127.0.0.1"], "127.0.0.1"],
    [["node_modules/.bin/next", "start", "--hostname", "::1"], "::1"],
    [["next", "start", "--hostname=0.0.0.0", "-p", "3000"], "0.0.0.0"],
    [["next", "start", "-H127.0.0.1"], "127.0.0.1"],
    [["next", "start", "-H", "127.0.0.1", "-H", "localhost"], "localhost"],
    [["next", "start", "-p", "3000"], null],
    [["prisma", "studio", "-H", "127.0.0.1"], null],
  ])("reads %j", (command, expected) => {
    expect(listenHostname(command)).toBe(expected);
  });
});

describe("loopbackHostnameProblem", () => {
  it.each(["127.0.0.1", "127.1.2.3", "127.1", "::1", "[::1]", "0:0:0:0:0:0:0:1"])("refuses the loopback address %s and names localhost", (hostname) => {
    const problem = loopbackHostnameProblem(["next", "start", "-H", hostname]);
    expect(problem).toContain(`-H ${hostname}`);
    expect(problem).toContain("-H localhost");
  });

  it.each([
    ["-H", "localhost"],
    ["-H", "0.0.0.0"],
    ["-H", "10.0.0.4"],
    ["--hostname", "odd17.internal"],
    ["-H", "::"],
  ])("accepts %s %s", (flag, value) => {
    expect(loopbackHostnameProblem(["next", "start", flag, value])).toBeNull();
  });

  it("keeps the last hostname, as Next does", () => {
    expect(loopbackHostnameProblem(["next", "start", "-H", "127.0.0.1", "-H", "localhost"])).toBeNull();
    expect(loopbackHostnameProblem(["next", "start", "-H", "localhost", "-H", "127.0.0.1"])).not.toBeNull();
  });

  it("accepts a command without a hostname, or another command", () => {
    expect(loopbackHostnameProblem(["next", "start"])).toBeNull();
    expect(loopbackHostnameProblem(["prisma", "studio", "-H", "127.0.0.1"])).toBeNull();
  });
});
