// Who to write to once a contact is accepted: on each side, the person who acted (the sender, the
// one who accepted), read from the contact's audit rows, as long as they still belong to their
// organisation and their account is active; otherwise the organisation's public contact address,
// or its first admin. Only called by listMyContacts, for contacts of the caller's organisations.
import "server-only";
import { db } from "@/lib/db";

export type ContactPerson = { name: string | null; organisation: string; email: string };
type Side = { id: string; name: string };
type AcceptedContact = { id: string; from: Side; to: Side };

/** The two sides' contact of each accepted contact, by contact id. */
export async function contactPeopleOf(contacts: AcceptedContact[]): Promise<Map<string, { from: ContactPerson | null; to: ContactPerson | null }>> {
  const result = new Map<string, { from: ContactPerson | null; to: ContactPerson | null }>();
  if (contacts.length === 0) return result;
  const actorIds = [...new Set(contacts.flatMap((c) => [c.from.id, c.to.id]))];
  const [audits, actors] = await Promise.all([
    db.auditLog.findMany({
      where: { entity: "MatchContact", entityId: { in: contacts.map((c) => c.id) }, action: { in: ["match.contacted", "match.answered"] } },
      select: {
        entityId: true,
        action: true,
        user: { select: { name: true, email: true, disabledAt: true, memberships: { where: { actorId: { in: actorIds } }, select: { actorId: true } } } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.actor.findMany({
      where: { id: { in: actorIds } },
      select: {
        id: true,
        contactEmail: true,
        memberships: {
          where: { role: "ADMIN", user: { disabledAt: null } },
          select: { user: { select: { name: true, email: true } } },
          orderBy: { createdAt: "asc" },
          take: 1,
        },
      },
    }),
  ]);
  const byActor = new Map(actors.map((actor) => [actor.id, actor]));

  function personOf(contactId: string, side: Side, action: string): ContactPerson | null {
    const actor = byActor.get(side.id);
    const user = audits.find((row) => row.entityId === contactId && row.action === action)?.user;
    if (user && !user.disabledAt && user.memberships.some((m) => m.actorId === side.id)) return { name: user.name, organisation: side.name, email: user.email };
    if (actor?.contactEmail) return { name: null, organisation: side.name, email: actor.contactEmail };
    const admin = actor?.memberships[0]?.user;
    return admin ? { name: admin.name, organisation: side.name, email: admin.email } : null;
  }

  for (const contact of contacts) {
    result.set(contact.id, { from: personOf(contact.id, contact.from, "match.contacted"), to: personOf(contact.id, contact.to, "match.answered") });
  }
  return result;
}
