// POST /api/uploads/kit-attachments?kit=<id>: a file joined to a kit by the team (up to 20 MB).
// Everything is in lib/kits/attachments.upload.ts: who may upload is checked before the body is read.
import { uploadKitAttachment } from "@/lib/kits/attachments.upload";
import { withRequestId } from "@/lib/log/route-request-id";

// Never cached, never prerendered: every request is a new upload.
export const dynamic = "force-dynamic";

export const POST = withRequestId((request) => uploadKitAttachment(request));
