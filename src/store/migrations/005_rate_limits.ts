// Request counters shared by every phigate instance on one database (PHIGATE_RATE_LIMIT_SHARED):
// one row per API key (or session, or workload) and fixed window. Tenant-scoped, RLS as in 001.
import { tenantPolicy } from './rls.js';

export const sql = `
create table rate_windows (
  tenant_id uuid not null references tenants(id),
  key text not null check (length(key) between 1 and 200),
  window_start timestamptz not null,
  hits integer not null check (hits >= 0),
  primary key (tenant_id, key, window_start)
);
${tenantPolicy('rate_windows')}
grant select, insert, update, delete on rate_windows to phigate_app;
`;
