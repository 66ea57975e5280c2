// Generalisation tests, nineteenth round (docs/deid-history.md, Stop 15 last round, branch places19): towns the gazetteer knows
// that were read as a surname, and place fields of scripts and directories, found in heldout8's misses. Every example is
// new and synthetic (invented names, places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

test("a known town read as a surname, in a place's context, is a place", () => {
  // After a place preposition.
  has('Crew stranded 40 km N of Albuquerque overnight.', 'LOCATION', 'Albuquerque');
  has('Transfer from clinic in Mazatlan to Guadalajara.', 'LOCATION', 'Guadalajara');
  // Right after a street.
  has('Home: 88 Kingsway Ave Burnaby, key with neighbour', 'LOCATION', 'Burnaby');
  // People stay names: after a title, after "spoke to", before a given name, before a second name.
  has('Referred to Dr Hermosillo for follow up.', 'NAME', 'Hermosillo');
  has('Spoke to Hermosillo about the bill.', 'NAME', 'Hermosillo');
  has('Albuquerque, Maria DOB 01/02/1960', 'NAME', 'Albuquerque, Maria');
  has('Son Hermosillo Garza visited.', 'NAME', 'Hermosillo Garza');
});

test('a quoted town after an unquoted key, and zip keys of scripts', () => {
  has('employer: {name: "Acme", city: "Scranton", zip: "18503"}', 'LOCATION', 'Scranton');
  has('zipCode: 60614 on file', 'LOCATION', '60614');
  has('postal_code=60614', 'LOCATION', '60614');
  // Not a town: a status, a country, a common word, a number that is no zip.
  notFlagged('status: "Pending"', 'Pending');
  notFlagged('city: "Ireland"', 'Ireland');
  notFlagged('city: "Unknown"', 'Unknown');
  notFlagged('HR 88 zip 3 code 4', '88');
});
