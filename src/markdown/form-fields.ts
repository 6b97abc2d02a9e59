/** The fields of the incident issue form, in form order. The form and its parser share this list. */
export const FORM_FIELDS = [
  { id: 'severity', label: 'Severity', type: 'dropdown' },
  { id: 'scenario', label: 'Scenario', type: 'dropdown' },
  { id: 'services', label: 'Affected services', type: 'input' },
  { id: 'summary', label: 'Summary', type: 'textarea' },
  { id: 'started', label: 'Start time', type: 'input' },
] as const;

/** The id of a form field. */
export type FormFieldId = (typeof FORM_FIELDS)[number]['id'];

/** The dropdown answer for "none of these scenarios". */
export const OTHER_SCENARIO = 'Other / not sure';
