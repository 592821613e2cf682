import type { ReactNode } from "react";

// Each page says how it is rendered: per request (searches, the visitor's own data, pages without
// parameters that read the database, which building must not need) or cached for every visitor
// (profiles, territories, goals: see lib/cache/public-pages.ts).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
