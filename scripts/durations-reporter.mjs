// A node:test reporter that prints, after the run, how long each test file took, slowest first,
// and the whole run's wall time: the suite must stay under 5 minutes on a 2-core machine, and
// this shows where the time goes. Used beside the usual reporter by scripts/run-tests.mjs.
export default async function* durations(source) {
  const files = new Map();
  const counts = { passed: 0, failed: 0, skipped: 0 };
  /** Files with a failed test: a file that fails on its own (it does not load) counts once. */
  const failedIn = new Set();
  const started = Date.now();
  for await (const event of source) {
    const done = event.type === 'test:pass' || event.type === 'test:fail';
    // Tests, not the suites and files that hold them.
    if (done && event.data.details?.type !== 'suite' && !(event.data.nesting === 0 && event.data.file === event.data.name)) {
      if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped++;
      else if (event.type === 'test:pass') counts.passed++;
      else {
        counts.failed++;
        failedIn.add(event.data.file);
      }
    } else if (event.type === 'test:fail' && event.data.nesting === 0 && !failedIn.has(event.data.file)) counts.failed++;
    if (done && event.data.nesting === 0) {
      const file = event.data.file ?? event.data.name;
      files.set(file, (files.get(file) ?? 0) + (event.data.details?.duration_ms ?? 0));
    }
  }
  const rows = [...files].sort((a, b) => b[1] - a[1]);
  const cwd = `${process.cwd()}/`;
  yield '\nper-file durations (s):\n';
  for (const [file, ms] of rows) yield `${(ms / 1000).toFixed(1).padStart(7)}  ${String(file).replace(cwd, '')}\n`;
  yield `suite wall time: ${((Date.now() - started) / 1000).toFixed(1)} s over ${rows.length} files\n`;
  yield `tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
