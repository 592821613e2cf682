// Route: /sitemap/<id>.xml, one split sitemap (pages, territoires, communes, ressources,
// acteurs-N, alliances-N), listed by the index at /sitemap.xml. Route handlers rather than
// Next's sitemap.ts: with generateSitemaps, Next serves no index and lets no route take /sitemap.xml.
import { appBaseUrl } from "@/lib/http/base-url";
import { sitemapXml } from "@/lib/directory/sitemap-index";
import { allSitemapIds, sitemapEntries } from "@/lib/directory/sitemap.queries";

// Read from the database at request time; the build has none.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const id = file.endsWith(".xml") ? file.slice(0, -".xml".length) : null;
  if (!id || !allSitemapIds().includes(id))
    return new Response("Plan du site introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [base, entries] = await Promise.all([appBaseUrl(), sitemapEntries(id)]);
  return new Response(sitemapXml(entries.map((entry) => ({ ...entry, url: `${base}${entry.path}` }))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
