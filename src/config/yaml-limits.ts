/** Limits that keep hostile or broken YAML from exhausting memory or time. */

/** How much one playbook file may contain. */
export interface YamlLimits {
  /** Largest file read, in bytes; larger files are reported and not parsed. */
  maxBytes: number;
  /** Deepest nesting of mappings and sequences, also after aliases are expanded. */
  maxDepth: number;
  /** Most aliases (`*name`) in one file. */
  maxAliases: number;
  /** Most nodes the document may have once aliases are expanded (stops "billion laughs"). */
  maxNodes: number;
}

/** The defaults: far above any real playbook, far below what hurts. */
export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 1_000_000,
};
