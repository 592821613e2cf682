import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const fresh = () => "new-id";

describe("requestIdFrom", () => {
  it("keeps a short plain token sent by the client or a proxy in front", () => {
    for (const sent of ["abc", "0f8c2b1e-7a6d-4c3b-9e21-5d4a3b2c1d0e", "lb:1700000000.123_x", "A".repeat(64)]) {
      expect(requestIdFrom(sent, fresh)).toBe(sent);
    }
  });

  it("replaces anything else: missing, too long, or with characters that could forge a log line or a header", () => {
    for (const sent of [null, undefined, "", "A".repeat(65), "a b", 'a"}', "a\nlevel=error", "a\r\nSet-Cookie: x", "-leading", "é", "a/b", "a;b"]) {
      expect(requestIdFrom(sent, fresh)).toBe("new-id");
    }
  });

  it("makes a UUID by default", () => {
    expect(requestIdFrom(null)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
