// The words of the form pattern (components/forms), shared by every form of the site.

export const formsCopy = {
  cancel: "Annuler",
  pending: "Envoi en cours…",
  /** Heading of the error summary, above the list of the fields to correct. */
  errorCount: (count: number) => (count === 1 ? "Une erreur est à corriger :" : `${count} erreurs sont à corriger :`),
  /** Browsers never keep a chosen file after a refused form. */
  chooseFileAgain: "Pour des raisons de sécurité, le fichier n'a pas été conservé : choisissez-le de nouveau.",
} as const;
