import { createHash, randomBytes, randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { Secret, TOTP } from 'otpauth';
import type { AuditActor, AuditEventInput, AuditService } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import type { KeyService } from '../crypto/index.js';
import { toBuffer, type Queryable, type Store } from '../store/index.js';
import type { ApiKeyService, Principal } from './api-keys.js';
import type { AccessConfig } from './config.js';
import type { RoleService } from './roles.js';

export interface User {
  id: string;
  tenantId: string;
  username: string;
  role: string;
  mfaEnrolled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface SessionInfo {
  id: string;
  tenantId: string;
  userId: string;
  createdAt: string;
  idleSeconds: number;
  expiresAt: string;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}$/;
const SESSION_SHAPE = /^phs_[A-Za-z0-9_-]{43}$/;
const TOTP_CODE = /^\d{6}$/;
const RECOVERY_CODE = /^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const TOTP_PERIOD = 30;
/** What a credential step returns when the factor it checked was wrong (counted toward lockout). */
const FAIL: unique symbol = Symbol('fail');
const RECOVERY_CODES = 10;

/** Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

function recoveryCode(): string {
  const b = randomBytes(16);
  let s = '';
  for (let i = 0; i < 16; i++) s += BASE32[b[i]! & 31];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

const badCredentials = () => new PhigateError('invalid_credentials', 'wrong tenant, username, password or code', 401);
const locked = () => new PhigateError('account_locked', 'too many failed attempts: the account is locked for a while', 429);

interface UserRow {
  id: string;
  tenant_id: string;
  username: string;
  role: string;
  password_hash: string;
  totp_secret: unknown;
  totp_pending: unknown;
  totp_last_step: string | number;
  mfa_enrolled_at: Date | null;
  failed_attempts: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Date;
  deactivated_at: Date | null;
}
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toUser = (r: UserRow): User => ({
  id: r.id,
  tenantId: r.tenant_id,
  username: r.username,
  role: r.role,
  mfaEnrolled: r.mfa_enrolled_at !== null,
  lockedUntil: iso(r.locked_until),
  lastLoginAt: iso(r.last_login_at),
  createdAt: new Date(r.created_at).toISOString(),
  deactivatedAt: iso(r.deactivated_at),
});

/**
 * People: unique users per tenant, Argon2id passwords, TOTP required for everyone (enrolment
 * with a provisioning URI, ten single-use recovery codes stored as SHA-256 hashes of 80 random
 * bits), lockout with exponential back-off, and server-side sessions (idle timeout at most 15
 * minutes, absolute lifetime, revocation). Deactivation ends sessions and revokes keys in one
 * transaction. Errors never say which factor was wrong and never contain what was presented.
 */
export class UserService {
  /** Injectable clock (tests). */
  now: () => number = Date.now;
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
    private readonly audit: AuditService,
    private readonly apiKeys: ApiKeyService,
    private readonly roles: RoleService,
    private readonly config: AccessConfig,
  ) {}

  // ------------------------------------------------------------------ administration

  async create(tenantId: string, input: { username: string; role: string; password: string }, actor?: AuditActor): Promise<User> {
    if (!USERNAME.test(input.username)) throw new PhigateError('username_invalid', 'usernames are 1-200 characters of letters, digits and ._@+-', 400);
    checkPassword(input.password);
    await this.roles.require(tenantId, input.role);
    const hash = await argon2.hash(input.password, ARGON2_OPTIONS);
    const id = randomUUID();
    try {
      return await this.store.withTenant(tenantId, async (tx) => {
        const r = await tx.query<UserRow>(
          `insert into users (id, tenant_id, username, role, password_hash, created_at) values ($1, $2, $3, $4, $5, $6) returning *`,
          [id, tenantId, input.username, input.role, hash, new Date(this.now())],
        );
        await this.audit.admin(tx, tenantId, { subtype: 'user.create', ...(actor ? { actor } : {}), target: { type: 'user', id } });
        return toUser(r.rows[0]!);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new PhigateError('user_exists', 'a user of that name exists in this tenant', 409);
      if ((e as { code?: string }).code === '23503') throw new PhigateError('tenant_not_found', 'no such tenant', 404);
      throw e;
    }
  }

  async list(tenantId: string): Promise<User[]> {
    return this.store.withTenant(tenantId, async (tx) =>
      (await tx.query<UserRow>('select * from users where tenant_id = $1 order by username', [tenantId])).rows.map(toUser),
    );
  }

  async get(tenantId: string, ref: string): Promise<User> {
    return this.store.withTenant(tenantId, async (tx) => toUser(await this.row(tx, tenantId, ref)));
  }

  private async row(tx: Queryable, tenantId: string, ref: string, forUpdate = false): Promise<UserRow> {
    const byId = UUID.test(ref);
    if (!byId && !USERNAME.test(ref)) throw new PhigateError('user_not_found', 'no such user in this tenant', 404);
    const r = await tx.query<UserRow>(`select * from users where tenant_id = $1 and ${byId ? 'id = $2::uuid' : 'username = $2'}${forUpdate ? ' for update' : ''}`, [tenantId, ref]);
    if (!r.rows[0]) throw new PhigateError('user_not_found', 'no such user in this tenant', 404);
    return r.rows[0];
  }

  async setRole(tenantId: string, ref: string, role: string, actor?: AuditActor): Promise<User> {
    await this.roles.require(tenantId, role);
    return this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref, true);
      const r = await tx.query<UserRow>('update users set role = $3 where tenant_id = $1 and id = $2 returning *', [tenantId, u.id, role]);
      // A changed role takes effect at the next login.
      await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null', [tenantId, u.id, new Date(this.now())]);
      await this.audit.admin(tx, tenantId, { subtype: 'user.role', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
      return toUser(r.rows[0]!);
    });
  }

  async setPassword(tenantId: string, ref: string, password: string, actor?: AuditActor): Promise<void> {
    checkPassword(password);
    const hash = await argon2.hash(password, ARGON2_OPTIONS);
    await this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref, true);
      await tx.query('update users set password_hash = $3, failed_attempts = 0, locked_until = null where tenant_id = $1 and id = $2', [tenantId, u.id, hash]);
      await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null', [tenantId, u.id, new Date(this.now())]);
      await this.audit.admin(tx, tenantId, { subtype: 'user.password', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
    });
  }

  /** Clears the user's second factor (a lost device): they enrol again at the next login. */
  async resetMfa(tenantId: string, ref: string, actor?: AuditActor): Promise<void> {
    await this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref, true);
      await tx.query('update users set totp_secret = null, totp_pending = null, mfa_enrolled_at = null where tenant_id = $1 and id = $2', [tenantId, u.id]);
      await tx.query('delete from recovery_codes where tenant_id = $1 and user_id = $2', [tenantId, u.id]);
      await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null', [tenantId, u.id, new Date(this.now())]);
      await this.audit.admin(tx, tenantId, { subtype: 'user.mfa_reset', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
    });
  }

  async unlock(tenantId: string, ref: string, actor?: AuditActor): Promise<void> {
    await this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref, true);
      await tx.query('update users set failed_attempts = 0, locked_until = null where tenant_id = $1 and id = $2', [tenantId, u.id]);
      await this.audit.admin(tx, tenantId, { subtype: 'user.unlock', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
    });
  }

  /**
   * A leaver: the account stops working, every session ends and every API key of the user is
   * revoked, in one transaction.
   */
  async deactivate(tenantId: string, ref: string, actor?: AuditActor): Promise<{ user: User; sessionsEnded: number; keysRevoked: number }> {
    const out = await this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref, true);
      const at = new Date(this.now());
      const r = await tx.query<UserRow>('update users set deactivated_at = coalesce(deactivated_at, $3) where tenant_id = $1 and id = $2 returning *', [tenantId, u.id, at]);
      const s = await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null returning id', [tenantId, u.id, at]);
      const keysRevoked = await this.apiKeys.revokeForUserIn(tx, tenantId, u.id, u.username);
      await this.audit.admin(tx, tenantId, { subtype: 'user.deactivate', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
      return { user: toUser(r.rows[0]!), sessionsEnded: s.rows.length, keysRevoked };
    });
    this.apiKeys.forget();
    return out;
  }

  /**
   * A person changes their own password (the current one and a second factor again); every other
   * session of theirs ends.
   */
  async changeOwnPassword(tenantId: string, username: string, current: string, code: string, next: string, keepSessionId?: string): Promise<void> {
    checkPassword(next);
    const hash = await argon2.hash(next, ARGON2_OPTIONS);
    await this.withCredentials(tenantId, username, current, async (tx, u) => {
      if (!u.mfa_enrolled_at || u.totp_secret == null) throw new PhigateError('mfa_enrollment_required', 'enrol a second factor first (TOTP)', 403);
      const secret = await this.keys.decrypt(tx, tenantId, 'users', u.id, toBuffer(u.totp_secret));
      const step = this.totpStep(secret, code, Number(u.totp_last_step));
      if (step === null) return FAIL;
      await tx.query('update users set password_hash = $3, totp_last_step = $4, failed_attempts = 0, locked_until = null where tenant_id = $1 and id = $2', [tenantId, u.id, hash, step]);
      await tx.query(
        `update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null${keepSessionId ? ' and id <> $4' : ''}`,
        keepSessionId ? [tenantId, u.id, new Date(this.now()), keepSessionId] : [tenantId, u.id, new Date(this.now())],
      );
      await this.audit.admin(tx, tenantId, { subtype: 'user.password', actor: this.actorOf(u), target: { type: 'user', id: u.id } });
      return true;
    });
  }

  // ------------------------------------------------------------------ MFA enrolment

  /** Step 1 (password): a new TOTP secret, returned once as a provisioning URI for an authenticator app. */
  async beginMfa(tenantId: string, username: string, password: string): Promise<{ provisioningUri: string; secret: string }> {
    return this.withCredentials(tenantId, username, password, async (tx, u, tenantName) => {
      // Once a factor is enrolled, the password alone proves nothing here: the same answer as a wrong one.
      if (u.mfa_enrolled_at) throw badCredentials();
      const secret = new Secret({ size: 20 });
      const sealed = await this.keys.encrypt(tx, tenantId, 'users', u.id, Buffer.from(secret.bytes));
      await tx.query('update users set totp_pending = $3 where tenant_id = $1 and id = $2', [tenantId, u.id, sealed]);
      const totp = new TOTP({ issuer: 'phigate', label: `${tenantName}:${u.username}`, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD, secret });
      return { provisioningUri: totp.toString(), secret: secret.base32 };
    });
  }

  /** Step 2 (password and a current code): the factor is active; ten recovery codes, shown once. */
  async confirmMfa(tenantId: string, username: string, password: string, code: string): Promise<{ recoveryCodes: string[] }> {
    return this.withCredentials(tenantId, username, password, async (tx, u) => {
      if (u.mfa_enrolled_at) throw badCredentials();
      if (u.totp_pending == null) throw new PhigateError('mfa_not_started', 'start the enrolment first', 409);
      const secret = await this.keys.decrypt(tx, tenantId, 'users', u.id, toBuffer(u.totp_pending));
      const step = this.totpStep(secret, code, Number(u.totp_last_step));
      if (step === null) return FAIL;
      const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
      await tx.query(
        `update users set totp_secret = totp_pending, totp_pending = null, totp_last_step = $3, mfa_enrolled_at = $4 where tenant_id = $1 and id = $2`,
        [tenantId, u.id, step, new Date(this.now())],
      );
      await tx.query('delete from recovery_codes where tenant_id = $1 and user_id = $2', [tenantId, u.id]);
      for (const c of codes) await tx.query('insert into recovery_codes (tenant_id, user_id, code_hash) values ($1, $2, $3)', [tenantId, u.id, sha256(c)]);
      await this.audit.admin(tx, tenantId, { subtype: 'user.mfa_enrol', actor: this.actorOf(u), target: { type: 'user', id: u.id } });
      return { recoveryCodes: codes };
    });
  }

  // ------------------------------------------------------------------ login and sessions

  /** Password and second factor (a TOTP code or a recovery code): a session token, shown once. */
  async login(tenantId: string, username: string, password: string, code: string): Promise<{ token: string; session: SessionInfo; user: User }> {
    return this.withCredentials(tenantId, username, password, async (tx, u) => {
      if (!u.mfa_enrolled_at || u.totp_secret == null) throw new PhigateError('mfa_enrollment_required', 'enrol a second factor first (TOTP)', 403);
      let step: number | null = null;
      const c = code.trim().toLowerCase();
      if (TOTP_CODE.test(c)) {
        const secret = await this.keys.decrypt(tx, tenantId, 'users', u.id, toBuffer(u.totp_secret));
        step = this.totpStep(secret, c, Number(u.totp_last_step));
        if (step === null) return FAIL;
      } else if (RECOVERY_CODE.test(c)) {
        const used = await tx.query(
          'update recovery_codes set used_at = $4 where tenant_id = $1 and user_id = $2 and code_hash = $3 and used_at is null returning user_id',
          [tenantId, u.id, sha256(c), new Date(this.now())],
        );
        if (!used.rows.length) return FAIL;
      } else {
        return FAIL;
      }
      const now = this.now();
      const token = `phs_${randomBytes(32).toString('base64url')}`;
      const id = randomUUID();
      const idle = this.config.sessionIdleSeconds;
      const expires = new Date(now + this.config.sessionMaxSeconds * 1000);
      await tx.query(
        `insert into sessions (id, tenant_id, user_id, token_hash, created_at, last_seen_at, idle_seconds, absolute_expires_at)
         values ($1, $2, $3, $4, $5, $5, $6, $7)`,
        [id, tenantId, u.id, sha256(token), new Date(now), idle, expires],
      );
      const r = await tx.query<UserRow>(
        `update users set failed_attempts = 0, locked_until = null, last_login_at = $3${step !== null ? ', totp_last_step = $4' : ''} where tenant_id = $1 and id = $2 returning *`,
        step !== null ? [tenantId, u.id, new Date(now), step] : [tenantId, u.id, new Date(now)],
      );
      await this.audit.record(tenantId, this.loginEvent(u, 'success', step !== null ? 'totp' : 'recovery_code', id), tx);
      return {
        token,
        user: toUser(r.rows[0]!),
        session: { id, tenantId, userId: u.id, createdAt: new Date(now).toISOString(), idleSeconds: idle, expiresAt: expires.toISOString() },
      };
    });
  }

  /** Checks a presented session token; every use moves the idle deadline. 401 `invalid_session` otherwise. */
  async authenticateSession(presented: string | undefined): Promise<Principal> {
    if (!presented || !SESSION_SHAPE.test(presented)) throw invalidSession();
    const h = sha256(presented);
    const row = await this.store.withApp(async (tx) => {
      const r = await tx.query<{
        id: string;
        tenant_id: string;
        user_id: string;
        username: string;
        role: string;
        last_seen_at: Date;
        idle_seconds: number;
        absolute_expires_at: Date;
        revoked_at: Date | null;
        deactivated_at: Date | null;
        tenant_shredded: boolean;
      }>('select * from phigate_find_session($1)', [h]);
      return r.rows[0];
    });
    const now = this.now();
    if (!row || row.revoked_at || row.deactivated_at || row.tenant_shredded) throw invalidSession();
    if (new Date(row.last_seen_at).getTime() + row.idle_seconds * 1000 <= now) throw invalidSession();
    if (new Date(row.absolute_expires_at).getTime() <= now) throw invalidSession();
    await this.store.withTenant(row.tenant_id, (tx) =>
      tx.query('update sessions set last_seen_at = greatest(last_seen_at, $3) where tenant_id = $1 and id = $2', [row.tenant_id, row.id, new Date(now)]),
    );
    return {
      tenantId: row.tenant_id,
      principal: row.username,
      role: row.role,
      permissions: await this.roles.permissions(row.tenant_id, row.role),
      keyId: `session:${row.id}`,
      sessionId: row.id,
      via: 'session',
    };
  }

  /** Ends the session of a presented token (logout). */
  async logout(presented: string): Promise<void> {
    const p = await this.authenticateSession(presented);
    await this.store.withTenant(p.tenantId, async (tx) => {
      await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and id = $2 and revoked_at is null', [p.tenantId, p.sessionId, new Date(this.now())]);
      await this.audit.record(p.tenantId, { action: 'login', subtype: 'logout', actor: { principal: p.principal, role: p.role, sessionId: p.sessionId!, via: 'session' }, purpose: 'HSYSADMIN', outcome: 'success' }, tx);
    });
  }

  /** Ends every session of a user (server-side revocation). */
  async revokeSessions(tenantId: string, ref: string, actor?: AuditActor): Promise<number> {
    return this.store.withTenant(tenantId, async (tx) => {
      const u = await this.row(tx, tenantId, ref);
      const r = await tx.query('update sessions set revoked_at = $3 where tenant_id = $1 and user_id = $2 and revoked_at is null returning id', [tenantId, u.id, new Date(this.now())]);
      await this.audit.admin(tx, tenantId, { subtype: 'session.revoke', ...(actor ? { actor } : {}), target: { type: 'user', id: u.id } });
      return r.rows.length;
    });
  }

  // ------------------------------------------------------------------ internals

  private actorOf(u: UserRow): AuditActor {
    return { principal: u.username, role: u.role, via: 'session' };
  }

  private loginEvent(u: UserRow, outcome: 'success' | 'denied', subtype: string, sessionId?: string, code?: string): AuditEventInput {
    return {
      action: 'login',
      subtype,
      actor: { principal: u.username, role: u.role, via: 'session', ...(sessionId ? { sessionId } : {}) },
      purpose: 'HSYSADMIN',
      outcome,
      target: { type: 'user', id: u.id },
      ...(code ? { code } : {}),
    };
  }

  /** The TOTP time step a code matches (±1 step), later than the last one used; else null. */
  private totpStep(secretBytes: Buffer, code: string, lastStep: number): number | null {
    const c = code.trim();
    if (!TOTP_CODE.test(c)) return null;
    const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD, secret: new Secret({ buffer: new Uint8Array(secretBytes).buffer }) });
    const now = this.now();
    const delta = totp.validate({ token: c, timestamp: now, window: 1 });
    if (delta === null) return null;
    const step = Math.floor(now / 1000 / TOTP_PERIOD) + delta;
    return step > lastStep ? step : null; // a code is good once
  }

  /**
   * Runs `fn` after the password checks out, counting failures (of the password or of what `fn`
   * reports) toward the lockout. Unknown users cost the same hash verification as known ones.
   */
  private async withCredentials<T>(
    tenantId: string,
    username: string,
    password: string,
    fn: (tx: Queryable, u: UserRow, tenantName: string) => Promise<T | typeof FAIL>,
  ): Promise<T> {
    if (typeof username !== 'string' || typeof password !== 'string' || !USERNAME.test(username) || password.length > 1024) {
      await this.burn();
      throw badCredentials();
    }
    const now = this.now();
    let failure: PhigateError | null = null;
    const result = await this.store.withTenant(tenantId, async (tx) => {
      const t = await tx.query<{ name: string; shredded_at: Date | null }>('select name, shredded_at from tenants where id = $1', [tenantId]);
      const r = await tx.query<UserRow>('select * from users where tenant_id = $1 and username = $2 for update', [tenantId, username]);
      const u = r.rows[0];
      if (!t.rows[0] || t.rows[0].shredded_at || !u || u.deactivated_at) {
        await this.burn();
        failure = badCredentials();
        return undefined;
      }
      if (u.locked_until && new Date(u.locked_until).getTime() > now) {
        await this.audit.record(tenantId, this.loginEvent(u, 'denied', 'password', undefined, 'account_locked'), tx);
        failure = locked();
        return undefined;
      }
      const ok = await argon2.verify(u.password_hash, password).catch(() => false);
      const out = ok ? await fn(tx, u, t.rows[0].name) : FAIL;
      if (out === FAIL) {
        const n = u.failed_attempts + 1;
        const over = n - this.config.lockoutThreshold;
        const lockSeconds = over >= 0 ? Math.min(this.config.lockoutBaseSeconds * 2 ** over, this.config.lockoutMaxSeconds) : 0;
        await tx.query('update users set failed_attempts = $3, locked_until = $4 where tenant_id = $1 and id = $2', [
          tenantId,
          u.id,
          n,
          lockSeconds ? new Date(now + lockSeconds * 1000) : null,
        ]);
        await this.audit.record(tenantId, this.loginEvent(u, 'denied', ok ? 'second_factor' : 'password', undefined, lockSeconds ? 'account_locked' : 'invalid_credentials'), tx);
        failure = badCredentials();
        return undefined;
      }
      return out;
    });
    if (failure) throw failure;
    return result as T;
  }

  /** A login that names no known tenant: the same time and answer as a wrong password. */
  async failSlowly(): Promise<never> {
    await this.burn();
    throw badCredentials();
  }

  /** Spends the time of one password verification (unknown users are not told apart by timing). */
  private async burn(): Promise<void> {
    this.dummyHash ??= argon2.hash(randomBytes(16).toString('hex'), ARGON2_OPTIONS);
    await argon2.verify(await this.dummyHash, 'not-the-password').catch(() => false);
  }
}

const invalidSession = () => new PhigateError('invalid_session', 'missing, unknown, idle, expired or revoked session', 401);

function checkPassword(p: unknown): void {
  if (typeof p !== 'string' || p.length < 12 || p.length > 1024) {
    throw new PhigateError('password_invalid', 'passwords are 12 to 1024 characters', 400);
  }
}
