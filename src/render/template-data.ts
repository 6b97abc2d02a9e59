/**
 * The data a template sees. Templates get a deep copy made of null-prototype objects, so a lookup
 * of `constructor`, `__proto__` or `toString` finds nothing and (in strict mode) throws instead of
 * reaching into JavaScript's prototypes. Only JSON-like values are copied: anything else is a bug
 * in the caller and fails loudly.
 */

/** A JSON-like value as templates receive it. */
export type TemplateValue = string | number | boolean | null | TemplateValue[] | { [key: string]: TemplateValue };

function copy(value: unknown, path: string, ancestors: Set<object>): TemplateValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`template data: ${path} is ${value}`);
    return value;
  }
  if (typeof value !== 'object') throw new TypeError(`template data: ${path} is a ${typeof value}, not JSON-like data`);
  // Shared references (a role named by several scenarios) are fine; a cycle is not.
  if (ancestors.has(value)) throw new TypeError(`template data: ${path} refers back to itself`);
  ancestors.add(value);
  let result: TemplateValue;
  if (Array.isArray(value)) {
    result = value.map((item, index) => copy(item, `${path}[${index}]`, ancestors));
  } else {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`template data: ${path} is not a plain object`);
    const object = Object.create(null) as { [key: string]: TemplateValue };
    for (const [key, item] of Object.entries(value)) {
      // A missing optional value reads as null, so templates test it with {{#if}} rather than crash.
      object[key] = item === undefined ? null : copy(item, `${path}.${key}`, ancestors);
    }
    // Handlebars' strict mode names the object in its error message; this makes that message
    // say where in the data the lookup failed. A symbol key is out of reach of template lookups.
    Object.defineProperty(object, Symbol.toPrimitive, { value: () => path });
    result = object;
  }
  ancestors.delete(value);
  return result;
}

/** A null-prototype deep copy of `value` for a template; throws on functions, class instances and cycles. */
export function toTemplateData(value: unknown): TemplateValue {
  return copy(value, 'data', new Set());
}
