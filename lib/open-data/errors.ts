// Expected failures of the API, each with its HTTP status: the route handlers turn them into
// problem+json answers (http.ts). Anything else is a server fault, logged, never a query's doing.
import type { ParameterProblem } from "./query-params";

export class ApiProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly problems: ParameterProblem[] = [],
  ) {
    super(message);
  }
}

export function badParameter(parameter: string, message: string): ApiProblem {
  return new ApiProblem(400, "Paramètre invalide.", [{ parameter, message }]);
}

export function notFound(): ApiProblem {
  return new ApiProblem(404, "Aucune donnée publiée à cette adresse.");
}
