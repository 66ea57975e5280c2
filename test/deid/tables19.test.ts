// Stop 19 (docs/deid-history.md, "Stop 19: days and phones in table columns"): a column of a table whose cells are all days
// without a year (a rota, a pickup list) or all phone numbers of digit groups, and the look-alike columns of scores, lab
// values and sequence numbers that must stay unflagged. Every table is invented for the reader (made-up names, towns and
// 555 numbers), not copied from any set.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a rota of days without a year, day first with points, is read as dates (the weekend range too)', () => {
  const text = 'On-call rota, December\n14.12;Harriet Quennell;cardiology;555 0188;Alderbury\n15.12;Osric Penhallow;medicine;555 0134;Wendover\n16.12-17.12;Tamsin Ellery;medicine;555 0172;Hurstleigh\n18.12;Ivo Brackenbury;renal;555 0165;Cottesmore\n';
  typedExactly(text, ['14.12', '15.12', '16.12', '17.12', '18.12'], 'DATE');
  typedExactly(text, ['555 0188', '555 0134', '555 0172', '555 0165'], 'PHONE');
});

test('days with dashes (month first) and slashes (a day above 12), and a weekday before the day', () => {
  typedExactly('Pickup list\n04-27 | Lindqvist, Maren | Ostervik pharmacy\n04-28 | Haverkamp, Jens | Ostervik pharmacy\n04-30 | Brouwer, Sanne | Ostervik pharmacy\n', ['04-27', '04-28', '04-30'], 'DATE');
  typedExactly('Night shifts\n28/11 | Okoro, Chidi | ward 4\n29/11 | Mbeki, Lerato | ward 4\n30/11 | Dlamini, Sipho | ward 5\n01/12 | Nkosi, Thandi | ward 5\n', ['28/11', '29/11', '30/11', '01/12'], 'DATE');
  typedExactly('Roster\nMon 14/9\tPenrose\tday\nTue 15/9\tHalloran\tnight\nWed 16/9\tGarrity\tday\n', ['14/9', '15/9', '16/9'], 'DATE');
});

test('phone columns of other countries: groups of two to four digits, a country code first', () => {
  typedExactly('Contacts\n1\tAzimova Nilufar\t+998 90 555 01 47\tChilonzor\n2\tKarimov Bekzod\t+998 93 555 02 18\tYunusobod\n3\tSaidova Malika\t+998 97 555 03 66\tMirobod\n', ['+998 90 555 01 47', '+998 93 555 02 18', '+998 97 555 03 66'], 'PHONE');
  typedExactly('Famille;Tel\nDr Etcheverry;05 59 55 31 02\nDr Harispe;05 59 55 48 17\nDr Oyhenart;05 59 55 20 64\n', ['05 59 55 31 02', '05 59 55 48 17', '05 59 55 20 64'], 'PHONE');
});

test('look-alike columns stay unflagged: pain scores, strength, lab values, sequence numbers beside times', () => {
  untouched('Reassessment\n0800 | pain | 3/10 | paracetamol\n1000 | pain | 5/10 | oxycodone\n1200 | pain | 2/10 | none\n', ['3/10', '5/10', '2/10']);
  untouched('Strength\nleft deltoid | 5/5\nright deltoid | 4/5\nleft biceps | 5/5\nright biceps | 3/5\n', ['4/5', '3/5']);
  untouched('Potassium trend\nday 1 | 4.1 | mmol/L\nday 2 | 3.9 | mmol/L\nday 3 | 4.5 | mmol/L\nday 4 | 4.2 | mmol/L\n', ['4.1', '3.9', '4.5', '4.2']);
  untouched('Creatinine\nMon | 1.02\nTue | 1.05\nWed | 1.08\nThu | 1.11\n', ['1.02', '1.05', '1.08', '1.11']);
  untouched('QUEUE\nSEQ  TIME  DISPO\n0041 0712  SELF CARE\n0042 0715  ED NOW\n0043 0731  PCP 24H\n', ['0041 0712', '0042 0715', '0043 0731']);
  // The same number in every row is no list of phones (a ward's extension repeated).
  untouched('Beds\nbed 1\tward 4\t2215 3400\nbed 2\tward 4\t2215 3400\nbed 3\tward 4\t2215 3400\n', ['2215 3400']);
});

// Stop 20 (docs/deid-history.md, "Stop 20: ages in table columns"): a column of ages under its name or right after a
// column of names; its numbers of 90 and more are ages over 89. The look-alike columns stay unflagged.
test('a column of ages after a column of names, in bars, in CSV with the name split by its comma, and with a word of years', () => {
  typedExactly('Ward 3 list\n01 | Quennell, Harriet | 79 | Alderbury | hip\n02 | Penhallow, Osric | 93 | Wendover | CAP\n03 | Ellery, Tamsin | 86 | Hurstleigh | UTI\n', ['93'], 'AGE_OVER_89');
  typedExactly('nr,name,age,town\n14,"Brackenbury, Ivo",91,"Cottesmore"\n15,"Lindqvist, Maren",67,"Ostervik"\n16,"Haverkamp, Jens",58,"Ostervik"\n', ['91'], 'AGE_OVER_89');
  typedExactly('Beboere\nMaren Lindqvist\t94 aar\tstue 2\nJens Haverkamp\t81 aar\tstue 4\nSanne Brouwer\t77 aar\tstue 5\n', ['94'], 'AGE_OVER_89');
});

test('a column headed by the word for age is read without names beside it; the look-alikes stay numbers', () => {
  typedExactly('Bed;Alter;Diagnose\n4;92;Pneumonie\n5;71;Sturz\n6;84;Delir\n', ['92'], 'AGE_OVER_89');
  // A column of weights under its own name; and right after the names, where a number of 90 or more after a name would
  // otherwise read as an age.
  untouched('Bed;Weight;Diagnose\n4;95;Pneumonie\n5;71;Sturz\n6;84;Delir\n', ['95']);
  untouched('Name | Weight | Ward\nQuennell, Harriet | 95 | 4\nPenhallow, Osric | 72 | 4\nEllery, Tamsin | 64 | 5\n', ['95']);
  typedExactly('Name | Age | Ward\nQuennell, Harriet | 95 | 4\nPenhallow, Osric | 72 | 4\nEllery, Tamsin | 64 | 5\n', ['95'], 'AGE_OVER_89');
  // After the names: numbers each one more than the one before (a count), and numbers above any age (rooms, codes).
  untouched('14,"Brackenbury, Ivo",90,"Cottesmore"\n15,"Lindqvist, Maren",91,"Ostervik"\n16,"Haverkamp, Jens",92,"Ostervik"\n', ['90', '91', '92']);
  untouched('14,"Brackenbury, Ivo",95,"Cottesmore"\n15,"Lindqvist, Maren",120,"Ostervik"\n16,"Haverkamp, Jens",131,"Ostervik"\n', ['95']);
});
