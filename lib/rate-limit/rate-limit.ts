// Fixed-window rate limits: the rules and their configuration. The counting itself is in
// rate-limit.mutations.ts (one SQL statement on RateLimitBucket, shared exactly by every app
// server: accounts, e-mails, imports, cache refreshes) or, for anonymous reads that must not write
// on every request (the open data API), in memory-limiter.ts (each server counts on its own).

export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

export const RATE_LIMIT_DEFAULTS = {
  /**
   * Password checks per account, on every path to one (the sign-in form and Auth.js's own
   * callback alike: lib/accounts/authenticate.ts). Past it the account is locked for the rest of
   * the window, right password included; a sign-in link still works.
   */
  signin: { limit: 10, windowSeconds: 900 },
  /**
   * Failed password checks per client address: every check counts when it starts (parallel
   * attempts cannot slip past), a successful one is given back, so an office behind one address
   * is not locked out by its own sign-ins.
   */
  signinIp: { limit: 20, windowSeconds: 900 },
  /** Password-reset and sign-in-link requests. */
  reset: { limit: 5, windowSeconds: 60 },
  /** Messages sent to organisations from their public profile, per sender. */
  contact: { limit: 5, windowSeconds: 3600 },
  /**
   * Open data API (/api/v1), per IP address and per app server (in memory, memory-limiter.ts):
   * generous, it only keeps one client from hogging a server.
   */
  api: { limit: 600, windowSeconds: 60 },
  /**
   * Changes that mark cached public pages stale (lib/cache/public-pages.ts), per user: a profile
   * saved, a diagnostic published, an alliance edited… A loop of them would otherwise have every
   * public page rendered again on its next visit, as often as the loop runs.
   */
  publicRefresh: { limit: 30, windowSeconds: 600 },
  /** The same for platform staff and admins: moderation decisions and kit edits come in batches. */
  publicRefreshStaff: { limit: 300, windowSeconds: 600 },
  /**
   * E-mails to one address, whatever path sends them (lib/mail/mail-quota.ts): a person rarely
   * needs more than a confirmation, a reset and a sign-in link in the same hour.
   */
  mailRecipient: { limit: 5, windowSeconds: 3600 },
  /** E-mails one sender makes the platform send: a signed-in user, or an anonymous IP address. */
  mailSender: { limit: 30, windowSeconds: 3600 },
  /** Files a network head's member uploads to import local teams (lib/imports): a few a day. */
  networkImport: { limit: 10, windowSeconds: 86400 },
  /** Messages one person writes in partners' threads (lib/conversations): a lively exchange, not a flood. */
  message: { limit: 30, windowSeconds: 600 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMIT_DEFAULTS;

const ENV_NAMES: Record<RateLimitName, string> = {
  signin: "RATE_LIMIT_SIGNIN",
  signinIp: "RATE_LIMIT_SIGNIN_IP",
  reset: "RATE_LIMIT_RESET",
  contact: "RATE_LIMIT_CONTACT",
  api: "RATE_LIMIT_API",
  publicRefresh: "RATE_LIMIT_PUBLIC_REFRESH",
  publicRefreshStaff: "RATE_LIMIT_PUBLIC_REFRESH_STAFF",
  mailRecipient: "RATE_LIMIT_MAIL_RECIPIENT",
  mailSender: "RATE_LIMIT_MAIL_SENDER",
  networkImport: "RATE_LIMIT_NETWORK_IMPORT",
  message: "RATE_LIMIT_MESSAGE",
};

/**
 * "5/60" → 5 requests per 60 seconds. Unset or blank → the fallback. Anything else throws: a typo
 * in the configuration must show up, not silently change the protection.
 */
export function parseRateLimitRule(value: string | undefined, fallback: RateLimitRule, name = "rate limit"): RateLimitRule {
  if (value === undefined || value.trim() === "") return fallback;
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(value);
  const limit = match ? Number(match[1]) : 0;
  const windowSeconds = match ? Number(match[2]) : 0;
  if (limit < 1 || windowSeconds < 1) {
    throw new Error(`${name}: expected "<limit>/<window seconds>" with both at least 1, e.g. "5/60"; got "${value}".`);
  }
  return { limit, windowSeconds };
}

/** The rule in force for `name`, read from its environment variable. */
export function rateLimitRule(name: RateLimitName, env: Record<string, string | undefined> = process.env): RateLimitRule {
  return parseRateLimitRule(env[ENV_NAMES[name]], RATE_LIMIT_DEFAULTS[name], ENV_NAMES[name]);
}

/** From the counter after this hit: allowed while it stays within the limit. */
export function toRateLimitResult(count: number, secondsUntilReset: number, rule: RateLimitRule): RateLimitResult {
  const allowed = count <= rule.limit;
  return {
    allowed,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(secondsUntilReset)),
  };
}

/**
 * A bucket key for one dimension of a limit, e.g. rateLimitKey("signin", "email", email). E-mails
 * are normalised so that changing the case does not buy more attempts.
 */
export function rateLimitKey(name: RateLimitName, dimension: "email" | "ip" | "user", value: string): string {
  const normalised = dimension === "email" ? value.trim().toLowerCase() : value.trim();
  return `${name}:${dimension}:${normalised}`;
}
