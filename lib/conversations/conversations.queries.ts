// Reading threads: one thread with its messages (for its participants' members only), the list of
// my threads with their unread counts, and the total for the header.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { contactPeopleOf, type ContactPerson } from "@/lib/matching/contact-details.queries";
import { canEditMessage, canReportMessage, type ConversationKindName } from "./rules";
import { accessibleSubjects, authorizeThread, subjectTitles, type Subject } from "./subjects.queries";

const THREAD_LIMIT = 200;

export type ThreadMessage = {
  id: string;
  author: string | null;
  organisation: string;
  mine: boolean;
  createdAt: Date;
  edited: boolean;
  /** Null once hidden by staff: the text is never sent to the page then. */
  body: string | null;
  hiddenReason: string | null;
  canEdit: boolean;
  canReport: boolean;
};

export type Thread = {
  subject: Subject;
  /** The participating organisations I speak for (the form's choice when more than one). */
  mine: { id: string; name: string }[];
  messages: ThreadMessage[];
  /** For a match: the other side's contact, as on the « Mises en relation » page. */
  counterparts: ContactPerson[];
};

/** The thread of a subject; NotFoundError for anyone not a member of a participating organisation. */
export async function getThread(principal: Principal, kind: ConversationKindName, subjectId: string, now = new Date()): Promise<Thread> {
  const { subject: read, mine } = await authorizeThread(db, principal, kind, subjectId);
  const subject = kind === "NETWORK_LINK" ? { ...read, backHref: paths.organisationNetwork(mine[0]) } : read;
  const userId = principal!.id;
  const conversation = await db.conversation.findUnique({ where: { kind_subjectId: { kind, subjectId } }, select: { id: true } });
  const rows = conversation
    ? await db.conversationMessage.findMany({
        where: { conversationId: conversation.id },
        select: {
          id: true,
          authorId: true,
          body: true,
          createdAt: true,
          editedAt: true,
          hiddenAt: true,
          hiddenReason: true,
          author: { select: { name: true, email: true } },
          actor: { select: { name: true } },
        },
        orderBy: { createdAt: "desc" },
        take: THREAD_LIMIT,
      })
    : [];
  const messages = rows.reverse().map((row): ThreadMessage => ({
    id: row.id,
    author: row.author ? (row.author.name ?? row.author.email) : null,
    organisation: row.actor.name,
    mine: row.authorId === userId,
    createdAt: row.createdAt,
    edited: row.editedAt !== null,
    body: row.hiddenAt ? null : row.body,
    hiddenReason: row.hiddenAt ? row.hiddenReason : null,
    canEdit: canEditMessage(row, userId, now),
    canReport: canReportMessage(row, userId),
  }));
  return { subject, mine: subject.participants.filter((p) => mine.includes(p.id)), messages, counterparts: await counterpartsOf(subject, mine) };
}

async function counterpartsOf(subject: Subject, mine: string[]): Promise<ContactPerson[]> {
  if (subject.kind !== "MATCH" || subject.participants.length !== 2) return [];
  const [from, to] = subject.participants;
  const people = (await contactPeopleOf([{ id: subject.id, from, to }])).get(subject.id);
  if (!people) return [];
  return [mine.includes(from.id) ? null : people.from, mine.includes(to.id) ? null : people.to].filter((p): p is ContactPerson => p !== null);
}

export type ThreadSummary = { kind: ConversationKindName; subjectId: string; title: string; lastMessageAt: Date; unread: number };

/** My threads that have messages, most recent first, with their unread counts. */
export async function listMyThreads(userId: string): Promise<ThreadSummary[]> {
  const where = await accessibleSubjects(db, userId);
  if (where.length === 0) return [];
  const conversations = await db.conversation.findMany({
    where: { OR: where, lastMessageAt: { not: null } },
    select: { id: true, kind: true, subjectId: true, lastMessageAt: true },
    orderBy: { lastMessageAt: "desc" },
    take: 200,
  });
  const unread = await unreadByConversation(
    userId,
    conversations.map((c) => c.id),
  );
  const titles = await subjectTitles(db, conversations);
  return conversations.map((c) => ({
    kind: c.kind,
    subjectId: c.subjectId,
    title: titles.get(`${c.kind}:${c.subjectId}`) ?? "",
    lastMessageAt: c.lastMessageAt!,
    unread: unread.get(c.id) ?? 0,
  }));
}

/** The header's figure: the others' visible messages I have not read, in all my threads. */
export async function countUnreadMessages(userId: string): Promise<number> {
  const where = await accessibleSubjects(db, userId);
  if (where.length === 0) return 0;
  const conversations = await db.conversation.findMany({ where: { OR: where, lastMessageAt: { not: null } }, select: { id: true } });
  const unread = await unreadByConversation(
    userId,
    conversations.map((c) => c.id),
  );
  return [...unread.values()].reduce((sum, n) => sum + n, 0);
}

// One statement for all threads: the same rule as isUnread (lib/conversations/rules.ts), in SQL.
async function unreadByConversation(userId: string, conversationIds: string[]): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ conversationId: string; unread: number }[]>(Prisma.sql`
    SELECT m."conversationId", count(*)::int AS unread
    FROM "ConversationMessage" m
    LEFT JOIN "ConversationRead" r ON r."conversationId" = m."conversationId" AND r."userId" = ${userId}
    WHERE m."conversationId" IN (${Prisma.join(conversationIds)})
      AND m."authorId" IS DISTINCT FROM ${userId}
      AND m."hiddenAt" IS NULL
      AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")
    GROUP BY m."conversationId"`);
  return new Map(rows.map((row) => [row.conversationId, row.unread]));
}
