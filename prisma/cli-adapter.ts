// The driver adapter that Prisma's CLI (migrate, seed) uses with its WASM schema engine.
// It works around three limits of @prisma/adapter-pg 6.19.3, documented in the README:
//  1. catalogue queries return system types (name, "char", …) that the adapter cannot map;
//  2. its shadow database silently reuses the main database when given a connection string;
//  3. it drops the shadow database while its own pool still holds connections.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";

const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const FIRST_USER_OID = 16384;

// Every built-in type that adapter-pg 6.19.3 maps (see its fieldToColumnType).
const MAPPED_BUILTINS = new Set([
  16, 17, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266, 1560, 1562, 1700, 2950, 3802,
  // arrays
  143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1041, 1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);

type Field = { dataTypeID: number };
type Result = { fields?: Field[]; rows?: unknown[] };

function stringify(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => (v === null ? null : String(v)));
  return String(value);
}

/** Rewrites unmapped built-in column types of a result into text or text[]. */
export function rewriteUnmappedTypes(result: Result): Result {
  if (!result?.fields) return result;
  const rows = result.rows ?? [];
  const cell = (row: unknown, index: number) => (Array.isArray(row) ? row[index] : row && typeof row === "object" ? Object.values(row)[index] : undefined);
  result.fields.forEach((field, index) => {
    const oid = field.dataTypeID;
    if (oid >= FIRST_USER_OID || MAPPED_BUILTINS.has(oid)) return;
    // pg parses the arrays it knows into JS arrays and leaves the others as text: follow the values.
    field.dataTypeID = rows.some((row) => Array.isArray(cell(row, index))) ? TEXT_ARRAY_OID : TEXT_OID;
    for (const row of rows) {
      if (Array.isArray(row)) row[index] = stringify(row[index]);
      else if (row && typeof row === "object") {
        const key = Object.keys(row)[index];
        (row as Record<string, unknown>)[key] = stringify((row as Record<string, unknown>)[key]);
      }
    }
  });
  return result;
}

class CatalogueSafeClient extends pg.Client {
  // pg's query has many overloads (promise, callback, submittable); wrap the two that return rows.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: Result) => void;
      return (super.query as (...a: unknown[]) => unknown)(...args.slice(0, -1), (err: Error | null, res: Result) =>
        callback(err, err ? res : rewriteUnmappedTypes(res)),
      );
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<Result>).then === "function") {
      return (out as Promise<Result>).then(rewriteUnmappedTypes);
    }
    return out;
  }
}

function discreteConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: database ?? parsed.database ?? undefined,
    Client: CatalogueSafeClient,
    allowExitOnIdle: true,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super(discreteConfig(url));
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(discreteConfig(this.url));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadow = new PrismaPg(discreteConfig(this.url, name));
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleaner = new pg.Client(discreteConfig(this.url));
      await cleaner.connect();
      await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleaner.end();
    };
    return adapter;
  }
}

export function createMigrationAdapter(url: string) {
  return new MigrationAdapterFactory(url);
}
