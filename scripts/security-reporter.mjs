// node:test reporter for `npm run test:security`: one JSON line per finished test (not suites), read
// by scripts/security-report.mjs to decide which threat and fault rows were proved in this run.
export default async function* securityReporter(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const d = event.data;
    if (d.details?.type === 'suite') continue;
    const error =
      event.type === 'test:fail'
        ? String(d.details?.error?.cause ?? d.details?.error?.message ?? d.details?.error ?? '')
        : undefined;
    yield `${JSON.stringify({ name: d.name, file: d.file, pass: event.type === 'test:pass' && !d.skip && !d.todo, skip: Boolean(d.skip || d.todo), error })}\n`;
  }
}
