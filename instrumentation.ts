// Next.js calls register() once when a server starts, and onRequestError for every error it
// caught while serving. Each part lives in lib/ (lib/ops/lifecycle.ts, lib/jobs/in-process.ts);
// imported on demand and for the Node.js runtime only, as Next advises, so that no Node module
// reaches another runtime.
// The web server also runs the background jobs (lib/jobs/), so that `npm run dev` and `npm start`
// need nothing else; WORKER=off turns it off where dedicated workers (`npm run worker`) do them.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boundShutdown } = await import("@/lib/ops/lifecycle");
  boundShutdown();
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  await startInProcessWorker();
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/ops/lifecycle");
  await logRequestError(...args);
};
