/**
 * The declared severity stands as the card recorded it, whatever the issue body says later; the
 * form's answer counts only until the card exists.
 */
import { describe, expect, it } from 'vitest';
import { declaredSeverity, recordDeclared } from '../../src/engine/declared-severity.js';
import { readLedger } from '../../src/engine/ledger.js';
import { defaultLikeSet } from '../render/fixture-set.js';
import { BOT, botComment } from './observed-fixture.js';

const base = defaultLikeSet();
// A label with a space and upper case: the record holds it encoded, and still finds it.
const set = { ...base, severities: base.severities.map((severity) => (severity.level === 2 ? { ...severity, label: 'SEV 2' } : severity)) };
const noCard = readLedger({ botLogin: BOT, comments: [] });
const cardDeclaring = (declared: string) => readLedger({ botLogin: BOT, comments: [botComment(`card declared=${declared}`, 1)] });

describe('the declared severity', () => {
  it('is the form’s answer before the card exists, when the playbook knows it', () => {
    expect(declaredSeverity(noCard, set, 'sev-1')?.level).toBe(1);
    expect(declaredSeverity(noCard, set, 'sev-9')).toBeUndefined();
    expect(declaredSeverity(noCard, set, null)).toBeUndefined();
  });

  it('is what the card recorded once it exists, whatever the form says now', () => {
    expect(declaredSeverity(cardDeclaring(recordDeclared('SEV 2')), set, 'sev-1')?.level).toBe(2);
    expect(declaredSeverity(cardDeclaring(recordDeclared(null)), set, 'sev-1')).toBeUndefined();
  });

  it('is the form’s answer for a card written before the card recorded it', () => {
    expect(declaredSeverity(readLedger({ botLogin: BOT, comments: [botComment('card', 1)] }), set, 'sev-3')?.level).toBe(3);
  });

  it('is recorded as its label in marker form, or empty when the form named none', () => {
    expect(recordDeclared('SEV 2')).toBe('sev%202');
    expect(recordDeclared(null)).toBe('');
  });
});
