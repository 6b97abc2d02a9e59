/**
 * Labels the engine derives from ids (`label-too-long`): a scenario becomes the label
 * `scenario:<id>`, and GitHub refuses label names over 50 characters, which would stop every
 * run on an incident of that scenario before it pages anyone.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { ScenarioDoc } from '../documents.js';
import type { DocumentSet } from '../document-set.js';
import { diagnosticAt } from '../located.js';

/** GitHub's longest label name. */
const MAX_LABEL = 50;
const PREFIX = 'scenario:';

/** Every `label-too-long` of the valid scenario documents of the set. */
export function checkLabels(set: DocumentSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const document of set.documents) {
    if (!document.valid || document.kind !== 'scenario') continue;
    const { id } = document.value as ScenarioDoc;
    if (PREFIX.length + id.length <= MAX_LABEL) continue;
    diagnostics.push(
      diagnosticAt(document, '/id', {
        rule: 'label-too-long',
        message: `id: the scenario label "${PREFIX}${id}" is longer than GitHub's ${MAX_LABEL} characters`,
        hint: `shorten the id to at most ${MAX_LABEL - PREFIX.length} characters`,
      }),
    );
  }
  return diagnostics;
}
