/**
 * True when a database error (or its cause, as Drizzle wraps driver errors) is a unique
 * violation (SQLSTATE 23505), optionally of the named constraint.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = 'code' in e ? e.code : undefined;
    if (code === '23505') {
      if (!constraint) return true;
      const name = 'constraint' in e ? e.constraint : 'constraint_name' in e ? e.constraint_name : undefined;
      const text = 'message' in e && typeof e.message === 'string' ? e.message : '';
      return name === constraint || text.includes(constraint);
    }
    e = 'cause' in e ? e.cause : undefined;
  }
  return false;
}
