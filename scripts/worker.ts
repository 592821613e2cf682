// A worker on its own, for deployments that keep jobs off the web servers (WORKER=off there):
//   npm run worker
// Runs the background jobs (e-mails, the daily digest, the clean-up) until SIGTERM or Ctrl-C, then
// lets the jobs in hand finish. Run with the react-server condition, like the server modules it
// imports ("server-only"). Any number may run at once (lib/jobs/worker.ts).
import { db } from "@/lib/db";
import { startWorker, stopWorker } from "@/lib/jobs/worker";
import { workerSettings } from "@/lib/jobs/worker-settings";
import { log } from "@/lib/log/logger";
import { graceOf, shutdownTimeoutMs } from "@/lib/ops/shutdown";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL manquant. / DATABASE_URL is not set.");
  const settings = workerSettings();
  const runner = await startWorker(url, settings);
  log.info({ concurrency: settings.concurrency }, "Background worker started");
  // Same bound as a web server's (SHUTDOWN_TIMEOUT_MS): what still runs then is given back to the queue.
  const stop = () => void stopWorker(runner, graceOf(shutdownTimeoutMs(process.env)));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  await runner.promise;
  log.info("Background worker stopped");
}

main()
  .catch((error: unknown) => {
    log.fatal({ err: error }, "Background worker failed");
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
