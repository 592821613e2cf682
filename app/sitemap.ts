import type { MetadataRoute } from "next";
import { appBaseUrl } from "@/lib/http/base-url";
import { allSitemapIds, sitemapEntries } from "@/lib/directory/sitemap.queries";

// Read from the database at request time; the build has no database.
export const dynamic = "force-dynamic";

/** /sitemap/pages.xml, /sitemap/territoires.xml, /sitemap/communes.xml, /sitemap/acteurs-0.xml… */
export async function generateSitemaps() {
  return allSitemapIds().map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const [base, entries] = await Promise.all([appBaseUrl(), id.then(sitemapEntries)]);
  return entries.map((entry) => ({ url: `${base}${entry.path}`, lastModified: entry.lastModified, priority: entry.priority }));
}
