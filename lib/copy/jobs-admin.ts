// The back office's page of background jobs (/admin/taches).
import { count } from "./directory-forms";

const tasks: Record<string, string> = {
  "mail:send": "Envoi d'un e-mail",
  "notifications:digest": "Résumé quotidien des notifications",
  "maintenance:cleanup": "Nettoyage de la base",
};

export const jobsAdminLabels = {
  title: "Tâches de fond",
  intro:
    "Les e-mails, le résumé quotidien des notifications et le nettoyage passent par une file d'attente. Une tâche qui échoue est réessayée automatiquement, de plus en plus espacée ; après son dernier essai, elle reste ici jusqu'à ce que vous la relanciez ou l'abandonniez.",
  figuresHeading: "État de la file",
  waiting: (n: number) => count(n, "tâche en attente", "tâches en attente"),
  retrying: (n: number) => count(n, "tâche en nouvelle tentative", "tâches en nouvelle tentative"),
  failed: (n: number) => count(n, "tâche en échec", "tâches en échec"),
  failedHeading: "En échec après le dernier essai",
  failedEmpty: "Aucune tâche en échec.",
  retryingHeading: "Nouvelles tentatives prévues",
  retryingEmpty: "Aucune tâche en attente d'un nouvel essai.",
  shownOnly: (n: number) => `Seules les ${n} plus récentes sont affichées.`,
  columns: { task: "Tâche", attempts: "Essais", error: "Dernière erreur", when: "Échec le", next: "Prochain essai", created: "Créée le", actions: "Actions" },
  task: (task: string) => tasks[task] ?? task,
  mailTo: (to: string, subject: string) => `à ${to} : « ${subject} »`,
  attempts: (done: number, max: number) => `${done} sur ${max}`,
  noError: "Non précisée",
  retry: "Relancer",
  retryNow: "Relancer maintenant",
  discard: "Abandonner",
  /** Completes the buttons' accessible names: one per row. */
  ofJob: (id: string) => ` la tâche n° ${id}`,
  confirmDiscard: (id: string) => ({
    title: `Abandonner la tâche n° ${id} ?`,
    body: "Elle quitte la file pour de bon. S'il s'agit d'un e-mail, il ne sera jamais envoyé ; il reste visible dans le journal des envois.",
    confirmLabel: "Abandonner la tâche",
  }),
  retried: (id: string) => `La tâche n° ${id} est relancée : elle sera exécutée dans un instant.`,
  discarded: (id: string) => `La tâche n° ${id} est abandonnée.`,
  notFound: "Cette tâche n'est plus dans la file : elle a peut-être abouti, ou quelqu'un l'a déjà traitée.",
} as const;
