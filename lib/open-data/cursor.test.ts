import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("cursors", () => {
  it("round-trips a key and is URL-safe", () => {
    const cursor = encodeCursor(["les-liens-du-furan-demo", 42]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, "sn")).toEqual(["les-liens-du-furan-demo", 42]);
  });

  it("refuses anything that is not a cursor of the expected shape", () => {
    expect(decodeCursor("", "s")).toBeNull();
    expect(decodeCursor("not a cursor!", "s")).toBeNull();
    expect(decodeCursor(encodeCursor([1]), "s")).toBeNull();
    expect(decodeCursor(encodeCursor(["a"]), "n")).toBeNull();
    expect(decodeCursor(encodeCursor(["a", 1]), "s")).toBeNull();
    expect(decodeCursor(encodeCursor([1.5]), "n")).toBeNull();
    expect(decodeCursor(Buffer.from("{}").toString("base64url"), "s")).toBeNull();
    expect(decodeCursor(Buffer.from("[").toString("base64url"), "s")).toBeNull();
    expect(decodeCursor("A".repeat(1000), "s")).toBeNull();
    expect(decodeCursor(encodeCursor(["a\u0000b"]), "s")).toBeNull();
  });
});
