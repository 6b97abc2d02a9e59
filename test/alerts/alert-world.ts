/**
 * Shared material for the alert tests: the default playbook set (whose alerts section maps
 * `severity: critical` to SEV-1 and `*Down` to the service-outage scenario) and notifications built
 * from a few fields.
 */
import { join } from 'node:path';
import type { AlertItem, AlertNotification } from '../../src/alerts/alert-notification.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';

/** The playbooks shipped in the repository. */
export function defaultSet(): Promise<PlaybookSet> {
  return loadPlaybooks(join(import.meta.dirname, '..', '..', 'playbooks'));
}

/** One alert: firing, with `labels`, no annotations, start or link unless given. */
export function alert(labels: Record<string, string>, more: Partial<AlertItem> = {}): AlertItem {
  return { status: 'firing', labels, annotations: {}, startsAt: null, generatorURL: null, ...more };
}

/** An Alertmanager notification of `alerts`, grouped by `groupLabels`, unless `more` says otherwise. */
export function notification(alerts: AlertItem[], more: Partial<AlertNotification> = {}): AlertNotification {
  return {
    source: 'alertmanager',
    status: alerts.some((item) => item.status === 'firing') ? 'firing' : 'resolved',
    receiver: 'ops',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: null,
    alerts,
    truncatedAlerts: 0,
    ...more,
  };
}
