"use client";
// « Décision groupée »: the same decision for the items checked in the list (their checkboxes
// belong to this form through their `form` attribute). One form, two submit buttons (the pressed
// one sends `decision`); it asks for confirmation first, and its outcome says how many items were
// decided and how many were left aside (decided meanwhile, or held by a colleague).
import { useActionState, useEffect } from "react";
import { DoneNotice } from "@/components/ui/done-notice";
import { ActionForm } from "@/components/forms/action-form";
import { useFormPending } from "@/components/forms/action-form-context";
import { FieldErrors } from "@/components/forms/field-errors";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import { decideModerationManyAction } from "@/lib/moderation/moderation.actions";
import type { SavedReason } from "@/lib/moderation/saved-reasons.queries";
import { useDecisions } from "./moderation-decisions";
import { ReasonFields } from "./reason-fields";

const t = adminLabels.moderation;

export const BULK_FORM_ID = "decision-groupee";

function BulkButtons() {
  const pending = useFormPending();
  const classes = "min-h-11 px-4 py-2 text-sm disabled:opacity-70";
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" name="decision" value="approve" disabled={pending} aria-disabled={pending} className={buttonClasses("primary", classes)}>
        {pending ? t.pending : t.bulk.approve}
      </button>
      <button type="submit" name="decision" value="reject" disabled={pending} aria-disabled={pending} className={buttonClasses("secondary", classes)}>
        {pending ? t.pending : t.bulk.reject}
      </button>
    </div>
  );
}

/**
 * Always mounted by the page, so that its outcome survives the re-rendered queue; with nothing
 * left to decide it shows only that outcome.
 */
export function ModerationBulkForm({ savedReasons, hasItems }: { savedReasons: SavedReason[]; hasItems: boolean }) {
  const [state, action] = useActionState(decideModerationManyAction, initialActionState);
  const { clearSelection } = useDecisions();
  useEffect(() => {
    if (state.status === "success") clearSelection();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per outcome
  }, [state]);
  if (!hasItems) return state.status === "success" ? <DoneNotice message={state.message ?? ""} /> : null;
  return (
    <section aria-labelledby="decision-groupee-titre" className="mb-6 rounded-lg border-2 border-odd17 bg-odd17-light/30 p-4">
      <h3 id="decision-groupee-titre" className="text-xl font-bold">
        {t.bulk.heading}
      </h3>
      <p className="mb-4 text-muted">{t.bulk.intro}</p>
      <ActionForm id={BULK_FORM_ID} action={action} state={state} formId="moderation.bulk" confirm={t.bulk.confirm}>
        <div data-field="items">
          <FieldErrors id={`${BULK_FORM_ID}-erreurs`} errors={state.fieldErrors?.items ?? []} />
        </div>
        <ReasonFields idPrefix={BULK_FORM_ID} state={state} savedReasons={savedReasons} />
        <BulkButtons />
      </ActionForm>
    </section>
  );
}
