// The learning path "Parcours en 7 étapes": seven method kits, from a shared diagnosis to the
// evaluation of an alliance, and the path that orders them. Content, seeded on every
// installation; idempotent by slug (existing kits and an existing path are left untouched).
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { ensureContentKit, type ContentKit } from "./content-seed.ts";

export const LEARNING_PATH_SLUG = "parcours-en-7-etapes";

const path = {
  slug: LEARNING_PATH_SLUG,
  title: "Parcours en 7 étapes",
  description:
    "Construire une alliance territoriale pas à pas : du constat partagé à l'évaluation. Chaque étape renvoie à une fiche pratique ; cochez les étapes au fil de votre avancée.",
};

type Step = Omit<ContentKit, "category" | "themes"> & { stepTitle: string };

const ALL: ContentKit["audiences"] = [
  "COLLECTIVITE",
  "ENTREPRISE",
  "ASSOCIATION",
  "FONDATION",
  "ETABLISSEMENT_PUBLIC",
  "ACTEUR_ACADEMIQUE",
  "TETE_DE_RESEAU",
  "CATALYSEUR_TERRITORIAL",
];

const body = (why: string, how: string[], tip: string) =>
  [
    "## Pourquoi cette étape",
    "",
    why,
    "",
    "## Comment s'y prendre",
    "",
    ...how.map((line, index) => `${index + 1}. ${line}`),
    "",
    "## Conseil",
    "",
    tip,
    "",
  ].join("\n");

const steps: Step[] = [
  {
    slug: "etape-1-partager-un-constat",
    stepTitle: "Partager un constat",
    title: "Étape 1 — Partager un constat",
    audiences: ALL,
    maturityLevels: [1],
    modes: [],
    targets: ["17.18"],
    summary: "Partir des besoins du territoire, objectivés par des données et par la parole des acteurs.",
    body: body(
      "Une alliance naît d'un besoin que personne ne peut satisfaire seul. Le partager entre acteurs différents est la condition pour agir ensemble.",
      [
        "Rassembler les données disponibles sur le territoire (population, emploi, fragilités).",
        "Recueillir la parole des habitants et des acteurs de terrain.",
        "Formuler le constat en quelques phrases que chacun peut reprendre à son compte.",
      ],
      "Un constat partagé vaut mieux qu'un constat complet : mieux vaut trois besoins reconnus par tous qu'une longue liste que personne ne porte.",
    ),
  },
  {
    slug: "etape-2-identifier-les-acteurs",
    stepTitle: "Identifier les acteurs",
    title: "Étape 2 — Identifier les acteurs",
    audiences: ALL,
    maturityLevels: [1],
    modes: [],
    targets: ["17.16"],
    summary: "Cartographier qui agit déjà, qui est concerné et qui pourrait contribuer.",
    body: body(
      "Les alliances réunissent des acteurs qui ne se connaissent pas toujours. Savoir qui fait quoi évite les doublons et révèle des complémentarités.",
      [
        "Lister les acteurs publics, privés et associatifs concernés par le constat.",
        "Repérer ce que chacun fait déjà et ce qu'il pourrait apporter.",
        "Identifier un acteur capable de réunir les autres (catalyseur territorial).",
      ],
      "Consultez l'annuaire des acteurs de la plateforme, filtré sur votre territoire.",
    ),
  },
  {
    slug: "etape-3-definir-un-objectif-commun",
    stepTitle: "Définir un objectif commun",
    title: "Étape 3 — Définir un objectif commun",
    audiences: ALL,
    maturityLevels: [1, 2],
    modes: [],
    targets: ["17.14", "17.15"],
    summary: "Transformer le constat en un objectif que chaque partenaire partage, sans renoncer au sien.",
    body: body(
      "Chaque partenaire a ses raisons de s'engager. L'objectif commun est ce qui les relie : il doit être clair, limité et atteignable.",
      [
        "Expliciter les attentes et les contraintes de chaque partenaire.",
        "Choisir un objectif concret, mesurable et daté.",
        "Vérifier que l'objectif respecte le projet de chacun.",
      ],
      "Un objectif commun tient en une phrase. Si elle en demande trois, c'est qu'il y a plusieurs alliances.",
    ),
  },
  {
    slug: "etape-4-choisir-le-mode-d-alliance",
    stepTitle: "Choisir le mode d'alliance",
    title: "Étape 4 — Choisir le mode d'alliance",
    audiences: ALL,
    maturityLevels: [1, 2],
    targets: ["17.17"],
    modes: ["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"],
    summary: "Mécénat, pratiques responsables, coopération économique ou innovation sociétale : la forme qui sert l'objectif.",
    body: body(
      "Les travaux du RAMEAU distinguent quatre modes d'alliance. Chacun engage les partenaires différemment : les confondre crée des malentendus.",
      [
        "Le mécénat : une entreprise soutient un projet d'intérêt général (don financier, en nature, de compétences).",
        "Les pratiques responsables : une organisation fait évoluer ses pratiques avec l'expertise d'un partenaire.",
        "La coopération économique et l'innovation sociétale : les partenaires construisent ensemble une activité ou une réponse nouvelle.",
      ],
      "Une même alliance peut combiner plusieurs modes, mais chacun doit être nommé.",
    ),
  },
  {
    slug: "etape-5-formaliser-l-engagement",
    stepTitle: "Formaliser l'engagement",
    title: "Étape 5 — Formaliser l'engagement",
    audiences: ALL,
    maturityLevels: [2],
    modes: [],
    targets: ["17.4", "17.15"],
    summary: "Écrire ce que chacun apporte, ce qu'il attend et comment les décisions se prennent.",
    body: body(
      "Un engagement écrit protège la relation : il fixe les apports, les responsabilités et la manière de se retirer.",
      [
        "Rédiger une convention de partenariat : objet, durée, apports de chacun.",
        "Décrire la gouvernance : qui décide, comment, à quel rythme.",
        "Prévoir un rendez-vous pour faire le point et adapter l'engagement.",
      ],
      "La convention se rédige à plusieurs mains : un texte écrit par un seul partenaire est rarement signé de bon cœur.",
    ),
  },
  {
    slug: "etape-6-agir-ensemble",
    stepTitle: "Agir ensemble",
    title: "Étape 6 — Agir ensemble",
    audiences: ALL,
    maturityLevels: [2, 3],
    modes: [],
    targets: ["17.9", "17.17"],
    summary: "Piloter l'action commune : rythme, outils partagés et attention à la relation.",
    body: body(
      "L'action commune met la relation à l'épreuve. Un pilotage simple et régulier permet de tenir dans la durée.",
      [
        "Fixer un rythme de réunions et un tableau de suivi partagé.",
        "Désigner un interlocuteur par partenaire.",
        "Célébrer les premières réussites, même modestes.",
      ],
      "Prenez soin de la relation autant que du projet : la confiance est le premier résultat d'une alliance.",
    ),
  },
  {
    slug: "etape-7-evaluer-et-valoriser",
    stepTitle: "Évaluer et valoriser",
    title: "Étape 7 — Évaluer et valoriser",
    audiences: ALL,
    maturityLevels: [2, 3, 4],
    modes: [],
    targets: ["17.19"],
    summary: "Mesurer la valeur créée, en tirer des enseignements et les partager.",
    body: body(
      "Évaluer permet de décider de la suite et de convaincre d'autres acteurs. Valoriser fait connaître ce qui marche au-delà du territoire.",
      [
        "Mesurer les effets pour les bénéficiaires au regard de l'objectif commun.",
        "Recueillir le point de vue de chaque partenaire sur la relation.",
        "Publier l'alliance et ses résultats dans la vitrine de la plateforme.",
      ],
      "Une évaluation partagée, même simple, vaut mieux qu'une évaluation savante que les partenaires ne s'approprient pas.",
    ),
  },
];

/** Creates the step kits and the path when missing; a path that exists keeps its steps. */
export async function seedLearningPath(db: PrismaClient): Promise<{ kitsCreated: number; pathCreated: boolean }> {
  let kitsCreated = 0;
  for (const { stepTitle: _stepTitle, ...kit } of steps) {
    if (await ensureContentKit(db, { ...kit, category: "METHODE", themes: [] })) kitsCreated++;
  }
  const pathCreated = await db.$transaction(async (tx) => {
    if (await tx.learningPath.findUnique({ where: { slug: path.slug }, select: { id: true } })) return false;
    const kits = await tx.kit.findMany({ where: { slug: { in: steps.map((step) => step.slug) } }, select: { id: true, slug: true } });
    const ids = new Map(kits.map((kit) => [kit.slug, kit.id]));
    await tx.learningPath.create({
      data: { ...path, steps: { create: steps.map((step, index) => ({ position: index + 1, title: step.stepTitle, kitId: ids.get(step.slug)! })) } },
    });
    return true;
  });
  return { kitsCreated, pathCreated };
}
