"use client";
// The back office's own navigation, beside (or, on small screens, above) its pages. Entries for
// later sections (moderation, kits…) go in `items` once their pages exist.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { adminQuestionnairesCopy } from "@/lib/copy/admin-questionnaires";
import { adminLabels } from "@/lib/copy/admin";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { kitsLabels } from "@/lib/copy/kits";
import { paths } from "@/lib/paths";

const t = adminLabels.nav;

const items: { href: string; label: string; exact?: boolean }[] = [
  { href: paths.admin(), label: t.dashboard, exact: true },
  { href: paths.adminModeration(), label: t.moderation },
  { href: paths.adminOrganisations(), label: adminContentCopy.nav.organisations },
  { href: paths.adminAlliances(), label: adminContentCopy.nav.alliances },
  { href: paths.adminNeedsOffers(), label: adminContentCopy.nav.needsOffers },
  { href: paths.adminDiagnostics(), label: adminContentCopy.nav.diagnostics },
  { href: paths.adminObservatory(), label: observatoryCopy.nav },
  { href: paths.adminKits(), label: kitsLabels.admin.title },
  { href: paths.adminQuestionnaires(), label: adminQuestionnairesCopy.navLabel },
  { href: paths.adminUsers(), label: t.users },
  { href: paths.adminProjectTerritories(), label: t.projectTerritories },
  { href: paths.adminOrganisationImport(), label: adminImportsCopy.navLabel },
  { href: paths.adminAuditLog(), label: t.auditLog },
  { href: paths.adminExports(), label: t.exports },
  { href: paths.adminJobs(), label: t.jobs },
];

function currentState(pathname: string, href: string, exact: boolean): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (!exact && pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}

export function AdminNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={t.label} className="mb-8 md:mb-0">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{adminLabels.section}</p>
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const current = currentState(pathname, item.href, item.exact ?? false);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current}
                className={`block rounded-md px-3 py-2 font-semibold no-underline hover:bg-odd17-light hover:underline ${
                  current ? "bg-odd17-light text-odd17-dark underline decoration-2 underline-offset-4" : "text-odd17"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
