// French copy of needs, offers and matching (the "Besoins et offres" and "Mises en relation"
// pages, the match reasons, the messages of the domain and its e-mails). Plain data and pure
// functions: also bundled into client components.
import type { AllianceMode, ContactStatus, MecenatKind, ModerationStatus, Theme } from "@/generated/prisma/enums";
import { directoryLabels } from "@/lib/copy/directories";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import type { NeedOfferEditRule, NeedOfferKind } from "@/lib/needs-offers/needs-offers";

import { formatDay } from "@/lib/text/dates";
import { nouns as allNouns } from "@/lib/copy/nouns";
import { agree, aNoun, de, theNoun } from "@/lib/text/french";

// Validity dates are calendar days (@db.Date).
const formatDate = formatDay;

const nouns = { need: allNouns.need, offer: allNouns.offer };

const kinds = {
  need: { one: "besoin", the: theNoun(nouns.need), a: aNoun(nouns.need), title: "Besoin", plural: "Besoins", new: "Nouveau besoin" },
  offer: { one: "offre", the: theNoun(nouns.offer), a: aNoun(nouns.offer), title: "Offre", plural: "Offres", new: "Nouvelle offre" },
} satisfies Record<NeedOfferKind, Record<string, string>>;

const modeName = (mode: AllianceMode) => allianceModeNames[mode].toLocaleLowerCase("fr");
const mecenatName = (kind: MecenatKind) => `mécénat ${directoryLabels.mecenatKinds[kind].toLocaleLowerCase("fr")}`;

export const needsOffersCopy = {
  kinds,
  formatDate,
  themes: directoryLabels.themes satisfies Record<Theme, string>,
  mecenatKinds: directoryLabels.mecenatKinds,
  statuses: {
    DRAFT: "Brouillon",
    PENDING: "En attente de validation",
    PUBLISHED: "Publié",
    REJECTED: "Refusé",
  } satisfies Record<ModerationStatus, string>,
  contactStatuses: { PENDING: "En attente de réponse", ACCEPTED: "Acceptée", DECLINED: "Déclinée" } satisfies Record<ContactStatus, string>,

  reasons: {
    sameCommune: (name: string) => `même commune : ${name}`,
    sameEpci: (name: string) => `même EPCI : ${name}`,
    sameDepartement: (name: string) => `même département : ${name}`,
    sameRegion: (name: string) => `même région : ${name}`,
    elsewhere: "territoires éloignés",
    modeName,
    mecenatName,
    sameMode: (name: string) => `même mode d'alliance : ${name}`,
    sameTheme: (theme: Theme) => `même thème : ${directoryLabels.themes[theme].toLocaleLowerCase("fr")}`,
    sameTarget: (code: string) => `même cible de l'ODD 17 : ${code}`,
    endsSoon: (date: Date) => `se termine bientôt (${formatDate(date)})`,
    expired: "date de validité dépassée",
  },

  workspace: "Mon espace",
  list: {
    title: "Besoins et offres",
    intro: "Ce dont vos organisations ont besoin, ce qu'elles proposent, et les partenaires qui y correspondent.",
    noOrganisation: "Vous n'êtes membre d'aucune organisation : créez d'abord le profil de votre organisation.",
    createOrganisation: "Créer le profil de mon organisation",
    newNeed: (organisation: string) => `Nouveau besoin pour ${organisation}`,
    newOffer: (organisation: string) => `Nouvelle offre pour ${organisation}`,
    noNeed: "Aucun besoin pour l'instant.",
    noOffer: "Aucune offre pour l'instant.",
    until: (date: Date) => `Jusqu'au ${formatDate(date)}`,
    closed: (date: Date) => `Clôturé — valable jusqu'au ${formatDate(date)}`,
    noLimit: "Sans date limite",
    matchesLink: "Voir les mises en relation",
  },

  form: {
    newTitle: (kind: NeedOfferKind) => kinds[kind].new,
    editTitle: (kind: NeedOfferKind, title: string) => `Modifier ${kinds[kind].the} « ${title} »`,
    intro: {
      need: "Décrivez ce dont votre organisation a besoin. Il sera vérifié par l'équipe Le RAMEAU avant d'être publié et proposé aux partenaires possibles.",
      offer:
        "Décrivez ce que votre organisation propose. Elle sera vérifiée par l'équipe Le RAMEAU avant d'être publiée et proposée aux partenaires possibles.",
    } satisfies Record<NeedOfferKind, string>,
    organisation: "Organisation",
    organisationPlaceholder: "Choisissez une organisation",
    territoryLegend: "Territoire concerné",
    title: "Titre",
    description: "Description",
    descriptionHint: "Ce qui est recherché ou proposé, pour qui, avec quels moyens. 2 000 caractères au plus.",
    mode: "Mode d'alliance",
    modePlaceholder: "Choisissez un mode d'alliance",
    mecenatKind: "Forme de mécénat",
    mecenatKindHint: "Obligatoire pour le mécénat.",
    mecenatKindPlaceholder: "Choisissez une forme de mécénat",
    theme: "Thème",
    themePlaceholder: "Choisissez un thème",
    target: "Cible de l'ODD 17",
    targetPlaceholder: "Aucune cible en particulier",
    validUntil: "Valable jusqu'au",
    validUntilHint: "Facultatif. Après cette date, il n'est plus proposé aux partenaires.",
    submitNew: (kind: NeedOfferKind) => (kind === "need" ? "Enregistrer le besoin" : "Enregistrer l'offre"),
    submitEdit: "Enregistrer les modifications",
    pending: "Enregistrement…",
  },

  detail: {
    organisation: "Organisation",
    territory: "Territoire",
    mode: "Mode d'alliance",
    theme: "Thème",
    target: "Cible de l'ODD 17",
    validity: "Validité",
    status: "Statut",
    infoHeading: "Informations",
    edit: "Modifier",
    close: "Clôturer",
    closeHint: "Clôturer le retire des mises en relation ; vous pourrez le rouvrir en le modifiant.",
    closeDone: "C'est clôturé : il n'est plus proposé aux partenaires.",
    closeConfirm: (kind: NeedOfferKind, title: string) => ({
      title: `Clôturer ${kinds[kind].the} « ${title} » ?`,
      body:
        kind === "need"
          ? "Il ne sera plus proposé aux partenaires possibles. Vous pourrez le rouvrir en le modifiant."
          : "Elle ne sera plus proposée aux partenaires possibles. Vous pourrez la rouvrir en la modifiant.",
      confirmLabel: "Clôturer",
    }),
    pendingNote: "En attente de validation par l'équipe Le RAMEAU : les mises en relation apparaîtront une fois publié.",
    rejectedNote: "L'équipe Le RAMEAU ne l'a pas validé : corrigez-le pour le soumettre à nouveau.",
    rejectedReason: (reason: string) => `Motif du refus : ${reason}`,
    expiredNote: "Sa date de validité est dépassée : il n'est plus proposé aux partenaires.",
    matchesHeading: "Partenaires possibles",
    matchesIntro: "Classés du plus proche au moins proche, avec les raisons de chaque rapprochement.",
    noMatch: "Aucun partenaire possible pour l'instant.",
  },

  match: {
    score: (score: number) => `Pertinence : ${score} sur 100`,
    why: "Pourquoi ce rapprochement",
    by: (organisation: string) => `Proposé par ${organisation}`,
    counterpart: { need: "Besoin", offer: "Offre" } satisfies Record<NeedOfferKind, string>,
    contactLabel: "Votre message",
    contactHint: "Présentez-vous et dites ce que vous proposez. 1 000 caractères au plus.",
    contactSubmit: "Envoyer le message",
    contactFor: (title: string) => `Contacter au sujet de « ${title} »`,
    contactSent: "Message envoyé : l'organisation a été prévenue.",
    alreadyContacted: (status: ContactStatus) => `Mise en relation déjà engagée — ${needsOffersContactStatus(status).toLocaleLowerCase("fr")}.`,
  },

  contacts: {
    title: "Mises en relation",
    intro: "Les partenaires possibles de vos besoins et de vos offres, et les messages échangés.",
    newMatchesHeading: "Nouveaux partenaires possibles",
    newMatchesFor: (kind: NeedOfferKind, title: string) => `Pour ${kinds[kind].the} « ${title} »`,
    noNewMatch: "Aucun nouveau partenaire possible pour l'instant.",
    receivedHeading: "Messages reçus",
    sentHeading: "Messages envoyés",
    noReceived: "Aucun message reçu.",
    noSent: "Aucun message envoyé.",
    from: (organisation: string) => `De ${organisation}`,
    to: (organisation: string) => `À ${organisation}`,
    about: (need: string, offer: string) => `Besoin « ${need} » · offre « ${offer} »`,
    sentOn: (date: Date) => `Envoyé le ${formatDate(date)}`,
    accept: "Accepter",
    decline: "Décliner",
    acceptDone: "Mise en relation acceptée.",
    declineDone: "Mise en relation déclinée.",
    createAlliance: "Créer un projet d'alliance",
    with: (organisation: string) => `avec ${organisation}`,
    allianceHint: "Les deux organisations en deviennent partenaires ; l'autre organisation devra confirmer sa participation.",
    openAlliance: "Voir le projet d'alliance",
    allianceCreated: "Projet d'alliance créé : l'autre organisation est invitée à confirmer sa participation.",
    status: (status: ContactStatus) => needsOffersContactStatus(status),
    counterpartHeading: "Pour vous écrire directement",
    counterpart: (name: string | null, organisation: string) => (name ? `${name}, ${organisation}` : organisation),
    write: "Écrire un e-mail",
    writeTo: (organisation: string) => `à ${organisation}`,
    mailSubject: (need: string) => `Mise en relation : ${need}`,
    noCounterpart: "Cette organisation n'a pas encore d'adresse de contact : écrivez-lui depuis son profil public.",
    answerFrom: (organisation: string) => `la mise en relation de ${organisation}`,
    declineConfirm: (organisation: string) => ({
      title: `Décliner la mise en relation de ${organisation} ?`,
      body: "L'organisation en sera informée et ne pourra plus vous écrire pour ce besoin et cette offre.",
      confirmLabel: "Décliner",
    }),
  },

  alliance: {
    title: (needTitle: string) => `Alliance : ${needTitle}`,
    event: "Alliance créée depuis une mise en relation",
  },

  notifications: {
    contactTitle: (organisation: string) => `Nouveau message ${de(organisation)}`,
    answerTitle: (organisation: string, accepted: boolean) => `${organisation} a ${accepted ? "accepté" : "décliné"} votre mise en relation`,
    allianceTitle: (organisation: string) => `${organisation} vous invite dans un projet d'alliance`,
  },

  mail: {
    contactSubject: (organisation: string) => `${organisation} souhaite vous rencontrer — ODD 17 en pratiques`,
    contactText: (input: { from: string; need: string; offer: string; message: string; url: string }) =>
      [
        "Bonjour,",
        "",
        `${input.from} vous a écrit au sujet du besoin « ${input.need} » et de l'offre « ${input.offer} » :`,
        "",
        input.message,
        "",
        `Pour répondre (accepter ou décliner) : ${input.url}`,
        "",
        "L'équipe ODD 17 en pratiques",
      ].join("\n"),
    answerSubject: (organisation: string, accepted: boolean) =>
      `${organisation} a ${accepted ? "accepté" : "décliné"} votre mise en relation — ODD 17 en pratiques`,
    answerText: (input: { organisation: string; accepted: boolean; url: string }) =>
      [
        "Bonjour,",
        "",
        `${input.organisation} a ${input.accepted ? "accepté" : "décliné"} votre mise en relation.`,
        "",
        `Vos mises en relation : ${input.url}`,
        "",
        "L'équipe ODD 17 en pratiques",
      ].join("\n"),
  },

  messages: {
    titleRequired: "Indiquez un titre.",
    titleTooShort: "Le titre doit compter au moins 3 caractères.",
    titleTooLong: "Le titre doit compter 150 caractères au plus.",
    descriptionRequired: "Décrivez-le en quelques phrases.",
    descriptionTooLong: "La description doit compter 2 000 caractères au plus.",
    modeRequired: "Choisissez un mode d'alliance.",
    mecenatKindRequired: "Choisissez la forme de mécénat.",
    themeRequired: "Choisissez un thème.",
    targetInvalid: "Choisissez une cible de l'ODD 17 de la liste.",
    territoryRequired: "Choisissez le territoire concerné.",
    dateInvalid: "Indiquez une date valide.",
    dateInPast: "La date de validité ne peut pas être passée.",
    dateTooFar: "La date de validité ne peut pas dépasser trois ans.",
    organisationRequired: "Choisissez l'organisation.",
    messageRequired: "Écrivez un message.",
    messageTooLong: "Le message doit compter 1 000 caractères au plus.",
    notFound: "Ce besoin ou cette offre est introuvable.",
    notAMatch: "Ce besoin et cette offre ne correspondent pas ou ne sont plus disponibles.",
    alreadyContacted: "Votre organisation a déjà envoyé un message pour cette mise en relation.",
    contactNotFound: "Cette mise en relation est introuvable.",
    alreadyAnswered: "Cette mise en relation a déjà reçu une réponse.",
    notAccepted: "Seule une mise en relation acceptée peut devenir un projet d'alliance.",
    saved: "Modifications enregistrées.",
    conflict:
      "Ce besoin ou cette offre vient d'être modifié par quelqu'un d'autre ou par l'équipe de modération. Rechargez la page, puis refaites vos changements.",
  },

  /** Said above the editor, before saving (lib/needs-offers/needs-offers.ts needOfferEditRule). */
  editRules: {
    need: {
      direct: "Votre organisation est vérifiée : vos modifications sont publiées dès l'enregistrement.",
      backToModeration:
        "Votre organisation n'est pas encore vérifiée : après enregistrement, le besoin repasse en validation par l'équipe Le RAMEAU ; il n'est plus visible publiquement ni proposé aux partenaires jusqu'à sa validation.",
      pending: "Le besoin est en attente de validation : vos modifications seront examinées avec lui.",
      resubmit: "Le besoin a été refusé : après enregistrement, vos corrections sont soumises de nouveau à l'équipe Le RAMEAU.",
    },
    offer: {
      direct: "Votre organisation est vérifiée : vos modifications sont publiées dès l'enregistrement.",
      backToModeration:
        "Votre organisation n'est pas encore vérifiée : après enregistrement, l'offre repasse en validation par l'équipe Le RAMEAU ; elle n'est plus visible publiquement ni proposée aux partenaires jusqu'à sa validation.",
      pending: "L'offre est en attente de validation : vos modifications seront examinées avec elle.",
      resubmit: "L'offre a été refusée : après enregistrement, vos corrections sont soumises de nouveau à l'équipe Le RAMEAU.",
    },
  } satisfies Record<NeedOfferKind, Record<NeedOfferEditRule, string>>,

  audit: {
    fields: {
      title: "titre",
      description: "description",
      mode: "mode",
      mecenatKind: "forme de mécénat",
      theme: "thème",
      target: "cible",
      territory: "territoire",
      validUntil: "validité",
    },
    created: (kind: NeedOfferKind, title: string) => `Création ${de(kinds[kind].a)} « ${title} » (en attente de validation)`,
    closed: (kind: NeedOfferKind, title: string) => `Clôture ${de(kinds[kind].the)} « ${title} »`,
    updated: (kind: NeedOfferKind, title: string, status: ModerationStatus, changes: string[]) =>
      `Modification ${de(kinds[kind].the)} « ${title} » (${status === "PUBLISHED" ? `reste ${agree("publié", nouns[kind].gender)}` : "en attente de validation"}) : ${changes.join(" ; ")}`,
  },
};

function needsOffersContactStatus(status: ContactStatus): string {
  return { PENDING: "En attente de réponse", ACCEPTED: "Acceptée", DECLINED: "Déclinée" }[status];
}
