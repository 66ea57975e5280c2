// Stop 24 (docs/deid-history.md, Stop 24): identifiers that come as a series, three codes or more of one shape on rows
// that name a person or hold another identifier. Values are invented; each check of a code found fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

const REGISTER = [
  'Mortuary register - Kampala',
  'MR/26/1184; Nakato Sarah; F; 44; ward 5C',
  'MR/26/1185; Okello Denis; M; 19; Casualty',
  'MR/26/1187; Atim Grace; F; 71; ward 4B',
].join('\n');

test('three codes of one shape opening rows that name a person are the rows\' identifiers', () => {
  typedExactly(REGISTER, ['MR/26/1184', 'MR/26/1185', 'MR/26/1187'], 'OTHER_ID');
  const triage = ['1. Tag TR-RED-004  Mehmet Ali Ozturk, 52 - driver', '2. Tag TR-YEL-011  Ayse Nur Celik, 23 - femur fx', '3. Tag TR-YEL-012  Hatice Celik, 48 - wrist fx'].join('\n');
  typedExactly(triage, ['TR-RED-004', 'TR-YEL-011', 'TR-YEL-012'], 'OTHER_ID');
});

test('codes of one shape with no person or identifier in their rows, or fewer than three, stay unflagged', () => {
  // A schedule of lab panels and a list of versions: no person in the rows.
  untouched(['Panels: CBC-2024-001 sent', 'CBC-2024-002 pending', 'CBC-2024-003 pending'].join('\n'), ['CBC-2024-001', 'CBC-2024-002']);
  // Two codes only.
  untouched(['MR/26/1184; Nakato Sarah; F; 44', 'MR/26/1185; Okello Denis; M; 19'].join('\n'), ['MR/26/1184', 'MR/26/1185']);
  // COVID-19 and its kind have too few digits.
  untouched(['COVID-19 swab: Sarah Nakato', 'COVID-19 swab: Denis Okello', 'COVID-19 swab: Grace Atim'].join('\n'), ['COVID-19']);
});
