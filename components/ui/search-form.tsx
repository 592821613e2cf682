import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";

const fieldClasses = "min-h-11 w-full rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink placeholder:text-muted focus:border-odd17";

/**
 * A GET search form: the query lives in the URL, so results can be shared and work without
 * JavaScript. Extra fields (filters) come in as children.
 */
export function SearchForm({
  action,
  id,
  label,
  hint,
  name = "q",
  defaultValue,
  submitLabel,
  children,
}: {
  action: string;
  id: string;
  label: string;
  hint?: string;
  name?: string;
  defaultValue?: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <form role="search" action={action} method="get" className="rounded-lg border border-line bg-surface p-4 sm:p-6">
      <div className="flex flex-col gap-4 md:flex-row md:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="block font-semibold">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="mb-2 text-sm text-muted">
              {hint}
            </p>
          ) : null}
          <input id={id} name={name} type="search" defaultValue={defaultValue} aria-describedby={hintId} autoComplete="off" className={fieldClasses} />
        </div>
        {children}
        <button type="submit" className={buttonClasses("primary", "md:self-end")}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

export function SelectField({
  id,
  name,
  label,
  defaultValue,
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="md:w-56">
      <label htmlFor={id} className="mb-2 block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={fieldClasses}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
