// The e-mail that tells an organisation's members that the team unpublished or published their
// organisation, alliance, need or offer (or withdrew their diagnostic summary), with the reason of
// an unpublication. Pure: the caller builds the
// absolute link and sends (lib/mail, a queued job).
import { escapeHtml, type MailContent } from "@/lib/mail/templates";
import type { ContentDecision, ContentItemKind } from "./content-admin";

const SITE_NAME = "ODD 17 en pratiques";

// Titles and names come from users: one line, bounded, so that they cannot add paragraphs (or a
// fake link) to the text version or break the subject header.
function oneLine(value: string, max = 120): string {
  const flat = value.replace(/[\s\p{Cc}]+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

type Wording = { subject: (t: string) => string; text: string };

const wording: Record<ContentItemKind, Partial<Record<ContentDecision, Wording>> & { unpublish: Wording }> = {
  actor: {
    unpublish: {
      subject: (t) => `Votre organisation « ${t} » a été retirée du site public`,
      text: "L'équipe Le RAMEAU a retiré le profil de votre organisation du site public. Vous pouvez le corriger dans votre espace en tenant compte du motif ci-dessous, puis le soumettre à nouveau à validation.",
    },
    publish: {
      subject: (t) => `Votre organisation « ${t} » est publiée`,
      text: "L'équipe Le RAMEAU a publié le profil de votre organisation : il est de nouveau visible dans l'annuaire des acteurs.",
    },
  },
  alliance: {
    unpublish: {
      subject: (t) => `Votre alliance « ${t} » a été retirée du site public`,
      text: "L'équipe Le RAMEAU a retiré votre alliance du site public. Vous pouvez la corriger dans votre espace en tenant compte du motif ci-dessous, puis la soumettre à nouveau à validation.",
    },
    publish: {
      subject: (t) => `Votre alliance « ${t} » est publiée`,
      text: "L'équipe Le RAMEAU a publié votre alliance : elle est de nouveau visible dans l'annuaire des alliances.",
    },
  },
  need: {
    unpublish: {
      subject: (t) => `Votre besoin « ${t} » a été retiré du site public`,
      text: "L'équipe Le RAMEAU a retiré votre besoin du site public et des mises en relation. Vous pouvez le corriger dans votre espace en tenant compte du motif ci-dessous : le modifier le soumet à nouveau à validation.",
    },
    publish: {
      subject: (t) => `Votre besoin « ${t} » est publié`,
      text: "L'équipe Le RAMEAU a publié votre besoin : il est de nouveau visible et proposé aux mises en relation.",
    },
  },
  offer: {
    unpublish: {
      subject: (t) => `Votre offre « ${t} » a été retirée du site public`,
      text: "L'équipe Le RAMEAU a retiré votre offre du site public et des mises en relation. Vous pouvez la corriger dans votre espace en tenant compte du motif ci-dessous : la modifier la soumet à nouveau à validation.",
    },
    publish: {
      subject: (t) => `Votre offre « ${t} » est publiée`,
      text: "L'équipe Le RAMEAU a publié votre offre : elle est de nouveau visible et proposée aux mises en relation.",
    },
  },
  diagnostic: {
    unpublish: {
      subject: (t) => `La synthèse de votre diagnostic « ${t} » a été retirée`,
      text: "L'équipe Le RAMEAU a retiré la synthèse anonymisée de votre diagnostic de la page du territoire. Le diagnostic reste terminé dans votre espace ; tenez compte du motif ci-dessous avant de la publier à nouveau.",
    },
  },
};

export type ContentMailInput = { kind: ContentItemKind; decision: ContentDecision; title: string; reason?: string; url: string; name?: string | null };

export function contentDecisionEmail({ kind, decision, title, reason, url, name }: ContentMailInput): MailContent {
  const words = wording[kind][decision];
  if (!words) throw new Error(`No e-mail for ${decision} of a ${kind}`);
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Refusing a non-http link in an e-mail: ${parsed.protocol}`);
  const link = parsed.toString();
  const subject = `${words.subject(oneLine(title))} — ${SITE_NAME}`;
  const greeting = name && oneLine(name, 60) ? `Bonjour ${oneLine(name, 60)},` : "Bonjour,";
  const motive = decision === "unpublish" && reason?.trim() ? reason.trim() : null;
  const text = [greeting, "", words.text, "", ...(motive ? [`Motif : ${motive}`, ""] : []), `Ouvrir mon espace : ${link}`, "", `— ${SITE_NAME}`].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1e1e1e;">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(words.text)}</p>`,
    motive ? `<p style="white-space: pre-line;"><strong>Motif :</strong> ${escapeHtml(motive)}</p>` : "",
    `<p><a href="${escapeHtml(link)}" style="color: #000091; font-weight: bold;">Ouvrir mon espace</a></p>`,
    `<p>— ${escapeHtml(SITE_NAME)}</p>`,
    `</body></html>`,
  ]
    .filter(Boolean)
    .join("\n");
  return { subject, text, html };
}
