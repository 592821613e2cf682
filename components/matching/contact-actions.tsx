"use client";
// The answers to a contact (accept, decline) and turning an accepted one into an alliance draft:
// small forms whose button names say which contact they act on. Declining asks first. Once
// answered, the page is refreshed without the buttons and the outcome line stays in their place.
// A second click while the first is being sent does nothing (ActionForm), and the same answer
// sent again is answered with the first one's success (answerContact).
import Link from "next/link";
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { answerContactAction, createAllianceFromContactAction } from "@/lib/matching/matching.actions";

const t = needsOffersCopy.contacts;

export function AnswerForms({ contactId, from, answered }: { contactId: string; from: string; answered: boolean }) {
  const [acceptState, acceptAction] = useActionState(answerContactAction, initialActionState);
  const [declineState, declineAction] = useActionState(answerContactAction, initialActionState);
  const latest = declineState.status !== "idle" ? declineState : acceptState;
  if (answered) return <FormOutcome state={latest} variant="row" />;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3">
      <ActionForm action={acceptAction} state={acceptState} formId="match.contact-accept" outcome="none">
        <input type="hidden" name="contactId" value={contactId} />
        <input type="hidden" name="answer" value="ACCEPTED" />
        <RowSubmitButton variant="primary" label={t.accept} hiddenSuffix={t.answerFrom(from)} />
        <FormOutcome state={acceptState} variant="row" />
      </ActionForm>
      <ActionForm action={declineAction} state={declineState} formId="match.contact-decline" outcome="none" confirm={t.declineConfirm(from)}>
        <input type="hidden" name="contactId" value={contactId} />
        <input type="hidden" name="answer" value="DECLINED" />
        <RowSubmitButton label={t.decline} hiddenSuffix={t.answerFrom(from)} />
        <FormOutcome state={declineState} variant="row" />
      </ActionForm>
    </div>
  );
}

export function AllianceForm({
  contactId,
  actorId,
  allianceHref,
  partner,
}: {
  contactId: string;
  actorId: string;
  allianceHref: string | null;
  partner: string;
}) {
  const [state, action] = useActionState(createAllianceFromContactAction, initialActionState);
  if (allianceHref) {
    return (
      <div className="mt-3">
        <FormOutcome state={state} variant="row" />
        <Link href={allianceHref}>{t.openAlliance}</Link>
      </div>
    );
  }
  return (
    <ActionForm action={action} state={state} formId="match.alliance-create" outcome="none" className="mt-3">
      <input type="hidden" name="contactId" value={contactId} />
      <input type="hidden" name="actorId" value={actorId} />
      <p className="mb-2 text-sm text-muted">{t.allianceHint}</p>
      <RowSubmitButton label={t.createAlliance} hiddenSuffix={t.with(partner)} variant="primary" />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
