// Stop 35: an account's number written in digit groups after a word of a payment or an account on its line (with a bank's
// code joined before), and an IBAN whose check digits fail but whose country and length are an IBAN's
// (national-ids.ts, accountRuns35). Before, such runs went unflagged altogether: each group alone is too short for an
// identifier, and only card numbers that pass the Luhn check were read as runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const accounts = (text: string): string[] => detect(text).filter((s) => s.type === 'ACCOUNT').map((s) => text.slice(s.start, s.end));

test('an account in digit groups after a payment or an account word', () => {
  assert.deepEqual(accounts('ASHA payment A/c SBIN 3355 0012 8841 for incentives.'), ['SBIN 3355 0012 8841']);
  assert.deepEqual(accounts('Account for the pharmacy prepayment (PKO) 44 1020 2892 0000 5502 0447 1820 belongs to the volunteer.'), ['44 1020 2892 0000 5502 0447 1820']);
  assert.deepEqual(accounts('Paid via ClinCard 5555 0412 8830 1176. Visits paid: 8/12/25.'), ['5555 0412 8830 1176']);
  assert.deepEqual(accounts('Copay card (Brilinta) ID 8841 2290 3316.'), ['8841 2290 3316']);
  // In capitals and in lower case.
  assert.deepEqual(accounts('ASHA PAYMENT A/C SBIN 3355 0012 8841 FOR INCENTIVES.'), ['SBIN 3355 0012 8841']);
  assert.deepEqual(accounts('asha payment a/c sbin 3355 0012 8841 for incentives, paid monthly.'), ['sbin 3355 0012 8841']);
  // A label word in capitals before the run is no bank's code.
  assert.deepEqual(accounts('INCENTIVE PAID TO BANK ACCT 6255 5510 3340, REF BC7-0871.'), ['6255 5510 3340']);
});

test("an IBAN whose check digits fail, by its country's length", () => {
  assert.deepEqual(accounts("Use this account for the donor's travel refund: ES55 0049 5555 1220 1122 0033. Thanks."), ['ES55 0049 5555 1220 1122 0033']);
  assert.deepEqual(accounts('Bank for invoices BE55 0000 1234 5678. Partner on file.'), ['BE55 0000 1234 5678']);
  // The wrong length for its country: no IBAN (Belgium's has 16 characters).
  assert.deepEqual(accounts('Kit BE55 0000 1234 5678 9012 delivered.'), []);
});

test('no account in readings, dates, phones or an identity card', () => {
  assert.deepEqual(accounts('Payment plan agreed; BP 120 118 122 130 mmHg over the visit.'), []);
  assert.deepEqual(accounts('Paid the bill on 12 11 2025 at the desk.'), []);
  assert.ok(!accounts('Call 0161 496 0521 about the refund.').includes('0161 496 0521'));
  assert.deepEqual(accounts('Bank holiday: clinic hours 0900 1200 1400 1700 today.'), []);
});
