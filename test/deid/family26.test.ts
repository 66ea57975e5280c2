// Stop 26 (docs/deid-history.md, Stop 26): "Mom", "hubby" and other words of family talk that the common word list
// lacks were read as a known surname that is no word. Each check fails on stop 25's code (which flagged "Mom").
import { test } from 'node:test';

import { untouched } from './span-checks.js';

test('words of family talk are no names', () => {
  untouched('Mom called re: denied claim.', ['Mom']);
  untouched('Dad drives for a rideshare. Mom asked for a school note.', ['Mom']);
});
