/**
 * The check's report as the data of `templates/playbook-check.md.hbs`: sentences grouped under
 * headings, the preview as rows of a before-and-after table and a chart per severity that changed.
 */
import type { Diagnostic } from '../config/diagnostic.js';
import { type Change, CHANGE_AREAS, type ChangeArea } from './changes.js';
import { type CheckReport, checkFails, errorCount } from './check-report.js';
import type { PreviewStep, SeverityPreview } from './escalation-preview.js';
import { ganttChart } from './gantt.js';
import { describeDuration } from '../render/human-duration.js';

const AREA_TITLES: Record<ChangeArea, string> = {
  settings: 'Settings',
  severities: 'Severities and response times',
  escalation: 'Escalation levels',
  management: 'Management escalation',
  contacts: 'Contacts',
  scenarios: 'Scenarios',
  process: 'Process',
  roles: 'Roles',
  reviews: 'Owners and reviews',
  other: 'Other',
};

function groups(changes: readonly Change[]): { title: string; changes: string[] }[] {
  return CHANGE_AREAS.flatMap((area) => {
    const texts = changes.filter((change) => change.area === area).map((change) => change.text);
    return texts.length === 0 ? [] : [{ title: AREA_TITLES[area], changes: texts }];
  });
}

function at(steps: readonly PreviewStep[] | null, minute: number): string | null {
  if (steps === null) return null;
  const texts = steps.filter((step) => step.minute === minute).map((step) => step.text);
  return texts.length === 0 ? null : texts.join('\n');
}

function rows(preview: SeverityPreview): { time: string; before: string | null; after: string | null }[] {
  const minutes = [...new Set([...(preview.before ?? []), ...(preview.after ?? [])].map((step) => step.minute))].sort((a, b) => a - b);
  return minutes.map((minute) => ({ time: `T+${describeDuration(minute)}`, before: at(preview.before, minute), after: at(preview.after, minute) }));
}

/** Up to `limit` diagnostics of one kind as table rows. */
function diagnosticRows(report: CheckReport, severity: Diagnostic['severity'], limit: number) {
  return report.diagnostics
    .filter((diagnostic) => diagnostic.severity === severity)
    .slice(0, limit)
    .map((diagnostic) => ({
      where: `${diagnostic.file === '' ? report.playbooksPath : diagnostic.file}:${diagnostic.line}`,
      rule: diagnostic.rule,
      message: diagnostic.hint === null ? diagnostic.message : `${diagnostic.message}\nhint: ${diagnostic.hint}`,
    }));
}

/** The template data for `report`; `limit` caps the errors and the warnings listed (the rest are counted). */
export function checkView(report: CheckReport, limit: number) {
  const errors = errorCount(report);
  const previews = report.preview ?? [];
  return {
    failed: checkFails(report),
    valid: errors === 0,
    errors,
    warnings: report.diagnostics.length - errors,
    playbooksPath: report.playbooksPath,
    head: report.headSha.slice(0, 7),
    base: report.baseSha.slice(0, 7),
    baseMissing: report.base.available ? null : report.base.reason,
    errorRows: diagnosticRows(report, 'error', limit),
    warningRows: diagnosticRows(report, 'warning', limit),
    moreDiagnostics: Math.max(0, errors - limit) + Math.max(0, report.diagnostics.length - errors - limit),
    compared: report.changes !== null,
    groups: groups(report.changes ?? []),
    previews: previews
      .filter((preview) => preview.changed)
      .map((preview) => ({ title: `${preview.label.toUpperCase()} (${preview.name})`, rows: rows(preview), gantt: ganttChart(preview) })),
    unchangedPreviews: previews.filter((preview) => !preview.changed).map((preview) => preview.label.toUpperCase()),
    stale: report.stale,
  };
}
