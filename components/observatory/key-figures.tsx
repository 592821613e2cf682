import { observatoryCopy } from "@/lib/copy/admin-observatory";
import { formatNumber } from "@/lib/labels";
import type { Observatory } from "@/lib/observatory/observatory.queries";

const t = observatoryCopy.figures;

/** Key numbers as a description list: the label is the term, the number its description. */
export function KeyFigures({ data }: { data: Observatory }) {
  const { figures } = data;
  const items = [
    { key: "acteurs", value: formatNumber(figures.actors), label: t.actors(figures.actors) },
    { key: "alliances", value: formatNumber(figures.alliances), label: t.alliances(figures.alliances) },
    { key: "diagnostics", value: formatNumber(figures.diagnostics), label: t.diagnostics(figures.diagnostics) },
    { key: "kits", value: formatNumber(figures.kits), label: t.kits(figures.kits) },
    { key: "comptes", value: formatNumber(figures.users), label: t.users(figures.users) },
    { key: "note-kits", value: t.average(data.kitRatings.average), label: `${t.kitRating} (${t.ratingCount(data.kitRatings.total)})` },
    {
      key: "note-diagnostics",
      value: t.average(data.diagnosticRatings.average),
      label: `${t.diagnosticRating} (${t.ratingCount(data.diagnosticRatings.total)})`,
    },
  ];
  return (
    <section aria-labelledby="chiffres-cles" className="mb-10">
      <h2 id="chiffres-cles" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      <dl className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <div key={item.key} className="flex flex-col-reverse rounded-lg border border-line bg-white p-4">
            <dt className="text-muted">{item.label}</dt>
            <dd className="text-3xl font-bold text-odd17">{item.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">{t.nationalNote}</p>
    </section>
  );
}
