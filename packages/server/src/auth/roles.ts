/**
 * Staff roles and what each may do. One table, read by the server (which enforces it on
 * every staff endpoint) and published through `GET /staff/me` (so the desk hides what a
 * role cannot do, without knowing the table itself).
 */
export const ROLES = ['ideeenmakelaar', 'beheer', 'analist'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** The inbox, an idea with its photos and mails, an initiative's backers and offers. */
  'ideas:read': ['ideeenmakelaar', 'beheer'],
  /** Answer, publish, close, move phases, mail on or off, handle offers. */
  'ideas:handle': ['ideeenmakelaar', 'beheer'],
  /** The contact persons, with their mail addresses and phone numbers. */
  'contacts:read': ['ideeenmakelaar', 'beheer'],
  /** Add, change or remove contact persons; change themes. */
  'settings:manage': ['beheer'],
  'figures:read': ['ideeenmakelaar', 'beheer', 'analist'],
  'audit:read': ['ideeenmakelaar', 'beheer', 'analist'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
    (PERMISSIONS[p] as readonly Role[]).some((r) => roles.includes(r)),
  );

export const may = (roles: readonly Role[], permission: Permission) =>
  (PERMISSIONS[permission] as readonly Role[]).some((r) => roles.includes(r));
