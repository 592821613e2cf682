import "server-only";
import { db } from "@/lib/db";

/** Housekeeping: the send log keeps addresses and links; older entries serve no one. */
export async function deleteMailsBefore(cutoff: Date): Promise<number> {
  const { count } = await db.mailMessage.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
