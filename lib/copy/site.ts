// The copy every page's client code needs (site name, skip link, main menu, error pages): kept
// apart from the catalogue in lib/labels.ts, which re-exports it, so that the header's client
// components do not bundle the whole catalogue (≈ 16 kB of French text and its imports).
// Plain data only.

const siteName = "ODD 17 en pratiques";

/** Contact addresses shown on the legal and accessibility pages: to confirm before going live. */
const contactEmail = "contact@odd17-en-pratiques.fr";

export const siteLabels = {
  site: {
    name: siteName,
    tagline: "Les alliances territoriales au service des Objectifs de développement durable",
    description: "Trouver des partenaires, construire des alliances et partager ce qui marche entre collectivités, entreprises et associations, pour l'ODD 17.",
    homeLinkLabel: `${siteName} — accueil`,
    contactEmail,
  },
  skipLink: "Aller au contenu",
  account: {
    signIn: "Se connecter",
    signUp: "Créer un compte",
    workspace: "Mon espace",
    admin: "Back-office",
    signOut: "Se déconnecter",
    accountMenu: "Mon compte",
    notifications: "Notifications",
    notificationsBadge: (unread: number) => (unread === 0 ? "Notifications" : `Notifications, ${unread} non ${unread > 1 ? "lues" : "lue"}`),
  },
  nav: {
    label: "Menu principal",
    menu: "Menu",
    territories: "Territoires",
    actors: "Acteurs",
    alliances: "Alliances",
    resources: "Ressources",
    sdg17: "ODD 17",
  },
  errors: {
    notFoundTitle: "Page introuvable",
    notFoundHeading: "Page introuvable",
    notFoundText: "La page que vous cherchez n'existe pas ou a été déplacée. Si vous avez saisi l'adresse, vérifiez-la.",
    notFoundTerritoryHint: "Pour un territoire, utilisez la recherche : les codes changent parfois lors des fusions de communes.",
    genericTitle: "Erreur",
    genericHeading: "Une erreur est survenue",
    genericText: "Nous n'avons pas pu afficher cette page. Réessayez dans un instant ; si le problème persiste, écrivez-nous.",
    retry: "Réessayer",
    reference: (digest: string) => `Référence de l'erreur : ${digest}`,
    backHome: "Retour à l'accueil",
    searchTerritories: "Rechercher un territoire",
  },
} as const;
