// Worst-case texts for the detector: short patterns that, repeated, made rules cost time quadratic in a text's length
// before the detector answered its overlap and line questions from indexes (docs/deid.md, "Worst-case inputs").
// Used by `npm run bench:deid` (their speed at two lengths) and by test/deid/worst-case.test.ts (they finish).

/** Patterns found by repeating candidates of every kind and profiling (each repeated to the wanted length). */
export const WORST_CASE_UNITS: readonly string[] = [
  'Temple Beth ',
  'Temple Beth; ',
  'Boston, ',
  'PID|1|; ',
  'John Smith, ',
  '000-12-3456 ',
  'March 3, 2020 ',
  '12 Main St, ',
  'serial SN12345 ',
  'Dr. Page Whitcombe. Page agrees. ',
  'Hartwell Pharmacy (Findlay) ',
  'in Hillcrest, San Diego 92103 ',
  'MRN: 40088213 ID 40088213 ',
  'Mercy Hospital; ',
  'ID 12345678 ',
  '555-123-4567 ',
  // Stop 17: states and countries of several words (the regions pass had read every span once per candidate).
  'North Carolina, Costa Rica, ',
  // Stop 18: texts of one case (the one-case places, addresses, facilities and ages after names) and tables.
  'lives at 12 elm st apt 4, springfield, il 62704; ',
  'TAKEN TO ST. MARY\'S HOSPITAL, ASCOT. ',
  'Okafor, Ada | 93 | Enugu\n',
];

/** `unit` repeated to exactly `length` characters. */
export function worstCaseText(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
