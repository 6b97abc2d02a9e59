import { resolve } from 'node:path';
import type { Command } from '../command.js';

/** `playbook-ops demo`: a scripted SEV-1 against the built-in GitHub emulator. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Play a scripted SEV-1 against the built-in GitHub emulator and print its timeline',
  help: `Usage: playbook-ops demo [--out DIR]

Starts the GitHub emulator on 127.0.0.1, runs the real engine through a scripted SEV-1 on a virtual
clock (declared from the issue form, paged, escalated when nobody acknowledges, roles assigned,
updates posted, severity lowered, resolved), prints what was paged and posted when, and writes the
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
