import Link from "next/link";
import { kitsLabels } from "@/lib/copy/kits";
import { paths as urls } from "@/lib/paths";

/** The learning paths, below the catalogue. */
export function LearningPathList({ paths }: { paths: { slug: string; title: string; description: string; stepCount: number }[] }) {
  if (paths.length === 0) return null;
  const t = kitsLabels.list;
  return (
    <section aria-labelledby="parcours" className="mt-12 border-t border-line pt-8">
      <h2 id="parcours" className="text-2xl font-bold">
        {t.pathsHeading}
      </h2>
      <p className="mt-2 text-muted">{t.pathsIntro}</p>
      <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
        {paths.map((path) => (
          <li key={path.slug} className="rounded-lg border border-line p-4">
            <h3 className="text-lg font-bold">
              <Link href={urls.learningPath(path.slug)}>{path.title}</Link>
            </h3>
            <p className="mt-1 text-sm font-semibold text-muted">{t.pathSteps(path.stepCount)}</p>
            {path.description ? <p className="mt-2">{path.description}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
