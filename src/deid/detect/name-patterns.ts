// Patterns of names in other scripts, nicknames, handles, cues and initials.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { COMPANIES } from '../data/companies.js';

/** A letter of a script other than Latin, Greek or Cyrillic (which the tokenizer reads). */
const NL = "(?:(?![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}])\\p{L})";
/** A name in such a script: one to four words of those letters (and their combining marks), joined by a space or a middle dot. */
const NL_NAME = `(${NL}[${'\\p{L}'}\\p{M}]{0,24}(?:[ \\u00B7\\u30FB\\u3000]${NL}[\\p{L}\\p{M}]{0,24}){0,3})`;
export const NON_LATIN_LETTER = new RegExp(NL, 'u');
/** After a name label or a title, in English or in the script's own language. */
export const NON_LATIN_LABELLED = new RegExp(
  `(?:(?<![\\p{L}])(?:(?:patient|pt|client|resident)(?:'?s)?(?:[ \\t]+(?:full[ \\t]+)?name)?|(?:full|first|given|last|family|middle|maiden|preferred|legal)[ \\t]+name|name|surname|forename|contact|nok|next[ \\t]+of[ \\t]+kin|emergency[ \\t]+contact|mother|father|son|daughter|wife|husband|spouse|partner|guardian|carer|caregiver|interpreter|signed|signature|attending|physician|nurse|provider|dr|mr|mrs|ms|miss|mx|prof)\\.?[ \\t]*[:：]?|(?:姓名|患者|病人|氏名|名前|患者名|이름|성명|환자|الاسم|اسم المريض|שם|नाम)[ \\t]*[:：]?)[ \\t\\u3000]*${NL_NAME}`,
  'giu',
);
/** In brackets right after a name: "Fatima Al-Zahra (فاطمة الزهراء)". */
export const NON_LATIN_AFTER = new RegExp(`[ \\t]*[(（][ \\t]*${NL_NAME}[ \\t]*[)）]`, 'uy');
/** Right before a bracketed name: "王伟 (Wang Wei)". */
export const NON_LATIN_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])${NL_NAME}[ \\t]*[(（]$`, 'u');
/** A bracket or quote and its closing one. */
export function pairs(open: string, close: string): boolean {
  return open === '(' ? close === ')' : open === '"' || open === '“' ? close === '"' || close === '”' : close === "'" || close === '’';
}
/** After a name: a capitalized word in brackets or quotes, then maybe another capitalized word. */
export const NICK_AFTER = /[ \t]*([("'“‘])[ \t]*(\p{Lu}[\p{L}'’-]{0,19})[ \t]*([)"'”’])(?:[ \t]+(\p{Lu}[\p{L}'’-]+))?/uy;
/** Before a bracketed name: one capitalized word and the opening bracket. */
export const NICK_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]{0,19})[ \t]*\($/u;
export const NICK_FOLLOW = /[ \t]+(\p{Lu}[\p{L}'’-]+)/uy;
/** Kinship and role words that may stand in brackets after a name ("John Smith (Son)"). */
export const KIN_WORDS = new Set('son daughter wife husband mother father mom mum dad brother sister spouse partner friend nephew niece uncle aunt grandson granddaughter grandmother grandfather cousin guardian carer caregiver neighbor neighbour self patient interpreter pcp attending resident fellow nurse chaplain poa hcp proxy surrogate'.split(' '));

/** Names of companies (COMPANIES) and of things ("Carte Vitale", the French health card) that hold a person's or a place's name. */
export const NOT_NAME_PHRASES = [...COMPANIES.split('|'), 'carte vitale'];
/** A company of COMPANIES at a token start: its words in any case, "&", "and", hyphens and full stops between them. */
export const COMPANY_AT = new RegExp(
  `(?:${NOT_NAME_PHRASES.map((c) =>
    c
      .split(' ')
      // Each word capitalized or in capitals ("Boston Scientific", "GE HEALTHCARE"); "St" may take its full stop.
      .map((w) => (w === 'st' ? '(?:St|ST)\\.?' : `(?:${w.charAt(0).toUpperCase()}${w.slice(1)}|${w.toUpperCase()})`))
      .join('(?:[ \\t]*[&-][ \\t]*|[ \\t]+(?:and[ \\t]+)?)'),
  ).join('|')})(?![\\p{L}\\p{N}])`,
  'uy',
);

/** A national phone number in other groupings (see RE.phoneLabelled). */
export const PHONE_NATIONAL = /(?:0\d{1,4}(?:[ -]\d{2,4}){1,4}|[1-9]\d{2}(?:[ ]\d{2}){3})(?![\w-]|\.\d)/y;
/** Words a user name follows in logs, tickets and signatures ("user tgriggs", "Processed by mkrause", "Tech: jdelgado"). */
export const HANDLE_CUES = ['user', 'usr', 'by', 'clerk', 'tech', 'technician', 'transcribed', 'transcriptionist', 'scribe', 'operator', 'assignee', 'assigned', 'owner', 'author', 'reviewer', 'entered', 'editor',
  // Stop 15: the staff who bill, code or receive specimens; the records department; a JSON or key=value "agent" (a weak
  // cue). (Not "login" nor "username": a portal's login is an identifier, "kwame_o88", "jdelacroix77".)
  'accessioner', 'accessioned', 'biller', 'coder', 'registrar', 'him', 'agent'];
/** Cues after which a user name's surname must be a known surname that is no word ("contrast agent gadavist" is none). */
export const WEAK_HANDLE_CUES = new Set(['by', 'agent', 'him']);
/** A lower-case user name right after a cue: letters and digits, parts joined by ".", "_" or "-". */
export const HANDLE_AFTER = /"?[ \t]*[:=]?[ \t]*"?([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})(?![\w@\/-]|:\S|\.[a-z0-9])/y;

/** What may open a line before a board entry surname first: a list number, a bullet,
 * a room or bed and its number, a time, a patient label ("Rm 5  ", "3) ", "0950 ", "pt: "). */
export const ENTRY_PREFIX = /^[ \t]*(?:(?:\d{1,3}[).]|[-*•#>]+|(?:Rm|RM|rm|Room|ROOM|room|Bed|BED|bed|Bay|bay|OR|Pt|PT|pt|Patient|PATIENT|patient|Name|NAME|name|Re|RE)\.?[ \t]*#?[ \t]*(?:[A-Za-z]?\d{1,4}[A-Za-z]?(?:-\d{1,3})?)?[ \t]*:?|\d{3,4}[A-Za-z]?)[ \t]*)*$/;
/** After the given name of such an entry: a column gap, the line end, a dash or a bracket, age and sex, a verb or a label. */
export const ENTRY_AFTER = /^(?:[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+[-\u2013\u2014(]|[ \t]*,?[ \t]*\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o|yrs?)\b|[ \t]+(?:is|was|dob|DOB|mrn|MRN|age|Age|AGE|rm|Rm|RM|room|bed|Bed|G\d))/;
/** A credential in lower case after a lower-case name ("l. bjornstad md"). */
export const LOWER_CRED_AFTER = /^[ \t]*,?[ \t]*(?:md|np|rn|pa|pa-c|dnp|cnm|crna|lpn|pharmd|phd|mbbs|aprn|fnp|msw|lcsw|slp|rrt)(?=[ \t]*(?:[,\/;)]|\r?\n|$))/;
/** A role or a copy line before a lower-case initial and surname ("fellow t. ahuja", "cc: j. whitcombe"). */
export const LOWER_ROLE_BEFORE = /(?:^|[\s(\/:])(?:fellow|resident|attending|intern|cc|np|pa|rn|md|dr|pcp|sw|cm|rt|--?|\/)[ \t]*:?[ \t]*$/;
/** A role in brackets after a given name ("Crystal (MA)", "Hope (RN)"). */
export const ROLE_IN_BRACKETS = /^ \((?:MA|CMA|RN|LPN|LVN|NP|PA|PA-C|CNA|RT|SW|MSW|PCT|scribe|Scribe|tech|Tech|interpreter|Interpreter|(?:[Ss]ister|[Bb]rother|[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Mm]other|[Mm]om|[Ff]ather|[Dd]ad|[Nn]iece|[Nn]ephew|[Aa]unt|[Uu]ncle|[Cc]ousin|[Ff]riend|[Pp]artner|[Gg]randdaughter|[Gg]randson|[Gg]randmother|[Gg]randfather|[Nn]eighbou?r|[Cc]aregiver|[Rr]oommate|HCP|POA|[Ss]enior|[Ii]ntern|[Rr]esident|[Aa]ttending|[Ff]ellow|[Cc]harge|[Nn]urse|[Hh]ospitalist|[Cc]haplain|[Pp]harmacist|[Tt]herapist))\)/;
/** Stop 37: more verbs only a person does after a given name opening a sentence (cueAt's kind 10): "Grace offered to
 * adjust her shift", "Poppy wants to know" (not "admitted" nor "brought", passive as often: "Baby admitted to NICU"). Kept out of NAME_CUES, whose words carry
 * a member bit the tagger reads as a feature (adding them there moved three of its places). */
export const PERSON_VERBS_37 = new Set('offered offers wants wanted visited phoned rang asked told'.split(' '));
/** Stop 37: verbs whose object, right after them, is a person ("Avoid calling Joy before noon", "will visit Hope
 * today"): a given name that is also a word, capitalized there, is one. */
export const OBJECT_VERBS_37 = new Set('call calling called phone phoning phoned ring ringing rang text texting texted visit visiting visited tell telling told ask asking asked remind reminded thank thanked page paging paged'.split(' '));
/** Cue words of names: 1 a companion before a given name, 2 a role before a name in brackets, 3 a user-name label. */
export const NAME_CUES = new Map<string, number>([
  ...'wife husband son daughter granddaughter grandson mother father sister brother gf bf girlfriend boyfriend partner fiance fiancee niece nephew aunt uncle mom dad mum friend roommate housemate flatmate ex rep representative coach trainer sitter buddy godmother godfather stepdad stepmom stepson stepdaughter'.split(' ').map((w): [string, number] => [w, 1]),
  // (Not "cm" nor "cc": units far more often than a case manager or a copy line.)
  ...'rn np md pa senior resident intern fellow attending charge nurse tech ma sw interpreter chaplain pharmacist rt hospitalist provider lpn lvn cna cma therapist'.split(' ').map((w): [string, number] => [w, 2]),
  ['user', 3],
  ['login', 3],
  ['ms', 4],
  ...'dnp cnm crna pharmd phd mbbs aprn fnp msw lcsw slp rrt dr pcp pa-c'.split(' ').map((w): [string, number] => [w, 7]),
  ...'grandmother grandfather neighbor neighbour caregiver hcp poa'.split(' ').map((w): [string, number] => [w, 1]),
  ['pct', 2],
  ['mohd', 8],
  // Verbs only a person does, after a given name opening a sentence (see cueAt, kind 10).
  // (Not "tolerated": far more often after "Pt" than after a name.)
  ...'ambulated ambulates ambulating reports reported states stated denies denied refused refuses verbalized verbalizes verbalizing agrees agreed declined declines complains complained endorses endorsed requested requests says said understands slept ate'.split(' ').map((w): [string, number] => [w, 10]),
  // ("bed" and "room" are too frequent for the rare list opening with them: only "Rm".)
  ['by', 11],
  ['rm', 9],
  ['muhd', 8],
  ['transcribed', 6],
  ['transcriptionist', 6],
  ['scribe', 6],
  ['typed', 6],
]);
/** A chat speaker before a time stamp and a colon, from a line's first character ("priya r 17:52: ", "tomasz 5:55 PM: "). */
export const CHAT_SPEAKER_Y = /([A-Za-z][a-z]{2,}(?:[._-][a-z0-9]+)?(?:[ \t][A-Za-z]\.?)?)[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*:(?=[ \t])/y;
/** A capitalized word between a time stamp and a colon ("1:40 PM Crystal: "). */
export const TIME_SPEAKER_Y = /(?<![\d:])\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+([A-Z][a-z]{2,})(?=:[ \t])/y;
/** An @mention (not an e-mail, nor a domain after it). */
export const AT_MENTION_Y = /@([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2})(?![\w@-]|\.[A-Za-z]{2,})/y;
/** A surname after a room number in a handoff list, from a line's first character ("- 1108 bautista - ok", "1115 Nguyen (...)"). */
export const ROOM_LIST_NAME_Y = /(?:[-*\u2022][ \t]*)?(?:(?:rm|Rm|room|Room|bed|Bed)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?|\d{3,4}[A-Za-z]?)[ \t]+([A-Za-z][a-z'\u2019-]{2,})(?=[ \t]*(?:[-\u2013(:,]|\r?\n|$))/y;
/** A surname particle and a space at a position (see Detector.lineNames). */
export const PARTICLE_AT = /(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]a|[Dd]i|[Dd]u|[Ll]a|[Ll]e|[Ll]os|[Ll]as|bin|ibn|al|el|ter|ten|[Dd]os|[Dd]as|y|[Aa]bu|[Bb]en) /y;
/** A comma and a given name's initial after a surname, ending the entry (", K", ", K.  "); group 1 is the part kept. */
export const INITIAL_AFTER_COMMA = /^(, [A-Z]\.?)(?=[ \t]*(?:\r?\n|$|[,;)]|[ \t]{2}|\t))/;
/** Two or three dotted initials after a cue ("by J.K.", "by T. O."). */
export const DOTTED_INITIALS_Y = /[ \t]+([A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?![A-Za-z])/y;
/** Dotted abbreviations that are no initials. */
export const NOT_DOTTED_INITIALS = new Set('U.S. P.O. A.M. P.M. M.D. D.O. R.N. N.P. P.A. E.R. I.V. O.R. D.C. U.K. N.Y. L.A. B.C. A.D. B.S. M.S. B.A. M.A. Q.D. I.M. S.C. G.I. E.D. T.D. R.T. P.T. O.T. S.T.'.split(' '));
/** Role nouns that may open a name found ("Agent Marcus Whitfield-Cole"): no part of the name (see Detector.trimNames). */
export const ROLE_NOUNS = new Set('agent adjuster scribe sitter rep representative endoscopist proceduralist sonographer phlebotomist perfusionist'.split(' '));
/** Determiners between a name, its comma and a relative in apposition ("Ivy, the daughter"; "pt's" is the token "pt"). */
export const APPOSITION_DET = new Set(['the', 'her', 'his', 'their', 'my', 'our', 'pt', 'patient']);
/** Before a relative in apposition: a capitalized word, a comma, a determiner maybe ("Ivy, the ", "Rocky, pt's "). */
export const APPOSITION_BEFORE = /(?:^|[^\p{L}'-])(\p{Lu}[\p{Ll}'-]{2,}),[ \t]+(?:(?:the|her|his|their|my|our|pt's|patient's|the pt's|the patient's)[ \t]+)?$/u;
/** A given name after a signature's dash, ending its line ("-becca", "- marguerite"). */
export const DASH_SIGNATURE_Y = /[-~\u2013\u2014]{1,2}[ \t]?([A-Za-z][a-z'-]{2,})(?=[ \t]*(?:\r?\n|$))/y;
/** Staff initials after a signature's dash at a line start ("-mk (night float)", "- jr"). */
export const DASH_INITIALS_Y = /[-\u2013\u2014~][ \t]?([a-z]{2,3})(?=[ \t]*(?:\r?\n|$|\([a-z]))/y;
/** Staff initials opening a line before "for Dr." ("jh for Dr. Honeycutt"). */
export const INITIALS_FOR_Y = /([a-z]{2,3})(?=[ \t]+for[ \t]+(?:Dr|dr|Doctor)\b)/y;
/** Staff initials ending the line of a transcription or scribe cue ("transcribed 11/8/25 (lw)", "Scribe: tb."). */
export const STAFF_AFTER_CUE_Y = /[^\n]{0,28}?[ \t(:]\(?([a-z]{2,3})(?=\)?[ \t]*[.;]?[ \t]*(?:\r?\n|$))/y;
/** Lower-case words that are no staff initials (see Detector.staffInitials). */
export const NOT_STAFF_INITIALS = new Set('am pm by on at in to of me us we he it is as or md do rn np pa pt ot ok hr ma ms mr dr na nl ns nc iv im po pr sq sc bp rr hr hb ua ct mri ekg ecg cxr abg bmp cbc lft bid tid qid qd qhs prn npo iv ivf dnr dni yes no and the for per via pts min max lol thx tia fyi btw'.split(' '));
