// The e-mails the accounts module sends, in French: plain text for every client, and a simple
// HTML version. Pure: the caller builds the absolute link (base URL + lib/paths) and sends.
import { TOKEN_TTL, formatDuration } from "@/lib/auth/tokens";

export type MailContent = { subject: string; text: string; html: string };

const SITE_NAME = "ODD 17 en pratiques";

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// Links come from our own code, but a javascript: or relative URL in an e-mail would be a bug
// worth failing loudly on rather than sending.
function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Refusing a non-http link in an e-mail: ${parsed.protocol}`);
  return parsed.toString();
}

// Names come from users: one line, bounded, so that a crafted name cannot add paragraphs (or a
// fake link) to the text version or break the subject header.
function oneLine(value: string, max = 120): string {
  const flat = value.replace(/[\s\p{Cc}]+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

type Parts = {
  subject: string;
  greeting?: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
};

function compose({ subject, greeting = "Bonjour,", paragraphs, action, footer }: Parts): MailContent {
  const url = checkedUrl(action.url);
  const text = [greeting, "", ...paragraphs.flatMap((p) => [p, ""]), `${action.label} : ${url}`, "", footer, "", `— ${SITE_NAME}`].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1e1e1e;">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(url)}" style="color: #000091; font-weight: bold;">${escapeHtml(action.label)}</a></p>`,
    `<p style="font-size: 0.9em;">Si le lien ne s'ouvre pas, copiez cette adresse dans votre navigateur :<br>${escapeHtml(url)}</p>`,
    `<p style="font-size: 0.9em; color: #555;">${escapeHtml(footer)}</p>`,
    `<p>— ${escapeHtml(SITE_NAME)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}

function greetingFor(name?: string | null): string {
  const clean = name ? oneLine(name, 60) : "";
  return clean ? `Bonjour ${clean},` : "Bonjour,";
}

const IGNORE = "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne sera modifié.";

export function confirmationEmail({ url, name }: { url: string; name?: string | null }): MailContent {
  return compose({
    subject: `Confirmez votre adresse e-mail — ${SITE_NAME}`,
    greeting: greetingFor(name),
    paragraphs: [
      `Vous venez de créer un compte sur ${SITE_NAME}. Pour l'activer, confirmez votre adresse e-mail.`,
      `Ce lien est valable ${formatDuration(TOKEN_TTL["email-confirm"])}.`,
    ],
    action: { label: "Confirmer mon adresse e-mail", url },
    footer: "Si vous n'avez pas créé de compte, ignorez ce message.",
  });
}

export function passwordResetEmail({ url, name }: { url: string; name?: string | null }): MailContent {
  return compose({
    subject: `Réinitialisez votre mot de passe — ${SITE_NAME}`,
    greeting: greetingFor(name),
    paragraphs: [
      "Vous avez demandé à réinitialiser votre mot de passe.",
      `Ce lien est valable ${formatDuration(TOKEN_TTL["password-reset"])} et ne peut servir qu'une fois.`,
    ],
    action: { label: "Choisir un nouveau mot de passe", url },
    footer: IGNORE,
  });
}

export function signInLinkEmail({ url, name }: { url: string; name?: string | null }): MailContent {
  return compose({
    subject: `Votre lien de connexion — ${SITE_NAME}`,
    greeting: greetingFor(name),
    paragraphs: [
      `Voici votre lien pour vous connecter à ${SITE_NAME}, sans mot de passe.`,
      `Ce lien est valable ${formatDuration(TOKEN_TTL["login-link"])} et ne peut servir qu'une fois.`,
    ],
    action: { label: "Me connecter", url },
    footer: IGNORE,
  });
}

export function emailChangeEmail({ url, newEmail, name }: { url: string; newEmail: string; name?: string | null }): MailContent {
  const address = oneLine(newEmail, 254);
  return compose({
    subject: `Confirmez votre nouvelle adresse e-mail — ${SITE_NAME}`,
    greeting: greetingFor(name),
    paragraphs: [
      `Vous avez demandé à utiliser l'adresse ${address} pour votre compte ${SITE_NAME}.`,
      `Confirmez ce changement en ouvrant le lien ci-dessous, valable ${formatDuration(TOKEN_TTL["email-change"])}.`,
    ],
    action: { label: "Confirmer ma nouvelle adresse", url },
    footer: IGNORE,
  });
}

const roleNames = { MEMBER: "membre", ADMIN: "administrateur ou administratrice" } as const;

export function invitationEmail({
  url,
  organisationName,
  inviterName,
  role,
}: {
  url: string;
  organisationName: string;
  inviterName?: string | null;
  role: keyof typeof roleNames;
}): MailContent {
  const inviter = (inviterName ? oneLine(inviterName, 60) : "") || "Une personne de l'équipe";
  const organisation = oneLine(organisationName);
  return compose({
    subject: `Invitation à rejoindre ${organisation} — ${SITE_NAME}`,
    paragraphs: [
      `${inviter} vous invite à rejoindre l'organisation « ${organisation} » sur ${SITE_NAME}, en tant que ${roleNames[role]}.`,
      `Cette invitation est valable ${formatDuration(TOKEN_TTL.invitation)}. Si vous n'avez pas encore de compte, vous pourrez le créer en l'acceptant.`,
    ],
    action: { label: "Accepter l'invitation", url },
    footer: "Si vous ne connaissez pas cette organisation, ignorez ce message.",
  });
}
