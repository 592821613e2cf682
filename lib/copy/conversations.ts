// French copy of the conversations between partners (lib/conversations).
import { formatDateTime } from "@/lib/text/dates";
import { MESSAGE_MAX_LENGTH } from "@/lib/conversations/rules";

export const REPORT_REASON_MAX = 1000;
export const HIDE_REASON_MAX = 500;

export const conversationsCopy = {
  title: "Messages",
  intro:
    "Les échanges avec vos partenaires : mises en relation acceptées, alliances et liens de réseau. Seuls les membres des organisations concernées les lisent.",
  workspaceLink: "Messages",
  workspace: "Mon espace",
  none: "Aucun échange pour l'instant. Écrivez à un partenaire depuis une mise en relation acceptée, une alliance ou un lien de réseau.",
  unread: (count: number) => (count === 0 ? "aucun message non lu" : count === 1 ? "1 message non lu" : `${count} messages non lus`),
  headerBadge: (count: number) => (count === 0 ? "Messages" : count === 1 ? "Messages, 1 non lu" : `Messages, ${count} non lus`),
  lastMessage: (date: Date) => `dernier message le ${formatDateTime(date)}`,
  fromMatch: (partner: string) => `Écrire à ${partner} sur la plateforme`,
  fromAlliance: "Conversation des partenaires de l'alliance",
  fromNetworkLink: (partner: string) => `Conversation avec ${partner}`,
  kind: { MATCH: "Mise en relation", ALLIANCE: "Alliance", NETWORK_LINK: "Lien de réseau" } as const,
  subject: {
    match: (need: string, offer: string) => `Mise en relation : « ${need} » et « ${offer} »`,
    alliance: (title: string) => `Alliance « ${title} »`,
    networkLink: (head: string, team: string) => `Réseau : ${head} et ${team}`,
  },
  thread: {
    participants: "Organisations participantes",
    back: "Retour",
    messagesHeading: "Échanges",
    empty: "Aucun message pour l'instant : écrivez le premier.",
    by: (author: string, organisation: string) => `${author} (${organisation})`,
    formerMember: "Ancien membre",
    sentAt: (date: Date) => `le ${formatDateTime(date)}`,
    edited: "modifié",
    hidden: "Message masqué par l'équipe.",
    mine: "vous",
    counterpartHeading: "Contact de l'autre organisation",
    counterpart: (name: string | null, organisation: string, email: string) => (name ? `${name} (${organisation}) — ${email}` : `${organisation} — ${email}`),
  },
  form: {
    heading: "Écrire un message",
    body: "Votre message",
    bodyHint: `Texte simple, ${MESSAGE_MAX_LENGTH} caractères au plus. Les adresses web (https://…) deviennent des liens. Vous pourrez le corriger pendant 10 minutes.`,
    organisation: "Vous écrivez au nom de",
    submit: "Envoyer le message",
    sent: "Message envoyé.",
    edit: "Corriger",
    editLabel: "Message corrigé",
    editSubmit: "Enregistrer la correction",
    edited: "Message corrigé.",
    report: "Signaler",
    reportReason: "Pourquoi signalez-vous ce message ?",
    reportHint: "L'équipe de la plateforme lit votre signalement et peut masquer le message.",
    reportSubmit: "Signaler à l'équipe",
    reported: "Message signalé à l'équipe. Merci.",
  },
  messages: {
    notFound: "Cette conversation n'existe pas ou vous n'y participez pas.",
    messageNotFound: "Ce message n'existe pas ou n'est plus visible.",
    bodyRequired: "Écrivez votre message.",
    bodyTooLong: `Le message ne doit pas dépasser ${MESSAGE_MAX_LENGTH} caractères.`,
    organisationRequired: "Choisissez l'organisation au nom de laquelle vous écrivez.",
    notEditable: "Ce message ne peut plus être corrigé : le délai de 10 minutes est passé.",
    notReportable: "Vous ne pouvez pas signaler ce message.",
    alreadyReported: "Vous avez déjà signalé ce message.",
    reasonRequired: "Indiquez la raison du signalement.",
    reasonTooLong: `La raison ne doit pas dépasser ${REPORT_REASON_MAX} caractères.`,
    hideReasonRequired: "Indiquez la raison pour laquelle le message est masqué.",
    hideReasonTooLong: `La raison ne doit pas dépasser ${HIDE_REASON_MAX} caractères.`,
    invalid: "Ce signalement n'est plus valide. Rechargez la page.",
  },
  notification: {
    title: (organisation: string, subject: string) => `Nouveau message de ${organisation} — ${subject}`,
  },
  admin: {
    title: "Messages signalés",
    intro:
      "Les messages que des membres ont signalés. Masquez-en un avec une raison (elle est montrée à son auteur et enregistrée au journal), ou classez le signalement.",
    none: "Aucun signalement en attente.",
    reportedBy: (name: string, date: Date) => `Signalé par ${name} le ${formatDateTime(date)}`,
    written: (author: string, organisation: string, date: Date) => `Écrit par ${author} (${organisation}) le ${formatDateTime(date)}`,
    hideReason: "Raison du masquage",
    hide: "Masquer le message",
    hidden: "Message masqué.",
    dismiss: "Classer sans suite",
    dismissed: "Signalement classé.",
  },
} as const;
