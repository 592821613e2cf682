// The e-mail an organisation's admins receive from the contact form of its public profile.
import { escapeHtml, type MailContent } from "@/lib/mail/templates";
import { de } from "@/lib/text/french";

const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

export function actorContactEmail(input: {
  organisation: string;
  senderName: string;
  senderEmail: string;
  subject: string;
  message: string;
  profileUrl: string;
}): MailContent {
  const subject = `Message pour ${oneLine(input.organisation)} : ${oneLine(input.subject)} — ODD 17 en pratiques`;
  const intro = `${oneLine(input.senderName)} (${oneLine(input.senderEmail)}) vous écrit depuis la page publique ${de(oneLine(input.organisation))} :`;
  const text = [
    "Bonjour,",
    "",
    intro,
    "",
    input.message,
    "",
    `Pour répondre, écrivez directement à ${oneLine(input.senderEmail)}.`,
    `Votre page : ${input.profileUrl}`,
  ].join("\n");
  const paragraphs = input.message
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const html =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>` +
    `<p>Bonjour,</p><p>${escapeHtml(intro)}</p><blockquote>${paragraphs}</blockquote>` +
    `<p>Pour répondre, écrivez directement à ${escapeHtml(oneLine(input.senderEmail))}.</p></body></html>`;
  return { subject, text, html };
}
