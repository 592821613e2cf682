// French copy of the moderation queue; part of adminLabels (lib/copy/admin.ts). Plain data and
// small pure functions only: also bundled into client components.
import type { ModerationStatus } from "@/generated/prisma/enums";
import { agree, capitalise, theNoun } from "@/lib/text/french";
import { moderatedNouns, nouns, type ModeratedKind } from "./nouns";

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

const profileStatuses: Record<ModerationStatus, string> = {
  DRAFT: "non soumis",
  PENDING: "en attente de validation",
  PUBLISHED: agree("publié", nouns.profile.gender),
  REJECTED: agree("refusé", nouns.profile.gender),
};

export const moderationLabels = {
  title: "Modération",
  intro:
    "Les organisations, alliances, besoins et offres qui attendent une validation, de la plus ancienne demande à la plus récente. Un refus demande un motif : il est envoyé par e-mail aux administrateurs de l'organisation et affiché dans son espace.",
  kinds: { actor: "Organisation", alliance: "Alliance", need: "Besoin", offer: "Offre" },
  heading: (n: number) => (n === 0 ? "Aucune demande en attente" : count(n, "demande en attente", "demandes en attente")),
  empty: "Rien à modérer pour l'instant.",
  emptyAdvice: "Les nouvelles demandes apparaîtront ici dès qu'elles seront soumises.",
  organisation: "Organisation",
  noOrganisation: "Aucune organisation rattachée",
  /** "profil publié": the status agrees with "profil", not with "organisation". */
  organisationStatus: (status: string) => `${nouns.profile.singular} ${profileStatuses[status as ModerationStatus] ?? status.toLowerCase()}`,
  submittedAt: "Soumise le",
  whatChanged: "Ce qui a changé",
  firstSubmission: "Première demande de publication.",
  editOfPublished: (version: number) => `Modification d'une fiche déjà publiée (version ${version}).`,
  previousRejection: (reason: string) => `Refusée auparavant pour le motif : « ${reason} »`,
  lastChange: (summary: string, date: string, who: string | null) => `${summary} — ${date}${who ? `, par ${who}` : ""}`,
  noHistory: "Aucune modification enregistrée dans le journal.",
  details: {
    kind: "Type",
    siren: "SIREN",
    website: "Site internet",
    contactEmail: "E-mail de contact",
    territories: "Territoires",
    mode: "Mode d'alliance",
    stage: "Étape",
    theme: "Thème",
    territory: "Territoire",
    description: "Présentation",
  },
  decisionLegend: (title: string) => `Décision sur « ${title} »`,
  approve: "Approuver et publier",
  reject: "Refuser",
  /** Completes each button's accessible name so that every item's buttons are distinct. */
  forItem: (title: string) => `« ${title} »`,
  reasonLabel: "Motif du refus",
  reasonHint: "Obligatoire pour refuser. Il est envoyé tel quel aux administrateurs de l'organisation et affiché dans son espace.",
  savedReasonLabel: "Motif enregistré",
  savedReasonHint: "Choisissez un motif enregistré, ou écrivez le vôtre ci-dessous (le texte écrit l'emporte).",
  savedReasonNone: "Aucun (écrire le motif)",
  reasonRequired: "Indiquez le motif du refus (5 caractères au moins).",
  reasonTooLong: "Le motif ne doit pas dépasser 1 000 caractères.",
  pending: "Enregistrement…",
  alreadyDecided: "Déjà traité par un autre membre de l'équipe.",
  notFound: "Cette demande n'existe plus : elle a peut-être été supprimée.",
  outcomeApproved: (kind: ModeratedKind, title: string) => {
    const noun = moderatedNouns[kind];
    return `${capitalise(theNoun(noun))} « ${title} » est ${agree("approuvé", noun.gender)} et ${agree("publié", noun.gender)}. L'organisation a été prévenue par e-mail.`;
  },
  outcomeRejected: (kind: ModeratedKind, title: string) =>
    `${capitalise(theNoun(moderatedNouns[kind]))} « ${title} » est ${agree("refusé", moderatedNouns[kind].gender)}. L'organisation a été prévenue par e-mail, avec le motif.`,
  outcomeUnknown: "La décision est enregistrée.",
  auditApproved: (kind: string, title: string) => `Demande approuvée : ${kind.toLowerCase()} « ${title} »`,
  auditRejected: (kind: string, title: string, reason: string) => `Demande refusée : ${kind.toLowerCase()} « ${title} ». Motif : ${reason}`,
  caption: "Demandes en attente de modération",
  filters: {
    heading: "Filtrer la file",
    kind: "Type de demande",
    anyKind: "Tous les types",
    territory: "Territoire",
    anyTerritory: "Tous les territoires",
    regions: "Régions",
    departements: "Départements",
    claim: "Prise en charge",
    anyClaim: "Toutes les demandes",
    mine: "Prises en charge par moi",
    free: "Prises en charge par personne",
    submit: "Filtrer",
    reset: "Effacer les filtres",
    emptyFiltered: "Aucune demande en attente ne correspond à ces filtres.",
    emptyFilteredAdvice: "Retirez un filtre pour voir les autres demandes.",
  },
  claim: "Prendre en charge",
  release: "Libérer",
  claimedByMe: (time: string) => `Prise en charge par vous depuis ${time}.`,
  claimedByOther: (who: string, time: string) => `Prise en charge par ${who} depuis ${time} : laissez-la-lui.`,
  claimed: (title: string) => `Vous avez pris en charge « ${title} ». Vos collègues le voient dans la file pendant une heure.`,
  released: (title: string) => `« ${title} » est de nouveau disponible pour toute l'équipe.`,
  claimedBy: (who: string) => `Cette demande est prise en charge par ${who}.`,
  claimGone: "Cette demande n'est plus en attente : elle a sans doute déjà été traitée.",
  claimNotYours: "Vous ne teniez pas cette demande : elle a peut-être été libérée ou reprise.",
  select: (title: string) => `Sélectionner « ${title} »`,
  selectAll: "Sélectionner toutes les demandes de cette page",
  bulk: {
    heading: "Décision groupée",
    intro:
      "Cochez des demandes dans la liste, puis appliquez-leur la même décision. Le motif ne sert qu'au refus. Chaque organisation est prévenue séparément.",
    approve: "Approuver et publier les demandes cochées",
    reject: "Refuser les demandes cochées",
    confirm: {
      title: "Appliquer cette décision aux demandes cochées ?",
      body: "Chaque organisation sera prévenue par e-mail ; en cas de refus, elle verra le motif dans son espace.",
      confirmLabel: "Confirmer la décision",
    },
  },
  bulkNoneChosen: "Cochez au moins une demande dans la liste.",
  bulkTooMany: (max: number) => `Une décision groupée porte sur ${max} demandes au plus.`,
  bulkOutcome: (approved: boolean, decided: number, skipped: number) =>
    `${count(decided, approved ? "demande approuvée" : "demande refusée", approved ? "demandes approuvées" : "demandes refusées")}` +
    (skipped > 0 ? `, ${count(skipped, "demande laissée de côté", "demandes laissées de côté")} (déjà traitée ou prise en charge par un collègue)` : "") +
    ". Les organisations ont été prévenues par e-mail.",
  savedReasons: {
    title: "Motifs de refus enregistrés",
    link: "Gérer les motifs enregistrés",
    intro:
      "Les motifs que l'équipe réutilise : ils se choisissent dans chaque décision de la file de modération. Le texte est envoyé tel quel aux organisations.",
    listHeading: (n: number) => (n === 0 ? "Aucun motif enregistré" : count(n, "motif enregistré", "motifs enregistrés")),
    empty: "Ajoutez un premier motif avec le formulaire ci-dessous.",
    addHeading: "Ajouter un motif",
    label: "Nom du motif",
    labelHint: "Court, pour le retrouver dans la liste : « SIREN introuvable ».",
    text: "Texte envoyé à l'organisation",
    add: "Enregistrer le motif",
    adding: "Enregistrement…",
    added: (label: string) => `Le motif « ${label} » est enregistré.`,
    remove: "Supprimer",
    removeFor: (label: string) => `le motif « ${label} »`,
    confirmRemove: (label: string) => ({
      title: `Supprimer le motif « ${label} » ?`,
      body: "Les refus déjà envoyés ne changent pas.",
      confirmLabel: "Supprimer",
    }),
    removed: (label: string) => `Le motif « ${label} » est supprimé.`,
    labelTaken: "Un motif porte déjà ce nom.",
    labelRequired: "Donnez un nom au motif (3 caractères au moins).",
    labelTooLong: "Le nom ne doit pas dépasser 80 caractères.",
    notFound: "Ce motif n'existe plus.",
    auditSaved: (label: string) => `Motif de refus enregistré : « ${label} »`,
    auditDeleted: (label: string) => `Motif de refus supprimé : « ${label} »`,
  },
  exportLink: "Télécharger la file d'attente (CSV)",
} as const;
