import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDate, isoDateTime } from "@/lib/text/dates";
import { labels } from "@/lib/labels";
import type { UserListItem } from "@/lib/users/users.queries";
import { disableRefusal, roleChangeRefusal, toggledRole } from "@/lib/users/users";
import { AccountStatusForm } from "./account-status-form";
import { RoleForm } from "./role-form";

const t = labels.admin.users;

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
  const columns: DataColumn<UserListItem>[] = [
    {
      header: t.columns.name,
      rowHeader: true,
      cell: (user) => (
        <>
          {user.name ?? <span className="font-normal text-muted">{t.noName}</span>}
          {user.id === viewerId ? <span className="font-normal text-muted"> {t.you}</span> : null}
        </>
      ),
    },
    { header: t.columns.email, className: "whitespace-nowrap", cell: (user) => user.email },
    {
      header: t.columns.role,
      cell: (user) => <Badge tone={user.platformRole === "USER" ? "neutral" : "brand"}>{labels.admin.roles[user.platformRole]}</Badge>,
    },
    { header: t.columns.organisations, cell: (user) => <Organisations memberships={user.memberships} /> },
    { header: t.columns.account, cell: (user) => (user.disabledAt ? <Badge tone="neutral">{t.disabledOn(formatDate(user.disabledAt))}</Badge> : t.active) },
    { header: t.columns.confirmed, cell: (user) => (user.emailVerified ? t.confirmed : t.notConfirmed) },
    {
      header: t.columns.createdAt,
      className: "whitespace-nowrap",
      cell: (user) => <time dateTime={isoDateTime(user.createdAt)}>{formatDate(user.createdAt)}</time>,
    },
  ];
  if (canGrant || canDisable) {
    columns.push({
      header: t.columns.actions,
      cell: (user) => {
        const nextRole = canGrant && roleChangeRefusal(viewerId, user) === null ? toggledRole(user.platformRole) : null;
        const mayDisable = canDisable && disableRefusal(viewerId, user) === null;
        return (
          <div className="flex flex-col gap-2">
            {nextRole ? <RoleForm userId={user.id} email={user.email} role={nextRole} /> : null}
            {mayDisable ? <AccountStatusForm userId={user.id} email={user.email} disabled={user.disabledAt !== null} /> : null}
          </div>
        );
      },
    });
  }
  return <DataTable id="utilisateurs-legende" caption={t.caption} columns={columns} rows={users} rowKey={(user) => user.id} />;
}
