// The shared page cache (lib/cache/redis-cache-handler.mjs) against a real redis-server: entries
// come back as Next stored them, a revalidation made by one server hides the entry from the others,
// keys are namespaced by deployment and build, and Redis stopped, frozen or absent at start never
// throws nor hangs: the page is then rendered without the cache.
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRedisPageCache, type RedisPageCache } from "@/lib/cache/redis-cache-handler.mjs";
import { startTestRedis, type TestRedis } from "../support/redis-server";

let redis: TestRedis;
const opened: RedisPageCache[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((cache) => cache.close()));
});

afterAll(async () => {
  await redis?.close();
});

function quietLog() {
  return { error: vi.fn(), info: vi.fn() };
}

async function open(options: { prefix?: string; buildId?: string; timeoutMs?: number; log?: ReturnType<typeof quietLog> } = {}) {
  const cache = createRedisPageCache({
    url: redis.url,
    prefix: options.prefix ?? "test",
    buildId: options.buildId ?? "build-1",
    timeoutMs: options.timeoutMs,
    log: options.log ?? quietLog(),
  });
  opened.push(cache);
  await cache.connected;
  return cache;
}

/** Retries `check` until it holds, for at most `timeoutMs`: what the client's reconnection takes. */
async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition jamais remplie");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const cacheControl = { revalidate: 60, expire: 3600 };

function appPage(html: string, path = "/acteurs/alpha") {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc of ${html}`),
    status: 200,
    postponed: undefined,
    headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/acteurs/layout,_N_T_/acteurs/[slug]/page,_N_T_${path}` },
    segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
  };
}

describe("le cache de pages partagé sur Redis", () => {
  it("rend une page telle que Next l'a rangée, avec sa durée de vie, et Redis l'oublie à son expiration", async () => {
    const cache = await open();
    await cache.set("/acteurs/alpha", appPage("<p>Alpha</p>"), { cacheControl });
    const entry = await cache.get("/acteurs/alpha", { kind: "APP_PAGE" } as never);
    expect(entry?.value).toEqual(appPage("<p>Alpha</p>"));
    expect(Buffer.isBuffer((entry?.value as { rscData: Buffer }).rscData)).toBe(true);
    expect(entry?.cacheControl).toEqual(cacheControl);
    expect(entry?.lastModified).toBeGreaterThan(0);
    expect(await cache.get("/acteurs/beta")).toBeNull();

    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      const ttl = await raw.ttl("test:build-1:entry:/acteurs/alpha");
      expect(ttl).toBeGreaterThan(3500);
      expect(ttl).toBeLessThanOrEqual(3600);
    } finally {
      await raw.close();
    }
  });

  it("une revalidation faite par un serveur retire la page aux autres ; la page rendue ensuite est servie", async () => {
    const serverA = await open();
    const serverB = await open();
    await serverB.set("/acteurs/alpha", appPage("<p>ancien</p>"), { cacheControl });
    await serverB.set("/acteurs/beta", appPage("<p>autre</p>", "/acteurs/beta"), { cacheControl });

    // revalidatePath("/acteurs/alpha") on A reaches B; beta is left alone.
    await serverA.revalidateTag(["_N_T_/acteurs/alpha"]);
    expect(await serverB.get("/acteurs/alpha")).toBeNull();
    expect((await serverB.get("/acteurs/beta"))?.value).toEqual(appPage("<p>autre</p>", "/acteurs/beta"));

    await serverB.set("/acteurs/alpha", appPage("<p>nouveau</p>"), { cacheControl });
    expect((await serverA.get("/acteurs/alpha"))?.value).toEqual(appPage("<p>nouveau</p>"));

    // revalidatePath("/", "layout"): every page.
    await serverA.revalidateTag("_N_T_/layout");
    expect(await serverB.get("/acteurs/alpha")).toBeNull();
    expect(await serverB.get("/acteurs/beta")).toBeNull();
  });

  it("les étiquettes d'une lecture (fetch) comptent aussi", async () => {
    const cache = await open();
    await cache.set("fetch-key", { kind: "FETCH", data: { body: "x", headers: {}, status: 200, url: "u" }, revalidate: 60 }, { tags: ["annuaire"] });
    expect(await cache.get("fetch-key", { tags: ["annuaire"] })).not.toBeNull();
    await cache.revalidateTag("annuaire");
    expect(await cache.get("fetch-key", { tags: ["annuaire"] })).toBeNull();
  });

  it("un autre build ne lit pas les pages de celui-ci ; un autre préfixe ne partage rien, pas même les revalidations", async () => {
    const current = await open({ buildId: "build-1" });
    const next = await open({ buildId: "build-2" });
    const otherDeployment = await open({ prefix: "autre", buildId: "build-1" });
    await current.set("/alliances/recherche/q", appPage("<p>build 1</p>", "/alliances/recherche/q"), { cacheControl });
    expect(await next.get("/alliances/recherche/q")).toBeNull();
    expect(await otherDeployment.get("/alliances/recherche/q")).toBeNull();

    await otherDeployment.set("/alliances/recherche/q", appPage("<p>autre</p>", "/alliances/recherche/q"), { cacheControl });
    // A revalidation from the next build (rolling deploy) reaches the current one, not the other deployment.
    await next.revalidateTag("_N_T_/layout");
    expect(await current.get("/alliances/recherche/q")).toBeNull();
    expect((await otherDeployment.get("/alliances/recherche/q"))?.value).toEqual(appPage("<p>autre</p>", "/alliances/recherche/q"));
  });

  it("Redis arrêté : rien ne casse, la panne est écrite une fois, le cache revient avec Redis", async () => {
    const log = quietLog();
    const cache = await open({ log });
    await cache.set("/", appPage("<p>avant</p>", "/"), { cacheControl });
    await redis.stop();
    try {
      for (let i = 0; i < 5; i += 1) expect(await cache.get("/")).toBeNull();
      await expect(cache.set("/", appPage("<p>pendant</p>", "/"), { cacheControl })).resolves.toBeUndefined();
      await expect(cache.revalidateTag("_N_T_/layout")).resolves.toBeUndefined();
      const outage = log.error.mock.calls.filter(([line]) => String(line).startsWith("[cache redis] Redis injoignable"));
      expect(outage).toHaveLength(1);
      expect(log.error.mock.calls.some(([line]) => String(line).includes("Revalidation non partagée : _N_T_/layout"))).toBe(false);
      expect(log.error.mock.calls.some(([line]) => String(line).includes("Revalidation non partagée (Redis injoignable) : _N_T_/layout"))).toBe(true);
    } finally {
      await redis.start();
    }
    await until(async () => {
      await cache.set("/", appPage("<p>après</p>", "/"), { cacheControl });
      return (await cache.get("/")) !== null;
    });
    expect((await cache.get("/"))?.value).toEqual(appPage("<p>après</p>", "/"));
    expect(log.info.mock.calls.some(([line]) => String(line).includes("de nouveau joignable"))).toBe(true);
  });

  it("Redis figé : chaque commande abandonne à son délai et la page est rendue sans cache", async () => {
    const log = quietLog();
    const cache = await open({ timeoutMs: 300, log });
    await cache.set("/odd/liste/actuel", appPage("<p>odd</p>", "/odd/liste/actuel"), { cacheControl });
    redis.pause();
    try {
      expect(await cache.get("/odd/liste/actuel")).toBeNull();
      await expect(cache.revalidateTag("_N_T_/layout")).resolves.toBeUndefined();
      expect(log.error).toHaveBeenCalled();
    } finally {
      redis.resume();
    }
  });

  it("Redis absent au démarrage du serveur : pas d'attente, puis le cache sert dès que Redis répond", async () => {
    await redis.stop();
    const log = quietLog();
    const cache = createRedisPageCache({ url: redis.url, prefix: "test", buildId: "build-1", log });
    opened.push(cache);
    try {
      await cache.connected;
      expect(await cache.get("/")).toBeNull();
      await expect(cache.set("/", appPage("<p>x</p>", "/"), { cacheControl })).resolves.toBeUndefined();
    } finally {
      await redis.start();
    }
    await until(async () => {
      await cache.set("/", appPage("<p>x</p>", "/"), { cacheControl });
      return (await cache.get("/")) !== null;
    });
  });
});
