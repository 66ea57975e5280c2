// Stop 26 (docs/deid-history.md, Stop 26): the name that signs a message after its closing words, on the closing's
// line or alone on the next, in capitals, in lower case and in other languages. Values are invented; each check of a
// name found fails on stop 25's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test("a message's signer after its closing", () => {
  typedExactly('You can ring me on 07700 900461.\nThank you, Chi\n\nHer tablets now: apixaban 5 mg', ['Chi'], 'NAME');
  typedExactly('PLEASE CALL 845-555-0190 IN DAYTIME.\nGOD BLESS, DOTTIE\n---', ['DOTTIE'], 'NAME');
  typedExactly('she answers faster by text lol.\nthanks, hope\n\n-- reply from the clinic', ['hope'], 'NAME');
  typedExactly('Zie de bijlage.\n\nMet vriendelijke groet,\nMarloes de Vries-Bakker\nTransferverpleegkundige', ['Marloes de Vries-Bakker'], 'NAME');
});

test('a closing before a team, a ward or a greeting stays as it is', () => {
  untouched('Thanks, Team\nThank you, Doctor\nRegards, everyone', ['Team', 'Doctor', 'everyone']);
  untouched('Best,\nThe Cardiology Team\nMany thanks,\nWard 7 staff', ['Cardiology', 'Ward 7']);
  untouched('thanks, love\nthank you, bye', ['love', 'bye']);
  // (The hostile review's: departments, firms, places, slang; a surname alone is a firm's as often.)
  untouched('Thanks, Ortho\nThanks, Optum\nGOD BLESS, AMERICA\nThanks, Amen', ['Ortho', 'Optum', 'AMERICA', 'Amen']);
  untouched('Cordialement,\nUrgences', ['Urgences']);
  // (The second review's: terms of address and blessings.)
  untouched('Running 10 mins late, sorry.\nThanks, Baby', ['Baby']);
  untouched('MY MOTHER IS BETTER TODAY.\nTHANKS, INSHA ALLAH', ['INSHA ALLAH']);
});
