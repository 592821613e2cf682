// Next.js 16 writes the rewrites of proxy.ts with "localhost" for any loopback host, but compares
// them with the literal address the server was started on. Started with `-H 127.0.0.1` (or ::1),
// every rewrite looks external and is sent back to the server over HTTP: the home page and the
// directory searches cost two requests, and behind an HTTPS reverse proxy they answer 500
// (vercel/next.js#94745). The launcher refuses those addresses and says what to use instead.

// Next's own test for loopback hosts (NextURL), without "localhost", which is not affected.
const LOOPBACK_ADDRESS = /^(?:127(?:\.(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)){3}|\[?::1\]?)$/;

/** The hostname a `next` command line asks to listen on (`-H x`, `--hostname x`, `--hostname=x`). */
export function listenHostname(command: readonly string[]): string | null {
  for (let index = 0; index < command.length; index += 1) {
    const part = command[index];
    if (part === "-H" || part === "--hostname") return command[index + 1] ?? null;
    if (part.startsWith("--hostname=")) return part.slice("--hostname=".length);
  }
  return null;
}

/** The French (and English) reason to refuse the command, or null when its hostname is fine. */
export function loopbackHostnameProblem(command: readonly string[]): string | null {
  const hostname = listenHostname(command);
  if (hostname === null || !LOOPBACK_ADDRESS.test(hostname)) return null;
  return (
    `-H ${hostname} : Next.js ferait passer par le réseau les réécritures du proxy (accueil, recherches), ` +
    `qui répondraient 500 derrière un proxy HTTPS (vercel/next.js#94745). ` +
    `Écoutez sur « localhost » (-H localhost) pour rester en boucle locale. / ` +
    `Listening on a loopback IP address breaks Next.js proxy rewrites: use -H localhost.`
  );
}
