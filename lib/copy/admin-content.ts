// French copy of the back office's content lists (organisations, alliances), of the staff
// unpublication and republication, and of what the owners see afterwards. Plain data and small
// pure functions only: also bundled into client components (the bulk form).
import type { ModerationStatus } from "@/generated/prisma/enums";

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

type KindWords = {
  /** "organisation", "alliance": both feminine, so one set of agreements serves both. */
  noun: string;
  plural: string;
};

const kindWords = { actor: { noun: "organisation", plural: "organisations" }, alliance: { noun: "alliance", plural: "alliances" } } satisfies Record<
  "actor" | "alliance",
  KindWords
>;

const statusLabels = { DRAFT: "Brouillon", PENDING: "En attente de validation", PUBLISHED: "Publiée", REJECTED: "Refusée" } satisfies Record<
  ModerationStatus,
  string
>;

export const adminContentCopy = {
  nav: { organisations: "Organisations", alliances: "Alliances" },
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
    confirmUnpublish: (n: number, kind: "actor" | "alliance") => ({
      title: `Dépublier ${count(n, kindWords[kind].noun, kindWords[kind].plural)} ?`,
      body: "Elles disparaissent aussitôt du site public. Leurs membres reçoivent le motif par e-mail et dans leur espace ; ils pourront corriger puis soumettre à nouveau.",
      confirmLabel: "Dépublier",
    }),
    confirmPublish: (n: number, kind: "actor" | "alliance") => ({
      title: `Publier ${count(n, kindWords[kind].noun, kindWords[kind].plural)} ?`,
      body: "Elles apparaissent aussitôt sur le site public, et leurs membres en sont prévenus.",
      confirmLabel: "Publier",
    }),
  },
  item: {
    backToList: (kind: "actor" | "alliance") => (kind === "actor" ? "Retour aux organisations" : "Retour aux alliances"),
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
    unpublish: "Dépublier",
    publish: "Publier",
    publishLegend: (title: string) => `Publier « ${title} »`,
    confirmUnpublish: (title: string) => ({
      title: `Dépublier « ${title} » ?`,
      body: "Elle disparaît aussitôt du site public ; ses membres reçoivent le motif par e-mail et dans leur espace.",
      confirmLabel: "Dépublier",
    }),
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
    nothingChanged: "Rien n'a changé : les éléments choisis avaient déjà ce statut.",
    unpublished: (n: number, skipped: number) =>
      `${count(n, "élément dépublié", "éléments dépubliés")}${skipped > 0 ? ` ; ${count(skipped, "ignoré (pas publié)", "ignorés (pas publiés)")}` : ""}.`,
    published: (n: number, skipped: number) =>
      `${count(n, "élément publié", "éléments publiés")}${skipped > 0 ? ` ; ${count(skipped, "ignoré (déjà publié)", "ignorés (déjà publiés)")}` : ""}.`,
  },
  audit: {
    unpublished: (kind: "actor" | "alliance", title: string, reason: string) =>
      `${kind === "actor" ? "Organisation" : "Alliance"} « ${title} » dépubliée par l'équipe. Motif : ${reason}`,
    published: (kind: "actor" | "alliance", title: string) => `${kind === "actor" ? "Organisation" : "Alliance"} « ${title} » publiée par l'équipe`,
  },
  notifications: {
    unpublished: (kind: "actor" | "alliance", title: string) =>
      kind === "actor" ? `Votre organisation « ${title} » a été dépubliée par l'équipe` : `Votre alliance « ${title} » a été dépubliée par l'équipe`,
    published: (kind: "actor" | "alliance", title: string) =>
      kind === "actor" ? `Votre organisation « ${title} » a été publiée par l'équipe` : `Votre alliance « ${title} » a été publiée par l'équipe`,
  },
  /** What the owners read in their workspace after a staff unpublication. */
  workspace: {
    organisationText:
      "L'équipe Le RAMEAU a retiré ce profil du site public. Corrigez-le en tenant compte du motif ci-dessous, puis soumettez-le à nouveau à validation.",
    allianceText:
      "L'équipe Le RAMEAU a retiré cette alliance du site public. Corrigez-la en tenant compte du motif ci-dessous, puis soumettez-la à nouveau à validation.",
    reason: (reason: string) => `Motif de la dépublication : ${reason}`,
  },
};
