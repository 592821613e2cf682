// A throwaway Redis for tests: Debian's redis-server (installed by .ci/run) on a free port, in a
// temporary folder, with nothing written to disk. It can be stopped, paused and started again on
// the same port, as a real outage would.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM); start() brings it back, empty, on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open, nothing answers. resume() undoes it. */
  pause(): void;
  resume(): void;
  /** Stops the server for good and removes its folder. */
  close(): Promise<void>;
}

const BINARY = process.env.REDIS_SERVER_BIN ?? "redis-server";
const START_TIMEOUT_MS = 20_000;

function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(BINARY, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`redis-server n'a pas démarré en ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`${error.message} (apt-get install redis-server, ou REDIS_SERVER_BIN)\n${output}`));
    };
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`redis-server s'est arrêté (code ${code})`)));
    let ready = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        ready = true;
        clearTimeout(timer);
        child.removeAllListeners("exit");
        child.removeAllListeners("error");
        resolve(child);
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGCONT");
    child.kill("SIGTERM");
  });
}

export async function startTestRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "odd17-redis-"));
  const port = await freePort();
  let child: ChildProcess | null = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child) await stopChild(child);
      child = null;
    },
    async start() {
      if (!child) child = await launch(port, dir);
    },
    pause: () => void child?.kill("SIGSTOP"),
    resume: () => void child?.kill("SIGCONT"),
    async close() {
      if (child) await stopChild(child);
      child = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
