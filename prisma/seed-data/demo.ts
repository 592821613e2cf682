// The demonstration data set: fictional organisations (every name ends with "(démo)") on real
// territories, a few alliances, kits, needs and offers, and one account per role. Seeded only
// where asked (lib/db/demo-mode.ts: development by default, production with SEED_DEMO=true).
// Credentials are printed at start in embedded mode, when the accounts exist.

export const DEMO_PASSWORD = "demo-odd17-partenariats";

export type DemoRole = "USER" | "STAFF" | "ADMIN";
export interface DemoUser { email: string; name: string; role: DemoRole; label: string }

export const demoUsers: DemoUser[] = [
  { email: "admin@demo.odd17.fr", name: "Alice Administratrice", role: "ADMIN", label: "administratrice de la plateforme" },
  { email: "rameau@demo.odd17.fr", name: "Romain du RAMEAU", role: "STAFF", label: "équipe Le RAMEAU (back-office)" },
  { email: "collectivite@demo.odd17.fr", name: "Claire Collectivité", role: "USER", label: "admin de « Mission ODD de Saint-Étienne Métropole (démo) »" },
  { email: "entreprise@demo.odd17.fr", name: "Édouard Entreprise", role: "USER", label: "admin de « Forez Numérique (démo) »" },
  { email: "association@demo.odd17.fr", name: "Aïcha Association", role: "USER", label: "admin de « Les Liens du Furan (démo) »" },
  { email: "membre@demo.odd17.fr", name: "Marc Membre", role: "USER", label: "membre de « Les Liens du Furan (démo) »" },
  { email: "utilisateur@demo.odd17.fr", name: "Ursule Utilisatrice", role: "USER", label: "compte sans organisation" },
];

export type TerritoryRef = { kind: "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE"; code: string };
const commune = (code: string): TerritoryRef => ({ kind: "COMMUNE", code });
const epci = (code: string): TerritoryRef => ({ kind: "EPCI", code });
const departement = (code: string): TerritoryRef => ({ kind: "DEPARTEMENT", code });
const region = (code: string): TerritoryRef => ({ kind: "REGION", code });

export interface DemoActor {
  slug: string;
  name: string;
  kind: string;
  description: string;
  territories: TerritoryRef[];
  sdgs: number[];
  status?: "PUBLISHED" | "PENDING";
  parent?: string;
  website?: string;
  contactEmail?: string;
  admins?: string[];
  members?: string[];
}

export const demoActors: DemoActor[] = [
  {
    slug: "mission-odd-saint-etienne-metropole-demo", name: "Mission ODD de Saint-Étienne Métropole (démo)", kind: "COLLECTIVITE",
    description: "Service fictif de démonstration : il anime la feuille de route ODD de l'intercommunalité et réunit les partenaires locaux.",
    territories: [epci("244200770")], sdgs: [11, 17], admins: ["collectivite@demo.odd17.fr"], contactEmail: "contact@mission-odd.demo.odd17.fr",
  },
  {
    slug: "forez-numerique-demo", name: "Forez Numérique (démo)", kind: "ENTREPRISE",
    description: "Entreprise fictive de services numériques qui engage ses salariés en mécénat de compétences pour l'inclusion numérique.",
    territories: [commune("42218")], sdgs: [4, 9, 17], admins: ["entreprise@demo.odd17.fr"], website: "https://forez-numerique.demo.odd17.fr",
  },
  {
    slug: "les-liens-du-furan-demo", name: "Les Liens du Furan (démo)", kind: "ASSOCIATION",
    description: "Association fictive de quartier : accompagnement des seniors isolés, ateliers numériques, lien social.",
    territories: [commune("42218")], sdgs: [1, 10, 17], admins: ["association@demo.odd17.fr"], members: ["membre@demo.odd17.fr"],
  },
  {
    slug: "fondation-loire-solidaire-demo", name: "Fondation Loire Solidaire (démo)", kind: "FONDATION",
    description: "Fondation territoriale fictive qui finance des projets d'intérêt général dans la Loire.",
    territories: [departement("42")], sdgs: [1, 3, 17],
  },
  {
    slug: "agence-emploi-loire-sud-demo", name: "Agence Emploi Loire Sud (démo)", kind: "ETABLISSEMENT_PUBLIC",
    description: "Établissement public fictif pour l'emploi et l'insertion professionnelle dans le sud de la Loire.",
    territories: [departement("42")], sdgs: [8, 17],
  },
  {
    slug: "laboratoire-territoires-cooperations-demo", name: "Laboratoire Territoires & Coopérations (démo)", kind: "ACTEUR_ACADEMIQUE",
    description: "Équipe de recherche fictive qui étudie les alliances territoriales et leurs effets.",
    territories: [region("84")], sdgs: [4, 17],
  },
  {
    slug: "reseau-entreprises-engagees-demo", name: "Réseau national des entreprises engagées (démo)", kind: "TETE_DE_RESEAU",
    description: "Tête de réseau fictive : une fédération nationale dont les équipes locales agissent dans plusieurs territoires.",
    territories: [], sdgs: [8, 12, 17],
  },
  {
    slug: "reseau-entreprises-engagees-loire-demo", name: "Réseau des entreprises engagées — équipe Loire (démo)", kind: "ENTREPRISE",
    description: "Équipe locale fictive du réseau national dans la Loire.", territories: [departement("42")], sdgs: [8, 17],
    parent: "reseau-entreprises-engagees-demo",
  },
  {
    slug: "reseau-entreprises-engagees-pays-de-la-loire-demo", name: "Réseau des entreprises engagées — équipe Pays de la Loire (démo)", kind: "ENTREPRISE",
    description: "Équipe locale fictive du réseau national en Pays de la Loire.", territories: [region("52")], sdgs: [8, 17],
    parent: "reseau-entreprises-engagees-demo",
  },
  {
    slug: "maison-des-alliances-estuaire-demo", name: "Maison des alliances de l'estuaire (démo)", kind: "CATALYSEUR_TERRITORIAL",
    description: "Catalyseur territorial fictif : il fait se rencontrer collectivités, entreprises et associations de la métropole nantaise.",
    territories: [epci("244400404")], sdgs: [11, 17],
  },
  {
    slug: "nantes-inclusion-numerique-demo", name: "Nantes Inclusion Numérique (démo)", kind: "ASSOCIATION",
    description: "Association fictive de médiation numérique.", territories: [commune("44109")], sdgs: [4, 10, 17],
  },
  {
    slug: "cooperative-bois-de-creuse-demo", name: "Coopérative Bois de Creuse (démo)", kind: "ENTREPRISE",
    description: "Coopérative fictive de la filière bois, engagée dans l'économie circulaire.", territories: [departement("23")], sdgs: [12, 15, 17],
  },
  {
    slug: "tiers-lieu-la-fabrique-creusoise-demo", name: "Tiers-lieu La Fabrique creusoise (démo)", kind: "AUTRE",
    description: "Tiers-lieu fictif : atelier partagé, formations et accueil d'entrepreneurs.", territories: [commune("23096")], sdgs: [8, 9, 17],
  },
  {
    slug: "collectif-en-attente-demo", name: "Collectif des jardins partagés (démo)", kind: "ASSOCIATION",
    description: "Organisation fictive en attente de validation par l'équipe Le RAMEAU.", territories: [commune("42218")], sdgs: [2, 11],
    status: "PENDING",
  },
];

export interface DemoAlliance {
  slug: string;
  title: string;
  summary: string;
  description: string;
  mode: string;
  mecenatKind?: string;
  stage: string;
  status: "PUBLISHED" | "DRAFT";
  territories: TerritoryRef[];
  targets: string[];
  partners: { actor: string; role: "LEAD" | "PARTNER"; roleLabel: string }[];
  startDate?: string;
  results?: string;
}

export const demoAlliances: DemoAlliance[] = [
  {
    slug: "inclusion-numerique-seniors-furan-demo", title: "Inclusion numérique des seniors du Furan (démo)",
    summary: "Des salariés bénévoles accompagnent les seniors isolés dans leurs démarches en ligne.",
    description: "Alliance fictive : l'entreprise met à disposition des heures de mécénat de compétences, l'association repère les personnes et anime les ateliers.",
    mode: "MECENAT", mecenatKind: "COMPETENCES", stage: "ACTIVE", status: "PUBLISHED", territories: [commune("42218")], targets: ["17.17", "17.9"],
    partners: [
      { actor: "forez-numerique-demo", role: "LEAD", roleLabel: "Mécène de compétences" },
      { actor: "les-liens-du-furan-demo", role: "PARTNER", roleLabel: "Porteur des ateliers" },
    ],
    startDate: "2025-09-01", results: "120 seniors accompagnés, 18 salariés engagés (chiffres fictifs).",
  },
  {
    slug: "emploi-local-achats-responsables-demo", title: "Emploi local et achats responsables (démo)",
    summary: "Les entreprises du territoire s'engagent à recruter et à acheter localement.",
    description: "Alliance fictive entre l'intercommunalité, l'agence pour l'emploi et les entreprises engagées du réseau.",
    mode: "PRATIQUES_RESPONSABLES", stage: "CONSTRUCTION", status: "PUBLISHED", territories: [epci("244200770")], targets: ["17.17", "17.14"],
    partners: [
      { actor: "mission-odd-saint-etienne-metropole-demo", role: "LEAD", roleLabel: "Animation" },
      { actor: "agence-emploi-loire-sud-demo", role: "PARTNER", roleLabel: "Recrutement" },
      { actor: "reseau-entreprises-engagees-loire-demo", role: "PARTNER", roleLabel: "Mobilisation des entreprises" },
    ],
  },
  {
    slug: "filiere-bois-circulaire-creuse-demo", title: "Filière bois circulaire en Creuse (démo)",
    summary: "Réemploi des chutes de bois et formation de jeunes aux métiers de la filière.",
    description: "Coopération économique fictive entre une coopérative et un tiers-lieu.",
    mode: "COOPERATION_ECONOMIQUE", stage: "EVALUATION", status: "PUBLISHED", territories: [departement("23")], targets: ["17.17", "17.16"],
    partners: [
      { actor: "cooperative-bois-de-creuse-demo", role: "LEAD", roleLabel: "Fournisseur et formateur" },
      { actor: "tiers-lieu-la-fabrique-creusoise-demo", role: "PARTNER", roleLabel: "Atelier et accueil" },
    ],
    startDate: "2024-03-15", results: "30 tonnes de bois réemployées, 12 jeunes formés (chiffres fictifs).",
  },
  {
    slug: "laboratoire-innovation-estuaire-demo", title: "Laboratoire d'innovation sociétale de l'estuaire (démo)",
    summary: "Expérimenter de nouvelles réponses à la fracture numérique avec les habitants.",
    description: "Alliance fictive en préparation, pas encore publiée.",
    mode: "INNOVATION_SOCIETALE", stage: "IDEE", status: "DRAFT", territories: [epci("244400404")], targets: ["17.17", "17.18"],
    partners: [
      { actor: "maison-des-alliances-estuaire-demo", role: "LEAD", roleLabel: "Catalyseur" },
      { actor: "nantes-inclusion-numerique-demo", role: "PARTNER", roleLabel: "Terrain" },
    ],
  },
];

export interface DemoKit {
  slug: string;
  title: string;
  summary: string;
  category: string;
  audiences: string[];
  maturityLevels: number[];
  themes: string[];
  targets: string[];
  body: string;
}

export const demoKits: DemoKit[] = [
  {
    slug: "construire-une-alliance-en-7-etapes-demo", title: "Construire une alliance en 7 étapes (démo)", category: "METHODE",
    summary: "Une démarche pas à pas, du constat partagé à l'évaluation.", audiences: ["COLLECTIVITE", "ENTREPRISE", "ASSOCIATION"],
    maturityLevels: [1, 2], themes: [], targets: ["17.17"],
    body: "## Pourquoi\n\nUne alliance se construit dans la durée.\n\n## Les étapes\n\n1. Partager un constat\n2. Identifier les acteurs\n3. Définir un objectif commun\n4. Choisir le mode d'alliance\n5. Formaliser l'engagement\n6. Agir ensemble\n7. Évaluer et valoriser\n",
  },
  {
    slug: "retour-experience-mecenat-competences-demo", title: "Retour d'expérience : le mécénat de compétences pour l'inclusion numérique (démo)",
    category: "EXEMPLE", summary: "Comment une entreprise et une association ont accompagné des seniors.", audiences: ["ENTREPRISE", "ASSOCIATION"],
    maturityLevels: [2, 3], themes: ["INCLUSION_NUMERIQUE"], targets: ["17.17", "17.9"],
    body: "## Le contexte\n\nExemple fictif de démonstration.\n\n## Ce qui a fonctionné\n\n- un binôme salarié–bénévole\n- des ateliers courts et réguliers\n",
  },
  {
    slug: "lire-les-donnees-de-son-territoire-demo", title: "Lire les données de fragilité de son territoire (démo)", category: "DONNEES",
    summary: "Les sources ouvertes pour objectiver les besoins.", audiences: ["COLLECTIVITE", "CATALYSEUR_TERRITORIAL"],
    maturityLevels: [1, 2, 3], themes: ["PRECARITE_LIEN_SOCIAL", "EMPLOI_INSERTION"], targets: ["17.18"],
    body: "## Les sources\n\n- population et découpage administratif (Insee, Etalab)\n- indicateurs d'emploi\n\n## Bon usage\n\nCroiser les chiffres avec la parole des habitants.\n",
  },
  {
    slug: "grille-co-construction-partenariat-demo", title: "Grille de co-construction d'un partenariat (démo)", category: "OUTIL",
    summary: "Un support d'atelier pour clarifier les attentes de chaque partenaire.", audiences: ["ENTREPRISE", "ASSOCIATION", "COLLECTIVITE"],
    maturityLevels: [2, 3], themes: [], targets: ["17.17"],
    body: "## Mode d'emploi\n\nChaque partenaire remplit la grille : ce que j'apporte, ce que j'attends, mes contraintes.\n",
  },
  {
    slug: "role-catalyseur-territorial-demo", title: "Le rôle de catalyseur territorial (démo)", category: "COMPETENCE",
    summary: "Les compétences pour faire se rencontrer les acteurs d'un territoire.", audiences: ["CATALYSEUR_TERRITORIAL", "COLLECTIVITE"],
    maturityLevels: [3, 4], themes: ["ATTRACTIVITE_REVITALISATION"], targets: ["17.17", "17.16"],
    body: "## Les compétences clés\n\n- écoute et médiation\n- connaissance des acteurs\n- animation de collectifs\n",
  },
];

export interface DemoNeedOffer {
  actor: string;
  title: string;
  description: string;
  mode: string;
  mecenatKind?: string;
  theme: string;
  target?: string;
  territory: TerritoryRef;
}

export const demoNeeds: DemoNeedOffer[] = [
  {
    actor: "les-liens-du-furan-demo", title: "Bénévoles pour des ateliers numériques (démo)",
    description: "Nous cherchons des salariés disponibles deux heures par mois pour accompagner des seniors.",
    mode: "MECENAT", mecenatKind: "COMPETENCES", theme: "INCLUSION_NUMERIQUE", target: "17.17", territory: commune("42218"),
  },
  {
    actor: "tiers-lieu-la-fabrique-creusoise-demo", title: "Financement d'un atelier partagé (démo)",
    description: "Recherche d'un mécène pour équiper l'atelier bois.", mode: "MECENAT", mecenatKind: "FINANCIER", theme: "EMPLOI_INSERTION",
    territory: commune("23096"),
  },
];

export const demoOffers: DemoNeedOffer[] = [
  {
    actor: "forez-numerique-demo", title: "Mécénat de compétences numériques (démo)",
    description: "Nos salariés proposent des heures d'accompagnement aux usages numériques.",
    mode: "MECENAT", mecenatKind: "COMPETENCES", theme: "INCLUSION_NUMERIQUE", target: "17.17", territory: epci("244200770"),
  },
];
