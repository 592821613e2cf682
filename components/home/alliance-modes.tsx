import type { AllianceMode } from "@/generated/prisma/client";
import { labels } from "@/lib/labels";

const modes = Object.entries(labels.allianceModes) as [AllianceMode, { label: string; text: string }][];

/** Le RAMEAU's four modes of alliance. */
export function AllianceModes() {
  return (
    <ol className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {modes.map(([mode, { label, text }], index) => (
        <li key={mode} className="rounded-lg border-l-4 border-odd17 bg-surface p-5">
          <h3 className="text-lg font-bold">
            <span aria-hidden="true" className="mr-2 text-odd17">
              {index + 1}.
            </span>
            {label}
          </h3>
          <p className="mt-1">{text}</p>
        </li>
      ))}
    </ol>
  );
}
