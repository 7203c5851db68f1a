// The roles a credential can carry, and which of them may write.
export const roles = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

const writingRoles: ReadonlySet<Role> = new Set(['curator', 'admin']);

/** Curators and admins write; readers only read. */
export function mayWrite(role: Role): boolean {
  return writingRoles.has(role);
}
