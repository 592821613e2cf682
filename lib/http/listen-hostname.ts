// Next.js 16 writes the rewrites of proxy.ts with "localhost" for any loopback host, but compares
// them with the literal address the server was started on. Started with `-H 127.0.0.1` (or ::1),
// every rewrite looks external and is sent back to the server over HTTP: the home page and the
// directory searches cost two requests, and behind an HTTPS reverse proxy they answer 500
// (vercel/next.js#94745). The launcher refuses those addresses and says what to use instead.

// Next's own test for loopback hosts (NextURL), without "localhost", which is not affected.
const LOOPBACK_ADDRESS = /^(?:127(?:\.(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)){3}|\[::1\])$/;

/**
 * The hostname a `next` command line asks to listen on, read as Next's parser reads it: `-H x`,
 * `-Hx`, `--hostname x` or `--hostname=x`, the last one winning. Null for other commands.
 */
export function listenHostname(command: readonly string[]): string | null {
  if (!command.some((part) => /(^|\/)next$/.test(part))) return null;
  return lastFlagValue(command, "-H", "--hostname");
}

/**
 * The value a command line last gives a flag, as Next's parser reads it: `-x v`, `-xv` (when
 * `attached` accepts what follows the short flag), `--long v` or `--long=v`. Null when absent.
 */
export function lastFlagValue(command: readonly string[], short: string, long: string, attached: (rest: string) => boolean = () => true): string | null {
  let value: string | null = null;
  for (let index = 0; index < command.length; index += 1) {
    const part = command[index];
    if (part === short || part === long) {
      value = command[index + 1] ?? null;
      index += 1;
    } else if (part.startsWith(`${long}=`)) {
      value = part.slice(long.length + 1);
    } else if (part.startsWith(short) && attached(part.slice(short.length))) {
      value = part.slice(short.length);
    }
  }
  return value;
}

/** Normalised as a URL's host, as Next sees it: "127.1" is 127.0.0.1, "0:0:0:0:0:0:0:1" is [::1]. */
function isLoopbackAddress(hostname: string): boolean {
  const host = hostname.includes(":") && !hostname.startsWith("[") ? `[${hostname}]` : hostname;
  try {
    return LOOPBACK_ADDRESS.test(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/** The French (and English) reason to refuse the command, or null when its hostname is fine. */
export function loopbackHostnameProblem(command: readonly string[]): string | null {
  const hostname = listenHostname(command);
  if (hostname === null || !isLoopbackAddress(hostname)) return null;
  return (
    `-H ${hostname} : Next.js ferait passer par le réseau les réécritures du proxy (accueil, recherches), ` +
    `qui répondraient 500 derrière un proxy HTTPS (vercel/next.js#94745). ` +
    `Écoutez sur « localhost » (-H localhost) et faites pointer le proxy sur http://localhost:<port>. / ` +
    `Listening on a loopback IP address breaks Next.js proxy rewrites: use -H localhost.`
  );
}
