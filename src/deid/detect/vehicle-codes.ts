// Stop 24: a vehicle's plate or registration right after the vehicle's word, without a plate's label: "Ambulance
// KL-11-AV-4471", "Rega helicopter HB-ZRF", "fixed wing VH-NAO", "van ND 441-782", "his Volvo (ABC 12X)", "rego CT 71
// QK", "viatura AB-55-XQ". The plate rules read a plate after "plate", "reg" or a state's code; crews, transfers and
// transport lists name the vehicle and its code only. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import type { Detector } from './detector.js';
import { FUNCTION_WORDS, VEHICLE_MAKES } from './vocabulary.js';
import { L } from '../lexicon.js';
import { R24, triggers24 } from './triggers24.js';
import { clinicalWord } from '../tagger.js';

/** Words of a vehicle after which its code is written (the makes are read from VEHICLE_MAKES). A caravan is a home
 * more often, whose number is an address's (address-units.ts). */
export const VEHICLE_NOUNS_24: ReadonlySet<string> = new Set(('ambulance van minibus bus car ' +
  'truck pickup ute motorbike motorcycle bike scooter taxi shuttle viatura rego vehicle lorry trailer camper motorhome ' +
  'boat').split(' '));
/** Words of an aircraft: a registration's shape only after them. */
export const AIRCRAFT_24: ReadonlySet<string> = new Set(['plane', 'jet', 'wing', 'aircraft', 'helicopter', 'heli']);
/** Words before "van" or "car" that make it a vehicle's word. */
const VAN_BEFORE_24: ReadonlySet<string> = new Set(('a the his her their my your our own work hire rental police patrol family mobile ' +
  'transport crisis wheelchair courier delivery company mini').split(' '));

/** The code after the word: maybe "for the next drop:", a colon or a bracket, then one to five groups of capitals and
 * digits parted by a blank, a hyphen or a point, with a digit in them, or an aircraft's registration ("VH-NAO",
 * "HB-ZRF", "C-GXNK"). */
// (Stop 33: or its label, "lorry registration BLK 7712", "van plate: ...".)
const CODE_AFTER_24 = /[ \t]*(?:for[ \t]+the[ \t]+next[ \t]+\w+[ \t]*)?(?:(?:REG(?:ISTRATION)?|[Rr]eg(?:istration)?|PLATE|[Pp]late|TAG|[Tt]ag)\.?[ \t]*(?=[:#(]?[ \t]*[A-Z0-9]))?[:#(]?[ \t]*((?=[A-Z0-9 .-]*\d)[A-Z0-9]{1,8}(?:[ .-][A-Z0-9]{1,8}){0,4}|[A-Z]{1,2}-[A-Z]{3,4})(?![\p{L}\d])/uy;

/** The head of a British plate: two letters and the two digits of its age ("NK19", "WK19"). */
const UK_HEAD_33 = /^[A-Z]{2}\d{2}$/;
/** Words after a vehicle's word that open a time, a category or a place in it, not a code ("ambulance ETA 10",
 * "ambulance CAT 2", "van BAY 4"). */
const NOT_CODE_24: ReadonlySet<string> = new Set('eta etd ata cat category priority code level grade stage bay bed room station unit call crew min mins hrs'.split(' '));

export function vehicleCodes24(d: Detector): void {
  // (Stop 31: a text typed in lower case is read in capitals, "his van (nk19 oaf)" as "HIS VAN (NK19 OAF)": the code's
  // groups are capitals and digits, and the checks below already tell words from a code's groups in capitals.)
  const vehicles = triggers24(d, R24.VEHICLE);
  if (vehicles.length === 0) return;
  const v = d.lowerTyped ? d.upperView() : d.v;
  const toks = d.toks;
  for (const i of vehicles) {
    const t = toks[i] as Tok;
    const aircraft = AIRCRAFT_24.has(t.k);
    // Dutch "van" (of) and French "car" (because): a vehicle after an article, a possessive or a vehicle's word, or as a
    // field's first word ("daling van HB 7.2", "Arrêt AVK car INR 4.2"; "wheelchair van NM-GX 2209", "Van 7 plate").
    if ((t.k === 'van' || t.k === 'car') && !(i > 0 && VAN_BEFORE_24.has((toks[i - 1] as Tok).k)) && !/(?:^|[\n|\/:;(])[ \t]*$/.test(v.slice(Math.max(0, t.s - 4), t.s))) continue;
    CODE_AFTER_24.lastIndex = t.e;
    const m = CODE_AFTER_24.exec(v);
    if (!m) continue;
    let g = m[1] as string;
    // In capitals the words after the code look like its groups ("AMBULANCE UG 4417K DRIVER", "VAN NM-GX 2209 IN SHOP"):
    // an everyday or a small word ends the code, and one opening it means there is none ("AMBULANCE AT 23:48"); a last
    // group of four letters or more is a word too ("AMBULANCE EMS 4471 GHARBIA").
    const parts = g.split(/(?=[ .-])/);
    let kept = 0;
    for (const part of parts) {
      const w = part.replace(/^[ .-]/, '');
      // (Stop 33: a British plate's last three letters may spell a word, "van (NK19 OAF)", "VAN WK19 OXY": after the
      // head of two letters and two digits, and a blank, they end the code.)
      if (kept === 1 && /^ [A-Z]{3}$/.test(part) && UK_HEAD_33.test(parts[0] as string)) {
        kept++;
        break;
      }
      // (An article in capitals, "A 2011 FORD", and a make, "A FIAT 500", are words too.)
      if ((/^[A-Z]{2,}$/.test(w) && ((d.fl(w.toLowerCase()) & L.WORD) !== 0 || FUNCTION_WORDS.has(w.toLowerCase()) || VEHICLE_MAKES.has(w.toLowerCase()) || NOT_CODE_24.has(w.toLowerCase()))) || (w === 'A' && kept === 0)) break;
      kept++;
    }
    if (kept === 0) continue;
    while (kept > 1 && /^[ .-]?[A-Z]{4,}$/.test(parts[kept - 1] as string)) kept--;
    g = parts.slice(0, kept).join('');
    // (Trailing points and hyphens are the sentence's.)
    g = g.replace(/[ .-]+$/, '');
    const s = t.e + m[0].length - (m[1] as string).length;
    const e = s + g.length;
    const alnum = g.replace(/[^A-Z0-9]/g, '');
    // What is left holds a digit, or is an aircraft's registration ("BUS (DUBAI PLATE ...": "DUBAI" alone is none).
    if (!/\d/.test(g) && !/^[A-Z]{1,2}-[A-Z]{3,4}$/.test(g)) continue;
    // Four characters at least, letters with the digits or five digits and more ("bus 5", "van 24", "car 2012" are not
    // codes); never a year alone or a time.
    if (alnum.length < 4) continue;
    if (!/[A-Z]/.test(alnum) && alnum.length < 5) continue;
    if (/^(?:19|20)\d\d$/.test(g) || /^\d{1,2}[:.]\d{2}$/.test(g)) continue;
    // A model after its make ("Ford F-150", "Toyota RAV4") unless in brackets; a label's word inside ("Van 3 VIN").
    if (VEHICLE_MAKES.has(t.k) && v.charCodeAt(s - 1) !== 40 && /^[A-Z]{1,3}-?\d{1,4}[A-Z]?$/.test(g)) continue;
    if (/(?:^|[ .-])(?:VIN|REG|PLATE|TAG|ID|NO|MRN)(?:$|[ .-])/.test(g)) continue;
    // An aircraft's word reads a registration only ("jet", "plane", "wing" name rhythms, planes and wards too); a power,
    // a rate, a range or a spine's level is no code ("bike 100W", "JET 180-200", "L4-L5"), nor "CAR T".
    if (aircraft && !/^(?:[A-Z]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})$/.test(g)) continue;
    if (/^\d+[ \t]?(?:W|HR|BPM)$|^\d+-\d+$|^[CTLS]\d{1,2}-[CTLS]?\d{1,2}$|^T[ -]/.test(g)) continue;
    if (d.anyCand(s, e)) continue;
    d.add(s, e, 'VEHICLE', 66);
  }
}

/** Stop 36: words that make a text's "unit" an emergency vehicle's: its crew, its service, its base. */
const EMS_CONTEXT_36 = /(?<![a-z])(?:ambulances?|paramedics?|medics?|emts?|ems|crew|retrieval|dispatch(?:ed)?|call ?signs?|rig|air ?ambulance|helicopter|careflight|medevac)(?![a-z])/;
/** The code of an emergency unit or a call sign: a service's or a region's letters or name, maybe a second group of
 * letters, and its number ("NT-AMB 227", "WV EMS 2041", "FINNMARK 12", "Allina 4417", "WM 4120"). */
const UNIT_CODE_36 = /[ \t]*[:#]?[ \t]*((?:[A-Z]{2,4}-[A-Z]{2,5}|[A-Z][A-Za-z]{1,12}(?: [A-Z]{2,5})?)[ -]\d{1,5})(?![\p{L}\d]|[-.,/:]\d)/uy;
/** A hospital's units and wards, and words of a place or an order, which a unit's number follows ("unit ICU 3", "Unit
 * East 4"). */
export const CARE_UNIT_36: ReadonlySet<string> = new Set(('icu ccu nicu picu micu sicu cvicu cicu cticu msicu hdu pcu tcu amu mau sdu cdu eau acu ' +
  'bmt ed er or pacu ward bed bay room rm floor ' +
  'level wing east west north south pod team block no nr number').split(' '));
/** Words of an emergency service inside a code, which is then a unit's however everyday ("Medic 12", "Rescue 5"). */
const EMS_WORDS_36: ReadonlySet<string> = new Set('amb ambulance ems medic rescue squad engine ladder truck air life flight heli helimed'.split(' '));

/**
 * Stop 36: an ambulance's or a crew's unit and a call sign ("unit NT-AMB 227 base Casuarina", "Unit WV EMS 2041.",
 * "Crew ... unit FINNMARK 12", "call sign WM 4120"): vehicle identifiers that no plate's word or vehicle's noun precedes.
 * "unit" is a ward's word too ("unit 4B", "Unit 12"), so it reads a code only in a text that names a crew, a service or
 * a base, a code whose first group holds letters that are no hospital unit's and no everyday word (unless a service's
 * word, "Medic 12").
 */
export function vehicleUnits36(d: Detector): void {
  const toks = d.toks;
  const units = triggers24(d, R24.UNIT);
  let signs: number[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.k === 'callsign' || (t.k === 'sign' && i > 0 && (toks[i - 1] as Tok).k === 'call' && (toks[i - 1] as Tok).e + 1 === t.s)) (signs ??= []).push(i);
  }
  if (signs === undefined && !units.some((i) => (toks[i] as Tok).k === 'unit')) return;
  if (!EMS_CONTEXT_36.test(d.lowerView())) return;
  const v = d.lowerTyped ? d.upperView() : d.v;
  const read = (i: number): void => {
    const t = toks[i] as Tok;
    UNIT_CODE_36.lastIndex = t.e;
    const m = UNIT_CODE_36.exec(v);
    if (m === null) return;
    const g = m[1] as string;
    const s = t.e + m[0].length - g.length;
    const e = s + g.length;
    const groups = g.split(/[ -]/);
    const first = (groups[0] as string).toLowerCase();
    // (Nor a drug's or a clinical word's dose, "10 unit Lantus 20".)
    if (CARE_UNIT_36.has(first) || FUNCTION_WORDS.has(first) || clinicalWord(first)) return;
    // (Every group of letters is no everyday word, or one group is a service's word.)
    let ems = false;
    let word = false;
    for (const x of groups) {
      if (/\d/.test(x)) continue;
      const k = x.toLowerCase();
      if (EMS_WORDS_36.has(k)) ems = true;
      else if ((d.fl(k) & L.WORD) !== 0 || FUNCTION_WORDS.has(k) || CARE_UNIT_36.has(k)) word = true;
    }
    if (word && !ems) return;
    if (d.anyCand(s, e)) return;
    d.add(s, e, 'VEHICLE', 64);
  };
  for (const i of units) if ((toks[i] as Tok).k === 'unit') read(i);
  if (signs !== undefined) for (const i of signs) read(i);
}

/** Stop 37: the kana of a Japanese plate in romaji (one syllable), the hangul of a Korean plate (one syllable), the
 * one-syllable pinyin of a Chinese province's character. */
const KANA_37 = 'a i u e o ka ki ku ke ko sa su se so ta chi tsu te to na ni nu ne no ha hi fu ho ma mi mu me mo ya yu yo ra ri ru re ro wa wo';
const HANGUL_37 = 'ga na da ra ma geo neo deo reo meo beo seo eo jeo go no do ro mo bo so o jo gu nu du ru mu bu su u ju ba sa a ja bae heo ha ho';
const PROVINCES_CN_37 = 'jing jin ji hu yu zhe su wan min gan lu yue gui qiong chuan yun zang shaan qing ning xin meng liao hei xiang e';
/** After a vehicle's word, maybe a colon or a bracket: a Japanese plate, its office's place, the class's digits, a kana
 * and a serial ("Kanazawa 800 su 55-01"); a Korean one, maybe its region, two or three digits, a syllable and four
 * digits ("Jeju 33 ba 5517"); a Chinese one, the province's syllable, a capital and five or six characters with a digit
 * ("Jing A 5X521"). Group 1: the place of a Japanese or Korean plate; 2: its syllable; 3: the province's. */
const EAST_ASIAN_PLATE_37 = new RegExp(String.raw`[ \t]*[:(]?[ \t]*(?:(\p{L}[\p{L}-]{1,14})[ ]\d{2,3}[ ](\p{L}{1,3})[ ](?:\d{1,2}-\d{2}|\d{4})|(\p{L}{1,6})[ ][A-Za-z][ ·-]?(?=[A-Za-z0-9]{0,5}\d)[A-Za-z0-9]{5,6})(?![\p{L}\d-])`, 'uy');
let eastAsian37: { kana: Set<string>; hangul: Set<string>; prov: Set<string> } | undefined;

/**
 * Stop 37: the plates of Japan, Korea and China after a vehicle's word ("ambulance Kanazawa 800 su 55-01", "car (Fukuoka
 * 330 ta 55-21)", "ambulance Jeju 33 ba 5517", "vehicle Jing A 5X521"): their shapes (a syllable between groups of digits,
 * a province's syllable and a capital) are read by no rule of the Western plates. Only right after the word, and only
 * with a syllable of the plate's own script.
 */
export function eastAsianPlates37(d: Detector): void {
  const vehicles = triggers24(d, R24.VEHICLE);
  if (vehicles.length === 0) return;
  const v = d.v;
  const toks = d.toks;
  const sets = (eastAsian37 ??= { kana: new Set(KANA_37.split(' ')), hangul: new Set(HANGUL_37.split(' ')), prov: new Set(PROVINCES_CN_37.split(' ')) });
  for (const i of vehicles) {
    const t = toks[i] as Tok;
    if (AIRCRAFT_24.has(t.k)) continue;
    EAST_ASIAN_PLATE_37.lastIndex = t.e;
    const m = EAST_ASIAN_PLATE_37.exec(v);
    if (m === null) continue;
    const g = m[0].replace(/^[ \t]*[:(]?[ \t]*/, '');
    const s = t.e + m[0].length - g.length;
    const e = t.e + m[0].length;
    if (m[1] !== undefined) {
      const place = m[1];
      const syl = (m[2] as string).toLowerCase();
      const serial = /-\d{2}$/.test(g);
      // (A kana before a serial with a hyphen, a hangul before four digits; the place no everyday or function word, and
      // in title case or capitals in a text of mixed case: not "car park 12 a 1234", "ambulance to 24 mo 1234".)
      if (serial ? !sets.kana.has(syl) : !sets.hangul.has(syl)) continue;
      const pk = place.toLowerCase();
      if ((!d.lowerTyped && !/^\p{Lu}/u.test(place)) || (d.fl(pk) & L.WORD) !== 0 || FUNCTION_WORDS.has(pk) || clinicalWord(pk)) continue;
    } else {
      const p = (m[3] as string).toLowerCase();
      // (The province's syllable in title case or capitals, the letter a capital: "Yue B 5X551", not "su a 12345".)
      if (!sets.prov.has(p) || (!d.lowerTyped && (!/^\p{Lu}/u.test(m[3] as string) || !/[ ][A-Z]/.test(g)))) continue;
    }
    if (g.includes('\n') || d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME' && o.t !== 'VEHICLE')) continue;
    d.add(s, e, 'VEHICLE', 96);
  }
}
