import { afterEach, inject } from "vitest";
import { db } from "@/lib/db";

// lib/db.ts creates its client lazily from DATABASE_URL: point it at the throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");

// Outside a request every password check counts on one shared "inconnue" address bucket
// (lib/http/client-address.ts): the tests that throttle set their own rules.
process.env.RATE_LIMIT_SIGNIN_IP ??= "100000/60";

// Each test starts with an empty job queue: a delivery queued (or failing, then retried with
// backoff) by an earlier test must not reach a later test's SMTP server when it runs the jobs.
afterEach(async () => {
  await db.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
});
