/** One entry of the `errors` array of a GitHub 422 "Validation Failed" answer. */
export interface ValidationErrorItem {
  resource?: string;
  field?: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  message?: string;
}

/**
 * The body GitHub sends with an error: `message`, `documentation_url`, `status`, sometimes `errors`
 * (objects in "Validation Failed", plain strings in the simpler 422 some endpoints send).
 */
export interface GitHubErrorBody {
  message: string;
  documentation_url?: string;
  status?: string;
  errors?: ValidationErrorItem[] | string[];
}

/**
 * An error answer, thrown by a handler and turned into a response by the request pipeline, which
 * fills in `documentation_url` (the operation's documentation page) and `status` as GitHub does.
 */
export class GitHubError extends Error {
  readonly status: number;
  readonly body: GitHubErrorBody;
  readonly headers: Record<string, string>;

  constructor(status: number, body: GitHubErrorBody, headers: Record<string, string> = {}) {
    super(`${status} ${body.message}`);
    this.name = 'GitHubError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** 404 as GitHub sends it for anything missing or hidden. */
export function notFound(message = 'Not Found'): GitHubError {
  return new GitHubError(404, { message });
}

/** 422 "Validation Failed" with the `errors` GitHub lists (e.g. a label that already exists). */
export function validationFailed(...errors: ValidationErrorItem[]): GitHubError {
  return new GitHubError(422, { message: 'Validation Failed', errors });
}

/** 422 for a request GitHub's schema check refuses ("Invalid request.\n\n..."). */
export function invalidRequest(details: string[]): GitHubError {
  return new GitHubError(422, { message: `Invalid request.\n\n${details.join('\n')}` });
}

/** 403 for a caller without the access an operation needs. */
export function forbidden(message: string): GitHubError {
  return new GitHubError(403, { message });
}

/** 409 for a write that conflicts with the current state (e.g. a stale file `sha`). */
export function conflict(message: string): GitHubError {
  return new GitHubError(409, { message });
}
