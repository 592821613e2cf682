import "server-only";
// Starting a worker: in the web server's own process by default (instrumentation.ts, so that
// `npm run dev` and `npm start` need nothing else), or alone (`npm run worker`, scripts/worker.ts).
// Any number of workers may run against one database: a job is locked by one of them
// (SELECT … FOR UPDATE SKIP LOCKED), and a scheduled occurrence is added once.
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { run, type Runner, type TaskList, type WorkerEvents, type WorkerPool } from "graphile-worker";
import { log } from "@/lib/log/logger";
import { CRONTAB } from "./crontab";
import { jobLogger } from "./job-logger";
import { JOB_QUEUE_SCHEMA } from "./queue-schema";
import { taskList as appTasks } from "./tasks";
import { workerSettings, type WorkerSettings } from "./worker-settings";

// Of each runner: its worker pool, to give its jobs back when a stop runs out of time, and its
// connections. The connections are ours, not graphile-worker's: when a job ends during a stop,
// graphile-worker 0.17 marks it done without waiting and ends its own connections at once, so the
// job stayed locked for 4 hours and then ran again (an e-mail sent twice). We end them only once
// no query is left (stopWorker).
const started = new WeakMap<Runner, { workers?: WorkerPool; connections: pg.Pool }>();
const DRAIN_MS = 5_000;

export async function startWorker(connectionString: string, settings: WorkerSettings = workerSettings(), taskList: TaskList = appTasks): Promise<Runner> {
  const events: WorkerEvents = new EventEmitter();
  let workers: WorkerPool | undefined;
  events.on("pool:create", ({ workerPool }) => (workers = workerPool));
  const connections = new pg.Pool({ connectionString, max: 10 });
  // Without these, a connection dropped by the server would end the process (graphile-worker
  // installs its own only on the pools it creates).
  connections.on("error", (error) => log.error({ err: error }, "Background worker: idle connection failed"));
  connections.on("connect", (client) => client.on("error", (error) => log.error({ err: error }, "Background worker: connection failed")));
  const runner = await run({
    pgPool: connections,
    schema: JOB_QUEUE_SCHEMA,
    concurrency: settings.concurrency,
    // The process that hosts the worker owns the signals: it stops the runner itself.
    noHandleSignals: true,
    logger: jobLogger,
    taskList,
    crontab: taskList === appTasks ? CRONTAB : "",
    events,
  });
  started.set(runner, { workers, connections });
  return runner;
}

/**
 * Stops a runner: no new job, the jobs in hand finish. Those still running after `graceMs` are
 * failed with a message and unlocked, so another worker retries them with the queue's backoff;
 * left as they are, their lock would hold them for graphile-worker's 4 hours.
 */
export async function stopWorker(runner: Runner, graceMs: number): Promise<"stopped" | "released"> {
  const stopped = runner.stop("shutdown").then(() => "stopped" as const);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), graceMs)));
  let outcome: "stopped" | "released" | "late" = await Promise.race([stopped, late]).finally(() => clearTimeout(timer));
  if (outcome === "late") {
    log.warn({ graceMs }, "Shutdown: jobs still running, given back to the queue");
    await started.get(runner)?.workers?.forcefulShutdown("Arrêt du serveur pendant la tâche : elle sera reprise.");
    // The graceful stop now ends with forcefulShutdown's complaint: expected here.
    await stopped.catch(() => undefined);
    outcome = "released";
  }
  await endConnections(runner);
  return outcome;
}

/** Ends the runner's connections once the last "job done" query has been sent and answered. */
async function endConnections(runner: Runner): Promise<void> {
  const connections = started.get(runner)?.connections;
  if (!connections) return;
  const busy = () => connections.totalCount - connections.idleCount + connections.waitingCount > 0;
  // A few turns first: the completion of a job that just returned is sent asynchronously.
  await sleep(20);
  for (const deadline = Date.now() + DRAIN_MS; busy() && Date.now() < deadline;) await sleep(20);
  await connections.end();
}
