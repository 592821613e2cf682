import { AreaLinks } from "@/components/directory/directory-layout";
import { FacetFieldset } from "@/components/directory/facet-fieldset";
import { buttonClasses } from "@/components/ui/button";
import type { AllianceFacets as Facets } from "@/lib/alliances/alliances.queries";
import { ALLIANCE_MODES, ALLIANCE_STAGES, allianceSearchHref, PARTNER_KINDS, type AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { enumToSlug } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";

/** The facets of /alliances, each value with the number of alliances it gives. */
export function AllianceFacets({
  form,
  state,
  facets,
  targets,
  hasTerritory,
}: {
  form: string;
  state: AllianceSearchState;
  facets: Facets;
  targets: { code: string; text: string }[];
  hasTerritory: boolean;
}) {
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
          hint={text.alliances.regionsHint}
          items={facets.regions.map((region) => ({
            key: region.code,
            label: region.name,
            count: region.count,
            href: allianceSearchHref({ ...state, territory: { kind: "REGION", code: region.code }, scope: undefined, place: "", page: 1 }),
          }))}
        />
      )}
      <FacetFieldset
        form={form}
        name="mode"
        legend={text.alliances.facets.mode}
        options={ALLIANCE_MODES.map((mode) => ({
          value: enumToSlug(mode),
          label: labels.allianceModes[mode].label,
          count: facets.modes.get(mode) ?? 0,
          checked: state.modes.includes(mode),
        }))}
      />
      <FacetFieldset
        form={form}
        name="etape"
        legend={text.alliances.facets.stage}
        options={ALLIANCE_STAGES.map((stage) => ({
          value: enumToSlug(stage),
          label: text.stages[stage],
          count: facets.stages.get(stage) ?? 0,
          checked: state.stages.includes(stage),
        }))}
      />
      <FacetFieldset
        form={form}
        name="partenaire"
        legend={text.alliances.facets.partnerKind}
        options={PARTNER_KINDS.map((kind) => ({
          value: enumToSlug(kind),
          label: labels.organisations.kinds[kind],
          count: facets.partnerKinds.get(kind) ?? 0,
          checked: state.partnerKinds.includes(kind),
        }))}
      />
      <FacetFieldset
        form={form}
        name="cible"
        collapsible
        legend={text.alliances.facets.target}
        options={targets.map((target) => ({
          value: target.code,
          label: (
            <>
              <span className="font-semibold">{text.sdgPages.target(target.code)}</span>
              <span className="block text-sm">{shorten(target.text)}</span>
            </>
          ),
          count: facets.targets.get(target.code) ?? 0,
          checked: state.targets.includes(target.code),
        }))}
      />
      <button type="submit" form={form} className={buttonClasses("primary", "w-full")}>
        {text.search.apply}
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
