/** The escalation preview's chart: Mermaid gantt source a reader of the pull request sees drawn. */
import { describe, expect, it } from 'vitest';
import type { PreviewStep, SeverityPreview } from '../../src/review/escalation-preview.js';
import { ganttChart } from '../../src/review/gantt.js';

const step = (minute: number, short: string, until: number | null = null): PreviewStep => ({ minute, text: short, short, until });

const preview = (before: PreviewStep[] | null, after: PreviewStep[] | null): SeverityPreview => ({ label: 'sev-1', name: 'Critical', before, after, changed: true });

describe('ganttChart', () => {
  it('draws the base above the pull request on one axis of hours after the declaration', () => {
    const chart = ganttChart(preview([step(0, 'Page L1 Alice', 15), step(15, 'Page L2 Bob', 45)], [step(0, 'Page L1 Alice', 10), step(1_500, 'Update reminder')]));
    expect(chart).toBe(
      [
        'gantt',
        '  title SEV-1 declared at T and never acknowledged',
        '  dateFormat YYYY-MM-DD HH:mm',
        '  axisFormat %H:%M',
        '  section Before',
        '    T+0 min Page L1 Alice :b0, 2000-01-01 00:00, 15m',
        '    T+15 min Page L2 Bob :b1, 2000-01-01 00:15, 30m',
        '  section After',
        '    T+0 min Page L1 Alice :a0, 2000-01-01 00:00, 10m',
        '    T+25 h Update reminder :a1, 2000-01-02 01:00, 5m',
      ].join('\n'),
    );
  });

  it('draws a step without a deadline, or with one not after it, as a short mark so its label shows', () => {
    const chart = ganttChart(preview([step(30, 'Label escalated'), step(30, 'Page L3', 30), step(30, 'Page L4', 20), step(30, 'Page L5', 31)], []));
    expect(chart.split('\n').filter((line) => line.startsWith('    '))).toEqual([
      '    T+30 min Label escalated :b0, 2000-01-01 00:30, 5m',
      '    T+30 min Page L3 :b1, 2000-01-01 00:30, 5m',
      '    T+30 min Page L4 :b2, 2000-01-01 00:30, 5m',
      '    T+30 min Page L5 :b3, 2000-01-01 00:30, 1m',
    ]);
  });

  it('says a severity is not in a set instead of drawing an empty section', () => {
    expect(ganttChart(preview(null, [step(0, 'Page L1')])).split('\n').slice(4)).toEqual([
      '  section Before',
      '    not in this set :b0, 2000-01-01 00:00, 5m',
      '  section After',
      '    T+0 min Page L1 :a0, 2000-01-01 00:00, 5m',
    ]);
  });

  it('keeps playbook text from ending a task name or starting a directive', () => {
    const chart = ganttChart(preview([step(0, 'Page  %%{init}%% a:b #c;d\n\te (f) g/h+i \'j\' k-l, m. ;#')], null));
    expect(chart.split('\n')[5]).toBe("    T+0 min Page init a b c d e (f) g/h+i 'j' k-l, m. :b0, 2000-01-01 00:00, 5m");
  });

  it('cuts a long name to 120 characters', () => {
    const line = ganttChart(preview([step(0, 'x'.repeat(300))], null)).split('\n')[5] ?? '';
    expect(line).toBe(`    ${`T+0 min ${'x'.repeat(300)}`.slice(0, 120)} :b0, 2000-01-01 00:00, 5m`);
  });
});
