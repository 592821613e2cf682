"use client";

import { siteLabels as labels } from "@/lib/copy/site";
import { paths } from "@/lib/paths";

// Replaces the root layout when it fails: no global stylesheet here, so the few styles are inline.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#1e1e1e", lineHeight: 1.6 }}>
        <title>{`${labels.errors.genericTitle} — ${labels.site.name}`}</title>
        <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "3rem 1rem" }}>
          <p style={{ fontWeight: 700, color: "#19486a" }}>{labels.site.name}</p>
          <h1 style={{ color: "#0f3350" }}>{labels.errors.genericHeading}</h1>
          <p>{labels.errors.genericText}</p>
          <p style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "center" }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{ background: "#19486a", color: "#fff", border: 0, borderRadius: 6, padding: "0.6rem 1.2rem", font: "inherit", fontWeight: 600 }}
            >
              {labels.errors.retry}
            </button>
            {/* A full page load: the app's router may be what failed. */}
            <a href={paths.home()} style={{ color: "#19486a" }}>
              {labels.errors.backHome}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
