import "server-only";
// What the worker does: each task is a function of lib/ that the app already tests, run with the
// job's payload. A task that throws is retried later with exponential backoff (graphile-worker),
// up to the job's max_attempts; then it stays in the queue as failed: the dead-letter list of
// the back office (lib/jobs/dead-letters.queries.ts).
import type { Task, TaskList } from "graphile-worker";
import { withLogContext } from "@/lib/log/context";
import { deliverMail } from "@/lib/mail/mail";
import { runOrganisationImport } from "@/lib/imports/organisation-import.job";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";
import { runFollows } from "@/lib/follows/delivery";
import { sendDailyDigests } from "@/lib/notifications/delivery";
import type { JobPayloads, JobTask } from "./job-types";

type Tasks = { [K in JobTask]: (payload: JobPayloads[K]) => Promise<void> };

const tasks: Tasks = {
  "mail:send": async (payload) => {
    await deliverMail(payload);
  },
  // Scheduled (crontab.ts). Safe on several workers at once: each notification is claimed
  // before it is e-mailed, and the queue runs one scheduled occurrence once.
  "notifications:digest": async () => {
    await sendDailyDigests(new Date());
  },
  // Scheduled (crontab.ts): new items against every follow, then the follows' e-mails due at their
  // rhythm. Safe on several workers: events and matches are claimed before use (lib/follows).
  "follows:run": async () => {
    await runFollows(new Date());
  },
  "maintenance:cleanup": async () => {
    await runHousekeeping(new Date());
  },
  // Idempotent: the import's advisory lock and audit entry make a retried or doubled job write nothing.
  "imports:organisations": async (payload) => {
    await runOrganisationImport(payload);
  },
};

// Each job runs in a log context of its own: every line it causes (the data layer's included)
// says which job it was.
export const taskList: TaskList = Object.fromEntries(
  Object.entries(tasks).map(([name, run]) => [
    name,
    ((payload, helpers) => withLogContext({ jobId: helpers.job.id }, () => (run as (payload: unknown) => Promise<void>)(payload))) as Task,
  ]),
);
