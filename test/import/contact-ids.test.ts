/** Which contacts a handbook's names and escalation targets mean, however the team words them. */
import { describe, expect, test } from 'vitest';
import { contactId, knownContactIds, splitTargets } from '../../src/import/contact-ids.js';

describe('known contact names', () => {
  test('every way a handbook names a known contact gives its id, whatever the case, hyphens or a plural', () => {
    const names: [string, string[]][] = [
      ['Primary On-Call', ['primary-on-call']],
      ['Primary on-call engineer', ['primary-on-call']],
      ['Primary', ['primary-on-call']],
      ['Secondary On-Call', ['secondary-on-call']],
      ['Secondary on-call engineers', ['secondary-on-call']],
      ['Secondary', ['secondary-on-call']],
      ['Backup on-call', ['secondary-on-call']],
      ['On-call', ['primary-on-call', 'secondary-on-call']],
      ['On-call engineer', ['primary-on-call', 'secondary-on-call']],
      ['On-Call Team', ['primary-on-call', 'secondary-on-call']],
      ['On-call rotation', ['primary-on-call', 'secondary-on-call']],
      ['Security Team', ['security-team']],
      ['Security on-call', ['security-team']],
      ['Security', ['security-team']],
      ['CTO', ['cto']],
      ['Chief Technology Officer', ['cto']],
      ['VP Engineering', ['vp-engineering']],
      ['VP of Engineering', ['vp-engineering']],
      ['Vice President, Engineering', ['vp-engineering']],
      ['Vice President of Engineering', ['vp-engineering']],
      ['VP Eng', ['vp-engineering']],
      ['CTO/VP Engineering', ['cto', 'vp-engineering']],
      ['Executive leadership', ['cto', 'vp-engineering']],
      ['Executives', ['cto', 'vp-engineering']],
      ['Executive team', ['cto', 'vp-engineering']],
      ['Leadership', ['cto', 'vp-engineering']],
      ['Engineering leadership', ['cto', 'vp-engineering']],
      ['Head of Security', ['head-of-security']],
      ['Security Lead', ['head-of-security']],
      ['CISO', ['head-of-security']],
      ['Chief Information Security Officer', ['head-of-security']],
      ['Customer Success Lead', ['customer-success-lead']],
      ['Customer Success', ['customer-success-lead']],
      ['Cloud Provider Support', ['cloud-provider-support']],
      ['Cloud provider', ['cloud-provider-support']],
      ['Cloud support', ['cloud-provider-support']],
      ['Database Vendor Support', ['database-vendor-support']],
      ['Database vendor', ['database-vendor-support']],
      ['Database support', ['database-vendor-support']],
      ['Security Vendor Support', ['security-vendor-support']],
      ['Security vendor', ['security-vendor-support']],
      ['Senior engineers', ['senior-engineers']],
      ['Senior engineering', ['senior-engineers']],
      ['Team leads', ['team-leads']],
      ['Team leader', ['team-leads']],
      ['Engineering team leads', ['team-leads']],
      ['Architects', ['architects']],
      ['Solution architect', ['architects']],
      ['System architects', ['architects']],
      ['Platform leads', ['platform-leads']],
      ['Platform leader', ['platform-leads']],
      ['Director', ['engineering-director']],
      ['Engineering Director', ['engineering-director']],
      ['Director of Engineering', ['engineering-director']],
    ];
    expect(names.map(([name]) => [name, knownContactIds(name)])).toEqual(names);
  });

  test('"the", "our", "a" and "an" in front of a name change nothing', () => {
    expect(['The CTO', 'Our security team', 'A team lead', 'An architect'].map(knownContactIds)).toEqual([
      ['cto'],
      ['security-team'],
      ['team-leads'],
      ['architects'],
    ]);
  });

  test('a name of the team\'s own is no known contact, however close to one', () => {
    expect(['Payments lead', 'Security engineer', 'On-call manager', '', 'Business continuity'].map(knownContactIds)).toEqual([null, null, null, null, null]);
  });

  test('a contact list entry gets the id of the one contact it names, else the slug of its name, groups included', () => {
    expect(['VP of Engineering', 'Team Leads', 'Executive leadership', 'On-call rotation', 'Payments Lead (Alice)'].map(contactId)).toEqual([
      'vp-engineering',
      'team-leads',
      'executive-leadership',
      'on-call-rotation',
      'payments-lead-alice',
    ]);
  });
});

describe('escalation targets', () => {
  test('a target naming several people is split at commas, slashes, semicolons, "and", "or", "&" and "+", with or without spaces', () => {
    expect(splitTargets('Senior engineers and team leads')).toEqual(['Senior engineers', 'team leads']);
    expect(splitTargets('  Architects, platform leads;  Director ')).toEqual(['Architects', 'platform leads', 'Director']);
    expect(splitTargets('Team lead/Director')).toEqual(['Team lead', 'Director']);
    expect(splitTargets('CTO & Head of Security or CISO+Payments lead')).toEqual(['CTO', 'Head of Security', 'CISO', 'Payments lead']);
  });

  test('"and" or "or" inside a word does not split it, and nothing empty is left between separators', () => {
    expect(splitTargets('Incident coordinator, Brand manager, , Operations lead,')).toEqual(['Incident coordinator', 'Brand manager', 'Operations lead']);
  });

  test('a phrase known as a whole stays one target, without its surrounding spaces', () => {
    expect(splitTargets(' CTO/VP Engineering ')).toEqual(['CTO/VP Engineering']);
    expect(splitTargets('Executive leadership  ')).toEqual(['Executive leadership']);
  });
});
