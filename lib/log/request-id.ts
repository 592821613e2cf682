// The id of one request, in every log line it causes and in its X-Request-Id response header, so
// that a user's report ("it failed at 10:42, id …") or a load balancer's log leads to the lines.
// An id sent by the client or a proxy in front is kept only when it is a short plain token: it is
// written into logs and headers, so anything longer or with other characters is replaced.
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The client's id when it is a safe token (1–64 letters, digits, `.`, `_`, `:`, `-`), else a new UUID. */
export function requestIdFrom(sent: string | null | undefined, newId: () => string = randomUUID): string {
  return sent && SAFE_REQUEST_ID.test(sent) ? sent : newId();
}
