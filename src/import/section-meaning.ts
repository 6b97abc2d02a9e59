/**
 * What a section is about, read from its heading's words the way people title handbook chapters:
 * `Severity`, `How we prioritise`, `Impact levels` are all severities; `Runbooks`, `Playbooks`,
 * `Incident-Specific Handling Procedures` are all scenarios. Each mapper looks for its meaning, so
 * headings may come at any level, in any order and in any of these wordings.
 */

/** The meanings a section heading can have, one per document of the set (plus overview and review). */
export type SectionMeaning =
  | 'overview'
  | 'roles'
  | 'severities'
  | 'process'
  | 'scenarios'
  | 'communication'
  | 'escalation'
  | 'contacts'
  | 'postmortem'
  | 'tools'
  | 'review';

/**
 * Tried in order, first match wins, on the normalized words (see `normalizeWords`): a more specific
 * meaning comes before a broader one whose words it shares (`Escalation contacts` is escalation,
 * `Post-incident process` is post-mortem, `Incident-specific handling procedures` are scenarios).
 * A function rather than a module constant, so that mutation testing can switch each pattern.
 */
function meanings(): [SectionMeaning, RegExp][] {
  return [
    ['escalation', /\bescalat|\bpaging (policy|order)\b/],
    ['postmortem', /\bpost incident\b|\bpost ?mortems?\b|\bretrospectives?\b|\blessons learned\b|\bafter action\b|\bincident reviews?\b|\bpir\b/],
    ['scenarios', /\bscenarios?\b|\brunbooks?\b|\bplaybooks\b|\bcommon incidents?\b|\bincident types?\b|\bspecific (handling )?(procedures|playbooks|runbooks)\b|\bknown (issues|failures)\b/],
    ['severities', /\bseverit|\bclassification\b|\bprioriti[sz]|\bpriorit(y|ies)\b|\bimpact levels?\b|\bincident levels?\b|\bsev levels?\b/],
    ['contacts', /\bcontacts?\b|\bphone (list|numbers?)\b|\bdirectory\b|\bon ?call\b|\bwho to call\b/],
    ['roles', /\broles?\b|\bresponsibilit|\bresponse team\b|\bteam structure\b|\bwho does what\b|\bcsirt\b/],
    ['communication', /\bcommunicat|\bcomms\b|\bstatus updates?\b|\bnotifications?\b|\bkeeping people informed\b/],
    ['process', /\b(process|phases?|lifecycle|life cycle|workflow|procedures?|handling|stages?)\b|\bhow we respond\b|\bresponse steps\b/],
    ['tools', /\btools?\b|\btooling\b|\bresources\b/],
    ['review', /\bmaintenance\b|\b(plan|playbook|handbook|document) reviews?\b|\breview cadence\b|\bkeeping this (plan|page|handbook) current\b/],
    ['overview', /^(overview|introduction|purpose|about|scope|summary|background)\b/],
  ];
}

/** The meaning of a heading's normalized words, or null for a section no document takes as a whole. */
export function sectionMeaning(words: string): SectionMeaning | null {
  return meanings().find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}
