// POST /api/uploads/kit-attachments?kit=<id>: the one way to join a file to a kit. It is a route
// handler, not a server action, because server actions all share one body limit (about 1 MB,
// next.config.ts) and Next reads a server action's body before it knows which action it is.
// Here the order is the other way round: the origin, the session and the permission are checked
// first, with nothing of the body read (a refusal says so with `Connection: close`); only then
// is the body read, 20 MB and its envelope at most. The file goes through the same checks,
// storage and audit entry as before (addKitAttachment).
// A form sent by JavaScript asks for JSON and gets the ActionState; a plain form post is
// redirected back to the kit with the outcome in the address (attachment-upload.ts).
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clientIp } from "@/lib/accounts/authenticate";
import type { ActionState } from "@/lib/action-state";
import { errorState } from "@/lib/actions/error-state";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { claimPublicPagesRefresh, type PublicPagesRefresh } from "@/lib/cache/public-pages";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { RateLimitError } from "@/lib/errors";
import { readCappedFormData } from "@/lib/http/capped-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { paths } from "@/lib/paths";
import { ADDED, errorStateFor, MAX_UPLOAD_BODY_BYTES, outcomeOfError, type UploadOutcome } from "./attachment-upload";
import { addKitAttachment } from "./attachments.mutations";
import { log } from "@/lib/log/logger";

const t = kitsAdminLabels.attachments;
const kitIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

const STATUS_OF: Record<Exclude<UploadOutcome, typeof ADDED>, number> = {
  "fichier-requis": 400,
  "trop-lourd": 413,
  "type-refuse": 415,
  introuvable: 404,
  interdit: 403,
  "non-recu": 400,
  "trop-de-modifications": 429,
  erreur: 500,
};

type Reply = {
  /** The request's body was left unread: the connection is closed rather than drained. */
  unread?: boolean;
  status: number;
  state: ActionState;
  /** Where a plain form post goes back to (none: a plain-text answer). */
  location?: string;
};

function respond(request: Request, { unread, status, state, location }: Reply): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (unread) headers.set("Connection", "close");
  if ((request.headers.get("accept") ?? "").includes("application/json")) {
    headers.set("Content-Type", "application/json; charset=utf-8");
    return new Response(JSON.stringify(state), { status, headers });
  }
  if (location) {
    headers.set("Location", location);
    return new Response(null, { status: 303, headers });
  }
  headers.set("Content-Type", "text/plain; charset=utf-8");
  return new Response(state.message ?? "", { status, headers });
}

function backToKit(kitId: string, outcome: UploadOutcome, attachmentId?: string): string {
  return `${paths.adminKit(kitId, { document: outcome, piece: attachmentId })}#documents-joints`;
}

export async function uploadKitAttachment(request: Request): Promise<Response> {
  // Nothing below reads the body until the caller is known to be allowed to upload.
  if (!isSameOrigin(request.headers)) return respond(request, { unread: true, status: 403, state: errorStateFor("interdit") });
  const kitId = kitIdSchema.safeParse(new URL(request.url).searchParams.get("kit"));
  const user = await getCurrentUser();
  if (!user) {
    const signIn = paths.signIn({ callbackUrl: kitId.success ? paths.adminKit(kitId.data) : undefined });
    return respond(request, { unread: true, status: 401, state: { status: "error", message: t.sessionExpired }, location: signIn });
  }
  const principal = { id: user.id, platformRole: user.platformRole };
  if (!can(principal, "kit.update")) return respond(request, { unread: true, status: 403, state: errorStateFor("interdit") });
  if (!kitId.success) return respond(request, { unread: true, status: 404, state: errorStateFor("introuvable") });

  const refused = (outcome: Exclude<UploadOutcome, typeof ADDED>, state = errorStateFor(outcome), unread = false) =>
    respond(request, { unread, status: STATUS_OF[outcome], state, location: backToKit(kitId.data, outcome) });

  // Counted before anything is read or changed, as the kit actions do (lib/cache/public-pages.ts).
  let publicPages: PublicPagesRefresh;
  try {
    publicPages = await claimPublicPagesRefresh(principal);
  } catch (error) {
    if (!(error instanceof RateLimitError)) throw error;
    return refused("trop-de-modifications", errorState(error), true);
  }

  const body = await readCappedFormData(request, MAX_UPLOAD_BODY_BYTES);
  // Over the cap: reading stopped there (or never started, when the length said so).
  if (!body.ok && body.reason === "too-large") return refused("trop-lourd", undefined, true);
  if (!body.ok) {
    // A browser does not send a broken form: most likely the body was cut on its way, which is
    // what Next does to it if proxy.ts sees this route (its matcher must leave out /api/uploads/).
    log.warn(
      { reason: body.reason, path: new URL(request.url).pathname },
      "Upload body unreadable: cut short by the client, or by proxy.ts if /api/uploads/ is not excluded from its matcher",
    );
    return refused("non-recu");
  }
  const file = body.formData.get("file");
  let added: { id: string; fileName: string };
  try {
    added = await addKitAttachment(principal, kitId.data, file instanceof File ? file : null, { ip: await clientIp() });
  } catch (error) {
    const state = errorState(error);
    return refused(outcomeOfError(state), state);
  }
  // The back office's kit pages, and the public ones (the kit's page lists its files).
  revalidatePath(paths.adminKits());
  revalidatePath(paths.adminKit(kitId.data));
  publicPages.all();
  return respond(request, { status: 200, state: { status: "success", message: t.added(added.fileName) }, location: backToKit(kitId.data, ADDED, added.id) });
}
