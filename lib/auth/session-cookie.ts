// The names of Auth.js's session cookie: plain over http, "__Secure-" over https, and split into
// ".0", ".1"… chunks when the JWT outgrows one cookie. Pure, so the proxy (edge of every request)
// and the header can tell a visitor without a session from one who may have one, without running
// Auth.js.
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE_NAMES.some((base) => name === base || (name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1))));
}

/** True when one of the cookies may carry a session (Auth.js still decides whether it is valid). */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (isSessionCookieName(name)) return true;
  return false;
}
