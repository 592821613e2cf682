// The two forms of a request to join a published alliance: the asking organisation's, and the
// lead's answer. Ids are only shapes here; the mutations read everything else themselves.
import { z } from "zod";
import { allianceJoinCopy, JOIN_MESSAGE_MAX, JOIN_MESSAGE_MIN, JOIN_NOTE_MAX } from "@/lib/copy/alliance-join";
import { idField } from "./workspace.schemas";

const m = allianceJoinCopy.messages;

export const joinRequestSchema = z.object({
  /** The alliance, by id (read from its slug by the page). */
  id: idField,
  actorId: z.string({ error: m.organisationRequired }).trim().min(1, m.organisationRequired).pipe(idField),
  message: z.string({ error: m.messageTooShort }).trim().min(JOIN_MESSAGE_MIN, m.messageTooShort).max(JOIN_MESSAGE_MAX, m.messageTooLong),
});
export type JoinRequestInput = z.infer<typeof joinRequestSchema>;

export const joinDecisionSchema = z.object({
  /** The alliance: the lead is read from it, never from the form. */
  id: idField,
  requestId: idField,
  decision: z.enum(["accept", "decline"]),
  note: z.string().trim().max(JOIN_NOTE_MAX, m.noteTooLong).default(""),
});
export type JoinDecisionInput = z.infer<typeof joinDecisionSchema>;
