import { PhigateError } from '../common/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function assertTenantId(id: string): void {
  if (!UUID.test(id)) throw new PhigateError('tenant_invalid', 'tenant id is not a UUID', 400);
}
