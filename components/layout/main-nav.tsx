"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { siteLabels as labels } from "@/lib/copy/site";
import { paths } from "@/lib/paths";

const items = [
  { href: paths.territories(), label: labels.nav.territories },
  { href: paths.actors(), label: labels.nav.actors },
  { href: paths.alliances(), label: labels.nav.alliances },
  { href: paths.resources(), label: labels.nav.resources },
  { href: paths.sdg(17), label: labels.nav.sdg17 },
];

/** "page" on the entry of the current page, "true" on the entry of the section we are inside. */
function currentState(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}

function NavList({ pathname, className }: { pathname: string; className: string }) {
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = currentState(pathname, item.href);
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
  );
}

/**
 * The main navigation. Below the md breakpoint it folds into a <details> disclosure, which works
 * with the keyboard and without JavaScript; it is re-mounted on navigation so it closes.
 */
export function MainNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={labels.nav.label} className="shrink-0">
      <details key={pathname} className="md:hidden">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border-2 border-odd17 px-4 py-2 font-semibold text-odd17 [&::-webkit-details-marker]:hidden">
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
            <rect x="2" y="4" width="16" height="2" rx="1" />
            <rect x="2" y="9" width="16" height="2" rx="1" />
            <rect x="2" y="14" width="16" height="2" rx="1" />
          </svg>
          {labels.nav.menu}
        </summary>
        <NavList pathname={pathname} className="absolute inset-x-0 top-full z-20 flex flex-col gap-1 border-b border-line bg-white px-4 py-3 shadow-md" />
      </details>
      <NavList pathname={pathname} className="hidden items-center gap-1 md:flex" />
    </nav>
  );
}
