"use server";
// The entries of the organisation import page, declared through formAction: upload (stores the
// file, then shows its preview), confirm (queues the import's job; also the retry of a failed
// import) and cancel (forgets the file).
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { paths } from "@/lib/paths";
import { IMPORT_ID_PATTERN } from "./import-storage";
import { cancelOrganisationImport, queueOrganisationImport, storeOrganisationImport } from "./organisation-import.mutations";

const t = adminImportsCopy;
const importIdSchema = z.object({ importId: z.string().trim().regex(IMPORT_ID_PATTERN) });

export const uploadOrganisationImportAction = formAction({
  schema: z.object({}),
  permission: { operation: "actor.import" },
  run: async (_data, { principal, formData }) => {
    const file = formData.get("file");
    const importId = await storeOrganisationImport(principal, file instanceof File ? file : null);
    return { redirect: paths.adminOrganisationImport({ import: importId }) };
  },
});

export const confirmOrganisationImportAction = formAction({
  schema: importIdSchema,
  invalidMessage: t.previewNotFound,
  permission: { operation: "actor.import" },
  run: async (data, { principal }) => {
    // Counted before the import: the directory pages change with it. Marked stale now, when the
    // job is queued: the worker has no request to revalidate from, and the cached pages catch up
    // within their 60 s once it has written (lib/cache/public-pages.ts).
    const publicPages = await claimPublicPagesRefresh(principal);
    await queueOrganisationImport(principal, data.importId, { ip: await clientIp() });
    publicPages.all();
    return { redirect: paths.adminOrganisationImport({ import: data.importId }) };
  },
});

export const cancelOrganisationImportAction = formAction({
  schema: importIdSchema,
  invalidMessage: t.previewNotFound,
  permission: { operation: "actor.import" },
  run: async (data, { principal }) => {
    await cancelOrganisationImport(principal, data.importId);
    return { redirect: paths.adminOrganisationImport({ fait: "annule" }) };
  },
});
