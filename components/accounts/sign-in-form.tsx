"use client";
import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestSignInLinkAction, signInAction } from "@/lib/accounts/accounts.actions";
import { initialActionState } from "@/lib/action-state";
import { accountLabels } from "@/lib/copy/accounts";
import { paths } from "@/lib/paths";

const t = accountLabels.signIn;

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, initialActionState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="email" type="email" label={t.email} state={state} autoComplete="email" required />
      <TextField name="password" type="password" label={t.password} state={state} autoComplete="current-password" required />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{t.submit}</SubmitButton>
        <Link href={paths.forgotPassword()}>{t.forgotPassword}</Link>
      </div>
    </form>
  );
}

export function SignInLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(requestSignInLinkAction, initialActionState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField name="email" id="champ-email-lien" type="email" label={t.linkEmail} state={state} autoComplete="email" required />
      <SubmitButton variant="secondary">{t.linkSubmit}</SubmitButton>
    </form>
  );
}
