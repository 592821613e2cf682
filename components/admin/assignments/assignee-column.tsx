// The « Attribué à » column of a content list (any kind): who follows each row, or a dash.
import type { DataColumn } from "@/components/ui/data-table";
import type { AssigneeLabel } from "@/lib/assignments/assignments.queries";
import { assignmentsCopy } from "@/lib/copy/assignments";

export function assigneeColumn<Row extends { id: string }>(assignees: ReadonlyMap<string, AssigneeLabel>): DataColumn<Row> {
  return { header: assignmentsCopy.column, cell: (row) => assignees.get(row.id)?.label ?? assignmentsCopy.nobody };
}
