import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "./local-disk";
import { assertStorageKey, newStorageKey } from "./keys";

const roots: string[] = [];
function makeStorage() {
  const root = mkdtempSync(path.join(tmpdir(), "odd17-storage-"));
  roots.push(root);
  return new LocalDiskStorage(root);
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("LocalDiskStorage", () => {
  it("puts, gets and deletes a file", async () => {
    const storage = makeStorage();
    const key = newStorageKey("kits");
    await storage.put(key, new TextEncoder().encode("bonjour"));
    expect(await readAll((await storage.get(key))!)).toBe("bonjour");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("answers null for a key never stored", async () => {
    expect(await makeStorage().get("kits/absent")).toBeNull();
  });

  it.each(["../etc/passwd", "kits/../../x", "/kits/x", "kits", "Kits/X", "kits/a b", "kits\\x", ""])("refuses the key %j", async (key) => {
    const storage = makeStorage();
    expect(() => assertStorageKey(key)).toThrow();
    await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow();
  });

  it("makes random keys that do not repeat", () => {
    expect(newStorageKey("kits")).toMatch(/^kits\/[0-9a-f-]{36}$/);
    expect(newStorageKey("kits")).not.toBe(newStorageKey("kits"));
  });
});
