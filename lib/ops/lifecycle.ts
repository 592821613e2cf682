// What the Next.js server process does besides serving: called from instrumentation.ts (register
// and onRequestError), Node runtime only.
// Shutdown: on SIGTERM, `next start` itself stops accepting connections, lets the requests in
// flight finish, then exits (node_modules/next/dist/server/lib/start-server.js); the in-process
// worker (lib/jobs/in-process.ts) is stopped alongside and Next's exit waits for it. Next waits
// for its requests without any limit, so a request that never ends would keep a stopping server
// alive until the orchestrator kills it: this bound ends the process after SHUTDOWN_TIMEOUT_MS
// whatever is left.
// The launcher (scripts/run-with-db.ts) stops the embedded database only once the server is gone.
import type { Instrumentation } from "next";
import { stopInProcessWorker } from "@/lib/jobs/in-process";
import { currentLogContext } from "@/lib/log/context";
import { log } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { exitAfter, graceOf, shutdownTimeoutMs } from "./shutdown";

const REGISTERED = Symbol.for("odd17.shutdownBound");

export function boundShutdown(): void {
  const holder = globalThis as typeof globalThis & { [REGISTERED]?: true };
  // With NEXT_MANUAL_SIG_HANDLE Next leaves signals to the app: then this listener would be the
  // only one and would keep the process from ending at once.
  if (holder[REGISTERED] || process.env.NEXT_MANUAL_SIG_HANDLE) return;
  holder[REGISTERED] = true;
  const timeoutMs = shutdownTimeoutMs(process.env);
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal, timeoutMs }, "Shutdown: no new connections, finishing the requests and jobs in flight");
    // The worker takes no new job and finishes those in hand; what still runs near the bound is
    // given back to the queue (lib/jobs/worker.ts) before the process ends.
    const workerStopped = stopInProcessWorker(graceOf(timeoutMs)).catch((error: unknown) =>
      log.error({ err: error }, "Shutdown: the background worker did not stop cleanly"),
    );
    const exit = process.exit.bind(process);
    // Next exits as soon as its requests are done: it must wait for the worker too.
    process.exit = exitAfter(exit, workerStopped, timeoutMs);
    // unref: a server that finishes in time exits by itself, this timer does not hold it.
    setTimeout(() => {
      log.error({ timeoutMs }, "Shutdown: requests or jobs still in flight after the timeout, exiting anyway");
      exit(1);
    }, timeoutMs).unref();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/** Every error Next caught while rendering a page or running a route or action, with its stack and request id. */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const header = request.headers[REQUEST_ID_HEADER];
  log.error(
    {
      err: error,
      requestId: (Array.isArray(header) ? header[0] : header) ?? currentLogContext().requestId,
      method: request.method,
      // Without the query string: it may hold a token (password reset, sign-in link).
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "Unexpected error while serving a request",
  );
};
