"use client";
// The message to the other organisation of a match. Once sent, the fields give way to the focused
// outcome; the form stays mounted when the page is refreshed with the new contact, so the outcome
// is not lost. A second click while sending does nothing (ActionForm), and the same message sent
// again is answered with the first one's success (contactMatch).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ContactStatus } from "@/generated/prisma/enums";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { contactMatchAction } from "@/lib/matching/matching.actions";

const t = needsOffersCopy.match;

type Props = { needId: string; offerId: string; fromActorId: string; fieldId: string; contactStatus: ContactStatus | null };

export function ContactForm({ needId, offerId, fromActorId, fieldId, contactStatus }: Props) {
  const [state, action] = useActionState(contactMatchAction, initialActionState);
  const sent = state.status === "success";
  if (contactStatus && !sent) return <p className="mt-3 text-muted">{t.alreadyContacted(contactStatus)}</p>;
  return (
    <ActionForm action={action} state={state} formId="match.contact" className="mt-4">
      {sent ? null : (
        <>
          <input type="hidden" name="needId" value={needId} />
          <input type="hidden" name="offerId" value={offerId} />
          <input type="hidden" name="fromActorId" value={fromActorId} />
          <TextAreaField id={fieldId} name="message" label={t.contactLabel} hint={t.contactHint} state={state} maxLength={1000} required />
          <SubmitButton>{t.contactSubmit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
