/**
 * Row-level security for a tenant-scoped table: enabled and forced (the owner is subject too), one
 * policy keyed on the transaction's `phigate.tenant` setting; no setting, no rows. Migrations embed
 * its output, so it must never change: a new rule means a new helper and a new migration.
 */
export const tenantPolicy = (table: string) => `
alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy ${table}_tenant on ${table}
  using (tenant_id = phigate_current_tenant())
  with check (tenant_id = phigate_current_tenant());
`;
