// A labelled form field whose errors sit under it, tied by aria-describedby and announced
// politely; after a refused submission it shows what the user typed (state.values).
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { ActionState } from "@/lib/action-state";
import { FieldErrors } from "@/components/forms/field-errors";

type Common = {
  name: string;
  label: string;
  state?: ActionState;
  hint?: ReactNode;
  /** Used when the form has not been submitted yet. */
  defaultValue?: string;
};

const inputClasses = "mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

function describedBy(id: string, hint: boolean, errors: boolean) {
  return [hint ? `${id}-aide` : null, errors ? `${id}-erreurs` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors: string[];
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="mb-5">
      {/* "(obligatoire)" stays outside the label: the required attribute already tells assistive
          technologies, and the field's accessible name stays its plain label. */}
      <p className="flex flex-wrap items-baseline gap-x-1">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {required ? <span className="text-muted">(obligatoire)</span> : null}
      </p>
      {hint ? (
        <p id={`${id}-aide`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-erreurs`} errors={errors} />
    </div>
  );
}

/** What the three controls share: their id, errors, and the attributes tying them together. */
function bindControl({ name, state, hint, defaultValue, id, required }: Common & { id?: string; required?: boolean }) {
  const fieldId = id ?? `champ-${name}`;
  const errors = state?.fieldErrors?.[name] ?? [];
  return {
    errors,
    control: {
      id: fieldId,
      name,
      required,
      defaultValue: state?.values?.[name] ?? defaultValue,
      "aria-invalid": errors.length > 0 || undefined,
      "aria-describedby": describedBy(fieldId, Boolean(hint), errors.length > 0),
    },
  };
}

export function TextField({
  name,
  label,
  state,
  hint,
  defaultValue,
  id,
  required,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">) {
  const { errors, control } = bindControl({ name, label, state, hint, defaultValue, id, required });
  return (
    <FieldShell id={control.id} label={label} hint={hint} errors={errors} required={required}>
      <input {...control} className={inputClasses} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  state,
  hint,
  defaultValue,
  id,
  required,
  ...area
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">) {
  const { errors, control } = bindControl({ name, label, state, hint, defaultValue, id, required });
  return (
    <FieldShell id={control.id} label={label} hint={hint} errors={errors} required={required}>
      <textarea {...control} className={`${inputClasses} min-h-32`} {...area} />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  defaultValue,
  options,
  required,
}: Common & { options: { value: string; label: string }[]; required?: boolean }) {
  const { errors, control } = bindControl({ name, label, state, hint, defaultValue: defaultValue ?? "", required });
  return (
    <FieldShell id={control.id} label={label} hint={hint} errors={errors} required={required}>
      <select {...control} className={inputClasses}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
