import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ServerVisitorSync } from "@/components/layout/visitor-sync";
import { requireRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The back office: staff and admins only (each page and action checks its own permission too). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole("STAFF");
  return (
    <>
      <ServerVisitorSync />
      <div className="md:grid md:grid-cols-[12rem_minmax(0,1fr)] md:gap-10">
        <AdminNav />
        <div className="min-w-0">{children}</div>
      </div>
    </>
  );
}
