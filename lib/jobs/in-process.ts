// The worker inside a web server (instrumentation.ts). Started once per process; a failure to
// start is logged and leaves the site up (jobs wait in the queue for a worker that runs), but the
// server then says it is not ready (/api/ready, workerStatus). Kept on globalThis: Next loads
// instrumentation and the routes in separate bundles, which must see the same worker.
import type { Runner } from "graphile-worker";
import { log } from "@/lib/log/logger";
import { workerSettings } from "./worker-settings";

export type WorkerStatus = "off" | "starting" | "running" | "stopped" | "failed";

type State = { runner?: Promise<Runner | null>; status: WorkerStatus };
const KEY = Symbol.for("odd17.inProcessWorker");

function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  holder[KEY] ??= { status: "off" };
  return holder[KEY];
}

export function startInProcessWorker(env: Record<string, string | undefined> = process.env): Promise<Runner | null> {
  const url = env.DATABASE_URL;
  const settings = workerSettings(env);
  // `next build` loads the server without a database: no worker there.
  if (!url || !settings.inProcess || env.NEXT_PHASE === "phase-production-build") return Promise.resolve(null);
  const current = state();
  if (current.runner) return current.runner;
  current.status = "starting";
  current.runner = import("./worker")
    .then(async ({ startWorker }) => {
      const runner = await startWorker(url, settings);
      current.status = "running";
      runner.promise.then(
        () => (current.status = "stopped"),
        (error: unknown) => {
          current.status = "failed";
          log.error({ err: error }, "Background worker stopped on an error");
        },
      );
      return runner;
    })
    .catch((error: unknown) => {
      current.status = "failed";
      log.error({ err: error }, "Background worker could not start");
      return null;
    });
  return current.runner;
}

/** What the web server's own worker is doing: "off" when it runs none (WORKER=off, or not started). */
export function workerStatus(): WorkerStatus {
  return state().status;
}

/** The in-process worker, stopped with the jobs in hand finished, or given back after `graceMs`. */
export async function stopInProcessWorker(graceMs: number): Promise<void> {
  const runner = await state().runner;
  if (!runner) return;
  const { stopWorker } = await import("./worker");
  await stopWorker(runner, graceMs);
}
