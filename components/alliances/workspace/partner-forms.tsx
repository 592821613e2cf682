"use client";
// Inviting an organisation (chosen among the results of the GET search above the form) and the
// invited organisation's answer.
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { invitePartnerAction, respondToInvitationAction } from "@/lib/alliances/workspace.actions";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";

const c = alliancesWorkspaceCopy;

export function InviteForm({ id, candidates }: { id: string; candidates: { id: string; name: string; kindLabel: string }[] }) {
  const [state, action] = useActionState(invitePartnerAction, initialActionState);
  const errors = state.fieldErrors?.inviteeId ?? [];
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <fieldset className="mb-6" aria-describedby={errors.length > 0 ? "invite-erreurs" : undefined}>
        <legend className="mb-2 font-semibold">{c.invite.legend}</legend>
        {candidates.map((candidate, index) => (
          <div key={candidate.id} className="mb-2 flex items-center gap-3">
            <input id={`invite-${candidate.id}`} type="radio" name="inviteeId" value={candidate.id} defaultChecked={index === 0} className="size-5 shrink-0 accent-odd17" />
            <label htmlFor={`invite-${candidate.id}`}>
              {candidate.name} <span className="text-muted">({candidate.kindLabel})</span>
            </label>
          </div>
        ))}
        <div id="invite-erreurs" aria-live="polite">
          {errors.map((error) => (
            <p key={error} className="mt-1 text-sm font-semibold text-red-700">
              <span aria-hidden="true">✖ </span>
              {error}
            </p>
          ))}
        </div>
      </fieldset>
      <TextField name="roleLabel" label={c.invite.roleLabel} hint={c.invite.roleLabelHint} state={state} maxLength={150} />
      <SubmitButton>{c.invite.submit}</SubmitButton>
    </form>
  );
}

/** One pair of buttons per invited organisation of mine: each answers for itself. */
export function InvitationResponse({ id, actorId }: { id: string; actorId: string }) {
  const [state, action] = useActionState(respondToInvitationAction, initialActionState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="actorId" value={actorId} />
      <div className="flex flex-wrap gap-4">
        <button type="submit" name="decision" value="confirm" className="inline-flex min-h-11 items-center rounded-md bg-odd17 px-5 py-2.5 font-semibold text-white hover:bg-odd17-dark">
          {c.detail.confirm}
        </button>
        <button type="submit" name="decision" value="decline" className="inline-flex min-h-11 items-center rounded-md border-2 border-odd17 bg-white px-5 py-2.5 font-semibold text-odd17 hover:bg-odd17-light">
          {c.detail.decline}
        </button>
      </div>
    </form>
  );
}
