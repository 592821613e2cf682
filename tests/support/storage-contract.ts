// What every FileStorage promises, as one list of tests run against each implementation
// (lib/storage/storage.test.ts: the local disk and S3). A store that passes can replace another.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newStorageKey } from "@/lib/storage/keys";
import type { FileStorage } from "@/lib/storage/storage";

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<Uint8Array> {
  if (!stream) throw new Error("expected content, got null");
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const text = (value: string) => new TextEncoder().encode(value);

/** `storage()` gives the store under test (made fresh or shared: each test uses its own keys). */
export function describeStorageContract(name: string, storage: () => FileStorage) {
  describe(`${name}: the FileStorage contract`, () => {
    it("gives back what was put, then nothing once deleted", async () => {
      const key = newStorageKey("kits");
      await storage().put(key, text("bonjour"));
      expect(new TextDecoder().decode(await readAll(await storage().get(key)))).toBe("bonjour");
      await storage().delete(key);
      expect(await storage().get(key)).toBeNull();
    });

    it("answers null for a key never stored", async () => {
      expect(await storage().get(newStorageKey("kits"))).toBeNull();
    });

    it("deletes a missing key without error, twice", async () => {
      const key = newStorageKey("logos");
      await expect(storage().delete(key)).resolves.toBeUndefined();
      await storage().put(key, text("x"));
      await storage().delete(key);
      await expect(storage().delete(key)).resolves.toBeUndefined();
    });

    it("replaces the content of a key put again", async () => {
      const key = newStorageKey("logos");
      await storage().put(key, text("première version, plus longue"));
      await storage().put(key, text("seconde"));
      expect(new TextDecoder().decode(await readAll(await storage().get(key)))).toBe("seconde");
    });

    it("keeps every byte of a binary file of several megabytes", async () => {
      const key = newStorageKey("kits");
      const bytes = new Uint8Array(3 * 1024 * 1024 + 7);
      bytes.set(randomBytes(bytes.byteLength));
      bytes.set(Uint8Array.from({ length: 256 }, (_, index) => index));
      await storage().put(key, bytes);
      const back = await readAll(await storage().get(key));
      expect(back.byteLength).toBe(bytes.byteLength);
      expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0);
    });

    it("keeps keys apart: deleting one leaves the others", async () => {
      const [first, second] = [newStorageKey("kits"), newStorageKey("kits")];
      await Promise.all([storage().put(first, text("un")), storage().put(second, text("deux"))]);
      await storage().delete(first);
      expect(await storage().get(first)).toBeNull();
      expect(new TextDecoder().decode(await readAll(await storage().get(second)))).toBe("deux");
    });

    it("lets a reader stop early (a download cancelled half-way)", async () => {
      const key = newStorageKey("kits");
      await storage().put(key, new Uint8Array(2 * 1024 * 1024));
      const reader = (await storage().get(key))!.getReader();
      expect((await reader.read()).done).toBe(false);
      await reader.cancel();
      // The store still serves the file afterwards.
      expect((await readAll(await storage().get(key))).byteLength).toBe(2 * 1024 * 1024);
    });

    it.each(["../etc/passwd", "kits/../../x", "/kits/x", "kits", "Kits/X", "kits/a b", "kits\\x", ""])("refuses the key %j", async (key) => {
      await expect(storage().put(key, new Uint8Array([1]))).rejects.toThrow(/Invalid storage key/);
      await expect(storage().get(key)).rejects.toThrow(/Invalid storage key/);
      await expect(storage().delete(key)).rejects.toThrow(/Invalid storage key/);
    });
  });
}
