// Access control: tenant roles, minimum-necessary policies, API key scopes and rotation, users with
// MFA, sessions, break-glass grants. Every tenant-scoped table: RLS enabled and forced, keyed on
// the transaction's phigate.tenant (no setting, no rows), as in 001.
import { tenantPolicy } from './rls.js';

export const sql = `
-- Built-in roles gain the permissions of the access-control work (data, not code).
update roles set permissions = array['gateway:chat','gateway:embeddings','vault:detokenize','audit:read','vendors:write','keys:write','policies:write','users:write','tenants:write','roles:write','break_glass:use','access:review']
 where name = 'admin';
update roles set permissions = array['gateway:chat','gateway:embeddings','vault:detokenize','break_glass:use'] where name = 'clinician';

-- A tenant's own roles, besides the global built-ins (whose names they may not take).
create table tenant_roles (
  tenant_id uuid not null references tenants(id),
  name text not null check (name ~ '^[a-z][a-z0-9_-]{0,62}$'),
  description text not null check (length(description) <= 500),
  permissions text[] not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, name)
);
${tenantPolicy('tenant_roles')}

-- Minimum necessary: per role and purpose of use ('*' = any), which identifier kinds come back
-- restored, what the others become, and which FHIR fields are hidden.
create table access_policies (
  tenant_id uuid not null references tenants(id),
  role text not null check (role = '*' or role ~ '^[a-z][a-z0-9_-]{0,62}$'),
  purpose text not null check (purpose = '*' or purpose ~ '^[A-Z]{2,16}$'),
  restore text[] not null,
  otherwise text not null check (otherwise in ('token', 'redact')),
  hide_fields text[] not null default '{}',
  updated_at timestamptz not null default now(),
  primary key (tenant_id, role, purpose)
);
${tenantPolicy('access_policies')}

-- API keys: roles may be a tenant's own (checked by the service), scopes narrow the role's
-- permissions, rotation links the old key to its successor.
alter table api_keys drop constraint if exists api_keys_role_fkey;
alter table api_keys add column scopes text[];
alter table api_keys add column rotated_to uuid;
alter table api_keys add column user_id uuid;

create table users (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  username text not null check (username ~ '^[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}$'),
  role text not null check (role ~ '^[a-z][a-z0-9_-]{0,62}$'),
  password_hash text not null,
  totp_secret bytea,
  totp_pending bytea,
  totp_last_step bigint not null default 0,
  mfa_enrolled_at timestamptz,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  deactivated_at timestamptz,
  unique (tenant_id, username)
);
${tenantPolicy('users')}

create table recovery_codes (
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references users(id),
  code_hash bytea not null,
  used_at timestamptz,
  primary key (tenant_id, user_id, code_hash)
);
${tenantPolicy('recovery_codes')}

create table sessions (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  user_id uuid not null references users(id),
  token_hash bytea not null unique,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  idle_seconds integer not null check (idle_seconds between 60 and 900),
  absolute_expires_at timestamptz not null,
  revoked_at timestamptz
);
${tenantPolicy('sessions')}

create table break_glass (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  principal text not null check (length(principal) between 1 and 200),
  via text not null,
  reason bytea not null,
  started_at timestamptz not null,
  expires_at timestamptz not null,
  ended_at timestamptz,
  reviewed_at timestamptz,
  reviewed_by text,
  check (expires_at > started_at)
);
create index break_glass_principal on break_glass (tenant_id, principal, expires_at);
${tenantPolicy('break_glass')}

-- The door through which a presented session token finds its tenant: only that session's row.
create function phigate_find_session(p_hash bytea)
  returns table (id uuid, tenant_id uuid, user_id uuid, username text, role text, created_at timestamptz,
                 last_seen_at timestamptz, idle_seconds integer, absolute_expires_at timestamptz,
                 revoked_at timestamptz, deactivated_at timestamptz, tenant_shredded boolean)
  language sql stable security definer
  set search_path = pg_catalog, public
  as $$
    select s.id, s.tenant_id, s.user_id, u.username, u.role, s.created_at, s.last_seen_at, s.idle_seconds,
           s.absolute_expires_at, s.revoked_at, u.deactivated_at, t.shredded_at is not null
      from public.sessions s join public.users u on u.id = s.user_id join public.tenants t on t.id = s.tenant_id
     where s.token_hash = p_hash
  $$;

-- API key lookup now also returns scopes (a new function; the 001 one stays for older callers).
create function phigate_find_api_key_v2(p_hash bytea)
  returns table (id uuid, tenant_id uuid, principal text, role text, scopes text[], expires_at timestamptz,
                 revoked_at timestamptz, tenant_shredded boolean)
  language sql stable security definer
  set search_path = pg_catalog, public
  as $$
    select k.id, k.tenant_id, k.principal, k.role, k.scopes, k.expires_at, k.revoked_at, t.shredded_at is not null
      from public.api_keys k join public.tenants t on t.id = k.tenant_id
     where k.secret_hash = p_hash
  $$;

grant select, insert, update, delete on tenant_roles to phigate_app;
grant select, insert, update, delete on access_policies to phigate_app;
grant select, insert, update on users to phigate_app;
grant select, insert, update, delete on recovery_codes to phigate_app;
grant select, insert, update on sessions to phigate_app;
grant select, insert, update on break_glass to phigate_app;
revoke all on function phigate_find_session(bytea) from public;
grant execute on function phigate_find_session(bytea) to phigate_app;
revoke all on function phigate_find_api_key_v2(bytea) from public;
grant execute on function phigate_find_api_key_v2(bytea) to phigate_app;
`;
