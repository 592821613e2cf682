// What a thread is about and who takes part, read from its subject at each access: never a stored
// list of participants. Takes the transaction client so that a mutation checks and writes on the
// same data.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { conversationsCopy } from "@/lib/copy/conversations";
import { NotFoundError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { allianceParticipants, matchParticipants, networkLinkParticipants, speakingActors, type ConversationKindName } from "./rules";

type Client = Prisma.TransactionClient;
const t = conversationsCopy;

export type Subject = {
  kind: ConversationKindName;
  id: string;
  title: string;
  /** The page the thread belongs to (the match list, the alliance, the network page). */
  backHref: string;
  /** The participating organisations, in display order. */
  participants: { id: string; name: string }[];
};

async function readSubject(client: Client, kind: ConversationKindName, id: string): Promise<Subject | null> {
  if (kind === "MATCH") {
    const side = { select: { title: true, actor: { select: { id: true, name: true } } } } as const;
    const contact = await client.matchContact.findUnique({ where: { id }, select: { status: true, need: side, offer: side } });
    if (!contact) return null;
    const ids = matchParticipants({ status: contact.status, needActorId: contact.need.actor.id, offerActorId: contact.offer.actor.id });
    const actors = [contact.need.actor, contact.offer.actor].filter((a) => ids.includes(a.id));
    return { kind, id, title: t.subject.match(contact.need.title, contact.offer.title), backHref: paths.matchContacts(), participants: actors };
  }
  if (kind === "ALLIANCE") {
    const alliance = await client.alliance.findUnique({
      where: { id },
      select: { title: true, partners: { select: { actorId: true, status: true, actor: { select: { name: true } } }, orderBy: { role: "asc" } } },
    });
    if (!alliance) return null;
    const ids = allianceParticipants(alliance.partners);
    const participants = alliance.partners.filter((p) => ids.includes(p.actorId)).map((p) => ({ id: p.actorId, name: p.actor.name }));
    return { kind, id, title: t.subject.alliance(alliance.title), backHref: paths.workspaceAlliance(id), participants };
  }
  const link = await client.networkLink.findUnique({
    where: { id },
    select: { status: true, head: { select: { id: true, name: true } }, team: { select: { id: true, name: true } } },
  });
  if (!link) return null;
  const ids = networkLinkParticipants({ status: link.status, headId: link.head.id, teamId: link.team.id });
  const participants = [link.head, link.team].filter((a) => ids.includes(a.id));
  // Each side goes back to its own network page (getThread picks the reader's side).
  return { kind, id, title: t.subject.networkLink(link.head.name, link.team.name), backHref: paths.conversations(), participants };
}

/**
 * The subject and the participating organisations the principal speaks for. Not a participant's
 * member (outsiders, staff and platform admins alike): NotFoundError, saying nothing of the thread.
 */
export async function authorizeThread(
  client: Client,
  principal: { id: string } | null,
  kind: ConversationKindName,
  subjectId: string,
): Promise<{ subject: Subject; mine: string[] }> {
  if (!principal) throw new NotFoundError(t.messages.notFound);
  const subject = await readSubject(client, kind, subjectId);
  if (!subject || subject.participants.length === 0) throw new NotFoundError(t.messages.notFound);
  const memberships = await client.membership.findMany({
    where: { userId: principal.id, actorId: { in: subject.participants.map((p) => p.id) }, user: { disabledAt: null } },
    select: { actorId: true },
  });
  const mine = speakingActors(
    memberships.map((m) => m.actorId),
    subject.participants.map((p) => p.id),
  );
  if (mine.length === 0) throw new NotFoundError(t.messages.notFound);
  return { subject, mine };
}

/** The subject ids of every thread the person's organisations take part in, by kind. */
export async function accessibleSubjects(client: Client, userId: string): Promise<Prisma.ConversationWhereInput[]> {
  const mine = (await client.membership.findMany({ where: { userId }, select: { actorId: true } })).map((row) => row.actorId);
  if (mine.length === 0) return [];
  const [contacts, alliances, links] = await Promise.all([
    client.matchContact.findMany({
      where: { status: "ACCEPTED", OR: [{ need: { actorId: { in: mine } } }, { offer: { actorId: { in: mine } } }] },
      select: { id: true },
    }),
    client.alliance.findMany({ where: { partners: { some: { actorId: { in: mine }, status: { in: ["CONFIRMED", "INVITED"] } } } }, select: { id: true } }),
    client.networkLink.findMany({
      where: { status: { in: ["PENDING", "ACCEPTED"] }, OR: [{ headId: { in: mine } }, { teamId: { in: mine } }] },
      select: { id: true },
    }),
  ]);
  const where: Prisma.ConversationWhereInput[] = [];
  if (contacts.length > 0) where.push({ kind: "MATCH", subjectId: { in: contacts.map((c) => c.id) } });
  if (alliances.length > 0) where.push({ kind: "ALLIANCE", subjectId: { in: alliances.map((a) => a.id) } });
  if (links.length > 0) where.push({ kind: "NETWORK_LINK", subjectId: { in: links.map((l) => l.id) } });
  return where;
}

/** The titles of many subjects at once (the list page), by "KIND:id". */
export async function subjectTitles(client: Client, refs: { kind: ConversationKindName; subjectId: string }[]): Promise<Map<string, string>> {
  const ids = (kind: ConversationKindName) => refs.filter((r) => r.kind === kind).map((r) => r.subjectId);
  const [contacts, alliances, links] = await Promise.all([
    client.matchContact.findMany({
      where: { id: { in: ids("MATCH") } },
      select: { id: true, need: { select: { title: true } }, offer: { select: { title: true } } },
    }),
    client.alliance.findMany({ where: { id: { in: ids("ALLIANCE") } }, select: { id: true, title: true } }),
    client.networkLink.findMany({
      where: { id: { in: ids("NETWORK_LINK") } },
      select: { id: true, head: { select: { name: true } }, team: { select: { name: true } } },
    }),
  ]);
  const titles = new Map<string, string>();
  for (const c of contacts) titles.set(`MATCH:${c.id}`, t.subject.match(c.need.title, c.offer.title));
  for (const a of alliances) titles.set(`ALLIANCE:${a.id}`, t.subject.alliance(a.title));
  for (const l of links) titles.set(`NETWORK_LINK:${l.id}`, t.subject.networkLink(l.head.name, l.team.name));
  return titles;
}
