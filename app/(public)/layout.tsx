import type { ReactNode } from "react";

// Each page says how it is rendered: cached for every visitor (see lib/cache/public-pages.ts and
// the routes of lib/cache/cached-routes.ts) or per request (a signed-in reader's own kit page or
// learning path, sign-in and sign-up).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
