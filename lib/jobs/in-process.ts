// The worker inside a web server (instrumentation.ts). Started once per process; a failure to
// start is logged and leaves the site up: jobs wait in the queue for a worker that runs.
import type { Runner } from "graphile-worker";
import { workerSettings } from "./worker-settings";

const state = globalThis as unknown as { odd17Worker?: Promise<Runner | null> };

export function startInProcessWorker(env: Record<string, string | undefined> = process.env): Promise<Runner | null> {
  const url = env.DATABASE_URL;
  const settings = workerSettings(env);
  // `next build` loads the server without a database: no worker there.
  if (!url || !settings.inProcess || env.NEXT_PHASE === "phase-production-build") return Promise.resolve(null);
  state.odd17Worker ??= import("./worker")
    .then(({ startWorker }) => startWorker(url, settings))
    .catch((error: unknown) => {
      console.error("Tâches de fond : le travailleur n'a pas pu démarrer.", error);
      return null;
    });
  return state.odd17Worker;
}

/** The in-process worker, stopped with the jobs in hand finished (graceful shutdown). */
export async function stopInProcessWorker(): Promise<void> {
  const runner = await state.odd17Worker;
  await runner?.stop("shutdown");
}
