// Shared by the version page and its preview: staff only, and an unknown or malformed id is the
// ordinary 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getTemplateVersion, type TemplateVersionDetail } from "@/lib/diagnostics/templates.admin.queries";
import { NotFoundError } from "@/lib/errors";

export async function loadTemplateVersion(params: Promise<{ id: string }>): Promise<TemplateVersionDetail> {
  const viewer = await requireRole("STAFF");
  const { id } = await params;
  try {
    return await getTemplateVersion({ id: viewer.id, platformRole: viewer.platformRole }, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
