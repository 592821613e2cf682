// A signed-in user writes to a published organisation from its public profile. The message goes
// by e-mail to the organisation's admins, with the sender's address so they can answer; the
// address is never shown on the public page.
import "server-only";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/mail";
import { reserveMailQuota } from "@/lib/mail/mail-quota";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { assertRateLimit } from "@/lib/rate-limit/rate-limit.mutations";
import { actorContactEmail } from "./contact.email";
import type { ActorContact } from "./contact.schemas";

export async function contactActor(principal: Principal, input: ActorContact, profileUrl: (slug: string) => string): Promise<void> {
  assertCan(principal, "actor.contact");
  const sender = await db.user.findFirst({ where: { id: principal!.id, disabledAt: null }, select: { id: true, name: true, email: true } });
  if (!sender) throw new NotFoundError();
  const actor = await db.actor.findFirst({
    where: { slug: input.actorSlug, status: "PUBLISHED" },
    select: {
      id: true,
      name: true,
      slug: true,
      memberships: { where: { role: "ADMIN", user: { disabledAt: null } }, select: { user: { select: { email: true } } } },
    },
  });
  if (!actor) throw new NotFoundError("Cette organisation n'existe pas ou n'est pas publiée.");
  await assertRateLimit([rateLimitKey("contact", "user", sender.id)], rateLimitRule("contact"));
  const recipients = actor.memberships.map(({ user }) => user.email);
  // All the e-mails are counted before the first is sent: refused, the message reaches no one.
  const pass = await reserveMailQuota({ userId: sender.id }, recipients);
  const mail = actorContactEmail({
    organisation: actor.name,
    senderName: sender.name ?? sender.email,
    senderEmail: sender.email,
    subject: input.subject,
    message: input.message,
    profileUrl: profileUrl(actor.slug),
  });
  for (const to of recipients) await sendMail({ to, ...mail }, { pass });
  await writeAudit(db, {
    userId: sender.id,
    action: "actor.contacted",
    entity: "Actor",
    entityId: actor.id,
    summary: `Message envoyé à « ${actor.name} » (${actor.memberships.length} destinataire(s))`,
  });
}
