"use client";

import { directoryListLabels } from "@/lib/copy/directory-lists";
import type { FacetOption } from "@/lib/directory/facets";

export type { FacetOption };

/**
 * One facet of a directory: checkboxes (or radios) with the number of results each would give.
 * The inputs belong to the search form through their `form` attribute, so the facets can sit
 * beside the results while one GET form carries the whole state into the URL.
 * A client component, so that the RSC payload of a directory page carries the options as data
 * (a 17-goal facet: about 1 kB) rather than as their element tree (about 5 kB).
 */
export function FacetFieldset({
  form,
  name,
  legend,
  options,
  type = "checkbox",
  collapsible = false,
}: {
  form: string;
  name: string;
  legend: string;
  options: FacetOption[];
  type?: "checkbox" | "radio";
  collapsible?: boolean;
}) {
  const list = (
    <ul className="mt-2 space-y-1">
      {options.map((option) => {
        const id = `${form}-${name}-${option.value || "tous"}`;
        return (
          <li key={option.value} className="flex items-start gap-2">
            <input
              id={id}
              form={form}
              type={type}
              name={name}
              value={option.value}
              defaultChecked={option.checked}
              className="mt-1.5 size-5 shrink-0 accent-odd17"
            />
            <label htmlFor={id} className={option.count === 0 && !option.checked ? "text-muted" : undefined}>
              {option.label} <span className="text-muted">{directoryListLabels.facetCount(option.count)}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );

  if (!collapsible) {
    return (
      <div className="border-t border-line pt-4">
        <fieldset>
          <legend className="font-semibold">{legend}</legend>
          {list}
        </fieldset>
      </div>
    );
  }
  // Long facets (17 goals) start folded unless one of their values is chosen.
  return (
    <details open={options.some((option) => option.checked)} className="border-t border-line pt-4">
      <summary className="cursor-pointer font-semibold">{legend}</summary>
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        {list}
      </fieldset>
    </details>
  );
}
