// The directories' words that their client components need (the territory autocomplete of the
// search forms, the form to write to an organisation): kept apart from directories.ts, which
// re-exports them, so that the public directory pages' client bundles do not carry the whole
// directories catalogue. Plain data and small pure functions only.

export const numberFormat = new Intl.NumberFormat("fr-FR");

/** "1 acteur", "0 acteur", "12 territoires proposés": the singular for 0 and 1, as French does. */
export const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

export const territorySearchLabels = {
  label: "Territoire",
  hint: "Région, département, intercommunalité ou commune. Exemple : Loire, Saint-Étienne, 42218.",
  chosen: "Territoire choisi :",
  remove: (name: string) => `Retirer le territoire ${name}`,
  removeShort: "Retirer",
  suggestionsHeading: (place: string) => `Territoires correspondant à « ${place} »`,
  suggestionsIntro: "Choisissez un territoire pour filtrer les résultats :",
  noSuggestion: (place: string) => `Aucun territoire ne correspond à « ${place} ». Vérifiez l'orthographe, ou essayez un code INSEE ou postal.`,
  suggestionsCount: (n: number) => (n === 0 ? "Aucun territoire trouvé" : count(n, "territoire proposé", "territoires proposés")),
  unknown: "Le territoire indiqué dans l'adresse n'existe pas : il n'est pas pris en compte.",
  scopeLegend: "Portée",
  regionsHeading: "Par région",
  regionsHint: "Acteurs qui agissent dans la région ou dans l'un de ses territoires.",
};

export const actorContactLabels = {
  title: (name: string) => `Contacter ${name}`,
  intro:
    "Votre message est transmis par e-mail aux administrateurs de l'organisation, avec votre adresse pour qu'ils vous répondent. Elle n'est jamais affichée publiquement.",
  subject: "Objet",
  message: "Votre message",
  messageHint: "Présentez-vous et dites ce que vous proposez ou recherchez (20 caractères au moins).",
  submit: "Envoyer le message",
  sent: "Votre message a été envoyé aux administrateurs de l'organisation. Ils vous répondront par e-mail.",
  signIn: "Connectez-vous",
  signInSuffix: "pour écrire à cette organisation.",
} as const;
