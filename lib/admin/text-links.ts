// Splits a plain-text body into text and http(s) links, so that a page can render the links as
// <a> elements without ever injecting HTML. Pure.

export type TextPart = { type: "text"; value: string } | { type: "link"; href: string; value: string };

// Stops at whitespace and at characters that cannot be part of a URL written in a sentence.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
// Sentence punctuation that usually follows a link rather than belongs to it.
const TRAILING = /[.,;:!?)\]}»…]+$/u;

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function splitTextLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const push = (value: string) => {
    if (!value) return;
    const previous = parts.at(-1);
    if (previous?.type === "text") previous.value += value;
    else parts.push({ type: "text", value });
  };
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    let raw = match[0];
    const trailing = raw.match(TRAILING)?.[0] ?? "";
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia-style links).
    const keepParen = trailing.startsWith(")") && (raw.match(/\(/g)?.length ?? 0) > (raw.slice(0, -trailing.length).match(/\)/g)?.length ?? 0);
    const cut = keepParen ? trailing.slice(1) : trailing;
    raw = cut ? raw.slice(0, -cut.length) : raw;
    push(text.slice(last, start));
    const href = safeHref(raw);
    if (href) parts.push({ type: "link", href, value: raw });
    else push(raw);
    last = start + raw.length;
  }
  push(text.slice(last));
  return parts;
}
