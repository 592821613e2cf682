// The French copy of the site, in one catalogue. Components import their words from here; no
// user-visible French string is written anywhere else. Plain data and small pure functions only:
// this module is also bundled into client components.
import type { AllianceMode, EpciType, TerritoryKind } from "@/generated/prisma/client";
import { accountLabels } from "@/lib/copy/accounts";
import { adminLabels } from "@/lib/copy/admin";
import { diagnosticsCopy } from "@/lib/copy/diagnostics";
import { directoryLabels } from "@/lib/copy/directories";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import { kitsLabels } from "@/lib/copy/kits";
import { organisationsLabels } from "@/lib/copy/organisations";
import { siteLabels } from "@/lib/copy/site";
import { plural } from "@/lib/text/french";

const numberFormat = new Intl.NumberFormat("fr-FR");

/** 172565 → "172 565" (French grouping). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const { contactEmail } = siteLabels.site;

export const labels = {
  site: siteLabels.site,
  skipLink: siteLabels.skipLink,
  nav: siteLabels.nav,
  demoBanner: {
    label: "Site de démonstration",
    title: "Site de démonstration",
    text: "les organisations, alliances et comptes présentés sont fictifs et les comptes de démonstration ont un mot de passe public : n'y saisissez aucune donnée réelle.",
  },
  footer: {
    label: "Liens de pied de page",
    legalNotice: "Mentions légales",
    accessibility: "Accessibilité : partiellement conforme",
    dataLicence: "Données : Découpage administratif (Etalab), Licence Ouverte 2.0",
    codeLicence: "Code source sous licence AGPL-3.0 ou ultérieure.",
  },
  breadcrumbs: { label: "Fil d'Ariane", home: "Accueil", territories: "Territoires" },
  pagination: {
    label: "Pagination",
    previous: "Page précédente",
    next: "Page suivante",
    page: (page: number) => `Page ${page}`,
    position: (page: number, pageCount: number) => `Page ${page} sur ${pageCount}`,
  },
  territoryKinds: {
    REGION: { label: "Région", lower: "région", plural: "Régions" },
    DEPARTEMENT: { label: "Département", lower: "département", plural: "Départements" },
    EPCI: { label: "EPCI", lower: "EPCI", plural: "EPCI" },
    COMMUNE: { label: "Commune", lower: "commune", plural: "Communes" },
    PROJET: { label: "Territoire de projet", lower: "territoire de projet", plural: "Territoires de projet" },
  } satisfies Record<TerritoryKind, { label: string; lower: string; plural: string }>,
  arrondissement: "Arrondissement municipal",
  epciTypes: {
    CC: "Communauté de communes",
    CA: "Communauté d'agglomération",
    CU: "Communauté urbaine",
    METRO: "Métropole",
    MET69: "Métropole de Lyon",
    EPT: "Établissement public territorial",
  } satisfies Record<EpciType, string>,
  allianceModes: {
    MECENAT: {
      label: allianceModeNames.MECENAT,
      text: "Une entreprise soutient un projet d'intérêt général par un don financier, en nature, en compétences ou logistique.",
    },
    PRATIQUES_RESPONSABLES: {
      label: allianceModeNames.PRATIQUES_RESPONSABLES,
      text: "Une organisation fait évoluer ses pratiques (achats, ressources humaines, environnement) avec l'expertise d'un partenaire.",
    },
    COOPERATION_ECONOMIQUE: {
      label: allianceModeNames.COOPERATION_ECONOMIQUE,
      text: "Des partenaires développent ensemble une activité économique : achats solidaires, coproduction, offre commune.",
    },
    INNOVATION_SOCIETALE: {
      label: allianceModeNames.INNOVATION_SOCIETALE,
      text: "Des acteurs aux savoir-faire complémentaires inventent ensemble des réponses à des besoins encore mal couverts.",
    },
  } satisfies Record<AllianceMode, { label: string; text: string }>,

  home: {
    title: "Accueil",
    heading: "Des partenariats territoriaux pour l'ODD 17",
    intro:
      "ODD 17 en pratiques aide les collectivités, les entreprises, les associations et tous les acteurs d'un territoire à se trouver, à construire des alliances et à partager ce qui marche, pour avancer ensemble vers les Objectifs de développement durable.",
    primaryAction: "Explorer les territoires",
    sdgHeading: "Pourquoi l'ODD 17 ?",
    sdgText:
      "L'Objectif de développement durable n° 17, « Partenariats pour la réalisation des objectifs », rappelle qu'aucun des seize autres objectifs ne sera atteint sans coopération entre acteurs publics, privés et associatifs. Ces coopérations se construisent d'abord dans les territoires.",
    rameauHeading: "Quatre modes d'alliance",
    rameauText:
      "La plateforme s'appuie sur les travaux du RAMEAU, laboratoire de recherche empirique qui étudie depuis 2006 les alliances entre associations, entreprises et collectivités. Ses recherches distinguent quatre modes d'alliance :",
    figuresHeading: "La plateforme en chiffres",
    figures: {
      regions: (n: number) => plural(n, "région", "régions"),
      departements: (n: number) => plural(n, "département", "départements"),
      epci: () => "EPCI",
      communes: (n: number) => plural(n, "commune", "communes"),
      actors: (n: number) => plural(n, "acteur publié", "acteurs publiés"),
      alliances: (n: number) => plural(n, "alliance publiée", "alliances publiées"),
      kits: (n: number) => plural(n, "ressource publiée", "ressources publiées"),
    },
    entriesHeading: "Par où commencer ?",
    entries: {
      territories: { title: "Territoires", text: "Retrouvez votre commune, votre intercommunalité ou votre département, et qui y agit." },
      actors: { title: "Acteurs", text: "Collectivités, entreprises, associations, fondations : les acteurs engagés près de chez vous." },
      alliances: { title: "Alliances", text: "Des partenariats concrets, leurs objectifs et leurs résultats." },
      resources: { title: "Ressources", text: "Méthodes, exemples et outils pour construire une alliance." },
      sdg17: { title: "ODD 17", text: "Les cibles de l'ODD 17 et ce qu'elles veulent dire pour un territoire." },
    },
  },

  territories: {
    title: "Territoires",
    heading: "Territoires",
    intro: "Retrouvez chaque région, département, intercommunalité (EPCI) et commune de France, ses rattachements et les acteurs qui y agissent.",
    searchTitle: (q: string, total: number, page: number) => `Recherche « ${q} » : ${labelsFound(total).toLowerCase()}${page > 1 ? `, page ${page}` : ""}`,
    searchLabel: "Rechercher un territoire",
    searchHint: "Nom, ancien nom d'une commune, code officiel (INSEE, SIREN) ou code postal. Exemples : St-Étienne, Rochetaillée, 42000.",
    kindLabel: "Type de territoire",
    allKinds: "Tous les types",
    submit: "Rechercher",
    resultsHeading: "Résultats",
    found: (n: number) => labelsFound(n),
    emptyTitle: (q: string) => `Aucun territoire ne correspond à « ${q} »`,
    emptyAdvice: [
      "Vérifiez l'orthographe du nom.",
      "Essayez le début du nom seulement, sans article : « etienne » plutôt que « Saint-Étienne-de-… ».",
      "Cherchez par code INSEE (5 caractères), numéro de département ou code postal.",
      "Retirez le filtre de type de territoire.",
    ],
    emptyBrowse: "Parcourir les régions",
    browseHeading: "Parcourir les régions",
    browseIntro: "Choisissez une région pour descendre vers ses départements, ses intercommunalités et ses communes.",
    browseKindHeading: (kind: TerritoryKind) => `Parcourir : ${labelsKindPlural(kind)}`,
    code: "Code",
    /** How a commune found by a former name or code says so: « anciennement Rochetaillée ». */
    formerly: (former: { name: string | null; code: string | null }) =>
      former.name ? `anciennement ${former.name}${former.code ? ` (${former.code})` : ""}` : `ancien code ${former.code ?? ""}`,
    population: (n: number) => `${formatNumber(n)} ${plural(n, "habitant", "habitants")}`,
    populationShort: (n: number) => `${formatNumber(n)} hab.`,
  },

  territory: {
    title: (name: string, kind: TerritoryKind, code: string) => `${name} (${labelsKindLower(kind)} ${code})`,
    /** The page's description for search engines and link previews: what it is, where, its population. */
    metaDescription: (t: { name: string; kind: TerritoryKind; population: number | null; places: string[] }) =>
      `${t.name} : ${labelsKindLower(t.kind)}${t.places.length > 0 ? ` (${t.places.join(", ")})` : ""}` +
      (t.population !== null ? `, ${new Intl.NumberFormat("fr-FR").format(t.population)} ${t.population > 1 ? "habitants" : "habitant"}` : "") +
      ". Les acteurs, les alliances et les diagnostics de ce territoire sur ODD 17 en pratiques.",
    code: "Code officiel",
    codeByKind: { REGION: "Code INSEE", DEPARTEMENT: "Code INSEE", EPCI: "SIREN", COMMUNE: "Code INSEE", PROJET: "Code" } satisfies Record<
      TerritoryKind,
      string
    >,
    population: "Population",
    populationUnknown: "Non renseignée",
    epciType: "Nature juridique",
    postalCodes: "Codes postaux",
    formerNames: "Communes déléguées ou associées",
    parentsHeading: "Rattachements",
    parents: {
      region: "Région",
      regions: "Régions",
      departement: "Département",
      departements: "Départements",
      epci: "Intercommunalité (EPCI)",
      ept: "Établissement public territorial (EPT)",
      metropole: "Métropole",
      commune: "Commune",
      projects: "Territoires de projet",
      none: "Aucun rattachement.",
    },
    children: {
      departements: "Départements de la région",
      epci: "Intercommunalités (EPCI) du département",
      communes: "Communes du département",
      members: "Communes membres",
      epts: "Établissements publics territoriaux",
      projectMembers: "Territoires membres",
      arrondissements: "Arrondissements municipaux",
      count: (n: number) => `${formatNumber(n)} ${plural(n, "territoire", "territoires")}`,
      empty: "Aucun territoire rattaché.",
    },
    actorsHeading: "Acteurs présents",
    actorsCount: (n: number) => `${formatNumber(n)} ${plural(n, "acteur publié agit", "acteurs publiés agissent")} sur ce territoire.`,
    actorsEmpty: "Aucun acteur publié pour l'instant sur ce territoire.",
    alliancesHeading: "Alliances",
    alliancesCount: (n: number) => `${formatNumber(n)} ${plural(n, "alliance publiée se déroule", "alliances publiées se déroulent")} sur ce territoire.`,
    alliancesEmpty: "Aucune alliance publiée pour l'instant sur ce territoire.",
    presenceHint: "Y compris les acteurs et alliances rattachés aux territoires qu'il contient.",
  },

  legal: {
    title: "Mentions légales",
    heading: "Mentions légales",
    sections: [
      {
        heading: "Éditeur",
        paragraphs: [
          "La plateforme ODD 17 en pratiques est éditée par la structure porteuse du projet. Ses coordonnées complètes (dénomination, adresse du siège, numéro d'immatriculation) sont publiées ici avant la mise en service.",
          `Contact : ${contactEmail}`,
        ],
      },
      {
        heading: "Hébergement",
        paragraphs: ["Les coordonnées de l'hébergeur sont publiées ici avant la mise en service."],
      },
      {
        heading: "Données et licences",
        paragraphs: [
          "Le référentiel des territoires provient du Découpage administratif publié par Etalab, réutilisé sous Licence Ouverte 2.0.",
          "Le code source de la plateforme est publié sous licence AGPL-3.0 ou ultérieure.",
        ],
      },
      {
        heading: "Données personnelles",
        paragraphs: [
          "Les données personnelles collectées (compte, appartenance à une structure) servent uniquement au fonctionnement de la plateforme. Conformément au règlement général sur la protection des données, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
          `Pour l'exercer, écrivez à ${contactEmail}.`,
        ],
      },
      {
        heading: "Cookies",
        paragraphs: [
          "Le site ne dépose aucun cookie de mesure d'audience ni publicitaire. Un cookie de session, strictement nécessaire, est déposé uniquement lorsque vous vous connectez à votre espace.",
        ],
      },
    ],
  },

  accessibility: {
    title: "Déclaration d'accessibilité",
    heading: "Déclaration d'accessibilité",
    commitment:
      "ODD 17 en pratiques s'engage à rendre son site accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au site ODD 17 en pratiques.",
    statusHeading: "État de conformité",
    status:
      "Le site ODD 17 en pratiques est en conformité partielle avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités et des contenus non accessibles énumérés ci-dessous.",
    testsHeading: "Résultats des tests",
    tests:
      "Aucun audit complet n'a encore été réalisé. Chaque page publique est vérifiée automatiquement (outil axe, critères WCAG 2.1 de niveaux A et AA) à chaque modification, et testée à la navigation au clavier et à 320 pixels de large.",
    nonAccessibleHeading: "Contenus non accessibles",
    nonAccessible: [
      "Les résultats d'un audit complet, qui précisera les non-conformités, seront publiés ici.",
      "Le rapport de diagnostic téléchargeable au format PDF n'est pas un PDF balisé : la version web du rapport, imprimable, en reprend tout le contenu de façon accessible.",
      "Les documents joints aux kits (PDF, fichiers bureautiques) sont déposés par les contributeurs et peuvent ne pas être accessibles : signalez-nous un document pour en obtenir une version accessible.",
    ],
    establishedHeading: "Établissement de cette déclaration",
    established: "Cette déclaration a été établie le 28 novembre 2026.",
    technologies: "Technologies utilisées : HTML5, CSS, JavaScript, WAI-ARIA.",
    environment: "Environnement de test : navigateur Chromium récent, outil axe-core, navigation au clavier.",
    contactHeading: "Retour d'information et contact",
    contact:
      "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez nous contacter pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.",
    contactEmailLabel: "Par courriel :",
    remediesHeading: "Voies de recours",
    remediesIntro:
      "Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont à votre disposition :",
    remedies: [
      { text: "Écrire un message au Défenseur des droits (formulaire en ligne)", href: "https://formulaire.defenseurdesdroits.fr/" },
      { text: "Contacter le délégué du Défenseur des droits dans votre région", href: "https://www.defenseurdesdroits.fr/carte-des-delegues" },
      {
        text: "Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07",
        href: null,
      },
    ],
  },

  accounts: accountLabels,
  organisations: organisationsLabels,
  admin: adminLabels,
  directories: directoryLabels,
  diagnostics: diagnosticsCopy,
  kits: kitsLabels,

  errors: siteLabels.errors,
} as const;

function labelsFound(n: number): string {
  return n === 0 ? "Aucun territoire trouvé" : `${formatNumber(n)} ${plural(n, "territoire trouvé", "territoires trouvés")}`;
}

function labelsKindLower(kind: TerritoryKind): string {
  return labels.territoryKinds[kind].lower;
}

function labelsKindPlural(kind: TerritoryKind): string {
  return labels.territoryKinds[kind].plural;
}
