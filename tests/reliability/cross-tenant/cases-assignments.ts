// The kits list's bulk actions and « Attribuer à un collègue »: back-office rules that do not
// depend on the target organisation (`can` with the caller's platform role decides). An
// organisation's own admins may not assign it, nor pick who follows it.
import { assignItems } from "@/lib/assignments/assignments.mutations";
import { kitInputSchema } from "@/lib/kits/kit-form.schemas";
import { bulkArchiveKits, bulkPublishKits, bulkRestoreKits } from "@/lib/kits/kits.bulk.mutations";
import { archiveKit, createKit } from "@/lib/kits/kits.mutations";
import { defineCase } from "./matrix";
import type { World } from "./world";

const BULK = "lib/kits/kits.bulk.mutations.ts";

const draftKit = (world: World) =>
  createKit(
    world.people.staff.principal,
    kitInputSchema.parse({
      title: `Kit en lot ${world.token}`,
      summary: "Un kit d'essai.",
      category: "OUTIL",
      audiences: [],
      maturityLevels: [],
      themes: [],
      modes: [],
      targets: [],
      body: "Texte.",
      links: [],
    }),
  );

export const assignmentCases = [
  defineCase({
    operation: "content.assign",
    mutation: "lib/assignments/assignments.mutations.ts#assignItems",
    prepare: async () => null,
    run: (principal, _p, world) => assignItems(principal, { entity: "Actor", ids: [world.target.id], assigneeId: world.people.staff.id }),
  }),
  defineCase({
    operation: "kit.publish",
    mutation: `${BULK}#bulkPublishKits`,
    prepare: draftKit,
    run: (principal, kit) => bulkPublishKits(principal, [kit.id]),
  }),
  defineCase({
    operation: "kit.publish",
    mutation: `${BULK}#bulkArchiveKits`,
    prepare: draftKit,
    run: (principal, kit) => bulkArchiveKits(principal, [kit.id]),
  }),
  defineCase({
    operation: "kit.publish",
    mutation: `${BULK}#bulkRestoreKits`,
    prepare: async (world) => {
      const kit = await draftKit(world);
      await archiveKit(world.people.staff.principal, kit.id);
      return kit;
    },
    run: (principal, kit) => bulkRestoreKits(principal, [kit.id]),
  }),
];
