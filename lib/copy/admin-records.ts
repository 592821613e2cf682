// French copy of the audit-log viewer and of the CSV exports; part of adminLabels
// (lib/copy/admin.ts). Plain data and small pure functions only.

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

export const auditLogLabels = {
  title: "Journal d'audit",
  intro: "Qui a fait quoi, et quand : chaque action sensible de la plateforme y est enregistrée, de la plus récente à la plus ancienne.",
  filtersHeading: "Filtrer le journal",
  who: "Auteur",
  whoHint: "Une partie de l'adresse e-mail suffit : celle que l'auteur avait au moment de l'action.",
  action: "Action",
  anyAction: "Toutes les actions",
  entity: "Type d'élément",
  anyEntity: "Tous les types",
  entityId: "Identifiant de l'élément",
  entityIdHint: "Tel qu'il figure dans la colonne « Élément ».",
  from: "Du",
  to: "Au",
  submit: "Filtrer",
  reset: "Effacer les filtres",
  heading: (n: number, filtered: boolean) =>
    filtered ? (n === 0 ? "Aucune entrée trouvée" : count(n, "entrée trouvée", "entrées trouvées")) : count(n, "entrée", "entrées"),
  caption: "Entrées du journal d'audit, de la plus récente à la plus ancienne",
  columns: { date: "Date", who: "Auteur", action: "Action", entity: "Élément", summary: "Résumé", ip: "Adresse IP" },
  noIp: "—",
  empty: "Aucune entrée ne correspond à ces filtres.",
  emptyAdvice: "Élargissez la période ou retirez un filtre.",
  exportLink: "Télécharger ces entrées (CSV)",
} as const;

export const exportLabels = {
  title: "Exports",
  intro:
    "Chaque liste du back-office se télécharge au format CSV : encodage UTF-8 avec BOM et point-virgule comme séparateur, pour qu'Excel l'ouvre directement en français. Les listes sont complètes, quelle que soit leur taille.",
  listsHeading: "Listes disponibles",
  lists: {
    utilisateurs: { title: "Utilisateurs", text: "Tous les comptes, avec leur rôle, leurs organisations et l'état du compte." },
    organisations: { title: "Organisations", text: "Toutes les organisations, quel que soit leur statut (brouillon, en attente, publiée, refusée)." },
    moderation: { title: "File de modération", text: "Les organisations, alliances, besoins et offres en attente de validation." },
    journal: { title: "Journal d'audit", text: "Tout le journal ; depuis la page du journal, l'export reprend les filtres en cours." },
  },
  download: "Télécharger (CSV)",
  /** Completes the link's accessible name. */
  downloadOf: (title: string) => ` : ${title}`,
  forbidden: "Accès refusé.",
  auditSummary: (title: string) => `Export CSV « ${title} »`,
  auditSummaryFiltered: (title: string, filters: string) => `Export CSV « ${title} » (filtres : ${filters})`,
  headers: {
    utilisateurs: ["Nom", "Adresse e-mail", "Rôle", "E-mail confirmé", "Désactivé le", "Organisations", "Créé le"],
    organisations: [
      "Nom",
      "Type",
      "Statut",
      "Vérifiée",
      "SIREN",
      "Site internet",
      "E-mail de contact",
      "Territoires",
      "Membres",
      "Créée le",
      "Publiée le",
      "Motif de refus",
      "Adresse de la fiche",
    ],
    moderation: ["Type", "Titre", "Organisation", "Soumise le", "Première demande", "Identifiant"],
    journal: ["Date", "Auteur", "Adresse e-mail", "Action", "Code de l'action", "Élément", "Identifiant de l'élément", "Résumé", "Adresse IP"],
  },
  yes: "oui",
  no: "non",
} as const;
