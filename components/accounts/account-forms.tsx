"use client";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePasswordAction, deleteAccountAction, requestEmailChangeAction, signOutEverywhereAction, updateProfileAction } from "@/lib/accounts/accounts.actions";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";

const t = accountLabels.account;

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <TextField name="name" label={t.name} state={state} defaultValue={name} autoComplete="name" required />
      <SubmitButton>{t.saveProfile}</SubmitButton>
    </form>
  );
}

export function EmailChangeForm() {
  const [state, action] = useActionState(requestEmailChangeAction, initialActionState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <TextField name="email" type="email" label={t.newEmail} state={state} autoComplete="email" required />
      <TextField name="currentPassword" id="champ-mot-de-passe-email" type="password" label={t.currentPassword} state={state} autoComplete="current-password" required />
      <SubmitButton>{t.changeEmail}</SubmitButton>
    </form>
  );
}

export function PasswordChangeForm() {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" type="password" label={t.currentPassword} state={state} autoComplete="current-password" required />
      <TextField name="password" type="password" label={t.newPassword} hint={accountLabels.signUp.passwordHint} state={state} autoComplete="new-password" required />
      <TextField name="passwordConfirmation" type="password" label={t.newPasswordConfirmation} state={state} autoComplete="new-password" required />
      <SubmitButton>{t.changePassword}</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <TextField name="confirmation" label={t.deleteConfirmation} state={state} autoComplete="off" required />
      {hasPassword ? (
        <TextField name="currentPassword" id="champ-mot-de-passe-suppression" type="password" label={t.currentPassword} state={state} autoComplete="current-password" required />
      ) : null}
      <SubmitButton variant="secondary">{t.deleteSubmit}</SubmitButton>
    </form>
  );
}

/** No state to keep: the action ends this session too and goes to the sign-in page. */
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction}>
      <SubmitButton variant="secondary">{t.signOutEverywhere}</SubmitButton>
    </form>
  );
}
