// Who takes part in a thread, what they may do with a message, and how a message's text becomes
// links: pure, unit-tested beside. The participants are derived from the subject at each access
// (an accepted match, an alliance's partners, a network link), never copied into the thread, so
// that a declined partner or an ended link loses the thread at once.
import { LinkifyIt } from "linkify-it";

export const CONVERSATION_KINDS = ["MATCH", "ALLIANCE", "NETWORK_LINK"] as const;
export type ConversationKindName = (typeof CONVERSATION_KINDS)[number];

/** A message may be corrected by its author for this long after it was sent. */
export const EDIT_WINDOW_MS = 10 * 60 * 1000;
export const MESSAGE_MAX_LENGTH = 4000;

/** The organisations of an accepted match: the need's and the offer's. Nobody before acceptance. */
export function matchParticipants(contact: { status: string; needActorId: string; offerActorId: string }): string[] {
  return contact.status === "ACCEPTED" ? [...new Set([contact.needActorId, contact.offerActorId])] : [];
}

/**
 * An alliance's confirmed and invited partners (the invitation's thread is the alliance's thread,
 * seen by the invited organisation); a declined partner no longer takes part.
 */
export function allianceParticipants(partners: { actorId: string; status: string }[]): string[] {
  return [...new Set(partners.filter((p) => p.status === "CONFIRMED" || p.status === "INVITED").map((p) => p.actorId))];
}

/** A network head and its team while the link is asked or accepted; not once declined or ended. */
export function networkLinkParticipants(link: { status: string; headId: string; teamId: string }): string[] {
  return link.status === "PENDING" || link.status === "ACCEPTED" ? [...new Set([link.headId, link.teamId])] : [];
}

/** The participating organisations the person belongs to: empty means no access at all. */
export function speakingActors(myActorIds: readonly string[], participants: readonly string[]): string[] {
  const mine = new Set(myActorIds);
  return participants.filter((id) => mine.has(id));
}

export type EditableMessage = { authorId: string | null; createdAt: Date; hiddenAt: Date | null };

/** Only its author, within the window, and not once staff hid it. */
export function canEditMessage(message: EditableMessage, userId: string, now: Date): boolean {
  if (message.authorId === null || message.authorId !== userId || message.hiddenAt !== null) return false;
  const age = now.getTime() - message.createdAt.getTime();
  return age >= 0 && age <= EDIT_WINDOW_MS;
}

/** Another participant's message, still shown, may be reported (one's own may not). */
export function canReportMessage(message: { authorId: string | null; hiddenAt: Date | null }, userId: string): boolean {
  return message.hiddenAt === null && message.authorId !== userId;
}

/** The others' messages after the person's read marker (all of them when never opened). */
export function isUnread(message: { authorId: string | null; createdAt: Date }, userId: string, lastReadAt: Date | null): boolean {
  return message.authorId !== userId && (lastReadAt === null || message.createdAt > lastReadAt);
}

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// Only full web addresses: no "mailto:", no bare "exemple.fr" turned into a guessed link.
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false }).add("mailto:", null).add("ftp:", null).add("//", null);

/** The text cut into plain runs and http(s) links, for React to render as elements (never as HTML). */
export function linkifySegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of linkify.match(text) ?? []) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    segments.push({ kind: "link", text: match.raw, href: match.url });
    last = match.lastIndex;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}
