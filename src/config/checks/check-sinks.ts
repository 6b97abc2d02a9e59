/**
 * Sinks whose endpoint cannot be known (`sink-url`): a webhook needs the `url` it posts to, and a
 * Slack or Teams webhook's URL is its secret, so a `url` beside it would put the secret in the YAML.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { SinkDoc } from '../documents.js';
import type { DocumentSet } from '../document-set.js';
import { diagnosticAt } from '../located.js';
import type { ParsedDocument } from '../located.js';

function sinkProblems(document: ParsedDocument, pointer: string, sinks: readonly SinkDoc[] | undefined): Diagnostic[] {
  // Stryker disable next-line ArrayDeclaration: a list of anything but sinks has no webhook or Slack sink to report
  return (sinks ?? []).flatMap((sink, index) => {
    const at = `${pointer}/sinks/${index}`;
    if (sink.type === 'webhook' && sink.url === undefined) {
      return [diagnosticAt(document, at, { rule: 'sink-url', message: `the webhook sink ${sink.secret} has no url`, hint: 'add url: https://… (where to POST); the secret is only the signing key' })];
    }
    if ((sink.type === 'slack' || sink.type === 'teams') && sink.url !== undefined) {
      return [
        diagnosticAt(document, `${at}/url`, {
          rule: 'sink-url',
          message: `a ${sink.type} sink takes no url: its webhook URL is the secret`,
          hint: `remove url and store the webhook URL as the repository secret ${sink.secret}`,
        }),
      ];
    }
    return [];
  });
}

/** Every `sink-url` problem of the set. */
export function checkSinks(set: DocumentSet): Diagnostic[] {
  return [
    ...set.valid('contacts').flatMap((document) => document.value.contacts.flatMap((contact, index) => sinkProblems(document, `/contacts/${index}`, contact.sinks))),
    ...set.valid('escalation').flatMap((document) => document.value.technical.flatMap((level, index) => sinkProblems(document, `/technical/${index}`, level.sinks))),
    ...set.valid('severities').flatMap((document) => document.value.severities.flatMap((severity, index) => sinkProblems(document, `/severities/${index}`, severity.sinks))),
  ];
}
