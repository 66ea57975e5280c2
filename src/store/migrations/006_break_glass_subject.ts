// Break-glass grants are bound to the credential that asked for them (a user, an API key of no
// user, a workload identity), never to the free-text principal name: the binding gets a column.
// Grants written before had none and elevate nobody (they last four hours at most).
export const sql = `
alter table break_glass add column subject text check (subject is null or length(subject) between 1 and 300);
update break_glass set subject = substr(via, position('|' in via) + 1), via = substr(via, 1, position('|' in via) - 1)
 where position('|' in via) > 0;
create index break_glass_subject on break_glass (tenant_id, subject, expires_at);
`;
