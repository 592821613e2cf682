// Follows: one's own only. A follow of the organisation's member; nobody else — whatever their
// role in the organisation or on the platform — may change its rhythm or stop it.
import { db } from "@/lib/db";
import { setFollowRhythm, stopFollow } from "@/lib/follows/follows.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/follows/follows.mutations.ts";

const memberFollow = (world: World) =>
  db.follow.create({
    data: {
      userId: world.people.member.id,
      kind: "ACTOR",
      actorId: world.target.id,
      label: `Organisation : ${world.token}`,
      href: "/acteurs",
      key: `actor|${world.target.id}`,
      unsubscribeToken: `jeton-de-suivi-${world.token}`,
    },
    select: { id: true },
  });

export const followCases = [
  defineCase({
    operation: "follow.manage",
    mutation: `${FILE}#setFollowRhythm`,
    prepare: memberFollow,
    run: (principal, follow) => setFollowRhythm(principal, { id: follow.id, rhythm: "NEVER" }),
    allowed: (caller) => caller === "member",
  }),
  defineCase({
    operation: "follow.manage",
    mutation: `${FILE}#stopFollow`,
    prepare: memberFollow,
    run: (principal, follow) => stopFollow(principal, follow.id),
    allowed: (caller) => caller === "member",
  }),
];
