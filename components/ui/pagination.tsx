import Link from "next/link";
import { labels } from "@/lib/labels";
import { buildPageWindow, type PageInfo } from "@/lib/territories/territories";

const itemClasses = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 no-underline";

/** Numbered pages with previous/next links; renders nothing when everything fits on one page. */
export function Pagination({ pageInfo, hrefFor }: { pageInfo: PageInfo; hrefFor: (page: number) => string }) {
  const { pageCount } = pageInfo;
  if (pageCount <= 1) return null;
  const page = Math.min(Math.max(1, pageInfo.page), pageCount);

  return (
    <nav aria-label={labels.pagination.label} className="mt-6">
      <p className="mb-2 text-sm text-muted">{labels.pagination.position(page, pageCount)}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={`${itemClasses} border border-line hover:bg-odd17-light`}>
              <span aria-hidden="true">‹&nbsp;</span>
              {labels.pagination.previous}
            </Link>
          </li>
        )}
        {buildPageWindow(page, pageCount).map((item) =>
          item.type === "gap" ? (
            <li key={item.key} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item.page}>
              <Link
                href={hrefFor(item.page)}
                aria-label={labels.pagination.page(item.page)}
                aria-current={item.page === page ? "page" : undefined}
                className={`${itemClasses} ${item.page === page ? "bg-odd17 font-semibold text-white" : "border border-line hover:bg-odd17-light"}`}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={`${itemClasses} border border-line hover:bg-odd17-light`}>
              {labels.pagination.next}
              <span aria-hidden="true">&nbsp;›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
