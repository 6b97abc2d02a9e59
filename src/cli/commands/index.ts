import type { Command } from '../command.js';

/**
 * Every command by name, in the order `--help` lists them. Each is imported only when it runs, so
 * `validate` does not pay for loading remark, Handlebars or the emulator.
 */
export const commandLoaders: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  config: async () => (await import('./config.js')).configCommand,
  render: async () => (await import('./render.js')).renderCommand,
  import: async () => (await import('./import.js')).importCommand,
  'issue-form': async () => (await import('./issue-form.js')).issueFormCommand,
  init: async () => (await import('./init.js')).initCommand,
  labels: async () => (await import('./labels.js')).labelsCommand,
  codeowners: async () => (await import('./codeowners.js')).codeownersCommand,
  emulator: async () => (await import('./emulator.js')).emulatorCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
  simulate: async () => (await import('./simulate.js')).simulateCommand,
};
