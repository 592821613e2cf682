import { kitsLabels } from "@/lib/copy/kits";
import { diffLines, diffStats } from "@/lib/kits/version-diff";

/**
 * Two versions' bodies line by line. Added and removed lines are told apart by a sign and a hidden
 * word as well as by colour, so that the difference does not rest on colour alone.
 */
export function VersionDiffView({ from, to }: { from: { number: number; title: string; body: string }; to: { number: number; title: string; body: string } }) {
  const t = kitsLabels.admin.versions;
  const lines = diffLines(from.body, to.body);
  const stats = diffStats(lines);
  return (
    <section aria-labelledby="differences" className="mt-8">
      <h2 id="differences" className="text-2xl font-bold">
        {t.diffHeading(from.number, to.number)}
      </h2>
      {from.title !== to.title ? <p className="mt-2 font-semibold">{t.titleChanged(from.title, to.title)}</p> : null}
      <p className="mt-2">{stats.added + stats.removed === 0 ? t.same : t.diffStats(stats.added, stats.removed)}</p>
      {lines.length > 0 ? (
        <ol className="mt-4 overflow-x-auto rounded-lg border border-line font-mono text-sm">
          {lines.map((line, index) => {
            const style = line.kind === "added" ? "bg-green-50 text-green-900" : line.kind === "removed" ? "bg-red-50 text-red-900" : "text-ink";
            const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
            const word = line.kind === "added" ? t.added : line.kind === "removed" ? t.removed : t.unchanged;
            return (
              <li key={index} className={`flex gap-3 px-3 whitespace-pre-wrap ${style}`}>
                <span aria-hidden="true" className="w-4 shrink-0 select-none">
                  {sign}
                </span>
                <span className="sr-only">{word} </span>
                <span className="min-w-0">{line.text || "\u00a0"}</span>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
