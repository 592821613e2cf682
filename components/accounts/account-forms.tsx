"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  changePasswordAction,
  deleteAccountAction,
  requestEmailChangeAction,
  signOutEverywhereAction,
  updateProfileAction,
} from "@/lib/accounts/accounts.actions";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";

const t = accountLabels.account;

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.profile">
      <TextField name="name" label={t.name} state={state} defaultValue={name} autoComplete="name" required />
      <SubmitButton>{t.saveProfile}</SubmitButton>
    </ActionForm>
  );
}

export function EmailChangeForm() {
  const [state, action] = useActionState(requestEmailChangeAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.email-change">
      <TextField name="email" type="email" label={t.newEmail} state={state} autoComplete="email" required />
      <TextField
        name="currentPassword"
        id="champ-mot-de-passe-email"
        type="password"
        label={t.currentPassword}
        state={state}
        autoComplete="current-password"
        required
      />
      <SubmitButton>{t.changeEmail}</SubmitButton>
    </ActionForm>
  );
}

export function PasswordChangeForm() {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.password-change">
      <TextField name="currentPassword" type="password" label={t.currentPassword} state={state} autoComplete="current-password" required />
      <TextField
        name="password"
        type="password"
        label={t.newPassword}
        hint={accountLabels.signUp.passwordHint}
        state={state}
        autoComplete="new-password"
        required
      />
      <TextField name="passwordConfirmation" type="password" label={t.newPasswordConfirmation} state={state} autoComplete="new-password" required />
      <SubmitButton>{t.changePassword}</SubmitButton>
    </ActionForm>
  );
}

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.delete" confirm={t.deleteConfirm}>
      <TextField name="confirmation" label={t.deleteConfirmation} state={state} autoComplete="off" required />
      {hasPassword ? (
        <TextField
          name="currentPassword"
          id="champ-mot-de-passe-suppression"
          type="password"
          label={t.currentPassword}
          state={state}
          autoComplete="current-password"
          required
        />
      ) : null}
      <SubmitButton variant="secondary">{t.deleteSubmit}</SubmitButton>
    </ActionForm>
  );
}

/** Nothing to type: the action ends this session too and goes to the sign-in page. */
export function SignOutEverywhereForm() {
  const [state, action] = useActionState(signOutEverywhereAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.sign-out-everywhere" confirm={t.signOutEverywhereConfirm}>
      <SubmitButton variant="secondary">{t.signOutEverywhere}</SubmitButton>
    </ActionForm>
  );
}
