import type { ReactNode } from "react";

// Public pages read the database at request time; building the app needs no database.
export const dynamic = "force-dynamic";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
