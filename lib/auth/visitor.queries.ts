import "server-only";
import { countUnreadMessages } from "@/lib/conversations/conversations.queries";
import { countUnread } from "@/lib/notifications/notifications.queries";
import { getVisitorUser } from "./session";
import { ANONYMOUS, type Visitor } from "./visitor";

/** The visitor asking: anonymous without a valid session, else their role and unread count (their own only). */
export async function getVisitor(): Promise<Visitor> {
  const user = await getVisitorUser();
  if (!user) return ANONYMOUS;
  const [unread, unreadMessages] = await Promise.all([countUnread(user.id), countUnreadMessages(user.id)]);
  return { signedIn: true, staff: user.platformRole !== "USER", unread, unreadMessages };
}
