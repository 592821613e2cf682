// The one logger of the server: JSON lines on stdout (pino), one object per event, with its level,
// time, message, the request or job it belongs to (context.ts) and, for errors, `err` with the
// type, message and stack. No transport and no worker thread: a log collector (or `npx pino-pretty`
// in a terminal) reads stdout. Node-only (not "server-only"): the worker and scripts use it too.
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { currentLogContext } from "./context";

const LEVELS: readonly string[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** LOG_LEVEL when it names a level; otherwise info, and silent under the test runner. */
export function logLevel(env: Record<string, string | undefined>): Level | "silent" {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && LEVELS.includes(wanted)) return wanted as Level | "silent";
  return env.VITEST ? "silent" : "info";
}

export function createLogger(destination?: DestinationStream, level = logLevel(process.env)): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"error" rather than 50: readable by people and by every collector.
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => ({ ...currentLogContext() }),
    },
    destination,
  );
}

export const log: Logger = createLogger();

/**
 * An error nobody expected (a bug, the database gone): logged with its stack and whatever says
 * which record it was about; the user sees only the generic message.
 */
export function logUnexpectedError(error: unknown, message = "Unexpected error", details: Record<string, unknown> = {}): void {
  log.error({ ...details, err: error }, message);
}
