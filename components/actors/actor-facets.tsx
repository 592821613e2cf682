import { AreaLinks } from "@/components/directory/directory-layout";
import { FacetFieldset } from "@/components/directory/facet-fieldset";
import { buttonClasses } from "@/components/ui/button";
import type { ActorFacets as Facets } from "@/lib/actors/actors.queries";
import { ACTOR_KINDS, ALLIANCE_MODES, actorSearchHref, type ActorSearchState } from "@/lib/actors/actors.schemas";
import { enumToSlug } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

/** The facets of /acteurs, each value with the number of actors it gives. */
export function ActorFacets({ form, state, facets, sdgs, hasTerritory }: { form: string; state: ActorSearchState; facets: Facets; sdgs: SdgSummary[]; hasTerritory: boolean }) {
  const text = labels.directories;
  const scopes = facets.scopes;
  return (
    <>
      {hasTerritory && scopes ? (
        <FacetFieldset
          form={form}
          name="portee"
          type="radio"
          legend={text.search.territory.scopeLegend}
          options={[
            { value: "", label: text.search.scope.all, count: (scopes.get("dedans") ?? 0) + (scopes.get("autour") ?? 0), checked: !state.scope },
            { value: "dedans", label: text.search.scope.dedans, count: scopes.get("dedans") ?? 0, checked: state.scope === "dedans" },
            { value: "autour", label: text.search.scope.autour, count: scopes.get("autour") ?? 0, checked: state.scope === "autour" },
          ]}
        />
      ) : (
        <AreaLinks
          heading={text.search.territory.regionsHeading}
          hint={text.search.territory.regionsHint}
          items={facets.regions.map((region) => ({
            key: region.code,
            label: region.name,
            count: region.count,
            href: actorSearchHref({ ...state, territory: { kind: "REGION", code: region.code }, scope: undefined, place: "", page: 1 }),
          }))}
        />
      )}
      <FacetFieldset
        form={form}
        name="type"
        legend={text.actors.facets.kind}
        options={ACTOR_KINDS.map((kind) => ({
          value: enumToSlug(kind),
          label: labels.organisations.kinds[kind],
          count: facets.kinds.get(kind) ?? 0,
          checked: state.kinds.includes(kind),
        }))}
      />
      <FacetFieldset
        form={form}
        name="mode"
        legend={text.actors.facets.mode}
        options={ALLIANCE_MODES.map((mode) => ({
          value: enumToSlug(mode),
          label: labels.allianceModes[mode].label,
          count: facets.modes.get(mode) ?? 0,
          checked: state.modes.includes(mode),
        }))}
      />
      <FacetFieldset
        form={form}
        name="odd"
        collapsible
        legend={text.actors.facets.sdg}
        options={sdgs.map((sdg) => ({
          value: String(sdg.number),
          label: text.sdg.long(sdg.number, sdg.shortName),
          count: facets.sdgs.get(sdg.number) ?? 0,
          checked: state.sdgs.includes(sdg.number),
        }))}
      />
      <button type="submit" form={form} className={buttonClasses("primary", "w-full")}>
        {text.search.apply}
      </button>
    </>
  );
}
