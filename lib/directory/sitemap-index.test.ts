import { describe, expect, it } from "vitest";
import { sitemapIndexXml, sitemapUrl, sitemapXml } from "./sitemap-index";

describe("sitemaps", () => {
  it("lists each split sitemap in a sitemapindex, addresses escaped", () => {
    const xml = sitemapIndexXml([sitemapUrl("https://odd17.fr", "pages"), "https://odd17.fr/sitemap/a&b.xml"]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(xml).toContain("<loc>https://odd17.fr/sitemap/pages.xml</loc>");
    expect(xml).toContain("<loc>https://odd17.fr/sitemap/a&amp;b.xml</loc>");
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
    expect(xml.trimEnd().endsWith("</sitemapindex>")).toBe(true);
  });

  it("writes a urlset with the date each page last changed and its priority, when known", () => {
    const xml = sitemapXml([
      { url: "https://odd17.fr/ressources/kit-a", lastModified: new Date("2026-12-01T10:00:00Z"), priority: 0.7 },
      { url: "https://odd17.fr/odd?x=1&y=2" },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      "  <url>\n    <loc>https://odd17.fr/ressources/kit-a</loc>\n    <lastmod>2026-12-01T10:00:00.000Z</lastmod>\n    <priority>0.7</priority>\n  </url>",
    );
    expect(xml).toContain("  <url>\n    <loc>https://odd17.fr/odd?x=1&amp;y=2</loc>\n  </url>");
    expect(xml.trimEnd().endsWith("</urlset>")).toBe(true);
  });
});
