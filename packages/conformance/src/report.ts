import type { Finding } from './run.js';

/** Every check in the order they run; a check without findings did not run (read-only, or skipped). */
export const CHECKS = [
  'schemas',
  'problem-json',
  'paging-and-bbox',
  'clusters',
  'cors',
  'caching',
  'privacy',
  'submission',
  'idempotency',
  'staff-flow',
] as const;

const group = (findings: Finding[]) =>
  CHECKS.map((check) => ({ check, found: findings.filter((f) => f.check === check) })).filter((g) => g.found.length);

/** The report people read: PASS or FAIL per check, and for each failure the request, the contract and the fix. */
export function textReport(base: string, findings: Finding[]): string {
  const lines = [`buurtkit-conformance ${base}`, ''];
  const groups = group(findings);
  for (const { check, found } of groups) {
    const failed = found.filter((f) => !f.ok);
    if (!failed.length) {
      lines.push(`PASS ${check}: ${found.map((f) => f.message).join('; ')}`);
      continue;
    }
    for (const f of failed) {
      lines.push(`FAIL ${check}: ${f.message}`);
      if (f.request) lines.push(`     request:  ${f.request}`);
      if (f.contract) lines.push(`     contract: ${f.contract}`);
      if (f.fix) lines.push(`     fix:      ${f.fix}`);
    }
  }
  const failing = groups.filter((g) => g.found.some((f) => !f.ok)).length;
  lines.push('', `${groups.length} checks: ${groups.length - failing} passed, ${failing} failed`);
  return lines.join('\n');
}

const xml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** JUnit XML for a CI: one test case per check, one failure per finding. */
export function junitReport(base: string, findings: Finding[]): string {
  const groups = group(findings);
  const failures = groups.filter((g) => g.found.some((f) => !f.ok)).length;
  const cases = groups.map(({ check, found }) => {
    const failed = found.filter((f) => !f.ok);
    const body = failed
      .map(
        (f) =>
          `<failure message="${xml(f.message)}">${xml(
            [f.request && `request: ${f.request}`, f.contract && `contract: ${f.contract}`, f.fix && `fix: ${f.fix}`]
              .filter(Boolean)
              .join('\n'),
          )}</failure>`,
      )
      .join('');
    return `    <testcase classname="buurtkit-conformance" name="${check}">${body}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="buurtkit-conformance" tests="${groups.length}" failures="${failures}">
  <testsuite name="${xml(base)}" tests="${groups.length}" failures="${failures}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
