import { TargetOptionLabel } from "@/components/directory/target-option-label";
import type { AllianceFacets } from "@/lib/alliances/alliances.queries";
import { ALLIANCE_MODES, ALLIANCE_STAGES, allianceSearch, PARTNER_KINDS, type AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { describeFacets, type FacetView } from "@/lib/directory/facets";
import { labels } from "@/lib/labels";

/** The facets of /alliances, each value with the number of alliances it gives. */
export function describeAllianceFacets(state: AllianceSearchState, counts: AllianceFacets | null, targets: { code: string; text: string }[]): FacetView[] {
  const text = labels.directories;
  const targetTexts = new Map(targets.map((target) => [target.code, target.text]));
  return describeFacets(allianceSearch, state, counts, {
    modes: { legend: text.alliances.facets.mode, values: ALLIANCE_MODES, label: (mode) => labels.allianceModes[mode].label },
    stages: { legend: text.alliances.facets.stage, values: ALLIANCE_STAGES, label: (stage) => text.stages[stage] },
    partnerKinds: { legend: text.alliances.facets.partnerKind, values: PARTNER_KINDS, label: (kind) => labels.organisations.kinds[kind] },
    targets: {
      legend: text.alliances.facets.target,
      collapsible: true,
      values: targets.map((target) => target.code),
      label: (code) => text.sdgPages.target(code),
      optionLabel: (code) => <TargetOptionLabel name={text.sdgPages.target(code)} text={targetTexts.get(code) ?? ""} />,
    },
  });
}
