// Stop 28: "was" in lower case after "name" or "this" opens a name as "Was" and "is" did ("her name was Crystal", a
// given name that is also an everyday word). Values are invented; the first check fails on stop 27's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a name after "name was" and "this was" in lower case', () => {
  typedExactly('Caller said her name was Crystal and hung up before the callback.', ['Crystal'], 'NAME');
  typedExactly('On the phone this was Olga Petrenko, the neighbour.', ['Olga Petrenko'], 'NAME');
});

test('no name after "was" when a day, a drug or a word follows', () => {
  untouched('this was Tuesday morning, before the ward round.', ['Tuesday']);
  untouched('The name was Aspirin 81 mg on the old chart.', ['Aspirin']);
  untouched('the plan was Reviewed with the team.', ['Reviewed']);
});
