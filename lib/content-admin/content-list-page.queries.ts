import "server-only";
// What every back-office content list reads from its URL: its own filters, the « Attribué à »
// filter (lib/assignments), the page of rows, the territories of the filter and who follows each
// row. Each list brings its parser and its query; the checks are theirs (content.list).
import type { Principal } from "@/lib/auth/permissions";
import type { AssignableEntity } from "@/lib/assignments/assignments";
import { assigneesOf, loadListAssignments } from "@/lib/assignments/assignments.queries";
import type { PageInfo } from "@/lib/territories/territories";
import { listFilterTerritories } from "./content-admin.queries";

type Raw = Record<string, string | string[] | undefined>;
type IdCondition = { in: string[] } | { notIn: string[] } | undefined;

export async function loadContentListPage<Params, Row extends { id: string }>(
  principal: Principal,
  entity: AssignableEntity,
  raw: Raw,
  parse: (raw: Raw) => Params,
  list: (principal: Principal, params: Params, assigned: IdCondition) => Promise<{ items: Row[]; pageInfo: PageInfo }>,
) {
  const params = parse(raw);
  const assignment = await loadListAssignments(principal, entity, raw);
  const [result, territories] = await Promise.all([list(principal, params, assignment.condition), listFilterTerritories(principal)]);
  const assignees = await assigneesOf(
    principal,
    entity,
    result.items.map((item) => item.id),
  );
  return { params, assignment, result, territories, assignees };
}
