// Two production servers on one PostgreSQL and one Redis (REDIS_URL: the shared page cache,
// lib/cache/redis-cache-handler.mjs): a public page rendered by server A is served from the cache
// by server B without being rendered again; a change made through A (a kit rated through its
// page's server action, as a browser without JavaScript does) shows on B's cached page at the very
// next visit. Without the shared cache, B would keep its own copy for up to a minute (revalidate).
import pg from "pg";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kitsLabels } from "@/lib/copy/kits";
import { averageRating } from "@/lib/kits/kits";
import { startTestRedis, type TestRedis } from "../support/redis-server";
import { actionFormFields, signIn, startStack, type Stack } from "./support/stack";

const PASSWORD = "demo-odd17-partenariats";
const RATER = "membre@demo.odd17.fr";
const PREFIX = `fiabilite-${process.pid}`;

let redis: TestRedis;
let stack: Stack;
let serverA: string;
let serverB: string;
let db: pg.Client;

beforeAll(async () => {
  redis = await startTestRedis();
  stack = await startStack({ REDIS_URL: redis.url, CACHE_KEY_PREFIX: PREFIX });
  serverA = stack.baseUrl;
  serverB = await stack.addServer();
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
}, 300_000);

afterAll(async () => {
  await db?.end().catch(() => undefined);
  await stack?.stop();
  await redis?.close();
});

/** What the kit's public page says of its ratings, from the database. */
async function ratingTexts(kitId: string): Promise<string[]> {
  const { rows } = await db.query<{ sum: string | null; count: string }>(
    `SELECT sum(rating) AS sum, count(rating) AS count FROM "Feedback" WHERE "kitId" = $1 AND kind = 'RATING' AND rating IS NOT NULL`,
    [kitId],
  );
  const count = Number(rows[0].count);
  const average = averageRating(Number(rows[0].sum ?? 0), count);
  const t = kitsLabels.detail;
  return average === null ? [t.ratingCount(0)] : [t.ratingAverage(average), t.ratingCount(count)];
}

async function visit(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = (await response.text()).replaceAll("&#x27;", "'");
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html };
}

async function redisKeys(pattern: string): Promise<string[]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    return await client.keys(pattern);
  } finally {
    await client.close();
  }
}

describe("deux serveurs, un cache de pages partagé sur Redis", () => {
  it("une page rendue par A est servie par B depuis Redis ; une note donnée sur A se voit sur B à la visite suivante", async () => {
    const { rows } = await db.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Kit" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
    const kit = rows[0];
    const page = `/ressources/${kit.slug}`;

    // A renders the page for visitors; B, which never rendered it, serves A's copy.
    const first = await visit(`${serverA}${page}`);
    expect(first.status).toBe(200);
    const before = await ratingTexts(kit.id);
    for (const text of before) expect(first.html).toContain(text);
    const fromB = await visit(`${serverB}${page}`);
    expect(fromB.status).toBe(200);
    expect(fromB.cache).toBe("HIT");
    for (const text of before) expect(fromB.html).toContain(text);
    expect(await redisKeys(`${PREFIX}:*:entry:*${kit.slug}*`)).not.toHaveLength(0);

    // The rating that changes what the page shows most: far from the rater's own, if any.
    const session = await signIn(serverA, RATER, PASSWORD);
    const own = await db.query<{ rating: number }>(
      `SELECT f.rating FROM "Feedback" f JOIN "User" u ON u.id = f."userId" WHERE f."kitId" = $1 AND f.kind = 'RATING' AND u.email = $2`,
      [kit.id, RATER],
    );
    const rating = (own.rows[0]?.rating ?? 5) <= 2 ? 5 : 1;
    const signedInPage = await visit(`${serverA}${page}`, session);
    const form = new FormData();
    for (const [name, value] of actionFormFields(signedInPage.html, "rating")) form.append(name, value);
    form.set("rating", String(rating));
    const answer = await fetch(`${serverA}${page}`, { method: "POST", body: form, headers: { cookie: session, origin: serverA }, redirect: "manual" });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain(kitsLabels.feedback.rated(rating));

    const after = await ratingTexts(kit.id);
    expect(after).not.toEqual(before);
    // At once, on the server that did not make the change: no waiting for the page's revalidate.
    const changed = await visit(`${serverB}${page}`);
    expect(changed.status).toBe(200);
    for (const text of after) expect(changed.html).toContain(text);
    // And the copy B rendered is the one A serves next.
    const backOnA = await visit(`${serverA}${page}`);
    expect(backOnA.cache).toBe("HIT");
    for (const text of after) expect(backOnA.html).toContain(text);
  });
});
