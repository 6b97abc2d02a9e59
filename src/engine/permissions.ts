import type { Permission } from './observed.js';

const RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** Whether `actual` is at least `minimum`; a failed lookup (`'error'`) or an unknown user never is. */
export function permits(actual: Permission | 'error' | undefined, minimum: Permission): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: without the guards the rank of undefined or 'error' is undefined, which is never >= a rank either; they are there for the type checker
  return actual !== undefined && actual !== 'error' && RANK[actual] >= RANK[minimum];
}
