import type { MetadataRoute } from "next";
import { appBaseUrl } from "@/lib/http/base-url";
import { paths } from "@/lib/paths";

export const dynamic = "force-dynamic";

/**
 * Private areas and the API's answers stay out of search engines (`/api/`, not the `/api`
 * documentation page); the sitemaps list everything public, through their index (/sitemap.xml).
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await appBaseUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: [paths.workspace(), paths.admin(), "/dev", "/api/"] },
    sitemap: `${base}/sitemap.xml`,
  };
}
