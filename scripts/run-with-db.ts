// The launcher behind `npm run dev`, `npm start` and the db:* scripts.
//   tsx scripts/run-with-db.ts [--no-seed] [--attach] [--needs-app-url] -- <command…>
// Without DATABASE_URL it starts the embedded PostgreSQL (data in ODD17_DATA_DIR, by default
// .data/embedded), applies the migrations, seeds an empty database, runs the command with
// DATABASE_URL set, and stops PostgreSQL cleanly when the command ends or on Ctrl-C.
// With DATABASE_URL it checks the server answers, then runs the command on it.
// --attach: when another launcher already runs the embedded database of the folder (`npm start`),
// the command uses that database instead of refusing (`npm run admin:create`).
// --needs-app-url: the command writes links (e-mails), so on DATABASE_URL it needs APP_URL.
// APP_URL is the site's public address (lib/http/app-url.ts): required by `next start` on
// DATABASE_URL, http://localhost:<port> by default otherwise.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkDatabaseUrl, DatabaseConfigError } from "../lib/db/check-url.ts";
import { isDemoRequested } from "../lib/db/demo-mode.ts";
import { EmbeddedDatabaseError, readRunning, recordRunning, startEmbeddedDatabase, takeOverStopSignals, type EmbeddedDatabase } from "../lib/db/embedded.ts";
import { demoAccounts, isSeeded } from "../lib/db/seed-state.ts";
import { checkAppUrl, commandPort, localAppUrl } from "../lib/http/app-url.ts";
import { loopbackHostnameProblem } from "../lib/http/listen-hostname.ts";
import { StorageConfigError, storageConfigFromEnv } from "../lib/storage/storage-url.ts";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data/demo.ts";
import { withSocketAddressPreload } from "../lib/http/socket-address-preload.ts";
import { launcherExitCode, shutdownTimeoutMs } from "../lib/ops/shutdown.ts";

const argv = process.argv.slice(2);
const separator = argv.indexOf("--");
const flags = separator === -1 ? [] : argv.slice(0, separator);
const command = separator === -1 ? argv : argv.slice(separator + 1);
const skipSeed = flags.includes("--no-seed") || process.env.SEED_ON_START === "false";
const attach = flags.includes("--attach");
const needsAppUrl = flags.includes("--needs-app-url");
// `next start` or `next dev`, or null for any other command.
const nextCommand = command.length > 1 && /(^|\/)next$/.test(command[0]) ? command[1] : null;
const production = nextCommand === "start" || process.env.NODE_ENV === "production";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

// The command running now, if any: a stop signal goes to it, and the embedded database is stopped
// only once it has exited (a server finishing its requests still needs its database).
let running: ChildProcess | null = null;

function run(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env, shell: false });
    running = child;
    let terminated = false;
    let killer: NodeJS.Timeout | undefined;
    const forward = (signal: NodeJS.Signals) => {
      if (signal === "SIGTERM" && !terminated) {
        terminated = true;
        // The server bounds its own shutdown (lib/ops/lifecycle.ts); this is for one that hangs.
        killer = setTimeout(() => child.kill("SIGKILL"), shutdownTimeoutMs(env) + 5000);
      }
      child.kill(signal);
    };
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      clearTimeout(killer);
      running = null;
      resolve(launcherExitCode(code, signal, terminated));
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

/**
 * Every absolute link comes from APP_URL, never from request headers: a production server on
 * DATABASE_URL must be told its address; a local one is http://localhost:<its port>.
 */
function settleAppUrl(env: NodeJS.ProcessEnv, embedded: boolean) {
  if (env.APP_URL?.trim()) {
    const checked = checkAppUrl(env.APP_URL);
    if (!checked.ok) fail(`APP_URL ${checked.problem} : « ${env.APP_URL} ».`);
    env.APP_URL = checked.origin;
  } else if (!embedded && (nextCommand === "start" || needsAppUrl)) {
    fail(
      "APP_URL manquant : indiquez l'adresse publique du site (par exemple APP_URL=https://odd17.exemple.fr) pour démarrer en production sur DATABASE_URL ; les liens des e-mails, plans du site et adresses canoniques en dépendent. / APP_URL is required in production: every link is written with it.",
    );
  } else if (embedded || nextCommand === "dev") {
    env.APP_URL = localAppUrl(commandPort(command, env));
  }
  // Auth.js then writes its redirects against the same address instead of the Host header.
  if (env.APP_URL && !env.AUTH_URL) env.AUTH_URL = env.APP_URL;
}

/**
 * A production server holding the demonstration accounts (seeded before SEED_DEMO existed, or
 * with SEED_DEMO=true once) is a demonstration site whatever its settings: it says so on every
 * page, and the launcher says how to leave that state.
 */
async function announceDemo(env: NodeJS.ProcessEnv, url: string, embedded: boolean) {
  if (nextCommand !== "start" && nextCommand !== "dev") return;
  const present = await demoAccounts(url);
  if (present.length === 0) return;
  if (!isDemoRequested(env)) {
    env.SEED_DEMO = "true";
    console.warn(
      `\n⚠ Cette base contient ${present.length} compte(s) de démonstration au mot de passe public : chaque page affiche « site de démonstration ». ` +
        "Désactivez-les depuis /admin/utilisateurs, ou repartez d'une base neuve, pour un site réel. / This database holds demo accounts with a public password.",
    );
  }
  if (!embedded) return;
  const labels = new Map(demoUsers.map((user) => [user.email, user.label]));
  console.log(`  Comptes de démonstration (mot de passe « ${DEMO_PASSWORD} ») :`);
  for (const email of present) console.log(`    - ${email.padEnd(34)} ${labels.get(email) ?? ""}`);
}

/** The command on the embedded database another launcher already runs for this folder. */
async function runAttached(rootDir: string, env: NodeJS.ProcessEnv): Promise<never | void> {
  const running = readRunning(rootDir);
  if (!running) return;
  env.DATABASE_URL = running.databaseUrl;
  if (!env.APP_URL && running.appUrl) env.APP_URL = running.appUrl;
  settleAppUrl(env, true);
  process.exit(await run([binary(command[0]), ...command.slice(1)], env));
}

async function main() {
  if (command.length === 0) fail("Usage : tsx scripts/run-with-db.ts [--no-seed] [--attach] [--needs-app-url] -- <commande>");
  const hostnameProblem = loopbackHostnameProblem(command);
  if (hostnameProblem) fail(hostnameProblem);
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Where uploaded files go (STORAGE_URL): a mistake stops everything before the database starts.
  try {
    storageConfigFromEnv(env);
  } catch (error) {
    if (error instanceof StorageConfigError) fail(error.message);
    throw error;
  }
  const isSeedCommand = command.some((part) => part.includes("seed"));
  let database: EmbeddedDatabase | null = null;

  if (env.DATABASE_URL) {
    // On a real server, sessions must survive restarts and be shared by every app server: the
    // secret is configuration, never generated.
    if (nextCommand === "start" && !env.AUTH_SECRET) {
      fail(
        "AUTH_SECRET manquant : définissez-le (par exemple avec `openssl rand -base64 32`) pour démarrer en production sur DATABASE_URL. / AUTH_SECRET is required in production.",
      );
    }
    settleAppUrl(env, false);
    try {
      await checkDatabaseUrl(env.DATABASE_URL);
    } catch (error) {
      if (error instanceof DatabaseConfigError) fail(error.message);
      throw error;
    }
    await announceDemo(env, env.DATABASE_URL, false);
  } else {
    const rootDir = path.resolve(env.ODD17_DATA_DIR ?? path.join(".data", "embedded"));
    if (attach) await runAttached(rootDir, env);
    settleAppUrl(env, true);
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
    // A signal while a command runs goes to the command (run()); the database is stopped after it
    // exits, below. Between commands, the database is stopped at once.
    const stopBetweenCommands = () => {
      if (!running) void stop().then(() => process.exit(1));
    };
    takeOverStopSignals();
    process.on("SIGINT", stopBetweenCommands);
    process.on("SIGTERM", stopBetweenCommands);

    const migrated = await run([binary("tsx"), "scripts/migrate.ts"], env);
    if (migrated !== 0) {
      await stop();
      fail("Les migrations n'ont pas pu être appliquées. / Migrations failed.");
    }
    recordRunning(rootDir, { databaseUrl: database.url, appUrl: env.APP_URL ?? null });
    if (!skipSeed && !isSeedCommand && !(await isSeeded(database.url))) {
      console.log("Première mise en route : import du référentiel des territoires et des contenus…");
      // The seed decides on the demonstration data from NODE_ENV and SEED_DEMO: `next start`
      // is production even when the shell says nothing.
      const seedEnv: NodeJS.ProcessEnv = production ? { ...env, NODE_ENV: "production" } : env;
      const seeded = await run([binary("tsx"), "prisma/seed.ts"], seedEnv);
      if (seeded !== 0) {
        await stop();
        fail("L'initialisation des données a échoué ; relancez la commande pour reprendre. / Seeding failed; run again to resume.");
      }
    }
    if (!isSeedCommand && nextCommand) {
      console.log(`\n  ODD 17 en pratiques — base embarquée prête.`);
      console.log(`  Adresse : ${env.APP_URL}`);
    }
    await announceDemo(env, database.url, true);
    if (!isSeedCommand && nextCommand) console.log("");
  }

  const [head, ...rest] = command;
  // A Next.js server learns each request's socket address from this preload (lib/http/client-address.ts).
  const code = await run([binary(head), ...rest], nextCommand ? withSocketAddressPreload(env) : env);
  await database?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
