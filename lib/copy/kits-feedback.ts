// The resource centre's words that its client components need (the reader's rating and
// contribution forms, a path's step toggles, the error page): kept apart from kits.ts, which
// re-exports them, so that public client bundles do not carry the whole kits catalogue and its
// back-office copy (kits-admin.ts). Plain data and small pure functions only.
import { formatDate } from "@/lib/text/dates";

const numberFormat = new Intl.NumberFormat("fr-FR");

export const resourceCentreHeading = "Centre de ressources";

export const kitFeedbackLabels = {
  heading: "Contribuer à cette ressource",
  intro: "Cette ressource s'améliore avec vos retours : notez son utilité, commentez-la ou proposez une amélioration à l'équipe.",
  signIn: "Connectez-vous pour noter cette ressource ou proposer une amélioration",
  rateLegend: "Cette ressource vous a-t-elle été utile ?",
  rateOption: (n: number) => `${n} sur 5${n === 1 ? " (pas utile)" : n === 5 ? " (très utile)" : ""}`,
  rateSubmit: "Enregistrer ma note",
  yourRating: (n: number) => `Votre note actuelle : ${n} sur 5. Vous pouvez la modifier.`,
  rated: (n: number) => `Merci : votre note (${n} sur 5) est enregistrée.`,
  ratingRequired: "Choisissez une note de 1 à 5.",
  contributionLegend: "Type de contribution",
  contributionKinds: { COMMENT: "Un commentaire", SUGGESTION: "Une suggestion d'amélioration" },
  contributionLabel: "Votre message",
  contributionHint: "Il est lu par l'équipe, qui peut vous répondre ; il n'est pas publié.",
  contributionSubmit: "Envoyer",
  contributionRequired: "Écrivez votre message (3 caractères au moins).",
  contributionTooLong: "Votre message ne peut pas dépasser 2 000 caractères.",
  kindRequired: "Choisissez le type de contribution.",
  sent: "Merci : votre message a été transmis à l'équipe.",
  yoursHeading: "Vos contributions",
  answer: "Réponse de l'équipe :",
  noAnswer: "En attente de réponse.",
  sentOn: (date: Date) => `Envoyé le ${formatDate(date)}`,
  kitNotFound: "Cette ressource n'est plus publiée.",
  pending: "Envoi…",
};

export const pathProgressLabels = {
  progress: (done: number, total: number) =>
    `${numberFormat.format(done)} ${done <= 1 ? "étape terminée" : "étapes terminées"} sur ${numberFormat.format(total)}`,
  stepsHeading: "Les étapes",
  step: (n: number) => `Étape ${n}`,
  done: "Terminée",
  markDone: "Marquer comme terminée",
  markUndone: "Marquer comme non terminée",
  forStep: (title: string) => ` : ${title}`,
  signIn: "Connectez-vous pour suivre votre progression",
  unavailable: "Ressource bientôt disponible",
  stepNotFound: "Cette étape n'existe pas.",
  updated: "Votre progression est enregistrée.",
  pending: "Enregistrement…",
};
