// `npm run db:cleanup`: expired tokens, ended rate-limit windows and the old e-mail log go; what
// is still in use stays.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { issueToken } from "@/lib/auth/tokens.mutations";
import { db } from "@/lib/db";
import { runHousekeeping } from "@/lib/maintenance/housekeeping";

afterAll(async () => {
  await db.$disconnect();
});

const DAY = 24 * 60 * 60 * 1000;

describe("housekeeping", () => {
  it("deletes what has expired or outlived its retention, and keeps the rest", async () => {
    const tag = randomUUID();
    const now = new Date();
    const live = await issueToken("password-reset", `live-${tag}`);
    await db.verificationToken.create({ data: { identifier: `password-reset:old-${tag}`, token: `old-${tag}`, expires: new Date(now.getTime() - 1000) } });
    await db.rateLimitBucket.createMany({
      data: [
        { key: `ended:${tag}`, count: 3, resetAt: new Date(now.getTime() - 60_000) },
        { key: `open:${tag}`, count: 3, resetAt: new Date(now.getTime() + 60_000) },
      ],
    });
    await db.mailMessage.createMany({
      data: [
        { to: `old-${tag}@exemple.fr`, subject: "Ancien", text: "…", createdAt: new Date(now.getTime() - 40 * DAY) },
        { to: `recent-${tag}@exemple.fr`, subject: "Récent", text: "…", createdAt: new Date(now.getTime() - 10 * DAY) },
      ],
    });

    const run = await runHousekeeping(now, { MAIL_LOG_RETENTION_DAYS: "30" });
    expect(run.tokens).toBeGreaterThanOrEqual(1);
    expect(run.buckets).toBeGreaterThanOrEqual(1);
    expect(run.mails).toBeGreaterThanOrEqual(1);

    expect(await db.verificationToken.count({ where: { identifier: `password-reset:old-${tag}` } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: `password-reset:live-${tag}` } })).toBe(1);
    expect(live.expiresAt.getTime()).toBeGreaterThan(now.getTime());
    expect((await db.rateLimitBucket.findMany({ where: { key: { endsWith: tag } }, select: { key: true } })).map((row) => row.key)).toEqual([`open:${tag}`]);
    expect((await db.mailMessage.findMany({ where: { to: { contains: tag } }, select: { subject: true } })).map((row) => row.subject)).toEqual(["Récent"]);

    // A second run finds nothing more of these.
    await runHousekeeping(now, { MAIL_LOG_RETENTION_DAYS: "30" });
    expect(await db.mailMessage.count({ where: { to: { contains: tag } } })).toBe(1);
  });
});
