// What the matrix must cover: every exported mutation of lib/ and every operation, unless listed
// here with the reason it has no cell.
import { readFileSync } from "node:fs";
import type { Operation } from "@/lib/auth/permissions";
import { filesUnder } from "../support/files";

/** Mutations that take no caller-chosen target, or are steps inside other mutations. */
export const MUTATIONS_WITHOUT_CELLS: Record<string, string> = {
  "lib/accounts/accounts.mutations.ts#createAccount": "inscription anonyme, sans cible",
  "lib/accounts/accounts.mutations.ts#confirmEmail": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#requestPasswordReset": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.mutations.ts#requestSignInLink": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.mutations.ts#resetPassword": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#confirmEmailChange": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#updateProfile": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#requestEmailChange": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#changePassword": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#deleteAccount": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/audit/audit.mutations.ts#writeAudit": "étape interne des autres mutations",
  "lib/alliances/workspace.mutations.ts#authorizeLead": "étape interne (la vérification elle-même)",
  "lib/alliances/workspace.mutations.ts#bumpVersion": "étape interne des autres mutations",
  "lib/auth/tokens.mutations.ts#issueToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#consumeToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#peekToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#revokeTokens": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#deleteExpiredTokens": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/mail/mail.mutations.ts#deleteMailsBefore": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/rate-limit/rate-limit.mutations.ts#hit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#assertRateLimit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#resetRateLimit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#deleteExpiredBuckets": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/notifications/notifications.mutations.ts#markAllRead": "n'agit que sur les notifications de l'appelant (aucun identifiant reçu)",
  "lib/notifications/notifications.mutations.ts#setEmailPreference": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
};

/** Operations that guard no mutation: reads (checked by the queries' own tests) or not used yet. */
export const OPERATIONS_WITHOUT_CELLS: Partial<Record<Operation, string>> = {
  "actor.read": "lecture",
  "alliance.read": "lecture",
  "diagnostic.read": "lecture",
  "user.read": "lecture (back-office)",
  "stats.read": "lecture (back-office)",
  "export.run": "lecture (exports CSV)",
  "audit.read": "lecture (journal)",
  "mailbox.read": "lecture (boîte de développement)",
  "network.read": "lecture (tableau de bord d'une tête de réseau, testé dans tests/integration/networks.test.ts)",
  "actor.delete": "aucune mutation ne l'utilise encore",
  "actor.publish": "aucune mutation ne l'utilise encore (la modération passe par moderation.decide)",
  "alliance.delete": "aucune mutation ne l'utilise encore",
  "account.update": "le compte de l'appelant seulement : aucune cible à croiser",
  "account.delete": "le compte de l'appelant seulement : aucune cible à croiser",
};

/** "lib/<domain>/<file>.mutations.ts#function" for every exported async function. */
export function exportedMutations(): string[] {
  return filesUnder("lib")
    .filter((file) => file.endsWith(".mutations.ts"))
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export async function (\w+)/gm)].map((match) => `${file}#${match[1]}`))
    .sort();
}
