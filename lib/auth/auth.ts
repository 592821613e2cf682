// Auth.js (next-auth 5) configuration: e-mail + password, and single-use e-mail sign-in links,
// both as Credentials providers with JWT sessions. The JWT carries the user id, the account's
// session version and a session id (lib/auth/session-version.ts): the account itself, its role
// and whether the session is still current are read from the database on every request
// (lib/auth/session.ts), so a revoked role, a deleted account or an ended session takes effect
// at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticateWithLink, authenticateWithPassword } from "@/lib/accounts/authenticate";
import { paths } from "@/lib/paths";
import { safeRedirectPath } from "./redirect";
import { newSessionId, tokenSessionId, tokenVersion } from "./session-version";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

class EmailNotConfirmed extends CredentialsSignin {
  code = "email_not_confirmed";
}

class AccountDisabled extends CredentialsSignin {
  code = "account_disabled";
}

class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

class InvalidLink extends CredentialsSignin {
  code = "invalid_link";
}

const passwordCredentials = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(128) });
const linkCredentials = z.object({ token: z.string().min(20).max(200) });

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: paths.signIn(), error: paths.signIn() },
  providers: [
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = passwordCredentials.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await authenticateWithPassword(parsed.data.email, parsed.data.password);
        if (result.status === "throttled") throw new TooManyAttempts();
        if (result.status === "unconfirmed") throw new EmailNotConfirmed();
        if (result.status === "disabled") throw new AccountDisabled();
        if (result.status !== "ok") throw new InvalidCredentials();
        const { id, email, name, sessionVersion } = result.user;
        return { id, email, name, sessionVersion };
      },
    }),
    Credentials({
      id: "email-link",
      credentials: { token: {} },
      async authorize(raw) {
        const parsed = linkCredentials.safeParse(raw);
        if (!parsed.success) throw new InvalidLink();
        const user = await authenticateWithLink(parsed.data.token);
        if (!user) throw new InvalidLink();
        return user;
      },
    }),
  ],
  callbacks: {
    // Only at sign-in: nothing a browser posts to Auth.js's update endpoint changes a token.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = tokenVersion((user as { sessionVersion?: unknown }).sessionVersion);
        token.sid = newSessionId();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) {
        session.user.id = token.sub;
        Object.assign(session.user, { sessionVersion: tokenVersion(token.sv), sessionId: tokenSessionId(token.sid) });
      }
      return session;
    },
    // Auth.js's own redirects (its callback and sign-out endpoints) follow the same rule as ours.
    redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeRedirectPath(url.slice(baseUrl.length) || "/") ?? "/"}`;
      return `${baseUrl}${safeRedirectPath(url) ?? "/"}`;
    },
  },
});
