// The e-mail that tells an organisation's admins what the team decided about what they submitted,
// in French, plain text and simple HTML (the style of lib/mail/templates.ts). Pure: the caller
// builds the absolute link and sends.
import { escapeHtml, type MailContent } from "@/lib/mail/templates";
import type { ModerationDecisionKind, ModerationKind } from "./moderation";

const SITE_NAME = "ODD 17 en pratiques";

// Titles come from users: one line, bounded, so that a crafted title cannot add paragraphs (or a
// fake link) to the text version or break the subject header.
function oneLine(value: string, max = 120): string {
  const flat = value.replace(/[\s\p{Cc}]+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Refusing a non-http link in an e-mail: ${parsed.protocol}`);
  return parsed.toString();
}

// French needs the gender of each noun: one sentence set per kind rather than string assembly.
const wording: Record<ModerationKind, { approved: (t: string) => string; rejected: (t: string) => string; approvedText: string; rejectedText: string }> = {
  actor: {
    approved: (t) => `Votre organisation « ${t} » est publiée`,
    rejected: (t) => `Votre organisation « ${t} » n'a pas été validée`,
    approvedText:
      "L'équipe Le RAMEAU a validé le profil de votre organisation : il est désormais visible dans l'annuaire des acteurs, avec la mention « vérifiée ».",
    rejectedText:
      "L'équipe Le RAMEAU n'a pas validé le profil de votre organisation. Vous pouvez le corriger en tenant compte du motif ci-dessous, puis le soumettre à nouveau.",
  },
  alliance: {
    approved: (t) => `Votre alliance « ${t} » est publiée`,
    rejected: (t) => `Votre alliance « ${t} » n'a pas été validée`,
    approvedText: "L'équipe Le RAMEAU a validé votre alliance : elle est désormais visible dans l'annuaire des alliances.",
    rejectedText:
      "L'équipe Le RAMEAU n'a pas validé votre alliance. Vous pouvez la corriger en tenant compte du motif ci-dessous, puis la soumettre à nouveau.",
  },
  need: {
    approved: (t) => `Votre besoin « ${t} » est publié`,
    rejected: (t) => `Votre besoin « ${t} » n'a pas été validé`,
    approvedText: "L'équipe Le RAMEAU a validé votre besoin : il est désormais proposé aux partenaires possibles.",
    rejectedText: "L'équipe Le RAMEAU n'a pas validé votre besoin. Vous pouvez le corriger en tenant compte du motif ci-dessous, puis le soumettre à nouveau.",
  },
  offer: {
    approved: (t) => `Votre offre « ${t} » est publiée`,
    rejected: (t) => `Votre offre « ${t} » n'a pas été validée`,
    approvedText: "L'équipe Le RAMEAU a validé votre offre : elle est désormais proposée aux partenaires possibles.",
    rejectedText: "L'équipe Le RAMEAU n'a pas validé votre offre. Vous pouvez la corriger en tenant compte du motif ci-dessous, puis la soumettre à nouveau.",
  },
};

export type ModerationMailInput = {
  kind: ModerationKind;
  decision: ModerationDecisionKind;
  title: string;
  /** Required for a refusal; ignored for an approval. */
  reason?: string;
  /** The public page of an approved organisation or alliance; the workspace otherwise. */
  url: string;
  name?: string | null;
};

export function moderationDecisionEmail({ kind, decision, title, reason, url, name }: ModerationMailInput): MailContent {
  const words = wording[kind];
  const safeTitle = oneLine(title);
  const approved = decision === "approve";
  const subject = `${approved ? words.approved(safeTitle) : words.rejected(safeTitle)} — ${SITE_NAME}`;
  const greeting = name && oneLine(name, 60) ? `Bonjour ${oneLine(name, 60)},` : "Bonjour,";
  const link = checkedUrl(url);
  const paragraphs = [approved ? words.approvedText : words.rejectedText];
  // The reason may span lines: it is the team's own text, kept as written (and escaped in HTML).
  const reasonLine = !approved && reason?.trim() ? `Motif : ${reason.trim()}` : null;
  // Organisations and alliances have a public page once approved; needs and offers are seen from
  // the workspace.
  const action = approved && (kind === "actor" || kind === "alliance") ? "Voir la page publique" : "Ouvrir mon espace";

  const text = [greeting, "", ...paragraphs, "", ...(reasonLine ? [reasonLine, ""] : []), `${action} : ${link}`, "", `— ${SITE_NAME}`].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1e1e1e;">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    reasonLine ? `<p style="white-space: pre-line;"><strong>Motif :</strong> ${escapeHtml(reason!.trim())}</p>` : "",
    `<p><a href="${escapeHtml(link)}" style="color: #000091; font-weight: bold;">${escapeHtml(action)}</a></p>`,
    `<p style="font-size: 0.9em;">Si le lien ne s'ouvre pas, copiez cette adresse dans votre navigateur :<br>${escapeHtml(link)}</p>`,
    `<p>— ${escapeHtml(SITE_NAME)}</p>`,
    `</body></html>`,
  ]
    .filter(Boolean)
    .join("\n");
  return { subject, text, html };
}
