// The icons and the web app manifest, declared in the root layout's metadata. Declaring `icons`
// there replaces the link Next writes for app/icon.svg by itself, so /icon.svg (still served from
// app/icon.svg, the logo's one source) is listed here with the files of public/ drawn from it by
// scripts/make-icons.ts. lib/site-icons.test.ts checks that each one exists.
import type { Metadata } from "next";

export const MANIFEST_PATH = "/site.webmanifest";

export const siteIcons = {
  icon: [
    { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
    { url: "/icon.svg", type: "image/svg+xml", sizes: "any" },
  ],
  apple: [{ url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" }],
} satisfies Metadata["icons"];
