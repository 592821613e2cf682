// `npm start` as a production host runs it: the launcher (scripts/run-with-db.ts) on its embedded
// PostgreSQL, then `next start`. A SIGTERM (a deployment, an orchestrator scaling down) must let
// the request in flight finish with its full page, refuse new connections at once, stop the
// database only after the server, and end with exit code 0 before SHUTDOWN_TIMEOUT_MS (a forced
// exit is code 1). The request in flight is a real one made slow: the sign-in form posted without
// JavaScript, its body sent in two parts with the SIGTERM between them.
// Also checked on the same server: /api/health and /api/ready, the request id given by proxy.ts
// and by the routes it does not see (/api/auth, /api/uploads), and a log line of a route handler
// carrying it (lib/log).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { actionFormFields } from "./support/stack";

const BOUNDARY = "----odd17-arret";
let rootDir: string;
let port: number;
let baseUrl: string;
let launcher: ChildProcess;
let output = "";
let databaseUrl: string;
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

/** Resolves with the first line of the server's output that `match` accepts. */
function lineOf(match: (line: string) => boolean, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const find = () => output.split("\n").find(match);
    const found = find();
    if (found) return resolve(found);
    const guard = setTimeout(() => reject(new Error(`Ligne attendue absente de la sortie du serveur :\n${output.slice(-4000)}`)), timeoutMs);
    const listener = () => {
      const line = find();
      if (!line) return;
      clearTimeout(guard);
      launcher.stdout?.off("data", listener);
      resolve(line);
    };
    launcher.stdout?.on("data", listener);
  });
}

const jsonLines = () =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build de production : lancez `npm run build` d'abord.");
  rootDir = mkdtempSync(path.join(tmpdir(), "odd17-shutdown-"));
  port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // The embedded mode of `npm start`: no DATABASE_URL (the test runner's is removed).
  const env: NodeJS.ProcessEnv = { ...process.env, ODD17_DATA_DIR: rootDir, SEED_DEMO: "true", SHUTDOWN_TIMEOUT_MS: "20000", LOG_LEVEL: "info" };
  for (const name of ["DATABASE_URL", "APP_URL", "AUTH_URL", "NODE_OPTIONS", "VITEST", "EMBEDDED_PG_PORT"]) delete env[name];
  launcher = spawn(
    path.join("node_modules", ".bin", "tsx"),
    ["scripts/run-with-db.ts", "--", path.join("node_modules", ".bin", "next"), "start", "-p", String(port)],
    {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  launcher.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  exited = new Promise((resolve) => launcher.once("exit", (code, signal) => resolve({ code, signal })));
  await lineOf((line) => line.includes("Ready in"), 170_000);
  ({ databaseUrl } = JSON.parse(readFileSync(path.join(rootDir, "running.json"), "utf8")) as { databaseUrl: string });
}, 180_000);

afterAll(async () => {
  if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
    launcher.kill("SIGKILL");
    await exited;
  }
  if (rootDir) rmSync(rootDir, { recursive: true, force: true });
});

function multipart(fields: [string, string][]): Buffer {
  const parts = fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`);
}

/** A POST over a raw socket: the head and the first half of the body now, the rest when asked. */
function slowPost(pathname: string, body: Buffer) {
  const socket = net.connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
  const answered = new Promise<string>((resolve, reject) => {
    socket.on("end", () => resolve(received));
    socket.on("error", reject);
  });
  const half = Math.floor(body.length / 2);
  const head =
    `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://localhost:${port}\r\nConnection: close\r\n` +
    `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${body.length}\r\n\r\n`;
  socket.write(Buffer.concat([Buffer.from(head), body.subarray(0, half)]));
  return { finish: () => socket.write(body.subarray(half)), answered };
}

function connectionRefused(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

describe("santé, disponibilité et identifiant de requête", () => {
  it("/api/health et /api/ready répondent 200, jamais en cache, avec l'identifiant de requête", async () => {
    const health = await fetch(`${baseUrl}/api/health`, { headers: { "x-request-id": "sonde-1" } });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(health.headers.get("x-request-id")).toBe("sonde-1");
    const ready = await fetch(`${baseUrl}/api/ready`, { headers: { "x-request-id": "x".repeat(65) } });
    expect(ready.status).toBe(200);
    // The launcher's server runs its own worker: ready also says the job queue and the worker are.
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { database: { ok: true }, migrations: { ok: true }, jobQueue: { ok: true }, worker: { ok: true }, storage: { ok: true } },
    });
    expect(ready.headers.get("cache-control")).toBe("no-store");
    // An unsafe id sent by the client is replaced by a new one.
    expect(ready.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("les routes hors du proxy (/api/auth, /api/uploads) donnent aussi leur identifiant de requête", async () => {
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { "x-request-id": "trace-auth-1" } });
    expect(csrf.status).toBe(200);
    expect(csrf.headers.get("x-request-id")).toBe("trace-auth-1");
    // A stranger's upload is refused before its body is read, and the refusal carries its id.
    const upload = await fetch(`${baseUrl}/api/uploads/kit-attachments?kit=inconnu`, {
      method: "POST",
      headers: { origin: baseUrl, "content-type": "application/octet-stream", "x-request-id": "trace-upload-1" },
      body: "x",
    });
    expect(upload.status).toBeGreaterThanOrEqual(400);
    expect(upload.headers.get("x-request-id")).toBe("trace-upload-1");
    const fresh = await fetch(`${baseUrl}/api/auth/session`);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("une ligne de journal d'une route porte l'identifiant de sa requête", async () => {
    // A published organisation whose logo file is missing: the logo route logs it.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `UPDATE "Actor" SET "logoPath" = 'logos/' || id || '/absent' WHERE id = (SELECT id FROM "Actor" WHERE "publishedAt" IS NOT NULL ORDER BY id LIMIT 1) RETURNING id`,
    );
    await db.end();
    const response = await fetch(`${baseUrl}/api/organisations/${rows[0].id}/logo`, { headers: { "x-request-id": "trace-logo-1" } });
    expect(response.status).toBe(404);
    await lineOf((line) => line.includes("trace-logo-1"));
    expect(jsonLines().find((line) => line.requestId === "trace-logo-1")).toMatchObject({ level: "error", msg: "Logo file missing from storage" });
  });
});

describe("arrêt sur SIGTERM", () => {
  it("finit la requête en cours, refuse les nouvelles connexions, arrête la base après le serveur et sort avec le code 0", async () => {
    const html = await (await fetch(`${baseUrl}/connexion`)).text();
    const body = multipart([...actionFormFields(html, "password"), ["email", "en-cours@example.org"], ["password", "mauvais-mot-de-passe"]]);
    const inFlight = slowPost("/connexion", body);
    // Answered after the slow request was sent: the server has accepted that connection too.
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);

    launcher.kill("SIGTERM");
    // The server's own line (lib/ops/lifecycle.ts), logged once Next has closed its listener.
    await lineOf((line) => line.includes("Shutdown: no new connections"));
    expect(await connectionRefused()).toBe(true);

    inFlight.finish();
    const answer = await inFlight.answered;
    expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 200 OK");
    // The whole page, rendered with the database: the sign-in refused, the address typed kept.
    expect(answer).toContain("en-cours@example.org");
    expect(answer).toContain("</html>");

    expect(await exited).toEqual({ code: 0, signal: null });
    expect(output).not.toContain("exiting anyway");
    // The database was stopped after the server (its last request used it) and not left running.
    const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
    await expect(db.connect()).rejects.toThrow();
  });
});
