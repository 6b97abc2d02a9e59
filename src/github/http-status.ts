import { RequestError } from '@octokit/request-error';

/** A failed GitHub request (its status, GitHub's message, the response), or undefined for any other error. */
export function requestError(error: unknown): RequestError | undefined {
  return error instanceof RequestError ? error : undefined;
}

/** The HTTP status of a failed GitHub request, or undefined for any other error. */
export function httpStatus(error: unknown): number | undefined {
  return requestError(error)?.status;
}
