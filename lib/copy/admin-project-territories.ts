// French copy of the project territories pages of the back office; part of adminLabels
// (lib/copy/admin.ts). Plain data and small pure functions only.

const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

export const projectTerritoryLabels = {
  title: "Territoires de projet",
  intro:
    "Un territoire de projet — un CRTE (contrat de relance et de transition écologique) ou un projet de territoire — regroupe des EPCI ou des communes. Il a sa propre page publique, sa population est la somme de celle de ses membres, et il peut être choisi dans les recherches.",
  listHeading: (n: number) => (n === 0 ? "Aucun territoire de projet" : count(n, "territoire de projet", "territoires de projet")),
  caption: "Territoires de projet, par nom",
  columns: { name: "Nom", code: "Code", members: "Membres", population: "Population" },
  empty: "Aucun territoire de projet pour l'instant.",
  emptyAdvice: "Créez le premier avec le formulaire ci-dessous.",
  createHeading: "Nouveau territoire de projet",
  name: "Nom",
  nameHint: "Par exemple : CRTE du Pays de Saint-Galmier.",
  code: "Code",
  codeHint: "Lettres, chiffres et tirets, par exemple CRTE-42-001. Il figure dans l'adresse de la page publique.",
  description: "Description",
  descriptionHint: "Facultative, 2 000 caractères au plus.",
  create: "Créer le territoire de projet",
  save: "Enregistrer",
  pending: "Enregistrement…",
  nameRequired: "Indiquez le nom du territoire de projet.",
  nameTooLong: "Le nom ne doit pas dépasser 150 caractères.",
  codeRequired: "Indiquez un code.",
  codeInvalid: "Le code ne peut contenir que des lettres sans accents, des chiffres, des tirets et des soulignés (40 caractères au plus).",
  codeTaken: "Ce code est déjà utilisé par un autre territoire de projet.",
  descriptionTooLong: "La description ne doit pas dépasser 2 000 caractères.",
  detailsHeading: "Informations",
  saved: "Les informations sont enregistrées.",
  membersHeading: (n: number) => (n === 0 ? "Aucun membre" : count(n, "membre", "membres")),
  membersCaption: "Membres du territoire de projet",
  membersEmpty: "Ajoutez des EPCI ou des communes avec la recherche ci-dessous.",
  memberColumns: { name: "Nom", kind: "Type", code: "Code", population: "Population", actions: "Actions" },
  population: "Population",
  populationValue: (n: number | null) => (n === null ? "Non renseignée" : `${numberFormat.format(n)} habitants`),
  populationHint: "Somme des populations des membres ; une commune déjà comprise dans un EPCI membre n'est pas comptée deux fois.",
  remove: "Retirer",
  /** Completes the button's accessible name. */
  forMember: (name: string) => ` ${name}`,
  addHeading: "Ajouter des EPCI ou des communes",
  searchLabel: "Rechercher un EPCI ou une commune",
  searchHint: "Nom, ancien nom d'une commune, code INSEE, SIREN ou code postal.",
  searchSubmit: "Rechercher",
  resultsCaption: "EPCI et communes trouvés",
  results: (n: number) => (n === 0 ? "Aucun EPCI ni commune trouvé." : count(n, "résultat", "résultats")),
  add: "Ajouter",
  alreadyMember: "Déjà membre",
  publicPage: "Voir la page publique",
  manage: "Gérer",
  deleteHeading: "Supprimer ce territoire de projet",
  deleteText: "Sa page publique disparaîtra. Les EPCI et communes qui le composent ne sont pas modifiés.",
  delete: "Supprimer définitivement",
  deleted: (name: string) => `Le territoire de projet « ${name} » est supprimé.`,
  /** Shown by the list after a deletion (?fait=supprime): the name is not carried in the address. */
  deletedNotice: "Le territoire de projet est supprimé.",
  confirmDelete: (name: string) => ({
    title: `Supprimer le territoire de projet « ${name} » ?`,
    body: "Sa page publique disparaîtra et la suppression est définitive. Les EPCI et communes qui le composent ne sont pas modifiés.",
    confirmLabel: "Supprimer",
  }),
  created: (name: string) => `Le territoire de projet « ${name} » est créé. Ajoutez-lui des EPCI ou des communes.`,
  memberAdded: (name: string) => `${name} fait maintenant partie du territoire de projet.`,
  memberRemoved: (name: string) => `${name} ne fait plus partie du territoire de projet.`,
  memberKindRefused: "Seuls des EPCI et des communes peuvent faire partie d'un territoire de projet.",
  memberAlreadyIn: "Ce territoire fait déjà partie du territoire de projet.",
  memberNotFound: "Ce territoire n'existe pas ou ne fait pas partie du territoire de projet.",
  notFound: "Ce territoire de projet n'existe pas ou a été supprimé.",
  auditCreated: (name: string, code: string) => `Territoire de projet « ${name} » (${code}) créé`,
  auditUpdated: (name: string, code: string) => `Territoire de projet « ${name} » (${code}) modifié`,
  auditMemberAdded: (project: string, member: string) => `${member} ajouté au territoire de projet « ${project} »`,
  auditMemberRemoved: (project: string, member: string) => `${member} retiré du territoire de projet « ${project} »`,
  auditDeleted: (name: string, code: string) => `Territoire de projet « ${name} » (${code}) supprimé`,
  list: {
    heading: "Ajouter une liste de codes",
    intro:
      "Collez les codes INSEE des communes et les SIREN des EPCI, un par ligne ou séparés par des virgules. Vérifiez la liste : rien n'est ajouté avant votre confirmation.",
    label: "Codes INSEE ou SIREN",
    hint: "Exemple : 42218, 42095, 244200770. Jusqu'à 2 000 codes.",
    file: "Ou un fichier de codes (CSV, XLSX ou texte)",
    fileHint:
      "Les codes de toutes les cellules sont lus (une ligne d'en-tête sans code est ignorée) et recopiés dans la liste ci-dessus, pour le même aperçu. 1 Mo au plus.",
    fileTooLarge: "Le fichier dépasse 1 Mo.",
    fileRefused: "Ce fichier n'est ni un CSV ou un texte en UTF-8, ni un classeur Excel (XLSX).",
    fileUnreadable: "Le fichier n'a pas pu être lu. Vérifiez qu'il s'agit bien d'un CSV, d'un texte ou d'un XLSX.",
    check: "Vérifier la liste",
    add: "Ajouter les territoires de la liste",
    checking: "Vérification…",
    preview: (n: number, names: string, already: number) =>
      (n === 0
        ? "Tous les territoires de la liste font déjà partie du territoire de projet."
        : `${count(n, "territoire sera ajouté", "territoires seront ajoutés")} : ${names}.`) +
      (already > 0 && n > 0 ? ` ${count(already, "autre en fait déjà partie", "autres en font déjà partie")}.` : "") +
      (n > 0 ? " Confirmez avec « Ajouter les territoires de la liste »." : ""),
    others: (n: number) => `${numberFormat.format(n)} ${n <= 1 ? "autre" : "autres"}`,
    added: (n: number, already: number) =>
      `${count(n, "territoire ajouté", "territoires ajoutés")} au territoire de projet.` +
      (already > 0 ? ` ${count(already, "en faisait", "en faisaient")} déjà partie.` : ""),
    empty: "Collez au moins un code INSEE de commune ou un SIREN d'EPCI, ou déposez un fichier de codes.",
    tooMany: (max: number) => `La liste dépasse ${numberFormat.format(max)} codes : découpez-la.`,
    invalid: (n: number, codes: string) =>
      n <= 1
        ? `Ce code n'est ni un code INSEE de commune ni un SIREN d'EPCI : ${codes}.`
        : `Ces ${n} codes ne sont ni des codes INSEE de commune ni des SIREN d'EPCI : ${codes}.`,
    unknown: (n: number, codes: string) =>
      n <= 1 ? `Aucune commune ni aucun EPCI ne porte ce code : ${codes}.` : `Aucune commune ni aucun EPCI ne porte ces ${n} codes : ${codes}.`,
    nothingToAdd: "Tous les territoires de la liste font déjà partie du territoire de projet.",
    auditAdded: (project: string, n: number) =>
      `${count(n, "territoire ajouté", "territoires ajoutés")} au territoire de projet « ${project} » (liste de codes)`,
  },
} as const;
