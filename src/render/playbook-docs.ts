/**
 * The playbook set as Markdown documents a person reads instead of the YAML: `README.md` (the
 * index), one document per topic and one per scenario, formatted through remark.
 */
import type { PlaybookSet } from '../config/model.js';
import { renderTemplate } from './handlebars.js';
import { formatMarkdown } from './markdown-format.js';
import { documentEntries } from './playbook-view.js';

/** One rendered document. */
export interface RenderedDocument {
  /** Relative to the output directory, with `/` separators: `README.md`, `scenarios/service-outage.md`. */
  path: string;
  markdown: string;
}

/**
 * Renders every document of `set`: `README.md`, `severities.md`, `roles.md`, `process.md`,
 * `escalation.md`, `communication.md`, `contacts.md`, `postmortem.md`, `tools.md` and
 * `scenarios/<id>.md`. Pure apart from reading the package's templates once.
 */
export function renderPlaybookSet(set: PlaybookSet): RenderedDocument[] {
  return documentEntries(set).map((entry) => ({
    path: entry.path,
    markdown: formatMarkdown(renderTemplate(entry.template, entry.data())),
  }));
}
