/**
 * The ajv options the bundled schemas are compiled with (IN-12: `$data` off, strict on, all errors).
 * Compilation happens at build time (schema-codegen.ts); these options are baked into the generated
 * validators, and a test regenerates them to prove the committed file still matches.
 */
export function ajvOptions() {
  return { allErrors: true, verbose: true, strict: true, strictRequired: false, $data: false, allowUnionTypes: false, unicodeRegExp: true } as const;
}
