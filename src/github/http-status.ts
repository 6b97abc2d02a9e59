import { RequestError } from '@octokit/request-error';

/** The HTTP status of a failed GitHub request, or undefined for any other error. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof RequestError ? error.status : undefined;
}
