// Background jobs on PostgreSQL (lib/jobs/): e-mails as jobs written with the change that asks for
// them, retried with backoff, kept as failed after their last attempt for the staff to retry or
// give up, delivered once however many workers run, and cleaned up with the mail log.
import { randomUUID } from "node:crypto";
import { quickAddJob, runOnce } from "graphile-worker";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getJobQueueOverview } from "@/lib/jobs/dead-letters.queries";
import { discardJob, retryJob } from "@/lib/jobs/dead-letters.mutations";
import { jobLogger } from "@/lib/jobs/job-logger";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { taskList } from "@/lib/jobs/tasks";
import { startWorker, stopWorker } from "@/lib/jobs/worker";
import { sendMail } from "@/lib/mail/mail";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";
import { startFakeSmtp } from "../support/fake-smtp";
import { makeUser } from "../support/factories";
import { queuedMailJobs, runQueuedJobs } from "../support/jobs";

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await db.$disconnect();
});

const address = () => `${randomUUID()}@exemple.fr`;

/** Brings a job to its last attempt, due now: the next failure keeps it as failed. */
async function lastAttemptNow(jobId: string) {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts - 1, run_at = now() WHERE id = ${jobId}::bigint`;
}

async function unreachableSmtp(): Promise<string> {
  const smtp = await startFakeSmtp();
  await smtp.close();
  return smtp.url;
}

describe("the e-mail outbox", () => {
  it("records and queues nothing when the change's transaction rolls back, both when it commits", async () => {
    const rolledBack = address();
    await expect(
      db.$transaction(async (tx) => {
        await sendMail({ to: rolledBack, subject: "Invitation", text: "…" }, { system: true, tx });
        throw new Error("the change fails after the e-mail was asked for");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.mailMessage.count({ where: { to: rolledBack } })).toBe(0);
    expect(await queuedMailJobs(rolledBack)).toEqual([]);

    const committed = address();
    await db.$transaction(async (tx) => {
      await sendMail({ to: committed, subject: "Invitation", text: "…" }, { system: true, tx });
    });
    expect(await db.mailMessage.count({ where: { to: committed } })).toBe(1);
    expect(await queuedMailJobs(committed)).toHaveLength(1);
  });

  it("retries a failed delivery later, keeps it as failed after the last attempt, and the staff can send it again", async () => {
    vi.stubEnv("SMTP_URL", await unreachableSmtp());
    const to = address();
    await sendMail({ to, subject: "Votre lien de connexion", text: "https://exemple.fr/?token=abc" }, { system: true });
    await runQueuedJobs();
    const [retrying] = await queuedMailJobs(to);
    expect(retrying).toMatchObject({ attempts: 1 });
    // Exponential backoff: the second attempt is not before a couple of seconds.
    expect(retrying.run_at.getTime()).toBeGreaterThan(Date.now());

    await lastAttemptNow(retrying.id);
    await runQueuedJobs();
    const staff = await makeUser("STAFF");
    const overview = await getJobQueueOverview(staff.principal);
    const failed = overview.problems.find((job) => job.id === retrying.id);
    expect(failed).toMatchObject({ state: "failed", task: "mail:send", attempts: 10, maxAttempts: 10, mail: { to, subject: "Votre lien de connexion" } });
    expect(failed?.lastError).toMatch(/ECONNREFUSED/);
    expect(overview.failed).toBeGreaterThanOrEqual(1);

    const smtp = await startFakeSmtp();
    try {
      vi.stubEnv("SMTP_URL", smtp.url);
      await retryJob(staff.principal, retrying.id);
      await runQueuedJobs();
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toContain("token=abc");
      expect(await queuedMailJobs(to)).toEqual([]);
      expect((await db.mailMessage.findFirstOrThrow({ where: { to } })).sentAt).toBeInstanceOf(Date);
      expect(await db.auditLog.count({ where: { userId: staff.id, action: "job.retried", entityId: retrying.id } })).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it("lets the staff give a failed delivery up; others may neither see nor touch the queue", async () => {
    vi.stubEnv("SMTP_URL", await unreachableSmtp());
    const to = address();
    await sendMail({ to, subject: "Abandonné", text: "…" }, { system: true });
    await runQueuedJobs();
    const [job] = await queuedMailJobs(to);

    const user = await makeUser("USER");
    await expect(getJobQueueOverview(user.principal)).rejects.toThrow(ForbiddenError);
    await expect(retryJob(user.principal, job.id)).rejects.toThrow(ForbiddenError);
    await expect(discardJob(user.principal, job.id)).rejects.toThrow(ForbiddenError);
    await expect(discardJob(null, job.id)).rejects.toThrow(ForbiddenError);
    expect(await queuedMailJobs(to)).toHaveLength(1);

    const staff = await makeUser("STAFF");
    await discardJob(staff.principal, job.id);
    expect(await queuedMailJobs(to)).toEqual([]);
    // The log keeps the message, never sent.
    expect((await db.mailMessage.findFirstOrThrow({ where: { to } })).sentAt).toBeNull();
    await expect(discardJob(staff.principal, job.id)).rejects.toThrow(NotFoundError);
    await expect(retryJob(staff.principal, "not-a-number")).rejects.toThrow(NotFoundError);

    // A job that never failed is the queue's, not the staff's.
    vi.stubEnv("SMTP_URL", "");
    const waiting = address();
    await sendMail({ to: waiting, subject: "En attente", text: "…" }, { system: true });
    const [fresh] = await queuedMailJobs(waiting);
    await expect(discardJob(staff.principal, fresh.id)).rejects.toThrow(NotFoundError);
  });

  it("delivers each e-mail once when several workers run at the same time", async () => {
    const smtp = await startFakeSmtp();
    try {
      vi.stubEnv("SMTP_URL", smtp.url);
      const tag = randomUUID();
      const recipients = Array.from({ length: 24 }, (_, i) => `${i}-${tag}@exemple.fr`);
      for (const to of recipients) await sendMail({ to, subject: `Message ${tag}`, text: "…" }, { system: true });
      const connectionString = process.env.DATABASE_URL!;
      const worker = () => runOnce({ connectionString, schema: JOB_QUEUE_SCHEMA, taskList, logger: jobLogger, noHandleSignals: true });
      await Promise.all([worker(), worker(), worker()]);
      const delivered = smtp.messages.filter((raw) => raw.includes(tag));
      expect(delivered).toHaveLength(recipients.length);
      for (const to of recipients) expect(delivered.filter((raw) => raw.includes(`To: ${to}`))).toHaveLength(1);
      expect(await db.mailMessage.count({ where: { to: { in: recipients }, sentAt: null } })).toBe(0);
    } finally {
      await smtp.close();
    }
  });

  it("drops the failed jobs with the mail log past its retention", async () => {
    vi.stubEnv("SMTP_URL", await unreachableSmtp());
    const to = address();
    await sendMail({ to, subject: "Vieux", text: "…" }, { system: true });
    await runQueuedJobs();
    const [job] = await queuedMailJobs(to);
    await lastAttemptNow(job.id);
    await runQueuedJobs();
    const run = await runHousekeeping(new Date(Date.now() + 40 * 24 * 60 * 60 * 1000), { MAIL_LOG_RETENTION_DAYS: "30" });
    expect(run.jobs).toBeGreaterThanOrEqual(1);
    expect(await db.$queryRaw<unknown[]>`SELECT id FROM graphile_worker.jobs WHERE id = ${job.id}::bigint`).toEqual([]);
  });
});

describe("stopping a worker", () => {
  it("gives a job still running at the end of the grace time back to the queue, unlocked, to be retried", async () => {
    const connectionString = process.env.DATABASE_URL!;
    // Its own task name: no other worker of the suite takes this job.
    const task = `test:long-${randomUUID()}`;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const runner = await startWorker(connectionString, { concurrency: 1, inProcess: true }, { [task]: () => (started(), new Promise(() => {})) });
    const job = await quickAddJob({ connectionString, schema: JOB_QUEUE_SCHEMA }, task, {});
    await running;
    expect(await stopWorker(runner, 200)).toBe("released");
    const [row] = await db.$queryRaw<{ locked_at: Date | null; attempts: number; last_error: string | null }[]>`
      SELECT locked_at, attempts, last_error FROM graphile_worker._private_jobs WHERE id = ${job.id}::bigint`;
    expect(row).toMatchObject({ locked_at: null, attempts: 1 });
    expect(row.last_error).toContain("Arrêt du serveur");
    await db.$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ${job.id}::bigint`;
  });

  it("lets a job in hand finish and be marked done", async () => {
    const connectionString = process.env.DATABASE_URL!;
    const task = `test:short-${randomUUID()}`;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const done = vi.fn();
    const runner = await startWorker(
      connectionString,
      { concurrency: 1, inProcess: true },
      {
        [task]: async () => {
          started();
          await new Promise((resolve) => setTimeout(resolve, 300));
          done();
        },
      },
    );
    const job = await quickAddJob({ connectionString, schema: JOB_QUEUE_SCHEMA }, task, {});
    await running;
    expect(await stopWorker(runner, 30_000)).toBe("stopped");
    expect(done).toHaveBeenCalledOnce();
    // Marked done before the stop returns: never locked for hours and run again.
    const rows = await db.$queryRaw<unknown[]>`SELECT locked_at, attempts, last_error FROM graphile_worker._private_jobs WHERE id = ${job.id}::bigint`;
    expect(rows).toEqual([]);
  });
});
