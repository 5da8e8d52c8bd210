import { dutchDate } from '../calendar/working-days.js';
import type { Db } from '../db/index.js';
import { answerDue } from './ideas.js';
import { getPhaseModel } from './reference.js';

const DAY = 86_400_000;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The annual-report figures of the ideas received in one year: what became of them,
 * how many are realised (their initiative is in the last phase of its model) and how
 * quickly residents heard back, against the answer promise. Spam is left out.
 */
export async function ideaFigures(db: Db, year: number, responseDays: number) {
  const rows = await db.all<{
    status: string;
    theme: string;
    submitted_at: string;
    answered_at: string | null;
    answer_days: number | null;
    phase: string | null;
    phase_model: string | null;
  }>(
    `SELECT d.status, d.theme, d.submitted_at, d.answered_at, d.answer_days, i.phase, i.phase_model
     FROM ideas d LEFT JOIN initiatives i ON i.id = d.initiative_id
     WHERE d.status <> 'spam' AND d.submitted_at >= ? AND d.submitted_at < ?`,
    [`${year}-01-01`, `${year + 1}-01-01`],
  );
  const lastPhase = new Map<string, string | undefined>();
  for (const key of new Set(rows.map((r) => r.phase_model).filter((k): k is string => !!k))) {
    lastPhase.set(key, (await getPhaseModel(db, key))?.phases.at(-1)?.key);
  }
  const realised = (r: (typeof rows)[number]) =>
    r.status === 'published' && !!r.phase_model && lastPhase.get(r.phase_model) === r.phase;
  const answered = rows.filter((r) => r.answered_at);
  const byTheme = new Map<string, { theme: string; received: number; published: number; realised: number }>();
  for (const r of rows) {
    const t = byTheme.get(r.theme) ?? { theme: r.theme, received: 0, published: 0, realised: 0 };
    t.received++;
    if (r.status === 'published') t.published++;
    if (realised(r)) t.realised++;
    byTheme.set(r.theme, t);
  }
  const days = median(answered.map((r) => (Date.parse(r.answered_at!) - Date.parse(r.submitted_at)) / DAY));
  return {
    year,
    responseDays,
    received: rows.length,
    open: rows.filter((r) => r.status === 'received').length,
    published: rows.filter((r) => r.status === 'published').length,
    closed: rows.filter((r) => r.status === 'closed').length,
    realised: rows.filter(realised).length,
    answered: answered.length,
    answeredInTime: answered.filter((r) => dutchDate(new Date(r.answered_at!)) <= answerDue(r, responseDays)).length,
    medianDaysToFirstAnswer: days === null ? null : Math.round(days * 10) / 10,
    // Draagvlak in the year: confirmations, whichever year the initiative started.
    backers: await confirmedIn(db, 'backers', year),
    offers: await confirmedIn(db, 'offers', year),
    byTheme: [...byTheme.values()].sort((a, b) => b.received - a.received || a.theme.localeCompare(b.theme)),
  };
}

async function confirmedIn(db: Db, table: 'backers' | 'offers', year: number): Promise<number> {
  const row = await db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM ${table} WHERE confirmed_at >= ? AND confirmed_at < ?`,
    [`${year}-01-01`, `${year + 1}-01-01`],
  );
  return Number(row?.n ?? 0);
}
