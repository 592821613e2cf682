// The cross-tenant matrix: every mutation of the data layer × every kind of caller. The expected
// outcome of a cell comes from the permission table (`can` with the caller's standing in the
// target organisation) unless the case states a narrower rule and why. A refused cell must throw
// ForbiddenError or NotFoundError and leave every table exactly as it was; an allowed cell must
// succeed.
import type { Operation, Principal } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { compareChecksums, computeChecksums, describeDifference } from "@/lib/db/checksums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { REFERENCE_TABLES } from "../support/reference-tables";
import { CALLER_LABELS, CALLERS, makeWorld, type Caller, type World } from "./world";

export interface MatrixCase<T = unknown> {
  operation: Operation;
  /** "lib/<domain>/<file>.mutations.ts#function": the coverage check reads these. */
  mutation: string;
  prepare(world: World): Promise<T>;
  run(principal: Principal, prepared: T, world: World): Promise<unknown>;
  /** Who may, when the rule is narrower or wider than `can` on the target organisation. */
  allowed?: (caller: Caller) => boolean;
}

export const defineCase = <T>(matrixCase: MatrixCase<T>) => matrixCase as MatrixCase<unknown>;

export interface CellResult {
  caller: Caller;
  expected: "autorisé" | "refusé";
  problem: string | null;
  leak: boolean;
}

function errorName(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
}

export async function runCell(matrixCase: MatrixCase, caller: Caller): Promise<CellResult> {
  const world = await makeWorld();
  const prepared = await matrixCase.prepare(world);
  const principal = world.principal(caller);
  const allowed = matrixCase.allowed ? matrixCase.allowed(caller) : can(principal, matrixCase.operation, world.scope(caller));
  const url = process.env.DATABASE_URL!;
  const before = allowed ? null : await computeChecksums(url, { exclude: REFERENCE_TABLES });
  let failure: unknown = null;
  try {
    await matrixCase.run(principal, prepared, world);
  } catch (error) {
    failure = error ?? new Error("rejet sans erreur");
  }
  const result: CellResult = { caller, expected: allowed ? "autorisé" : "refusé", problem: null, leak: false };
  if (allowed) {
    if (failure) result.problem = `refusé à tort (${errorName(failure)})`;
    return result;
  }
  if (!failure) {
    result.problem = "accepté alors qu'il devait être refusé";
    result.leak = true;
  } else if (!(failure instanceof ForbiddenError || failure instanceof NotFoundError)) {
    result.problem = `refusé par une erreur inattendue (${errorName(failure)})`;
  }
  const differences = compareChecksums(before!, await computeChecksums(url, { exclude: REFERENCE_TABLES }));
  if (differences.length > 0) {
    result.leak = true;
    result.problem = `${result.problem ? `${result.problem} ; ` : ""}base modifiée : ${differences.map(describeDifference).join(", ")}`;
  }
  return result;
}

export function describeCell(matrixCase: MatrixCase, cell: CellResult): string {
  return `${matrixCase.mutation} (${matrixCase.operation}) × ${CALLER_LABELS[cell.caller]} [attendu : ${cell.expected}] → ${cell.problem}`;
}

export { CALLERS };
