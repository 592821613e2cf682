// Route: /sitemap.xml, the index of the split sitemaps (app/sitemap.ts serves /sitemap/<id>.xml).
import { appBaseUrl } from "@/lib/http/base-url";
import { sitemapIndexXml, sitemapUrl } from "@/lib/directory/sitemap-index";
import { usedSitemapIds } from "@/lib/directory/sitemap.queries";

// Read from the database at request time; the build has none.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const [base, ids] = await Promise.all([appBaseUrl(), usedSitemapIds()]);
  return new Response(sitemapIndexXml(ids.map((id) => sitemapUrl(base, id))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
