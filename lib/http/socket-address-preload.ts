// The environment of a Next.js server process started by our own scripts (the launcher, the
// reliability stack, the bench): NODE_OPTIONS gains the preload that records each request's
// socket address (scripts/socket-address.cjs; read by lib/http/client-address.ts).
import path from "node:path";

export const SOCKET_ADDRESS_PRELOAD = path.resolve(import.meta.dirname, "..", "..", "scripts", "socket-address.cjs");

export function withSocketAddressPreload(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const option = `--require=${JSON.stringify(SOCKET_ADDRESS_PRELOAD)}`;
  const current = env.NODE_OPTIONS?.trim() ?? "";
  if (current.includes(SOCKET_ADDRESS_PRELOAD)) return env;
  return { ...env, NODE_OPTIONS: current ? `${current} ${option}` : option };
}
