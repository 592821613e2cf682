// French copy of the open data pages (/donnees, /api) and of their footer links. Plain data and
// small pure functions only.
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";
import { formatDateTime } from "@/lib/text/dates";

const numberFormat = new Intl.NumberFormat("fr-FR");

export const openDataLabels = {
  footer: { datasets: "Données ouvertes", api: "API" },
  datasets: {
    title: "Données ouvertes",
    heading: "Données ouvertes",
    intro:
      "La plateforme publie ce qu'elle sait pour que chacun puisse le réutiliser : territoires, acteurs, alliances, kits, cibles des ODD et chiffres agrégés des diagnostics. Seules les données publiées sont diffusées, jamais de données personnelles.",
    apiLink: "Documentation de l'API",
    tableCaption: "Jeux de données disponibles, avec leurs formats et leur date de mise à jour",
    columns: { dataset: "Jeu de données", description: "Contenu", count: "Éléments", updated: "Mise à jour", formats: "Téléchargement" },
    json: (title: string) => `JSON — ${title}`,
    csv: (title: string) => `CSV — ${title}`,
    jsonShort: "JSON",
    csvShort: "CSV",
    count: (n: number) => numberFormat.format(n),
    updated: (date: Date | "live" | null) => (date === "live" ? "Calculées à chaque requête" : date ? formatDateTime(date) : "Non renseignée"),
    licenceHeading: "Licence",
    licence:
      "Ces données sont publiées sous la Licence Ouverte / Open Licence version 2.0 d'Etalab : vous pouvez les réutiliser librement, y compris à des fins commerciales, en citant la source « ODD 17 en pratiques » et la date de mise à jour.",
    licenceLink: "Lire la Licence Ouverte 2.0",
    privacyHeading: "Ce qui n'est pas publié",
    privacy: [
      "Les brouillons, les contenus en attente de modération ou refusés, et les versions non publiées des kits.",
      "Les comptes, adresses e-mail et numéros de téléphone, y compris ceux de contact des organisations.",
      `Les réponses aux diagnostics : seuls des chiffres agrégés sont publiés, et seulement pour un territoire où au moins ${ANONYMITY_MIN_ORGANISATIONS} organisations différentes ont terminé un diagnostic.`,
    ],
    csvNote:
      "Les fichiers CSV sont en UTF-8 avec BOM et séparateur « ; » : ils s'ouvrent directement dans un tableur en français. Ils contiennent toute la collection ; les filtres de l'API s'y appliquent aussi.",
  },
  api: {
    title: "API des données ouvertes",
    heading: "API des données ouvertes",
    intro: "Une API JSON en lecture seule, sans compte ni clé, pour réutiliser les données publiées de la plateforme.",
    documentLink: "Document OpenAPI 3.1 (JSON)",
    datasetsLink: "Liste des jeux de données",
    principlesHeading: "Principes",
    tocLabel: "Collections de l'API",
    principles: (limit: number, windowSeconds: number, defaultLimit: number, maxLimit: number) => [
      `Base : /api/v1. Réponses en JSON (UTF-8) ; ajoutez format=csv à une collection pour la télécharger entière en CSV.`,
      `Pagination par curseur : ${defaultLimit} éléments par page par défaut, limit=${maxLimit} au plus. Suivez pagination.next (ou passez pagination.nextCursor dans cursor) jusqu'à ce qu'il vaille null. L'ordre est stable : un élément ajouté pendant le parcours ne décale pas les pages.`,
      "Filtres : les mêmes que ceux des annuaires du site, avec les mêmes valeurs (par exemple type=association, territoire=commune-42218). Un filtre répétable se donne plusieurs fois : odd=4&odd=17.",
      "Erreurs : 400 pour un paramètre inconnu ou invalide, avec un corps JSON (application/problem+json) qui nomme chaque paramètre en cause ; 404 pour un identifiant inconnu ou non publié.",
      `Limite de débit : ${limit} requêtes par ${windowSeconds} secondes et par adresse IP. Au-delà : 429, avec l'en-tête Retry-After (secondes à attendre).`,
      "Cache : chaque réponse JSON porte un ETag ; renvoyez-le dans If-None-Match pour obtenir un 304 sans contenu s'il n'a pas changé. Cache-Control : public, 60 secondes.",
      "CORS : Access-Control-Allow-Origin: * pour GET, HEAD et OPTIONS ; l'API peut être appelée depuis n'importe quel site.",
      "Licence : Licence Ouverte / Open Licence 2.0 (Etalab).",
    ],
    listHeading: "Lister",
    itemHeading: "Un élément",
    order: (order: string) => `Ordre : ${order}.`,
    parametersCaption: (path: string) => `Paramètres de ${path}`,
    fieldsCaption: (title: string) => `Champs d'un élément : ${title}`,
    columns: { name: "Nom", description: "Description", values: "Valeurs" },
    fieldColumns: { name: "Champ", type: "Type", description: "Description" },
    fieldsSummary: "Champs renvoyés",
    example: "Exemple",
    repeatable: "répétable",
    anyText: "texte",
    integer: (min?: number, max?: number) => (min !== undefined && max !== undefined ? `entier de ${min} à ${max}` : "entier"),
    maxLength: (n: number) => `texte, ${n} caractères au plus`,
    pathParameter: "dans le chemin",
  },
} as const;
