"use server";
// The bulk form of the kits list (publish the drafts, archive, restore), declared through
// formAction. The mutations check the permission again, and each kit's change runs in its own
// transaction (kits.bulk.mutations.ts). « Attribuer à… » of the same form is lib/assignments'.
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { ConflictError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { bulkArchiveKits, bulkPublishKits, bulkRestoreKits } from "./kits.bulk.mutations";
import { KIT_BULK_DECISIONS, KIT_BULK_MAX } from "./kits.list";

const t = kitsAdminLabels.bulk;

const bulkKitsSchema = z.object({
  decision: z.enum(KIT_BULK_DECISIONS),
  ids: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,64}$/),
    )
    .min(1, t.noneSelected)
    .max(KIT_BULK_MAX, t.tooMany(KIT_BULK_MAX)),
});

const run = { publish: bulkPublishKits, archive: bulkArchiveKits, restore: bulkRestoreKits };

export const bulkKitsAction = formAction({
  schema: bulkKitsSchema,
  lists: ["ids"],
  permission: { operation: "kit.publish" },
  run: async (data, { principal }) => {
    const publicPages = await claimPublicPagesRefresh(principal);
    const outcome = await run[data.decision](principal, data.ids, { ip: await clientIp() });
    const skipped = outcome.skipped.map((kit) => ({ title: kit.title, reason: t.reasons[kit.reason] }));
    const message = t.done(data.decision, outcome.changed.length, skipped);
    // Nothing applied: an error, with the reason of each kit.
    if (outcome.changed.length === 0) throw new ConflictError(message);
    publicPages.all();
    return { revalidate: [paths.admin(), paths.adminKits(), ...outcome.changed.map((kit) => paths.adminKit(kit.id))], message };
  },
});
