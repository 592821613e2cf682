// The 19 SDG 17 target sheets: for each target, what it means for a territorial alliance and where
// to start. The official wording of the target is not copied here: the seed reads it from the
// SdgTarget table, so that the sheets always quote the reference text (prisma/seed-data/odd.json).
import type { ActorKind, AllianceMode, KitCategory } from "../../generated/prisma/client.ts";

export interface TargetSheet {
  code: string;
  /** Completes "Cible 17.x — …". */
  short: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  modes: AllianceMode[];
  summary: string;
  meaning: string;
  actions: string[];
}

const PUBLIC_SIDE: ActorKind[] = ["COLLECTIVITE", "ETABLISSEMENT_PUBLIC", "CATALYSEUR_TERRITORIAL"];
const EVERYONE: ActorKind[] = [
  "COLLECTIVITE",
  "ENTREPRISE",
  "ASSOCIATION",
  "FONDATION",
  "ETABLISSEMENT_PUBLIC",
  "ACTEUR_ACADEMIQUE",
  "TETE_DE_RESEAU",
  "CATALYSEUR_TERRITORIAL",
];
const ECONOMIC: ActorKind[] = ["ENTREPRISE", "COLLECTIVITE", "TETE_DE_RESEAU", "CATALYSEUR_TERRITORIAL"];

export const targetSheets: TargetSheet[] = [
  {
    code: "17.1",
    short: "Mobiliser les ressources du territoire",
    category: "METHODE",
    audiences: PUBLIC_SIDE,
    maturityLevels: [1, 2],
    modes: ["MECENAT"],
    summary: "Des ressources locales plus solides pour financer l'intérêt général : budgets publics, mécénat, épargne et fondations du territoire.",
    meaning:
      "À l'échelle d'un territoire, la cible invite à ne pas dépendre d'une seule source de financement. Budgets des collectivités, mécénat des entreprises locales, fondations territoriales et épargne des habitants peuvent se compléter au service de projets communs.",
    actions: [
      "recenser les financeurs publics et privés présents sur le territoire ;",
      "réunir collectivités et entreprises autour d'un projet partagé avant de chercher des fonds ;",
      "étudier la création d'un fonds ou d'une fondation territoriale.",
    ],
  },
  {
    code: "17.2",
    short: "Tenir les engagements de solidarité",
    category: "DONNEES",
    audiences: PUBLIC_SIDE,
    maturityLevels: [1],
    modes: ["MECENAT"],
    summary: "L'aide publique au développement en chiffres, et ce que la coopération décentralisée des collectivités y apporte.",
    meaning:
      "La cible vise les États, mais les collectivités françaises y contribuent par la coopération décentralisée et le soutien aux associations de solidarité internationale. Connaître ces chiffres aide à situer l'effort local dans l'effort national.",
    actions: [
      "repérer les actions de coopération décentralisée de votre collectivité ;",
      "associer les associations de solidarité internationale du territoire aux alliances locales ;",
      "rendre compte chaque année des montants engagés.",
    ],
  },
  {
    code: "17.3",
    short: "Diversifier les sources de financement",
    category: "METHODE",
    audiences: EVERYONE,
    maturityLevels: [2, 3],
    modes: ["MECENAT", "COOPERATION_ECONOMIQUE"],
    summary: "Combiner subventions, mécénat, financement participatif et investissement à impact pour donner de la durée aux alliances.",
    meaning:
      "Une alliance qui ne repose que sur une subvention s'arrête avec elle. La cible encourage à mobiliser des financements « de diverses provenances » : c'est tout l'intérêt d'associer acteurs publics, privés et associatifs.",
    actions: [
      "construire un plan de financement à plusieurs sources dès le lancement de l'alliance ;",
      "valoriser les apports en nature et en compétences, pas seulement les apports financiers ;",
      "explorer le financement participatif pour impliquer les habitants.",
    ],
  },
  {
    code: "17.4",
    short: "Préserver des finances soutenables",
    category: "METHODE",
    audiences: PUBLIC_SIDE,
    maturityLevels: [2, 3],
    modes: [],
    summary: "Engager des projets communs sans fragiliser les finances des partenaires : la soutenabilité comme règle de l'alliance.",
    meaning:
      "Transposée au territoire, la cible rappelle qu'un partenariat ne doit pas reporter sur l'un des partenaires une charge qu'il ne peut pas porter. Les engagements pluriannuels se construisent avec prudence et transparence.",
    actions: [
      "chiffrer ensemble le coût complet du projet, fonctionnement compris ;",
      "répartir les charges selon les capacités de chacun ;",
      "prévoir une clause de revoyure dans la convention de partenariat.",
    ],
  },
  {
    code: "17.5",
    short: "Investir là où les besoins sont les plus forts",
    category: "METHODE",
    audiences: ["ENTREPRISE", "FONDATION", "COLLECTIVITE"],
    maturityLevels: [2, 3],
    modes: ["MECENAT", "INNOVATION_SOCIETALE"],
    summary: "Orienter l'investissement et le mécénat vers les territoires et les publics les plus fragiles.",
    meaning:
      "La cible parle des pays les moins avancés ; dans un territoire, son esprit est d'orienter les moyens vers les quartiers, les bourgs et les publics qui en ont le plus besoin, souvent ceux où les acteurs économiques sont les moins présents.",
    actions: [
      "croiser les données de fragilité avec la carte des projets existants ;",
      "inviter les entreprises à cibler une partie de leur mécénat sur les zones prioritaires ;",
      "soutenir les têtes de réseau qui accompagnent les territoires isolés.",
    ],
  },
  {
    code: "17.6",
    short: "Partager les savoirs et l'innovation",
    category: "METHODE",
    audiences: ["ACTEUR_ACADEMIQUE", "ENTREPRISE", "ASSOCIATION", "COLLECTIVITE"],
    maturityLevels: [2, 3, 4],
    modes: ["INNOVATION_SOCIETALE"],
    summary: "Rapprocher recherche, entreprises et associations pour que les connaissances circulent au service du territoire.",
    meaning:
      "Le partage des savoirs n'est pas réservé aux coopérations internationales : universités, laboratoires, entreprises et associations d'un même territoire gagnent à mettre en commun ce qu'ils savent et ce qu'ils expérimentent.",
    actions: [
      "associer un acteur académique à l'évaluation de l'alliance ;",
      "organiser des temps d'échange de pratiques entre partenaires ;",
      "publier les enseignements dans le centre de ressources.",
    ],
  },
  {
    code: "17.7",
    short: "Diffuser des solutions respectueuses de l'environnement",
    category: "METHODE",
    audiences: ["ENTREPRISE", "COLLECTIVITE", "ASSOCIATION"],
    maturityLevels: [2, 3],
    modes: ["PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE"],
    summary: "Faire connaître et adopter localement les techniques sobres et durables, en s'appuyant sur les partenaires qui les maîtrisent.",
    meaning:
      "Dans un territoire, la cible se traduit par la diffusion de solutions techniques durables (rénovation, réemploi, énergie, mobilité) entre acteurs qui les maîtrisent et acteurs qui en ont besoin, à des conditions accessibles.",
    actions: [
      "identifier les entreprises et associations porteuses de solutions durables ;",
      "organiser des démonstrations ou des achats groupés ;",
      "intégrer ces solutions dans la commande publique.",
    ],
  },
  {
    code: "17.8",
    short: "Réduire la fracture numérique",
    category: "METHODE",
    audiences: EVERYONE,
    maturityLevels: [1, 2],
    modes: ["MECENAT", "INNOVATION_SOCIETALE"],
    summary: "Des alliances pour l'inclusion numérique : équipement, accompagnement et médiation au plus près des habitants.",
    meaning:
      "Le renforcement des technologies de l'information et de la communication se joue aussi localement : accès à un équipement, à une connexion et à un accompagnement pour les publics éloignés du numérique.",
    actions: [
      "rapprocher entreprises du numérique et structures de médiation ;",
      "développer le mécénat de compétences pour accompagner les habitants ;",
      "collecter et reconditionner le matériel informatique des entreprises.",
    ],
  },
  {
    code: "17.9",
    short: "Renforcer les capacités des acteurs",
    category: "METHODE",
    audiences: ["ASSOCIATION", "TETE_DE_RESEAU", "CATALYSEUR_TERRITORIAL", "ENTREPRISE"],
    maturityLevels: [1, 2, 3],
    modes: ["MECENAT", "PRATIQUES_RESPONSABLES"],
    summary: "Former, outiller et accompagner les acteurs locaux pour qu'ils puissent construire et conduire des alliances.",
    meaning:
      "Une alliance réussit quand chaque partenaire en a les moyens. La cible invite à investir dans le renforcement des capacités : formation des bénévoles et des salariés, accompagnement des petites structures, partage d'outils.",
    actions: [
      "proposer du mécénat de compétences aux associations du territoire ;",
      "mutualiser des formations entre partenaires ;",
      "s'appuyer sur les têtes de réseau pour accompagner les plus petites structures.",
    ],
  },
  {
    code: "17.10",
    short: "Des échanges économiques équitables",
    category: "METHODE",
    audiences: ECONOMIC,
    maturityLevels: [2, 3],
    modes: ["COOPERATION_ECONOMIQUE", "PRATIQUES_RESPONSABLES"],
    summary: "Des règles d'échange ouvertes et équitables : achats responsables et accès de tous aux marchés locaux.",
    meaning:
      "Au niveau d'un territoire, l'esprit de la cible est celui d'échanges économiques ouverts et équitables : des règles claires, une commande publique accessible aux petites entreprises et aux structures de l'économie sociale et solidaire.",
    actions: [
      "ouvrir la commande publique aux structures d'insertion et aux petites entreprises ;",
      "adopter une charte d'achats responsables entre partenaires ;",
      "faire connaître les règles des marchés aux acteurs qui les découvrent.",
    ],
  },
  {
    code: "17.11",
    short: "Développer l'activité des entreprises locales",
    category: "DONNEES",
    audiences: ECONOMIC,
    maturityLevels: [2, 3],
    modes: ["COOPERATION_ECONOMIQUE"],
    summary: "Connaître le tissu économique local et ses débouchés pour bâtir des coopérations économiques utiles.",
    meaning:
      "La cible porte sur les exportations des pays en développement ; dans un territoire, elle rappelle l'importance de donner des débouchés aux entreprises locales, notamment les plus fragiles, en s'appuyant sur des données économiques fiables.",
    actions: [
      "consulter les données de l'Insee et des chambres consulaires sur le tissu économique ;",
      "repérer les filières où une coopération entre entreprises créerait des débouchés ;",
      "mettre en relation donneurs d'ordre et fournisseurs locaux.",
    ],
  },
  {
    code: "17.12",
    short: "Faciliter l'accès aux marchés",
    category: "METHODE",
    audiences: ECONOMIC,
    maturityLevels: [2, 3],
    modes: ["COOPERATION_ECONOMIQUE"],
    summary: "Lever les obstacles qui empêchent les plus petits acteurs d'accéder aux marchés : règles simples et transparentes.",
    meaning:
      "Des règles transparentes et simples facilitent l'accès aux marchés : c'est vrai entre pays comme entre acteurs d'un territoire, où la complexité des démarches écarte souvent les structures les plus petites.",
    actions: [
      "simplifier les dossiers de consultation et les allotir ;",
      "accompagner les structures de l'économie sociale et solidaire dans leurs réponses ;",
      "organiser des rencontres entre acheteurs et fournisseurs.",
    ],
  },
  {
    code: "17.13",
    short: "Coordonner les politiques pour la stabilité",
    category: "METHODE",
    audiences: PUBLIC_SIDE,
    maturityLevels: [3, 4],
    modes: [],
    summary: "Coordonner les politiques publiques et les initiatives privées pour que le territoire résiste mieux aux crises.",
    meaning:
      "La stabilité macroéconomique relève des États, mais sa traduction locale est la résilience : des acteurs qui se coordonnent résistent mieux aux crises économiques, sanitaires ou climatiques.",
    actions: [
      "installer une instance de coordination entre acteurs publics et privés ;",
      "préparer ensemble des plans de continuité en cas de crise ;",
      "partager régulièrement des indicateurs de conjoncture locale.",
    ],
  },
  {
    code: "17.14",
    short: "Des politiques cohérentes",
    category: "METHODE",
    audiences: PUBLIC_SIDE,
    maturityLevels: [2, 3, 4],
    modes: [],
    summary: "Mettre en cohérence les politiques et les projets du territoire avec le développement durable.",
    meaning:
      "La cohérence des politiques de développement durable se construit localement : un projet de territoire, un contrat de relance et de transition écologique (CRTE) ou un agenda 2030 local aident à aligner les actions de chacun.",
    actions: [
      "relire les documents de planification à la lumière des 17 objectifs ;",
      "associer entreprises et associations à l'élaboration du projet de territoire ;",
      "vérifier que les aides publiques ne financent pas des actions contradictoires.",
    ],
  },
  {
    code: "17.15",
    short: "Respecter le rôle de chacun",
    category: "METHODE",
    audiences: EVERYONE,
    maturityLevels: [1, 2],
    modes: [],
    summary: "Une alliance respecte les compétences et les choix de chaque partenaire : la gouvernance partagée en pratique.",
    meaning:
      "La cible parle de la marge de manœuvre de chaque pays ; dans une alliance, elle rappelle que chaque partenaire garde ses compétences, son projet et son autonomie. La coopération complète l'action de chacun sans la remplacer.",
    actions: [
      "écrire ensemble ce que chacun apporte et ce qu'il attend ;",
      "prévoir une gouvernance où chaque partenaire a voix au chapitre ;",
      "respecter le rythme et les contraintes de décision de chacun.",
    ],
  },
  {
    code: "17.16",
    short: "Des partenariats multi-acteurs",
    category: "METHODE",
    audiences: EVERYONE,
    maturityLevels: [2, 3, 4],
    modes: ["INNOVATION_SOCIETALE", "COOPERATION_ECONOMIQUE"],
    summary: "Mobiliser ensemble savoirs, expertises, technologies et financements : le partenariat multi-acteurs au service des objectifs.",
    meaning:
      "Les partenariats multipartites mobilisent et partagent savoirs, expertises et ressources. Dans un territoire, c'est la rencontre de collectivités, d'entreprises, d'associations, de fondations et d'acteurs académiques autour d'un défi commun.",
    actions: [
      "cartographier les acteurs concernés par un même défi ;",
      "faire émerger un objectif commun à partir d'un constat partagé ;",
      "s'appuyer sur un catalyseur territorial pour animer la démarche.",
    ],
  },
  {
    code: "17.17",
    short: "Encourager les partenariats public-privé-société civile",
    category: "METHODE",
    audiences: EVERYONE,
    maturityLevels: [1, 2, 3, 4],
    modes: ["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"],
    summary: "La cible des alliances territoriales : encourager les partenariats entre acteurs publics, privés et associatifs, en s'appuyant sur l'expérience.",
    meaning:
      "C'est la cible au cœur de cette plateforme. Elle encourage les partenariats publics, public-privé et avec la société civile, en capitalisant sur l'expérience acquise. Les travaux du RAMEAU distinguent quatre modes d'alliance : le mécénat, les pratiques responsables, la coopération économique et l'innovation sociétale.",
    actions: [
      "faire un diagnostic de la maturité de votre territoire en matière d'alliances ;",
      "choisir le mode d'alliance adapté à votre objectif ;",
      "partager votre expérience dans la vitrine des alliances.",
    ],
  },
  {
    code: "17.18",
    short: "Des données fiables sur le territoire",
    category: "DONNEES",
    audiences: ["COLLECTIVITE", "CATALYSEUR_TERRITORIAL", "ACTEUR_ACADEMIQUE", "ASSOCIATION"],
    maturityLevels: [1, 2, 3],
    modes: [],
    summary: "Disposer de données de qualité, à jour et détaillées pour objectiver les besoins du territoire et suivre l'action.",
    meaning:
      "Sans données fiables, difficile de partager un constat. La cible appelle des données de qualité, actualisées et détaillées (âge, sexe, revenu, handicap, localisation) : au niveau local, elles permettent de repérer les besoins et de suivre les effets d'une alliance.",
    actions: [
      "s'appuyer sur les données ouvertes (Insee, data.gouv.fr, observatoires locaux) ;",
      "croiser les chiffres avec la parole des habitants et des acteurs de terrain ;",
      "partager les données entre partenaires dans le respect de la protection des données personnelles.",
    ],
  },
  {
    code: "17.19",
    short: "Mesurer les progrès autrement",
    category: "DONNEES",
    audiences: ["COLLECTIVITE", "CATALYSEUR_TERRITORIAL", "ACTEUR_ACADEMIQUE", "FONDATION"],
    maturityLevels: [2, 3, 4],
    modes: [],
    summary: "Des indicateurs de progrès qui complètent le PIB : évaluer la valeur créée par les alliances.",
    meaning:
      "La cible invite à mesurer le progrès au-delà de la seule richesse produite. Pour une alliance, cela veut dire évaluer aussi la valeur sociale, environnementale et relationnelle créée, et pas seulement les moyens engagés.",
    actions: [
      "définir dès le départ quelques indicateurs partagés ;",
      "mesurer les effets pour les bénéficiaires, pas seulement les activités réalisées ;",
      "s'appuyer sur des indicateurs reconnus, comme ceux de suivi des ODD en France.",
    ],
  },
];
