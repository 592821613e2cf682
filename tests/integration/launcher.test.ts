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

describe("launcher and APP_URL", () => {
  const start = (env: Record<string, string>) =>
    spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/run-with-db.ts", "--", "next", "start"], {
      env: { ...process.env, DATABASE_URL: "postgresql://odd17:x@127.0.0.1:1/odd17", AUTH_SECRET: "e2e-only-secret-not-for-production-launcher", ...env },
      encoding: "utf8",
      timeout: 30_000,
    });

  it("refuses to start production on DATABASE_URL without APP_URL: links would follow the request's Host", () => {
    const result = start({ APP_URL: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/APP_URL manquant.*APP_URL is required/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["a relative address", "/odd17"],
    ["a path", "https://odd17.exemple.fr/app"],
    ["a query", "https://odd17.exemple.fr/?utm=1"],
    ["another scheme", "javascript:alert(1)"],
  ])("refuses %s as APP_URL", (_label, value) => {
    const result = start({ APP_URL: value });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/APP_URL .*(adresse absolue|https:\/\/|racine du site)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("accepts a valid APP_URL and goes on to check the database", () => {
    const result = start({ APP_URL: "https://odd17.exemple.fr/" });
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/APP_URL/);
    expect(result.stderr).toMatch(/ne répond pas.*does not answer/);
  });
});

describe("launcher and STORAGE_URL", () => {
  const start = (env: Record<string, string>) =>
    spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/run-with-db.ts", "--", "node", "-e", "console.log('ne doit pas tourner')"], {
      env: { ...process.env, DATABASE_URL: "postgresql://odd17:x@127.0.0.1:1/odd17", AWS_ACCESS_KEY_ID: "", AWS_SECRET_ACCESS_KEY: "", ...env },
      encoding: "utf8",
      timeout: 30_000,
    });

  it.each([
    ["a misspelt setting", "s3://odd17?forcepathstyle=true", /paramètre inconnu « forcepathstyle »/],
    ["a path instead of a bucket", "/srv/fichiers", /STORAGE_URL n'est pas une adresse valide/],
    ["a bucket without credentials", "s3://odd17", /identifiants manquants/],
  ])("stops on %s before anything else, never falling back to the disk", (_label, value, message) => {
    const result = start({ STORAGE_URL: value });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("ne doit pas tourner");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Fix STORAGE_URL or unset it/);
    // Checked before the database: the unreachable server above is never reached.
    expect(result.stderr).not.toMatch(/ne répond pas/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
