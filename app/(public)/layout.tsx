import type { ReactNode } from "react";

// Each page says how it is rendered: cached for every visitor (the home page, profiles,
// territories, goals and directory searches: see lib/cache/public-pages.ts) or per request (the
// visitor's own data, and pages without parameters that read the database, which building must
// not need).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
