import { resolve } from 'node:path';
import type { Command } from '../command.js';

/** `playbook-ops demo`: a scripted SEV-1 against the built-in GitHub emulator. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Play a SEV-1 from declaration to post-mortem and playbook review against the built-in GitHub emulator',
  help: `Usage: playbook-ops demo [--out DIR]

Starts the GitHub emulator and local fakes of Slack and PagerDuty on 127.0.0.1, and runs the real
engine through a scripted SEV-1's whole life on a virtual clock, each step followed by the workflow
run its event starts: opened by an Alertmanager alert, declared SEV-1 and paged in the same run
(PagerDuty and Slack too), marked SLA-missed and escalated to level 2 by the sweep when nobody
acknowledges, one reminder for the missed update window, acknowledged (PagerDuty hears it), roles
assigned, updates posted (each a Slack message), severity lowered, the alert's resolution noted,
resolved (PagerDuty resolved, post-mortem pull request opened), the
post-mortem merged (a follow-up issue per action item), and a quarter later the playbook review pull
request. Prints what fired when, each timed step with the deadline the engine gave it, and writes the
final issue thread as Markdown. Nothing leaves this machine.

Options:
  --out DIR   Where to write the issue thread (default: demo-output)
  -h, --help  Show this help
`,
  options: { out: { type: 'string' } },
  maxPositionals: 0,
  run: async (args, io) => {
    const { runDemo } = await import('../../demo/run-demo.js');
    const outDir = resolve(io.cwd, typeof args.values.out === 'string' ? args.values.out : 'demo-output');
    await runDemo({ outDir, print: (line) => io.stdout(`${line}\n`) });
    return 0;
  },
};
