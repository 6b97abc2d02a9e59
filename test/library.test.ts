import { describe, expect, it } from 'vitest';
import * as library from '../src/index.js';

describe('the library', () => {
  it('exports exactly the documented functions and values', () => {
    expect(Object.keys(library).sort()).toEqual([
      'DEFAULT_YAML_LIMITS',
      'PlaybookDirectoryError',
      'PlaybookError',
      'createCommentRenderer',
      'createEmulator',
      'createOctokit',
      'dryRunAppliers',
      'eventTarget',
      'formatDiagnostics',
      'formatDuration',
      'githubAppliers',
      'isIncident',
      'issueForm',
      'issueSource',
      'loadPlaybooks',
      'openIncidentsSource',
      'parseCommands',
      'parseDuration',
      'parseIncidentForm',
      'reconcile',
      'relocateDiagnostics',
      'runFailure',
      'runIncidents',
      'sourceFor',
      'summarizeDiagnostics',
      'validatePlaybooks',
    ]);
  });

  it('loads the default set through the public entry point', async () => {
    const set = await library.loadPlaybooks('playbooks');
    expect(set.severities.map((severity) => [severity.label, severity.responseMinutes])).toEqual([
      ['sev-1', 15],
      ['sev-2', 30],
      ['sev-3', 120],
      ['sev-4', 1440],
    ]);
  });
});
