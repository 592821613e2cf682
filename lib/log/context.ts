// What every log line says about where it comes from: the request (its id, see request-id.ts) or
// the background job it runs in. Held in one AsyncLocalStorage per process, shared through
// globalThis by Next's separate bundles (proxy, app, instrumentation) and by the preload
// scripts/socket-address.cjs, which opens an empty context around each incoming request; proxy.ts
// then writes the request's id into it, and every log line of that request (page, action, route
// handler, data layer) carries it.
import { AsyncLocalStorage } from "node:async_hooks";

export type LogContext = { requestId?: string; jobId?: string };

const KEY = Symbol.for("odd17.logContext");

function storage(): AsyncLocalStorage<LogContext> {
  const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<LogContext> };
  holder[KEY] ??= new AsyncLocalStorage<LogContext>();
  return holder[KEY];
}

/**
 * Runs `fn` with `context` added to every log line it causes, including those of the promises it
 * starts: a job runner wraps each job with `withLogContext({ jobId }, () => run(job))`.
 */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return storage().run({ ...storage().getStore(), ...context }, fn);
}

/** The context of the code running now (empty outside any request or job). */
export function currentLogContext(): LogContext {
  return storage().getStore() ?? {};
}

/**
 * Records the request's id in the context the preload opened for this request. False when there
 * is none (a server started without the preload): the id is then only in the headers.
 */
export function recordRequestId(requestId: string): boolean {
  const store = storage().getStore();
  if (!store) return false;
  store.requestId = requestId;
  return true;
}
