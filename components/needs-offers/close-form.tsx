"use client";
// Closing a need/offer asks first. The form stays mounted once closed (the page refreshes without
// the button), so its outcome is kept.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import type { NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { closeNeedOfferAction } from "@/lib/needs-offers/needs-offers.actions";

export function CloseForm({ kind, id, title, closed }: { kind: NeedOfferKind; id: string; title: string; closed: boolean }) {
  const [state, action] = useActionState(closeNeedOfferAction, initialActionState);
  if (closed) return <FormOutcome state={state} variant="row" />;
  return (
    <ActionForm action={action} state={state} formId="need-offer.close" outcome="none" confirm={needsOffersCopy.detail.closeConfirm(kind, title)}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <p className="mb-2 text-sm text-muted">{needsOffersCopy.detail.closeHint}</p>
      <RowSubmitButton label={needsOffersCopy.detail.close} hiddenSuffix={`« ${title} »`} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
