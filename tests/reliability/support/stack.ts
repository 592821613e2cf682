// The platform as it runs in production, for the reliability suite: a throwaway embedded
// PostgreSQL (migrated and seeded with the demo data, asked for with SEED_DEMO=true as production
// requires) and `next start` on the existing build, with APP_URL its own address
// (`npm run build` first; `npm test` and `.ci/run` have built it). PostgreSQL can be stopped and
// started again on the same port while the server runs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { withSocketAddressPreload } from "@/lib/http/socket-address-preload";

export interface Stack {
  baseUrl: string;
  databaseUrl: string;
  /** Where the server reads uploaded files (kit attachments, logos): tests may put files there. */
  uploadsDir: string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** Starts one more production server on the same database (its own APP_URL); returns its address. */
  addServer(env?: Record<string, string>): Promise<string>;
  /** SIGTERM to the server at this address, as a deployment does: "exited" by itself, or "killed" 5 s later. */
  stopServer(baseUrl: string): Promise<"exited" | "killed">;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Le serveur n'a pas répondu à ${url} en ${timeoutMs} ms`);
}

interface Server {
  baseUrl: string;
  /** SIGTERM, then SIGKILL after 5 s: says which one ended the server. */
  stop(): Promise<"exited" | "killed">;
}

/** `next start` on a free port, APP_URL its own address, with the suite's settings and `env`. */
async function startServer(childEnv: NodeJS.ProcessEnv, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    env: withSocketAddressPreload({
      ...childEnv,
      APP_URL: baseUrl,
      NODE_ENV: "production",
      AUTH_SECRET: "reliability-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      RATE_LIMIT_SIGNIN: "100000/60",
      RATE_LIMIT_SIGNIN_IP: "100000/60",
      RATE_LIMIT_PUBLIC_REFRESH: "100000/60",
      RATE_LIMIT_PUBLIC_REFRESH_STAFF: "100000/60",
      RATE_LIMIT_RESET: "100000/60",
      RATE_LIMIT_CONTACT: "100000/60",
      RATE_LIMIT_MAIL_RECIPIENT: "100000/60",
      RATE_LIMIT_MAIL_SENDER: "100000/60",
      RATE_LIMIT_API: "1000000/60",
      // Vitest silences the logger (lib/log/logger.ts): a server that fails shows why in its log.
      LOG_LEVEL: "warn",
      ...env,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  server.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)));
  try {
    await waitFor(baseUrl, 120_000);
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    baseUrl,
    async stop() {
      server.kill("SIGTERM");
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          server.kill("SIGKILL");
          resolve("killed");
        }, 5000);
        server.once("exit", () => {
          clearTimeout(timer);
          resolve("exited");
        });
      });
    },
  };
}

export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("Pas de build de production : lancez `npm run build` avant `npm run test:reliability`.");
  const rootDir = mkdtempSync(path.join(tmpdir(), "odd17-reliability-"));
  let database: EmbeddedDatabase = await startEmbeddedDatabase({ rootDir });
  const pgPort = database.port;
  const databaseUrl = database.url;
  const uploadsDir = path.join(rootDir, "uploads");
  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, UPLOADS_DIR: uploadsDir, SEED_DEMO: "true" };
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], { env: childEnv, stdio: "pipe" });
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { env: { ...childEnv, NODE_ENV: "production" }, stdio: "pipe" });

  const servers: Server[] = [];
  try {
    servers.push(await startServer(childEnv, env));
  } catch (error) {
    await database.stop();
    throw error;
  }
  const baseUrl = servers[0].baseUrl;

  let databaseRunning = true;
  return {
    baseUrl,
    databaseUrl,
    uploadsDir,
    async stopDatabase() {
      await database.stop();
      databaseRunning = false;
    },
    async startDatabase() {
      database = await startEmbeddedDatabase({ rootDir, port: pgPort });
      if (database.port !== pgPort) throw new Error(`PostgreSQL a redémarré sur le port ${database.port} au lieu de ${pgPort}`);
      databaseRunning = true;
    },
    async addServer(serverEnv = {}) {
      const server = await startServer(childEnv, { ...env, ...serverEnv });
      servers.push(server);
      return server.baseUrl;
    },
    async stopServer(address) {
      const index = servers.findIndex((server) => server.baseUrl === address);
      if (index === -1) throw new Error(`Aucun serveur à ${address}`);
      const [server] = servers.splice(index, 1);
      return server.stop();
    },
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      if (databaseRunning) await database.stop();
      rmSync(rootDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in session cookie for a demo account, through Auth.js's own credentials flow. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/espace` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Connexion impossible pour ${email} (statut ${response.status})`);
  return session.split(";")[0];
}

/**
 * The hidden fields Next renders in a server-action form (progressive enhancement), for the form
 * that has a field named `marker` (or whose ActionForm id is `marker`, for a form with no field):
 * posting them with the visible fields is what a browser without JavaScript does.
 */
export function actionFormFields(html: string, marker: string): [string, string][] {
  const forms = html
    .split(/<form\b/)
    .slice(1)
    .map((part) => part.split("</form>")[0]);
  const form = forms.find((candidate) => candidate.includes(`name="${marker}"`) || candidate.includes(`data-form="${marker}"`));
  if (!form) throw new Error(`Aucun formulaire avec le champ « ${marker} »`);
  const decode = (value: string) =>
    value.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = match[0];
    if (!/type="hidden"/.test(tag)) continue;
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) fields.push([decode(name), decode(value)]);
  }
  return fields;
}
