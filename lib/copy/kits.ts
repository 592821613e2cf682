// French copy of the resource centre (kits, learning paths, co-construction) and of its back
// office; part of the catalogue in lib/labels.ts. Plain data and small pure functions only: this
// module is also bundled into client components.
import type { FeedbackKind, KitCategory, KitStatus } from "@/generated/prisma/enums";
import { directoryListLabels } from "./directory-lists";
import { kitsAdminLabels } from "./kits-admin";
import { kitFeedbackLabels, pathProgressLabels, resourceCentreHeading } from "./kits-feedback";
import { formatDate } from "@/lib/text/dates";

const numberFormat = new Intl.NumberFormat("fr-FR");
const ratingFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1 kit", "0 kit", "12 kits": the singular for 0 and 1, as French does. */
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

/** M.E.D.O.C.: the five families in which Le RAMEAU organises its knowledge, in that order. */
const categories = {
  METHODE: { label: "Méthode", plural: "Méthodes", text: "Des démarches pas à pas pour construire et faire vivre une alliance." },
  EXEMPLE: { label: "Exemple", plural: "Exemples", text: "Des retours d'expérience d'alliances menées dans les territoires." },
  DONNEES: { label: "Données", plural: "Données", text: "Des sources et des repères chiffrés pour objectiver les besoins." },
  OUTIL: { label: "Outil", plural: "Outils", text: "Des grilles, modèles et supports d'atelier prêts à l'emploi." },
  COMPETENCE: { label: "Compétence", plural: "Compétences", text: "Les savoir-faire à développer pour coopérer entre acteurs." },
} satisfies Record<KitCategory, { label: string; plural: string; text: string }>;

const maturityLevels: Record<number, string> = {
  1: "Niveau 1 — Découverte",
  2: "Niveau 2 — Expérimentation",
  3: "Niveau 3 — Structuration",
  4: "Niveau 4 — Catalyse",
};

const statuses = { DRAFT: "Brouillon", PUBLISHED: "Publié", ARCHIVED: "Archivé" } satisfies Record<KitStatus, string>;

const feedbackKinds = { RATING: "Note", COMMENT: "Commentaire", SUGGESTION: "Suggestion d'amélioration" } satisfies Record<FeedbackKind, string>;

const list = {
  title: "Ressources",
  heading: resourceCentreHeading,
  intro:
    "Des kits pratiques pour construire des alliances territoriales, organisés comme Le RAMEAU organise ses connaissances : méthodes, exemples, données, outils et compétences.",
  searchLabel: "Rechercher une ressource",
  searchHint: "Titre ou mots du résumé. Exemple : mécénat, données, gouvernance.",
  submit: "Rechercher",
  searchTitle: (q: string, total: number) => `Ressources : « ${q} », ${count(total, "résultat", "résultats")}`,
  found: (n: number) => (n === 0 ? "Aucune ressource trouvée" : count(n, "ressource trouvée", "ressources trouvées")),
  categoriesHeading: "Les cinq familles de ressources",
  categoryCount: (n: number) => count(n, "ressource", "ressources"),
  facets: { category: "Famille", audience: "Public", level: "Niveau de maturité", theme: "Thème", target: "Cibles de l'ODD 17" },
  sortLabel: "Trier par",
  sortSubmit: "Trier",
  sorts: { pertinence: "Pertinence", titre: "Titre", recents: "Les plus récentes" },
  emptyTitle: "Aucune ressource ne correspond à cette recherche",
  emptyAdvice: ["Vérifiez l'orthographe, ou cherchez un seul mot.", "Retirez un filtre : chaque filtre ajouté réduit les résultats."],
  updatedOn: (date: Date) => `Mis à jour le ${formatDate(date)}`,
  pathsHeading: "Parcours",
  pathsIntro: "Des ressources à suivre dans l'ordre, pour avancer pas à pas.",
  pathSteps: (n: number) => count(n, "étape", "étapes"),
};

const detail = {
  metaDescription: (title: string, category: string) => `${title} — ressource « ${category.toLowerCase()} » du centre de ressources ODD 17 en pratiques.`,
  updatedOn: (date: Date) => `Mis à jour le ${formatDate(date)}`,
  version: (n: number) => `version ${n}`,
  aboutHeading: "En bref",
  audiences: "Pour qui",
  levels: "Niveaux de maturité",
  themes: "Thèmes",
  modes: "Modes d'alliance",
  targets: "Cibles de l'ODD 17",
  none: "Non précisé",
  attachmentsHeading: "Documents à télécharger",
  attachment: (name: string, type: string, size: string) => `${name} (${type}, ${size})`,
  linksHeading: "Pour aller plus loin",
  externalHint: "(site externe)",
  historyHeading: "Historique des versions",
  historyCaption: "Versions publiées de cette ressource, de la plus récente à la plus ancienne",
  historyColumns: { version: "Version", date: "Publiée le", note: "Note de version" },
  noNote: "—",
  relatedHeading: "Ressources proches",
  ratingHeading: "Utilité de cette ressource",
  ratingAverage: (average: number) => `${ratingFormat.format(average)} sur 5`,
  ratingCount: (n: number) => (n === 0 ? "Aucune note pour l'instant." : `Note moyenne sur ${count(n, "avis", "avis")}.`),
  ratingStars: (average: number) => `Note moyenne : ${ratingFormat.format(average)} sur 5`,
};

export const kitsLabels = {
  categories,
  maturityLevels,
  maturityLevel: (level: number) => maturityLevels[level] ?? `Niveau ${level}`,
  statuses,
  feedbackKinds,
  list,
  detail,
  feedback: kitFeedbackLabels,
  paths: pathProgressLabels,
  target: directoryListLabels.target,
  fileSize: (bytes: number) =>
    bytes < 1024 * 1024 ? `${numberFormat.format(Math.max(1, Math.round(bytes / 1024)))} Ko` : `${ratingFormat.format(bytes / (1024 * 1024))} Mo`,
  count,
  admin: kitsAdminLabels,
} as const;
