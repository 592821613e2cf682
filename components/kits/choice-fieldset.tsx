// A group of checkboxes or radios with its legend, an optional hint and its errors, tied to the
// group by aria-describedby and announced politely (the single-field version is components/forms).
import type { ReactNode } from "react";
import { FieldErrors } from "@/components/forms/field-errors";

export interface Choice {
  value: string;
  label: ReactNode;
}

export function ChoiceFieldset({
  name,
  legend,
  choices,
  checked,
  errors = [],
  hint,
  type = "checkbox",
  required,
  columns = false,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  checked: readonly string[];
  errors?: string[];
  hint?: ReactNode;
  type?: "checkbox" | "radio";
  required?: boolean;
  columns?: boolean;
}) {
  const id = `champ-${name}`;
  const describedBy = [hint ? `${id}-aide` : null, errors.length > 0 ? `${id}-erreurs` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="mb-5" aria-describedby={describedBy} aria-invalid={errors.length > 0 || undefined}>
      <legend className="font-semibold">
        {legend}
        {required ? <span className="font-normal text-muted"> (obligatoire)</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-aide`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ul className={`mt-2 gap-x-6 gap-y-1 ${columns ? "grid grid-cols-1 sm:grid-cols-2" : "space-y-1"}`}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <li key={choice.value} className="flex items-start gap-2">
              <input
                id={inputId}
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={checked.includes(choice.value)}
                required={type === "radio" ? required : undefined}
                className="mt-1.5 size-5 shrink-0 accent-odd17"
              />
              <label htmlFor={inputId}>{choice.label}</label>
            </li>
          );
        })}
      </ul>
      <FieldErrors id={`${id}-erreurs`} errors={errors} />
    </fieldset>
  );
}
