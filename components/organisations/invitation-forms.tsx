"use client";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { organisationsLabels } from "@/lib/copy/organisations";
import { acceptInvitationAction, inviteMemberAction, revokeInvitationAction } from "@/lib/organisations/organisations.actions";
import { INVITATION_ROLES } from "@/lib/organisations/organisations";
import { RowSubmitButton } from "./row-action";

// The organisations copy only, not the whole catalogue (lib/labels.ts): this is client code, and the
// accept form is on the public /invitation page.
const t = organisationsLabels;
const roleOptions = INVITATION_ROLES.map((role) => ({ value: role, label: t.roles[role] }));

export function InviteForm({ actorId }: { actorId: string }) {
  const [state, action] = useActionState(inviteMemberAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.invite" resetOnSuccess className="max-w-xl">
      <input type="hidden" name="actorId" value={actorId} />
      {/* After a success the fields are emptied for the next address (values are not echoed). */}
      <TextField name="email" type="email" label={t.members.inviteEmail} state={state.status === "error" ? state : undefined} autoComplete="off" required />
      <SelectField
        name="role"
        label={t.members.inviteRole}
        state={state.status === "error" ? state : undefined}
        options={roleOptions}
        defaultValue="MEMBER"
        required
      />
      <SubmitButton>{t.members.inviteSubmit}</SubmitButton>
    </ActionForm>
  );
}

export function RevokeInvitationForm({ actorId, invitationId, email }: { actorId: string; invitationId: string; email: string }) {
  const [state, action] = useActionState(revokeInvitationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.invitation-revoke" outcome="none">
      <input type="hidden" name="actorId" value={actorId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <RowSubmitButton label={t.members.revoke} hiddenSuffix={t.members.revokeSuffix(email)} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

/** Accepting is a POST: opening the link (as mail scanners do) never uses the invitation up. */
export function AcceptInvitationForm({ token, invitationId, organisationName }: { token?: string; invitationId?: string; organisationName?: string }) {
  const [state, action] = useActionState(acceptInvitationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="organisation.invitation-accept">
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {invitationId ? <input type="hidden" name="invitationId" value={invitationId} /> : null}
      {organisationName ? (
        <RowSubmitButton variant="primary" label={t.invitation.accept} hiddenSuffix={t.invitation.acceptSuffix(organisationName)} />
      ) : (
        <SubmitButton pendingLabel={t.invitation.accepting}>{t.invitation.accept}</SubmitButton>
      )}
    </ActionForm>
  );
}
