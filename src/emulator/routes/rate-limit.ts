import type { Handler } from './context.js';

/** Handler of `GET /rate_limit`: the core budget as counted, the others untouched. */
export const rateLimitHandlers: Record<string, Handler> = {
  'rate-limit/get': (ctx) => {
    const core = { ...ctx.rateLimit };
    const untouched = (limit: number): typeof core => ({ limit, remaining: limit, used: 0, reset: core.reset });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: untouched(30),
          graphql: untouched(5000),
          integration_manifest: untouched(5000),
          code_search: untouched(10),
        },
        rate: core,
      },
    };
  },
};
