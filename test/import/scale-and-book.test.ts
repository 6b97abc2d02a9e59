/** How the importer reads severity codes and names, and keeps the contacts that escalation and roles name. */
import type { Node } from 'mdast';
import { describe, expect, test } from 'vitest';
import { ContactBook } from '../../src/import/contact-book.js';
import { Ledger } from '../../src/import/ledger.js';
import { nameRank, parseLevelName, type ScaleLevel, SeverityScale } from '../../src/import/severity-scale.js';

const level = (label: string, name: string, family: string | null = null, number: number | null = null): ScaleLevel => ({
  label,
  level: Number(label.slice(4)),
  code: family === null ? null : name,
  name,
  family,
  number,
});

describe('severity codes as handbooks write them', () => {
  test.each([
    ['SEV-1', 'sev', 1, 'SEV-1', null],
    ['Severity 2', 'sev', 2, 'Severity 2', null],
    ['sev_3', 'sev', 3, 'sev_3', null],
    ['SEV - 4', 'sev', 4, 'SEV - 4', null],
    ['S1', 's', 1, 'S1', null],
    ['P2', 'p', 2, 'P2', null],
    ['Pri 1', 'p', 1, 'Pri 1', null],
    ['Priority 3', 'p', 3, 'Priority 3', null],
    ['SEV-1 (Critical outage)', 'sev', 1, 'SEV-1', 'Critical outage'],
    ['P2: High', 'p', 2, 'P2', 'High'],
    ['P2 -  High', 'p', 2, 'P2', 'High'],
    ['P2 — Major incident', 'p', 2, 'P2', 'Major incident'],
    ['SEV-2 Major Customer Impact', 'sev', 2, 'SEV-2', 'Major Customer Impact'],
    ['  SEV-3.  ', 'sev', 3, 'SEV-3', null],
    ['SEV-3:', 'sev', 3, 'SEV-3', null],
  ])('"%s" is family %s, number %i, code %s, name %s', (text, family, number, code, name) => {
    expect(parseLevelName(text)).toEqual({ family, number, code, name });
  });

  test('a code in other words, a two-digit number or a name of four words is no level', () => {
    expect(parseLevelName('SEV-12')).toBeNull();
    expect(parseLevelName('Restart S1 first')).toBeNull();
    expect(parseLevelName('SEV-1 a b c d')).toBeNull();
    expect(parseLevelName('SEV-1 (')).toBeNull();
    expect(parseLevelName('Sprint 2')).toBeNull();
  });

  test('a level by name only, with or without a severity word after it', () => {
    expect(parseLevelName('Critical')).toEqual({ family: null, number: null, code: null, name: 'Critical' });
    expect(parseLevelName('High Impact')).toMatchObject({ name: 'High' });
    expect(parseLevelName('Low priority')).toMatchObject({ name: 'Low' });
    expect(parseLevelName('Minor Severity:')).toMatchObject({ name: 'Minor' });
    expect(parseLevelName('Info')).toMatchObject({ name: 'Info' });
    expect(parseLevelName('High availability')).toBeNull();
  });

  test('names rank by how severe they sound; an unknown name ranks after all', () => {
    const names = ['low', 'Emergency', 'high', 'Critical', 'Medium', 'trivial', 'banana'];
    expect([...names].sort((a, b) => nameRank(a) - nameRank(b))).toEqual(['Emergency', 'Critical', 'high', 'Medium', 'low', 'trivial', 'banana']);
    expect(nameRank('Emergency')).toBe(0);
    expect(nameRank('banana')).toBe(nameRank('none') + 1);
  });
});

describe('finding the imported levels again', () => {
  test('without a scale a code from 1 up is its sev label; level 0 and names are not', () => {
    const scale = new SeverityScale();
    expect(scale.labelOf('P2')).toBe('sev-2');
    expect(scale.labelOf('SEV-0')).toBeNull();
    expect(scale.labelOf('High')).toBeNull();
    expect(scale.labelOf('Step 2')).toBeNull();
  });

  test('a code finds its level by family and number first, else the level labelled with its number', () => {
    const scale = new SeverityScale([level('sev-1', 'P0', 'p', 0), level('sev-2', 'P1', 'p', 1), level('sev-3', 'P2', 'p', 2)]);
    expect(scale.labelOf('P1')).toBe('sev-2');
    expect(scale.labelOf('SEV-1')).toBe('sev-1');
    expect(scale.labelOf('SEV-3')).toBe('sev-3');
    expect(scale.labelOf('S4')).toBeNull();
  });

  test('a name finds the level with that name, in any case and spacing', () => {
    const scale = new SeverityScale([level('sev-1', 'Critical'), level('sev-2', 'Very  High')]);
    expect(scale.labelOf('critical')).toBe('sev-1');
    expect(scale.labelOf('Low')).toBeNull();
  });

  test('mentions in running text: codes anywhere, names only before a severity word, each once in order', () => {
    const scale = new SeverityScale([level('sev-1', 'Critical'), level('sev-2', 'High'), level('sev-3', 'SEV-3', 'sev', 3)]);
    expect(scale.mentions('Critical incidents and SEV-3 ones; High-severity too, and critical level again')).toEqual(['sev-3', 'sev-1', 'sev-2']);
    expect(scale.mentions('High error rates, critical path')).toEqual([]);
    expect(scale.mentions('High priority or Critical impact')).toEqual(['sev-1', 'sev-2']);
    expect(new SeverityScale().mentions('P1s and p-2 and Priority 3, Severity-4, s-1, S12')).toEqual(['sev-1', 'sev-2', 'sev-3', 'sev-4']);
    expect(new SeverityScale().mentions('P1s and SEV-2s need a post-mortem; P1st and S1x do not count')).toEqual(['sev-1', 'sev-2']);
  });

  test('a level name with pattern characters is matched as written', () => {
    const scale = new SeverityScale([level('sev-1', 'P0+'), level('sev-2', 'P.1')]);
    expect(scale.mentions('P0+ incidents')).toEqual(['sev-1']);
    expect(scale.mentions('PX1 incidents')).toEqual([]);
  });
});

describe('the contact book', () => {
  const at = (line: number): Node => ({ type: 'text', position: { start: { line, column: 1 }, end: { line, column: 2 } } });

  test('a listed contact is found by its handle in any case; a new handle under a known name gives that contact the handle', () => {
    const ledger = new Ledger();
    const book = new ContactBook([
      { id: 'alice', name: 'Alice', category: 'staff', github: '@Alice' },
      { id: 'cto', name: 'CTO', category: 'stakeholder', github: '[GitHub Handle]' },
    ], ledger);
    expect(book.resolve('whoever', at(3), ['@alice'])).toEqual(['alice']);
    expect(book.resolve('CTO', at(4), ['@the-cto'])).toEqual(['cto']);
    expect(book.resolve('the boss', at(5), ['@the-cto'])).toEqual(['cto']);
    expect(book.contacts().find((contact) => contact.id === 'cto')).toMatchObject({ github: '@the-cto', category: 'stakeholder' });
    expect(ledger.sources.map(({ line, key }) => [line, key])).toEqual([[4, 'github']]);
  });

  test('an unknown handle adds a contact named by the phrase, on-call when the phrase says so', () => {
    const ledger = new Ledger();
    const book = new ContactBook([{ id: 'alice', name: 'Alice', category: 'staff', github: '@alice' }], ledger);
    expect(book.resolve('secondary on-call', at(7), ['@org/backup'])).toEqual(['secondary-on-call']);
    expect(book.resolve('', at(8), ['@org/sre'])).toEqual(['org-sre']);
    expect(book.resolve('Alice', at(9), ['@alice2'])).toEqual(['alice-2']);
    expect(book.contacts().slice(1)).toEqual([
      { id: 'secondary-on-call', name: 'Secondary on-call', category: 'on-call', github: '@org/backup' },
      { id: 'org-sre', name: '@org/sre', category: 'staff', github: '@org/sre' },
      { id: 'alice-2', name: 'Alice', category: 'staff', github: '@alice2' },
    ]);
    expect(ledger.sources.map(({ line, key }) => [line, key])).toEqual([[7, 'github'], [8, 'github'], [9, 'github']]);
    expect(ledger.notes).toEqual([]);
  });

  test('names without handles add staff contacts with the placeholder, noted once each; a group names each member', () => {
    const ledger = new Ledger();
    const book = new ContactBook([{ id: 'alice', name: 'Alice', category: 'staff' }], ledger);
    expect(book.resolve('Senior engineers and team leads', at(12))).toEqual(['senior-engineers', 'team-leads']);
    expect(book.resolve('team leads, Alice or On-call engineer', 13)).toEqual(['team-leads', 'alice', 'primary-on-call', 'secondary-on-call']);
    expect(book.contacts()).toEqual([
      { id: 'alice', name: 'Alice', category: 'staff', github: '[GitHub Handle]' },
      { id: 'senior-engineers', name: 'Senior engineers', category: 'staff', github: '[GitHub Handle]' },
      { id: 'team-leads', name: 'Team leads', category: 'staff', github: '[GitHub Handle]' },
      { id: 'primary-on-call', name: 'Primary on call', category: 'staff', github: '[GitHub Handle]' },
      { id: 'secondary-on-call', name: 'Secondary on call', category: 'staff', github: '[GitHub Handle]' },
    ]);
    expect(ledger.notes.map(({ line, kind }) => [line, kind])).toEqual([[12, 'assumed'], [12, 'assumed'], [13, 'assumed'], [13, 'assumed']]);
    expect(ledger.notes[0]?.message).toBe(
      'contact senior-engineers "Senior engineers": named by escalation but not in the contact list; added as staff with github "[GitHub Handle]"',
    );
  });

  test("a role's holder is added unless its handle is known; the listed contacts come first, fields in schema order", () => {
    const ledger = new Ledger();
    const listed = { contact: 'Slack @alice', phone: '+1 555 0100', email: 'a@example.com', github: '@alice', category: 'staff' as const, name: 'Alice', id: 'alice' };
    const book = new ContactBook([listed], ledger);
    book.addHolder('Incident Commander', '@ALICE', at(20));
    book.addHolder('Incident Commander', '@org/commanders', at(21));
    book.addHolder('Incident Commander', '@org/ics', at(22));
    const contacts = book.contacts();
    expect(contacts.map((contact) => Object.keys(contact))).toEqual([
      ['id', 'name', 'category', 'github', 'email', 'phone', 'contact'],
      ['id', 'name', 'category', 'github'],
      ['id', 'name', 'category', 'github'],
    ]);
    expect(contacts.map(({ id }) => id)).toEqual(['alice', 'incident-commander', 'incident-commander-2']);
    expect(contacts[0]).toBe(listed);
    expect(ledger.sources.map(({ line, target, key }) => [line, (target as { id: string }).id, key])).toEqual([
      [21, 'incident-commander', 'github'],
      [22, 'incident-commander-2', 'github'],
    ]);
  });

  test('of two listed contacts with one id or one handle, the first is the one found', () => {
    const ledger = new Ledger();
    const book = new ContactBook([
      { id: 'ops', name: 'Ops', category: 'staff', github: '@ops-team' },
      { id: 'ops', name: 'Ops again', category: 'staff' },
      { id: 'night-ops', name: 'Night ops', category: 'on-call', github: '@OPS-TEAM' },
    ], ledger);
    expect(book.resolve('Ops', 3, ['@ops-lead'])).toEqual(['ops-2']);
    expect(book.resolve('night ops', 4, ['@ops-team'])).toEqual(['ops']);
    expect(book.contacts().map(({ id, github }) => [id, github])).toEqual([
      ['ops', '@ops-team'],
      ['ops', '[GitHub Handle]'],
      ['night-ops', '@OPS-TEAM'],
      ['ops-2', '@ops-lead'],
    ]);
  });
});
