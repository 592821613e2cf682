import "server-only";
import { db } from "@/lib/db";

/** Whether the account has a password (accounts created from an invitation link may not). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
