// The request id of the route handlers that proxy.ts does not see (its matcher leaves out
// /api/auth and /api/uploads, whose bodies it must not buffer): the same id as everywhere else, a
// safe X-Request-Id kept or a new one, in the log context of the request and in the response.
import { recordRequestId, withLogContext } from "./context";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

type Handler<R extends Request, A extends unknown[]> = (request: R, ...rest: A) => Response | Promise<Response>;

export function withRequestId<R extends Request, A extends unknown[]>(handler: Handler<R, A>): Handler<R, A> {
  return async (request, ...rest) => {
    const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
    // The preload (scripts/socket-address.cjs) opened this request's context: write into it, so
    // that lines logged by Next itself for this request carry the id too; else open one.
    const run = () => handler(request, ...rest);
    const response = recordRequestId(requestId) ? await run() : await withLogContext({ requestId }, run);
    return withHeader(response, requestId);
  };
}

function withHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    // Response.redirect() and Response.error() have immutable headers: answer a copy.
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
}
