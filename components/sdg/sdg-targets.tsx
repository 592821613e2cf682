import Link from "next/link";
import { allianceSearchHref } from "@/lib/alliances/alliances.schemas";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { groupTargets } from "@/lib/sdg/sdg";
import type { LinkedItem, TargetWithLinks } from "@/lib/sdg/sdg.queries";

/** The anchor of a target on its goal's page: "cible-17-17". */
export function targetAnchor(code: string): string {
  return `cible-${code.replace(/\./g, "-")}`;
}

function Linked({ heading, items, empty, href }: { heading: string; items: LinkedItem[]; empty: string; href: (slug: string) => string }) {
  return (
    <div>
      <p className="font-semibold">{heading}</p>
      {items.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {items.map((item) => (
            <li key={item.slug}>
              <Link href={href(item.slug)}>{item.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Targets by group and subgroup, each with the published alliances and kits tied to it. */
export function SdgTargets({ targets }: { targets: TargetWithLinks[] }) {
  const text = labels.directories.sdgPages;
  return (
    <div className="space-y-10">
      {groupTargets(targets).map((group) => (
        <section key={group.group ?? "sans-groupe"} aria-labelledby={`groupe-${group.group ?? "autres"}`}>
          {group.group ? (
            <h2 id={`groupe-${group.group}`} className="text-2xl font-bold">
              {text.groups[group.group as keyof typeof text.groups]}
            </h2>
          ) : null}
          {group.subgroups.map((subgroup) => (
            <div key={subgroup.subgroup ?? "aucun"} className="mt-4">
              {subgroup.subgroup ? <h3 className="text-xl font-bold">{subgroup.subgroup}</h3> : null}
              <ol className="mt-3 space-y-4">
                {subgroup.targets.map((target) => (
                  <li key={target.code} id={targetAnchor(target.code)} className="rounded-lg border border-line p-4">
                    <p>
                      <span className="font-bold">{text.target(target.code)}</span> : {target.text}
                    </p>
                    {target.verified ? null : <p className="mt-1 text-sm text-muted italic">{text.unverified}</p>}
                    <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
                      <Linked heading={text.alliances} items={target.alliances} empty={text.noAlliance} href={paths.alliance} />
                      <Linked heading={text.kits} items={target.kits} empty={text.noKit} href={paths.kit} />
                    </div>
                    {target.allianceCount > target.alliances.length ? (
                      <p className="mt-2 text-sm">
                        <Link href={allianceSearchHref({ targets: [target.code] })}>{text.seeAllAlliances(target.allianceCount)}</Link>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
