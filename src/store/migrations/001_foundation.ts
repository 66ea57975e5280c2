// Tenants, per-tenant wrapped keys, API keys, roles and the token vault.
// Every tenant-scoped table: RLS on, FORCE'd (the owner is subject too), policy keyed on the
// transaction's phigate.tenant setting; no setting means no rows.
import { tenantPolicy } from './rls.js';

export const sql = `
create function phigate_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('phigate.tenant', true), '')::uuid $$;

create table tenants (
  id uuid primary key,
  name text not null unique check (name ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
  created_at timestamptz not null default now(),
  shredded_at timestamptz
);

create table roles (
  name text primary key check (name ~ '^[a-z][a-z0-9_-]{0,62}$'),
  description text not null,
  permissions text[] not null,
  builtin boolean not null default false
);

insert into roles (name, description, permissions, builtin) values
  ('admin', 'Administers a tenant: keys, vendors, policies, users; reads the audit log',
    array['gateway:chat','gateway:embeddings','vault:detokenize','audit:read','vendors:write','keys:write','policies:write','users:write','tenants:write'], true),
  ('clinician', 'Uses models for treatment; sees identifiers restored',
    array['gateway:chat','gateway:embeddings','vault:detokenize'], true),
  ('analyst', 'Uses models on de-identified data; identifiers are not restored',
    array['gateway:chat','gateway:embeddings'], true),
  ('service', 'A workload calling the gateway on behalf of an application',
    array['gateway:chat','gateway:embeddings','vault:detokenize'], true);

create table tenant_keys (
  tenant_id uuid not null references tenants(id),
  purpose text not null check (purpose in ('data', 'hmac', 'signing')),
  version integer not null check (version > 0),
  wrapped bytea,
  kek_provider text not null,
  kek_id text not null,
  created_at timestamptz not null default now(),
  rewrapped_at timestamptz,
  destroyed_at timestamptz,
  primary key (tenant_id, purpose, version),
  check ((wrapped is null) = (destroyed_at is not null))
);
${tenantPolicy('tenant_keys')}

create table api_keys (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  prefix text not null unique,
  secret_hash bytea not null unique,
  principal text not null check (length(principal) between 1 and 200),
  role text not null references roles(name),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
${tenantPolicy('api_keys')}

-- The one door through which an unauthenticated request finds its tenant: by the hash of the
-- presented secret, returning only that key's row. Runs as the owner (SECURITY DEFINER).
create function phigate_find_api_key(p_hash bytea)
  returns table (id uuid, tenant_id uuid, principal text, role text, expires_at timestamptz,
                 revoked_at timestamptz, tenant_shredded boolean)
  language sql stable security definer
  set search_path = pg_catalog, public
  as $$
    select k.id, k.tenant_id, k.principal, k.role, k.expires_at, k.revoked_at, t.shredded_at is not null
      from public.api_keys k join public.tenants t on t.id = k.tenant_id
     where k.secret_hash = p_hash
  $$;

create table vault_entries (
  id uuid primary key,
  tenant_id uuid not null references tenants(id),
  scope text not null default '',
  type text not null check (type ~ '^[A-Z][A-Z0-9_]{0,31}$'),
  lookup bytea not null,
  token text not null,
  ciphertext bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  unique (tenant_id, scope, type, lookup),
  unique (tenant_id, token)
);
create index vault_entries_expiry on vault_entries (expires_at) where expires_at is not null;
${tenantPolicy('vault_entries')}

grant select, insert, update on tenants to phigate_app;
grant select on roles to phigate_app;
grant select, insert, update on tenant_keys to phigate_app;
grant select, insert, update on api_keys to phigate_app;
grant select, insert, delete on vault_entries to phigate_app;
grant update (expires_at) on vault_entries to phigate_app;
revoke all on function phigate_find_api_key(bytea) from public;
grant execute on function phigate_find_api_key(bytea) to phigate_app;
grant execute on function phigate_current_tenant() to phigate_app;
`;
