import { AreaLinks } from "@/components/directory/directory-layout";
import { FacetFieldset } from "@/components/directory/facet-fieldset";
import type { TerritoryScope } from "@/lib/directory/directory";
import type { AreaCount } from "@/lib/directory/directory.sql";
import { labels } from "@/lib/labels";

/**
 * The territory facet: with a territory chosen, its scope ("dans" / "autour") as radios with
 * counts; without one, the régions as entry points.
 */
export function TerritoryFacet({
  form,
  scopes,
  scope,
  regions,
  regionsHint,
  regionHref,
}: {
  form: string;
  /** Counts per scope when a territory is chosen, null otherwise. */
  scopes: ReadonlyMap<TerritoryScope, number> | null;
  scope: TerritoryScope | undefined;
  regions: AreaCount[];
  regionsHint: string;
  regionHref: (code: string) => string;
}) {
  const text = labels.directories.search;
  if (scopes) {
    const inside = scopes.get("dedans") ?? 0;
    const around = scopes.get("autour") ?? 0;
    return (
      <FacetFieldset
        form={form}
        name="portee"
        type="radio"
        legend={text.territory.scopeLegend}
        options={[
          { value: "", label: text.scope.all, count: inside + around, checked: !scope },
          { value: "dedans", label: text.scope.dedans, count: inside, checked: scope === "dedans" },
          { value: "autour", label: text.scope.autour, count: around, checked: scope === "autour" },
        ]}
      />
    );
  }
  return (
    <AreaLinks
      heading={text.territory.regionsHeading}
      hint={regionsHint}
      items={regions.map((region) => ({ key: region.code, label: region.name, count: region.count, href: regionHref(region.code) }))}
    />
  );
}
