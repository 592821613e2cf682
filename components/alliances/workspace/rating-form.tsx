"use client";
// One organisation's rating: three 1–5 radio groups and a comment; rating again replaces it. The
// scores chosen survive a refusal (ActionForm does not reset the form).
import { useActionState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialActionState } from "@/lib/action-state";
import { SCORE_DIMENSIONS, type Scores } from "@/lib/alliances/scorecard";
import { rateAllianceAction } from "@/lib/alliances/workspace.actions";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { FieldErrors } from "@/components/forms/field-errors";

const t = alliancesWorkspaceCopy.scorecard;
const SCORES = [1, 2, 3, 4, 5];

export function RatingForm({ id, actorId, actorName, current }: { id: string; actorId: string; actorName: string; current?: Scores & { comment: string } }) {
  const [state, action] = useActionState(rateAllianceAction, initialActionState);
  const prefix = `note-${actorId}`;
  return (
    <>
      {/* Outside the form, so that the outcome ActionForm puts on top of the fields comes under it. */}
      <h3 id={`${prefix}-titre`} className="mt-6 mb-3 text-xl font-bold">
        {t.formHeading(actorName)}
      </h3>
      <ActionForm action={action} state={state} formId="alliance.rating" aria-labelledby={`${prefix}-titre`}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="actorId" value={actorId} />
        {SCORE_DIMENSIONS.map((dimension) => {
          const errors = state.fieldErrors?.[dimension] ?? [];
          const chosen = state.values?.[dimension] ?? (current ? String(current[dimension]) : undefined);
          return (
            <fieldset key={dimension} className="mb-4" aria-describedby={errors.length > 0 ? `${prefix}-${dimension}-erreurs` : undefined}>
              <legend className="mb-1 font-semibold">{t.scoreLegend(dimension)}</legend>
              <div className="flex flex-wrap gap-4">
                {SCORES.map((score) => (
                  <div key={score} className="flex items-center gap-2">
                    <input
                      id={`${prefix}-${dimension}-${score}`}
                      type="radio"
                      name={dimension}
                      value={score}
                      defaultChecked={chosen === String(score)}
                      className="size-5 accent-odd17"
                    />
                    <label htmlFor={`${prefix}-${dimension}-${score}`}>{score}</label>
                  </div>
                ))}
              </div>
              <FieldErrors id={`${prefix}-${dimension}-erreurs`} errors={errors} />
            </fieldset>
          );
        })}
        <TextAreaField id={`${prefix}-commentaire`} name="comment" label={t.comment} state={state} defaultValue={current?.comment} maxLength={1000} />
        <SubmitButton>{t.submit}</SubmitButton>
      </ActionForm>
    </>
  );
}
