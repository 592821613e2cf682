// « Suivi par l'équipe » on an item's back-office page (any kind): who follows it, since when, the
// note, and the form to assign it to a colleague. Its changes are in the item's history.
import type { AssignableEntity } from "@/lib/assignments/assignments";
import type { Colleague, ItemAssignment } from "@/lib/assignments/assignments.queries";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { AssignItemForm } from "./assign-item-form";

const t = assignmentsCopy.item;

export const colleagueOptions = (colleagues: Colleague[]) =>
  colleagues.map((colleague) => ({ id: colleague.id, label: colleague.name?.trim() ? `${colleague.name} (${colleague.email})` : colleague.email }));

export function AssignmentPanel({
  entity,
  id,
  title,
  assignment,
  colleagues,
}: {
  entity: AssignableEntity;
  id: string;
  title: string;
  assignment: ItemAssignment | null;
  colleagues: Colleague[];
}) {
  return (
    <section aria-labelledby="suivi-titre" className="my-8 rounded-lg border border-line p-4">
      <h2 id="suivi-titre" className="mb-4 text-xl font-bold">
        {t.heading}
      </h2>
      {assignment ? (
        <p className="mb-4">
          <strong>{t.assignedTo(assignment.assignee.label)}</strong> {t.since}{" "}
          <time dateTime={isoDateTime(assignment.assignedAt)}>{formatDate(assignment.assignedAt)}</time>
          {assignment.assignedBy ? ` ${t.by(assignment.assignedBy)}` : null}
          {assignment.note ? (
            <>
              <br />
              {`${t.note} : ${assignment.note}`}
            </>
          ) : null}
        </p>
      ) : (
        <p className="mb-4">{t.nobody}</p>
      )}
      <AssignItemForm entity={entity} id={id} title={title} colleagues={colleagueOptions(colleagues)} assigneeId={assignment?.assignee.id ?? null} />
    </section>
  );
}
