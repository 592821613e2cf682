// Weak entity tags for the API's JSON answers: a hash of the body, so that a client that sends it
// back in If-None-Match gets a 304 without the body while the data has not changed. Weak because
// equal bodies mean equal data, not byte-for-byte equal encodings (compression may differ).
import { createHash } from "node:crypto";

export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match matches (weak comparison, lists and "*" included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}
