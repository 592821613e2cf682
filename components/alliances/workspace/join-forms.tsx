"use client";
// Asking to join a published alliance (one of my organisations, a message), and the lead's answer
// to each pending request: accept in one click, decline after a confirmation, with an optional
// note passed on to the organisation.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { decideJoinRequestAction, requestToJoinAllianceAction } from "@/lib/alliances/join-requests.actions";
import { allianceJoinCopy, JOIN_MESSAGE_MAX, JOIN_NOTE_MAX } from "@/lib/copy/alliance-join";

const c = allianceJoinCopy;

export function JoinRequestForm({ allianceId, organisations }: { allianceId: string; organisations: { id: string; name: string }[] }) {
  const [state, action] = useActionState(requestToJoinAllianceAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="alliance.join-request">
      <input type="hidden" name="id" value={allianceId} />
      <SelectField name="actorId" label={c.form.organisation} state={state} options={organisations.map((o) => ({ value: o.id, label: o.name }))} required />
      <TextAreaField name="message" label={c.form.message} hint={c.form.messageHint} state={state} rows={6} maxLength={JOIN_MESSAGE_MAX} required />
      <SubmitButton>{c.form.submit}</SubmitButton>
    </ActionForm>
  );
}

export function JoinDecisionForms({ allianceId, requestId, organisation }: { allianceId: string; requestId: string; organisation: string }) {
  const [acceptState, acceptAction] = useActionState(decideJoinRequestAction, initialActionState);
  const [declineState, declineAction] = useActionState(decideJoinRequestAction, initialActionState);
  const hidden = (
    <>
      <input type="hidden" name="id" value={allianceId} />
      <input type="hidden" name="requestId" value={requestId} />
    </>
  );
  return (
    <div className="flex flex-col gap-4">
      <ActionForm action={acceptAction} state={acceptState} formId="alliance.join-accept">
        {hidden}
        <input type="hidden" name="decision" value="accept" />
        <SubmitButton>{c.lead.accept(organisation)}</SubmitButton>
      </ActionForm>
      <ActionForm action={declineAction} state={declineState} formId="alliance.join-decline" confirm={c.lead.declineConfirm(organisation)}>
        {hidden}
        <input type="hidden" name="decision" value="decline" />
        <TextAreaField
          id={`reponse-${requestId}`}
          name="note"
          label={c.lead.note}
          hint={c.lead.noteHint}
          state={declineState}
          rows={3}
          maxLength={JOIN_NOTE_MAX}
        />
        <SubmitButton variant="secondary">{c.lead.decline(organisation)}</SubmitButton>
      </ActionForm>
    </div>
  );
}
