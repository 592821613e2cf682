import Link from "next/link";
import { openDataLabels } from "@/lib/copy/open-data";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export function SiteFooter() {
  return (
    <footer className="on-dark mt-16 bg-odd17-dark text-white">
      <div className="mx-auto w-full max-w-6xl px-4 py-10">
        <p className="text-lg font-bold">{labels.site.name}</p>
        <p className="mt-1 max-w-2xl text-white/90">{labels.site.tagline}</p>
        <nav aria-label={labels.footer.label} className="mt-6">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={paths.legalNotice()} className="text-white">
                {labels.footer.legalNotice}
              </Link>
            </li>
            <li>
              <Link href={paths.accessibility()} className="text-white">
                {labels.footer.accessibility}
              </Link>
            </li>
            <li>
              <Link href={paths.openData()} className="text-white">
                {openDataLabels.footer.datasets}
              </Link>
            </li>
            <li>
              <Link href={paths.apiDocs()} className="text-white">
                {openDataLabels.footer.api}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="mt-6 border-t border-white/30 pt-4 text-sm text-white/90">
          <p>{labels.footer.dataLicence}</p>
          <p>{labels.footer.codeLicence}</p>
        </div>
      </div>
    </footer>
  );
}
