// French copy of the organisations pages; part of the catalogue in lib/labels.ts. Also the
// messages of the organisations domain (validation, refusals), so that every word is here.
import type { MembershipRole, ModerationStatus } from "@/generated/prisma/enums";
import { actorKindLabels } from "./directory-lists";
import { de } from "@/lib/text/french";
import { formatDate } from "@/lib/text/dates";


const lastAdmin = "Vous êtes le seul administrateur : nommez d'abord un autre administrateur.";

export const organisationsLabels = {
  kinds: actorKindLabels,
  roles: { MEMBER: "Membre", ADMIN: "Administrateur" } satisfies Record<MembershipRole, string>,
  statuses: {
    DRAFT: { label: "Brouillon", text: "Ce profil n'a pas encore été soumis à l'équipe Le RAMEAU." },
    PENDING: {
      label: "En attente de validation",
      text: "En attente de validation par l'équipe Le RAMEAU. Le profil sera visible publiquement une fois validé.",
    },
    PUBLISHED: { label: "Publiée", text: "Le profil est visible sur le site public." },
    REJECTED: { label: "Refusée", text: "L'équipe Le RAMEAU n'a pas validé ce profil. Vous pouvez le corriger en tenant compte du motif indiqué." },
  } satisfies Record<ModerationStatus, { label: string; text: string }>,
  rejectionReason: (reason: string) => `Motif : ${reason}`,

  workspace: "Mon espace",
  /** "12 juin 2025", in Paris time whatever the server's zone. */
  formatDate,

  create: {
    title: "Créer le profil de mon organisation",
    intro:
      "Présentez votre organisation. Le profil sera vérifié par l'équipe Le RAMEAU avant d'être publié ; vous en serez l'administrateur et pourrez inviter votre équipe.",
    name: "Nom de l'organisation",
    kind: "Type d'organisation",
    kindPlaceholder: "Choisissez un type",
    siren: "Numéro SIREN",
    sirenHint: "9 chiffres, facultatif. Exemple : 732 829 320.",
    description: "Présentation",
    descriptionHint: "Vos missions, votre territoire d'action, ce que vous recherchez (facultatif, 2 000 caractères au plus).",
    website: "Site internet",
    websiteHint: "Adresse commençant par https:// (facultatif).",
    contactEmail: "Adresse e-mail de contact publique",
    contactEmailHint: "Affichée sur le profil public une fois validé (facultatif).",
    territoriesLegend: "Territoires d'action (au moins un)",
    submit: "Créer l'organisation",
    pending: "Création en cours…",
  },

  page: {
    statusHeading: "Statut",
    detailsHeading: "Informations",
    kind: "Type",
    siren: "SIREN",
    website: "Site internet",
    contactEmail: "E-mail de contact",
    description: "Présentation",
    notProvided: "Non renseigné",
    myRole: "Mon rôle",
    members: "Voir les membres",
  },

  members: {
    title: (name: string) => `Membres — ${name}`,
    heading: "Membres",
    intro: "Les personnes qui peuvent agir au nom de cette organisation sur la plateforme.",
    readOnly: "Seuls les administrateurs de l'organisation peuvent inviter, modifier ou retirer des membres.",
    tableCaption: "Membres de l'organisation",
    name: "Nom",
    email: "Adresse e-mail",
    role: "Rôle",
    since: "Depuis le",
    actions: "Actions",
    you: "(vous)",
    noName: "Sans nom",
    roleOf: (name: string) => `Rôle ${de(name)}`,
    changeRole: "Modifier",
    changeRoleSuffix: (name: string) => `le rôle ${de(name)}`,
    remove: "Retirer",
    removeSuffix: (name: string) => `${name} de l'organisation`,
    removeConfirm: (name: string) => ({
      title: `Retirer ${name} de l'organisation ?`,
      body: "Cette personne ne pourra plus agir au nom de l'organisation. Vous pourrez l'inviter à nouveau.",
      confirmLabel: "Retirer",
    }),
    inviteHeading: "Inviter une personne",
    inviteIntro: "La personne reçoit un lien par e-mail, valable 7 jours. Elle pourra créer son compte avec cette adresse si elle n'en a pas.",
    inviteEmail: "Adresse e-mail de la personne",
    inviteRole: "Rôle",
    inviteSubmit: "Envoyer l'invitation",
    invitationsHeading: "Invitations en attente",
    invitationsEmpty: "Aucune invitation en attente.",
    invitationsCaption: "Invitations en attente",
    expiresAt: "Valable jusqu'au",
    revoke: "Annuler",
    revokeSuffix: (email: string) => `l'invitation de ${email}`,
    leaveHeading: "Quitter l'organisation",
    leaveIntro: "Vous ne pourrez plus agir au nom de cette organisation. Un administrateur pourra vous inviter à nouveau.",
    leaveSubmit: "Quitter l'organisation",
    leaveConfirm: (organisation: string) => ({
      title: `Quitter « ${organisation} » ?`,
      body: "Vous ne pourrez plus agir au nom de cette organisation. Un administrateur pourra vous inviter à nouveau.",
      confirmLabel: "Quitter",
    }),
  },

  invitation: {
    title: "Invitation",
    heading: (organisation: string) => `Rejoindre « ${organisation} »`,
    invalidHeading: "Invitation introuvable",
    intro: (organisation: string, role: string) => `Vous êtes invité à rejoindre l'organisation « ${organisation} » en tant que ${role.toLowerCase()}.`,
    addressedTo: (email: string) => `Cette invitation est adressée à ${email}.`,
    signedOut:
      "Pour l'accepter, connectez-vous avec cette adresse e-mail. Si vous n'avez pas encore de compte, créez-le avec cette adresse, confirmez-la grâce à l'e-mail reçu, connectez-vous, puis rouvrez ce lien.",
    signIn: "Se connecter",
    signUp: "Créer un compte",
    signedInAs: (email: string) => `Vous êtes connecté avec l'adresse ${email}.`,
    accept: "Accepter l'invitation",
    accepting: "Acceptation en cours…",
    backToWorkspace: "Retour à mon espace",
    myInvitationsHeading: "Invitations reçues",
    myInvitation: (organisation: string, role: string) => `« ${organisation} » vous invite comme ${role.toLowerCase()}.`,
    acceptSuffix: (organisation: string) => `${de(organisation)}`,
    // What the invitation says before it is accepted.
    detailsLabel: (organisation: string) => `L'invitation à rejoindre « ${organisation} »`,
    invitedBy: "Invitation envoyée par",
    unknownInviter: "Une personne de l'équipe",
    proposedRole: "Rôle proposé",
    roleHints: {
      MEMBER: "Agir au nom de l'organisation sur la plateforme.",
      ADMIN: "Agir au nom de l'organisation, et aussi inviter, modifier ou retirer ses membres.",
    } satisfies Record<MembershipRole, string>,
    organisationKind: "Type d'organisation",
    territories: "Territoires d'action",
    territoryList: (names: string[], count: number) =>
      count > names.length ? `${names.join(", ")} et ${count - names.length === 1 ? "1 autre" : `${count - names.length} autres`}` : names.join(", "),
    noTerritory: "Non renseignés",
    description: "Présentation",
    noDescription: "Non renseignée",
    validUntil: "Valable jusqu'au",
  },

  messages: {
    nameRequired: "Indiquez le nom de l'organisation.",
    nameTooShort: "Le nom doit compter au moins 2 caractères.",
    nameTooLong: "Le nom ne doit pas dépasser 150 caractères.",
    kindRequired: "Choisissez le type d'organisation.",
    sirenInvalid: "Ce numéro SIREN n'est pas valide : il compte 9 chiffres et sa clé de contrôle doit être juste.",
    sirenTaken: "Ce numéro SIREN est déjà utilisé par une organisation inscrite. Demandez à ses administrateurs de vous inviter.",
    descriptionTooLong: "La présentation ne doit pas dépasser 2 000 caractères.",
    websiteInvalid: "Indiquez une adresse complète commençant par https:// (exemple : https://www.exemple.fr).",
    emailInvalid: "Cette adresse e-mail n'est pas valide (exemple : contact@exemple.fr).",
    emailRequired: "Indiquez l'adresse e-mail de la personne à inviter.",
    roleInvalid: "Choisissez un rôle.",
    territoriesRequired: "Choisissez au moins un territoire d'action.",
    alreadyMember: "Cette personne est déjà membre de l'organisation.",
    invitationSent: (email: string) => `Invitation envoyée à ${email}.`,
    revokeDone: "L'invitation a été annulée.",
    roleChanged: "Le rôle a été modifié.",
    roleUnchanged: "Cette personne avait déjà ce rôle : rien n'a changé.",
    memberRemoved: "La personne a été retirée de l'organisation.",
    lastAdmin,
    lastAdminOther: "C'est le seul administrateur de l'organisation : nommez d'abord un autre administrateur.",
    memberNotFound: "Cette personne n'est pas membre de l'organisation.",
    organisationNotFound: "Cette organisation est introuvable.",
    invitationNotFound: "Cette invitation est introuvable ou a déjà été traitée.",
    invitationInvalid: "Ce lien d'invitation n'est pas valide. Vérifiez que vous avez copié l'adresse complète.",
    invitationExpired: "Cette invitation a expiré. Demandez à un administrateur de l'organisation de vous inviter à nouveau.",
    invitationRevoked: "Cette invitation a été annulée par l'organisation.",
    invitationAccepted: "Cette invitation a déjà été acceptée.",
    invitationWrongEmail: (email: string) =>
      `Cette invitation est adressée à une autre adresse e-mail que celle de votre compte. Connectez-vous avec l'adresse invitée (${email}) ou demandez une nouvelle invitation.`,
  },
} as const;
