"use server";
// The only entry from the assignment forms (a list's selection, or one item's page), declared
// through formAction (lib/actions/form-action.ts). The mutation checks the permission again.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { paths } from "@/lib/paths";
import { ASSIGNABLE, listOfTarget, type AssignTarget } from "./assignments";
import { assignItems } from "./assignments.mutations";
import { assignSchema } from "./assignments.schemas";

const m = assignmentsCopy.messages;

export const assignContentAction = formAction({
  schema: assignSchema,
  lists: ["ids"],
  permission: { operation: "content.assign" },
  run: async (data, { principal }) => {
    const entity = data.entity as AssignTarget;
    const outcome = await assignItems(principal, { entity, ids: data.ids, assigneeId: data.assigneeId || null, note: data.note }, { ip: await clientIp() });
    return {
      // The list, each item's page and the dashboard's count; nothing public changes.
      revalidate: [paths.admin(), listOfTarget(entity), ...outcome.changed.map((item) => ASSIGNABLE[item.entity].item(item.id))],
      message: outcome.assignee
        ? m.assigned(outcome.changed.length, outcome.assignee.label, outcome.unchanged)
        : m.unassigned(outcome.changed.length, outcome.unchanged),
      values: { assigneeId: data.assigneeId, note: data.note ?? "" },
    };
  },
});
