import type { Command } from '../command.js';
import { configCommand } from './config.js';
import { demoCommand } from './demo.js';
import { emulatorCommand } from './emulator.js';
import { renderCommand } from './render.js';
import { validateCommand } from './validate.js';
import { importCommand } from './import.js';

/** Every command, in the order `--help` lists them. */
export const commands: Command[] = [
  validateCommand,
  configCommand,
  renderCommand,
  importCommand,
  demoCommand,
  emulatorCommand,
];
