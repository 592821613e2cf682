// The launcher's answer to a bad DATABASE_URL: one clear line, in French and English, no stack.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

function launch(databaseUrl: string) {
  return spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/run-with-db.ts", "--", "node", "-e", "console.log('ne doit pas tourner')"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("launcher with a bad DATABASE_URL", () => {
  it.each([
    ["a malformed value", "pas-une-url", /DATABASE_URL n'est pas une adresse valide/],
    ["another protocol", "mysql://localhost/odd17", /doit commencer par postgresql:\/\//],
    ["a server that does not answer", "postgresql://odd17:x@127.0.0.1:1/odd17", /ne répond pas.*does not answer/],
  ])("stops on %s with a clear message", (_label, url, message) => {
    const result = launch(url);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("ne doit pas tourner");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("launcher in production on a real database", () => {
  it("refuses to start without AUTH_SECRET", () => {
    const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/run-with-db.ts", "--", "next", "start"], {
      env: { ...process.env, DATABASE_URL: "postgresql://odd17:x@127.0.0.1:1/odd17", AUTH_SECRET: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/AUTH_SECRET manquant.*AUTH_SECRET is required/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
