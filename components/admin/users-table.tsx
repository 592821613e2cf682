import { Badge } from "@/components/ui/badge";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";
import type { UserListItem } from "@/lib/users/users.queries";
import { disableRefusal, roleChangeRefusal, toggledRole } from "@/lib/users/users";
import { AccountStatusForm } from "./account-status-form";
import { RoleForm } from "./role-form";

const t = labels.admin.users;
const cell = "border-b border-line px-3 py-2 align-top";

function Organisations({ memberships }: { memberships: UserListItem["memberships"] }) {
  if (memberships.length === 0) return <span className="text-muted">{t.noOrganisation}</span>;
  return (
    <ul className="space-y-1">
      {memberships.map((membership) => (
        <li key={membership.actor.id}>{t.membership(membership.actor.name, labels.organisations.roles[membership.role])}</li>
      ))}
    </ul>
  );
}

/**
 * The accounts table. `viewerId`, `canGrant` and `canDisable` come from the page: with
 * user.role.grant / user.disable, each row the rules allow (not the viewer's own, not an admin's)
 * gets its role toggle and its disable / re-enable button.
 */
export function UsersTable({ users, viewerId, canGrant, canDisable }: { users: UserListItem[]; viewerId: string; canGrant: boolean; canDisable: boolean }) {
  const hasActions = canGrant || canDisable;
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
              {t.columns.organisations}
            </th>
            <th scope="col" className={cell}>
              {t.columns.account}
            </th>
            <th scope="col" className={cell}>
              {t.columns.confirmed}
            </th>
            <th scope="col" className={cell}>
              {t.columns.createdAt}
            </th>
            {hasActions ? (
              <th scope="col" className={cell}>
                {t.columns.actions}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const nextRole = canGrant && roleChangeRefusal(viewerId, user) === null ? toggledRole(user.platformRole) : null;
            const mayDisable = canDisable && disableRefusal(viewerId, user) === null;
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
                <td className={cell}>
                  <Organisations memberships={user.memberships} />
                </td>
                <td className={cell}>
                  {user.disabledAt ? (
                    <Badge tone="neutral">{t.disabledOn(formatDate(user.disabledAt))}</Badge>
                  ) : (
                    t.active
                  )}
                </td>
                <td className={cell}>{user.emailVerified ? t.confirmed : t.notConfirmed}</td>
                <td className={`${cell} whitespace-nowrap`}>
                  <time dateTime={isoDateTime(user.createdAt)}>{formatDate(user.createdAt)}</time>
                </td>
                {hasActions ? (
                  <td className={cell}>
                    <div className="flex flex-col gap-2">
                      {nextRole ? <RoleForm userId={user.id} email={user.email} role={nextRole} /> : null}
                      {mayDisable ? <AccountStatusForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} /> : null}
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
