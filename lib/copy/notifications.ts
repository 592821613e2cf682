// French copy of notifications: the in-app list, the preferences and the e-mails (immediate and
// daily digest). The header's badge words live in site.ts, which every page's client code loads.
import type { NotificationEmails } from "@/generated/prisma/client";
import { agree, capitalise, theNoun } from "@/lib/text/french";
import { moderatedNouns, type ModeratedKind } from "./nouns";
import { siteLabels } from "./site";

export const SITE_NAME = "ODD 17 en pratiques";

export const notificationsCopy = {
  title: siteLabels.account.notifications,
  description: "Les événements qui concernent vos organisations et vos projets.",
  empty: "Aucune notification pour le moment.",
  unread: "Non lue",
  read: "Lue",
  open: "Ouvrir",
  markRead: "Marquer comme lue",
  markAllRead: "Tout marquer comme lu",
  markAllDone: "Toutes les notifications sont marquées comme lues.",
  markReadDone: "Notification marquée comme lue.",
  listLabel: "Liste des notifications",
  receivedOn: (date: string) => `Reçue le ${date}`,
  pagination: {
    previous: "Page précédente",
    next: "Page suivante",
    page: (n: number, total: number) => `Page ${n} sur ${total}`,
    label: "Pagination des notifications",
  },
  notFound: "Cette notification est introuvable.",
  preferences: {
    title: "E-mails de notification",
    legend: "Quels e-mails souhaitez-vous recevoir ?",
    hint: "Les e-mails liés à la sécurité de votre compte (confirmation d'adresse, mot de passe, lien de connexion) et les invitations à rejoindre une organisation vous sont toujours envoyés.",
    options: {
      ALL: {
        label: "Tous les e-mails",
        hint: "Un e-mail immédiat pour les invitations, confirmations et décisions de modération, et un résumé quotidien des nouvelles mises en relation.",
      },
      DIGEST_ONLY: { label: "Uniquement le résumé quotidien", hint: "Toutes vos notifications regroupées dans un seul e-mail par jour." },
      NONE: { label: "Aucun e-mail", hint: "Vous consultez vos notifications sur le site uniquement." },
    } satisfies Record<NotificationEmails, { label: string; hint: string }>,
    submit: "Enregistrer mes préférences",
    saved: "Vos préférences d'e-mail sont enregistrées.",
    invalid: "Choisissez une des options proposées.",
    link: "Gérer mes e-mails de notification",
    accountIntro: "Choisissez les e-mails de notification que vous recevez : tous, un résumé quotidien seulement, ou aucun.",
  },
  dashboard: {
    title: "Notifications",
    unreadCount: (n: number) => (n === 0 ? "Aucune notification non lue." : n === 1 ? "1 notification non lue." : `${n} notifications non lues.`),
    newMatches: (n: number) =>
      n === 0
        ? "Aucune nouvelle mise en relation ces 7 derniers jours."
        : n === 1
          ? "1 nouvelle mise en relation ces 7 derniers jours."
          : `${n} nouvelles mises en relation ces 7 derniers jours.`,
    seeMatches: "Voir les mises en relation",
    seeAll: "Voir toutes les notifications",
  },
  // What producers write (titles are built by each producer from these).
  producers: {
    organisationInvitation: (organisation: string) => `Invitation à rejoindre « ${organisation} »`,
    organisationInvitationBody: "Vous pouvez l'accepter depuis votre espace.",
    allianceInvitation: (alliance: string) => `Votre organisation est invitée dans l'alliance « ${alliance} »`,
    allianceInvitationBody: "Confirmez ou déclinez la participation de votre organisation depuis l'espace de l'alliance.",
    allianceResponse: (organisation: string, alliance: string, confirmed: boolean) =>
      `« ${organisation} » ${confirmed ? "confirme sa participation à" : "décline l'invitation à"} l'alliance « ${alliance} »`,
    /** "L'alliance « X » est validée et publiée", "Le besoin « X » n'a pas été validé". */
    moderation: (kind: ModeratedKind, title: string, approved: boolean) => {
      const noun = moderatedNouns[kind];
      const subject = `${capitalise(theNoun(noun))} « ${title} »`;
      return approved
        ? `${subject} est ${agree("validé", noun.gender)} et ${agree("publié", noun.gender)}`
        : `${subject} n'a pas été ${agree("validé", noun.gender)}`;
    },
    newMatch: (source: string, count: number) =>
      count === 1 ? `Une nouvelle mise en relation possible pour « ${source} »` : `${count} nouvelles mises en relation possibles pour « ${source} »`,
  },
  mail: {
    greeting: (name?: string | null) => (name ? `Bonjour ${name},` : "Bonjour,"),
    immediateIntro: "Vous avez une nouvelle notification :",
    open: "Ouvrir",
    seeAll: "Toutes vos notifications",
    digestSubject: (count: number) => `${count === 1 ? "Votre notification" : `Vos ${count} notifications`} du jour — ${SITE_NAME}`,
    digestIntro: (count: number) =>
      count === 1 ? "Voici la notification de ces dernières 24 heures :" : `Voici les ${count} notifications de ces dernières 24 heures :`,
    footer: "Vous recevez cet e-mail selon vos préférences de notification. Pour les modifier ou ne plus recevoir d'e-mails :",
  },
} as const;
