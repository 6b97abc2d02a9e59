/**
 * Hostile text, by property: titles, form answers, command arguments and comments drawn from
 * {@link hostileText} go through the engine and the renderer, and every body the bot would write
 * mentions only the handles the playbooks name for that step, carries only the markers the engine
 * writes, keeps the card's layout, stays under GitHub's limit, and never turns well-formed text
 * into text with a lone surrogate. The log lines the Action writes start no workflow command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { beforeAll, describe, expect, test } from 'vitest';
import { info, warning } from '../../action/workflow-commands.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { DEMO_HANDLES, writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { reconcile } from '../../src/engine/reconcile.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { GITHUB_BODY_LIMIT } from '../../src/render/truncate.js';
import { liveCommands } from '../action/runner-model.js';
import { captureStdout } from '../action/stdout.js';
import { at, comment, observed } from '../engine/observed-fixture.js';
import { submittedForm } from '../fixtures/form-bodies.js';
import { mentions } from '../lifecycle/mentions.js';
import { hostileBody, hostileText } from './generators.js';
import { checkProperty } from './property.js';

const CATEGORY = 'hostile-text';
const CONFIGURED = new Set(Object.values(DEMO_HANDLES).map((handle) => (handle.startsWith('@') ? handle : `@${handle}`)));
const renderer = createCommentRenderer();

let set: PlaybookSet;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hardening-'));
  try {
    set = await loadPlaybooks(await writeDemoPlaybooks(join(dir, 'playbooks')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** What people wrote, in one incident. */
interface Inputs {
  title: string;
  summary: string;
  services: string;
  started: string;
  update: string;
  timeline: string;
  role: string;
  outsider: string;
  resolve: boolean;
}

const inputs: fc.Arbitrary<Inputs> = fc.record({
  title: hostileText,
  summary: hostileBody,
  services: hostileText,
  started: hostileText,
  update: hostileBody,
  timeline: hostileText,
  role: hostileText,
  outsider: hostileBody,
  resolve: fc.boolean(),
});

/** Every body the bot would write for an incident made of `given`: the card and each comment. */
function bodies(given: Inputs): { kind: string; body: string }[] {
  const comments = [
    comment('priya', 2, `/ack\n/update ${given.update}\n/timeline ${given.timeline}`),
    comment('priya', 3, `/role ${given.role} @sam\n/ic ${given.role}\n/sev ${given.role}`),
    comment('rita', 4, `/sev 1\n${given.outsider}\n/ic @rita`),
    ...(given.resolve ? [comment('priya', 5, `/resolve ${given.update}`)] : []),
  ];
  const body = submittedForm({ severity: 'SEV-1 (Critical)', scenario: 'Service Outage', services: given.services, summary: given.summary, started: given.started });
  const state = observed({ body, comments, labels: ['incident', 'sev-1'], permissions: { priya: 'write', rita: 'read' } });
  state.issue.title = given.title;
  const { effects } = reconcile(state, set, new Date(at(6)));
  return effects.flatMap((effect) => {
    if (effect.kind === 'card') return [{ kind: 'card', body: renderer.card(effect.card, effect.record) }];
    if (effect.kind === 'comment') return [{ kind: effect.marker.kind, body: renderer.comment(effect.marker, effect.message) }];
    return [];
  });
}

/** The HTML comments of a body other than its record line and the step keys that end task-list boxes. */
function strayComments(body: string): string[] {
  const [first = '', ...rest] = body.match(/<!--[\s\S]*?(?:-->|$)/g) ?? [];
  const stray = rest.filter((mark) => !/^<!-- playbook-ops:step=[0-9a-f]{8} -->$/.test(mark));
  return body.startsWith(first) && first.startsWith('<!-- playbook-ops:') ? stray : [first, ...stray];
}

/** The card's layout: its headings, its tables with their shape, and its raw HTML blocks. */
function layout(card: string): { headings: string[]; tables: number[][]; html: string[] } {
  const tree: Root = remark().use(remarkGfm).parse(card);
  const text = (node: RootContent): string => ('value' in node ? node.value : 'children' in node ? node.children.map((child) => text(child as RootContent)).join('') : '');
  return {
    headings: tree.children.filter((node) => node.type === 'heading').map((node) => text(node).split(/[:·(]/)[0]?.trim() ?? ''),
    tables: tree.children.flatMap((node) => (node.type === 'table' ? [node.children.map((row) => row.children.length)] : [])),
    html: tree.children.flatMap((node) => (node.type === 'html' ? [node.value.replace(/<summary>[\s\S]*<\/summary>/, '<summary/>').replace(/<!--[\s\S]*-->/, '<!---->')] : [])),
  };
}

/** Whether `text` has no lone surrogate (in `u` mode a pair is one code point, so only a lone half is a surrogate). */
function wellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

const HEADINGS = new Set(['🚨 SEV-1', '✅ Resolved', 'Summary', 'Roles', 'Escalation', 'Response steps', 'Phase']);

describe('hostile text in every body the bot writes', () => {
  test('mentions only configured handles (pages only), carries only its own markers, keeps the card whole', () => {
    checkProperty(
      CATEGORY,
      'bodies',
      fc.property(inputs, (given) => {
        const written = bodies(given);
        expect(written.some((entry) => entry.kind === 'card')).toBe(true);
        const inputsWellFormed = Object.values(given).every((value) => typeof value !== 'string' || wellFormed(value));
        for (const { kind, body } of written) {
          const found = mentions(body);
          if (kind.endsWith('page')) expect(found.filter((mention) => !CONFIGURED.has(mention))).toEqual([]);
          else expect(found, kind).toEqual([]);
          expect(strayComments(body), kind).toEqual([]);
          expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
          if (inputsWellFormed) expect(wellFormed(body), kind).toBe(true);
          if (kind !== 'card') continue;
          const { headings, tables, html } = layout(body);
          expect(headings.filter((heading) => !HEADINGS.has(heading))).toEqual([]);
          expect(new Set(headings).size).toBe(headings.length);
          expect(tables.map((rows) => rows.filter((cells) => cells !== rows[0]).length)).toEqual(tables.map(() => 0));
          expect(tables.map((rows) => rows[0])).toEqual([2, 2, 3]);
          expect(html).toEqual(['<!---->', '<details><summary/>', '</details>']);
        }
      }),
      100,
    );
  }, 120_000);
});

describe('hostile text in the Action’s log', () => {
  const stdout = captureStdout();

  test('starts no workflow command, whatever a log line or an annotation holds', () => {
    checkProperty(
      CATEGORY,
      'log',
      fc.property(hostileText, hostileText, (line, annotation) => {
        stdout.clear();
        info(`#7: ${line}`);
        warning(annotation);
        const commands = liveCommands(stdout.text());
        expect(commands.filter((command) => !command.startsWith('::warning::'))).toEqual([]);
        expect(commands).toHaveLength(1);
      }),
      500,
    );
  });
});
