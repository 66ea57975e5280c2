export {
  VendorRegister,
  baaState,
  dueReasons,
  parseDate,
  REVIEW_INTERVAL_DAYS,
  VENDOR_SERVICES,
  type BaaState,
  type Vendor,
  type VendorInput,
  type VendorService,
} from './register.js';
