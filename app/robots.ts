import type { MetadataRoute } from "next";
import { appBaseUrl } from "@/lib/http/base-url";
import { usedSitemapIds } from "@/lib/directory/sitemap.queries";
import { paths } from "@/lib/paths";

export const dynamic = "force-dynamic";

/**
 * Private areas and the API's answers stay out of search engines (`/api/`, not the `/api`
 * documentation page); the sitemaps list everything public.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const [base, ids] = await Promise.all([appBaseUrl(), usedSitemapIds()]);
  return {
    rules: { userAgent: "*", allow: "/", disallow: [paths.workspace(), paths.admin(), "/dev", "/api/"] },
    sitemap: ids.map((id) => `${base}/sitemap/${id}.xml`),
  };
}
