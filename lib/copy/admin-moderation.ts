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
    "Les organisations, alliances, besoins et offres qui attendent une validation, de la plus ancienne demande à la plus récente. Un refus demande un motif : il est envoyé par e-mail aux administrateurs de l'organisation.",
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
  reasonHint: "Obligatoire pour refuser. Il est envoyé tel quel aux administrateurs de l'organisation.",
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
  exportLink: "Télécharger la file d'attente (CSV)",
} as const;
