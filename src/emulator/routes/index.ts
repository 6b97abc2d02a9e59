import { assigneeHandlers } from './assignees.js';
import { checkHandlers } from './checks.js';
import { commentHandlers } from './comments.js';
import { contentHandlers } from './contents.js';
import type { Handler } from './context.js';
import { eventHandlers } from './events.js';
import { gitHandlers } from './git.js';
import { issueHandlers } from './issues.js';
import { labelHandlers } from './labels.js';
import { pullHandlers } from './pulls.js';
import { rateLimitHandlers } from './rate-limit.js';
import { repoHandlers } from './repos.js';
import { workflowHandlers } from './workflows.js';

/** Every handler, by OpenAPI operation id; exactly the operations in `openapi/operations.json`. */
export const handlers: Record<string, Handler> = {
  ...rateLimitHandlers,
  ...repoHandlers,
  ...contentHandlers,
  ...issueHandlers,
  ...labelHandlers,
  ...commentHandlers,
  ...assigneeHandlers,
  ...eventHandlers,
  ...gitHandlers,
  ...pullHandlers,
  ...checkHandlers,
  ...workflowHandlers,
};
