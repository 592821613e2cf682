"use client";
// "Did it help?": a 1–5 rating and a comment, one Feedback row per answer.
import { useActionState } from "react";
import { TextAreaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { rateDiagnosticAction } from "@/lib/diagnostics/diagnostics.actions";
import { COMMENT_MAX_LENGTH } from "@/lib/diagnostics/diagnostics.schemas";

const t = diagnosticsCopy.feedback;

export function FeedbackForm({ id }: { id: string }) {
  const [state, action] = useActionState(rateDiagnosticAction, initialActionState);
  const ratingErrors = state.fieldErrors?.rating ?? [];
  return (
    <section aria-labelledby="avis" className="mb-10 max-w-3xl print:hidden">
      <h2 id="avis" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <p className="mb-4 text-muted">{t.intro}</p>
      <form action={action} noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <fieldset className="mb-5" aria-describedby={ratingErrors.length > 0 ? "note-erreurs" : undefined}>
          <legend className="mb-2 font-semibold">
            {t.rating} <span className="font-normal text-muted">(obligatoire)</span>
          </legend>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            {t.ratings.map((label, index) => (
              <div key={label} className="flex items-center gap-2">
                <input id={`note-${index + 1}`} type="radio" name="rating" value={index + 1} defaultChecked={state.values?.rating === String(index + 1)} className="size-5 accent-odd17" />
                <label htmlFor={`note-${index + 1}`}>{label}</label>
              </div>
            ))}
          </div>
          <div id="note-erreurs" aria-live="polite">
            {ratingErrors.map((error) => (
              <p key={error} className="mt-1 text-sm font-semibold text-red-700">
                <span aria-hidden="true">✖ </span>
                {error}
              </p>
            ))}
          </div>
        </fieldset>
        <TextAreaField name="comment" label={t.comment} hint={t.commentHint} state={state} maxLength={COMMENT_MAX_LENGTH} />
        <SubmitButton pendingLabel={t.pending}>{t.submit}</SubmitButton>
      </form>
    </section>
  );
}
