/**
 * A scaffolding request that cannot be carried out as given: a path outside the repository, a
 * symbolic link in the way, a login or Action reference that is not one. The message says what to do.
 */
export class ScaffoldError extends Error {}
