import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, SOCKET_ADDRESS_HEADER, trustedProxyHops } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("is the socket's address with no trusted proxy, whatever X-Forwarded-For the client forged", () => {
    const forged = headers({ [SOCKET_ADDRESS_HEADER]: "198.51.100.20", "x-forwarded-for": "1.2.3.4, 5.6.7.8", "x-real-ip": "9.9.9.9" });
    expect(clientAddress(forged, 0)).toBe("198.51.100.20");
  });

  it("behind one proxy, is the entry that proxy appended, not the client's own entries", () => {
    // The client sent "1.2.3.4"; nginx appended the address it saw (203.0.113.7); the socket is nginx.
    const request = headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 203.0.113.7" });
    expect(clientAddress(request, 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, skips both", () => {
    const request = headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.3", "x-forwarded-for": "6.6.6.6, 203.0.113.8, 10.0.0.2" });
    expect(clientAddress(request, 2)).toBe("203.0.113.8");
  });

  it("with fewer entries than trusted proxies, stops at the leftmost one (never past the chain)", () => {
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("is unknown without the socket address (server not started through the launcher)", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
  });

  it("is unknown when the chosen entry is not an IP address", () => {
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "evil, <script>" }), 1)).toBeNull();
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["[2001:DB8::1]", "2001:db8::1"],
    [" 203.0.113.1 ", "203.0.113.1"],
    ["localhost", null],
    ["", null],
  ])("%j → %j", (value, expected) => {
    expect(normaliseAddress(value)).toBe(expected);
  });
});

describe("trustedProxyHops", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["1", 1],
    ["2", 2],
    ["-1", 0],
    ["one", 0],
    ["1.5", 0],
  ])("%j → %i", (value, expected) => {
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toBe(expected);
  });
});
