// The Business Associate Agreement register. Deployment-wide: the covered entity (or the business
// associate operating phigate) signs BAAs with vendors; every tenant's traffic is bound by them.
export const sql = `
create table vendors (
  name text primary key check (name ~ '^[a-z0-9][a-z0-9._-]{0,62}$'),
  baa_signed_on date not null,
  baa_expires_on date not null,
  services text[] not null check (array_length(services, 1) >= 1 and services <@ array['chat', 'embeddings']::text[]),
  document_ref text check (document_ref is null or length(document_ref) <= 500),
  last_reviewed_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (baa_expires_on > baa_signed_on)
);
grant select, insert, update, delete on vendors to phigate_app;
`;
