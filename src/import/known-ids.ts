import { normalizeWords } from './normalize-words.js';
import { slugify } from './slug.js';

/**
 * The fixed ids other parts of playbook-ops build on (the `/role` command, `/status PHASE`, scenario
 * labels). A name that means one of them gets that id whatever its wording; any other name gets
 * its slug, so a team's own roles, phases and scenarios survive the import.
 */
interface KnownId {
  id: string;
  /** Tested against the normalized name (lower-case words). */
  pattern: RegExp;
}

// The tables are functions rather than module constants, so that mutation testing can switch each pattern.
function roles(): KnownId[] {
  return [
    { id: 'ic', pattern: /\bincident (commander|manager|lead(er)?)\b|^ic$/ },
    { id: 'comms', pattern: /\bcomm(unication)?s?\b.*\b(lead|manager|officer|coordinator)\b|^comms$/ },
    { id: 'tech', pattern: /\b(technical|tech|engineering) (lead|leader|owner)\b|^tl$/ },
    { id: 'sme', pattern: /\bsubject matter experts?\b|^smes?$/ },
  ];
}

function phases(): KnownId[] {
  return [
    { id: 'post-incident', pattern: /\bpost incident\b|\bpost mortem\b|\bretrospective\b|\bfollow up\b|\blessons\b/ },
    { id: 'detection', pattern: /\bdetect|\balert(ing)?\b|\bidentification\b/ },
    { id: 'initial-response', pattern: /\binitial\b|\btriage\b|\bfirst response\b|\backnowledge/ },
    { id: 'investigation', pattern: /\binvestigat|\bdiagnos|\banalysis\b/ },
    { id: 'mitigation', pattern: /\bmitigat|\bcontain/ },
    { id: 'resolution', pattern: /\bresol(ution|ve)\b|\brecover|\bremediat/ },
  ];
}

function scenarios(): KnownId[] {
  return [
    { id: 'service-outage', pattern: /\boutage\b|\bdowntime\b|\bunavailab|\bservice down\b/ },
    { id: 'performance-degradation', pattern: /\bperformance\b|\blatency\b|\bslow/ },
    { id: 'security-incident', pattern: /\bsecurity\b|\bbreach\b|\bintrusion\b|\bcompromise/ },
    { id: 'data-integrity', pattern: /\bdata (integrity|corruption|loss|inconsisten)|\bintegrity\b|\bcorrupt|\bmismatch/ },
  ];
}

/** The fixed id `name` means, if any. */
function knownId(table: KnownId[], name: string): string | undefined {
  const words = normalizeWords(name);
  return table.find((known) => known.pattern.test(words))?.id;
}

function resolve(table: KnownId[], name: string): string {
  return knownId(table, name) ?? slugify(name);
}

/**
 * The role id for a role name or abbreviation: `Incident Commander` → `ic`, and a name of the
 * team's own with a known abbreviation (`Duty Captain (IC)`) → `ic` too.
 */
export function roleId(name: string, abbreviation: string | null): string {
  return knownId(roles(), name) ?? (abbreviation === null ? undefined : knownId(roles(), abbreviation)) ?? slugify(name);
}

/** The phase id for a phase name: `Containment and Mitigation` → `mitigation`. */
export function phaseId(name: string): string {
  return resolve(phases(), name);
}

/** The scenario id for a scenario name: `Data Integrity Issue` → `data-integrity`. */
export function scenarioId(name: string): string {
  return resolve(scenarios(), name);
}
