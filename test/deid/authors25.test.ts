// Stop 25 (docs/deid-history.md, Stop 25): the initials of the staff who wrote each entry of a log, when two entries or
// more are so signed. Values are invented; each check of initials found fails on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('the initials that sign two entries or more of a log', () => {
  typedExactly('Billing log\n11/25/26 10:05 - TQ: Mom called re: denied claim.\n11/25/26 10:31 - TQ: mailed itemised bill.\n11/26/26 09:12 - VB: payer portal shows claim paid.', ['TQ', 'VB'], 'NAME');
  typedExactly('| acct 40019283 | CO-197 no precert | jq: called the UM office |\n| acct 40019417 | CO-50 not med necessary | tm: need op note |', ['jq', 'tm'], 'NAME');
});

test('labels of a log that look like initials stay unflagged', () => {
  untouched('10:05 - BP: 120/80\n10:30 - HR: 88\n10:45 - RR: 18', ['BP', 'HR', 'RR']);
  untouched('| PEF: 300 |\n| FEV: 2.1 |\n| PIF: 60 |', ['PEF', 'FEV', 'PIF']);
  // One entry alone is as often a label.
  untouched('Handover 08:00 - TQ: stable overnight.', ['TQ']);
});

test('a label and its value or a role after a time is no chat speaker (an older rule read "GCS" as a name)', () => {
  untouched('Obs log\n08:00 - GCS: 15\n09:00 - GCS: 14\n10:00 - Sats: 94%', ['GCS', 'Sats']);
  untouched('Call log\n09:10 - SW: called daughter\n09:40 - OT: home visit booked', ['SW', 'OT']);
});

