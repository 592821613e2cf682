import { inject } from "vitest";

// lib/db.ts creates its client lazily from DATABASE_URL: point it at the throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");

// Outside a request every password check counts on one shared "inconnue" address bucket
// (lib/http/client-address.ts): the tests that throttle set their own rules.
process.env.RATE_LIMIT_SIGNIN_IP ??= "100000/60";
