// Where a visitor may be sent after signing in (callbackUrl, the path asked before the sign-in
// page): only a path of this site. The value is parsed as a URL against a placeholder origin,
// as a browser would parse it (tabs and newlines dropped, backslashes read as slashes,
// percent-encoding kept), and kept only when it stays on that origin; the answer is rebuilt from
// the parsed parts, so what the browser later follows is exactly what was checked.
const PLACEHOLDER = "https://odd17.invalid";

export function safeRedirectPath(value: string | null | undefined): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return undefined;
  // Only a path: not a scheme, not scheme-relative, nothing a browser would strip or rewrite.
  if (!value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER);
  } catch {
    return undefined;
  }
  if (url.origin !== PLACEHOLDER) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example", which a browser reads as another host.
  if (path.startsWith("//")) return undefined;
  return path;
}
