"use client";
// The forms of a thread: write (for which of my participating organisations, when more than one),
// correct one's message within 10 minutes, report another's message to staff.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { editMessageAction, postMessageAction, reportMessageAction } from "@/lib/conversations/conversations.actions";
import type { ConversationKindName } from "@/lib/conversations/rules";
import { MESSAGE_MAX_LENGTH } from "@/lib/conversations/rules";
import { conversationsCopy, REPORT_REASON_MAX } from "@/lib/copy/conversations";

const f = conversationsCopy.form;

type PostProps = { kind: ConversationKindName; subjectId: string; organisations: { id: string; name: string }[] };

export function PostMessageForm({ kind, subjectId, organisations }: PostProps) {
  const [state, action] = useActionState(postMessageAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="conversation.message-post" resetOnSuccess>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="subjectId" value={subjectId} />
      {organisations.length > 1 ? (
        <SelectField name="actorId" label={f.organisation} state={state} options={organisations.map((o) => ({ value: o.id, label: o.name }))} required />
      ) : (
        <input type="hidden" name="actorId" value={organisations[0]?.id ?? ""} />
      )}
      <TextAreaField name="body" label={f.body} hint={f.bodyHint} state={state} rows={5} maxLength={MESSAGE_MAX_LENGTH} required />
      <SubmitButton>{f.submit}</SubmitButton>
    </ActionForm>
  );
}

export function EditMessageForm({ messageId, body }: { messageId: string; body: string }) {
  const [state, action] = useActionState(editMessageAction, initialActionState);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer font-semibold">{f.edit}</summary>
      <ActionForm action={action} state={state} formId="conversation.message-edit">
        <input type="hidden" name="messageId" value={messageId} />
        <TextAreaField
          id={`correction-${messageId}`}
          name="body"
          label={f.editLabel}
          state={state}
          defaultValue={body}
          rows={4}
          maxLength={MESSAGE_MAX_LENGTH}
          required
        />
        <SubmitButton variant="secondary">{f.editSubmit}</SubmitButton>
      </ActionForm>
    </details>
  );
}

export function ReportMessageForm({ messageId }: { messageId: string }) {
  const [state, action] = useActionState(reportMessageAction, initialActionState);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm">{f.report}</summary>
      <ActionForm action={action} state={state} formId="conversation.message-report">
        <input type="hidden" name="messageId" value={messageId} />
        <TextAreaField
          id={`signalement-${messageId}`}
          name="reason"
          label={f.reportReason}
          hint={f.reportHint}
          state={state}
          rows={3}
          maxLength={REPORT_REASON_MAX}
          required
        />
        <SubmitButton variant="secondary">{f.reportSubmit}</SubmitButton>
      </ActionForm>
    </details>
  );
}
