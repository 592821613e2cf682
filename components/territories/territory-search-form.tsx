import { SearchForm, SelectField } from "@/components/ui/search-form";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { slugToKind, TERRITORY_KIND_SLUGS, type TerritoryKindSlug } from "@/lib/territories/territories";

const kindOptions = [
  { value: "", label: labels.territories.allKinds },
  ...TERRITORY_KIND_SLUGS.map((slug) => ({ value: slug, label: labels.territoryKinds[slugToKind(slug)].label })),
];

export function TerritorySearchForm({ q, kind }: { q: string; kind?: TerritoryKindSlug }) {
  return (
    <SearchForm
      action={paths.territories()}
      id="recherche-territoire"
      label={labels.territories.searchLabel}
      hint={labels.territories.searchHint}
      defaultValue={q}
      submitLabel={labels.territories.submit}
    >
      <SelectField id="type-territoire" name="kind" label={labels.territories.kindLabel} defaultValue={kind} options={kindOptions} />
    </SearchForm>
  );
}
