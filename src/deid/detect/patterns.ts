// The precompiled regular expressions of the shaped identifiers (dates, phones, e-mails, labelled numbers...) and their
// small helpers.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { skipBlanks } from './text.js';
import {
  FOREIGN_MONTHS, KIN_PLURAL, LOWER_NAME_CUE, LOWER_TITLES, MEDIUM_CONTEXT, MONTH, ORD, STATE_ABBR, STATE_NAMES,
  STREET_SUFFIX, STRONG_CONTEXT, TITLES, WEAK_CONTEXT, YEAR,
} from './vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Patterns (all compiled once)

/** Stop 12 (see crossCues): an age of 90 or more after a name, between commas or in parentheses, in figures or words. */
export const AGE_AFTER_NAME = /^(?:[ \t]*,[ \t]*(?:aged?[ \t]+)?|[ \t]*\([ \t]*(?:aged?[ \t]+)?)(9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:[ \t]+and[ \t]+(?:one|two|three|four|five))?)(?=[ \t]*(?:[,;)]|\r?\n|$|(?:yo|y\/o|years?|yrs?)\b))/i;
/** A verb of living or travel and a preposition before a place ("drives from ", "flying in from ", "vive en "). */
export const MOVE_BEFORE = /\b(?:lives?|living|lived|vive|viven|vivia|resides?|residing|moved|moving|drives?|drove|driving|flew|flying|flies|travel(?:l?ed|l?ing|s)?|arriv(?:ed|es|ing)|visiting|staying|stays?|stayed|relocated|relocating|returned|returning|came|comes|coming|commutes?|commuting)(?:[ \t]+(?:in|back|up|down|over|here|daily|home|out))?[ \t]+(?:from|in|en|to|near|desde|de)[ \t]+$/i;
/** A title right before a name: a clinic named after a doctor stays the doctor's name. */
export const TITLE_BEFORE = /\b(?:Dr|Dra|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\.?[ \t]+$/;
/** The head words of a facility, a building or a street right after a name ("<Baptist Heart> Institute", "<Harmon> Hall rm 314"). */
export const HEAD_AFTER_NAME = /^(?:'s)?[ \t](?:(?:Medical|Heart|Cancer|Eye|Children's|Women's|Community|Regional|Memorial|Surgical|Specialty|Health|Wellness|Recovery)[ \t]+)*(?:Hospitals?|Medical[ \t]+Cent(?:er|re)s?|Cent(?:er|re)s?|Institute|Pavilion|Clinic|Infirmary|Hospice|Church|Chapel|Cathedral|Synagogue|Mosque|Rehab(?:ilitation)?(?:[ \t]+Cent(?:er|re))?|Healthcare|Island|Hall[ \t]+(?:rm|room|Rm|Room)\.?[ \t]*\d{1,4}[A-Z]?|House(?=[ \t]+of[ \t]+\p{Lu}))\b(?![ \t]+of[ \t]+(?:Representatives|Commons|Lords|Delegates))/u;
/** A name that ends with such a head word is that place ("First Lutheran Church", "Harbour St"). */
export const HEAD_END_WORDS = new Set('Church Hospital Clinic Center Centre Institute Island Avenue Boulevard Pavilion City'.split(' '));
/** A street's head at the end of a name, after a house number ("1402-88 Harbour St"): Street and Hall are surnames too. */
export const STREET_END_WORDS = new Set('Street St Road Rd Avenue Ave Lane Ln Drive Boulevard Blvd'.split(' '));
/** A house number before a street ("1402-88 ", "22 "). */
export const HOUSE_NUMBER_BEFORE = /(?<![\w-])\d{1,5}(?:-\d{1,5})?[A-Za-z]?[ \t]+$/;
/** Words that open a place's name before a saint's or an article's name ("Our Lady of", "Los", "St.", "Providence St."). */
export const OPENER_BEFORE_PLACE = /(?<![\p{L}.'-])(?:Our[ \t]+Lady[ \t]+of|Los|Las|El|San|Santa|Santo|Sao|(?:(\p{Lu}\p{Ll}+)[ \t]+)?(?:St\.?|Saint|Ste\.?|Sainte))[ \t]+$/u;
/** The noun of a place's kind after its name ("Hosahalli village", "Tumakuru district"; not a district nurse). */
export const PLACE_KIND_AFTER = /^[ \t](?:[Vv]illage|[Dd]istrict(?![ \t]+[Nn]urs)|[Tt]own|[Cc]ity|[Cc]ounty|[Pp]arish|[Pp]rovince|[Mm]unicipality|[Tt]ownship|[Bb]orough|[Tt]aluka?|[Tt]ehsil|[Pp]refecture)\b/;
/** Capitalized words after a place and a comma or a dash: a town, perhaps ("…Urgent Care, Boise"). */
/**
 * PLACE_AFTER_PLACE on v.slice(e, e + 48), by hand when that window is ASCII: the start and end of its group in v and
 * the group's words (split at blanks), or null.
 */
export function placeAfterPlace(v: string, e: number): { st: number; end: number; words: string[] } | null {
  const w = Math.min(v.length, e + 48);
  for (let p = e; p < w; p++) {
    if (v.charCodeAt(p) >= 128) {
      const pm = PLACE_AFTER_PLACE.exec(v.slice(e, e + 48));
      if (!pm) return null;
      const g = pm[1] as string;
      const end = e + pm[0].length;
      return { st: end - g.length, end, words: g.split(/[ \t]+/) };
    }
  }
  let p = e;
  const c0 = v.charCodeAt(p);
  if (c0 === 44) p++;
  else {
    if (c0 !== 32 && c0 !== 9) return null;
    p = skipBlanks(v, p, w);
    if (p >= w || v.charCodeAt(p) !== 45) return null;
    p++;
  }
  const p0 = p;
  p = skipBlanks(v, p, w);
  if (p === p0) return null;
  const st = p;
  let end = st;
  const words: string[] = [];
  // Up to three words: a capital A-Z, then one or more letters, apostrophes or hyphens.
  for (let k = 0; k < 3; k++) {
    const u = v.charCodeAt(p);
    if (!(p + 1 < w && u >= 65 && u <= 90 && placeWordCode(v.charCodeAt(p + 1)))) break;
    let q = p + 2;
    while (q < w && placeWordCode(v.charCodeAt(q))) q++;
    words.push(v.slice(p, q));
    end = q;
    let r = q;
    r = skipBlanks(v, r, w);
    if (r === q) break;
    p = r;
  }
  return words.length === 0 ? null : { st, end, words };
}
/** An ASCII letter, an apostrophe or a hyphen. */
function placeWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
}
/** TITLE_BEFORE on the 8 characters before s, after a check that it needs: blanks, an optional dot and a title's last letter (r a s x f). */
export function titleBefore(v: string, s: number): boolean {
  let q = s - 1;
  while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q--;
  if (v.charCodeAt(q) === 46) q--;
  const l = v.charCodeAt(q);
  return q < s - 1 && (l === 114 || l === 97 || l === 115 || l === 120 || l === 102) && TITLE_BEFORE.test(v.slice(Math.max(0, s - 8), s));
}
/** " of" at lastIndex (see crossCues). */
export const OF_AT = /[ \t]+of\b/y;
const PLACE_AFTER_PLACE = /^(?:,|[ \t]+[-\u2013])[ \t]+(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,2})/u;
/** Date shapes tried at a digit token: a year and a month ("2009-04"), a day, a month and a short year ("10.10.25"), a
 * day and a month with its dot ("28.2."), an ordinal day ("16th"); each then no more digits, dots or dashes. */
export const DATE_SHAPES = /(?:((?:19|20)\d{2})-(\d{2})(?![\d\/-]|\.\d)|(\d{1,2})\.(\d{1,2})\.(?:\d{2})(?![\d.]|[-\/]\d)|(\d{1,2})\.(\d{1,2})\.(?=[ \t]+[a-z])|(\d{1,2})(?:st|nd|rd|th)(?=[ \t]*(?:[.,;:)]|\r?\n|$|[ \t](?:and|at|when|about|around|in[ \t]+the)\b)))/y;
/** Words before a day and a month with its dot ("on 28.2.", "am 3.4."). */
export const DAY_MONTH_DOT_BEFORE = /\b(?:on|am|vom|seit|bis|ab|le|el|since|until)[ \t]+$/i;
/** Before an ordinal day alone: "on the 16th", "night of the 3rd", "since the 12th". */
// (Stop 19: or a weekday written in full, "discharged on friday the 9th", "see you Saturday the 14th".)
export const ORDINAL_DAY_BEFORE = /\b(?:on|of|since|until|till|by|from|before|after|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]+the[ \t]+$/i;
/** A number sign and a number right after a name ("REYNOLDS, TERRELL D. #884127"). */
export const HASH_ID_AFTER_NAME = /^\.?[ \t]{0,4}#[ \t]?(\d{4,10})(?![\d.,\/-])/;
/** The next identifier of a list: after "and", "&", "or", "/" or a comma, with four digits or more. */
export const ID_LIST_NEXT = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|\/|&|and|or)[ \t]*#?[ \t]*((?=[A-Z0-9-]*\d{4})[A-Z]{0,4}-?\d[\dA-Z-]{3,16})(?![\w-]|[ \t]*(?:mg|mcg|ml|mL|units?|tabs?|caps?|%)\b)/;
/** A prescription's number after "Rx " (six to ten digits, no dose unit after). */
export const RX_NUMBER = /^[ \t]+(\d{6,10})(?![\d.,\/-]|[ \t]*(?:mg|mcg|g|ml|mL|units?|tabs?|caps?|%)\b)/;
/** The last words of OPENER_BEFORE_PLACE (a cheap test before it). */
export const OPENER_LAST_WORDS = new Set(['of', 'los', 'las', 'el', 'san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'st', 'ste']);
/** Capitalized words that are no part of a place's name before "St." ("To St. Mary's", "Dear St. ..."). */
export const OPENER_STOP = new Set('to at from in the of and dear re attn for via with by discharged admitted transferred seen patient pt follow referred'.split(' '));
/** What may stand between a label and its value: a parenthesis, a number sign, "No.", a colon. */
const ID_FILL = String.raw`(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*(?:(?:#|no\.?|n[°º]\.?|n\.|number|num|id|:|=|\*\*)[ \t]*)*$`;
/** Labels that type a generic identifier after them (see crossCues), first match wins. */
export const ID_TYPE_BEFORE: [PhiType, RegExp][] = [
  ['SSN', new RegExp(String.raw`\b(?:ssn|social[ \t]+security)[ \t]*(?:last[ \t-]*(?:4|four))?` + ID_FILL, 'i')],
  ['MRN', new RegExp(String.raw`(?:(?:\b|(?<=\^FD))(?:chart|mrns?|medical[ \t]+records?|hospital[ \t]+records?|(?<=(?:^|[ \t]{2}|[|;:(][ \t]*))record|historia[ \t]+cl[ií]nica|expediente|patient_?id(?:[ \t]+lo)?|(?:clinic|hospice)[ \t]*(?:no\.?|number|#|id))` + ID_FILL + String.raw`|\bmrns?\b[^\n]{0,24}?(?:\/|,|&|\band|\binto)[ \t]*$|\bmrn(?:[ \t]+[a-z]+){1,2}[ \t]*[:#]?[ \t]*$)`, 'i')],
  ['LICENSE', new RegExp(String.raw`(?:\b(?:col(?:egiado)?\.?[ \t]*(?:no\.?|n[°º]\.?)|c[eé]d(?:ula)?\.?[ \t]*prof(?:esional)?\.?|national[ \t]+registry|lic|licen[cs]e[ \t]+(?:no\.?|number|#)|driver'?s?[ \t]+licen[cs]e|cert(?:ification)?|(?:commission|designee|ordre)[ \t]*(?:no\.?|n[°º]?\.|number|#)|(?:chamber|college|board|council|order)[ \t]+(?:membership|registration)|(?:state|medical|nursing)[ \t]+licen[cs]e|reg(?:istration)?\.?[ \t]+of[ \t]+[^\n]{0,24}?)` + ID_FILL + ')', 'i')],
  ['LICENSE', new RegExp(String.raw`(?:\b\p{Lu}\p{Ll}+[ \t]+Bar(?:[ \t]+(?:No\.?|#|Number))?|\bBIG(?:-?(?:nr\.?|nummer|registratie))?)[ \t]*[:#]?[ \t]*$`, 'u')],
  ['ACCOUNT', new RegExp(String.raw`(?:\b(?:acct|account)\b(?:[ \t]+(?:for|no\.?|number|#|\([^)\n]{1,20}\)|[a-z]+)){0,4}[ \t]*[:#]?[ \t]*$|\b(?:har|folio|policy\/app|app(?:lication)?[ \t]*#)` + ID_FILL + ')', 'i')],
  ['HEALTH_PLAN', new RegExp(String.raw`\b(?:member(?:_id)?|ahcccs|ohp|abha|subscriber|beneficiary|enrollee|(?:health|insurance|medicaid|medicare)[ \t]+card|(?:medical|refugee)[ \t]+assistance)` + ID_FILL, 'i')],
];
/** The last four digits of a social security number after their label. */
export const SSN_LAST4 = /(?:\b|_)(?:last[ \t_-]*(?:4|four)(?:[ \t]+(?:digits[ \t]+)?of)?[ \t_]+(?:ssn|social(?:[ \t]+security)?)|(?:ssn|social[ \t]+security(?:[ \t]+(?:no\.?|number|#))?)[ \t_]*,?[ \t]*\(?last[ \t_-]*(?:4|four)(?:[ \t_]+digits)?\)?)["']?[ \t]*(?:[:#=]|is|was)?[ \t]*["']?(\d{4})(?![\d-])/i;
/** A nickname in quotes after a cue: 'prefers "Dash"', 'goes by "Bud"', 'caller "Bud"', 'Foster mother "Auntie Liu"'. */
export const NICK_CUE_BEFORE = /\b(?:prefers|preferred|goes[ \t]+by|go(?:ing)?[ \t]+by|aka|a\.k\.a\.|nicknamed|nickname|known[ \t]+as|calls?[ \t]+(?:him|her|them)(?:self)?|called|caller|mother|father|mom|dad|grandma|grandpa|aunt|uncle|coach|sponsor)[ \t]*:?[ \t]*$/;
/** The nickname in quotes (see NICK_CUE_BEFORE). */
export const NICK_QUOTED = /"(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?)"/uy;
/** What may stand before a given name put before a found name: a line start, a label's colon, a column gap, a word. */
export const NAME_PART_BEFORE_OK = /(?:[:;,(]|[^\n][ \t]{2}|\b[a-z]+|\b(?:Patient|Child|Carrier|Adjuster|Applicant|Client|Student|Member|Resident|Claimant|Decedent))[ \t]*$/;
/** After a lower-case surname: an e-mail, a bracket, punctuation, a date of birth or a verb. */
export const LOWER_SURNAME_AFTER = /^(?:[ \t]*(?:[<(,.;:)]|\r?\n|$)|[ \t]+(?:dob|date|is|was|dictating|says|said|called|here|and)\b)/;
/** Relatives and other cues before a given name that is also a word ("wife Mercedes", "name was Crystal"). */
export const KIN_NAME_CUE = new Set('wife husband son daughter granddaughter grandson mother father sister brother gf bf girlfriend boyfriend partner fiance fiancee niece nephew aunt uncle mom dad mum friend'.split(' '));
/** A verb or punctuation after such a given name. */
export const NAME_THEN_VERB = /^(?:[ \t]*[,.;:)!?]|[ \t]+(?:says|said|is|was|will|has|had|called|calls|told|tells|thinks|reports|reported|states|stated|wants|brought|drove|visited|visits|agrees|agreed|helps|helped|came|comes|who|asked|asks|feels|knows|picked|lives|recommends|recommended|notes|noted|reviewed|saw|examined)\b)/;
/** The words of MOVE_BEFORE right before its preposition (a cheap test before it). */
export const MOVE_WORDS = new Set(('live lives living lived vive viven vivia reside resides residing moved moving drive drives drove driving flew flying flies ' +
  'travel travels traveled travelled traveling travelling arrived arrives arriving visiting stay stays staying stayed relocated relocating returned returning ' +
  'came comes coming commute commutes commuting in back up down over here daily home out').split(' '));
/** The prepositions of MOVE_BEFORE. */
export const MOVE_PREPS = new Set(['from', 'in', 'en', 'to', 'near', 'desde', 'de']);
/** A postcode after a place: "Tokyo 155-0031", " - SP, 01304-001", "City 1747"; then punctuation, a line end or a phone label. */
export const CODE_AFTER_PLACE = /^(?:[ \t]+|[ \t]*,[ \t]+)(?:-[ \t]*[A-Z]{2}[ \t]*,?[ \t]*)?(\d{3}-\d{4}|\d{5}-\d{3}|\d{4,6})(?=[ \t]*(?:[,;.)]|\r?\n|$|(?:Tel|TEL|Ph|Phone|Fax|FAX|Mob|Mobile|Cell)\b))/;
/** Places a number after which is no postcode: facilities and streets ("Regional Health Care,8841", "Elm St 12"). */
export const PLACE_NOT_TOWN = /\b(?:Care|Cent(?:er|re)|Hospital|Clinic|Health|Home|House|Practice|Institute|Unit|Ward|Building|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Route|Highway|Hwy)\.?$/;
/** A postcode before a place, after a comma or at a line start: ", 06700 ". */
export const CODE_BEFORE_PLACE = /(?:^|[,\n])[ \t]*(\d{4,6})[ \t]+$/;
/** Ten or eleven digits spoken one by one, within a few words after a phone label or verb ("call me back at"): a phone number. */
// (Stop 37: a digit said twice or three times in one word, "nine double oh two", as British callers say it.)
export const SPOKEN_PHONE = /(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ \t]*[,-]?[ \t]+(?:(?:double|triple)[ \t]+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){9,10}\b/iy;
/** The first letters (lower case) of the digit words. */
/** Whether the code (| 32) may open a digit word: one of z o t f s e n. */
export function digitFirst(c: number): boolean {
  return c === 122 || c === 111 || c === 116 || c === 102 || c === 115 || c === 101 || c === 110;
}
/** Relatives and companions after a name and "'s" ("ezra's mom"). */
export const KIN_AFTER_POSSESSIVE = new Set('mom mum mother mama dad father papa daughter son husband wife sister brother grandma grandmother grandpa grandfather grandson granddaughter aunt uncle niece nephew boyfriend girlfriend bf gf partner fiance fiancee cousin stepmom stepdad stepmother stepfather twin caregiver carer'.split(' '));
/** Stop 37: words for a person that the name lexicons also list as given names, or that open a sentence as one would:
 * relatives (KIN_AFTER_POSSESSIVE's and more), the child, people by sex or number ("Baby's father", "Next of Kin's
 * phone", "Man brought in by police"). */
export const PERSON_NOUNS_37 = new Set([
  ...KIN_AFTER_POSSESSIVE,
  ...'baby infant newborn child kid patient pt client resident nana nanna nonna oma opa gran granny honey darling kin mama man woman lady gentleman guy boy girl mate many family staff team'.split(' '),
]);
/** Stop 37: seasons, which own things before "'s" as a person would ("Summer's school holidays"). */
export const SEASONS_37 = new Set(['summer', 'autumn', 'winter', 'spring']);
/** Stop 37: a person's own things, the word right after a given name and "'s" ("Shay's number", "Olu's date of
 * birth"). No head of an eponym ("sign", "palsy", "disease", "score", "fracture") belongs here. */
export const OWN_AFTER_POSSESSIVE_37 = new Set('number phone mobile cell email letter teacher teachers employer school dob birthday date funeral burial address flat apartment house home family kids children baby friend friends boss landlord landlady roommate flatmate classmate coworker colleague neighbour neighbor guardian nanny babysitter parents grandparents godmother godfather insurance appointment appt'.split(' '));
/** Stop 37: the words of OWN_AFTER_POSSESSIVE_37 a town has too ("Florence's schools"). */
export const PLACE_OWN_37 = new Set('school house home address flat apartment family kids children insurance appointment appt baby friends'.split(' '));
/** A month and a day ("6/1"), tried at each slash's digits; then a time of day, or a weekday before and punctuation after
 * ("6/1 7:20 PM", "(Sat 10/4)"; not "Sat 3/10 pain"). */
export const MD_AT = /(\d{1,2})\/(\d{1,2})(?![\w\/.])/y;
export const TIME_AFTER_MD = /^[ \t]+(?:at[ \t]+|@[ \t]*)?\d{1,2}:\d{2}(?!\d)/;
export const WEEKDAY_BEFORE_MD = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?[ \t]+$/;
/** (Stop 37: the same in a text typed in one case.) */
export const WEEKDAY_BEFORE_MD_I = new RegExp(WEEKDAY_BEFORE_MD.source, 'i');
export const PUNCT_AFTER_MD = /^(?:[ \t]*(?:[():,;]|\.(?!\d)|\r?\n|$|(?:at|@)[ \t]|\d{1,2}:\d{2}))/;
/** A range of dates with month names: "Nov 2-Jan 15", "March 4 - April 20". */
export const MONTH_RANGE = /((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})[ \t]*[-\u2013][ \t]*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,?[ \t]+(?:19|20)\d\d)?)\b/y;
/** A coded identifier after a case, report, participant or ID label: letters, then groups joined by hyphens. */
export const CODED_LABELS = new Set(['ID', 'case', 'Case', 'CASE', 'report', 'Report', 'participant', 'Participant']);
export const CODED_ID = /(?:ID|[Cc]ase|CASE|[Rr]eport|[Pp]articipant|A#|A-[Nn]umber)[ \t]*(?:#|[Nn]o\.?|[Nn]umber)?[ \t]*:?[ \t]*([A-Z]{1,5}\d{0,4}(?:-[A-Z0-9]{2,8}){1,3})(?![\w-])/y;
/** The head of a city written head first, before its name: "Ciudad de ", "Cidade de ", "Ciudad ". */
export const CITY_HEAD_BEFORE = /\b(?:Ciudad|Cidade)[ \t]+(?:(?:de|del|da|do)[ \t]+)?$/;
/** Words that can start a name rule on their own (titles and context words). */
export const CUE_WORDS = new Set([...TITLES, ...STRONG_CONTEXT, ...WEAK_CONTEXT, ...MEDIUM_CONTEXT, ...LOWER_NAME_CUE, ...LOWER_TITLES, ...KIN_PLURAL, 'is']);

export const RE = {
  marker: /\[\[[A-Z][A-Z0-9_]*_[0-9A-F]{6,16}\]\]|\[(?:NAME|DATE|AGE_OVER_89|LOCATION|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN|ACCOUNT|LICENSE|VEHICLE|DEVICE|URL|IP|BIOMETRIC|PHOTO|OTHER_ID|REDACTED|PHI)\]/g,
  email: /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])/g,
  emailObf:
    /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>|\s+at\s+|\s*@\s*)\s*[A-Za-z0-9-]+(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>|\s+dot\s+|\.)\s*[A-Za-z0-9-]+)*\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>|\s+dot\s+|\.)\s*(?:com|org|net|edu|gov|io|us|info|biz|co|uk|ca|de|fr|health|me|mil)\b/gi,
  url: /\b(?:(?:https?|ftp|sftp):\/\/|www\.)[^\s<>"'`)\]}]+/gi,
  domain:
    /(?<![\w@.\/-])(?:[A-Za-z0-9-]+\.)+(?:com|org|net|edu|gov|io|info|biz|health|us|co\.uk|org\.uk|ca|de|fr|me)(?:\/[^\s<>"'`)\]}]*)?(?![\w@-])/gi,
  ipv4: /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)/g,
  ipv6: /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:]|:[ \t])/g,
  photo: /(?<![\w.-])[A-Za-z0-9][\w.-]*\.(?:jpe?g|png|gif|bmp|tiff?|heic|heif|webp|raw|dcm|dicom|mp4|mov|avi|m4v|wmv|svs|ndpi)(?![\w])/gi,
  phone:
    /(?<![\w+\/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?\d{3}[\s.-]?\d{4}|\d{3}[\s.-]\d{3}[\s.-]\d{4})(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w-]|\.\d)/gi,
  phoneIntl: /(?<![\w+])\+(?:[1-9]\d{0,2})(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\w-]|\.\d)/g,
  // (Stop 25, speed: the blanks after the label, its word and its colon are each read by the one \s* after them, not by
  // three \s* in a row that a failed match tried every split of: a blank run as long as a masked token's, "Call
  // [[PHONE_0A1B2C3D]]" in a tokenized echo, cost it thousands of steps. The same matches.)
  phoneLabelled:
    /(?:phone|ph|tel|telephone|cell|mobile|mob|pager|beeper|fax|call|contact|home|work|number|tél|téléphone|telefon|telefono|teléfono|handy|portable|tlf|móvil|movil|cellulare|whats[ \t]?app|reach(?:ed)?[ \t]+(?:on|at))\b\.?\s*(?:(?:#|no\.?|number|fixe|mobile|móvel)\s*)?(?:[:#]\s*)?(?:(\+?\d{7,12}|\(\d{2,3}\)[ ]?\d{4,5}-\d{4}|\d{3}[\s.-]\d{4}|0\d(?:[ .]\d{2}){4}|0\d{1,4}[ \/-]\d{5,8}|0\d{1,3}[ ]\d{3,4}[ ]\d{4})|(0\d{1,4}(?:[ -]\d{2,4}){1,4}|[1-9]\d{2}(?:[ ]\d{2}){3}))(?![\w-]|\.\d)/iy,
  ssn: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g,
  ssnLabelled:
    /(?:ssn|ss#|ss\s*(?:no\.?|number)|soc(?:ial)?\.?\s*sec(?:urity)?\.?(?:\s*(?:number|no\.?|#))?)\s*[:#]?\s*(?:is\s+)?(\d{9}|\d{3}[\s.]\d{2}[\s.]\d{4}|(?:xxx|\*{3})[\s-]?(?:xx|\*{2})[\s-]?\d{4})(?![\w-])/iy,
  /** The last four digits of an SSN ("SSN ending 6789", "last 4 of SSN: 4421"); masked forms are SSNs too. */
  ssnPartial:
    /(?:last[- \t]?(?:4|four)[ \t]+(?:ssn|ss#)[ \t]*[:#]?|(?:ssn|ss#|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?|soc\.?[ \t]*sec\.?(?:[ \t]*(?:#|no\.?))?)(?:[ \t]+on[ \t]+file)?[ \t]*[:#]?[ \t]*(?:\(?last[ \t]+(?:4|four)(?:[ \t]+digits)?\)?[ \t]*(?:is|was|=|:|#)?|(?:ending|ends|which[ \t]+ends)(?:[ \t]+(?:in|with))?)|last[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]+of[ \t]+(?:(?:his|her|their|the|pt'?s|patient'?s)[ \t]+)?(?:ssn|ss#|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?)(?:[ \t]+on[ \t]+file)?[ \t]*(?:is|was|=|:|#)?)[ \t]*(\d{4})(?![\w-])/iy,
  /** "431 27 8850": an SSN written in spaced or dotted groups (3-2-4, not a phone's 3-3-4); needs an identity word nearby. */
  ssnSpaced: /(?<![\w.\/-])(?!000|666|9\d\d)\d{3}([ .])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-]|\.\d)/g,
  // Dates
  dMonthDayYear: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})${ORD}(?:\\s*,\\s*|\\s+|\\s*-\\s*)${YEAR}\\b`, 'gi'),
  dMonthDay: new RegExp(`\\b(${MONTH})\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\b(?![:.]?\\d|\\s*(?:mg|mcg|ml|units?|%|kg|lbs?|cm|mm)\\b)`, 'gi'),
  // Not the decimals of a value ("A1c 9.8 Oct 2025": the date is "Oct 2025").
  dDayMonth: new RegExp(`(?<!\\d[.,])\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH})\\.?(?:\\s*,?\\s*${YEAR})?\\b`, 'gi'),
  dDayMonDash: new RegExp(`(?<![\\w-]|\\d[.,])(\\d{1,2})[-/ ](${MONTH})\\.?[-/ ]((?:19|20)?\\d{2})\\b`, 'gi'),
  dYearMonDay: new RegExp(`\\b((?:19|20)\\d{2})[ -](${MONTH})\\.?[ -](\\d{1,2})\\b`, 'gi'),
  dMonDayDash: new RegExp(`\\b(${MONTH})[-/](\\d{1,2})[-/]((?:19|20)?\\d{2})\\b`, 'gi'),
  mac: /(?<![\w:-])[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])/g,
  dMonthYear: new RegExp(`\\b(${MONTH})\\.?(?:\\s*,?\\s+(?:of\\s+)?|-)((?:19|20)\\d{2}|'\\d{2})\\b`, 'gi'),
  dNum3: /(?<![\w.\/-])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w\/]|[.-]\d)/g,
  dIso: /(?<![\w.\/-])((?:19|20)\d{2})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d\/]|[.-]\d)/g,
  dMonthDaySlash: /(?<![\w\/.:-])(\d{1,2})\/(\d{1,2})(?![\w\/]|[.:]\d)/g,
  dMonthYearNum: /(?<![\w\/.-])(0?[1-9]|1[0-2])[\/-]((?:19|20)\d{2})(?![\w\/-])/g,
  // Ages
  ageNum:
    /(?<![\w.\/-])(9\d|1[01]\d|12[0-5])(?=\s*(?:-\s*)?(?:years?|yrs?|yo(?=[MFmf]?\b)|y\/o|y\.[ \t]?o\.?|y\s*o\b|-?year-old|-?yr-old|[MF]\b|y(?=\s*[MF]\b)|[yJ]\.?(?=[ \t]*\))|Y(?:EARS?|RS?|O[MF]?|\/O|\.O\.?|ears?|rs?)\b|y[ \t]+old\b|(?:[Aa]ños|[Aa]nos|ans|[Jj]ahren?|anni|jaar|år)\b|(?:jährige?[nrms]?|jarige|årig[ea]?)(?![A-Za-zÀ-ÿ])))/g,
  /** "F/97", "97/M": sex and age with a slash. */
  ageSexSlash: /(?<![\w\/.-])(?:[MF]\/(9\d|1[01]\d)|(9\d|1[01]\d)\/[MF])(?![\w\/])/g,
  /** "died at 101", "passed away at 96", "lived to 98", "turned 100", "her 95th birthday". */
  ageEvent:
    /(?:(?:died|passed[ \t]+(?:away|on|peacefully)|expired|deceased)(?:[ \t]+(?:peacefully|quietly|suddenly|unexpectedly|at[ \t]+home))?(?:[ \t]+(?:(?:last|this)[ \t]+(?:year|month|week|spring|summer|autumn|fall|winter)|in[ \t]+(?:19|20)\d\d))?|(?:still[ \t]+)?alive(?=[ \t]+(?:at|aged?)\b)|lived[ \t]+(?:to(?:[ \t]+be)?|until)|turned|turns|turning)[ \t]+(?:at[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+|age[ \t]+)?|aged?[ \t]+)?(9\d|1[01]\d|12[0-5])(?![\w.\/%:,-]\d|[\w%\/:-])(?![ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min(?:utes)?|hours?|hrs?|days?|weeks?|months?|am|pm|units?|ml|cc|l|lpm|mmhg|percent|degrees?|bpm|o'?clock|on|in[ \t]+the|times)\b)/iy,
  birthday: /(?<![\w.\/-])(9\d|1[01]\d|12[0-5])(?:st|nd|rd|th)[ \t]+birthday/gi,
  ageCtx: /(?:(?:age[ds]?|aged)(?:[ \t]+(?:at|on)[ \t]+(?:death|admission|diagnosis|enrol?ment|onset|presentation|referral|consent|visit|signing|signature|interview|screening|registration|discharge|transfer|surgery|assessment|baseline))?(?:[ \t]*[(\[](?:years?|yrs?|y)[)\]]|[ \t]+in[ \t]+years)?|(?:edad|alter|âge|età|leeftijd|idade|ålder|alder|wiek|umur)(?=[ \t]*:))\s*[:=|]?\s*(?:of\s+)?(9\d|1[01]\d|12[0-5])(?:yrs?|years?|yo|y)?(?![\w]|\.\d)/iy,
  /** "<age value="96" unit="a"/>", "age_years=97": an age in markup or a key. */
  ageKey: /(?:<age\b[^>]{0,40}?\bvalue=["']|\bage_(?:years?|yrs|in_years)["']?[ \t]*[:=][ \t]*["']?)(9\d|1[01]\d|12[0-5])(?![\w.])/gi,
  /** "a gentleman of 93", "a lady of ninety-one". */
  ageOf: /\b(?:gentleman|gent|lady|woman|man|widow|widower)[ \t]+of[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])/gi,
  ageWords:
    /\b((?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?=[\s-]*(?:(?:years?|yrs?)(?:[\s-]*(?:old|young)|[ \t]+of[ \t]+age)|-?year-old|yo\b|y\/o))/gi,
  /** "Mr. Ambrose Quigley, ninety-one." "aged ninety-four": a number word of 90+ standing as an age. */
  ageWordsBare:
    /(?:,[ \t]*|\b(?:aged?|is|was|turned|turns|now|i'?m|i[ \t]+am|she'?s|he'?s)[ \t]+|\bage[ \t]*:[ \t]*|\bage[ \t]+of[ \t]+)((?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?=[ \t]*(?:[.,;)\n]|$|[MF]\b|(?:male|female|man|woman|years?|yrs?|now|today|and|next|this|last)\b)|[ \t]+[-–][ \t])/gi,
  /** Dates with Spanish, Portuguese, French, Italian or German month names ("5 de marzo de 2025"). */
  dForeign: new RegExp(
    `(?<![\\w])(\\d{1,2})(?:º|°|er|\\.)?[ \\t]+(?:de[ \\t]+)?(${FOREIGN_MONTHS})(?:[ \\t]+(?:de[ \\t]+|del[ \\t]+)?((?:19|20)\\d{2}))?(?![\\p{L}])|(?<![\\p{L}])(${FOREIGN_MONTHS})[ \\t]+(\\d{1,2})(?:,?[ \\t]+(?:de[ \\t]+)?(?:19|20)\\d{2})?(?![\\w])`,
    'giu',
  ),
  /** "moved to the 23rd?", "on the 4th." -- a day of the month alone after a date preposition. */
  // (Stop 36: "the" may be left out before a clause's end, "a reading on 28th.", not before a street's "&" or a noun; and
  // after "the" a word of a clause may follow, "on the 4th but the ferry"; not a list of ordinals, "on the 3rd or 4th
  // finger", "on 2nd, 3rd and 4th toes".)
  dDayAlone: /\b(?:(?:on|by|until|till|til|to|from|before|after|since)[ \t]+the[ \t]+|(?:on|by|until|till|til|since)[ \t]+(?=\d{1,2}(?:st|nd|rd|th)[ \t]*(?:[.,;:!?)"'\n]|$)))(\d{1,2}(?:st|nd|rd|th))\b(?![ \t]+(?!(?:but|and|or|at|for|when|if|so|then|as|in|with|please|because|unless|via)\b)[A-Za-z]|[ \t]*,?[ \t]*(?:(?:and|or|&)[ \t]+)?\d{1,2}(?:st|nd|rd|th)\b)/gi,
  /** UK numbers: "0115 496 0732", "07700 900 318", "020 7946 0958". */
  phoneUk: /(?<![\w+\/.-])(?:0\d{4}[ ]\d{3}[ ]?\d{3}|0\d{4}[ ]\d{6}|0\d{3}[ ]\d{3}[ ]\d{4}|0\d{2}[ ]\d{4}[ ]\d{4})(?![\w-]|\.\d)/g,
  /** NHS and CHI numbers after their label (10 digits, often 3-3-4: not a phone number). */
  /** Health plan numbers of other countries after their label: Canadian health cards (Ontario OHIP
   * 10 digits + version code, BC PHN, Quebec RAMQ 4 letters + 8 digits), New Zealand NHI (3 letters +
   * 4 digits, or 3 letters, 2 digits, 2 letters), Australian Medicare (10 digits + issue number). */
  intlHealth: new RegExp(
    '(?:OHIP|HCN|PHN|RAMQ|NHI|(?:ontario|provincial|bc|alberta|manitoba)?[ \\t]*health[ \\t]*card|personal[ \\t]+health[ \\t]+number|carte[ \\t]+(?:soleil|d\'assurance[ \\t-]+maladie)|national[ \\t]+health[ \\t]+index|medicare)' +
      '(?:[ \\t]*(?:card|number|num|no\\.?|#|id|version|ref(?:erence)?))*[ \\t]*[:#]?[ \\t]*(?:is[ \\t]+|of[ \\t]+)?' +
      '(\\d{4}[ -]?\\d{3}[ -]?\\d{3}(?:[ -]?[A-Z]{2})?|\\d{4}[ ]?\\d{5}[ ]?\\d(?:[ ]?[-/][ ]?\\d)?|[A-Z]{4}[ ]?\\d{4}[ ]?\\d{4}|[A-HJ-NP-Z]{3}\\d{4}|[A-HJ-NP-Z]{3}\\d{2}[A-HJ-NP-Z]{2})(?![\\w-])',
    'iy',
  ),
  nhs: /\b(?:NHS|CHI|H&C)(?:[ \t]*(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*(\d{3}[ -]?\d{3}[ -]?\d{4})(?![\w-])/gi,
  /** The French NIR after its label. */
  nir: /\b(?:Carte[ \t]+Vitale|NIR|n°[ \t]*(?:de[ \t]+)?s[ée]curit[ée][ \t]+sociale)[ \t]*(?:n°|no\.?|number|num[ée]ro)?[ \t]*[:#]?[ \t]*([12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}(?:[ ]?\d{2})?)(?![\w])/gi,
  /** "template FPT-0097731" near a biometric word. */
  template: /\btemplates?[ \t]*(?:id|#|no\.?)?[ \t]*[:#]?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{3,29})(?![\w-])/gi,
  dDayMonNoYear: /(?<![\w\/.-])(?:0?[1-9]|[12]\d|3[01])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?![\w-])/g,
  dRoman: /(?<![\w.\/-])(\d{1,2})([.\/-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(?:19|20)\d{2}(?![\w])/g,
  // (Stop 35: the month in small Roman numerals between points, "22.xi.2026", or in capitals between blanks, "12 III 2024".)
  dRoman35: /(?<![\w.\/-])(\d{1,2})(?:\.(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\.| (?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I) )(?:19|20)\d{2}(?![\w])(?![ \t]*(?:mg|mcg|ml|g|units?|iu)\b)/g,
  dCjk: /(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?/g,
  /** "in her 97th year" (obituaries). */
  ageYearOrd: /\bin[ \t]+(?:his|her|their)[ \t]+((?:9\d|1[01]\d)(?:st|nd|rd|th))[ \t]+year\b/gi,
  ageDecade: /\b(?:in (?:his|her|their) (?:late |mid |early )?)(90s|nineties|100s)\b/gi,
  // Locations
  street: new RegExp(
    `(?<![\\w-])\\d{1,6}(?:-\\d{1,5})?[A-Za-z]?[ \\t]+(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\\.?\\s+)?(?:[A-Za-z0-9][A-Za-z0-9'.-]*[ \\t]+){0,3}(?:${STREET_SUFFIX})\\b\\.?(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b(?![.'-]\\w)\\.?)?(?:\\s*,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|#|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space)\\.?\\s*#?\\s*[A-Za-z0-9-]{1,6}\\b)?`,
    'gi',
  ),
  streetName:
    /(?:\b(?:on|off|along|near|at|by|behind|outside|of|and|between|via)|,)\s+((?:(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|Terrace|Parkway|Highway|Turnpike|Pike|Park|Gardens|Square|Plaza|Mall|Station|Airport|Beach|Stadium|Bridge|Pier|Marina|St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Hwy|Pkwy)\b\.?)/g,
  /** Numbered roads: "on Route 9", "off I-95", "near Highway 101". */
  /** A pair of decimal degrees: latitude (hemisphere), longitude (hemisphere). */
  gps: /(?<![\w.-])(-?\d{1,2}\.\d{3,7})°?[ \t]?([NS])?,[ \t]*(-?\d{1,3}\.\d{3,7})°?[ \t]?([EW])?(?![\w]|\.\d)/g,
  route: /\b(?:on|off|along|near|at|via|from|and|to)\s+((?:Route|Rte|Highway|Hwy|Interstate|I|US|State Route|SR|County Road|CR|FM|RM|Exit)[ -]?\d{1,4}[A-Z]?)\b/g,
  /** A store number after a capitalized store name: "Walgreens #4472". */
  storeNumber: /(?<![\w])([A-Z][A-Za-z'&-]+(?: [A-Z][A-Za-z'&-]+)?)[ \t]*#[ \t]?\d{2,6}\b/g,
  poBox: /(?:P\.?\s?O\.?\s*Box|GPO\s+Box|Locked\s+Bag|Private\s+Bag)\s+#?[A-Z]?\d+\b/iy,
  /** "RR 2 Box 14", "Rural Route 3", "HC 61 Box 22" (a box is needed after RR and HC: "RR 18" is a rate). */
  ruralRoute: /(?:(?:R\.?R\.?|H\.?C\.?)[ \t]*#?[ \t]*\d{1,3}[ \t]*,?[ \t]*Box[ \t]*#?[ \t]*\d{1,5}|Rural[ \t]+Route[ \t]*#?[ \t]*\d{1,3}(?:[ \t]*,?[ \t]*Box[ \t]*#?[ \t]*\d{1,5})?)\b/y,
  /** "Apt 5C" on its own. */
  apartment: /(?:Apt|Apartment)\.?[ \t]*#?[ \t]*\d{1,4}[A-Z]?\b/y,
  /** Canadian postal codes on their own ("K1M 2C4"), capitals only. */
  caPostcodeBare: /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g,
  /** ", Ponsonby, Auckland 1011" or ", Karori, Wellington 6012" after a street: suburb, city, 4-digit postcode. */
  cityPost4After: /^[ \t]*,[ \t]*(?:([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2})[ \t]*,[ \t]*)?([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2}),?[ \t]+(\d{4})(?![\w-])/du,
  /** UK postcodes ("SP2 7QH", "SW1A 1AA"); the inward letters exclude C I K M O V. */
  ukPostcode: /(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])/g,
  /** Canadian postal codes ("M5V 2T6"), with the city and province before them. */
  caPostcode: /(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|PQ)\.?,?[ \t]+([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])/y,
  /** Australian and other 10-digit national numbers in 4-3-3 or (0x) xxxx xxxx groups. */
  phoneAu: /(?<![\w+\/.-])(?:0\d{3}[ ]\d{3}[ ]\d{3}|\(0\d\)[ ]?\d{4}[ ]\d{4})(?![\w-]|\.\d)/g,
  /** Street forms with the street word first ("ul. Lipowa 18", "Calle Mayor 5", "18 ul. Lipowa"). */
  streetFirst:
    /(?<![\w.])(?:(\d{1,5}[A-Za-z]?)[ \t]+)?(?:[Uu]l\.|[Uu]lica|[Aa]l\.|[Aa]leja|[Oo]s\.|[Pp]l\.|[Pp]lac|[Cc]alle|[Cc]\/|[Aa]venida|[Aa]vda\.|[Aa]v\.|[Rr]ua|[Rr]ue|[Aa]ll[ée]e|avenue|boulevard|[Bb]d\.?|[Cc]hemin|[Ii]mpasse|[Qq]uai|[Pp]aseo|[Cc]alzada|[Cc]arrer|[Rr]ambla|[Pp]ra[cç]a|[Tt]ravessa|[Ee]strada|[Vv]ia|[Vv]iale|[Cc]orso|[Pp]iazza|[Ll]argo|[Ss]trada)[ \t]+(?:(?:de|del|de la|de los|de las|des|du|di|da|do|dos|das|della|dei)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'-]+(?:[ \t]+(?:(?:de|del|de la|de los|des|du|di|da|do|dos|das|della|dei)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'-]+){0,2}(?:,?[ \t]+(\d{1,5}[A-Za-z]?(?:\/\d{1,4})?))?(?![\w-])/uy,
  /** "Hauptstraße 5", "Kirkeveien 12": a street word with its suffix joined, then the number. */
  streetJoined: /(?<![\w-])(?:(?:[A-ZÀ-Þ][\p{Ll}]+[ ](?=[A-ZÀ-Þ][\p{Ll}]+(?:straat|laan|gracht|weg)[ \t]+\d))?[A-ZÀ-Þ][\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|laan|straat|gracht|gatan|vägen|vagen|vej|veien|gate|gade)|[A-ZÀ-Þ][\p{L}-]*er[ \t]+(?:Allee|Straße|Strasse|Str\.|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|Landstrasse))[ \t]+\d{1,4}[a-z]?(?:-(?:[A-Z]{1,2}|\d{1,3}|I{1,3})(?![\w-]))?(?![\w-])/gu,
  /** Living, moving and travel words before "in"/"to"/"from" + a place. */
  livesIn:
    /\b(?:lives?|living|lived|resides?|residing|resided|moved|moving|relocated|born|raised|grew up|stays?|staying|stayed|returned|returning|arrives|arriving|en route|travel(?:l)?ed|travel(?:l)?ing|flew|visiting|visited|emigrated|immigrated|arrived|came|home|are|going|go|went|drove|driving|heading|headed|trip|vacation|holiday|visit)(?:[ \t]+(?:back|here|there|alone|home|(?:with|w\/?)[ \t]+(?:her|his|their|my|our|a|the)?[ \t]*[\p{L}' -]{1,30}?|at[ \t]+(?:my|his|her|their|our|a|the)[ \t]+[\p{L}'’]{1,20}))?(?:[ \t]+(?:\d[\d\/.-]*|today|yesterday|recently|last[ \t]+\w+))?[ \t]+(?:in|to|from|near|at|outside)[ \t]+$/iu,
  // (Stop 22: the ZIP code also right after a comma, as in a CSV row: "DUBUQUE,IA,52001".)
  cityStateY: new RegExp(
    `([A-Z][A-Za-z'.-]*(?:[ -][A-Z][A-Za-z'.-]*){0,3})(,\\s*|\\s+)(?:(${STATE_ABBR})|(${STATE_NAMES}|${STATE_NAMES.toUpperCase()}))\\b(?:(?:,?\\s+|,)(\\d{5}(?:-\\d{4})?)(?![\\w-]))?`,
    'y',
  ),
  // (Stop 22: "is" or "was" after the label ("my postcode is bs3 4qr"), "pin code", and the shapes of Japan "158-0082",
  // Poland "00-950", Portugal "4050-262" and six digits (India, China, Russia, Singapore).)
  zipLabelled: /(?:\b(?:zip(?:[\s_]*code)?|postal[\s_]*code|postcode|post[\s_-]*code|pin[\s_-]*code|pincode|cep|plz)|\bC\.[ ]?P\.)\s*(?:[:#=]\s*)?(?:(?:is|was)\s+)?["']?(\d{5}-\d{3}(?![\d-])|\d{5}(?:-\d{4})?|\d{4}-\d{3}(?![\d-])|\d{3}-\d{4}(?![\d-])|\d{2}-\d{3}(?![\d-])|\d{6}|\d{4}|[A-Z]\d[A-Z][ -]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})\b/gi,
  county: /\b([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+)?|[A-Z]+(?: [A-Z]+)?) (?:County|Parish|Borough|COUNTY|PARISH)\b/g,
  // Identifiers with a shape
  udi: /\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9-]+)*/g,
  // Tokens for names and places
};

// Labels that announce an identifier, by type (order matters: vehicle before licence).
export const LABELS: [PhiType, string][] = [
  ['VEHICLE', "(?:licen[cs]e\\s*)?plates?(?:\\s*(?:number|no\\.?|#))?|vehicle\\s*licen[cs]e(?:\\s*(?:plate|number|no\\.?|#))?|tail\\s*(?:number|no\\.?|#)|tag(?=\\s*:)|registration(?=\\s*:\\s*(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\\d))|reg\\.(?=\\s*(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\\d))|(?:kfz-?)?kennzeichen|immatriculation|plaque(?:\\s*d'immatriculation)?|matr[ií]cula|targa|kenteken|registreringsnummer|tag\\s*(?:number|no\\.?|#)|vin|vehicle\\s*(?:id|identification\\s*number|number|#|registration(?:\\s*(?:number|no\\.?|#))?|reg(?:\\s*(?:no\\.?|#))?)|(?:registration|reg|number)\\s*plate|car\\s*reg(?:istration)?(?:\\s*(?:number|no\\.?|#))?|rego(?:\\s*(?:number|no\\.?|#))?"],
  ['MRN', "uhid(?:\\s*(?:number|no\\.?|#))?|hrn|expediente(?:\\s*(?:cl[ií]nico|n[oº°]\\.?|#))?|(?:n[o°º]\\.?\\s*(?:de\\s*)?)?dossier(?:\\s*(?:n[o°º]\\.?|#))?|mrn|mr\\s*#|mr\\s*(?:no\\.?|number)|medical\\s*record(?:\\s*(?:number|no\\.?|#))?|med\\.?\\s*rec(?:ord)?\\.?|record\\s*(?:number|no\\.?|#)|chart\\s*(?:number|no\\.?|#)|hospital\\s*(?:number|no\\.?|#|id)|hosp\\.?\\s*(?:number|no\\.?|#|id)|patient\\s*(?:id|number|#|identifier)|pt\\.?\\s*(?:id|#)|unit\\s*(?:number|no\\.?)|empi|mpi|emr\\s*(?:id|number|#)|ehr\\s*(?:id|number|#)|ur\\.?\\s*(?:number|no\\.?|#)|ur(?=\\s*[:#]?\\s*[A-Z]?\\d)|unit\\s*record(?:\\s*(?:number|no\\.?|#))?|patient\\s*no\\.?|resident\\s*(?:id|number|no\\.?|#)|hosp(?:ital)?\\s*reg(?:istration)?\\s*(?:number|no\\.?|#)?"],
  ['HEALTH_PLAN', "nhs\\s*(?:number|no\\.?|#)|(?:kranken)?versicherten(?:nummer|nr\\.?)|versicherungsnummer|cip(?:\\s*\\/\\s*tsi)?|nss(?:\\s*\\(imss\\))?|philhealth(?:\\s*(?:pin|id|number|no\\.?|#))?|nhi[as](?:\\s*(?:id|number|no\\.?|#))?|pmjay(?:\\s*card)?(?:\\s*(?:id|number|no\\.?|#))?|member(?=\\s*:)|member\\s*(?:id|number|no\\.?|#)|subscriber\\s*(?:id|number|no\\.?|#)|insurance\\s*(?:id|number|no\\.?|#)|policy(?:\\s*(?:id|number|no\\.?|#))?|(?:health\\s*)?plan\\s*(?:id|number|no\\.?|#)|beneficiary\\s*(?:id|number|no\\.?|#|identifier)|medicare(?:\\s*(?:id|number|no\\.?|#|beneficiary\\s*identifier))?|medicaid(?:\\s*(?:id|number|no\\.?|#))?|mbi|hicn|insurance\\s*member|insured'?s?\\s*(?:id|number|no\\.?|#)|medical\\s*aid(?:\\s*(?:number|no\\.?|#|id))?|medical\\s*card(?:\\s*(?:number|no\\.?|#))?|gms\\s*(?:number|no\\.?|#|card(?:\\s*(?:number|no\\.?|#))?)|(?:health\\s*)?insurance\\s*(?:card|policy)(?:\\s*(?:number|no\\.?|#))?|medi-?cal(?:\\s*(?:id|number|no\\.?|#))?|cin|beneficiary|(?:member|subscriber|policy)\\s*(?:holder\\s*)?(?:id|number|no\\.?|#)"],
  ['ACCOUNT', "(?:account|acct\\.?)\\s*ending(?:\\s*in)?|(?:stipend|hsa|fsa|hra|gift|debit|prepaid|benefits?)\\s*card(?:\\s*(?:number|no\\.?|#))?|account(?:\\s*(?:number|no\\.?|#))?|acct\\.?(?:\\s*(?:number|no\\.?|#))?|billing\\s*(?:number|no\\.?|#|id)|invoice(?:\\s*(?:number|no\\.?|#))?|statement\\s*(?:number|no\\.?|#|id)|card\\s*(?:number|no\\.?|#)|credit\\s*card|visit\\s*(?:number|no\\.?|#|id)|encounter\\s*(?:number|no\\.?|#|id)|csn|bill\\s*(?:#|no\\.?|number)|fin|financial\\s*(?:number|no\\.?|#)|har|guarantor\\s*(?:id|number|#)"],
  ['LICENSE', "(?<![\\/\\w])dl(?=[ \\t]*[:#]?[ \\t]*[A-Z0-9]{0,3}\\d)|lic\\.(?:\\s*(?:no\\.?|n°|#))?|permis(?:\\s*(?:de\\s*conduire|no\\.?|n°|#))?|ardc(?:\\s*(?:number|no\\.?|#))?|(?:driver'?s?\\s*)?licen[cs]e(?:\\s*(?:number|no\\.?|#))?|dl\\s*#|dea(?:\\s*(?:number|no\\.?|#))?|certificate(?:\\s*(?:number|no\\.?|#))?|cert\\.?\\s*#|registration\\s*(?:number|no\\.?|#)|upin|board\\s*certification|(?:gmc|nmc|hcpc|gphc|ahpra|mcnz|cpso|imc|hpcsa|sanc|mci|gdc|goc|hiqa|psi|nmbi)\\s*(?:registration|reg\\.?)(?:\\s*(?:number|no\\.?|#|pin))?|gmc(?:\\s*(?:number|no\\.?|#))?|nmc(?:\\s*pin)?|hcpc|nrcme|gphc(?:\\s*(?:number|no\\.?|#|registration))?|sanc(?:\\s*(?:number|no\\.?|#))?|lic\\.?\\s*(?:#|no\\.?|number)|lic(?=\\.?[ \\t]*:)|(?:pharmacist|nurse|nursing|medical|professional|practitioner|provider|physician|dental|dentist|midwife|midwifery|physiotherapist|psychologist)\\s*registration(?:\\s*(?:number|no\\.?|#|id|pin))?|cdl(?:\\s*(?:number|no\\.?|#))?|dl(?=\\s*[:#])|(?:state|medical|nursing|professional)\\s*licen[cs]e|ahpra(?:\\s*(?:registration|number|no\\.?|#))?|mcnz(?:\\s*(?:number|no\\.?|#))?|cpso(?:\\s*(?:number|no\\.?|#))?|imc(?:\\s*(?:number|no\\.?|#|reg(?:istration)?))?|hpcsa(?:\\s*(?:number|no\\.?|#))?|mci\\s*reg(?:istration|\\.)?(?:\\s*(?:number|no\\.?|#))?|reg(?:istration|\\.)?\\s*(?:no\\.?|#|number|pin)|registration\\s*pin|medical\\s*council\\s*(?:registration|reg|number|no\\.?|#)(?:\\s*(?:number|no\\.?|#))?|(?:dot\\s*)?medical\\s*examiner'?s?\\s*certificate(?:\\s*(?:number|no\\.?|#))?|med\\s*cert(?:ificate)?\\s*(?:number|no\\.?|#)|permit\\s*(?:number|no\\.?|#)|prescriber\\s*(?:number|no\\.?|#)"],
  // A model ("Model 780G", "model MMT-1880") names a product that thousands share: not an identifier, not a label here.
  ['DEVICE', "serials?(?:\\s*(?:number|no\\.?|#))?|modem\\s*(?:id|serial|sn|#|number)|s\\/n|sn|device\\s*(?:id|identifier|number|no\\.?|#)|udi|implant\\s*(?:id|number|#)|imei|meid|mac\\s*address|transmitter|receiver|pulse\\s*generator|(?:monitor|pump|sensor|meter|hub|concentrator|ventilator|machine|generator|lead|hearing\\s*aid|implant|processor|wheelchair|equipment|asset)\\s*(?:id|serial|s\\/n|sn|#|number|no\\.?|tag)(?:\\s*(?:number|no\\.?|#))?"],
  ['BIOMETRIC', "afis(?:\\s*(?:id|number|no\\.?|#))?|palmsecure(?:\\s*(?:id|number|no\\.?|#))?|fingerprint(?:\\s*(?:template|id|scan))?|biometric(?:\\s*(?:id|template|identifier|check-?in))?|retina(?:l)?\\s*scan|iris\\s*(?:scan|template|id)|voice\\s*print|voiceprint|palm\\s*(?:print|vein)|face\\s*(?:template|print|id|scan)|faceprint|facial\\s*(?:geometry|recognition|template|scan)(?:\\s*id)?|dna\\s*profile|(?:finger|thumb|palm|hand|vein|iris|retina|retinal|voice|gait|signature)[\\s-]*(?:print|vein|scan|template|geometry|pattern|biometric|signature|code)s?(?:\\s*(?:id|template|ref(?:erence)?|record|enrol?l?ment|hash))?|(?:voice|speaker)\\s*(?:verification|authentication|id)|biometric\\s*(?:enrol?l?ment|record|hash|ref(?:erence)?)"],
  ['OTHER_ID', "donornet(?:\\s*id)?|unos\\s*id|alien\\s*(?:number|no\\.?|#|registration\\s*number)|(?:surgical\\s*)?pathology\\s*(?:number|no\\.?|#|case(?:\\s*(?:number|no\\.?|#))?)|path\\s*(?:no\\.?|#)|cytology\\s*(?:number|no\\.?|#)|autopsy\\s*(?:number|no\\.?|#)|(?:coroner'?s?|cps|aps|court|police|safeguarding|legal|social\\s*services)\\s*(?:case|report|file)(?:\\s*(?:number|no\\.?|#|ref))?|complaint\\s*(?:number|no\\.?|#|ref)|confirmation\\s*code|(?:mychart|portal)\\s*(?:id|username|user\\s*name|login)|unos\\s*(?:id|number|#)|cpf|steuer-?id|codice\\s*fiscale|dni|pesel|bsn|personnummer|study\\s*(?:id|number|no\\.?|#)|subject(?:\\s*(?:id|number|no\\.?|#))?|participant\\s*(?:id|number|no\\.?|#)|trial\\s*(?:id|number|no\\.?|#)|enrollment\\s*(?:id|number|no\\.?|#)|accession(?:\\s*(?:number|no\\.?|#))?|acc\\s*#|specimen\\s*(?:id|number|no\\.?|#)|case\\s*(?:id|number|no\\.?|#)|requisition(?:\\s*(?:number|no\\.?|#))?|order\\s*(?:id|number|no\\.?|#)|passport(?:\\s*(?:number|no\\.?|#))?|employee\\s*(?:id|number|no\\.?|#)|badge\\s*(?:id|number|no\\.?|#)|reference\\s*(?:number|no\\.?|#)|confirmation\\s*(?:number|no\\.?|#)|ticket\\s*(?:number|no\\.?|#)|barcode|id\\s*(?:number|no\\.?|#)|identifier|tracking\\s*(?:number|no\\.?|#)|voucher\\s*(?:number|no\\.?|#)|user\\s*name|username|user\\s*id|login(?:\\s*id)?|screen\\s*name|rx\\s*(?:#|no\\.?|number)|prescription\\s*(?:#|no\\.?|number|id)|donor\\s*(?:id|number|no\\.?|#)|recipient\\s*(?:id|number|#)|npi|claim(?:\\s*(?:number|no\\.?|#|id|reference|ref))?|(?:prior\\s*)?auth(?:ori[sz]ation)?\\s*(?:number|no\\.?|#|id|code|ref)|pre-?auth(?:ori[sz]ation)?(?:\\s*(?:number|no\\.?|#|id))?|ref(?:erence)?\\s*(?:id|number|no\\.?|#)|(?:our|your)\\s*ref(?:erence)?|kit\\s*(?:id|number|no\\.?|#)|enrol?ment\\s*(?:id|number|no\\.?|#)|screening\\s*(?:id|number|no\\.?|#)|randomi[sz]ation\\s*(?:id|number|no\\.?|#)|nric(?:\\s*(?:number|no\\.?|#))?|fin\\s*no|aadhaa?r(?:\\s*(?:card|number|no\\.?|#))?|(?:sa|national|south\\s*african)\\s*id(?:entity)?(?:\\s*(?:card|number|no\\.?|#|document))?|pension\\s*(?:number|no\\.?|#|id)|dod\\s*id|edipi|pps\\s*(?:number|no\\.?)|ppsn|social\\s*insurance\\s*(?:number|no\\.?)|tax\\s*file\\s*(?:number|no\\.?)|ird\\s*(?:number|no\\.?)|case\\s*(?:no\\.?|ref(?:erence)?)|docket(?:\\s*(?:number|no\\.?|#))?|file\\s*(?:number|no\\.?|#)|lab\\s*(?:id|number|no\\.?|#)|sample\\s*(?:id|number|no\\.?|#)|slide\\s*(?:id|number|no\\.?|#)|report\\s*(?:id|number|no\\.?|#)|inmate\\s*(?:id|number|no\\.?|#)|booking\\s*(?:id|number|no\\.?|#)|(?:doc|offender)\\s*(?:id|number|no\\.?|#)|incident\\s*(?:id|number|no\\.?|#)|run\\s*(?:number|no\\.?|#)|trip\\s*(?:id|number|no\\.?|#)|pcr\\s*(?:number|no\\.?|#)|interpreter\\s*(?:id|number|no\\.?|#)|operator\\s*(?:id|number|no\\.?|#)|session\\s*(?:id|number|no\\.?|#)|job\\s*(?:id|number|no\\.?|#)|request\\s*(?:id|number|no\\.?|#)|ihi(?:\\s*(?:number|no\\.?|#))?|sin(?=\\s*[:#]?\\s*\\d)|tfn|passport|booking\\s*ref(?:erence)?|pnr|flyer\\s*(?:number|no\\.?|#|id)|loyalty\\s*(?:card|number|no\\.?|#|id)"],
];
export const LABEL_RE = new RegExp(`(?:${LABELS.map(([, src]) => `(${src})`).join('|')})(?:(?<=[#.])|(?![\\w]))`, 'iy');
/**
 * (Stop 30, speed.) Where LABEL_RE cannot match: the common first words of its labels without what must follow them. Each
 * branch is a word whose only labels in LABELS are the ones named: "pt" only in "pt\.?\s*(?:id|#)", "patient" only in
 * "patient\s*(?:id|number|#|identifier)" and "patient\s*no", "plan" only in "plan\s*(?:id|number|no|#)", "id" before no
 * letter only in "id\s*(?:number|no|#)" ("identifier" goes on with a letter), "s" before no letter only in "s\/n", "visit",
 * "unit", "order", "face", "case", "trial", "rx" and "hospital" only before the words of their labels ("hosp\.?\s*(?:id|...)"
 * cannot read "hospital"), "med" before no letter only in "med\.?\s*rec" and "med\s*cert". Tried at a label word's token
 * before LABEL_RE (see Detector.stickyAt).
 */
export const LABEL_SKIP =
  /(?:pt(?!\.?\s*(?:id|#))|patient(?!\s*(?:id|number|#|identifier|no))|plan(?!\s*(?:id|number|no|#))|id(?![A-Za-z])(?!\s*(?:number|no|#))|s(?![A-Za-z])(?!\/n)|visit(?!\s*(?:number|no|#|id))|unit(?!\s*(?:number|no|record))|order(?!\s*(?:id|number|no|#))|face(?!\s*(?:template|print|id|scan))|case(?!\s*(?:id|number|no|#|ref))|trial(?!\s*(?:id|number|no|#))|rx(?!\s*(?:#|no|number))|hospital(?!\s*(?:number|no|#|id|reg))|med(?![A-Za-z])(?!\.?\s*(?:rec|cert)))/iy;
export const LABEL_FIRST = new Set(
  (
 'booking pnr flyer loyalty uhid stipend hsa fsa hra gift debit prepaid benefit benefits lic permis ardc hrn expediente dossier donornet alien nhs versichertennr versichertennummer krankenversichertennummer versicherungsnummer cip nss philhealth nhia nhis pmjay plate plates license licence tag vin vehicle registration car rego reg mrn mr medical med record chart hospital patient pt unit ' +
    'empi mpi emr ehr member subscriber insurance policy health plan beneficiary medicare medicaid mbi hicn account acct ' +
    'billing invoice claim card credit visit encounter fin financial har guarantor driver drivers dl dea npi certificate ' +
    'cert upin board serial s sn device udi implant lot imei mac fingerprint biometric retina retinal iris voice ' +
    'voiceprint palm face facial dna study subject participant trial enrollment accession acc specimen case requisition ' +
    'order passport employee badge reference confirmation ticket barcode id identifier tracking voucher hosp gmc nmc hcpc nrcme cdl dl ' +
    'transmitter receiver pulse user username login screen rx prescription donor recipient ' +
    'ur insured gms medi medi-cal cin statement ahpra mcnz cpso imc hpcsa mci dot permit prescriber meid monitor pump sensor meter hub concentrator ' +
    'ventilator machine generator lead hearing processor wheelchair equipment asset faceprint finger thumb hand vein gait signature speaker ' +
    'prior auth authorization authorisation pre-auth preauth preauthorization ref our your kit enrolment screening randomization randomisation nric aadhar aadhaar sa ' +
    'national south pension dod edipi pps ppsn social tax ird docket file lab sample slide report inmate booking doc offender incident run trip pcr ' +
    'interpreter operator session job request ihi csn bill gphc sanc lic sin tfn reg serials modem afis palmsecure pathology surgical path cytology autopsy coroner coroners cps aps court police safeguarding legal complaint mychart portal unos cpf steuer-id steuer codice dni pesel bsn personnummer tail kennzeichen kfz-kennzeichen immatriculation plaque matrícula matricula targa kenteken registreringsnummer pharmacist nurse nursing professional practitioner provider physician dental dentist midwife midwifery physiotherapist psychologist resident'
  ).split(/\s+/),
);
/** First words of labels that are common words: the label needs its second word (see LABEL_NEXT). */
export const LABEL_NEEDS_NEXT = new Set(
  ('sa dot social national south your our run lab report file lead machine prior auth request job session hand finger thumb equipment screening sample ' +
    'monitor pump meter hub sensor generator processor doc trip incident operator interpreter booking inmate slide kit enrolment randomization randomisation ' +
    'pension tax pps ird tail pathology surgical path cytology autopsy coroner coroners court police safeguarding legal complaint portal codice steuer pharmacist nurse nursing professional practitioner provider physician dental dentist midwife midwifery physiotherapist psychologist resident signature speaker gait vein asset wheelchair hearing concentrator ventilator statement insured permit prescriber offender').split(' '),
);
export const LABEL_SECOND = new Set(
  'case report file pathology fiscale username login id number no num nbr serial sn s tag ref reference code card template print prints scan vein geometry pattern signature record registration reg examiner medical council certificate auth authorization authorisation aid file insurance african cert verification authentication enrolment enrollment enrol enroll biometric r'.split(' '),
);
export const LABEL_NEXT =
  /^(?:'?s)?[ \t]*(?:#|[-\/]?[ \t]*(?:id|number|no|num|nbr|serial|s\/n|sn|tag|ref|reference|code|card|template|print|prints|scan|vein|geometry|pattern|signature|record|registration|reg|examiner|medical|council|certificate|auth|authori[sz]ation|aid|file|insurance|african|cert|verification|authentication|enrol\w*|biometric|r|number)\b)/i;
/** Insurers and coverage words: a number after them on the same line is a health plan number. */
export const INSURANCE_CTX =
  /\b(?:insurance|insurer|payer|payor|coverage|carrier|rx[ \t]?bin|rx[ \t]?pcn|rx[ \t]?grp|pcn|bin(?=[ \t]*[:#]?[ \t]*\d{6}\b)|health[ \t]+plan|medical[ \t]+aid|aetna|cigna|humana|united[ \t]*health(?:care)?|uhc|bcbs|blue[ \t]+(?:cross|shield)|anthem|kaiser|tricare|molina|centene|wellcare|ambetter|highmark|premera|regence|health[ \t]*net|bupa|vhi|laya|irish[ \t]+life[ \t]+health|discovery[ \t]+health|medibank|hcf|nib|southern[ \t]+cross|axa|aviva|allianz|medicaid|medicare|medi-cal|hmo|ppo|epo)\b(?:(?!\b(?:mrn|chart|acct|account|claim|npi|dea|phone|fax|confirmation|application|reference|ref|order|ticket|tracking|case|auth\w*|appeal|request|invoice)\b)[^\n])*$/i;
/** Biometric words: an identifier after them in the same sentence is a biometric template's. */
/** A biometric word shortly before a generic identifier label ("fingerprint scanner enrollment #..."): the
 * identifier is the biometric's (tighter than BIOMETRIC_CTX: "retinal" or "iris" alone is an eye exam). */
export const BIOMETRIC_BEFORE_LABEL = /\b(?:fingerprint|thumbprint|foot[ -]?print|finger[ -]?vein|palm[ -]?(?:vein|print)|voice[ -]?print|biometric|iris[ \t]+(?:scan|template|code)|retina(?:l)?[ \t]+scan|facial[ \t]+(?:recognition|geometry|template)|face[ \t]+(?:template|id))[\w-]*[^.;\n]{0,40}$/i;
export const BIOMETRIC_CTX = /\b(?:fingerprints?|thumbprints?|foot[ -]?prints?|finger[ -]?vein|palm[ -]?vein|palmsecure|palm[ -]?print|iris|retina(?:l)?|voice[ -]?print|voiceprint|voice[ \t]+biometrics?|face[ \t]+template|facial[ \t]+(?:recognition|template|geometry)|biometrics?|gait[ \t]+signature)\b[^.;\n]*$/i;
export const PHONE_LABEL_FIRST = new Set('phone ph tel telephone cell mobile mob whatsapp whats reach reached pager beeper fax call contact home work number tél téléphone telefon telefono teléfono handy portable tlf móvil movil cellulare'.split(' '));
export const FACILITY_FIRST = new Set(
  ('hospital hospitals referral teaching nhs local montessori open regional praxis cabinet klinikum station occupational sleep pulmonary biobank vamc cboc corporation authority drug isd independent campus snf motor inn motel hotel suites orthodontics library home sports genetics counseling medical health clinic infirmary nursing rehabilitation rehab hospice family urgent surgery surgical cancer care assisted healthcare pediatrics sanatorium dialysis children pharmacy memorial physicians associates retirement senior manor skilled ' +
    'alliance coalition foundation shelter ministries practice dental group rest residential funeral mortuary institute laboratory laboratories lab labs diagnostics learning child childcare day daycare preschool nursery school academy partners shopping mall ' +
    'cardiology dermatology rheumatology orthopedics orthopaedics oncology neurology urology gastroenterology pulmonology endocrinology nephrology ophthalmology otolaryngology podiatry dentistry optometry physiotherapy physical chiropractic pain eye vision hearing women imaging radiology allergy audiology fertility behavioral mental counseling counselling psychiatry paediatrics obstetrics ob ob-gyn internal ' +
    'clínica clinica policlínica policlinica sanatorio consultorio centro clinique hôpital hopital chu chum clsc correctional detention prison jail penitentiary church chapel cathedral mosque temple ' +
    'synagogue lodge village cemetery hostel elementary college university mobile caravan trailer rv holiday aged polyclinic dispensary convalescent living treatment recovery crisis senior wellness birth birthing community ' +
    'fire armory parish basilica midwifery orthotics prosthetics adult infusion transit rec recreation blood stroke bariatric youth civic aquatic drugs chapter resort masjid gurdwara mandir junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail ' +
    'tandartsenpraktijk tandartspraktijk huisartsenpraktijk huisartspraktijk fysiotherapiepraktijk studio ziekenhuis krankenhaus sjukhus sjukhuset sygehus sykehus sykehuset kantonsspital spital ' +
    // (Stop 15: see FACILITY_HEADS_15.)
    'aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre').split(' '),
);
// (Stop 25, speed: the blanks around a separator are read as "blanks, then a separator and its blanks", here and after
// FILLER, not as two runs of blanks a failed match tried every split of, nor, in ID_AFTER, as three: before each try of
// the number, a lookahead makes sure that past the blanks, separators and brackets a run of the number's characters
// holds a digit, as the number's own lookahead asks. A blank run as long as a masked token's ("MRN [[MRN_0A1B2C3D]]" in
// a tokenized echo) had cost thousands of steps. The same matches.)
const FILLER = "(?:[ \\t]*(?:[:#=\\-][ \\t]*)?(?:number|num|no\\.?|nbr|id|#|is|was|template|scan|enrollment|enrolment|enrolled|check-?in|on\\s+file|code|identifier|card|of|the|patient'?s|pt'?s|ending\\s+in|reads|read|ref(?:erence)?|hash|minutiae|record|profile)\\b|[ \\t]*ref\\.(?=[ \\t]))*";
/** "State license #: RN 2291834", "License: A 88120934": a short letter prefix, a space, then the number. */
export const PREFIXED_ID = new RegExp(`${FILLER}[ \\t]*(?:[:#=]{1,2}[ \\t]*)?([A-Z]{1,4}[ ]\\d{4,12})(?![\\w-])`, 'y');
export const ID_AFTER = new RegExp(`${FILLER}(?=[\\s:#=|(\\[]*[A-Za-z0-9\\-\\/._]*\\d)[ \\t]*(?:[:#=]{0,2}|\\|)\\s{0,3}(?:\\(|\\[)?[ \\t]*(?=[A-Za-z0-9\\-\\/._]*\\d)([A-Za-z0-9](?:[A-Za-z0-9]|[-\\/._](?=[A-Za-z0-9])){2,29})(?![A-Za-z0-9])`, 'iy');

export const SPACED_ID = new RegExp(`${FILLER}[ \\t]*(?:[:#=]{1,2}[ \\t]*)?((?:[A-Z]{2,5}[ ])?\\d{2,6}(?:[ ]\\d[\\d-]{2,7}){1,4}(?:[ ]\\d{2}(?=[ \\t]*(?:[,.;)\\n]|$)))?)(?![\\w-])(?![ \\t]*(?:mg|mcg|g|kg|lbs?|ml|units?|cm|mm|yo|y\\/o|years?|yrs?|%|bpm|mmhg|hours?|hrs?|min|days?)\\b)`, 'iy');
export const USERNAME_AFTER = /[ \t]*(?:is[ \t]+)?[:#=]?[ \t]*@?([A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9])(?![\w@-])/y;
// (Stop 15, second wave: or a third group of letters before a stop or a bracket, "DK 1447 ABF)", as in Indonesia.)
export const PLATE_SPACED = /[ \t]*[:#]?[ \t]*(?:(?:reads|is|was|number|no\.?)[ \t]+)?((?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -][A-Z0-9]{2,5}(?:-[A-Z0-9]{1,4}|[ ][0-9]{1,4}(?=[ \t]*(?:[,.;)(\n]|$))|[ ][A-Z]{1,3}(?=[ \t]*(?:[,.;)(\n]|$)))?)(?![\w-])/y;
/** A state, territory or province written before a plate ("NSW", "(OR)", "TN"). */
export const JURISDICTION = new RegExp(`[ \\t]*[:#]?[ \\t]*(?:(?:reads|is|was)[ \\t]+)?\\(?(?:${STATE_ABBR}|NSW|VIC|QLD|TAS|ACT|SA|WA|NT|ON|BC|QC|AB|MB|NB|NL|NS|PE|SK|YT|NU)\\)?(?=[ \\t]+[A-Z0-9])`, 'y');
/** What follows the jurisdiction must still be a plate: five or more letters and digits with a digit. */
export const PLATE_AFTER_JURISDICTION = /[ \t]+(?=[A-Z0-9 -]{0,9}\d)[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,5}(?![\w-])/y;
export const PLATE_LETTERS = /[ \t]*[:#]?[ \t]*([A-Z]{4,8}|[A-Z]{17})(?![\w-])/y;
// The dot of a domain's ending, DOMAIN_GATE = /\.(?:com|org|net|edu|gov|io|info|biz|health|us|uk|ca|de|fr|me)\b/gi: every
// match of RE.domain ends with one, after characters of DOMAIN_CHARS only (found by domainHitFrom).
// The dot of a file extension, PHOTO_ANCHOR = /\.(?:jpe?g|png|gif|bmp|tiff?|heic|heif|webp|raw|dcm|dicom|mp4|mov|avi|m4v|wmv|svs|ndpi)/gi:
// every match of RE.photo ends with one, after characters of PHOTO_CHARS only (found by photoHitFrom).
/** Tables of ASCII characters, for the walks back from an anchor (see runMatches, emailMatches). */
export const asciiTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (new RegExp(`[${chars}]`).test(String.fromCharCode(c))) t[c] = 1;
  return t;
};
export const EMAIL_CHARS = asciiTable('A-Za-z0-9._%+-');
export const DOMAIN_CHARS = asciiTable('A-Za-z0-9.-');
export const PHOTO_CHARS = asciiTable('\\w.-');
/** AT_USER's left part ([\w.%+-]) and the characters one of which it must hold ([._\d]). */
export const AT_USER_RUN = asciiTable('\\w.%+-');
export const AT_USER_KEY = asciiTable('._\\d');
/** The rest of AT_USER after its "at". */
export const AT_USER_AFTER = /\s+[\w-]+\.[a-z]{2,}/iy;
/** IPV6_GATE.test(v), IPV6_GATE = /:[0-9A-Fa-f]{0,4}:/, without the regex's scan of every character: a colon, at most four hex digits, a colon. */
export function ipv6Gate(v: string): boolean {
  for (let d = v.indexOf(':'); d >= 0; d = v.indexOf(':', d + 1)) {
    let e = d + 1;
    while (e < v.length && e - d <= 5 && isHexCode(v.charCodeAt(e))) e++;
    if (e - d - 1 <= 4 && v.charCodeAt(e) === 58) return true;
  }
  return false;
}
const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// AT_USER = /[._\d][\w.%+-]*\s+at\s+[\w-]+\.[a-z]{2,}/i, tested from the whitespace of its tail (see atUser).
export const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
export const MBI_RE = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}$/;
export const DEA_RE = /^[A-Z]{2}\d{7}$/;
export const COMPACT_DATE_RE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
export const VENT_WORDS = /\b(?:psv|peep|bipap|cpap|simv|imv|prvc|vent(?:ilator|ilation)?|fio2|ps|tidal|extubat\w*|intubat\w*|wean\w*|trach)\b/i;
export const STRONG_DATE_BEFORE = /(?:dob|dated|admitted|discharged|date of \w+|since|born|seen on|on date)[\s:]*$/i;
export const NEG_MD_BEFORE =
  /(?<![a-z])(?:strength|pain|apgar|apgars|murmur|grade|gr|score|scored|scale|ratio|power|motor|bp|b\/p|pressure|gcs|rated|vision|acuity|va|ett|dose|fio2|peep|i:e|ie|abg|reflexes|dtrs?|pupils|sofa|nihss|mrc|out of|x|sbp|dbp|map|cvp|pap|pcwp|wedge|vt|tv|ps|cpap|bipap|vent|settings?|rate|ivf|ns|d5|lr|tab|tabs|take|takes|taking|mmhg|o2|sats?|sat|rhythm|strength:|heart|ratio:|visual|hearing|vs|vitals?|stool|guaiac|wt|weight|ht|height|temp|t|hr|rr|spo2|ppd)\s*[:=]?\s*$|\b(?:quads?|quadriceps|hamstrings?|biceps|triceps|deltoids?|grip|df|pf|ehl|fhl|iliopsoas|psoas|glutes?|gluteus|abductors?|adductors?|flexors?|extensors?|flex(?:ion)?|ext(?:ension)?|abd(?:uction)?|add(?:uction)?|dorsiflexion|plantarflexion|eversion|inversion|hip|knee|ankle|wrist|elbow|shoulder|finger|toe|ue|le|bue|ble|rue|lue|rle|lle|mrc|oxford|moca|mmse|slums|gds|monofilament|phq-?\d?|gad-?\d?|audit|barthel|cfs|tug|bi-?rads|lung-?rads|curb-?65|wells|has-?bled|chads|vasc|aldrete|abcde|das-?28|tjc|sjc|tender(?:[ \t]+joints?)?|swollen(?:[ \t]+joints?)?|itch(?:y|ing)?|pruritus)\s*[:=]?\s*$/i;
/** After a grade of muscle strength (n/5): the limbs or muscles graded, or "x4", "else", "throughout". */
/**
 * Stop 19: a day above 12 before a month written with two digits reads day first without any other sign ("stopped 13/02",
 * "[14/05 21:10]", "review 28/04"): no month has a 13th day, and a score over 12 is not written "/02". Not a British
 * duration ("a 14/12 history"), nor the pressures and settings of an intensive care note (see below).
 */
export function dayFirstAlone19(month: string, before: string, after: string, v: string, at: number): boolean {
  if (month.length !== 2) return false;
  // (Not pressures and settings of an intensive care note: "PA 32/15 to 28/11", "PA line in place- 30/10-13", "initially
  // on 13/10 ... lower peep": another fraction or a pressure word just before, a range after, a ventilator word near.)
  if (/^[ \t]*[-\u2013][ \t]*\d/.test(after) || /\d[ \t]*\/[ \t]*\d+[^\n]{0,12}$/.test(before)) return false;
  if (/(?:^|[^\p{L}])(?:pa[spd]?|cvp|pcwp|wedge|bp|nibp|abp|art|map|sbp|dbp|pressures?|settings?|ac|vc|pc|peep)[ \t]*[:=-]?[ \t]*(?:\p{L}+[ \t]+){0,2}$/iu.test(before)) return false;
  if (VENT_WORDS.test(v.slice(Math.max(0, at - 80), at + 90))) return false;
  if (/^[ \t]*(?:history|hx|ago|duration|months?|weeks?|days?|of\b|post|follow|f\/u|old|hrs?|hours?|coverage|care|access|support|service)/i.test(after)) return false;
  if (/(?:^|[^\p{L}])(?:iv|po|oral|course|abx|antibiotics|for|total|completed|further|another|x|over|past|last)[ \t]*$/iu.test(before)) return false;
  return true;
}

/** A muscle, a limb or a movement right before a strength out of five (a table's separator may stand between). */
export const STRENGTH_BEFORE = /(?:^|[^\p{L}])(?:deltoids?|biceps|triceps|grip|quads?|quadriceps|hamstrings?|glutes?|gluteus(?:[ \t]+medius)?|iliopsoas|(?:hip|knee|elbow|wrist|shoulder|finger|ankle|great[ \t]+toe)[ \t]+(?:flexion|flexors?|extension|extensors?|abduction|abductors?|adduction|adductors?)|(?:ankle[ \t]+)?(?:dorsi|plantar)[ \t-]?flexion|strength|motor|power|ehl|fhl|[lrb][ul]e|[ul]e)[ \t]*[:|;=-]?[ \t]*$/iu;
export const STRENGTH_AFTER = /^[ \t]*(?:x[ \t]*[1-4]\b|(?:in[ \t]+)?(?:all|4|four)[ \t]+(?:ext\w*|limbs?)\b|(?:[lrb][ul]e|[ul]e|[lrb]?[ul]ex|ehl|fhl|else(?:where)?|otherwise|throughout|globally|diffusely|symmetric(?:al(?:ly)?)?)\b)/i;
export const NEG_MD_AFTER =
  /^\s*(?:sites?|points?|items?|correct|trials?|reps|repetitions|fingers|toes|questions|words|objects|strength|murmur|systolic|holosystolic|diastolic|pain|scale|score|mm\s*hg|mmhg|in all|bilat|b\/l|tabs?|tablets?|cups?|inch|dose|power|sem|hsm|ejection|rub|gallop|%|ml|mg|mcg|units|times|x\b|ratio|sats?|on\s+(?:room air|ra|\d)|ra\b|lpm|l\b|nc\b|breaths|bpm|mm\b|cm\b|kg\b|ns\b|saline|strength|sounds|reflexes|intensity|sm\b|sbp|dbp|\/)/i;
export const DATE_CONTEXT_BEFORE = /(?:on|since|dated?|dob|born|admitted|discharged|seen|until|from|by|visit|service|of birth|effective|started|stopped|due|expires?|through|thru|between|and|to|as of|last|next|scheduled|returned?|d\/c|adm|dc|surgery|procedure|onset|taken|drawn|collected|received|signed|performed|done|completed|day|evening|morning|night|week|weekend|of|:)\s*$/i;

/** Words after which "14/03" is a day-first date even in a text without other day-first dates. */
export const DAY_FIRST_CONTEXT = /(?:returned|admitted|discharged|seen|since|dated?|dob|born|until|till|last|next|due|arrived|travel(?:l)?ed|flew)[ \t]*:?[ \t]*$/i;
export const MONTH_WORDS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december']);
/** Words of kinship and partnership ("(mother)", "(sister, 7)"). */
export const KIN_IN_BRACKETS = new Set('mother father sister brother son daughter wife husband spouse partner aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter grandma grandpa mom dad mum stepmother stepfather stepson stepdaughter fiance fiancee boyfriend girlfriend guardian'.split(' '));
