// Break-glass grants are bound to the credential that asked for them (a user, an API key of no
// user, a workload identity), never to the free-text principal name: the binding gets a column.
// Grants written before had none and elevate nobody (they last four hours at most). Rows written
// as `via|subject` by an earlier build are split, tenant by tenant: the table's row-level
// security is forced, so even its owner sees a tenant's rows only with that tenant set.
export const sql = `
alter table break_glass add column subject text check (subject is null or length(subject) between 1 and 300);
do $$
declare t record;
begin
  for t in select id from tenants loop
    perform set_config('phigate.tenant', t.id::text, true);
    update break_glass set subject = substr(via, position('|' in via) + 1), via = substr(via, 1, position('|' in via) - 1)
     where tenant_id = t.id and position('|' in via) > 0;
  end loop;
  perform set_config('phigate.tenant', '', true);
end $$;
create index break_glass_subject on break_glass (tenant_id, subject, expires_at);
`;
