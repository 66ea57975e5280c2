/** The part of a database connection the rest of phigate uses: parameterised SQL, nothing else. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type StoreKind = 'pglite' | 'postgres';

/**
 * A phigate database. Application code reaches rows only through `withTenant` (row-level
 * security on, the tenant bound for the transaction, running as the unprivileged `phigate_app`
 * role) or `withApp` (the same role, no tenant: tenant-scoped tables then show nothing).
 * `withOwner` runs as the connecting (schema-owning) role; only migrations, the SECURITY DEFINER
 * boundary and tests that simulate an attacker with database access use it.
 */
export interface Store {
  readonly kind: StoreKind;
  withTenant<T>(tenantId: string, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  withApp<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  withOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * One statement, in a transaction of its own, as the connecting role: one round trip. Only for
   * the functions that bind their tenant and switch to `phigate_app` themselves
   * (`phigate_commit_request`); everything else goes through `withTenant`.
   */
  call<T = Record<string, unknown>>(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
  /** Round trip to the database (readiness). */
  ping(): Promise<void>;
  /**
   * Calls `onMessage` with the payload of each `pg_notify(channel, payload)` committed by any
   * process on this database (PostgreSQL: a dedicated connection, re-opened after a failure, which
   * then reports `'*'` since messages may have been missed). Resolves to a function that stops.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const APP_ROLE = 'phigate_app';
export const TENANT_SETTING = 'phigate.tenant';
