// How each field of a kit version reads in the back office (its labels, not its enum values): the
// version page lists them all, the comparison names what changed.
import type { ActorKind, AllianceMode, KitCategory, Theme } from "@/generated/prisma/enums";
import { directoryLabels } from "@/lib/copy/directories";
import { actorKindLabels, allianceModeNames } from "@/lib/copy/directory-lists";
import { kitsLabels } from "@/lib/copy/kits";
import type { KitVersionView } from "@/lib/kits/kits.admin.queries";
import type { ListField } from "@/lib/kits/kit-versions";

const t = kitsLabels.admin.versions;

export function listValueLabel(field: ListField, value: string): string {
  switch (field) {
    case "audiences":
      return actorKindLabels[value as ActorKind] ?? value;
    case "themes":
      return directoryLabels.themes[value as Theme] ?? value;
    case "modes":
      return allianceModeNames[value as AllianceMode] ?? value;
    case "maturityLevels":
      return kitsLabels.maturityLevel(Number(value));
    case "targets":
      return kitsLabels.target(value);
  }
}

export const categoryLabel = (value: string) => kitsLabels.categories[value as KitCategory]?.label ?? value;

const joined = (values: string[]) => (values.length > 0 ? values.join(", ") : t.none);

/** Every field but the body (shown below it), as a description list. */
export function VersionFields({ version }: { version: KitVersionView }) {
  const lists: ListField[] = ["audiences", "themes", "modes", "maturityLevels", "targets"];
  return (
    <section aria-labelledby="champs-version" className="mb-8">
      <h2 id="champs-version" className="text-xl font-bold">
        {t.fieldsHeading}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.fields.summary}</dt>
        <dd>{version.summary || t.none}</dd>
        <dt className="font-semibold">{t.fields.category}</dt>
        <dd>{categoryLabel(version.category)}</dd>
        {lists.map((field) => (
          <div key={field} className="contents">
            <dt className="font-semibold">{t.fields[field]}</dt>
            <dd>{joined(version[field].map((value) => listValueLabel(field, String(value))))}</dd>
          </div>
        ))}
        <dt className="font-semibold">{t.fields.links}</dt>
        <dd>{joined(version.links.map((link) => `${link.label} (${link.url})`))}</dd>
        <dt className="font-semibold">{t.fields.attachments}</dt>
        <dd>{joined(version.files.map((file) => file.fileName))}</dd>
      </dl>
    </section>
  );
}
