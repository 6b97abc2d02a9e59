/**
 * Whether a workflow run's event is an alert: a `repository_dispatch` whose `event_type` (the
 * payload's `action`) is `alert`. Its `client_payload` is checked by parse-alert-payload.ts. Pure.
 */

/** The dispatch's event type for alerts: `repository_dispatch: types: [alert]` in the workflow. */
export const ALERT_EVENT_TYPE = 'alert';

/** The `client_payload` of an alert dispatch, or null when the event is not one. */
export function alertDispatch(eventName: string, payload: { action?: unknown; client_payload?: unknown }): { clientPayload: unknown } | null {
  return eventName === 'repository_dispatch' && payload.action === ALERT_EVENT_TYPE ? { clientPayload: payload.client_payload } : null;
}
