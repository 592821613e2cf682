// The forms of a thread: write, correct, report a message; and staff's decision on a report.
// Ids are only shapes here: the mutations read the subject and its participants themselves.
import { z } from "zod";
import { conversationsCopy, HIDE_REASON_MAX, REPORT_REASON_MAX } from "@/lib/copy/conversations";
import { paths } from "@/lib/paths";
import { CONVERSATION_KINDS, MESSAGE_MAX_LENGTH, type ConversationKindName } from "./rules";

const m = conversationsCopy.messages;
const idField = z.string().trim().min(1).max(64);

/** The URL segment of each kind of thread (/espace/conversations/<segment>/<subject id>). */
export const KIND_SEGMENTS = { MATCH: "mise-en-relation", ALLIANCE: "alliance", NETWORK_LINK: "reseau" } as const satisfies Record<
  ConversationKindName,
  string
>;
export type KindSegment = (typeof KIND_SEGMENTS)[ConversationKindName];

export function kindOfSegment(segment: string): ConversationKindName | null {
  const found = Object.entries(KIND_SEGMENTS).find(([, value]) => value === segment);
  return found ? (found[0] as ConversationKindName) : null;
}

/** A thread's page, by its subject. */
export const threadHref = (kind: ConversationKindName, subjectId: string) => paths.conversation(KIND_SEGMENTS[kind], subjectId);

const body = z.string({ error: m.bodyRequired }).trim().min(1, m.bodyRequired).max(MESSAGE_MAX_LENGTH, m.bodyTooLong);

export const messagePostSchema = z.object({
  kind: z.enum(CONVERSATION_KINDS),
  subjectId: idField,
  /** The organisation the author speaks for; must be one of the thread's participants. */
  actorId: z.string({ error: m.organisationRequired }).trim().min(1, m.organisationRequired).pipe(idField),
  body,
});
export type MessagePost = z.infer<typeof messagePostSchema>;

export const messageEditSchema = z.object({ messageId: idField, body });
export type MessageEdit = z.infer<typeof messageEditSchema>;

export const messageReportSchema = z.object({
  messageId: idField,
  reason: z.string({ error: m.reasonRequired }).trim().min(1, m.reasonRequired).max(REPORT_REASON_MAX, m.reasonTooLong),
});
export type MessageReportInput = z.infer<typeof messageReportSchema>;

export const reportDecisionSchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("hide"),
    reportId: idField,
    reason: z.string({ error: m.hideReasonRequired }).trim().min(1, m.hideReasonRequired).max(HIDE_REASON_MAX, m.hideReasonTooLong),
  }),
  z.object({ decision: z.literal("dismiss"), reportId: idField }),
]);
export type ReportDecision = z.infer<typeof reportDecisionSchema>;
