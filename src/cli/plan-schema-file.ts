/**
 * The plan format's JSON schema lives in two places a reader looks: schemas/plan.schema.json
 * (for editors, via "$schema") and docs/plan-format.md. Both are generated from planSchema by
 * `npm run sim -- plan-schema --write`; tests/cli/plan.test.ts fails when either drifts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CliError, writeFileAtomically } from './io';
import { planJsonSchema } from './plan';

export const PLAN_SCHEMA_PATH = resolve(__dirname, '..', '..', 'schemas', 'plan.schema.json');
export const PLAN_DOC_PATH = resolve(__dirname, '..', '..', 'docs', 'plan-format.md');
export const DOC_START =
  '<!-- plan-schema:start (generated: npm run sim -- plan-schema --write) -->';
export const DOC_END = '<!-- plan-schema:end -->';

export function planSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

/** The schema as embedded in the doc: a fenced json block between the markers. */
export function docSchemaBlock(schemaText = planSchemaText()): string {
  return `${DOC_START}\n\n\`\`\`json\n${schemaText}\`\`\`\n\n${DOC_END}`;
}

/** The JSON text between the doc's markers, or null if the markers are missing. */
export function schemaTextInDoc(doc: string): string | null {
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start) return null;
  const inner = doc.slice(start + DOC_START.length, end);
  const m = /```json\n([\s\S]*?)```/.exec(inner);
  return m ? (m[1] ?? null) : null;
}

/** Formats as the repository's prettier config does, so `npm run lint` accepts the output. */
async function prettier(text: string, path: string): Promise<string> {
  const options = (await resolveConfig(path)) ?? {};
  return format(text, { ...options, filepath: path });
}

/** Regenerates the schema file and the doc's schema block (tests compare parsed JSON). */
export async function writePlanSchemaFiles(): Promise<string[]> {
  const text = await prettier(planSchemaText(), PLAN_SCHEMA_PATH);
  writeFileAtomically(PLAN_SCHEMA_PATH, text);
  let doc: string;
  try {
    doc = readFileSync(PLAN_DOC_PATH, 'utf8');
  } catch {
    throw new CliError(`Cannot read "${PLAN_DOC_PATH}" to update its schema block.`);
  }
  const start = doc.indexOf(DOC_START);
  const end = doc.indexOf(DOC_END);
  if (start < 0 || end < start)
    throw new CliError(`"${PLAN_DOC_PATH}" lacks the markers ${DOC_START} ... ${DOC_END}.`);
  const updated = doc.slice(0, start) + docSchemaBlock(text) + doc.slice(end + DOC_END.length);
  writeFileAtomically(PLAN_DOC_PATH, await prettier(updated, PLAN_DOC_PATH));
  return [PLAN_SCHEMA_PATH, PLAN_DOC_PATH];
}
