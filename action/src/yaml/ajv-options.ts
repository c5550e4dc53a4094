/**
 * The ajv options the bundled schemas are compiled with (IN-12: `$data` off, strict on, all errors).
 * Not `verbose` and not inlined `$ref`s: both only grow the generated code every cold start parses.
 * Compilation happens at build time (schema-codegen.ts); these options are baked into the generated
 * validators, and a test regenerates them to prove the committed file still matches.
 */
export function ajvOptions() {
  return { allErrors: true, inlineRefs: false, strict: true, strictRequired: false, $data: false, allowUnionTypes: false, unicodeRegExp: true } as const;
}
