import type { ReactNode } from "react";
import { ServerVisitorSync } from "@/components/layout/visitor-sync";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** The workspace: signed-in users only (each page and action checks its own permissions too). */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return (
    <>
      <ServerVisitorSync />
      {children}
    </>
  );
}
