// How this process runs jobs, from its environment. Pure.

export type WorkerSettings = { concurrency: number; inProcess: boolean };

/** WORKER=off keeps a web server from running jobs (when dedicated workers do); WORKER_CONCURRENCY, 2 by default. */
export function workerSettings(env: Record<string, string | undefined> = process.env): WorkerSettings {
  const concurrency = Number(env.WORKER_CONCURRENCY ?? 2);
  return {
    concurrency: Number.isInteger(concurrency) && concurrency > 0 ? concurrency : 2,
    inProcess: (env.WORKER ?? "").trim().toLowerCase() !== "off",
  };
}
