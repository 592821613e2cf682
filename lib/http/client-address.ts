// Who is at the other end of the connection, for rate limits and the audit log.
//
// Next.js does not expose the socket's address to the app, and it keeps an X-Forwarded-For sent
// by the client as it is (it only fills the header in when absent). So the launcher preloads
// scripts/socket-address.cjs into the server, which writes the TCP peer's address into
// SOCKET_ADDRESS_HEADER on every request, overwriting whatever the client sent under that name.
// The client address is then read from the chain [X-Forwarded-For entries…, socket address]
// from the right: TRUSTED_PROXY_HOPS is the number of our own proxies in front of the app, each
// of which appends the address it received the request from. With 0 (the default), the socket
// address is the answer and X-Forwarded-For is ignored; with 1 (one nginx appending
// $remote_addr), the last X-Forwarded-For entry, and so on. Entries further left are the
// client's word and never read.
import { isIP } from "node:net";
import { log } from "@/lib/log/logger";

export const SOCKET_ADDRESS_HEADER = "x-odd17-socket-address";

type HeaderSource = { get(name: string): string | null };

/** TRUSTED_PROXY_HOPS as a whole number ≥ 0; anything else counts as 0 (trust no proxy). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUSTED_PROXY_HOPS?.trim() ?? "";
  return /^\d{1,2}$/.test(value) ? Number(value) : 0;
}

/** "::ffff:203.0.113.9" → "203.0.113.9"; anything that is not an IP address → null. */
export function normaliseAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.endsWith("]")) address = address.slice(1, -1);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address, or null when the server was not started through the launcher (no
 * socket address: nothing in the request can be trusted then) or the entry our proxies wrote is
 * not an address.
 */
export function clientAddress(headers: HeaderSource, hops: number = trustedProxyHops()): string | null {
  const socket = headers.get(SOCKET_ADDRESS_HEADER);
  if (!socket) return null;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  // Fewer entries than trusted proxies: the request did not come through all of them; the
  // leftmost entry is then still one a proxy of ours wrote, or the socket itself.
  const index = Math.max(0, chain.length - 1 - hops);
  return normaliseAddress(chain[index]);
}

let warned = false;

/** For rate-limit keys: the address, or one shared "unknown" bucket (which fails closed). */
export function clientAddressKey(headers: HeaderSource, hops?: number): string {
  const address = clientAddress(headers, hops);
  if (address) return address;
  if (!warned && !headers.get(SOCKET_ADDRESS_HEADER) && process.env.NODE_ENV === "production") {
    warned = true;
    log.warn(
      "Adresse des clients inconnue : démarrez le serveur par `npm start` (scripts/run-with-db.ts), qui charge scripts/socket-address.cjs. Les limites par adresse IP s'appliquent en attendant à tous les clients ensemble.",
    );
  }
  return "inconnue";
}
