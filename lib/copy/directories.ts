// French copy of the public directories (actors, alliances, SDGs, map); part of the catalogue in lib/labels.ts.
// Plain data and small pure functions only: this module is also bundled into client components.
import type { MecenatKind, PartnerRole, SdgTargetGroup, Theme } from "@/generated/prisma/enums";
import { actorContactLabels, count, numberFormat, territorySearchLabels } from "./directory-forms";
import { allianceStageLabels, directoryListLabels as list } from "./directory-lists";
import { de } from "@/lib/text/french";
import { formatDay } from "@/lib/text/dates";

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

const scope = {
  all: "Tous",
  dedans: "Dans ce territoire",
  autour: "Autour : territoires qui le contiennent",
};

const search = {
  filtersHeading: "Affiner la recherche",
  /** The button that opens the facets on narrow screens. */
  filtersToggle: "Filtres",
  apply: "Appliquer les filtres",
  submit: "Rechercher",
  clearAll: "Effacer la recherche et les filtres",
  activeFilters: "Filtres actifs",
  removeFilter: (label: string) => `Retirer le filtre : ${label}`,
  resultsHeading: "Résultats",
  sortLabel: "Trier par",
  sortSubmit: "Trier",
  sorts: { pertinence: "Pertinence", nom: "Nom", recents: "Les plus récents" },
  viewLabel: "Affichage",
  views: { liste: "Liste", carte: "Carte" },
  facetCount: list.facetCount,
  pastTheEnd: "Cette page n'existe pas : la recherche a moins de résultats.",
  backToFirstPage: "Revenir à la première page",
  exportList: "Télécharger cette liste (CSV)",
  exportHint: (n: number) =>
    `${n.toLocaleString("fr-FR")} ligne${n > 1 ? "s" : ""}, toutes les pages, avec les filtres choisis ; le même fichier que l'API de données ouvertes.`,
  territory: territorySearchLabels,
  scope,
};

const sdg = {
  label: list.sdg,
  long: (n: number, name: string) => `ODD ${n} : ${name}`,
  number: (n: number) => `Objectif ${n}`,
};

const actors = {
  title: "Acteurs",
  heading: "Annuaire des acteurs",
  intro:
    "Collectivités, entreprises, associations, fondations : les organisations qui agissent pour les Objectifs de développement durable dans les territoires.",
  searchLabel: "Rechercher un acteur",
  searchHint: "Nom ou mots de la présentation. Exemple : numérique, Forez.",
  searchTitle: (q: string, total: number) => `Acteurs : « ${q} », ${count(total, "résultat", "résultats")}`,
  territoryTitle: (name: string) => `Acteurs ${de(name)}`,
  found: (n: number) => (n === 0 ? "Aucun acteur trouvé" : count(n, "acteur trouvé", "acteurs trouvés")),
  facets: { kind: "Type d'acteur", sdg: "Objectifs de développement durable", mode: "Modes d'alliance pratiqués" },
  emptyTitle: "Aucun acteur ne correspond à cette recherche",
  emptyAdvice: [
    "Vérifiez l'orthographe, ou cherchez un seul mot de la présentation.",
    "Retirez un filtre : chaque filtre ajouté réduit les résultats.",
    "Élargissez le territoire : choisissez le département ou la région plutôt que la commune.",
    "Incluez les acteurs « autour » du territoire, qui agissent sur un territoire plus large.",
  ],
  ...list.actors,
  seeAllInTerritory: "Voir tous les acteurs de ce territoire",
};

const actor = {
  metaDescription: (name: string, kind: string) =>
    `${name} (${kind.toLowerCase()}) : présentation, territoires d'action, objectifs de développement durable et alliances.`,
  website: "Site internet",
  websiteLabel: (name: string) => `Site internet ${de(name)} (nouvelle fenêtre)`,
  verified: "Organisation vérifiée",
  network: "Fait partie du réseau",
  localTeams: "Équipes locales",
  territoriesHeading: "Territoires d'action",
  territoriesEmpty: "Territoires d'action non renseignés.",
  sdgsHeading: "Objectifs de développement durable",
  sdgsEmpty: "Aucun objectif renseigné.",
  alliancesHeading: "Alliances",
  alliancesEmpty: "Cette organisation ne participe encore à aucune alliance publiée.",
  needsHeading: "Besoins",
  needsEmpty: "Aucun besoin publié.",
  offersHeading: "Ce qu'elle propose",
  offersEmpty: "Aucune offre publiée.",
  validUntil: (date: Date) => `Jusqu'au ${formatDay(date)}`,
  target: list.target,
};

const alliances = {
  title: "Alliances",
  heading: "Vitrine des alliances",
  intro: "Des partenariats concrets entre collectivités, entreprises et associations : leurs objectifs, leurs partenaires et leurs résultats.",
  searchLabel: "Rechercher une alliance",
  searchHint: "Titre ou mots de la présentation. Exemple : numérique, bois.",
  searchTitle: (q: string, total: number) => `Alliances : « ${q} », ${count(total, "résultat", "résultats")}`,
  territoryTitle: (name: string) => `Alliances ${de(name)}`,
  found: (n: number) => (n === 0 ? "Aucune alliance trouvée" : count(n, "alliance trouvée", "alliances trouvées")),
  facets: { mode: "Mode d'alliance", stage: "Étape", target: "Cibles de l'ODD 17", partnerKind: "Types de partenaires" },
  emptyTitle: "Aucune alliance ne correspond à cette recherche",
  emptyAdvice: [
    "Vérifiez l'orthographe, ou cherchez un seul mot.",
    "Retirez un filtre : chaque filtre ajouté réduit les résultats.",
    "Élargissez le territoire : choisissez le département ou la région plutôt que la commune.",
  ],
  ...list.alliances,
  seeAllInTerritory: "Voir toutes les alliances de ce territoire",
  regionsHint: "Alliances qui se déroulent dans la région ou dans l'un de ses territoires.",
};

const alliance = {
  metaDescription: (title: string, mode: string) => `${title} : alliance de ${mode.toLowerCase()}, ses partenaires, ses cibles de l'ODD 17 et ses résultats.`,
  mode: "Mode d'alliance",
  mecenatKind: "Forme de mécénat",
  stage: "Étape",
  dates: "Dates",
  since: (date: Date) => `Depuis ${monthFormat.format(date)}`,
  between: (start: Date, end: Date) => `De ${monthFormat.format(start)} à ${monthFormat.format(end)}`,
  until: (date: Date) => `Jusqu'en ${monthFormat.format(date)}`,
  datesUnknown: "Non renseignées",
  descriptionHeading: "Présentation",
  resultsHeading: "Résultats",
  resultsEmpty: "Les résultats n'ont pas encore été publiés.",
  partnersHeading: "Partenaires",
  partnersEmpty: "Aucun partenaire confirmé pour l'instant.",
  territoriesHeading: "Territoires",
  territoriesEmpty: "Territoires non renseignés.",
  targetsHeading: "Cibles de l'ODD 17",
  targetsEmpty: "Aucune cible renseignée.",
  roles: { LEAD: "Chef de file", PARTNER: "Partenaire" } satisfies Record<PartnerRole, string>,
};

const stages = allianceStageLabels;

const mecenatKinds = { FINANCIER: "Financier", EN_NATURE: "En nature", COMPETENCES: "De compétences", LOGISTIQUE: "Logistique" } satisfies Record<
  MecenatKind,
  string
>;

const themes = {
  EMPLOI_INSERTION: "Emploi et insertion",
  EDUCATION_JEUNESSE: "Éducation et jeunesse",
  SANTE_VIEILLISSEMENT: "Santé et vieillissement",
  PRECARITE_LIEN_SOCIAL: "Précarité et lien social",
  TRANSITION_ECOLOGIQUE: "Transition écologique",
  MOBILITE: "Mobilité",
  INCLUSION_NUMERIQUE: "Inclusion numérique",
  LOGEMENT: "Logement",
  ATTRACTIVITE_REVITALISATION: "Attractivité et revitalisation",
  CULTURE_SPORT: "Culture et sport",
} satisfies Record<Theme, string>;

const sdgPages = {
  title: "Les 17 objectifs de développement durable",
  heading: "Les 17 objectifs de développement durable",
  intro:
    "Adoptés par les Nations unies en 2015, les 17 Objectifs de développement durable (ODD) tracent un cap commun pour 2030. L'ODD 17, « Partenariats pour la réalisation des objectifs », est celui des alliances.",
  goalTitle: (n: number, name: string) => `ODD ${n} : ${name}`,
  metaDescription: (n: number, title: string) => `Objectif de développement durable n° ${n} : ${title}`,
  targetsIntro: "Pour chaque cible, les alliances et les ressources publiées sur la plateforme qui y contribuent.",
  groups: {
    FINANCES: "Finances",
    TECHNOLOGIE: "Technologie",
    RENFORCEMENT_CAPACITES: "Renforcement des capacités",
    COMMERCE: "Commerce",
    QUESTIONS_STRUCTURELLES: "Questions structurelles",
  } satisfies Record<SdgTargetGroup, string>,
  target: list.target,
  unverified: "Formulation française à confirmer",
  alliances: "Alliances",
  kits: "Ressources",
  noAlliance: "Aucune alliance publiée pour cette cible.",
  noKit: "Aucune ressource publiée pour cette cible.",
  seeAllAlliances: (n: number) => `Voir les ${numberFormat.format(n)} alliances de cette cible`,
  seeActors: (n: number) => `Voir les acteurs engagés pour l'ODD ${n}`,
  otherGoals: "Les 17 objectifs",
  sdg17Link: "Les cibles de l'ODD 17 et les alliances qui y contribuent",
  breadcrumb: "ODD",
};

const map = {
  heading: (scale: "departement" | "region") => `Carte des résultats par ${scale === "region" ? "région" : "département"}`,
  intro: (scale: "departement" | "region") =>
    scale === "region"
      ? "Chaque région est colorée selon le nombre de résultats de la recherche en cours. Choisissez-en une pour filtrer."
      : "Chaque département est coloré selon le nombre de résultats de la recherche en cours. Choisissez-en un pour filtrer.",
  scaleLabel: "Échelle de la carte",
  scales: { departement: "Départements", region: "Régions" },
  attribution: "Contours : IGN GEOFLA, via france-geojson",
  legend: "Nombre de résultats",
  legendRange: (from: number, to: number) => (from === to ? numberFormat.format(from) : `${numberFormat.format(from)} à ${numberFormat.format(to)}`),
  areaLink: (name: string, n: number) => `${name} : ${count(n, "résultat", "résultats")}`,
  tableCaption: (scale: "departement" | "region") => `Nombre de résultats par ${scale === "region" ? "région" : "département"}`,
  tableArea: (scale: "departement" | "region") => (scale === "region" ? "Région" : "Département"),
  tableCount: "Résultats",
  tableEmpty: "Aucun résultat rattaché à un territoire de la carte.",
  outsideMap: (scale: "departement" | "region") =>
    scale === "region"
      ? "Les résultats qui portent sur tout le pays ne sont comptés dans aucune région."
      : "Les résultats qui portent sur toute une région ou sur tout le pays ne sont comptés dans aucun département.",
};

export const directoryLabels = {
  search,
  sdg,
  actors,
  actor,
  alliances,
  alliance,
  stages,
  mecenatKinds,
  themes,
  sdgPages,
  map,
  count,
  contact: actorContactLabels,
} as const;
