"use client";
// The « Attribuer à… » fields of a bulk form (any content list): the colleague, or nobody to take
// the items back, and a note. Controlled, so that the form's confirmation can name the colleague;
// disabled (so not sent) while another action of the bulk form is chosen.
import type { ActionState } from "@/lib/action-state";
import type { AssignTarget } from "@/lib/assignments/assignments";
import { ASSIGN_NOTE_MAX_LENGTH } from "@/lib/assignments/assignments";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { FieldErrors } from "@/components/forms/field-errors";
import { TextAreaField } from "@/components/forms/field";

const t = assignmentsCopy.bulk;

export type ColleagueOption = { id: string; label: string };

const selectClasses = "mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

export const colleagueLabel = (colleagues: ColleagueOption[], id: string) => colleagues.find((colleague) => colleague.id === id)?.label ?? null;

export function AssignFields({
  entity,
  colleagues,
  value,
  onChange,
  state,
  disabled,
  idPrefix,
}: {
  entity: AssignTarget;
  colleagues: ColleagueOption[];
  value: string;
  onChange: (id: string) => void;
  state: ActionState;
  disabled?: boolean;
  idPrefix: string;
}) {
  const errors = state.fieldErrors?.assigneeId ?? [];
  const id = `${idPrefix}-collegue`;
  return (
    <div>
      <input type="hidden" name="entity" value={entity} disabled={disabled} />
      <div className="mb-5">
        <label htmlFor={id} className="font-semibold">
          {t.colleague}
        </label>
        <select
          id={id}
          name="assigneeId"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          disabled={disabled}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length > 0 ? `${id}-erreurs` : undefined}
          className={selectClasses}
        >
          <option value="">{t.nobody}</option>
          {colleagues.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>
              {colleague.label}
            </option>
          ))}
        </select>
        <FieldErrors id={`${id}-erreurs`} errors={errors} />
      </div>
      <TextAreaField
        id={`${idPrefix}-note`}
        name="note"
        label={t.note}
        hint={t.noteHint}
        state={state}
        maxLength={ASSIGN_NOTE_MAX_LENGTH}
        rows={2}
        disabled={disabled}
      />
    </div>
  );
}
