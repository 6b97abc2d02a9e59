/** One request the emulator answered, in the order they arrived. */
export interface RecordedRequest {
  method: string;
  /** The path as sent, without the query. */
  path: string;
  query: Record<string, string>;
  /** The OpenAPI operation it matched; null for an unknown route. */
  operationId: string | null;
  status: number;
  /** The parsed JSON body; undefined when there was none. */
  requestBody: unknown;
  /** The JSON body answered; undefined for an empty answer. */
  responseBody: unknown;
  /** Login the token acted as; null without a token. */
  user: string | null;
  /** Id of the fault that shaped the answer, or null. */
  fault: number | null;
}

/** How the emulator words a response of its own that does not match GitHub's description. */
export const INVALID_RESPONSE = "emulator produced a response that does not match GitHub's OpenAPI description";

/**
 * A request or response that does not match GitHub's OpenAPI description. A `request` one was
 * refused (422, or 404 for a malformed path) as GitHub would refuse it; a `response` one is a bug
 * of the emulator itself (including a handler that threw).
 */
export interface ValidationIssue {
  kind: 'request' | 'response';
  operationId: string;
  method: string;
  path: string;
  status: number;
  /** `where: what` lines, e.g. `body/body: must have required property 'body'`. */
  errors: string[];
}
