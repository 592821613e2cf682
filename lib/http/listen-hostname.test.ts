import { describe, expect, it } from "vitest";
import { listenHostname, loopbackHostnameProblem } from "./listen-hostname";

describe("listenHostname", () => {
  it.each([
    [["next", "start", "-H", "127.0.0.1"], "127.0.0.1"],
    [["next", "start", "--hostname", "::1"], "::1"],
    [["next", "start", "--hostname=0.0.0.0", "-p", "3000"], "0.0.0.0"],
    [["next", "start", "-p", "3000"], null],
    [["next", "start", "-H"], null],
  ])("reads %j", (command, expected) => {
    expect(listenHostname(command)).toBe(expected);
  });
});

describe("loopbackHostnameProblem", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "[::1]"])("refuses the loopback address %s and names localhost", (hostname) => {
    const problem = loopbackHostnameProblem(["next", "start", "-H", hostname]);
    expect(problem).toContain(`-H ${hostname}`);
    expect(problem).toContain("-H localhost");
  });

  it.each([["-H", "localhost"], ["-H", "0.0.0.0"], ["-H", "10.0.0.4"], ["--hostname", "odd17.internal"], ["-p", "3000"]])(
    "accepts %s %s",
    (flag, value) => {
      expect(loopbackHostnameProblem(["next", "start", flag, value])).toBeNull();
    },
  );

  it("accepts a command without a hostname", () => {
    expect(loopbackHostnameProblem(["next", "start"])).toBeNull();
  });
});
