"use server";
// The entries of the organisation import pages, declared through formAction: upload (stores the
// file, then shows its preview), confirm (queues the import's job; also the retry of a failed
// import) and cancel (forgets the file). The back office's page sends no headId (a staff import,
// actor.import); a network head's page sends its id (network.import on that head, the caller's
// membership read from the database), and every step checks it again in the data layer.
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import { formAction } from "@/lib/actions/form-action";
import type { Scope } from "@/lib/auth/permissions";
import { claimPublicPagesRefresh } from "@/lib/cache/public-pages";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { IMPORT_ID_PATTERN } from "./import-storage";
import { cancelOrganisationImport, queueOrganisationImport, storeOrganisationImport } from "./organisation-import.mutations";

const t = adminImportsCopy;
const headIdField = z.string().trim().min(1).max(64).optional();
const uploadSchema = z.object({ headId: headIdField });
const importIdSchema = z.object({ importId: z.string().trim().regex(IMPORT_ID_PATTERN), headId: headIdField });

const permission = {
  operation: (data: { headId?: string }) => (data.headId ? ("network.import" as const) : ("actor.import" as const)),
  scope: async (data: { headId?: string }, { principal }: { principal: { id: string } }): Promise<Scope> => {
    if (!data.headId) return {};
    const membership = await db.membership.findUnique({ where: { userId_actorId: { userId: principal.id, actorId: data.headId } }, select: { role: true } });
    return { actorId: data.headId, membershipRole: membership?.role ?? null };
  },
};

const pageOf = (headId: string | undefined, query: { import?: string; fait?: string }) =>
  headId ? paths.organisationNetworkImport(headId, query) : paths.adminOrganisationImport(query);

export const uploadOrganisationImportAction = formAction({
  schema: uploadSchema,
  permission,
  run: async (data, { principal, formData }) => {
    const file = formData.get("file");
    const importId = await storeOrganisationImport(principal, file instanceof File ? file : null, { headId: data.headId });
    return { redirect: pageOf(data.headId, { import: importId }) };
  },
});

export const confirmOrganisationImportAction = formAction({
  schema: importIdSchema,
  invalidMessage: t.previewNotFound,
  permission,
  run: async (data, { principal }) => {
    // Counted before the import: the directory pages change with it. Marked stale now, when the
    // job is queued: the worker has no request to revalidate from, and the cached pages catch up
    // within their 60 s once it has written (lib/cache/public-pages.ts).
    const publicPages = await claimPublicPagesRefresh(principal);
    await queueOrganisationImport(principal, data.importId, { ip: await clientIp() }, { headId: data.headId });
    publicPages.all();
    return { redirect: pageOf(data.headId, { import: data.importId }) };
  },
});

export const cancelOrganisationImportAction = formAction({
  schema: importIdSchema,
  invalidMessage: t.previewNotFound,
  permission,
  run: async (data, { principal }) => {
    await cancelOrganisationImport(principal, data.importId, { headId: data.headId });
    return { redirect: pageOf(data.headId, { fait: "annule" }) };
  },
});
