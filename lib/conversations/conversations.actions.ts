"use server";
// The forms of a thread and staff's decision on a report (lib/actions/form-action.ts). The
// organisation one writes for is checked from the form first; the mutations check again, from the
// subject, that it takes part in the thread.
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { getActorScope } from "@/lib/auth/scope.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { paths } from "@/lib/paths";
import { messageEditSchema, messagePostSchema, messageReportSchema, reportDecisionSchema, threadHref } from "./conversations.schemas";
import { editMessage, postMessage, reportMessage } from "./conversations.mutations";
import { decideMessageReport } from "./reports.mutations";

const f = conversationsCopy.form;

export const postMessageAction = formAction({
  schema: messagePostSchema,
  permission: { operation: "conversation.write", scope: (data, { principal }) => getActorScope(principal, data.actorId) },
  run: async (data, { principal }) => {
    await postMessage(principal, data);
    return { message: f.sent, revalidate: [threadHref(data.kind, data.subjectId), paths.conversations()] };
  },
});

export const editMessageAction = formAction({
  schema: messageEditSchema,
  run: async (data, { principal }) => {
    const { kind, subjectId } = await editMessage(principal, data);
    return { message: f.edited, revalidate: [threadHref(kind, subjectId)] };
  },
});

export const reportMessageAction = formAction({
  schema: messageReportSchema,
  run: async (data, { principal }) => {
    await reportMessage(principal, data);
    return { message: f.reported };
  },
});

export const decideMessageReportAction = formAction({
  schema: reportDecisionSchema,
  permission: { operation: "moderation.decide" },
  run: async (data, { principal }) => {
    await decideMessageReport(principal, data, { ip: await clientIp() });
    // The report leaves the list with its form: the notice is on the page it lands on.
    return { revalidate: [paths.adminMessageReports()], redirect: paths.adminMessageReports({ fait: data.decision === "hide" ? "masque" : "classe" }) };
  },
});
