import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkBackend, junitReport, textReport } from './index.js';

const USAGE = `Usage: buurtkit-conformance URL [--write --staff-token T] [--junit FILE] [--fill-seconds N]
  Checks the backend at URL (its /api/v1 address) against the Buurtkit API contract: every public
  read against the OpenAPI schemas, problem+json with pointers, paging and bbox, clusters, CORS on
  staff endpoints, caching headers and that no public answer carries personal data.
  --write            also send an idea (with its Idempotency-Key twice, with another body, and twice at
                     once); with --staff-token the staff flow too, and every idea it made is closed and
                     erased afterwards
  --junit FILE       also write the findings as JUnit XML, for a CI
  --fill-seconds N   wait N seconds between the form token and sending (default 4: like a person)
Exit 0 when every check passed, 1 when one failed, 2 when the backend could not be checked.`;

export async function main(argv: string[]): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        write: { type: 'boolean' },
        'staff-token': { type: 'string' },
        junit: { type: 'string' },
        'fill-seconds': { type: 'string' },
      },
    }));
    if (positionals.length !== 1 || !/^https?:\/\//.test(positionals[0]!)) throw new Error('give one http(s) URL');
  } catch (error) {
    console.error(`buurtkit-conformance: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const base = positionals[0]!;
  let findings;
  try {
    findings = await checkBackend(base, {
      write: values.write,
      staffToken: values['staff-token'] ?? process.env.BUURTKIT_STAFF_TOKEN,
      fillSeconds: values['fill-seconds'] === undefined ? undefined : Number(values['fill-seconds']),
    });
  } catch (error) {
    console.error(`buurtkit-conformance: could not check ${base}: ${(error as Error).message}`);
    return 2;
  }
  console.log(textReport(base, findings));
  if (values.junit) writeFileSync(values.junit, junitReport(base, findings));
  return findings.some((f) => !f.ok) ? 1 : 0;
}
