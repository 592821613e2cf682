// A labelled form field whose errors sit under it, tied by aria-describedby and announced
// politely; after a refused submission it shows what the user typed (state.values).
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { ActionState } from "@/lib/action-state";

type Common = {
  name: string;
  label: string;
  state?: ActionState;
  hint?: ReactNode;
  /** Used when the form has not been submitted yet. */
  defaultValue?: string;
};

const inputClasses =
  "mt-1 block w-full rounded-md border-2 border-line bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700";

function describedBy(id: string, hint: boolean, errors: boolean) {
  return [hint ? `${id}-aide` : null, errors ? `${id}-erreurs` : null].filter(Boolean).join(" ") || undefined;
}

function FieldShell({ id, label, hint, errors, required, children }: { id: string; label: string; hint?: ReactNode; errors: string[]; required?: boolean; children: ReactNode }) {
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
      <div id={`${id}-erreurs`} aria-live="polite">
        {errors.map((error) => (
          <p key={error} className="mt-1 text-sm font-semibold text-red-700">
            <span aria-hidden="true">✖ </span>
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}

export function TextField({ name, label, state, hint, defaultValue, id, required, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue">) {
  const fieldId = id ?? `champ-${name}`;
  const errors = state?.fieldErrors?.[name] ?? [];
  const value = state?.values?.[name] ?? defaultValue;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={fieldId}
        name={name}
        required={required}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(fieldId, Boolean(hint), errors.length > 0)}
        className={inputClasses}
        {...input}
      />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, state, hint, defaultValue, id, required, ...area }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">) {
  const fieldId = id ?? `champ-${name}`;
  const errors = state?.fieldErrors?.[name] ?? [];
  const value = state?.values?.[name] ?? defaultValue;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={fieldId}
        name={name}
        required={required}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(fieldId, Boolean(hint), errors.length > 0)}
        className={`${inputClasses} min-h-32`}
        {...area}
      />
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
  const fieldId = `champ-${name}`;
  const errors = state?.fieldErrors?.[name] ?? [];
  const value = state?.values?.[name] ?? defaultValue ?? "";
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} required={required}>
      <select
        id={fieldId}
        name={name}
        required={required}
        defaultValue={value}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy(fieldId, Boolean(hint), errors.length > 0)}
        className={inputClasses}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
