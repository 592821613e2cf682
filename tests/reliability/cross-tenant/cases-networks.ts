// Networks: link requests, decisions, ends and kit recommendations. The target organisation acts;
// the other organisation of the world is the other side of the link.
import { db } from "@/lib/db";
import { decideLink, endLink, recommendKit, requestLink } from "@/lib/networks/networks.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const FILE = "lib/networks/networks.mutations.ts";

/** A link between the two organisations of the world; `head` says which one heads it. */
async function link(world: World, head: "target" | "other", status: "PENDING" | "ACCEPTED") {
  const headId = head === "target" ? world.target.id : world.other.id;
  const teamId = head === "target" ? world.other.id : world.target.id;
  const row = await db.networkLink.create({
    data: { headId, teamId, status, requestedBy: "HEAD", decidedAt: status === "ACCEPTED" ? new Date() : null },
    select: { id: true },
  });
  if (status === "ACCEPTED") await db.actor.update({ where: { id: teamId }, data: { parentId: headId } });
  return row;
}

export const networkCases = [
  defineCase({
    operation: "network.manage",
    mutation: `${FILE}#requestLink`,
    prepare: async () => null,
    run: (principal, _prepared, world) => requestLink(principal, { actorId: world.target.id, otherId: world.other.id, as: "TEAM", message: "" }),
  }),
  defineCase({
    // The other organisation (as head) invited the target: the target's admins decide.
    operation: "network.manage",
    mutation: `${FILE}#decideLink`,
    prepare: (world) => link(world, "other", "PENDING"),
    run: (principal, row, world) => decideLink(principal, { actorId: world.target.id, linkId: (row as { id: string }).id, decision: "accept" }),
  }),
  defineCase({
    operation: "network.manage",
    mutation: `${FILE}#endLink`,
    prepare: (world) => link(world, "other", "ACCEPTED"),
    run: (principal, row, world) => endLink(principal, { actorId: world.target.id, linkId: (row as { id: string }).id }),
  }),
  defineCase({
    // The target heads the other organisation. `can` needs the accepted link in the scope, which
    // the world's scope does not carry: the head's admin (and platform admins) may recommend.
    operation: "network.recommend",
    mutation: `${FILE}#recommendKit`,
    prepare: async (world) => {
      await link(world, "target", "ACCEPTED");
      return db.kit.create({
        data: {
          title: `Kit ${world.token}`,
          slug: `kit-reseau-${world.token}`,
          searchKey: `kit ${world.token}`,
          category: "METHODE",
          status: "PUBLISHED",
          currentVersion: 1,
        },
        select: { id: true },
      });
    },
    run: (principal, kit, world) =>
      recommendKit(principal, { headId: world.target.id, teamId: world.other.id, kitId: (kit as { id: string }).id, message: "" }),
    allowed: (caller) => caller === "orgAdmin" || caller === "platformAdmin",
  }),
];
