import { FacetFieldset } from "@/components/directory/facet-fieldset";
import { buttonClasses } from "@/components/ui/button";
import { kitsLabels } from "@/lib/copy/kits";
import { enumToSlug } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import { KIT_AUDIENCES, KIT_CATEGORIES, KIT_THEMES, MATURITY_LEVELS } from "@/lib/kits/kits";
import type { KitFacets as Facets } from "@/lib/kits/kits.queries";
import type { KitSearchState } from "@/lib/kits/kits.schemas";

/** The facets of /ressources, each value with the number of resources it would give. */
export function KitFacets({ form, state, facets, targets }: { form: string; state: KitSearchState; facets: Facets; targets: { code: string; text: string }[] }) {
  const t = kitsLabels.list.facets;
  return (
    <>
      <FacetFieldset
        form={form}
        name="categorie"
        legend={t.category}
        options={KIT_CATEGORIES.map((category) => ({
          value: enumToSlug(category),
          label: kitsLabels.categories[category].plural,
          count: facets.categories.get(category) ?? 0,
          checked: state.categories.includes(category),
        }))}
      />
      <FacetFieldset
        form={form}
        name="public"
        legend={t.audience}
        options={KIT_AUDIENCES.map((kind) => ({
          value: enumToSlug(kind),
          label: labels.organisations.kinds[kind],
          count: facets.audiences.get(kind) ?? 0,
          checked: state.audiences.includes(kind),
        }))}
      />
      <FacetFieldset
        form={form}
        name="niveau"
        legend={t.level}
        options={MATURITY_LEVELS.map((level) => ({
          value: String(level),
          label: kitsLabels.maturityLevel(level),
          count: facets.levels.get(level) ?? 0,
          checked: state.levels.includes(level),
        }))}
      />
      <FacetFieldset
        form={form}
        name="theme"
        collapsible
        legend={t.theme}
        options={KIT_THEMES.map((theme) => ({
          value: enumToSlug(theme),
          label: labels.directories.themes[theme],
          count: facets.themes.get(theme) ?? 0,
          checked: state.themes.includes(theme),
        }))}
      />
      <FacetFieldset
        form={form}
        name="cible"
        collapsible
        legend={t.target}
        options={targets.map((target) => ({
          value: target.code,
          label: (
            <>
              <span className="font-semibold">{kitsLabels.target(target.code)}</span>
              <span className="block text-sm">{shorten(target.text)}</span>
            </>
          ),
          count: facets.targets.get(target.code) ?? 0,
          checked: state.targets.includes(target.code),
        }))}
      />
      <button type="submit" form={form} className={buttonClasses("primary", "w-full")}>
        {labels.directories.search.apply}
      </button>
    </>
  );
}

/** The official texts are long; the facet shows their beginning. */
function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "")}…`;
}
