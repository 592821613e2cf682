// How one facet of a directory is shown: its values with counts in the facet column, and a
// removable filter per chosen value above the results. Both come from one description, so a facet
// cannot be offered without its filter chip (or the other way round), and their links agree.
import type { ReactNode } from "react";
import { toggleValue } from "@/lib/directory/directory";
import type { FacetParam, FacetParams, FacetValues } from "@/lib/directory/search-state";

export interface FacetOption {
  value: string;
  label: ReactNode;
  count: number;
  checked: boolean;
}

/** A facet's fieldset: its inputs are named after the URL parameter. */
export interface FacetGroup {
  name: string;
  legend: string;
  options: FacetOption[];
  type?: "checkbox" | "radio";
  collapsible?: boolean;
}

export interface ActiveFilter {
  key: string;
  label: string;
  /** The same search without this filter. */
  href: string;
}

export interface FacetView {
  group: FacetGroup;
  filters: ActiveFilter[];
}

export interface FacetDescription<T extends string | number> {
  legend: string;
  /** Long facets (17 goals, 19 targets) start folded. */
  collapsible?: boolean;
  /** The values offered, in the order shown. */
  values: readonly T[];
  chosen: readonly T[];
  /** Results per value; a value missing from the map gives none. */
  counts: ReadonlyMap<T, number> | undefined;
  /** The value's name, on its filter chip and (unless optionLabel says otherwise) beside its box. */
  label: (value: T) => string;
  optionLabel?: (value: T) => ReactNode;
  /** The search with exactly these values of this facet chosen (back to page 1). */
  hrefWith: (chosen: T[]) => string;
}

export function describeFacet<T extends string | number>(param: FacetParam<T>, facet: FacetDescription<T>): FacetView {
  return {
    group: {
      name: param.param,
      legend: facet.legend,
      collapsible: facet.collapsible,
      options: facet.values.map((value) => ({
        value: String(param.write(value)),
        label: facet.optionLabel ? facet.optionLabel(value) : facet.label(value),
        count: facet.counts?.get(value) ?? 0,
        checked: facet.chosen.includes(value),
      })),
    },
    filters: facet.chosen.map((value) => ({
      key: `${param.param}-${value}`,
      label: facet.label(value),
      href: facet.hrefWith(toggleValue(facet.chosen, value)),
    })),
  };
}

type ValueOf<P> = P extends FacetParam<infer T> ? T : never;

/** How each facet of a search is shown; the chosen values, counts and links come from the search. */
export type FacetDisplays<F extends FacetParams> = {
  [K in keyof F]?: Omit<FacetDescription<ValueOf<F[K]>>, "chosen" | "counts" | "hrefWith">;
};

/** Results per value of each facet, as the directory's query counts them (null: not counted). */
export type FacetCounts<F extends FacetParams> = { [K in keyof F]?: ReadonlyMap<ValueOf<F[K]>, number> } | null;

/**
 * The facets of a search, in the order of `displays`: each one's chosen values are the state's
 * field of the same name, and its links change only that field (and go back to page 1).
 */
export function describeFacets<F extends FacetParams, S extends FacetValues<F> & { page: number }>(
  search: { facets: F; href: (state: Partial<S>) => string },
  state: S,
  counts: FacetCounts<F>,
  displays: FacetDisplays<F>,
): FacetView[] {
  return Object.entries(displays).map(([key, display]) => {
    const field = key as keyof F & keyof S;
    return describeFacet<string | number>(search.facets[field], {
      ...(display as FacetDescription<string | number>),
      chosen: state[field] as (string | number)[],
      counts: counts?.[field] as ReadonlyMap<string | number, number> | undefined,
      hrefWith: (chosen) => search.href({ ...state, [field]: chosen, page: 1 }),
    });
  });
}

/** The official texts of SDG targets are long; a facet shows their beginning, cut at a word. */
export function shortenText(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
