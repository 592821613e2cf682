"use client";
// « Prendre en charge » / « Libérer » on one queued item. The queue is re-rendered with the item's
// new holder; a refusal (a colleague took it first) is said in the row.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormOutcome } from "@/components/forms/form-outcome";
import { RowSubmitButton } from "@/components/organisations/row-action";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import { claimModerationAction } from "@/lib/moderation/moderation.actions";
import type { ModerationKind } from "@/lib/moderation/moderation";

const t = adminLabels.moderation;

export function ModerationClaimForm({ kind, id, title, mine }: { kind: ModerationKind; id: string; title: string; mine: boolean }) {
  const [state, action] = useActionState(claimModerationAction, initialActionState);
  return (
    <ActionForm action={action} state={state} formId={mine ? "moderation.release" : "moderation.claim"} outcome="none" className="mt-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="claim" value={mine ? "release" : "take"} />
      <RowSubmitButton label={mine ? t.release : t.claim} hiddenSuffix={t.forItem(title)} />
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}
