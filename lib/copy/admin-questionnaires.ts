// French copy of the back office's diagnostic questionnaire editor (/admin/questionnaires).
// Plain data and small pure functions only: this module is also bundled into client components.
import type { TemplateStatus } from "@/generated/prisma/enums";

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

export const adminQuestionnairesCopy = {
  title: "Questionnaires de diagnostic",
  navLabel: "Questionnaires",
  intro:
    "Les questionnaires du diagnostic territorial et leurs versions. Une version active est celle que prennent les nouveaux diagnostics ; un diagnostic garde pour toujours la version avec laquelle il a commencé. Pour faire évoluer un questionnaire, créez une nouvelle version à partir d'une existante, modifiez-la, prévisualisez-la, puis activez-la.",
  statuses: { DRAFT: "Brouillon", ACTIVE: "Active", RETIRED: "Retirée" } satisfies Record<TemplateStatus, string>,
  empty: "Aucun questionnaire n'est enregistré.",
  keyHeading: (key: string) => `Questionnaire « ${key} »`,
  versionsCount: (n: number) => count(n, "version", "versions"),
  caption: (key: string) => `Versions du questionnaire « ${key} », de la plus récente à la plus ancienne`,
  columns: { version: "Version", title: "Titre", status: "Statut", activatedAt: "Activée le", diagnostics: "Diagnostics commencés", actions: "Actions" },
  notActivated: "Jamais activée",
  versionName: (key: string, version: number) => `${key} v${version}`,
  versionLabel: (version: number) => `Version ${version}`,
  open: (version: number) => `Ouvrir la version ${version}`,
  edit: (version: number) => `Modifier la version ${version}`,
  previewLink: "Aperçu",
  previewOf: (version: number) => `Aperçu de la version ${version}`,
  newVersion: "Nouvelle version à partir de celle-ci",
  newVersionOf: (version: number) => `Nouvelle version à partir de celle-ci (version ${version})`,
  pending: "Enregistrement…",

  detail: {
    title: (key: string, version: number) => `Questionnaire « ${key} », version ${version}`,
    status: "Statut",
    createdAt: "Créée le",
    activatedAt: "Activée le",
    diagnostics: "Diagnostics commencés avec cette version",
    readOnlyActive: "Cette version est active : elle ne peut plus être modifiée. Créez une nouvelle version à partir de celle-ci pour la faire évoluer.",
    readOnlyRetired: "Cette version est retirée : elle reste lisible mais ne peut plus être modifiée.",
    readOnlyDiagnostics: "Des diagnostics ont commencé avec cette version : elle ne peut plus être modifiée.",
    actionsHeading: "Actions",
    activate: "Activer cette version",
    activateHint: (current: number | null) =>
      current === null
        ? "Les nouveaux diagnostics utiliseront cette version."
        : `Les nouveaux diagnostics utiliseront cette version ; la version ${current}, active aujourd'hui, sera retirée. Les diagnostics déjà commencés gardent leur version.`,
    reactivate: "Réactiver cette version",
    remove: "Supprimer ce brouillon",
    removeHint: "Le brouillon est supprimé définitivement.",
    confirmRemove: (version: number) => ({
      title: `Supprimer le brouillon de la version ${version} ?`,
      body: "Le brouillon et tout ce qui y a été saisi sont supprimés définitivement.",
      confirmLabel: "Supprimer le brouillon",
    }),
    /** Shown by the list after a deletion (?fait=supprime). */
    removed: "Le brouillon est supprimé.",
    confirmActivate: (version: number, current: number | null) => ({
      title: `Activer la version ${version} du questionnaire ?`,
      body:
        current === null
          ? "Tous les nouveaux diagnostics utiliseront cette version."
          : `Tous les nouveaux diagnostics utiliseront cette version, et la version ${current} sera retirée. Les diagnostics déjà commencés gardent leur version.`,
      confirmLabel: "Activer",
    }),
    contentHeading: "Contenu",
    readOnlyContent: "Contenu JSON (lecture seule)",
  },

  editor: {
    heading: "Modifier le brouillon",
    titleLabel: "Titre",
    titleHint: "Affiché aux utilisateurs en tête du questionnaire et dans la liste des versions.",
    contentLabel: "Contenu JSON",
    contentHint:
      "Axes, niveaux et sections du questionnaire. La clé, le numéro de version et le titre sont fixés par la version et ne figurent pas dans ce JSON.",
    save: "Enregistrer le brouillon",
    saved: "Brouillon enregistré.",
    refused: "Rien n'a été enregistré : corrigez les erreurs indiquées. Votre saisie est conservée.",
    errorsHeading: (n: number) => (n <= 1 ? "1 erreur dans le contenu" : `${numberFormat.format(n)} erreurs dans le contenu`),
    goToLine: (line: number) => `Ligne ${line}`,
    goToLineLabel: (line: number) => `Aller à la ligne ${line} du contenu`,
    near: "environ",
    position: (line: number, column: number) => `Ligne ${line}, colonne ${column}`,
    syntaxPrefix: "Erreur de syntaxe JSON",
    root: "(contenu entier)",
    cursor: (line: number, column: number) => `Curseur : ligne ${line}, colonne ${column}`,
  },

  modes: {
    label: "Mode d'édition",
    form: "Formulaire (textes)",
    json: "JSON (tout le questionnaire)",
  },

  formEditor: {
    heading: "Modifier les textes du brouillon",
    intro:
      "Les titres et descriptions des étapes, les libellés et aides des questions, les libellés des réponses. Pour ajouter ou retirer une étape, une question ou une réponse, ou changer la notation, passez à l'édition JSON.",
    step: (n: number, title: string) => `Étape ${n} : ${title}`,
    stepTitle: (n: number) => `Titre de l'étape ${n}`,
    stepDescription: (n: number) => `Description de l'étape ${n}`,
    question: (step: number, n: number, id: string) => `Question ${step}.${n} (${id})`,
    questionLabel: (step: number, n: number) => `Libellé de la question ${step}.${n}`,
    questionHelp: (step: number, n: number) => `Aide de la question ${step}.${n}`,
    option: (step: number, n: number, id: string) => `Réponse « ${id} » de la question ${step}.${n}`,
    optionalHint: "Facultatif : laissez vide pour ne rien afficher.",
    save: "Enregistrer les textes",
    otherErrors: "Autres erreurs",
  },

  validation: {
    titleRequired: "Saisissez un titre.",
    titleTooLong: (max: number) => `Le titre ne doit pas dépasser ${max} caractères.`,
    contentTooLong: (max: number) => `Le contenu ne doit pas dépasser ${numberFormat.format(max)} caractères.`,
    notAnObject: "Le contenu doit être un objet JSON { … } contenant les axes, les niveaux et les sections.",
    fixedField: (field: string) => `« ${field} » est fixé par la version : retirez ce champ du contenu.`,
    titleInContent: "Le titre se modifie dans le champ « Titre » ci-dessus : retirez ce champ du contenu.",
  },

  preview: {
    title: (key: string, version: number) => `Aperçu : « ${key} », version ${version}`,
    intro: "Le questionnaire tel que le verra un utilisateur. Rien n'est enregistré : vous pouvez cocher et saisir librement.",
    invalid: "Le contenu enregistré de cette version n'est pas valide : corrigez-le dans l'éditeur avant de le prévisualiser.",
    scoringHeading: "Notation",
    axesHeading: "Axes de notation",
    axesIntro: "Chaque réponse peut donner des points sur ces axes ; le score de chaque axe est ramené sur 100.",
    axisLine: (label: string, id: string, questions: number, maxPoints: string) =>
      questions === 0
        ? `${label} (${id}) : aucune question ne donne de points sur cet axe, il sera absent des résultats.`
        : `${label} (${id}) : ${count(questions, "question", "questions")}, ${maxPoints} points au plus.`,
    levelsHeading: "Niveaux de maturité",
    minScore: (score: number) => `${numberFormat.format(score)} sur 100`,
    levelsCaption: "Niveaux de maturité et score global à partir duquel ils s'appliquent",
    levelColumns: { level: "Niveau", name: "Nom", minScore: "Score minimal", description: "Description" },
    stepsHeading: "Étapes du questionnaire",
    step: (n: number, total: number, title: string) => `Étape ${n} sur ${total} : ${title}`,
    questionsCount: (n: number) => count(n, "question", "questions"),
    back: "Retour à la version",
    previewCrumb: "Aperçu",
  },

  messages: {
    created: (version: number) => `Version ${version} créée en brouillon.`,
    versionConflict: "Une autre version de ce questionnaire vient d'être créée en même temps. Rechargez la page et réessayez.",
    editConflict: "Ce brouillon a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Copiez votre saisie, rechargez la page et réessayez.",
    notDraft: "Seul un brouillon peut être modifié : cette version est active ou retirée.",
    hasDiagnostics: "Des diagnostics ont commencé avec cette version : elle ne peut être ni modifiée ni supprimée.",
    alreadyActive: "Cette version est déjà active.",
    invalidContent: "Le contenu de cette version n'est pas valide : corrigez-le avant de l'activer.",
    activated: (version: number) => `Version ${version} activée : les nouveaux diagnostics l'utiliseront.`,
    deleted: (version: number) => `Brouillon de la version ${version} supprimé.`,
  },

  audit: {
    created: (name: string, source: number) => `Version ${name} créée à partir de la version ${source}`,
    updated: (name: string) => `Brouillon ${name} modifié`,
    activated: (name: string, retired: number[]) =>
      retired.length === 0 ? `Version ${name} activée` : `Version ${name} activée (retirée : v${retired.join(", v")})`,
    deleted: (name: string) => `Brouillon ${name} supprimé`,
  },
} as const;
