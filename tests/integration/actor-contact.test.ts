import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { contactActor } from "@/lib/actors/contact.mutations";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RateLimitError } from "@/lib/errors";

const url = (slug: string) => `http://localhost:3000/acteurs/${slug}`;
const message = { subject: "Proposition de partenariat", message: "Bonjour, nous aimerions vous rencontrer pour parler d'un projet commun." };

async function organisation(status: "PUBLISHED" | "PENDING") {
  const suffix = randomUUID();
  const admin = await db.user.create({ data: { email: `admin-${suffix}@exemple.test` } });
  const member = await db.user.create({ data: { email: `membre-${suffix}@exemple.test` } });
  const actor = await db.actor.create({ data: { kind: "ASSOCIATION", name: `Asso ${suffix}`, slug: `asso-${suffix}`, searchKey: "asso", status } });
  await db.membership.createMany({
    data: [
      { userId: admin.id, actorId: actor.id, role: "ADMIN" },
      { userId: member.id, actorId: actor.id, role: "MEMBER" },
    ],
  });
  return { actor, admin, member };
}

async function sender() {
  const user = await db.user.create({ data: { email: `expediteur-${randomUUID()}@exemple.test`, name: "Sam Expéditeur" } });
  return { user, principal: { id: user.id, platformRole: "USER" as const } };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("contacting an organisation from its profile", () => {
  it("e-mails the admins only, with the sender's address, and audits", async () => {
    const { actor, admin, member } = await organisation("PUBLISHED");
    const { user, principal } = await sender();
    await contactActor(principal, { actorSlug: actor.slug, ...message }, url);
    const mails = await db.mailMessage.findMany({ where: { to: { in: [admin.email, member.email] } } });
    expect(mails.map((m) => m.to)).toEqual([admin.email]);
    expect(mails[0].text).toContain(user.email);
    expect(mails[0].text).toContain(message.message);
    expect(await db.auditLog.count({ where: { action: "actor.contacted", entityId: actor.id, userId: user.id } })).toBe(1);
  });

  it("refuses anonymous senders and unpublished organisations, sending nothing", async () => {
    const pending = await organisation("PENDING");
    const { principal } = await sender();
    await expect(contactActor(null, { actorSlug: pending.actor.slug, ...message }, url)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(contactActor(principal, { actorSlug: pending.actor.slug, ...message }, url)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.mailMessage.count({ where: { to: pending.admin.email } })).toBe(0);
  });

  it("limits a sender to 5 messages an hour", async () => {
    const { actor, admin } = await organisation("PUBLISHED");
    const { principal } = await sender();
    for (let i = 0; i < 5; i++) await contactActor(principal, { actorSlug: actor.slug, ...message }, url);
    await expect(contactActor(principal, { actorSlug: actor.slug, ...message }, url)).rejects.toBeInstanceOf(RateLimitError);
    expect(await db.mailMessage.count({ where: { to: admin.email } })).toBe(5);
  });
});
