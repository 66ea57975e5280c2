// Spoken forms (docs/deid-history.md, Stop 16, "Spoken forms"): what scribe and dictation transcripts say in words. Every
// example is new and synthetic (invented names, places and numbers), written for the rule, not copied from any set.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

test('a date of birth said as numbers after a birth cue', () => {
  has('Provider: Your date of birth? Patient: Eleven twelve forty-eight.', 'DATE', 'Eleven twelve forty-eight');
  has('DOB is oh seven slash fourteen slash nineteen sixty, confirmed.', 'DATE', 'oh seven slash fourteen slash nineteen sixty');
  has('She was born on three nine two thousand four in Leeds.', 'DATE', 'three nine two thousand four');
  has('Birthday: uh, twelve oh three nineteen seventy one.', 'DATE', 'twelve oh three nineteen seventy one');
  // Not a date: numbers that are no month, day and year; numbers without a birth cue.
  notFlagged('Date of birth? Patient: forty five fifty, I think.', 'forty five fifty');
  notFlagged('Took eleven twelve forty-eight mg tablets over the week.', 'eleven twelve forty-eight');
  notFlagged('Born at thirty two weeks, twin B.', 'thirty two');
});

test('an identifier said with letters and numbers after its label', () => {
  has('Patient: my Medicare number is one E G four T E five M K seven two.', 'HEALTH_PLAN', 'one E G four T E five M K seven two');
  has('Patient: my member ID is W as in William, one two three, four five six, seven eight nine.', 'HEALTH_PLAN', 'W as in William, one two three, four five six, seven eight nine');
  has('Patient: my license plate is seven K L M three nine two.', 'VEHICLE', 'seven K L M three nine two');
  has('Doctor: and your MRN? Patient: MRN is twenty two, forty one, eighty eight.', 'MRN', 'twenty two, forty one, eighty eight');
  // A lone "A" or "I" after the value is English; fewer than three numbers is no identifier.
  const t = 'Patient: my member ID is six six two one four A new card came.';
  assert.ok(found(t).includes('HEALTH_PLAN:six six two one four'), JSON.stringify(found(t)));
  notFlagged('Patient: my member ID is on the card, A B C plan.', 'A B C');
});

test('a social security number said with numbers of two digits', () => {
  has('Patient: my social is zero zero zero, twelve, three four five six.', 'SSN', 'zero zero zero, twelve, three four five six');
  // Not nine digits: no SSN.
  notFlagged('Patient: my social is zero zero zero, twelve, three four five.', 'three four five');
  notFlagged('Social work saw her twice, twelve visits in all.', 'twelve');
});

test('a name spelled out letter by letter', () => {
  has("Doctor: Can you spell your last name? Patient: Sure, it's W-O-J-C-I-K, Wojcik.", 'NAME', 'W-O-J-C-I-K');
  has('My name is Gwendolyn Pryce, P-R-Y-C-E.', 'NAME', 'P-R-Y-C-E');
  has('Ms. Halvorsen, that is H A L V O R S E N, called back.', 'NAME', 'H A L V O R S E N');
  has('Spelled: T. O. K. A. R. Z., Dr Wiley confirmed.', 'NAME', 'T. O. K. A. R. Z');
  // Letters that spell no name found and follow no spelling cue stay unflagged.
  notFlagged('Results: C-O-P-D exacerbation, A B G drawn.', 'C-O-P-D');
  notFlagged('Mr. Lund had an E K G and a C T today.', 'E K G');
});

test('an age of ninety or more said of the future', () => {
  has("Doctor: how old is your dad now? Patient: he'll be ninety-four in May.", 'AGE_OVER_89', 'ninety-four');
  has('Grandma will be a hundred in June.', 'AGE_OVER_89', 'a hundred');
  has("I'm going to be ninety next week.", 'AGE_OVER_89', 'ninety');
  notFlagged("The rate will be ninety by noon, he'll be ninety minutes late.", 'ninety');
});

test('a street with its house number said in words, and a ZIP code said digit by digit', () => {
  has('Dr: and your address? Pt: one twenty two Maplewood Drive, Naperville, six oh five four oh.', 'LOCATION', 'one twenty two Maplewood Drive');
  has('Dr: and your address? Pt: one twenty two Maplewood Drive, Naperville, six oh five four oh.', 'LOCATION', 'six oh five four oh');
  has('She lives at four Birch Lane now.', 'LOCATION', 'four Birch Lane');
  // One number word without a cue before it is no house number; four digits after a town are no ZIP code.
  notFlagged('Took two Main Street buses.', 'two');
  notFlagged('Moved to Naperville, six oh five four, then back.', 'six oh five four');
});

test('words of transcripts that are no names', () => {
  notFlagged('[00:03:12] SPEAKER_01: My name is Gwendolyn Pryce.', 'SPEAKER_01');
  notFlagged('Speaker 2: yeah, that is right.', 'Speaker 2');
  notFlagged('Patient: My wife is here with me.', 'My');
  notFlagged('Patient: Our son drove us.', 'Our');
  // A name after the label stays a name.
  has('[00:03:12] SPEAKER_01: My name is Gwendolyn Pryce.', 'NAME', 'Gwendolyn Pryce');
  has('Patient: Tamsin Okafor, seen today.', 'NAME', 'Tamsin Okafor');
});

test('towns of other countries (5,000+ inhabitants) from the gazetteer, not words or abbreviations', () => {
  has('She lived in Kufstein until her stroke.', 'LOCATION', 'Kufstein');
  has('Daughter flew in from Tarnobrzeg yesterday.', 'LOCATION', 'Tarnobrzeg');
  has('Family farm outside San Pedro Sula, visits twice a year.', 'LOCATION', 'San Pedro Sula');
  // Clinical abbreviations and words that are also towns somewhere stay unflagged.
  notFlagged('Cognition: MoCA 24/30 today.', 'MoCA');
  notFlagged('Sig: 1 tab PO daily.', 'Sig');
});

test("a relative's age of ninety or more beside the kin word, after a verb of age, and in FHIR or JSON elements", () => {
  has('Her father, now 92, lives with them.', 'AGE_OVER_89', '92');
  has('Mum (95) is in a care home.', 'AGE_OVER_89', '95');
  has('my mother who is 98 cant manage stairs', 'AGE_OVER_89', '98');
  has('Grandpa turned ninety-one in March.', 'AGE_OVER_89', 'ninety-one');
  has('{"extension":[{"url":"http://example.org/fhir/age","valueInteger":93}]}', 'AGE_OVER_89', '93');
  has('{"code":{"text":"Age"},"valueQuantity":{"value":96,"unit":"a"}}', 'AGE_OVER_89', '96');
  // Not ages: a house number after a relative, vitals and measures in FHIR, an age of 89 or less.
  const street = 'Her brother, 94 Elm Street, visits.';
  assert.ok(!found(street).some((f) => f.startsWith('AGE_OVER_89')), JSON.stringify(found(street)));
  notFlagged('{"code":{"text":"Oxygen saturation"},"valueQuantity":{"value":96,"unit":"%"}}', '96');
  notFlagged('{"code":{"text":"Heart rate"},"valueQuantity":{"value":96,"unit":"/min"}}', '96');
  notFlagged('{"code":{"text":"Age"},"valueQuantity":{"value":86,"unit":"a"}}', '86');
  notFlagged('Father (96 kg) is diabetic.', '96');
  notFlagged('The dog turned ninety degrees.', 'ninety');
});

test('a newborn surname after "Baby boy" or "baby girl" in lower case', () => {
  has('Baby boy Lindqvist, born at 37+2 weeks.', 'NAME', 'Lindqvist');
  has('Delivered baby girl Okafor at 0412.', 'NAME', 'Okafor');
  notFlagged('Baby girl born at 0412, cried well.', 'born');
  notFlagged('baby boy Apgars 8 and 9.', 'Apgars');
});

test("a fax transmission's header line, and a Telefax label", () => {
  has('Nov 03 2025 14:22 FROM: 614-555-0199 TO: 6145550142 P.1/3', 'FAX', '614-555-0199');
  has('Nov 03 2025 14:22 FROM: 614-555-0199 TO: 6145550142 P.1/3', 'FAX', '6145550142');
  has('Telefax: +49 30 5550 1234', 'FAX', '+49 30 5550 1234');
  // A page mark without a time, or a number that is no phone shape, changes nothing.
  has('Call from 614-555-0199 re: page 1/3 of the form.', 'PHONE', '614-555-0199');
  notFlagged('11:02 transferred to 4B, pain 3/10, bed 12 of 20 from 8', 'bed 12');
});

test('ages of 90+ in family history shorthand', () => {
  has('MGM 93, alive and well.', 'AGE_OVER_89', '93');
  has('PGF d. 95, MI.', 'AGE_OVER_89', '95');
  has('FHx: mother 94 - dementia; father d. 70 MI', 'AGE_OVER_89', '94');
  has('great-grandmother 99 in a care home', 'AGE_OVER_89', '99');
  has('Mother: alive, 92, HTN', 'AGE_OVER_89', '92');
  has('At 91, she still drives.', 'AGE_OVER_89', '91');
  has('92-y-o male with syncope', 'AGE_OVER_89', '92');
  // Not ages: measures, scores, ages of 89 and under, a number before a street.
  notFlagged('Mother 94 kg, father 70 kg.', '94');
  notFlagged('Sister: SpO2 95% on RA.', '95');
  notFlagged('father d. 89, MI', '89');
  const street = 'Mother: 92 Elm St, Dayton.';
  assert.ok(!found(street).some((f) => f.startsWith('AGE_OVER_89')), JSON.stringify(found(street)));
});
