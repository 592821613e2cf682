// The sitemaps in the sitemaps.org format: the index (/sitemap.xml) and each split sitemap
// (/sitemap/<id>.xml), written by route handlers (app/sitemap.xml, app/sitemap/[file]).
const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export function sitemapIndexXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <sitemap>\n    <loc>${escapeXml(url)}</loc>\n  </sitemap>\n`).join("");
  return `${XML_HEAD}<sitemapindex xmlns="${NAMESPACE}">\n${entries}</sitemapindex>\n`;
}

export type SitemapUrl = { url: string; lastModified?: Date; priority?: number };

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const entries = urls
    .map((entry) => {
      const lastmod = entry.lastModified ? `\n    <lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
      const priority = entry.priority === undefined ? "" : `\n    <priority>${entry.priority.toFixed(1)}</priority>`;
      return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>${lastmod}${priority}\n  </url>\n`;
    })
    .join("");
  return `${XML_HEAD}<urlset xmlns="${NAMESPACE}">\n${entries}</urlset>\n`;
}

/** The address of one split sitemap. */
export const sitemapUrl = (base: string, id: string) => `${base}/sitemap/${id}.xml`;
