import type { Link } from 'mdast';
import type { AudienceDoc, ChannelDoc, CommunicationDoc } from '../config/documents.js';
import { findDuration } from './duration-words.js';
import { normalizeWords } from './normalize-words.js';
import type { Ledger } from './ledger.js';
import { type ItemLead, itemsIn } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import type { SeverityScale } from './severity-scale.js';
import { slugify, uniqueId } from './slug.js';

/** A sub-heading whose entries are external audiences: `External Communication`, `Audiences`. */
const isExternalTitle = (words: string): boolean => /\bexternal\b|\baudiences?\b|\bstakeholders?\b/.test(words);

/** A label that names an audience even outside an external sub-heading: `Customers`, `Press` (a function, so that mutation testing can switch it). */
function audiencePattern(): RegExp {
  return /\b(customers?|clients?|shippers?|stakeholders?|public|press|media|partners?|executives?|board|regulators?|users?)\b/;
}

/** `Status page updates and email notifications` → `Status page updates`, `Email notifications`. */
function splitMeans(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1));
}

/** Splits `X for Y` at the last ` for `: what is done, and for whom or when. */
function splitFor(text: string): { what: string; condition: string | null } {
  const at = text.toLowerCase().lastIndexOf(' for ');
  if (at < 0) return { what: text, condition: null };
  return { what: text.slice(0, at).trim(), condition: text.slice(at + 5).trim() };
}

/** The first http(s) link in an item, for a channel's url. */
function linkOf(lead: ItemLead): string | null {
  const link = lead.paragraph?.children.find((node): node is Link => node.type === 'link' && /^https?:\/\//.test(node.url));
  return link?.url ?? null;
}

/**
 * `Every 30 minutes for SEV-1, hourly for SEV-2` → a cadence per severity. Returns null when a
 * part names no severity or no duration, so the item is reported rather than half-imported.
 */
function parseCadences(text: string, scale: SeverityScale): { severity: string; every: string }[] | null {
  const cadences: { severity: string; every: string }[] = [];
  for (const part of text.split(/\s*[,;]\s*/).filter((each) => each.trim() !== '')) {
    const duration = findDuration(part);
    const severities = scale.mentions(part);
    if (duration === null || severities.length === 0) return null;
    for (const severity of severities) cadences.push({ severity, every: duration.text });
  }
  return cadences.length === 0 ? null : cadences;
}

interface Plan {
  /** Status updates with the item they came from, for the mapping report. */
  sourced: [ItemLead['item'], object][];
  channels: ChannelDoc[];
  statusUpdates: { severity: string; every: string }[];
  audiences: AudienceDoc[];
}

/**
 * Maps one labelled item into the plan. Returns what it wrote: the channel or audience (whose name
 * the item gives), `cadences` for status updates, or null when the item was not understood.
 */
function mapItem(lead: ItemLead, external: boolean, plan: Plan, taken: Set<string>, scale: SeverityScale): ChannelDoc | AudienceDoc | 'cadences' | null {
  if (lead.label === null || lead.value === '') return null;
  const label = normalizeWords(lead.label);
  if (/\b(status )?updates?\b|\bcadence\b/.test(label) && !external) {
    const cadences = parseCadences(lead.value, scale);
    if (cadences === null) return null;
    for (const cadence of cadences) plan.sourced.push([lead.item, cadence]);
    plan.statusUpdates.push(...cadences);
    return 'cadences';
  }
  const priority = /\bprimary\b/.test(label) ? 'primary' : /\b(secondary|backup|fallback)\b/.test(label) ? 'secondary' : null;
  if (priority !== null || (/\bchannel\b/.test(label) && !external)) {
    const { what, condition } = splitFor(lead.value);
    const url = linkOf(lead);
    const channel: ChannelDoc = {
      // `The ops-incident Slack channel` → `ops-incident-slack-channel`: an article is no part of an id.
      id: uniqueId(slugify(what.replace(/^(?:the|a|an|our)\s+/i, '')), taken),
      name: what,
      priority: priority ?? (plan.channels.length === 0 ? 'primary' : 'secondary'),
      ...(condition === null ? {} : { use_for: condition }),
      ...(url === null ? {} : { url }),
    };
    plan.channels.push(channel);
    return channel;
  }
  if (!external && !audiencePattern().test(label)) return null;
  const { what, condition } = splitFor(lead.value);
  const severities = condition === null ? [] : scale.mentions(condition);
  const audience: AudienceDoc = {
    id: uniqueId(slugify(lead.label), taken),
    name: lead.label,
    means: splitMeans(what),
    ...(severities.length > 0 ? { severities } : {}),
    ...(condition !== null && severities.length === 0 ? { when: condition } : {}),
  };
  plan.audiences.push(audience);
  return audience;
}

/**
 * The communication plan: channels (`**Primary Channel**: …`), the status-update cadence per
 * severity (`**Status Updates**: Every 30 minutes for SEV-1, hourly for SEV-2`) and, under an
 * external heading, the audiences and how they are told. Returns null when there is no such section.
 */
export function mapCommunication(context: MapContext): CommunicationDoc | null {
  const { ledger, review, scale } = context;
  const found = takeSection(context, 'communication');
  if (found === null) return null;
  const plan: Plan = { sourced: [], channels: [], statusUpdates: [], audiences: [] };
  const taken = new Set<string>();
  for (const part of found.parts) {
    const external = part !== found.section && isExternalTitle(normalizeWords(part.title));
    for (const lead of itemsIn(part.content)) {
      const written = mapItem(lead, external, plan, taken, scale);
      if (written === null) continue;
      ledger.use(lead.item);
      // The item's line is the source of the name it wrote; a cadence's line is recorded per cadence below.
      if (written !== 'cadences') ledger.source(lead.item, written, 'name');
    }
  }
  for (const [item, cadence] of plan.sourced) ledger.source(item, cadence, 'every');
  noteEmpty(ledger, found.section.heading, plan);
  return { kind: 'communication', channels: plan.channels, status_updates: plan.statusUpdates, audiences: plan.audiences, review };
}

/** Says which parts of the plan the section did not give, so an empty list in the YAML is explained. */
function noteEmpty(ledger: Ledger, at: Parameters<Ledger['note']>[1], plan: Plan): void {
  if (plan.channels.length === 0) ledger.note('missing', at, 'communication channels: none found in this section');
  if (plan.statusUpdates.length === 0) ledger.note('missing', at, 'status-update cadence: none found in this section');
  if (plan.audiences.length === 0) ledger.note('missing', at, 'external audiences: none found in this section');
}
