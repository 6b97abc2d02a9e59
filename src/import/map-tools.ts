import type { Link } from 'mdast';
import type { ToolsDoc } from '../config/documents.js';
import { type ItemLead, itemsIn } from './list-items.js';
import { type MapContext, takeSection } from './map-context.js';
import type { Section } from './sections.js';
import { slugify, uniqueId } from './slug.js';

type Tool = ToolsDoc['categories'][number]['tools'][number];

/**
 * One tool from a bullet: `PagerDuty for alerting and on-call management` → name and purpose,
 * `**Grafana**: dashboards` likewise; a link's target becomes the url.
 */
function toTool(lead: ItemLead): Tool {
  const link = lead.paragraph?.children.find((node): node is Link => node.type === 'link' && /^https?:\/\//.test(node.url));
  const url = link === undefined ? {} : { url: link.url };
  if (lead.label !== null && lead.value !== '') return { name: lead.label, purpose: lead.value, ...url };
  const at = lead.text.indexOf(' for ');
  if (at < 0) return { name: lead.text, ...url };
  return { name: lead.text.slice(0, at).trim(), purpose: lead.text.slice(at + 5).trim(), ...url };
}

/** The id of a category: its name up to ` and ` (`Monitoring and Alerting` → `monitoring`). */
function categoryId(name: string): string {
  return slugify(name.split(/\s+(?:and|&)\s+/i)[0] ?? name) || slugify(name);
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
    tools.forEach((tool, index) => ledger.source(leads[index]?.item, tool, 'name'));
    categories.push({ id: uniqueId(categoryId(name), taken), name, tools });
    ledger.use(...leads.map((lead) => lead.item));
  }
  return { kind: 'tools', categories, review };
}
