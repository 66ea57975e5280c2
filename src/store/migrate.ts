import { PhigateError } from '../common/index.js';
import { checksum, migrations, type Migration } from './migrations/index.js';
import { APP_ROLE, type Queryable } from './types.js';

/** Advisory-lock key shared by every phigate process that migrates this database. */
const MIGRATION_LOCK = 0x70686967; // "phig"

/**
 * Applies pending migrations in one transaction, holding a transaction-scoped advisory lock so
 * that several processes starting at once against one server apply each migration exactly once.
 * `runInTx` must run `fn` inside a transaction as the schema owner.
 */
export async function migrate(
  runInTx: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>,
  list: Migration[] = migrations,
): Promise<number[]> {
  return runInTx(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} nologin nosuperuser nobypassrls noinherit;
      end if;
    exception
      -- Roles are cluster-wide and the advisory lock is per database: another database of the
      -- same cluster may be creating the role right now.
      when duplicate_object or unique_violation then null;
    end $$`);
    // The connecting role must be able to SET ROLE to the app role.
    await tx.query(`do $$ begin
      if not pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') then
        execute format('grant ${APP_ROLE} to %I', current_user);
      end if;
    end $$`);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`);
    const done = await tx.query<{ version: number; checksum: string }>('select version, checksum from schema_migrations');
    const applied = new Map(done.rows.map((r) => [Number(r.version), r.checksum]));
    const ran: number[] = [];
    for (const m of list) {
      const seen = applied.get(m.version);
      if (seen !== undefined) {
        if (seen !== checksum(m)) {
          throw new PhigateError('migration_mismatch', `migration ${m.version} (${m.name}) differs from the one applied`, 500);
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        m.version,
        m.name,
        checksum(m),
      ]);
      ran.push(m.version);
    }
    const newest = Math.max(0, ...applied.keys());
    const known = Math.max(0, ...list.map((m) => m.version));
    if (newest > known) {
      throw new PhigateError('schema_too_new', `the database schema (version ${newest}) is newer than this phigate`, 500);
    }
    return ran;
  });
}
