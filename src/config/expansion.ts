/**
 * Measuring a loaded YAML value as if its aliases were expanded. js-yaml shares one object for
 * every alias of an anchor, so loading "billion laughs" is cheap, but anything that walks the
 * value (schema validation, JSON output) would visit every expanded node. Measuring the shared
 * graph once per distinct object finds such values before anyone walks them.
 */

/** Why a value is too big, or null when it is within the limits. */
export type ExpansionProblem = { problem: 'depth' | 'nodes' | 'cycle' } | null;

const LEAF = { size: 1, height: 0 };

class LimitExceeded extends Error {
  constructor(readonly problem: 'depth' | 'nodes' | 'cycle') {
    // Stryker disable next-line StringLiteral: always caught and turned into { problem }, so the message is never shown
    super(`the value exceeds the ${problem} limit`);
  }
}

/**
 * Checks that `value`, with shared objects counted once per place they appear, has at most
 * `maxNodes` nodes and `maxDepth` levels and no cycle (an alias inside its own anchor).
 * Work is proportional to the distinct objects, and recursion stops at `maxDepth`.
 */
export function checkExpansion(value: unknown, maxDepth: number, maxNodes: number): ExpansionProblem {
  // Size and height of each distinct object; a shared object seen again at a deeper place
  // is checked with its known height instead of being walked again.
  const measured = new Map<object, { size: number; height: number }>();
  const open = new Set<object>();
  const measure = (node: unknown, depth: number): { size: number; height: number } => {
    if (node === null || typeof node !== 'object') return LEAF;
    const known = measured.get(node);
    if (known !== undefined) {
      if (depth + known.height - 1 > maxDepth) throw new LimitExceeded('depth');
      return known;
    }
    if (open.has(node)) throw new LimitExceeded('cycle');
    if (depth > maxDepth) throw new LimitExceeded('depth');
    open.add(node);
    let size = 1;
    let height = 1;
    for (const child of Object.values(node)) {
      const inner = measure(child, depth + 1);
      size += inner.size;
      height = Math.max(height, inner.height + 1);
      if (size > maxNodes) throw new LimitExceeded('nodes');
    }
    open.delete(node);
    const result = { size, height };
    measured.set(node, result);
    return result;
  };
  try {
    measure(value, 1);
    return null;
  } catch (error) {
    if (error instanceof LimitExceeded) return { problem: error.problem };
    throw error;
  }
}
