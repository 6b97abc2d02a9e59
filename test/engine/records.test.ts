/**
 * The card's record and its step keys survive the round trip through a comment body, and nothing a
 * person types can pass for them.
 */
import { describe, expect, it } from 'vitest';
import {
  type CardRecord,
  formatAlertIncidentLine,
  formatFollowUpLine,
  formatRecordLine,
  formatReviewRoundLine,
  formatStepMark,
  type Marker,
  markerKey,
  markerPart,
  parseFollowUpLine,
  parseRecordLine,
  parseReviewRoundLine,
  POSTMORTEM_STEPS,
  readStepBoxes,
} from '../../src/engine/records.js';

const SHA = 'c0ffee0000000000000000000000000000000001';
const record: CardRecord = {
  pin: SHA,
  declared: 'sev-1',
  judged: { through: 1002, at: '2026-11-27T03:20:00Z' },
  accepted: [],
  reporter: 'trusted',
  ticks: [
    { step: '8480eea2', at: '2026-11-27T03:04:00Z' },
    { step: '4ed26611', at: '2026-11-27T03:09:30Z' },
  ],
  digest: '965fe7e0bccfeacc',
  due: '2026-11-27T03:31:00Z',
  seen: 'o.4.0a1b2c3d',
  phase: 'investigation',
};

describe('the card record', () => {
  it('reads back what it wrote, ticks included', () => {
    const line = formatRecordLine({ kind: 'card' }, record);
    expect(line).toContain('ticks=8480eea2-1795748640.4ed26611-1795748970');
    expect(line).toContain(',due=1795750260,seen=o.4.0a1b2c3d,phase=investigation -->');
    expect(parseRecordLine(`${line}\n## card`)).toEqual({ marker: { kind: 'card' }, card: record });
  });

  it('drops a tick that is not a step key and a time', () => {
    const parsed = parseRecordLine('<!-- playbook-ops:card ticks=8480eea2-1795748640.zzzz0000-1.4ed26611 -->');
    expect(parsed?.card?.ticks).toEqual([{ step: '8480eea2', at: '2026-11-27T03:04:00Z' }]);
  });
});

describe('step boxes', () => {
  it('are read by the key that ends the line, ticked or not', () => {
    const body = [
      `- [x] Review logs ${formatStepMark('8480eea2')}`,
      `- [ ] **Alerts are sent**: to on-call ${formatStepMark('4ed26611')}`,
      `* [X] Upper-case tick ${formatStepMark('0000abcd')}`,
      '- [x] a box without a key',
      `  - [x] an indented box ${formatStepMark('11112222')}`,
      `- [x] a key not at the end ${formatStepMark('33334444')} trailing`,
    ].join('\n');
    expect([...readStepBoxes(body)]).toEqual([
      ['8480eea2', true],
      ['4ed26611', false],
      ['0000abcd', true],
    ]);
  });

  it('are read from a card saved with Windows line endings', () => {
    const body = `## Steps\r\n- [x] Review logs ${formatStepMark('8480eea2')}\r\n- [ ] Page the DBA ${formatStepMark('4ed26611')}\r\n`;
    expect([...readStepBoxes(body)]).toEqual([
      ['8480eea2', true],
      ['4ed26611', false],
    ]);
  });

  it('take only 8 hex digits as a key', () => {
    expect(() => formatStepMark('8480EEA2')).toThrow(/8 hex digits/);
    expect(() => formatStepMark('--> x')).toThrow(/8 hex digits/);
  });
});

describe('every marker', () => {
  const markers: [Marker, string][] = [
    [{ kind: 'card' }, 'card'],
    [{ kind: 'severity-page', severity: 'sev-1' }, 'page:sev-1'],
    [{ kind: 'level-page', level: 2 }, 'page:level-2'],
    [{ kind: 'reply', commentId: 1001, edited: null, denied: false }, 'reply:1001'],
    [{ kind: 'reply', commentId: 1001, edited: 1795748640, denied: true }, 'reply:1001-1795748640 denied'],
    [{ kind: 'label-note', eventId: 77 }, 'label-note:77'],
    [{ kind: 'triage-request' }, 'triage-request'],
    [{ kind: 'severity-request' }, 'severity-request'],
    [{ kind: 'close-note', eventId: 78 }, 'close-note:78'],
    [{ kind: 'playbook-check' }, 'playbook-check'],
    [{ kind: 'update-reminder', due: 1795750260 }, 'update-reminder:1795750260'],
    ...POSTMORTEM_STEPS.map((step): [Marker, string] => [{ kind: 'postmortem', step }, `postmortem:${step}`]),
    [{ kind: 'review-reminder' }, 'review-reminder'],
    [{ kind: 'alert', run: 9, status: 'firing', source: 'alertmanager' }, 'alert:9 status=firing,source=alertmanager'],
  ];

  it.each(markers)('%j is written as its own line and read back as itself', (marker, written) => {
    const line = formatRecordLine(marker);
    expect(line).toBe(`<!-- playbook-ops:${written} -->`);
    const read = parseRecordLine(`${line}\nthe comment's text`);
    expect(read?.marker).toEqual(marker);
    expect(read?.card === null).toBe(marker.kind !== 'card');
  });

  it('has a key of its own, so no two records are taken for one another', () => {
    const keys = markers.map(([marker]) => markerKey(marker));
    expect(new Set(keys).size).toBe(keys.length);
    expect(markerKey({ kind: 'reply', commentId: 1001, edited: 1795748640, denied: true })).toBe('reply:1001-1795748640');
  });
});

describe('a severity in a marker', () => {
  it('is written in lower case with anything that could break the line percent-encoded, and read back', () => {
    expect(markerPart('SEV 1/Å.x-y\t')).toBe('sev%201%2f%c3%a5.x-y%09');
    const line = formatRecordLine({ kind: 'severity-page', severity: 'P1 --> <b>' });
    expect(line).toBe('<!-- playbook-ops:page:p1%20--%3e%20%3cb%3e -->');
    expect(parseRecordLine(line)?.marker).toEqual({ kind: 'severity-page', severity: 'p1 --> <b>' });
  });

  it.each([
    ['an encoding the bot would not write', 'page:%41'],
    ['a broken encoding', 'page:%zz'],
    ['no severity', 'page:'],
    ['a level that is not a positive number', 'page:level-0'],
    ['a level that is not a number', 'page:level-x'],
  ])('is not read from %s', (_, key) => {
    expect(parseRecordLine(`<!-- playbook-ops:${key} -->`)).toBeNull();
  });
});

describe('a record line', () => {
  it.each([
    ['a reply to comment 0', '<!-- playbook-ops:reply:0 -->'],
    ['a reply to a comment id with a leading zero', '<!-- playbook-ops:reply:05 -->'],
    ['a reply edited at time 0', '<!-- playbook-ops:reply:5-0 -->'],
    ['a reply to no comment', '<!-- playbook-ops:reply:x -->'],
    ['a note on event 0', '<!-- playbook-ops:label-note:0 -->'],
    ['a note on event 1.5', '<!-- playbook-ops:label-note:1.5 -->'],
    ['a close note on no event', '<!-- playbook-ops:close-note:x -->'],
    ['a level page key on a note', '<!-- playbook-ops:close-note:level-3 -->'],
    ['a reminder without its time', '<!-- playbook-ops:update-reminder -->'],
    ['a post-mortem step the bot does not take', '<!-- playbook-ops:postmortem:draft -->'],
    ['an alert without a status', '<!-- playbook-ops:alert:5 source=grafana -->'],
    ['an alert without a source', '<!-- playbook-ops:alert:5 status=resolved -->'],
    ['a kind of record this version does not know', '<!-- playbook-ops:sticker:1 -->'],
    ['a card with more after its name', '<!-- playbook-ops:cards -->'],
    ['a line that does not start the comment', 'hi\n<!-- playbook-ops:card -->'],
    ['a line with spaces inside its data', '<!-- playbook-ops:card pin=a b -->'],
    ['a line without its end', '<!-- playbook-ops:card'],
  ])('is not read from %s', (_, body) => {
    expect(parseRecordLine(body)).toBeNull();
  });

  it('reads a refusal only from a reply that says denied, and ignores fields it does not know', () => {
    expect(parseRecordLine('<!-- playbook-ops:reply:5 denied -->')?.marker).toEqual({ kind: 'reply', commentId: 5, edited: null, denied: true });
    expect(parseRecordLine('<!-- playbook-ops:reply:5 other=1 -->')?.marker).toEqual({ kind: 'reply', commentId: 5, edited: null, denied: false });
    expect(parseRecordLine('<!-- playbook-ops:alert:5 =x,status=resolved=late,source=grafana,later -->')?.marker).toEqual({ kind: 'alert', run: 5, status: 'resolved', source: 'grafana' });
  });
});

describe('a card record', () => {
  const empty: CardRecord = { pin: null, declared: null, judged: null, accepted: [], reporter: null, ticks: [], digest: null, due: null, seen: null, phase: null };

  it('of a card with no fields is empty, as for a card written before any field existed', () => {
    expect(formatRecordLine({ kind: 'card' }, empty)).toBe('<!-- playbook-ops:card -->');
    expect(parseRecordLine('<!-- playbook-ops:card -->')).toEqual({ marker: { kind: 'card' }, card: empty });
  });

  it('records a form that named no severity, and the comments accepted by a card from before the judged mark', () => {
    const old: CardRecord = { ...empty, declared: '', accepted: [1001, 1005], reporter: 'report' };
    const line = formatRecordLine({ kind: 'card' }, old);
    expect(line).toBe('<!-- playbook-ops:card declared=,accepted=1001.1005,reporter=report -->');
    expect(parseRecordLine(line)?.card).toEqual(old);
  });

  it('keeps times to the whole second, rounding down', () => {
    const line = formatRecordLine({ kind: 'card' }, {
      ...empty,
      judged: { through: 7, at: '2026-11-27T03:00:00.900Z' },
      ticks: [{ step: '8480eea2', at: '2026-11-27T03:00:00.900Z' }],
      due: '2026-11-27T03:00:00.900Z',
      sent: [{ key: '0a1b2c3d', at: '2026-11-27T03:00:00.900Z' }],
    });
    expect(line).toBe('<!-- playbook-ops:card judged=7-1795748400,ticks=8480eea2-1795748400,due=1795748400,sent=0a1b2c3d-1795748400 -->');
  });

  it('writes no pin but a commit, and no fingerprint or phase it could not read back', () => {
    const line = formatRecordLine({ kind: 'card' }, { ...empty, pin: 'HEAD', seen: 'open, 4 comments', phase: 'Phase One' });
    expect(line).toBe('<!-- playbook-ops:card -->');
    expect(formatRecordLine({ kind: 'card' }, { ...empty, sent: [], failed: [] })).toBe('<!-- playbook-ops:card -->');
  });

  it('reads nothing from fields that are not well formed', () => {
    const parsed = parseRecordLine(
      '<!-- playbook-ops:card pin=c0ffee,accepted=0.x.12,judged=0-5,reporter=owner,due=soon,seen=x.4.0a1b2c3d,phase=-bad,sent=,failed= -->',
    );
    expect(parsed?.card).toEqual({ ...empty, accepted: [12], sent: [], failed: [] });
    for (const judged of ['5-x', '5-60.5', '05-60']) expect(parseRecordLine(`<!-- playbook-ops:card judged=${judged} -->`)?.card?.judged).toBeNull();
    for (const due of ['1795748400x', 'x1795748400']) expect(parseRecordLine(`<!-- playbook-ops:card due=${due} -->`)?.card?.due).toBeNull();
    for (const pin of [`${SHA}0`, `0${SHA}`]) expect(parseRecordLine(`<!-- playbook-ops:card pin=${pin} -->`)?.card?.pin).toBeNull();
    for (const seen of ['o.4.0a1b2c3d9', 'xo.4.0a1b2c3d']) expect(parseRecordLine(`<!-- playbook-ops:card seen=${seen} -->`)?.card?.seen).toBeNull();
    expect(parseRecordLine('<!-- playbook-ops:card phase=mitigation.x -->')?.card?.phase).toBeNull();
  });

  it('reads a field written without a value as empty', () => {
    expect(parseRecordLine('<!-- playbook-ops:card declared -->')?.card?.declared).toBe('');
  });

  it('is read only for the card, not for any other record with the same fields', () => {
    expect(parseRecordLine('<!-- playbook-ops:triage-request pin=c0ffee0000000000000000000000000000000001 -->')).toEqual({ marker: { kind: 'triage-request' }, card: null });
    expect(formatRecordLine({ kind: 'triage-request' }, record)).toBe('<!-- playbook-ops:triage-request -->');
  });
});

describe('a follow-up issue line', () => {
  it('reads back the incident and action item it records, and nothing else', () => {
    const line = formatFollowUpLine(7, 3);
    expect(line).toBe('<!-- playbook-ops:follow-up:7.3 -->');
    expect(parseFollowUpLine(`${line}\n\nRoll back faster`)).toEqual({ incident: 7, item: 3 });
    expect(parseFollowUpLine(`text\n${line}`)).toBeNull();
    expect(parseFollowUpLine('<!-- playbook-ops:follow-up:7.0 -->')).toBeNull();
  });
});

describe('a review round line', () => {
  it('reads back one file or many, and nothing from a line that does not start the body or does not decode', () => {
    const files = ['roles.yaml', 'scenarios/service-outage.yaml', 'scenarios/data breach.yaml'];
    expect(parseReviewRoundLine(formatReviewRoundLine(files))).toEqual(files);
    expect(parseReviewRoundLine(formatReviewRoundLine(['roles.yaml']))).toEqual(['roles.yaml']);
    expect(parseReviewRoundLine(formatReviewRoundLine([]))).toEqual([]);
    expect(parseReviewRoundLine(`text\n${formatReviewRoundLine(files)}`)).toBeNull();
    expect(parseReviewRoundLine('<!-- playbook-ops:review-round files=roles.yaml,%zz -->')).toBeNull();
  });
});

describe('an alert incident line', () => {
  it('takes only a key of exactly 16 hex digits', () => {
    expect(() => formatAlertIncidentLine({ key: '0123456789abcdef0', run: 1 })).toThrow(/16 hex digits/);
    expect(() => formatAlertIncidentLine({ key: 'x0123456789abcdef', run: 1 })).toThrow(/16 hex digits/);
  });
});
