// The proxy's health check asks PostgreSQL through its own connection: a saturated app pool is
// not a database down. Asked through a saturated pool, the same check says "unavailable", which the
// proxy turned into 503s for everyone under load.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createHealthCheck } from "@/lib/db/health";
import { createDatabaseProbe } from "@/lib/db/health-probe";

const url = process.env.DATABASE_URL!;

describe("database health probe", () => {
  it("says available while the app's pool is busy with long queries", async () => {
    // A pool of one connection, held by a query of three seconds.
    process.env.DATABASE_POOL_SIZE = "1";
    const saturated = createPrismaClient(url);
    delete process.env.DATABASE_POOL_SIZE;
    // Prisma queries start when awaited or then-ed.
    const holding = saturated.$queryRaw`SELECT 1 AS held FROM pg_sleep(3)`.then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const throughPool = createHealthCheck(() => saturated.$queryRaw`SELECT 1`, { timeoutMs: 1000 });
    const throughProbe = createHealthCheck(
      createDatabaseProbe(() => url),
      { timeoutMs: 1000 },
    );
    const [poolSays, probeSays] = await Promise.all([throughPool(), throughProbe()]);
    expect(poolSays).toBe(false);
    expect(probeSays).toBe(true);
    await holding;
    await saturated.$disconnect();
  });

  it("says unavailable when PostgreSQL does not answer, and the probe's error does not escape", async () => {
    const check = createHealthCheck(
      createDatabaseProbe(() => "postgresql://nobody:nothing@127.0.0.1:1/none", { connectTimeoutMs: 500 }),
      { timeoutMs: 1000 },
    );
    expect(await check()).toBe(false);
    const missing = createHealthCheck(createDatabaseProbe(() => undefined));
    expect(await missing()).toBe(false);
  });
});
