"use client";
// Staff's answer to a reported message: hide it with a reason, or dismiss the report.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { decideMessageReportAction } from "@/lib/conversations/conversations.actions";
import { conversationsCopy, HIDE_REASON_MAX } from "@/lib/copy/conversations";

const a = conversationsCopy.admin;

export function ReportDecisionForms({ reportId }: { reportId: string }) {
  const [hideState, hideAction] = useActionState(decideMessageReportAction, initialActionState);
  const [dismissState, dismissAction] = useActionState(decideMessageReportAction, initialActionState);
  return (
    <div className="mt-3 flex flex-col gap-4">
      <ActionForm action={hideAction} state={hideState} formId="conversation.report-hide">
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="decision" value="hide" />
        <TextAreaField id={`masquage-${reportId}`} name="reason" label={a.hideReason} state={hideState} rows={2} maxLength={HIDE_REASON_MAX} required />
        <SubmitButton>{a.hide}</SubmitButton>
      </ActionForm>
      <ActionForm action={dismissAction} state={dismissState} formId="conversation.report-dismiss">
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="decision" value="dismiss" />
        <SubmitButton variant="secondary">{a.dismiss}</SubmitButton>
      </ActionForm>
    </div>
  );
}
