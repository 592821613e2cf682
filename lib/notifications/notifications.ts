// Pure rules of notifications: which e-mail a notification gets under a user's preference, how
// one day's notifications are grouped per user, and the French e-mails (text + simple HTML).
import type { NotificationEmail, NotificationEmails } from "@/generated/prisma/client";
import { notificationsCopy, SITE_NAME } from "@/lib/copy/notifications";
import { escapeHtml, type MailContent } from "@/lib/mail/templates";

const c = notificationsCopy.mail;

/** What producers ask for: an e-mail now, a line in tomorrow's digest, or nothing. */
export type EmailRequest = "immediate" | "digest" | "none";

export const EMAIL_MODE: Record<EmailRequest, NotificationEmail> = { immediate: "IMMEDIATE", digest: "DIGEST", none: "NONE" };

export const DIGEST_WINDOW_MS = 24 * 60 * 60 * 1000;

export const PAGE_SIZE = 20;

/**
 * How a notification is e-mailed to a user with this preference. DIGEST_ONLY folds immediate
 * e-mails into the digest; NONE sends nothing. Decided at send time, so that a preference changed
 * after the notification was made is still honoured.
 */
export function deliveryOf(requested: NotificationEmail, preference: NotificationEmails): "immediate" | "digest" | "none" {
  if (requested === "NONE" || preference === "NONE") return "none";
  if (requested === "IMMEDIATE" && preference === "ALL") return "immediate";
  return "digest";
}

// Titles come from users (organisation and alliance names): one line, bounded, so that a crafted
// name cannot add paragraphs or fake links to the text version, or break the subject header.
export function oneLine(value: string, max = 160): string {
  const flat = value.replace(/[\s\p{Cc}]+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** An in-site path made absolute; anything that is not a path of this site falls back to the list. */
export function absoluteLink(baseUrl: string, href: string | null | undefined, fallback: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  const path = href && href.startsWith("/") && !href.startsWith("//") ? href : fallback;
  const url = new URL(`${base}${path}`);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`Refusing a non-http link in an e-mail: ${url.protocol}`);
  return url.toString();
}

export type DigestRow = { id: string; userId: string; email: string; name: string | null; title: string; body: string; href: string | null; createdAt: Date };

export type Digest = { userId: string; email: string; name: string | null; items: Omit<DigestRow, "userId" | "email" | "name">[] };

/** One digest per user, items oldest first, users in the order they first appear. */
export function groupDigests(rows: DigestRow[]): Digest[] {
  const byUser = new Map<string, Digest>();
  for (const row of rows) {
    let digest = byUser.get(row.userId);
    if (!digest) {
      digest = { userId: row.userId, email: row.email, name: row.name, items: [] };
      byUser.set(row.userId, digest);
    }
    digest.items.push({ id: row.id, title: row.title, body: row.body, href: row.href, createdAt: row.createdAt });
  }
  for (const digest of byUser.values()) digest.items.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return [...byUser.values()];
}

export type MailLinks = { baseUrl: string; listPath: string; preferencesPath: string };

function greeting(name: string | null): string {
  return c.greeting(name ? oneLine(name, 60) : null);
}

function html(subject: string, body: string[]): string {
  return [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1e1e1e;">`,
    ...body,
    `<p>— ${escapeHtml(SITE_NAME)}</p>`,
    `</body></html>`,
  ].join("\n");
}

function footer(links: MailLinks): { text: string[]; html: string } {
  const prefs = absoluteLink(links.baseUrl, links.preferencesPath, links.preferencesPath);
  return {
    text: [c.footer, prefs],
    html: `<p style="font-size: 0.9em; color: #555;">${escapeHtml(c.footer)} <a href="${escapeHtml(prefs)}">${escapeHtml(prefs)}</a></p>`,
  };
}

/** The e-mail for one notification sent at once. */
export function immediateEmail(input: { name: string | null; title: string; body: string; href: string | null }, links: MailLinks): MailContent {
  const title = oneLine(input.title);
  const subject = `${title} — ${SITE_NAME}`;
  const url = absoluteLink(links.baseUrl, input.href, links.listPath);
  const body = input.body.trim();
  const foot = footer(links);
  const text = [
    greeting(input.name),
    "",
    c.immediateIntro,
    "",
    title,
    ...(body ? [body] : []),
    "",
    `${c.open} : ${url}`,
    "",
    ...foot.text,
    "",
    `— ${SITE_NAME}`,
  ].join("\n");
  return {
    subject,
    text,
    html: html(subject, [
      `<p>${escapeHtml(greeting(input.name))}</p>`,
      `<p>${escapeHtml(c.immediateIntro)}</p>`,
      `<p><strong>${escapeHtml(title)}</strong>${body ? `<br>${escapeHtml(body)}` : ""}</p>`,
      `<p><a href="${escapeHtml(url)}" style="color: #000091; font-weight: bold;">${escapeHtml(c.open)}</a></p>`,
      foot.html,
    ]),
  };
}

/** The daily digest of one user: every item with its absolute link, then the preferences link. */
export function digestEmail(digest: Pick<Digest, "name" | "items">, links: MailLinks): MailContent {
  const count = digest.items.length;
  const subject = c.digestSubject(count);
  const items = digest.items.map((item) => ({
    title: oneLine(item.title),
    body: oneLine(item.body, 300),
    url: absoluteLink(links.baseUrl, item.href, links.listPath),
  }));
  const list = absoluteLink(links.baseUrl, links.listPath, links.listPath);
  const foot = footer(links);
  const text = [
    greeting(digest.name),
    "",
    c.digestIntro(count),
    "",
    ...items.flatMap((item) => [`- ${item.title}`, ...(item.body ? [`  ${item.body}`] : []), `  ${item.url}`, ""]),
    `${c.seeAll} : ${list}`,
    "",
    ...foot.text,
    "",
    `— ${SITE_NAME}`,
  ].join("\n");
  return {
    subject,
    text,
    html: html(subject, [
      `<p>${escapeHtml(greeting(digest.name))}</p>`,
      `<p>${escapeHtml(c.digestIntro(count))}</p>`,
      `<ul>`,
      ...items.map((item) => `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>${item.body ? `<br>${escapeHtml(item.body)}` : ""}</li>`),
      `</ul>`,
      `<p><a href="${escapeHtml(list)}" style="color: #000091; font-weight: bold;">${escapeHtml(c.seeAll)}</a></p>`,
      foot.html,
    ]),
  };
}

/** Page count for a total, at least 1; a requested page is clamped into range. */
export function pageOf(requested: number, total: number, size = PAGE_SIZE): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Number.isFinite(requested) ? Math.trunc(requested) : 1), pages);
  return { page, pages };
}
