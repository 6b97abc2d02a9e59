import { test } from 'vitest';
import { readSchemas, createAjv, SCHEMA_BASE_URL } from '../../src/config/schema-validator.js';
test('x', async () => {
  const ajv = createAjv(await readSchemas('schemas'));
  const v = ajv.getSchema(SCHEMA_BASE_URL + 'process.schema.json')!;
  const doc = JSON.parse('{"kind":"process","__proto__":{"a":1},"review":{"owners":["@a"],"last_reviewed":"2026-01-01","cadence":"15 mins"},"phases":[{"id":"a","name":"A","steps":["x", 5, {"title":"t","taks":["a"]}, {"title": 3}, ""]}]}');
  v(doc);
  for (const e of v.errors!) console.log(e.keyword, e.instancePath, e.schemaPath, JSON.stringify(e.params), (e.parentSchema as any)?.title, e.message);
});
