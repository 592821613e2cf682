// The one Prisma client of the app. The database is always reached through DATABASE_URL: in
// embedded mode the launcher (scripts/run-with-db.ts) starts PostgreSQL and sets it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) });
}

const globalForDb = globalThis as unknown as { odd17Db?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForDb.odd17Db) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL manquant : lancez l'application avec npm run dev ou npm start. / DATABASE_URL is not set.");
    }
    globalForDb.odd17Db = createPrismaClient(url);
  }
  return globalForDb.odd17Db;
}

/** Created on first use, so that building the app needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
