import * as checks from './checks.js';
import { Run, type Finding } from './run.js';

export { textReport, junitReport, CHECKS } from './report.js';
export type { Finding } from './run.js';

export type Options = {
  /** Also send an idea and try its Idempotency-Key. */
  write?: boolean;
  /** With write: the staff flow too, and what the run made is closed and erased. */
  staffToken?: string;
  /** Seconds between opening the form and sending it (servers refuse bots that are too fast). */
  fillSeconds?: number;
  timeoutMs?: number;
};

/** Checks a backend at `base` (…/api/v1) against the contract; every finding, passed and failed. */
export async function checkBackend(base: string, o: Options = {}): Promise<Finding[]> {
  const run = new Run(base.replace(/\/+$/, ''), {
    staffToken: o.staffToken,
    fillSeconds: o.fillSeconds ?? 4,
    timeoutMs: o.timeoutMs ?? 15_000,
  });
  const { list, bbox, themes } = await checks.schemas(run);
  await checks.problems(run);
  const inBox = await checks.paging(run, bbox);
  await checks.clusters(run, bbox, inBox);
  await checks.cors(run);
  await checks.caching(run);
  await checks.privacy(run, list);
  if (o.write && themes[0]) await checks.writes(run, themes[0].key);
  return run.findings;
}
