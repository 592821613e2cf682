import { formatNumber } from "@/lib/labels";

/** Key numbers as a description list: the label is the term, the number its description. */
export function Figures({ items }: { items: { key: string; value: number; label: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.key} className="flex flex-col-reverse rounded-lg border border-line bg-white p-4">
          <dt className="text-muted">{item.label}</dt>
          <dd className="text-3xl font-bold text-odd17">{formatNumber(item.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
