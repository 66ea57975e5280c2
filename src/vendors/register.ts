import type { AdminAuditor, AuditActor } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import { TENANT_SETTING, type Queryable, type Store } from '../store/index.js';

export type VendorService = 'chat' | 'embeddings';
export const VENDOR_SERVICES: readonly VendorService[] = ['chat', 'embeddings'];

/** How often a BAA is reviewed (HIPAA programmes commonly review the register quarterly). */
export const REVIEW_INTERVAL_DAYS = 90;

export interface Vendor {
  name: string;
  baaSignedOn: string; // YYYY-MM-DD
  baaExpiresOn: string;
  services: VendorService[];
  documentRef: string | null;
  lastReviewedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export type BaaState = 'active' | 'missing' | 'expired' | 'not_yet_signed' | 'service_not_covered';

export interface VendorInput {
  baaSignedOn: string;
  baaExpiresOn: string;
  services: string[];
  documentRef?: string | null;
  lastReviewedOn?: string | null;
}

interface VendorRow {
  name: string;
  baa_signed_on: string;
  baa_expires_on: string;
  services: string[];
  document_ref: string | null;
  last_reviewed_on: string | null;
  created_at: Date;
  updated_at: Date;
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const COLUMNS = `name, to_char(baa_signed_on, 'YYYY-MM-DD') as baa_signed_on, to_char(baa_expires_on, 'YYYY-MM-DD') as baa_expires_on,
  services, document_ref, to_char(last_reviewed_on, 'YYYY-MM-DD') as last_reviewed_on, created_at, updated_at`;

const toVendor = (r: VendorRow): Vendor => ({
  name: r.name,
  baaSignedOn: r.baa_signed_on,
  baaExpiresOn: r.baa_expires_on,
  services: r.services as VendorService[],
  documentRef: r.document_ref,
  lastReviewedOn: r.last_reviewed_on,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Parses YYYY-MM-DD strictly (a real calendar date). */
export function parseDate(s: string, field: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== s.trim()) {
    throw new PhigateError('date_invalid', `${field} must be a date written YYYY-MM-DD`, 400, { field });
  }
  return s.trim();
}

function checkServices(list: string[]): VendorService[] {
  const out = [...new Set(list.map((s) => s.trim()).filter(Boolean))];
  if (out.length === 0 || !out.every((s) => (VENDOR_SERVICES as readonly string[]).includes(s))) {
    throw new PhigateError('services_invalid', `services are a comma-separated list of ${VENDOR_SERVICES.join(', ')}`, 400);
  }
  return out as VendorService[];
}

const today = (now: Date) => now.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whether the vendor's BAA, on `now`, covers `service`. */
export function baaState(vendor: Vendor | undefined, service: VendorService, now = new Date()): BaaState {
  if (!vendor) return 'missing';
  const d = today(now);
  if (d < vendor.baaSignedOn) return 'not_yet_signed';
  if (d >= vendor.baaExpiresOn) return 'expired';
  if (!vendor.services.includes(service)) return 'service_not_covered';
  return 'active';
}

/** A vendor whose BAA expires within `withinDays`, or whose review is overdue. */
export function dueReasons(v: Vendor, withinDays: number, now = new Date()): string[] {
  const d = today(now);
  const reasons: string[] = [];
  if (v.baaExpiresOn <= d) reasons.push('expired');
  else if (v.baaExpiresOn <= addDays(d, withinDays)) reasons.push(`expires ${v.baaExpiresOn}`);
  const reviewed = v.lastReviewedOn ?? v.baaSignedOn;
  if (addDays(reviewed, REVIEW_INTERVAL_DAYS) <= d) reasons.push(`review overdue (last ${v.lastReviewedOn ?? 'never'})`);
  return reasons;
}

/**
 * The BAA register (deployment-wide). A change binds every tenant's traffic, so it is recorded in
 * every active tenant's audit log, in the transaction that makes it (no log, no change).
 */
export class VendorRegister {
  constructor(
    private readonly store: Store,
    private readonly auditor?: AdminAuditor,
  ) {}

  private async audited(tx: Queryable, subtype: string, name: string, actor?: AuditActor): Promise<void> {
    if (!this.auditor) return;
    const tenants = await tx.query<{ id: string }>('select id from tenants where shredded_at is null order by id');
    for (const t of tenants.rows) {
      await tx.query('select set_config($1, $2, true)', [TENANT_SETTING, t.id]);
      await this.auditor.admin(tx, t.id, { subtype, ...(actor ? { actor } : {}), target: { type: 'vendor', id: name } });
    }
    await tx.query('select set_config($1, $2, true)', [TENANT_SETTING, '']);
  }

  async add(name: string, input: VendorInput, actor?: AuditActor): Promise<Vendor> {
    if (!NAME.test(name)) throw new PhigateError('vendor_name_invalid', 'vendor names are 1-63 characters of a-z, 0-9, ".", "-", "_"', 400);
    const v = this.validate(input);
    try {
      return await this.store.withApp(async (tx) => {
        const r = await tx.query<VendorRow>(
          `insert into vendors (name, baa_signed_on, baa_expires_on, services, document_ref, last_reviewed_on)
           values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
          [name, v.baaSignedOn, v.baaExpiresOn, v.services, v.documentRef ?? null, v.lastReviewedOn ?? null],
        );
        await this.audited(tx, 'vendor.add', name, actor);
        return toVendor(r.rows[0]!);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new PhigateError('vendor_exists', 'that vendor is already in the register', 409);
      throw e;
    }
  }

  async update(name: string, patch: Partial<VendorInput>, actor?: AuditActor): Promise<Vendor> {
    const cur = await this.get(name);
    if (!cur) throw new PhigateError('vendor_not_found', 'no such vendor in the register', 404);
    const v = this.validate({
      baaSignedOn: patch.baaSignedOn ?? cur.baaSignedOn,
      baaExpiresOn: patch.baaExpiresOn ?? cur.baaExpiresOn,
      services: patch.services ?? cur.services,
      documentRef: patch.documentRef === undefined ? cur.documentRef : patch.documentRef,
      lastReviewedOn: patch.lastReviewedOn === undefined ? cur.lastReviewedOn : patch.lastReviewedOn,
    });
    return this.store.withApp(async (tx) => {
      const r = await tx.query<VendorRow>(
        `update vendors set baa_signed_on = $2, baa_expires_on = $3, services = $4, document_ref = $5,
                last_reviewed_on = $6, updated_at = now()
          where name = $1 returning ${COLUMNS}`,
        [name, v.baaSignedOn, v.baaExpiresOn, v.services, v.documentRef ?? null, v.lastReviewedOn ?? null],
      );
      const reviewedOnly = patch.lastReviewedOn !== undefined && Object.keys(patch).length === 1;
      await this.audited(tx, reviewedOnly ? 'vendor.review' : 'vendor.update', name, actor);
      return toVendor(r.rows[0]!);
    });
  }

  async remove(name: string, actor?: AuditActor): Promise<void> {
    await this.store.withApp(async (tx) => {
      const n = (await tx.query('delete from vendors where name = $1 returning name', [name])).rows.length;
      if (n === 0) throw new PhigateError('vendor_not_found', 'no such vendor in the register', 404);
      await this.audited(tx, 'vendor.remove', name, actor);
    });
  }

  async get(name: string): Promise<Vendor | undefined> {
    return this.store.withApp(async (tx) => {
      const r = await tx.query<VendorRow>(`select ${COLUMNS} from vendors where name = $1`, [name]);
      return r.rows[0] ? toVendor(r.rows[0]) : undefined;
    });
  }

  async list(): Promise<Vendor[]> {
    return this.store.withApp(async (tx) => {
      const r = await tx.query<VendorRow>(`select ${COLUMNS} from vendors order by name`);
      return r.rows.map(toVendor);
    });
  }

  /** Agreements expiring within `withinDays`, expired ones, and those whose review is overdue. */
  async due(withinDays: number, now = new Date()): Promise<Array<Vendor & { reasons: string[] }>> {
    return (await this.list()).map((v) => ({ ...v, reasons: dueReasons(v, withinDays, now) })).filter((v) => v.reasons.length > 0);
  }

  private validate(input: VendorInput): VendorInput & { services: VendorService[] } {
    const baaSignedOn = parseDate(input.baaSignedOn, 'baa-signed');
    const baaExpiresOn = parseDate(input.baaExpiresOn, 'baa-expires');
    if (baaExpiresOn <= baaSignedOn) throw new PhigateError('baa_dates_invalid', 'the BAA must expire after it was signed', 400);
    const documentRef = input.documentRef ?? null;
    if (documentRef !== null && (documentRef.length > 500 || /[\u0000-\u001f]/.test(documentRef))) {
      throw new PhigateError('document_ref_invalid', 'document reference: up to 500 printable characters', 400);
    }
    const lastReviewedOn = input.lastReviewedOn ? parseDate(input.lastReviewedOn, 'reviewed') : null;
    return { baaSignedOn, baaExpiresOn, services: checkServices(input.services), documentRef, lastReviewedOn };
  }
}
