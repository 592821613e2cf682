import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { recordRequestId, withLogContext } from "./context";
import { createLogger, logLevel } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger(stream, "info") };
}

describe("the logger", () => {
  it("writes one JSON object per line with its level as a word, time and message", () => {
    const { lines, logger } = capture();
    logger.info({ organisationId: "o1" }, "Logo replaced");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "Logo replaced", organisationId: "o1" });
    expect(new Date(lines[0].time as string).toISOString()).toBe(lines[0].time);
  });

  it("carries the request id of the context, in the promises it starts too", async () => {
    const { lines, logger } = capture();
    await withLogContext({ requestId: "req-1" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn("inside");
    });
    logger.warn("outside");
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["inside", "req-1"],
      ["outside", undefined],
    ]);
  });

  it("takes the id proxy.ts records into the context opened for the request, and a job's id", async () => {
    const { lines, logger } = capture();
    withLogContext({}, () => {
      expect(recordRequestId("req-2")).toBe(true);
      logger.info("after the proxy");
    });
    expect(recordRequestId("nowhere")).toBe(false);
    withLogContext({ jobId: "job-7" }, () => logger.info("job"));
    expect(lines.map((line) => [line.requestId, line.jobId])).toEqual([
      ["req-2", undefined],
      [undefined, "job-7"],
    ]);
  });

  it("logs an error with its type, message and stack", () => {
    const { lines, logger } = capture();
    logger.error({ err: new TypeError("boom") }, "Unexpected error");
    const err = lines[0].err as Record<string, string>;
    expect(err).toMatchObject({ type: "TypeError", message: "boom" });
    expect(err.stack).toContain("logger.test.ts");
  });

  it("reads its level from LOG_LEVEL, info by default and silent under the test runner", () => {
    expect(logLevel({})).toBe("info");
    expect(logLevel({ LOG_LEVEL: "DEBUG" })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevel({ VITEST: "true" })).toBe("silent");
    expect(logLevel({ VITEST: "true", LOG_LEVEL: "warn" })).toBe("warn");
  });
});
