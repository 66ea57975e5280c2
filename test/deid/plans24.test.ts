// Stop 24 (docs/deid-history.md, Stop 24): health plan numbers of more countries after their label, in groups as written.
// Values are invented; each check of a number found fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a health plan number of another country after its label, in its groups', () => {
  typedExactly('Cartao Nacional de Saude (CNS): 7005 5501 8273 9042', ['7005 5501 8273 9042'], 'HEALTH_PLAN');
  typedExactly('Tarjeta sanitaria: MDRD 4418 2201 7', ['MDRD 4418 2201 7'], 'HEALTH_PLAN');
  typedExactly('Obra social: OSDE, afiliado 61 555018 2 03.', ['61 555018 2 03'], 'HEALTH_PLAN');
  typedExactly('Kovacs Erzsebet, TAJ 055 512 349', ['055 512 349'], 'HEALTH_PLAN');
  typedExactly('OHIP for Baptiste expired - 4821-553-019-KT on file.', ['4821-553-019-KT'], 'HEALTH_PLAN');
  typedExactly('my Carte Vitale number 2 91 05 59 350 047 13', ['2 91 05 59 350 047 13'], 'HEALTH_PLAN');
  // In capitals, the small words around the number are the sentence's.
  untouched('AYUSHMAN CARD AB-4102-7736-9915 IS LINKED?', ['IS']);
});

test('a number after such a label that is another identifier\'s, or a count, is no plan\'s', () => {
  untouched('Plan: 2 weeks of amoxicillin, review 10 days', ['2 weeks']);
  typedExactly('SHA review: phone 0722 555 104 today', ['0722 555 104'], 'PHONE');
});
