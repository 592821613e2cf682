"use client";
import { useActionState } from "react";
import { RowOutcome, RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import type { NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { closeNeedOfferAction } from "@/lib/needs-offers/needs-offers.actions";

/** Stays mounted once closed (the page refreshes without the button), so its outcome is kept. */
export function CloseForm({ kind, id, title, closed }: { kind: NeedOfferKind; id: string; title: string; closed: boolean }) {
  const [state, action] = useActionState(closeNeedOfferAction, initialActionState);
  if (closed) return <RowOutcome state={state} />;
  return (
    <form action={action}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <p className="mb-2 text-sm text-muted">{needsOffersCopy.detail.closeHint}</p>
      <RowSubmitButton label={needsOffersCopy.detail.close} hiddenSuffix={`« ${title} »`} />
      <RowOutcome state={state} />
    </form>
  );
}
