// The contacts sent and received by the user's organisations, for the "Mises en relation" page.
// Only contacts where one of the user's organisations is a side are ever read.
import "server-only";
import type { ContactStatus, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { contactPeopleOf, type ContactPerson } from "./contact-details.queries";

const CONTACT_LIMIT = 100;

export type ContactRow = {
  id: string;
  status: ContactStatus;
  message: string;
  createdAt: Date;
  need: { id: string; title: string };
  offer: { id: string; title: string };
  from: { id: string; name: string };
  to: { id: string; name: string };
  /** The alliance draft made from this contact, once there is one. */
  allianceId: string | null;
  /** Once accepted, whom to write to on each side (lib/matching/contact-details.queries.ts). */
  people: { from: ContactPerson | null; to: ContactPerson | null } | null;
};

export type MyContacts = { received: ContactRow[]; sent: ContactRow[] };

export async function listMyContacts(userId: string): Promise<MyContacts> {
  const mine = (await db.membership.findMany({ where: { userId }, select: { actorId: true } })).map((row) => row.actorId);
  if (mine.length === 0) return { received: [], sent: [] };
  const side = { select: { id: true, title: true, actor: { select: { id: true, name: true } } } } as const;
  const rows = await db.matchContact.findMany({
    where: { OR: [{ fromActorId: { in: mine } }, { need: { actorId: { in: mine } } }, { offer: { actorId: { in: mine } } }] },
    select: { id: true, status: true, message: true, createdAt: true, fromActorId: true, need: side, offer: side },
    orderBy: { createdAt: "desc" },
    take: CONTACT_LIMIT,
  });
  const contacts = await Promise.all(
    rows.map(async (row): Promise<ContactRow> => {
      const [from, to] = row.fromActorId === row.need.actor.id ? [row.need.actor, row.offer.actor] : [row.offer.actor, row.need.actor];
      const alliance =
        row.status === "ACCEPTED"
          ? await findAllianceOfContact(db, row.need.actor.id, row.offer.actor.id, needsOffersCopy.alliance.title(row.need.title))
          : null;
      return {
        id: row.id,
        status: row.status,
        message: row.message,
        createdAt: row.createdAt,
        need: { id: row.need.id, title: row.need.title },
        offer: { id: row.offer.id, title: row.offer.title },
        from,
        to,
        allianceId: alliance?.id ?? null,
        people: null,
      };
    }),
  );
  // Only the two organisations of an accepted contact get each other's address: these rows are
  // already limited to the caller's organisations (the where above).
  const people = await contactPeopleOf(contacts.filter((c) => c.status === "ACCEPTED"));
  for (const contact of contacts) contact.people = people.get(contact.id) ?? null;
  const isMine = new Set(mine);
  return { received: contacts.filter((c) => isMine.has(c.to.id)), sent: contacts.filter((c) => isMine.has(c.from.id)) };
}

/** The alliance already made from a contact: its two organisations, its title, its first event. */
export async function findAllianceOfContact(
  client: Prisma.TransactionClient,
  needActorId: string,
  offerActorId: string,
  title: string,
): Promise<{ id: string } | null> {
  return client.alliance.findFirst({
    where: {
      title,
      AND: [{ partners: { some: { actorId: needActorId } } }, { partners: { some: { actorId: offerActorId } } }],
      events: { some: { comment: needsOffersCopy.alliance.event } },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
}
