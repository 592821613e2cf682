// French copy of « Attribuer à un collègue » (every content list, each item's page, the dashboard).
// Plain data and small pure functions only: also bundled into client components (the bulk form).
const numberFormat = new Intl.NumberFormat("fr-FR");
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n <= 1 ? one : many}`;

/** The nouns of each kind of item, by the entity name the audit log uses. */
const nouns: Record<string, { one: string; many: string; the: string; title: string }> = {
  Actor: { one: "organisation", many: "organisations", the: "l'organisation", title: "Organisations" },
  Alliance: { one: "alliance", many: "alliances", the: "l'alliance", title: "Alliances" },
  Kit: { one: "kit", many: "kits", the: "le kit", title: "Kits" },
  Need: { one: "besoin", many: "besoins", the: "le besoin", title: "Besoins" },
  Offer: { one: "offre", many: "offres", the: "l'offre", title: "Offres" },
  Diagnostic: { one: "synthèse de diagnostic", many: "synthèses de diagnostic", the: "la synthèse de diagnostic", title: "Diagnostics" },
  // The shared list of needs and offers.
  NeedOffer: { one: "besoin ou offre", many: "besoins et offres", the: "l'élément", title: "Besoins et offres" },
};
const nounOf = (entity: string) => nouns[entity] ?? { one: "élément", many: "éléments", the: "l'élément", title: "Autres contenus" };

export const assignmentsCopy = {
  nounOf,
  column: "Attribué à",
  nobody: "—",
  filter: { label: "Attribué à", any: "Tous", me: "Attribués à moi", nobody: "Attribués à personne", colleagues: "Collègues" },
  bulk: {
    choice: "Attribuer à…",
    colleague: "Collègue",
    nobody: "Personne (retirer l'attribution)",
    note: "Note pour le collègue (facultatif)",
    noteHint: "Ce qu'il faut suivre ou vérifier, 500 caractères au plus. Elle figure dans l'historique de chaque élément.",
    confirm: (n: number, entity: string, name: string | null) => ({
      title: name
        ? `Attribuer ${count(n, nounOf(entity).one, nounOf(entity).many)} à ${name} ?`
        : `Retirer l'attribution de ${count(n, nounOf(entity).one, nounOf(entity).many)} ?`,
      body: name
        ? "Cette personne les retrouve sous « Attribués à moi » et en est prévenue dans ses notifications. L'attribution est inscrite dans l'historique de chaque élément."
        : "Plus personne ne les suit. Le retrait est inscrit dans l'historique de chaque élément.",
      confirmLabel: name ? "Attribuer" : "Retirer l'attribution",
    }),
  },
  item: {
    heading: "Suivi par l'équipe",
    assignedTo: (name: string) => `Attribué à ${name}`,
    since: "depuis le",
    by: (name: string) => `par ${name}`,
    note: "Note",
    nobody: "Personne ne suit cet élément pour le moment.",
    legend: "Attribuer à un collègue",
    submit: "Enregistrer l'attribution",
    confirm: (title: string, name: string | null) => ({
      title: name ? `Attribuer « ${title} » à ${name} ?` : `Retirer l'attribution de « ${title} » ?`,
      body: name ? "Cette personne en est prévenue dans ses notifications." : "Plus personne ne suivra cet élément.",
      confirmLabel: name ? "Attribuer" : "Retirer l'attribution",
    }),
  },
  pending: "Enregistrement…",
  messages: {
    noneSelected: "Sélectionnez au moins un élément dans le tableau.",
    tooMany: (max: number) => `Sélectionnez au plus ${numberFormat.format(max)} éléments à la fois.`,
    noteTooLong: "La note ne doit pas dépasser 500 caractères.",
    unknownColleague: "Choisissez un collègue dans la liste.",
    notStaff: "On ne peut attribuer un contenu qu'à un membre de l'équipe (rôle équipe ou administrateur) dont le compte est actif.",
    notFound: "Un des éléments choisis n'existe pas ou a été supprimé.",
    nothingChanged: "Rien n'a changé : les éléments choisis étaient déjà attribués ainsi.",
    assigned: (n: number, name: string, unchanged: number) =>
      `${count(n, "élément attribué", "éléments attribués")} à ${name}${unchanged > 0 ? ` ; ${count(unchanged, "l'était déjà", "l'étaient déjà")}` : ""}.`,
    unassigned: (n: number, unchanged: number) =>
      `${count(n, "attribution retirée", "attributions retirées")}${unchanged > 0 ? ` ; ${count(unchanged, "élément n'était attribué à personne", "éléments n'étaient attribués à personne")}` : ""}.`,
  },
  audit: {
    assigned: (title: string, name: string, note: string) => `« ${title} » attribué à ${name}${note ? `. Note : ${note}` : ""}`,
    unassigned: (title: string, name: string) => `« ${title} » n'est plus attribué à ${name}`,
  },
  notification: {
    one: (entity: string, title: string) => `On vous a attribué ${nounOf(entity).the} « ${title} »`,
    many: (n: number, entity: string) => `On vous a attribué ${count(n, nounOf(entity).one, nounOf(entity).many)}`,
  },
  dashboard: {
    heading: "Mes contenus attribués",
    intro: "Les contenus que l'équipe vous a confiés, par liste.",
    none: "Aucun contenu ne vous est attribué pour le moment.",
    link: (n: number, entity: string) => `${nounOf(entity).title} : ${numberFormat.format(n)}`,
  },
};
