// Next.js calls register() once when a server starts, and onRequestError for every error it
// caught while serving. Each part lives in lib/ (lib/ops/lifecycle.ts); imported on demand and for
// the Node.js runtime only, as Next advises, so that no Node module reaches another runtime.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { boundShutdown } = await import("@/lib/ops/lifecycle");
  boundShutdown();
}

export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/ops/lifecycle");
  await logRequestError(...args);
};
