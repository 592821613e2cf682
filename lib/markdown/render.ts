// Markdown → HTML for kit bodies (public pages and the back-office preview). The output goes into
// the page with dangerouslySetInnerHTML, so everything that could execute is refused here, at the
// one place where HTML is produced: raw HTML is escaped (html: false), and links and images keep
// only the schemes listed below. Staff write these bodies, but an account can be stolen: the
// renderer does not trust its author.
import MarkdownIt, { type MarkdownIt as Renderer, type Token } from "markdown-it";

/** Absolute URLs must use one of these; everything else (javascript:, data:, file:…) is refused. */
const ALLOWED_SCHEMES = ["http:", "https:", "mailto:"] as const;

/**
 * Links the renderer keeps: absolute http(s)/mailto URLs, paths of this site ("/ressources/…",
 * not "//host", which is another site) and anchors ("#section"). Relative paths such as
 * "page.html" are refused: a kit has no folder they could be relative to.
 */
export function isAllowedLink(url: string): boolean {
  // Browsers drop ASCII control characters and spaces inside a scheme ("java\tscript:"): so do we
  // before deciding, so that such a URL cannot pass as a relative one.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  if (compact.startsWith("#")) return true;
  if (compact.startsWith("/")) return !compact.startsWith("//") && !compact.startsWith("/\\");
  return ALLOWED_SCHEMES.some((scheme) => compact.startsWith(scheme));
}

/** True for http(s) URLs: they leave the site and get rel="noopener noreferrer". */
export function isExternalLink(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

/** Level by which every heading is lowered so that the highest one is an h2 (never below h6). */
export function headingShift(tokens: Token[]): number {
  const levels = tokens.filter((token) => token.type === "heading_open").map((token) => Number(token.tag.slice(1)));
  if (levels.length === 0) return 0;
  return Math.max(0, 2 - Math.min(...levels));
}

function createRenderer(): Renderer {
  // typographer stays off: it would turn French « » and apostrophes into other characters.
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  const defaultValidate = md.validateLink.bind(md);
  // Both checks: markdown-it's own (it knows the CommonMark corner cases) and the allow-list.
  md.validateLink = (url: string) => defaultValidate(url) && isAllowedLink(url);

  // The page has the h1 (the kit's title): shift the body's headings below it.
  md.core.ruler.push("shift_headings", (state) => {
    const shift = headingShift(state.tokens);
    if (shift === 0) return;
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
      }
    }
  });

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet("href") ?? "");
    if (isExternalLink(href)) tokens[idx].attrSet("rel", "noopener noreferrer");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };

  // The site's CSP only loads images from itself (img-src 'self'); an image from elsewhere would
  // show as broken, so it becomes a link to it, named by its description.
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token.attrGet("src") ?? "");
    if (src.startsWith("/") && !src.startsWith("//")) {
      token.attrSet("loading", "lazy");
      return defaultImage(tokens, idx, options, env, self);
    }
    const text = md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env) || src);
    if (!isAllowedLink(src)) return text;
    const rel = isExternalLink(src) ? ' rel="noopener noreferrer"' : "";
    return `<a href="${md.utils.escapeHtml(src)}"${rel}>${text}</a>`;
  };
  return md;
}

const renderer = createRenderer();

/** The HTML of a kit body: safe to insert as is (no raw HTML, no script URL, no h1). */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}
