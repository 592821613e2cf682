// French copy of the back office and of the dev mailbox; part of the catalogue in lib/labels.ts.
// Plain data and small pure functions only: this module is also bundled into client components.
import type { ModerationStatus, PlatformRole } from "@/generated/prisma/client";

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

const roles = {
  USER: "Utilisateur",
  STAFF: "Équipe",
  ADMIN: "Administrateur",
} satisfies Record<PlatformRole, string>;

// Keyed by the audit actions of lib/audit/audit.mutations.ts; an action missing here is shown as
// its code (see auditActionLabel), so adding an action never breaks the dashboard.
const auditActions: Record<string, string> = {
  "auth.signin": "Connexion",
  "auth.signin.failed": "Échec de connexion",
  "auth.signup": "Création de compte",
  "auth.email.confirmed": "Adresse e-mail confirmée",
  "auth.password.reset.requested": "Demande de réinitialisation du mot de passe",
  "auth.password.reset": "Mot de passe réinitialisé",
  "auth.password.changed": "Mot de passe modifié",
  "auth.email.changed": "Adresse e-mail modifiée",
  "account.deleted": "Compte supprimé",
  "role.granted": "Rôle attribué",
  "role.revoked": "Rôle retiré",
  "invitation.sent": "Invitation envoyée",
  "invitation.revoked": "Invitation annulée",
  "invitation.accepted": "Invitation acceptée",
  "membership.role.changed": "Rôle dans une organisation modifié",
  "membership.removed": "Membre retiré d'une organisation",
  "membership.left": "Départ d'une organisation",
  "actor.created": "Organisation créée",
};

export const adminLabels = {
  section: "Back-office",
  nav: {
    label: "Navigation du back-office",
    dashboard: "Tableau de bord",
    users: "Utilisateurs",
  },
  roles,
  dashboard: {
    title: "Tableau de bord",
    intro: "Les chiffres de la plateforme et les dernières actions enregistrées dans le journal d'audit.",
    usersHeading: "Comptes",
    figureLabels: {
      USER: (n: number) => (n <= 1 ? "utilisateur" : "utilisateurs"),
      STAFF: (n: number) => (n <= 1 ? "membre de l'équipe" : "membres de l'équipe"),
      ADMIN: (n: number) => (n <= 1 ? "administrateur" : "administrateurs"),
    } satisfies Record<PlatformRole, (n: number) => string>,
    organisationsHeading: "Organisations",
    noPending: "Aucune organisation en attente de modération.",
    /** Follows the number, shown large: "3 organisations attendent une modération". */
    pendingSuffix: (n: number) => (n <= 1 ? "organisation attend une modération." : "organisations attendent une modération."),
    organisationStatus: {
      DRAFT: (n: number) => (n <= 1 ? "brouillon" : "brouillons"),
      PENDING: () => "en attente de modération",
      PUBLISHED: (n: number) => (n <= 1 ? "publiée" : "publiées"),
      REJECTED: (n: number) => (n <= 1 ? "refusée" : "refusées"),
    } satisfies Record<ModerationStatus, (n: number) => string>,
    contentHeading: "Alliances et ressources",
    publishedAlliances: (n: number) => (n <= 1 ? "alliance publiée" : "alliances publiées"),
    publishedKits: (n: number) => (n <= 1 ? "kit publié" : "kits publiés"),
    draftKits: (n: number) => (n <= 1 ? "kit en brouillon" : "kits en brouillon"),
    auditHeading: "Dernières actions",
    auditCaption: "Les 20 dernières entrées du journal d'audit, de la plus récente à la plus ancienne",
    auditEmpty: "Aucune action enregistrée pour l'instant.",
    auditColumns: { date: "Date", who: "Auteur", action: "Action", summary: "Résumé" },
    anonymous: "Anonyme",
  },
  users: {
    title: "Utilisateurs",
    intro: "Les comptes de la plateforme. Les administrateurs peuvent donner ou retirer le rôle « Équipe », qui ouvre l'accès au back-office.",
    searchLabel: "Rechercher un utilisateur",
    searchHint: "Nom ou adresse e-mail, même partiels.",
    searchSubmit: "Rechercher",
    found: (n: number) => (n === 0 ? "Aucun compte trouvé" : count(n, "compte trouvé", "comptes trouvés")),
    all: (n: number) => count(n, "compte", "comptes"),
    empty: "Aucun compte ne correspond à cette recherche.",
    emptyAdvice: "Vérifiez l'orthographe, ou cherchez une partie du nom ou de l'adresse e-mail.",
    caption: "Comptes, du plus récent au plus ancien",
    columns: { name: "Nom", email: "Adresse e-mail", role: "Rôle", confirmed: "E-mail confirmé", createdAt: "Créé le", actions: "Actions" },
    noName: "Non renseigné",
    confirmed: "Oui",
    notConfirmed: "Non",
    you: "(vous)",
    grant: "Donner le rôle Équipe",
    revoke: "Retirer le rôle Équipe",
    pending: "Enregistrement…",
    /** Completes the button's accessible name so that each row's button is distinct. */
    forUser: (email: string) => ` à ${email}`,
    granted: (email: string) => `${email} a maintenant le rôle « Équipe ».`,
    revoked: (email: string) => `${email} n'a plus le rôle « Équipe ».`,
    unchanged: (email: string) => `${email} avait déjà ce rôle : rien n'a changé.`,
    refusedSelf: "Vous ne pouvez pas modifier votre propre rôle.",
    refusedAdmin: "Le rôle d'un administrateur ne peut pas être modifié ici.",
    refusedRole: "Seul le rôle « Équipe » peut être donné ou retiré ici.",
    notFound: "Ce compte n'existe pas ou a été supprimé.",
    auditGranted: (email: string) => `Rôle « Équipe » donné à ${email}`,
    auditRevoked: (email: string) => `Rôle « Équipe » retiré à ${email}`,
  },
  mailbox: {
    filterSubmit: "Filtrer",
    filterHint: "Adresse e-mail exacte, sans tenir compte des majuscules.",
    showAll: "Afficher tous les e-mails",
    count: (n: number) => count(n, "e-mail affiché", "e-mails affichés"),
    emptyFor: (to: string) => `Aucun e-mail envoyé à ${to}.`,
    latest: (n: number) => `Les ${numberFormat.format(n)} derniers e-mails, du plus récent au plus ancien.`,
  },
  auditAction: (action: string) => auditActions[action] ?? action,
} as const;
