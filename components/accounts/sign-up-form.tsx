"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { signUpAction } from "@/lib/accounts/accounts.actions";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";

const t = accountLabels.signUp;

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signUpAction, initialActionState);
  // After a success only the message stays (in focus): the next step is in the mailbox.
  const done = state.status === "success";
  return (
    <ActionForm action={action} state={state} formId="account.sign-up" className="max-w-xl">
      {done ? null : (
        <>
          {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
          <TextField name="name" label={t.name} state={state} autoComplete="name" required />
          <TextField name="email" type="email" label={t.email} state={state} autoComplete="email" required />
          <TextField name="password" type="password" label={t.password} hint={t.passwordHint} state={state} autoComplete="new-password" required />
          <TextField name="passwordConfirmation" type="password" label={t.passwordConfirmation} state={state} autoComplete="new-password" required />
          <SubmitButton>{t.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
