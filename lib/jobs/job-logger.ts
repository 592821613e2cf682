// graphile-worker's log lines, passed to the app's error output: warnings and errors only (a job's
// failure, a lost connection); its info lines (each job started and completed) would drown them.
import { Logger, type LogFunctionFactory } from "graphile-worker";

const factory: LogFunctionFactory = (scope) => (level, message) => {
  if (String(level) !== "error" && String(level) !== "warning") return;
  const where = scope.taskIdentifier ? ` [${scope.taskIdentifier}${scope.jobId ? ` #${scope.jobId}` : ""}]` : "";
  console.error(`jobs${where}: ${message}`);
};

export const jobLogger = new Logger(factory);
