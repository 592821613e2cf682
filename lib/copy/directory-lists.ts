// The words of the directories' result lists and facets. Those render as client components, so
// that a page's RSC payload carries their data instead of their element tree (see
// components/actors/actor-list-view.tsx): kept apart from directories.ts, which uses them, so that the
// client bundles do not carry the whole catalogue. Plain data and small pure functions only.
import type { ActorKind, AllianceMode, AllianceStage } from "@/generated/prisma/enums";
import { count, numberFormat } from "./directory-forms";

/** "et 3 autres", after the few names a list shows. */
const more = (n: number) => `et ${count(n, "autre", "autres")}`;

export const actorKindLabels = {
  COLLECTIVITE: "Collectivité",
  ENTREPRISE: "Entreprise",
  ASSOCIATION: "Association",
  FONDATION: "Fondation",
  ETABLISSEMENT_PUBLIC: "Établissement public",
  ACTEUR_ACADEMIQUE: "Acteur académique",
  TETE_DE_RESEAU: "Tête de réseau",
  CATALYSEUR_TERRITORIAL: "Catalyseur territorial",
  AUTRE: "Autre",
} satisfies Record<ActorKind, string>;

export const allianceModeNames = {
  MECENAT: "Mécénat",
  PRATIQUES_RESPONSABLES: "Pratiques responsables",
  COOPERATION_ECONOMIQUE: "Coopération économique",
  INNOVATION_SOCIETALE: "Innovation sociétale",
} satisfies Record<AllianceMode, string>;

export const allianceStageLabels = {
  IDEE: "Idée",
  CONSTRUCTION: "Construction",
  ACTIVE: "Active",
  EVALUATION: "Évaluation",
  TERMINEE: "Terminée",
} satisfies Record<AllianceStage, string>;

export const directoryListLabels = {
  /** After a facet value: the number of results choosing it would give. */
  facetCount: (n: number) => `(${numberFormat.format(n)})`,
  sdg: (n: number) => `ODD ${n}`,
  target: (code: string) => `Cible ${code}`,
  scopeInside: "Dans le territoire",
  scopeAround: (name: string) => `Agit plus largement, dont ${name}`,
  actors: {
    territoriesLabel: "Territoires d'action :",
    moreTerritories: more,
    noTerritory: "Territoire d'action non renseigné",
    sdgsLabel: "Objectifs de développement durable :",
  },
  alliances: {
    partnersLabel: "Partenaires :",
    morePartners: more,
  },
};
