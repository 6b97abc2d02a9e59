/**
 * The workflow commands the Action writes, as `@actions/core` writes them. Importing
 * `@actions/core` loads its HTTP client (undici, for OIDC tokens the Action never asks for), which
 * was the largest part of the Action's start-up; these few lines are all of it the Action used.
 *
 * One difference, on purpose: what the Action prints carries untrusted text (labels, reasons, error
 * messages quoting issue text, a workflow_dispatch input), and `@actions/core` prints it as it is.
 * Here every log line is made unable to start a workflow command (the runner acts on a line that
 * starts with `::` after white space, and on `##[` anywhere in a line), and control characters
 * (terminal escapes, bidi overrides) are written as escapes; see src/config/printable.ts.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeControls, logLines } from '../src/config/printable.js';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * An annotation's message as command data: its line breaks kept (the runner shows them), every other
 * control character written as an escape. The data cannot leave its command: CR and LF are escaped.
 */
function annotationData(message: string): string {
  return escapeData(
    message
      .split(/(\r\n|\r|\n)/)
      .map((part, index) => (index % 2 === 1 ? part : escapeControls(part)))
      .join(''),
  );
}

/**
 * Lines of the log: one per line of `message`, none of which can start a workflow command however
 * the message was made (see the module comment).
 */
export function info(message: string): void {
  process.stdout.write(logLines(message).replaceAll('\n', EOL) + EOL);
}

/** A warning annotation. */
export function warning(message: string): void {
  process.stdout.write(`::warning::${annotationData(message)}${EOL}`);
}

/** An error annotation, and the step fails when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  process.stdout.write(`::error::${annotationData(message)}${EOL}`);
}

/** A step output: appended to the `GITHUB_OUTPUT` file, or the legacy command outside a runner. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (file === '') {
    process.stdout.write(EOL);
    process.stdout.write(`::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`);
    return;
  }
  // A random delimiter, checked against the value, so that no output can end the heredoc early.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // A string is written as UTF-8.
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}
