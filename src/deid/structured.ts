// Identifiers inside structured formats pasted into free text: HL7 v2 segments, CSV/TSV rows with
// a header line, and JSON fields. The position of a value (field, column, key) says what it is,
// so these spans are typed by the format, not by the look of the value.
import type { PhiType } from './types.js';

export interface StructuredHost {
  readonly v: string;
  add(s: number, e: number, t: PhiType, p: number): void;
  /** A capitalized value may be a person's name (lexicon test, see Detector.personish). */
  personish(value: string, personContext: boolean): boolean;
  /** The line [s, e) is the header of a table: its words are column names, not anyone's name. */
  tableHeader?(s: number, e: number): void;
}

/** Priority of spans typed by their position in a format: above the shape rules. */
const P = 95;

// --- HL7 v2 ------------------------------------------------------------------------------------

/** Data types of the fields that hold identifiers (HL7 v2.x). */
type Kind = 'XPN' | 'XCN' | 'CX' | 'XAD' | 'XTN' | 'TS' | 'TQ' | PhiType;
const HL7: Record<string, Record<number, Kind>> = {
  MSH: { 7: 'TS' },
  EVN: { 2: 'TS', 6: 'TS' },
  PID: { 2: 'CX', 3: 'CX', 4: 'CX', 5: 'XPN', 6: 'XPN', 7: 'TS', 9: 'XPN', 11: 'XAD', 13: 'XTN', 14: 'XTN', 18: 'ACCOUNT', 19: 'SSN', 20: 'LICENSE', 21: 'CX', 29: 'TS' },
  PD1: { 4: 'XCN' },
  MRG: { 1: 'CX', 2: 'CX', 3: 'ACCOUNT', 4: 'CX', 7: 'XPN' },
  NK1: { 2: 'XPN', 4: 'XAD', 5: 'XTN', 6: 'XTN', 8: 'TS', 9: 'TS', 16: 'TS', 30: 'XPN', 31: 'XTN', 32: 'XAD', 33: 'CX', 37: 'SSN' },
  PV1: { 7: 'XCN', 8: 'XCN', 9: 'XCN', 17: 'XCN', 19: 'ACCOUNT', 44: 'TS', 45: 'TS', 50: 'ACCOUNT', 52: 'XCN' },
  PV2: { 8: 'TS', 9: 'TS', 13: 'XCN' },
  GT1: { 2: 'ACCOUNT', 3: 'XPN', 4: 'XPN', 5: 'XAD', 6: 'XTN', 7: 'XTN', 8: 'TS', 12: 'SSN' },
  IN1: { 12: 'TS', 13: 'TS', 16: 'XPN', 18: 'TS', 19: 'XAD', 36: 'HEALTH_PLAN', 49: 'CX' },
  IN2: { 2: 'SSN', 6: 'HEALTH_PLAN', 8: 'HEALTH_PLAN' },
  ORC: { 2: 'OTHER_ID', 3: 'OTHER_ID', 9: 'TS', 10: 'XCN', 11: 'XCN', 12: 'XCN', 15: 'TS', 19: 'XCN' },
  OBR: { 2: 'OTHER_ID', 3: 'OTHER_ID', 18: 'OTHER_ID', 20: 'OTHER_ID', 6: 'TS', 7: 'TS', 8: 'TS', 14: 'TS', 16: 'XCN', 22: 'TS', 28: 'XCN', 32: 'XCN', 33: 'XCN', 34: 'XCN', 35: 'XCN', 36: 'TS' },
  OBX: { 14: 'TS', 16: 'XCN', 19: 'TS' },
  TXA: { 4: 'TS', 5: 'XCN', 6: 'TS', 7: 'TS', 9: 'XCN', 10: 'XCN', 11: 'XCN', 22: 'XCN' },
  DG1: { 5: 'TS', 16: 'XCN' },
  AL1: { 6: 'TS' },
  ROL: { 4: 'XCN', 5: 'TS', 6: 'TS' },
  PRD: { 2: 'XPN', 3: 'XAD', 5: 'XTN' },
  AIP: { 3: 'XCN' },
  SCH: { 11: 'TQ', 12: 'XCN', 16: 'XCN', 20: 'XCN' },
  RXE: { 13: 'XCN' },
  RXO: { 14: 'XCN' },
};
/** The last field a rule of each segment reads. */
const HL7_LAST_FIELD: Record<string, number> = Object.fromEntries(Object.entries(HL7).map(([seg, rules]) => [seg, Math.max(...Object.keys(rules).map(Number))]));
const SEGMENT = new RegExp(`(?<![A-Za-z0-9|^])(${Object.keys(HL7).join('|')})\\|`, 'g');
/** Identifier type codes of HL7 table 0203 (CX component 5). */
const CX_TYPE: Record<string, PhiType> = {
  MR: 'MRN', MRN: 'MRN', PI: 'MRN', PT: 'MRN', PN: 'MRN', SS: 'SSN', SSN: 'SSN', AN: 'ACCOUNT', VN: 'ACCOUNT', PRN: 'LICENSE', DL: 'LICENSE',
  // (Stop 15: a state registry's, a passport's, a birth registry's, an employee's or a national number is no record number;
  // licences of a doctor, a nurse or a state.)
  SR: 'OTHER_ID', PPN: 'OTHER_ID', BR: 'OTHER_ID', EI: 'OTHER_ID', NI: 'OTHER_ID', NNxxx: 'OTHER_ID', WC: 'OTHER_ID', DN: 'LICENSE', MD: 'LICENSE', RN: 'LICENSE', LN: 'LICENSE', SL: 'LICENSE', DEA: 'LICENSE',
  NPI: 'OTHER_ID', MB: 'HEALTH_PLAN', MC: 'HEALTH_PLAN', MA: 'HEALTH_PLAN', SN: 'HEALTH_PLAN', NH: 'HEALTH_PLAN', JHN: 'HEALTH_PLAN', HC: 'HEALTH_PLAN',
};
const TS_RE = /^((?:18|19|20)\d{2})(0[1-9]|1[0-2])(?:(0[1-9]|[12]\d|3[01])(?:[0-2]\d(?:[0-5]\d(?:[0-5]\d(?:\.\d+)?)?)?)?)?(?:[+-]\d{4})?$/;

function hl7(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(SEGMENT)) {
    const seg = m[1] as string;
    const rules = HL7[seg] as Record<number, Kind>;
    const start = m.index;
    const last = HL7_LAST_FIELD[seg] as number;
    // MSH counts its field separator as field 1.
    let field = seg === 'MSH' ? 1 : 0;
    let fs = start;
    // The segment runs to the end of its line (segments are separated by CR or LF); the walk stops after the last field
    // a rule reads, so that a line of many segments (or none of their line ends) costs time linear in its length.
    for (let i = start; field <= last; i++) {
      const c = i < v.length ? v.charCodeAt(i) : 10;
      const end = c === 13 || c === 10;
      if (!end && c !== 124) continue;
      const kind = field > 0 ? rules[field] : undefined;
      if (kind) {
        // Repetitions ("~") hold values of the same kind.
        let rs = fs;
        for (let r = fs; r <= i; r++) {
          if (r < i && v.charCodeAt(r) !== 126) continue;
          if (r > rs) hl7Value(h, kind, rs, r);
          rs = r + 1;
        }
      }
      field++;
      fs = i + 1;
      if (end) break;
    }
  }
}

/** Components of a field value ("^"), with their offsets. */
function components(v: string, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let cs = s;
  for (let i = s; i <= e; i++) {
    if (i < e && v.charCodeAt(i) !== 94 && v.charCodeAt(i) !== 38) continue;
    out.push([cs, i]);
    cs = i + 1;
  }
  return out;
}

function hl7Value(h: StructuredHost, kind: Kind, s: number, e: number): void {
  const v = h.v;
  const comps = components(v, s, e);
  const c = (n: number): [number, number] | undefined => {
    const x = comps[n - 1];
    return x && x[1] > x[0] ? x : undefined;
  };
  const text = (x: [number, number] | undefined) => (x ? v.slice(x[0], x[1]) : '');
  const name = (x: [number, number] | undefined) => {
    if (x && /^[\p{L}][\p{L}' .-]*$/u.test(text(x))) h.add(x[0], x[1], 'NAME', P);
  };
  switch (kind) {
    case 'XPN':
      name(c(1));
      name(c(2));
      name(c(3));
      return;
    case 'XCN': {
      const id = c(1);
      // "0417^ABERNATHY^PRIYA": an id, then the name; "ABERNATHY^PRIYA" alone in some feeds.
      if (id && /\d/.test(text(id))) {
        // A 10-digit id is the person's NPI (an identifier of the clinician, not a licence).
        if (/^\d{10}$/.test(text(id))) h.add(id[0], id[1], 'OTHER_ID', P);
        name(c(2));
        name(c(3));
        name(c(4));
      } else {
        name(c(1));
        name(c(2));
        name(c(3));
      }
      return;
    }
    case 'CX': {
      const id = c(1);
      if (!id || !/\d/.test(text(id))) return;
      const code = text(c(5)).toUpperCase();
      h.add(id[0], id[1], CX_TYPE[code] ?? 'MRN', P);
      return;
    }
    case 'XAD':
      for (const n of [1, 2, 3, 5, 9]) {
        const x = c(n);
        if (x && /[\p{L}\p{N}]/u.test(text(x))) h.add(x[0], x[1], 'LOCATION', P);
      }
      return;
    case 'XTN': {
      const fax = /^(?:FX|FAX)$/i.test(text(c(3)));
      for (const x of comps) if ((text(x).match(/\d/g)?.length ?? 0) >= 7) h.add(x[0], x[1], fax ? 'FAX' : 'PHONE', P);
      // "^PRN^PH^^^207^5550139": the country and area codes (components 5 and 6) belong to the local number (7).
      const area = c(6);
      const local = c(7);
      if (area && local && /^\d{1,5}$/.test(text(area)) && /^\d{5,9}$/.test(text(local))) {
        const cc = c(5);
        h.add(cc && /^\+?\d{1,3}$/.test(text(cc)) ? cc[0] : area[0], local[1], fax ? 'FAX' : 'PHONE', P + 1);
      }
      const email = c(4);
      if (email && text(email).includes('@')) h.add(email[0], email[1], 'EMAIL', P);
      return;
    }
    case 'TQ':
      // A timing quantity ("^^30^20250318140000^20250318143000"): its start and end (components 4 and 5) are times stamps.
      for (const n of [4, 5]) {
        const x = c(n);
        if (x) hl7Value(h, 'TS', x[0], x[1]);
      }
      return;
    case 'TS': {
      const x = c(1);
      const m = x ? TS_RE.exec(text(x)) : null;
      // The date only: "202504110832" is the date 20250411 and a time of day, which identifies no one.
      if (x && m && (m[3] || text(x).length === 6)) h.add(x[0], /^\d{8}\d/.test(text(x)) ? x[0] + 8 : x[1], 'DATE', P);
      return;
    }
    default: {
      const x = c(1);
      if (x && /\d/.test(text(x))) h.add(x[0], x[1], kind, P);
    }
  }
}

// --- CSV and TSV with a header line ---------------------------------------------------------------

/** Column names (lower case, letters only) and the type of their values. */
const COLUMN: Record<string, PhiType> = {};
const col = (type: PhiType, names: string) => {
  for (const n of names.split(' ')) COLUMN[n] = type;
};
col('NAME', 'nom prenom nombre apellido apellidos vorname nachname cognome last first middle given family name names lastname firstname middlename surname familyname givenname givennames forename forenames fname lname mname fullname patient patientname ptname pt provider providername attending attendingname attendingphysician physician doctor clinician nurse primarynurse contact contactname emergencycontact nextofkin nok guarantor guarantorname subscriber subscribername insured insuredname pcp referringprovider referring orderingprovider orderedby author signedby mother father spouse caregiver initials staff staffinitials nurseinitials rninitials by');
col('LOCATION', 'city town suburb address addr address1 address2 addressline addressline1 addressline2 street streetaddress zip zipcode postcode postalcode county facility facilityname clinic clinicname hospital hospitalname');
col('MRN', 'mrn medicalrecordnumber medicalrecord patientid ptid chartnumber chart');
col('SSN', 'ssn socialsecuritynumber');
col('PHONE', 'phone phonenumber tel telephone mobile cell cellphone homephone workphone');
col('FAX', 'fax faxnumber');
col('EMAIL', 'email emailaddress');
col('DATE', 'dob dateofbirth birthdate birthday admitdate admissiondate dischargedate visitdate servicedate dateofservice dos dod dateofdeath date apptdate appointmentdate encounterdate');
col('HEALTH_PLAN', 'memberid membernumber memberno subscriberid subscribernumber subscriberno policynumber policyno policyid policy insuranceid insurancenumber medicaidid medicaid medicaidnumber medicareid medicare medicarenumber mbi healthcard healthcardnumber phn nhi insuredid planid healthplanid');
col('ACCOUNT', 'account accountnumber accountno accountid acct acctno acctnum acctnumber patientaccount billingaccount billingid visitnumber visitno visitid encounter encounterno encounternumber encounterid invoice invoiceno invoicenumber fin harno');
col('OTHER_ID', 'studyid subjectid participantid accession accessionnumber accessionno claim claimnumber claimno claimid npi specimenid specimen caseid casenumber caseno rxnumber rxno prescriptionnumber authnumber authorizationnumber priorauth kitid enrollmentid');
col('HEALTH_PLAN', 'nhsnumber nhsno nhs');
col('OTHER_ID', 'chinumber chi ihi ppsn ppsnumber aadhaar aadhar nric nationalid idnumber sin');
col('HEALTH_PLAN', 'medicalcard medicalcardnumber gmsnumber medicalaid medicalaidnumber medicareno');
col('LOCATION', 'eircode pincode postcode postalcode suburb town locality');
col('MRN', 'mrno mrnumber medicalrecordno hospitalnumber hospitalno hospno urnumber urno unitnumber');
col('DEVICE', 'serial serialnumber serialno deviceid deviceserial deviceidentifier udi udicarrier carrierhrf imei');
col('AGE_OVER_89', 'age ageyears ageyrs patientage');
col('LICENSE', 'license licensenumber licenseno licence licencenumber dl dlnumber driverslicense dea deanumber');
col('VEHICLE', 'plate platenumber plateno licenseplate licenceplate licenseplatenumber vin vinnumber vehicleplate vehicleregistration vehiclereg regno rego tagnumber');
col('OTHER_ID', 'badge badgeno badgenumber badgeid');
col('VEHICLE', 'vehicle');
col('NAME', 'visitor visitorname');
col('BIOMETRIC', 'fingerprint fingerprintid fingerprinttemplate biometric biometricid biometrictemplate biometricidentifier irisid iristemplate iriscode voiceprint voiceprintid palmvein palmveinid retinaid retinascan faceid facetemplate facialgeometry');
// (Stop 17: column names of exports in German, French, Spanish, Italian, Portuguese, Dutch and the Nordic languages,
// with the abbreviations a header shortens them to: "Pat.-Nr.;Name;Vorname;Geb.;PLZ;Ort".)
col('NAME', 'naam voornaam achternaam nome sobrenome cognome efternamn fornamn fornavn etternavn sukunimi etunimi');
col('DATE', 'geb gebdat gebdatum geburtsdatum geboren naissance datenaissance datedenaissance ddn fechanacimiento fechadenacimiento fnac nacimiento datanascita datadinascita datadenascimento geboortedatum fodelsedatum fodselsdato');
col('LOCATION', 'plz ort wohnort anschrift adresse strasse strae ville commune codepostal ciudad localidad municipio direccion domicilio codigopostal indirizzo citta comune morada localidade woonplaats postcodeplaats gemeente');
col('MRN', 'patnr patientennr patientennummer ipp numerodossier nhc historiaclinica numerohistoria');
col('PHONE', 'telefon telefono telefone telephone tel handy movil celular');
/** The codes of US states and territories (a licence's or a plate's issuer). */
/** The two-letter codes of the US states, DC and the territories (the detector builds its state patterns from them). */
export const US_STATE_CODES: ReadonlySet<string> = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'.split(' '));
export const colKey = (cell: string) => cell.toLowerCase().replace(/[^a-z]/g, '');
/** Identifier words inside a longer column or key name ("fingerprint_template_ref", "primaryMemberNumber"). */
const KEY_ID_END = /(?:id|ids|number|num|nbr|no|hash|template|code|ref|serial|plate|print)$/;
/** The type of a column or key: its name, or the identifier words inside it. */
export function colType(key: string): PhiType | undefined {
  const t = COLUMN[key];
  // "ID checked (state DL)", "Driver's licence no.": a driver's licence column.
  if (!t && /(?:state|drivers?)dl$|^dl(?:no|number|state)?$|licen[cs]e/.test(key)) return 'LICENSE';
  // (Stop 15, second wave: "ssn_last4", "last4_ssn": the last digits of an SSN.)
  if (!t && key.length <= 10 && /^ssnlast|lastssn$/.test(key)) return 'SSN';
  if (t || key.length < 5 || !KEY_ID_END.test(key)) return t;
  if (/fingerprint|thumbprint|biometric|iris|retina|palmvein|palmprint|fingervein|voiceprint|faceprint|facetemplate|facialgeometry|facehash/.test(key)) return 'BIOMETRIC';
  if (/plate|^vin|vehicle/.test(key)) return 'VEHICLE';
  if (/serial|^udi|imei|deviceid|implant/.test(key)) return 'DEVICE';
  if (/^mrn|mrn$|medicalrecord|hospitalnumber|hospitalno|chartnumber|chartno/.test(key)) return 'MRN';
  if (/member|subscriber|policy|medicaid|medicare|insurance|healthplan|mbi$/.test(key)) return 'HEALTH_PLAN';
  if (/account|acct|invoice|billing|guarantor/.test(key)) return 'ACCOUNT';
  if (/licen[cs]e|^dea|dea$/.test(key)) return 'LICENSE';
  return undefined;
}
const TITLE_BEFORE = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+)/;

function splitCells(line: string, sep: string): [number, number][] {
  const out: [number, number][] = [];
  let cs = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    if (i < line.length && (ch !== sep || quoted)) continue;
    out.push([cs, i]);
    cs = i + 1;
  }
  return out;
}

/**
 * A line that can be a header: short cells of letters, separated by commas, tabs or semicolons. (Stop 17: a cell may
 * hold an abbreviation's dot, "Geb.", "D.O.B.", "Pat.-Nr."; headerChars admits only a dot that closes an abbreviation
 * (see abbreviationDot), so prose sentences still fail there.)
 */
const HEADER_LINE = /[ \t"]*[A-Za-z][A-Za-z0-9 _#\/()".-]{0,30}(?:[,\t;][ \t"]*[A-Za-z][A-Za-z0-9 _#\/()".-]{0,30})+[ \t]*\r?(?:\n|$)/y;
/** The characters HEADER_LINE reads: those of its cells, its separators and blanks, a carriage return. */
const HEADER_CHARS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (/[A-Za-z0-9 _#\/()"\-,\t;\r]/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/**
 * A cheap test before HEADER_LINE on the line [ls, le): it holds only characters HEADER_LINE reads, and a separator.
 * Prose fails at its first colon, full stop or apostrophe, without a call of the regex (one per line of every text).
 */
function headerChars(v: string, ls: number, le: number): boolean {
  let sep = false;
  // (Stop 25, speed: HEADER_LINE's first cell is a letter and at most 30 characters more, after blanks and quotes, and a
  // separator follows it: a line with none by then is no header, read no further. Prose lines without a colon or a full
  // stop early had been read to their end.)
  let a = ls;
  while (a < le && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9 || v.charCodeAt(a) === 34)) a++;
  const by = a + 31;
  for (let i = ls; i < le; i++) {
    if (i > by && !sep) return false;
    const c = v.charCodeAt(i);
    if (c === 46 && abbreviationDot(v, i, ls, le)) continue;
    if (c >= 128 || HEADER_CHARS[c] === 0) return false;
    if (c === 44 || c === 9 || c === 59) sep = true;
  }
  return sep;
}
/** A dot at i in the line [ls, le) that ends an abbreviation in a header cell: after a letter, before a separator, a
 * hyphen, a letter, a carriage return or the line's end ("Geb.;", "D.O.B", "Pat.-Nr"), or before a blank after a word
 * of at most four letters ("Pt. name", "Acct. No"), not after a sentence's last word. */
function abbreviationDot(v: string, i: number, ls: number, le: number): boolean {
  if (i === ls || !isAsciiLetterCode(v.charCodeAt(i - 1))) return false;
  if (i + 1 >= le) return true;
  const n = v.charCodeAt(i + 1);
  if (n === 44 || n === 59 || n === 9 || n === 45 || n === 13 || isAsciiLetterCode(n)) return true;
  // Before a blank only after a short abbreviation ("Pt. name", "Acct. No"), not after a sentence's last word.
  if (n !== 32) return false;
  let w = i - 1;
  while (w > ls && isAsciiLetterCode(v.charCodeAt(w - 1))) w--;
  const c = w > ls ? v.charCodeAt(w - 1) : 32;
  return i - w <= 4 && (c === 32 || c === 44 || c === 59 || c === 9 || c === 34 || w === ls);
}
const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** The header of a pipe-separated table ("Name | DOB | MRN"), tried only in texts with " | ". */
// (Stop 13: a cell may be padded with blanks to a column's width: "Facility                        |".)
const PIPE_HEADER_LINE = /[ \t|]*[A-Za-z][A-Za-z0-9 _#\/()-]{0,30}[ \t]*(?:\|[ \t]*[A-Za-z][A-Za-z0-9 _#\/()-]{0,30}[ \t]*)+[ \t|]*\r?(?:\n|$)/y;

function csv(h: StructuredHost): void {
  const v = h.v;
  // ('|' first: a search for " | " stops at every space.)
  const pipes = v.includes('|');
  const pipeHeader = (ls: number) => {
    PIPE_HEADER_LINE.lastIndex = ls;
    return PIPE_HEADER_LINE.test(v);
  };
  const lineEnd = (s: number) => {
    const e = v.indexOf('\n', s);
    return e < 0 ? v.length : e;
  };
  for (let ls = 0; ls < v.length; ) {
    let le = lineEnd(ls);
    const next = le + 1;
    HEADER_LINE.lastIndex = ls;
    if (le - ls > 400 || !((headerChars(v, ls, le) && HEADER_LINE.test(v)) || (pipes && pipeHeader(ls)))) {
      ls = next;
      continue;
    }
    if (v.charCodeAt(le - 1) === 13) le--;
    const line = v.slice(ls, le);
    const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : line.includes(',') ? ',' : ';';
    // A table: the next line has as many separators (cheap test before the column names are read).
    const code = sep.charCodeAt(0);
    let n1 = 0;
    for (let i = ls; i < le; i++) if (v.charCodeAt(i) === code) n1++;
    const ne = next < v.length ? lineEnd(next) : next;
    let n2 = 0;
    for (let i = next; i < ne; i++) if (v.charCodeAt(i) === code) n2++;
    if (n2 < n1) {
      ls = next;
      continue;
    }
    const cells = splitCells(line, sep);
    const types = cells.map(([a, b]) => colType(colKey(line.slice(a, b))));
    const mapped = types.filter(Boolean).length;
    // Prose with commas is no header: two known columns, or one in a tab-separated or wider table.
    if (mapped === 0 || (mapped < 2 && sep !== '\t' && cells.length < 3)) {
      ls = next;
      continue;
    }
    let rs = next;
    while (rs < v.length) {
      let re = lineEnd(rs);
      const after = re + 1;
      if (v.charCodeAt(re - 1) === 13) re--;
      const row = v.slice(rs, re);
      if (!row.trim()) break;
      const rc = splitCells(row, sep);
      if (rc.length !== cells.length) break;
      rc.forEach(([a, b], x) => {
        const type = types[x];
        if (!type) return;
        let cs = rs + a;
        let ce = rs + b;
        while (cs < ce && /[\s"]/.test(v[cs] as string)) cs++;
        while (ce > cs && /[\s"]/.test(v[ce - 1] as string)) ce--;
        const cell = v.slice(cs, ce);
        if (!cell || !/[\p{L}\p{N}]/u.test(cell)) return;
        if (type === 'NAME') {
          const t = TITLE_BEFORE.exec(cell);
          if (t) cs += t[0].length;
          if (!/^\p{L}[\p{L}' .,-]*$/u.test(v.slice(cs, ce))) return;
        } else if (type === 'DATE' || type === 'PHONE' || type === 'FAX' || type === 'SSN') {
          if (!/\d/.test(cell) || /^(?:19|20)\d{2}$/.test(cell)) return;
        } else if (type === 'LOCATION') {
          // (Stop 13: "home", "none", "n/a": a cell in lower case only is no place.)
          if (!/[\p{Lu}\d]/u.test(cell)) return;
        } else if (type === 'AGE_OVER_89') {
          if (!/^(?:9\d|1[01]\d|12[0-5])$/.test(cell)) return;
        } else if (type !== 'EMAIL' && (!/\d/.test(cell) || cell.replace(/[^\p{L}\p{N}]/gu, '').length < 3)) return;
        // "GA 058441927", "AL 52AB119": the issuing state's code before a licence or a plate is not part of it.
        if ((type === 'LICENSE' || type === 'VEHICLE') && /^[A-Z]{2} [A-Z0-9]/.test(cell) && US_STATE_CODES.has(cell.slice(0, 2))) cs += 3;
        // The column types an identifier better than its shape does (a member id shaped like a DEA number).
        h.add(cs, ce, type, type === 'NAME' || type === 'LOCATION' ? P - 5 : P + 6);
      });
      rs = after;
    }
    // A header of two known columns or more that rows followed: its other cells are column names too.
    if (rs > next && mapped >= 2) h.tableHeader?.(ls, le);
    ls = Math.max(next, rs);
  }
}

// --- iCalendar events ------------------------------------------------------------------------------

/** "DTSTART;TZID=America/Denver:20250317T093000", "UID:appt-88120455@sched.example.org": an event's dates and its unique id. */
const ICAL_LINE = /^(DTSTAMP|DTSTART|DTEND|CREATED|LAST-MODIFIED|DUE|RECURRENCE-ID|UID)(?:;[^:\n]*)?:([^\r\n]+)/gm;

function ical(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(ICAL_LINE)) {
    const val = m[2] as string;
    const s = m.index + m[0].length - val.length;
    if (m[1] === 'UID') {
      if (/[\p{L}\p{N}]/u.test(val)) h.add(s, s + val.trimEnd().length, 'OTHER_ID', P + 6);
    } else if (/^\d{8}(?:T\d{6}Z?)?$/.test(val.trimEnd())) h.add(s, s + 8, 'DATE', P);
  }
}

// --- DICOM header dumps ----------------------------------------------------------------------------

/** DICOM keywords whose values identify someone, and their types (PS3.6 names). */
const DICOM_KEYWORDS: Record<string, PhiType> = {
  PatientName: 'NAME', ReferringPhysicianName: 'NAME', ReferringPhysician: 'NAME', PerformingPhysicianName: 'NAME', OperatorsName: 'NAME', NameOfPhysiciansReadingStudy: 'NAME',
  PatientMotherBirthName: 'NAME', OtherPatientNames: 'NAME', PatientBirthName: 'NAME', PhysiciansOfRecord: 'NAME', RequestingPhysician: 'NAME',
  PatientID: 'MRN', OtherPatientIDs: 'MRN', MedicalRecordLocator: 'MRN', IssuerOfPatientID: 'LOCATION',
  PatientBirthDate: 'DATE', StudyDate: 'DATE', SeriesDate: 'DATE', AcquisitionDate: 'DATE', ContentDate: 'DATE',
  PatientAge: 'AGE_OVER_89', PatientAddress: 'LOCATION', InstitutionName: 'LOCATION', InstitutionAddress: 'LOCATION', PatientTelephoneNumbers: 'PHONE', PatientTelephone: 'PHONE',
  AccessionNumber: 'OTHER_ID', StudyInstanceUID: 'OTHER_ID', SeriesInstanceUID: 'OTHER_ID', SOPInstanceUID: 'OTHER_ID', StudyID: 'OTHER_ID',
  DeviceSerialNumber: 'DEVICE', MilitaryRank: 'OTHER_ID', PatientInsurancePlanCodeSequence: 'HEALTH_PLAN',
};
/** A line of a DICOM dump: "(0010,0010) PatientName   PN  MARCHAND^ODILE^T" (the value representation may be left out). */
const DICOM_LINE = /^[ \t]*\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)[ \t]+([A-Za-z]+)[ \t]+(?:[A-Z]{2}[ \t]+)?(?:\[)?([^\n\]]*?)\]?[ \t]*\r?$/gm;

function dicom(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(DICOM_LINE)) {
    const type = DICOM_KEYWORDS[m[1] as string];
    const val = m[2] as string;
    if (!type || !val || !/[\p{L}\p{N}]/u.test(val)) continue;
    let s = m.index + m[0].lastIndexOf(val);
    let e = s + val.length;
    if (type === 'AGE_OVER_89') {
      // "093Y": the number only (its three digits, as written), ninety or more years.
      const a = /^(\d{3})Y$/.exec(val);
      if (!a || Number(a[1]) < 90) continue;
      e -= 1;
    }
    if (type === 'DATE' && !/^\d{8}$/.test(val)) continue;
    if (type === 'LOCATION' && val.includes('^')) {
      // "55 Quarry Rd^Rockport^ME^04856": each part, the state's code left out.
      let off = s;
      for (const part of val.split('^')) {
        if (part.trim() && !US_STATE_CODES.has(part.trim())) h.add(off, off + part.length, 'LOCATION', P - 5);
        off += part.length + 1;
      }
      continue;
    }
    h.add(s, e, type, type === 'NAME' || type === 'LOCATION' ? P - 5 : P + 6);
  }
}

// --- Fixed-width extracts with a header of widths ------------------------------------------------

/** One column of a fixed-width header: "MRN(10)", "LAST(14)". */
const WIDTH_COLUMN = /([A-Za-z][A-Za-z_]{1,19})\((\d{1,3})\)/g;

/**
 * "Columns: MRN(10) LAST(14) FIRST(12) DOB(8) SSN(9) ZIP(5) ACCT(10)" then rows whose fields are cut by those
 * widths ("0000417762KALANI        MAKANA      19700316..."): each field typed by its column's name, as in a table.
 * Found from the parentheses of the text (a digit right after "(" and a letter right before it), three on a line.
 */
function fixedWidth(h: StructuredHost): void {
  const v = h.v;
  let lineSeen = -1;
  let count = 0;
  for (let q = v.indexOf('('); q >= 0; q = v.indexOf('(', q + 1)) {
    const a = v.charCodeAt(q + 1);
    const b = v.charCodeAt(q - 1);
    if (a < 48 || a > 57 || !((b >= 65 && b <= 90) || (b >= 97 && b <= 122))) continue;
    const ls = v.lastIndexOf('\n', q) + 1;
    if (ls !== lineSeen) {
      lineSeen = ls;
      count = 0;
    }
    if (++count !== 3) continue;
    let le = v.indexOf('\n', q);
    if (le < 0) le = v.length;
    const cols: [PhiType | undefined, number][] = [];
    let total = 0;
    for (const m of v.slice(ls, le).matchAll(WIDTH_COLUMN)) {
      cols.push([colType(colKey(m[1] as string)), Number(m[2])]);
      total += Number(m[2]);
    }
    if (cols.length < 3 || !cols.some(([t]) => t) || total < 12) continue;
    // The rows: the next lines as long as the widths add up (a last field may be shorter or left blank).
    let rs = le + 1;
    while (rs < v.length) {
      let re = v.indexOf('\n', rs);
      if (re < 0) re = v.length;
      const len = (v.charCodeAt(re - 1) === 13 ? re - 1 : re) - rs;
      if (len > total || len < total - (cols[cols.length - 1] as [PhiType | undefined, number])[1]) break;
      let off = rs;
      for (const [type, w] of cols) {
        let cs = off;
        let ce = Math.min(off + w, rs + len);
        off += w;
        while (cs < ce && v.charCodeAt(cs) === 32) cs++;
        while (ce > cs && v.charCodeAt(ce - 1) === 32) ce--;
        if (!type || ce - cs < 2) continue;
        const cell = v.slice(cs, ce);
        // (A name field holds capitalized words only: a row of prose cut by the widths is no record.)
        if (type === 'NAME' ? !/^\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*$/u.test(cell) : !/\d/.test(cell)) continue;
        if (type === 'AGE_OVER_89' && !/^(?:9\d|1[01]\d|12[0-5])$/.test(cell)) continue;
        h.add(cs, ce, type, type === 'NAME' || type === 'LOCATION' ? P - 5 : P + 6);
      }
      rs = re + 1;
    }
    q = Math.max(q, rs - 1);
  }
}

// --- JSON fields --------------------------------------------------------------------------------

/** Keys whose string values are parts of a person's name. */
const NAME_KEYS =
  'family|given|firstName|first_name|firstname|lastName|last_name|lastname|middleName|middle_name|surname|familyName|family_name|givenName|given_name|fullName|full_name|patientName|patient_name|preferredName|preferred_name|maidenName|maiden_name|contactName|contact_name|providerName|provider_name|pt_name|ptName|member_name|memberName|subscriber_name|subscriberName|guarantor_name|guarantorName|nok_name|nokName|next_of_kin|nextOfKin|emergency_contact_name|emergencyContactName|caller_name|callerName|nurse_name|nurseName|physician_name|physicianName|attending_name|attendingName|mother_name|motherName|father_name|fatherName|spouse_name|spouseName';
const JSON_FIELD = new RegExp(
  `"(${NAME_KEYS}|name|text|first|last|middle|city|line|postalCode|postal_code|zip|zipCode|district|street|address|suburb|town|locality|county|postcode|post_code|eircode|pincode|pin_code)"[ \\t]*:[ \\t]*(\\[[ \\t]*"[^"\\n]*"(?:[ \\t]*,[ \\t]*"[^"\\n]*")*[ \\t]*\\]|"[^"\\n]*")`,
  'gi',
);
const PERSON_KEYS = /"resourceType"[ \t]*:[ \t]*"(?:Patient|Practitioner|RelatedPerson|Person)"|"(?:gender|sex|birthDate|birth_date|dob|relationship|telecom|phone|email|role|npi|title)"[ \t]*:/i;
const NAME_KEY_SET = new Set(NAME_KEYS.toLowerCase().split('|'));

function json(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(JSON_FIELD)) {
    const key = (m[1] as string).toLowerCase();
    const base = m.index + m[0].length - (m[2] as string).length;
    for (const q of (m[2] as string).matchAll(/"([^"]*)"/g)) {
      const val = q[1] as string;
      const s = base + q.index + 1;
      if (!/\p{L}/u.test(val)) continue;
      if (NAME_KEY_SET.has(key)) {
        if (/^\p{L}[\p{L}' .-]{0,40}$/u.test(val)) h.add(s, s + val.length, 'NAME', P - 5);
      } else if (key === 'name' || key === 'text' || key === 'first' || key === 'last' || key === 'middle') {
        // "name" also names drugs, tests and codes: a capitalized person-like value only.
        const t = TITLE_BEFORE.exec(val);
        const off = t ? t[0].length : 0;
        const rest = val.slice(off);
        if (!/^\p{Lu}[\p{L}'.-]*(?:[ ,]+\p{Lu}[\p{L}'.-]*){0,4}$/u.test(rest)) continue;
        // Unknown words name a person only in an object about a person ("gender", "birthDate", "relationship"...).
        const around = v.slice(Math.max(0, m.index - 200), m.index + m[0].length + 200);
        // ("first", "last", "middle": the key itself says the value is a part of a name.)
        if (h.personish(rest, key === 'first' || key === 'last' || key === 'middle' || PERSON_KEYS.test(around))) h.add(s + off, s + val.length, 'NAME', P - 5);
      } else if (/^(?:city|line|district|street|address|suburb|town|locality|county)$/.test(key) || /\d/.test(val)) {
        h.add(s, s + val.length, 'LOCATION', P - 5);
      }
    }
  }
}

/** Any JSON key with a short value: typed by the key, through the column names above ("mrn", "member_id"...). */
const JSON_ANY = /"([A-Za-z_][A-Za-z0-9_ -]{0,40})"[ \t]*:[ \t]*(?:"([^"\n]{1,80})"|(\d[\d-]{1,30})(?![\d.]))/g;
/** Identifier type codes (HL7 table 0203) and systems of a FHIR identifier pasted as JSON. */
const FHIR_ID_CODE = /"code"[ \t]*:[ \t]*"([A-Z]{2,4})"|"system"[ \t]*:[ \t]*"([^"\n]{1,120})"|"text"[ \t]*:[ \t]*"([^"\n]{1,60})"/g;

function jsonIds(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(JSON_ANY)) {
    const key = colKey(m[1] as string);
    const val = (m[2] ?? m[3]) as string;
    let type = colType(key);
    if (type === 'AGE_OVER_89' && !/^(?:9\d|1[01]\d|12[0-5])$/.test(val)) continue;
    if (!/\d/.test(val) || (val.replace(/[^\p{L}\p{N}]/gu, '').length < 3 && type !== 'AGE_OVER_89')) continue;
    const s = m.index + m[0].length - val.length - (m[2] !== undefined ? 1 : 0);
    if (key === 'value' || key === 'id' || key === 'extension') {
      // {"type":{"coding":[{"code":"MR"}]},"value":"A7712093"}: the identifier's type code or system says what it is.
      const back = v.slice(Math.max(0, m.index - 300), m.index);
      const ii = back.lastIndexOf('"identifier"');
      if (ii < 0) continue;
      // Still inside the identifier array; the codes of the value's own element only.
      const el = identifierElement(back, ii);
      if (el < 0) continue;
      type = 'OTHER_ID';
      for (const c of back.slice(el).matchAll(FHIR_ID_CODE)) {
        const t = c[1] ? CX_TYPE[c[1]] : idSystemType(((c[2] ?? c[3]) as string).toLowerCase());
        if (t) type = t;
      }
    }
    if (!type || type === 'NAME') continue;
    if (type === 'LOCATION') {
      // "zip": "55802" (the other address keys are read with the name rules).
      if (/\p{L}/u.test(val)) continue;
      h.add(s, s + val.length, type, P - 5);
      continue;
    }
    if (type === 'DATE' && (/^(?:19|20)\d{2}$/.test(val) || !/\d{1,4}[-\/.]\d{1,2}|^\d{8}$/.test(val))) continue;
    h.add(s, s + val.length, type, P + 6);
  }
}

/** Start of the element of the "identifier" array (opened after `from`) that is still open at the end of `text`, or -1. */
function identifierElement(text: string, from: number): number {
  let depth = 0;
  let quoted = false;
  let el = -1;
  for (let i = text.indexOf('[', from); i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 && text.charCodeAt(i - 1) !== 92) quoted = !quoted;
    if (quoted) continue;
    if (c === 91 || c === 123) {
      depth++;
      if (c === 123 && depth === 2) el = i;
    } else if (c === 93 || c === 125) {
      depth--;
      if (depth <= 0) return -1;
    }
  }
  return depth >= 2 ? el : -1;
}

function idSystemType(system: string): PhiType | undefined {
  if (/ssn|social/.test(system)) return 'SSN';
  if (/npi/.test(system)) return 'OTHER_ID';
  if (/mbi|medicare|medicaid|member|insur|policy|subscriber/.test(system)) return 'HEALTH_PLAN';
  if (/mrn|medical.?record|\/mr\b|patient.?id|hospital.?(?:number|no)|unit.?record/.test(system)) return 'MRN';
  if (/account|acct|visit|encounter/.test(system)) return 'ACCOUNT';
  if (/driver|licen[cs]e/.test(system)) return 'LICENSE';
  return undefined;
}

// --- X12 837 claims -------------------------------------------------------------------------------

/** REF qualifiers (X12 128) and the type of their value. */
const X12_REF: Record<string, PhiType> = {
  EA: 'MRN', SY: 'SSN', '1W': 'HEALTH_PLAN', IG: 'HEALTH_PLAN', '1L': 'HEALTH_PLAN', F6: 'HEALTH_PLAN', NQ: 'HEALTH_PLAN', D9: 'OTHER_ID', F8: 'OTHER_ID',
  G1: 'OTHER_ID', '9F': 'OTHER_ID', '9A': 'OTHER_ID', '1K': 'OTHER_ID', Y4: 'OTHER_ID', G2: 'OTHER_ID', HPI: 'OTHER_ID', EJ: 'ACCOUNT', '0B': 'LICENSE',
  '1G': 'LICENSE', LU: 'OTHER_ID', '6R': 'OTHER_ID', CE: 'OTHER_ID', '4N': 'OTHER_ID',
};
/** NM1 identification code qualifiers (NM108) and the type of NM109. */
const X12_NM1_ID: Record<string, PhiType> = { MI: 'HEALTH_PLAN', II: 'HEALTH_PLAN', '34': 'SSN', XX: 'OTHER_ID', SV: 'OTHER_ID', ZZ: 'OTHER_ID' };
/** NM1 entity codes of care sites: an organization there is a place (not a payer or a clearing house). */
const X12_SITE = new Set(['77', 'FA', '85', '87', 'DN', 'DK', '82', '71', '72', 'DQ', 'QB', '1P']);
const X12_SEGMENT = /(?:^|[~\n\r])[ \t]*(NM1|N3|N4|DMG|DTP|REF|CLM|CLP|PER|ISA)\*([^~\n\r]*)/g;

function x12(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(X12_SEGMENT)) {
    const seg = m[1] as string;
    const body = m[2] as string;
    const base = m.index + m[0].length - body.length;
    // Elements with their offsets (element 1 is the first after the segment name).
    const els: [number, number][] = [];
    let es = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== '*') continue;
      els.push([base + es, base + i]);
      es = i + 1;
    }
    const el = (n: number) => els[n - 1];
    const tx = (n: number) => {
      const e = el(n);
      return e ? v.slice(e[0], e[1]) : '';
    };
    const put = (n: number, t: PhiType, p = P + 2) => {
      const e = el(n);
      if (e && e[1] > e[0] && /[\p{L}\p{N}]/u.test(v.slice(e[0], e[1]))) h.add(e[0], e[1], t, p);
    };
    switch (seg) {
      case 'NM1':
        if (tx(2) === '1') for (const n of [3, 4, 5]) {
          if (/^\p{L}[\p{L}' .-]*$/u.test(tx(n))) put(n, 'NAME');
        }
        else if (tx(2) === '2' && X12_SITE.has(tx(1))) put(3, 'LOCATION', P);
        if (X12_NM1_ID[tx(8)] && /\d/.test(tx(9))) put(9, X12_NM1_ID[tx(8)] as PhiType);
        break;
      case 'N3':
        put(1, 'LOCATION');
        put(2, 'LOCATION');
        break;
      case 'N4':
        put(1, 'LOCATION');
        if (/\d/.test(tx(3))) put(3, 'LOCATION');
        break;
      case 'DMG':
      case 'DTP': {
        const n = seg === 'DMG' ? 2 : 3;
        const e = el(n);
        if (!e) break;
        // "D8*19320215", "RD8*20240101-20240105".
        for (const d of v.slice(e[0], e[1]).matchAll(/(?:19|20)\d{6}/g)) h.add(e[0] + d.index, e[0] + d.index + 8, 'DATE', P + 2);
        break;
      }
      case 'REF': {
        const t = X12_REF[tx(1)];
        if (t && /\d/.test(tx(2))) put(2, t);
        break;
      }
      case 'ISA':
        // The interchange date (YYMMDD), element 9 of the envelope (stop 15).
        if (/^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(tx(9))) put(9, 'DATE');
        break;
      case 'CLP':
        // (Stop 15) An 835 claim payment: the patient control number (the provider's account) and the payer's claim number.
        if (/\d/.test(tx(1))) put(1, 'ACCOUNT');
        if (/\d/.test(tx(7))) put(7, 'OTHER_ID');
        break;
      case 'CLM':
        // The claim submitter's identifier.
        if (/\d/.test(tx(1))) put(1, 'OTHER_ID');
        break;
      case 'PER':
        if (/^\p{L}[\p{L}' .,-]*$/u.test(tx(2)) && tx(1) === 'IC') put(2, 'NAME', P);
        for (let n = 3; n + 1 <= els.length; n += 2) {
          const q = tx(n);
          if (q === 'TE' || q === 'CP' || q === 'HP' || q === 'WP') put(n + 1, 'PHONE');
          else if (q === 'FX') put(n + 1, 'FAX');
          else if (q === 'EM') put(n + 1, 'EMAIL');
        }
        break;
    }
  }
}

// --- CDA and other XML ----------------------------------------------------------------------------

/** Address and name elements of CDA (and similar XML): their text content is the value. */
const XML_FIELD = /<(streetAddressLine|city|postalCode|county|censusTract|given|family|houseNumber|streetName|unitID|precinct)(?:[ \t][^<>]*)?>([^<>\n]{1,80})<\/\1>/g;

/** CDA identifiers: the root OID names the kind, the patient's own id is the record number. */
const XML_ID = /<id[ \t][^<>]*?extension="([^"\n]{3,40})"[^<>]*?root="([0-9.]+)"|<id[ \t][^<>]*?root="([0-9.]+)"[^<>]*?extension="([^"\n]{3,40})"/g;
const OID_TYPE: Record<string, PhiType> = { '2.16.840.1.113883.4.1': 'SSN', '2.16.840.1.113883.4.6': 'OTHER_ID', '2.16.840.1.113883.4.572': 'HEALTH_PLAN', '2.16.840.1.113883.4.927': 'HEALTH_PLAN' };

function xml(h: StructuredHost): void {
  const v = h.v;
  if (v.includes('extension="')) for (const m of v.matchAll(XML_ID)) {
    const ext = (m[1] ?? m[4]) as string;
    const root = (m[2] ?? m[3]) as string;
    if (!/\d/.test(ext)) continue;
    const s = m.index + m[0].indexOf(`extension="${ext}"`) + 11;
    let type = OID_TYPE[root];
    if (!type) {
      const back = v.slice(Math.max(0, m.index - 120), m.index);
      type = /<patientRole\b[^<>]*>\s*$/.test(back) ? 'MRN' : 'OTHER_ID';
    }
    h.add(s, s + ext.length, type, P + 6);
  }
  for (const m of v.matchAll(XML_FIELD)) {
    const tag = m[1] as string;
    const val = (m[2] as string).trim();
    if (!val || !/[\p{L}\p{N}]/u.test(val)) continue;
    const s = m.index + m[0].indexOf('>') + 1 + (m[2] as string).indexOf(val);
    if (tag === 'given' || tag === 'family') {
      if (/^\p{L}[\p{L}' .-]*$/u.test(val)) h.add(s, s + val.length, 'NAME', P);
    } else h.add(s, s + val.length, 'LOCATION', P);
  }
}

// --- Stop 15 (recall round places14): HL7 shapes in any field, XML elements by name ---------------

/** An HL7 telephone (XTN) by its shape, in whatever field it stands: use and equipment codes, then the country, area
 * and local number ("^PRN^PH^^^207^5550139", "^WPN^FX^^1^617^5550144"). */
const XTN_SHAPE = /\^(?:PRN|ORN|WPN|VHN|ASN|EMR|BPN|PRS)\^(PH|FX|CP|BP|MD)\^[^|^~\r\n]*\^(\+?\d{1,3})?\^(\d{1,5})\^(\d{5,9})(?=[|^~&\r\n]|$)/g;
/** An HL7 time stamp with its time of day, alone in a field or component ("|20250318140000^", "|20250310154407-0600|"):
 * the date is its first eight digits (the time identifies no one). */
const HL7_DATETIME = /(?<=[|^])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?(?:[+-][01]\d[0-5]\d)?(?=[|^~\r\n]|$)/g;

function hl7Shapes(h: StructuredHost): void {
  const v = h.v;
  if (v.includes('^PH^') || v.includes('^FX^') || v.includes('^CP^') || v.includes('^BP^') || v.includes('^MD^')) for (const m of v.matchAll(XTN_SHAPE)) {
    const s = m.index + m[0].length - (m[4] as string).length - 1 - (m[3] as string).length - (m[2] ? (m[2] as string).length + 1 : 0);
    h.add(s, m.index + m[0].length, m[1] === 'FX' ? 'FAX' : 'PHONE', P + 1);
  }
  for (const m of v.matchAll(HL7_DATETIME)) h.add(m.index, m.index + 8, 'DATE', P + 4);
}

/** XML elements named like a column of places, phones or faxes, in any case ("<City>", "<PostalCode>", "<zip>",
 * "<Telephone>"), and the "<Number>" of a telephone or fax element ("<PrimaryTelephone><Number>3135550163</Number>",
 * NCPDP SCRIPT). Names and identifiers keep their own rules. */
const XML_ANY_FIELD = /<([A-Za-z][\w.-]{1,40})(?:[ \t][^<>\n]*)?>([^<>\n]{1,80})<\/\1>/g;
const XML_NUMBER_OF = /<([A-Za-z]*(?:Telephone|Phone|Fax|Mobile|Pager)[A-Za-z]*)(?:[ \t][^<>\n]*)?>[ \t\r\n]*<Number>([^<>\n]{7,30})<\/Number>/gi;

/** The type of a column's values when it holds places, phones or faxes ("city", "zip_code", "Phone"), else undefined. */
export function placeColumnType(name: string): PhiType | undefined {
  const t = COLUMN[colKey(name)];
  return t === 'LOCATION' || t === 'PHONE' || t === 'FAX' ? t : undefined;
}

function xmlFields(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(XML_ANY_FIELD)) {
    const t = placeColumnType(m[1] as string);
    if (!t) continue;
    const raw = m[2] as string;
    const val = raw.trim();
    if (!val || !/[\p{L}\p{N}]/u.test(val) || ((t === 'PHONE' || t === 'FAX') && (val.match(/\d/g)?.length ?? 0) < 7)) continue;
    const s = m.index + m[0].indexOf('>') + 1 + raw.indexOf(val);
    h.add(s, s + val.length, t, P);
  }
  if (/<Number>/i.test(v)) for (const m of v.matchAll(XML_NUMBER_OF)) {
    const val = (m[2] as string).trim();
    if ((val.match(/\d/g)?.length ?? 0) < 7 || /[A-Za-z]/.test(val)) continue;
    const s = m.index + m[0].length - '</Number>'.length - (m[2] as string).length + (m[2] as string).indexOf(val);
    h.add(s, s + val.length, /fax/i.test(m[1] as string) ? 'FAX' : 'PHONE', P + 2);
  }
}

/** Name elements of other XML (e-prescribing, claims, exports): "<LastName>Okafor</LastName>", "<pt:given_name>". */
const XML_NAME_FIELD = /<((?:[A-Za-z]+:)?(?:(?:patient|person|member|subscriber|contact|guardian|mother|father|prescriber|provider|doctor|nurse)_?)?(?:(?:last|first|middle|given|family|sur|fore|maiden|nick|preferred)_?names?|surname|forenames?))(?:[ \t][^<>]*)?>([^<>\n]{1,60})<\/\1>/gi;

function xmlNames(h: StructuredHost): void {
  const v = h.v;
  for (const m of v.matchAll(XML_NAME_FIELD)) {
    const raw = m[2] as string;
    const val = raw.trim();
    if (!/^\p{L}[\p{L}' .,-]*$/u.test(val)) continue;
    const s = m.index + m[0].indexOf('>') + 1 + raw.indexOf(val);
    h.add(s, s + val.length, 'NAME', P);
  }
}

/** Runs the format rules that the text can contain (cheap gates first). */
export function structured(h: StructuredHost): void {
  const v = h.v;
  if (v.includes('|') && /(?<![A-Za-z0-9|^])(?:MSH|PID|NK1|PV1|PV2|GT1|IN1|IN2|ORC|OBR|OBX|PD1|EVN|MRG|TXA|DG1|AL1|ROL|PRD|AIP|SCH|RXE|RXO)\|/.test(v)) {
    hl7(h);
    hl7Shapes(h);
  }
  if (v.includes('\n') && (v.includes(',') || v.includes('\t') || v.includes(';') || v.includes('|'))) csv(h);
  if (v.includes('\n')) fixedWidth(h);
  if (v.includes('(0010,') || v.includes('(0008,')) dicom(h);
  if (v.includes('BEGIN:VEVENT') || v.includes('BEGIN:VCALENDAR')) ical(h);
  if (v.includes('":')) {
    json(h);
    jsonIds(h);
  }
  if (v.includes('*') && /(?:^|[~\n\r])[ \t]*(?:NM1|N3|N4|DMG|DTP|REF|CLM|PER)\*/.test(v)) x12(h);
  if (v.includes('</') && /<(?:streetAddressLine|city|postalCode|county|given|family)[ >]|<id[ \t][^<>]*extension=/.test(v)) xml(h);
  if (v.includes('</')) xmlFields(h);
  if (v.includes('</') && /name>/i.test(v)) xmlNames(h);
}
