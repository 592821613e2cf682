// The e-mail of one follow's news (pure): the items with their links, « Gérer vos suivis », and
// the one-click unsubscribe of this follow, both in the text and as the List-Unsubscribe headers
// (RFC 2369 and RFC 8058) that mail clients show as their own « Se désabonner » button.
import { followsCopy } from "@/lib/copy/follows";
import { notificationsCopy, SITE_NAME } from "@/lib/copy/notifications";
import { escapeHtml } from "@/lib/mail/templates";
import { absoluteLink, oneLine } from "@/lib/notifications/notifications";
import { paths } from "@/lib/paths";

const c = followsCopy.mail;

export type FollowEmailInput = {
  name: string | null;
  label: string;
  unsubscribeToken: string;
  items: { title: string; href: string }[];
};

export type FollowEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

export function followEmail(input: FollowEmailInput, baseUrl: string): FollowEmail {
  const label = oneLine(input.label);
  const subject = `${c.subject(label, input.items.length)} — ${SITE_NAME}`;
  const items = input.items.map((item) => ({ title: oneLine(item.title), url: absoluteLink(baseUrl, item.href, paths.follows()) }));
  const manage = absoluteLink(baseUrl, paths.follows(), paths.follows());
  // The page (GET, with a button) for people; the headers' POST target is the API route, which
  // answers a mail client's one-click POST without a form or a session.
  const unsubscribePage = absoluteLink(baseUrl, paths.followUnsubscribe(input.unsubscribeToken), paths.follows());
  const unsubscribeApi = absoluteLink(baseUrl, paths.followUnsubscribeApi(input.unsubscribeToken), paths.follows());
  const greeting = notificationsCopy.mail.greeting(input.name ? oneLine(input.name, 60) : null);
  const text = [
    greeting,
    "",
    c.intro(label),
    "",
    ...items.flatMap((item) => [`- ${item.title}`, `  ${item.url}`, ""]),
    `${c.manage} ${manage}`,
    `${c.unsubscribe} ${unsubscribePage}`,
    "",
    `— ${SITE_NAME}`,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1e1e1e;">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(c.intro(label))}</p>`,
    `<ul>${items.map((item) => `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a></li>`).join("")}</ul>`,
    `<p style="font-size: 0.9em; color: #555;">${escapeHtml(c.manage)} <a href="${escapeHtml(manage)}">${escapeHtml(manage)}</a><br>`,
    `${escapeHtml(c.unsubscribe)} <a href="${escapeHtml(unsubscribePage)}">${escapeHtml(unsubscribePage)}</a></p>`,
    `<p>— ${escapeHtml(SITE_NAME)}</p>`,
    `</body></html>`,
  ].join("\n");
  return {
    subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${unsubscribeApi}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
