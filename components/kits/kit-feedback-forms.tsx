"use client";
// The co-construction forms of a kit page, for signed-in readers: rate its usefulness, and send a
// comment or a suggestion to the team. The server checks everything again.
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { kitFeedbackLabels } from "@/lib/copy/kits-feedback";
import { contributeKitAction, rateKitAction } from "@/lib/kits/feedback.actions";
import { ChoiceFieldset } from "./choice-fieldset";

const t = kitFeedbackLabels;
const RATINGS = [1, 2, 3, 4, 5];

export function KitRatingForm({ kitId, current }: { kitId: string; current: number | null }) {
  const [state, action] = useActionState(rateKitAction, initialActionState);
  const chosen = state.values?.rating ?? (current ? String(current) : "");
  return (
    <ActionForm action={action} state={state} formId="kit.rate" className="max-w-xl">
      <input type="hidden" name="kitId" value={kitId} />
      <ChoiceFieldset
        name="rating"
        type="radio"
        legend={t.rateLegend}
        hint={current ? t.yourRating(current) : undefined}
        choices={RATINGS.map((n) => ({ value: String(n), label: t.rateOption(n) }))}
        checked={chosen ? [chosen] : []}
        errors={state.fieldErrors?.rating}
        required
      />
      <SubmitButton pendingLabel={t.pending}>{t.rateSubmit}</SubmitButton>
    </ActionForm>
  );
}

export function KitContributionForm({ kitId }: { kitId: string }) {
  const [state, action] = useActionState(contributeKitAction, initialActionState);
  // The values sent come back only after a refusal (a success empties the form).
  const kind = (state.status === "error" ? state.values?.kind : undefined) ?? "SUGGESTION";
  return (
    // Emptied after a success: the contribution appears in « Vos contributions » below.
    <ActionForm action={action} state={state} formId="kit.contribute" resetOnSuccess className="max-w-xl">
      <input type="hidden" name="kitId" value={kitId} />
      <ChoiceFieldset
        name="kind"
        type="radio"
        legend={t.contributionLegend}
        choices={(["SUGGESTION", "COMMENT"] as const).map((value) => ({ value, label: t.contributionKinds[value] }))}
        checked={[kind]}
        errors={state.fieldErrors?.kind}
        required
      />
      <TextAreaField
        name="comment"
        label={t.contributionLabel}
        hint={t.contributionHint}
        state={state.status === "error" ? state : undefined}
        maxLength={2000}
        required
      />
      <SubmitButton pendingLabel={t.pending}>{t.contributionSubmit}</SubmitButton>
    </ActionForm>
  );
}
