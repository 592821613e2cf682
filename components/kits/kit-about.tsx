import Link from "next/link";
import type { ReactNode } from "react";
import { targetAnchor } from "@/components/sdg/sdg-targets";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import type { PublishedKit } from "@/lib/kits/kit-page.queries";
import { kitSearchHref } from "@/lib/kits/kits.schemas";
import { paths } from "@/lib/paths";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-line py-3">
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

/** What describes the kit, each value a way into the catalogue or the SDG page. */
export function KitAbout({ kit }: { kit: PublishedKit }) {
  const t = kitsLabels.detail;
  const none = <span className="text-muted">{t.none}</span>;
  const inline = (items: { key: string; label: string; href: string }[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
      </ul>
    );
  return (
    <aside aria-labelledby="en-bref" className="rounded-lg border border-line bg-surface p-4 lg:self-start">
      <h2 id="en-bref" className="text-xl font-bold">
        {t.aboutHeading}
      </h2>
      <dl className="mt-2">
        <Row term={t.audiences}>
          {inline(kit.audiences.map((kind) => ({ key: kind, label: labels.organisations.kinds[kind], href: kitSearchHref({ audiences: [kind] }) })))}
        </Row>
        <Row term={t.levels}>
          {inline(
            kit.maturityLevels.map((level) => ({ key: String(level), label: kitsLabels.maturityLevel(level), href: kitSearchHref({ levels: [level] }) })),
          )}
        </Row>
        <Row term={t.themes}>
          {inline(kit.themes.map((theme) => ({ key: theme, label: labels.directories.themes[theme], href: kitSearchHref({ themes: [theme] }) })))}
        </Row>
        <Row term={t.modes}>{kit.modes.length === 0 ? none : kit.modes.map((mode) => labels.allianceModes[mode].label).join(", ")}</Row>
        <Row term={t.targets}>
          {kit.targets.length === 0 ? (
            none
          ) : (
            <ul className="space-y-1">
              {kit.targets.map((target) => (
                <li key={target.code}>
                  <Link href={`${paths.sdg(17)}#${targetAnchor(target.code)}`}>{kitsLabels.target(target.code)}</Link>
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
    </aside>
  );
}
