import { kitsLabels } from "@/lib/copy/kits";
import type { RatingSummary } from "@/lib/kits/kit-page.queries";

/** The average usefulness: the number is written out, the stars are decoration. */
export function KitRating({ rating }: { rating: RatingSummary }) {
  const t = kitsLabels.detail;
  const rounded = Math.round(rating.average ?? 0);
  return (
    <section aria-labelledby="utilite" className="mt-12">
      <h2 id="utilite" className="text-2xl font-bold">
        {t.ratingHeading}
      </h2>
      {rating.average !== null ? (
        <p className="mt-3 flex flex-wrap items-baseline gap-x-3">
          <span aria-hidden="true" className="text-2xl tracking-widest text-odd17">
            {"★".repeat(rounded)}
            {"☆".repeat(5 - rounded)}
          </span>
          <span className="text-xl font-bold">{t.ratingAverage(rating.average)}</span>
          <span className="text-muted">{t.ratingCount(rating.count)}</span>
        </p>
      ) : (
        <p className="mt-3 text-muted">{t.ratingCount(0)}</p>
      )}
    </section>
  );
}
