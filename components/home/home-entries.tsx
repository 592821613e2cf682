import Link from "next/link";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const entries = [
  { href: paths.territories(), ...labels.home.entries.territories },
  { href: paths.actors(), ...labels.home.entries.actors },
  { href: paths.alliances(), ...labels.home.entries.alliances },
  { href: paths.resources(), ...labels.home.entries.resources },
  { href: paths.sdg(17), ...labels.home.entries.sdg17 },
];

/** The main sections of the site, as cards whose title is the link. */
export function HomeEntries() {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {entries.map((entry) => (
        <li key={entry.href} className="rounded-lg border border-line bg-white p-5 hover:border-odd17">
          <h3 className="text-lg font-bold">
            <Link href={entry.href}>{entry.title}</Link>
          </h3>
          <p className="mt-1 text-muted">{entry.text}</p>
        </li>
      ))}
    </ul>
  );
}
