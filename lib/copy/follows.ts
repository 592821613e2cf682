// The words of follows and alerts (issue #22): the follow buttons, « Mes suivis », the
// notifications and e-mails of a followed search, and the unsubscribe page.
import type { FollowRhythm } from "@/generated/prisma/enums";

export const followRhythmLabels = {
  IMMEDIATE: "Dès qu'il y a du nouveau",
  DAILY: "Une fois par jour",
  WEEKLY: "Une fois par semaine",
  NEVER: "Jamais (notifications dans le site seulement)",
} satisfies Record<FollowRhythm, string>;

export const followsCopy = {
  directories: { acteurs: "Acteurs", alliances: "Alliances" },
  /** The parts of a follow's name, joined by « · ». */
  separator: " · ",
  text: (q: string) => `« ${q} »`,
  around: (name: string) => `Autour de ${name}`,
  inside: (name: string) => `Dans ${name}`,
  sdgs: (numbers: number[]) => `ODD ${numbers.join(", ")}`,
  territory: (name: string) => `Territoire : ${name}`,
  actor: (name: string) => `Organisation : ${name}`,
  alliance: (name: string) => `Alliance : ${name}`,
  button: {
    followSearch: "Suivre cette recherche",
    followTerritory: "Suivre ce territoire",
    followActor: "Suivre cette organisation",
    followAlliance: "Suivre cette alliance",
    following: "Suivi",
    signIn: "Se connecter pour suivre",
    manage: "Gérer mes suivis",
  },
  followed: (label: string) => `Vous suivez désormais ${label}.`,
  alreadyFollowed: (label: string) => `Vous suivez déjà ${label}.`,
  invalid: "Ce suivi n'a pas pu être enregistré : rechargez la page et réessayez.",
  notFound: "Ce suivi n'existe plus.",
  page: {
    title: "Mes suivis",
    intro:
      "Les recherches, territoires, organisations et alliances que vous suivez. Les nouveautés qui leur correspondent arrivent dans vos notifications, et par e-mail au rythme choisi.",
    empty: "Vous ne suivez encore rien. Sur une recherche d'acteurs ou d'alliances, un territoire, une organisation ou une alliance, choisissez « Suivre ».",
    columns: { label: "Suivi", rhythm: "E-mails", actions: "Actions" },
    rhythmLabel: (label: string) => `Rythme des e-mails pour ${label}`,
    saveRhythm: "Enregistrer le rythme",
    rhythmSaved: (label: string) => `Rythme des e-mails enregistré pour ${label}.`,
    stop: "Ne plus suivre",
    stopLabel: (label: string) => `Ne plus suivre ${label}`,
    stopped: (label: string) => `Vous ne suivez plus ${label}.`,
    since: (date: string) => `depuis le ${date}`,
  },
  events: {
    "actor.published": (name: string) => `Nouvelle organisation : ${name}`,
    "alliance.published": (name: string) => `Nouvelle alliance : ${name}`,
    "alliance.stage": (name: string) => `Nouvelle étape pour l'alliance ${name}`,
  } as Record<string, (name: string) => string>,
  /** After the alliance's name: « Nouvelle étape pour l'alliance X : Active ». */
  stageSuffix: (stage: string) => ` : ${stage}`,
  notificationBody: (label: string) => `Correspond à votre suivi ${label}.`,
  mail: {
    subject: (label: string, n: number) => (n === 1 ? `Du nouveau pour votre suivi ${label}` : `${n} nouveautés pour votre suivi ${label}`),
    intro: (label: string) => `Voici les nouveautés qui correspondent à votre suivi ${label} :`,
    manage: "Gérer vos suivis :",
    unsubscribe: "Ne plus recevoir d'e-mails pour ce suivi :",
  },
  unsubscribe: {
    title: "Ne plus recevoir ces e-mails",
    intro: (label: string) => `Vous ne recevrez plus d'e-mails pour le suivi ${label}. Les nouveautés resteront visibles dans vos notifications.`,
    confirm: "Confirmer le désabonnement",
    done: (label: string) => `C'est fait : vous ne recevrez plus d'e-mails pour le suivi ${label}.`,
    unknown: "Ce lien de désabonnement n'est pas valide ou a déjà servi pour un suivi supprimé.",
  },
};
