// French copy of the organisation import (back office): the page, its forms, the line errors and
// the report. Plain data and small pure functions only (the forms are client components).

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

export const adminImportsCopy = {
  navLabel: "Import d'organisations",
  title: "Importer des organisations",
  intro:
    "Déposez un fichier CSV ou Excel (XLSX) d'organisations : chaque ligne est vérifiée et comparée aux organisations existantes, puis vous voyez un aperçu. Rien n'est enregistré avant votre confirmation.",
  templateHeading: "Le modèle de fichier",
  templateIntro:
    "Une ligne d'en-tête, puis une organisation par ligne. Colonnes obligatoires : nom, type et code territoire (code INSEE de la commune, ou SIREN de l'EPCI ; plusieurs codes séparés par des virgules). Facultatives : SIREN ou SIRET, e-mail de contact, site web (https), téléphone, description, ODD (numéros séparés par des virgules).",
  templateLink: "Télécharger le modèle (CSV)",
  uploadHeading: "Déposer un fichier",
  file: "Fichier CSV ou XLSX",
  fileHint: "1 Mo et 10 000 lignes au plus. Un CSV peut être séparé par des points-virgules ou des virgules, en UTF-8.",
  upload: "Voir l'aperçu",
  uploading: "Lecture du fichier…",
  fileRequired: "Choisissez un fichier CSV ou XLSX.",
  fileTooLarge: "Le fichier dépasse 1 Mo.",
  fileRefused: "Ce fichier n'est ni un CSV en UTF-8 ni un classeur Excel (XLSX).",
  fileUnreadable: "Le fichier n'a pas pu être lu. Vérifiez qu'il s'agit bien d'un CSV ou d'un XLSX.",
  fileEmpty: "Le fichier ne contient aucune ligne d'organisation après l'en-tête.",
  tooManyLines: (max: number) => `Le fichier dépasse ${numberFormat.format(max)} lignes : découpez-le en plusieurs imports.`,
  missingColumns: (names: string[]) => `Colonnes obligatoires absentes de l'en-tête : ${names.join(", ")}.`,
  previewNotFound: "Cet aperçu n'existe plus : il a été confirmé ou annulé. Déposez de nouveau le fichier.",
  alreadyImported: "Cet import a déjà été confirmé : rien n'a été importé une seconde fois.",
  tooManyImports: "imports de fichiers en peu de temps",
  alreadyQueued: "Cet import est déjà en cours : rien ne sera importé une seconde fois.",
  runningHeading: "Import en cours",
  runningIntro: "L'import se poursuit en arrière-plan : vous pouvez quitter cette page et y revenir, le rapport apparaîtra ici.",
  queued: "Import en attente de démarrage…",
  progress: (done: number, total: number) => `${count(done, "ligne traitée", "lignes traitées")} sur ${numberFormat.format(total)}.`,
  progressLabel: "Avancement de l'import",
  failedHeading: "L'import a échoué",
  failed:
    "L'import n'a pas pu aboutir : aucune organisation n'a été créée. Vous pouvez le relancer ; l'incident est aussi visible dans la liste des tâches en échec.",
  retry: "Relancer l'import",
  retrying: "Relance…",
  previewHeading: "Aperçu de l'import",
  previewIntro: "Vérifiez les lignes ci-dessous. Seules les lignes « à créer » seront importées, publiées dans l'annuaire.",
  counts: (create: number, duplicate: number, error: number) => ({
    create: `${count(create, "ligne", "lignes")} à créer`,
    duplicate: `${count(duplicate, "ligne", "lignes")} en double`,
    error: `${count(error, "ligne", "lignes")} en erreur`,
  }),
  caption: (n: number) => `Aperçu : ${count(n, "ligne", "lignes")} du fichier, avec le résultat prévu pour chacune`,
  columns: { line: "Ligne", name: "Nom", kind: "Type", siren: "SIREN", territory: "Territoire", outcome: "Résultat", detail: "Détail" },
  outcomes: { create: "À créer", duplicate: "En double", error: "En erreur" },
  confirm: (n: number) => `Importer ${count(n, "organisation", "organisations")}`,
  confirming: "Import en cours…",
  confirmDialog: (n: number) => ({
    title: `Importer ${count(n, "organisation", "organisations")} ?`,
    body: "Les lignes « à créer » deviennent des organisations publiées dans l'annuaire, en une seule fois. Les lignes en double ou en erreur sont ignorées.",
    confirmLabel: "Importer",
  }),
  nothingToCreate: "Aucune ligne n'est à créer : corrigez le fichier et déposez-le de nouveau.",
  cancel: "Annuler l'import",
  cancelling: "Annulation…",
  cancelled: "Import annulé : le fichier déposé a été supprimé.",
  doneHeading: "Import terminé",
  done: (created: number) => `${count(created, "organisation créée", "organisations créées")}.`,
  doneCounts: (duplicate: number, error: number) =>
    `${count(duplicate, "ligne ignorée", "lignes ignorées")} car en double, ${count(error, "ligne ignorée", "lignes ignorées")} car en erreur.`,
  reportLink: "Télécharger le rapport (CSV)",
  newImport: "Importer un autre fichier",
  auditSummary: (fileName: string, created: number, duplicate: number, error: number) =>
    `Import d'organisations « ${fileName} » : ${created} créée(s), ${duplicate} en double, ${error} en erreur`,
  forbidden: "Accès refusé.",
  /** A network head's import of its own local teams (workspace, network page). */
  head: {
    navLink: "Importer des équipes locales",
    heading: "Importer des équipes locales",
    title: (name: string) => `Importer des équipes locales — ${name}`,
    intro: (max: number) =>
      `Déposez un fichier CSV ou Excel (XLSX) de vos équipes locales, ${numberFormat.format(max)} lignes au plus : chaque ligne est vérifiée et comparée aux organisations existantes, puis vous voyez un aperçu. Les lignes importées deviennent des équipes locales de votre réseau, en attente de validation par l'équipe de la plateforme. Rien n'est enregistré avant votre confirmation.`,
    previewIntro:
      "Vérifiez les lignes ci-dessous. Seules les lignes « à créer » seront importées : elles deviennent des équipes locales de votre réseau, en attente de validation avant d'apparaître dans l'annuaire.",
    confirmBody:
      "Les lignes « à créer » deviennent des équipes locales de votre réseau, en attente de validation, en une seule fois. Les lignes en double ou en erreur sont ignorées.",
  },
  templateExamples: [
    [
      "Jardins partagés du Furan",
      "Association",
      "732 829 320",
      "contact@jardins.example.org",
      "https://jardins.example.org",
      "04 77 00 00 00",
      "Jardins partagés de quartier.",
      "42218",
      "2, 11, 15",
    ],
    ["Solaire Forézien", "Entreprise", "", "", "", "", "", "244200770", "7"],
  ],
  report: {
    header: ["ligne", "nom", "siren", "résultat", "détail", "identifiant de l'organisation"],
    created: "créée",
    duplicate: "en double",
    error: "en erreur",
  },
  errors: {
    nameRequired: "Le nom est obligatoire.",
    nameTooLong: "Le nom dépasse 150 caractères.",
    kindRequired: "Le type est obligatoire.",
    kindUnknown: (value: string) => `Type inconnu : « ${value} ».`,
    sirenInvalid: "Le SIREN ou SIRET est invalide (9 ou 14 chiffres, clé de contrôle fausse).",
    emailInvalid: "L'e-mail de contact est invalide.",
    websiteInvalid: "Le site web doit être une adresse complète en https://.",
    phoneInvalid: "Le téléphone est invalide.",
    descriptionTooLong: "La description dépasse 2 000 caractères.",
    territoryRequired: "Le code territoire est obligatoire.",
    territoryUnknown: (code: string) => `Code territoire inconnu : « ${code} ».`,
    sdgInvalid: (value: string) => `ODD invalide : « ${value} » (un nombre de 1 à 17).`,
  },
  duplicates: {
    sirenExisting: (name: string) => `SIREN déjà utilisé par l'organisation « ${name} ».`,
    sirenInFile: (line: number) => `Même SIREN que la ligne ${line}.`,
    nameExisting: (name: string) => `Une organisation « ${name} » existe déjà sur ce territoire.`,
    nameInFile: (line: number) => `Même nom et même territoire que la ligne ${line}.`,
  },
};
