import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { labels } from "@/lib/labels";
import type { MemberRow } from "@/lib/organisations/organisations.queries";
import { MemberRemoveForm, MemberRoleForm } from "./member-forms";

const t = labels.organisations.members;

/**
 * The members of an organisation. With `canManage` (the page asked `can` for membership.update),
 * each row gets the role form, and every row but the viewer's own a "remove" button: leaving is
 * the viewer's own form below the table.
 */
export function MemberTable({ actorId, members, viewerId, canManage }: { actorId: string; members: MemberRow[]; viewerId: string; canManage: boolean }) {
  const columns: DataColumn<MemberRow>[] = [
    {
      header: t.name,
      rowHeader: true,
      cell: (member) => (
        <>
          {member.name ?? <span className="font-normal text-muted">{t.noName}</span>}
          {member.userId === viewerId ? <span className="font-normal text-muted"> {t.you}</span> : null}
        </>
      ),
    },
    { header: t.email, className: "break-all", cell: (member) => member.email },
    { header: t.role, cell: (member) => <Badge tone={member.role === "ADMIN" ? "brand" : "neutral"}>{labels.organisations.roles[member.role]}</Badge> },
    { header: t.since, className: "whitespace-nowrap", cell: (member) => labels.organisations.formatDate(member.since) },
  ];
  if (canManage) {
    columns.push({
      header: t.actions,
      cell: (member) => {
        const name = member.name ?? member.email;
        return (
          <div className="flex flex-wrap items-start gap-3">
            <MemberRoleForm actorId={actorId} userId={member.userId} name={name} role={member.role} />
            {member.userId === viewerId ? null : <MemberRemoveForm actorId={actorId} userId={member.userId} name={name} />}
          </div>
        );
      },
    });
  }
  return <DataTable id="membres-legende" caption={t.tableCaption} columns={columns} rows={members} rowKey={(member) => member.userId} />;
}
