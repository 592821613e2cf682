// The proof of issue #26: two production servers on one PostgreSQL, one Redis (page cache), one
// S3-compatible bucket (files) and one SMTP server, behind nginx balancing between them, as
// docs/operations.md tells operators to deploy ("Preuve : deux serveurs derrière nginx"). What a
// visitor does through one server holds on the other: a session, a file, a published change, the
// sign-in limit, the digest (each e-mail once although both workers run it at the same moment);
// and one server stopped under load costs no request. Where the point is "one, then the other",
// requests go to each server directly; the rest goes through nginx. The figures are printed.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationsCopy } from "@/lib/copy/notifications";
import { freePort } from "@/lib/db/embedded";
import type { JobTask } from "@/lib/jobs/job-types";
import { paths } from "@/lib/paths";
import { startFakeSmtp } from "../support/fake-smtp";
import { startTestRedis, type TestRedis } from "../support/redis-server";
import { startS3Server, type TestS3Server } from "../support/s3-server";
import { requireNginx, startNginx, type TestNginx } from "./support/nginx";
import { actionFormFields, signIn, startStack, type Stack } from "./support/stack";
import { runLoad, type LoadFigures } from "./support/steady-load";

const PASSWORD = "demo-odd17-partenariats";
const SIGNIN_LIMIT = 4;
const DIGEST_SUBJECT = "du jour —";
// Typed: a renamed task breaks the type check, not the test at run time.
const DIGEST_TASK: JobTask = "notifications:digest";
const MAIL_TASK: JobTask = "mail:send";

let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
let redis: TestRedis;
let s3: TestS3Server;
let stack: Stack;
let nginx: TestNginx;
let serverA: string;
let serverB: string;
let appUrl: string;
let db: pg.Client;
const figures: Record<string, string | number> = {};

beforeAll(async () => {
  requireNginx(); // before anything is started
  smtp = await startFakeSmtp();
  redis = await startTestRedis();
  s3 = await startS3Server();
  const nginxPort = await freePort();
  appUrl = `http://127.0.0.1:${nginxPort}`;
  // Both servers: nginx's address as theirs, one proxy hop trusted, the same services.
  stack = await startStack({
    APP_URL: appUrl,
    TRUSTED_PROXY_HOPS: "1",
    REDIS_URL: redis.url,
    CACHE_KEY_PREFIX: `deux-serveurs-${process.pid}`,
    ...s3.env,
    SMTP_URL: smtp.url,
    RATE_LIMIT_SIGNIN: `${SIGNIN_LIMIT}/900`,
    // One job at a time per worker: two digest jobs queued together then run on both workers.
    WORKER_CONCURRENCY: "1",
    // Vitest's default is silent: a server that fails to start (or whose worker does) says why.
    LOG_LEVEL: "warn",
  });
  serverA = stack.baseUrl;
  serverB = await stack.addServer();
  nginx = await startNginx([new URL(serverA).host, new URL(serverB).host], nginxPort);
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
}, 400_000);

afterAll(async () => {
  console.log(
    `[deux serveurs] ${Object.entries(figures)
      .map(([name, value]) => `${name}=${value}`)
      .join(" ")}`,
  );
  await db?.end().catch(() => undefined);
  await nginx?.close();
  await stack?.stop();
  await s3?.close();
  await redis?.close();
  await smtp?.close();
});

const html = async (response: Response) => (await response.text()).replaceAll("&#x27;", "'");

/** Posts a server action's form as a browser without JavaScript does, from the site's own origin. */
function postAction(url: string, fields: [string, string][], cookie: string) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return fetch(url, { method: "POST", body: form, headers: { cookie, origin: appUrl }, redirect: "manual" });
}

describe("deux serveurs derrière nginx", () => {
  it("nginx répartit entre les deux serveurs", async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const response = await fetch(`${nginx.url}${paths.health()}`);
      expect(response.status).toBe(200);
      upstreams.add(response.headers.get("x-upstream") ?? "");
    }
    expect(upstreams).toEqual(new Set([new URL(serverA).host, new URL(serverB).host]));
  });

  it("1. connectée par A, elle agit par B (une action serveur)", async () => {
    const email = "utilisateur@demo.odd17.fr";
    const session = await signIn(serverA, email, PASSWORD);
    const page = await fetch(`${serverB}${paths.notificationPreferences()}`, { headers: { cookie: session }, redirect: "manual" });
    expect(page.status).toBe(200);
    const fields = actionFormFields(await html(page), "notificationEmails");
    const answer = await postAction(`${serverB}${paths.notificationPreferences()}`, [...fields, ["notificationEmails", "DIGEST_ONLY"]], session);
    expect(answer.status).toBe(200);
    expect(await html(answer)).toContain(notificationsCopy.preferences.saved);
    const { rows } = await db.query(`SELECT "notificationEmails" FROM "User" WHERE email = $1`, [email]);
    expect(rows[0].notificationEmails).toBe("DIGEST_ONLY");
  });

  it("2. un document déposé par A est servi par B, octet pour octet", async () => {
    const staff = await signIn(serverA, "rameau@demo.odd17.fr", PASSWORD);
    const kit = (await db.query<{ id: string }>(`SELECT id FROM "Kit" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`)).rows[0];
    const content = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(300 * 1024)]);
    const boundary = "----odd17-deux-serveurs";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Bilan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await fetch(`${serverA}${paths.kitAttachmentUpload(kit.id)}`, {
      method: "POST",
      body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: staff, origin: appUrl, accept: "application/json" },
    });
    expect(upload.status).toBe(200);
    const { id } = (await db.query<{ id: string }>(`SELECT id FROM "KitAttachment" WHERE "kitId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [kit.id])).rows[0];
    // Nothing on the servers' disk: the file is in the bucket. It joined the kit's draft, not its
    // published version: the staff session fetches it (the public would get a 404 until publication).
    const download = await fetch(`${serverB}${paths.kitAttachment(id)}`, { headers: { cookie: staff } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    const throughNginx = await fetch(`${nginx.url}${paths.kitAttachment(id)}`, { headers: { cookie: staff } });
    expect(Buffer.from(await throughNginx.arrayBuffer()).equals(content)).toBe(true);
    figures.fichierOctets = content.length;
    figures.fichierServiParB = 1;
  });

  it("3. une organisation publiée par A apparaît aussitôt dans la recherche en cache servie par B", async () => {
    const actor = (await db.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Actor" WHERE status = 'PENDING' ORDER BY slug LIMIT 1`)).rows[0];
    const search = `${paths.actors()}?q=${encodeURIComponent("jardins partagés")}`;
    const link = `href="${paths.actor(actor.slug)}"`;
    // A renders the search for visitors; B serves A's copy from Redis.
    const before = await fetch(`${serverA}${search}`);
    expect(before.status).toBe(200);
    expect(await html(before)).not.toContain(link);
    const fromB = await fetch(`${serverB}${search}`);
    expect(fromB.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await html(fromB)).not.toContain(link);

    const staff = await signIn(serverA, "rameau@demo.odd17.fr", PASSWORD);
    const queue = await html(await fetch(`${serverA}${paths.adminModerationQueue()}`, { headers: { cookie: staff } }));
    const form = queue
      .split(/<form\b/)
      .map((part) => part.split("</form>")[0])
      // Its decision form (the item's « Prendre en charge » form carries its id too).
      .find((part) => part.includes(`name="id" value="${actor.id}"`) && part.includes('name="decision"'));
    expect(form, "formulaire de décision de l'organisation en attente").toBeDefined();
    const approve = await postAction(
      `${serverA}${paths.adminModerationQueue()}`,
      [...actionFormFields(`<form${form}</form>`, "id"), ["decision", "approve"]],
      staff,
    );
    expect(approve.status).toBeLessThan(400);
    expect((await db.query(`SELECT status FROM "Actor" WHERE id = $1`, [actor.id])).rows[0].status).toBe("PUBLISHED");

    // At once, on the server that did not publish it, and through nginx.
    expect(await html(await fetch(`${serverB}${search}`))).toContain(link);
    expect(await html(await fetch(`${nginx.url}${search}`))).toContain(link);
  });

  it("4. la limite de connexion est comptée une fois pour les deux serveurs", async () => {
    const email = "membre@demo.odd17.fr";
    await signIn(serverB, email, PASSWORD); // the right password works, and the count starts afresh
    const attempt = async (baseUrl: string, password: string, headers: Record<string, string> = {}) => {
      const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((value) => value.split(";")[0])
        .join("; ");
      const response = await fetch(`${baseUrl}/api/auth/callback/password`, {
        method: "POST",
        redirect: "manual",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${appUrl}/espace` }),
      });
      const session = response.headers.getSetCookie().some((value) => value.includes("session-token="));
      return { session, code: new URL(response.headers.get("location") ?? "/", appUrl).searchParams.get("code") };
    };
    // Wrong passwords, one server after the other (one through nginx, with a forged address).
    // The servers trust one proxy hop: only nginx may reach them, as here for the forged header.
    const wrong = [serverA, serverB, nginx.url, serverB];
    for (const baseUrl of wrong) {
      const forged = baseUrl === nginx.url ? { "x-forwarded-for": "203.0.113.9" } : undefined;
      expect(await attempt(baseUrl, "pas-le-bon-mot-de-passe", forged)).toEqual({ session: false, code: "invalid_credentials" });
    }
    // Each server saw 2 of them; the limit (4) is reached all the same: the right password is refused on both.
    expect(await attempt(serverA, PASSWORD)).toEqual({ session: false, code: "too_many_attempts" });
    expect(await attempt(serverB, PASSWORD)).toEqual({ session: false, code: "too_many_attempts" });
    // The address nginx saw, not the one the client wrote (TRUSTED_PROXY_HOPS=1).
    const { rows } = await db.query<{ ip: string | null }>(
      `SELECT a.ip FROM "AuditLog" a WHERE a."targetLabel" = $1 AND a."userId" IS NULL AND a.action = 'auth.signin.failed'`,
      [email],
    );
    expect(rows.map((row) => row.ip)).toEqual(wrong.map(() => "127.0.0.1"));
    figures.essaisAvantBlocage = SIGNIN_LIMIT;
  });

  it("5. le résumé lancé sur les deux travailleurs à la fois : chaque personne reçoit un seul e-mail", async () => {
    const { rows: people } = await db.query<{ id: string; email: string }>(
      `SELECT id, email FROM "User" WHERE email LIKE '%@demo.odd17.fr' AND email NOT IN ('utilisateur@demo.odd17.fr', 'membre@demo.odd17.fr', 'rameau@demo.odd17.fr')
       AND "disabledAt" IS NULL ORDER BY email LIMIT 3`,
    );
    expect(people).toHaveLength(3);
    await db.query(`UPDATE "User" SET "notificationEmails" = 'ALL' WHERE id = ANY($1)`, [people.map((person) => person.id)]);
    const ids: string[] = [];
    for (const person of people) {
      for (const title of ["Nouvelle mise en relation", "Nouveau partenaire"]) {
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO "Notification" (id, "userId", kind, title, email, "createdAt") VALUES (gen_random_uuid()::text, $1, 'general', $2, 'DIGEST', now() - interval '1 minute') RETURNING id`,
          [person.id, title],
        );
        ids.push(rows[0].id);
      }
    }
    // These rows locked: the first digest to claim them waits, holding its worker's only slot,
    // so the second job goes to the other worker, which waits too. Then both go on together.
    const holder = new pg.Client({ connectionString: stack.databaseUrl });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT id FROM "Notification" WHERE id = ANY($1) FOR UPDATE`, [ids]);
      await db.query(`SELECT graphile_worker.add_job($1, '{}'::json)`, [DIGEST_TASK]);
      await db.query(`SELECT graphile_worker.add_job($1, '{}'::json)`, [DIGEST_TASK]);
      const deadline = Date.now() + 60_000;
      let workers = 0;
      while (Date.now() < deadline) {
        const { rows } = await db.query<{ workers: number }>(
          `SELECT count(DISTINCT locked_by)::int AS workers FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_by IS NOT NULL`,
          [DIGEST_TASK],
        );
        const waiting = await db.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'UPDATE%"Notification"%'`,
        );
        workers = rows[0].workers;
        if (workers === 2 && waiting.rows[0].count === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const jobs = await db.query(`SELECT task_identifier, attempts, last_error, locked_by FROM graphile_worker.jobs`);
      const ready = await (await fetch(`${serverA}${paths.readiness()}`)).text();
      expect(workers, `les deux travailleurs tiennent chacun un résumé : ${JSON.stringify(jobs.rows)} ; A : ${ready}`).toBe(2);
      await holder.query("COMMIT");
    } finally {
      await holder.end();
    }

    // Both jobs done and every e-mail handed to the SMTP server.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = ANY($1)`, [
        [DIGEST_TASK, MAIL_TASK],
      ]);
      if (rows[0].count === 0) break;
      if (Date.now() > deadline) throw new Error(`Tâches encore en file : ${rows[0].count}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const digests = await db.query<{ to: string; count: number; sent: number }>(
      `SELECT "to", count(*)::int AS count, count("sentAt")::int AS sent FROM "MailMessage" WHERE subject LIKE $1 GROUP BY "to"`,
      [`%${DIGEST_SUBJECT}%`],
    );
    for (const row of digests.rows) expect(row, row.to).toMatchObject({ count: 1, sent: 1 });
    for (const person of people) {
      const received = smtp.messages.filter((message) => message.split("\r\n\r\n")[0].includes(person.email));
      expect(received, person.email).toHaveLength(1);
      expect(digests.rows.map((row) => row.to)).toContain(person.email);
    }
    figures.resumesEnvoyes = digests.rows.length;
    figures.resumesEnDouble = digests.rows.filter((row) => row.count > 1).length;
    figures.travailleursDuResume = 2;
  });

  it("6. B arrêté (SIGTERM) sous une charge continue par nginx : aucune requête perdue", async () => {
    const kit = (await db.query<{ slug: string }>(`SELECT slug FROM "Kit" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`)).rows[0];
    let stopped: "exited" | "killed" | null = null;
    const load: LoadFigures = await runLoad({
      baseUrl: nginx.url,
      paths: ["/", paths.actors(), `/ressources/${kit.slug}`, paths.health()],
      connections: 4,
      upstreams: { A: new URL(serverA).host, B: new URL(serverB).host },
      // Mid-load: B stopped as a deployment does, the load going on until it has exited and after.
      during: async () => {
        stopped = await stack.stopServer(serverB);
      },
    });
    figures.requetes = load.requests;
    figures.erreurs = load.errors.length;
    figures.enCoursAuSigterm = load.inFlightAtStop;
    figures.repriseParNginx = load.retried;
    figures.serviesParBApresArret = load.servedByBAfterStop;
    expect(stopped, "B s'arrête de lui-même sur SIGTERM").toBe("exited");
    expect(load.servedBy.A).toBeGreaterThan(0);
    expect(load.servedBy.B).toBeGreaterThan(0);
    expect(load.errors, nginx.errorLog().slice(-3000)).toEqual([]);
    expect(load.servedByBAfterStop).toBe(0);
    expect(load.requestsAfterStop).toBeGreaterThan(0);
  });
});
