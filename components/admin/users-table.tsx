import { Badge } from "@/components/ui/badge";
import { formatDate, isoDateTime } from "@/lib/admin/format";
import { labels } from "@/lib/labels";
import type { UserListItem } from "@/lib/users/users.queries";
import { roleChangeRefusal, toggledRole } from "@/lib/users/users";
import { RoleForm } from "./role-form";

const t = labels.admin.users;
const cell = "border-b border-line px-3 py-2 align-top";

/**
 * The accounts table. `viewerId` and `canGrant` come from the page: with user.role.grant, each row
 * the rules allow (not the viewer's own, not an admin's) gets its role toggle.
 */
export function UsersTable({ users, viewerId, canGrant }: { users: UserListItem[]; viewerId: string; canGrant: boolean }) {
  return (
    // Focusable so that keyboard users can scroll the table sideways on a narrow screen.
    <div role="region" aria-labelledby="utilisateurs-legende" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left">
        <caption id="utilisateurs-legende" className="sr-only">
          {t.caption}
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className={cell}>
              {t.columns.name}
            </th>
            <th scope="col" className={cell}>
              {t.columns.email}
            </th>
            <th scope="col" className={cell}>
              {t.columns.role}
            </th>
            <th scope="col" className={cell}>
              {t.columns.confirmed}
            </th>
            <th scope="col" className={cell}>
              {t.columns.createdAt}
            </th>
            {canGrant ? (
              <th scope="col" className={cell}>
                {t.columns.actions}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const nextRole = canGrant && roleChangeRefusal(viewerId, user) === null ? toggledRole(user.platformRole) : null;
            return (
              <tr key={user.id}>
                <th scope="row" className={`${cell} font-semibold`}>
                  {user.name ?? <span className="font-normal text-muted">{t.noName}</span>}
                  {user.id === viewerId ? <span className="font-normal text-muted"> {t.you}</span> : null}
                </th>
                <td className={`${cell} whitespace-nowrap`}>{user.email}</td>
                <td className={cell}>
                  <Badge tone={user.platformRole === "USER" ? "neutral" : "brand"}>{labels.admin.roles[user.platformRole]}</Badge>
                </td>
                <td className={cell}>{user.emailVerified ? t.confirmed : t.notConfirmed}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <time dateTime={isoDateTime(user.createdAt)}>{formatDate(user.createdAt)}</time>
                </td>
                {canGrant ? <td className={cell}>{nextRole ? <RoleForm userId={user.id} email={user.email} role={nextRole} /> : null}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
