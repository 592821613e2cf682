"use client";
// Inviting an organisation (chosen among the results of the GET search above the form) and the
// invited organisation's answer: confirming is one click, declining asks first (the alliance then
// disappears from the organisation's workspace).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { invitePartnerAction, respondToInvitationAction } from "@/lib/alliances/workspace.actions";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { FieldErrors } from "@/components/forms/field-errors";

const c = alliancesWorkspaceCopy;

export function InviteForm({ id, candidates }: { id: string; candidates: { id: string; name: string; kindLabel: string }[] }) {
  const [state, action] = useActionState(invitePartnerAction, initialActionState);
  const errors = state.fieldErrors?.inviteeId ?? [];
  return (
    <ActionForm action={action} state={state} formId="alliance.partner-invite">
      <input type="hidden" name="id" value={id} />
      <fieldset className="mb-6" aria-describedby={errors.length > 0 ? "invite-erreurs" : undefined}>
        <legend className="mb-2 font-semibold">{c.invite.legend}</legend>
        {candidates.map((candidate, index) => (
          <div key={candidate.id} className="mb-2 flex items-center gap-3">
            <input
              id={`invite-${candidate.id}`}
              type="radio"
              name="inviteeId"
              value={candidate.id}
              defaultChecked={index === 0}
              className="size-5 shrink-0 accent-odd17"
            />
            <label htmlFor={`invite-${candidate.id}`}>
              {candidate.name} <span className="text-muted">({candidate.kindLabel})</span>
            </label>
          </div>
        ))}
        <FieldErrors id="invite-erreurs" errors={errors} />
      </fieldset>
      <TextField name="roleLabel" label={c.invite.roleLabel} hint={c.invite.roleLabelHint} state={state} maxLength={150} />
      <SubmitButton>{c.invite.submit}</SubmitButton>
    </ActionForm>
  );
}

/** One pair of forms per invited organisation of mine: each answers for itself. */
export function InvitationResponse({ id, actorId, allianceTitle }: { id: string; actorId: string; allianceTitle: string }) {
  const [confirmState, confirmAction] = useActionState(respondToInvitationAction, initialActionState);
  const [declineState, declineAction] = useActionState(respondToInvitationAction, initialActionState);
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="actorId" value={actorId} />
    </>
  );
  return (
    <div className="flex flex-wrap items-start gap-4">
      <ActionForm action={confirmAction} state={confirmState} formId="alliance.invitation-confirm">
        {hidden}
        <input type="hidden" name="decision" value="confirm" />
        <SubmitButton>{c.detail.confirm}</SubmitButton>
      </ActionForm>
      <ActionForm action={declineAction} state={declineState} formId="alliance.invitation-decline" confirm={c.detail.declineConfirm(allianceTitle)}>
        {hidden}
        <input type="hidden" name="decision" value="decline" />
        <SubmitButton variant="secondary">{c.detail.decline}</SubmitButton>
      </ActionForm>
    </div>
  );
}
