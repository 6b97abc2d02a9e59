/**
 * `playbook-ops/render`: the comment renderer, which draws the incident card, pages and replies
 * from engine data with the repository's Handlebars templates (sandboxed, strict). Importing it
 * loads Handlebars.
 * @packageDocumentation
 */
export { createCommentRenderer } from './comments.js';
export type { CommentRenderer } from './comments.js';
