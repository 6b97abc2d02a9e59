import type { HandlerResult, RequestContext } from './context.js';

/** GitHub's largest page. */
const MAX_PER_PAGE = 100;

function pageUrl(ctx: RequestContext, page: number): string {
  const query = new URLSearchParams(ctx.rawQuery);
  query.set('page', String(page));
  return `${ctx.api}${ctx.path}?${query.toString()}`;
}

/**
 * One page of `items` (by the `page` and `per_page` query parameters, `per_page` capped at 100 as
 * GitHub does) with GitHub's `Link` header (`next`, `last`, `first`, `prev`), which Octokit's
 * paginate follows.
 */
export function paginate(ctx: RequestContext, items: unknown[]): HandlerResult {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30), 1), MAX_PER_PAGE);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const links: string[] = [];
  if (page < last) links.push(`<${pageUrl(ctx, page + 1)}>; rel="next"`, `<${pageUrl(ctx, last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(ctx, 1)}>; rel="first"`, `<${pageUrl(ctx, Math.min(page - 1, last))}>; rel="prev"`);
  const body = items.slice((page - 1) * perPage, page * perPage);
  return links.length === 0 ? { status: 200, body } : { status: 200, body, headers: { link: links.join(', ') } };
}
