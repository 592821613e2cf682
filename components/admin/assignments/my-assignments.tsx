// « Mes contenus attribués » on the /admin dashboard: how many items of each list the viewer
// follows, each a link to that list filtered on « Attribués à moi ».
import Link from "next/link";
import { ASSIGNABLE, ASSIGNEE_ME, ASSIGNEE_PARAM, type AssignableEntity } from "@/lib/assignments/assignments";
import { assignmentsCopy } from "@/lib/copy/assignments";

const t = assignmentsCopy.dashboard;

export function MyAssignments({ counts }: { counts: { entity: AssignableEntity; count: number }[] }) {
  return (
    <section aria-labelledby="mes-contenus" className="mb-10">
      <h2 id="mes-contenus" className="mb-4 text-2xl font-bold">
        {t.heading}
      </h2>
      {counts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="mb-2">{t.intro}</p>
          <ul className="list-disc pl-6">
            {counts.map(({ entity, count }) => (
              <li key={entity}>
                <Link href={ASSIGNABLE[entity].list({ [ASSIGNEE_PARAM]: ASSIGNEE_ME })}>{t.link(count, entity)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
