// Stop 25: a vehicle's plate found in part, widened to its whole: a state's or a region's code before it ("plate TX
// 8KL-4471", "bus TN 59 N 5521", "car 35 LL 447"), the letters of its first group ("MA19 XKD" found as "19 XKD"), a
// last group after it ("FVB 551 L", "AH 5512 KX", "447 ABK 02", "59-X2 555.17"). The plate rules read a plate's
// usual middle; its edges vary by country. Run after the other plate rules (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Cand } from './words.js';
import type { Detector } from './detector.js';
import { CA_PROVINCES, STATE_ABBR_SET } from './vocabulary.js';

/** Before the plate, in the same line: a code of two capitals ("TX"), two digits ("35"), or both ("TS 09"), then one
 * blank (group 1). */
const PLATE_HEAD_25 = /(?:^|[^\p{L}\d.-])((?:[A-Z]{2}[ ]\d{1,2}|[A-Z]{2}|\d{2})[ ])$/u;
/** After the plate: one blank or a point and a last group (group 1), then the clause's, the cell's or the line's end:
 * one to three capitals, or two or three digits ("447 ABK 02", "34 ABC 555", "59-X2 555.17"); or one capital before a
 * word in lower case ("FVB 551 L broke down"; not "and": "AB12 CDE A and E"). Not four digits, a time or a year ("AB12
 * CDE 1430 arrived"). */
const PLATE_TAIL_25 = /^(?:([ .](?:[A-Z]{1,3}|\d{2,3}))(?=[ \t]*(?:[.,;:)\]|]|\r?\n|$))|([ ][A-Z])(?=[ ](?!and\b|or\b|to\b)\p{Ll}))/u;
/** Right before a region's code: a vehicle's word, a label's colon or a bracket ("car 35 LL 447", "bus TN 59 N 5521");
 * not a bay's or a bed's number ("bay 12 AB12 CDE"). */
const VEHICLE_BEFORE_25 = /(?:^|[^\p{L}])(?:car|bus|van|minibus|plate|reg|rego|registration|vehicle|ambulance|truck|taxi|lorry|pickup|motorbike|bike|scooter|tricycle)[ \t]*[:#]?[ \t]*$|[:(][ \t]*$/iu;
/** Capitals that are a label, a unit, a clinical or a vehicle's abbreviation, never a plate's group ("plate ABC 123 VIN
 * ...", "TAG RKL", "Reg AB12 CDE OK", "Plate 8KL-4471 CT head", "NK65 PZX MOT due"). */
const NOT_PLATE_GROUP_25: ReadonlySet<string> = new Set(('VIN DOB MRN ETA ETD EMS ID NO NR TAG REG VEH VAN CAR BUS UNIT ' +
  'AT IN ON TO BY OF OR IF IS IT AS AN BE HE WE ME MY SO UP US AND THE FOR PM AM HRS MIN KG MG ML PT DR RN MD ' +
  'OK MRI CT ED ER OR ICU LOC TBI CPR MVA MVC RTA RTC GSW DOA ROSC GCS BP HR RR MOT SUV BMW VW 4X4 NSW ACT NT WA SA QLD TAS VIC ' +
  'UK EU USA HGV LGV').split(' '));

export function plateEdges25(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'VEHICLE' || c.e - c.s < 3) continue;
    // (A plate read from a label's word is no plate to widen: "TAG RKL".)
    if (NOT_PLATE_GROUP_25.has(v.slice(c.s, c.e).split(/[ .-]/)[0] as string)) continue;
    let s = c.s;
    let e = c.e;
    // The letters of the plate's first group, when the plate was found from its digits: "MA19 XKD".
    if (/^\d/.test(v.charAt(s)) && /^[A-Z]{2}$/.test(v.slice(s - 2, s)) && !/[\p{L}\d]/u.test(v.charAt(s - 3))) s -= 2;
    else {
      const m = PLATE_HEAD_25.exec(v.slice(Math.max(0, s - 8), s));
      const head = m?.[1];
      const code = head?.trim();
      // (A state's or a province's code alone is no part of the plate, as the annotators read it: a state is no
      // identifier. A region's code and its number are: "TN 59 N 5521". Only right after a vehicle's word.)
      if (head !== undefined && code !== undefined && !NOT_PLATE_GROUP_25.has(code.split(' ')[0] as string) && !(/^[A-Z]{2}$/.test(code) && (STATE_ABBR_SET.has(code) || CA_PROVINCES.has(code))) && !d.anyCand(s - head.length, s - 1) && VEHICLE_BEFORE_25.test(v.slice(Math.max(0, s - head.length - 16), s - head.length))) s -= head.length;
    }
    const m = PLATE_TAIL_25.exec(v.slice(e, e + 8));
    const tail = m?.[1] ?? m?.[2];
    const group = tail?.slice(1);
    if (tail !== undefined && group !== undefined && !NOT_PLATE_GROUP_25.has(group) && !STATE_ABBR_SET.has(group) && !CA_PROVINCES.has(group) && !d.anyCand(e + 1, e + tail.length)) e += tail.length;
    if (s !== c.s || e !== c.e) d.add(s, e, 'VEHICLE', c.p);
  }
}
