// Writes the precompiled schema validators (ajv standalone code) into action/src/yaml/generated/.
// They are committed, so tests and tsx runs use the same code as the bundles; `npm run check:dist`
// fails when they differ from a fresh generation. The generator is TypeScript (it shares ajvOptions()
// with the tests), loaded through tsx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export async function writeSchemaValidators() {
  const { GENERATED_DIR, schemaValidatorFiles } = await tsImport(
    '../action/src/yaml/schema-codegen.ts',
    import.meta.url,
  );
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(schemaValidatorFiles()))
    writeFileSync(join(GENERATED_DIR, name), text);
}
