import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/layout/demo-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { VisitorProvider } from "@/components/layout/visitor-context";
import { siteUrl } from "@/lib/http/base-url";
import { labels } from "@/lib/labels";
import { anchors } from "@/lib/paths";
import { MANIFEST_PATH, siteIcons } from "@/lib/site-icons";
import "./globals.css";

// Read per render, not at import: canonical and OpenGraph addresses are written against APP_URL
// (lib/directory/seo.ts), never against the request's host.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: labels.site.name, template: `%s — ${labels.site.name}` },
    description: labels.site.description,
    applicationName: labels.site.name,
    icons: siteIcons,
    manifest: MANIFEST_PATH,
  };
}

export const viewport: Viewport = {
  themeColor: "#19486a",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <VisitorProvider>
          <SkipLink />
          <DemoBanner />
          <SiteHeader />
          <main id={anchors.content} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none md:py-12">
            {children}
          </main>
          <SiteFooter />
        </VisitorProvider>
      </body>
    </html>
  );
}
