// Writing in a thread: a message (for one of the participating organisations I belong to), its
// correction within 10 minutes, a report to staff, and my read marker. Each checks again, in its
// transaction, that the principal is a member of a participating organisation of the subject.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assertRateLimit } from "@/lib/rate-limit/rate-limit.mutations";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { threadHref, type MessageEdit, type MessagePost, type MessageReportInput } from "./conversations.schemas";
import { canEditMessage, canReportMessage, EDIT_WINDOW_MS, type ConversationKindName } from "./rules";
import { authorizeThread } from "./subjects.queries";

const m = conversationsCopy.messages;
type Tx = Prisma.TransactionClient;

/** A new message; the other participants' members are notified (e-mail per their preference). */
export async function postMessage(principal: Principal, input: MessagePost, now = new Date()): Promise<{ id: string }> {
  // Refused before the rate limit counts: an outsider's attempts say nothing and cost nothing.
  await authorizeThread(db, principal, input.kind, input.subjectId);
  await assertRateLimit([rateLimitKey("message", "user", principal!.id)], rateLimitRule("message"));
  return db.$transaction(async (tx) => {
    const { subject, mine } = await authorizeThread(tx, principal, input.kind, input.subjectId);
    // Speaking for an organisation one does not belong to: only a hand-made form sends that.
    if (!mine.includes(input.actorId)) throw new ForbiddenError();
    assertCan(principal, "conversation.write", await getActorScope(principal, input.actorId, tx));
    const conversation = await tx.conversation.upsert({
      where: { kind_subjectId: { kind: input.kind, subjectId: input.subjectId } },
      create: { kind: input.kind, subjectId: input.subjectId, lastMessageAt: now },
      update: { lastMessageAt: now },
      select: { id: true },
    });
    const message = await tx.conversationMessage.create({
      data: { conversationId: conversation.id, authorId: principal!.id, actorId: input.actorId, body: input.body, createdAt: now },
      select: { id: true },
    });
    // Writing means having read what came before.
    await markRead(tx, conversation.id, principal!.id, now);
    const organisation = subject.participants.find((p) => p.id === input.actorId)!.name;
    const others = subject.participants.filter((p) => p.id !== input.actorId).map((p) => p.id);
    const recipients = await tx.membership.findMany({ where: { actorId: { in: others }, userId: { not: principal!.id } }, select: { userId: true } });
    await notify(tx, {
      userIds: [...new Set(recipients.map((r) => r.userId))],
      exceptUserId: principal!.id,
      // Not counted against the writer's e-mail quota (30 an hour): a lively thread with a few
      // members on the other side would exhaust it and refuse the messages themselves. The writer
      // is bounded by RATE_LIMIT_MESSAGE; each recipient still by their own quota, past which the
      // notification waits for the daily digest instead.
      mailSender: null,
      kind: "conversation.message",
      title: conversationsCopy.notification.title(organisation, subject.title),
      body: input.body,
      href: threadHref(input.kind, input.subjectId),
      email: "immediate",
      now,
    });
    return message;
  });
}

async function readMessage(tx: Tx, principal: Principal, messageId: string, operation: "conversation.write" | "conversation.report") {
  const message = await tx.conversationMessage.findUnique({
    where: { id: messageId },
    select: { id: true, authorId: true, createdAt: true, hiddenAt: true, conversation: { select: { id: true, kind: true, subjectId: true } } },
  });
  if (!message) throw new NotFoundError(m.messageNotFound);
  // Only the thread's current participants even learn that the message exists.
  const { mine } = await authorizeThread(tx, principal, message.conversation.kind, message.conversation.subjectId);
  assertCan(principal, operation, await getActorScope(principal, mine[0], tx));
  return message;
}

/** The author corrects their message within the window (checked again in the update's where). */
export async function editMessage(principal: Principal, input: MessageEdit, now = new Date()): Promise<{ kind: ConversationKindName; subjectId: string }> {
  return db.$transaction(async (tx) => {
    const message = await readMessage(tx, principal, input.messageId, "conversation.write");
    // Another's message: never theirs to change, whatever the time.
    if (message.authorId !== principal!.id) throw new ForbiddenError();
    if (!canEditMessage(message, principal!.id, now)) throw new ValidationError({ body: [m.notEditable] }, m.notEditable);
    const { count } = await tx.conversationMessage.updateMany({
      where: { id: message.id, authorId: principal!.id, hiddenAt: null, createdAt: { gte: new Date(now.getTime() - EDIT_WINDOW_MS) } },
      data: { body: input.body, editedAt: now },
    });
    if (count === 0) throw new ValidationError({ body: [m.notEditable] }, m.notEditable);
    return { kind: message.conversation.kind, subjectId: message.conversation.subjectId };
  });
}

/** A participant reports another's message to staff; once per person and message. */
export async function reportMessage(principal: Principal, input: MessageReportInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const message = await readMessage(tx, principal, input.messageId, "conversation.report");
    if (!canReportMessage(message, principal!.id)) throw new ValidationError({ reason: [m.notReportable] }, m.notReportable);
    const already = await tx.messageReport.findFirst({ where: { messageId: message.id, reporterId: principal!.id }, select: { id: true } });
    if (already) throw new ValidationError({ reason: [m.alreadyReported] }, m.alreadyReported);
    await tx.messageReport.create({ data: { messageId: message.id, reporterId: principal!.id, reason: input.reason } });
  });
}

async function markRead(tx: Tx, conversationId: string, userId: string, now: Date): Promise<void> {
  await tx.conversationRead.upsert({
    where: { conversationId_userId: { conversationId, userId } },
    create: { conversationId, userId, lastReadAt: now },
    update: { lastReadAt: now },
  });
}

/** Opening a thread marks it read for me (nothing to do while it has no message). */
export async function markThreadRead(principal: Principal, kind: ConversationKindName, subjectId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await authorizeThread(tx, principal, kind, subjectId);
    const conversation = await tx.conversation.findUnique({ where: { kind_subjectId: { kind, subjectId } }, select: { id: true } });
    if (conversation) await markRead(tx, conversation.id, principal!.id, now);
  });
}
