/** Key facts at the top of a page (a territory, an alliance): each a term over its value. */
export function Facts({ items, className = "" }: { items: { term: string; value: string }[]; className?: string }) {
  return (
    <dl className={`grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-4 ${className}`.trim()}>
      {items.map((fact) => (
        <div key={fact.term} className="rounded-lg border border-line bg-surface p-4">
          <dt className="text-sm text-muted">{fact.term}</dt>
          <dd className="font-semibold">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
