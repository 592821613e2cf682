// Metadata shared by the public directory pages: canonical address and OpenGraph basics.
import "server-only";
import type { Metadata } from "next";
import { siteUrl } from "@/lib/http/base-url";
import { labels } from "@/lib/labels";

/**
 * Title, description, canonical URL and OpenGraph of a page. Filtered searches are not indexed
 * (their combinations are endless) but their links are still followed. The address is APP_URL's,
 * never the request's host: public pages are cached for every visitor, and a Host header is
 * whatever the client sent.
 */
export function pageMetadata(input: { title: string; description: string; path: string; type?: "website" | "article"; index?: boolean }): Metadata {
  const url = `${siteUrl()}${input.path}`;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: url },
    robots: input.index === false ? { index: false, follow: true } : undefined,
    openGraph: {
      title: input.title,
      description: input.description,
      url,
      siteName: labels.site.name,
      locale: "fr_FR",
      type: input.type ?? "website",
    },
  };
}
