import type { ReactNode } from "react";
import { FacetFieldset } from "@/components/directory/facet-fieldset";
import { buttonClasses } from "@/components/ui/button";
import type { FacetGroup } from "@/lib/directory/facets";
import { labels } from "@/lib/labels";

/**
 * The facet column of a directory: what comes first (the territory facet), one fieldset per
 * facet, and the button that submits them with the search form they belong to.
 */
export function FacetPanel({ form, groups, children }: { form: string; groups: FacetGroup[]; children?: ReactNode }) {
  return (
    <>
      {children}
      {groups.map((group) => (
        <FacetFieldset key={group.name} form={form} {...group} />
      ))}
      <button type="submit" form={form} className={buttonClasses("primary", "w-full")}>
        {labels.directories.search.apply}
      </button>
    </>
  );
}
