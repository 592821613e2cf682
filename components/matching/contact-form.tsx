"use client";
// The message to the other organisation of a match. Once sent, the form gives way to its outcome;
// it stays mounted when the page is refreshed with the new contact, so the outcome is not lost.
import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ContactStatus } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { contactMatchAction } from "@/lib/matching/matching.actions";

const t = needsOffersCopy.match;

type Props = { needId: string; offerId: string; fromActorId: string; fieldId: string; contactStatus: ContactStatus | null };

export function ContactForm({ needId, offerId, fromActorId, fieldId, contactStatus }: Props) {
  const [state, action] = useActionState(contactMatchAction, initialActionState);
  if (state.status === "success") return <FormMessage state={state} />;
  if (contactStatus) return <p className="mt-3 text-muted">{t.alreadyContacted(contactStatus)}</p>;
  return (
    <form action={action} noValidate className="mt-4">
      <FormMessage state={state} />
      <input type="hidden" name="needId" value={needId} />
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="fromActorId" value={fromActorId} />
      <TextAreaField id={fieldId} name="message" label={t.contactLabel} hint={t.contactHint} state={state} maxLength={1000} required />
      <SubmitButton>{t.contactSubmit}</SubmitButton>
    </form>
  );
}
