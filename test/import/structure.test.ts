import { describe, expect, test } from 'vitest';
import { contactId, knownContactIds, splitTargets } from '../../src/import/contact-ids.js';
import { findSection, normalizeWords } from '../../src/import/find-section.js';
import { phaseId, roleId, scenarioId } from '../../src/import/known-ids.js';
import { Ledger } from '../../src/import/ledger.js';
import { parseMarkdown } from '../../src/import/markdown-tree.js';
import { buildSections, descendants } from '../../src/import/sections.js';
import { parseSeverityLabel, severityMentions } from '../../src/import/severity-label.js';
import { slugify, uniqueId } from '../../src/import/slug.js';

describe('sections', () => {
  const markdown = ['# Title', 'intro', '', '## A', '### 1. First', 'x', '#### Deep', '## 2) B', '', 'b', ''].join('\n');
  const root = buildSections(parseMarkdown(markdown));

  test('nest by heading level and strip numbering from titles', () => {
    const [title] = root.children;
    expect(title?.title).toBe('Title');
    expect(title?.children.map((child) => child.title)).toEqual(['A', 'B']);
    expect(title?.children[0]?.children[0]?.title).toBe('First');
    expect(descendants(root).map((section) => `${section.depth}:${section.title}`)).toEqual(['1:Title', '2:A', '3:First', '4:Deep', '2:B']);
  });

  test('know their lines, ending at their last written line', () => {
    const a = root.children[0]?.children[0];
    expect([a?.startLine, a?.endLine]).toEqual([4, 7]);
    const b = root.children[0]?.children[1];
    expect([b?.startLine, b?.endLine]).toEqual([8, 10]);
  });
});

describe('findSection', () => {
  test('matches tolerant heading words and prefers the shallowest unclaimed section', () => {
    const markdown = ['## Tools & Resources', '### Communication', '- Slack', '## COMMUNICATION PLAN', '- x', ''].join('\n');
    const root = buildSections(parseMarkdown(markdown));
    const ledger = new Ledger();
    const isCommunication = (words: string): boolean => /\bcommunicat/.test(words);
    expect(findSection(root, isCommunication, ledger)?.title).toBe('COMMUNICATION PLAN');
    const plan = findSection(root, isCommunication, ledger);
    if (plan === null) throw new Error('no plan');
    ledger.claim(plan);
    expect(findSection(root, isCommunication, ledger)?.title).toBe('Communication');
  });

  test('normalizes case, punctuation and ampersands', () => {
    expect(normalizeWords('Post-Incident  Process')).toBe('post incident process');
    expect(normalizeWords('Roles & Responsibilities:')).toBe('roles and responsibilities');
  });
});

describe('ids', () => {
  test('fixed role, phase and scenario ids by meaning, slugs otherwise', () => {
    expect(roleId('Incident Commander', 'IC')).toBe('ic');
    expect(roleId('Communication Lead', null)).toBe('comms');
    expect(roleId('Technical Lead', null)).toBe('tech');
    expect(roleId('Subject Matter Experts', 'SMEs')).toBe('sme');
    expect(roleId('Scribe', null)).toBe('scribe');
    expect(['Detection and Alerting', 'Initial Response', 'Investigation and Diagnosis', 'Containment and Mitigation', 'Resolution and Recovery', 'Post-Incident Activities'].map(phaseId)).toEqual([
      'detection',
      'initial-response',
      'investigation',
      'mitigation',
      'resolution',
      'post-incident',
    ]);
    expect(['Service Outage', 'Performance Degradation', 'Security Incident', 'Data Integrity Issue', 'Vendor Bankruptcy'].map(scenarioId)).toEqual([
      'service-outage',
      'performance-degradation',
      'security-incident',
      'data-integrity',
      'vendor-bankruptcy',
    ]);
  });

  test('contacts by canonical name, groups and splits of escalation targets', () => {
    expect(contactId('VP of Engineering')).toBe('vp-engineering');
    expect(contactId('Customer Success Lead')).toBe('customer-success-lead');
    expect(contactId('Freight Desk')).toBe('freight-desk');
    expect(knownContactIds('On-call engineer')).toEqual(['primary-on-call', 'secondary-on-call']);
    expect(knownContactIds('Executive leadership')).toEqual(['cto', 'vp-engineering']);
    expect(splitTargets('Senior engineers and team leads').flatMap((part) => knownContactIds(part) ?? [])).toEqual(['senior-engineers', 'team-leads']);
    expect(splitTargets('CTO/VP Engineering')).toEqual(['CTO/VP Engineering']);
    expect(knownContactIds('CTO/VP Engineering')).toEqual(['cto', 'vp-engineering']);
    expect(splitTargets('Architects, SRE managers')).toEqual(['Architects', 'SRE managers']);
  });

  test('slugs and unique ids', () => {
    expect(slugify('Café & Bar: Opening!')).toBe('cafe-and-bar-opening');
    const taken = new Set<string>();
    expect([uniqueId('a', taken), uniqueId('a', taken), uniqueId('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });

  test('severity labels and mentions', () => {
    expect(parseSeverityLabel('SEV-1 (Critical)')).toEqual({ level: 1, label: 'sev-1', name: 'Critical' });
    expect(parseSeverityLabel('Sev 2 – High')).toEqual({ level: 2, label: 'sev-2', name: 'High' });
    expect(parseSeverityLabel('SEV-3')).toEqual({ level: 3, label: 'sev-3', name: null });
    expect(parseSeverityLabel('Severe weather')).toBeNull();
    expect(severityMentions('All SEV-1 and SEV-2 incidents, and sev 1 again')).toEqual(['sev-1', 'sev-2']);
  });
});
