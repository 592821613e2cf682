import "server-only";
// Starting a worker: in the web server's own process by default (instrumentation.ts, so that
// `npm run dev` and `npm start` need nothing else), or alone (`npm run worker`, scripts/worker.ts).
// Any number of workers may run against one database: a job is locked by one of them
// (SELECT … FOR UPDATE SKIP LOCKED), and a scheduled occurrence is added once.
import { run, type Runner } from "graphile-worker";
import { CRONTAB } from "./crontab";
import { jobLogger } from "./job-logger";
import { JOB_QUEUE_SCHEMA } from "./queue-schema";
import { taskList } from "./tasks";
import { workerSettings, type WorkerSettings } from "./worker-settings";

export async function startWorker(connectionString: string, settings: WorkerSettings = workerSettings()): Promise<Runner> {
  return run({
    connectionString,
    schema: JOB_QUEUE_SCHEMA,
    concurrency: settings.concurrency,
    // The process that hosts the worker owns the signals: it stops the runner itself.
    noHandleSignals: true,
    logger: jobLogger,
    taskList,
    crontab: CRONTAB,
  });
}
