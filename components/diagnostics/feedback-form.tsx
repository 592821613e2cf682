"use client";
// "Did it help?": a 1–5 rating and a comment, one Feedback row per answer. The same form serves
// the opinion given at completion and the follow-up asked weeks later (stage FOLLOW_UP).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { buttonClasses } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { postponeFollowUpAction, rateDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";
import { COMMENT_MAX_LENGTH } from "@/lib/diagnostics/diagnostics.schemas";
import { FieldErrors } from "@/components/forms/field-errors";

const t = diagnosticsCopy.feedback;

type Props = {
  id: string;
  stage?: "COMPLETION" | "FOLLOW_UP";
  /** Distinct ids when two forms could share a page. */
  idPrefix?: string;
};

/** The form alone; FeedbackSection and FollowUpPrompt give it its heading. */
export function FeedbackFields({ id, stage = "COMPLETION", idPrefix = "note" }: Props) {
  const [state, action] = useActionState(rateDiagnosticAction, initialActionState);
  const ratingErrors = state.fieldErrors?.rating ?? [];
  // Once sent, only the thanks remain: the form's outcome, which receives focus.
  return (
    <ActionForm action={action} state={state} formId="diagnostic.feedback">
      {state.status === "success" ? null : (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="stage" value={stage} />
          <fieldset className="mb-5" aria-describedby={ratingErrors.length > 0 ? `${idPrefix}-erreurs` : undefined}>
            <legend className="mb-2 font-semibold">
              {t.rating} <span className="font-normal text-muted">(obligatoire)</span>
            </legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {t.ratings.map((label, index) => (
                <div key={label} className="flex items-center gap-2">
                  <input
                    id={`${idPrefix}-${index + 1}`}
                    type="radio"
                    name="rating"
                    value={index + 1}
                    defaultChecked={state.values?.rating === String(index + 1)}
                    className="size-5 accent-odd17"
                  />
                  <label htmlFor={`${idPrefix}-${index + 1}`}>{label}</label>
                </div>
              ))}
            </div>
            <FieldErrors id={`${idPrefix}-erreurs`} errors={ratingErrors} />
          </fieldset>
          <TextAreaField id={`${idPrefix}-commentaire`} name="comment" label={t.comment} hint={t.commentHint} state={state} maxLength={COMMENT_MAX_LENGTH} />
          <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/**
 * "Plus tard" on the follow-up question: the page is rendered again without the prompt. Only a
 * refusal (a diagnostic no longer readable) stays to be read, next to the button.
 */
export function PostponeFollowUpForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(postponeFollowUpAction, initialActionState);
  const later = diagnosticsCopy.followUp;
  return (
    <ActionForm action={action} state={state} formId="diagnostic.follow-up-later" outcome="none" className="mt-4">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          aria-describedby="avis-suivi-plus-tard"
          className={buttonClasses("secondary", "disabled:opacity-70")}
        >
          {pending ? later.laterPending : later.later}
        </button>
        <p id="avis-suivi-plus-tard" className="text-sm text-muted">
          {later.laterHint}
        </p>
      </div>
      <FormOutcome state={state} variant="row" />
    </ActionForm>
  );
}

/** The opinion asked on the report, at completion. */
export function FeedbackForm({ id }: { id: string }) {
  return (
    <section aria-labelledby="avis" className="mb-10 max-w-3xl print:hidden">
      <h2 id="avis" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mb-4 text-muted">{t.intro}</p>
      <FeedbackFields id={id} />
    </section>
  );
}
