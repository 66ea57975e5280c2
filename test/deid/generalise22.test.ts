// Generalisation tests, twenty-second round (docs/deid-history.md, Stop 16, round ids22): registers of professionals, dates in
// machine records, date ranges joined by a hyphen, the Thai national ID by its check digit, and label words of record
// numbers and health plans of other countries, found in heldout9's misses. Every example is new and synthetic
// (invented names and numbers), written for the rule, not copied from any evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

/** The value is not read as a date (it may stay another identifier). */
const notDate = (text: string, value: string) => assert.ok(!found(text).includes(`DATE:${value}`), found(text).join(' | '));

test("a professional register's acronym and number is a licence", () => {
  has('Signed Dr Nadeesha Silva, Consultant Paediatrician, SLMC 23311.', 'LICENSE', '23311');
  has('Notes by Dr Wanjiru Kamau, Medical Officer, KMPDC 10447.', 'LICENSE', '10447');
  has('Attending: Dr Ana Pires (GLN 7601000123456)', 'LICENSE', '7601000123456');
  has('Letter by Aino Virtanen, MD, Valvira reg. 100447215.', 'LICENSE', '100447215');
  // Short labels after a comma in a signature, a bar number, a driver's licence in capitals with its state.
  has('Medico: Rui Costa Lopes, OM 48210.', 'LICENSE', '48210');
  has('Dra. Lucia Ferraro, MN 128834, turno noche.', 'LICENSE', '128834');
  has('Counsel: Ada Brightwater, bar no. TX 24401877.', 'LICENSE', '24401877');
  has('Payee SSN on file; DL OH TS118-447-201; phone on file', 'LICENSE', 'TS118-447-201');
  // Not a licence: doses, ages, values after ordinary words and clinical abbreviations.
  notFlagged('Give OM 2500 units as ordered.', '2500');
  notFlagged('Platelets 250, bar graph 1200 steps.', '1200');
  notFlagged('Glucose 110 mg/DL 1450 kcal diet', '1450');
  notFlagged('SLMC guideline 2021 applies.', '2021');
});

test('dates in machine records: compact timestamps, FileMan, EDIFACT interchange', () => {
  has("UNH+1+MEDRPT' DTM+137:202402110930:203' NAD+PO++", 'DATE', '20240211');
  has("RFF+ACD:77' DTM+194:20240311120000:204' ok", 'DATE', '20240311');
  has('^DPT(4471,0)="DOE,JANE^F^2450611^^^^^"', 'DATE', '2450611');
  has("UNB+UNOC:3+SENDER:ZZ+RECV:ZZ+240211:0930+00001'", 'DATE', '240211');
  // Not dates: an account of twelve digits whose "date" is impossible, a seven-digit number whose month is impossible.
  notDate('Ref 200455129911 opened.', '20045512');
  notDate('Ref 202401150975 opened.', '20240115');
  notDate('^DPT(4471,0)="DOE,JANE^F^2451399^^^^^"', '2451399');
  notDate('Ref 31 2450611 spare', '2450611');
});

test('two dates joined by a hyphen are two dates', () => {
  has('Sick leave 03.02.2024-09.02.2024 issued.', 'DATE', '03.02.2024');
  has('Sick leave 03.02.2024-09.02.2024 issued.', 'DATE', '09.02.2024');
  has('Stay 3.2.24-9.2.24 on ward 6.', 'DATE', '9.2.24');
  // Not dates: a version, a range of values.
  notFlagged('Firmware 3.2.40-9.7.41 installed', '9.7.41');
  notFlagged('Range 14.55.2024-18.77.2024 ok', '14.55.2024');
});

test('the Thai national ID in its printed groups, by its check digit', () => {
  has('Thai ID 1 1020 04457 12 8 verified.', 'OTHER_ID', '1 1020 04457 12 8');
  notFlagged('Counts 1 1020 04457 12 3 recorded.', '04457');
});

test('label words of record numbers and health plans of other countries', () => {
  has('Patient: Mr Anan Srisuk HN 71-220934 admitted.', 'MRN', '71-220934');
  has('Processo HSJ-4410982 internamento.', 'MRN', 'HSJ-4410982');
  has('IP No. KNR/24/055120 admitted to ward', 'MRN', 'KNR/24/055120');
  has('MassHealth 200411552317 active.', 'HEALTH_PLAN', '200411552317');
  has('Kela card KELA-1102884417 on file', 'HEALTH_PLAN', 'KELA-1102884417');
  has('EPS: Nueva, affiliation NUE-4471209930', 'HEALTH_PLAN', 'NUE-4471209930');
});

test('the number of an EDIFACT communication segment, typed by its qualifier', () => {
  has("NAD+PO++Doe' COM+0161 5550172:TE' COM+0161 5550173:FX' PNA+PAT", 'PHONE', '0161 5550172');
  has("NAD+PO++Doe' COM+0161 5550172:TE' COM+0161 5550173:FX' PNA+PAT", 'FAX', '0161 5550173');
  notFlagged("QTY+COM+12345:TE' short", '12345');
});
