// A known conversation value's life is extended only when that gains more than a hundredth of the
// life asked for (at most an hour): a chat client re-sends its earlier turns with every request,
// and renewing each of their values on every turn rewrote every row and its indexes each time
// (about 2.7 ms for a turn re-sending 100 values). Same signature, so the grants stay.
export const sql = `
create or replace function phigate_vault_put(p_tenant uuid, p_scope text, p_expires timestamptz,
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
  -- Known values asked for with a longer life (or none) keep their token and live longer, when
  -- the gain is worth a row write: more than a hundredth of the life asked for, at most an hour
  -- (a conversation re-sends its earlier turns with every request; renewing each of their values
  -- on every turn rewrote every row and its indexes each time).
  -- (Matched on the whole unique key, tenant, scope, type and lookup, so each value is one probe
  -- of its index whatever the size of the scope.)
  update public.vault_entries v
     set expires_at = case when p_expires is null then null else greatest(v.expires_at, p_expires) end
    from unnest(p_types, p_lookups) as u(type, lookup)
   where v.tenant_id = p_tenant and v.scope = p_scope and v.type = u.type and v.lookup = decode(u.lookup, 'hex')
     and v.expires_at is not null
     and (p_expires is null or v.expires_at < p_expires - least(interval '1 hour', (p_expires - clock_timestamp()) / 100));
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
`;
