// What the assignment forms send (a selection of one kind, a colleague or nobody, a note) and what
// the lists' « Attribué à » filter accepts from the URL (never fails: anything odd is no filter).
import { z } from "zod";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { ASSIGNABLE_ENTITIES, ASSIGN_BULK_MAX, ASSIGN_NOTE_MAX_LENGTH, ASSIGNEE_ME, ASSIGNEE_NOBODY, ASSIGNEE_PARAM, type AssigneeFilter } from "./assignments";

const t = assignmentsCopy.messages;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const assignSchema = z.object({
  entity: z.enum(ASSIGNABLE_ENTITIES as [string, ...string[]]),
  ids: z.array(z.string().trim().regex(ID)).min(1, t.noneSelected).max(ASSIGN_BULK_MAX, t.tooMany(ASSIGN_BULK_MAX)),
  /** Empty: take the items back from whoever follows them. */
  assigneeId: z.union([z.literal(""), z.string().trim().regex(ID, t.unknownColleague)]),
  note: z.string().trim().max(ASSIGN_NOTE_MAX_LENGTH, t.noteTooLong).optional(),
});
export type AssignInput = z.infer<typeof assignSchema>;

/** ?attribue=… of a content list: « moi », « personne » or a colleague's id. */
export function parseAssigneeFilter(raw: Record<string, string | string[] | undefined>): AssigneeFilter | null {
  const value = Array.isArray(raw[ASSIGNEE_PARAM]) ? raw[ASSIGNEE_PARAM][0] : raw[ASSIGNEE_PARAM];
  if (value === ASSIGNEE_ME || value === ASSIGNEE_NOBODY) return value;
  return typeof value === "string" && ID.test(value) ? { userId: value } : null;
}
