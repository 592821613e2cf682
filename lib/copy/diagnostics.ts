// French copy of the diagnostic pages, the report and its PDF; meant to join the catalogue in
// lib/labels.ts as `diagnostics`. Validation messages of templates and answers, theme names and
// recommendation reasons stay in lib/diagnostics/labels.ts. Plain data and small pure functions:
// also bundled into client components.
import type { DiagnosticStatus } from "@/generated/prisma/enums";
import { formatDate, formatTime } from "@/lib/text/dates";
import { de, plural } from "@/lib/text/french";

const numberFormat = new Intl.NumberFormat("fr-FR");

/** "14:32", in Paris time: the site's one time format (lib/text/dates.ts). */
export const formatFrenchTime = formatTime;

/** « 7 déc. 2026 »: the site's one date format (lib/text/dates.ts). */
export const formatFrenchDate = formatDate;

/** "recommandé car …" → "Recommandé car …": reasons are sentences inside lists. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
}

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

const conflict = "Ce diagnostic a été modifié par quelqu'un d'autre. Rechargez la page pour voir la dernière version.";

export const diagnosticsCopy = {
  workspace: "Mon espace",
  statuses: {
    DRAFT: "En cours",
    COMPLETED: "Terminé",
    PUBLISHED: "Terminé, synthèse publiée",
  } satisfies Record<DiagnosticStatus, string>,

  list: {
    title: "Mes diagnostics",
    intro: "Les diagnostics de territoire menés par vos organisations : reprenez un questionnaire en cours ou consultez un rapport.",
    empty: "Aucun diagnostic pour l'instant.",
    start: "Lancer un diagnostic",
    caption: "Diagnostics de vos organisations",
    territory: "Territoire",
    organisation: "Organisation",
    status: "Statut",
    updated: "Mis à jour",
    level: "Niveau",
    resume: (territory: string) => `Reprendre le diagnostic ${de(territory)}`,
    report: (territory: string) => `Rapport du diagnostic ${de(territory)}`,
    levelValue: (level: number, name: string) => `${level} — ${name}`,
  },

  start: {
    title: "Lancer un diagnostic",
    intro:
      "Le diagnostic de territoire aide votre équipe à situer votre territoire et votre organisation face aux alliances : profil, enjeux, objectifs, moyens, maturité partenariale et envies. Comptez une vingtaine de minutes ; vos réponses sont enregistrées au fur et à mesure.",
    searchHeading: "1. Le territoire",
    searchLabel: "Rechercher le territoire",
    searchHint: "Nom, ancien nom d'une commune, code INSEE ou code postal. Exemple : St-Étienne, 42000.",
    searchSubmit: "Rechercher",
    territoryLegend: "Territoire diagnostiqué",
    noResult: (q: string) => `Aucun territoire ne correspond à « ${q} ». Vérifiez l'orthographe ou essayez un code postal.`,
    searchFirst: "Recherchez d'abord le territoire, puis choisissez-le dans la liste.",
    startHeading: "2. L'organisation",
    organisation: "Organisation qui mène le diagnostic",
    organisationPlaceholder: "Choisissez une organisation",
    submit: "Commencer le diagnostic",
    pending: "Création du diagnostic…",
    noOrganisation: "Un diagnostic est mené au nom d'une organisation. Créez le profil de la vôtre, ou demandez à son administrateur de vous inviter.",
    createOrganisation: "Créer le profil de mon organisation",
    territoryLabel: "Territoire diagnostiqué",
    territoryHint: "Commencez à taper le nom, le code INSEE ou le code postal, puis choisissez dans la liste avec les flèches et Entrée.",
    territoryChosen: (name: string, kind: string) => `Territoire choisi : ${name} (${kind}).`,
    territoryListLabel: "Territoires suggérés",
    chooseFromList: "Choisissez le territoire dans la liste des suggestions.",
  },

  questionnaire: {
    stepOf: (step: number, total: number) => `Étape ${step} sur ${total}`,
    progressLabel: "Progression du questionnaire",
    stepsLabel: "Étapes du questionnaire",
    // Read after the step's name in the step list (« 1. Profil, étape terminée »), beside a check mark.
    stepDone: "étape terminée",
    prefilled: "Prérempli depuis le profil de votre organisation : vous pouvez modifier cette réponse.",
    previous: "Précédent",
    next: "Suivant",
    finish: "Terminer le diagnostic",
    saving: "Enregistrement…",
    saved: (time: string) => `Enregistré à ${time}`,
    notSavedInvalid: "Certaines réponses ne sont pas valides : corrigez-les pour qu'elles soient enregistrées.",
    notSavedError: "L'enregistrement automatique a échoué. Vos réponses seront enregistrées en passant à l'étape suivante.",
    reload: "Recharger la page",
    required: "(obligatoire)",
    optional: "(facultatif)",
    rank: (rank: number) => `${rank === 1 ? "1er" : `${rank}e`} choix`,
    rankHint: (max: number) => `Classez jusqu'à ${max} réponses, de la plus importante à la moins importante.`,
    noChoice: "— Aucun choix —",
    scaleHint: (min: number, minLabel: string | undefined, max: number, maxLabel: string | undefined) =>
      [minLabel ? `${min} : ${minLabel}` : null, maxLabel ? `${max} : ${maxLabel}` : null].filter(Boolean).join(" ; "),
    scaleOption: (value: number, label?: string) => (label ? `${value} (${label})` : String(value)),
    multipleHint: "Plusieurs réponses possibles.",
    textHint: (max: number) => `${formatCount(max)} caractères au plus.`,
    stepErrors: "Certaines réponses de cette étape sont manquantes ou invalides. Corrigez les champs indiqués.",
    missingSteps: "Des questions obligatoires restent sans réponse. Complétez ces étapes :",
  },

  report: {
    title: (territory: string) => `Diagnostic ${de(territory)}`,
    subtitle: (organisation: string, date: string) => `Mené par ${organisation}, terminé le ${date}.`,
    draftNotice: "Ce diagnostic n'est pas terminé.",
    scoresHeading: "Scores par axe",
    radarTitle: "Radar des scores par axe",
    radarDescription: (items: string) => `Scores sur 100 : ${items}.`,
    tableCaption: "Scores par axe, sur 100",
    axis: "Axe",
    score: "Score sur 100",
    overall: "Score global",
    levelHeading: "Niveau de maturité partenariale",
    level: (level: number, count: number, name: string) => `Niveau ${level} sur ${count} : ${name}`,
    prioritiesHeading: "Priorités du territoire",
    prioritiesEmpty: "Aucune fragilité n'a été classée.",
    kitsHeading: "Ressources recommandées",
    kitCategories: { METHODE: "Méthode", EXEMPLE: "Exemple", DONNEES: "Données", OUTIL: "Outil", COMPETENCE: "Compétence" } as Record<string, string>,
    reasonsOf: (name: string) => `Pourquoi « ${name} » ?`,
    kitsEmpty: "Aucune ressource publiée ne correspond encore à ce diagnostic.",
    partnersHeading: "Partenaires suggérés",
    partnersIntro: "Des acteurs publiés sur votre territoire et autour, dont les offres, les alliances ou les ODD rejoignent vos envies.",
    partnersEmpty: "Aucun acteur publié du territoire ne correspond encore à vos envies.",
    contextHeading: "Le territoire en données ouvertes",
    population: "Population",
    populationUnknown: "Non renseignée",
    inhabitants: (n: number) => `${formatCount(n)} ${plural(n, "habitant", "habitants")}`,
    communes: "Communes",
    epci: "Intercommunalité (EPCI)",
    departement: "Département",
    region: "Région",
    actors: "Acteurs publiés présents",
    alliances: "Alliances publiées présentes",
    contextSource: "Sources : Découpage administratif (Etalab, Licence Ouverte 2.0) et annuaire de la plateforme.",
    comparisonHeading: "Comparaison avec des territoires similaires",
    comparisonScope: (kind: string) => `Territoires de même type (${kind}) dont la population est comprise entre la moitié et le double de celle-ci.`,
    comparisonAvailable: (average: number, count: number, levelName: string) =>
      `Score global moyen de ${formatCount(count)} diagnostics terminés : ${average} sur 100 (niveau ${levelName}).`,
    comparisonTooFew: "Pas encore assez de diagnostics comparables pour préserver l'anonymat.",
    comparisonNoPopulation: "La population de ce territoire n'est pas connue : aucune comparaison n'est possible.",
    actionsLabel: "Actions sur le rapport",
    print: "Imprimer",
    download: "Télécharger le PDF",
    backToList: "Mes diagnostics",
  },

  publication: {
    heading: "Synthèse publique",
    published: "Une synthèse anonyme de ce diagnostic (niveau, scores et priorités, sans le nom de votre organisation) est publiée sur la page du territoire.",
    notPublished:
      "Vous pouvez publier une synthèse anonyme de ce diagnostic (niveau, scores et priorités, sans le nom de votre organisation) sur la page publique du territoire. Vous pourrez la retirer à tout moment.",
    publish: "Publier la synthèse",
    unpublish: "Retirer la synthèse",
    publishing: "Publication…",
    unpublishing: "Retrait…",
    publishedDone: "La synthèse est publiée sur la page du territoire.",
    unpublishedDone: "La synthèse a été retirée de la page du territoire.",
    adminOnly: "Seul un administrateur de l'organisation peut publier ou retirer la synthèse.",
    unpublishConfirm: (territory: string) => ({
      title: `Retirer la synthèse du diagnostic de ${territory} ?`,
      body: "La synthèse anonyme ne sera plus visible sur la page du territoire. Vous pourrez la publier à nouveau à tout moment.",
      confirmLabel: "Retirer la synthèse",
    }),
  },

  feedback: {
    heading: "Ce diagnostic vous a-t-il été utile ?",
    intro: "Votre avis aide l'équipe Le RAMEAU à améliorer le questionnaire et les ressources. Vous pouvez le donner à nouveau quand vous reviendrez.",
    rating: "Votre note",
    ratings: ["1 — Pas utile", "2 — Peu utile", "3 — Assez utile", "4 — Utile", "5 — Très utile"],
    comment: "Commentaire",
    commentHint: "Ce qui vous a servi, ce qui manque (facultatif).",
    submit: "Envoyer mon avis",
    pending: "Envoi…",
    thanks: "Merci pour votre avis !",
    notFound: "Diagnostic introuvable.",
  },

  reopen: {
    heading: "Modifier les réponses",
    intro:
      "Vous pouvez rouvrir ce diagnostic pour corriger ou compléter vos réponses. Il repassera « En cours » : ses scores, son niveau et ses recommandations seront recalculés quand vous le terminerez à nouveau.",
    publishedWarning:
      "La synthèse publiée sur la page du territoire sera retirée tant que le diagnostic est rouvert ; vous pourrez la publier à nouveau une fois le diagnostic terminé.",
    publishedAdminOnly: "Sa synthèse est publiée : seul un administrateur de l'organisation peut le rouvrir.",
    submit: "Rouvrir pour modifier",
    pending: "Réouverture…",
    // Asked only when the summary is published: reopening withdraws it from the territory page.
    publishedConfirm: (territory: string) => ({
      title: `Rouvrir le diagnostic de ${territory} et retirer sa synthèse ?`,
      body: "La synthèse publiée sur la page du territoire sera retirée. Le diagnostic repassera « En cours » ; vous pourrez publier ses nouveaux résultats une fois terminé.",
      confirmLabel: "Rouvrir et retirer la synthèse",
    }),
  },

  followUp: {
    heading: "Trois semaines après : ce diagnostic vous a-t-il été utile ?",
    intro: (territory: string, date: string) =>
      `Vous avez terminé le diagnostic ${de(territory)} le ${date}. Avec le recul, dites-nous s'il vous a servi : votre avis aide l'équipe Le RAMEAU à améliorer le questionnaire et les ressources.`,
    later: "Plus tard",
    laterHint: "La question ne vous sera plus posée pendant cette visite.",
    laterPending: "Un instant…",
    openReport: (territory: string) => `Voir le rapport du diagnostic ${de(territory)}`,
  },

  territorySummary: {
    heading: "Diagnostics partagés",
    intro: (organisations: number, diagnostics: number) =>
      `${formatCount(organisations)} ${plural(organisations, "organisation a publié une synthèse anonyme de son diagnostic", "organisations ont publié une synthèse anonyme de leur diagnostic")}${
        diagnostics > organisations ? ` (${formatCount(diagnostics)} diagnostics)` : ""
      }.`,
    tooFew: (organisations: number, minimum: number) =>
      `${formatCount(organisations)} ${plural(organisations, "organisation a publié la synthèse de son diagnostic", "organisations ont publié la synthèse de leur diagnostic")}. Pour préserver l'anonymat, les chiffres ne s'affichent qu'à partir de ${formatCount(minimum)} organisations différentes.`,
    averageLevel: "Niveau de maturité le plus fréquent",
    averageScore: "Score global moyen",
    priorities: "Priorités les plus citées",
    none: "Aucune organisation n'a encore publié la synthèse d'un diagnostic de ce territoire.",
    start: "Lancer un diagnostic sur ce territoire",
  },

  pdf: {
    title: (territory: string) => `Diagnostic ${de(territory)}`,
    generated: (date: string) => `Document généré le ${date} sur ODD 17 en pratiques.`,
    page: (n: number, total: number) => `Page ${n} sur ${total}`,
    fileName: (territory: string) => `diagnostic-${territory}.pdf`,
  },

  messages: {
    conflict,
    completed: "Ce diagnostic est terminé : ses réponses ne peuvent plus être modifiées.",
    notCompleted: "Ce diagnostic n'est pas encore terminé.",
    noActiveTemplate: "Aucun questionnaire n'est actif pour le moment. Réessayez plus tard ou contactez l'équipe Le RAMEAU.",
    territoryNotFound: "Ce territoire est introuvable.",
    chooseOrganisation: "Choisissez l'organisation qui mène le diagnostic.",
    chooseTerritory: "Choisissez le territoire diagnostiqué.",
    chooseRating: "Choisissez une note de 1 à 5.",
    commentTooLong: (max: number) => `Saisissez au plus ${formatCount(max)} caractères.`,
    thanks: "Merci pour votre avis !",
    notFound: "Diagnostic introuvable.",
    alreadyReopened: "Ce diagnostic est déjà en cours de modification.",
    reopenPublishedAdminOnly: "Sa synthèse est publiée : seul un administrateur de l'organisation peut rouvrir ce diagnostic.",
  },
} as const;

export type DiagnosticsCopy = typeof diagnosticsCopy;
