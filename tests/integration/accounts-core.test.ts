// Audit trail, permission scope loading and outgoing mail, on the real database.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { can } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { DEFAULT_MAIL_FROM, listMailbox, sendMail } from "@/lib/mail/mail";
import { startFakeSmtp } from "../support/fake-smtp";
import { queuedMailJobs, runQueuedJobs } from "../support/jobs";
import { makeOrganisation, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("writeAudit", () => {
  it("writes a row with db", async () => {
    const user = await makeUser();
    await writeAudit(db, { userId: user.id, action: "auth.signup", entity: "User", entityId: user.id, summary: "Compte créé.", ip: "203.0.113.7" });
    const rows = await db.auditLog.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "auth.signup", entity: "User", entityId: user.id, summary: "Compte créé.", ip: "203.0.113.7" });
  });

  it("commits and rolls back with the change it records", async () => {
    const user = await makeUser();
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { platformRole: "STAFF" } });
      await writeAudit(tx, { userId: user.id, action: "role.granted", entity: "User", entityId: user.id });
    });
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { userId: user.id, action: "role.revoked", entity: "User", entityId: user.id });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const actions = (await db.auditLog.findMany({ where: { userId: user.id } })).map((r) => r.action);
    expect(actions).toEqual(["role.granted"]);
  });

  it("accepts anonymous events, bounds the summary and refuses unknown actions", async () => {
    const marker = randomUUID();
    await writeAudit(db, { userId: null, action: "auth.signin.failed", entity: "User", summary: `${marker}${"x".repeat(1000)}` });
    const row = await db.auditLog.findFirstOrThrow({ where: { summary: { startsWith: marker } } });
    expect(row.userId).toBeNull();
    expect(row.summary).toHaveLength(500);
    await expect(writeAudit(db, { userId: null, action: "auth.hacked" as never, entity: "User" })).rejects.toThrow("Unknown audit action");
  });
});

describe("getActorScope", () => {
  it("loads membership roles and the last-admin rule that `can` relies on", async () => {
    const actor = await makeOrganisation({ status: "DRAFT" });
    const [admin, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    await db.membership.createMany({
      data: [
        { userId: admin.id, actorId: actor.id, role: "ADMIN" },
        { userId: member.id, actorId: actor.id, role: "MEMBER" },
      ],
    });
    const asAdmin = { id: admin.id, platformRole: "USER" as const };
    const asMember = { id: member.id, platformRole: "USER" as const };
    const asOutsider = { id: outsider.id, platformRole: "USER" as const };

    expect(await getActorScope(asAdmin, actor.id)).toEqual({ actorId: actor.id, membershipRole: "ADMIN", isLastAdmin: true });
    expect(await getActorScope(asMember, actor.id)).toEqual({ actorId: actor.id, membershipRole: "MEMBER", isLastAdmin: false });
    expect(await getActorScope(asOutsider, actor.id)).toEqual({ actorId: actor.id, membershipRole: null, isLastAdmin: false });
    expect(await getActorScope(null, actor.id)).toEqual({ actorId: actor.id, membershipRole: null, isLastAdmin: false });

    expect(can(asAdmin, "membership.leave", await getActorScope(asAdmin, actor.id))).toBe(false);
    expect(can(asMember, "membership.leave", await getActorScope(asMember, actor.id))).toBe(true);
    expect(can(asOutsider, "need.create", await getActorScope(asOutsider, actor.id))).toBe(false);

    await db.membership.update({ where: { userId_actorId: { userId: member.id, actorId: actor.id } }, data: { role: "ADMIN" } });
    expect(await getActorScope(asAdmin, actor.id)).toMatchObject({ membershipRole: "ADMIN", isLastAdmin: false });
    expect(can(asAdmin, "membership.leave", await getActorScope(asAdmin, actor.id))).toBe(true);
  });
});

describe("sendMail", () => {
  it("only records the message when SMTP_URL is not set", async () => {
    vi.stubEnv("SMTP_URL", "");
    const to = `${randomUUID()}@exemple.fr`;
    const result = await sendMail({ to, subject: "Confirmez votre adresse", text: "Lien : https://x", html: "<p>Lien</p>" });
    await runQueuedJobs();
    const stored = await db.mailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({ to, subject: "Confirmez votre adresse", text: "Lien : https://x", html: "<p>Lien</p>", sentAt: null });
    expect(await queuedMailJobs(to)).toEqual([]);
  });

  it("sends through SMTP_URL from MAIL_FROM's default, and stamps sentAt", async () => {
    const smtp = await startFakeSmtp();
    try {
      vi.stubEnv("SMTP_URL", smtp.url);
      vi.stubEnv("MAIL_FROM", "");
      const to = `${randomUUID()}@exemple.fr`;
      const result = await sendMail({ to, subject: "Réinitialisez votre mot de passe", text: "Bonjour, voici le lien." });
      // Queued, not sent: the request never waits for SMTP.
      expect(smtp.messages).toHaveLength(0);
      expect(await queuedMailJobs(to)).toHaveLength(1);
      await runQueuedJobs();
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toContain(`To: ${to}`);
      expect(smtp.messages[0]).toContain("From: ODD 17 en pratiques <no-reply@odd17.local>");
      expect(DEFAULT_MAIL_FROM).toBe("ODD 17 en pratiques <no-reply@odd17.local>");
      const stored = await db.mailMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(stored.sentAt).toBeInstanceOf(Date);

      vi.stubEnv("MAIL_FROM", "Équipe ODD 17 <equipe@odd17.example>");
      await sendMail({ to, subject: "Deuxième", text: "…" });
      await runQueuedJobs();
      expect(smtp.messages[1]).toMatch(/From: .*<equipe@odd17\.example>/);
    } finally {
      await smtp.close();
    }
  });

  it("keeps the record, unsent, and the job for a later attempt when the SMTP server is unreachable", async () => {
    const smtp = await startFakeSmtp();
    const url = smtp.url;
    await smtp.close();
    vi.stubEnv("SMTP_URL", url);
    const to = `${randomUUID()}@exemple.fr`;
    await sendMail({ to, subject: "Perdu", text: "…" });
    await runQueuedJobs();
    const stored = await db.mailMessage.findFirstOrThrow({ where: { to } });
    expect(stored.sentAt).toBeNull();
    const [job] = await queuedMailJobs(to);
    expect(job).toMatchObject({ attempts: 1, max_attempts: 10 });
    expect(job.last_error).toBeTruthy();
    expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("listMailbox", () => {
  const admin = { id: "admin", platformRole: "ADMIN" } as const;

  it("lists the latest messages for an address, case-insensitively", async () => {
    vi.stubEnv("SMTP_URL", "");
    const to = `${randomUUID()}@exemple.fr`;
    for (const subject of ["premier", "deuxième", "troisième"]) await sendMail({ to, subject, text: subject });
    await sendMail({ to: `${randomUUID()}@exemple.fr`, subject: "autre", text: "autre" });
    const messages = await listMailbox(null, { to: to.toUpperCase(), limit: 2 });
    expect(messages.map((m) => m.subject)).toEqual(["troisième", "deuxième"]);
    expect((await listMailbox(null, { limit: 500 })).length).toBeLessThanOrEqual(200);
  });

  it("is refused in production unless DEV_MAILBOX=true, and then to all but a platform admin", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DEV_MAILBOX", "");
    await expect(listMailbox(admin, { limit: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    vi.stubEnv("DEV_MAILBOX", "1");
    await expect(listMailbox(admin, { limit: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    vi.stubEnv("DEV_MAILBOX", "true");
    await expect(listMailbox(null, { limit: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMailbox({ id: "u", platformRole: "USER" }, { limit: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMailbox({ id: "s", platformRole: "STAFF" }, { limit: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMailbox(admin, { limit: 1 })).resolves.toBeInstanceOf(Array);
  });
});
