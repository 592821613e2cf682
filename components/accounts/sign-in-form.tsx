"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestSignInLinkAction, resendConfirmationAction, signInAction } from "@/lib/accounts/accounts.actions";
import { accountMessages } from "@/lib/accounts/accounts.messages";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";
import { paths } from "@/lib/paths";

const t = accountLabels.signIn;

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, initialActionState);
  // This refusal comes only after the right password: offering a new link tells nothing new.
  const unconfirmed = state.status === "error" && state.message === accountMessages.emailNotConfirmed;
  return (
    <>
      <ActionForm action={action} state={state} formId="account.sign-in" className="max-w-xl">
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField name="email" type="email" label={t.email} state={state} autoComplete="email" required />
        <TextField name="password" type="password" label={t.password} state={state} autoComplete="current-password" required />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton>{t.submit}</SubmitButton>
          <Link href={paths.forgotPassword()}>{t.forgotPassword}</Link>
        </div>
      </ActionForm>
      {unconfirmed && state.values?.email ? <ResendConfirmationForm email={state.values.email} callbackUrl={callbackUrl} /> : null}
    </>
  );
}

/** "Renvoyer l'e-mail de confirmation", under the refusal of an unconfirmed account. */
function ResendConfirmationForm({ email, callbackUrl }: { email: string; callbackUrl?: string }) {
  const [state, action] = useActionState(resendConfirmationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.confirmation-resend" className="mt-6 max-w-xl rounded-md border border-line p-4">
      <input type="hidden" name="email" value={email} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <p className="mb-3">{t.resendIntro(email)}</p>
      <SubmitButton variant="secondary">{t.resendSubmit}</SubmitButton>
    </ActionForm>
  );
}

export function SignInLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(requestSignInLinkAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId="account.sign-in-link" className="max-w-xl">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="email" id="champ-email-lien" type="email" label={t.linkEmail} state={state} autoComplete="email" required />
      <SubmitButton variant="secondary">{t.linkSubmit}</SubmitButton>
    </ActionForm>
  );
}
