import { resolve } from 'node:path';

/** Where the generated plan JSON schema lives (kept equal to planJsonSchema() by a test). */
export const PLAN_SCHEMA_PATH = resolve(__dirname, '..', '..', 'schemas', 'plan.schema.json');
