// What the matrix must cover: every exported mutation of lib/, every operation and every server
// action (through the mutations it calls), unless listed here with the reason it has no cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { Operation } from "@/lib/auth/permissions";
import { filesUnder } from "../support/files";

/** Mutations that take no caller-chosen target, or are steps inside other mutations. */
export const MUTATIONS_WITHOUT_CELLS: Record<string, string> = {
  "lib/accounts/accounts.mutations.ts#createAccount": "inscription anonyme, sans cible",
  "lib/accounts/accounts.mutations.ts#confirmEmail": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#requestPasswordReset": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.mutations.ts#requestSignInLink": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.mutations.ts#resendConfirmation": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.mutations.ts#resetPassword": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#confirmEmailChange": "jeton secret à usage unique",
  "lib/accounts/accounts.mutations.ts#updateProfile": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#requestEmailChange": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#changePassword": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#endAllSessions": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.mutations.ts#deleteAccount": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/audit/audit.mutations.ts#writeAudit": "étape interne des autres mutations",
  "lib/kits/kits.mutations.ts#ensureDraft":
    "étape interne (dans la transaction des pièces jointes et de la publication, qui vérifient kit.update ou kit.publish)",
  "lib/alliances/workspace.mutations.ts#authorizeLead": "étape interne (la vérification elle-même)",
  "lib/alliances/workspace.mutations.ts#bumpVersion": "étape interne des autres mutations",
  "lib/auth/tokens.mutations.ts#issueToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#consumeToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#peekToken": "étape interne des comptes",
  "lib/auth/tokens.mutations.ts#revokeTokens": "étape interne des comptes",
  "lib/users/platform-admin.mutations.ts#createPlatformAdmin": "commande du serveur (npm run admin:create) : aucune action ni route ne l'appelle",
  "lib/auth/tokens.mutations.ts#deleteExpiredTokens": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/mail/mail.mutations.ts#deleteMailsBefore": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/jobs/queue.mutations.ts#deleteFailedJobsBefore": "nettoyage planifié (tâche de fond), sans appelant",
  "lib/imports/import-cleanup.mutations.ts#deleteAbandonedImportPreviews": "nettoyage planifié (tâche de fond), sans appelant",
  "lib/jobs/enqueue.mutations.ts#enqueueJob": "étape interne des autres mutations (dans leur transaction)",
  "lib/imports/organisation-import.mutations.ts#createImportLines":
    "étape interne de la tâche de fond imports:organisations (dans sa transaction, sans appelant)",
  "lib/moderation/claims.mutations.ts#releaseClaimForDecision": "étape interne de decideModeration (dans sa transaction)",
  "lib/rate-limit/rate-limit.mutations.ts#hit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#assertRateLimit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#resetRateLimit": "limite de débit, appelée avant toute mutation",
  "lib/rate-limit/rate-limit.mutations.ts#refundHit": "limite de débit : rend une tentative réussie, clé calculée par le serveur",
  "lib/rate-limit/rate-limit.mutations.ts#deleteExpiredBuckets": "nettoyage planifié (npm run db:cleanup), sans appelant",
  "lib/notifications/notifications.mutations.ts#markAllRead": "n'agit que sur les notifications de l'appelant (aucun identifiant reçu)",
  "lib/notifications/notifications.mutations.ts#setEmailPreference": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/follows/follows.mutations.ts#followSearch": "crée un suivi de l'appelant seulement, d'une recherche publique",
  "lib/follows/follows.mutations.ts#followTarget": "crée un suivi de l'appelant seulement, d'un territoire ou d'une fiche publiée",
  "lib/follows/follows.mutations.ts#unsubscribeFollow":
    "jeton secret du lien de désabonnement : il n'agit que sur son propre suivi (tests/integration/follows.test.ts)",
};

/** Operations that guard no mutation: reads (checked by the queries' own tests) or not used yet. */
export const OPERATIONS_WITHOUT_CELLS: Partial<Record<Operation, string>> = {
  "actor.read": "lecture",
  "alliance.read": "lecture",
  "diagnostic.read": "lecture",
  "user.read": "lecture (back-office)",
  "stats.read": "lecture (back-office)",
  "content.list": "lecture (listes de contenus du back-office, testée dans tests/integration/content-admin.test.ts)",
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

/**
 * Server actions whose every write goes through no mutation with cells, and why. Any other
 * exported action must call (itself or through a helper of its file) a mutation the matrix runs.
 */
export const ACTIONS_WITHOUT_CELLS: Record<string, string> = {
  "lib/follows/follows.actions.ts#followSearchAction": "crée un suivi de l'appelant seulement, d'une recherche publique (followSearch)",
  "lib/follows/follows.actions.ts#followTargetAction": "crée un suivi de l'appelant seulement, d'une fiche publiée (followTarget)",
  "lib/follows/follows.actions.ts#unsubscribeFollowAction": "jeton secret du lien de désabonnement, qui n'agit que sur son suivi (unsubscribeFollow)",
  "lib/accounts/accounts.actions.ts#signUpAction": "inscription anonyme, sans cible (createAccount)",
  "lib/accounts/accounts.actions.ts#signInAction": "connexion : Auth.js vérifie le mot de passe, aucune cible",
  "lib/accounts/accounts.actions.ts#signInWithLinkAction": "connexion par un jeton secret à usage unique, vérifié par Auth.js",
  "lib/accounts/accounts.actions.ts#signOutAction": "ferme la session de l'appelant, aucun identifiant reçu",
  "lib/accounts/accounts.actions.ts#signOutEverywhereAction": "ferme toutes les sessions du compte de l'appelant, aucun identifiant reçu",
  "lib/accounts/accounts.actions.ts#requestSignInLinkAction": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.actions.ts#requestPasswordResetAction": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.actions.ts#resendConfirmationAction": "adresse e-mail, réponse identique qu'elle existe ou non",
  "lib/accounts/accounts.actions.ts#resetPasswordAction": "jeton secret à usage unique",
  "lib/accounts/accounts.actions.ts#confirmEmailChangeAction": "jeton secret à usage unique",
  "lib/accounts/accounts.actions.ts#updateProfileAction": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.actions.ts#requestEmailChangeAction": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.actions.ts#changePasswordAction": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/accounts/accounts.actions.ts#deleteAccountAction": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/notifications/notifications.actions.ts#markAllReadAction": "n'agit que sur les notifications de l'appelant (aucun identifiant reçu)",
  "lib/notifications/notifications.actions.ts#saveEmailPreferenceAction": "n'agit que sur le compte de l'appelant (aucun identifiant reçu)",
  "lib/diagnostics/diagnostics.actions.ts#postponeFollowUpAction":
    "rien en base : un cookie du navigateur de l'appelant, où l'identifiant reçu n'entre que si findDiagnostic le trouve pour l'appelant (aucune écriture : fuzz-actions.test.ts)",
};

/** Files with a "use server" directive: at the top (a module of actions) or inside a function. */
export function serverActionFiles(): { file: string; top: boolean; inline: boolean }[] {
  return ["app", "components", "lib"]
    .flatMap((dir) => filesUnder(dir))
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const isDirective = (statement: ts.Statement) =>
        ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression) && statement.expression.text === "use server";
      const top = source.statements.some(isDirective);
      let inline = false;
      const visit = (node: ts.Node) => {
        if (ts.isBlock(node) && node.statements.some(isDirective)) inline = true;
        ts.forEachChild(node, visit);
      };
      visit(source);
      return top || inline ? [{ file, top, inline }] : [];
    });
}

function resolveMutationsModule(file: string, specifier: string): string | null {
  const resolved = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : null;
  return resolved && resolved.endsWith(".mutations") ? `${resolved}.ts` : null;
}

/**
 * Each exported action of a module of actions ("lib/x/x.actions.ts#fooAction"), with the
 * mutations it calls ("lib/x/x.mutations.ts#foo"), itself or through a function of its file.
 * A function declared with an inline "use server" is reported as "<file>#(inline)".
 */
export function serverActions(): { action: string; mutations: string[] }[] {
  return serverActionFiles().flatMap(({ file, top, inline }) => {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const imported = new Map<string, string>();
    const locals = new Map<string, ts.Node>();
    const exported: string[] = [];
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement) && statement.importClause?.namedBindings && ts.isNamedImports(statement.importClause.namedBindings)) {
        const mutationsModule = resolveMutationsModule(file, (statement.moduleSpecifier as ts.StringLiteral).text);
        if (mutationsModule)
          for (const element of statement.importClause.namedBindings.elements)
            imported.set(element.name.text, `${mutationsModule}#${(element.propertyName ?? element.name).text}`);
      }
      const isExported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      if (ts.isFunctionDeclaration(statement) && statement.name) {
        locals.set(statement.name.text, statement);
        if (isExported) exported.push(statement.name.text);
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (!ts.isIdentifier(declaration.name)) continue;
          locals.set(declaration.name.text, declaration);
          if (isExported) exported.push(declaration.name.text);
        }
      }
    }
    const reached = (name: string, seen = new Set<string>()): Set<string> => {
      const found = new Set<string>();
      seen.add(name);
      const visit = (node: ts.Node) => {
        if (ts.isIdentifier(node)) {
          const mutation = imported.get(node.text);
          if (mutation) found.add(mutation);
          else if (locals.has(node.text) && !seen.has(node.text)) reached(node.text, seen).forEach((item) => found.add(item));
        }
        ts.forEachChild(node, visit);
      };
      ts.forEachChild(locals.get(name)!, visit);
      return found;
    };
    // In a file without the directive at the top, exports are not actions (a page, a component).
    const actions = top ? exported.map((name) => ({ action: `${file}#${name}`, mutations: [...reached(name)].sort() })) : [];
    return inline ? [...actions, { action: `${file}#(inline)`, mutations: [] }] : actions;
  });
}
