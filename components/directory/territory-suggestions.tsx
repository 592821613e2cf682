import Link from "next/link";
import { labels } from "@/lib/labels";

export interface SuggestionLink {
  key: string;
  name: string;
  kindLabel: string;
  context: string;
  href: string;
}

/**
 * The no-JavaScript path of the territory field: after a search with a typed place, the
 * territories it may mean, each a link to the same search filtered on it.
 */
export function TerritorySuggestions({ place, items }: { place: string; items: SuggestionLink[] }) {
  const text = labels.directories.search.territory;
  return (
    <section aria-labelledby="suggestions-territoires" className="mt-4 rounded-lg border border-odd17 bg-odd17-light/40 p-4">
      <h2 id="suggestions-territoires" className="text-lg font-bold">
        {text.suggestionsHeading(place)}
      </h2>
      {items.length === 0 ? (
        <p className="mt-1">{text.noSuggestion(place)}</p>
      ) : (
        <>
          <p className="mt-1 text-muted">{text.suggestionsIntro}</p>
          <ul className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
            {items.map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="font-semibold">
                  {item.name}
                </Link>{" "}
                <span className="text-muted">
                  ({item.kindLabel}
                  {item.context ? `, ${item.context}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
