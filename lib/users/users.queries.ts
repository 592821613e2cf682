import "server-only";
// Reads of the back-office users pages. Authorization lives here too, not only in the layout: a
// page or a future API route that forgets requireRole still gets nothing for a plain user.
import type { MembershipRole, PlatformRole, Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { toSearchKey } from "@/lib/text/search-key";
import { buildPageInfo, type PageInfo } from "@/lib/territories/territories";

export const USERS_PAGE_SIZE = 25;

/** One row of the users table: never the password hash nor anything else the table does not show. */
export type UserListItem = {
  id: string;
  name: string | null;
  email: string;
  platformRole: PlatformRole;
  emailVerified: Date | null;
  createdAt: Date;
  /** Set when an admin has disabled the account. */
  disabledAt: Date | null;
  /** The organisations the account belongs to, by name, with its role in each. */
  memberships: { role: MembershipRole; actor: { id: string; name: string } }[];
};

export type UserListPage = { items: UserListItem[]; pageInfo: PageInfo };

const listSelect = {
  id: true,
  name: true,
  email: true,
  platformRole: true,
  emailVerified: true,
  createdAt: true,
  disabledAt: true,
  memberships: { select: { role: true, actor: { select: { id: true, name: true } } }, orderBy: { actor: { name: "asc" } } },
} satisfies Prisma.UserSelect;

/**
 * Also the users export's filter (lib/exports), so that the CSV holds what the page lists. The
 * search runs on searchKey (name and e-mail without accents nor capitals, kept by a database
 * trigger, trigram index): « edouard » finds « Édouard », « ADMIN@demo » finds admin@demo….
 */
export function userSearchWhere(q: string): Prisma.UserWhereInput | undefined {
  const key = toSearchKey(q);
  if (!key) return undefined;
  return { searchKey: { contains: key } };
}

/** Accounts matching `q` (part of the name or e-mail, any case), newest first, 25 a page. */
export async function listUsers(principal: Principal, input: { q?: string; page?: number; pageSize?: number } = {}): Promise<UserListPage> {
  assertCan(principal, "user.read");
  const pageSize = input.pageSize ?? USERS_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(input.page ?? 1) || 1);
  const where = userSearchWhere(input.q ?? "");
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.user.count({ where }),
  ]);
  return { items, pageInfo: buildPageInfo(page, pageSize, total) };
}
