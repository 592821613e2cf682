import { Badge } from "@/components/ui/badge";
import { labels } from "@/lib/labels";
import type { MemberRow } from "@/lib/organisations/organisations.queries";
import { MemberRemoveForm, MemberRoleForm } from "./member-forms";

const t = labels.organisations.members;
const cell = "border-b border-line px-3 py-2 align-top";

/**
 * The members of an organisation. With `canManage` (the page asked `can` for membership.update),
 * each row gets the role form, and every row but the viewer's own a "remove" button: leaving is
 * the viewer's own form below the table.
 */
export function MemberTable({ actorId, members, viewerId, canManage }: { actorId: string; members: MemberRow[]; viewerId: string; canManage: boolean }) {
  return (
    <div role="region" aria-labelledby="membres-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id="membres-legende" className="sr-only">
          {t.tableCaption}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={cell}>
              {t.name}
            </th>
            <th scope="col" className={cell}>
              {t.email}
            </th>
            <th scope="col" className={cell}>
              {t.role}
            </th>
            <th scope="col" className={cell}>
              {t.since}
            </th>
            {canManage ? (
              <th scope="col" className={cell}>
                {t.actions}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const name = member.name ?? member.email;
            const isViewer = member.userId === viewerId;
            return (
              <tr key={member.userId}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {member.name ?? <span className="font-normal text-muted">{t.noName}</span>}
                  {isViewer ? <span className="font-normal text-muted"> {t.you}</span> : null}
                </th>
                <td className={`${cell} break-all`}>{member.email}</td>
                <td className={cell}>
                  <Badge tone={member.role === "ADMIN" ? "brand" : "neutral"}>{labels.organisations.roles[member.role]}</Badge>
                </td>
                <td className={`${cell} whitespace-nowrap`}>{labels.organisations.formatDate(member.since)}</td>
                {canManage ? (
                  <td className={cell}>
                    <div className="flex flex-wrap items-start gap-3">
                      <MemberRoleForm actorId={actorId} userId={member.userId} name={name} role={member.role} />
                      {isViewer ? null : <MemberRemoveForm actorId={actorId} userId={member.userId} name={name} />}
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
