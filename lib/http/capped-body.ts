// Reading a request body that may be large, without ever holding more than a cap. Next's own
// body limits cover server actions only: a route handler gets the raw stream, and the platform's
// request.formData() / text() would read all of it, however big. Here the declared length is
// checked before a byte is read, and the bytes are counted as they come, in case the length was
// not declared (chunked) or was a lie: past the cap, reading stops and the caller says 413.

export type CappedBodyFailure = "too-large" | "not-multipart" | "malformed";

export type CappedFormData = { ok: true; formData: FormData } | { ok: false; reason: CappedBodyFailure };

/** True when the request says its body is longer than `maxBytes` (nothing read). */
export function declaresMoreThan(request: Request, maxBytes: number): boolean {
  const declared = request.headers.get("content-length");
  if (declared === null) return false;
  // Not a number: treated as too large, rather than read to find out.
  return !/^\d+$/.test(declared.trim()) || Number(declared) > maxBytes;
}

class BodyTooLargeError extends Error {
  constructor() {
    super("Request body over its cap");
  }
}

/** The request's body, cut off with an error as soon as it passes `maxBytes`. */
export function cappedBody(request: Request, maxBytes: number): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  let seen = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new BodyTooLargeError());
        else controller.enqueue(chunk);
      },
    }),
  );
}

function isTooLarge(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof BodyTooLargeError) return true;
  }
  return false;
}

/**
 * The multipart body as FormData, read through cappedBody: never more than `maxBytes` of it.
 * The platform's parser then does the rest (it keeps the parts in memory, hence the cap).
 */
export async function readCappedFormData(request: Request, maxBytes: number): Promise<CappedFormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return { ok: false, reason: "not-multipart" };
  if (declaresMoreThan(request, maxBytes)) return { ok: false, reason: "too-large" };
  const body = cappedBody(request, maxBytes);
  if (!body) return { ok: false, reason: "malformed" };
  try {
    const formData = await new Response(body, { headers: { "content-type": contentType } }).formData();
    return { ok: true, formData };
  } catch (error) {
    return { ok: false, reason: isTooLarge(error) ? "too-large" : "malformed" };
  }
}

/** The same cap for a body of any type, handed on as a new Request (for a library that reads it). */
export function withCappedBody(request: Request, maxBytes: number): Request | null {
  if (declaresMoreThan(request, maxBytes)) return null;
  const body = cappedBody(request, maxBytes);
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    ...(body ? { duplex: "half" } : {}),
  } as RequestInit);
}
