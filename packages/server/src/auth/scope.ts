import type { Db } from '../db/index.js';
import type { Locale } from '../messages.js';
import { notFound } from '../problems.js';
import { getIdea } from '../store/ideas.js';
import { handles, type StaffPerson } from './staff.js';

/**
 * The idea, if it is this person's to handle (their own areas, when the municipality gives
 * ideeenmakelaars theirs); otherwise 404, as if it did not exist.
 */
export async function ownIdea(db: Db, person: StaffPerson, id: number, locale: Locale) {
  const idea = await getIdea(db, id);
  if (!idea || !handles(person, idea.area_code)) throw notFound(locale);
  return idea;
}
