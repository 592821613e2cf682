import { describe, expect, it } from "vitest";
import { declaresMoreThan, readCappedFormData, withCappedBody } from "./capped-body";

const BOUNDARY = "----cap";

function multipart(fileBytes: number): Uint8Array<ArrayBuffer> {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nbonjour\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const tail = `\r\n--${BOUNDARY}--\r\n`;
  const bytes = new Uint8Array(head.length + fileBytes + tail.length);
  bytes.set(new TextEncoder().encode(head));
  bytes.fill(0x25, head.length, head.length + fileBytes);
  bytes.set(new TextEncoder().encode(tail), head.length + fileBytes);
  return bytes;
}

/** A body that counts what was pulled from it, in 1 KiB chunks, without declaring its length. */
function countedStream(bytes: Uint8Array) {
  const pulled = { bytes: 0 };
  let offset = 0;
  // A high-water mark of 0: nothing is pulled ahead of the reader, so what was pulled was read.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        const chunk = bytes.subarray(offset, offset + 1024);
        offset += chunk.length;
        pulled.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled };
}

function request(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/uploads/test", {
    method: "POST",
    body,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    duplex: "half",
  } as RequestInit);
}

describe("readCappedFormData", () => {
  it("reads a body under its cap into FormData", async () => {
    const result = await readCappedFormData(request(multipart(10_000)), 20_000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.formData.get("note")).toBe("bonjour");
    expect((result.formData.get("file") as File).size).toBe(10_000);
  });

  it("refuses a declared length over the cap without reading a byte", async () => {
    const { stream, pulled } = countedStream(multipart(50_000));
    const result = await readCappedFormData(request(stream, { "content-length": String(50_000 + 300) }), 20_000);
    expect(result).toEqual({ ok: false, reason: "too-large" });
    expect(pulled.bytes).toBe(0);
  });

  it("stops reading an undeclared (or understated) body at the cap", async () => {
    const { stream, pulled } = countedStream(multipart(500_000));
    const result = await readCappedFormData(request(stream), 20_000);
    expect(result).toEqual({ ok: false, reason: "too-large" });
    expect(pulled.bytes).toBeLessThanOrEqual(20_000 + 2 * 1024);
  });

  it("refuses what is not multipart, and a cut multipart body", async () => {
    expect(await readCappedFormData(request("a=1", { "content-type": "application/x-www-form-urlencoded" }), 20_000)).toEqual({
      ok: false,
      reason: "not-multipart",
    });
    const cut = multipart(1000).subarray(0, 400);
    expect(await readCappedFormData(request(cut), 20_000)).toEqual({ ok: false, reason: "malformed" });
  });

  it("treats a content-length that is not a number as too large", () => {
    expect(declaresMoreThan(request("x", { "content-length": "12abc" }), 20_000)).toBe(true);
    expect(declaresMoreThan(request("x", { "content-length": "12" }), 20_000)).toBe(false);
  });
});

describe("withCappedBody", () => {
  it("hands on a body under the cap and errors past it", async () => {
    const small = withCappedBody(new Request("http://localhost/", { method: "POST", body: "a=1&b=2" }), 100);
    expect(await small?.text()).toBe("a=1&b=2");
    expect(withCappedBody(new Request("http://localhost/", { method: "POST", body: "x".repeat(200), headers: { "content-length": "200" } }), 100)).toBeNull();
    const { stream } = countedStream(new Uint8Array(5000));
    const big = withCappedBody(new Request("http://localhost/", { method: "POST", body: stream, duplex: "half" } as RequestInit), 100);
    await expect(big!.text()).rejects.toThrow();
  });
});
