// Which forms the "never lose what people typed" e2e checks have seen, against every form of the
// code. Each ActionForm carries a formId; each expectFormKeepsValues appends the id it checked to a
// file of the run; when the whole suite ran (E2E_AXE_COVERAGE=1, set by `npm run test:e2e`) the
// global teardown fails on a form no spec has checked: a new form comes with its check.
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Forms with nothing to type or choose (only hidden fields and a button: nothing to lose), with
 * the reason. Their outcome and confirmation are checked by their own specs.
 */
export const FORMS_WITHOUT_VALUE_CHECK: Record<string, string> = {
  "account.confirmation-resend": "un bouton : renvoyer l'e-mail de confirmation à l'adresse saisie pour se connecter",
  "account.email-change-confirm": "un bouton : confirmer la nouvelle adresse depuis le lien reçu",
  "account.link-sign-in": "un bouton : se connecter avec le lien reçu",
  "account.sign-out-everywhere": "un bouton : se déconnecter de tous les appareils",
  "alliance.invitation-confirm": "un bouton : confirmer la participation à une alliance",
  "alliance.join-accept": "un bouton : accepter la demande d'une organisation pour rejoindre l'alliance",
  "alliance.invitation-decline": "un bouton : décliner l'invitation à une alliance",
  "alliance.submit": "un bouton : soumettre une alliance pour publication",
  "content.publish":
    "un bouton : publier une organisation, une alliance, un besoin ou une offre (confirmation vérifiée par tests/e2e/admin/content-lists.spec.ts)",
  "conversation.report-dismiss": "un bouton : classer sans suite un signalement de message",
  "follow.search": "un bouton : suivre la recherche affichée (vérifié par tests/e2e/follows/follows.spec.ts)",
  "follow.territory": "un bouton : suivre un territoire depuis sa page",
  "follow.actor": "un bouton : suivre une organisation depuis sa page",
  "follow.alliance": "un bouton : suivre une alliance depuis sa page",
  "follow.stop": "un bouton par suivi : ne plus le suivre",
  "follow.unsubscribe": "un bouton : confirmer le désabonnement depuis le lien d'un e-mail (vérifié par tests/e2e/follows/follows.spec.ts)",
  "diagnostic.follow-up-later": "un bouton : remettre à plus tard la question de suivi",
  "diagnostic.publish": "un bouton : publier la synthèse d'un diagnostic",
  "diagnostic.reopen": "un bouton : rouvrir un diagnostic terminé",
  "diagnostic.unpublish": "un bouton : retirer la synthèse publiée (avec confirmation)",
  "kit.archive": "un bouton : archiver un kit (confirmation et « Annuler » vérifiés par tests/e2e/kits/kits.spec.ts)",
  "kit.attachment-remove": "un bouton par document : retirer un document joint (confirmation vérifiée par tests/e2e/kits/kits.spec.ts)",
  "kit.republish": "un bouton : « Annuler » une dépublication (vérifié par tests/e2e/kits/kits.spec.ts)",
  "kit.restore": "un bouton : restaurer un kit archivé (confirmation vérifiée par tests/e2e/kits/kit-versions.spec.ts)",
  "kit.unarchive": "un bouton : « Annuler » un archivage (vérifié par tests/e2e/kits/kits.spec.ts)",
  "kit.unpublish": "un bouton : dépublier un kit (confirmation et « Annuler » vérifiés par tests/e2e/kits/kits.spec.ts)",
  "learning-path.step": "un bouton : marquer une étape d'un parcours comme faite ou non",
  "match.alliance-create": "un bouton : créer un projet d'alliance depuis une mise en relation",
  "match.contact-accept": "un bouton : accepter une mise en relation",
  "match.contact-decline": "un bouton : décliner une mise en relation",
  "moderation.claim": "un bouton par demande : la prendre en charge (vérifié par tests/e2e/admin/moderation.spec.ts)",
  "moderation.release": "un bouton par demande : la libérer",
  "moderation.reason.delete": "un bouton par motif : le supprimer (après confirmation)",
  "need-offer.close": "un bouton : clôturer un besoin ou une offre",
  "network.link-accept": "un bouton : accepter une demande de lien de réseau",
  "network.link-decline": "un bouton : refuser une demande de lien de réseau",
  "network.link-end": "un bouton : annuler une demande ou mettre fin à un lien de réseau",
  "notification.mark-all-read": "un bouton : tout marquer comme lu",
  "notification.mark-read": "un bouton : marquer une notification comme lue",
  "notification.open": "un bouton : ouvrir une notification (la marque lue)",
  "organisation-import.cancel": "un bouton : annuler un import (vérifié par tests/e2e/admin/organisation-imports.spec.ts)",
  "organisation-import.confirm": "un bouton : confirmer un import (confirmation vérifiée par tests/e2e/admin/organisation-imports.spec.ts)",
  "organisation-import.retry": "un bouton : relancer un import en échec (vérifié par tests/e2e/admin/organisation-imports.spec.ts)",
  "organisation.invitation-accept": "un bouton : accepter une invitation",
  "organisation.invitation-revoke": "un bouton : retirer une invitation",
  "organisation.leave": "un bouton : quitter l'organisation (après confirmation)",
  "organisation.member-remove": "un bouton : retirer un membre (après confirmation)",
  "organisation.profile-submit": "un bouton : soumettre le profil à la modération",
  "project-territory.delete": "un bouton : supprimer un territoire de projet (confirmation vérifiée par tests/e2e/admin/project-territories.spec.ts)",
  "project-territory.member-add": "un bouton par résultat : ajouter un membre au territoire de projet",
  "project-territory.member-remove": "un bouton par membre : retirer un membre du territoire de projet",
  "questionnaire.activate": "un bouton : activer une version (confirmation vérifiée par tests/e2e/admin/questionnaires.spec.ts)",
  "questionnaire.delete-draft": "un bouton : supprimer un brouillon (confirmation vérifiée par tests/e2e/admin/questionnaires.spec.ts)",
  "questionnaire.new-version": "un bouton : créer une version à partir d'une autre",
  "user.disable": "un bouton par compte : désactiver (confirmation et « Annuler » vérifiés par tests/e2e/admin/users.spec.ts)",
  "user.disable-undo": "un bouton : « Annuler » la désactivation d'un compte",
  "user.enable": "un bouton par compte : réactiver",
  "user.role": "un bouton par compte : donner ou retirer le rôle « Équipe » (confirmation du don vérifiée par tests/e2e/admin/admin.spec.ts)",
};

function checkedFile(): string | null {
  const dir = process.env.E2E_DATA_DIR;
  return dir ? path.join(dir, "form-checked-ids.txt") : null;
}

export function resetFormChecks() {
  const file = checkedFile();
  if (file) rmSync(file, { force: true });
}

export function recordFormCheck(formId: string) {
  const file = checkedFile();
  if (file) appendFileSync(file, `${formId}\n`);
}

export function readCheckedForms(): string[] {
  const file = checkedFile();
  return file && existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}

function sources(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) sources(full, found);
    else if (entry.endsWith(".tsx")) found.push(full);
  }
  return found;
}

/** Every formId written in the components and routes: `formId="a.b"` or `formId={x ? "a.b" : "a.c"}`. */
export function declaredFormIds(root: string): string[] {
  const ids = new Set<string>();
  for (const file of [...sources(path.join(root, "components")), ...sources(path.join(root, "app"))]) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/formId=(?:"([^"]+)"|\{([^}]*)\})/g)) {
      if (match[1]) ids.add(match[1]);
      // Only literals shaped like an id ("domain.what"), not the condition's own ("accept").
      else for (const literal of match[2].matchAll(/["'`]([\w-]+(?:\.[\w-]+)+)["'`]/g)) ids.add(literal[1]);
    }
  }
  return [...ids].sort();
}

/**
 * `<form action={…}>` written outside ActionForm: a form sent to a server action that would lose its
 * selects and checkboxes on an error. GET forms (action="/chemin") are not concerned.
 */
export function formsOutsideActionForm(root: string): string[] {
  const found: string[] = [];
  for (const file of [...sources(path.join(root, "components")), ...sources(path.join(root, "app"))]) {
    if (file.endsWith(path.join("components", "forms", "action-form.tsx"))) continue;
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/<form\b[^>]*\baction=\{[^>]*>/g)) {
      if (/method="get"/.test(match[0])) continue;
      const line = source.slice(0, match.index).split("\n").length;
      found.push(`${path.relative(root, file)}:${line}`);
    }
  }
  return found;
}

export function uncheckedForms(declared: string[], checked: string[]): string[] {
  return declared.filter((id) => !(id in FORMS_WITHOUT_VALUE_CHECK) && !checked.includes(id));
}
