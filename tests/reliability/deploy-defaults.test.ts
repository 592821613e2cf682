// A production install with default settings, attacked as an outsider would: `npm start` (the
// launcher, `next start`, a fresh embedded database, no SEED_DEMO, no APP_URL so its default
// http://localhost:<port>). The demo password opens nothing; the first admin comes from
// `npm run admin:create` while the server runs; links never follow the request's headers; a
// change from another origin is refused.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, EMBEDDED_USER, freePort } from "@/lib/db/embedded";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed-data/demo";
import { actionFormFields, signIn } from "./support/stack";

const EVIL = "evil.example";
const FORGED = { host: EVIL, "x-forwarded-host": EVIL, "x-forwarded-proto": "http" };

let rootDir: string;
let server: ChildProcess;
let output = "";
let appUrl: string;
let db: pg.Client;
const env: NodeJS.ProcessEnv = { ...process.env };
for (const name of ["DATABASE_URL", "APP_URL", "AUTH_URL", "SEED_DEMO", "NODE_ENV", "AUTH_SECRET", "DEV_MAILBOX"]) delete env[name];

beforeAll(async () => {
  if (!readFileSync(path.join(".next", "BUILD_ID"), "utf8")) throw new Error("npm run build first");
  rootDir = mkdtempSync(path.join(tmpdir(), "odd17-deploy-"));
  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  Object.assign(env, { ODD17_DATA_DIR: rootDir, EMBEDDED_PG_PORT: String(await freePort()), RATE_LIMIT_SIGNIN: "100000/60", RATE_LIMIT_RESET: "100000/60" });
  // `npm start -- -p <port>`, as an operator types it.
  server = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/run-with-db.ts", "--", "next", "start", "-p", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 280_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`launcher ended:\n${output}`);
    try {
      if ((await fetch(`${appUrl}/`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer on ${appUrl}:\n${output.slice(-5000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // The launcher's database: as it records it for the commands started beside it, else (an older
  // launcher) on the port it was asked for.
  const runningFile = path.join(rootDir, "running.json");
  const databaseUrl = existsSync(runningFile)
    ? (JSON.parse(readFileSync(runningFile, "utf8")) as { databaseUrl: string }).databaseUrl
    : `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${env.EMBEDDED_PG_PORT}/${EMBEDDED_DATABASE}`;
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
}, 300_000);

afterAll(async () => {
  await db?.end();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  }
  if (rootDir) rmSync(rootDir, { recursive: true, force: true });
});

/** A raw HTTP request: fetch() will not send a forged Host header. */
function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

/** The form of `page` that has a field `marker`, posted as a browser without JavaScript does. */
async function formPost(page: string, marker: string, fields: Record<string, string>, headers: Record<string, string>) {
  const html = await (await fetch(`${appUrl}${page}`)).text();
  const form = new FormData();
  for (const [name, value] of actionFormFields(html, marker)) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const encoded = new Request(appUrl, { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  return rawRequest(`${appUrl}${page}`, { method: "POST", body, headers: { ...headers, "content-type": encoded.headers.get("content-type") ?? "" } });
}

async function mailsTo(address: string) {
  return (await db.query<{ text: string }>(`SELECT text FROM "MailMessage" WHERE "to" = $1 ORDER BY "createdAt"`, [address])).rows;
}

function adminCreate(address: string) {
  const script = JSON.parse(readFileSync("package.json", "utf8")).scripts["admin:create"] as string;
  const [head, ...rest] = script.split(" ");
  return spawnSync(path.join("node_modules", ".bin", head), [...rest, address], { env, encoding: "utf8", timeout: 120_000 });
}

describe("une installation de production par défaut", () => {
  it("ne contient aucun compte de démonstration : leur mot de passe publié n'ouvre rien", async () => {
    for (const user of demoUsers) await expect(signIn(appUrl, user.email, DEMO_PASSWORD), user.email).rejects.toThrow(/Connexion impossible/);
    expect((await db.query(`SELECT count(*)::int AS n FROM "User" WHERE "isDemo" OR email LIKE '%@demo.odd17.fr'`)).rows[0].n).toBe(0);
    expect(output).not.toContain(DEMO_PASSWORD);
    const home = await (await fetch(`${appUrl}/mentions-legales`)).text();
    expect(home).not.toContain("Site de démonstration");
  });

  it("nomme sa première administratrice par npm run admin:create pendant que le serveur tourne", async () => {
    const address = "premiere.admin@exemple.fr";
    const result = adminCreate(address);
    expect(result.stderr).not.toMatch(/déjà utilisée|\n\s+at /);
    expect(result.status).toBe(0);
    const [mail] = await mailsTo(address);
    const link = new URL(/https?:\/\/\S+reinitialiser-mot-de-passe\?token=[\w-]+/.exec(mail.text)![0]);
    expect(link.origin).toBe(appUrl);
    const password = "Un mot de passe tout neuf 2026";
    const answer = await formPost(`${link.pathname}${link.search}`, "password", { password, passwordConfirmation: password }, { origin: appUrl });
    expect(answer.status).toBeLessThan(400);
    const session = await signIn(appUrl, address, password);
    expect((await fetch(`${appUrl}/admin`, { headers: { cookie: session }, redirect: "manual" })).status).toBe(200);
  }, 180_000);

  it("écrit les liens des e-mails avec APP_URL, quels que soient Host et X-Forwarded-*", async () => {
    const address = "victime@exemple.fr";
    await db.query(`INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ('victime-deploy', $1, now(), now())`, [address]);
    // The attacker's own origin, matching the forged host: Next's own check would let it through.
    const forged = await formPost("/mot-de-passe-oublie", "email", { email: address }, { ...FORGED, origin: `http://${EVIL}` });
    expect(forged.status).toBe(403);
    expect(await mailsTo(address)).toEqual([]);
    // The site's origin with forged host headers: the action runs, the link is APP_URL's.
    const answer = await formPost("/mot-de-passe-oublie", "email", { email: address }, { ...FORGED, origin: appUrl });
    expect(answer.status).toBe(200);
    const mails = await mailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`${appUrl}/reinitialiser-mot-de-passe?token=`);
    expect(mails[0].text).not.toContain(EVIL);
  });

  it("écrit sitemaps, robots.txt, adresses canoniques, OpenAPI et redirections avec APP_URL", async () => {
    const robots = await rawRequest(`${appUrl}/robots.txt`, { headers: FORGED });
    expect(robots.text).toContain(`Sitemap: ${appUrl}/sitemap.xml`);
    const index = await rawRequest(`${appUrl}/sitemap.xml`, { headers: FORGED });
    expect(index.text).toContain(`<loc>${appUrl}/sitemap/pages.xml</loc>`);
    const sitemap = await rawRequest(`${appUrl}/sitemap/pages.xml`, { headers: FORGED });
    expect(sitemap.text).toContain(`<loc>${appUrl}/`);
    const openapi = JSON.parse((await rawRequest(`${appUrl}/api/v1/openapi.json`, { headers: FORGED })).text) as { servers: { url: string }[] };
    expect(openapi.servers).toEqual([{ url: appUrl }]);
    const api = await rawRequest(`${appUrl}/api`, { headers: FORGED });
    expect(api.text).toContain(`<link rel="canonical" href="${appUrl}/api"/>`);
    const redirect = await rawRequest(`${appUrl}/espace`, { headers: FORGED });
    // Next writes a same-site redirect as a path; an absolute one would have to be APP_URL's.
    expect(redirect.headers.location).toMatch(new RegExp(`^(${appUrl})?/connexion\\?callbackUrl=%2Fespace$`));
    const legacy = await rawRequest(`${appUrl}/territoires/commune/42218?page=2`, { headers: FORGED });
    expect(legacy.status).toBe(308);
    expect(legacy.headers.location).toMatch(new RegExp(`^(${appUrl})?/territoires/commune/42218/page/2$`));
    for (const answer of [robots, index, sitemap, api]) expect(answer.text).not.toContain(EVIL);
  });

  it("refuse une action serveur venue d'une autre origine, ou sans origine", async () => {
    const action = { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
    for (const origin of [`http://${EVIL}`, "null", appUrl.replace("localhost", "127.0.0.1")]) {
      const answer = await rawRequest(`${appUrl}/connexion`, { method: "POST", headers: { ...action, origin }, body: Buffer.from("[]") });
      expect(answer.status, origin).toBe(403);
    }
    expect((await rawRequest(`${appUrl}/connexion`, { method: "POST", headers: action, body: Buffer.from("[]") })).status).toBe(403);
  });
});
