// Property-based fuzzing of every server action (fast-check): malformed and hostile FormData —
// missing fields, wrong types, huge strings, unicode edge cases, prototype-pollution keys, script
// tags, forged ids — sent by an organisation admin and by a staff member. For every input:
// - the action answers (an ActionState, or Next's redirect/notFound signals), it never throws:
//   a throw is what becomes a 500;
// - an error answer carries a French message without a stack trace, and nothing was written
//   (row-level triggers record every write of the run);
// - Object.prototype is never polluted.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeWorld, type World } from "./cross-tenant/world";
import { filesUnder } from "./support/files";
import { REFERENCE_TABLES } from "./support/reference-tables";

const session = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/espace;307;" });
  },
  signOut: async () => undefined,
}));
// next-auth reaches for Next's request internals when loaded outside a server: only its error
// class is needed by the account actions.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7", "x-odd17-path": "/espace", host: "localhost:3000" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/navigation", () => {
  const signal = (digest: string) => Object.assign(new Error(digest), { digest });
  return {
    redirect: (url: string) => {
      throw signal(`NEXT_REDIRECT;replace;${url};307;`);
    },
    permanentRedirect: (url: string) => {
      throw signal(`NEXT_REDIRECT;replace;${url};308;`);
    },
    notFound: () => {
      throw signal("NEXT_HTTP_ERROR_FALLBACK;404");
    },
    forbidden: () => {
      throw signal("NEXT_HTTP_ERROR_FALLBACK;403");
    },
    unauthorized: () => {
      throw signal("NEXT_HTTP_ERROR_FALLBACK;401");
    },
  };
});

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS ?? 40);
// Writes that are expected whatever the input: the rate limiter counts attempts.
const TABLES_ALLOWED_TO_CHANGE = ["RateLimitBucket"];
// Reference data, Prisma's migration log and the fuzzing's own record are never watched.
const UNWATCHED_TABLES = [...REFERENCE_TABLES, "_prisma_migrations", "FuzzChange"];

type Action = (...args: unknown[]) => Promise<unknown>;

function actionModules(): string[] {
  return filesUnder("lib").filter((file) => file.endsWith(".actions.ts"));
}

/** The field names the forms really send, harvested from the components. */
function fieldNames(): string[] {
  const names = new Set<string>();
  for (const file of [...filesUnder("components"), ...filesUnder("app")]) {
    if (file.endsWith(".tsx")) for (const match of readFileSync(file, "utf8").matchAll(/name="([A-Za-z_][\w.-]*)"/g)) names.add(match[1]);
  }
  return [...names];
}

let client: pg.Client;
let world: World;
const tally = { inputs: 0, actions: 0, errors: 0, redirects: 0 };

async function writes(): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_name: string; count: string }>(
    `SELECT table_name, count(*)::text AS count FROM "FuzzChange" GROUP BY table_name`,
  );
  return Object.fromEntries(rows.filter((row) => !TABLES_ALLOWED_TO_CHANGE.includes(row.table_name)).map((row) => [row.table_name, Number(row.count)]));
}

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  // Row-level triggers: a write is recorded only if its transaction commits.
  await client.query(`CREATE TABLE IF NOT EXISTS "FuzzChange" (table_name text NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  await client.query(
    `CREATE OR REPLACE FUNCTION fuzz_record_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "FuzzChange"(table_name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$`,
  );
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  for (const { name } of rows) {
    if (UNWATCHED_TABLES.includes(name)) continue;
    await client.query(`CREATE TRIGGER fuzz_change AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_record_change()`);
  }
  world = await makeWorld();
});

afterAll(async () => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT DISTINCT event_object_table AS name FROM information_schema.triggers WHERE trigger_name = 'fuzz_change'`,
  );
  for (const { name } of rows) await client.query(`DROP TRIGGER fuzz_change ON "${name}"`);
  await client.query(`DROP TABLE IF EXISTS "FuzzChange"`);
  await client.end();
  await db.$disconnect();
  console.log(
    `\nFuzzing des actions serveur : ${tally.inputs} entrées essayées sur ${tally.actions} actions, ${tally.errors} refus propres, ${tally.redirects} redirections, 0 exception\n`,
  );
});

const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "__proto__[polluted]",
  "constructor.prototype.polluted",
  "toString",
  "hasOwnProperty",
  "",
  " ",
  "$ACTION_ID_0",
  "a".repeat(500),
];

function valueArbitrary(ids: string[]) {
  return fc.oneof(
    fc.constantFrom(...ids),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      "",
      " ",
      "<script>alert('xss')</script>",
      "<img src=x onerror=alert(1)>",
      "javascript:alert(1)",
      "' OR 1=1 --",
      '\'; DROP TABLE "Actor"; --',
      "../../etc/passwd",
      '{"__proto__":{"polluted":true}}',
      "\u0000",
      "\uD800",
      "\u202Eevil",
      "e\u0301",
      "👩🏽‍🤝‍👩🏻",
      "NaN",
      "Infinity",
      "-1",
      "1e308",
      "9999999999999999999999",
      "2026-02-30",
      "true",
      "null",
      "undefined",
      '=HYPERLINK("http://evil")',
    ),
    fc.constant("x".repeat(100_000)),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => new File([Uint8Array.from(bytes)], "fichier.exe", { type: "application/octet-stream" })),
  );
}

function formDataArbitrary(names: string[], ids: string[]) {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  return fc.array(fc.tuple(key, valueArbitrary(ids)), { maxLength: 14 }).map((entries) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    return form;
  });
}

const STACK_TRACE = /\bat \S+ \(|\.tsx?:\d+|Error:|TypeError|undefined is not|Cannot read prop/;

function checkAnswer(answer: unknown, label: string): "error" | "ok" {
  if (answer === undefined) return "ok";
  expect(typeof answer, label).toBe("object");
  const state = answer as { status?: unknown; message?: unknown };
  if (state.status !== "error") return "ok";
  const texts = [state.message, ...Object.values((answer as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {}).flat()].filter(
    (text) => typeof text === "string",
  ) as string[];
  for (const text of texts) expect(text, `${label} : message technique montré à l'utilisateur`).not.toMatch(STACK_TRACE);
  return "error";
}

async function call(action: Action, args: unknown[], label: string): Promise<void> {
  tally.inputs += 1;
  const before = await writes();
  let answer: unknown;
  try {
    answer = await action(...args);
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_")) {
      tally.redirects += 1;
      return;
    }
    throw new Error(`${label} : exception (serait une erreur 500) — ${(error as Error)?.stack ?? String(error)}`);
  }
  if (checkAnswer(answer, label) === "error") {
    tally.errors += 1;
    expect(await writes(), `${label} : une réponse d'erreur après une écriture`).toEqual(before);
  }
  expect(({} as Record<string, unknown>).polluted, `${label} : Object.prototype pollué`).toBeUndefined();
}

describe("fuzzing des actions serveur", () => {
  const names = fieldNames();
  for (const file of actionModules()) {
    it(`${file} : toutes les actions répondent proprement à des formulaires hostiles`, async () => {
      const actions = Object.entries(await import(/* @vite-ignore */ path.resolve(file))).filter(([, value]) => typeof value === "function") as [
        string,
        Action,
      ][];
      const ids = [world.target.id, world.other.id, world.people.member.id, world.target.slug, "1", "0", "cl0000000000000000000000"];
      for (const [name, action] of actions) {
        tally.actions += 1;
        for (const caller of ["orgAdmin", "staff"] as const) {
          session.userId = world.people[caller].id;
          const label = `${file}#${name} (${caller})`;
          if (action.length <= 1 && name !== "autosaveAction") {
            await call(action, [], label);
            continue;
          }
          const input =
            name === "autosaveAction" ? fc.anything().map((value) => [value]) : formDataArbitrary(names, ids).map((form) => [{ status: "idle" }, form]);
          await fc.assert(
            fc.asyncProperty(input, (args) => call(action, args, label)),
            { numRuns: RUNS_PER_ACTION, seed: 1728 },
          );
        }
      }
    });
  }
});
