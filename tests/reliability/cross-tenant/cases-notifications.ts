// Notifications: one's own only. A notification of the organisation's member; nobody else —
// whatever their role in the organisation or on the platform — may read-mark or open it.
import { db } from "@/lib/db";
import { markRead, openNotification } from "@/lib/notifications/notifications.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/notifications/notifications.mutations.ts";

const memberNotification = (world: World) =>
  db.notification.create({
    data: { userId: world.people.member.id, kind: "general", title: `Notification ${world.token}`, href: "/espace" },
    select: { id: true },
  });

export const notificationCases = [
  defineCase({
    operation: "account.update",
    mutation: `${FILE}#markRead`,
    prepare: memberNotification,
    run: (principal, notification) => markRead(principal, notification.id),
    allowed: (caller) => caller === "member",
  }),
  defineCase({
    operation: "account.update",
    mutation: `${FILE}#openNotification`,
    prepare: memberNotification,
    run: (principal, notification) => openNotification(principal, notification.id),
    allowed: (caller) => caller === "member",
  }),
];
