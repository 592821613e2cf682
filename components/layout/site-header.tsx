import Link from "next/link";
import { AccountNav } from "@/components/layout/account-nav";
import { MainNav } from "@/components/layout/main-nav";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export function SiteHeader() {
  return (
    <header className="relative border-b border-line bg-white">
      <AccountNav />
      <div className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-4">
        <div className="flex min-w-0 items-center gap-3">
          <span
            aria-hidden="true"
            className="hidden size-11 shrink-0 min-[400px]:flex items-center justify-center rounded-md bg-odd17 text-lg font-bold text-white"
          >
            17
          </span>
          <div className="min-w-0">
            <Link href={paths.home()} className="text-lg font-bold text-odd17-dark no-underline hover:underline sm:text-xl">
              {labels.site.name}
            </Link>
            <p className="hidden text-sm text-muted xl:block">{labels.site.tagline}</p>
          </div>
        </div>
        <MainNav />
      </div>
    </header>
  );
}
