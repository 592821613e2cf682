// How long a stopping server may take to finish its requests: read by the server (lib/ops/lifecycle.ts)
// and by the launcher (scripts/run-with-db.ts), which kills a server that outlives it.
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

/** SHUTDOWN_TIMEOUT_MS when it is a whole positive number of milliseconds, else 25 s. */
export function shutdownTimeoutMs(env: Record<string, string | undefined>): number {
  const value = Number(env.SHUTDOWN_TIMEOUT_MS?.trim() || Number.NaN);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_SHUTDOWN_TIMEOUT_MS;
}

/**
 * The launcher's exit code for its command: 0 when a SIGTERM it forwarded ended the command as
 * asked (`next start` exits 143 after a graceful stop), so that a deliberate stop is a success;
 * otherwise the command's own code (1 after the shutdown timeout, 130 after Ctrl-C…).
 */
export function launcherExitCode(code: number | null, signal: NodeJS.Signals | null, terminated: boolean): number {
  if (terminated && (code === 143 || signal === "SIGTERM")) return 0;
  return code ?? (signal ? 130 : 1);
}

/** How long the jobs in hand may run on after SIGTERM: the bound less the time to give them back. */
export function graceOf(timeoutMs: number): number {
  return Math.max(Math.floor(timeoutMs / 2), timeoutMs - 5_000);
}

/**
 * `exit` made to wait for `until` (at most `maxMs`) before it runs. `next start` exits as soon as
 * its requests are done, which would cut a background job in the middle: its lock would then stay
 * until graphile-worker's 4-hour expiry. Waiting for the worker's own graceful stop lets it finish
 * the job or give it back to the queue (retried at once by another worker).
 */
export function exitAfter(exit: (code?: number) => never, until: Promise<unknown>, maxMs: number): (code?: number) => never {
  let exiting = false;
  return ((code?: number) => {
    if (exiting) return undefined as never;
    exiting = true;
    const bound = new Promise((resolve) => setTimeout(resolve, maxMs).unref());
    void Promise.race([until.catch(() => undefined), bound]).then(() => exit(code));
    return undefined as never;
  }) as (code?: number) => never;
}
