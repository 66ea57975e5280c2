// The audit log: per-tenant append-only events forming an RFC 9162 Merkle tree, the tree head
// (size and compact frontier) that serialises appenders, signed checkpoints, the checkpoint public
// keys, and the record of retention purges. The application role may insert and read events and
// checkpoints, nothing else; triggers refuse UPDATE, DELETE and TRUNCATE, except the deletion done
// by the retention purge function, which checks the age itself.
import { tenantPolicy } from './rls.js';

const appendOnly = (table: string) => `
create trigger ${table}_append_only before update or delete on ${table}
  for each row execute function phigate_audit_append_only();
create trigger ${table}_no_truncate before truncate on ${table}
  for each statement execute function phigate_audit_append_only();
`;

export const sql = `
create function phigate_audit_append_only() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_events'
       and current_setting('phigate.audit_purge', true) = 'on' then
      return old;
    end if;
    raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
      using errcode = '42501';
  end
  $$;

-- Columns the exports filter on, derived from the hashed body so that they can never disagree
-- with it (a generated column is recomputed even when triggers are disabled). The body is RFC 8785
-- canonical JSON written by phigate: "time" and "patients" occur once, as top-level keys (string
-- values escape their quotes), the time is UTC and pseudonyms are base64url, so plain string
-- splitting reads them (several times cheaper than parsing JSON on every insert).
create function phigate_audit_time(body text) returns timestamptz
  language sql immutable parallel safe
  as $$ select split_part(split_part(body, '"time":"', 2), '"', 1)::timestamptz $$;
create function phigate_audit_patients(body text) returns text[]
  language sql immutable parallel safe
  as $$ select case when strpos(body, '"patients":[') = 0 then '{}'::text[]
                    else string_to_array(replace(split_part(split_part(body, '"patients":[', 2), ']', 1), '"', ''), ',') end $$;

create table audit_events (
  tenant_id uuid not null references tenants(id),
  seq bigint not null check (seq >= 0),
  body text not null,
  leaf_hash bytea not null check (length(leaf_hash) = 32),
  id uuid not null,
  recorded_at timestamptz generated always as (phigate_audit_time(body)) stored,
  patients text[] generated always as (phigate_audit_patients(body)) stored,
  primary key (tenant_id, seq)
);
create unique index audit_events_id on audit_events (tenant_id, id);
create index audit_events_time on audit_events (tenant_id, recorded_at);
create index audit_events_patients on audit_events using gin (patients);
${tenantPolicy('audit_events')}
${appendOnly('audit_events')}

create table audit_heads (
  tenant_id uuid primary key references tenants(id),
  size bigint not null default 0 check (size >= 0),
  frontier bytea not null default ''::bytea,
  checkpoint_size bigint not null default 0,
  checkpoint_at timestamptz not null default now()
);
${tenantPolicy('audit_heads')}

create table audit_signing_keys (
  tenant_id uuid not null references tenants(id),
  version integer not null check (version > 0),
  public_key bytea not null check (length(public_key) = 32),
  created_at timestamptz not null default now(),
  primary key (tenant_id, version)
);
${tenantPolicy('audit_signing_keys')}
${appendOnly('audit_signing_keys')}

create table audit_checkpoints (
  tenant_id uuid not null references tenants(id),
  tree_size bigint not null check (tree_size >= 0),
  root bytea not null check (length(root) = 32),
  signed_at timestamptz not null,
  key_version integer not null,
  note text not null,
  signature bytea not null,
  primary key (tenant_id, tree_size)
);
${tenantPolicy('audit_checkpoints')}
${appendOnly('audit_checkpoints')}

create table audit_purges (
  tenant_id uuid not null references tenants(id),
  purged_before bigint not null check (purged_before > 0),
  frontier bytea not null,
  cutoff timestamptz not null,
  events bigint not null,
  purged_at timestamptz not null default now(),
  primary key (tenant_id, purged_before)
);
${tenantPolicy('audit_purges')}
${appendOnly('audit_purges')}

-- Retention purge: the one deliberate path by which events leave the log. Deletes the tenant's
-- events before position p_before (all recorded before p_cutoff, which must lie at least the
-- retention period in the past, never less than six years), keeping p_frontier: the hashes of the
-- purged range's subtrees, so the tree still verifies. The purged range must be covered by a
-- signed checkpoint.
create function phigate_audit_purge(p_tenant uuid, p_before bigint, p_cutoff timestamptz,
                                    p_frontier bytea, p_retention interval)
  returns bigint
  language plpgsql security definer
  set search_path = pg_catalog, public
  as $$
  declare
    n bigint;
    newest timestamptz;
    prev bigint;
    tree bigint;
  begin
    if p_tenant is null or p_tenant is distinct from public.phigate_current_tenant() then
      raise exception 'audit purge: tenant mismatch' using errcode = '42501';
    end if;
    if p_retention is null or p_retention < interval '6 years' then
      p_retention := interval '6 years';
    end if;
    if p_cutoff is null or p_cutoff > now() - p_retention then
      raise exception 'audit purge: events younger than the retention period are kept' using errcode = '22023';
    end if;
    select coalesce(max(purged_before), 0) into prev from public.audit_purges where tenant_id = p_tenant;
    if p_before <= prev then
      raise exception 'audit purge: nothing to purge' using errcode = '22023';
    end if;
    select coalesce(max(tree_size), 0) into tree from public.audit_checkpoints where tenant_id = p_tenant;
    if p_before > tree then
      raise exception 'audit purge: the purged range must be covered by a signed checkpoint' using errcode = '22023';
    end if;
    select max(recorded_at) into newest from public.audit_events where tenant_id = p_tenant and seq < p_before;
    if newest is not null and newest >= p_cutoff then
      raise exception 'audit purge: events younger than the retention period are kept' using errcode = '22023';
    end if;
    perform set_config('phigate.audit_purge', 'on', true);
    delete from public.audit_events where tenant_id = p_tenant and seq < p_before;
    get diagnostics n = row_count;
    perform set_config('phigate.audit_purge', 'off', true);
    insert into public.audit_purges (tenant_id, purged_before, frontier, cutoff, events)
      values (p_tenant, p_before, p_frontier, p_cutoff, n);
    return n;
  end
  $$;

grant select, insert on audit_events to phigate_app;
grant select, insert, update on audit_heads to phigate_app;
grant select, insert on audit_signing_keys to phigate_app;
grant select, insert on audit_checkpoints to phigate_app;
grant select on audit_purges to phigate_app;
revoke all on function phigate_audit_purge(uuid, bigint, timestamptz, bytea, interval) from public;
grant execute on function phigate_audit_purge(uuid, bigint, timestamptz, bytea, interval) to phigate_app;
grant execute on function phigate_audit_time(text), phigate_audit_patients(text) to phigate_app;
`;
