// What the assignment forms send (a selection of one kind, a colleague or nobody, a note) and what
// the lists' « Attribué à » filter accepts from the URL (never fails: anything odd is no filter).
import { z } from "zod";
import { assignmentsCopy } from "@/lib/copy/assignments";
import {
  ASSIGN_TARGETS,
  ASSIGN_BULK_MAX,
  assignmentGroups,
  type AssignTarget,
  ASSIGN_NOTE_MAX_LENGTH,
  ASSIGNEE_ME,
  ASSIGNEE_NOBODY,
  ASSIGNEE_PARAM,
  type AssigneeFilter,
} from "./assignments";

const t = assignmentsCopy.messages;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const assignSchema = z
  .object({
    entity: z.enum(ASSIGN_TARGETS as readonly AssignTarget[] as [AssignTarget, ...AssignTarget[]]),
    /** Ids, or the mixed list's typed references ("need:<id>"). */
    ids: z.array(z.string().trim().max(80)).min(1, t.noneSelected).max(ASSIGN_BULK_MAX, t.tooMany(ASSIGN_BULK_MAX)),
    /** Empty: take the items back from whoever follows them. */
    assigneeId: z.union([z.literal(""), z.string().trim().regex(ID, t.unknownColleague)]),
    note: z.string().trim().max(ASSIGN_NOTE_MAX_LENGTH, t.noteTooLong).optional(),
  })
  .superRefine((value, ctx) => {
    const groups = assignmentGroups(value.entity as AssignTarget, value.ids);
    if (!groups || groups.some((group) => group.ids.some((id) => !ID.test(id)))) ctx.addIssue({ code: "custom", path: ["ids"], message: t.notFound });
  });
export type AssignInput = z.infer<typeof assignSchema>;

/** ?attribue=… of a content list: « moi », « personne » or a colleague's id. */
export function parseAssigneeFilter(raw: Record<string, string | string[] | undefined>): AssigneeFilter | null {
  const value = Array.isArray(raw[ASSIGNEE_PARAM]) ? raw[ASSIGNEE_PARAM][0] : raw[ASSIGNEE_PARAM];
  if (value === ASSIGNEE_ME || value === ASSIGNEE_NOBODY) return value;
  return typeof value === "string" && ID.test(value) ? { userId: value } : null;
}
