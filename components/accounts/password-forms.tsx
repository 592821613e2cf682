"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { confirmEmailChangeAction, requestPasswordResetAction, resetPasswordAction, signInWithLinkAction } from "@/lib/accounts/accounts.actions";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";

export function ForgotPasswordForm() {
  const t = accountLabels.forgotPassword;
  const [state, action] = useActionState(requestPasswordResetAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.password-forgotten" className="max-w-xl">
      <TextField name="email" type="email" label={t.email} state={state} autoComplete="email" required />
      <SubmitButton>{t.submit}</SubmitButton>
    </ActionForm>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = accountLabels.resetPassword;
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.password-reset" className="max-w-xl">
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label={t.password}
        hint={accountLabels.signUp.passwordHint}
        state={state}
        autoComplete="new-password"
        required
      />
      <TextField name="passwordConfirmation" type="password" label={t.passwordConfirmation} state={state} autoComplete="new-password" required />
      <SubmitButton>{t.submit}</SubmitButton>
    </ActionForm>
  );
}

/** A button, not an automatic sign-in: mail scanners that open links must not use them up. */
export function LinkSignInForm({ token, callbackUrl }: { token: string; callbackUrl?: string }) {
  const [state, action] = useActionState(signInWithLinkAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.link-sign-in" className="max-w-xl">
      <input type="hidden" name="token" value={token} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <SubmitButton>{accountLabels.linkSignIn.submit}</SubmitButton>
    </ActionForm>
  );
}

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailChangeAction, initialActionState);
  // After a success only the message stays: the link is used up.
  return (
    <ActionForm action={action} state={state} formId="account.email-change-confirm" className="max-w-xl">
      {state.status === "success" ? null : (
        <>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{accountLabels.confirmEmailChange.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
