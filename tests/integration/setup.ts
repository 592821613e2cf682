import { inject } from "vitest";

// lib/db.ts creates its client lazily from DATABASE_URL: point it at the throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");
