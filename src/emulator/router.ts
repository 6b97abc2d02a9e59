import type { OperationSpec } from './openapi/spec.js';

/** A request matched to an operation, with its raw (decoded, not yet typed) path parameters. */
export interface RouteMatch {
  operationId: string;
  params: Record<string, string>;
}

interface Route {
  operationId: string;
  method: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
}

/** Parameters that hold a path or a ref and so may span several segments (`contents/a/b.md`, `git/ref/heads/main`). */
const MULTI_SEGMENT = new Set(['path', 'ref']);

function compile(operationId: string, spec: OperationSpec): Route {
  const names: string[] = [];
  const source = spec.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
    names.push(name);
    return MULTI_SEGMENT.has(name) ? '(.+)' : '([^/]+)';
  });
  const literalSegments = spec.path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length;
  return { operationId, method: spec.method, pattern: new RegExp(`^${source}/?$`), names, literalSegments };
}

/**
 * Finds the operation for a method and raw path, the way GitHub routes: on the path's segments,
 * parameters taken verbatim and then percent-decoded (Octokit encodes `/` inside `{ref}` and
 * `{path}` as `%2F`; `gh` and curl send it as is; both arrive here).
 */
export class Router {
  readonly #routes: Route[];

  constructor(operations: Record<string, OperationSpec>) {
    // More literal segments first: `/issues/comments/{id}` before `/issues/{issue_number}/...`.
    this.#routes = Object.entries(operations)
      .map(([operationId, spec]) => compile(operationId, spec))
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The operation serving `method rawPath`, or undefined when GitHub would answer 404. */
  match(method: string, rawPath: string): RouteMatch | undefined {
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(rawPath);
      if (found === null) continue;
      const params: Record<string, string> = {};
      try {
        route.names.forEach((name, index) => {
          params[name] = decodeURIComponent(found[index + 1] ?? '');
        });
      } catch {
        return undefined;
      }
      return { operationId: route.operationId, params };
    }
    return undefined;
  }
}
