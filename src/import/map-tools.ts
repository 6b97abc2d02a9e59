import type { Link } from 'mdast';
import type { ToolsDoc } from '../config/documents.js';
import { type ItemLead, itemsIn } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import { quote } from './notes.js';
import type { Section } from './sections.js';
import { slugify, uniqueId } from './slug.js';

type Tool = ToolsDoc['categories'][number]['tools'][number];

/** The links of a bullet: a tool's url is one of them when it is a web address. */
function linksOf(lead: ItemLead): Link[] {
  return lead.paragraph?.children.filter((node): node is Link => node.type === 'link') ?? [];
}

const WEB_ADDRESS = /^https?:\/\//;

/**
 * One tool from a bullet: `PagerDuty for alerting and on-call management` → name and purpose,
 * `**Grafana**: dashboards` likewise; a link's target becomes the url.
 */
function toTool(lead: ItemLead): Tool {
  const link = linksOf(lead).find((candidate) => WEB_ADDRESS.test(candidate.url));
  const url = link === undefined ? {} : { url: link.url };
  if (lead.label !== null && lead.value !== '') return { name: lead.label, purpose: lead.value, ...url };
  const at = lead.text.indexOf(' for ');
  if (at < 0) return { name: lead.text, ...url };
  return { name: lead.text.slice(0, at).trim(), purpose: lead.text.slice(at + 5).trim(), ...url };
}

/** The id of a category: its name up to ` and ` (`Monitoring and Alerting` → `monitoring`); a slug is never empty. */
function categoryId(name: string): string {
  return slugify(name.split(/\s+(?:and|&)\s+/i)[0] ?? name);
}

/**
 * Tools and resources: one category per sub-heading (or one `Tools` category for a flat list), one
 * tool per bullet. Returns null when the source has no tools section.
 */
export function mapTools(context: MapContext): ToolsDoc | null {
  const { ledger, review } = context;
  const found = takeSection(context, 'tools');
  if (found === null) return null;
  const { section } = found;
  const taken = new Set<string>();
  const categories: ToolsDoc['categories'] = [];
  const parts: [Section, string][] = [[section, 'Tools'], ...context.sections.children(section).map((child): [Section, string] => [child, child.title])];
  for (const [part, name] of parts) {
    const leads = itemsIn(part.content).filter((lead) => lead.text !== '');
    if (leads.length === 0 || name === '') continue;
    const tools = leads.map(toTool);
    // A link within a site or wiki is no address a responder can open from the card: said, not dropped.
    for (const lead of leads) {
      for (const link of linksOf(lead).filter((candidate) => !WEB_ADDRESS.test(candidate.url))) {
        ledger.note('not imported', lead.item, `link ${quote(link.url)} of ${quote(lead.text)}: a tool's url is a web address (http or https)`);
      }
    }
    tools.forEach((tool, index) => ledger.source(leads[index]?.item, tool, 'name'));
    categories.push({ id: uniqueId(categoryId(name), taken), name, tools });
    ledger.use(...leads.map((lead) => lead.item));
  }
  return { kind: 'tools', categories, review };
}
