import { isDemoRequested } from "@/lib/db/demo-mode";
import { labels } from "@/lib/labels";

/**
 * Said on every page of a site that holds the demonstration accounts (SEED_DEMO=true, or a
 * development server): their password is public, so nothing real belongs there. Read at render
 * time: the pages rendered at build time are rendered per request instead (see their
 * `dynamic` export), so that a demo started from a generic build says so everywhere.
 */
export function DemoBanner() {
  // NODE_ENV as the build wrote it ("production" under `next start`), SEED_DEMO as the server reads it.
  if (!isDemoRequested({ NODE_ENV: process.env.NODE_ENV, SEED_DEMO: process.env.SEED_DEMO })) return null;
  return (
    <aside aria-label={labels.demoBanner.label} className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-center text-sm text-ink">
      <p>
        <strong>{labels.demoBanner.title}</strong> — {labels.demoBanner.text}
      </p>
    </aside>
  );
}
