// Contacts made from a match: send, answer, turn into an alliance draft. Each one checks, inside
// its own transaction, the principal's membership of the organisation it acts for (getActorScope
// + assertCan), writes in that transaction with its audit row and in-app notifications, and sends
// e-mail only after the commit, so that a rolled-back contact leaves nothing in a mailbox.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Operation, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/mail";
import { reserveMailQuota, type MailQuotaPass } from "@/lib/mail/mail-quota";
import { baseSlug, nextFreeSlug } from "@/lib/organisations/organisations";
import { notify as notifyUsers } from "@/lib/notifications/notify";
import { paths } from "@/lib/paths";
import { toSearchKey } from "@/lib/text/search-key";
import { proximityOf, scoreMatch } from "./matching";
import { findAllianceOfContact } from "./contacts.queries";
import { loadAncestors } from "./matching.queries";
import type { AllianceFromContact, ContactAnswer, ContactCreate } from "./matching.schemas";
import { de } from "@/lib/text/french";
import { logUnexpectedError } from "@/lib/log/logger";

const m = needsOffersCopy.messages;
const copy = needsOffersCopy;

export type MutationContext = { ip?: string | null; now?: Date };
export type MailContext = MutationContext & { /** e.g. https://odd17.example.fr, no trailing slash */ baseUrl: string };
type Tx = Prisma.TransactionClient;
type Mail = { to: string; subject: string; text: string };

async function authorize(tx: Tx, principal: Principal, operation: Operation, actorId: string): Promise<NonNullable<Principal>> {
  assertCan(principal, operation, await getActorScope(principal, actorId, tx));
  if (!principal) throw new ForbiddenError();
  return principal;
}

/** The admins of an organisation: whom the other side's messages reach (in-app and by e-mail). */
async function adminsOf(tx: Tx, actorId: string) {
  const rows = await tx.membership.findMany({ where: { actorId, role: "ADMIN" }, select: { user: { select: { id: true, email: true } } } });
  return rows.map((row) => row.user);
}

// In-app only: these messages already go by e-mail below (sendAll), with the contact's own text.
async function notify(tx: Tx, users: { id: string }[], title: string, href: string): Promise<void> {
  await notifyUsers(tx, { userIds: users.map((user) => user.id), kind: "match.contact", title, href, email: "none" });
}

/**
 * Counts the e-mails that echo an in-app notification, inside the producer's transaction: over
 * the acting user's quota the whole action is refused and rolled back; a recipient over their own
 * quota just gets no e-mail (the notification is in-app), since the sender cannot help it.
 */
async function reserveMails(userId: string, mails: Mail[]): Promise<{ mails: Mail[]; pass: MailQuotaPass }> {
  const pass = await reserveMailQuota(
    { userId },
    mails.map((mail) => mail.to),
    { partial: true },
  );
  return { mails: mails.filter((mail) => pass.covers(mail.to)), pass };
}

// Mail failures are logged, not thrown: the contact is committed and shown in-app either way.
async function sendAll({ mails, pass }: { mails: Mail[]; pass: MailQuotaPass }): Promise<void> {
  for (const mail of mails) {
    try {
      await sendMail(mail, { pass });
    } catch (error) {
      logUnexpectedError(error, "Contact e-mail not sent", { to: mail.to });
    }
  }
}

const sideSelect = {
  id: true,
  actorId: true,
  title: true,
  status: true,
  mode: true,
  mecenatKind: true,
  theme: true,
  sdgTargetCode: true,
  validUntil: true,
  territoryId: true,
  actor: { select: { name: true } },
} as const;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** A member writes to the other organisation of a need/offer match. */
export async function contactMatch(principal: Principal, input: ContactCreate, context: MailContext): Promise<{ id: string }> {
  const now = context.now ?? new Date();
  const url = `${context.baseUrl.replace(/\/+$/, "")}${paths.matchContacts()}`;
  try {
    const { id, mails } = await db.$transaction(async (tx) => {
      const user = await authorize(tx, principal, "match.contact", input.fromActorId);
      const [need, offer] = await Promise.all([
        tx.need.findUnique({ where: { id: input.needId }, select: sideSelect }),
        tx.offer.findUnique({ where: { id: input.offerId }, select: sideSelect }),
      ]);
      if (!need || !offer || need.status !== "PUBLISHED" || offer.status !== "PUBLISHED" || need.actorId === offer.actorId)
        throw new NotFoundError(m.notAMatch);
      if (input.fromActorId !== need.actorId && input.fromActorId !== offer.actorId) throw new ForbiddenError();
      // Only a real match may be contacted: the same score as the lists, on today's data.
      const ancestors = await loadAncestors(tx, [need.territoryId, offer.territoryId]);
      const { isMatch } = scoreMatch(need, offer, proximityOf(ancestors.get(need.territoryId) ?? [], ancestors.get(offer.territoryId) ?? []), now);
      if (!isMatch) throw new NotFoundError(m.notAMatch);

      // The same message sent again (a double click, a retry after a lost answer) is answered
      // with the first one's success; another message to the same match is refused.
      const sent = await sameContactSent(tx, input);
      if (sent) return { id: sent.id, mails: null };
      const [from, to] = input.fromActorId === need.actorId ? [need, offer] : [offer, need];
      const contact = await tx.matchContact.create({
        data: { needId: need.id, offerId: offer.id, fromActorId: from.actorId, message: input.message, createdAt: now },
        select: { id: true },
      });
      await writeAudit(tx, {
        userId: user.id,
        action: "match.contacted",
        entity: "MatchContact",
        entityId: contact.id,
        summary: `${from.actor.name} contacte ${to.actor.name} (besoin « ${need.title} », offre « ${offer.title} »)`,
        ip: context.ip,
      });
      const admins = await adminsOf(tx, to.actorId);
      await notify(tx, admins, copy.notifications.contactTitle(from.actor.name), paths.matchContacts());
      const text = copy.mail.contactText({ from: from.actor.name, need: need.title, offer: offer.title, message: input.message, url });
      return {
        id: contact.id,
        mails: await reserveMails(
          user.id,
          admins.map((admin) => ({ to: admin.email, subject: copy.mail.contactSubject(from.actor.name), text })),
        ),
      };
    });
    if (mails) await sendAll(mails);
    return { id };
  } catch (error) {
    // Two members of the same organisation sending at the same instant: the unique index decides,
    // and the same message sent twice at once is still one success.
    if (!isUniqueViolation(error)) throw error;
    const sent = await sameContactSent(db, input);
    if (sent) return { id: sent.id };
    throw new ConflictError(m.alreadyContacted);
  }
}

/** The contact this organisation already sent for this match with this very message, if any. */
async function sameContactSent(client: Tx, input: ContactCreate): Promise<{ id: string } | null> {
  const existing = await client.matchContact.findUnique({
    where: { needId_offerId_fromActorId: { needId: input.needId, offerId: input.offerId, fromActorId: input.fromActorId } },
    select: { id: true, message: true },
  });
  if (!existing) return null;
  if (existing.message !== input.message) throw new ConflictError(m.alreadyContacted);
  return { id: existing.id };
}

const contactSelect = {
  id: true,
  status: true,
  fromActorId: true,
  need: { select: { ...sideSelect, actor: { select: { name: true } } } },
  offer: { select: { ...sideSelect, actor: { select: { name: true } } } },
} as const;

/** The receiving organisation accepts or declines. */
export async function answerContact(principal: Principal, input: ContactAnswer, context: MailContext): Promise<void> {
  const now = context.now ?? new Date();
  const url = `${context.baseUrl.replace(/\/+$/, "")}${paths.matchContacts()}`;
  const mails = await db.$transaction(async (tx) => {
    const contact = await tx.matchContact.findUnique({ where: { id: input.contactId }, select: contactSelect });
    if (!contact) throw new NotFoundError(m.contactNotFound);
    const [from, to] = contact.fromActorId === contact.need.actorId ? [contact.need, contact.offer] : [contact.offer, contact.need];
    const user = await authorize(tx, principal, "match.contact", to.actorId);
    const { count } = await tx.matchContact.updateMany({ where: { id: contact.id, status: "PENDING" }, data: { status: input.answer, answeredAt: now } });
    // The same answer given again (a double click on « Accepter »): the first one's success,
    // nothing written or sent twice. A different answer is refused.
    if (count !== 1) {
      // Read again: a concurrent click may have answered since the first read.
      const current = await tx.matchContact.findUnique({ where: { id: contact.id }, select: { status: true } });
      if (current?.status === input.answer) return null;
      throw new ConflictError(m.alreadyAnswered);
    }
    const accepted = input.answer === "ACCEPTED";
    await writeAudit(tx, {
      userId: user.id,
      action: "match.answered",
      entity: "MatchContact",
      entityId: contact.id,
      summary: `${to.actor.name} ${accepted ? "accepte" : "décline"} la mise en relation ${de(from.actor.name)}`,
      ip: context.ip,
    });
    const admins = await adminsOf(tx, from.actorId);
    await notify(tx, admins, copy.notifications.answerTitle(to.actor.name, accepted), paths.matchContacts());
    const text = copy.mail.answerText({ organisation: to.actor.name, accepted, url });
    return reserveMails(
      user.id,
      admins.map((admin) => ({ to: admin.email, subject: copy.mail.answerSubject(to.actor.name, accepted), text })),
    );
  });
  if (mails) await sendAll(mails);
}

/**
 * An accepted contact becomes an alliance draft: the organisation that asks is LEAD (confirmed),
 * the other PARTNER (invited, to confirm in the alliance workspace). Asked twice, it returns the
 * alliance made the first time (the contact row is locked meanwhile).
 */
export async function createAllianceFromContact(
  principal: Principal,
  input: AllianceFromContact,
  context: MutationContext = {},
): Promise<{ id: string; created: boolean }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const user = await authorize(tx, principal, "alliance.create", input.actorId);
    await tx.$queryRaw`SELECT "id" FROM "MatchContact" WHERE "id" = ${input.contactId} FOR UPDATE`;
    const contact = await tx.matchContact.findUnique({ where: { id: input.contactId }, select: contactSelect });
    const { need, offer } = contact ?? {};
    if (!contact || !need || !offer || (input.actorId !== need.actorId && input.actorId !== offer.actorId)) throw new NotFoundError(m.contactNotFound);
    if (contact.status !== "ACCEPTED") throw new ConflictError(m.notAccepted);
    const [lead, partner] = input.actorId === need.actorId ? [need, offer] : [offer, need];
    const title = copy.alliance.title(need.title);

    const existing = await findAllianceOfContact(tx, need.actorId, offer.actorId, title);
    if (existing) return { id: existing.id, created: false };

    const base = baseSlug(title);
    const taken = await tx.alliance.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const targetCode = need.sdgTargetCode ?? offer.sdgTargetCode;
    const alliance = await tx.alliance.create({
      data: {
        title,
        slug: nextFreeSlug(
          base,
          taken.map((row) => row.slug),
        ),
        searchKey: toSearchKey(title),
        mode: need.mode,
        mecenatKind: need.mode === "MECENAT" ? (need.mecenatKind ?? offer.mecenatKind) : null,
        stage: "IDEE",
        status: "DRAFT",
        partners: {
          create: [
            { actorId: lead.actorId, role: "LEAD", status: "CONFIRMED", confirmedAt: now },
            { actorId: partner.actorId, role: "PARTNER", status: "INVITED" },
          ],
        },
        territories: { create: [{ territoryId: need.territoryId }] },
        targets: targetCode ? { create: [{ targetCode }] } : undefined,
        events: { create: [{ toStage: "IDEE", comment: copy.alliance.event, authorId: user.id, createdAt: now }] },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "alliance.created",
      entity: "Alliance",
      entityId: alliance.id,
      summary: `Projet d'alliance « ${title} » créé depuis une mise en relation par ${lead.actor.name}, ${partner.actor.name} invitée`,
      ip: context.ip,
    });
    await notify(tx, await adminsOf(tx, partner.actorId), copy.notifications.allianceTitle(lead.actor.name), paths.workspaceAlliance(alliance.id));
    return { id: alliance.id, created: true };
  });
}
