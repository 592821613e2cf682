// The launcher behind `npm run dev`, `npm start` and the db:* scripts.
//   tsx scripts/run-with-db.ts [--no-seed] -- <command…>
// Without DATABASE_URL it starts the embedded PostgreSQL (data in ODD17_DATA_DIR, by default
// .data/embedded), applies the migrations, seeds an empty database, runs the command with
// DATABASE_URL set, and stops PostgreSQL cleanly when the command ends or on Ctrl-C.
// With DATABASE_URL it checks the server answers, then runs the command on it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseUrl, DatabaseConfigError } from "../lib/db/check-url.ts";
import { EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded.ts";
import { isSeeded } from "../lib/db/seed-state.ts";
import { loopbackHostnameProblem } from "../lib/http/listen-hostname.ts";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data/demo.ts";

const argv = process.argv.slice(2);
const separator = argv.indexOf("--");
const flags = separator === -1 ? [] : argv.slice(0, separator);
const command = separator === -1 ? argv : argv.slice(separator + 1);
const skipSeed = flags.includes("--no-seed") || process.env.SEED_ON_START === "false";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 130 : 1));
    });
    child.on("error", (error) => {
      console.error(`Commande introuvable : ${cmd[0]} (${error.message})`);
      resolve(127);
    });
  });
}

function binary(name: string): string {
  const local = path.join(process.cwd(), "node_modules", ".bin", name);
  return existsSync(local) ? local : name;
}

/** In embedded (local) mode, a missing AUTH_SECRET is generated once and kept with the data. */
function ensureAuthSecret(rootDir: string, env: NodeJS.ProcessEnv) {
  if (env.AUTH_SECRET) return;
  const file = path.join(rootDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(rootDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.warn(`⚠ AUTH_SECRET absent : une clé locale a été générée dans ${file} (à ne pas utiliser en production).`);
  }
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

function printWelcome(env: NodeJS.ProcessEnv, seeded: boolean) {
  const port = command.includes("-p") ? command[command.indexOf("-p") + 1] : (env.PORT ?? "3000");
  console.log(`\n  ODD 17 en pratiques — base embarquée prête.`);
  console.log(`  Adresse : http://localhost:${port}`);
  if (seeded && env.SEED_DEMO !== "false") {
    console.log(`  Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») :`);
    for (const user of demoUsers) console.log(`    - ${user.email.padEnd(34)} ${user.label}`);
  }
  console.log("");
}

async function main() {
  if (command.length === 0) fail("Usage : tsx scripts/run-with-db.ts [--no-seed] -- <commande>");
  const hostnameProblem = loopbackHostnameProblem(command);
  if (hostnameProblem) fail(hostnameProblem);
  const env: NodeJS.ProcessEnv = { ...process.env };
  const isSeedCommand = command.some((part) => part.includes("seed"));
  let database: EmbeddedDatabase | null = null;

  if (env.DATABASE_URL) {
    // On a real server, sessions must survive restarts and be shared by every app server: the
    // secret is configuration, never generated.
    if (command.includes("start") && !env.AUTH_SECRET) {
      fail(
        "AUTH_SECRET manquant : définissez-le (par exemple avec `openssl rand -base64 32`) pour démarrer en production sur DATABASE_URL. / AUTH_SECRET is required in production.",
      );
    }
    try {
      await checkDatabaseUrl(env.DATABASE_URL);
    } catch (error) {
      if (error instanceof DatabaseConfigError) fail(error.message);
      throw error;
    }
  } else {
    const rootDir = path.resolve(env.ODD17_DATA_DIR ?? path.join(".data", "embedded"));
    try {
      database = await startEmbeddedDatabase({ rootDir, port: env.EMBEDDED_PG_PORT ? Number(env.EMBEDDED_PG_PORT) : undefined });
    } catch (error) {
      if (error instanceof EmbeddedDatabaseError) fail(error.message);
      throw error;
    }
    env.DATABASE_URL = database.url;
    ensureAuthSecret(rootDir, env);
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await database?.stop();
    };
    process.on("SIGINT", () => void stop());
    process.on("SIGTERM", () => void stop());

    const migrated = await run([binary("prisma"), "migrate", "deploy"], env);
    if (migrated !== 0) {
      await stop();
      fail("Les migrations n'ont pas pu être appliquées. / Migrations failed.");
    }
    if (!skipSeed && !isSeedCommand && !(await isSeeded(database.url))) {
      console.log("Première mise en route : import du référentiel des territoires et des données de démonstration…");
      const seeded = await run([binary("tsx"), "prisma/seed.ts"], env);
      if (seeded !== 0) {
        await stop();
        fail("L'initialisation des données a échoué ; relancez la commande pour reprendre. / Seeding failed; run again to resume.");
      }
    }
    if (!isSeedCommand) printWelcome(env, await isSeeded(database.url));
  }

  const [head, ...rest] = command;
  const code = await run([binary(head), ...rest], env);
  await database?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
