"use client";
// The refusal reason of a decision: a saved reason to pick (which fills the text, to adapt it) and
// the text itself. Without JavaScript the choice is sent as `savedReasonId` and the server uses
// its text when nothing is typed.
import { useState } from "react";
import { FieldErrors } from "@/components/forms/field-errors";
import type { ActionState } from "@/lib/action-state";
import { adminLabels } from "@/lib/copy/admin";
import type { SavedReason } from "@/lib/moderation/saved-reasons.queries";

const t = adminLabels.moderation;
const controlClasses = "mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

export function ReasonFields({ idPrefix, state, savedReasons }: { idPrefix: string; state: ActionState; savedReasons: SavedReason[] }) {
  const [text, setText] = useState(state.values?.reason ?? "");
  const [chosen, setChosen] = useState(state.values?.savedReasonId ?? "");
  const errors = state.fieldErrors?.reason ?? [];
  const textId = `${idPrefix}-motif`;
  const selectId = `${idPrefix}-motif-enregistre`;
  return (
    <>
      {savedReasons.length > 0 ? (
        <div className="mb-4">
          <label htmlFor={selectId} className="font-semibold">
            {t.savedReasonLabel}
          </label>
          <p id={`${selectId}-aide`} className="mt-1 text-sm text-muted">
            {t.savedReasonHint}
          </p>
          <select
            id={selectId}
            name="savedReasonId"
            value={chosen}
            aria-describedby={`${selectId}-aide`}
            onChange={(event) => {
              setChosen(event.target.value);
              const reason = savedReasons.find((item) => item.id === event.target.value);
              if (reason) setText(reason.text);
            }}
            className={controlClasses}
          >
            <option value="">{t.savedReasonNone}</option>
            {savedReasons.map((reason) => (
              <option key={reason.id} value={reason.id}>
                {reason.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="mb-4">
        <label htmlFor={textId} className="font-semibold">
          {t.reasonLabel}
        </label>
        <p id={`${textId}-aide`} className="mt-1 text-sm text-muted">
          {t.reasonHint}
        </p>
        <textarea
          id={textId}
          name="reason"
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={[`${textId}-aide`, errors.length > 0 ? `${textId}-erreurs` : null].filter(Boolean).join(" ")}
          className={`${controlClasses} min-h-24`}
        />
        <FieldErrors id={`${textId}-erreurs`} errors={errors} />
      </div>
    </>
  );
}
