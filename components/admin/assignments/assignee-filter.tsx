// The « Attribué à » filter of a content list's GET form: everyone, me, nobody, or a colleague.
import { ASSIGNEE_ME, ASSIGNEE_NOBODY, ASSIGNEE_PARAM, assigneeParamValue, type AssigneeFilter as Filter } from "@/lib/assignments/assignments";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { fieldClasses } from "@/components/admin/content/content-filters";
import type { ColleagueOption } from "./assign-fields";

const t = assignmentsCopy.filter;

export function AssigneeFilter({ value, colleagues, viewerId }: { value: Filter | null; colleagues: ColleagueOption[]; viewerId: string }) {
  return (
    <div>
      <label htmlFor="filtre-attribue" className="block font-semibold">
        {t.label}
      </label>
      <select id="filtre-attribue" name={ASSIGNEE_PARAM} defaultValue={assigneeParamValue(value) ?? ""} className={fieldClasses}>
        <option value="">{t.any}</option>
        <option value={ASSIGNEE_ME}>{t.me}</option>
        <option value={ASSIGNEE_NOBODY}>{t.nobody}</option>
        <optgroup label={t.colleagues}>
          {colleagues
            .filter((colleague) => colleague.id !== viewerId)
            .map((colleague) => (
              <option key={colleague.id} value={colleague.id}>
                {colleague.label}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}
