// Auth.js (next-auth 5) configuration: e-mail + password, and single-use e-mail sign-in links,
// both as Credentials providers with JWT sessions. The JWT only carries the user id: the role
// and the account itself are read from the database on every request (lib/auth/session.ts), so
// a revoked role or a deleted account takes effect at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticateWithLink, authenticateWithPassword } from "@/lib/accounts/authenticate";
import { paths } from "@/lib/paths";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

class EmailNotConfirmed extends CredentialsSignin {
  code = "email_not_confirmed";
}

class AccountDisabled extends CredentialsSignin {
  code = "account_disabled";
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
        if (result.status === "unconfirmed") throw new EmailNotConfirmed();
        if (result.status === "disabled") throw new AccountDisabled();
        if (result.status !== "ok") throw new InvalidCredentials();
        return { id: result.user.id, email: result.user.email, name: result.user.name };
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
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
});
