// French copy of the back office's content lists (organisations, alliances, needs and offers,
// published diagnostic summaries), of the staff
// unpublication and republication, and of what the owners see afterwards. Plain data and small
// pure functions only: also bundled into client components (the bulk form).
import type { ModerationStatus } from "@/generated/prisma/enums";

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

type KindWords = {
  noun: string;
  plural: string;
  /** What the confirmation says of them once gone: agreed with the noun (besoins are masculine). */
  gone: string;
  back: string;
};

const feminine = {
  gone: "Elles disparaissent aussitôt du site public. Leurs membres reçoivent le motif par e-mail et dans leur espace ; ils pourront corriger puis soumettre à nouveau.",
  back: "Elles apparaissent aussitôt sur le site public, et leurs membres en sont prévenus.",
};

type ListKind = "actor" | "alliance" | "needOffer" | "diagnostic";
type ItemKind = "actor" | "alliance" | "need" | "offer" | "diagnostic";

const kindWords = {
  actor: { noun: "organisation", plural: "organisations", ...feminine },
  alliance: { noun: "alliance", plural: "alliances", ...feminine },
  needOffer: {
    noun: "besoin ou offre",
    plural: "besoins ou offres",
    gone: "Ils disparaissent aussitôt du site public et des mises en relation. Les membres de leur organisation reçoivent le motif par e-mail et dans leur espace ; ils pourront corriger puis soumettre à nouveau.",
    back: "Ils apparaissent aussitôt sur le site public, et les membres de leur organisation en sont prévenus.",
  },
  diagnostic: {
    noun: "synthèse de diagnostic",
    plural: "synthèses de diagnostic",
    gone: "Elles disparaissent aussitôt des pages des territoires. Les membres de l'organisation reçoivent le motif par e-mail et dans leur espace ; ils pourront publier à nouveau après correction.",
    back: "",
  },
} satisfies Record<ListKind, KindWords>;

/** « Organisation », « Besoin »…: the start of an audit line or of a notification. */
const itemNouns = {
  actor: { noun: "Organisation", your: "Votre organisation", done: "dépubliée", published: "publiée" },
  alliance: { noun: "Alliance", your: "Votre alliance", done: "dépubliée", published: "publiée" },
  need: { noun: "Besoin", your: "Votre besoin", done: "dépublié", published: "publié" },
  offer: { noun: "Offre", your: "Votre offre", done: "dépubliée", published: "publiée" },
  diagnostic: { noun: "Synthèse du diagnostic", your: "La synthèse de votre diagnostic", done: "retirée", published: "publiée" },
} satisfies Record<ItemKind, { noun: string; your: string; done: string; published: string }>;

const statusLabels = { DRAFT: "Brouillon", PENDING: "En attente de validation", PUBLISHED: "Publiée", REJECTED: "Refusée" } satisfies Record<
  ModerationStatus,
  string
>;

export const adminContentCopy = {
  nav: { organisations: "Organisations", alliances: "Alliances", needsOffers: "Besoins et offres", diagnostics: "Diagnostics publiés" },
  statuses: statusLabels,
  /** A draft that kept the team's reason: unpublished by staff. */
  unpublishedStatus: "Dépubliée par l'équipe",
  sorts: { recents: "Les plus récentes", nom: "Nom (A → Z)", publication: "Date de publication", modification: "Dernière modification" },
  filters: {
    heading: "Rechercher et filtrer",
    q: "Rechercher",
    qHint: "Une partie du nom ou de la présentation, sans tenir compte des accents ni des majuscules.",
    status: "Statut",
    anyStatus: "Tous les statuts",
    territory: "Territoire",
    anyTerritory: "Tous les territoires",
    regions: "Régions",
    departements: "Départements",
    publishedFrom: "Publiée depuis le",
    publishedTo: "Publiée jusqu'au",
    sort: "Trier par",
    submit: "Appliquer",
    reset: "Effacer les filtres",
  },
  organisations: {
    title: "Organisations",
    intro: "Toutes les organisations de la plateforme, publiées ou non. Ouvrez une organisation pour voir son historique, la dépublier ou la publier.",
    kind: "Type d'organisation",
    anyKind: "Tous les types",
    found: (n: number) => (n === 0 ? "Aucune organisation trouvée" : count(n, "organisation trouvée", "organisations trouvées")),
    caption: "Organisations trouvées",
    columns: { select: "Sélection", name: "Nom", kind: "Type", status: "Statut", territories: "Territoires", members: "Membres", publishedAt: "Publiée le" },
  },
  alliances: {
    title: "Alliances",
    intro: "Toutes les alliances de la plateforme, publiées ou non. Ouvrez une alliance pour voir son historique, la dépublier ou la publier.",
    kind: "Mode d'alliance",
    anyKind: "Tous les modes",
    found: (n: number) => (n === 0 ? "Aucune alliance trouvée" : count(n, "alliance trouvée", "alliances trouvées")),
    caption: "Alliances trouvées",
    columns: {
      select: "Sélection",
      name: "Titre",
      kind: "Mode",
      status: "Statut",
      territories: "Territoires",
      leads: "Chef de file",
      publishedAt: "Publiée le",
    },
  },
  needsOffers: {
    title: "Besoins et offres",
    intro: "Tous les besoins et offres des organisations, publiés ou non. Ouvrez-en un pour voir son historique, le dépublier ou le publier.",
    kind: "Type",
    anyKind: "Besoins et offres",
    types: { besoin: "Besoin", offre: "Offre" },
    found: (n: number) => (n === 0 ? "Aucun besoin ni offre trouvé" : count(n, "besoin ou offre trouvé", "besoins et offres trouvés")),
    caption: "Besoins et offres trouvés",
    qHint: "Une partie du titre, sans tenir compte des accents ni des majuscules.",
    createdFrom: "Créé depuis le",
    createdTo: "Créé jusqu'au",
    itemKind: { need: "Besoin", offer: "Offre" },
    mode: "Mode",
    theme: "Thème",
    validUntil: "Valable jusqu'au",
    noLimit: "Sans limite",
    columns: {
      select: "Sélection",
      name: "Titre",
      kind: "Type",
      organisation: "Organisation",
      status: "Statut",
      territories: "Territoire",
      publishedAt: "Créé le",
    },
  },
  diagnostics: {
    title: "Diagnostics publiés",
    intro:
      "Les diagnostics dont l'organisation a publié la synthèse anonymisée sur la page du territoire, et ceux que l'équipe a retirés. Ouvrez-en un pour voir son historique ou retirer sa synthèse.",
    found: (n: number) => (n === 0 ? "Aucun diagnostic trouvé" : count(n, "diagnostic trouvé", "diagnostics trouvés")),
    caption: "Diagnostics trouvés",
    qHint: "Une partie du nom de l'organisation ou du territoire, sans tenir compte des accents ni des majuscules.",
    statuses: { publie: "Synthèse publiée", depublie: "Retirée par l'équipe" },
    completedFrom: "Terminé depuis le",
    completedTo: "Terminé jusqu'au",
    sorts: { recents: "Terminés récemment", nom: "Organisation (A → Z)", publication: "Date de fin", modification: "Dernière modification" },
    columns: {
      select: "Sélection",
      name: "Diagnostic",
      status: "Statut",
      territories: "Territoire",
      level: "Niveau",
      publishedAt: "Terminé le",
    },
    itemTitle: (organisation: string, territory: string) => `Diagnostic de ${organisation} — ${territory}`,
    organisation: "Organisation",
    territory: "Territoire",
    template: "Questionnaire",
    level: "Niveau de maturité",
    score: "Score global",
    completedAt: "Terminé le",
    publicSummary: "Voir la synthèse sur la page du territoire",
    reasonHint:
      "Obligatoire : il est montré aux membres de l'organisation dans leur espace et envoyé par e-mail (5 à 1 000 caractères). Le diagnostic reste terminé ; l'organisation pourra publier à nouveau sa synthèse.",
  },
  empty: "Aucun résultat pour ces critères.",
  emptyAdvice: "Retirez un filtre, ou cherchez une partie du nom seulement.",
  none: "—",
  selectRow: (title: string) => `Sélectionner « ${title} »`,
  bulk: {
    legend: "Action sur la sélection",
    selectAll: "Tout sélectionner sur cette page",
    selected: (n: number) => (n === 0 ? "Aucun élément sélectionné" : count(n, "élément sélectionné", "éléments sélectionnés")),
    decision: "Action",
    unpublish: "Dépublier",
    publish: "Publier",
    reasonLabel: "Motif de la dépublication",
    reasonHint: "Obligatoire pour dépublier : il est montré aux membres de l'organisation dans leur espace et envoyé par e-mail (5 à 1 000 caractères).",
    submit: "Appliquer à la sélection",
    pending: "Enregistrement…",
    noneSelected: "Sélectionnez au moins un élément dans le tableau.",
    tooMany: (max: number) => `Sélectionnez au plus ${numberFormat.format(max)} éléments à la fois.`,
    confirmUnpublish: (n: number, kind: ListKind) => ({
      title: `Dépublier ${count(n, kindWords[kind].noun, kindWords[kind].plural)} ?`,
      body: kindWords[kind].gone,
      confirmLabel: "Dépublier",
    }),
    confirmPublish: (n: number, kind: ListKind) => ({
      title: `Publier ${count(n, kindWords[kind].noun, kindWords[kind].plural)} ?`,
      body: kindWords[kind].back,
      confirmLabel: "Publier",
    }),
  },
  item: {
    backToList: (kind: ListKind) => `Retour aux ${kindWords[kind].plural}`,
    facts: "Fiche",
    status: "Statut",
    reason: "Motif de la dernière décision",
    noReason: "Aucun",
    kind: "Type",
    mode: "Mode",
    stage: "Étape",
    slug: "Adresse publique",
    publicPage: "Voir la page publique",
    siren: "SIREN",
    website: "Site internet",
    contactEmail: "E-mail de contact",
    verified: "Vérifiée",
    yes: "Oui",
    no: "Non",
    territories: "Territoires",
    members: "Membres",
    partners: "Partenaires",
    description: "Présentation",
    createdAt: "Créée le",
    publishedAt: "Publiée le",
    updatedAt: "Modifiée le",
    history: "Historique",
    historyEmpty: "Aucune action enregistrée pour cet élément.",
    decide: "Décision de l'équipe",
    unpublishLegend: (title: string) => `Dépublier « ${title} »`,
    unpublishDiagnosticLegend: "Retirer la synthèse de la page du territoire",
    unpublish: "Dépublier",
    publish: "Publier",
    publishLegend: (title: string) => `Publier « ${title} »`,
    confirmUnpublish: (title: string) => ({
      title: `Dépublier « ${title} » ?`,
      body: "Elle disparaît aussitôt du site public ; ses membres reçoivent le motif par e-mail et dans leur espace.",
      confirmLabel: "Dépublier",
    }),
    confirmUnpublishDiagnostic: (title: string) => ({
      title: `Retirer la synthèse « ${title} » ?`,
      body: "Elle disparaît aussitôt de la page du territoire ; les membres de l'organisation reçoivent le motif par e-mail et dans leur espace.",
      confirmLabel: "Retirer la synthèse",
    }),
    unpublishDiagnostic: "Retirer la synthèse",
    nothingToDecide: "La synthèse n'est pas publiée. Seule l'organisation peut la publier à nouveau, depuis son espace.",
    organisation: "Organisation",
    organisationPage: (name: string) => `Voir l'organisation « ${name} » dans le back-office`,
    confirmPublish: (title: string) => ({
      title: `Publier « ${title} » ?`,
      body: "Elle apparaît aussitôt sur le site public, et ses membres en sont prévenus.",
      confirmLabel: "Publier",
    }),
  },
  messages: {
    reasonRequired: "Indiquez le motif de la dépublication (5 caractères au moins) : il est montré aux membres.",
    reasonTooLong: "Le motif ne doit pas dépasser 1 000 caractères.",
    notFound: "Cet élément n'existe pas ou a été supprimé.",
    decisionNotAllowed: "Cette action n'est pas possible ici : l'équipe peut retirer une synthèse de diagnostic, pas la publier.",
    nothingChanged: "Rien n'a changé : les éléments choisis avaient déjà ce statut.",
    unpublished: (n: number, skipped: number) =>
      `${count(n, "élément dépublié", "éléments dépubliés")}${skipped > 0 ? ` ; ${count(skipped, "ignoré (pas publié)", "ignorés (pas publiés)")}` : ""}.`,
    published: (n: number, skipped: number) =>
      `${count(n, "élément publié", "éléments publiés")}${skipped > 0 ? ` ; ${count(skipped, "ignoré (déjà publié)", "ignorés (déjà publiés)")}` : ""}.`,
  },
  audit: {
    unpublished: (kind: ItemKind, title: string, reason: string) =>
      `${itemNouns[kind].noun} « ${title} » ${itemNouns[kind].done} par l'équipe. Motif : ${reason}`,
    published: (kind: ItemKind, title: string) => `${itemNouns[kind].noun} « ${title} » ${itemNouns[kind].published} par l'équipe`,
  },
  notifications: {
    unpublished: (kind: ItemKind, title: string) => `${itemNouns[kind].your} « ${title} » a été ${itemNouns[kind].done} par l'équipe`,
    published: (kind: ItemKind, title: string) => `${itemNouns[kind].your} « ${title} » a été ${itemNouns[kind].published} par l'équipe`,
  },
  /** What the owners read in their workspace after a staff unpublication. */
  workspace: {
    organisationText:
      "L'équipe Le RAMEAU a retiré ce profil du site public. Corrigez-le en tenant compte du motif ci-dessous, puis soumettez-le à nouveau à validation.",
    allianceText:
      "L'équipe Le RAMEAU a retiré cette alliance du site public. Corrigez-la en tenant compte du motif ci-dessous, puis soumettez-la à nouveau à validation.",
    /** Needs and offers are spoken of in the masculine in the workspace (« Publié »). */
    needOfferLabel: "Dépublié par l'équipe",
    needOfferText:
      "L'équipe Le RAMEAU a retiré cette annonce du site public et des mises en relation. Corrigez-la en tenant compte du motif ci-dessous : la modifier la soumet à nouveau à validation.",
    /** A diagnostic summary withdrawn by the team (back to « terminé », the reason kept until it is published again). */
    diagnosticLabel: "Synthèse retirée par l'équipe",
    diagnosticText:
      "L'équipe Le RAMEAU a retiré la synthèse de ce diagnostic de la page du territoire. Tenez compte du motif ci-dessous avant de la publier à nouveau.",
    reason: (reason: string) => `Motif de la dépublication : ${reason}`,
  },
};
