// French copy of the diagnostic: theme names, the messages of template and answer validation,
// and the reasons given for recommendations. Meant to join the catalogue in lib/labels.ts as
// `diagnostics`; mode and organisation names are taken from lib/copy/directory-lists.ts, not repeated here.
import type { ActorKind, AllianceMode, Theme } from "@/generated/prisma/enums";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";

const listFormat = new Intl.ListFormat("fr", { style: "long", type: "conjunction" });

/** ["a", "b", "c"] → "a, b et c". */
export function joinFrench(items: readonly string[]): string {
  return listFormat.format(items);
}

function quoted(items: readonly string[]): string {
  return joinFrench(items.map((item) => `« ${item} »`));
}

function plural(count: number, one: string, many: string): string {
  return count <= 1 ? one : many;
}

export const themeLabels = {
  EMPLOI_INSERTION: "Emploi et insertion",
  EDUCATION_JEUNESSE: "Éducation et jeunesse",
  SANTE_VIEILLISSEMENT: "Santé et vieillissement",
  PRECARITE_LIEN_SOCIAL: "Précarité et lien social",
  TRANSITION_ECOLOGIQUE: "Transition écologique",
  MOBILITE: "Mobilité",
  INCLUSION_NUMERIQUE: "Inclusion numérique",
  LOGEMENT: "Logement",
  ATTRACTIVITE_REVITALISATION: "Attractivité et revitalisation",
  CULTURE_SPORT: "Culture et sport",
} satisfies Record<Theme, string>;

// Reasons are sentences: names appear in lower case inside them ("… à votre profil (entreprise)").
export function modeName(mode: AllianceMode): string {
  return allianceModeNames[mode].toLocaleLowerCase("fr");
}

export function actorKindName(kind: ActorKind): string {
  return actorKindLabels[kind].toLocaleLowerCase("fr");
}

export function themeName(theme: Theme): string {
  return themeLabels[theme];
}

const questionTypes = "« single », « multiple », « ranking », « scale » ou « text »";

export const templateMessages = {
  idFormat: "Identifiant invalide : lettres minuscules sans accent, chiffres, « - » ou « _ » entre deux mots.",
  required: "Ce champ est obligatoire.",
  unknownField: (key: string) => `Champ non reconnu : « ${key} ». Vérifiez son orthographe ou retirez-le.`,
  unknownQuestionType: `Type de question inconnu : choisissez ${questionTypes}.`,
  atLeastOneAxis: "Déclarez au moins un axe.",
  atLeastOneLevel: "Déclarez au moins un niveau de maturité.",
  atLeastOneSection: "Ajoutez au moins une section.",
  atLeastOneQuestion: "Ajoutez au moins une question à cette section.",
  atLeastTwoOptions: "Proposez au moins deux réponses.",
  duplicateAxis: (id: string) => `L'identifiant d'axe « ${id} » est déjà utilisé.`,
  duplicateSection: (id: string) => `L'identifiant de section « ${id} » est déjà utilisé.`,
  duplicateQuestion: (id: string) => `L'identifiant de question « ${id} » est déjà utilisé : il doit être unique dans tout le questionnaire.`,
  duplicateOption: (id: string) => `L'identifiant de réponse « ${id} » est déjà utilisé dans cette question.`,
  unknownAxis: (id: string) => `Axe inconnu : « ${id} ». Déclarez-le dans « axes » ou corrigez l'identifiant.`,
  firstLevelAtZero: "Le premier niveau doit commencer à 0.",
  levelsIncreasing: (previous: number) =>
    `Les seuils doivent être croissants : ce niveau doit commencer au-dessus de ${previous}, le seuil du niveau précédent.`,
  levelNumber: (expected: number) => `Les niveaux sont numérotés dans l'ordre à partir de 1 : celui-ci doit porter le numéro ${expected}.`,
  scaleBounds: "Le maximum de l'échelle doit être supérieur au minimum.",
  rankingTooManyChoices: (options: number) => `Le nombre de choix ne peut dépasser le nombre de réponses proposées (${options}).`,
  unknownTagPrefix: (tag: string) => `Étiquette inconnue : « ${tag} ». Préfixes possibles : theme:, mode:, audience:, partner:, objectif:.`,
  unknownTagValue: (prefix: string, value: string, allowed: readonly string[]) =>
    `Valeur inconnue pour « ${prefix}: » : « ${value} ». Valeurs possibles : ${allowed.join(", ")}.`,
  objectiveFormat: "Après « objectif: », utilisez un identifiant en lettres minuscules sans accent (par exemple objectif:innovation).",
  themeOnlyInRanking: "Les étiquettes « theme: » ne sont prises en compte que dans une question de classement (type « ranking »).",
  audienceOnlyInSingle: "Les étiquettes « audience: » ne sont prises en compte que dans une question à choix unique (type « single »).",
} as const;

export const answerMessages = {
  notAnObject: "Les réponses doivent être transmises sous la forme { question : réponse }.",
  required: "Répondez à cette question.",
  unknownQuestion: (id: string) => `La question « ${id} » n'existe pas dans ce questionnaire.`,
  chooseOne: "Choisissez une réponse parmi les propositions.",
  chooseList: "Choisissez vos réponses parmi les propositions.",
  duplicateChoice: "Chaque réponse ne peut être choisie qu'une fois.",
  atLeastOne: "Choisissez au moins une réponse.",
  rankAtMost: (max: number) => `Classez au plus ${max} ${plural(max, "réponse", "réponses")}.`,
  scaleRange: (min: number, max: number) => `Choisissez un nombre entier entre ${min} et ${max}.`,
  text: "Saisissez un texte.",
  textTooLong: (max: number) => `Saisissez au plus ${max} ${plural(max, "caractère", "caractères")}.`,
  unknownSection: (id: string) => `L'étape « ${id} » n'existe pas dans ce questionnaire.`,
} as const;

function correspondsKit(what: string): string {
  return `recommandé car il correspond ${what}`;
}

function suggestedPartner(what: string): string {
  return `suggéré car il ${what}`;
}

function modesPhrase(modes: readonly AllianceMode[]): string {
  return joinFrench(modes.map(modeName));
}

function prioritiesPhrase(themes: readonly Theme[]): string {
  return `${plural(themes.length, "à votre priorité", "à vos priorités")} ${quoted(themes.map(themeName))}`;
}

export const kitReasons = {
  level: (levelName: string) => correspondsKit(`à votre niveau de maturité (${levelName})`),
  priorities: (themes: readonly Theme[]) => correspondsKit(prioritiesPhrase(themes)),
  audience: (kind: ActorKind) => correspondsKit(`à votre profil (${actorKindName(kind)})`),
  modes: (modes: readonly AllianceMode[]) =>
    correspondsKit(`${plural(modes.length, "au mode d'alliance", "aux modes d'alliance")} que vous souhaitez explorer (${modesPhrase(modes)})`),
} as const;

export const partnerReasons = {
  offerModes: (modes: readonly AllianceMode[]) =>
    suggestedPartner(
      `propose une offre correspondant ${plural(modes.length, "au mode d'alliance", "aux modes d'alliance")} que vous souhaitez explorer (${modesPhrase(modes)})`,
    ),
  allianceModes: (modes: readonly AllianceMode[]) =>
    suggestedPartner(`a déjà mené des alliances selon ${plural(modes.length, "le mode", "les modes")} que vous souhaitez explorer (${modesPhrase(modes)})`),
  kind: (kind: ActorKind) => suggestedPartner(`correspond au type de partenaire que vous recherchez (${actorKindName(kind)})`),
  offerThemes: (themes: readonly Theme[]) => suggestedPartner(`propose une offre liée ${prioritiesPhrase(themes)}`),
  sdgs: (sdgs: readonly number[], theme: Theme) =>
    suggestedPartner(
      sdgs.length === 1
        ? `s'engage pour l'ODD ${sdgs[0]}, lié à votre priorité « ${themeName(theme)} »`
        : `s'engage pour les ODD ${joinFrench(sdgs.map(String))}, liés à votre priorité « ${themeName(theme)} »`,
    ),
  inside: (territoryName: string) => `il agit sur votre territoire (${territoryName})`,
  around: "il agit à proximité de votre territoire",
} as const;
