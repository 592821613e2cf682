// French copy of the back-office observatory (/admin/observatoire). Plain data and small pure
// functions only: the admin navigation, a client component, imports its entry from here.
import type { AllianceStage } from "@/generated/prisma/client";
import { directoryLabels } from "./directories";
import { de } from "@/lib/text/french";
import { formatDate } from "@/lib/text/dates";

const numberFormat = new Intl.NumberFormat("fr-FR");
const decimalFormat = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;
const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthFormat = new Intl.DateTimeFormat("fr-FR", { month: "short", year: "2-digit", timeZone: "UTC" });

type Measure = "acteurs" | "alliances" | "diagnostics";
type Scale = "departement" | "region";

// French elides "de" before a vowel and "aucun" agrees: written out per noun, not computed.
const nouns: Record<Measure, { one: string; many: string; title: string; numberOf: string; none: string }> = {
  acteurs: { one: "acteur publié", many: "acteurs publiés", title: "Acteurs publiés", numberOf: "nombre d'acteurs publiés", none: "Aucun acteur publié" },
  alliances: {
    one: "alliance publiée",
    many: "alliances publiées",
    title: "Alliances publiées",
    numberOf: "nombre d'alliances publiées",
    none: "Aucune alliance publiée",
  },
  diagnostics: {
    one: "diagnostic terminé",
    many: "diagnostics terminés",
    title: "Diagnostics terminés",
    numberOf: "nombre de diagnostics terminés",
    none: "Aucun diagnostic terminé",
  },
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const area = (scale: Scale) => (scale === "region" ? "région" : "département");
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** The map's words for one measure, in the shape the shared AreaMap reads (components/map). */
function mapText(measure: Measure) {
  const noun = nouns[measure];
  const base = directoryLabels.map;
  return {
    ...base,
    heading: (scale: Scale) => `Carte des ${noun.many} par ${area(scale)}`,
    intro: (scale: Scale) =>
      scale === "region"
        ? `Chaque région est colorée selon le ${noun.numberOf}. Choisissez-en une pour filtrer l'observatoire sur elle.`
        : `Chaque département est coloré selon le ${noun.numberOf}. Choisissez-en un pour ouvrir sa page publique.`,
    legend: capitalise(noun.numberOf),
    areaLink: (name: string, n: number) => `${name} : ${count(n, noun.one, noun.many)}`,
    tableCaption: (scale: Scale) => `${capitalise(noun.numberOf)} par ${area(scale)}`,
    tableCount: noun.title,
    tableEmpty: `${noun.none} n'est rattaché à un territoire de la carte.`,
    outsideMap: (scale: Scale) =>
      scale === "region"
        ? "Ce qui n'est rattaché à aucun territoire n'est compté dans aucune région."
        : "Ce qui porte sur toute une région n'est compté dans aucun département.",
  };
}

export const observatoryCopy = {
  title: "Observatoire",
  nav: "Observatoire",
  intro:
    "Les chiffres de la plateforme : acteurs et alliances publiés, diagnostics terminés, kits les plus recommandés et utilité perçue des kits et des diagnostics. Chaque carte et chaque graphique est suivi de ses données en tableau.",
  filters: {
    heading: "Filtrer l'observatoire",
    region: "Région",
    allRegions: "Toute la France",
    period: "Période",
    periodHint: "Pour les diagnostics terminés dans le temps, les niveaux de maturité, les kits recommandés et les avis.",
    periods: { "12": "Les 12 derniers mois", "24": "Les 24 derniers mois", tout: "Depuis le début" },
    submit: "Appliquer les filtres",
    reset: "Tout réinitialiser",
    active: (region: string | null, period: string) => `${region ?? "Toute la France"} — ${period.toLowerCase()}`,
  },
  figures: {
    heading: "Chiffres clés",
    actors: (n: number) => (n <= 1 ? "acteur publié" : "acteurs publiés"),
    alliances: (n: number) => (n <= 1 ? "alliance publiée" : "alliances publiées"),
    diagnostics: (n: number) => (n <= 1 ? "diagnostic terminé" : "diagnostics terminés"),
    kits: (n: number) => (n <= 1 ? "kit publié" : "kits publiés"),
    users: (n: number) => (n <= 1 ? "compte utilisateur" : "comptes utilisateurs"),
    kitRating: "note moyenne d'utilité des kits",
    diagnosticRating: "note moyenne d'utilité des diagnostics",
    average: (value: number | null) => (value === null ? "—" : `${decimalFormat.format(value)} / 5`),
    ratingCount: (n: number) => (n === 0 ? "aucune note" : count(n, "note", "notes")),
    nationalNote: "Les kits publiés, les comptes et les notes des kits ne dépendent pas de la région choisie.",
  },
  map: {
    heading: "Cartes",
    formHeading: "Ce que montre la carte",
    measure: "Mesure",
    measures: { acteurs: nouns.acteurs.title, alliances: nouns.alliances.title, diagnostics: nouns.diagnostics.title } satisfies Record<Measure, string>,
    scale: "Échelle",
    scales: { region: "Régions", departement: "Départements" } satisfies Record<Scale, string>,
    submit: "Afficher la carte",
    text: mapText,
  },
  charts: {
    heading: "Graphiques",
    dataSummary: (heading: string) => `Voir les données : ${heading.toLowerCase()}`,
    csv: (heading: string) => `Télécharger les données « ${heading.toLowerCase()} » (CSV)`,
    noData: "Pas encore de données pour ce graphique.",
    levelFallback: (level: number) => `Niveau ${level}`,
    perRegion: {
      heading: "Acteurs et alliances par région",
      intro: "Le graphique montre les régions qui en ont au moins un ; le tableau des données les montre toutes.",
      description: (top: string) => `Diagramme en barres horizontales, une ligne par région, deux barres : acteurs publiés et alliances publiées. ${top}`,
      top: (name: string, actors: number, alliances: number) =>
        `En tête : ${name}, ${count(actors, "acteur", "acteurs")} et ${count(alliances, "alliance", "alliances")}.`,
      caption: "Acteurs et alliances publiés par région",
      category: "Région",
      actors: "Acteurs publiés",
      alliances: "Alliances publiées",
    },
    byMode: { heading: "Alliances par mode", caption: "Alliances publiées par mode", category: "Mode", value: "Alliances" },
    byStage: { heading: "Alliances par étape", caption: "Alliances publiées par étape", category: "Étape", value: "Alliances" },
    byMonth: {
      heading: "Diagnostics terminés par mois",
      caption: "Diagnostics terminés par mois",
      category: "Mois",
      value: "Diagnostics terminés",
      description: (months: number, total: number) =>
        `Histogramme des ${months} derniers mois, une colonne par mois : ${count(total, "diagnostic terminé", "diagnostics terminés")} en tout.`,
    },
    maturity: {
      heading: "Niveaux de maturité",
      caption: "Diagnostics terminés par niveau de maturité",
      category: "Niveau",
      value: "Diagnostics",
      levelName: (level: number, name: string) => `${level}. ${name}`,
    },
    kits: {
      heading: "Kits les plus recommandés",
      intro: "Nombre de diagnostics terminés dont le rapport recommande le kit parmi ses cinq premiers, avec les kits publiés aujourd'hui.",
      caption: "Kits les plus recommandés par les diagnostics",
      category: "Kit",
      value: "Diagnostics",
    },
    ratings: {
      heading: "Utilité des kits et des diagnostics",
      kits: "Notes d'utilité des kits",
      diagnostics: "Notes d'utilité des diagnostics",
      caption: (what: string) => `Répartition des ${what.toLowerCase()}`,
      category: "Note",
      value: "Nombre de notes",
      star: (n: number) => `${n} sur 5`,
      summary: (average: number | null, total: number) =>
        average === null ? "Aucune note pour l'instant." : `Moyenne ${decimalFormat.format(average)} sur 5, ${count(total, "note", "notes")}.`,
      kitComments: "Derniers commentaires sur les kits",
      diagnosticComments: "Derniers commentaires sur les diagnostics",
      noComments: "Aucun commentaire pour l'instant.",
      commentKinds: { COMMENT: "Commentaire", SUGGESTION: "Suggestion", RATING: "Note" },
      kitComment: (title: string) => `sur le kit « ${title} »`,
      diagnosticComment: (actor: string, territory: string) => `${actor}, diagnostic ${de(territory)}`,
      rated: (n: number) => `Note : ${n} sur 5`,
      answerLink: (title: string) => `Contributions sur le kit « ${title} »`,
      reportLink: (actor: string, territory: string) => `Rapport du diagnostic ${de(territory)} (${actor})`,
    },
    // The short text alternative of a bar chart: the largest values, the table holds them all.
    barDescription: (rows: { label: string; value: number }[], unit: { one: string; many: string }) => {
      const shown = [...rows]
        .sort((a, b) => b.value - a.value)
        .slice(0, 3)
        .filter((row) => row.value > 0);
      if (shown.length === 0) return "Diagramme en barres : aucune valeur pour l'instant.";
      return `Diagramme en barres horizontales. Les plus grandes valeurs : ${shown.map((row) => `${row.label}, ${count(row.value, unit.one, unit.many)}`).join(" ; ")}.`;
    },
    units: {
      alliances: { one: "alliance", many: "alliances" },
      diagnostics: { one: "diagnostic", many: "diagnostics" },
      ratings: { one: "note", many: "notes" },
    },
  },
  stages: directoryLabels.stages satisfies Record<AllianceStage, string>,
  month: (month: string) => monthFormat.format(monthDate(month)),
  shortMonth: (month: string) => shortMonthFormat.format(monthDate(month)),
  date: (date: Date) => formatDate(date),
  csvForbidden: "Accès refusé : ces données sont réservées à l'équipe Le RAMEAU.",
};
