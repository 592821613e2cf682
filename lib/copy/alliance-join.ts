// French copy of the requests to join a published alliance (lib/alliances/join-requests.*).
import { formatDate } from "@/lib/text/dates";

export const JOIN_MESSAGE_MIN = 10;
export const JOIN_MESSAGE_MAX = 2000;
export const JOIN_NOTE_MAX = 1000;

export const allianceJoinCopy = {
  publicLink: "Demander à rejoindre cette alliance",
  publicHint: "Votre organisation propose de devenir partenaire ; l'organisation porteuse accepte ou décline.",
  page: {
    title: (alliance: string) => `Rejoindre l'alliance « ${alliance} »`,
    intro:
      "Présentez votre organisation et ce qu'elle apporterait à l'alliance. L'organisation porteuse reçoit votre message et accepte ou décline ; vous en êtes averti dans votre espace.",
    lead: (name: string) => `Organisation porteuse : ${name}`,
    publicPage: "Voir la page publique de l'alliance",
    noOrganisation: "Vous n'êtes membre d'aucune organisation. Créez ou rejoignez une organisation pour proposer un partenariat.",
    createOrganisation: "Créer une organisation",
    standingHeading: "Vos organisations et cette alliance",
    standing: {
      partner: "déjà partenaire",
      invited: "invitée : répondez depuis l'espace de l'alliance",
      pending: (date: Date) => `demande envoyée le ${formatDate(date)}, en attente de réponse`,
      unpublished: "pas encore publiée : une organisation doit être publiée pour rejoindre une alliance",
      lead: "organisation porteuse",
    },
    nothingToAsk: "Aucune de vos organisations ne peut faire de nouvelle demande pour cette alliance.",
  },
  form: {
    organisation: "Organisation qui demande à rejoindre",
    message: "Votre message à l'organisation porteuse",
    messageHint: `Entre ${JOIN_MESSAGE_MIN} et ${JOIN_MESSAGE_MAX} caractères : qui vous êtes, ce que vous apporteriez, une personne à contacter.`,
    submit: "Envoyer la demande",
  },
  lead: {
    heading: "Demandes pour rejoindre l'alliance",
    empty: "Aucune demande en attente.",
    receivedOn: (date: Date) => `demande reçue le ${formatDate(date)}`,
    note: "Réponse (facultative, transmise à l'organisation)",
    noteHint: `${JOIN_NOTE_MAX} caractères au plus.`,
    accept: (organisation: string) => `Accepter ${organisation}`,
    decline: (organisation: string) => `Décliner ${organisation}`,
    declineConfirm: (organisation: string) => ({
      title: `Décliner la demande de ${organisation} ?`,
      body: "L'organisation en est avertie, avec votre réponse si vous en écrivez une. Elle pourra faire une nouvelle demande plus tard.",
      confirmLabel: "Décliner la demande",
    }),
  },
  messages: {
    organisationRequired: "Choisissez l'organisation qui demande à rejoindre l'alliance.",
    messageTooShort: `Écrivez au moins ${JOIN_MESSAGE_MIN} caractères.`,
    messageTooLong: `Le message dépasse ${JOIN_MESSAGE_MAX} caractères.`,
    noteTooLong: `La réponse dépasse ${JOIN_NOTE_MAX} caractères.`,
    notEligible:
      "Cette organisation ne peut pas demander à rejoindre l'alliance : elle en est déjà partenaire, y est invitée ou a déjà une demande en attente.",
    unpublished: "Cette organisation n'est pas encore publiée : une organisation doit être publiée pour rejoindre une alliance.",
    notFound: "Cette alliance ou cette demande n'existe pas, ou n'est plus en attente.",
    sent: "Demande envoyée. L'organisation porteuse de l'alliance en est avertie.",
    accepted: "Demande acceptée : l'organisation est maintenant partenaire de l'alliance.",
    declined: "Demande déclinée : l'organisation en est avertie.",
  },
  notifications: {
    request: (organisation: string, alliance: string) => `${organisation} demande à rejoindre l'alliance « ${alliance} »`,
    requestBody: "Acceptez ou déclinez la demande depuis l'espace de l'alliance.",
    decision: (alliance: string, accepted: boolean) =>
      accepted
        ? `Votre demande pour rejoindre l'alliance « ${alliance} » est acceptée`
        : `Votre demande pour rejoindre l'alliance « ${alliance} » est déclinée`,
  },
} as const;
