import { TargetOptionLabel } from "@/components/directory/target-option-label";
import { kitsLabels } from "@/lib/copy/kits";
import { describeFacets, type FacetView } from "@/lib/directory/facets";
import { labels } from "@/lib/labels";
import { KIT_AUDIENCES, KIT_CATEGORIES, KIT_THEMES, MATURITY_LEVELS } from "@/lib/kits/kits";
import type { KitFacets } from "@/lib/kits/kits.queries";
import { kitFacetParams, kitSearchHref, type KitSearchState } from "@/lib/kits/kits.schemas";

/** The facets of /ressources, each value with the number of resources it would give. */
export function describeKitFacets(state: KitSearchState, counts: KitFacets, targets: { code: string; text: string }[]): FacetView[] {
  const t = kitsLabels.list.facets;
  const targetTexts = new Map(targets.map((target) => [target.code, target.text]));
  return describeFacets({ facets: kitFacetParams, href: kitSearchHref }, state, counts, {
    categories: { legend: t.category, values: KIT_CATEGORIES, label: (category) => kitsLabels.categories[category].plural },
    audiences: { legend: t.audience, values: KIT_AUDIENCES, label: (kind) => labels.organisations.kinds[kind] },
    levels: { legend: t.level, values: MATURITY_LEVELS, label: (level) => kitsLabels.maturityLevel(level) },
    themes: { legend: t.theme, collapsible: true, values: KIT_THEMES, label: (theme) => labels.directories.themes[theme] },
    targets: {
      legend: t.target,
      collapsible: true,
      values: targets.map((target) => target.code),
      label: (code) => kitsLabels.target(code),
      optionLabel: (code) => <TargetOptionLabel name={kitsLabels.target(code)} text={targetTexts.get(code) ?? ""} />,
    },
  });
}
