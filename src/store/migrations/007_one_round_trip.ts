// Writes that used to take several round trips while a lock was held now take one statement.
//
// phigate_vault_put: stores a batch of sealed values (the application seals them and computes their
//   keyed lookups; the database never sees a value) and returns every value's token, new or
//   already known, in one call. Known values are not rewritten: only a longer life is recorded.
// phigate_audit_place: places prepared audit events in the tenant's Merkle tree. The application
//   serialises each event (RFC 8785) with a position and time marker; under the tree head lock the
//   database fills both in, hashes the leaf (RFC 9162: SHA-256 of 0x00 || event) and folds it into
//   the stored frontier (SHA-256 of 0x01 || left || right), so the lock is held for one statement
//   instead of two round trips. The application recomputes the same hashes when it verifies.
// vault_batches + phigate_vault_put_batch: the values of a scope of its own (a gateway request with
//   no conversation: nothing else can ever share its tokens) are kept as ONE sealed row, found by
//   its scope, instead of one row per value. The per-value rows (and their lookup index) exist for
//   sharing a token across calls, which such a scope never does. A batch's tokens are distinct;
//   they are not checked against other scopes' tokens (no index on array elements is usable under
//   row-level security): restores within a scope are exact, and a restore over all scopes that
//   finds two rows for one token restores neither.
// phigate_commit_request: a gateway request's whole pre-send write, the tokens and the audit record,
//   in one statement and so one transaction: either both commit or neither does (fail closed). It
//   binds its own tenant and runs as phigate_app, so it needs no BEGIN/SET round trip. A caller that
//   is not a member of phigate_app cannot switch to it and gets nothing.
import { tenantPolicy } from './rls.js';

export const sql = `
create table vault_batches (
  id uuid not null,
  tenant_id uuid not null references tenants(id),
  scope text not null check (length(scope) between 1 and 200),
  tokens text[] not null check (cardinality(tokens) between 1 and 1000),
  ciphertext bytea not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, id)
);
create index vault_batches_scope on vault_batches (tenant_id, scope);
create index vault_batches_expiry on vault_batches (expires_at);
${tenantPolicy('vault_batches')}
grant select, insert, delete on vault_batches to phigate_app;

create function phigate_vault_put_batch(p_tenant uuid, p_id uuid, p_scope text, p_expires timestamptz, p_tokens text[], p_ct bytea)
returns void
language plpgsql set search_path = pg_catalog, public as $$
begin
  if (select count(distinct x) from unnest(p_tokens) as x) <> cardinality(p_tokens) then
    raise exception 'vault batch: a token is repeated' using errcode = '23505';
  end if;
  insert into public.vault_batches (id, tenant_id, scope, tokens, ciphertext, expires_at)
  values (p_id, p_tenant, p_scope, p_tokens, p_ct, p_expires);
end $$;

create function phigate_vault_put(p_tenant uuid, p_scope text, p_expires timestamptz,
  p_ids text[], p_types text[], p_lookups text[], p_tokens text[], p_cts text[])
returns table (o_lookup text, o_token text)
language plpgsql set search_path = pg_catalog, public as $$
declare
  n int := coalesce(array_length(p_ids, 1), 0);
  found_n int;
begin
  -- In the order given (the caller sorts by type and lookup, so concurrent batches lock index
  -- entries in one order and cannot deadlock). A value another transaction is inserting at the
  -- same time is waited for; once it commits, it is the one kept.
  insert into public.vault_entries (id, tenant_id, scope, type, lookup, token, ciphertext, expires_at)
  select u.id::uuid, p_tenant, p_scope, u.type, decode(u.lookup, 'hex'), u.token, decode(u.ct, 'hex'), p_expires
    from unnest(p_ids, p_types, p_lookups, p_tokens, p_cts) with ordinality as u(id, type, lookup, token, ct, k)
   order by u.k
  on conflict (tenant_id, scope, type, lookup) do nothing;
  -- Known values asked for with a longer life (or none) keep their token and live longer.
  -- (Matched on the whole unique key, tenant, scope, type and lookup, so each value is one probe
  -- of its index whatever the size of the scope.)
  update public.vault_entries v
     set expires_at = case when p_expires is null then null else greatest(v.expires_at, p_expires) end
    from unnest(p_types, p_lookups) as u(type, lookup)
   where v.tenant_id = p_tenant and v.scope = p_scope and v.type = u.type and v.lookup = decode(u.lookup, 'hex')
     and v.expires_at is not null and (p_expires is null or v.expires_at < p_expires);
  return query
    select encode(v.lookup, 'hex'), v.token
      from unnest(p_types, p_lookups) as u(type, lookup)
      join public.vault_entries v
        on v.tenant_id = p_tenant and v.scope = p_scope and v.type = u.type and v.lookup = decode(u.lookup, 'hex');
  get diagnostics found_n = row_count;
  if found_n <> n then
    raise exception 'vault put: % values, % tokens', n, found_n using errcode = 'P0001';
  end if;
end $$;

create function phigate_audit_place(p_tenant uuid, p_ids text, p_drafts text, p_now timestamptz)
returns jsonb
language plpgsql set search_path = pg_catalog, public as $$
declare
  ids text[] := string_to_array(p_ids, ',');
  drafts text[] := string_to_array(p_drafts, E'\\n');
  n int := coalesce(array_length(ids, 1), 0);
  bodies text[] := '{}';
  leaves bytea[] := '{}';
  h record;
  t timestamptz;
  time_text text;
  body text;
  leaf bytea;
  acc bytea;
  f bytea;
  s bigint;
  k bigint;
begin
  if n = 0 or n <> coalesce(array_length(drafts, 1), 0) then
    raise exception 'audit place: % ids, % events', n, coalesce(array_length(drafts, 1), 0) using errcode = '22023';
  end if;
  select a.size, a.frontier, a.checkpoint_size, a.checkpoint_at into h
    from public.audit_heads a where a.tenant_id = p_tenant for update;
  if not found then
    insert into public.audit_heads (tenant_id) values (p_tenant) on conflict do nothing;
    select a.size, a.frontier, a.checkpoint_size, a.checkpoint_at into h
      from public.audit_heads a where a.tenant_id = p_tenant for update;
  end if;
  t := coalesce(p_now, clock_timestamp());
  time_text := '"time":' || to_json(to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text;
  s := h.size;
  f := h.frontier;
  for i in 1 .. n loop
    -- The markers occur once, as top-level keys: string values escape their quotes, and no
    -- nested object of the event schema has a "seq" or "time" key (so replace() = first only).
    body := replace(replace(drafts[i], '"seq":-1,', '"seq":' || (h.size + i - 1)::text || ','), '"time":"T"', time_text);
    leaf := sha256('\\x00'::bytea || convert_to(body, 'UTF8'));
    bodies := bodies || body;
    leaves := leaves || leaf;
    acc := leaf;
    k := s;
    while k % 2 = 1 loop
      acc := sha256('\\x01'::bytea || substring(f from length(f) - 31 for 32) || acc);
      f := substring(f from 1 for length(f) - 32);
      k := (k - 1) / 2;
    end loop;
    f := f || acc;
    s := s + 1;
  end loop;
  insert into public.audit_events (tenant_id, seq, id, body, leaf_hash)
  select p_tenant, h.size + u.k - 1, u.id::uuid, u.body, u.leaf
    from unnest(ids, bodies, leaves) with ordinality as u(id, body, leaf, k);
  update public.audit_heads set size = s, frontier = f where tenant_id = p_tenant;
  return jsonb_build_object('first', h.size, 'size', s, 'frontier', encode(f, 'hex'),
    'checkpoint_size', h.checkpoint_size, 'checkpoint_at', h.checkpoint_at, 'now', t);
end $$;

create function phigate_commit_request(p_tenant uuid, p_scope text, p_expires timestamptz,
  p_ids text[], p_types text[], p_lookups text[], p_tokens text[], p_cts text[],
  p_batch_id uuid, p_batch_tokens text[], p_batch_ct bytea,
  p_event_ids text, p_drafts text, p_now timestamptz)
returns jsonb
language plpgsql set search_path = pg_catalog, public as $$
declare
  tokens jsonb := '{}';
  placed jsonb;
  -- Restored before returning, so that a caller inside a transaction of its own keeps its role
  -- and tenant binding (Store.call runs the function alone, where this changes nothing).
  saved_role text := current_setting('role');
  saved_tenant text := coalesce(current_setting('phigate.tenant', true), '');
begin
  perform set_config('role', 'phigate_app', true);
  perform set_config('phigate.tenant', p_tenant::text, true);
  if coalesce(array_length(p_ids, 1), 0) > 0 then
    select coalesce(jsonb_object_agg(r.o_lookup, r.o_token), '{}') into tokens
      from public.phigate_vault_put(p_tenant, p_scope, p_expires, p_ids, p_types, p_lookups, p_tokens, p_cts) r;
  end if;
  if p_batch_id is not null then
    perform public.phigate_vault_put_batch(p_tenant, p_batch_id, p_scope, p_expires, p_batch_tokens, p_batch_ct);
  end if;
  placed := public.phigate_audit_place(p_tenant, p_event_ids, p_drafts, p_now);
  perform set_config('phigate.tenant', saved_tenant, true);
  perform set_config('role', saved_role, true);
  return placed || jsonb_build_object('tokens', tokens);
end $$;

revoke all on function phigate_vault_put(uuid, text, timestamptz, text[], text[], text[], text[], text[]) from public;
revoke all on function phigate_audit_place(uuid, text, text, timestamptz) from public;
revoke all on function phigate_vault_put_batch(uuid, uuid, text, timestamptz, text[], bytea) from public;
grant execute on function phigate_vault_put_batch(uuid, uuid, text, timestamptz, text[], bytea) to phigate_app;
grant execute on function phigate_vault_put(uuid, text, timestamptz, text[], text[], text[], text[], text[]) to phigate_app;
grant execute on function phigate_audit_place(uuid, text, text, timestamptz) to phigate_app;
grant execute on function phigate_commit_request(uuid, text, timestamptz, text[], text[], text[], text[], text[], uuid, text[], bytea, text, text, timestamptz) to public;
`;
