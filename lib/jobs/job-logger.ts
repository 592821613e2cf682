// graphile-worker's log lines, passed to the app's logger (lib/log/logger.ts) with the job they
// concern. Its "info" lines (each job started and completed) are debug here: warnings and errors
// (a job's failure, a lost connection) are what an operator needs to see.
import { Logger, type LogFunctionFactory } from "graphile-worker";
import { log } from "@/lib/log/logger";

const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
  const fields = { ...meta, worker: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId === undefined ? undefined : String(scope.jobId) };
  const text = `Jobs: ${message}`;
  switch (String(level)) {
    case "error":
      log.error(fields, text);
      break;
    case "warning":
      log.warn(fields, text);
      break;
    default:
      log.debug(fields, text);
  }
};

export const jobLogger = new Logger(factory);
