import { json, type Db } from '../db/index.js';
import { codeChain, rankContacts, type Ranked } from '@buurtkit/api/contact-rule';
import { areaProperties, areasAtPoint, areasByCodes, type AreaRow } from './areas.js';

type OfficeHours = { day: number; from: string; to: string; place?: string };
type ContactRow = {
  id: number;
  name: string;
  role: string;
  photo: string | null;
  email: string | null;
  phone: string | null;
  office_hours: string;
  languages: string;
  themes: string;
  desk: number;
  areas: string | null;
};

export type Contact = {
  id: number;
  name: string;
  role: string;
  photo: string | null;
  email: string | null;
  phone: string | null;
  officeHours: OfficeHours[];
  languages: string[];
  areas: string[];
  themes: string[];
  desk: boolean;
};

export type ContactInput = {
  name: string;
  role: string;
  photo?: string | null;
  email?: string | null;
  phone?: string | null;
  officeHours?: OfficeHours[];
  languages?: string[];
  areas?: string[];
  themes?: string[];
  desk?: boolean;
};

const SELECT = `SELECT c.id, c.name, c.role, c.photo, c.email, c.phone, c.office_hours, c.languages, c.themes, c.desk
  FROM contacts c`;

async function withAreas(db: Db, rows: ContactRow[]): Promise<Contact[]> {
  if (!rows.length) return [];
  const links = await db.all<{ contact_id: number; area_code: string }>(
    `SELECT contact_id, area_code FROM contact_areas WHERE contact_id IN (${rows.map(() => '?').join(', ')}) ORDER BY
      area_code`,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    role: r.role,
    photo: r.photo,
    email: r.email,
    phone: r.phone,
    officeHours: json<OfficeHours[]>(r.office_hours, []),
    languages: json<string[]>(r.languages, []),
    areas: links.filter((l) => Number(l.contact_id) === Number(r.id)).map((l) => l.area_code),
    themes: json<string[]>(r.themes, []),
    desk: Number(r.desk) === 1,
  }));
}

export async function listContacts(db: Db): Promise<Contact[]> {
  return withAreas(db, await db.all<ContactRow>(`${SELECT} ORDER BY c.desk DESC, c.name`));
}

export async function getContact(db: Db, id: number): Promise<Contact | undefined> {
  const rows = await db.all<ContactRow>(`${SELECT} WHERE c.id = ?`, [id]);
  return (await withAreas(db, rows))[0];
}

export async function saveContact(db: Db, input: ContactInput, now: string, id?: number): Promise<number> {
  const values = [
    input.name,
    input.role,
    input.photo ?? null,
    input.email ?? null,
    input.phone ?? null,
    JSON.stringify(input.officeHours ?? []),
    JSON.stringify(input.languages ?? []),
    JSON.stringify(input.themes ?? []),
    input.desk ?? false,
    now,
  ];
  if (id === undefined) {
    const row = await db.get<{ id: number }>(
      `INSERT INTO contacts (name, role, photo, email, phone, office_hours, languages, themes, desk, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      values,
    );
    id = Number(row!.id);
  } else {
    await db.run(
      `UPDATE contacts SET name = ?, role = ?, photo = ?, email = ?, phone = ?, office_hours = ?, languages = ?,
       themes = ?, desk = ?, updated_at = ? WHERE id = ?`,
      [...values, id],
    );
    await db.run('DELETE FROM contact_areas WHERE contact_id = ?', [id]);
  }
  for (const code of new Set(input.areas ?? [])) {
    await db.run('INSERT INTO contact_areas (contact_id, area_code) VALUES (?, ?)', [id, code]);
  }
  return id;
}

export type ContactMatch = Ranked<Contact>;

/**
 * The contact finder's rule (`rankContacts`, shared with static folders) on the areas the
 * query falls in, most specific first, and the contacts who cover them and the desks.
 */
export async function findContacts(
  db: Db,
  query: { area?: string; lat?: number; lon?: number; theme?: string },
): Promise<{
  area: ReturnType<typeof areaProperties> | null;
  areas: ReturnType<typeof areaProperties>[];
  contacts: ContactMatch[];
}> {
  let chain: string[];
  let known: AreaRow[];
  if (query.area) {
    chain = codeChain(query.area);
    known = await areasByCodes(db, chain);
  } else if (query.lat === undefined || query.lon === undefined) {
    // No place known (an idea without a location): only the desk answers.
    chain = [];
    known = [];
  } else {
    known = await areasAtPoint(db, query.lon!, query.lat!);
    chain = [...new Set(known.flatMap((a) => codeChain(a.code)))];
  }
  const covering = chain.length
    ? await db.all<ContactRow>(
        `${SELECT} WHERE c.desk = 1 OR c.id IN (SELECT contact_id FROM contact_areas WHERE area_code IN (${chain
          .map(() => '?')
          .join(', ')}))`,
        chain,
      )
    : await db.all<ContactRow>(`${SELECT} WHERE c.desk = 1`);
  const contacts = rankContacts(chain, await withAreas(db, covering), query.theme);
  const areas = known.map(areaProperties);
  return { area: areas[0] ?? null, areas, contacts };
}

export const publicContact = (c: Contact | undefined) =>
  c ? { id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone } : null;

export async function deleteContact(db: Db, id: number): Promise<void> {
  await db.run('DELETE FROM contacts WHERE id = ?', [id]);
}

/** Where a contact person's mails go, and whether they asked for none. */
export async function contactMail(db: Db, id: number): Promise<{ email: string | null; off: boolean } | undefined> {
  const row = await db.get<{ email: string | null; mail_off: number }>(
    'SELECT email, mail_off FROM contacts WHERE id = ?',
    [id],
  );
  return row && { email: row.email, off: Number(row.mail_off) === 1 };
}

export async function setContactMailOff(db: Db, id: number, off: boolean): Promise<boolean> {
  return (await db.run('UPDATE contacts SET mail_off = ? WHERE id = ?', [off, id])).changes === 1;
}
