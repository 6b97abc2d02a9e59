import { normalizeWords } from './normalize-words.js';
import { slugify } from './slug.js';

/**
 * Who a contact name or an escalation target means, as contact ids. The source names the same
 * people differently in different places ("VP of Engineering" in the contact list, "VP Engineering"
 * in management escalation, "Executive leadership" as a technical level), so names are compared
 * in a canonical form and a few group names stand for several contacts.
 */

/**
 * Each known contact's names, in canonical form (see `canonical`), and the ids they stand for. A
 * function rather than a module constant, so that mutation testing can switch each name.
 */
function aliases(): [string[], string[]][] {
  return [
    [['primary on call', 'primary on call engineer', 'primary'], ['primary-on-call']],
    [['secondary on call', 'secondary on call engineer', 'secondary', 'backup on call'], ['secondary-on-call']],
    [['on call', 'on call engineer', 'on call team', 'on call rotation'], ['primary-on-call', 'secondary-on-call']],
    [['security team', 'security on call', 'security'], ['security-team']],
    [['cto', 'chief technology officer'], ['cto']],
    [['vp engineering', 'vp of engineering', 'vice president engineering', 'vice president of engineering', 'vp eng'], ['vp-engineering']],
    [['cto vp engineering', 'executive leadership', 'executive', 'executive team', 'leadership', 'engineering leadership'], ['cto', 'vp-engineering']],
    [['head of security', 'security lead', 'ciso', 'chief information security officer'], ['head-of-security']],
    [['customer success lead', 'customer success'], ['customer-success-lead']],
    [['cloud provider support', 'cloud provider', 'cloud support'], ['cloud-provider-support']],
    [['database vendor support', 'database vendor', 'database support'], ['database-vendor-support']],
    [['security vendor support', 'security vendor'], ['security-vendor-support']],
    [['senior engineer', 'senior engineering'], ['senior-engineers']],
    [['team lead', 'team leader', 'engineering team lead'], ['team-leads']],
    [['architect', 'solution architect', 'system architect'], ['architects']],
    [['platform lead', 'platform leader'], ['platform-leads']],
    [['director', 'engineering director', 'director of engineering'], ['engineering-director']],
  ];
}

/** Lower-case words, without filler words and plural `s`, so `Team Leads` and `team lead` compare equal. */
function canonical(name: string): string {
  return normalizeWords(name)
    .split(' ')
    .filter((word) => !['the', 'our', 'an', 'a'].includes(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

/** The contact ids `name` stands for, or null when it is none of the known contacts. */
export function knownContactIds(name: string): string[] | null {
  const wanted = canonical(name);
  return aliases().find(([names]) => names.includes(wanted))?.[1] ?? null;
}

/** The id a contact list entry gets: its known id when it names exactly one known contact, else its slug. */
export function contactId(name: string): string {
  const known = knownContactIds(name);
  return known !== null && known.length === 1 && known[0] !== undefined ? known[0] : slugify(name);
}

/**
 * Splits an escalation target into the people it names: `Senior engineers and team leads` →
 * `Senior engineers`, `team leads`; `CTO/VP Engineering` → `CTO`, `VP Engineering`. A phrase known
 * as a whole (`Executive leadership`, `CTO/VP Engineering`) is not split.
 */
export function splitTargets(text: string): string[] {
  if (knownContactIds(text) !== null) return [text.trim()];
  return text
    .split(/\s*(?:,|\/|;|\band\b|&|\bor\b|\+)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
