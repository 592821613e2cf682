// The open data API's limit is counted in the server's memory (issue #21): reading the API writes
// no counter to PostgreSQL, the limit still answers 429 with Retry-After past N requests, and the
// limits that must hold exactly across servers (here the password check) still count in the database.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/accounts/authenticate";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { get } from "./open-data-support";

const savedLimit = process.env.RATE_LIMIT_API;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.RATE_LIMIT_API;
  else process.env.RATE_LIMIT_API = savedLimit;
});
afterAll(async () => {
  await db.$disconnect();
});

const randomAddress = () => `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
const apiBuckets = () => db.rateLimitBucket.count({ where: { key: { startsWith: "api:" } } });

describe("the open data API's rate limit", () => {
  it("writes no RateLimitBucket row, whatever the number of reads", async () => {
    process.env.RATE_LIMIT_API = "1000/60";
    const before = await db.rateLimitBucket.count();
    const client = { [SOCKET_ADDRESS_HEADER]: randomAddress() };
    for (const path of ["/api/v1/cibles", "/api/v1/cibles/17.17", "/api/v1/territoires?limit=2", "/api/v1/openapi.json", "/api/v1/acteurs?limit=1"]) {
      expect((await get(path, client)).status).toBe(200);
    }
    expect(await apiBuckets()).toBe(0);
    expect(await db.rateLimitBucket.count()).toBe(before);
  });

  it("answers 429 in French with Retry-After and X-RateLimit-* after N requests, per address", async () => {
    process.env.RATE_LIMIT_API = "4/60";
    const client = { [SOCKET_ADDRESS_HEADER]: `198.51.100.${1 + Math.floor(Math.random() * 250)}` };
    const statuses = [];
    for (let n = 0; n < 4; n += 1) statuses.push((await get("/api/v1/cibles", client)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await get("/api/v1/cibles/17.17", client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect(refused.headers.get("x-ratelimit-limit")).toBe("4");
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(refused.json()).toMatchObject({ status: 429, title: "Trop de requêtes" });
    expect(refused.json().detail).toMatch(/^Limite de 4 requêtes par 60 secondes atteinte\. Réessayez dans (59|60) secondes\.$/);
    // Another address keeps its own budget, and nothing was written either way.
    expect((await get("/api/v1/cibles", { [SOCKET_ADDRESS_HEADER]: "192.0.2.44" })).status).toBe(200);
    expect(await apiBuckets()).toBe(0);
  });

  it("leaves password checks counted in the database, shared by every server", async () => {
    const email = `limite-${randomUUID()}@exemple.test`;
    expect((await authenticateWithPassword(email, "pas le bon mot de passe")).status).toBe("invalid");
    expect(await db.rateLimitBucket.findUnique({ where: { key: `signin:email:${email}` } })).toMatchObject({ count: 1 });
  });
});
