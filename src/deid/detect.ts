// The detector: finds the Safe Harbor identifiers in free text.
//
// One view of the text (see normalize.ts), a fixed set of precompiled regular expressions for the
// identifiers that have a shape (dates, phones, e-mails, labelled numbers...), and one tokenizing
// pass with Set lookups for names and places. Candidates carry a priority; overlaps are resolved
// by priority, then length. Offsets reported are always into the original text.
import { buildView, toOriginal, type View } from './normalize.js';
import { L, NAME_BITS, lexicons, type Lexicons } from './lexicon.js';
import { isPhiType, type PhiType, type Span } from './types.js';
import { COUNTRIES, REGIONS } from './data/places.js';
import { COMPANIES } from './data/companies.js';
import { US_STATE_CODES, colKey, colType, placeColumnType, structured } from './structured.js';
import { configureTagger, tagSpans, type TagDoc, type TagTok } from './tagger.js';

export interface DetectOptions {
  /** Report only these types (default: all). */
  types?: readonly PhiType[];
  /** Values that are never PHI (compared case-insensitively, e.g. the clinic's own main number). */
  allow?: readonly string[];
  /** Values that are always PHI wherever they occur (case-insensitive), with their type. */
  deny?: readonly { value: string; type: PhiType }[];
}

/**
 * `v.charCodeAt(i)`, NaN outside the text as charCodeAt gives, but without reading out of bounds:
 * optimized code that reads past either end of a string is thrown away (deoptimized), and a hot
 * function that does it at several places ends up no longer optimized at all.
 */
const codeAt = (v: string, i: number): number => (i >= 0 && i < v.length ? v.charCodeAt(i) : NaN);

/** Texts longer than this answer lineStartOf and lineEndOf from a sorted list of their line feeds. */
let LINE_INDEX_MIN = 4096;
let lineText: string | undefined;
let lineFeeds: Int32Array = new Int32Array(0);
let lineFeedCount = 0;

/** The line feeds of a long text, found once per text (the last text asked is kept). */
function lineFeedsOf(v: string): void {
  if (lineText === v) return;
  let n = 0;
  for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
    if (n === lineFeeds.length) {
      const more = new Int32Array(Math.max(1024, n * 2));
      more.set(lineFeeds);
      lineFeeds = more;
    }
    lineFeeds[n++] = i;
  }
  lineFeedCount = n;
  lineText = v;
}

/** The index of the first line feed of the last text asked (lineFeedsOf) at or after x (lineFeedCount when none). */
function feedIndexFrom(x: number): number {
  let lo = 0;
  let hi = lineFeedCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lineFeeds[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The start of the line holding `at`: `v.lastIndexOf('\n', at) + 1`. Rules ask it for every candidate; on a long text without
 * line feeds the backward search would read the whole text each time (time quadratic in its length), so long texts
 * answer from their line feeds by binary search.
 */
function lineStartOf(v: string, at: number): number {
  if (v.length <= LINE_INDEX_MIN) return v.lastIndexOf('\n', at) + 1;
  lineFeedsOf(v);
  // (After the last line feed at or before `at`.)
  const i = feedIndexFrom(Math.min(Math.max(at, 0), v.length - 1) + 1);
  return i === 0 ? 0 : (lineFeeds[i - 1] as number) + 1;
}

/** The first line feed at or after `at`, or -1: `v.indexOf('\n', at)`, from the line feeds on a long text (see lineStartOf). */
function lineEndOf(v: string, at: number): number {
  if (v.length <= LINE_INDEX_MIN) return v.indexOf('\n', at);
  lineFeedsOf(v);
  const i = feedIndexFrom(Math.max(at, 0));
  return i === lineFeedCount ? -1 : (lineFeeds[i] as number);
}

export interface Cand {
  s: number;
  e: number;
  t: PhiType;
  p: number;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const ORD = '(?:st|nd|rd|th)?';
/** Month names of other languages (dates in notes written in Spanish, French...). */
const FOREIGN_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember';
const FOREIGN_MONTH_WORDS = new Set(
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janeiro fevereiro março marco maio junho julho setembro outubro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januar februar märz marz juni juli oktober dezember'.split(' '),
);
const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

/** US state and territory codes as a regular-expression alternation (all two letters: their order does not matter). */
const STATE_ABBR = [...US_STATE_CODES].join('|');
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico';
const STATE_ABBR_SET = US_STATE_CODES;
/** Words of vehicles and their registration, before a state's abbreviation and its plate (see Detector.statePlates). */
/** Nouns of the vehicles whose plates the plate rules look for (see plateAt). */
const VEHICLE_NOUN_LIST = ['car', 'cars', 'truck', 'van', 'minivan', 'vehicle', 'suv', 'sedan', 'pickup', 'motorcycle', 'moped', 'trailer', 'camper', 'boat'];
const VEHICLE_WORD_SET = new Set([...VEHICLE_NOUN_LIST, 'rv', 'vessel', 'reg', 'registration', 'registered', 'plate', 'plates', 'tag', 'tags', 'towed', 'parked']);
/** A plate after a state's abbreviation: letters and digits, both, in up to three groups ("GHT-4491", "4471 KT"). */
// (Stop 15, second wave: or one group of five to eight, "WA C74419K".)
const PLATE_AFTER_STATE = /^[ \t]+(?:(?:[Rr]eg(?:istration)?|REG|[Pp]late|PLATE|[Tt]ag|TAG)\.?[ \t]*[#:]?[ \t]*)?((?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])(?:[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,2}|(?=[A-Z0-9]{0,7}\d)(?=[A-Z0-9]{0,7}[A-Z])[A-Z0-9]{5,8}))(?![\w-])/;
const STATE_ABBR_LOWER = new Set(STATE_ABBR.toLowerCase().split('|'));
const STATE_FIRST_WORDS = new Set(STATE_NAMES.toLowerCase().split('|').map((n) => n.split(' ')[0] as string));
/** State abbreviations that are also common credentials or words: need a ZIP or a known city. */
const AMBIGUOUS_STATE = new Set(['MD', 'PA', 'DE', 'ME', 'OR', 'IN', 'OK', 'HI', 'ID', 'OH', 'MS', 'CO', 'LA', 'MA', 'AL', 'NE', 'SC', 'GA', 'VA', 'WA', 'MO', 'CT', 'PR']);

const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Plaza|Route|Rte|Pike|Row|Alley|Crescent|Cres|Close|Turnpike|Tpke|Expressway|Expy|Freeway|Fwy|Path|Ridge|Crossing|Xing|Gardens|Gdns|Grove|Mews|Rise|Parade|Pde|Esplanade|Quay|Vale|Heights|Promenade|View|Green|Walk|Lawns?|Wynd|Brae|Meadows|Marg|Salai';

/** Street suffixes that are common words too. */
const WORD_SUFFIXES = new Set('view green walk lawn lawns wynd brae meadows'.split(' '));
const STREET_SUFFIX_SET = new Set(STREET_SUFFIX.toLowerCase().split('|'));
const TITLES = new Set(['ssg', 'sfc', 'spc', 'pfc', 'cpl', 'lcdr', 'cdr', 'ltc', 'ens', 'officer', 'smt', 'shri', 'shrimati', 'doña', 'dna', 'dra', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'reverend', 'sr', 'sister', 'brother', 'fr', 'father', 'capt', 'sgt', 'mister', 'madam', 'mme', 'mlle', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'sra', 'sir', 'dame', 'lady', 'lord', 'judge', 'atty', 'rabbi', 'imam']);
const CORE_TITLES = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'doctor', 'mister']);
const CREDENTIALS =
  'M\\.?D|D\\.?O|R\\.?N|N\\.?P|PA-C|P\\.?A|Ph\\.?D|DDS|DMD|PharmD|CNM|CRNA|LPN|LVN|LCSW|LICSW|MSW|DPM|FNP|FNP-BC|APRN|ANP|DNP|FACP|FACS|FACC|MBBS|MBChB|CNA|RPh|RD|RRT|MPH|MS|MSN|BSN|PsyD|OD|DC|PT|DPT|OT|OTR|SLP|CCC-SLP|NP-C|AGNP|CNS|Esq|Jr|Sr|II|III|IV' +
  // Stop 12: wound, ostomy, counselling, lactation, diabetes-education and critical-care credentials.
  '|CWOCN|WOCN|CWON|LMFT|LPC|LCPC|LMHC|CDCES|CDE|IBCLC|RDN|CCRN|PMHNP|CPNP' +
  // pharmacy and patient-care technicians, athletic trainers, medical assistants.
  '|CPhT|PCT|ATC|CMA';
/** First tokens of the credentials (lower case; "M" of "M.D."), to skip the regex for other words. */
const CREDENTIAL_TOKENS = new Set(CREDENTIALS.toLowerCase().replace(/\\\.\?/g, '').replace(/\\/g, '').split('|').flatMap((c) => [c, c.split('-')[0] as string, c.charAt(0)]));
const CREDENTIAL_RE = new RegExp(`^[ \\t]*,?[ \\t]*(?:${CREDENTIALS})\\b\\.?`);
const AMBIGUOUS_CREDENTIAL = new Set(['do', 'pa', 'pt', 'ot', 'rd', 'ms', 'dc', 'od', 'sr', 'ii', 'iv', 'pct', 'atc', 'cma']);

/** Words after which a capitalized sequence is a person's name. */
/** Context words often followed by other things too: the sequence needs name evidence. */
const MEDIUM_CONTEXT = new Set(['pt', 'patient', 'name', 'contact', 'nurse', 'provider', 'physician', 'resident', 'fellow', 'intern', 'signed', 'author', 'recipient', 'donor', 'witness', 'friend', 'partner', 'employer', 'contact', 'reviewer']);
const STRONG_CONTEXT = new Set([
  'patient', 'pt', 'name', 'attending', 'resident', 'intern', 'fellow', 'surgeon', 'physician', 'provider', 'pcp', 'nurse',
  'dear', 'hi', 'hello', 'son', 'daughter', 'wife', 'husband', 'spouse', 'partner', 'mother', 'father', 'mom', 'dad',
  'brother', 'sister', 'aunt', 'uncle', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather',
  'cousin', 'friend', 'neighbor', 'neighbour', 'guardian', 'proxy', 'poa', 'caregiver', 'guarantor', 'signed', 'cosigned',
  'dictated', 'transcribed', 'referred', 'referring', 'prescriber', 'pharmacist', 'therapist', 'chaplain', 'interpreter',
  'sincerely', 'regards', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'stepson', 'stepdaughter', 'stepmother',
  'stepfather', 'granddaughter', 'grandchild', 'sibling', 'twin', 'roommate', 'landlord', 'employer', 'coworker',
  'midwife', 'doula', 'obstetrician', 'cardiologist', 'oncologist', 'neurologist', 'psychiatrist', 'psychologist',
  'dentist', 'surgeon', 'anesthesiologist', 'radiologist', 'pediatrician', 'hospitalist', 'intensivist', 'nephrologist',
  'contact', 'recipient', 'donor', 'witness', 'requester', 'author', 'signer', 'reviewer', 'approver', 'mrs', 'aka',
  // Role and kinship abbreviations written before a name ("RN Beaulieu", "SW Hollis", "Dtr Chioma").
  'rn', 'lpn', 'lvn', 'sw', 'msw', 'lcsw', 'rrt', 'crna', 'cna', 'dtr', 'dau', 'hcp', 'hcpoa', 'bro', 'sis', 'gf', 'bf',
  'son-in-law', 'daughter-in-law', 'mother-in-law', 'father-in-law', 'brother-in-law', 'sister-in-law', 'stepbrother', 'stepsister',
  'proband', 'decedent', 'client', 'participant', 'infant', 'neonate', 'newborn',
  'paramedic', 'emt', 'medic', 'officer', 'constable', 'detective', 'dietitian', 'dietician', 'physiotherapist', 'physio',
  'registrar', 'consultant', 'matron', 'hca', 'counsellor', 'counselor', 'caseworker', 'coordinator', 'navigator',
  'technician', 'sonographer', 'phlebotomist', 'radiographer', 'optometrist', 'audiologist', 'podiatrist', 'hygienist',
  'grandma', 'grandpa', 'granny', 'nana', 'hubby', 'carer', 'housemate', 'flatmate', 'paciente', 'hijo', 'hija', 'esposo', 'esposa',
  // School, support-group and theatre roles ("Student: ...", "Parent ...", "Sponsor ...", "Scrub: ...").
  'student', 'pupil', 'parent', 'sponsor', 'scrub', 'circulating', 'circulator', 'circ', 'anesthetist', 'anaesthetist', 'asst', 'sho', 'spr', 'worker', 'chw', 'perfusionist', 'chaperone', 'mentor', 'tutor', 'advocate', 'volunteer',
  // Custody and care roles ('Inmate: DOMINGUEZ-PEREZ, ROLANDO', 'Aide Guadalupe:').
  'inmate', 'detainee', 'offender', 'aide', 'caller', 'judge', 'magistrate',
  // Insurance and employment forms ("Employee: ...", "Claimant ...", "Subscriber: ...").
  'employee', 'claimant', 'applicant', 'subscriber', 'policyholder', 'beneficiary', 'enrollee',
]);
const ROLE_ABBR = new Set([
  'rn', 'lpn', 'lvn', 'sw', 'msw', 'lcsw', 'rrt', 'crna', 'cna', 'hcp', 'hcpoa', 'gf', 'bf',
  'paramedic', 'emt', 'medic', 'officer', 'constable', 'detective', 'dietitian', 'dietician', 'physiotherapist', 'physio',
  'registrar', 'consultant', 'matron', 'hca', 'counsellor', 'counselor', 'caseworker', 'coordinator', 'navigator',
  'technician', 'sonographer', 'phlebotomist', 'radiographer', 'optometrist', 'audiologist', 'podiatrist', 'hygienist',
]);
/** Kinship, greeting and self-introduction words after which a lower-case word can be a name ("daughter funmi", "its kasia"). */
const LOWER_NAME_CUE = new Set([
  'son', 'daughter', 'wife', 'husband', 'spouse', 'partner', 'mother', 'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'aunt', 'uncle', 'niece',
  'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'cousin', 'friend', 'neighbor', 'neighbour', 'boyfriend',
  'girlfriend', 'fiance', 'fiancee', 'dtr', 'dau', 'bro', 'sis', 'hubby', 'carer', 'caregiver', 'roommate', 'son-in-law', 'daughter-in-law',
  'hi', 'hello', 'hey', 'dear', 'its', "it's", 'im', "i'm", 'thanks', 'thx', 'love', 'cheers', 'regards',
]);
/** Titles after which a lower-case word is a name ("mr wu", "hi dr lindqvist"); "ms" is left out ("ms contin"). */
const LOWER_TITLES = new Set(['dr', 'mr', 'mrs', 'miss', 'doctor', 'mister', 'prof', 'dra', 'sra']);
/** Form labels of name fields ("Last: OYELOWO  First: BABATUNDE  MI: A"). */
const NAME_FIELD =
  /(?<![\w])(?:(?:last|first|middle|given|family|sur|maiden|preferred|legal|other)[ \t]*name(?:\(s\)|s)?|surname|forenames?(?:\(s\))?|given[ \t]*names?|last|first|middle|mi|m\.i\.|nombre|apellidos?|nom|pr[ée]nom|nachname|vorname|name(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]+)?)[ \t]*:[ \t]*/giy;
/** Chat lines: "[07:03] j.morales: ..." (a time stamp, then a handle and a colon). */
const CHAT_HANDLE = /(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]?[ \t]*-?[ \t]*@?([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2}):[ \t]/g;
/** Age and sex shorthand after a name: "Ahmadi, Farzaneh 58F", "okonkwo, 71F", "Ebere Nnamdi-Cole 71M". */
const AGE_SEX_AFTER = /^[ \t]*,?[ \t]*\d{1,3}[ \t]?(?:[MF]|yo[ \t]?[MF]?|y\/o|yr?s?[ \t]?[MF])\b(?![\/-])/;
/** Tokens after an age in age-sex shorthand ("71 F", "80 yo", "66 y/o"). */
const AGE_SEX_NEXT = new Set(['m', 'f', 'yo', 'y', 'yr', 'yrs', 'yoM', 'yoF']);
/** Signature initials: "-AR/Dmitriev" at a line end, "... by TG." */
const SIGN_INITIALS = /(?:^|[ \t])[-\u2013\u2014][ \t]?([A-Z]{2,3})(?:\/([A-Z][\p{L}'-]+))?[ \t]*(?=\n|$)/gu;
const SIGN_INITIALS_Y = new RegExp(SIGN_INITIALS.source, 'uy');
const BY_INITIALS = new RegExp(
  `\\b(?:${'called notified paged reported read verified signed entered documented recorded charted witnessed informed discussed reviewed dictated transcribed confirmed collected drawn'
    .split(' ')
    .map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\b[^.\\n]{0,48}?\\bby[ \\t]+([A-Z]{2,3})(?=[ \\t]*(?:[.;\\n]|$))`,
  'g',
);
/** Clinical abbreviations that "by" or a dash may precede: not initials. */
const NAME_FIELD_FIRST = new Set('last first middle given family sur maiden preferred legal surname forename forenames mi m nombre apellido apellidos nom prenom prénom nachname vorname name'.split(' '));
const NOT_INITIALS = new Set(('IV IM PO SC SQ PR SL NG NJ CT US MRI XR EMS ED ER RT PT OT ICU OR MD RN NP PA GI ID ENT EKG ECG EEG EMG TEE TTE ABG CXR KUB DXA PET VQ LP CSF UA IR HCP POA CNA LPN APN RRT EP CCU MICU SICU NICU PICU OB GYN DR MR MRS MS DO DC PM AM HR BP RR NA AKA BKA IVF TPN NPO DNR DNI ' +
    'DVT PE SVT VT VF AF CHF CVA TIA UTI URI SOB DOE CAD HTN DM OSA BPH CKD AKI ARF PNA CAP HAP VAP VRE CDI GIB SBO NGT OGT PEG CVL ETT CPR NSR SR ST SB AFL PVC PAC EF LVH RVH ABX ADL BM BS LOC GCS RA LA NC BIL NAD WNL ROM AOX NKA NKDA SAT BKA OOB HOB CBI CMO').split(' '));
/** Diagnoses written in capitals after a relative in a family history ("father MI at 54", "mother CVA"), and words in
 * capitals that follow a role word without being a name ("patient IP 24.118.77.201", HL7's "SELF"). */
const NOT_NAME_CAPS = new Set('MI CVA CAD DM HTN CHF COPD CKD ESRD AF AFIB PE DVT TIA HLD T2DM T1DM GERD PTSD ADHD OCD SLE IBD IBS PVD PAD AAA CLL AML CML NHL HIV HCV HBV TB OA RA ETOH SUD OUD IP SELF POA HCP CMO DNR DNI AMA LWBS DNAR MOLST POLST NPO'.split(' '));
/** A sign-off line, then a name alone on the next line (a title before it at most). */
const SIGN_OFF =
  /(?:Best(?:[ \t]+(?:wishes|regards))?|Warm(?:est)?[ \t]+regards|Kind(?:est)?[ \t]+regards|Many[ \t]+thanks|Thanks(?:[ \t]+again)?|Thank[ \t]+you|Cheers|Yours(?:[ \t]+(?:sincerely|faithfully|truly))?|Sincerely|Regards|Take[ \t]+care|Love)[ \t]*[,!.]?[ \t]*\r?\n[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?([A-Z][\p{L}'’-]+(?:[ \t]+(?:[A-Z][\p{L}'’-]+|N[ií]|Nic|Mac|Mc|de|van|von|bin|binti)){0,3})[ \t]*(?=,|\r?\n|$)/uy;
/** Words of firms' names and of sign-offs: rare triggers (see Detector.rare). */
const FIRM_WORDS = ['llp', 'llc', 'solicitors', 'attorneys', 'law', 'inc', 'ltd', 'plc', 'pty'];
const SIGN_OFF_WORDS = ['best', 'regards', 'thanks', 'thank', 'cheers', 'yours', 'sincerely', 'care', 'love'];
/** What follows the name of a firm: "& Vale LLP", " Solicitors", ", Attorneys at Law". */
const FIRM_AFTER = /^(?:[ \t]*(?:&|and)[ \t]+[A-Z][\p{L}'-]+)*,?[ \t]+(?:LLP|LLC|Solicitors|Attorneys|Law[ \t]+(?:Firm|Group|Offices?|Partners)|Inc\b|Ltd\b|PLC|Pty)/u;
/** Plural kinship words before a list of given names ("her children Colm, Aoibhinn and Padraig"), and "initials". */
const KIN_PLURAL = new Set('children sons daughters grandchildren grandsons granddaughters siblings brothers sisters kids grandkids nieces nephews parents stepchildren initials'.split(' '));
/** Weaker context: the sequence must also contain a known name. */
const WEAK_CONTEXT = new Set(['hpi', 'by', 'with', 'per', 'from', 'to', 'cc', 'and', 'called', 'visited', 'call', 'ask', 'asked', 'tell', 'told', 'met', 'saw', 'see', 'for', 'is', 'named', 'thanks', 'thank', 'thx', 'thnx', 'thanx', 'via', 'notify', 'notified', 'paged', 'page', 'discussed', 'spoke', 'son', 'of']);

/** Never part of a name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'his', 'her', 'their', 'he',
  'she', 'they', 'it', 'this', 'that', 'is', 'was', 'patient', 'pt', 'pts', 'mrn', 'dob', 'ssn', 'md', 'rn', 'np', 'phd',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'hospital', 'clinic', 'center', 'centre',
  'unit', 'apt', 'suite', 'room', 'no', 'yes', 'none', 'doc', 'docs', 'team', 'guys', 'everyone', 'folks', 'maam', 'sir',
  'per', 'via', 'am', 'pm', 'icu', 'ed', 'er', 'or', 'pacu', 'ccu', 'micu', 'sicu', 'nicu', 'picu', 'pcp', 'cc', 'hpi',
  'ros', 'pmh', 'psh', 'fh', 'sh', 'plan', 'assessment', 'impression', 'diagnosis', 'dx', 'hx', 'rx', 'tx', 'sx', 'fx',
  'medications', 'allergies', 'vitals', 'labs', 'exam', 'history', 'note', 'summary', 'discharge', 'admission', 'follow',
  'up', 'mg', 'ml', 'mcg', 'units', 'tab', 'tabs', 'bid', 'tid', 'qid', 'prn', 'qhs', 'po', 'iv', 'im', 'sc', 'sq', 'hd',
  'pod', 'dos', 'date', 'time', 'tel', 'phone', 'fax', 'email', 'address', 'lives', 'alone', 'home', 'family', 'daughter',
  'son', 'wife', 'husband', 'mother', 'father', 'spouse', 'sister', 'brother', 'dear', 'hi', 'hello', 'thanks', 'sincerely',
  'regards', 'signed', 'attending', 'resident', 'nurse', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'jr', 'sr',
  'ii', 'iii', 'iv', 'esq', 'january', 'february', 'march', 'april', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'tomorrow',
  'yesterday', 'tonight', 'morning', 'evening', 'night', 'hpi', 'cxr', 'ekg', 'ecg', 'ct', 'mri', 'us', 'bp', 'hr',
  'rr', 'spo', 'temp', 'wbc', 'hgb', 'plt', 'inr', 'bmp', 'cbc', 'dnr', 'dni', 'full', 'code', 'id', 'ok', 'can',
  'not', 'also', 'then', 'please', 'call', 'contact', 'see', 'seen', 'spoke', 'called', 'discussed', 'reviewed',
  'continue', 'start', 'stop', 'hold', 'give', 'given', 'denies', 'reports', 'states', 'notes', 'pain', 'plan', 'status',
  'stable', 'alert', 'oriented', 'afebrile', 'tmax', 'tmin',
  // Nursing specialties and clinical short forms that stand before a credential or open a line ("Ostomy RN", "Sternal dsgs").
  'ostomy', 'stoma', 'skincare', 'lactation', 'sepsis', 'vascular', 'sternal', 'ards', 'orif', 'pac', 'pacs', 'occas',
  'extubation', 'intubation', 'neg', 'pos', 'normal', 'abnormal', 'left', 'right', 'bilateral', 'both',
  'na', 'cr', 'cl', 'ca', 'phos', 'bun', 'hct', 'alb', 'ast', 'alt', 'alk', 'tbili', 'ptt', 'glu', 'ldl', 'hdl', 'tsh', 'ck',
  'trop', 'bnp', 'crp', 'esr', 'lfts', 'abg', 'vbg', 'uds', 'ua', 'neo', 'levo', 'dopa', 'dobut', 'fent', 'vanco', 'amio',
  'epi', 'norepi', 'nitro', 'bicarb', 'lytes', 'heme', 'onc', 'endo', 'neuro', 'resp', 'cardiac', 'renal', 'gi', 'gu', 'psych',
  'dispo', 'abd', 'ext', 'extrem', 'skin', 'pulm', 'cv', 'mae', 'npo', 'oob', 'cont', 'conts', 'cp', 'wo', 'hob', 'gtt',
  'fem', 'aline', 'pacer', 'cath', 'ngt', 'ogt', 'peg', 'picc', 'trach', 'vent', 'cpap', 'bipap', 'ett', 'abx', 'ivf',
  'sbp', 'dbp', 'map', 'cvp', 'svr', 'fick', 'los', 'min', 'amt', 'amts', 'lg', 'sm', 'mod', 'bs', 'nt', 'nd', 'ns', 'lr',
  'ms', 'bm', 'uo', 'ue', 'le', 'rue', 'lue', 'rle', 'lle', 'perrl', 'perrla', 'heent', 'ou', 'od', 'os', 'subject', 'study', 'trial', 'member', 'account', 'billing', 'insurance', 'primary', 'secondary', 'group', 'plate',
  'license', 'rego', 'serial', 'device', 'fingerprint', 'biometric', 'photo', 'photos', 'portal', 'message', 'questions',
  'referral', 'consult', 'service', 'services', 'department', 'dept', 'floor', 'ward', 'bed', 'transferred', 'admitted',
  'thrush', 'neice', 'cude', 'coude', 've', 'pip', 'asa', 'ntg', 'tpn', 'ppn', 'vanc', 'prop', 'mso', 'max', 'rehab', 'rpp', 'ekg', 'echo', 'mech', 'poss', 'sev', 'grav', 'rad', 'lac', 'lis', 'swan', 'ganz', 'hickman', 'meds', 'rom', 'prn', 'sob', 'doe', 'pnd',
  'practitioner', 'assistant', 'coordinator', 'director', 'technician', 'tech', 'aide', 'navigator', 'specialist',
  'remains', 'doing', 'well', 'better', 'worse', 'same', 'new', 'old', 'other', 'outside', 'records', 'record', 'faxed',
  'mychart', 'pharmacy', 'social', 'work', 'worker', 'case', 'manager', 'management', 'team', 'staff', 'covering',
  'on-call', 'oncall', 'emergency', 'medicine', 'surgery', 'cardiology', 'oncology', 'neurology', 'nephrology',
  'radiology', 'pathology', 'pediatrics', 'obstetrics', 'gynecology', 'psychiatry', 'dermatology', 'urology',
  'orthopedics', 'gastroenterology', 'pulmonology', 'endocrinology', 'rheumatology', 'hematology', 'infectious',
  'disease', 'diseases', 'critical', 'care', 'internal', 'general', 'progress', 'nursing', 'findings', 'report',
  'results', 'result', 'procedure', 'indication', 'technique', 'comparison', 'hospital', 'course', 'chief', 'complaint',
  // Specialists' titles written after a name in signatures ("Consultant Geriatrician").
  'geriatrician', 'gastroenterologist', 'rheumatologist', 'endocrinologist', 'haematologist', 'hematologist', 'urologist', 'dermatologist',
  'paediatrician', 'gynaecologist', 'gynecologist', 'ophthalmologist', 'otolaryngologist', 'anaesthetist', 'anesthetist', 'microbiologist',
  'pathologist', 'pulmonologist', 'gerontologist', 'orthopaedic', 'orthopedic', 'palliative', 'geriatric', 'houseman', 'sho', 'spr', 'fy1', 'fy2',
  // "Carte Vitale" ("IP" before an address and HL7's "SELF" are handled in capitals only: Ip and Self are surnames).
  'carte',
  // Payers, services and the word of a prior authorisation.
  'medicare', 'medicaid', 'usn', 'usaf', 'usmc', 'uscg', 'auth',
  // Holidays, and words of units and lines ("Level III NICU", "Nurse Line").
  'christmas', 'easter', 'thanksgiving', 'diwali', 'hanukkah', 'ramadan', 'level', 'line', 'dea',
  // Units and procedures a patient goes to and comes back from ("returned from angio", "back from ir").
  'angio', 'angiography', 'fluoro', 'bronch', 'bronchoscopy', 'endoscopy', 'colonoscopy', 'dialysis', 'hemodialysis',
  'haemodialysis', 'preop', 'postop', 'pre-op', 'post-op', 'stepdown', 'tele', 'telemetry', 'ltac', 'ltach', 'snf', 'mra',
  'cta', 'ctpa', 'egd', 'ercp', 'pft', 'pfts', 'eeg', 'emg', 'nucs', 'paracentesis', 'thoracentesis', 'lithotripsy',
  'triage', 'cathlab',
  // chat shorthand and the subject line's "re" ("which nguyen lol", "dr okafor re: plan").
  're', 'lol', 'pls', 'plz', 'btw', 'fyi', 'tbh', 'idk', 'omg', 'asap', 'thnx', "i'm", 'i’m', "i'd", "i've", "i'll",
]);

/** Eponyms and brand names that look like surnames: not names on their own. */
const EPONYMS = new Set(
  (
    'foley babinski parkinson alzheimer hodgkin crohn cushing graves raynaud kaposi apgar glasgow doppler holter macintosh ' +
    'valsalva heimlich trendelenburg romberg kernig brudzinski mcburney rovsing homan homans tinel phalen lachman ' +
    'mcmurray gleason braden karnofsky roux billroth pfannenstiel broviac groshong yankauer venturi dobhoff wernicke ' +
    'korsakoff broca guillain barre hashimoto sjogren huntington tourette marfan klinefelter asperger kawasaki burkitt ' +
    'wilms zenker meckel hirschsprung boerhaave reye chiari fallot ebstein eisenmenger mobitz wenckebach prinzmetal ' +
    'dressler brugada osler janeway virchow trousseau chvostek cheyne kussmaul kehr lewy creutzfeldt jakob duchenne ' +
    'gaucher niemann fabry pompe hurler menkes zollinger peutz jeghers buerger behcet wegener alport bartter gitelman ' +
    'monteggia galeazzi lisfranc bankart peyronie schlatter kienbock scheuermann sprengel klippel lindau willebrand ' +
    'glanzmann wiskott waldenstrom langerhans quervain ogilvie mirizzi courvoisier ranson balthazar alvarado spigelian ' +
    'hesselbach bochdalek morgagni toupet lugol giemsa ziehl papanicolaou mantoux tzanck nikolsky auspitz koebner epley ' +
    'hallpike lhermitte hoffmann ortolani barlow mallampati lehane aldrete cockcroft gault friedewald westergren naegele ' +
    'braxton asherman patau digeorge angelman prader rett munchausen lyme coxsackie norwalk pitocin coumadin lasix ' +
    'tylenol motrin advil zofran keflex bactrim flagyl cipro levaquin vanco zosyn ativan haldol ambien xanax valium ' +
    'norco percocet dilaudid lovenox heparin plavix lipitor zocor crestor norvasc lopressor toprol coreg lantus humalog ' +
    'novolog levemir neurontin lyrica prozac zoloft lexapro paxil celexa wellbutrin seroquel zyprexa risperdal depakote ' +
    'keppra dilantin synthroid protonix nexium prilosec pepcid colace senna miralax dulcolax ensure jevity medtronic ' +
    'tegaderm betadine xeroform kerlix bair hugger ishihara sengstaken blakemore sjögren ménière meniere behçet barré ' +
    'barthel zimmer waterlow norton rockall blatchford caprini killip nyha tinetti lawton folstein oswestry womac ' +
    'lysholm tegner schatzker gustilo frykman colles maisonneuve tillaux segond dupuytren heberden bouchard charcot ' +
    'tietze marjolin schatzki mallory plummer vinson calot hartmann whipple nissen bristol montreal ottawa'
  ).split(/\s+/),
);
/** Surnames that name clinical scales, scores, signs and manoeuvres: names of people only outside that context. */
const SCALE_NAMES = new Set(
  (
    'katz lawton mallampati braden morse glasgow apgar wells epley romberg denver epworth caprini padua geneva norton ' +
    'waterlow barthel karnofsky tinetti berg phalen tinel hallpike dix lachman mcmurray murphy mcburney rovsing homan homans ' +
    'babinski hoffmann kernig brudzinski allen finkelstein spurling trendelenburg beck hamilton zung yesavage folstein ' +
    'hoehn yahr ashworth rankin hunt hess fisher ranson alvarado centor mcisaac bishop ballard dubowitz finnegan gleason ' +
    'breslow child pugh killip forrester cormack lehane goldman aldrete apfel oswestry lysholm tegner fugl meyer ottawa ' +
    'wexner bristol rockall blatchford balthazar spetzler bosniak fazekas hinchey gustilo schatzker salter tanner ' +
    'conners vanderbilt bayley wechsler brazelton silverman hendrich lovett borg stanford binet'
  ).split(' '),
);
/** Words after a scale's name (possibly past one or two words: "Morse fall scale", "Denver developmental screening test"). */
const SCALE_HEADS = new Set(
  'score scores scored scale index class classification maneuver manoeuvre sign test criteria rule questionnaire inventory grade grading stage staging tool screen screening exam iadl iadls adl adls view position procedure assessment'.split(' '),
);
/** A fraction right before these words counts things, not a date ("2/3 blood cultures"). */
const COUNT_AFTER = /^[ \t]+(?:blood[ \t]+|sputum[ \t]+|urine[ \t]+)?(?:cultures?|bottles?|sets?|cores?|biopsies|specimens?|samples?|nodes?|lymph|vessels?|criteria|items?|domains?|lobes?|segments?|quadrants?|views?|doses?|vials?|attempts?|words?|on[ \t]+(?:the[ \t]+)?(?:mini-?cog|moca|mmse|slums|clock|recall|katz|lawton|barthel|gcs|apgar|phq|gad))\b/i;
/** A fraction right after the name of a score or test ("Mini-Cog 3/5", "Katz index 4/6", "recall 2/3"). */
const SCORE_BEFORE =
  /(?:^|[^\w-])(?:mini-?cog|moca|mmse|slums|gcs|apgar|katz|lawton|barthel|braden|morse|norton|waterlow|epworth|phq-?\d*|gad-?\d*|audit(?:-c)?|cage|ciwa(?:-ar)?|cows|rass|nihss|asia|ecog|kps|fim|tinetti|berg|clock(?:[ \t]+draw(?:ing)?)?|recall|registration|orientation|naming|attention|serial[ \t]+7s?|digit[ \t]+span|iadls?|adls?|grip|sensation|proprioception|score[ds]?|scale|index|total|subscore|screen(?:ing)?)(?:[ \t-]+(?:score|scale|index|total|iadls?|adls?|test|screen|exam|domain))?[ \t]*[:=]?[ \t]*(?:of[ \t]+)?$/i;
/** Vehicle makes: a plate often follows the make, model and state ("Honda Civic NY KLM-4521"). */
const VEHICLE_MAKES = new Set(
  'honda toyota ford chevy chevrolet nissan hyundai kia subaru mazda tesla jeep dodge bmw audi lexus volvo buick cadillac chrysler gmc mercedes volkswagen vw acura infiniti mitsubishi porsche jaguar lincoln ram fiat mini saab suzuki peugeot renault skoda vauxhall citroen'.split(' '),
);
const PLATE_AFTER_MAKE = new RegExp(
  `(?:[ \\t]+(?!(?:${STATE_ABBR})\\b)[A-Za-z][\\w-]*){0,2}(?:[ \\t]+\\(?(?:${STATE_ABBR})\\)?)?[ \\t]*(?:,[ \\t]*)?(?:(?:licen[cs]e[ \\t]+)?(?:plate|tag|reg(?:istration)?)[ \\t]*[:#]?[ \\t]*)?((?=[A-Z0-9 -]*\\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,5})(?![\\w-])`,
  'y',
);
/** Capitalized words that look like surnames but name things: vehicle makes, states, lab analytes. */
const NOT_PERSON = new Set(
  (
    'honda toyota ford chevy chevrolet nissan hyundai kia subaru mazda tesla jeep dodge bmw audi lexus volvo buick ' +
    'cadillac chrysler gmc mercedes volkswagen acura infiniti mitsubishi porsche jaguar lincoln ram fiat mini saab ' +
    'stryker depuy synthes biomet medtronic arthrex conmed hologic fresenius teleflex biotronik livanova dexcom omnipod ' +
    'pfizer moderna sanofi novartis astrazeneca gsk olympus siemens zimmer triathlon ' +
    'fleischner english spanish french italian german russian chinese mandarin cantonese portuguese arabic vietnamese ' +
    'korean japanese polish haitian creole hindi urdu bengali tagalog somali amharic greek farsi swahili hebrew yiddish'
  ).split(/\s+/),
);
/** One-word state names: not cities or people on their own. */
const STATE_WORDS = new Set([
  ...STATE_NAMES.toLowerCase().split('|').filter((n) => !n.includes(' ')),
  // Provinces, states and regions of other countries: not marked either.
  ...'ontario quebec alberta manitoba saskatchewan queensland tasmania gauteng mpumalanga limpopo maharashtra karnataka kerala gujarat rajasthan haryana bihar odisha telangana jharkhand uttarakhand chhattisgarh waikato taranaki otago southland northland'.split(' '),
]);
/** Nouns that follow an eponym ("Bell's palsy", "Foley catheter"). */
const EPONYM_HEADS = new Set(
  (
    'disease diseases syndrome sign signs palsy catheter test tests maneuver manoeuvre reflex score scale criteria ' +
    'classification fracture lymphoma sarcoma tumor tumour tube drain procedure operation repair stain phenomenon triad ' +
    'node nodes ulcer cyst esophagus position bag mask ratio formula equation index line pouch sphincter duct canal ' +
    'gland body bodies cell cells space murmur rub respiration respirations breathing collar splint boot hose stockings ' +
    'cast traction pump valve shunt anastomosis incision approach technique method type disorder deformity contracture ' +
    'encephalopathy aphasia angina hernia diverticulum membrane plexus ganglion fistula anomaly malformation disease, ' +
    'sarcoidosis thyroiditis arthritis dementia chorea dystrophy ataxia neuroma nodule nodules spots lines tear lesion ' +
    'staging stage grade protocol regimen solution'
  ).split(/\s+/),
);

/** After "AV": the words of the heart's conduction (an AV block is no avenue). */
const AV_HEART_AFTER = /^[ \t-]*(?:block|node|nodal|conduction|dissociation|delay|fistula|graft|sequential|pac(?:ing|ed)|valves?|shunt|malformation|canal|re-?entr\w*|interval)\b/i;
/** Base forms of verbs that follow a modal in clinical notes ("Will follow", "Will cont", "Will need"). */
const BASE_VERBS = new Set(['be', 'follow', 'start', 'restart', 'continue', 'cont', 'need', 'have', 'monitor', 'recheck', 'check', 'call', 'plan', 'get', 'go', 'try', 'give', 'remain', 'update', 'discuss', 'see', 'wean', 'titrate', 'consider', 'obtain', 'send', 'repeat', 'hold', 'notify', 'reassess', 'evaluate', 'keep', 'transfer', 'return', 'order', 'draw', 'require', 'discharge', 'attempt', 'increase', 'decrease', 'defer', 'change', 'add', 'stop', 'resume', 'touch', 'speak', 'talk', 'meet', 'review', 'arrange', 'schedule', 'contact', 'page', 'await', 'dc', 'd/c', 'f/u', 'observe', 'encourage', 'provide', 'assess', 'reevaluate', 'trial', 'place', 'pursue', 'not', 'also', 'likely', 'probably']);
/** Verbs that follow the name of the subject of a sentence ("Hiroshi Carter lives alone"). */
const SUBJECT_VERBS = new Set(['is', 'was', 'lives', 'lived', 'seen', 'presents', 'presented', 'reports', 'reported', 'denies', 'denied', 'states', 'stated', 'ambulated', 'ambulates', 'called', 'arrived', 'returns', 'returned', 'came', 'comes', 'has', 'had', 'underwent', 'tolerated', 'tolerates', 'consented', 'agreed', 'declined', 'refused', 'says', 'said', 'feels', 'felt', 'complains', 'admits', 'went', 'works', 'worked', 'remains', 'continues', 'smokes', 'drinks', 'uses', 'walks', 'visited', 'visits', 'expired', 'died', 'passed', 'requests', 'requested', 'wants', 'wishes', 'prefers', 'needs', 'follows', 'attends', 'attended', 'signed', 'verbalized', 'verbalizes', 'understands', 'understood', 'participated', 'participates', 'enrolled', 'transferred', 'discharged', 'admitted', 'developed', 'became', 'appears', 'appeared', 'slept', 'sleeps', 'ate', 'eats', 'resides', 'resided',
  // more verbs after a subject's name ("Trish will follow", "Maribel agrees").
  'will', 'would', 'can', 'could', 'should', 'agrees', 'plans', 'planned', 'spoke', 'speaks', 'brought', 'brings', 'knows', 'thinks', 'believes',
  'asked', 'asks', 'told', 'tells', 'confirmed', 'confirms', 'gave', 'gives', 'took', 'takes', 'drove', 'drives', 'answered', 'explained', 'expressed',
  'endorses', 'endorsed', 'voiced', 'voices', 'recalls', 'helped', 'helps', 'stays', 'stayed', 'arrives', 'left', 'leaves', 'notes', 'noted']);

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'los', 'las', 'bin', 'bint', 'binti', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'mac', 'st', 'ap', 'ben', 'bat', 'abu']);

/** Words that open town names before another town's name ("New Bedford", "North Adams", "Fort Pierce", "Port Arthur"). */
const PLACE_OPENER_WORDS = new Set('new north south east west fort port mount mt lake glen saint st. st grand upper lower old little great palm cape point long big'.split(' '));

const PLACE_PREP = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around', 'visiting', 'into', 'toward', 'towards', 'of', 'lives', 'resides', 'born', 'moved', 'via', 'through']);

/** Medical specialties: a practice is often named "<Name> Rheumatology". */
const SPECIALTY_HEADS =
  'Cardiology|Dermatology|Rheumatology|Orthop(?:a)?edics|Oncology|Neurology|Urology|Gastroenterology|Pulmonology|Endocrinology|Endocrine|Nephrology|Ophthalmology|Otolaryngology|Podiatry|Dentistry|Optometry|Physiotherapy|Physical Therapy|Chiropractic|Pain Management|Eye Care|Vision Care|Hearing Care|Women\'s Health|Imaging|Radiology|Allergy(?: (?:and|&) Asthma)?|Audiology|Fertility|Behavioral Health|Mental Health|Counseling|Counselling|Psychiatry|Pediatrics|Paediatrics|Obstetrics(?: (?:and|&) Gynecology)?|OB-?GYN|Family Medicine|Internal Medicine';
/** Heads of stop 15 (recall round places14): shops, homes and practices where a patient is seen or lives ("Hillcrest
 * Apothecary", "Northwoods Outfitters", "Cedar Bend Apartments", "Riverbend Psychiatric", "Lakeview Sleep Disorders Center").
 * All but "Women's Care" are ambiguous (AMBIGUOUS_HEADS_15): they need an uncommon or place word, or two distinctive words,
 * before them; "Therapy" needs an uncommon or place word ("Dialectical Behavior Therapy" is a treatment). */
const FACILITY_HEADS_15 = ['Aviary', 'Apothecary', 'Outfitters', 'Divers', 'Dive (?:Cent(?:er|re)|Shop)', 'Apartments', 'Apts', 'Acupuncture(?: (?:&|and) Herbs)?', 'Psychiatric', "Women's Care", 'Immunizations?', 'Therapy', 'Cent(?:er|re)'];
const AMBIGUOUS_HEADS_15 = 'aviary|apothecary|outfitters|divers|dive|apartments|apts|acupuncture|psychiatric|immunization|therapy|center|centre';
const HEADS_15_KEY = new RegExp(`^(?:${AMBIGUOUS_HEADS_15})`);
/** Label words a stop-15 head's name does not take ("Site Emory Wesley Woods Center"). */
const FACILITY_LABELS_15 = new Set(['site', 'location', 'facility', 'venue', 'place', 'unit', 'dept', 'department', 'service', 'program', 'programme']);
const FACILITY_HEAD = new RegExp(
  '(?:' +
    [
      // Bodies that run hospitals and clinics ("Leeds Teaching Hospitals NHS Trust", "Fraser Health Authority").
      'Family Health Team', 'Health Team', 'Montessori(?: School| Academy| House)?', 'Open MRI', 'Regional Health Care',
      'Health Care Facility', 'Care Facility', 'Health Station', 'Home Care', 'Occupational Health', 'Sleep Cent(?:er|re)', 'Sleep (?:Lab|Clinic|Medicine)', 'Pulmonary (?:&|and) Sleep',
      'Hospice Home', 'Biobank', 'VAMC', 'CBOC', 'Health Corporation', 'Hospital Authority', 'Drugs?(?= #[ ]?\\d)', 'ISD', 'Independent School District', 'School District',
      'Motor Inn', 'Inn', 'Motel', 'Hotel', 'Suites', 'Health Program', 'Campus', 'SNF', 'Hospice House', 'Orthodontics', 'Library', 'Family Medical', 'Occupational Medicine', 'Home Health', 'Sports Medicine', 'Cancer Genetics', 'Counseling Collective',
      'Teaching Hospitals?(?: NHS(?: Foundation)? Trust)?', 'Hospitals(?: NHS(?: Foundation)? Trust)?', 'NHS(?: Foundation)? Trust', 'Cancer Agency',
      'Health (?:(?:and|&) Social Care )?Trust', 'Health Authority', 'Health Board', 'Local Health District', 'Health District', 'Health Services?', 'Health Sciences? Cent(?:er|re)',
      "Children's Hospital", 'Rehab(?:ilitation)? Hospital', 'Hospital', 'Medical Cent(?:er|re)', 'Health Cent(?:er|re)', 'Health System', 'Health Plan', 'Health Partners', 'Health Network',
      'Clinic Pharmacy', 'Clinic', 'Infirmary', 'Ziekenhuis', 'Krankenhaus', 'Sjukhus(?:et)?', 'Sygehus', 'Sykehus(?:et)?', 'Kantonsspital', 'Spital', 'Nursing (?:and|&) Rehab(?:ilitation)? Cent(?:er|re)', 'Nursing Home', 'Nursing Facility', 'Nursing Cent(?:er|re)', 'Skilled Nursing(?: Facility| Cent(?:er|re)| Home)?',
      'Rehab(?:ilitation)? (?:and|&) Nursing(?: Cent(?:er|re)| Facility| Home)?', 'Health (?:and|&) Rehab(?:ilitation)?(?: Cent(?:er|re))?', 'Rehabilitation Cent(?:er|re)', 'Rehab Cent(?:er|re)', 'Hospice', 'Family Practice', 'Medical Practice', 'Dental Practice', 'Group Practice', 'Practice',
      'Dental (?:Cent(?:er|re)|Office|Specialists|Surgery|Studio)', 'Urgent Care', 'Surgery Cent(?:er|re)', 'Surgical Cent(?:er|re)', 'Cancer Cent(?:er|re)', 'Care Cent(?:er|re)', 'Care Home', 'Rest Home', 'Residential Home', 'Group Home', 'Funeral Home', 'Funeral Services?', 'Funeral Chapel', 'Mortuary',
      'Assisted Living', 'Healthcare', 'Health Care', 'Medical Group', 'Medical Associates', 'Physicians Group', 'Physicians', 'Sanatorium', 'Dialysis Cent(?:er|re)',
      'Pharmacy', 'Health', 'Memorial', 'Medical Plaza', 'Associates', 'Retirement Home', 'Senior Living', 'Manor', 'Surgery',
      'Institute', 'Laborator(?:y|ies)', 'Labs?', 'Diagnostics', 'Learning Cent(?:er|re)', 'Child ?[Cc]are Cent(?:er|re)', 'Day ?[Cc]are', 'Preschool', 'Nursery', 'School', 'Academy',
      'Partners', 'Shopping Cent(?:er|re)', 'Mall', 'Alliance', 'Coalition', 'Foundation', 'Shelter', 'Ministries', SPECIALTY_HEADS,
      'Correctional (?:Facility|Cent(?:er|re)|Institution|Complex)', 'Detention (?:Facility|Cent(?:er|re))', 'Prison', 'Jail', 'Penitentiary',
      'Dialysis(?: Unit| Clinic| Services)?', 'Rehab(?:ilitation)?', 'Church', 'Chapel', 'Cathedral', 'Mosque', 'Temple', 'Synagogue', 'Lodge', 'Village', 'Cemetery',
      'Hostel', 'Care Facility', 'Aged Care', 'Polyclinic', 'Dispensary', 'Convalescent (?:Home|Cent(?:er|re))', 'Residential Care', 'Living Cent(?:er|re)',
      '(?:Treatment|Recovery|Crisis|Senior|Wellness|Birth(?:ing)?|Community Health|Health (?:and|&) Wellness) Cent(?:er|re)',
      'Elementary(?: School)?', 'College', 'University', '(?:Mobile Home|Caravan|Trailer|RV|Holiday) Park',
      // Public safety, event, worship, birth, limb-fitting and home-infusion sites ('Tamarack Fire District', 'Eastgate Armory',
      // 'St. Casimir Parish Hall', 'Sweetwater Midwifery', 'Bayside Home Infusion', 'Ashbury Adult Day Center').
      'Fire (?:District|Department|Dept|Station|Rescue|Hall|Protection District)', 'Armory', 'Parish Hall', 'Basilica', 'Midwifery', 'Orthotics(?: (?:and|&) Prosthetics)?', 'Prosthetics',
      'Home Infusion', 'Infusion (?:Services?|Cent(?:er|re)|Suite)', 'Adult Day(?: (?:Cent(?:er|re)|Care|Health|Program|Services))?', '(?:Senior|Junior) High(?: School)?', 'High School', 'Middle School', '(?:Transit|Rec|Recreation|Blood|Stroke|Bariatric|Youth|Civic|Aquatic|Family Resource|Family) Cent(?:er|re)', 'Chapter House', 'Resort', 'Regional Behavioral', '(?:Herb|Barber|Coffee|Tire|Pawn|Repair|Body|Gift|Thrift|Vape|Smoke|Liquor|Donut|Print|Bike|Auto|Pet|Flower|Nail) Shop',
      ...FACILITY_HEADS_15,
    ].join('|') +
    ')(?:[ \\t]+(?:Group|Associates|Partners|Network|Specialists|Consultants|Collective|LLC|Inc|PC|PLLC|Ltd))?\\b',
  'iy',
);
const FACILITY_OF = /[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z'-]+){0,3}/y;
const WEAK_FACILITY_HEAD = new Set(['health', 'pharmacy', 'memorial', 'associates', 'physicians', 'manor', 'pediatrics', 'healthcare', 'health care']);
/** Heads that also name departments or things ("General Surgery", "Cath Lab", "Private Practice"):
 * they need an uncommon distinctive word, a place name, or two distinctive words. */
const AMBIGUOUS_FACILITY_HEAD = new RegExp(`^(?:(?:village|lodge|chapel|temple|rehab(?:ilitation)?|dialysis|cemetery|hostel|jail|college|university|elementary)(?:$|\\s+(?:group|associates|partners|network|specialists|consultants|llc|inc|pc|pllc|ltd)$)|(?:surgery|practice|institute|laborator(?:y|ies)|labs?|diagnostics|school|academy|nursery|partners|mall|alliance|coalition|foundation|shelter|ministries|fire|armory|parish hall|basilica|midwifery|orthotics|prosthetics|home infusion|infusion|adult day|senior high|junior high|high school|middle school|transit|rec|recreation|blood|stroke|bariatric|youth|civic|aquatic|family resource|family cent|chapter house|resort|herb shop|barber shop|coffee shop|tire shop|pawn shop|repair shop|body shop|gift shop|thrift shop|vape shop|smoke shop|liquor shop|donut shop|print shop|bike shop|auto shop|pet shop|flower shop|nail shop|${AMBIGUOUS_HEADS_15}|${SPECIALTY_HEADS.toLowerCase()})(?:\\s|$))`);
/** First words of facility heads that count only capitalized (in lower case they are everyday words). */
const FACILITY_FIRST_CAPITALIZED = new Set('hospitals teaching nhs local montessori open regional praxis cabinet klinikum station occupational sleep pulmonary biobank vamc cboc corporation authority drug isd independent campus snf motor inn motel hotel suites orthodontics library home sports genetics counseling fire armory parish basilica midwifery orthotics prosthetics adult infusion transit rec recreation blood stroke bariatric youth civic aquatic drugs chapter resort junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre'.split(' '));
/** First words of facility heads that are everyday words in any case but title case ("BLOOD", "high", "Tire Shop"). */
const FACILITY_FIRST_TITLE = new Set('fire parish adult infusion transit rec recreation blood stroke youth civic drugs chapter resort junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail studio aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre'.split(' '));
/** Facility heads that name a place even typed in lower case after a capitalized name. */
const LOWER_FACILITY_HEAD = /^(?:nursing (?:home|facility|cent(?:er|re))|care home|assisted living|rest home|group home|funeral home|skilled nursing(?: facility)?|rehab(?:ilitation)? (?:cent(?:er|re)|facility|hospital)|retirement home|senior living|hospice)$/i;
/** Heads specific enough that a short upper-case abbreviation before them names a place ("UAB Hospital"). */
const STRONG_FACILITY_HEAD = /^(?:hospital|medical cent|health system|children's hospital|infirmary)/i;
/** Spanish (and other head-first) facility names: "Clínica del Valle", "Hospital San Rafael". */
const FACILITY_HEAD_FIRST =
  /(?:Cl[ií]nica|Policl[ií]nica|Sanatorio|Consultorio|Centro (?:M[eé]dico|de Salud)|Hospital(?= (?:del?|de la|de los|San|Santa|Santo|General de|Universitario|Universitari|Regional de|Angeles|Ángeles|Civil|Militar|Infantil|Materno)\b)|University Hospital(?= [A-Z][a-z]+(?:[ \t]*[,.;\n]|[ \t]+[a-z]|$))|Praxis(?: Dr\.(?: med\.)?)?|Cabinet M[ée]dical(?: des| du| de la| de)?|Klinikum(?: der| des)?|Clinique|(?:Tandarts(?:en)?|Huisarts(?:en)?|Fysiotherapie)praktijk|Masjid(?: (?:al|an|ar|as|at|ad|el|ul)-\p{Lu}[\p{L}'-]+)?(?: of)?|Gurdwara(?: Sahib)?(?: of)?|Mandir(?: of)?|Studio (?:Odontoiatrico|Dentistico|Medico)(?: Associato)?|H[ôo]pital|CHU|CHUM|CLSC|Centre [Hh]ospitalier(?: [Uu]niversitaire)?)(?: (?:del|de la|de los|de las|de|du|des|San|Santa|Santo|Saint|Sainte|St|Ste|Nuestra Señora de|Notre-Dame de))? [A-ZÁÉÍÓÚÑ][\p{L}'-]+(?: (?:(?:de|del|du|des|di|della|do|da|dos|das)(?: la| los| las)? |& )?[A-ZÁÉÍÓÚÑ][\p{L}'-]+){0,3}/uy;
const FACILITY_GENERIC = new Set(
  (
    'general community regional medical memorial university county city state national public mental childrens ' +
    "children's women's womens family primary urgent emergency care health surgical surgery cardiology oncology " +
    'cancer heart vascular dialysis wound eye dental pediatric pediatrics internal medicine rehabilitation rehab ' +
    'behavioral outpatient inpatient the va veterans main our your this that same local outside new old his her their ' +
    'a an its sleep pain fertility orthopedic orthopaedic spine womens mens skilled nursing long term acute specialty specialist specialists ' +
    'teaching academic infusion transplant psychiatric neurology diabetes endocrine kidney renal liver lung pulmonary ' +
    'allergy immunology travel student employee occupational sports vein breast imaging radiology lab laboratory ' +
    'clinic hospital center centre and private free anticoagulation coumadin warfarin lipid hypertension heart failure ' +
    'device arrhythmia pacemaker walk-in walk in retail bariatric thoracic cardiothoracic colorectal plastic hand trauma ' +
    'hepatobiliary maxillofacial oral spinal paediatric day ambulatory minor major robotic laparoscopic cosmetic ' +
    'reconstructive foot ankle podiatric ophthalmic retinal cataract refractive laser reference clinical microbiology ' +
    'molecular genetics genetic genomic diagnostic reproductive research core stat central cath echo vascular ' +
    'neuro cardiac cardiovascular ent eye ear nose throat head neck cardio gi endoscopy hearing vision dermatology ' +
    'interventional invasive noninvasive non-invasive sleep monitor monitoring baptist methodist catholic lutheran presbyterian ' +
    'episcopal pentecostal anglican evangelical adventist orthodox first united federal correctional detention'
  ).split(/\s+/),
);
const FUNCTION_WORDS = new Set([
  'to', 'at', 'from', 'the', 'in', 'of', 'and', 'or', 'for', 'with', 'by', 'on', 'a', 'an', 'into', 'via', 'per', 'was', 'is',
  'were', 'transferred', 'admitted', 'seen', 'arrived', 'discharged', 'went', 'consulted', 'called', 'contacted', 'notified',
  'sent', 'referred', 'spoke', 'consult', 'consults', 'appreciate', 'recommend', 'recommends', 'discussed', 'faxed', 'paged',
  'continue', 'started', 'follow', 'followed', 'see', 'saw', 'visit', 'visited', 'call', 'contact', 'ask', 'asked',
]);

/** A unit written before the street number ("Apt 4C, ", "Flat 3, "). */
const UNIT_BEFORE = /(?<![\w-])(?:(?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Level|Lvl|Floor|Shop|Villa|Townhouse|Block|Bldg|Building)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}(?:[ \t]*,?[ \t]*|\/)|\d{1,4}[A-Za-z]?\/)$/i;
/** Before a UK postcode: optional "<Name> Road, " then the town ("Wexcombe Road, Salisbury "). */
const TOWN_BEFORE_POSTCODE = new RegExp(
  `(?:^|[\\n,;:(]|[ \\t]{2}|\\b(?:in|at|from|near|to|of)[ \\t])[ \\t]*((?:\\d{1,5}[A-Za-z]?[ \\t]+)?(?:[A-Z][\\p{L}'-]+[ \\t]+){1,3}(?:${STREET_SUFFIX})\\.?[ \\t]*,[ \\t]*)?([A-Z][\\p{L}'-]+(?:[ -](?:upon[ -]|on[ -]|under[ -]|le[ -]|of[ ])?[A-Z][\\p{L}'-]+){0,2})(,?[ \\t]*)$`,
  'du',
);
/** ", Santa Ana 92703" right after a street address. */
const CITY_ZIP_AFTER = /^[ \t]*,[ \t]*((?:[A-Z][\p{L}'.-]*(?:[ \t]+[A-Z][\p{L}'.-]*){0,2})|(?:[a-z][a-z'.-]*(?:[ \t]+[a-z][a-z'.-]*){0,2}))[ \t]*,?[ \t]+(\d{5}(?:-\d{4})?)(?![\w-])/du;
/** Last words of a street or place name after "on", "near"... (see RE.streetName). */
const STREETNAME_SUFFIX = new Set(
  'street avenue road boulevard drive lane court place terrace parkway highway turnpike pike park gardens square plaza mall station airport beach stadium bridge pier marina st ave rd blvd ln dr ct pl ter hwy pkwy'.split(' '),
);
/** "lives on maple " before a lower-case street suffix. */
const LOWER_STREET_BEFORE = /\b(?:lives?|living|lived|resides?|residing|staying|stays|stayed|moved|moving|house|home|apartment|apt|flat)[ \t]+(?:on|off|at)[ \t]+((?:[a-z][a-z'-]*[ \t]+){1,3})$/;
/** Words that open a street name in other languages ("ul. Lipowa", "Calle Mayor", "Via Roma"). */
const STREET_FIRST_WORDS = new Set('ul ulica al aleja os pl plac calle c avenida avda av rua rue via viale corso piazza largo strada allee allée avenue boulevard bd chemin impasse quai paseo calzada carrer rambla praca praça travessa estrada'.split(' '));
/** Pharmacy and store chains: with a store number they name a place. */
const STORE_CHAINS = new Set(
  'walgreens cvs rite aid walmart wal-mart kroger costco safeway publix target boots superdrug lloydspharmacy duane reade meijer heb h-e-b wegmans albertsons osco giant eagle hy-vee winn-dixie dollar general family dollar sams walgreen'.split(' '),
);
/** ", Lyon." right after a street address. */
const CITY_AFTER = /^[ \t]*,[ \t]*([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2})(?=[ \t]*(?:[.,;)\n]|$))/du;
/** A town alone on the next line (with a postcode at most). */
const PLACE_LINE = /^[ \t]*,?[ \t]*\r?\n[ \t]*([A-Z][\p{L}'.]+(?:[ -][A-Z][\p{L}'.]+){0,2})[ \t]*,?[ \t]*(?:[A-Z0-9]{2,4}[ ]?[A-Z0-9]{3}|\d{4,6})?[ \t]*(?=\r?\n|$)/u;
/** Dates and numbers spelled out in dictation: "the fourth of March nineteen thirty-two", "MRN four four seven one...". */
const ORD_WORD =
  '(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TENS_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[- ]${UNIT_WORD})`;
const YEAR_WORDS = `(?:nineteen[- ](?:hundred(?:[- ]and)?[- ])?${TENS_WORD}|two[- ]thousand(?:(?:[- ]and)?[- ](?:${TENS_WORD}|${UNIT_WORD}))?|twenty[- ]${TENS_WORD})`;
const FULL_MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
/** "(the) fourth of " before a month name; group 1 is "the ", left out of the span. */
const ORD_OF_BEFORE = new RegExp(`\\b(the[ \\t]+)?${ORD_WORD}[ \\t]+of[ \\t]+$`, 'i');
const ORD_AFTER = new RegExp(`[ \\t]+(?:the[ \\t]+)?${ORD_WORD}\\b`, 'iy');
const YEAR_AFTER_WORDS = new RegExp(`,?[ \\t]+(?:${YEAR_WORDS}|(?:19|20)\\d{2})\\b`, 'iy');
const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** Four or more digits spoken one by one after an identifier's label. */
const SPOKEN_ID = new RegExp(`[ \\t]*(?:is|was|number|no\\.?|#|:)?[ \\t]*(?:is[ \\t]+)?(${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){3,15})\\b`, 'iy');

/** Irish counties, written "Co. Kerry" or "County Kerry" (the word "Co." stays inside the span). */
const IRISH_COUNTIES =
  'Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Londonderry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow';
const IRISH_COUNTY = new RegExp(`\\b(?:Co\\.?|County|CO\\.?|COUNTY)[ \\t]+(?:${IRISH_COUNTIES}|${IRISH_COUNTIES.toUpperCase()})\\b`, 'g');
/** Irish Eircodes ("V95 XK42", "D6W 1234"): a routing key, then four letters and digits. */
const EIRCODE = /(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\w-])/y;
/** States and union territories of India: a 6-digit PIN code after them is a place. */
const INDIAN_STATES =
  'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Jammu and Kashmir|Ladakh|Puducherry|Chandigarh';
/** Regions of New Zealand and provinces of South Africa: a 4-digit postcode after them is a place. */
const REGIONS_4 =
  "Northland|Auckland|Waikato|Bay of Plenty|Gisborne|Hawke's Bay|Taranaki|Manawatu-Whanganui|Manawatu|Wellington|Tasman|Nelson|Marlborough|West Coast|Canterbury|Otago|Southland|Gauteng|KwaZulu-Natal|KZN|Western Cape|Eastern Cape|Northern Cape|Free State|Limpopo|Mpumalanga|North West";
/** "Maharashtra 411038", "Bay of Plenty 3110", "Gauteng, 2196": a postcode after a region (the region itself is not marked). */
const STATE_BEFORE_PIN = new RegExp(`\\b(?:${INDIAN_STATES})[ \\t]*[,–-]?[ \\t]*$`);
const REGION_BEFORE_POST4 = new RegExp(`\\b(?:${REGIONS_4})[ \\t]*,?[ \\t]*$`);
const REGION_WORDS = new Set(`${INDIAN_STATES}|${REGIONS_4}`.toLowerCase().split('|'));
/** "PIN 411038", "Pincode: 560001". */
const PIN_BEFORE = /\b(?:PIN|Pin|pin)[ \t]*(?:code|Code|CODE)?[ \t]*[:#-]?[ \t]*$/;
/** Address lines after a label: "Address: Knocknacarra, Galway", "Residence: Salt Lake, Kolkata 700091". */
const ADDRESS_LINE =
  /(?:(?:home|mailing|postal|residential|permanent|current|usual|street|patient'?s?|pt'?s?|present|correspondence)[ \t]+)?(?:address(?:[ \t]+line[ \t]*\d?)?|addr\.?|residence|home|lives|living|city(?:\/town)?|town(?:\/city)?|suburb|locality|village|hometown|birthplace|place[ \t]+of[ \t]+(?:birth|residence|death)|born[ \t]+in|residing[ \t]+at|county|parish|borough|district)[ \t]*[:\-–][ \t]*([^\n]{3,160})/iy;
/** Last words of building names in an address ("Ashcombe House"). */
/** Heads of named buildings and wings, anywhere in the text ("the Whitcombe Pavilion", "Lister Wing"). */
const BUILDING_HEADS = new Set('pavilion pavillion wing tower towers building annex annexe house hall'.split(' '));
/** ", 20121 Milano", ", 1017 GC Amsterdam", ", 1100-053 Lisboa", ", 111 34 Stockholm", ", 80-123 Gdańsk", ", A-1010 Wien". */
const POSTCODE_TOWN_AFTER = /^(?:[ \t]*,|[ \t]+[-–])[ \t]*((?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}[ ]?[A-Z]{2}|\d{4}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}))[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ -](?!(?:Tel|Fax|Phone|Ph|Email|Mob|Mobile|Telefon|Tél|Tlf)\b)(?:\p{Lu}\p{Ll}[\p{L}'’]*|am|an|de|la|le|sur|sous|del|di|im|bei))*)(?=[ \t]*(?:[,.;)(\n]|$|[A-Z]{2}\b|(?:Tel|Fax|Phone|Ph|Email|E-mail|Mob|Mobile|Telefon|Tél|Tlf)\b))/u;
/** "12 Rue des Lilas, 69003 Lyon": the postcode inside the street's span, the town after it. */
const TOWN_AFTER_CODE = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ -](?!(?:Tel|Fax|Phone|Ph|Email|Mob|Mobile|Telefon|Tél|Tlf)\b)(?:\p{Lu}\p{Ll}[\p{L}'’]*|am|an|de|la|le|sur|sous|del|di|im|bei))*)(?=[ \t]*(?:[,.;)(\n]|$|[A-Z]{2}\b|(?:Tel|Fax|Phone|Ph|Email|E-mail|Mob|Mobile|Telefon|Tél|Tlf)\b))/u;
/** An address part right before a place, separated by a comma: flat, plot, house or sector numbers, "3rd Cross",
 * a building or a road ("Sunrise Apartments", "MG Road"). */
const ADDRESS_PART_BEFORE =
  /(?:^|[,;:][ \t]*|[ \t]{2,})((?:(?:Flat|Plot|House|Door|H\.?[ ]?No|No|Unit|Apt|Apartment|Suite|Sector|Block|Phase|Shop|Villa|Lot|Bldg|Building|Tower|Floor|Stage)\.?[ \t]*[#:]?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?(?:[\/-]\d{1,5}[A-Za-z]?)?|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Floor|Block|Stage|Phase|Sector)(?:[ \t]+(?:Road|Rd|Street|St))?|(?:\p{Lu}[\p{L}'.-]*[ \t]+){1,3}(?:Road|Rd|Marg|Nagar|Layout|Colony|Apartments|Residency|Enclave|Complex|Salai|Chowk|Bagh|Puram|Vihar|Extension|Extn|Estate|Heights|Mansions|Villas|Towers|Arcade|Plaza|Mall|Building|Bldg|Court|Centre)))[ \t]*,[ \t]*$/u;
/** Streets of Romance languages that open with their kind ("rue des Lilas", "avenue Foch", "calle Mayor"), in lower case. */
const STREET_KIND_FIRST = /^(?:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|impasse|place|quai|cours|route|via|viale|piazza|calle|avenida|rua|travessa)[ \t]/;
/** A house number alone before a comma at the start of a line or after a label ("12, ", "8 bis, "). */
const HOUSE_NUMBER_COMMA_BEFORE = /(?:^|[;:][ \t]*|[ \t]{2,})(\d{1,4}(?:[ \t]?(?:bis|ter|quater|[A-Z]))?)[ \t]*,[ \t]*$/;
/** Postcodes alone on a line of an address block (UK, Canada, Ireland, Brazil, Portugal, Poland, Sweden, 4-6 digits). */
const BLOCK_POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4,6}|\d{5}-\d{4})$/;
/** "34117 Kassel", "Whakatane 3120", "Bondi Beach NSW 2026", "Ashbury OH 43001". */
const BLOCK_CODE_TOWN = /^(?:((?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{4}[ ]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{5}-\d{3}))[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|am|an|del|do|da|dos))*)|(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|am|an|del|do|da|dos))*?)[ \t]*,?[ \t]+((?:\d{4,6}|\d{5}-\d{3,4}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)))$/u;
/** A town or county line: capitalized words ("Little Snoring", "Co. Westmeath", "Stoke-on-Trent"). */
const BLOCK_TOWN = /^(?:Co\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|upon|on|in|am|an|del|do|da|dos|the)){0,3}$/u;
/** A flat, unit or building line ("Apt 4", "Appartement 12", "Flat 3", "Riverside Court"). */
const BLOCK_UNIT_LINE = /^(?:(?:Flat|Apt|Apartment|Appartement|Apartamento|Apto|Unit|Suite|Ste|Level|Floor|Room|Block|Lot|Plot|House|Door|No|Wohnung|Whg|Piso|Bâtiment|Bat)\.?[ \t]*#?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?(?:[ \t]*,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})?|(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}(?:Court|House|Mansions|Lodge|Apartments|Tower|Towers|Building|Cottage|Farm|Hall|Flats|Villas|Residency|Heights|Chambers|Estate))$/u;
/** A street line of other countries: "8, avenue des Tilleuls", "21, Residency Road", "Rua das Flores, 250 - apto 31". */
const BLOCK_STREET_LINE = /^(?:\d{1,5}[A-Za-z]?(?:bis|ter)?,?[ \t]+(?:(?:rue|avenue|av\.?|boulevard|bd|chemin|allée|place|impasse|quai|route|via|viale|piazza|corso|calle|avenida|avda\.?|paseo|rua|travessa|largo|ul\.?|ulica)\b|\p{Lu}[\p{L}'’.-]*[ \t]+(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Marg|Nagar|Layout|Colony|Salai|Drive|Dr|Way|Close|Crescent|Place|Terrace|Parade|Grove|Gardens)\b)|(?:rue|avenue|boulevard|chemin|via|viale|calle|avenida|rua|travessa|ul\.?)[ \t]+[^\n]{2,30}?,?[ \t]+\d{1,5}\b)[^\n]{0,30}$/iu;
/** Lines that end an address block: salutations, subjects, names with titles, sign-offs. */
const BLOCK_STOP = /^(?:dear|re\b|ref\b|attn|attention|subject|yours|thank|thanks|regards|sincerely|dr\.?\s|mr\.?\s|mrs\.?\s|ms\.?\s|miss\s|prof\.?\s|patient|name|dob|date|tel|phone|fax|email|to\b|from\b|cc\b|urgent|confidential|private)/i;
/** A facility named after a label of its kind ("Dialysis unit: Fresenius Kidney Care North Ridge", "Audiology:
 * Beltone Hearing Center", "Referring facility: ..."): the capitalized words after it. */
const FACILITY_LABELLED = /(?:dialysis(?:[ \t]+(?:unit|cent(?:er|re)|clinic|facility|provider))?|pharmacy|sleep[ \t]+(?:lab|cent(?:er|re)|clinic)|dental[ \t]+(?:practice|office|clinic)|gp[ \t]+(?:practice|surgery)|care[ \t]+home|nursing[ \t]+home|snf|alf|ltc|ltcf|placement|discharge[ \t]+(?:destination|location)|transferred[ \t]+(?:from|to)|transfer[ \t]+(?:from|to)|referring[ \t]+(?:facility|hospital|practice|clinic)|receiving[ \t]+(?:facility|hospital)|place[ \t]+of[ \t]+service|home[ \t]+health(?:[ \t]+agency)?|dme[ \t]+(?:supplier|vendor|company|provider)|imaging[ \t]+(?:cent(?:er|re)|facility|site)|performing[ \t]+(?:lab|laboratory|site|facility)|hearing[ \t]+aid[ \t]+(?:provider|dispenser))[ \t]*:[ \t]*((?:The[ \t]+)?\p{Lu}[\p{L}'’&.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&|for|at|on|de|du|la)){0,6})/iuy;
/** The first three letters of the labels of FACILITY_LABELLED (a cheap test at each line start). */
const FACILITY_LABEL_PREFIXES = new Set(
  'dia pha sle den gp_ car nur snf alf ltc pla dis tra ref rec hom dme ima per hea'
    .split(' ')
    .map((w) => w.replace('_', ' '))
    .map((w) => ((w.charCodeAt(0) | 32) << 16) | ((w.charCodeAt(1) | 32) << 8) | (w.charCodeAt(2) | 32)),
);
/** A vehicle on the line before a bare registration label. */
const VEHICLE_CONTEXT = new RegExp(`\\b(?:car|vehicle|truck|van|suv|motorcycle|motorbike|moped|scooter|pickup|sedan|hatchback|drives|driving|parked|${[...VEHICLE_MAKES].filter((w) => !/^(?:gmc|mini|ram|lincoln)$/.test(w)).join('|')})\\b[^\\n]*$`, 'i');
/** Separators before a Roman month ("12.IV.1931", "12/III/2024"): a cheap test before RE.dRoman. */
/** "12-Mar", "3-SEPT": a day and a month in one token. */
/** After the place of a dateline: a comma, then a date ("Madrid, 3 de abril", "Lyon, le 3 avril", "Leeds, 4th March"). */
const DATELINE_AFTER = /^,[ \t]*(?:(?:le|the|den|am|el)[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th|er|\.)?[ \t.\/-]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/** "al-Harbi", "el-Sayed": an Arabic article or patronymic joined to a capitalized name by a hyphen. */
function arabicPrefixed(w: string): boolean {
  return w.length > 4 && /^(?:al|el|ad|as|ash|at|az|abu|ibn|bin|ben|ould)-\p{Lu}/u.test(w);
}
/** Suffixes of Japanese and Korean districts and towns ("Setagaya-ku", "Songpa-gu", "Yeoksam-dong"), and of Korean roads
 * ("Dosan-daero", "Hakdong-ro 5-gil"), as regular-expression alternations. */
const DISTRICT_SUFFIXES = 'ku|shi|gun|cho|machi|gu|dong|eup|myeon';
const ROAD_SUFFIXES = 'ro|gil|daero';
/** The suffixes of Japanese and Korean address parts that ADDRESS_PARTS reads ("Setagaya-ku", "Songpa-gu", "Dosan-daero"). */
const ASIAN_ADDRESS_SUFFIX_SET = new Set(`${DISTRICT_SUFFIXES}|${ROAD_SUFFIXES}`.split('|'));

/**
 * The gate of ADDRESS_PARTS: a hyphen and then one of its suffixes as a whole word ("Songpa-gu,", "Hakdong-ro 5-gil"; "CT-guided"
 * does not open it). The same test as `/-(?:ku|shi|...)\b/` written as a walk from hyphen to hyphen: that regular expression cost
 * about 1.4% of the nursing notes' time, as every note has hyphens.
 */
function hasAsianAddressSuffix(v: string): boolean {
  const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  for (let i = v.indexOf('-'); i >= 0; i = v.indexOf('-', i + 1)) {
    let j = i + 1;
    // (A word character as `\b` reads one: ASCII letters, digits and the underscore.)
    while (j < v.length && j - i <= 6 && isAsciiWordCode(v.charCodeAt(j))) j++;
    if (j - i >= 3 && j - i <= 6 && (j === v.length || !isAsciiWordCode(v.charCodeAt(j))) && ASIAN_ADDRESS_SUFFIX_SET.has(v.slice(i + 1, j))) return true;
  }
  return false;
}
/** Parts of addresses of other countries: a barangay, colonia or bairro ("Brgy. Talon Dos", "Col. Roma Norte" after a
 * comma), a Japanese ward or city ("Setagaya-ku"), a Japanese block number and district ("2-14-7 Kitazawa"), and
 * "<Name> City" after a comma ("Las Pinas City"). */
const ADDRESS_PARTS = new RegExp(String.raw`(?:\b(?:Brgy\.?|Barangay|Bairro|Colonia|Fracc\.)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|(?<=,[ \t]*)(?:Col\.[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}(?=[ \t]*,)|\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+)?[ \t]+City\b)|\b\p{Lu}[a-z]+-(?:${DISTRICT_SUFFIXES})\b|(?<![\w-])(?:\d{1,2}F,[ \t]*)?\d{1,4}(?:-\d{1,4})?[ \t]+\p{Lu}[a-z]+-(?:${ROAD_SUFFIXES})(?:[ \t]+\d{1,3}(?:beon)?-gil)?\b|(?<=-(?:ku|shi|cho|machi|gun)\b[^\n]{0,40}[ \t])\d{3}-\d{4}(?![\w-])|(?<![\w-])\d{1,2}-\d{1,2}-\d{1,3}[ \t]+\p{Lu}[a-z]+(?=[ \t]*,))`, 'gu');
/** A unit after a street line of another country: ", int. 4", ", apto 72", ", app. 6", ", piso 3". */
/** Up to three units after a street line, of several countries: 'int. 4', 'apto 72', 'scala B', 'conj. 42', Spanish floors and
 * doors ('2o B', '3º izq.'), German floors ('Seitenfluegel 3. OG', '2. Stock'). */
const UNIT_AFTER = /^(?:,[ \t]*(?:(?:int\.?|interior|interno|apto\.?|apt\.?|app\.?|dpto\.?|depto\.?|piso|flat|unit|scala|sc\.|escalera|esc\.|puerta|pta\.|conj\.?|conjunto|bloco|bl\.|andar|sala|torre|piano|b[aâ]t\.?|porte)[ \t]*#?[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])|\d{1,2}[oºª°][ \t]*(?:[A-Z]|\d{1,2}[ªa]?|izq(?:da)?\.?|dcha\.?|der(?:echa)?\.?)|(?:[A-Z][a-zäöü]+[ \t]+)?\d{1,2}\.[ \t]*(?:OG|Stock|Etage|UG|DG))(?:[ \t]*(?:izq|der|dcha)\.?)?(?![\w-])){1,3}/i;
/** The addresses of code systems and terminologies. */
const TERMINOLOGY_URL = /^https?:\/\/(?:(?:terminology\.)?hl7\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|www\.nlm\.nih\.gov\/research\/umls|www\.whocc\.no|www\.ama-assn\.org\/go\/cpt|id\.who\.int)(?:[\/?#]|$)/i;
/** The defendant in a criminal case's caption. */
const CAPTION_DEFENDANT = /\b(?:People|State|Commonwealth|United[ \t]+States|Crown|R)[ \t]+vs?\.?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** A relative right before (a family history: "father MI", "Mother CVA"). */
const KIN_BEFORE = /\b(?:father|mother|brother|sister|son|daughter|aunt|uncle|grand(?:father|mother|ma|pa)|cousin|sibling|mom|dad|mum|parents?|fhx|fh)[ \t]+$/i;
/** A weekday written short. */
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;
/** A street that ends with a road word ("County Road", "Old Hwy"): its number may follow (see addressTails). */
const ROAD_END = /\b(?:Road|Rd|Highway|Hwy|Route|Rte|FM|CR|SR)\.?$/;
/** A road's number after it, then a lot, unit or space ("1250", "41 Lot 17"), not a quantity. */
const ROAD_NUMBER_AFTER = /^[ \t]+\d{1,5}[A-Z]?(?:[ \t]+(?:Lot|Unit|Trlr|Trailer|Space|Spc|Box)[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6})?(?![\w-]|[ \t]*(?:mg|kg|lbs?|mi|miles|km|ft|feet|yards|min|minutes|%)\b)/;
/** Military mail: "PSC 482 Box 1873", "Unit 3050 Box 215", "CMR 480 Box 12". */
const MILITARY_BOX = /\b(?:PSC|CMR|Unit|OMC)[ \t]+\d{2,5},?[ \t]+Box[ \t]+\d{1,5}\b/g;
/** The ZIP code of military mail: "APO AE 09096", "FPO AP 96362". */
const MILITARY_ZIP = /\b(?:APO|FPO|DPO)[ \t]+(?:AE|AP|AA)[ \t]+(\d{5}(?:-\d{4})?)\b/g;
/** "19APR2025", "3Jan24": a day, a month's abbreviation and a year in one token. */
const COMPACT_DMY = /^(?:0?[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:19|20)?\d{2}$/;
const DAY_MON_TOKEN = /^(?:0?[1-9]|[12]\d|3[01])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)$/;
/** The token before an age in "She's 96", "i'm 91", "I am 93", "who's 94" (possessive "'s" stripped). */
const FIRST_PERSON_PREV = new Set(['she', 'he', 'shes', 'hes', "i'm", 'i’m', 'im', 'am', 'who', 'whos', "who's"]);
/** Words of findings and plans, never of a facility's name. */
const FINDING_WORDS = new Set('normal abnormal mild moderate severe profound bilateral bilaterally left right negative positive stable pending none intact loss declined refused unknown not no yes see as per'.split(' '));
/** Military bases, ports and mountains named like a person: "Fort Bragg", "Camp Pendleton". */
const FORT_LIKE = /^(?:Fort|Ft\.?|Camp|Port|Mount|Mt\.?|Lake|Cape)[ \t]+\p{Lu}/u;
const BUILDING_WORDS = new Set('house court mansions lodge apartments tower towers building block villas cottage farm hall flats chambers'.split(' '));
/** The first three letters of the labels of ADDRESS_LINE (a cheap test at each line start). */
const ADDRESS_PREFIXES = new Set(
  "home mailing postal residential permanent current usual street patient pt pt' present correspondence address addr residence lives living city town suburb locality village hometown birthplace place born residing county parish borough district"
    .split(' ')
    .map((w) => ((w.charCodeAt(0) | 32) << 16) | ((w.charCodeAt(1) | 32) << 8) | (w.charCodeAt(2) | 32)),
);

/** Australian states and territories with the ranges of their 4-digit postcodes. */
const AU_STATES = new Map<string, [number, number][]>([
  ['NSW', [[1000, 2599], [2619, 2899], [2921, 2999]]],
  ['ACT', [[200, 299], [2600, 2618], [2900, 2920]]],
  ['VIC', [[3000, 3999], [8000, 8999]]],
  ['QLD', [[4000, 4999], [9000, 9999]]],
  ['SA', [[5000, 5999]]],
  ['WA', [[6000, 6999]]],
  ['TAS', [[7000, 7999]]],
  ['NT', [[800, 999]]],
]);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT PQ'.split(' '));
/** "Toronto, " before a province abbreviation. */
const CITY_BEFORE_PROVINCE = /([A-Z][\p{L}'.-]+(?:[ -][A-Z][\p{L}'.-]+){0,2}),?[ \t]+$/u;
const LIVING_PREPS = new Set(['in', 'to', 'from', 'near', 'at', 'outside']);
/** First words of RE.livesIn (lower case). */
const LIVING_WORDS = new Set(
  'live lives living lived reside resides residing resided moved moving relocated born raised grew stay stays staying stayed returned returning traveled travelled traveling travelling flew visiting visited emigrated immigrated arrived arrives arriving route came home are going go went drove driving heading headed trip vacation holiday visit'.split(' '),
);
/** Residence words: an unknown word after them and "in"/"to"/"of"/"from" is a place ("moved to ballymore"). */
const RESIDENCE_WORDS = new Set(
  ('live lives living lived reside resides residing resided resident residents native moved moving relocated born raised grew originally hails hailing ' +
    // Trips ("returned to", which in notes leads to units and ventilator modes, is left out: "returned to simv").
    'traveled travelled traveling travelling flew visiting visited visit emigrated immigrated arrived trip vacation holiday drove driving went came ' +
    'go going heading headed stay stays staying stayed returned returning home').split(' '),
);
/** Words before "of" or "from" that make what follows a place of residence or origin. */
const RESIDENT_OF = new Set(['resident', 'residents', 'native', 'natives', 'inhabitant']);
const ORIGINALLY = new Set(['originally', 'hails', 'hailing']);
/** Nouns after a place that make it one ("Joliet yard", "Denver office"). */
const PLACE_NOUNS = new Set('yard depot plant office branch warehouse site campus factory mill terminal base airport station area suburbs region district neighborhood neighbourhood downtown store location'.split(' '));

// ---------------------------------------------------------------------------------------------
// Patterns (all compiled once)

/** Stop 12 (see crossCues): an age of 90 or more after a name, between commas or in parentheses, in figures or words. */
const AGE_AFTER_NAME = /^(?:[ \t]*,[ \t]*(?:aged?[ \t]+)?|[ \t]*\([ \t]*(?:aged?[ \t]+)?)(9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:[ \t]+and[ \t]+(?:one|two|three|four|five))?)(?=[ \t]*(?:[,;)]|\r?\n|$|(?:yo|y\/o|years?|yrs?)\b))/i;
/** A verb of living or travel and a preposition before a place ("drives from ", "flying in from ", "vive en "). */
const MOVE_BEFORE = /\b(?:lives?|living|lived|vive|viven|vivia|resides?|residing|moved|moving|drives?|drove|driving|flew|flying|flies|travel(?:l?ed|l?ing|s)?|arriv(?:ed|es|ing)|visiting|staying|stays?|stayed|relocated|relocating|returned|returning|came|comes|coming|commutes?|commuting)(?:[ \t]+(?:in|back|up|down|over|here|daily|home|out))?[ \t]+(?:from|in|en|to|near|desde|de)[ \t]+$/i;
/** A title right before a name: a clinic named after a doctor stays the doctor's name. */
const TITLE_BEFORE = /\b(?:Dr|Dra|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\.?[ \t]+$/;
/** The head words of a facility, a building or a street right after a name ("<Baptist Heart> Institute", "<Harmon> Hall rm 314"). */
const HEAD_AFTER_NAME = /^(?:'s)?[ \t](?:(?:Medical|Heart|Cancer|Eye|Children's|Women's|Community|Regional|Memorial|Surgical|Specialty|Health|Wellness|Recovery)[ \t]+)*(?:Hospitals?|Medical[ \t]+Cent(?:er|re)s?|Cent(?:er|re)s?|Institute|Pavilion|Clinic|Infirmary|Hospice|Church|Chapel|Cathedral|Synagogue|Mosque|Rehab(?:ilitation)?(?:[ \t]+Cent(?:er|re))?|Healthcare|Island|Hall[ \t]+(?:rm|room|Rm|Room)\.?[ \t]*\d{1,4}[A-Z]?|House(?=[ \t]+of[ \t]+\p{Lu}))\b(?![ \t]+of[ \t]+(?:Representatives|Commons|Lords|Delegates))/u;
/** A name that ends with such a head word is that place ("First Lutheran Church", "Harbour St"). */
const HEAD_END_WORDS = new Set('Church Hospital Clinic Center Centre Institute Island Avenue Boulevard Pavilion City'.split(' '));
/** A street's head at the end of a name, after a house number ("1402-88 Harbour St"): Street and Hall are surnames too. */
const STREET_END_WORDS = new Set('Street St Road Rd Avenue Ave Lane Ln Drive Boulevard Blvd'.split(' '));
/** A house number before a street ("1402-88 ", "22 "). */
const HOUSE_NUMBER_BEFORE = /(?<![\w-])\d{1,5}(?:-\d{1,5})?[A-Za-z]?[ \t]+$/;
/** Words that open a place's name before a saint's or an article's name ("Our Lady of", "Los", "St.", "Providence St."). */
const OPENER_BEFORE_PLACE = /(?<![\p{L}.'-])(?:Our[ \t]+Lady[ \t]+of|Los|Las|El|San|Santa|Santo|Sao|(?:(\p{Lu}\p{Ll}+)[ \t]+)?(?:St\.?|Saint|Ste\.?|Sainte))[ \t]+$/u;
/** The noun of a place's kind after its name ("Hosahalli village", "Tumakuru district"). */
const PLACE_KIND_AFTER = /^[ \t](?:[Vv]illage|[Dd]istrict|[Tt]own|[Cc]ity|[Cc]ounty|[Pp]arish|[Pp]rovince|[Mm]unicipality|[Tt]ownship|[Bb]orough|[Tt]aluka?|[Tt]ehsil|[Pp]refecture)\b/;
/** Capitalized words after a place and a comma or a dash: a town, perhaps ("…Urgent Care, Boise"). */
/**
 * PLACE_AFTER_PLACE on v.slice(e, e + 48), by hand when that window is ASCII: the start and end of its group in v and
 * the group's words (split at blanks), or null.
 */
function placeAfterPlace(v: string, e: number): { st: number; end: number; words: string[] } | null {
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
function titleBefore(v: string, s: number): boolean {
  let q = s - 1;
  while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q--;
  if (v.charCodeAt(q) === 46) q--;
  const l = v.charCodeAt(q);
  return q < s - 1 && (l === 114 || l === 97 || l === 115 || l === 120 || l === 102) && TITLE_BEFORE.test(v.slice(Math.max(0, s - 8), s));
}
/** " of" at lastIndex (see crossCues). */
const OF_AT = /[ \t]+of\b/y;
const PLACE_AFTER_PLACE = /^(?:,|[ \t]+[-\u2013])[ \t]+(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,2})/u;
/** Date shapes tried at a digit token: a year and a month ("2009-04"), a day, a month and a short year ("10.10.25"), a
 * day and a month with its dot ("28.2."), an ordinal day ("16th"); each then no more digits, dots or dashes. */
const DATE_SHAPES = /(?:((?:19|20)\d{2})-(\d{2})(?![\d\/-]|\.\d)|(\d{1,2})\.(\d{1,2})\.(?:\d{2})(?![\d.]|[-\/]\d)|(\d{1,2})\.(\d{1,2})\.(?=[ \t]+[a-z])|(\d{1,2})(?:st|nd|rd|th)(?=[ \t]*(?:[.,;:)]|\r?\n|$|[ \t](?:and|at|when|about|around|in[ \t]+the)\b)))/y;
/** Words before a day and a month with its dot ("on 28.2.", "am 3.4."). */
const DAY_MONTH_DOT_BEFORE = /\b(?:on|am|vom|seit|bis|ab|le|el|since|until)[ \t]+$/i;
/** Before an ordinal day alone: "on the 16th", "night of the 3rd", "since the 12th". */
const ORDINAL_DAY_BEFORE = /\b(?:on|of|since|until|till|by|from|before|after)[ \t]+the[ \t]+$/i;
/** A number sign and a number right after a name ("REYNOLDS, TERRELL D. #884127"). */
const HASH_ID_AFTER_NAME = /^\.?[ \t]{0,4}#[ \t]?(\d{4,10})(?![\d.,\/-])/;
/** The next identifier of a list: after "and", "&", "or", "/" or a comma, with four digits or more. */
const ID_LIST_NEXT = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|\/|&|and|or)[ \t]*#?[ \t]*((?=[A-Z0-9-]*\d{4})[A-Z]{0,4}-?\d[\dA-Z-]{3,16})(?![\w-]|[ \t]*(?:mg|mcg|ml|mL|units?|tabs?|caps?|%)\b)/;
/** A prescription's number after "Rx " (six to ten digits, no dose unit after). */
const RX_NUMBER = /^[ \t]+(\d{6,10})(?![\d.,\/-]|[ \t]*(?:mg|mcg|g|ml|mL|units?|tabs?|caps?|%)\b)/;
/** The last words of OPENER_BEFORE_PLACE (a cheap test before it). */
const OPENER_LAST_WORDS = new Set(['of', 'los', 'las', 'el', 'san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'st', 'ste']);
/** Capitalized words that are no part of a place's name before "St." ("To St. Mary's", "Dear St. ..."). */
const OPENER_STOP = new Set('to at from in the of and dear re attn for via with by discharged admitted transferred seen patient pt follow referred'.split(' '));
/** What may stand between a label and its value: a parenthesis, a number sign, "No.", a colon. */
const ID_FILL = String.raw`(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*(?:(?:#|no\.?|n[°º]\.?|n\.|number|num|id|:|=|\*\*)[ \t]*)*$`;
/** Labels that type a generic identifier after them (see crossCues), first match wins. */
const ID_TYPE_BEFORE: [PhiType, RegExp][] = [
  ['SSN', new RegExp(String.raw`\b(?:ssn|social[ \t]+security)[ \t]*(?:last[ \t-]*(?:4|four))?` + ID_FILL, 'i')],
  ['MRN', new RegExp(String.raw`(?:(?:\b|(?<=\^FD))(?:chart|mrns?|medical[ \t]+records?|hospital[ \t]+records?|(?<=(?:^|[ \t]{2}|[|;:(][ \t]*))record|historia[ \t]+cl[ií]nica|expediente|patient_?id(?:[ \t]+lo)?|(?:clinic|hospice)[ \t]*(?:no\.?|number|#|id))` + ID_FILL + String.raw`|\bmrns?\b[^\n]{0,24}?(?:\/|,|&|\band|\binto)[ \t]*$|\bmrn(?:[ \t]+[a-z]+){1,2}[ \t]*[:#]?[ \t]*$)`, 'i')],
  ['LICENSE', new RegExp(String.raw`(?:\b(?:col(?:egiado)?\.?[ \t]*(?:no\.?|n[°º]\.?)|c[eé]d(?:ula)?\.?[ \t]*prof(?:esional)?\.?|national[ \t]+registry|lic|licen[cs]e[ \t]+(?:no\.?|number|#)|driver'?s?[ \t]+licen[cs]e|cert(?:ification)?|(?:commission|designee|ordre)[ \t]*(?:no\.?|n[°º]?\.|number|#)|(?:chamber|college|board|council|order)[ \t]+(?:membership|registration)|(?:state|medical|nursing)[ \t]+licen[cs]e|reg(?:istration)?\.?[ \t]+of[ \t]+[^\n]{0,24}?)` + ID_FILL + ')', 'i')],
  ['LICENSE', new RegExp(String.raw`(?:\b\p{Lu}\p{Ll}+[ \t]+Bar(?:[ \t]+(?:No\.?|#|Number))?|\bBIG(?:-?(?:nr\.?|nummer|registratie))?)[ \t]*[:#]?[ \t]*$`, 'u')],
  ['ACCOUNT', new RegExp(String.raw`(?:\b(?:acct|account)\b(?:[ \t]+(?:for|no\.?|number|#|\([^)\n]{1,20}\)|[a-z]+)){0,4}[ \t]*[:#]?[ \t]*$|\b(?:har|folio|policy\/app|app(?:lication)?[ \t]*#)` + ID_FILL + ')', 'i')],
  ['HEALTH_PLAN', new RegExp(String.raw`\b(?:member(?:_id)?|ahcccs|ohp|abha|subscriber|beneficiary|enrollee|(?:health|insurance|medicaid|medicare)[ \t]+card|(?:medical|refugee)[ \t]+assistance)` + ID_FILL, 'i')],
];
/** The last four digits of a social security number after their label. */
const SSN_LAST4 = /(?:\b|_)(?:last[ \t_-]*(?:4|four)(?:[ \t]+(?:digits[ \t]+)?of)?[ \t_]+(?:ssn|social(?:[ \t]+security)?)|(?:ssn|social[ \t]+security(?:[ \t]+(?:no\.?|number|#))?)[ \t_]*,?[ \t]*\(?last[ \t_-]*(?:4|four)(?:[ \t_]+digits)?\)?)["']?[ \t]*(?:[:#=]|is|was)?[ \t]*["']?(\d{4})(?![\d-])/i;
/** A nickname in quotes after a cue: 'prefers "Dash"', 'goes by "Bud"', 'caller "Bud"', 'Foster mother "Auntie Liu"'. */
const NICK_CUE_BEFORE = /\b(?:prefers|preferred|goes[ \t]+by|go(?:ing)?[ \t]+by|aka|a\.k\.a\.|nicknamed|nickname|known[ \t]+as|calls?[ \t]+(?:him|her|them)(?:self)?|called|caller|mother|father|mom|dad|grandma|grandpa|aunt|uncle|coach|sponsor)[ \t]*:?[ \t]*$/;
/** The nickname in quotes (see NICK_CUE_BEFORE). */
const NICK_QUOTED = /"(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?)"/uy;
/** What may stand before a given name put before a found name: a line start, a label's colon, a column gap, a word. */
const NAME_PART_BEFORE_OK = /(?:[:;,(]|[^\n][ \t]{2}|\b[a-z]+|\b(?:Patient|Child|Carrier|Adjuster|Applicant|Client|Student|Member|Resident|Claimant|Decedent))[ \t]*$/;
/** After a lower-case surname: an e-mail, a bracket, punctuation, a date of birth or a verb. */
const LOWER_SURNAME_AFTER = /^(?:[ \t]*(?:[<(,.;:)]|\r?\n|$)|[ \t]+(?:dob|date|is|was|dictating|says|said|called|here|and)\b)/;
/** Relatives and other cues before a given name that is also a word ("wife Mercedes", "name was Crystal"). */
const KIN_NAME_CUE = new Set('wife husband son daughter granddaughter grandson mother father sister brother gf bf girlfriend boyfriend partner fiance fiancee niece nephew aunt uncle mom dad mum friend'.split(' '));
/** A verb or punctuation after such a given name. */
const NAME_THEN_VERB = /^(?:[ \t]*[,.;:)!?]|[ \t]+(?:says|said|is|was|will|has|had|called|calls|told|tells|thinks|reports|reported|states|stated|wants|brought|drove|visited|visits|agrees|agreed|helps|helped|came|comes|who|asked|asks|feels|knows|picked|lives|recommends|recommended|notes|noted|reviewed|saw|examined)\b)/;
/** The words of MOVE_BEFORE right before its preposition (a cheap test before it). */
const MOVE_WORDS = new Set(('live lives living lived vive viven vivia reside resides residing moved moving drive drives drove driving flew flying flies ' +
  'travel travels traveled travelled traveling travelling arrived arrives arriving visiting stay stays staying stayed relocated relocating returned returning ' +
  'came comes coming commute commutes commuting in back up down over here daily home out').split(' '));
/** The prepositions of MOVE_BEFORE. */
const MOVE_PREPS = new Set(['from', 'in', 'en', 'to', 'near', 'desde', 'de']);
/** A postcode after a place: "Tokyo 155-0031", " - SP, 01304-001", "City 1747"; then punctuation, a line end or a phone label. */
const CODE_AFTER_PLACE = /^(?:[ \t]+|[ \t]*,[ \t]+)(?:-[ \t]*[A-Z]{2}[ \t]*,?[ \t]*)?(\d{3}-\d{4}|\d{5}-\d{3}|\d{4,6})(?=[ \t]*(?:[,;.)]|\r?\n|$|(?:Tel|TEL|Ph|Phone|Fax|FAX|Mob|Mobile|Cell)\b))/;
/** Places a number after which is no postcode: facilities and streets ("Regional Health Care,8841", "Elm St 12"). */
const PLACE_NOT_TOWN = /\b(?:Care|Cent(?:er|re)|Hospital|Clinic|Health|Home|House|Practice|Institute|Unit|Ward|Building|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Route|Highway|Hwy)\.?$/;
/** A postcode before a place, after a comma or at a line start: ", 06700 ". */
const CODE_BEFORE_PLACE = /(?:^|[,\n])[ \t]*(\d{4,6})[ \t]+$/;
/** Ten or eleven digits spoken one by one, within a few words after a phone label or verb ("call me back at"): a phone number. */
const SPOKEN_PHONE = /(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ \t]*[,-]?[ \t]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){9,10}\b/iy;
/** The first letters (lower case) of the digit words. */
/** Whether the code (| 32) may open a digit word: one of z o t f s e n. */
function digitFirst(c: number): boolean {
  return c === 122 || c === 111 || c === 116 || c === 102 || c === 115 || c === 101 || c === 110;
}
/** Relatives and companions after a name and "'s" ("ezra's mom"). */
const KIN_AFTER_POSSESSIVE = new Set('mom mum mother mama dad father papa daughter son husband wife sister brother grandma grandmother grandpa grandfather grandson granddaughter aunt uncle niece nephew boyfriend girlfriend bf gf partner fiance fiancee cousin stepmom stepdad stepmother stepfather twin caregiver carer'.split(' '));
/** A month and a day ("6/1"), tried at each slash's digits; then a time of day, or a weekday before and punctuation after
 * ("6/1 7:20 PM", "(Sat 10/4)"; not "Sat 3/10 pain"). */
const MD_AT = /(\d{1,2})\/(\d{1,2})(?![\w\/.])/y;
const TIME_AFTER_MD = /^[ \t]+(?:at[ \t]+|@[ \t]*)?\d{1,2}:\d{2}(?!\d)/;
const WEEKDAY_BEFORE_MD = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?[ \t]+$/;
const PUNCT_AFTER_MD = /^(?:[ \t]*(?:[():,;]|\.(?!\d)|\r?\n|$|(?:at|@)[ \t]|\d{1,2}:\d{2}))/;
/** A range of dates with month names: "Nov 2-Jan 15", "March 4 - April 20". */
const MONTH_RANGE = /((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2})[ \t]*[-\u2013][ \t]*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,?[ \t]+(?:19|20)\d\d)?)\b/y;
/** A coded identifier after a case, report, participant or ID label: letters, then groups joined by hyphens. */
const CODED_LABELS = new Set(['ID', 'case', 'Case', 'CASE', 'report', 'Report', 'participant', 'Participant']);
const CODED_ID = /(?:ID|[Cc]ase|CASE|[Rr]eport|[Pp]articipant|A#|A-[Nn]umber)[ \t]*(?:#|[Nn]o\.?|[Nn]umber)?[ \t]*:?[ \t]*([A-Z]{1,5}\d{0,4}(?:-[A-Z0-9]{2,8}){1,3})(?![\w-])/y;
/** The head of a city written head first, before its name: "Ciudad de ", "Cidade de ", "Ciudad ". */
const CITY_HEAD_BEFORE = /\b(?:Ciudad|Cidade)[ \t]+(?:(?:de|del|da|do)[ \t]+)?$/;
/** Words that can start a name rule on their own (titles and context words). */
const CUE_WORDS = new Set([...TITLES, ...STRONG_CONTEXT, ...WEAK_CONTEXT, ...MEDIUM_CONTEXT, ...LOWER_NAME_CUE, ...LOWER_TITLES, ...KIN_PLURAL, 'is']);

const RE = {
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
  phoneLabelled:
    /(?:phone|ph|tel|telephone|cell|mobile|mob|pager|beeper|fax|call|contact|home|work|number|tél|téléphone|telefon|telefono|teléfono|handy|portable|tlf|móvil|movil|cellulare|whats[ \t]?app|reach(?:ed)?[ \t]+(?:on|at))\b\.?\s*(?:#|no\.?|number|fixe|mobile|móvel)?\s*[:#]?\s*(?:(\+?\d{7,12}|\(\d{2,3}\)[ ]?\d{4,5}-\d{4}|\d{3}[\s.-]\d{4}|0\d(?:[ .]\d{2}){4}|0\d{1,4}[ \/-]\d{5,8}|0\d{1,3}[ ]\d{3,4}[ ]\d{4})|(0\d{1,4}(?:[ -]\d{2,4}){1,4}|[1-9]\d{2}(?:[ ]\d{2}){3}))(?![\w-]|\.\d)/iy,
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
    /(?:(?:died|passed[ \t]+(?:away|on|peacefully)|expired|deceased)(?:[ \t]+(?:peacefully|quietly|suddenly|unexpectedly|at[ \t]+home))?|(?:still[ \t]+)?alive(?=[ \t]+(?:at|aged?)\b)|lived[ \t]+(?:to(?:[ \t]+be)?|until)|turned|turns|turning)[ \t]+(?:at[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+|age[ \t]+)?|aged?[ \t]+)?(9\d|1[01]\d|12[0-5])(?![\w.\/%:,-]\d|[\w%\/:-])(?![ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min(?:utes)?|hours?|hrs?|days?|weeks?|months?|am|pm|units?|ml|cc|l|lpm|mmhg|percent|degrees?|bpm|o'?clock|on|in[ \t]+the|times)\b)/iy,
  birthday: /(?<![\w.\/-])(9\d|1[01]\d|12[0-5])(?:st|nd|rd|th)[ \t]+birthday/gi,
  ageCtx: /(?:(?:age[ds]?|aged)(?:[ \t]+(?:at|on)[ \t]+(?:death|admission|diagnosis|enrol?ment|onset|presentation|referral|consent|visit))?(?:[ \t]*[(\[](?:years?|yrs?|y)[)\]]|[ \t]+in[ \t]+years)?|(?:edad|alter|âge|età|leeftijd|idade|ålder|alder|wiek|umur)(?=[ \t]*:))\s*[:=|]?\s*(?:of\s+)?(9\d|1[01]\d|12[0-5])(?:yrs?|years?|yo|y)?(?![\w]|\.\d)/iy,
  /** "<age value="96" unit="a"/>", "age_years=97": an age in markup or a key. */
  ageKey: /(?:<age\b[^>]{0,40}?\bvalue=["']|\bage_(?:years?|yrs|in_years)["']?[ \t]*[:=][ \t]*["']?)(9\d|1[01]\d|12[0-5])(?![\w.])/gi,
  /** "a gentleman of 93", "a lady of ninety-one". */
  ageOf: /\b(?:gentleman|gent|lady|woman|man|widow|widower)[ \t]+of[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])/gi,
  ageWords:
    /\b((?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?=[\s-]*(?:(?:years?|yrs?)(?:[\s-]*(?:old|young)|[ \t]+of[ \t]+age)|-?year-old|yo\b|y\/o))/gi,
  /** "Mr. Ambrose Quigley, ninety-one." "aged ninety-four": a number word of 90+ standing as an age. */
  ageWordsBare:
    /(?:,[ \t]*|\b(?:aged?|is|was|turned|turns|now|i'?m|i[ \t]+am|she'?s|he'?s)[ \t]+|\bage[ \t]*:[ \t]*|\bage[ \t]+of[ \t]+)((?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?))(?=[ \t]*(?:[.,;)\n]|$|[MF]\b|(?:male|female|man|woman|years?|yrs?|now|today|and)\b))/gi,
  /** Dates with Spanish, Portuguese, French, Italian or German month names ("5 de marzo de 2025"). */
  dForeign: new RegExp(
    `(?<![\\w])(\\d{1,2})(?:º|°|er|\\.)?[ \\t]+(?:de[ \\t]+)?(${FOREIGN_MONTHS})(?:[ \\t]+(?:de[ \\t]+|del[ \\t]+)?((?:19|20)\\d{2}))?(?![\\p{L}])|(?<![\\p{L}])(${FOREIGN_MONTHS})[ \\t]+(\\d{1,2})(?:,?[ \\t]+(?:de[ \\t]+)?(?:19|20)\\d{2})?(?![\\w])`,
    'giu',
  ),
  /** "moved to the 23rd?", "on the 4th." -- a day of the month alone after a date preposition. */
  dDayAlone: /\b(?:on|by|until|till|til|to|from|before|after|since)[ \t]+the[ \t]+(\d{1,2}(?:st|nd|rd|th))\b(?![ \t]+[A-Za-z])/gi,
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
  nir: /\b(?:Carte[ \t]+Vitale|NIR|n°[ \t]*(?:de[ \t]+)?s[ée]curit[ée][ \t]+sociale)[ \t]*(?:n°|no\.?)?[ \t]*[:#]?[ \t]*([12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}(?:[ ]?\d{2})?)(?![\w])/gi,
  /** "template FPT-0097731" near a biometric word. */
  template: /\btemplates?[ \t]*(?:id|#|no\.?)?[ \t]*[:#]?[ \t]*([A-Za-z0-9][A-Za-z0-9-]{3,29})(?![\w-])/gi,
  dDayMonNoYear: /(?<![\w\/.-])(?:0?[1-9]|[12]\d|3[01])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?![\w-])/g,
  dRoman: /(?<![\w.\/-])(\d{1,2})([.\/-])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(?:19|20)\d{2}(?![\w])/g,
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
  cityStateY: new RegExp(
    `([A-Z][A-Za-z'.-]*(?:[ -][A-Z][A-Za-z'.-]*){0,3})(,\\s*|\\s+)(?:(${STATE_ABBR})|(${STATE_NAMES}|${STATE_NAMES.toUpperCase()}))\\b(?:,?\\s+(\\d{5}(?:-\\d{4})?)(?![\\w-]))?`,
    'y',
  ),
  zipLabelled: /(?:\b(?:zip(?:[\s_]*code)?|postal[\s_]*code|postcode|post[\s_]*code|cep|plz)|\bC\.[ ]?P\.)\s*[:#=]?\s*["']?(\d{5}-\d{3}(?![\d-])|\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z][ -]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})\b/gi,
  county: /\b([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+)?|[A-Z]+(?: [A-Z]+)?) (?:County|Parish|Borough|COUNTY|PARISH)\b/g,
  // Identifiers with a shape
  udi: /\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9-]+)*/g,
  // Tokens for names and places
};

// Labels that announce an identifier, by type (order matters: vehicle before licence).
const LABELS: [PhiType, string][] = [
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
const LABEL_RE = new RegExp(`(?:${LABELS.map(([, src]) => `(${src})`).join('|')})(?:(?<=[#.])|(?![\\w]))`, 'iy');
const LABEL_FIRST = new Set(
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
const LABEL_NEEDS_NEXT = new Set(
  ('sa dot social national south your our run lab report file lead machine prior auth request job session hand finger thumb equipment screening sample ' +
    'monitor pump meter hub sensor generator processor doc trip incident operator interpreter booking inmate slide kit enrolment randomization randomisation ' +
    'pension tax pps ird tail pathology surgical path cytology autopsy coroner coroners court police safeguarding legal complaint portal codice steuer pharmacist nurse nursing professional practitioner provider physician dental dentist midwife midwifery physiotherapist psychologist resident signature speaker gait vein asset wheelchair hearing concentrator ventilator statement insured permit prescriber offender').split(' '),
);
const LABEL_SECOND = new Set(
  'case report file pathology fiscale username login id number no num nbr serial sn s tag ref reference code card template print prints scan vein geometry pattern signature record registration reg examiner medical council certificate auth authorization authorisation aid file insurance african cert verification authentication enrolment enrollment enrol enroll biometric r'.split(' '),
);
const LABEL_NEXT =
  /^(?:'?s)?[ \t]*(?:#|[-\/]?[ \t]*(?:id|number|no|num|nbr|serial|s\/n|sn|tag|ref|reference|code|card|template|print|prints|scan|vein|geometry|pattern|signature|record|registration|reg|examiner|medical|council|certificate|auth|authori[sz]ation|aid|file|insurance|african|cert|verification|authentication|enrol\w*|biometric|r|number)\b)/i;
/** Insurers and coverage words: a number after them on the same line is a health plan number. */
const INSURANCE_CTX =
  /\b(?:insurance|insurer|payer|payor|coverage|carrier|rx[ \t]?bin|rx[ \t]?pcn|rx[ \t]?grp|pcn|bin(?=[ \t]*[:#]?[ \t]*\d{6}\b)|health[ \t]+plan|medical[ \t]+aid|aetna|cigna|humana|united[ \t]*health(?:care)?|uhc|bcbs|blue[ \t]+(?:cross|shield)|anthem|kaiser|tricare|molina|centene|wellcare|ambetter|highmark|premera|regence|health[ \t]*net|bupa|vhi|laya|irish[ \t]+life[ \t]+health|discovery[ \t]+health|medibank|hcf|nib|southern[ \t]+cross|axa|aviva|allianz|medicaid|medicare|medi-cal|hmo|ppo|epo)\b(?:(?!\b(?:mrn|chart|acct|account|claim|npi|dea|phone|fax|confirmation|application|reference|ref|order|ticket|tracking|case|auth\w*|appeal|request|invoice)\b)[^\n])*$/i;
/** Biometric words: an identifier after them in the same sentence is a biometric template's. */
/** A biometric word shortly before a generic identifier label ("fingerprint scanner enrollment #..."): the
 * identifier is the biometric's (tighter than BIOMETRIC_CTX: "retinal" or "iris" alone is an eye exam). */
const BIOMETRIC_BEFORE_LABEL = /\b(?:fingerprint|thumbprint|foot[ -]?print|finger[ -]?vein|palm[ -]?(?:vein|print)|voice[ -]?print|biometric|iris[ \t]+(?:scan|template|code)|retina(?:l)?[ \t]+scan|facial[ \t]+(?:recognition|geometry|template)|face[ \t]+(?:template|id))[\w-]*[^.;\n]{0,40}$/i;
const BIOMETRIC_CTX = /\b(?:fingerprints?|thumbprints?|foot[ -]?prints?|finger[ -]?vein|palm[ -]?vein|palmsecure|palm[ -]?print|iris|retina(?:l)?|voice[ -]?print|voiceprint|voice[ \t]+biometrics?|face[ \t]+template|facial[ \t]+(?:recognition|template|geometry)|biometrics?|gait[ \t]+signature)\b[^.;\n]*$/i;
const PHONE_LABEL_FIRST = new Set('phone ph tel telephone cell mobile mob whatsapp whats reach reached pager beeper fax call contact home work number tél téléphone telefon telefono teléfono handy portable tlf móvil movil cellulare'.split(' '));
const FACILITY_FIRST = new Set(
  ('hospital hospitals teaching nhs local montessori open regional praxis cabinet klinikum station occupational sleep pulmonary biobank vamc cboc corporation authority drug isd independent campus snf motor inn motel hotel suites orthodontics library home sports genetics counseling medical health clinic infirmary nursing rehabilitation rehab hospice family urgent surgery surgical cancer care assisted healthcare pediatrics sanatorium dialysis children pharmacy memorial physicians associates retirement senior manor skilled ' +
    'alliance coalition foundation shelter ministries practice dental group rest residential funeral mortuary institute laboratory laboratories lab labs diagnostics learning child childcare day daycare preschool nursery school academy partners shopping mall ' +
    'cardiology dermatology rheumatology orthopedics orthopaedics oncology neurology urology gastroenterology pulmonology endocrinology nephrology ophthalmology otolaryngology podiatry dentistry optometry physiotherapy physical chiropractic pain eye vision hearing women imaging radiology allergy audiology fertility behavioral mental counseling counselling psychiatry paediatrics obstetrics ob ob-gyn internal ' +
    'clínica clinica policlínica policlinica sanatorio consultorio centro clinique hôpital hopital chu chum clsc correctional detention prison jail penitentiary church chapel cathedral mosque temple ' +
    'synagogue lodge village cemetery hostel elementary college university mobile caravan trailer rv holiday aged polyclinic dispensary convalescent living treatment recovery crisis senior wellness birth birthing community ' +
    'fire armory parish basilica midwifery orthotics prosthetics adult infusion transit rec recreation blood stroke bariatric youth civic aquatic drugs chapter resort masjid gurdwara mandir junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail ' +
    'tandartsenpraktijk tandartspraktijk huisartsenpraktijk huisartspraktijk fysiotherapiepraktijk studio ziekenhuis krankenhaus sjukhus sjukhuset sygehus sykehus sykehuset kantonsspital spital ' +
    // (Stop 15: see FACILITY_HEADS_15.)
    'aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre').split(' '),
);
const FILLER = "(?:[ \\t]*[:#=\\-]?[ \\t]*(?:number|num|no\\.?|nbr|id|#|is|was|template|scan|enrollment|enrolment|enrolled|check-?in|on\\s+file|code|identifier|card|of|the|patient'?s|pt'?s|ending\\s+in|reads|read|ref(?:erence)?|hash|minutiae|record|profile)\\b|[ \\t]*ref\\.(?=[ \\t]))*";
/** "State license #: RN 2291834", "License: A 88120934": a short letter prefix, a space, then the number. */
const PREFIXED_ID = new RegExp(`${FILLER}[ \\t]*[:#=]{0,2}[ \\t]*([A-Z]{1,4}[ ]\\d{4,12})(?![\\w-])`, 'y');
const ID_AFTER = new RegExp(`${FILLER}[ \\t]*(?:[:#=]{0,2}|\\|)\\s{0,3}(?:\\(|\\[)?[ \\t]*(?=[A-Za-z0-9\\-\\/._]*\\d)([A-Za-z0-9](?:[A-Za-z0-9]|[-\\/._](?=[A-Za-z0-9])){2,29})(?![A-Za-z0-9])`, 'iy');

const SPACED_ID = new RegExp(`${FILLER}[ \\t]*[:#=]{0,2}[ \\t]*((?:[A-Z]{2,5}[ ])?\\d{2,6}(?:[ ]\\d[\\d-]{2,7}){1,4}(?:[ ]\\d{2}(?=[ \\t]*(?:[,.;)\\n]|$)))?)(?![\\w-])(?![ \\t]*(?:mg|mcg|g|kg|lbs?|ml|units?|cm|mm|yo|y\\/o|years?|yrs?|%|bpm|mmhg|hours?|hrs?|min|days?)\\b)`, 'iy');
const USERNAME_AFTER = /[ \t]*(?:is[ \t]+)?[:#=]?[ \t]*@?([A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9])(?![\w@-])/y;
// (Stop 15, second wave: or a third group of letters before a stop or a bracket, "DK 1447 ABF)", as in Indonesia.)
const PLATE_SPACED = /[ \t]*[:#]?[ \t]*(?:(?:reads|is|was|number|no\.?)[ \t]+)?((?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[ -][A-Z0-9]{2,5}(?:-[A-Z0-9]{1,4}|[ ][0-9]{1,4}(?=[ \t]*(?:[,.;)(\n]|$))|[ ][A-Z]{1,3}(?=[ \t]*(?:[,.;)(\n]|$)))?)(?![\w-])/y;
/** A state, territory or province written before a plate ("NSW", "(OR)", "TN"). */
const JURISDICTION = new RegExp(`[ \\t]*[:#]?[ \\t]*(?:(?:reads|is|was)[ \\t]+)?\\(?(?:${STATE_ABBR}|NSW|VIC|QLD|TAS|ACT|SA|WA|NT|ON|BC|QC|AB|MB|NB|NL|NS|PE|SK|YT|NU)\\)?(?=[ \\t]+[A-Z0-9])`, 'y');
/** What follows the jurisdiction must still be a plate: five or more letters and digits with a digit. */
const PLATE_AFTER_JURISDICTION = /[ \t]+(?=[A-Z0-9 -]{0,9}\d)[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,5}(?![\w-])/y;
const PLATE_LETTERS = /[ \t]*[:#]?[ \t]*([A-Z]{4,8}|[A-Z]{17})(?![\w-])/y;
// The dot of a domain's ending, DOMAIN_GATE = /\.(?:com|org|net|edu|gov|io|info|biz|health|us|uk|ca|de|fr|me)\b/gi: every
// match of RE.domain ends with one, after characters of DOMAIN_CHARS only (found by domainHitFrom).
// The dot of a file extension, PHOTO_ANCHOR = /\.(?:jpe?g|png|gif|bmp|tiff?|heic|heif|webp|raw|dcm|dicom|mp4|mov|avi|m4v|wmv|svs|ndpi)/gi:
// every match of RE.photo ends with one, after characters of PHOTO_CHARS only (found by photoHitFrom).
/** Tables of ASCII characters, for the walks back from an anchor (see runMatches, emailMatches). */
const asciiTable = (chars: string): Uint8Array => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (new RegExp(`[${chars}]`).test(String.fromCharCode(c))) t[c] = 1;
  return t;
};
const EMAIL_CHARS = asciiTable('A-Za-z0-9._%+-');
const DOMAIN_CHARS = asciiTable('A-Za-z0-9.-');
const PHOTO_CHARS = asciiTable('\\w.-');
/** AT_USER's left part ([\w.%+-]) and the characters one of which it must hold ([._\d]). */
const AT_USER_RUN = asciiTable('\\w.%+-');
const AT_USER_KEY = asciiTable('._\\d');
/** The rest of AT_USER after its "at". */
const AT_USER_AFTER = /\s+[\w-]+\.[a-z]{2,}/iy;
/** IPV6_GATE.test(v), IPV6_GATE = /:[0-9A-Fa-f]{0,4}:/, without the regex's scan of every character: a colon, at most four hex digits, a colon. */
function ipv6Gate(v: string): boolean {
  for (let d = v.indexOf(':'); d >= 0; d = v.indexOf(':', d + 1)) {
    let e = d + 1;
    while (e < v.length && e - d <= 5 && isHexCode(v.charCodeAt(e))) e++;
    if (e - d - 1 <= 4 && v.charCodeAt(e) === 58) return true;
  }
  return false;
}
const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
// AT_USER = /[._\d][\w.%+-]*\s+at\s+[\w-]+\.[a-z]{2,}/i, tested from the whitespace of its tail (see atUser).
const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
const MBI_RE = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}$/;
const DEA_RE = /^[A-Z]{2}\d{7}$/;
const COMPACT_DATE_RE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const VENT_WORDS = /\b(?:psv|peep|bipap|cpap|simv|imv|prvc|vent(?:ilator|ilation)?|fio2|ps|tidal|extubat\w*|intubat\w*|wean\w*|trach)\b/i;
const STRONG_DATE_BEFORE = /(?:dob|dated|admitted|discharged|date of \w+|since|born|seen on|on date)[\s:]*$/i;
const NEG_MD_BEFORE =
  /(?<![a-z])(?:strength|pain|apgar|apgars|murmur|grade|gr|score|scored|scale|ratio|power|motor|bp|b\/p|pressure|gcs|rated|vision|acuity|va|ett|dose|fio2|peep|i:e|ie|abg|reflexes|dtrs?|pupils|sofa|nihss|mrc|out of|x|sbp|dbp|map|cvp|pap|pcwp|wedge|vt|tv|ps|cpap|bipap|vent|settings?|rate|ivf|ns|d5|lr|tab|tabs|take|takes|taking|mmhg|o2|sats?|sat|rhythm|strength:|heart|ratio:|visual|hearing|vs|vitals?|stool|guaiac|wt|weight|ht|height|temp|t|hr|rr|spo2|ppd)\s*[:=]?\s*$|\b(?:quads?|quadriceps|hamstrings?|biceps|triceps|deltoids?|grip|df|pf|ehl|fhl|iliopsoas|psoas|glutes?|gluteus|abductors?|adductors?|flexors?|extensors?|flex(?:ion)?|ext(?:ension)?|abd(?:uction)?|add(?:uction)?|dorsiflexion|plantarflexion|eversion|inversion|hip|knee|ankle|wrist|elbow|shoulder|finger|toe|ue|le|bue|ble|rue|lue|rle|lle|mrc|oxford|moca|mmse|slums|gds|monofilament|phq-?\d?|gad-?\d?|audit|barthel|cfs|tug|bi-?rads|lung-?rads|curb-?65|wells|has-?bled|chads|vasc|aldrete|abcde|das-?28|tjc|sjc|tender(?:[ \t]+joints?)?|swollen(?:[ \t]+joints?)?|itch(?:y|ing)?|pruritus)\s*[:=]?\s*$/i;
/** After a grade of muscle strength (n/5): the limbs or muscles graded, or "x4", "else", "throughout". */
const STRENGTH_AFTER = /^[ \t]*(?:x[ \t]*[1-4]\b|(?:in[ \t]+)?(?:all|4|four)[ \t]+(?:ext\w*|limbs?)\b|(?:[lrb][ul]e|[ul]e|[lrb]?[ul]ex|ehl|fhl|else(?:where)?|otherwise|throughout|globally|diffusely|symmetric(?:al(?:ly)?)?)\b)/i;
const NEG_MD_AFTER =
  /^\s*(?:sites?|points?|items?|correct|trials?|reps|repetitions|fingers|toes|questions|words|objects|strength|murmur|systolic|holosystolic|diastolic|pain|scale|score|mm\s*hg|mmhg|in all|bilat|b\/l|tabs?|tablets?|cups?|inch|dose|power|sem|hsm|ejection|rub|gallop|%|ml|mg|mcg|units|times|x\b|ratio|sats?|on\s+(?:room air|ra|\d)|ra\b|lpm|l\b|nc\b|breaths|bpm|mm\b|cm\b|kg\b|ns\b|saline|strength|sounds|reflexes|intensity|sm\b|sbp|dbp|\/)/i;
const DATE_CONTEXT_BEFORE = /(?:on|since|dated?|dob|born|admitted|discharged|seen|until|from|by|visit|service|of birth|effective|started|stopped|due|expires?|through|thru|between|and|to|as of|last|next|scheduled|returned?|d\/c|adm|dc|surgery|procedure|onset|taken|drawn|collected|received|signed|performed|done|completed|day|evening|morning|night|week|weekend|of|:)\s*$/i;

/** Words after which "14/03" is a day-first date even in a text without other day-first dates. */
const DAY_FIRST_CONTEXT = /(?:returned|admitted|discharged|seen|since|dated?|dob|born|until|till|last|next|due|arrived|travel(?:l)?ed|flew)[ \t]*:?[ \t]*$/i;
const MONTH_WORDS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december']);

// ---------------------------------------------------------------------------------------------

/** A token of the text (its fields are declared once, in tagger.ts, which reads them too). */
type Tok = TagTok;

/** Character classes for the tokenizer: 0 other, 1 digit, 2 lower-case letter, 3 other letter. */
// Covers Latin, Greek, Cyrillic and Latin Extended Additional (Vietnamese: "Nguyễn").
const CLASS_LIMIT = 0x2000;
const CHAR_CLASS = (() => {
  const t = new Uint8Array(CLASS_LIMIT);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c < CLASS_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    if (!/\p{L}/u.test(ch)) continue;
    t[c] = /\p{Ll}/u.test(ch) ? 2 : 3;
  }
  return t;
})();
const charClass = (c: number): number => (c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0);
const isLetterCode = (c: number): boolean => charClass(c) >= 2;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isWordCode = (c: number): boolean => charClass(c) !== 0;

/** Memo of the words without digits (at most 12 characters: such slices are copies, they keep no text alive): four-way
 * sets chosen by a hash of the characters. A slot's key (hash and length in one int, the number of its entry, the
 * word's UTF-16 code units, two per int) lies in WORD_CACHE_KEYS, 32 bytes per slot, a set's keys in two cache lines: a
 * hit is checked without reading the entry's string (a dependent load that missed the CPU caches on most rare words).
 * Entries are numbered in the order their slots were first filled, and a number stays with its entry when slots swap
 * and goes to the next word of its slot: the frequent words, met first, have the low numbers, so their part of
 * WORD_CACHE stays in the CPU caches (stop 17: an array of entries by slot, in hash order, cost a cache miss per token,
 * about 3% of detect() on the nursing notes). A new word takes a set's first empty
 * way, else its last, and a word met again moves up one way: the frequent words stay while rare ones come and go. (With
 * two ways and the new word first, some 3,000 tokens a pass over the nursing notes missed the memo, frequent words such
 * as "AND" and "sats" among them, and were looked up again in the lexicon; now some 300.) */
const WORD_CACHE_MAX_LEN = 12;
const WORD_CACHE_SIZE = 1 << 16;
const WORD_CACHE_WAYS = 4;
const WORD_CACHE_SETS = (WORD_CACHE_SIZE / WORD_CACHE_WAYS) - 1;
/** Int32s per slot in WORD_CACHE_KEYS: hash with the length in its low 4 bits (0: an empty slot), the number of the
 * slot's entry in WORD_CACHE (0: none yet), 6 ints of packed code units. */
const KEY_INTS = 8;
interface WordEntry {
  w: string;
  k: string;
  shape: Tok['shape'];
  possessive: boolean;
  f: number;
  m: number;
  /** The word, or a part of it between hyphens, is in VEHICLE_WORD_SET. */
  vehicle: boolean;
}
const WORD_CACHE_KEYS = new Int32Array(WORD_CACHE_SIZE * KEY_INTS);
/** The entries by number (from 1; see WORD_CACHE_KEYS). */
const WORD_CACHE: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(WORD_CACHE_SIZE + 1).fill(undefined);
/** The number of entries numbered so far. */
let wordCacheCount = 0;

/** Whether the key at `base` (see WORD_CACHE_KEYS) is v.slice(s, s + len). */
function keyIs(v: string, s: number, len: number, hash: number, base: number): boolean {
  const K = WORD_CACHE_KEYS;
  if (K[base] !== ((hash & ~15) | len)) return false;
  let x = 0;
  let at = base + 2;
  for (; x + 1 < len; x += 2, at++) if (K[at] !== (v.charCodeAt(s + x) | (v.charCodeAt(s + x + 1) << 16))) return false;
  return x === len || K[at] === v.charCodeAt(s + x);
}

/** Writes the key of v.slice(s, s + len) at slot `slot` (its entry's number stays). */
function setKey(v: string, s: number, len: number, hash: number, slot: number): void {
  const K = WORD_CACHE_KEYS;
  const base = slot * KEY_INTS;
  K[base] = (hash & ~15) | len;
  let x = 0;
  let at = base + 2;
  for (; x + 1 < len; x += 2, at++) K[at] = v.charCodeAt(s + x) | (v.charCodeAt(s + x + 1) << 16);
  if (x < len) K[at] = v.charCodeAt(s + x);
}

/** Swaps the memo's slots a and b (keys and the numbers of their entries). */
function swapSlots(a: number, b: number): void {
  const K = WORD_CACHE_KEYS;
  for (let x = 0, pa = a * KEY_INTS, pb = b * KEY_INTS; x < KEY_INTS; x++, pa++, pb++) {
    const t = K[pa] as number;
    K[pa] = K[pb] as number;
    K[pb] = t;
  }
}

/** The memo's entry for the word v.slice(s, e) (no digits; its hash, upper-case and lower-case letter counts and hyphen as the tokenizer read them). */
function wordEntry(v: string, s: number, e: number, hash: number, uppers: number, lowers: number, hyphen: boolean, flags: Map<string, number>): WordEntry {
  const len = e - s;
  const first = (hash & WORD_CACHE_SETS) * WORD_CACHE_WAYS;
  /** The set's first empty way (key 0). */
  let free = -1;
  for (let slot = first; slot < first + WORD_CACHE_WAYS; slot++) {
    if (!keyIs(v, s, len, hash, slot * KEY_INTS)) {
      if (free < 0 && WORD_CACHE_KEYS[slot * KEY_INTS] === 0) free = slot;
      continue;
    }
    const en = WORD_CACHE[WORD_CACHE_KEYS[slot * KEY_INTS + 1] as number] as WordEntry;
    if (slot > first) swapSlots(slot - 1, slot);
    return en;
  }
  // A new word takes the first empty way, else the last (its word drops out).
  return newWordEntry(v, s, e, hash, free < 0 ? first + WORD_CACHE_WAYS - 1 : free, uppers, lowers, hyphen, flags);
}

/**
 * A word the memo does not hold: its entry, stored in way `slot`. The whole miss path is one function on purpose: the
 * hit path above stays small enough for V8 to inline into the tokenizer's loop, and this one (rarely run once the memo
 * is warm) too large to be inlined into it (stop 15: with the double-barrel test inlined there, the tokenizer lost that
 * inlining and about 5% of its speed on the nursing notes).
 */
function newWordEntry(v: string, s: number, e: number, hash: number, slot: number, uppers: number, lowers: number, hyphen: boolean, flags: Map<string, number>): WordEntry {
  const w = v.slice(s, e);
  let shape: Tok['shape'];
  const c0 = w.charCodeAt(0);
  const up0 = charClass(c0) === 3;
  if (!up0) shape = 'L';
  else if (w.length === 1) shape = 'I';
  else shape = lowers === 0 ? 'U' : 'T';
  let k = uppers === 0 ? w : w.toLowerCase();
  let possessive = false;
  const len = k.length;
  if (len > 2 && k.charCodeAt(len - 2) === 39 && k.charCodeAt(len - 1) === 115) {
    possessive = true;
    k = k.slice(0, -2);
  } else if (len > 2 && k.charCodeAt(len - 2) === 0x2019 && k.charCodeAt(len - 1) === 115) {
    possessive = true;
    k = k.slice(0, -2);
  }
  let f = flags.get(k) ?? 0;
  if (hyphen) {
    f |= (flags.get(k.slice(0, k.indexOf('-'))) ?? 0) & ~0xff;
    if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(k)) f |= T.MONTH;
    f |= doubleBarrelBits(k, flags);
  }
  const en: WordEntry = { w, k, shape, possessive, f, m: memberBits(k), vehicle: vehicleWord(k, hyphen) };
  setKey(v, s, e - s, hash, slot);
  const at = slot * KEY_INTS + 1;
  if (WORD_CACHE_KEYS[at] === 0) WORD_CACHE_KEYS[at] = ++wordCacheCount;
  WORD_CACHE[WORD_CACHE_KEYS[at] as number] = en;
  return en;
}

/** L.LAST for a double-barrelled surname whose parts are both surnames and neither a common word ("whitlock-barrios",
 * "dunbar-kerr"; not "ross-on-wye" nor "left-sided"), else 0 (stop 15: the name rules read the surname bit). */
function doubleBarrelBits(k: string, flags: Map<string, number>): number {
  if ((flags.get(k) ?? 0) !== 0) return 0;
  const parts = k.split('-');
  if (parts.length !== 2) return 0;
  for (const p of parts) {
    const pf = flags.get(p) ?? 0;
    if (p.length < 2 || (pf & (L.LAST | L.OTHER)) === 0 || (pf & (L.WORD | L.COUNTRY)) !== 0 || EPONYMS.has(p)) return 0;
  }
  return L.LAST;
}

/** Whether a word's key, or one of its parts between hyphens ("mini-van"), is a vehicle word (VEHICLE_WORD_SET). */
function vehicleWord(k: string, hyphen: boolean): boolean {
  if (VEHICLE_WORD_SET.has(k)) return true;
  if (!hyphen) return false;
  for (const part of k.split('-')) if (VEHICLE_WORD_SET.has(part)) return true;
  return false;
}

/** Trigger bits, above the lexicon bits: words whose presence lets a family of rules run. */
const T = {
  MONTH: 1 << 8,
  AT: 1 << 9,
  COUNTY: 1 << 10,
  AGE_WORD: 1 << 11,
  BOX: 1 << 12,
  ZIP: 1 << 13,
  SSN: 1 << 14,
  AGE: 1 << 15,
  LABEL: 1 << 16,
  PHONE_LABEL: 1 << 17,
  FACILITY: 1 << 18,
  CUE: 1 << 19,
  DOT: 1 << 20,
  PHOTO_EXT: 1 << 21,
  AGE_UNIT: 1 << 22,
  STREET: 1 << 23,
  FMONTH: 1 << 24,
  /** Labels of name fields in forms ("Surname:", "First:"). */
  NAME_FIELD: 1 << 25,
  /** Vehicle makes. */
  MAKE: 1 << 26,
  /** Labels of address lines ("Address:", "Residence:", "Home:"). */
  ADDR: 1 << 27,
  /** "NHS", "CHI". */
  NHS: 1 << 28,
  /** "Route", "Highway"... */
  ROUTE: 1 << 29,
  /** Labels of health plan numbers of other countries ("OHIP", "PHN", "NHI", "Medicare"). */
  INTL_HEALTH: 1 << 30,
  /** Street words of other languages ("ul.", "Calle"); the sign bit, tested with !== 0. */
  STREET_FIRST: 1 << 31,
} as const;
/** Triggers of the rules run at token starts (stickyAt). */
const STICKY_BITS = T.LABEL | T.PHONE_LABEL | T.FACILITY | T.SSN | T.INTL_HEALTH | T.AGE | T.BOX;
/** Triggers seen from the shape of tokens, not from words (Detector.shapes). */
const S = {
  /** A token shaped like the inward half of a UK postcode ("7QH"). */
  POSTCODE: 1,
  /** Two or three capitals right after a dash ("-AR"). */
  DASH_INITIALS: 2,
  /** A group of digits starting with 0 ("0115", "07700"). */
  UK_PHONE: 4,
  /** An ordinal day ("23rd"). */
  ORDINAL: 8,
  /** "I-95". */
  ROUTE: 16,
  /** A group of three capitals and digits ("2C4", "K1M"): a Canadian postal code may be near. */
  CA_POST: 32,
  /** A 4-digit number right after an Australian state abbreviation ("NSW 2026"). */
  AU_POST: 64,
  /** Four digits right after two digits and a space or dot ("45 6789"): a spaced SSN may be here. */
  SSN: 128,
} as const;

/** Bits of a token's membership in the word sets above (Tok.m), read once per distinct word instead of a set lookup per rule. */
const M = {
  NOT_NAME: 1 << 0,
  STATE_WORDS: 1 << 1,
  EPONYMS: 1 << 2,
  NOT_PERSON: 1 << 3,
  MONTH_WORDS: 1 << 4,
  TITLES: 1 << 5,
  FACILITY_GENERIC: 1 << 6,
  SUBJECT_VERBS: 1 << 7,
  STRONG_CONTEXT: 1 << 8,
  WEAK_CONTEXT: 1 << 9,
  MEDIUM_CONTEXT: 1 << 10,
  ROLE_ABBR: 1 << 11,
  PARTICLES: 1 << 12,
  KIN_PLURAL: 1 << 13,
  CORE_TITLES: 1 << 14,
  EPONYM_HEADS: 1 << 15,
  LOWER_TITLES: 1 << 16,
  LOWER_NAME_CUE: 1 << 17,
  PLACE_PREP: 1 << 18,
  SCALE_NAMES: 1 << 19,
  CREDENTIAL_TOKENS: 1 << 20,
  PLACE_NOUNS: 1 << 21,
  STORE_CHAINS: 1 << 22,
  SCALE_HEADS: 1 << 23,
  STATE_FIRST_WORDS: 1 << 24,
  /** A US state abbreviation, lower case (a token of two capitals: its key is the abbreviation's lower case). */
  STATE_ABBR_LOWER: 1 << 25,
  BUILDING_HEADS: 1 << 26,
  /** First word of a state, province or region of several words (see regionTable). */
  REGION_FIRST: 1 << 27,
  /** First word of a company's name in COMPANIES (and its first two words joined by a hyphen: "bristol-myers"). */
  COMPANY_FIRST: 1 << 28,
  /** Words after which a user name follows ("user", "by", "clerk:", "transcribed:"). */
  HANDLE_CUE: 1 << 29,
} as const;
/** Member bits whose tokens are listed in Detector.cueIdx. */
const CUE_BITS = M.HANDLE_CUE | M.COMPANY_FIRST;
/** Member bits whose tokens (and the possessive ones) are listed in Detector.crossIdx. */
const CROSS_BITS = M.PLACE_PREP | M.STRONG_CONTEXT | M.CREDENTIAL_TOKENS;
let memberMap: Map<string, number> | undefined;
/** The M bits of a token's key. */
function memberBits(k: string): number {
  if (!memberMap) {
    const map = new Map<string, number>();
    const sets: [ReadonlySet<string>, number][] = [[NOT_NAME, M.NOT_NAME], [STATE_WORDS, M.STATE_WORDS], [EPONYMS, M.EPONYMS], [NOT_PERSON, M.NOT_PERSON], [MONTH_WORDS, M.MONTH_WORDS], [TITLES, M.TITLES], [FACILITY_GENERIC, M.FACILITY_GENERIC], [SUBJECT_VERBS, M.SUBJECT_VERBS], [STRONG_CONTEXT, M.STRONG_CONTEXT], [WEAK_CONTEXT, M.WEAK_CONTEXT], [MEDIUM_CONTEXT, M.MEDIUM_CONTEXT], [ROLE_ABBR, M.ROLE_ABBR], [PARTICLES, M.PARTICLES], [KIN_PLURAL, M.KIN_PLURAL], [CORE_TITLES, M.CORE_TITLES], [EPONYM_HEADS, M.EPONYM_HEADS], [LOWER_TITLES, M.LOWER_TITLES], [LOWER_NAME_CUE, M.LOWER_NAME_CUE], [PLACE_PREP, M.PLACE_PREP], [SCALE_NAMES, M.SCALE_NAMES], [CREDENTIAL_TOKENS, M.CREDENTIAL_TOKENS], [PLACE_NOUNS, M.PLACE_NOUNS], [STORE_CHAINS, M.STORE_CHAINS], [SCALE_HEADS, M.SCALE_HEADS], [STATE_FIRST_WORDS, M.STATE_FIRST_WORDS], [STATE_ABBR_LOWER, M.STATE_ABBR_LOWER], [BUILDING_HEADS, M.BUILDING_HEADS]];
    for (const [set, bit] of sets) for (const w of set) map.set(w, (map.get(w) ?? 0) | bit);
    for (const w of regionTable().first) map.set(w, (map.get(w) ?? 0) | M.REGION_FIRST);
    for (const w of HANDLE_CUES) map.set(w, (map.get(w) ?? 0) | M.HANDLE_CUE);
    // The name cue words (NAME_CUES) share the bit of the companies' first words, to be listed in cueIdx: a bit at 2^30
    // would take Tok.m out of small integers, which slows every pass that reads it.
    for (const w of NAME_CUES.keys()) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    // The trigger words of tokenCues (laterCues) share the bit of the companies' first words, to be listed in cueIdx (no member
    // bit is left below 2^30, and a bit at 2^30 would take Tok.m out of small integers). companies() tries its pattern at them
    // and finds nothing there that it would not find at a company's first word.
    for (const w of laterCueCodes().keys()) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    for (const c of NOT_NAME_PHRASES) {
      const words = c.split(' ');
      for (const w of [words[0] as string, `${words[0]}-${words[1]}`]) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    }
    memberMap = map;
    memberDigits = [...map.keys()].some((w) => /^\d/.test(w));
  }
  return memberMap.get(k) ?? 0;
}
let regionCache: { keys: Set<string>; prefixes: Set<string>; first: Set<string>; maxWords: number } | undefined;
/**
 * States, provinces and regions of other countries written in several words ("British Columbia", "New South
 * Wales", "Western Cape", "Bay of Plenty"), lower case, words joined by single spaces: the generated REGIONS
 * and the Indian, New Zealand and South African lists above, less any that is also a town in the gazetteer
 * ("Rio de Janeiro", "Reggio Emilia"), which stays a place.
 */
function regionTable(): { keys: Set<string>; prefixes: Set<string>; first: Set<string>; maxWords: number } {
  if (regionCache) return regionCache;
  const lex = lexicons();
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const first = new Set<string>();
  let maxWords = 2;
  for (const r of [...REGIONS.split('|'), ...INDIAN_STATES.split('|'), ...REGIONS_4.split('|'), ...STATES_AND_COUNTRIES_17]) {
    const key = r.toLowerCase().replace(/[\s-]+/g, ' ').replace(/['’]/g, '');
    const words = key.split(' ');
    if (words.length < 2 || lex.places.has(key)) continue;
    keys.add(key);
    first.add(words[0] as string);
    // "Hawke's Bay": the token of a possessive is the word without its "'s".
    if (/^\S+['’]s\b/.test(r)) first.add((words[0] as string).slice(0, -1));
    for (let i = 2; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    if (words.length > maxWords) maxWords = words.length;
  }
  return (regionCache = { keys, prefixes, first, maxWords });
}
/** Whether a word of the sets starts with a digit (else tokens that do are in none). */
let memberDigits = true;

let triggerMap: Map<string, number> | undefined;
/** The lexicon's word bits plus the trigger bits, in one map (built once). */
function triggerFlags(): Map<string, number> {
  if (triggerMap) return triggerMap;
  const map = lexicons().flags;
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(MONTH_WORDS, T.MONTH);
  add(FOREIGN_MONTH_WORDS, T.FMONTH);
  add(['nhs', 'chi'], T.NHS);
  add(['ohip', 'hcn', 'phn', 'ramq', 'nhi', 'health', 'ontario', 'provincial', 'bc', 'alberta', 'manitoba', 'personal', 'carte', 'national', 'medicare'], T.INTL_HEALTH);
  // "template" shares the bit of "NHS" (two rare triggers: each rule checks its own words).
  add(['template', 'templates'], T.NHS);
  // More rare words on the same bit; each rule looks for its own words in Detector.rare.
  add([...FIRM_WORDS, ...SIGN_OFF_WORDS, 'dublin', 'co', 'gps', 'coordinates', 'coords', 'latitude', 'lz', 'psc', 'cmr', 'apo', 'fpo', 'dpo', 'box', 'brgy', 'barangay', 'bairro', 'colonia', 'fracc', 'col', 'v', 'vs', 'insert'], T.NHS);
  // Stop 15: a Malay and Indonesian fax label (see numbersRound15).
  add(['faks', 'faksimili', 'jalan', 'jln', 'jl', 'lorong', 'persiaran', 'taman', 'kampung', 'bandar'], T.NHS);
  // (Stop 15, ids15) Masks of identifiers ("XXXX XXXX 4471"): maskedIds.
  add(MASK_WORDS, T.NHS);
  // Stop 15: patronymic joiners and military or police ranks (namesAround).
  add(['bin', 'binti', 'bte', 'ibn', ...RANK_RARE], T.NHS);
  // Stop 15, second wave: cues of initials (verifiedInitials).
  add(VERIFY_CUES, T.NHS);
  // Stop 15, second wave (places17): foreign hospital heads, townships, mile markers (placesRound17).
  add(RARE_17, T.NHS);
  add(PLACE_KEYS_19, T.NHS);
  add(EDI_RARE_20, T.NHS);
  add([...CARE_HEADS_23, ...TITLED_STREETS_23, ...DIVISIONS_AFTER_23, ...DIVISIONS_BEFORE_23], T.NHS);
  add([...PRISON_PREFIX_27, ...PLACE_FIELD_FIRST_27], T.NHS);
  add(RARE_29, T.NHS);
  add(OFFICE_RARE_17, T.NHS);
  add(RARE_22, T.NHS);
  add(['com'], T.NHS);
  add(RARE_25, T.NHS);
  add(RARE_28, T.NHS);
  add(RARE_30, T.NHS);
  add(RARE_16, T.NHS);
  add([...NIR_WORDS, 'baby'], T.NHS);
  add(RARE_21, T.NHS);
  add(RARE_24, T.NHS);
  add(['address', 'addr', 'residence', 'suburb', 'locality', 'hometown', 'birthplace', 'town', 'city', 'village', 'lives', 'living', 'residing', 'born', 'home', 'county', 'parish', 'borough', 'district'], T.ADDR);
  add(['route', 'rte', 'highway', 'hwy', 'interstate', 'exit', 'fm', 'rm', 'sr'], T.ROUTE);
  add(['at'], T.AT);
  add(['dot'], T.DOT);
  // Videos and whole-slide scans are images of the patient too.
  add(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'webp', 'raw', 'dcm', 'dicom', 'mp4', 'mov', 'avi', 'm4v', 'wmv', 'svs', 'ndpi', 'pdf'], T.PHOTO_EXT);
  add(['year', 'years', 'yr', 'yrs', 'yo', 'y', 'j', 'o', 'm', 'f', 'old', 'años', 'anos', 'ans', 'jahre', 'jahren', 'anni', 'jaar', 'år', 'jährige', 'jährigen', 'jähriger', 'jähriges', 'jarige', 'årig', 'årige', 'yof', 'yom'], T.AGE_UNIT);
  add(STREET_SUFFIX_SET, T.STREET);
  add(['park', 'gardens', 'mall', 'station', 'airport', 'beach', 'stadium', 'bridge', 'pier', 'marina'], T.STREET);
  add(STREET_FIRST_WORDS, T.STREET_FIRST);
  add(['county', 'parish', 'borough'], T.COUNTY);
  add(['ninety', 'hundred', 'nineties'], T.AGE_WORD);
  add(['p', 'po', 'gpo', 'locked', 'private', 'r', 'rr', 'hc', 'h', 'rural', 'apt', 'apartment'], T.BOX);
  add(['zip', 'postal', 'postcode', 'cep', 'plz', 'zipcode', 'postalcode', 'zip_code', 'postal_code', 'post_code'], T.ZIP);
  add(NAME_FIELD_FIRST, T.NAME_FIELD);
  add(VEHICLE_MAKES, T.MAKE);
  add(['ssn', 'ss', 'social', 'soc', 'last'], T.SSN);
  add(['age', 'aged', 'ages', 'died', 'passed', 'expired', 'deceased', 'alive', 'lived', 'turned', 'turns', 'turning', 'birthday', 'edad', 'alter', 'âge', 'età', 'leeftijd', 'idade', 'ålder', 'alder', 'wiek', 'umur'], T.AGE);
  add(LABEL_FIRST, T.LABEL);
  add(PHONE_LABEL_FIRST, T.PHONE_LABEL);
  add(FACILITY_FIRST, T.FACILITY);
  add(CUE_WORDS, T.CUE);
  triggerMap = map;
  return map;
}

/** Counts of the tokenizer's slow path (see Detector.slowToken). */
interface ScanCounts {
  /** A vehicle word occurs (see Detector.vehicleText). */
  vehicle: boolean;
  upper: number;
  letters: number;
  capitals: number;
  seen: number;
  shapes: number;
}

const anyCandidate = (): boolean => true;
const isNameCand = (c: Cand): boolean => c.t === 'NAME';
const isPlaceCand = (c: Cand): boolean => c.t === 'LOCATION';
const isOtherThanPlaceOrName = (c: Cand): boolean => c.t !== 'NAME' && c.t !== 'LOCATION';
/** From this many candidates on, anyCand asks an index instead of reading every candidate (a text made of thousands of
 * candidates would otherwise cost time quadratic in its length: see "Worst-case inputs" in docs/deid.md). */
let CAND_INDEX_MIN = 128;

/**
 * For tests: from how many candidates anyCand and its kin use their index, and above which length a text's line starts
 * come from its list of line feeds (0 and 0: always; Infinity: never). Both paths must give the same answers.
 * Returns the previous values.
 */
export function setScaleThresholds(candIndexMin: number, lineIndexMin: number): [number, number] {
  const was: [number, number] = [CAND_INDEX_MIN, LINE_INDEX_MIN];
  CAND_INDEX_MIN = candIndexMin;
  LINE_INDEX_MIN = lineIndexMin;
  return was;
}
/** Candidates at most this long are filed by the 32-character block of their start; longer ones are read on every query. */
const CAND_INDEX_LONG = 512;

/**
 * The live candidates of a text filed by the block of their start: whether one overlaps [s, e) reads only the blocks
 * from s less the longest candidate's length to e. Dropped candidates (p < 0) stay filed and are skipped, as anyCand
 * skips them; a candidate's start moves only through Detector.setStart.
 */
export class CandIndex {
  private readonly blocks = new Map<number, Cand[]>();
  private readonly long: Cand[] = [];
  private maxLen = 0;

  constructor(cands: readonly Cand[]) {
    for (const c of cands) this.put(c);
  }
  put(c: Cand): void {
    const len = c.e - c.s;
    if (len > CAND_INDEX_LONG) {
      this.long.push(c);
      return;
    }
    if (len > this.maxLen) this.maxLen = len;
    const b = Math.max(0, c.s) >> 5;
    const list = this.blocks.get(b);
    if (list === undefined) this.blocks.set(b, [c]);
    else list.push(c);
  }
  remove(c: Cand): void {
    const list = c.e - c.s > CAND_INDEX_LONG ? this.long : this.blocks.get(Math.max(0, c.s) >> 5);
    const at = list === undefined ? -1 : list.indexOf(c);
    if (at >= 0) (list as Cand[]).splice(at, 1);
  }
  any(s: number, e: number): boolean {
    return this.some(s, e, anyCandidate);
  }
  /** Whether a live candidate overlapping [s, e) passes `test`. */
  some(s: number, e: number, test: (c: Cand) => boolean): boolean {
    for (const c of this.long) if (c.s < e && c.e > s && c.p >= 0 && test(c)) return true;
    const hi = Math.max(0, e - 1) >> 5;
    for (let b = Math.max(0, s - this.maxLen + 1) >> 5; b <= hi; b++) {
      const list = this.blocks.get(b);
      if (list !== undefined) for (const c of list) if (c.s < e && c.e > s && c.p >= 0 && test(c)) return true;
    }
    return false;
  }
}

class Detector {
  readonly cands: Cand[] = [];
  readonly toks: Tok[] = [];
  /** Indices of the tokens with digits (shape X). */
  readonly xIdx: number[] = [];
  /** Indices of the tokens that are month words (no digits), hold letters and digits, or hold an apostrophe, a hyphen or a character beyond ASCII (see monthStarts). */
  readonly monthIdx: number[] = [];
  /** Indices of the tokens with a trigger of a sticky rule (STICKY_BITS). */
  readonly stickyIdx: number[] = [];
  /** Indices of the tokens "at" (any case). */
  readonly atIdx: number[] = [];
  /** Indices of the tokens that may open a user name or a company's name (M.HANDLE_CUE, M.COMPANY_FIRST). */
  readonly cueIdx: number[] = [];
  /** Possessive tokens and tokens with CROSS_BITS (see crossCues). */
  readonly crossIdx: number[] = [];
  /** Tokens with T.STREET (see placesStreets). */
  readonly streetIdx: number[] = [];
  /** Tokens with M.BUILDING_HEADS or T.FACILITY (see placesFacilities). */
  readonly facIdx: number[] = [];
  readonly lex: Lexicons;
  readonly capsDoc: boolean;
  /** Text typed in lower case only (portal messages, chat). */
  readonly lowerDoc: boolean;
  /** A short text without a single capital ("im staying w my sister in leeds"). */
  readonly noCaps: boolean;
  readonly hasMonth: boolean;
  /** A word of VEHICLE_WORD_SET (alone or as a part of a hyphenated word) or a make occurs: the gate of the plate rules. */
  readonly vehicleText: boolean;

  /** Union of the trigger bits of all tokens: which rules can fire at all in this text. */
  readonly seen: number;
  /** Triggers from token shapes (S). */
  readonly shapes: number;
  /** Tokens carrying a trigger of a sticky rule (see stickyAt). */
  private triggered: Tok[] | undefined;
  private readonly byBit = new Map<number, Tok[]>();
  /** The candidates by place, once a text has many (see anyCand). */
  private candIndex: CandIndex | undefined;
  /** The rare trigger words of the text (the words of T.NHS), lower case. */
  rare: Set<string> | undefined;
  /** Start and end of each table header line the structured pass read, in text order (see tableHeader). */
  headerLines: number[] | undefined;
  /** Start and end of each state, province, region or country of several words (see regions), in text order. */
  regionSpans: number[] | undefined;
  /** Letters beyond ASCII occur (other languages). */
  readonly nonAscii: boolean;
  /** Some character lies beyond the tokenizer's scripts (CJK, symbols...). */
  readonly wide: boolean;

  constructor(readonly v: string) {
    this.lex = lexicons();
    const flags = triggerFlags();
    let upper = 0;
    let letters = 0;
    let capitals = 0;
    let seen = 0;
    let shapes = 0;
    let nonAscii = false;
    let wide = false;
    let vehicle = false;
    const n = v.length;
    /** The counts of the tokens read by slowToken. */
    const st: ScanCounts = { vehicle: false, upper: 0, letters: 0, capitals: 0, seen: 0, shapes: 0 };
    // A hand-written tokenizer: letters/digits with inner apostrophes and hyphens, shape on the fly.
    for (let i = 0; i < n; ) {
      let c = v.charCodeAt(i);
      let cls = c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0;
      if (cls === 0) {
        if (c >= CLASS_LIMIT) wide = true;
        i++;
        continue;
      }
      const s = i;
      let digits = 0;
      let lowers = 0;
      let uppers = 0;
      let hyphen = false;
      /** An apostrophe, a hyphen or a character beyond ASCII inside the token. */
      let odd = false;
      let h = 0;
      for (;;) {
        h = (Math.imul(h, 31) + c) | 0;
        if (c > 127) {
          nonAscii = true;
          odd = true;
        }
        if (cls === 1) digits++;
        else if (cls === 2) lowers++;
        else uppers++;
        i++;
        if (i >= n) break;
        c = v.charCodeAt(i);
        cls = c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0;
        if (cls !== 0) continue;
        // Inner apostrophe before a letter, inner hyphen before a letter or digit.
        if ((c === 39 || c === 0x2019) && i + 1 < n && isLetterCode(v.charCodeAt(i + 1))) {
          odd = true;
          i++;
          c = v.charCodeAt(i);
          cls = charClass(c);
          continue;
        }
        if (c === 45 && i + 1 < n && isWordCode(v.charCodeAt(i + 1))) {
          hyphen = true;
          odd = true;
          i++;
          c = v.charCodeAt(i);
          cls = charClass(c);
          continue;
        }
        break;
      }
      const len0 = i - s;
      if (digits === 0 && len0 <= WORD_CACHE_MAX_LEN) {
        // Words without digits: their shape, key and lexicon bits depend on their letters only (memo, no allocation on a hit).
        const hm = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
        const en = wordEntry(v, s, i, hm ^ (hm >>> 15), uppers, lowers, hyphen, flags);
        const { w, k, shape, f, m, possessive } = en;
        if (en.vehicle) vehicle = true;
        if (shape === 'U') upper += len0;
        if (shape !== 'L') capitals++;
        if (shape !== 'I') letters += len0;
        if (shape === 'U' && len0 <= 3 && s > 0) {
          const before = v.charCodeAt(s - 1);
          if (before === 45 || before === 0x2013 || before === 0x2014) shapes |= S.DASH_INITIALS;
        }
        seen |= f;
        if (f & T.NHS) (this.rare ??= new Set()).add(k);
        if (f & T.AT && len0 === 2) this.atIdx.push(this.toks.length);
        if (f & STICKY_BITS) this.stickyIdx.push(this.toks.length);
        if (odd || (m & M.MONTH_WORDS) !== 0) this.monthIdx.push(this.toks.length);
        if ((m & CUE_BITS) !== 0) this.cueIdx.push(this.toks.length);
        if (possessive || (m & CROSS_BITS) !== 0) this.crossIdx.push(this.toks.length);
        if (f & T.STREET) this.streetIdx.push(this.toks.length);
        if ((m & M.BUILDING_HEADS) !== 0 || (f & T.FACILITY) !== 0) this.facIdx.push(this.toks.length);
        this.toks.push({ s, e: i - (possessive ? 2 : 0), w, k, shape, possessive, capitals: uppers, f, m });
        continue;
      }
      this.slowToken(v, s, i, digits, lowers, uppers, hyphen, odd, flags, st);
    }
    upper += st.upper;
    letters += st.letters;
    capitals += st.capitals;
    seen |= st.seen;
    shapes |= st.shapes;
    this.capsDoc = letters > 40 && upper / letters > 0.6;
    this.lowerDoc = letters > 40 && capitals / letters < 0.01;
    this.noCaps = letters > 15 && capitals === 0;
    this.seen = seen;
    this.shapes = shapes;
    this.nonAscii = nonAscii;
    this.wide = wide;
    this.hasMonth = (seen & T.MONTH) !== 0;
    this.vehicleText = vehicle || st.vehicle || (seen & T.MAKE) !== 0;
  }

  /** A token the word memo does not hold (with digits, or longer than 12 characters), from the tokenizer's counts:
   * pushed to the token lists; its contributions to the document's counts and trigger bits go to `st`. */
  private slowToken(v: string, s: number, i: number, digits: number, lowers: number, uppers: number, hyphen: boolean, odd: boolean, flags: Map<string, number>, st: ScanCounts): void {
    const w = v.slice(s, i);
    let shape: Tok['shape'];
    if (digits > 0) shape = 'X';
    else {
      const c0 = w.charCodeAt(0);
      const up0 = charClass(c0) === 3;
      if (!up0) shape = 'L';
      else if (w.length === 1) shape = 'I';
      else shape = lowers === 0 ? 'U' : 'T';
    }
    if (shape === 'U') st.upper += w.length;
    if (shape !== 'L' && shape !== 'X') st.capitals++;
    if (shape !== 'I' && shape !== 'X') st.letters += w.length;
    let k = shape === 'X' || uppers === 0 ? w : w.toLowerCase();
    let possessive = false;
    const len = k.length;
    if (len > 2 && k.charCodeAt(len - 2) === 39 && k.charCodeAt(len - 1) === 115) {
      possessive = true;
      k = k.slice(0, -2);
    } else if (len > 2 && k.charCodeAt(len - 2) === 0x2019 && k.charCodeAt(len - 1) === 115) {
      possessive = true;
      k = k.slice(0, -2);
    }
    let f = shape === 'X' ? 0 : (flags.get(k) ?? 0);
    if (shape !== 'X' && vehicleWord(k, hyphen)) st.vehicle = true;
    if (hyphen && shape !== 'X') {
      // "ninety-two", "Check-in": the first part's triggers count too.
      f |= (flags.get(k.slice(0, k.indexOf('-'))) ?? 0) & ~0xff;
      if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(k)) f |= T.MONTH;
      f |= doubleBarrelBits(k, flags);
    }
    if (shape === 'X' && w.length <= 5 && lowers + uppers > 0 && lowers + uppers <= 3 && ageUnitLead(w) && /^\d{2,3}(?:[MmFf]|yo[MF]?|YO|[yY][MF]?|yrs?|YRS?)$/.test(w)) st.seen |= T.AGE_UNIT;
    if (shape === 'X' && hyphen && lowers + uppers > 0) {
      // "92-year-old", "03-Mar-2015": the word parts of a token with digits trigger their rules (none without letters: "555-0100").
      for (const part of w.toLowerCase().split('-')) {
        if (hasAsciiDigit(part)) continue;
        st.seen |= (flags.get(part) ?? 0) & ~0xff;
        if (VEHICLE_WORD_SET.has(part)) st.vehicle = true;
      }
      if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(w)) st.seen |= T.MONTH;
    }
    if (shape === 'X') {
      const len = w.length;
      if (digits === len && len >= 3 && len <= 5 && w.charCodeAt(0) === 48) st.shapes |= S.UK_PHONE;
      if (len === 3 && digits === 2 && uppers === 1 && charClass(w.charCodeAt(1)) === 3) st.shapes |= S.CA_POST;
      if (len === 4 && digits === 4 && this.toks.length > 0) {
        const pv = this.toks[this.toks.length - 1] as Tok;
        if (pv.shape === 'U' && AU_STATES.has(pv.w)) st.shapes |= S.AU_POST;
        else if (pv.shape === 'X' && pv.w.length === 2 && pv.e === s - 1) st.shapes |= S.SSN;
      }
      if (len === 3 && digits === 1 && uppers === 2) st.shapes |= S.POSTCODE;
      else if (len <= 4 && lowers === 2 && digits === len - 2 && ordinalEnd(w)) st.shapes |= S.ORDINAL;
      else if (hyphen && w.charCodeAt(0) === 73 && w.charCodeAt(1) === 45) st.shapes |= S.ROUTE;
    } else if (shape === 'U' && w.length <= 3 && s > 0) {
      const before = v.charCodeAt(s - 1);
      if (before === 45 || before === 0x2013 || before === 0x2014) st.shapes |= S.DASH_INITIALS;
    }
    st.seen |= f;
    if (f & T.NHS) (this.rare ??= new Set()).add(k);
    if (shape === 'X') this.xIdx.push(this.toks.length);
    if (f & STICKY_BITS) this.stickyIdx.push(this.toks.length);
    // (A token with digits may open with a month word: "Jan2020".)
    if (odd || (shape === 'X' && lowers + uppers > 0)) this.monthIdx.push(this.toks.length);
    const mb = !memberDigits && isDigitCode(k.charCodeAt(0)) ? 0 : memberBits(k);
    if ((mb & CUE_BITS) !== 0) this.cueIdx.push(this.toks.length);
    if (possessive || (mb & CROSS_BITS) !== 0) this.crossIdx.push(this.toks.length);
    if (f & T.STREET) this.streetIdx.push(this.toks.length);
    if ((mb & M.BUILDING_HEADS) !== 0 || (f & T.FACILITY) !== 0) this.facIdx.push(this.toks.length);
    // A video's extension has a digit ("clip.mp4"): it triggers the file-name rule like "jpg".
    if (shape === 'X' && (k === 'mp4' || k === 'm4v')) st.seen |= T.PHOTO_EXT;
    this.toks.push({ s, e: i - (possessive ? 2 : 0), w, k, shape, possessive, capitals: uppers, f, m: mb });
  }
  add(s: number, e: number, t: PhiType, p: number): void {
    if (e <= s) return;
    const c = { s, e, t, p };
    this.cands.push(c);
    this.candIndex?.put(c);
  }
  /** Moves a candidate's start (through here, so that the index of anyCand follows). */
  setStart(c: Cand, s: number): void {
    if (this.candIndex === undefined) {
      c.s = s;
      return;
    }
    this.candIndex.remove(c);
    c.s = s;
    this.candIndex.put(c);
  }

  // --- shaped identifiers -------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, faster than one large method.
  shaped(): void {
    this.shapedAddresses();
    this.shapedPhones();
    this.shapedLabels();
    this.shapedNumbers();
    if (this.vehicleText) this.statePlates();
  }
  /** "his truck (NY reg GHT-4491)", "2019 Ford F-150, TX DKR-2231", "boat reg. FL 4471 KT": a plate after its state's
   * abbreviation, with a vehicle, a make or a registration word shortly before. */
  statePlates(): void {
    const v = this.v;
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.shape !== 'U' || t.w.length !== 2 || !STATE_ABBR_SET.has(t.w)) continue;
      const m = PLATE_AFTER_STATE.exec(v.slice(t.e, t.e + 16));
      if (!m) continue;
      const g = m[1] as string;
      const n = g.replace(/[ -]/g, '').length;
      if (n < 5 || n > 8) continue;
      let near = false;
      for (let j = i - 1; j >= 0 && (toks[j] as Tok).s >= t.s - 48; j--) {
        const b = toks[j] as Tok;
        if ((b.f & T.MAKE) !== 0 || VEHICLE_WORD_SET.has(b.k)) {
          near = true;
          break;
        }
      }
      if (!near) continue;
      const st = t.e + m[0].length - g.length;
      this.add(st, st + g.length, 'VEHICLE', 96);
    }
  }
  /** E-mail, web and network addresses, SSNs. */
  shapedAddresses(): void {
    const v = this.v;
    if (v.includes('@')) for (const m of emailMatches(v)) this.add(m.index, m.index + m[0].length, 'EMAIL', 100);
    if (this.seen & T.DOT || (this.seen & T.AT && (this.bracketAt() || this.atUser()))) {
      for (const m of v.matchAll(RE.emailObf)) {
        const txt = m[0];
        // Obfuscated forms need an explicit "at" marker and some obfuscation.
        if (!/\bat\b|@/i.test(txt)) continue;
        // "name at host.com" counts when the name looks like a user name ("john.smith", "jsmith72").
        if (/\s+at\s+/i.test(txt) && !/\bdot\b|[[({<]/i.test(txt) && !/^[A-Za-z0-9]*[._\d][\w.%+-]*\s+at\s/i.test(txt)) continue;
        this.add(m.index, m.index + txt.length, 'EMAIL', 99);
      }
    }
    if (v.includes('://') || /www\./i.test(v)) for (const m of v.matchAll(RE.url)) {
      let txt = m[0].replace(/[.,;:!?]+$/, '');
      // (Stop 15, second wave: an address that opens a cell of comma-separated values ends with its cell.)
      if (m.index > 0 && v.charCodeAt(m.index - 1) === 44 && txt.includes(',')) txt = txt.slice(0, txt.indexOf(','));
      // A code system's address names no one: a FHIR "system" value, or a terminology's base ("http://loinc.org").
      if (TERMINOLOGY_URL.test(txt) || /"system"[ \t]*:[ \t]*"$/.test(v.slice(Math.max(0, m.index - 14), m.index))) continue;
      // Above the labels: "?acct=0048229173" stays inside the URL.
      this.add(m.index, m.index + txt.length, 'URL', 104);
    }
    for (const m of runMatches(v, DOMAIN_Y, domainHitFrom, DOMAIN_CHARS)) {
      const txt = m[0].replace(/[.,;:!?]+$/, '');
      this.add(m.index, m.index + txt.length, 'URL', 95);
    }
    for (const m of matchesAt(NUM_Y.ipv4, v, this.digitStartsWhere(ipv4At, true))) this.add(m.index, m.index + m[0].length, 'IP', 100);
    if (v.includes(':') || v.includes('-')) for (const m of matchesAt(MAC_Y, v, macStarts(v))) this.add(m.index, m.index + m[0].length, 'DEVICE', 99);
    if (ipv6Gate(v)) {
      for (const m of v.matchAll(RE.ipv6)) {
        let txt = m[0];
        // (Stop 15, second wave: a colon after the address ends a label's clause: "upload from 2001:db8:44::9: outside".)
        if (txt.endsWith(':') && !txt.endsWith('::')) txt = txt.slice(0, -1);
        if (!validIpv6(txt)) continue;
        // Times ("12:30:45") are not addresses: need a hex letter, "::" or many groups.
        if (!/[A-Fa-f]/.test(txt) && !txt.includes('::') && txt.split(':').length < 6) continue;
        this.add(m.index, m.index + txt.length, 'IP', 100);
      }
    }
    if (this.seen & T.PHOTO_EXT) for (const m of runMatches(v, PHOTO_Y, photoHitFrom, PHOTO_CHARS)) this.add(m.index, m.index + m[0].length, 'PHOTO', 100);
    if (v.includes('-')) for (const m of matchesAt(NUM_Y.ssn, v, this.digitStartsWhere(ssnAt))) this.add(m.index, m.index + m[0].length, 'SSN', 100);
    for (const m of this.stickyAt(RE.ssnLabelled, T.SSN)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'SSN', 101);
    }
    for (const m of this.stickyAt(RE.ssnPartial, T.SSN)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'SSN', 101);
    }
    if (this.shapes & S.SSN) for (const m of v.matchAll(RE.ssnSpaced)) {
      const before = v.slice(Math.max(0, m.index - 60), m.index);
      if (/\b(?:ssn|ss#|social|soc\.?[ \t]*sec|identity|identification|identifier|id|verified|confirmed|tax)\b/i.test(before)) this.add(m.index, m.index + m[0].length, 'SSN', 95);
    }
  }
  /** Phone numbers. */
  shapedPhones(): void {
    const v = this.v;
    for (const m of v.matchAll(RE.phone)) this.addPhone(m.index, m.index + m[0].length);
    // Both patterns open with a "0" that starts a run of digits, or (the Australian one) with "(0": their sticky forms
    // are tried there only, not at every character of the text.
    const auGate = (this.shapes & S.UK_PHONE) !== 0 || v.includes('(0');
    const zeros = auGate ? this.digitStartsWhere(zeroAt) : [];
    if (auGate) {
      const opens: number[] = [];
      for (let x = v.indexOf('(0'); x >= 0; x = v.indexOf('(0', x + 1)) opens.push(x);
      for (const m of matchesAt(PHONE_AU_Y, v, opens.length ? mergeSorted(zeros, opens) : zeros)) {
        const before = v.slice(Math.max(0, m.index - 48), m.index);
        if (/\b(?:tel|telephone|phone|ph|mob|mobile|cell|contact|call|ring|text|home|work|fax|faxed|facsimile)\b/i.test(before)) this.addPhone(m.index, m.index + m[0].length, 99);
      }
    }
    if (this.shapes & S.UK_PHONE) {
      for (const m of matchesAt(PHONE_UK_Y, v, zeros)) {
        // A label before it, or a mobile number (07...): "0800 180 1200" in a flow sheet is not a phone.
        const label =
          /(?:tel|telephone|phone|ph|mob|mobile|cell|fax|call|contact|ring|text|number|no|home|work|office|bleep|pager)\.?[ \t]*[:#]?[ \t]*(?:on[ \t]+)?$/i.test(v.slice(Math.max(0, m.index - 20), m.index)) ||
          /\b(?:tel|telephone|phone|mob|mobile|cell|contact|call|ring|text|whatsapp|landline|fax|faxed|facsimile|e-?fax)\b/i.test(v.slice(Math.max(0, m.index - 48), m.index));
        // Letterheads: "T 020 7946 0958  F 020 7946 0959".
        const letter = /(?:^|[\s|,;(])(?:T|F|M|P|Ph|Tel|Fx)[ \t]*[:.]?[ \t]*$/.test(v.slice(Math.max(0, m.index - 6), m.index));
        // In brackets right after a person ("Wife Corazon (0918 555 2210)").
        const bracket = v.charCodeAt(m.index - 1) === 40 && v.charCodeAt(m.index + m[0].length) === 41 && /(?:\b[A-Z][a-z'-]+|\b(?:son|daughter|wife|husband|mother|father|mom|mum|dad|sister|brother|partner|nok|contact|carer|caregiver|guardian))[ \t]*\($/.test(v.slice(Math.max(0, m.index - 30), m.index));
        if (label || letter || bracket || m[0].startsWith('07')) this.addPhone(m.index, m.index + m[0].length, 99);
      }
    }
    // Unspaced national numbers ("0871234567", "07700900318") after a calling word.
    if (this.shapes & S.UK_PHONE || this.spaceZero()) for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      if ((t.w.length !== 10 && t.w.length !== 11) || t.w.charCodeAt(0) !== 48 || !/^0[1-9]\d{8,9}$/.test(t.w)) continue;
      if (/\b(?:tel|telephone|phone|ph|mob|mobile|cell|contact|call|ring|text|whatsapp|landline|number|no|reach|fax)\b[^.\n]{0,30}$/i.test(v.slice(Math.max(0, t.s - 40), t.s))) this.addPhone(t.s, t.e, 99);
    }
    if (this.seen & T.INTL_HEALTH) {
      for (const m of this.stickyAt(RE.intlHealth, T.INTL_HEALTH)) {
        const full = m[1] as string;
        // Letters of the value in capitals (the label may be in any case): "9876 543 210 on file".
        const g = /\d[ -]?[a-z]{2}$/i.test(full) && /[a-z]/.test(full.slice(-2)) ? full.replace(/[ -]?[a-z]{2}$/i, '') : full;
        if (/[a-z]/.test(g)) continue;
        const s = m.index + m[0].length - full.length;
        this.add(s, s + g.length, 'HEALTH_PLAN', 103);
      }
    }
    // (Stop 15, second wave: Northern Ireland's Health and Care number, "H&C No 320 551 8841".)
    if (this.rare?.has('nhs') || this.rare?.has('chi') || v.includes('H&C')) {
      for (const m of v.matchAll(RE.nhs)) {
        const g = m[1] as string;
        const s = m.index + m[0].length - g.length;
        // An NHS number is the beneficiary number of the UK's health service; a CHI number indexes a patient.
        this.add(s, s + g.length, /^(?:nhs|h&c)/i.test(m[0]) ? 'HEALTH_PLAN' : 'OTHER_ID', 103);
      }
    }
    if (v.includes('+')) {
      for (const m of v.matchAll(RE.phoneIntl)) {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits >= 8 && digits <= 15) this.addPhone(m.index, m.index + m[0].length);
      }
    }
    for (const m of this.stickyAt(RE.phoneLabelled, T.PHONE_LABEL)) {
      // National numbers in other groupings ("091 555 204", "080-2334 5671", "611 55 43 21"): 8 to 12 digits.
      if (m[2] !== undefined && !/^(?:\D*\d){8,12}\D*$/.test(m[2])) continue;
      const g = (m[1] ?? m[2]) as string;
      if (m[1] !== undefined) {
        // A longer national grouping from the same start wins ("080-2334 5671", not "080-2334").
        PHONE_NATIONAL.lastIndex = m.index + m[0].length - g.length;
        const n = PHONE_NATIONAL.exec(this.v);
        if (n && n[0].length > g.length && /^(?:\D*\d){8,12}\D*$/.test(n[0])) {
          this.addPhone(n.index, n.index + n[0].length, 90);
          continue;
        }
      }
      const s = m.index + m[0].length - g.length;
      this.addPhone(s, s + g.length, 90);
    }
  }
  /** Labelled identifiers. */
  shapedLabels(): void {
    const v = this.v;
    // The French social security number (NIR) on the Carte Vitale, written in groups: "2 31 07 75 114 052 37".
    // (Gated on the rare words of its labels, not on three scans of the text: stop 16.)
    if (this.rare !== undefined && NIR_WORDS.some((w) => this.rare?.has(w))) for (const m of v.matchAll(RE.nir)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'HEALTH_PLAN', 103);
    }
    // Labelled identifiers.
    for (const m of this.stickyAt(LABEL_RE, T.LABEL)) {
      let type: PhiType = 'OTHER_ID';
      for (let g = 1; g <= LABELS.length; g++) {
        if (m[g] !== undefined) {
          type = (LABELS[g - 1] as [PhiType, string])[0];
          break;
        }
      }
      // A bare "Registration:" or "reg." names a plate only beside a vehicle ("2015 Toyota Camry, reg. KX19 ZTP"); else a registration (licence).
      if (type === 'VEHICLE' && /^reg(?:istration|\.)$/i.test(m[0]) && !VEHICLE_CONTEXT.test(v.slice(Math.max(0, m.index - 80), m.index))) type = 'LICENSE';
      if (type === 'OTHER_ID' && BIOMETRIC_BEFORE_LABEL.test(v.slice(Math.max(0, m.index - 60), m.index))) type = 'BIOMETRIC';
      // "Insurance: BCBS of Illinois  ID# ...": a bare id label after an insurer on its line is the member's.
      else if (type === 'OTHER_ID' && /^(?:id\b|identifier)/i.test(m[0]) && INSURANCE_CTX.test(v.slice(Math.max(0, m.index - 60), m.index))) type = 'HEALTH_PLAN';
      ID_AFTER.lastIndex = m.index + m[0].length;
      let idm = ID_AFTER.exec(v);
      const idEnd = idm ? idm.index + idm[0].length : -1;
      if (type !== 'VEHICLE' && (!idm || (v.charCodeAt(idEnd) === 32 && isDigitCode(v.charCodeAt(idEnd + 1))))) {
        // "Member ID: CMH 882 104 337-01": an identifier written in groups.
        SPACED_ID.lastIndex = m.index + m[0].length;
        const sp = SPACED_ID.exec(v);
        if (sp && (!idm || (sp[1] as string).length > (idm[1] as string).length)) idm = sp;
      }
      let from = m.index + m[0].length;
      if (type === 'LICENSE') {
        // "DL# (TX) 44120934", "Driver's licence: NSW 12345678": the state or province is not part of the number.
        JURISDICTION.lastIndex = from;
        const jm = JURISDICTION.exec(v);
        if (jm) {
          ID_AFTER.lastIndex = jm.index + jm[0].length;
          const after = ID_AFTER.exec(v);
          // (Or seven digits in groups: "MN K-551-280-774-916".)
          if (after && (/\d{4}/.test(after[1] as string) || (after[1] as string).replace(/\D/g, '').length >= 7)) {
            idm = after;
            from = jm.index + jm[0].length;
          }
        }
      }
      if (type === 'VEHICLE') {
        // "Tag number TN 4J8-K21", "registration: NSW BX42QK": a state or province before the plate is not part of it.
        JURISDICTION.lastIndex = from;
        const jm = JURISDICTION.exec(v);
        if (jm) {
          PLATE_AFTER_JURISDICTION.lastIndex = jm.index + jm[0].length;
          if (PLATE_AFTER_JURISDICTION.test(v)) {
            from = jm.index + jm[0].length;
            ID_AFTER.lastIndex = from;
            idm = ID_AFTER.exec(v);
          }
        }
        // "Tag ABC 1234": plates written in two groups.
        PLATE_SPACED.lastIndex = from;
        const two = PLATE_SPACED.exec(v);
        if (two) idm = two;
      }
      if (!idm && type !== 'VEHICLE') {
        PREFIXED_ID.lastIndex = m.index + m[0].length;
        idm = PREFIXED_ID.exec(v);
      }
      if (!idm && type !== 'VEHICLE') {
        // Dictation: "MRN is four four seven one eight two three".
        SPOKEN_ID.lastIndex = m.index + m[0].length;
        const sp = SPOKEN_ID.exec(v);
        if (sp) {
          const g = sp[1] as string;
          const s = sp.index + sp[0].length - g.length;
          this.add(s, s + g.length, type, 102);
          continue;
        }
      }
      if (!idm) {
        // Dictation with letters and numbers of two digits: "Medicare number is one E G four T E five M K seven two" (stop 16).
        const [a, b] = spokenIdEnd(v, m.index + m[0].length);
        if (a >= 0) {
          this.add(a, b, type, 102);
          continue;
        }
      }
      if (!idm && type === 'VEHICLE') {
        PLATE_LETTERS.lastIndex = from;
        idm = PLATE_LETTERS.exec(v);
      }
      if (/^(?:user|login|screen)/i.test(m[0])) {
        // User names may have no digit and may hold dots or underscores ("mgarcia_92", "j.doe").
        USERNAME_AFTER.lastIndex = m.index + m[0].length;
        const um = USERNAME_AFTER.exec(v);
        if (um && !NOT_NAME.has((um[1] as string).toLowerCase()) && !(this.fl((um[1] as string).toLowerCase()) & L.WORD)) idm = um;
      }
      if (!idm) continue;
      // Short labels that are also words or clinical abbreviations count in capitals only ("UR 221093", not "ur 100mg"; "CIN 2").
      if (/^(?:ur|cin|sin|sa\s*id)$/i.test(m[0]) && !/^[A-Z]/.test(m[0])) continue;
      const id = idm[1] as string;
      const s = idm.index + idm[0].length - id.length;
      if (id.length < 4 && !(type === 'MRN' && id.length >= 3)) continue;
      // A bare "policy" or "claim" (no "number"/"#") needs a long number: "hospital policy #rg17" is a rule.
      if (/^(?:policy|claim)\s*#?$/i.test(m[0]) && (id.match(/\d/g)?.length ?? 0) < 5) continue;
      // A date or an amount after a label is not the identifier.
      if (looksLikeDate(id) || /^\d{1,3}\.\d+$/.test(id) || /^(?:19|20)\d{2}$/.test(id)) continue;
      this.add(s, s + id.length, type, 102);
    }
  }
  /** Plates, VINs, device and card numbers. */
  shapedNumbers(): void {
    const v = this.v;
    // Plates after a vehicle make and model.
    if (this.seen & T.MAKE) for (const tok of this.toks) {
      if (!(tok.f & T.MAKE) || tok.shape === 'X' || tok.shape === 'L') continue;
      PLATE_AFTER_MAKE.lastIndex = tok.e;
      const pm = PLATE_AFTER_MAKE.exec(v);
      if (!pm) continue;
      const g = pm[1] as string;
      // A model number ("F-150", "CX-5") is not a plate: a plate has 5+ letters and digits.
      if (g.replace(/[- ]/g, '').length < 5 || looksLikeDate(g)) continue;
      const s = pm.index + pm[0].length - g.length;
      this.add(s, s + g.length, 'VEHICLE', 97);
    }
    for (const xi of this.xIdx) {
      const tok = this.toks[xi] as Tok;
      if (tok.w.length !== 17 || !VIN_RE.test(tok.w)) continue;
      const t = tok.w;
      const letters = t.replace(/\d/g, '').length;
      if (letters >= 2 && t.length - letters >= 3) this.add(tok.s, tok.e, 'VEHICLE', vinCheck(t) ? 98 : 60);
    }
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const len = t.w.length;
      if ((len === 11 || len === 13) && MBI_RE.test(t.w)) this.add(t.s, t.e, 'HEALTH_PLAN', 97);
      else if (len === 9 && DEA_RE.test(t.w) && deaCheck(t.w)) this.add(t.s, t.e, 'LICENSE', 96);
      else if (len === 8 && COMPACT_DATE_RE.test(t.w)) this.add(t.s, t.e, 'DATE', 85);
    }
    if (this.rare?.has('template') || this.rare?.has('templates')) {
      for (const m of v.matchAll(RE.template)) {
        const g = m[1] as string;
        if (!/\d/.test(g)) continue;
        const before = v.slice(Math.max(0, m.index - 80), m.index);
        if (!/finger|palm|iris|retina|voice|face|facial|biometric|vein|hand ?geometry|gait/i.test(before)) continue;
        const s = m.index + m[0].length - g.length;
        this.add(s, s + g.length, 'BIOMETRIC', 103);
      }
    }
    if (v.includes('(01)')) for (const m of v.matchAll(RE.udi)) this.add(m.index, m.index + m[0].length, 'DEVICE', 98);
    this.cards();
  }

  /** Card numbers (Luhn): 13-19 digits as one token or groups joined by single spaces or dashes. */
  cards(): void {
    const toks = this.toks;
    const v = this.v;
    let done = -1;
    for (const i of this.xIdx) {
      if (i <= done) continue;
      const t = toks[i] as Tok;
      if (!digitsDashes(t.w)) continue;
      // Count the digits first: most runs are too short to build their string.
      let count = digitCount(t.w);
      let j = i;
      while (count < 19) {
        const nx = toks[j + 1];
        if (!nx || nx.shape !== 'X' || nx.s !== (toks[j] as Tok).e + 1 || v.charCodeAt(nx.s - 1) !== 32 || !digitsDashes(nx.w)) break;
        count += digitCount(nx.w);
        j++;
      }
      if (count < 13 || count > 19) continue;
      let digits = '';
      for (let x = i; x <= j; x++) digits += (toks[x] as Tok).w.replace(/-/g, '');
      const before = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
      if (before === 45 || before === 46 || before === 47) continue;
      if (luhn(digits)) {
        // A South African identity number (birth date YYMMDD, citizenship 0/1, then 8 or 9) is no card number.
        const saId = digits.length === 13 && /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}[01][89]\d$/.test(digits) && !/card|visa|mastercard|amex|credit|debit/i.test(v.slice(Math.max(0, t.s - 40), t.s));
        this.add(t.s, (toks[j] as Tok).e, saId ? 'OTHER_ID' : 'ACCOUNT', 96);
        done = j;
      }
    }
  }

  addPhone(s: number, e: number, p = 100): void {
    const before = this.v.slice(Math.max(0, s - 40), s).toLowerCase();
    const after = this.v.slice(e, e + 12).toLowerCase();
    let fax = false;
    // A fax label starts a word ("fax", "faxed", "e-fax", "efax"; not "Fairfax").
    let fi = -1;
    for (let at = before.indexOf('fax'); at >= 0; at = before.indexOf('fax', at + 3)) {
      const w = at > 0 && before.charCodeAt(at - 1) === 101 ? at - 1 : at;
      if (w === 0 || !isLetterCode(before.charCodeAt(w - 1)) || before.slice(Math.max(0, at - 4), at) === 'tele') fi = at;
    }
    fi = Math.max(fi, before.lastIndexOf('facsimile'));
    if (fi >= 0) {
      const rest = before.slice(fi);
      // The fax label must be the last label before the number.
      fax = !/\b(?:tel|phone|ph|call|cell|mobile|pager|telephone|voice|office)\b/.test(rest.slice(3));
    }
    // "P: 617-555-0144  F: 617-555-0199", "T 020 7946 0958  F 020 7946 0959": a lone F (Fx) before the number.
    if (/(?:^|[\s|,;(\/])(?:F|Fx|FX|fx)[ \t]*[:.#]?[ \t]*$/.test(this.v.slice(Math.max(0, s - 8), s))) fax = true;
    if (/^\s*\((?:fax|f)\)|^[ \t]*fax\b(?![ \t]*(?:number|no\.?|#)?[ \t]*[:#]?[ \t]*[\d(+])/.test(after)) fax = true;
    // A fax transmission's header: the number it came from ("INBOUND FAX ... rec'd 03/04/2025 11:02 from (816) 555-0184").
    if (!fax && before.endsWith('from ') && FAX_HEADER_BEFORE.test(this.v.slice(Math.max(0, s - 90), s))) fax = true;
    this.add(s, e, fax ? 'FAX' : 'PHONE', p);
  }

  // --- dates and ages --------------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, faster than one large method.
  dates(): void {
    const n0 = this.cands.length;
    this.datesMonths();
    this.datesNumeric();
    this.datesSlashes();
    this.datesOther();
    this.dayRanges(n0);
    this.agesOver89();
  }
  /** "3-4 April", "12–14 March 2025": a range of days keeps its first day; "7/13-7/15": the range's second date is a
   * date too (candidates from index n0 on). */
  dayRanges(n0: number): void {
    const v = this.v;
    const n1 = this.cands.length;
    for (let i = n0; i < n1; i++) {
      const c = this.cands[i] as Cand;
      if (c.t === 'DATE' && (v.charCodeAt(c.e) === 45 || v.charCodeAt(c.e) === 0x2013) && isDigitCode(v.charCodeAt(c.e - 1))) {
        const r = /^[-–](\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?)(?![\w\/]|\.\d)/.exec(v.slice(c.e, c.e + 12));
        if (r) {
          const [a, b] = (r[1] as string).split('/').map(Number) as [number, number];
          if (a >= 1 && a <= 12 && b >= 1 && b <= 31) this.add(c.e + 1, c.e + r[0].length, 'DATE', 80);
        }
      }
      if (c.t !== 'DATE' || c.s < 2 || !isDigitCode(v.charCodeAt(c.s))) continue;
      const d = v.charCodeAt(c.s - 1);
      if (d !== 45 && d !== 0x2013) continue;
      const m = /(?<![\w\/.-])(0?[1-9]|[12]\d|3[01])$/.exec(v.slice(Math.max(0, c.s - 4), c.s - 1));
      // The date itself must open with a day and a month's name ("4 April"), not a numeric date ("4/5").
      if (!m || !/^\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}/u.test(v.slice(c.s, c.e))) continue;
      c.s -= m[0].length + 1;
    }
  }
  /** "12-Mar", "Sat 3/9", "12.IV.1931" (Roman month), "2024年3月12日". */
  datesOther(): void {
    const v = this.v;
    // From the digit tokens (cheap): "12-Mar" is one token; "12.IV.1931" starts with one.
    for (const i of this.xIdx) {
      const t = this.toks[i] as Tok;
      const w = t.w;
      // "19APR2025", "03jan24": day, month and year written together (EMS, military and pharmacy records).
      if (w.length >= 6 && w.length <= 10 && COMPACT_DMY.test(w)) {
        const b = v.charCodeAt(t.s - 1);
        if (b !== 47 && b !== 46 && b !== 45 && !isWordCode(b) && v.charCodeAt(t.e) !== 45 && dayOk(w.slice(0, /^\d\d/.test(w) ? 2 : 1))) this.add(t.s, t.e, 'DATE', 84);
        continue;
      }
      if (w.length >= 5 && w.length <= 7 && this.seen & T.MONTH && DAY_MON_TOKEN.test(w)) {
        const b = v.charCodeAt(t.s - 1);
        if (b !== 47 && b !== 46 && b !== 45 && !isWordCode(b) && v.charCodeAt(t.e) !== 45) this.add(t.s, t.e, 'DATE', 80);
        continue;
      }
      const a = v.charCodeAt(t.e);
      const r = v.charCodeAt(t.e + 1);
      if ((a === 46 || a === 47 || a === 45) && (r === 73 || r === 86 || r === 88) && /^\d{1,2}$/.test(w)) {
        const m = RE.dRoman.exec(v.slice(Math.max(0, t.s - 1), t.e + 12).replace(/^[^\d]/, ' '));
        RE.dRoman.lastIndex = 0;
        if (m && m.index <= 1 && dayOk(m[1] as string)) this.add(t.s, t.s + m[0].length - m[0].indexOf(m[1] as string), 'DATE', 85);
      }
    }
    if (v.includes('年')) for (const m of v.matchAll(RE.dCjk)) this.add(m.index, m.index + m[0].length, 'DATE', 85);
  }
  /** Dates with month words. */
  datesMonths(): void {
    const v = this.v;
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthDayYear, v, this.monthStarts())) if (dayOk(m[2] as string) && (monthOk(m[1] as string) || m[1] !== (m[1] as string).toLowerCase())) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthDay, v, this.monthStarts())) {
      const mo = m[1] as string;
      if (!dayOk(m[2] as string)) continue;
      if (mo === mo.toLowerCase() && !monthOk(mo)) continue;
      // "June Thompson", "May 2" -- a month followed by a number is a date; short month words need a capital.
      this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dDayMonth, v, this.dayMonthStarts())) {
      const mo = m[2] as string;
      if (!dayOk(m[1] as string)) continue;
      if (mo === mo.toLowerCase() && !monthOk(mo.replace('.', ''))) continue;
      // "2 Mar" is a date; "5 may" is not.
      this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dYearMonDay, v, this.dayMonthStarts())) if (dayOk(m[3] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonDayDash, v, this.monthStarts())) if (dayOk(m[2] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dDayMonDash, v, this.dayMonthStarts())) if (dayOk(m[1] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthYear, v, this.monthStarts())) {
      const mo = m[1] as string;
      if (mo === mo.toLowerCase() && !monthOk(mo)) continue;
      this.add(m.index, m.index + m[0].length, 'DATE', 87);
    }
  }
  /** Numeric and spelled-out dates. */
  datesNumeric(): void {
    const v = this.v;
    for (const m of matchesAt(NUM_Y.dNum3, v, this.digitStartsWhere(dNum3At))) {
      const a = +(m[1] as string);
      const b = +(m[3] as string);
      const sep = m[2] as string;
      const y = m[4] as string;
      if (!((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12))) continue;
      // Ventilator settings ("PSV 12/5/40%": support, PEEP, oxygen) and haemodynamics ("co/ci/svr 3/2/1500") are no dates.
      if (v.charCodeAt(m.index + m[0].length) === 37 || (y.length === 4 && (+y < 1800 || +y > 2199))) continue;
      if (sep === '.' && y.length === 2) {
        // "1.5.10" needs date context.
        if (!DATE_CONTEXT_BEFORE.test(v.slice(Math.max(0, m.index - 24), m.index))) continue;
      }
      this.add(m.index, m.index + m[0].length, 'DATE', 90);
    }
    for (const m of matchesAt(NUM_Y.dIso, v, this.digitStartsWhere(dIsoAt))) {
      const mo = +(m[3] as string);
      const d = +(m[4] as string);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    }
    if (this.seen & T.FMONTH) for (const m of v.matchAll(RE.dForeign)) {
      const day = m[1] ?? m[5];
      if (day && dayOk(day)) this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    // Spelled-out dates ("the fourth of March nineteen thirty-two"): an ordinal word with a full month name.
    // Found from the full month names: an ordinal word before ("fourth of March") or after ("March twenty-first").
    if (this.hasMonth) for (const mt of this.toks) {
      if (!(mt.f & T.MONTH) || mt.shape === 'X' || mt.k.length < 3 || !FULL_MONTHS.has(mt.k)) continue;
      // "may the first dose": "May" as a month needs its capital.
      if (mt.k === 'may' && mt.shape !== 'T') continue;
      const before = ORD_OF_BEFORE.exec(v.slice(Math.max(0, mt.s - 40), mt.s));
      let s = -1;
      let e = mt.e;
      if (before) s = mt.s - before[0].length + (before[1] ? before[1].length : 0);
      else {
        ORD_AFTER.lastIndex = mt.e;
        const after = ORD_AFTER.exec(v);
        if (!after) continue;
        s = mt.s;
        e = mt.e + after[0].length;
      }
      YEAR_AFTER_WORDS.lastIndex = e;
      const y = YEAR_AFTER_WORDS.exec(v);
      if (y) e += y[0].length;
      this.add(s, e, 'DATE', 93);
    }
    if (this.shapes & S.ORDINAL) for (const m of v.matchAll(RE.dDayAlone)) {
      const g = m[1] as string;
      if (!dayOk(g.replace(/\D/g, ''))) continue;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'DATE', 70);
    }
  }
  /** Dates with slashes. */
  datesSlashes(): void {
    const v = this.v;
    const slash = v.includes('/');
    // Day-first dates in this text ("27/01/2025"): "14/03" is then the 14th of March.
    let dayFirstDoc: boolean | undefined;
    if (slash || v.includes('-')) for (const m of matchesAt(NUM_Y.dMonthYearNum, v, this.digitStartsWhere(dMonthYearNumAt))) this.add(m.index, m.index + m[0].length, 'DATE', 84);
    if (slash) for (const m of matchesAt(NUM_Y.dMonthDaySlash, v, this.digitStartsWhere(dMonthDaySlashAt))) {
      let a = +(m[1] as string);
      let b = +(m[2] as string);
      const before = v.slice(Math.max(0, m.index - 24), m.index);
      const after = v.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const dateCtx = DATE_CONTEXT_BEFORE.test(before) || /(?:^|\n)[ \t]*$/.test(before);
      // Day first ("returned 14/03"): with date words before it, or in a text that writes dates day first.
      if (a > 12 && a <= 31 && b >= 1 && b <= 12 && (DAY_FIRST_CONTEXT.test(before) || (dayFirstDoc ??= DAY_FIRST_DOC.test(v)))) [a, b] = [b, a];
      if (a < 1 || a > 12 || b < 1 || b > 31) continue;
      if (NEG_MD_BEFORE.test(before) || NEG_MD_AFTER.test(after) || SCORE_BEFORE.test(before) || (COUNT_AFTER.test(after) && !DATE_CONTEXT_BEFORE.test(before))) continue;
      // Muscle strength out of five, by the limb or muscle after it: "5/5 x4", "4/5 LLE", "4/5 EHL", "5/5 else".
      if (b === 5 && a <= 5 && STRENGTH_AFTER.test(after) && !DATE_CONTEXT_BEFORE.test(before)) continue;
      // "a 6/12 history", "review in 1/52": British months and weeks.
      if ((b === 12 || b === 52 || b === 7) && a <= b && (/^[ \t]*(?:history|hx|ago|duration|months?|weeks?|days?|of\b|post|follow|f\/u|review|then|course|total|abx|antibiotics)/i.test(after) || /(?<![a-z])(?:iv|po|oral|course|abx|antibiotics|for|total|completed|further|another|x)[ \t]*$/i.test(before))) continue;
      // "ARDS 2/2 influenza", "2/2 CAP": "secondary to".
      if (a === 2 && b === 2 && !DATE_CONTEXT_BEFORE.test(before)) continue;
      // Ventilator settings ("PSV 10/5", "weaned to 5/5") near ventilation words, unless a strong date word precedes.
      const around = v.slice(Math.max(0, m.index - 40), m.index + m[0].length + 16);
      // (An event right before it is dated: "extubation 5/24".)
      // (Pressures pair up to about 25/20: "9/28" near a ventilator word is still a date.)
      if (VENT_WORDS.test(around) && b <= 20 && !STRONG_DATE_BEFORE.test(before) && !/(?:extubat|intubat|trach|decannulat)\w*[ \t]+(?:on[ \t]+)?$/i.test(before)) continue;
      // Small fractions ("1/2 tab", "3/4") need date context.
      if (b <= 4 && a < b && !dateCtx) continue;
      // "8/10" and "10/10" near pain or score words are scores.
      if (b === 10 && /pain|score|scale|rate|rating|intensity|severity/i.test(v.slice(Math.max(0, m.index - 48), m.index))) continue;
      // A symptom rated right before: "headache 6/10", "itchy 7/10" (not "headache began 4/10").
      if (b === 10 && /(?:itch\w*|nausea|fatigue|anxiety|dyspn\w*|craving\w*|mood|stress|headache|migraine|lbp|back[ \t]+pain)[ \t]*(?:[:=]|rated|at|is|of)?[ \t]*$/i.test(before)) continue;
      // "symptoms 2/22" (a concussion checklist).
      if (b === 22 && /symptoms?[ \t]*[:=]?[ \t]*$/i.test(before)) continue;
      // "EPDS 11/30", "MoCA 24/30": questionnaire totals.
      if (b === 30 && /(?:epds|moca|mmse|slums|mocha)\W{0,3}$/i.test(before)) continue;
      this.add(m.index, m.index + m[0].length, 'DATE', 80);
    }
  }
  /** Ages over 89. */
  agesOver89(): void {
    const v = this.v;
    // Ages over 89.
    if (this.seen & T.AGE_UNIT) for (const m of matchesAt(NUM_Y.ageNum, v, this.digitStartsWhere(ageNumAt))) {
      const e = m.index + (m[1] as string).length;
      // "Tmax 101F", "spiked to 103 F": a temperature in Fahrenheit, not an age and a sex.
      if (fahrenheitAt(v, m.index, e)) continue;
      this.add(m.index, e, 'AGE_OVER_89', 92);
    }
    if (this.seen & T.AGE_UNIT && v.includes('/')) for (const m of v.matchAll(RE.ageSexSlash)) {
      const g = (m[1] ?? m[2]) as string;
      const s = m.index + m[0].indexOf(g);
      this.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
    for (const m of this.stickyAt(RE.ageEvent, T.AGE)) {
      const g = m[1] as string;
      const s = m.index + m[0].lastIndexOf(g);
      this.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
    if (this.seen & T.AGE && v.includes('irthday')) for (const m of v.matchAll(RE.birthday)) this.add(m.index, m.index + (m[1] as string).length, 'AGE_OVER_89', 92);
    for (const m of this.stickyAt(RE.ageCtx, T.AGE)) {
      const g = m[1] as string;
      const s = m.index + m[0].lastIndexOf(g);
      this.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
    if ((v.includes('<') || v.includes('_')) && (v.includes('<age') || /ge_/i.test(v))) for (const m of v.matchAll(RE.ageKey)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'AGE_OVER_89', 92);
    }
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageOf)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'AGE_OVER_89', 91);
    }
    this.bareAges();
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageWords)) this.add(m.index, m.index + (m[1] as string).length, 'AGE_OVER_89', 92);
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageWordsBare)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'AGE_OVER_89', 91);
    }
    // "in her 97th year": an ordinal token of 90+ first (cheap), then the words around it.
    for (const i of this.xIdx) {
      const t = this.toks[i] as Tok;
      if (t.w.length < 4 || t.w.length > 5 || (t.w.charCodeAt(0) !== 57 && t.w.charCodeAt(0) !== 49) || !/^(?:9\d|1[01]\d)(?:st|nd|rd|th)$/i.test(t.w)) continue;
      RE.ageYearOrd.lastIndex = 0;
      const m = RE.ageYearOrd.exec(v.slice(Math.max(0, t.s - 16), t.e + 6));
      if (m) this.add(t.s, t.e, 'AGE_OVER_89', 91);
    }
    if (this.seen & T.AGE_WORD || v.includes('0s')) for (const m of v.matchAll(RE.ageDecade)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'AGE_OVER_89', 91);
    }
  }

  /** Ages written without a unit: "Bridget O'Malley (95)", "The patient, 98, lives...", "She is 94." */
  bareAges(): void {
    const v = this.v;
    const toks = this.toks;
    for (const i of this.xIdx) {
      const t = toks[i] as Tok;
      const c0 = t.w.charCodeAt(0);
      if (i < 1 || (t.w.length === 2 ? c0 !== 57 : t.w.length !== 3 || c0 !== 49) || !/^(?:9\d|1[01]\d)$/.test(t.w)) continue;
      const b = v.charCodeAt(t.s - 1);
      const a = v.charCodeAt(t.e);
      const p = toks[i - 1] as Tok;
      const rest = v.slice(t.e, t.e + 12);
      if (b === 40 && a === 41) {
        // "(95)" right after a person's name: a capitalized name part that is no common word.
        // An unknown surname counts after a title or a known first name ("Mrs Ada Quill (94)").
        const pp = toks[i - 2];
        const cued = !!pp && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (!!(pp.f & L.FIRST) || ((pp.m & M.TITLES) !== 0));
        if (t.s - p.e !== 2 || p.shape !== 'T' || !(cued || (p.f & NAME_BITS && !(p.f & L.WORD))) || ((p.m & M.NOT_NAME) !== 0)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && p.shape === 'I' && (p.w === 'F' || p.w === 'M') && /^\(?[ \t]*[FM],[ \t]*$/.test(v.slice(Math.max(0, p.s - 1), t.s)) && v.charCodeAt(p.s - 1) === 40 && a === 41) {
        // "(F, 94)".
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && (p.k === 'is' || p.k === 'was') && i >= 2) {
        // "She is 94.", "he was 91 and lived alone".
        const pp = toks[i - 2] as Tok;
        // The subject: a pronoun, a person word, "who", or a person's name ("Wilf is 90 and frail").
        const named = pp.shape === 'T' && (pp.f & NAME_BITS) !== 0 && !(pp.f & (L.WORD | L.PLACE)) && (pp.m & (M.NOT_NAME | M.NOT_PERSON)) === 0;
        if (!(named || /^(?:he|she|i|who|patient|pt|mother|father|grandmother|grandfather|mum|mom|dad|grandma|grandpa|granny|gran|nan|nana|nanna|husband|wife|aunt|uncle|sister|brother|spouse|resident|client)$/.test(pp.k)) || !oneSpace(v, pp.e, p.s)) continue;
        if (!/^(?:[ \t]*(?:[.,;!]|$)|[ \t]+(?:and|now|today|this|but|when)\b)/.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && (p.k === 'herself' || p.k === 'himself') && t.s - p.e === 1 && (a === 41 || a === 44) && v.charCodeAt(p.s - 1) === 40) {
        // "per wife Opal (herself 93)".
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && p.k === 'of' && i >= 2 && /^(?:gentleman|gent|lady|woman|man|widow|widower)$/.test((toks[i - 2] as Tok).k)) {
        // "an elderly gentleman of 93" (not "a man of 95 kg").
        if (/^[ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min|hours?|hrs?|days?|weeks?|months?|units?|ml|beats|breaths|mmhg)\b/i.test(rest) || /^[.\/:-]\d/.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && FIRST_PERSON_PREV.has(p.k) && /(?:^|[^\w'])(?:i'?m|i[ \t]+am|she'?s|he'?s|she[’]s|he[’]s|i[’]m|who[ \t]+is|who'?s|who[’]s)[ \t]+$/i.test(v.slice(Math.max(0, t.s - 9), t.s))) {
        // "She's 96.", "i'm 91 and tired", "I am 93 years young".
        if (!/^(?:[ \t]*(?:[.,;!]|$)|[ \t]+(?:and|now|today|this|but|when|years)\b)/.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (a === 44 && /^,[ \t]+(?:lives|is|was|has|had|who|presents|presented|resides|lived|remains|attends|came|comes|and|of|died|passed)\b/.test(rest)) {
        // "The patient, 98, lives with her son", "Mr Quigley, 93, was seen".
        if (!/,[ \t]*$/.test(v.slice(p.e, t.s))) continue;
        const pp = toks[i - 2];
        const fullName = p.shape === 'T' && !(p.f & (L.WORD | L.PLACE)) && !!pp && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (pp.f & L.FIRST) !== 0;
        const person = /^(?:patient|pt|gentleman|gent|lady|woman|man|resident|widow|widower|client|decedent|husband|wife|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|spouse|partner)$/.test(p.k) || (p.shape === 'T' && p.f & NAME_BITS && !(p.f & L.WORD)) || fullName;
        if (person) this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if ((a === 44 || a === 46 || a === 59 || a === 41 || Number.isNaN(a)) && b === 32 && i >= 2 && /,[ \t]*$/.test(v.slice(p.e, t.s)) && t.s - p.e <= 3 && !/^\.\d/.test(rest)) {
        // "Mr. Harold Pinkerton, 99, MRN ...": after a full name (a known first name and a surname that is no common word).
        const pp = toks[i - 2] as Tok;
        if (p.shape === 'T' && !(p.f & (L.WORD | L.PLACE)) && (p.f & NAME_BITS) !== 0 && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (pp.f & L.FIRST) !== 0 && !(pp.m & M.NOT_NAME)) this.add(t.s, t.e, 'AGE_OVER_89', 88);
      }
    }
  }

  // --- places ------------------------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, much faster than one large method.
  places(): void {
    const v0 = this.v;
    const rw = this.rare;
    if ((rw !== undefined && (rw.has('brgy') || rw.has('barangay') || rw.has('bairro') || rw.has('colonia') || rw.has('fracc') || (rw.has('col') && v0.includes(', Col.')))) || hasAsianAddressSuffix(v0)) {
      // (A Japanese block number, "3-8-12 Daita", is no date.)
      for (const m of v0.matchAll(ADDRESS_PARTS)) this.add(m.index, m.index + m[0].length, 'LOCATION', isDigitCode(m[0].charCodeAt(0)) ? 94 : 76);
    }
    this.placesStreets();
    this.placesCodes();
    this.placesFacilities();
    this.placesGazetteer();
  }
  /** Street addresses, roads, boxes and units. */
  placesStreets(): void {
    const v = this.v;
    const mil = this.rare;
    if (mil !== undefined && (mil.has('psc') || mil.has('cmr') || mil.has('apo') || mil.has('fpo') || mil.has('dpo') || (mil.has('box') && v.includes('Unit')))) for (const m of v.matchAll(MILITARY_BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 82);
    if (mil !== undefined && (mil.has('apo') || mil.has('fpo') || mil.has('dpo'))) for (const m of v.matchAll(MILITARY_ZIP)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'LOCATION', 85);
    }
    // RE.street's matches, as its global scan finds them (see streetExec); `from` is its lastIndex.
    let from = 0;
    for (let m = this.seen & T.STREET ? this.streetExec(0) : null; m; m = this.streetExec(from)) {
      const txt = m[0];
      from = m.index + txt.length;
      // The words between the number and the suffix must be capitalized or numbers ("5th"):
      // otherwise look again from the next number.
      const words = txt.split(/[ \t]+/);
      let ok = true;
      // Lower-case addresses ("2231 w 1st st apt 207") in lower-case text, or after an address cue or before a ZIP code.
      const hasLower = /[ \t][a-z]/.test(txt);
      const lowerCue =
        hasLower &&
        (/(?:live[sd]?|living|moved|moving|address|addr|reside[sd]?|staying|stay)[ \t]*(?:at|to|is|on|:)?[ \t]*$/i.test(v.slice(Math.max(0, m.index - 16), m.index)) ||
        /^[ \t]*,?[ \t]*[a-z][a-z .'-]{1,30},?[ \t]+\d{5}\b/.test(v.slice(m.index + txt.length, m.index + txt.length + 48)) ||
          /(?:apt|apartment|unit|suite|ste|#)\.?[ \t]*#?[ \t]*[a-z0-9-]{1,6}$/i.test(txt));
      // In lower-case text the street's words must not be plain words ("1 degree av block"), unless a cue says address.
      const lowerOk =
        lowerCue ||
        (hasLower &&
          this.lowerDoc && words.slice(1, -1).every((w) => /^\d|^[NSEW]$/i.test(w) || STREET_SUFFIX_SET.has(w.toLowerCase()) || !(this.fl(w.toLowerCase()) & L.WORD)));
      for (let w = 1; w < words.length - 1 && ok; w++) {
        const c = (words[w] as string).charCodeAt(0);
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (lowerOk && c >= 97 && c <= 122))) ok = false;
        if (/^(?:Apt|Apartment|Unit|Suite|Ste|#|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space)\.?$/i.test(words[w] as string)) break;
      }
      // A street name between the number and the suffix: "2 way" or "1 TO ST" are not addresses.
      let unitIdx = words.findIndex((w, x) => x > 1 && /^(?:Apt|Apartment|Unit|Suite|Ste|#|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space)\.?,?$/i.test(w));
      if (unitIdx < 0) unitIdx = words.length;
      let suffixIdx = -1;
      for (let x = 1; x < unitIdx; x++) if (STREET_SUFFIX_SET.has((words[x] as string).replace(/[.,]+$/, '').toLowerCase())) suffixIdx = x;
      const nameWords = words.slice(1, suffixIdx < 0 ? 1 : suffixIdx).filter((w) => !/^(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?$/i.test(w));
      const streetWord = this.capsDoc ? /^(?:[A-Z][A-Za-z'.-]+|\d+(?:st|nd|rd|th|ST|ND|RD|TH))$/ : /^(?:[A-Z][a-z][A-Za-z'.-]*|\d+(?:st|nd|rd|th))$/;
      const lowerWord = /^(?:[a-z][a-z'.-]+|\d+(?:st|nd|rd|th))$/;
      if (nameWords.length === 0 || nameWords.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || !(streetWord.test(w) || (lowerOk && lowerWord.test(w))))) ok = false;
      // Suffixes that are also common words ("Green", "Walk", "View") count written as names only.
      if (suffixIdx > 0 && WORD_SUFFIXES.has((words[suffixIdx] as string).toLowerCase()) && !/^[A-Z][a-z]/.test(words[suffixIdx] as string)) ok = false;
      // In all-caps notes "ST", "CT", "DR" are clinical abbreviations: only full suffixes count there.
      // (Stop 18: unless the address shows itself: a unit, an address cue before, a ZIP code after: "221 BAKER ST APT 4",
      // "LIVES AT 12 ELM CT", "1410 CANDLER RD, DECATUR, GA 30032".)
      const capsShort = this.capsDoc && suffixIdx > 0 && (words[suffixIdx] as string).replace(/\.$/, '').length <= 3;
      if (capsShort && !capsStreetShown(this, m.index, m.index + txt.length, words, suffixIdx)) ok = false;
      if (!ok) {
        from = m.index + (words[0] as string).length;
        continue;
      }
      // Reject "2 Dr", "10 St" without a street name.
      if (/^\d+[A-Za-z]?\s+(?:Dr|St|Ct|Pl|Ave)\.?$/i.test(txt)) continue;
      let end = m.index + txt.replace(/[\s,]+$/, '').length;
      // (Stop 18: in capitals the expression reads on past a short suffix, "12 ELM CT. PT RESTING": the address ends with
      // the suffix, or with the unit after it.)
      if (capsShort) end = m.index + capsStreetEnd(txt, suffixIdx);
      // "HR 60s 1st AV block": the heart's atrioventricular node, not an avenue.
      if (suffixIdx > 0 && /^av$/i.test(words[suffixIdx] as string) && AV_HEART_AFTER.test(v.slice(end, end + 16))) continue;
      // "St." keeps its period unless the period also ends the sentence.
      if (v.charCodeAt(end - 1) === 46 && /^(?:\s*$|\s+[A-Z\n]|\n)/.test(v.slice(end, end + 2))) end--;
      // "Apt 4C, 1187 Bellweather Rd", "Flat 3, 9 Alfreton Road": the unit may come first.
      const unit = UNIT_BEFORE.exec(v.slice(Math.max(0, m.index - 24), m.index));
      const start = unit ? m.index - unit[0].length : m.index;
      this.add(start, end, 'LOCATION', 80);
      this.cityAfterStreet(end);
      this.placeLineAfter(end);
    }
    if (this.seen & T.STREET) {
      let doneTo = 0;
      const stoks = this.toks;
      // (Both branches below need a street word: the tokens with T.STREET, in order.)
      for (const si of this.streetIdx) {
        const sx = stoks[si] as Tok;
        if (sx.shape === 'L' && sx.f & T.STREET && sx.s >= doneTo && STREETNAME_SUFFIX.has(sx.k)) {
          // "on", "off" or "at" two to four words before (cheap test before the expression).
          let prep = false;
          for (let q = si - 2; q >= 0 && q >= si - 4; q--) {
            const qk = (stoks[q] as Tok).k;
            if (qk === 'on' || qk === 'off' || qk === 'at') prep = true;
          }
          if (!prep) continue;
          // "lives on maple st": a lower-case street name after a residence verb.
          const lm = LOWER_STREET_BEFORE.exec(v.slice(Math.max(0, sx.s - 48), sx.s));
          if (lm && !(lm[1] as string).trim().split(/[ \t]+/).some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w))) {
            this.add(sx.s - (lm[1] as string).length, sx.e, 'LOCATION', 79);
            doneTo = sx.e;
          }
          continue;
        }
        if (!(sx.f & T.STREET) || sx.shape !== 'T' || !STREETNAME_SUFFIX.has(sx.k) || sx.s < doneTo) continue;
        const from = Math.max(doneTo, sx.s - 64);
        RE.streetName.lastIndex = 0;
        const win = v.slice(from, sx.e + 1);
        let m = RE.streetName.exec(win);
        while (m && from + m.index + m[0].length < sx.e) m = RE.streetName.exec(win);
        if (!m) continue;
        // After a comma only in an address: right after a place found before it ("Manipal Hospital, Old Airport Road").
        if (m[0].charCodeAt(0) === 44 && !this.cands.some((c) => c.t === 'LOCATION' && c.e === from + (m as RegExpExecArray).index)) continue;
        doneTo = sx.e;
        let g = m[1] as string;
        const st = from + m.index + m[0].length - g.length;
        // "at St. Mary's", "by Dr. Lewis": an abbreviation followed by a name is a title, not a street suffix.
        const abbr = /(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Hwy|Pkwy)\.?$/.exec(g);
        if (abbr) {
          const after = /^[ \t]+([A-Z][a-z']+)/.exec(v.slice(st + g.length, st + g.length + 24));
          if (g.endsWith('.') && after && !(this.fl((after[1] as string).toLowerCase()) & L.WORD)) continue;
          if (g.endsWith('.') && /^\s*(?:$|\n|[A-Z])/.test(v.slice(st + g.length, st + g.length + 3))) g = g.slice(0, -1);
        } else if (g.endsWith('.')) g = g.slice(0, -1);
        if (!g.split(/\s+/).slice(0, -1).some((w) => FACILITY_GENERIC.has(w.toLowerCase()) || NOT_NAME.has(w.toLowerCase()))) this.add(st, st + g.length, 'LOCATION', 79);
      }
    }
    // GPS coordinates: "60.7922, -161.7558", "43.7904 N, 110.7818 W", after a location word or with their hemispheres.
    const rare = this.rare;
    if ((rare !== undefined && (rare.has('gps') || rare.has('coordinates') || rare.has('coords') || rare.has('latitude') || rare.has('lz'))) || v.includes(', -')) {
      for (const m of v.matchAll(RE.gps)) {
        const lat = Math.abs(parseFloat(m[1] as string));
        const lon = Math.abs(parseFloat(m[3] as string));
        const hemi = m[2] !== undefined && m[4] !== undefined;
        if (lat > 90 || lon > 180) continue;
        if (!hemi && !/(?:gps|coordinates|coords|lat(?:itude)?|long(?:itude)?|lz|scene|location|pin|found at|located at|at)[^.\n]{0,12}$/i.test(v.slice(Math.max(0, m.index - 30), m.index))) continue;
        this.add(m.index, m.index + m[0].length, 'LOCATION', 88);
      }
    }
    if (this.seen & T.ROUTE || this.shapes & S.ROUTE) {
      for (const m of v.matchAll(RE.route)) {
        const g = m[1] as string;
        const st = m.index + m[0].length - g.length;
        this.add(st, st + g.length, 'LOCATION', 79);
      }
    }
    for (let h = v.indexOf('#'); h >= 0; h = v.indexOf('#', h + 1)) {
      // Look back from each "#" followed by digits for a capitalized store name.
      const d = v.charCodeAt(h + 1) === 32 ? v.charCodeAt(h + 2) : v.charCodeAt(h + 1);
      if (!(d >= 48 && d <= 57)) continue;
      const from = Math.max(0, h - 40);
      RE.storeNumber.lastIndex = 0;
      const win = v.slice(from, h + 9);
      let m = RE.storeNumber.exec(win);
      while (m && from + m.index + m[0].length <= h) m = RE.storeNumber.exec(win);
      if (m) {
        m.index += from;
        const name = m[1] as string;
        const words = name.toLowerCase().split(' ');
        // A chain store ("CVS #1234"), or an uncommon name in a pharmacy or shopping context.
        const chain = STORE_CHAINS.has(name.toLowerCase()) || words.some((w) => STORE_CHAINS.has(w));
        const ctx = /pharm|rx\b|fill|refill|store|shop|dispens/i.test(v.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
        if (words.some((w) => NOT_NAME.has(w) || LABEL_FIRST.has(w) || PHONE_LABEL_FIRST.has(w))) continue;
        if (!chain && !(ctx && words.every((w) => !(this.fl(w) & L.WORD)) && !/^[A-Z]{1,4}$/.test(name))) continue;
        this.add(m.index, m.index + name.length, 'LOCATION', 77);
      }
    }
    for (const m of this.stickyAt(RE.poBox, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    for (const m of this.stickyAt(RE.ruralRoute, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    for (const m of this.stickyAt(RE.apartment, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 76);
  }
  /** Postal codes, cities with their state, counties, address lines. */
  placesCodes(): void {
    const v = this.v;
    if (this.shapes & S.CA_POST) for (const m of v.matchAll(RE.caPostcodeBare)) {
      this.add(m.index, m.index + m[0].length, 'LOCATION', 86);
      // "Ottawa K1M 2C4": the city right before (a province before it is handled with the province).
      const city = /(?:^|[,\n][ \t]*)([A-Z][\p{L}'.-]+(?:[ -][A-Z][\p{L}'.-]+){0,2}),?[ \t]+$/u.exec(v.slice(Math.max(0, m.index - 40), m.index));
      if (city) {
        const name = city[1] as string;
        const words = splitSpaceHyphen(name.toLowerCase());
        if (!CA_PROVINCES.has(name) && !words.some((w) => NOT_NAME.has(w) || STATE_WORDS.has(w) || FUNCTION_WORDS.has(w))) {
          const cs = m.index - city[0].length + city[0].indexOf(name);
          this.add(cs, cs + name.length, 'LOCATION', 70);
        }
      }
    }
    if (this.shapes & S.AU_POST) this.auLocalities();
    // UK postcodes, with the town and the street before them on the same line.
    if (this.shapes & S.POSTCODE) for (const m of v.matchAll(RE.ukPostcode)) {
      const before = v.slice(Math.max(0, m.index - 80), m.index);
      const town = TOWN_BEFORE_POSTCODE.exec(before);
      if (!town && !/(?:post ?code|postal code)[ \t]*[:#]?[ \t]*$/i.test(before)) continue;
      this.add(m.index, m.index + m[0].length, 'LOCATION', 86);
      if (!town) continue;
      const base = m.index - before.length;
      const ti = (town.indices as [number, number][])[2] as [number, number];
      const townTxt = town[2] as string;
      if (!NOT_NAME.has(townTxt.toLowerCase()) && !STATE_WORDS.has(townTxt.toLowerCase())) this.add(base + ti[0], base + ti[1], 'LOCATION', 70);
      const si = (town.indices as ([number, number] | undefined)[])[1];
      if (si) this.add(base + si[0], base + si[0] + (town[1] as string).replace(/[ \t]*,[ \t]*$/, '').length, 'LOCATION', 80);
    }
    if (this.shapes & S.POSTCODE) for (const pt of this.toks) {
      // Canadian postal codes, found from the province abbreviation before them.
      if (pt.shape !== 'U' || pt.w.length !== 2 || !CA_PROVINCES.has(pt.w)) continue;
      RE.caPostcode.lastIndex = pt.s;
      const m = RE.caPostcode.exec(v);
      if (!m) continue;
      const pc = m[1] as string;
      const ps = m.index + m[0].length - pc.length;
      this.add(ps, ps + pc.length, 'LOCATION', 86);
      const city = CITY_BEFORE_PROVINCE.exec(v.slice(Math.max(0, pt.s - 48), pt.s));
      if (city && !NOT_NAME.has((city[1] as string).toLowerCase())) {
        const cs = pt.s - city[0].length;
        this.add(cs, cs + (city[1] as string).length, 'LOCATION', 70);
      }
    }
    if ((this.seen & T.STREET_FIRST) !== 0) for (const kt of this.toks) {
      if ((kt.f & T.STREET_FIRST) === 0 || kt.shape === 'X' || !STREET_FIRST_WORDS.has(kt.k)) continue;
      // Abbreviations need their mark: "ul.", "al.", "c/".
      if (kt.k.length <= 2 || kt.k === 'avda') {
        const nc = v.charCodeAt(kt.e);
        if (nc !== 46 && !(kt.k === 'c' && nc === 47)) continue;
      }
      // "18 ul. Lipowa": a house number may come before the street word.
      const num = /(\d{1,5}[A-Za-z]?)[ \t]+$/.exec(v.slice(Math.max(0, kt.s - 8), kt.s));
      RE.streetFirst.lastIndex = num ? kt.s - num[0].length : kt.s;
      const m = RE.streetFirst.exec(v);
      if (!m) continue;
      {
        // A house number on one side or the other.
        if (!m[1] && !m[2]) continue;
        if (/^[ \t]*et[ \t]*$/i.test(v.slice(Math.max(0, m.index - 4), m.index))) continue;
        // The street's own name: not an abbreviation or a clinical word ("2 via IV push").
        const parts = m[0].replace(/^\d+[A-Za-z]?[ \t]+/, '').split(/[ \t]+/);
        const kw = (parts[0] as string).toLowerCase();
        const nm = parts.slice(1).find((p) => /^\p{Lu}/u.test(p)) ?? '';
        if (/^[A-Z]{1,4}$/.test(nm) || NOT_NAME.has(nm.toLowerCase())) continue;
        if (/^(?:via|largo|corso|plac|strada)$/.test(kw) && (!m[2] || this.fl(nm.toLowerCase()) & L.WORD)) continue;
        this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
        this.cityAfterStreet(m.index + m[0].length);
      }
    }
    if (this.joinedStreetWord() && (this.nonAscii || v.includes('weg ') || v.includes('strasse') || v.includes('str. ') || /(?:allee|platz|gasse|gracht|straat|laan|Allee|Platz|Gasse|Straße|Strasse|Weg|Ring|Damm|Ufer) \d/.test(v) || /(?:gatan|vägen|vagen|vej|veien|gate|gade) \d/.test(v))) {
      for (const m of v.matchAll(RE.streetJoined)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    }
    for (const m of this.cityStateMatches()) {
      const cityTxt = m[1] as string;
      const abbr = m[3];
      const zip = m[5];
      const zipStart = zip ? m.index + m[0].length - zip.length : -1;
      // Find the city: the longest known place at the end of the capitalized run, else its last word.
      const words = splitSpaceHyphen(cityTxt);
      let cityStart = -1;
      let known = false;
      const cityEnd = m.index + cityTxt.length;
      /** The length of the last n words with their separators. */
      let tail = -1;
      for (let n = Math.min(words.length, this.lex.placeMaxWords); n >= 1; n--) {
        // (A place of several words opens with a word flagged L.PLACE_PREFIX: the key is built only then.)
        if (tail < 0) for (let x = words.length - n; x < words.length; x++) tail += (words[x] as string).length + 1;
        else tail -= (words[words.length - n - 1] as string).length + 1;
        if (n > 1 && (wordFlagsAt(this, cityEnd - tail, words[words.length - n] as string) & L.PLACE_PREFIX) === 0) continue;
        const key = words.slice(-n).join(' ').toLowerCase();
        if (n === 1 ? (wordFlagsAt(this, cityEnd - tail, words[words.length - 1] as string) & L.PLACE) !== 0 : this.lex.places.has(key)) {
          cityStart = m.index + cityTxt.length - words.slice(-n).join(' ').length;
          known = true;
          break;
        }
      }
      // Without a ZIP code, a state abbreviation needs a known city before it ("CABG, MI" is not a place).
      if (abbr && !zip && !known) continue;
      if (!abbr && !zip && !known && this.capsDoc) continue;
      // "Springfield, MO" after "from": a known city with a comma before the state is a place even when the state's code is also a word.
      const weak = !!abbr && AMBIGUOUS_STATE.has(abbr) && !zip && !(known && (m[2] as string).includes(',') && LIVING_PREPS.has((this.toks[this.tokenIndexBefore(m.index)] as Tok | undefined)?.k ?? ''));
      if (!abbr && !zip && !known && (m[2] as string).trim() === '') continue;
      if (abbr && (m[2] as string).trim() === '' && !zip) continue;
      if (cityStart < 0) {
        const last = words[words.length - 1] as string;
        if (NOT_NAME.has(last.toLowerCase()) || STATE_ABBR_SET.has(last)) {
          if (zip) this.add(zipStart, zipStart + zip.length, 'LOCATION', 85);
          continue;
        }
        cityStart = m.index + cityTxt.length - last.length;
      } else if (cityStart > m.index + 1 && v.charCodeAt(cityStart - 1) === 32) {
        // "New Bedford", "North Adams", "Fort Pierce": a place's opening word before the town found.
        const ws = v.lastIndexOf(' ', cityStart - 2) + 1;
        if (ws >= m.index && PLACE_OPENER_WORDS.has(v.slice(Math.max(ws, m.index), cityStart - 1).toLowerCase())) cityStart = Math.max(ws, m.index);
      }
      // (A known town of two words or more, "New Bedford, MA", is strong evidence even before a state's code that is also a word.)
      this.add(cityStart, m.index + cityTxt.length, 'LOCATION', weak && (!known || !hasChar(v, cityStart, m.index + cityTxt.length, 32)) ? 52 : 66);
      if (zip) this.add(zipStart, zipStart + zip.length, 'LOCATION', 85);
    }
    if (this.seen & T.ZIP || v.includes('C.P.')) for (const m of v.matchAll(RE.zipLabelled)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'LOCATION', 90);
      // "C.P. 44160, Guadalajara": a known town after the labelled code and a comma.
      if (v.charCodeAt(s + g.length) === 44) this.cityAfterStreet(s + g.length);
    }
    if (this.seen & T.COUNTY) for (const m of v.matchAll(RE.county)) this.add(m.index, m.index + m[0].length, 'LOCATION', 70);
    if (this.seen & T.COUNTY || this.rare?.has('co')) for (const m of v.matchAll(IRISH_COUNTY)) this.add(m.index, m.index + m[0].length, 'LOCATION', 87);
    // "Dublin 8", "Dublin 6W": the postal district is part of the place.
    if (this.rare?.has('dublin')) for (const m of v.matchAll(/\b(?:Dublin|DUBLIN)[ \t]+(?:[1-9]|1\d|2[0-4]|6W)\b(?![.:\/,]\d|[ \t]*(?:am|pm|h|hrs?|min|mg|kg|%|years?|yrs?)\b)/g)) this.add(m.index, m.index + m[0].length, 'LOCATION', 87);
    this.worldPostcodes();
    this.addressLines();
  }
  /** Facilities. */
  placesFacilities(): void {
    const v = this.v;
    // Facilities: a head noun ("Hospital") preceded by a distinctive capitalized name.
    const toks = this.toks;
    for (const m of this.stickyAt(FACILITY_HEAD, T.FACILITY)) {
      const head = m[0];
      // A lower-case head counts when it is specific ("Maple Court nursing facility").
      if (!/^[A-Z]/.test(head) && !LOWER_FACILITY_HEAD.test(head)) continue;
      const headEnd = m.index + head.length;
      let i = this.tokenIndexBefore(m.index);
      let start = -1;
      let distinctive = false;
      let uncommon = false;
      let count = 0;
      let nDistinct = 0;
      let place = false;
      let afterTitle = false;
      let allPerson = true;
      let givenName = false;
      const headKey = head.toLowerCase();
      const ambiguous = AMBIGUOUS_FACILITY_HEAD.test(headKey);
      const strongHead = STRONG_FACILITY_HEAD.test(headKey);
      const head15 = HEADS_15_KEY.test(headKey);
      // Every word of an ambiguous head capitalized: "Physical therapy recommends" is no facility.
      if (ambiguous && !/^[A-Z][^ \t]*(?:[ \t]+(?:and|&|[A-Z][^ \t]*))*$/.test(head)) continue;
      while (i >= 0 && count < 5) {
        const t = toks[i] as Tok;
        const gap = v.slice(t.e, i + 1 < toks.length && (toks[i + 1] as Tok).s <= m.index ? (toks[i + 1] as Tok).s : m.index);
        if (!/^(?:'s)?[ \t]*\.?[ \t]*$|^(?:'s)?[ \t]+(?:of|and|&)[ \t]+$/.test(gap.replace(/^'s/, ''))) break;
        if (((t.m & M.TITLES) !== 0)) {
          afterTitle = true;
          break;
        }
        // A full stop ends the name unless it closes an abbreviation ("St. Luke's", "Mt. Sinai").
        if (gap.includes('.') && !(t.shape === 'I' || /^(?:st|mt|ft|ste)$/.test(t.k))) break;
        if (t.shape === 'X' || (t.shape === 'L' && !(t.k === 'of' && start >= 0))) break;
        if (FUNCTION_WORDS.has(t.k) && !(t.k === 'of' && start >= 0 && t.shape === 'L')) break;
        if (((t.m & M.TITLES) !== 0)) {
          afterTitle = true;
          break;
        }
        // "Attends Lincoln School": a verb opening the sentence is not part of the name.
        if (t.f & L.WORD && /(?:s|ed|ing)$/.test(t.k) && !(t.f & L.PLACE) && /(?:^|[.!?:;\n][ \t]*)$/.test(v.slice(Math.max(0, t.s - 3), t.s))) break;
        if (head15 && FACILITY_LABELS_15.has(t.k)) break;
        if (t.k === 'of') {
          i--;
          continue;
        }
        // "TB Clinic", "OCC HEALTH": a short abbreviation before a department-like head names a service.
        const abbrev = t.shape === 'U' && t.w.length <= 3 && (ambiguous || (!this.capsDoc && !strongHead));
        if (!((t.m & M.FACILITY_GENERIC) !== 0) && !((t.m & M.NOT_NAME) !== 0) && !abbrev) {
          distinctive = true;
          nDistinct++;
          if (!(t.f & L.WORD)) uncommon = true;
          if (t.f & L.PLACE) place = true;
          if (!(t.f & NAME_BITS) || t.f & L.PLACE) allPerson = false;
          if (t.f & L.FIRST) givenName = true;
        }
        if (((t.m & M.NOT_NAME) !== 0) && !((t.m & M.FACILITY_GENERIC) !== 0) && t.k !== 'st') break;
        start = t.s;
        count++;
        i--;
      }
      // "Dr Patel Cardiology": a person, not a practice.
      if (ambiguous && afterTitle && nDistinct <= 1) continue;
      // "University of Otago": a university or college of a named place needs no name before it.
      const ofPlace = /^(?:university|college)$/.test(headKey) && /^[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]/.test(v.slice(headEnd, headEnd + 24));
      // "Coastal Neurology Group": a specialty with a practice word after it names a practice.
      const practice = ambiguous && /\s(?:group|associates|partners|specialists|consultants|collective|llc|inc|pc|pllc|ltd)$/.test(headKey) && !afterTitle;
      if (ambiguous && !(uncommon || place || nDistinct >= 2 || ofPlace || practice)) continue;
      // ("Therapy" also needs a place word, a name with an inner capital, or "at"/"from"/"to" before the name: "Dialectical
      // Behavior Therapy" is a treatment.)
      if (headKey === 'therapy' && !(place || (start >= 0 && (/\p{Ll}\p{Lu}/u.test(v.slice(start, m.index)) || (uncommon && /(?:^|[^\w])(?:at|from|to|with)[ \t]+$/.test(v.slice(Math.max(0, start - 6), start))))))) continue;
      // "Maria Lopez Internal Medicine resident": a person's name before a department.
      if (ambiguous && allPerson && givenName) continue;
      // In ALL CAPS notes department names abound ("ORAL SURGERY"): a place name is needed.
      if (ambiguous && this.capsDoc && !place) continue;
      // "Sinai Hospital of Baltimore", "Hospital of the University of Pennsylvania": "of" + a name is distinctive too.
      FACILITY_OF.lastIndex = headEnd;
      // (A weak head takes "of" + a town the gazetteer knows: "Pediatric Associates of Garden City".)
      let of = FACILITY_OF.exec(v);
      if (of && WEAK_FACILITY_HEAD.has(head.toLowerCase())) {
        const town = of[0].replace(/^[ \t]+of[ \t]+(?:the[ \t]+)?/, '').toLowerCase();
        if (!this.knownPlace(town)) of = null;
      }
      const end = of ? headEnd + of[0].replace(/[ \t]+$/, '').length : headEnd;
      if (of) {
        distinctive = true;
        uncommon = true;
        if (start < 0) start = m.index;
      }
      if (start < 0 || !distinctive) continue;
      if (this.capsDoc && !uncommon) continue;
      if (WEAK_FACILITY_HEAD.has(head.toLowerCase())) {
        // "Hilltop Community Pharmacy", "Oregon Sleep Associates": a name word that is no common word, or a place, anywhere before the head.
        const prev = toks[this.tokenIndexBefore(m.index)];
        if (!prev || (prev.f & L.WORD && !((prev.m & M.STORE_CHAINS) !== 0) && !uncommon && !place)) continue;
      }
      this.add(start, end, 'LOCATION', 78);
      // "St Brigid's Hospice, Carlow": a known town right after the facility's name, or alone on the next line.
      if (v.charCodeAt(end) === 44) this.cityAfterStreet(end);
      else this.placeLineAfter(end);
    }
    // Head-first facility names ("Clínica del Valle", "CHU Sainte-Justine"). (Both need a listed token.)
    for (const i of this.facIdx) {
      const t = toks[i] as Tok;
      if (t.m & M.BUILDING_HEADS && t.shape === 'T') this.buildingName(i);
      if (!(t.f & T.FACILITY) || (t.shape !== 'T' && !(t.shape === 'U' && /^(?:CHUM?|CLSC)$/.test(t.w)))) continue;
      FACILITY_HEAD_FIRST.lastIndex = t.s;
      const m = FACILITY_HEAD_FIRST.exec(v);
      if (m) this.add(m.index, m.index + m[0].length, 'LOCATION', 78);
    }
  }
  /**
   * A named building or wing outside an address line ("seen at the Whitcombe Pavilion, 3rd floor",
   * "Lister Wing"): one to three capitalized words before the head, at least one of them no common word,
   * and not a person's name ("Anna Hall", "Dr Whitcombe House").
   */
  buildingName(i: number): void {
    const toks = this.toks;
    const v = this.v;
    if (this.capsDoc) return;
    let j = i;
    let uncommon = false;
    let allPerson = true;
    let givenName = false;
    while (j > 0 && i - j < 3) {
      const p = toks[j - 1] as Tok;
      if (p.shape !== 'T' || v.slice(p.e, (toks[j] as Tok).s) !== ' ' || p.possessive) break;
      if (p.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS) || FUNCTION_WORDS.has(p.k) || p.f & L.COUNTRY) break;
      if (p.f & L.WORD && this.sentenceStart(j - 1)) break;
      if (!(p.m & M.FACILITY_GENERIC)) {
        if (!(p.f & L.WORD) || p.f & L.PLACE) uncommon = true;
        // A given name that is also a town ("Anna", "Stuart") still makes a person's name.
        if (!(p.f & NAME_BITS)) allPerson = false;
        if (p.f & L.FIRST) givenName = true;
      }
      j--;
    }
    if (j === i || !uncommon || (allPerson && givenName)) return;
    const before = toks[j - 1];
    if (before && before.m & M.TITLES) return;
    // "Whitcombe House officer", "Smith Hall of Fame": the head opens a longer phrase.
    const after = toks[i + 1];
    if (after && after.shape === 'L' && blanks(v, (toks[i] as Tok).e, after.s) && /^(?:officer|officers|call|calls|staff|of|md|rn)$/.test(after.k)) return;
    this.add((toks[j] as Tok).s, (toks[i] as Tok).e, 'LOCATION', 74);
  }
  /** Places from the gazetteer, by context. */
  placesGazetteer(): void {
    const v = this.v;
    const toks = this.toks;
    // Cities and other places from the gazetteer, by context.
    const lex = this.lex;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.shape === 'L') {
        if (this.lowerDoc || this.noCaps) i = this.lowerPlace(i);
        continue;
      }
      if (t.shape !== 'T' && !(t.shape === 'U' && this.capsDoc)) continue;
      if (((t.m & M.NOT_NAME) !== 0) && t.k !== 'st') continue;
      if (t.f & L.PLACE && ((t.m & M.SCALE_NAMES) !== 0) && this.scaleAt(i)) continue;
      let best = 0;
      let key = '';
      let bestKey = '';
      for (let n = 1; n <= lex.placeMaxWords && i + n - 1 < toks.length; n++) {
        const tn = toks[i + n - 1] as Tok;
        if (n > 1) {
          const pe = (toks[i + n - 2] as Tok).e;
          const gapLen = tn.s - pe;
          const c = v.charCodeAt(pe);
          if (!((gapLen === 1 && c === 32) || (gapLen === 2 && c === 46 && v.charCodeAt(pe + 1) === 32))) break;
          // A particle inside a place's name: "Rio de Janeiro", "Saint-Germain-en-Laye" is one token.
          if (tn.shape !== 'T' && tn.shape !== 'U' && !(tn.shape === 'L' && (tn.m & M.PARTICLES) !== 0)) break;
        }
        key = n === 1 ? tn.k : `${key} ${tn.k}`;
        if (n === 1 ? tn.f & L.PLACE : lex.places.has(key)) {
          best = n;
          bestKey = key;
        }
        if (!(n === 1 ? tn.f & L.PLACE_PREFIX : lex.placePrefixes.has(key))) break;
      }
      const prev = i > 0 ? (toks[i - 1] as Tok) : undefined;
      const prevAdjacent = prev && blanks(v, prev.e, t.s);
      // (Stop 18: in a text all in capitals the context word is in capitals too, "MOVED FROM TUCSON"; there a capital shows
      // nothing, so a known place of one word needs four letters or more, no common word, and no given name unless a
      // residence phrase comes first: not "AROUND ALOT", "IN EARLY EVENING", "TO OSH", "FLUID IN DOUGLAS POUCH".)
      const ctx = prevAdjacent && prev && ((prev.m & M.PLACE_PREP) !== 0) && (prev.shape === 'L' || (this.capsDoc && prev.shape === 'U' && capsPlaceContext(this, i, best, prev)));
      // "lives with her daughter in Laverstock", "returned from Muscat": residence and travel words.
      if (!best) {
        // A place missing from the gazetteer, after a residence or travel phrase.
        if (ctx && t.shape === 'T' && !(t.f & L.WORD && !(toks[i + 1] && (toks[i + 1] as Tok).shape === 'T')) && !(t.f & L.COUNTRY) && !((t.m & M.STATE_WORDS) !== 0) && !((t.m & M.MONTH_WORDS) !== 0) && !((t.m & M.EPONYMS) !== 0) && !((t.m & M.NOT_PERSON) !== 0) && !((t.m & M.NOT_NAME) !== 0) && this.livingBefore(i)) {
          // A run of capitalized words whose last one is no common word ("Laverstock", "Upper Tadmarton").
          let j = i;
          while (j + 1 < toks.length && j < i + 2 && (toks[j + 1] as Tok).shape === 'T' && v.slice((toks[j] as Tok).e, (toks[j + 1] as Tok).s) === ' ' && !(((toks[j + 1] as Tok).m & M.NOT_NAME) !== 0)) j++;
          while (j >= i && (toks[j] as Tok).f & L.WORD) j--;
          if (j >= i) {
            this.add(t.s, (toks[j] as Tok).e, 'LOCATION', 68);
            i = j;
          }
        }
        continue;
      }
      const last = toks[i + best - 1] as Tok;
      // "Budapest criteria", "Ottawa rules", "Glasgow score": a place before an eponym's head names a criterion, not a place.
      const head = toks[i + best];
      if (head && head.shape === 'L' && (head.m & M.EPONYM_HEADS) !== 0 && oneSpace(v, last.e, head.s) && !this.livingBefore(i)) {
        i += best - 1;
        continue;
      }
      // A country is no identifier, even when a town shares its name ("traveled to Poland", "Mexico (Jalisco)"),
      // unless a city's head comes first ("Ciudad de Mexico", "Ciudad de Panama": crossCands).
      if (best === 1 && (t.f & L.COUNTRY) !== 0 && !CITY_HEAD_BEFORE.test(v.slice(Math.max(0, t.s - 14), t.s))) continue;
      // "Joliet yard", "the Denver office".
      const nounAfter = toks[i + best];
      const placeNoun = !!nounAfter && nounAfter.shape === 'L' && ((nounAfter.m & M.PLACE_NOUNS) !== 0) && oneSpace(v, last.e, nounAfter.s);
      if ((placeNoun || (ctx && this.livingBefore(i))) && !((t.m & M.NOT_NAME) !== 0) && !((t.m & M.EPONYMS) !== 0) && !(best === 1 && (((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0)))) {
        this.add(t.s, last.e, 'LOCATION', 68);
        i += best - 1;
        continue;
      }
      if (best === 1 && (((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0))) continue;
      // A common word, or a town made of common words only ("Castle Hill"), is a place only with context.
      const word = best === 1 ? (t.f & L.WORD) !== 0 || (t.m & M.MONTH_WORDS) !== 0 : lex.contextPlaces.has(bestKey);
      const personal = best === 1 && (t.f & NAME_BITS) !== 0;
      // A common word after "in" is a place only when it ends the phrase ("lives in Auburn." not "in Green chart").
      const endsPhrase = /^(?:[ \t]*[.,;:)\n]|\s*$)/.test(v.slice(last.e, last.e + 3));
      if (ctx && !(word && (this.capsDoc || !endsPhrase)) && !((t.m & M.EPONYMS) !== 0) && !((t.m & M.NOT_NAME) !== 0)) this.add(t.s, last.e, 'LOCATION', best > 1 ? 66 : 62);
      else if (!word && !personal && !this.capsDoc && !((t.m & M.EPONYMS) !== 0)) this.add(t.s, last.e, 'LOCATION', 45);
      i += best - 1;
    }
  }

  /**
   * Lower-case text: a place after a residence or travel phrase ("pt lives in springfield with daughter",
   * "resident of kilbride", "moved to new westminster"): a known place of one or more words, or a word no
   * lexicon knows. Returns the index of the last token taken.
   */
  lowerPlace(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const pv = toks[i - 1];
    if (!pv || pv.shape !== 'L' || !(pv.m & M.PLACE_PREP) || !oneSpace(v, pv.e, t.s)) return i;
    // ("new" of "new westminster" is no name, but opens a place.)
    if (t.m & (M.STATE_WORDS | M.EPONYMS | M.MONTH_WORDS | M.STATE_ABBR_LOWER) || t.f & L.COUNTRY || (t.m & M.NOT_NAME && !(t.f & L.PLACE_PREFIX))) return i;
    if (!(t.f & (L.PLACE | L.PLACE_PREFIX)) && (t.f & L.WORD || t.k.length < 4 || !/[aeiouy]/.test(t.k))) return i;
    // A known place of several words after "in/from/to/near" needs no residence phrase ("my son in grand rapids",
    // "visiting family in baton rouge"): lower-case phrases of several words that the gazetteer knows are places.
    // (Such a place opens with a place prefix: the other words need the residence phrase, tested first.)
    const living = !(t.f & L.PLACE_PREFIX) || pv.k === 'of' ? this.livingBefore(i) : undefined;
    // (Stop 18: a known place of one word needs no residence phrase when it could be nothing else, see capsPlaceContext:
    // "works at tesco in croydon", "from the village of ngong near nairobi".)
    const alone = (t.f & L.PLACE) !== 0 && capsPlaceContext(this, i, 1, pv);
    if (living === false && !alone) return i;
    const lex = this.lex;
    // The longest known place from here ("new westminster", "cape town").
    let best = 0;
    let key = '';
    for (let n = 1; n <= lex.placeMaxWords && i + n - 1 < toks.length; n++) {
      const tn = toks[i + n - 1] as Tok;
      if (n > 1 && (tn.shape !== 'L' || !oneSpace(v, (toks[i + n - 2] as Tok).e, tn.s))) break;
      key = n === 1 ? tn.k : `${key} ${tn.k}`;
      if (n === 1 ? tn.f & L.PLACE && !(tn.f & L.WORD) : lex.places.has(key)) best = n;
      if (!(n === 1 ? tn.f & L.PLACE_PREFIX : lex.placePrefixes.has(key))) break;
    }
    if (best < 2 && !(best === 1 && alone) && !(living ?? this.livingBefore(i))) return i;
    if (best > 0 && !(best === 1 && t.m & M.NOT_NAME)) {
      this.add(t.s, (toks[i + best - 1] as Tok).e, 'LOCATION', 71);
      return i + best - 1;
    }
    if (t.m & M.NOT_NAME) return i;
    // A word no lexicon knows, after a residence or trip phrase ("moved to ballymore", "lives in kilbride",
    // "flew in from dunmore"): a place too small for the gazetteer.
    if (t.f & L.WORD || t.f & L.PLACE_PREFIX || ((t.m & M.CREDENTIAL_TOKENS) !== 0 && t.k.length <= 4)) return i;
    let residence = false;
    for (let j = i - 2; j >= 0 && j >= i - 8 && !residence; j--) {
      const k = (toks[j] as Tok).k;
      residence = RESIDENCE_WORDS.has(k) && !(pv.k === 'to' && (k === 'returned' || k === 'returning'));
    }
    if (residence) this.add(t.s, t.e, 'LOCATION', 60);
    return i;
  }

  /** Letterheads and signatures: a known town alone on the line after a facility or a street ("Mercy University Hospital\nCork"). */
  placeLineAfter(end: number): void {
    const v = this.v;
    const m = PLACE_LINE.exec(v.slice(end, end + 60));
    if (!m) return;
    const name = m[1] as string;
    const key = name.toLowerCase();
    const known = key.includes(' ') ? this.lex.places.has(key.replace(/-/g, ' ')) : (this.fl(key) & L.PLACE) !== 0;
    if (!known || STATE_WORDS.has(key) || NOT_NAME.has(key) || this.fl(key) & L.COUNTRY) return;
    const s = end + m[0].indexOf(name, 1);
    this.add(s, s + name.length, 'LOCATION', 70);
  }

  /** Eircodes, Indian PIN codes, and 4- or 6-digit postcodes after a region or a known town. */
  worldPostcodes(): void {
    const v = this.v;
    const toks = this.toks;
    for (const i of this.xIdx) {
      const t = toks[i] as Tok;
      if (i < 1) continue;
      const len = t.w.length;
      if (len !== 3 && len !== 4 && len !== 6 && len !== 7) continue;
      const c0 = t.w.charCodeAt(0);
      if ((len === 3 || len === 7) && c0 >= 65 && c0 <= 90 && /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)/.test(t.w)) {
        // Eircodes after a comma, a line start, a county or the word "Eircode" (the shape alone is too short).
        EIRCODE.lastIndex = t.s;
        const m = EIRCODE.exec(v);
        const before = v.slice(Math.max(0, t.s - 24), t.s);
        if (m && /\d/.test(m[0].slice(1)) && /(?:^|\n|,)[ \t]*$|eircode[ \t]*:?[ \t]*$|\b(?:Co\.?|County)[ \t]+[A-Z][a-z]+[ \t]*,?[ \t]*$/i.test(before)) this.add(t.s, t.s + m[0].length, 'LOCATION', 86);
        else if (m && /\d/.test(m[0].slice(1))) {
          // "Galway H91 X2C7": after a known town that is no word, the town too.
          const p = toks[i - 1] as Tok;
          if (p.shape === 'T' && p.e + 1 === t.s && (p.f & L.PLACE) !== 0 && (p.f & (L.WORD | L.COUNTRY)) === 0 && (p.m & M.STATE_WORDS) === 0) {
            this.add(t.s, t.s + m[0].length, 'LOCATION', 86);
            if (!this.anyCand(p.s, p.e)) this.add(p.s, p.e, 'LOCATION', 80);
          }
        }
        continue;
      }
      const p = toks[i - 1] as Tok;
      if (p.shape === 'X' || (p.shape === 'L' && p.k !== 'pin') || c0 < 48 || c0 > 57) continue;
      const six = len === 6 && /^[1-8]\d{5}$/.test(t.w);
      const four = len === 4 && /^\d{4}$/.test(t.w);
      if (!six && !four) continue;
      // The postcode ends the line or the address part.
      if (!/^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(t.e, t.e + 2))) continue;
      const before = v.slice(Math.max(0, t.s - 40), t.s);
      const year = four && /^(?:19|20)\d{2}$/.test(t.w);
      // "Maharashtra 411038", "Bay of Plenty 3110", "PIN 411038": the region itself is not marked.
      if ((six && (STATE_BEFORE_PIN.test(before) || PIN_BEFORE.test(before))) || (four && REGION_BEFORE_POST4.test(before) && (!year || /,[ \t]*$/.test(before)))) {
        this.add(t.s, t.e, 'LOCATION', 86);
        continue;
      }
      // "Kolkata 700091", "Kolkata - 700091", ", Durban, 4001": a known town, then a postcode.
      if ((p.shape !== 'T' && p.shape !== 'U') || !(p.f & L.PLACE) || p.f & L.WORD || ((p.m & M.STATE_WORDS) !== 0) || ((p.m & M.NOT_NAME) !== 0)) continue;
      if (!/^[ \t]*[,–-]?[ \t]*$/.test(v.slice(p.e, t.s))) continue;
      // A four-digit one must not be a year and must follow a comma before the town.
      if (four && (year || !/,[ \t]*$/.test(v.slice(Math.max(0, p.s - 3), p.s)))) continue;
      this.add(p.s, p.e, 'LOCATION', 70);
      this.add(t.s, t.e, 'LOCATION', 86);
    }
  }

  /** Unlabelled address lines around a place already found: a European postcode and town after a street
   * ("Via Roma 21, 20121 Milano", "ul. Lipowa 18/4, 80-123 Gdańsk"), the flat, plot, building and road parts
   * before it ("Flat 2B, Sunrise Apartments, MG Road, Bengaluru 560001"), and "Fort/Camp/Port ..." read as a
   * person's name. */
  addressTails(): void {
    const v = this.v;
    const n0 = this.cands.length;
    for (let i = 0; i < n0; i++) {
      const c = this.cands[i] as Cand;
      if (c.t === 'NAME') {
        const c0 = v.charCodeAt(c.s);
        if ((c0 === 70 || c0 === 67 || c0 === 80 || c0 === 77 || c0 === 76) && FORT_LIKE.test(v.slice(c.s, c.e))) c.t = 'LOCATION';
        // "Hyden, KY", "Laurel, MS 39440": one word before a comma and a state's code is a town, not a surname (a code that
        // is also a word or a credential, "MD", "OR", "IN", needs a ZIP code after it or a town the gazetteer knows).
        else if (v.charCodeAt(c.e) === 44 && !hasChar(v, c.s, c.e, 32) && this.townBeforeState(c)) c.t = 'LOCATION';
        // A dateline: a known place at the start of a line, a comma, then a date ("Madrid, 3 de abril de 2025").
        else if (v.charCodeAt(c.e) === 44 && /(?:^|\n)[ \t]*$/.test(v.slice(Math.max(0, c.s - 8), c.s)) && DATELINE_AFTER.test(v.slice(c.e, c.e + 24))) {
          const key = v.slice(c.s, c.e).toLowerCase();
          if (this.knownPlace(key)) c.t = 'LOCATION';
        }
        continue;
      }
      if (c.t !== 'LOCATION') continue;
      // "418 County Road 1250", "3301 Old Hwy 41 Lot 17": a road's number and a lot or unit after it belong to the street;
      // "RR 2 Box 114-A": so does a letter after the box number.
      const c1 = v.charCodeAt(c.e - 1);
      if ((c1 === 100 || c1 === 121 || c1 === 101 || c1 === 77 || c1 === 82 || c1 === 46) && ROAD_END.test(v.slice(Math.max(c.s, c.e - 12), c.e))) {
        const rt = ROAD_NUMBER_AFTER.exec(v.slice(c.e, c.e + 32));
        if (rt) c.e += rt[0].length;
      } else if (isDigitCode(c1) && v.charCodeAt(c.e) === 45 && /\bBox[ \t]+\d+$/i.test(v.slice(Math.max(c.s, c.e - 12), c.e))) {
        const lt = /^-(?:[A-Z0-9]{1,3}|\d{5})(?![\w-])/.exec(v.slice(c.e, c.e + 7));
        if (lt) c.e += lt[0].length;
      }
      // "Hometown Drug #3", "Walgreens #11872": a store's number belongs to its name.
      if (isLetterCode(v.charCodeAt(c.e - 1))) {
        const sn = /^[ \t]?#[ \t]?\d{1,6}(?![\w\/-]|\.\d)/.exec(v.slice(c.e, c.e + 10));
        if (sn) c.e += sn[0].length;
      }
      // "Calle Durango 218, int. 4", "Rua Augusta, 1508, apto 72": a unit after a street line belongs to it.
      if (v.charCodeAt(c.e) === 44 && isDigitCode(v.charCodeAt(c.e - 1))) {
        const u = UNIT_AFTER.exec(v.slice(c.e, c.e + 24));
        if (u) c.e += u[0].length;
      }
      // "PO Box 62, Hyden 41749": the town and ZIP code after a box.
      if (v.charCodeAt(c.e) === 44 && /\bBox[ \t]+\d/i.test(v.slice(c.s, c.e)) && !/^,[ \t]*(?:APO|FPO|DPO)\b/.test(v.slice(c.e, c.e + 8))) this.cityAfterStreet(c.e);
      const a0 = v.charCodeAt(c.e);
      const street = (a0 === 44 || a0 === 32) && c.e - c.s > 5 && /\d/.test(v.slice(c.s, c.e)) && /\p{L}{2}/u.test(v.slice(c.s, c.e));
      if (street) {
        const text = v.slice(c.s, c.e);
        const tail = v.slice(c.e, c.e + 64);
        let m = POSTCODE_TOWN_AFTER.exec(tail);
        if (m) {
          const pc = m[1] as string;
          const town = m[2] as string;
          const ps = c.e + m[0].length - town.length - (m[0].length - m[0].lastIndexOf(pc) - pc.length) - pc.length;
          this.add(c.e + m[0].lastIndexOf(pc), c.e + m[0].lastIndexOf(pc) + pc.length, 'LOCATION', 84);
          if (ps >= 0 && this.townWord(town)) this.add(c.e + m[0].length - town.length, c.e + m[0].length, 'LOCATION', 90);
        } else if (/\d{4,5}$/.test(text) && (m = TOWN_AFTER_CODE.exec(tail))) {
          const town = m[1] as string;
          if (this.townWord(town)) this.add(c.e + m[0].length - town.length, c.e + m[0].length, 'LOCATION', 90);
        }
      }
      // Address parts before the place, back to the start of the line (cheap test first: a comma right before).
      let end = c.s;
      for (let k = 0; k < 4; k++) {
        let q = end - 1;
        q = skipBlanksBack(v, q);
        if (v.charCodeAt(q) !== 44) break;
        const ls = lineStartOf(v, end - 1);
        const before = v.slice(Math.max(ls, end - 60), end);
        // "12, rue des Lilas", "8 bis, avenue Foch": a house number before a comma and a street that opens with its kind.
        const pm = ADDRESS_PART_BEFORE.exec(before) ?? (k === 0 && STREET_KIND_FIRST.test(v.slice(c.s, c.s + 12)) ? HOUSE_NUMBER_COMMA_BEFORE.exec(before) : null);
        if (!pm) break;
        const part = pm[1] as string;
        const ps = end - before.length + pm.index + pm[0].indexOf(part);
        this.add(ps, ps + part.length, 'LOCATION', 80);
        end = ps;
      }
    }
  }
  /** Whether the one-word candidate c is followed by a comma and a US state's code (see addressTails). */
  townBeforeState(c: Cand): boolean {
    const v = this.v;
    const st = /^,[ \t]*([A-Z]{2})(?![\w])([ \t]+\d{5})?/.exec(v.slice(c.e, c.e + 12));
    if (!st || !STATE_ABBR_SET.has(st[1] as string)) return false;
    // "Dr. Smith, PA": after a title it is a person.
    if (/\b(?:dr|mr|mrs|ms|miss|prof|doctor)\.?[ \t]+$/i.test(v.slice(Math.max(0, c.s - 9), c.s))) return false;
    return !AMBIGUOUS_STATE.has(st[1] as string) || st[2] !== undefined || (this.fl(v.slice(c.s, c.e).toLowerCase()) & L.PLACE) !== 0;
  }
  /** Address blocks of letters and covers: the lines after a street line (town, county, postcode; a country or
   * a state is skipped) and the flat or building lines right before it, up to a blank line or another field. */
  addressBlocks(): void {
    const v = this.v;
    if (!v.includes('\n')) return;
    const seen = new Set<number>();
    const n0 = this.cands.length;
    for (let i = 0; i < n0; i++) {
      const c = this.cands[i] as Cand;
      if (c.t !== 'LOCATION' || c.e - c.s < 6) continue;
      const ls = lineStartOf(v, c.s - 1);
      if (seen.has(ls) || c.s - ls > 25) continue;
      let le = lineEndOf(v, c.e);
      if (le < 0) continue;
      const line = v.slice(ls, le);
      if (line.length > 60 || !/\d/.test(v.slice(c.s, c.e)) || !/\p{L}{3}/u.test(v.slice(c.s, c.e)) || /:/.test(v.slice(ls, c.s))) continue;
      seen.add(ls);
      // Forward: the lines after the street.
      for (let k = 0; k < 5; k++) {
        const s = le + 1;
        if (s >= v.length) break;
        let e = lineEndOf(v, s);
        if (e < 0) e = v.length;
        le = e;
        if (!this.addressLine(s, e)) break;
        if (le >= v.length) break;
      }
      // Backward: flat and building lines before it.
      let bs = ls;
      for (let k = 0; k < 2 && bs > 0; k++) {
        const pe = bs - 1;
        const ps = lineStartOf(v, pe - 1);
        const pl = v.slice(ps, pe).trim();
        if (!pl || pl.length > 48 || !BLOCK_UNIT_LINE.test(pl)) break;
        const off = v.indexOf(pl, ps);
        for (const part of pl.split(/,[ \t]*/)) {
          const at = v.indexOf(part, off);
          if (part.trim()) this.add(at, at + part.length, 'LOCATION', 86);
        }
        bs = ps;
      }
    }
  }
  /** Address blocks that end with a postcode line ("33000 Bordeaux", "N37 F6D7", "Whakatane 3120"): the
   * lines above it, up to the addressee (a line with a person's name or a title) or a blank line. */
  addressBlocksUp(): void {
    const v = this.v;
    for (let ls = 0; ls < v.length; ) {
      let le = lineEndOf(v, ls);
      if (le < 0) le = v.length;
      const s0 = ls;
      ls = le + 1;
      if (le - s0 < 4 || le - s0 > 44 || s0 < 2 || v.charCodeAt(s0 - 2) === 10) continue;
      // A postcode line ends in a digit or a capital letter (cheap test first).
      let z = le - 1;
      while (z > s0 && (v.charCodeAt(z) === 32 || v.charCodeAt(z) === 13 || v.charCodeAt(z) === 9)) z--;
      const zc = v.charCodeAt(z);
      if (!(isDigitCode(zc) || (zc >= 65 && zc <= 90) || (zc >= 97 && zc <= 122) || zc > 127)) continue;
      let hasDigit = false;
      for (let x = s0; x <= z && !hasDigit; x++) hasDigit = isDigitCode(v.charCodeAt(x));
      if (!hasDigit) continue;
      const line = v.slice(s0, le).trim();
      if (line.length < 4 || line.length > 40 || !/\d/.test(line) || !(BLOCK_POSTCODE.test(line) || BLOCK_CODE_TOWN.test(line))) continue;
      // The line above must be part of the block (not blank), and the code must not be a bare number in prose.
      if (s0 < 2 || v.charCodeAt(s0 - 2) === 10 || (/^\d+$/.test(line) && !/^\d{5}(?:-\d{4})?$|^\d{6}$/.test(line))) continue;
      let bs = s0;
      const lines: [number, number][] = [];
      for (let k = 0; k < 5 && bs > 0; k++) {
        const pe = bs - 1;
        const ps = lineStartOf(v, pe - 1);
        const pl = v.slice(ps, pe).trim();
        if (!pl || pl.length > 48 || BLOCK_STOP.test(pl) || /[:@]/.test(pl)) break;
        // The addressee: a name found on the line, unless the line ends in a street or building word.
        const last = (pl.toLowerCase().split(/[ \t]+/).pop() as string).replace(/[.,]$/, '');
        const named = this.cands.some((c) => c.t === 'NAME' && c.s >= ps && c.s < pe);
        if (named && !STREET_SUFFIX_SET.has(last) && !BUILDING_WORDS.has(last)) break;
        if (!(BLOCK_UNIT_LINE.test(pl) || BLOCK_STREET_LINE.test(pl) || BLOCK_TOWN.test(pl) || /^\d/.test(pl) && STREET_SUFFIX_SET.has(last))) break;
        lines.push([ps, pe]);
        bs = ps;
      }
      if (!lines.length) continue;
      this.addressLine(s0, le);
      for (const [a, b] of lines) {
        const pl = v.slice(a, b).trim();
        const at = v.indexOf(pl, a);
        if (BLOCK_STREET_LINE.test(pl) || /^\d/.test(pl)) this.add(at, at + pl.length, 'LOCATION', 86);
        else this.addressLine(a, b);
      }
    }
  }
  /** One line of an address block: its parts become places; false when it is no address line. */
  addressLine(s: number, e: number): boolean {
    const v = this.v;
    const raw = v.slice(s, e);
    const line = raw.trim();
    if (!line || line.length > 48 || /[:@]|\.$/.test(line) || BLOCK_STOP.test(line)) return false;
    const base = s + raw.indexOf(line);
    const parts: [number, string][] = [];
    let off = 0;
    for (const seg of line.split(/(,[ \t]*|[ \t]+[-–][ \t]+)/)) {
      if (seg && !/^(?:,[ \t]*|[ \t]+[-–][ \t]+)$/.test(seg)) parts.push([base + off, seg]);
      off += seg.length;
    }
    const adds: [number, number, number][] = [];
    for (const [ps, part] of parts) {
      const key = part.toLowerCase();
      if (STATE_ABBR_SET.has(part) || CA_PROVINCES.has(part) || AU_STATES.has(part) || /^[A-Z]{2,3}$/.test(part) || STATE_WORDS.has(key) || REGION_WORDS.has(key) || this.fl(key) & L.COUNTRY || this.lex.places.has(key) && (this.fl(key.split(' ')[0] as string) & L.COUNTRY)) continue;
      let m: RegExpExecArray | null;
      if (BLOCK_POSTCODE.test(part)) adds.push([ps, ps + part.length, 86]);
      else if ((m = BLOCK_CODE_TOWN.exec(part))) {
        const code = (m[1] ?? m[4]) as string;
        const town = (m[2] ?? m[3]) as string;
        const cs = ps + part.indexOf(code);
        adds.push([cs, cs + code.length, 86]);
        const tw = town.replace(/[ \t]+[A-Z]{2,3}$/, '');
        if (!/^[A-Z]{2,3}$/.test(tw) && !REGION_WORDS.has(tw.toLowerCase()) && this.townWord(tw)) adds.push([ps + part.indexOf(tw), ps + part.indexOf(tw) + tw.length, 88]);
      } else if (BLOCK_UNIT_LINE.test(part) || (BLOCK_TOWN.test(part) && this.townWord(part))) adds.push([ps, ps + part.length, 88]);
      else return false;
    }
    for (const [a, b, p] of adds) this.add(a, b, 'LOCATION', p);
    return true;
  }
  labelledFacilities(): void {
    const v = this.v;
    const n = v.length;
    const found: RegExpExecArray[] = [];
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      p = skipBlanks(v, p, n);
      if (!FACILITY_LABEL_PREFIXES.has(((v.charCodeAt(p) | 32) << 16) | ((v.charCodeAt(p + 1) | 32) << 8) | (v.charCodeAt(p + 2) | 32))) continue;
      FACILITY_LABELLED.lastIndex = p;
      const m = FACILITY_LABELLED.exec(v);
      if (m) found.push(m);
    }
    for (const m of found) {
      if (/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Dra|Sr|Sra)\b/.test(m[1] as string)) continue;
      let g = (m[1] as string).replace(/[ \t]+(?:of|the|and|&|for|at|on|de|du|la)$/i, '');
      const words = g.replace(/^The[ \t]+/, '').split(/[ \t]+/);
      if (words.length === 1 && /^[A-Z]{1,5}$/.test(words[0] as string)) continue;
      const keys = words.map((w) => w.toLowerCase().replace(/[.'’]+$/, '')).filter((w) => !FUNCTION_WORDS.has(w) && w !== '&');
      if (!keys.length || keys.some((k) => MONTH_WORDS.has(k) || STATE_WORDS.has(k) || FINDING_WORDS.has(k)) || (keys.length === 1 && NOT_NAME.has(keys[0] as string))) continue;
      const head = keys[keys.length - 1] as string;
      // Common words only ("Home With Services", "Left Arm") name no facility, unless they end in a facility word.
      if (keys.every((k) => this.fl(k) & L.WORD) && !FACILITY_FIRST.has(head) && !FACILITY_GENERIC.has(head)) continue;
      const s = m.index + m[0].length - (m[1] as string).length;
      this.add(s, s + g.length, 'LOCATION', 76);
    }
  }
  townWord(town: string): boolean {
    const words = town.toLowerCase().split(/[ -]+/);
    const key = words.join(' ');
    if (STATE_WORDS.has(key) || this.fl(key) & L.COUNTRY || REGION_WORDS.has(key)) return false;
    return !words.some((w) => NOT_NAME.has(w) || MONTH_WORDS.has(w) || FACILITY_GENERIC.has(w));
  }

  /** The parts of an address written after a label, one span each: towns, suburbs and postcodes. */
  addressLines(): void {
    const v = this.v;
    if (!(this.seen & T.ADDR) || (!v.includes(':') && !v.includes('-'))) return;
    const n = v.length;
    // Line by line: the label opens its line.
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      p = skipBlanks(v, p, n);
      if (!ADDRESS_PREFIXES.has(((v.charCodeAt(p) | 32) << 16) | ((v.charCodeAt(p + 1) | 32) << 8) | (v.charCodeAt(p + 2) | 32))) continue;
      ADDRESS_LINE.lastIndex = p;
      const m = ADDRESS_LINE.exec(v);
      if (!m) continue;
      const val = m[1] as string;
      const base = m.index + m[0].length - val.length;
      // Lower-case prose after the label ("Home: lives with wife") is no address.
      if (!/^[ \t]*(?:\d|[A-Z])/.test(val)) continue;
      let off = 0;
      // "city: Washington", "Town: Indiana": after a city's label, a state's name the gazetteer knows as a town is that town.
      const cityLabel = /(?:city|town)[ \t]*[:\-–][ \t]*$/i.test(m[0].slice(0, m[0].length - val.length));
      for (const part of val.split(/([,;|]|[ \t]{2,}|[ \t]+[–-][ \t]+)/)) {
        const ps = base + off;
        off += part.length;
        const p = part.trim();
        if (!p || /^[,;|\s–-]+$/.test(p)) continue;
        const s = ps + part.indexOf(p);
        // Another label on the same line ends the address ("Phone: ...").
        if (/:/.test(p)) break;
        if (/^[A-Z][\p{L}'.-]+(?:[ \t]+(?:of[ \t]+|upon[ \t]+|on[ \t]+)?[A-Z][\p{L}'.-]+){0,3}$/u.test(p)) {
          const words = p.toLowerCase().split(/[ \t]+/);
          const last = words[words.length - 1] as string;
          const key = words.join(' ');
          const known = words.length === 1 ? (this.fl(key) & L.PLACE) !== 0 : this.lex.places.has(key);
          if (words.some((w) => NOT_NAME.has(w) || FACILITY_GENERIC.has(w) || MONTH_WORDS.has(w)) || (STATE_WORDS.has(key) && !(cityLabel && known && off === part.length)) || this.fl(key) & L.COUNTRY) continue;
          if (STATE_ABBR_SET.has(p) || CA_PROVINCES.has(p) || AU_STATES.has(p) || /^[A-Z]{2,4}$/.test(p) || REGION_WORDS.has(key.replace(/\.$/, ''))) continue;
          // A common word names a place only when the gazetteer knows it ("Orange"); "Independent" does not; a building does ("Ashcombe House").
          if (!known && this.fl(last) & L.WORD && !(words.length > 1 && (BUILDING_WORDS.has(last) || STREET_SUFFIX_SET.has(last)))) continue;
          this.add(s, s + p.length, 'LOCATION', 72);
        } else if (/^(?:Flat|Apt|Apartment|Unit|Suite|Level|Floor|Room|Block|Lot|Plot|House|Door|No\.?)[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}$/.test(p)) {
          this.add(s, s + p.length, 'LOCATION', 74);
        } else if (/^(?:\d{4,6}|[1-8]\d{2} \d{3}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/.test(p)) {
          this.add(s, s + p.length, 'LOCATION', 84);
        } else {
          // "Kolkata 700091", "Wellington 6012": a town and a postcode in one part.
          const tp = /^([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2})[ \t]+(\d{4,6})$/u.exec(p);
          if (tp && !(tp[1] as string).toLowerCase().split(/[ \t]+/).some((w) => NOT_NAME.has(w) || STATE_WORDS.has(w))) {
            // "NY 75868": a state or region before the code is not marked.
            const region = /^[A-Z]{2,3}$/.test(tp[1] as string) || REGION_WORDS.has((tp[1] as string).toLowerCase());
            if (!region) this.add(s, s + (tp[1] as string).length, 'LOCATION', 72);
            this.add(s + p.length - (tp[2] as string).length, s + p.length, 'LOCATION', 84);
          }
        }
      }
    }
  }

  /** "Bondi NSW 2026", "Fitzroy VIC 3065": a suburb, an Australian state and a postcode in its range. */
  auLocalities(): void {
    const toks = this.toks;
    const v = this.v;
    for (let i = 1; i + 1 < toks.length; i++) {
      const st = toks[i] as Tok;
      if (st.shape !== 'U') continue;
      const ranges = AU_STATES.get(st.w);
      const pc = toks[i + 1] as Tok;
      if (!ranges || pc.shape !== 'X' || pc.w.length !== 4 || !/^\d{4}$/.test(pc.w) || !/^\.?,?[ \t]+$/.test(v.slice(st.e, pc.s))) continue;
      const n = +pc.w;
      if (!ranges.some(([a, b]) => n >= a && n <= b)) continue;
      // The suburb: capitalized words right before the state (one to three), no common word first.
      let j = i - 1;
      let first = -1;
      while (j >= 0 && i - j <= 3) {
        const c = toks[j] as Tok;
        if ((c.shape !== 'T' && !(c.shape === 'U' && c.w.length > 3)) || ((c.m & M.NOT_NAME) !== 0) || STREET_SUFFIX_SET.has(c.k)) break;
        const gap = v.slice(c.e, (toks[j + 1] as Tok).s);
        if (j === i - 1 ? !/^,?[ \t]+$/.test(gap) : !/^[ \t-]$/.test(gap)) break;
        first = j;
        j--;
      }
      // (Common first words are left out unless the suburb follows a comma or a line's start, or opens a town: "27 Banksia Pde,
      // Mount Gravatt QLD 4122", "Bald Hills QLD"; stop 15.)
      const afterBreak = first >= 0 && /(?:^|[,:\n])[ \t]*$/.test(v.slice(Math.max(0, (toks[first] as Tok).s - 4), (toks[first] as Tok).s));
      while (!afterBreak && first >= 0 && first < i && (toks[first] as Tok).f & L.WORD && !((toks[first] as Tok).f & L.PLACE) && !PLACE_OPENER_WORDS.has((toks[first] as Tok).k) && first < i - 1) first++;
      if (first < 0) continue;
      this.add((toks[first] as Tok).s, (toks[i - 1] as Tok).e, 'LOCATION', 80);
      this.add(pc.s, pc.e, 'LOCATION', 86);
    }
  }

  /** A residence or travel phrase ends right before token i ("lives with her son in", "returned 14/03 from"). */
  livingBefore(i: number): boolean {
    const toks = this.toks;
    const pv = toks[i - 1];
    if (!pv) return false;
    // "resident of", "native of", "originally from".
    const p2 = toks[i - 2];
    if (p2 && (pv.k === 'of' ? RESIDENT_OF.has(p2.k) : pv.k === 'from' && ORIGINALLY.has(p2.k)) && oneSpace(this.v, p2.e, pv.s)) return true;
    if (!LIVING_PREPS.has(pv.k)) return false;
    // A cheap look for one of the verbs among the few tokens before, then the exact phrase.
    let seen = false;
    for (let j = i - 2; j >= 0 && j >= i - 9; j--) {
      if (LIVING_WORDS.has((toks[j] as Tok).k)) {
        seen = true;
        break;
      }
    }
    return seen && RE.livesIn.test(this.v.slice(Math.max(0, (toks[i] as Tok).s - 72), (toks[i] as Tok).s));
  }

  /** After a street address: ", Santa Ana 92703" (city and ZIP code without a state). */
  cityAfterStreet(end: number): void {
    const v = this.v;
    // (All three expressions below open with blanks and a comma.)
    let q = end;
    while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q++;
    if (v.charCodeAt(q) !== 44) return;
    // (CITY_ZIP_AFTER needs five digits in a row in its window, cityPost4After a run of exactly four in its own.)
    let five = false;
    let four = false;
    const w = Math.min(v.length, end + 72);
    for (let p = q + 1; p < w; p++) {
      if (!isDigitCode(v.charCodeAt(p))) continue;
      let r = p + 1;
      while (r < w && isDigitCode(v.charCodeAt(r))) r++;
      if (r - p >= 5 && p + 5 <= end + 64) five = true;
      if (r - p === 4) four = true;
      p = r;
    }
    const m = five ? CITY_ZIP_AFTER.exec(v.slice(end, end + 64)) : null;
    const m4 = m || !four ? null : RE.cityPost4After.exec(v.slice(end, end + 72));
    if (m4) {
      // ", Ponsonby, Auckland 1011": suburb, city and a 4-digit postcode (New Zealand, Australia...).
      const idx = m4.indices as ([number, number] | undefined)[];
      const words = `${m4[1] ?? ''} ${m4[2]}`.toLowerCase().split(/[ \t]+/).filter(Boolean);
      if (!words.some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w) || MONTH_WORDS.has(w))) {
        for (const g of [1, 2, 3]) {
          const r = idx[g];
          if (r) this.add(end + r[0], end + r[1], 'LOCATION', g === 3 ? 85 : 70);
        }
        return;
      }
    }
    if (!m) {
      // ", Lyon." -- a known city right after the street, without a ZIP code.
      const c = CITY_AFTER.exec(this.v.slice(end, end + 48));
      if (!c) return;
      const name = (c[1] as string).replace(/\.+$/, '');
      const key = name.toLowerCase();
      const known = this.knownPlace(key);
      if (!known || STATE_WORDS.has(key) || NOT_NAME.has(key)) return;
      const ci = (c.indices as [number, number][])[1] as [number, number];
      this.add(end + ci[0], end + ci[0] + name.length, 'LOCATION', 70);
      return;
    }
    let city = m[1] as string;
    // "Montpelier VT 05602": the state is not part of the city.
    const st = /[ \t]+([A-Z]{2})$/.exec(city);
    if (st && STATE_ABBR_SET.has(st[1] as string)) city = city.slice(0, st.index);
    const words = city.toLowerCase().split(/[ \t]+/);
    if (words.some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w) || STATE_WORDS.has(w))) return;
    const ci = (m.indices as [number, number][])[1] as [number, number];
    const zi = (m.indices as [number, number][])[2] as [number, number];
    this.add(end + ci[0], end + ci[0] + city.length, 'LOCATION', 70);
    this.add(end + zi[0], end + zi[1], 'LOCATION', 85);
  }

  /** The second word of a label follows ("lab id", "pump serial", "prior auth #"): a word from LABEL_SECOND, or "#". */
  labelNext(t: Tok, nx: Tok | undefined): boolean {
    const v = this.v;
    let p = t.e;
    while (v.charCodeAt(p) === 32 || v.charCodeAt(p) === 9) p++;
    // A plain next word decides without the expression.
    if (nx && nx.s === p && nx.shape !== 'X') return LABEL_SECOND.has(nx.k);
    return LABEL_NEXT.test(v.slice(t.e, t.e + 24));
  }

  /** Matches of a sticky regex tried at the start of each token whose lower-case form is in `first`. */
  /** Positions of the digits not preceded by a word character (ASCII, \w) nor, unless `dash`, by a dash: where
   * RE.street's matches (and, dash allowed, the day-first month dates') can start. */
  private digitStartList: number[] | undefined;
  private digitStartDashList: number[] | undefined;
  /** v.includes(' 0'), read from the tokens: a "0" after a space opens a token with digits (the search for " 0" stops at every space). */
  spaceZero(): boolean {
    const v = this.v;
    for (const xi of this.xIdx) {
      const s = (this.toks[xi] as Tok).s;
      if (v.charCodeAt(s) === 48 && v.charCodeAt(s - 1) === 32) return true;
    }
    return false;
  }
  digitStarts(dash = false): number[] {
    const have = dash ? this.digitStartDashList : this.digitStartList;
    if (have) return have;
    const v = this.v;
    const out: number[] = [];
    // Every digit lies in a token with digits.
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const end = t.s + t.w.length;
      for (let p = t.s; p < end; p++) {
        if (!isDigitCode(v.charCodeAt(p))) continue;
        const b = p > 0 ? v.charCodeAt(p - 1) : 32;
        if ((b === 45 && !dash) || b === 95 || (b < 128 && isWordCode(b))) continue;
        out.push(p);
      }
    }
    if (dash) this.digitStartDashList = out;
    else this.digitStartList = out;
    return out;
  }
  /** The digit starts (no word character, nor unless `dash` a dash, before) at which `at` holds. */
  digitStartsWhere(at: (v: string, p: number) => boolean, dash = false): number[] {
    const v = this.v;
    const out: number[] = [];
    for (const p of this.digitStarts(dash)) if (at(v, p)) out.push(p);
    return out;
  }
  /** Where a month word can open a match of the month-first date patterns: the start of a run of ASCII letters that
   * is a month word (any case), with no word character before it. Such runs lie in month tokens, in tokens with letters
   * and digits, or in tokens with an apostrophe, a hyphen or a character beyond ASCII (monthIdx). */
  private monthStartList: number[] | undefined;
  monthStarts(): number[] {
    if (this.monthStartList) return this.monthStartList;
    const v = this.v;
    const out: number[] = [];
    for (const i of this.monthIdx) {
      const t = this.toks[i] as Tok;
      const end = t.s + t.w.length;
      for (let p = t.s; p < end; p++) {
        if (!isAsciiLetter(v.charCodeAt(p))) continue;
        let e = p + 1;
        while (e < end && isAsciiLetter(v.charCodeAt(e))) e++;
        const b = p > 0 ? v.charCodeAt(p - 1) : 32;
        if (!(b === 95 || (b < 128 && isWordCode(b))) && e - p >= 3 && e - p <= 9 && MONTH_WORDS.has(v.slice(p, e).toLowerCase())) out.push(p);
        p = e - 1;
      }
    }
    this.monthStartList = out;
    return out;
  }
  /** Where the day-first month date patterns (dDayMonth, dDayMonDash, dYearMonDay) can match: digits with no word
   * character before them from which only digits, blanks, - / and the letters of st nd rd th and "of" lead to a month
   * start. */
  dayMonthStarts(): number[] {
    const v = this.v;
    const months = this.monthStarts();
    const out: number[] = [];
    let k = 0;
    for (const p of this.digitStarts(true)) {
      while (k < months.length && (months[k] as number) <= p) k++;
      if (k >= months.length) break;
      const q = months[k] as number;
      let x = p;
      while (x < q && isDayMonthChar(v.charCodeAt(x))) x++;
      if (x === q) out.push(p);
    }
    return out;
  }
  /** RE.street.exec(v) from lastIndex `from`: the pattern is tried, sticky, at the digit starts only, and only where a
   * street suffix opens one of the five groups of letters after the number (a condition every match meets). */
  streetExec(from: number): RegExpExecArray | null {
    const starts = this.digitStarts();
    const v = this.v;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length; k++) {
      const p = starts[k] as number;
      if (!streetPossible(v, p)) continue;
      STREET_Y.lastIndex = p;
      const m = STREET_Y.exec(v);
      if (m) return m;
    }
    return null;
  }
  /** /(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|gatan|vägen|vej|veien|gate) \d/.test(v), or the
   * two-word form ("Schoenhauser Allee 118", JOINED_STREET_WORD_TWO): a " 1" of the text is a token with digits opening
   * after a space; the word before must end in one of e . g z n t j. */
  joinedStreetWord(): boolean {
    const v = this.v;
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const p = t.s - 1;
      if (p < 1 || v.charCodeAt(p) !== 32 || !isDigitCode(v.charCodeAt(t.s))) continue;
      const c = v.charCodeAt(p - 1);
      if (c !== 101 && c !== 46 && c !== 103 && c !== 122 && c !== 110 && c !== 116 && c !== 106) continue;
      // (And the character before it: the words end in "ße", "se", "ee", "te", "r.", "eg", "ng", "tz", "an", "en", "at", "ht" or "ej".)
      if (!JOINED_STREET_ENDS.has((v.charCodeAt(p - 2) << 16) | c)) continue;
      if (JOINED_STREET_WORD.test(v.slice(Math.max(0, p - 8), p)) || JOINED_STREET_WORD_TWO.test(v.slice(Math.max(0, p - 14), p))) return true;
    }
    return false;
  }
  /** v.matchAll(SIGN_INITIALS): its capitals are a token of two or three capitals after a dash (and at most one
   * blank), the dash at the start of the text or after a blank, where the match starts; tried there only. */
  signInitials(): RegExpExecArray[] {
    const v = this.v;
    const out: RegExpExecArray[] = [];
    let lastEnd = 0;
    for (const t of this.toks) {
      if (t.shape !== 'U' || t.w.length < 2 || t.w.length > 3) continue;
      let d = t.s - 1;
      if (d >= 0 && (v.charCodeAt(d) === 32 || v.charCodeAt(d) === 9)) d--;
      if (d < 0) continue;
      const c = v.charCodeAt(d);
      if (c !== 45 && c !== 0x2013 && c !== 0x2014) continue;
      let p = d;
      if (d > 0) {
        const b = v.charCodeAt(d - 1);
        if (b !== 32 && b !== 9) continue;
        p = d - 1;
      }
      if (p < lastEnd) continue;
      SIGN_INITIALS_Y.lastIndex = p;
      const m = SIGN_INITIALS_Y.exec(v);
      if (m) {
        out.push(m);
        lastEnd = m.index + m[0].length;
      }
    }
    return out;
  }
  /** /[[({<] *at *[\])}>]/i.test(v), read around the tokens "at". */
  bracketAt(): boolean {
    const v = this.v;
    for (const i of this.atIdx) {
      const t = this.toks[i] as Tok;
      let a = t.s - 1;
      while (a >= 0 && v.charCodeAt(a) === 32) a--;
      if (a < 0) continue;
      const c = v.charCodeAt(a);
      if (c !== 91 && c !== 40 && c !== 123 && c !== 60) continue;
      let b = t.e;
      while (b < v.length && v.charCodeAt(b) === 32) b++;
      const d = v.charCodeAt(b);
      if (d === 93 || d === 41 || d === 125 || d === 62) return true;
    }
    return false;
  }
  /** AT_USER.test(v): a user name with a dot, underscore or digit, " at ", a domain. A match of its tail
   * /\s+at\s+[\w-]+\.[a-z]{2,}/i starts at the whitespace before a token "at"; the user name is read back from there. */
  atUser(): boolean {
    const v = this.v;
    for (const i of this.atIdx) {
      const t = this.toks[i] as Tok;
      if (t.s === 0 || !isSpace(v.charCodeAt(t.s - 1))) continue;
      AT_USER_AFTER.lastIndex = t.e;
      if (!AT_USER_AFTER.test(v)) continue;
      let r0 = t.s - 1;
      while (r0 > 0 && isSpace(v.charCodeAt(r0 - 1))) r0--;
      for (let x = r0 - 1; x >= 0; x--) {
        const c = v.charCodeAt(x);
        if (c >= 128 || !AT_USER_RUN[c]) break;
        if (AT_USER_KEY[c]) return true;
      }
    }
    return false;
  }
  stickyAt(re: RegExp, bit: number): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (!(this.seen & bit)) return out;
    let after = 0;
    // Only the tokens that carry one of the sticky triggers (a short list, built once).
    if (!this.triggered) {
      this.triggered = [];
      const toks = this.toks;
      for (const i of this.stickyIdx) {
        const t = toks[i] as Tok;
        if (!(t.f & STICKY_BITS)) continue;
        // Common words that open a label only with a second word ("lab id", "pump serial", "prior auth #"): look at it once.
        if (t.f & T.LABEL && LABEL_NEEDS_NEXT.has(t.k) && !this.labelNext(t, toks[i + 1])) {
          t.f &= ~T.LABEL;
          if (!(t.f & STICKY_BITS)) continue;
        }
        // Facility words that are common in lower case ("home", "open", "station") open a facility's head only capitalized.
        // (Everyday words that open the heads of stop 14, "Blood Center", "High School", "Tire Shop", only in title case.)
        if (t.f & T.FACILITY && ((t.shape === 'L' && FACILITY_FIRST_CAPITALIZED.has(t.k)) || (t.shape !== 'T' && FACILITY_FIRST_TITLE.has(t.k)))) {
          t.f &= ~T.FACILITY;
          if (!(t.f & STICKY_BITS)) continue;
        }
        this.triggered.push(t);
      }
    }
    // The tokens of this trigger only (one list per trigger bit, built on first use).
    let list = this.byBit.get(bit);
    if (!list) {
      list = this.triggered.filter((t) => (t.f & bit) !== 0);
      this.byBit.set(bit, list);
    }
    for (const t of list) {
      if (t.s < after) continue;
      re.lastIndex = t.s;
      const m = re.exec(this.v);
      if (m) {
        out.push(m);
        after = m.index + m[0].length;
      }
    }
    return out;
  }

  /** "City, ST 12345" matches, found from the state tokens (much cheaper than scanning every capital). */
  cityStateMatches(): RegExpExecArray[] {
    const toks = this.toks;
    const v = this.v;
    const out: RegExpExecArray[] = [];
    let doneUpTo = 0;
    const re = RE.cityStateY;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.s < doneUpTo) continue;
      // (A token of two capitals is a state abbreviation when its key is one in lower case.)
      const isState = (t.shape === 'U' && t.w.length === 2 && (t.m & M.STATE_ABBR_LOWER) !== 0) || ((t.shape === 'T' || t.shape === 'U') && (t.m & M.STATE_FIRST_WORDS) !== 0);
      if (!isState) continue;
      let j = i - 1;
      let first = -1;
      for (let n = 0; n < 4 && j >= 0; n++, j--) {
        const c = toks[j] as Tok;
        if (c.shape !== 'T' && c.shape !== 'U' && c.shape !== 'I') break;
        // /^(?:,\s*|\s+)$/ before the state, /^[ -]$/ between the words of the city.
        const gs = c.e;
        const ge = (toks[j + 1] as Tok).s;
        if (j === i - 1 ? !(spaces(v, gs, ge) || (ge > gs && v.charCodeAt(gs) === 44 && (ge === gs + 1 || spaces(v, gs + 1, ge)))) : !(ge - gs === 1 && (v.charCodeAt(gs) === 32 || v.charCodeAt(gs) === 45))) break;
        first = j;
      }
      if (first < 0) continue;
      for (let k = first; k < i; k++) {
        re.lastIndex = (toks[k] as Tok).s;
        const m = re.exec(v);
        if (m && m.index + m[0].length >= t.e) {
          out.push(m);
          doneUpTo = m.index + m[0].length;
          break;
        }
      }
    }
    return out;
  }

  tokenIndexBefore(pos: number): number {
    // Binary search: last token ending at or before pos.
    let lo = 0;
    let hi = this.toks.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.toks[mid] as Tok).e <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  // --- names -------------------------------------------------------------------------------------
  known(t: Tok): boolean {
    if (t.f & NAME_BITS) return true;
    const k = t.k;
    if (k.includes('-')) {
      // Garcia-Lopez, O'Brien-Smith: every part capitalized and a name.
      if (!/^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u.test(t.w)) return false;
      return t.w.split('-').every((p) => p.length >= 2 && !EPONYMS.has(p.toLowerCase()) && this.known({ ...t, w: p, k: p.toLowerCase(), f: this.fl(p.toLowerCase()), m: memberBits(p.toLowerCase()) }));
    }
    if (k.includes("'") || k.includes('\u2019')) {
      // O'Brien, D'Angelo, L'Esperance -- not "I'm" or "Con't".
      const parts = k.split(/['\u2019]/);
      if (parts.length !== 2 || !/^(?:o|d|l|de|di|da|du|mc|mac)$/.test(parts[0] as string)) return false;
      const tail = parts[1] as string;
      const joined = parts.join('');
      return (this.fl(joined) & (L.LAST | L.OTHER)) !== 0 || (tail.length > 2 && (this.fl(tail) & (L.LAST | L.OTHER)) !== 0);
    }
    return false;
  }
  fl(k: string): number {
    return this.lex.flags.get(k) ?? 0;
  }
  /** Whether the gazetteer knows a place of this lower-case name (words joined by single spaces). */
  knownPlace(key: string): boolean {
    return key.includes(' ') ? this.lex.places.has(key) : (this.fl(key) & L.PLACE) !== 0;
  }
  /** A known name that is not a common word. */
  evidence(t: Tok): boolean {
    if (t.shape === 'I' || !this.known(t) || this.common(t) || ((t.m & M.NOT_PERSON) !== 0)) return false;
    return !this.capsDoc || (t.f & (L.COMMON_SURNAME | L.FIRST)) !== 0;
  }
  /** Whether the token after i is a verb's base form in lower case, one space away ("Will follow", "Will start"). */
  baseVerbAfter(i: number): boolean {
    const nx = this.toks[i + 1];
    return !!nx && nx.shape === 'L' && BASE_VERBS.has(nx.k) && oneSpace(this.v, (this.toks[i] as Tok).e, nx.s);
  }
  common(t: Tok): boolean {
    if (t.f & L.WORD) return true;
    if (t.k.includes('-')) return t.k.split('-').every((p) => (this.fl(p) & L.WORD) !== 0);
    return false;
  }
  isFirst(t: Tok): boolean {
    return (t.f & (L.FIRST | L.OTHER)) !== 0;
  }
  isLast(t: Tok): boolean {
    return (t.f & (L.LAST | L.OTHER)) !== 0 || ((t.k.includes("'") || t.k.includes('-')) && this.known(t));
  }
  /** A token that may be part of a name in a name position. */
  nameish(t: Tok, allowUpper: boolean): boolean {
    if (t.shape === 'I') return this.v.charCodeAt(t.e) === 46 || !((t.m & M.NOT_NAME) !== 0);
    if (((t.m & M.NOT_NAME) !== 0) || ((t.m & M.TITLES) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || t.f & L.COUNTRY) return false;
    if (t.shape === 'T') return !this.abbrevLike(t);
    if (t.shape === 'U') return allowUpper || this.capsDoc || (t.w.length >= 3 && this.known(t) && !this.common(t));
    // In text typed all in lower case, a known name that is not a word.
    return this.lowerDoc && t.shape === 'L' && t.w.length >= 3 && (t.f & (L.FIRST | L.COMMON_SURNAME)) !== 0 && !this.common(t);
  }
  gapOk(a: Tok, b: Tok): boolean {
    if (a.possessive) return false;
    // /^(?:\.?[ \t]{1,3}|\.|-)$/ over the gap (whatever starts it, such a gap passes the rest of the old test).
    const v = this.v;
    let x = a.e;
    const len = b.s - x;
    if (len === 1) {
      const c = v.charCodeAt(x);
      return c === 32 || c === 9 || c === 46 || c === 45;
    }
    if (len < 1 || len > 4) return false;
    if (v.charCodeAt(x) === 46) x++;
    if (b.s - x > 3) return false;
    for (; x < b.s; x++) {
      const c = v.charCodeAt(x);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }
  /** Extends a name from token i: returns the index of the last token, or -1. */
  grab(i: number, max: number, allowUpper: boolean): number {
    const toks = this.toks;
    let t0 = toks[i];
    // "Dr. de la Cruz": surname particles may open the name.
    while (t0 && t0.shape === 'L' && ((t0.m & M.PARTICLES) !== 0) && toks[i + 1] && this.gapOk(t0, toks[i + 1] as Tok)) {
      i++;
      t0 = toks[i];
    }
    if (!t0 || !this.nameish(t0, allowUpper)) return -1;
    let end = i;
    let n = 1;
    for (let j = i + 1; j < toks.length && n < max; j++) {
      const prev = toks[j - 1] as Tok;
      const t = toks[j] as Tok;
      if (!this.gapOk(prev, t)) break;
      // Two spaces or a tab separate columns of a form ("María Esparza  Fecha: ..."), not parts of a name.
      if (prev.shape !== 'I' && columnGap(this.v, prev.e, t.s)) break;
      if (t.shape === 'L' && ((t.m & M.PARTICLES) !== 0)) {
        const nx = toks[j + 1];
        if (nx && this.gapOk(t, nx) && (nx.shape === 'T' || nx.shape === 'U' || arabicPrefixed(nx.w))) continue;
        // Two particles, then the name: "de la Cruz", "de los Angeles", "van der Merwe".
        const n2 = toks[j + 2];
        if (nx && n2 && nx.shape === 'L' && (nx.m & M.PARTICLES) !== 0 && this.gapOk(t, nx) && this.gapOk(nx, n2) && (n2.shape === 'T' || n2.shape === 'U')) continue;
        break;
      }
      if (t.shape === 'L' && arabicPrefixed(t.w) && !prev.possessive && this.gapOk(prev, t)) {
        // "al-Harbi", "el-Sayed", "bin-Laden" after a name.
        end = j;
        n++;
        continue;
      }
      if (!this.nameish(t, allowUpper) || ((t.m & M.MONTH_WORDS) !== 0)) {
        // "Fr. Timothy Ward": a common surname that is also a clinical word ends a name after a given name (not "Ward 5").
        if (t.shape === 'T' && (t.m & M.NOT_NAME) !== 0 && (t.f & L.COMMON_SURNAME) !== 0 && oneSpace(this.v, prev.e, t.s) && prev.shape === 'T' && (prev.f & L.FIRST) !== 0 && !((prev.m & M.NOT_NAME) !== 0) && !/^[ \t]*[#\d]/.test(this.v.slice(t.e, t.e + 3))) end = j;
        break;
      }
      // "W/o" (wife of), "Gr 7", "Rm 4": an initial before a slash, a short word before a number, end the name.
      if ((t.shape === 'I' && this.v.charCodeAt(t.e) === 47) || (t.shape !== 'I' && t.w.length <= 3 && !(t.f & (L.LAST | L.COMMON_SURNAME)) && /^ \d/.test(this.v.slice(t.e, t.e + 2)))) break;
      if (t.shape === 'U' && !this.capsDoc && t0.shape !== 'U') break;
      if (t.shape === 'T' && this.common(t) && !this.known(t)) break;
      if (this.capsDoc && this.common(t) && !(t.f & L.FIRST)) break;
      // A name in capitals in a note that is not: a common word in capitals after it is the sentence going on ("DR JONES AWARE").
      if (t.shape === 'U' && t0.shape === 'U' && !this.capsDoc && this.common(t) && !(t.f & NAME_BITS)) break;
      // A capitalized sentence start after a full stop is not part of the name ("Dr. Lewis. Continue").
      if (dotSpace(this.v, prev.e, t.s) && prev.shape !== 'I' && !((prev.m & M.TITLES) !== 0)) break;
      end = j;
      n++;
    }
    // Trailing initial without a period is fine; a trailing lone particle is not possible here.
    return end;
  }
  addName(i: number, j: number, p: number): void {
    const a = this.toks[i] as Tok;
    const b = this.toks[j] as Tok;
    this.add(a.s, b.e, 'NAME', p);
  }
  sentenceStart(i: number): boolean {
    const t = this.toks[i] as Tok;
    const prev = this.toks[i - 1];
    const gap = this.v.slice(prev ? prev.e + (prev.possessive ? 2 : 0) : 0, t.s);
    return !prev || /[.!?:;\n*\-]\s*$|^\s*$/.test(gap) && /[.!?:;\n*\-]|^$/.test(gap.trim() || (prev ? '' : ''));
  }
  /** Token i follows a context word ("with john smith", "pt: ..."). */
  afterContextAt(i: number): boolean {
    const toks = this.toks;
    const prevTok = toks[i - 1];
    const t = toks[i] as Tok;
    return (
      !!prevTok &&
      (((prevTok.m & M.STRONG_CONTEXT) !== 0) || ((prevTok.m & M.WEAK_CONTEXT) !== 0) || (prevTok.k === 'is' && toks[i - 2]?.k === 'this')) &&
      blanksColonComma(this.v, prevTok.e, t.s)
    );
  }
  /** A known name part, an initial or a credential among the next tokens (an unknown word may start a name). */
  nameNear(i: number): boolean {
    for (let j = i + 1; j <= i + 3 && j < this.toks.length; j++) {
      const t = this.toks[j] as Tok;
      if (!this.gapOk(this.toks[j - 1] as Tok, t)) break;
      if (t.shape === 'L' || t.shape === 'X') break;
      if (t.shape === 'I' || t.f & NAME_BITS) return true;
    }
    // "Park, Sarah": surname, comma, a capitalized known name.
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    if (nx && nx.f & NAME_BITS && nx.shape === 'T' && commaGap(this.v, t.e, nx.s)) return true;
    return this.credentialAfter(i) || (i + 1 < this.toks.length && this.credentialAfter(i + 1));
  }
  /** A credential ("MD", ", RN") follows token j. */
  credentialAfter(j: number): boolean {
    const last = this.toks[j] as Tok;
    const nx = this.toks[j + 1];
    if (!nx || nx.s - last.e > 4 || nx.shape === 'L' || nx.shape === 'X' || !((nx.m & M.CREDENTIAL_TOKENS) !== 0)) return false;
    const rest = this.v.slice(last.e, last.e + 20);
    const cm = CREDENTIAL_RE.exec(rest);
    if (!cm) return false;
    if (/^[ \t]+\d{5}\b/.test(rest.slice(cm[0].length))) return false;
    const cred = cm[0].replace(/[\s,.]/g, '').toLowerCase();
    if (!AMBIGUOUS_CREDENTIAL.has(cred)) return true;
    return !this.capsDoc && cm[0].includes(',') && /^(?:[\s,.;)]|$)/.test(rest.slice(cm[0].length));
  }
  /** The range stands alone: in parentheses, or on its own at the start of a line or after a colon. */
  enclosed(s: number, e: number): boolean {
    const before = this.v.slice(Math.max(0, s - 3), s);
    const after = this.v.slice(e, e + 3);
    if (!(/(?:^|[(\n:])[ \t]*$/.test(before) || s === 0 || /[ \t]$/.test(before))) return false;
    if (/^(?:[)\n]|$|[ \t]{2}|,[ \t]*\d|[ \t]+\()/.test(after)) return true;
    // Followed by a verb: "Walker, Bill seen for ...".
    const m = /^[ \t]+([a-z]+)/.exec(this.v.slice(e, e + 16));
    return !!m && SUBJECT_VERBS.has(m[1] as string);
  }
  /** "MAU", "RAI", "IgE": a short capital abbreviation or a word with an inner capital that no name prefix explains. */
  abbrevLike(t: Tok): boolean {
    if (this.capsDoc) return false;
    if (t.shape === 'U' && t.w.length <= 3) return true;
    // "HBsAb", "HCTZ-like" short forms: two capitals, then lower case.
    if (t.shape === 'T' && t.capitals > 2 && charClass(t.w.charCodeAt(1)) === 3) return true;
    return t.shape === 'T' && t.capitals > 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.w) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O'|D'|Fitz|Ben|Abu|El|Al)/.test(t.w);
  }
  /** A scale's name in scale context: a head word within three words ("Morse fall scale"), a score after
   * it ("Braden 16", "Mallampati II"), or a finding word next to it ("positive Romberg", "Tinel negative"). */
  scaleAt(i: number): boolean {
    const toks = this.toks;
    const t = toks[i] as Tok;
    if (!((t.m & M.SCALE_NAMES) !== 0)) return false;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      const nx = toks[j] as Tok;
      if (!/^(?:'s)?[ \t-]+$/.test(this.v.slice((toks[j - 1] as Tok).e, nx.s))) break;
      if (((nx.m & M.SCALE_HEADS) !== 0)) return true;
      if (j === i + 1 && (nx.shape === 'X' || /^(?:i{1,3}|iv|positive|negative|pos|neg)$/.test(nx.k))) return true;
      if (nx.shape === 'X' || ((nx.m & M.NOT_NAME) !== 0)) break;
    }
    const pv = toks[i - 1];
    if (pv && /^(?:positive|negative|pos|neg|modified|abnormal|normal)$/.test(pv.k) && blanks(this.v, pv.e, t.s)) return true;
    return /^(?:'s)?[ \t]*(?:[:=][ \t]*)?(?:\d|[+-](?:ve)?\b)/.test(this.v.slice(t.e, t.e + 6));
  }
  eponymAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    if (EPONYMS.has(t.k.endsWith("'s") ? t.k.slice(0, -2) : t.k) || this.scaleAt(i)) return true;
    // A score name before its value ("Barthel 75/100", "MoCA 21/30").
    const c1 = this.v.charCodeAt(t.e + 1);
    if (this.v.charCodeAt(t.e) === 32 && c1 >= 48 && c1 <= 57) {
      const sc = /^[ \t]+(\d{1,3}\/\d{1,3})\b/.exec(this.v.slice(t.e, t.e + 12));
      if (sc && !looksLikeDate(sc[1] as string)) return true;
    }
    const nx = this.toks[i + 1];
    if (nx && nx.shape !== 'U' && ((nx.m & M.EPONYM_HEADS) !== 0) && /^[ \t-]+$/.test(this.v.slice(t.e + (t.possessive ? 2 : 0), nx.s))) return true;
    // "Bell's palsy": a possessive before a lower-case word reads as an eponym, unless a given name
    // stands right before it ("Dolores Whitfield's chart" is a person's chart).
    if (t.possessive && nx && nx.shape === 'L') {
      const pv = this.toks[i - 1];
      const afterGiven = !!pv && (pv.shape === 'T' || pv.shape === 'U') && (pv.f & L.FIRST) !== 0 && blanks(this.v, pv.e, t.s);
      if (!afterGiven) return true;
    }
    return false;
  }

  /** A head noun right after the token ("Foley catheter", "Braden score"). */
  eponymHeadAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    return !!nx && nx.shape !== 'U' && ((nx.m & M.EPONYM_HEADS) !== 0) && /^[ \t-]+$/.test(this.v.slice(t.e + (t.possessive ? 2 : 0), nx.s));
  }

  /** Name parts found by names(): their other occurrences count too. */
  readonly found = new Set<string>();
  /** Names found typed in lower case: their other lower-case occurrences count too. */
  readonly foundLower = new Set<string>();
  /** Marks tokens i..j as a name with priority p and remembers its parts. */
  markName(i: number, j: number, p: number): void {
    // "pt. Will follow", "Will start MSO4 gtt": the modal verb, not the given name, before a verb's base form.
    if (i === j && (this.toks[i] as Tok).k === 'will' && this.baseVerbAfter(i)) return;
    this.addName(i, j, p);
    const toks = this.toks;
    for (let x = i; x <= j; x++) {
      const t = toks[x] as Tok;
      // Facility head words ("Hospice" of "Golden Valley Hospice, RN ...") are not propagated as names.
      // Nor are particles ("de", "los" of "Maria de los Angeles"): they are no name on their own.
      if (t.shape !== 'I' && t.k.length >= 2 && !this.common(t) && !((t.m & M.EPONYMS) !== 0) && !(t.f & T.FACILITY) && !(t.shape === 'L' && (t.m & M.PARTICLES) !== 0)) {
        this.found.add(t.k);
        if (t.shape === 'L') this.foundLower.add(t.k);
      }
    }
  }
  /** R3: a context word (token i) and a name after it ("Son Wright, Grace", "Patient: Ana Nguyen", "this is Olga"):
   * marks the name and returns its last token, or -1. */
  contextName(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    const strong = ((t.m & M.STRONG_CONTEXT) !== 0);
    // "this is Olga", "her name was Crystal".
    const thisIs = (t.k === 'is' || t.k === 'was') && i > 0 && ((toks[i - 1] as Tok).k === 'this' || (toks[i - 1] as Tok).k === 'name');
    if ((strong || ((t.m & M.WEAK_CONTEXT) !== 0) || thisIs) && next) {
      const gs = t.e + (t.possessive ? 2 : 0);
      const abbrevDot = t.k === 'pt' && v.charCodeAt(gs) === 46 && blanks(v, gs + 1, next.s);
      if ((abbrevDot || contextGap(v, gs, next.s)) && (strong || !hasChar(v, gs, next.s, 10))) {
        let k = i + 1;
        const tk = toks[k] as Tok;
        if (((tk.m & M.TITLES) !== 0)) k++;
        // "Interpreter: Mandarin, Wei Zhang": a language before the name is no part of it.
        const lang = toks[k];
        if (lang && ((lang.m & M.NOT_PERSON) !== 0) && toks[k + 1] && commaGap(v, lang.e, (toks[k + 1] as Tok).s)) k++;
        const first = toks[k];
        // "RN Beaulieu", "SW Hollis": a role abbreviation needs a capitalized name that is no word ("RN PLACED FOLEY").
        const roleStrict = !((t.m & M.ROLE_ABBR) !== 0) || (!!first && (first.shape === 'T' || (this.capsDoc && first.shape === 'U' && this.known(first))) && !this.common(first) && !((first.m & M.EPONYMS) !== 0));
        // "Coordinator: Hope Achebe": after a role label with its colon, a given name that is also a word opens a name of two words or more.
        const second = first ? toks[k + 1] : undefined;
        const roleLoose =
          !roleStrict &&
          !!first &&
          first.shape === 'T' &&
          (first.f & L.FIRST) !== 0 &&
          !((first.m & M.EPONYMS) !== 0) &&
          (hasChar(v, gs, next.s, 58) ||
            // "RN Guy Winter: 401, 402" (a roster): a role, a given name and a surname, then a colon or a comma.
            (!!second && second.shape === 'T' && (second.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && oneSpace(v, first.e, second.s) && /^[ \t]*[:,]/.test(v.slice(second.e, second.e + 3))));
        const roleOk = roleStrict || roleLoose;
        if (roleOk && first && !((first.m & M.TITLES) !== 0) && (first.shape !== 'L' || (this.lowerDoc && this.nameish(first, false)) || ((first.m & M.PARTICLES) !== 0))) {
          const allowUpper = strong && t.shape !== 'U';
          let j = this.grab(k, 4, allowUpper);
          if (roleLoose && j === k) j = -1;
          if (j >= 0) {
            // "Wright, Grace" (surname, given name).
            const after = toks[j + 1];
            const sameShape = after && (after.shape === 'T' || (after.shape === 'U' && (toks[j] as Tok).shape === 'U'));
            let lastFirst = false;
            if (after && j === k && commaGap(v, (toks[j] as Tok).e, after.s) && sameShape && !((after.m & M.NOT_NAME) !== 0) && (this.isFirst(after) || (strong && !this.common(after)))) {
              const j2 = this.grab(j + 1, 2, after.shape === 'U');
              if (j2 >= 0) {
                j = j2;
                lastFirst = true;
              }
            }
            let anyKnown = false;
            let allCommon = true;
            let evidence = false;
            let allEvidence = true;
            for (let x = k; x <= j; x++) {
              const tx = toks[x] as Tok;
              // A name already found in this text counts as known ("Last: OYELOWO ... contact: Folake Oyelowo").
              const known = this.known(tx) || this.found.has(tx.k);
              const ev = this.evidence(tx) || (this.found.has(tx.k) && tx.shape !== 'I');
              if (known) anyKnown = true;
              if (ev) evidence = true;
              if (tx.shape !== 'I') {
                if (!(this.common(tx) && !known)) allCommon = false;
                if (!ev) allEvidence = false;
              }
            }
            const medium = ((t.m & M.MEDIUM_CONTEXT) !== 0);
            const ok = this.capsDoc
              ? // "PT HAD FOLEY D/C'D": in capitals, a name opens with no common word that is no given name.
                evidence && (strong || thisIs || j > k) && (strong || thisIs || allEvidence) && !(this.common(toks[k] as Tok) && !((toks[k] as Tok).f & L.FIRST))
              : medium
                ? evidence || (j > k && anyKnown) ||
                  // "Patient: Brennagh, Ottoline" alone on its line: surname, comma, given name, no common word.
                  (lastFirst && !this.common(toks[k] as Tok) && !this.common(toks[j] as Tok) && this.enclosed((toks[k] as Tok).s, (toks[j] as Tok).e)) || (j === k && (toks[k] as Tok).shape === 'T' && ((toks[k] as Tok).f & (L.COMMON_SURNAME | L.FIRST)) !== 0) ||
                  // "Patient Zarghona Haidari was seen": two or three capitalized words that are no common words, then a verb.
                  (j > k && j - k <= 2 && !this.capsDoc && toks.slice(k, j + 1).every((tx) => tx.shape === 'T' && !this.common(tx) && !(tx.m & (M.NOT_PERSON | M.FACILITY_GENERIC | M.NOT_NAME))) && !!toks[j + 1] && (toks[j + 1] as Tok).shape === 'L' && ((toks[j + 1] as Tok).m & M.SUBJECT_VERBS) !== 0 && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s)) ||
                  // "Patient: Thabo Mokoena" alone after its label: two or three capitalized words that are no common words.
                  (hasChar(v, gs, next.s, 58) && j > k && j - k <= 2 && !this.capsDoc && toks.slice(k, j + 1).every((tx) => tx.shape === 'T' && !this.common(tx) && !((tx.m & M.NOT_PERSON) !== 0) && !((tx.m & M.FACILITY_GENERIC) !== 0) && !(tx.f & (L.PLACE | L.COUNTRY) && !(tx.f & NAME_BITS))) && this.enclosed((toks[k] as Tok).s, (toks[j] as Tok).e))
                : strong || thisIs
                ? !allCommon || anyKnown
                : anyKnown && evidence && !(j === k && (this.common(toks[k] as Tok) || this.eponymAt(k) || this.abbrevLike(toks[k] as Tok)));
            // "Interpreter (Amharic)": a language, a make or a maker alone is no name; nor is a diagnosis after a
            // relative in a family history ("father MI at 54", "mother CVA").
            // (Stop 16: "Patient: My wife is here": a possessive word opening a sentence is no name.)
            const opener = j === k && POSSESSIVE_OPENERS_16.has((toks[k] as Tok).k) && toks[k + 1] !== undefined && (toks[k + 1] as Tok).shape === 'L' && oneSpace(v, (toks[k] as Tok).e, (toks[k + 1] as Tok).s);
            if (ok && !opener && !(j === k && (toks[k] as Tok).shape === 'U' && NOT_NAME_CAPS.has((toks[k] as Tok).w) && !hasChar(v, gs, next.s, 58)) && !(j === k && (((toks[k] as Tok).m & M.NOT_PERSON) !== 0)) && !(j === k && (((toks[k] as Tok).m & M.MONTH_WORDS) !== 0) && /^\s*\d/.test(v.slice((toks[k] as Tok).e)))) {
              this.markName(k, j, this.credentialAfter(j) ? 74 : strong || thisIs ? 70 : 64);
              return j;
            }
          }
        }
      }
    }
    return -1;
  }
  names(): void {
    const toks = this.toks;
    const v = this.v;
    const found = this.found;
    const foundLower = this.foundLower;
    // (A method, and unnamed arrows for the callbacks: a named closure per text is costly where names are kept, as under tsx.)
    this.layoutNames((a, b, p) => this.markName(a, b, p));
    this.signOffs((a, b, p) => this.markName(a, b, p));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      const next = toks[i + 1];
      // Fast path: most tokens are plain words that start no rule.
      if (t.shape === 'X') continue;
      // Lower-case title + name ("mr wu", "hi dr lindqvist").
      if (t.f & T.CUE && ((t.m & M.LOWER_TITLES) !== 0) && next && next.shape === 'L' && /^\.?[ \t]{1,2}$/.test(v.slice(t.e, next.s)) && (this.lowerNameOk(next) || this.lowerPairAt(i + 1))) {
        const j = this.lowerRun(i + 1);
        this.markName(i + 1, j, 72);
        i = j;
        continue;
      }
      // Kinship and greeting words + a lower-case name ("daughter funmi", "hi its kasia").
      // "this is kasia", "my name is bongani", "signed: rhiannon".
      if (t.f & T.CUE && t.shape === 'L' && (((t.m & M.LOWER_NAME_CUE) !== 0) || t.k === 'signed' || (t.k === 'is' && i > 0 && /^(?:this|name)$/.test((toks[i - 1] as Tok).k))) && next && next.shape === 'L' && /^[ \t]*[:,]?[ \t]+$/.test(v.slice(t.e, next.s)) && (this.lowerNameOk(next) || this.lowerPairAt(i + 1))) {
        const j = this.lowerRun(i + 1);
        this.markName(i + 1, j, 66);
        i = j;
        continue;
      }
      const cue = (t.f & T.CUE) !== 0;
      if (cue && t.k.length >= 4 && ((t.m & M.KIN_PLURAL) !== 0)) this.nameLists(i, (a, b, p) => this.markName(a, b, p));
      if (!cue) {
        if (t.shape === 'L' && ((t.f & L.WORD && !(t.f & L.FIRST)) || !(t.f & NAME_BITS))) continue;
        // A word that is no name, or a common word that is no given name, only matters when a name follows.
        if ((t.shape === 'T' || t.shape === 'U') && (!(t.f & NAME_BITS) || (t.f & L.WORD && !(t.f & L.FIRST))) && !this.nameNear(i)) continue;
      }
      // R1: title + name ("Dr. Lewis", "Mrs. Moore").
      const titleGap = next && ((t.m & M.TITLES) !== 0) ? v.slice(t.e, next.s) : '';
      if (
        ((t.m & M.TITLES) !== 0) &&
        next &&
        (t.shape === 'T' || t.k === 'dr' || (t.shape === 'U' && ((t.m & M.CORE_TITLES) !== 0))) &&
        /^\.?[ \t]{1,3}$|^\.$/.test(titleGap) &&
        (((t.m & M.CORE_TITLES) !== 0) || titleGap.startsWith('.') || t.shape === 'T')
      ) {
        if (t.k === 'sister' || t.k === 'brother' || t.k === 'father' || t.k === 'judge' || t.k === 'lady' || t.k === 'lord') {
          if (t.shape === 'L' || !this.known(next)) continue;
        }
        // "MS" in capitals is also mental status or morphine ("MS STILL FAR FROM BASELINE", "changes in MS. Aspiration
        // precautions"): before a common word that is no name, it is no title.
        if (t.k === 'ms' && t.shape === 'U' && (next.f & L.WORD) !== 0 && (next.f & NAME_BITS) === 0) continue;
        let j = this.grab(i + 1, 4, true);
        // "Dr. April Sorensen", "Dr. June Park": a given name that is also a month, then a surname.
        const n2 = toks[i + 2];
        if (j < 0 && next.shape === 'T' && (next.m & M.MONTH_WORDS) !== 0 && (next.f & L.FIRST) !== 0 && n2 && n2.shape === 'T' && oneSpace(v, next.e, n2.s) && !((n2.m & M.MONTH_WORDS) !== 0) && this.nameish(n2, false) && !this.common(n2)) {
          const j2 = this.grab(i + 2, 3, true);
          if (j2 >= 0) j = j2;
        }
        if (j >= 0) {
          this.markName(i + 1, j, 75);
          i = j;
          continue;
        }
      }
      // R3: context word + name ("Son Wright, Grace", "Patient: Ana Nguyen", "this is Olga").
      const r3 = this.contextName(i);
      if (r3 >= 0) {
        i = r3;
        continue;
      }
      // R2: name + credential ("Amanda Hill, DO").
      if ((t.shape === 'T' || t.shape === 'U' || t.shape === 'I') && this.nameish(t, false)) {
        // Find the end of a run starting here.
        const j = this.grab(i, 4, false);
        if (j >= 0) {
          if (
            this.credentialAfter(j) &&
            (j > i || this.known(t) || t.shape === 'T') &&
            !(j === i && this.common(t) && !this.known(t)) &&
            // "Mallampati III", "Killip II": an eponym and a class in Roman numerals is a grade, not a person and a suffix.
            !(j === i && (t.m & M.EPONYMS) !== 0 && /^[ \t]+(?:I{1,3}|IV|V)\b/.test(v.slice(t.e, t.e + 6))) &&
            // In ALL CAPS notes "WHILE MD'S" is no name: a single word needs name evidence.
            !(this.capsDoc && j === i && !this.evidence(t))
          ) {
            this.markName(i, j, 74);
            i = j;
            continue;
          }
          // R4: lexicon pairs ("Grace Scott", "Tanaka, Amara", "J. Moore").
          if (j > i) {
            let known = 0;
            let uncommon = 0;
            let firstOk = false;
            for (let x = i; x <= j; x++) {
              const tx = toks[x] as Tok;
              if (tx.shape === 'I') continue;
              if (this.known(tx)) known++;
              if (!this.common(tx)) uncommon++;
            }
            firstOk = t.shape === 'I' || this.isFirst(t) || (j === i + 1 && this.evidence(t) && this.evidence(toks[j] as Tok));
            const lastTok = toks[j] as Tok;
            // An initial without its period before a common word ("L Lung") is not a name.
            const bareInitial = (t.shape === 'I' && v.charCodeAt(t.e) !== 46 && this.common(lastTok)) || (t.shape === 'I' && /(?:\/|\d[ \t]?)$/.test(v.slice(Math.max(0, t.s - 2), t.s)));
            const lastOk = !bareInitial && (this.isLast(lastTok) || (t.shape === 'I' && !this.common(lastTok) && lastTok.shape === 'T'));
            const words = j - i + 1 - (t.shape === 'I' ? 1 : 0);
            // "Rose S. Young": given name, middle initial, surname is a name even when both are words.
            const middleInitial = j === i + 2 && (toks[i + 1] as Tok).shape === 'I' && t.shape === 'T' && (t.f & L.FIRST) !== 0 && this.isLast(lastTok);
            // "Hiroshi Carter lives alone": a capitalized run with a known name, followed by a verb.
            const verb = toks[j + 1];
            const verbAfter = !!verb && verb.shape === 'L' && ((verb.m & M.SUBJECT_VERBS) !== 0) && oneSpace(v, lastTok.e, verb.s) && known >= 1 && this.isLast(lastTok) && !this.capsDoc;
            let eponymous = this.eponymAt(j) || (t.shape !== 'I' && ((lastTok.m & M.EPONYM_HEADS) !== 0));
            // "Kenneth Braden": a given name, then an eponym that is also a surname, not in scale context.
            const surnameEponym =
              j > i && t.shape === 'T' && (t.f & L.FIRST) !== 0 && !this.common(t) && ((lastTok.m & M.EPONYMS) !== 0) && (lastTok.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && !lastTok.possessive && !this.scaleAt(j) && !this.eponymHeadAt(j);
            if (surnameEponym) eponymous = false;
            for (let x = i; x <= j && !eponymous; x++) {
              const kx = (toks[x] as Tok).k;
              if ((EPONYMS.has(kx) && !(surnameEponym && x === j)) || NOT_PERSON.has(kx) || STATE_WORDS.has(kx) || ((toks[x] as Tok).f & L.COUNTRY) !== 0) eponymous = true;
            }
            if (((firstOk && lastOk && known >= Math.min(words, 2) && (uncommon >= 1 || t.shape === 'I')) || middleInitial || verbAfter) && !eponymous && !(this.capsDoc && uncommon < 2)) {
              this.markName(i, j, 65);
              i = j;
              continue;
            }
          }
        }
        // "Last, First".
        if ((t.shape === 'T' || (t.shape === 'U' && !this.capsDoc)) && next && next.shape === t.shape && commaGap(v, t.e, next.s) && this.isLast(t) && ((next.f & L.FIRST) !== 0 || (this.known(next) && !this.common(next) && this.enclosed(t.s, next.e))) && this.nameish(next, true) && this.nameish(t, true) && (!(this.common(t) && this.common(next)) || this.enclosed(t.s, next.e))) {
          const after = toks[i + 2];
          const isList = after && after.shape === 'T' && commaGap(v, next.e, after.s);
          if (!isList) {
            const j2 = this.grab(i + 1, 2, false);
            // "van der Berg, Anna": surname particles before the surname.
            let from = i;
            while (from > 0 && (((toks[from - 1] as Tok).m & M.PARTICLES) !== 0) && (toks[from - 1] as Tok).shape === 'L' && v.slice((toks[from - 1] as Tok).e, (toks[from] as Tok).s) === ' ') from--;
            this.markName(from, j2 >= 0 ? j2 : i + 1, 60);
            i = j2 >= 0 ? j2 : i + 1;
            continue;
          }
        }
      }
      // Lower-case "john smith" (or any two known name parts right after a context word).
      if (
        t.shape === 'L' &&
        next &&
        next.shape === 'L' &&
        oneSpace(v, t.e, next.s) &&
        t.k.length >= 3 &&
        next.k.length >= 3 &&
        ((t.f & L.FIRST && next.f & L.LAST) || (this.afterContextAt(i) && this.known(t) && this.known(next))) &&
        (!this.common(t) || this.afterContextAt(i) || this.lowerDoc) &&
        !((t.m & M.EPONYMS) !== 0) &&
        !((next.m & M.EPONYMS) !== 0) &&
        !this.common(next) &&
        (!((t.m & M.NOT_NAME) !== 0) || (((t.m & M.MONTH_WORDS) !== 0) && (next.f & L.LAST) !== 0)) &&
        !((next.m & M.NOT_NAME) !== 0)
      ) {
        this.markName(i, i + 1, 58);
        i++;
        continue;
      }
      // R5b: a known, uncommon capitalized word followed by a verb ("Kowalczyk reported dizziness").
      if (
        t.shape === 'T' &&
        !this.capsDoc &&
        t.k.length >= 3 &&
        next &&
        next.shape === 'L' &&
        ((next.m & M.SUBJECT_VERBS) !== 0) &&
        oneSpace(v, t.e, next.s) &&
        this.evidence(t) &&
        !((t.m & M.NOT_NAME) !== 0) &&
        !((t.m & M.NOT_PERSON) !== 0) &&
        !((t.m & M.STATE_WORDS) !== 0) &&
        !this.eponymAt(i) &&
        !((t.m & M.MONTH_WORDS) !== 0)
      ) {
        this.markName(i, i, 52);
        continue;
      }
      // R5: single known, uncommon capitalized token.
      if (
        t.shape === 'T' &&
        !this.capsDoc &&
        t.k.length >= 3 &&
        (t.f & (L.COMMON_SURNAME | L.FIRST)) !== 0 &&
        !this.common(t) &&
        !((t.m & M.NOT_NAME) !== 0) &&
        !((t.m & M.NOT_PERSON) !== 0) &&
        !((t.m & M.STATE_WORDS) !== 0) &&
        !(t.f & L.COUNTRY) &&
        !this.eponymAt(i) &&
        !this.abbrevLike(t) &&
        !((t.m & M.MONTH_WORDS) !== 0) &&
        // A capitalized word opening a sentence and followed by lower case ("Cont to monitor") is not enough.
        !(this.sentenceStart(i) && next && next.shape === 'L' && !((next.m & M.SUBJECT_VERBS) !== 0)) &&
        !/^[ \t]*:/.test(v.slice(t.e, t.e + 3))
      ) {
        this.markName(i, i, 50);
      }
    }
    // R6: every other occurrence of a name already found in this text.
    if (found.size) {
      // The lengths of the names found (a token whose key has none of them is no name found).
      let lengths = 0;
      for (const k of found) lengths |= 1 << Math.min(k.length, 31);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        if ((lengths & (1 << Math.min(t.k.length, 31))) === 0) continue;
        if ((t.shape === 'L' && !foundLower.has(t.k)) || !found.has(t.k) || this.eponymAt(i)) continue;
        this.add(t.s, t.e, 'NAME', 55);
      }
    }
  }

  /** A lower-case word that can be a name after a title or a kinship word: not a word, label or unit. */
  /** "survived by her children Colm, Aoibhinn and Padraig", "RN initials: JKL": names in lists after a plural kinship word, initials after their label. */
  nameLists(at: number, mark: (i: number, j: number, p: number) => void): void {
    const toks = this.toks;
    const v = this.v;
    // Called from names() at each cue word (KIN_PLURAL words are cue words).
    for (let i = at; i === at && i < toks.length - 1; i++) {
      const t = toks[i] as Tok;
      if (!((t.m & M.KIN_PLURAL) !== 0)) continue;
      if (t.k === 'initials') {
        const nx = toks[i + 1] as Tok;
        if (nx.shape === 'U' && nx.w.length >= 2 && nx.w.length <= 3 && /^[ \t]*:[ \t]*$/.test(v.slice(t.e, nx.s)) && !NOT_INITIALS.has(nx.w)) mark(i + 1, i + 1, 70);
        continue;
      }
      let k = i + 1;
      if (!/^[ \t]*:?[ \t]+$/.test(v.slice(t.e, (toks[k] as Tok).s))) continue;
      let n = 0;
      while (k < toks.length && n < 8) {
        const a = toks[k] as Tok;
        if (a.shape !== 'T' || ((a.m & M.NOT_NAME) !== 0) || ((a.m & M.NOT_PERSON) !== 0) || (this.common(a) && !this.isFirst(a))) break;
        let j = k;
        // A surname may follow the given name ("Colm Doyle").
        const b = toks[k + 1];
        if (b && b.shape === 'T' && oneSpace(v, a.e, b.s) && !((b.m & M.NOT_NAME) !== 0) && !this.common(b)) j = k + 1;
        mark(k, j, 68);
        n++;
        const c = toks[j + 1];
        if (!c) break;
        const sep = v.slice((toks[j] as Tok).e, c.s);
        if (/^,[ \t]*$/.test(sep)) k = j + 1;
        else if (/^(?:,?[ \t]+)$/.test(sep) && c.k === 'and' && toks[j + 2] && v.slice(c.e, (toks[j + 2] as Tok).s) === ' ') k = j + 2;
        else break;
        // "and" or a comma, then the next name.
        if (toks[k] && (toks[k] as Tok).k === 'and' && toks[k + 1]) k++;
      }
    }
  }

  /** Letter and message sign-offs: "Best,\nRuaidhri", "Kind regards,\nDr Fionnuala Ní Dhomhnaill". */
  signOffs(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const rare = this.rare;
    if (!rare || !SIGN_OFF_WORDS.some((w) => rare.has(w)) || !v.includes('\n')) return;
    const n = v.length;
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      if (nl < 0) break;
      p = skipBlanks(v, p, nl);
      // Sign-off words start with one of these capitals.
      const c = v.charCodeAt(p);
      if (c !== 66 && c !== 87 && c !== 75 && c !== 77 && c !== 84 && c !== 67 && c !== 89 && c !== 83 && c !== 82 && c !== 76) continue;
      SIGN_OFF.lastIndex = p;
      const m = SIGN_OFF.exec(v);
      if (!m) continue;
      const name = m[1] as string;
      const s = m.index + m[0].length - name.length;
      const i = this.tokenIndexBefore(s) + 1;
      let j = i;
      while (j + 1 < this.toks.length && (this.toks[j + 1] as Tok).e <= s + name.length) j++;
      if (i >= this.toks.length || (this.toks[i] as Tok).s !== s) continue;
      let ok = true;
      for (let x = i; x <= j; x++) {
        const t = this.toks[x] as Tok;
        if (((t.m & M.NOT_NAME) !== 0) || ((t.m & M.FACILITY_GENERIC) !== 0) || (t.f & T.FACILITY) || ((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || (this.common(t) && !this.isFirst(t) && !((t.m & M.PARTICLES) !== 0))) ok = false;
      }
      if (ok) mark(i, j, 68);
    }
  }

  lowerNameOk(t: Tok): boolean {
    if (t.shape !== 'L' || t.k.length < 2 || ((t.m & M.NOT_NAME) !== 0) || ((t.m & M.MONTH_WORDS) !== 0) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.TITLES) !== 0)) return false;
    if (this.common(t) || ((t.m & M.STATE_WORDS) !== 0) || t.f & L.COUNTRY || !/[aeiouy]/.test(t.k)) return false;
    // An unknown word with a verb or adverb ending ("visisted", "trached"), or joined to a word ("present-contin"), is no name.
    if (!this.known(t) && (/(?:ed|ing|ly)$/.test(t.k) || (t.k.includes('-') && t.k.split('-').some((p) => (this.fl(p) & L.WORD) !== 0)))) return false;
    return true;
  }
  /** A given name that is also a word, then a known uncommon name part ("maria fernanda"). */
  lowerPairAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    return !!nx && (t.f & L.FIRST) !== 0 && !((t.m & M.NOT_NAME) !== 0) && oneSpace(this.v, t.e, nx.s) && this.known(nx) && this.lowerNameOk(nx);
  }
  /** Extends a lower-case name from token i over known, uncommon name parts ("maria fernanda lopez"). */
  lowerRun(i: number): number {
    const toks = this.toks;
    let j = i;
    let unknown = 0;
    while (j + 1 < toks.length && j < i + 2) {
      const nx = toks[j + 1] as Tok;
      if (nx.shape !== 'L' || this.v.slice((toks[j] as Tok).e, nx.s) !== ' ' || !this.lowerNameOk(nx)) break;
      // One name part missing from the lexicon may follow ("olamide adeyinka").
      if (!this.known(nx) && ++unknown > 1) break;
      j++;
    }
    return j;
  }

  /** The index of the token starting at pos, or -1 (binary search). */
  tokenStartingAt(pos: number): number {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ms = (toks[mid] as Tok).s;
      if (ms === pos) return mid;
      if (ms < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  /** Names found by the layout of the text: form fields, chat handles, age-sex shorthand, signatures. */
  layoutNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const toks = this.toks;
    // Form fields: "Last: OYELOWO  First: BABATUNDE  MI: A", "Surname: Smith".
    if (v.includes(':')) {
      if (this.seen & T.NAME_FIELD) for (const t of toks) {
        if (!(t.f & T.NAME_FIELD) || t.shape === 'X') continue;
        NAME_FIELD.lastIndex = t.s;
        const m = NAME_FIELD.exec(v);
        if (!m) continue;
        // "Name:" alone is a heading in many notes: it needs a name-like value.
        const i = this.tokenStartingAt(m.index + m[0].length);
        if (i < 0) continue;
        const first = toks[i] as Tok;
        const mi = /^(?:mi|m\.i\.)/i.test(m[0]);
        if (mi) {
          if (first.shape === 'I') mark(i, i, 76);
          continue;
        }
        if (first.shape === 'X' || (first.shape !== 'I' && ((first.m & M.NOT_NAME) !== 0)) || ((first.m & M.TITLES) !== 0)) continue;
        let j = i;
        while (j + 1 < toks.length && j < i + 3) {
          const nx = toks[j + 1] as Tok;
          const g = v.slice((toks[j] as Tok).e, nx.s);
          if (!(/^[ \t]$|^,[ \t]*$|^-$/.test(g) || ((toks[j] as Tok).shape === 'I' && /^\.[ \t]?$/.test(g)))) break;
          if (nx.shape === 'X' || nx.shape === 'L' || (nx.shape !== 'I' && ((nx.m & M.NOT_NAME) !== 0)) || NAME_FIELD_FIRST.has(nx.k)) break;
          j++;
        }
        if (this.common(first) && !this.known(first) && j === i) continue;
        mark(i, j, 76);
      }
    }
    // "c/o Aldous Penhaligon": mail in care of a person (a facility after it is found by its head word).
    // "C/O" is also "complains of": lower-case "c/o" in mixed-case text, and a run of names only.
    if (!this.capsDoc && careOfMark(v)) for (const m of v.matchAll(/\bc\/o[ \t:]+/g)) {
      let i = this.tokenStartingAt(m.index + m[0].length);
      if (i < 0) continue;
      if ((((toks[i] as Tok).m & M.TITLES) !== 0) && i + 1 < toks.length) i++;
      const first = toks[i] as Tok;
      if (first.shape !== 'T') continue;
      const j = this.grab(i, 4, false);
      if (j < 0) continue;
      let ok = true;
      let known = false;
      for (let x = i; x <= j; x++) {
        const t = toks[x] as Tok;
        if (t.shape === 'I') continue;
        if ((this.common(t) && !(t.f & L.FIRST)) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.NOT_PERSON) !== 0) || t.f & T.FACILITY) ok = false;
        if (this.known(t)) known = true;
      }
      if (ok && (known || j > i)) mark(i, j, 70);
    }
    // Chat handles after a time stamp.
    if (v.includes(':')) {
      for (const m of matchesAt(CHAT_HANDLE_Y, v, chatLineStarts(v))) {
        const h = m[1] as string;
        const start = v.indexOf(h, m.index);
        if (start < 0) continue;
        const lower = h.toLowerCase();
        if (NOT_NAME.has(lower) || (this.fl(lower) & L.WORD && !(this.fl(lower) & L.FIRST))) continue;
        const i = this.tokenStartingAt(start);
        if (i < 0) continue;
        let j = i;
        while (j + 1 < toks.length && (toks[j + 1] as Tok).e <= start + h.length) j++;
        mark(i, j, 74);
      }
    }
    // Age-sex shorthand after a name: "Ahmadi, Farzaneh 58F", "okonkwo, 71F" (tokens with digits only).
    for (const x of this.xIdx) {
      const t = toks[x] as Tok;
      if (t.shape !== 'X' || t.w.length > 5) continue;
      const prev = toks[x - 1];
      if (!prev || prev.shape === 'X') continue;
      // Cheap test first: an age-sex token ("71F") or a number followed by M/F/yo.
      const lastCode = t.w.charCodeAt(t.w.length - 1);
      if (lastCode >= 48 && lastCode <= 57) {
        const nx = toks[x + 1];
        if (!nx || !AGE_SEX_NEXT.has(nx.k) || nx.s - t.e > 1) continue;
      }
      if (!ageSexToken(t.w)) continue;
      const gap = v.slice(prev.e + (prev.possessive ? 2 : 0), t.s);
      if (!/^[ \t]*,?[ \t]*$/.test(gap) || !AGE_SEX_AFTER.test(v.slice(prev.e, prev.e + 16))) continue;
      let i = x - 1;
      let n = 0;
      let ok = true;
      while (i >= 0 && n < 3) {
        const c = toks[i] as Tok;
        const initial = c.shape === 'I' && v.charCodeAt(c.e) === 46;
        if (!initial && (c.shape === 'X' || c.shape === 'I' || ((c.m & M.NOT_NAME) !== 0) || ((c.m & M.TITLES) !== 0) || ((c.m & M.STRONG_CONTEXT) !== 0) || this.abbrevLike(c) || (this.common(c) && !(this.known(c) && c.shape === 'T')))) break;
        if (c.shape === 'L' && !this.known(c) && !this.lowerNameOk(c)) break;
        if (((c.m & M.EPONYMS) !== 0) || ((c.m & M.NOT_PERSON) !== 0) || ((c.m & M.STATE_WORDS) !== 0) || c.f & L.COUNTRY) {
          ok = false;
          break;
        }
        n++;
        const before = toks[i - 1];
        if (!before || !(/^(?:[ \t]|,[ \t]*)$/.test(v.slice(before.e, c.s)) || (before.shape === 'I' && /^\.[ \t]?$/.test(v.slice(before.e, c.s))))) {
          i--;
          break;
        }
        i--;
      }
      if (!ok || n === 0) continue;
      const from = i + 1;
      // A lone lower-case word must be a known name or sit at the start of its line or after a header.
      const f0 = toks[from] as Tok;
      if (n === 1 && f0.shape === 'L' && !this.known(f0)) continue;
      mark(from, x - 1, 73);
    }
    // Signature initials: "-AR/Dmitriev", "called ... by TG."
    if (this.shapes & S.DASH_INITIALS) {
      for (const m of this.signInitials()) {
        const ini = m[1] as string;
        if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) continue;
        const s = v.indexOf(ini, m.index);
        const i = this.tokenStartingAt(s);
        if (i < 0) continue;
        // Initials are not propagated to other occurrences (they may be abbreviations elsewhere).
        this.addName(i, i, 70);
        if (m[2]) {
          const k = this.tokenStartingAt(v.indexOf(m[2], s + ini.length));
          if (k >= 0) mark(k, k, 70);
        }
      }
    }
    for (let at = indexOfSpaced(v, ' by ', 0); at >= 0; at = indexOfSpaced(v, ' by ', at + 4)) {
      // Two or three capitals ending the sentence after "by": then look for the verb before.
      const c0 = v.charCodeAt(at + 4);
      if (!(c0 >= 65 && c0 <= 90)) continue;
      const end = /^[A-Z]{2,3}(?=[ \t]*(?:[.;\n]|$))/.exec(v.slice(at + 4, at + 9));
      if (!end) continue;
      BY_INITIALS.lastIndex = 0;
      const win = v.slice(Math.max(0, at - 64), at + 4 + end[0].length + 1);
      for (const m0 of win.matchAll(BY_INITIALS)) {
        const m = { index: m0.index + Math.max(0, at - 64), 0: m0[0], 1: m0[1] };
        const ini = m[1] as string;
        if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) continue;
        const i = this.tokenStartingAt(m.index + m[0].length - ini.length);
        if (i >= 0) this.addName(i, i, 70);
      }
    }
  }

  /** Surnames missing from the lexicon: a capitalized word right after a found given name
   * ("Irina Vasilenko"), and a known name part right before a found name ("Le Quang Vinh"). */
  /** Token index by start (or, with `end`, end) offset (binary search; names are few). */
  tokenAtEdge(pos: number, end: boolean): number | undefined {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid] as Tok;
      const at = end ? t.e : t.s;
      if (at === pos) return mid;
      if (at < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  /** A word a name is not extended over. */
  extendStop(x: number): boolean {
    const t = this.toks[x] as Tok;
    return ((t.m & M.MONTH_WORDS) !== 0) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || (t.f & L.COUNTRY) !== 0 || ((t.m & M.TITLES) !== 0) || ((t.m & M.STRONG_CONTEXT) !== 0) || this.common(t) || this.eponymAt(x);
  }
  extendNames(): void {
    const toks = this.toks;
    const v = this.v;
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      const a = this.tokenAtEdge(cand.s, false);
      const b = this.tokenAtEdge(cand.e, true);
      if (a === undefined || b === undefined) continue;
      let s = cand.s;
      let e = cand.e;
      const last = toks[b] as Tok;
      const nx = toks[b + 1];
      if (
        nx &&
        !last.possessive &&
        oneSpace(v, last.e, nx.s) &&
        (nx.shape === 'T' || (nx.shape === 'U' && last.shape === 'U' && !this.capsDoc)) &&
        last.shape !== 'I' &&
        (last.f & (L.FIRST | L.OTHER)) !== 0 &&
        !((nx.m & M.NOT_NAME) !== 0) &&
        !this.extendStop(b + 1) &&
        (!(nx.f & L.PLACE) || (nx.f & NAME_BITS) !== 0) &&
        !/^[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Hospital|Clinic|Cent(?:er|re)|Street|St|Road|Rd|Avenue|Ave)\b/.test(v.slice(nx.e, nx.e + 24))
      )
        e = nx.e;
      else if (
        nx &&
        nx.shape === 'I' &&
        !last.possessive &&
        v.charCodeAt(last.e) === 32 &&
        nx.s === last.e + 1 &&
        (last.shape === 'U' || last.shape === 'T') &&
        // "OKAFOR, CHIDINMA A" ending its line or field: a middle initial, not a word.
        /^\.?[ \t]*(?:$|\r?\n|,|\(|[ \t]{2}|\t)/.test(v.slice(nx.e, nx.e + 3))
      )
        e = nx.e;
      const first = toks[a] as Tok;
      const pv = toks[a - 1];
      if (
        pv &&
        oneSpace(v, pv.e, first.s) &&
        pv.shape === first.shape &&
        (pv.shape === 'T' || (pv.shape === 'U' && !this.capsDoc)) &&
        (pv.f & NAME_BITS) !== 0 &&
        (!((pv.m & M.NOT_NAME) !== 0) || ((pv.f & L.COMMON_SURNAME) !== 0 && pv.k.length <= 3)) &&
        !this.extendStop(a - 1) &&
        !this.sentenceStartWord(a - 1)
      )
        s = pv.s;
      if (s !== cand.s || e !== cand.e) this.add(s, e, 'NAME', cand.p);
    }
  }
  /**
   * States, provinces and regions of several words ("Kelowna, British Columbia", "New South Wales"): a name or
   * place found inside one is dropped (Safe Harbor keeps states; they are no one's name), and a capitalized
   * town right before ", <region>" is a place ("George, Western Cape").
   */
  regions(): void {
    const toks = this.toks;
    const v = this.v;
    let table: ReturnType<typeof regionTable> | undefined;
    let spans: number[] | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (!(t.m & M.REGION_FIRST) || (t.shape !== 'T' && t.shape !== 'U')) continue;
      table ??= regionTable();
      let key = '';
      let best = -1;
      for (let j = i; j < toks.length && j - i < table.maxWords; j++) {
        const tj = toks[j] as Tok;
        if (j > i) {
          const pj = toks[j - 1] as Tok;
          const gap = v.slice(pj.e, tj.s);
          // "Hawke's Bay": a possessive token ends before its "'s".
          if (pj.possessive ? !/^['’]s $/.test(gap) : gap !== ' ' && gap !== '-') break;
        }
        const w = tj.k.replace(/-/g, ' ').replace(/['’]/g, '') + (tj.possessive ? 's' : '');
        key = j === i ? w : `${key} ${w}`;
        if (table.keys.has(key)) best = j;
        else if (j === i ? !table.first.has(key) && !key.includes(' ') : !table.prefixes.has(key)) break;
      }
      // A one-token key ("KwaZulu-Natal") is matched whole.
      if (best < 0) continue;
      const rs = t.s;
      const re = (toks[best] as Tok).e;
      // (Stop 17: "Reproductive Institute of Rhode Island", "University of British Columbia": the end of a facility's
      // name, which stays found.)
      if (!facilityOfBefore(v, rs)) (spans ??= []).push(rs, re);
      // "George, Western Cape": the town before the comma.
      const p = toks[i - 1];
      if (p && (p.shape === 'T' || p.shape === 'U') && /^,[ \t]*$/.test(v.slice(p.e, rs)) && !(p.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.REGION_FIRST)) && !(p.f & L.COUNTRY)) {
        let a = i - 1;
        while (a > 0 && i - a < 3) {
          const q = toks[a - 1] as Tok;
          if (q.shape !== p.shape || v.slice(q.e, (toks[a] as Tok).s) !== ' ' || q.m & (M.NOT_NAME | M.TITLES) || FUNCTION_WORDS.has(q.k) || (q.f & L.WORD && !(q.f & L.PLACE))) break;
          a--;
        }
        const ts = (toks[a] as Tok).s;
        if (!(p.f & L.WORD) || p.f & L.PLACE) this.add(ts, p.e, 'LOCATION', 66);
      }
      i = best;
    }
    if (!spans) return;
    this.regionSpans = spans;
    // (Stop 17: one binary search per candidate: since the table holds the US states and the countries, a text may hold
    // thousands of such spans.)
    dropInsideSpans(this.cands, spans, nameOrPlace);
    const cands = this.cands;
    let w = 0;
    for (const c of cands) if (c.p >= 0) cands[w++] = c;
    cands.length = w;
  }
  /**
   * Nicknames beside a name: "Mohammed (Mo) Al-Rashid", "Elizabeth 'Liz' Carter", "Mo (Mohammed) Al-Rashid",
   * "Carter, Elizabeth (Liz)". The nickname is a single capitalized word in brackets or quotes right after
   * (or the word right before) a found name; it counts when another capitalized word follows the brackets, or,
   * at the end of the name, when it is a known given name that is no common word.
   */
  /**
   * Names by cue and layout (Stop 13, test/deid/generalise9.test.ts): layouts and cues the other name passes miss. A board or handoff entry
   * opening its line surname first ("Rm 5  Begum, Rokeya  G4P3", "3) Van der Linde, Pieter  89M", "okonkwo, chidi  mrn");
   * a lower-case initial and surname with a credential or after a role ("l. bjornstad md", "fellow t. ahuja"); chat
   * speakers before a time stamp ("priya r 17:52: ...") and @mentions; a surname after a room number in a handoff list
   * ("- 1108 bautista - ok"); staff initials after a transcription or role cue ("transcribed 11/8 (lw)", "triage RN dmv",
   * "-mk (night float)", "jh for Dr. ..."); a given name that is also a word after a companion cue ("roommate Pip and",
   * "rep Kiersten (kmohr)", "daughter is Winter)") or before a role in brackets ("Crystal (MA)"); a name in brackets after a
   * role ("per rn (tasha)"); the next name of a handoff arrow ("Liang -> Petrakis"); a user name after "user name".
   */
  namesByCue(): void {
    const v = this.v;
    const toks = this.toks;
    // Cue words (see NAME_CUES).
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      // (A cheap test first for "by": a dotted initial follows.)
      const kind = (t.m & M.COMPANY_FIRST) !== 0 ? NAME_CUES.get(t.k) : undefined;
      if (kind !== undefined && (t.k !== 'by' || v.charCodeAt(t.e + 2) === 46)) this.cueAt(i, kind);
    }
    this.lineNames();
    this.aroundNames();
  }
  /**
   * Beside the names found: a given name right before a surname found alone ("courier Dawn Szabo", "Chief Nkemdirim
   * Wojcik"); the lower-case name parts after a lower-case name found ("doctor tumelo dlamini end"); the initials a legend
   * gives a name ("TD = Tumelo Dlamini"). Then a given name that is also a word before a surname that is none ("Hazel
   * Oduwole", "Ivy Okwuosa"), initials after an `Initials` label ("Initials K-M-T"), a baby's given name ("Baby Kanoa").
   */
  namesBeside(): void {
    const v = this.v;
    const toks = this.toks;
    const n0 = this.cands.length;
    const quotes = v.includes('"');
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const c0 = v.charCodeAt(c.s);
      // (The word before ends with a letter right before the space: checked before the token is looked up.)
      if (c0 >= 65 && c0 <= 90 && c.s >= 2 && v.charCodeAt(c.s - 1) === 32 && isLetterCode(v.charCodeAt(c.s - 2))) {
        const i = this.tokenStartingAt(c.s);
        if (i > 0) {
          const t = toks[i] as Tok;
          const pv = toks[i - 1] as Tok;
          if (t.e === c.e && t.shape === 'T' && pv.shape === 'T' && pv.e === c.s - 1 && this.givenBeforeSurname(i - 1)) this.add(pv.s, c.e, 'NAME', c.p);
        }
      }
    }
    // Around every name found by now: a particle it ends with takes the capitalized word after it ("Mr de Wolf"); a
    // given name and a nickname in quotes before it ('Ottavio "Tavi Boy" Rashidi', 'Dale "Dee" Vu'); a nickname
    // in quotes explained by it ('Client "Moose" = Nnamdi Oduwole'); a family name of a number or a colour and a noun after
    // a given name found ("Jerome Two Hawks").
    const n2 = this.cands.length;
    for (let x = 0; x < n2; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const ce = v.charCodeAt(c.e);
      // (Every rule of this branch takes a capitalized word right after the space: checked before the token is looked up.)
      if (ce === 32 && charClass(v.charCodeAt(c.e + 1)) === 3) {
        const i = this.tokenIndexBefore(c.e);
        const t = toks[i];
        const nx = toks[i + 1];
        if (t !== undefined && nx !== undefined && t.e === c.e && oneSpace(v, t.e, nx.s)) {
          // ("Lorna Little Thunder" found as "Lorna Little": the number or colour word ends the name found.)
          const inside = FAMILY_FIRST_WORDS.has(t.k) && t.shape === 'T' && t.s > c.s && (toks[i - 1] as Tok).shape === 'T' && ((toks[i - 1] as Tok).f & L.FIRST) !== 0;
          if (t.shape === 'L' && (t.m & M.PARTICLES) !== 0 && (t.s > c.s || TITLE_BEFORE.test(v.slice(Math.max(0, c.s - 8), c.s))) && nx.shape === 'T' && nx.w.length >= 2 && (nx.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0) this.add(c.s, nx.e, 'NAME', c.p);
          else if (inside || (nx.shape === 'T' && FAMILY_FIRST_WORDS.has(nx.k) && (t.f & L.FIRST) !== 0 && t.shape === 'T')) {
            const n3 = inside ? nx : toks[i + 2];
            const n4 = inside ? toks[i + 2] : toks[i + 3];
            if (n3 !== undefined && n3.shape === 'T' && (inside || oneSpace(v, nx.e, n3.s)) && n3.w.length >= 3 && !n3.possessive && (n3.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC | M.BUILDING_HEADS)) === 0 && (n3.f & (T.FACILITY | T.STREET)) === 0 &&
              !(n4 !== undefined && n4.shape === 'T' && oneSpace(v, n3.e, n4.s))) this.add(c.s, n3.e, 'NAME', c.p);
          }
        }
      }
      // "Tele visit - Banerjee, Chidubem - med review": a surname found alone, a comma and a given name no lexicon knows
      // before a dash, a bracket, a column gap or a line end.
      if (ce === 44 && v.charCodeAt(c.e + 1) === 32) {
        const j = this.tokenStartingAt(c.e + 2);
        const gv = toks[j];
        const sv = toks[j - 1];
        if (gv !== undefined && sv !== undefined && sv.s === c.s && sv.e === c.e && (sv.f & (L.LAST | L.OTHER)) !== 0 && !this.common(sv) && gv.shape === 'T' && gv.w.length >= 3 && !gv.possessive &&
          (gv.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) === 0 && !this.common(gv) && !this.abbrevLike(gv) && (gv.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.MONTH_WORDS)) === 0 &&
          NAME_FIELD_END.test(v.slice(gv.e, gv.e + 3))) this.add(c.s, gv.e, 'NAME', c.p);
      }
      // "Worker: Dludla, Sipho   Employer: ...": a label's value written surname first, its given name found.
      if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44) {
        const j = this.tokenStartingAt(c.s);
        const gv = toks[j];
        const sv = toks[j - 1];
        if (gv !== undefined && sv !== undefined && gv.e === c.e && (gv.f & L.FIRST) !== 0 && sv.e === c.s - 2 && (sv.shape === 'T' || (sv.shape === 'U' && gv.shape === 'U')) && sv.w.length >= 3 && !sv.possessive &&
          (!this.common(sv) || (sv.f & (L.LAST | L.COMMON_SURNAME)) !== 0) && (sv.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC)) === 0 && ((sv.f & (L.PLACE | L.COUNTRY)) === 0 || (sv.f & NAME_BITS) !== 0) &&
          LABEL_VALUE_BEFORE.test(v.slice(Math.max(0, sv.s - 3), sv.s)) && FIELD_END_AFTER.test(v.slice(c.e, c.e + 3))) this.add(sv.s, c.e, 'NAME', c.p);
      }
      if (quotes && c.s >= 6 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 61) {
        const m = /"(\p{Lu}[\p{Ll}'-]+)"[ \t]?= $/u.exec(v.slice(Math.max(0, c.s - 24), c.s));
        if (m) {
          const st = c.s - (m[0] as string).length + 1;
          this.add(st, st + (m[1] as string).length, 'NAME', c.p);
        }
      }
    }
    // 'Ottavio "Tavi Boy" Rashidi', 'Dale "Dee" Vu': a given name, a nickname in quotes and a surname.
    // (The quote is searched, not ' "': a needle that opens with a blank stops at every blank.)
    if (quotes) for (let q1 = v.indexOf('"'); q1 >= 1; q1 = v.indexOf('"', q1 + 1)) {
      if (v.charCodeAt(q1 - 1) !== 32) continue;
      const q = q1 - 1;
      QUOTED_NICK.lastIndex = q1;
      const m = QUOTED_NICK.exec(v);
      if (!m) continue;
      let a = q;
      while (a > 0 && isLetterCode(v.charCodeAt(a - 1))) a--;
      if (a === q || (a > 0 && (isWordCode(v.charCodeAt(a - 1)) || v.charCodeAt(a - 1) === 39 || v.charCodeAt(a - 1) === 45))) continue;
      const g = v.slice(a, q);
      const sur = m[1] as string;
      const gk = g.toLowerCase();
      const sk = sur.toLowerCase();
      const gf = this.fl(gk);
      const sf = this.fl(sk);
      if (!/^\p{Lu}\p{Ll}+$/u.test(g) || NOT_NAME.has(gk) || TITLES.has(gk) || MONTH_WORDS.has(gk) || MODALS.has(gk) || NOT_NAME.has(sk) || EPONYMS.has(sk)) continue;
      const givenOk = (gf & L.FIRST) !== 0 || ((gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0 && g.length >= 4);
      const surOk = (sf & L.WORD) === 0 || (sf & (L.LAST | L.COMMON_SURNAME)) !== 0;
      if (!givenOk || !surOk) continue;
      // (A name found that runs into the given name from before keeps its start: "Ma. Corazon".)
      for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s < a && c.e > a) a = c.s;
      // (Three spans, as the nickname rules before this one write them.)
      let se = QUOTED_NICK.lastIndex;
      const ss = se - sur.length;
      // (A name found that starts with the surname and runs on keeps its end: "Ibarra de la Fuente".)
      for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s === ss && c.e > se && c.e - ss <= 40 && /^[ \p{L}'-]+$/u.test(v.slice(se, c.e))) se = c.e;
      this.add(a, q, 'NAME', 85);
      this.add(q + 2, v.lastIndexOf('"', ss), 'NAME', 85);
      this.add(ss, se, 'NAME', 85);
    }
    for (const xi of this.xIdx) {
      const b = v.charCodeAt((toks[xi] as Tok).s - 1);
      if (b === 40) this.pairBeforeAgeSex(xi);
      else if (b === 32 && v.charCodeAt((toks[xi] as Tok).s - 2) === 44 && xi >= 2) {
        this.surnameInitialBeforeAgeSex(xi);
        // "Interviewed: Otieno Nyokabi, 34, household head": two capitalized words, a comma and an age.
        const t = toks[xi] as Tok;
        if (t.w.length <= 3 && /^\d{1,3}$/.test(t.w) && AGE_AFTER_COMMA.test(v.slice(t.e, t.e + 8))) this.pairBeforeBracket(xi - 2, xi - 1, t.s - 2, true);
      }
    }
    // "KW = Kwabena Wojcik, RN; AS = April Szabo": initials a legend gives a name found, when they are its initials.
    if (v.includes('=')) {
      const n1 = this.cands.length;
      for (let x = 0; x < n1; x++) {
        const c = this.cands[x] as Cand;
        if (c.p < 0 || c.t !== 'NAME' || c.s < 4) continue;
        let q = c.s - 1;
        while (q > 0 && v.charCodeAt(q) === 32) q--;
        if (v.charCodeAt(q) !== 61) continue;
        q--;
        while (q > 0 && v.charCodeAt(q) === 32) q--;
        const ie = q + 1;
        while (q >= 0 && isLetterCode(v.charCodeAt(q))) q--;
        const is = q + 1;
        if (ie - is < 2 || ie - is > 4 || (q >= 0 && isWordCode(v.charCodeAt(q)))) continue;
        const ini = v.slice(is, ie);
        const caps = ini.replace(/[^A-Z]/g, '');
        if (caps.length < 2 || !/^[A-Z]/.test(ini)) continue;
        const firsts = v.slice(c.s, c.e).split(/[ \t]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w.charAt(0)).join('');
        if (firsts === caps || (firsts.length > 2 && caps.length === 2 && firsts.charAt(0) === caps.charAt(0) && firsts.charAt(firsts.length - 1) === caps.charAt(1))) this.add(is, ie, 'NAME', 90);
      }
    }
    // "Hazel Oduwole", "Ivy Okwuosa": a given name that is also a word, before a capitalized surname that is no word.
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const g = toks[i] as Tok;
      // (One test skips the tokens no rule of this loop starts at: most of them.)
      if ((g.f & NAME_BITS) === 0 && (g.m & (M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.KIN_PLURAL)) === 0) continue;
      if ((g.m & M.SUBJECT_VERBS) !== 0 && i >= 2 && g.shape === 'L') {
        this.nameBeforeVerb(i);
        if (g.k === 'is' && this.lowerDoc) this.dictatedName(i);
      }
      if ((g.f & (L.LAST | L.OTHER)) !== 0 && (g.f & L.WORD) === 0 && g.shape === 'T' && i > 0) this.unknownBeforeSurname(i);
      if ((g.m & M.STRONG_CONTEXT) !== 0 && i > 0 && v.charCodeAt(g.s - 1) === 40) this.nameBeforeRelOf(i);
      if ((g.m & M.KIN_PLURAL) !== 0 && g.k === 'initials') this.initialsAfter(g);
      if ((g.f & L.FIRST) === 0 || (g.f & L.WORD) === 0 || g.shape !== 'T') continue;
      if (g.k === 'baby') {
        this.babyName(g);
        continue;
      }
      const s = toks[i + 1];
      if (s === undefined || s.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || g.w.length < 3 || s.w.length < 3 || s.capitals > 2) continue;
      if ((g.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.PLACE_PREP | M.NOT_PERSON | M.EPONYMS | M.SUBJECT_VERBS)) !== 0 || BASE_VERBS.has(g.k) || MODALS.has(g.k)) continue;
      if (this.common(s) || (s.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.BUILDING_HEADS | M.CREDENTIAL_TOKENS | M.SCALE_NAMES)) !== 0) continue;
      if ((s.f & (L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 && (s.f & (L.LAST | L.COMMON_SURNAME)) === 0) continue;
      if ((s.f & (T.FACILITY | T.STREET | T.MAKE)) !== 0 || (s.f & NAME_BITS) === 0 && this.abbrevLike(s)) continue;
      // Not inside a longer capitalized name ("Grace Kelleher Foundation") nor a place after a preposition.
      const nx = toks[i + 2];
      if (nx !== undefined && nx.shape === 'T' && oneSpace(v, s.e, nx.s)) continue;
      if (WEEKDAY_SHORT.test(s.w) || /(?:\b(?:in|at|from|to|near|visiting|via|on)[ \t]+|[0-9][ \t]*)$/i.test(v.slice(Math.max(0, g.s - 12), g.s))) continue;
      // Not a sentence's first word ("Iris Nevus noted", "Crystal Methamphetamine use"), nor a surname with a medical ending.
      if (MEDICAL_ENDING.test(s.k)) continue;
      let z = g.s - 1;
      z = skipBlanksBack(v, z);
      const zc = z < 0 ? 10 : v.charCodeAt(z);
      if (zc === 10 || zc === 13 || zc === 46 || zc === 33 || zc === 63) continue;
      // Not in a run of capitalized words ("Draining Green Bilious"): the word before is no capitalized word other than a title.
      const pg = toks[i - 1];
      if (pg !== undefined && pg.shape === 'T' && oneSpace(v, pg.e, g.s) && (pg.m & (M.TITLES | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT)) === 0) continue;
      if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 75);
    }
    // "Rev. Tevita Lolohea of Tongan Methodist Church of Hayward", "Fr. Tomasz Wrona of St. Brigid's Church": a place found that
    // opens with a person after a title holds the person, then "of" and the place.
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'LOCATION' || c.s < 3) continue;
      // (" of " inside the place first, a short loop, then the title before it: few places hold an " of ".)
      let o = -1;
      for (let x = c.s; x < c.e - 4; x++) {
        if (v.charCodeAt(x) === 32 && v.charCodeAt(x + 1) === 111 && v.charCodeAt(x + 2) === 102 && v.charCodeAt(x + 3) === 32) {
          o = x;
          break;
        }
      }
      if (o < 0 || !TITLE_PERSON_BEFORE.test(v.slice(Math.max(0, c.s - 10), c.s))) continue;
      const who = v.slice(c.s, o);
      if (!/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}$/u.test(who)) continue;
      this.add(c.s, o, 'NAME', c.p + 2);
      this.add(o + 4, c.e, 'LOCATION', c.p + 1);
    }
  }
  /** "doctor tumelo dlamini end", "pham khanh huong,": known name parts in lower case after a lower-case name found (run
   * after lowerRepeats, which finds lower-case repeats of names). */
  lowerNameTails(): void {
    const v = this.v;
    const toks = this.toks;
    const n0 = this.cands.length;
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 97 || c0 > 122 || v.charCodeAt(c.e) !== 32) continue;
      let i = this.tokenStartingAt(c.s);
      while (i >= 0 && i + 1 < toks.length && (toks[i] as Tok).e < c.e) i++;
      if (i < 0 || (toks[i] as Tok).e !== c.e) continue;
      let e = c.e;
      for (let j = i + 1; j < toks.length && j <= i + 2; j++) {
        const nx = toks[j] as Tok;
        if (!oneSpace(v, (toks[j - 1] as Tok).e, nx.s) || nx.shape !== 'L' || nx.w.length < 3 || nx.possessive || this.common(nx) || (nx.f & NAME_BITS) === 0) break;
        if ((nx.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.CREDENTIAL_TOKENS | M.STATE_ABBR_LOWER)) !== 0 || ((nx.f & (L.PLACE | L.COUNTRY)) !== 0 && (nx.f & L.LAST) === 0)) break;
        const a = v.charCodeAt(nx.e);
        const nn = toks[j + 1];
        if (!(nx.e >= v.length || a === 10 || a === 13 || a === 44 || a === 46 || a === 59 || a === 41 || (a === 32 && nn !== undefined && nn.s === nx.e + 1 && nn.shape === 'L'))) break;
        e = nx.e;
      }
      if (e > c.e) this.add(c.s, e, 'NAME', c.p);
    }
  }
  /** "pt Manybirds called", "patient Oduwole reports": a capitalized word no lexicon knows between "pt" or "patient"
   * and a verb only a person does (toks[i] is the verb). */
  nameBeforeVerb(i: number): void {
    const v = this.v;
    const t = this.toks[i - 1] as Tok;
    const cue = this.toks[i - 2] as Tok;
    if (t.shape !== 'T' || t.possessive || t.w.length < 4 || (t.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(t) || this.abbrevLike(t) || WEEKDAY_SHORT.test(t.w)) return;
    // ("pt Intubated was", "pt Tachycardic was": a state, not a name.)
    if (STATE_ENDING.test(t.k) || MEDICAL_ENDING.test(t.k)) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (t.f & (T.FACILITY | T.MAKE | T.STREET)) !== 0) return;
    if ((cue.k !== 'pt' && cue.k !== 'patient') || !oneSpace(v, cue.e, t.s) || !oneSpace(v, t.e, (this.toks[i] as Tok).s)) return;
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 80);
  }
  /** Dictation typed in lower case: "patient is kamau tiwari-oduwole date of birth ...", "name is ... dob": a known given
   * name and one or two more words that are no common words, up to a birth date cue or punctuation (toks[i] is "is"). */
  dictatedName(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const cue = toks[i - 1] as Tok;
    if ((cue.k !== 'patient' && cue.k !== 'name') || !oneSpace(v, cue.e, (toks[i] as Tok).s)) return;
    const g = toks[i + 1];
    if (g === undefined || g.shape !== 'L' || !oneSpace(v, (toks[i] as Tok).e, g.s) || (g.f & NAME_BITS) === 0 || this.common(g) || (g.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) return;
    let j = i + 2;
    let e = g.e;
    for (; j < toks.length && j <= i + 3; j++) {
      const t = toks[j] as Tok;
      if (t.shape !== 'L' || !oneSpace(v, e, t.s) || this.common(t) || (t.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES)) !== 0 || DICTATION_STOP.has(t.k)) break;
      e = t.e;
    }
    if (e === g.e) return;
    const nx = toks[j];
    const a = v.charCodeAt(e);
    if (!(a === 44 || a === 46 || a === 10 || e >= v.length || (nx !== undefined && DICTATION_STOP.has(nx.k) && oneSpace(v, e, nx.s)))) return;
    if (!this.nameOverlaps(g.s, e)) this.add(g.s, e, 'NAME', 80);
  }
  /** Label-printer fields (ZPL "^FD...^FS"): a name written surname first, alone or after a short label ("^FDKAMAU,
   * NJERI^FS", "^FDAttn: OKWUOSA-BRANDT, T  ALLERGY: ..."), when the given name is known or an initial. */
  labelFieldNames(): void {
    const v = this.v;
    for (let q = v.indexOf('^FD'); q >= 0; q = v.indexOf('^FD', q + 3)) {
      FIELD_NAME.lastIndex = q + 3;
      const m = FIELD_NAME.exec(v);
      if (!m) continue;
      const fam = m[1] as string;
      const given = (m[2] as string).toLowerCase();
      const gf = this.fl(given);
      // (A given name no lexicon knows passes when the surname is a known name: "KAMAU, NJERI".)
      const famKnown = fam.split(/[ \t-]+/).some((w) => (this.fl(w.toLowerCase()) & NAME_BITS) !== 0);
      const givenOk = given.length === 1 || (gf & L.FIRST) !== 0 || (famKnown && given.length >= 3 && (gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0);
      if (!givenOk || NOT_NAME.has(given) || STATE_WORDS.has(given) || MONTH_WORDS.has(given)) continue;
      const famOk = fam.split(/[ \t-]+/).every((w) => {
        const k = w.toLowerCase();
        const f = this.fl(k);
        return k.length >= 2 && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && ((f & L.WORD) === 0 || (f & (L.LAST | L.COMMON_SURNAME)) !== 0);
      });
      if (!famOk) continue;
      const e = FIELD_NAME.lastIndex;
      const st = e - (m[0] as string).length + (m[0] as string).indexOf(fam);
      this.add(st, e, 'NAME', 90);
    }
  }
  /** "..., Seraphina Banerjee (pathology), ...": a capitalized word no lexicon knows before a known surname that is no word
   * (toks[i]), the two between separators of a list or a field (comma, semicolon, colon, bracket, line). */
  unknownBeforeSurname(i: number): void {
    const v = this.v;
    const s = this.toks[i] as Tok;
    const g = this.toks[i - 1] as Tok;
    if (g.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || g.w.length < 4 || s.w.length < 3 || (g.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(g) || this.abbrevLike(g)) return;
    if ((g.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC)) !== 0 || (g.f & (T.FACILITY | T.MAKE | T.STREET | T.LABEL)) !== 0 || ROLE_ENDING.test(g.k) || WEEKDAY_SHORT.test(g.w)) return;
    if (STATE_ENDING.test(g.k) || MEDICAL_ENDING.test(g.k) || MEDICAL_ENDING.test(s.k)) return;
    if ((s.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES)) !== 0 || this.common(s)) return;
    let a = g.s - 1;
    a = skipBlanksBack(v, a);
    const b0 = a < 0 ? 10 : v.charCodeAt(a);
    let z = s.e;
    z = skipBlanks(v, z, v.length);
    const a0 = z >= v.length ? 10 : v.charCodeAt(z);
    // Before: a line start, a comma, a semicolon, a colon or a bracket; after: the same or a line end.
    if (!(b0 === 10 || b0 === 44 || b0 === 59 || b0 === 58 || b0 === 40) || !(a0 === 10 || a0 === 13 || a0 === 44 || a0 === 59 || a0 === 40 || a0 === 41)) return;
    if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 70);
  }
  /** "Wairimu Njeri (24F)", "Kipchoge (42, M)": the pair or the word before an age and sex alone in brackets (toks[i] holds digits). */
  pairBeforeAgeSex(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    if (i < 2 || v.charCodeAt(t.s - 1) !== 40 || v.charCodeAt(t.s - 2) !== 32 || !AGE_SEX_BRACKET.test(v.slice(t.s, t.s + 12))) return;
    const pv = this.toks[i - 2] as Tok;
    // ("Kipchoge (42, M)": one word alone before the bracket.)
    if (pv.shape === 'T' && oneSpace(v, pv.e, (this.toks[i - 1] as Tok).s)) this.pairBeforeBracket(i - 2, i - 1, t.s - 2);
    else this.wordBeforeBracket(i - 1, t.s - 2);
  }
  /** "Sterling (husband of pt Iris Okwuosa)": a name before a relative's or a role's "of" in brackets (toks[i] is the
   * relative's word right after the bracket). */
  nameBeforeRelOf(i: number): void {
    const v = this.v;
    const q = (this.toks[i] as Tok).s - 2;
    if (v.charCodeAt(q) !== 32) return;
    const ke = v.charCodeAt((this.toks[i] as Tok).e);
    if ((ke === 41 || ke === 44) && i >= 2) {
      const pv = this.toks[i - 2] as Tok;
      if (ke === 41 && i >= 3 && pv.shape === 'T' && oneSpace(v, pv.e, (this.toks[i - 1] as Tok).s)) this.pairBeforeBracket(i - 2, i - 1, q);
      else if (KIN_IN_BRACKETS.has((this.toks[i] as Tok).k)) this.wordBeforeBracket(i - 1, q);
    }
    REL_OF.lastIndex = q + 1;
    if (!REL_OF.test(v)) return;
    const t = this.toks[i - 1] as Tok;
    if (t.e !== q || t.shape !== 'T' || t.possessive || t.w.length < 3) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC)) !== 0 || (t.f & L.COUNTRY) !== 0) return;
    if ((t.f & L.FIRST) === 0 && ((t.f & (NAME_BITS | L.WORD | L.PLACE)) !== 0 || t.w.length < 4 || this.abbrevLike(t))) {
      if ((t.f & (L.LAST | L.OTHER)) === 0 || this.common(t)) return;
    }
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 80);
  }
  /** "Initials K-M-T", "Initials: Q-LW": a subject's or a signer's initials after their label (g). */
  initialsAfter(g: Tok): void {
    const v = this.v;
    INITIALS_AFTER.lastIndex = g.e;
    const m = INITIALS_AFTER.exec(v);
    if (!m) return;
    const ini = m[1] as string;
    if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) return;
    const st = INITIALS_AFTER.lastIndex - ini.length;
    if (!this.nameOverlaps(st, st + ini.length)) this.add(st, st + ini.length, 'NAME', 85);
  }
  /** "Baby Kanoa born", "Baby: Tumelo (Baby Boy ...)": a newborn's given name after "Baby" (g). */
  babyName(g: Tok): void {
    const v = this.v;
    BABY_NAME.lastIndex = g.e;
    const m = BABY_NAME.exec(v);
    if (!m) return;
    const w = m[1] as string;
    const f = this.fl(w.toLowerCase());
    if ((f & L.WORD) !== 0 || ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & L.FIRST) === 0) || NOT_NAME.has(w.toLowerCase()) || EPONYMS.has(w.toLowerCase())) return;
    const st = BABY_NAME.lastIndex - w.length;
    if (!this.nameOverlaps(st, st + w.length)) this.add(st, st + w.length, 'NAME', 80);
  }
  /** "Achieng Otieno (coworker)", "Wairimu Njeri (24F)": two capitalized words that are no common words, right before
   * a relative's or a role's word, or an age and sex, alone in brackets (the pair is toks[a], toks[b], the bracket at q + 1);
   * weak: before a comma and a bare age ("Otieno Nyokabi, 34,"). */
  pairBeforeBracket(a: number, b: number, q: number, weak = false): void {
    const v = this.v;
    const g = this.toks[a] as Tok;
    const s = this.toks[b] as Tok;
    // (Before a bare number the evidence is weaker: no word may end like a lab, a drug or a state: "Serum Osmolality, 34".)
    if (weak && (LAB_ENDING.test(g.k) || LAB_ENDING.test(s.k) || STATE_ENDING.test(g.k) || STATE_ENDING.test(s.k) || MEDICAL_ENDING.test(s.k))) return;
    if (s.e !== q || g.shape !== 'T' || s.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || s.possessive || g.w.length < 3 || s.w.length < 2) return;
    for (const t of [g, s]) {
      if ((this.common(t) && (t.f & NAME_BITS) === 0) || this.abbrevLike(t) || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT)) !== 0) return;
      if ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && (t.f & NAME_BITS) === 0) return;
      if ((t.f & (T.FACILITY | T.STREET | T.MAKE)) !== 0) return;
    }
    // Both common words that are also names ("Grace Hope") need the one before the bracket to be no word.
    if (this.common(g) && this.common(s)) return;
    if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 72);
    else for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s > g.s && c.s <= s.s && c.e <= s.e) {
      this.add(g.s, s.e, 'NAME', c.p);
      break;
    }
  }
  /** "Reported by: Wambui (mother)", "Household: Nduta (sister, 7)": one capitalized word no lexicon knows, or a known
   * name that is no word, of five letters or more, alone before a relative's word in brackets, as an entry of a list
   * (toks[j], ending at q). */
  wordBeforeBracket(j: number, q: number): void {
    const v = this.v;
    const t = this.toks[j] as Tok;
    if (t.e !== q || t.shape !== 'T' || t.possessive || t.w.length < 5 || this.common(t) || this.abbrevLike(t) || WEEKDAY_SHORT.test(t.w)) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT | M.SCALE_NAMES)) !== 0) return;
    if ((t.f & (L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 && (t.f & NAME_BITS) === 0) return;
    if ((t.f & (T.FACILITY | T.STREET | T.MAKE | T.LABEL)) !== 0 || ROLE_ENDING.test(t.k) || ((t.f & NAME_BITS) === 0 && (STATE_ENDING.test(t.k) || MEDICAL_ENDING.test(t.k)))) return;
    // An entry of a list: a colon, a comma, a semicolon or a line start before the word, and the bracket closing the entry.
    let a = t.s - 1;
    a = skipBlanksBack(v, a);
    const b0 = a < 0 ? 10 : v.charCodeAt(a);
    if (!(b0 === 10 || b0 === 58 || b0 === 44 || b0 === 59)) return;
    let z = v.indexOf(')', q);
    if (z < 0 || z - q > 16) return;
    z++;
    z = skipBlanks(v, z, v.length);
    const a0 = z >= v.length ? 10 : v.charCodeAt(z);
    if (!(a0 === 10 || a0 === 13 || a0 === 44 || a0 === 59 || a0 === 46)) return;
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 72);
  }
  /** Message and role labels: "To: Nduta Wekesa  From: ...", "Vaccinator: Kiprono W. |": a name of two or three
   * capitalized words that are no common words, or a surname and an initial, as the label's whole value. */
  labelNames(): void {
    const v = this.v;
    for (let q = v.indexOf(':'); q >= 2; q = v.indexOf(':', q + 1)) {
      const c = v.charCodeAt(q - 1);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
      let a = q - 1;
      while (a > 0 && isLetterCode(v.charCodeAt(a - 1))) a--;
      if (q - a < 2 || (a > 0 && (isWordCode(v.charCodeAt(a - 1)) || v.charCodeAt(a - 1) === 45 || v.charCodeAt(a - 1) === 47))) continue;
      const k = v.slice(a, q).toLowerCase();
      let role = MESSAGE_LABELS.has(k);
      if (!role) {
        if (k.length < 6 || !ROLE_ENDING.test(k)) continue;
        const f = this.fl(k);
        if ((f & (L.WORD | NAME_BITS | L.PLACE)) !== 0 || STRONG_CONTEXT.has(k)) continue;
        role = true;
      }
      LABEL_NAME_VALUE.lastIndex = q + 1;
      const m = LABEL_NAME_VALUE.exec(v);
      if (!m) continue;
      const val = (m[1] ?? m[2]) as string;
      const st = LABEL_NAME_VALUE.lastIndex - m[0].length + m[0].indexOf(val);
      let ok = true;
      let unknown = 0;
      for (const w of val.split(/[ ,.]+/)) {
        if (w.length < 2) continue;
        const wk = w.toLowerCase();
        const f = this.fl(wk);
        if (NOT_NAME.has(wk) || TITLES.has(wk) || STATE_WORDS.has(wk) || MONTH_WORDS.has(wk) || FACILITY_GENERIC.has(wk) || FACILITY_FIRST.has(wk) || EPONYMS.has(wk)) ok = false;
        else if ((f & L.WORD) !== 0 && (f & NAME_BITS) === 0) ok = false;
        else if ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & NAME_BITS) === 0) ok = false;
        else if ((f & NAME_BITS) === 0) unknown++;
        if (!ok) break;
      }
      if (!ok || (m[1] !== undefined && unknown === 0 && !/^\p{Lu}[\p{Ll}'-]+ \p{Lu}[\p{Ll}'-]+$/u.test(val))) continue;
      if (!this.nameOverlaps(st, st + val.length)) this.add(st, st + val.length, 'NAME', 74);
    }
  }
  /** "1) Wairimu K, 45F, lap appx": a capitalized word no lexicon knows as a common word and an initial, before a comma
   * and an age and sex (toks[i] holds the age). */
  surnameInitialBeforeAgeSex(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const ini = this.toks[i - 1] as Tok;
    const sur = this.toks[i - 2] as Tok;
    if (ini.shape !== 'I' || ini.e !== t.s - 2 || sur.shape !== 'T' || !oneSpace(v, sur.e, ini.s) || sur.w.length < 3 || sur.possessive) return;
    if (!/^\d{1,3}[ \t]?[MF]\b/.test(v.slice(t.s, t.s + 5))) return;
    if ((this.common(sur) && (sur.f & NAME_BITS) === 0) || (sur.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC)) !== 0 || this.abbrevLike(sur)) return;
    if ((sur.f & (L.PLACE | L.COUNTRY)) !== 0 && (sur.f & NAME_BITS) === 0) return;
    if (!this.nameOverlaps(sur.s, ini.e)) this.add(sur.s, ini.e, 'NAME', 74);
  }
  /** Whether a name found so far overlaps [s, e). */
  nameOverlaps(s: number, e: number): boolean {
    return this.someOverlap(s, e, isNameCand);
  }
  /** Whether toks[j] is a given name right before a surname found alone: a known given name (also a word: "Ward",
   * "April"), or a capitalized word no lexicon knows; not a title, a role, a month after a date word, a sentence's
   * first common word, nor a place after a preposition. */
  givenBeforeSurname(j: number): boolean {
    const v = this.v;
    const pv = this.toks[j] as Tok;
    if (pv.possessive || pv.w.length < 3 || pv.capitals !== 1) return false;
    // (A month that is also a given name, "April", passes; the words before it are checked below.)
    if ((pv.m & (M.TITLES | M.STATE_WORDS | M.PLACE_PREP | M.CORE_TITLES | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC | M.SUBJECT_VERBS)) !== 0) return false;
    if ((pv.m & M.NOT_NAME) !== 0 && ((pv.m & M.MONTH_WORDS) === 0 || (pv.f & L.FIRST) === 0)) return false;
    if (BASE_VERBS.has(pv.k) || MODALS.has(pv.k)) return false;
    if ((pv.f & L.FIRST) === 0) {
      if ((pv.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(pv) || (pv.f & (T.FACILITY | T.STREET | T.MAKE | T.LABEL)) !== 0 || pv.w.length < 4 || this.abbrevLike(pv)) return false;
      // Role nouns no lexicon lists ("Caregiver", "Claimant", "Coordinator").
      if (ROLE_ENDING.test(pv.k) || WEEKDAY_SHORT.test(pv.w)) return false;
    } else if ((pv.f & L.WORD) !== 0 && this.sentenceStartWord(j)) return false;
    const before = v.slice(Math.max(0, pv.s - 12), pv.s);
    if (/(?:\b(?:in|at|from|to|near|of|visiting|via|since|until|by|on|during|last|next|early|late|mid)[ \t]+|[0-9][ \t]*)$/i.test(before)) return false;
    return true;
  }
  /**
   * Pipe tables: a cell that holds a name written surname first ("| DLUDLA, SIPHO |", "| von Dorp, Willemijn |")
   * when its given name is known; under a column headed by a staff role ("RN", "MD/APP", "Tech", "Init"), initials
   * and surnames ("| KO |", "| Oduwole|", "| Szabo PA |", "| TKW  dose held").
   */
  tableNames(): void {
    const v = this.v;
    const len = v.length;
    /** Bit k: column k is headed by a staff role. */
    let staffCols = 0;
    let lead = false;
    for (let ls = 0; ls < len; ) {
      let le = lineEndOf(v, ls);
      if (le < 0) le = len;
      const bar = v.indexOf('|', ls);
      if (bar < 0) break;
      if (bar >= le) {
        // Lines without a bar end a table: go on at the start of the line of the next bar.
        staffCols = 0;
        ls = lineStartOf(v, bar);
        continue;
      }
      const cells: number[] = [ls];
      for (let q = bar; q >= 0 && q < le; q = v.indexOf('|', q + 1)) cells.push(q + 1);
      cells.push(le + 1);
      if (cells.length < 4) {
        staffCols = 0;
        ls = le + 1;
        continue;
      }
      const thisLead = v.slice(ls, bar).trim() === '';
      let header = false;
      const shift = thisLead === lead ? 0 : thisLead ? -1 : 1;
      for (let k = 0; k + 1 < cells.length; k++) {
        let a = cells[k] as number;
        let b = (cells[k + 1] as number) - 1;
        a = skipBlanks(v, a, b);
        while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9 || v.charCodeAt(b - 1) === 13)) b--;
        if (b - a < 2) continue;
        const cell = v.slice(a, b);
        if (k < 30 && staffHeader(cell)) {
          if (!header) staffCols = 0;
          staffCols |= 1 << k;
          lead = thisLead;
          header = true;
          continue;
        }
        const m = SURNAME_FIRST_CELL.exec(cell);
        if (m) {
          const given = (m[2] as string).toLowerCase();
          const gf = this.fl(given);
          const famOk = (m[1] as string).split(/[ \t]+/).every((w) => {
            const k2 = w.toLowerCase();
            const f = this.fl(k2);
            return PARTICLES.has(k2) || (!NOT_NAME.has(k2) && !STATE_WORDS.has(k2) && !FACILITY_GENERIC.has(k2) && ((f & L.WORD) === 0 || (f & (L.LAST | L.COMMON_SURNAME)) !== 0));
          });
          // (A given name no lexicon knows passes with a middle initial after it: "KIPCHOGE, Wanjiru N".)
          const layout = /[ \t][A-Z]\.?$/.test(m[0] as string);
          const givenOk = (gf & L.FIRST) !== 0 || (layout && given.length >= 3 && (gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0);
          if (givenOk && famOk && !NOT_NAME.has(given) && !STATE_WORDS.has(given) && (gf & L.COUNTRY) === 0 && !MONTH_WORDS.has(given)) this.add(a, a + (m[0] as string).replace(/\.$/, '').length, 'NAME', 90);
        }
        if (!header && staffCols !== 0 && k + shift >= 0 && k + shift < 30 && (staffCols & (1 << (k + shift))) !== 0) {
          const s = STAFF_CELL.exec(cell);
          if (!s) continue;
          const w = s[1] as string;
          if (/^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$/.test(w)) {
            // (Initials that are also an abbreviation count when a legend gives them a name: "TD = Tumelo Dlamini".)
            if (NOT_INITIALS.has(w) || NOT_NAME_CAPS.has(w) || NOT_NAME.has(w.toLowerCase())) {
              const legend = v.indexOf(w + ' =');
              if (!LEGEND_AFTER.test(v.slice(legend, legend + w.length + 40))) continue;
            }
          } else {
            const ok = w.split(/[ \t]+/).every((p) => {
              const f = this.fl(p.toLowerCase());
              return !NOT_NAME.has(p.toLowerCase()) && ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0 && (f & L.WORD) === 0);
            });
            if (!ok) continue;
          }
          this.add(a, a + w.length, 'NAME', 85);
        }
      }
      ls = le + 1;
    }
  }
  /**
   * Around the names found: a given name that is also a country or a place right before a surname found ("Jordan
   * Whitlock, CPhT", "Georgia Okafor"); a user name built from a name in brackets right after it ("Kiersten (kmohr)");
   * the name line of a letter's address block, right above its street line ("ROSE M. CALDERON-VEGA\n1620 W 18th Pl").
   */
  aroundNames(): void {
    const v = this.v;
    const toks = this.toks;
    const n0 = this.cands.length;
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0) continue;
      if (c.t === 'LOCATION') {
        // A street line ("1620 W 18th Pl") opening its line, under a line of two to four capitalized words.
        const d0 = v.charCodeAt(c.s);
        if (d0 >= 48 && d0 <= 57 && c.s >= 2 && v.charCodeAt(c.s - 1) === 10) this.addresseeAbove(c.s - 1);
        continue;
      }
      if (c.t !== 'NAME') continue;
      const b = v.charCodeAt(c.s - 1);
      if (b === 32) {
        const i = this.tokenStartingAt(c.s);
        const pv = i > 0 ? toks[i - 1] : undefined;
        const t = toks[i];
        if (pv && t && t.shape === 'T' && pv.shape === 'T' && pv.e === c.s - 1 && (pv.f & L.FIRST) !== 0 && (pv.f & (L.COUNTRY | L.PLACE)) !== 0 && !pv.possessive &&
          (this.isLast(t) || (t.f & L.COMMON_SURNAME) !== 0) && !this.common(t) && (pv.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.PLACE_PREP)) === 0 && !this.sentenceStartWord(i - 1) &&
          !/(?:\b(?:in|at|from|to|near|of|visiting|via)[ \t]+|[0-9][ \t]*)$/i.test(v.slice(Math.max(0, pv.s - 12), pv.s)))
          this.add(pv.s, c.e, 'NAME', c.p + 1);
      }
      // "Mohammed bin Rashid Al-Farsi": a particle between two names found joins them; "de la Cruz, Maria" opening a line or
      // after a label: the particles before a name found are part of it.
      if (v.charCodeAt(c.e) === 32) {
        PARTICLE_AT.lastIndex = c.e + 1;
        if (PARTICLE_AT.test(v)) {
          const e2 = PARTICLE_AT.lastIndex;
          for (let y = 0; y < n0; y++) {
            const d = this.cands[y] as Cand;
            if (d.t === 'NAME' && d.p >= 0 && d.s === e2) {
              this.add(c.s, d.e, 'NAME', Math.max(c.p, d.p) + 1);
              break;
            }
          }
        }
      }
      if (b === 32) {
        const i = this.tokenStartingAt(c.s);
        let a = i;
        while (a > 0 && a > i - 3 && (toks[a - 1] as Tok).shape === 'L' && ((toks[a - 1] as Tok).m & M.PARTICLES) !== 0 && oneSpace(v, (toks[a - 1] as Tok).e, (toks[a] as Tok).s)) a--;
        if (a < i && a >= 0) {
          const p0 = (toks[a] as Tok).s;
          let q = p0 - 1;
          q = skipBlanksBack(v, q);
          const qc = q >= 0 ? v.charCodeAt(q) : 10;
          if (qc === 10 || qc === 58 || qc === 40 || qc === 44 || qc === 59 || TITLE_BEFORE.test(v.slice(Math.max(0, p0 - 8), p0))) this.add(p0, c.e, 'NAME', c.p + 1);
        }
      }
      // "Attending: Lindqvist, K": a surname found, a comma and the initial of the given name, ending the entry.
      if (v.charCodeAt(c.e) === 44 && v.charCodeAt(c.e + 1) === 32) {
        const m = INITIAL_AFTER_COMMA.exec(v.slice(c.e, c.e + 10));
        const t = toks[this.tokenIndexBefore(c.e)];
        if (m && t && t.e === c.e && t.shape !== 'I' && (this.isLast(t) || (t.f & L.COMMON_SURNAME) !== 0)) this.add(c.s, c.e + (m[1] as string).length, 'NAME', c.p + 1);
      }
      // "rep Kiersten (kmohr)".
      if (v.charCodeAt(c.e) === 32 && v.charCodeAt(c.e + 1) === 40) {
        const m = /^ \(([a-z][a-z0-9._]{3,24})\)/.exec(v.slice(c.e, c.e + 30));
        if (m && this.nameHandle(m[1] as string, false) && (memberBits(m[1] as string) & (M.STRONG_CONTEXT | M.NOT_NAME | M.MEDIUM_CONTEXT)) === 0) this.add(c.e + 2, c.e + 2 + (m[1] as string).length, 'NAME', 66);
      }
    }
  }
  /** The line ending at nl (a newline) when it holds only a person's name: two to four capitalized words or initials, one a known name. */
  addresseeAbove(nl: number): void {
    const v = this.v;
    const toks = this.toks;
    let ls = nl;
    while (ls > 0 && nl - ls < 48 && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return;
    const e = this.tokenIndexBefore(nl);
    if (e < 0) return;
    let a = e;
    while (a > 0 && (toks[a - 1] as Tok).e > ls) a--;
    const first = toks[a] as Tok;
    const last = toks[e] as Tok;
    if (e - a < 1 || e - a > 3 || !blanks(v, ls, first.s) && first.s !== ls || !/^[ \t]*$/.test(v.slice(last.e + (last.shape === 'I' ? 1 : 0), nl))) return;
    let known = false;
    for (let x = a; x <= e; x++) {
      const t = toks[x] as Tok;
      if (x > a && !/^\.?[ \t]$/.test(v.slice((toks[x - 1] as Tok).e, t.s))) return;
      if (t.shape === 'I') continue;
      if ((t.shape !== 'T' && t.shape !== 'U') || !this.namePart(t) || (t.m & M.NOT_NAME) !== 0 || (this.common(t) && !(t.f & L.FIRST))) return;
      if (((t.f & NAME_BITS) !== 0 || this.known(t)) && !this.common(t)) known = true;
    }
    if (known && !this.anyCand(first.s, last.e)) this.add(first.s, last.e, 'NAME', 70);
  }
  /** "Ma. Corazon Dimaguiba", "Md. Jalal Uddin": "Maria" and "Mohammed" written short (token h) before a given name. */
  shortGivenAt(h: number): void {
    const v = this.v;
    const toks = this.toks;
    const n = toks.length;
    {
      const i = h + 1;
      const t = toks[h] as Tok;
      if (i >= n || (toks[i] as Tok).s !== t.e + 2 || v.charCodeAt(t.e + 1) !== 32 || (toks[i] as Tok).shape !== 'T') return;
      const s = t.s;
      const g = toks[i] as Tok;
      // (A given name no lexicon knows, before a known name: "Md. Shafiqur Rahman".)
      const g2 = toks[i + 1];
      const unknownGiven = (g.f & 0xff) === 0 && !!g2 && g2.shape === 'T' && oneSpace(v, g.e, g2.s) && (g2.f & NAME_BITS) !== 0 && !this.common(g2);
      if (((g.f & (L.FIRST | L.OTHER)) === 0 && !unknownGiven) || this.common(g) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON)) !== 0 || ((g.f & L.PLACE) !== 0 && (g.f & L.FIRST) === 0)) return;
      let j = i;
      while (j + 1 < n && j < i + 2 && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s) && (toks[j + 1] as Tok).shape === 'T' && this.namePart(toks[j + 1] as Tok) && !this.common(toks[j + 1] as Tok)) j++;
      this.add(s, (toks[j] as Tok).e, 'NAME', 72);
    }
  }
  /** A lower-case initial and surname around the credential or role at token i ("l. bjornstad md", "fellow t. ahuja"). */
  lowerInitialCue(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const a = toks[i - 2];
    if (a && a.shape === 'L' && a.w.length === 1 && v.charCodeAt(a.e) === 46) this.lowerInitialAt(i - 2);
    const b = toks[i + 1];
    if (b && b.shape === 'L' && b.w.length === 1 && v.charCodeAt(b.e) === 46) this.lowerInitialAt(i + 1);
  }
  /** Words opening a name found that are no part of it: "Baby Boy" and "Baby Girl" of a newborn's name ("Baby Boy Ahn" is the
   * surname Ahn), and a role noun ("Endoscopist Ravindran", "Agent Marcus Whitfield-Cole"). */
  trimNames(): void {
    const v = this.v;
    const toks = this.toks;
    for (const c of this.cands) {
      if (c.t !== 'NAME' || c.p < 0) continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 65 || c0 > 90) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      const nx = toks[i + 1];
      if (!nx || nx.e > c.e || !oneSpace(v, t.e, nx.s)) continue;
      let to = -1;
      if (t.k === 'baby') {
        // "Baby Boy Ahn", "Baby Girl Castellanos": the sex word too, when a surname follows.
        const n2 = toks[i + 2];
        if ((nx.k === 'boy' || nx.k === 'girl') && n2 && n2.e <= c.e && oneSpace(v, nx.e, n2.s)) to = i + 2;
        // "Baby Kanoa": the baby's given name without the word.
        else if (nx.k !== 'boy' && nx.k !== 'girl' && nx.shape === 'T') to = i + 1;
      } else if ((t.k === 'boy' || t.k === 'girl') && v.slice(Math.max(0, t.s - 5), t.s).toLowerCase() === 'baby ') to = i + 1;
      else if (t.shape === 'T' && (ROLE_NOUNS.has(t.k) || ((t.f & NAME_BITS) === 0 && t.k.length >= 7 && /(?:ologist|oscopist|apist|acist|etrist|ician|itian)$/.test(t.k)))) to = i + 1;
      if (to < 0) continue;
      const s = (toks[to] as Tok).s;
      if (s < c.e) this.setStart(c, s);
    }
  }
  /** Lower-case occurrences of the surnames and given names found capitalized (known names that are no words). */
  lowerRepeats(): void {
    const toks = this.toks;
    const v = this.v;
    this.trimNames();
    let keys: Set<string> | undefined;
    let capsKeys: Set<string> | undefined;
    for (const c of this.cands) {
      if (c.t !== 'NAME' || c.p < 0) continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 65 || c0 > 90) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      for (let x = i; x < toks.length && (toks[x] as Tok).e <= c.e; x++) {
        const t = toks[x] as Tok;
        // "| DLUDLA, SIPHO | ... Note: S. Dludla withdrew": a name found in capitals in a mixed-case text is a name written
        // capitalized elsewhere too.
        if (t.shape === 'U' && !this.capsDoc && t.k.length >= 4 && !this.common(t) && (t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES | M.CREDENTIAL_TOKENS)) === 0 && (t.f & (L.PLACE | L.COUNTRY | T.FACILITY)) === 0 && !NOT_INITIALS.has(t.w) && !NOT_NAME_CAPS.has(t.w)) {
          (capsKeys ??= new Set()).add(t.w.charAt(0) + t.k.slice(1));
          continue;
        }
        if (t.shape !== 'T' || t.k.length < 4 || (t.f & NAME_BITS) === 0 || this.common(t) || (t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES)) !== 0 || t.f & (L.PLACE | L.COUNTRY)) continue;
        (keys ??= new Set()).add(t.k);
      }
    }
    if (capsKeys) for (const w of capsKeys) {
      for (let at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + w.length)) {
        const i = this.tokenStartingAt(at);
        if (i < 0) continue;
        const t = toks[i] as Tok;
        if (t.shape !== 'T' || t.w !== w || t.possessive || this.anyName(t.s, t.e)) continue;
        // (With the initial before it: "S. Dludla".)
        const ini = at >= 3 && v.charCodeAt(at - 1) === 32 && v.charCodeAt(at - 2) === 46 && charClass(v.charCodeAt(at - 3)) === 3 && (at === 3 || !isWordCode(v.charCodeAt(at - 4)));
        this.add(ini ? at - 3 : t.s, t.e, 'NAME', 55);
      }
    }
    if (!keys) return;
    // (Each key is searched in the text: fewer steps than a pass over every token.)
    for (const k of keys) {
      for (let at = v.indexOf(k); at >= 0; at = v.indexOf(k, at + k.length)) {
        const i = this.tokenStartingAt(at);
        if (i < 0) continue;
        const t = toks[i] as Tok;
        if (t.shape === 'L' && t.k === k && !this.anyName(t.s, t.e)) this.add(t.s, t.e, 'NAME', 55);
      }
    }
  }
  /** Whether token t may be a part of a person's name in an entry or a list (see entryAt): no word of another kind. */
  namePart(t: Tok): boolean {
    if (t.shape === 'X' || t.shape === 'I') return false;
    if ((t.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.SCALE_NAMES)) !== 0) return false;
    if (t.f & (L.COUNTRY | T.FACILITY) || ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0)) return false;
    if (t.shape === 'U' && (t.w.length < 3 || NOT_INITIALS.has(t.w) || NOT_NAME_CAPS.has(t.w))) return false;
    if (t.shape === 'T' && this.abbrevLike(t)) return false;
    if (t.shape === 'L' && !this.lowerNameOk(t) && !(this.known(t) && !this.common(t))) return false;
    return true;
  }
  /** "Rm 5  Begum, Rokeya  G4P3", "3) Van der Linde, Pieter  89M", "okonkwo, chidi  mrn": surname (token i), comma, given name. */
  entryAt(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const g = toks[i + 1];
    if (!g || !commaGap(v, t.e, g.s) || g.s - t.e > 2) return;
    const lower = t.shape === 'L';
    if (lower ? g.shape !== 'L' : g.shape !== 'T' && !(g.shape === 'U' && t.shape === 'U')) return;
    // (Cheap tests first: a common word that is no name on either side of the comma ends it.)
    if ((t.f & (L.WORD | NAME_BITS)) === L.WORD || (g.f & (L.WORD | NAME_BITS)) === L.WORD || ((t.f | g.f) & (NAME_BITS | L.PLACE)) === 0 && (i === 0 || ((toks[i - 1] as Tok).m & M.PARTICLES) === 0)) return;
    // Particles and a capitalized word before the surname ("Van der Linde", "Castillo de la Cruz").
    let a = i;
    while (a > 0 && a > i - 3) {
      const p = toks[a - 1] as Tok;
      if ((p.m & M.PARTICLES) === 0 || !oneSpace(v, p.e, (toks[a] as Tok).s)) break;
      a--;
    }
    if (a < i && a > 0) {
      const p = toks[a - 1] as Tok;
      if ((p.shape === 'T' || p.shape === 'U') && oneSpace(v, p.e, (toks[a] as Tok).s) && this.namePart(p) && !this.common(p)) a--;
    }
    // The line start before it: a list number, a bullet, a room or bed, a time, a patient label.
    const first = toks[a] as Tok;
    let ls = first.s;
    while (ls > 0 && first.s - ls < 28 && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return;
    if (!ENTRY_PREFIX.test(v.slice(ls, first.s))) return;
    // The given name: one or two words (or a word and an initial).
    let j = i + 1;
    const g2 = toks[j + 1];
    if (g2 && oneSpace(v, g.e, g2.s) && ((g2.shape === g.shape && this.namePart(g2) && !this.common(g2) && this.known(g2)) || (g2.shape === 'I' && !lower))) j++;
    const last = toks[j] as Tok;
    const rest = v.slice(last.e + (last.shape === 'I' && v.charCodeAt(last.e) === 46 ? 1 : 0), last.e + 14);
    // ("OR  Abebe, Tigist rpt c/s": after a room or a list number, a lower-case word may follow the capitalized name.)
    const afterWord = !lower && ls < first.s && /[\w)]/.test(v.slice(ls, first.s)) && /^ [a-z]/.test(rest);
    if (!ENTRY_AFTER.test(rest) && !afterWord) return;
    // Every word a name part, none a common word unless a known name, one known name that is no word.
    let known = false;
    for (let x = a; x <= j; x++) {
      const w = toks[x] as Tok;
      if (w.shape === 'I' || (w.shape === 'L' && (w.m & M.PARTICLES) !== 0) || (x < i && (w.m & M.PARTICLES) !== 0)) continue;
      // "Ward, Evangeline": a clinical word as surname before a known given name that is no word.
      const wardLike = x === i && (w.m & M.NOT_NAME) !== 0 && (w.f & L.COMMON_SURNAME) !== 0 && (g.f & L.FIRST) !== 0 && !this.common(g) && g.shape === 'T';
      if (!wardLike && ((w.m & M.NOT_NAME) !== 0 || !this.namePart(w))) return;
      if (this.common(w) && !(w.f & NAME_BITS)) return;
      if ((this.known(w) || (w.f & NAME_BITS) !== 0) && !this.common(w)) known = true;
      // ("Soo-ah": a hyphenated given name whose first part is a known given name.)
      else if (x > i && w.k.includes('-') && (this.fl(w.k.slice(0, w.k.indexOf('-'))) & L.FIRST) !== 0 && !this.common(w)) known = true;
    }
    // (Particles before a capitalized surname are evidence of a name too: "Van den Akker, Willemijn".)
    if (a < i && first.shape !== 'L') known = true;
    if (!known || (this.common(t) && this.common(g))) return;
    if (!this.anyName(first.s, last.e)) this.add(first.s, last.e, 'NAME', 74);
  }
  /** Whether a NAME candidate covers [s, e). */
  anyName(s: number, e: number): boolean {
    return this.someCovering(s, e, isNameCand);
  }
  /** "l. bjornstad md", "fellow t. ahuja", "cc: j. whitcombe np": a lower-case initial (token i), its dot, a surname. */
  lowerInitialAt(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const sn = this.toks[i + 1];
    if (!sn || sn.shape !== 'L' || sn.s !== t.e + 2 || v.charCodeAt(t.e + 1) !== 32 || sn.w.length < 3) return;
    const pc = t.s > 0 ? v.charCodeAt(t.s - 1) : 10;
    if (pc === 46 || pc === 47 || (pc < 128 && isWordCode(pc))) return;
    const cred = LOWER_CRED_AFTER.test(v.slice(sn.e, sn.e + 12));
    const role = !cred && LOWER_ROLE_BEFORE.test(v.slice(Math.max(0, t.s - 16), t.s));
    if (!cred && !role) return;
    if ((sn.m & (M.NOT_NAME | M.MONTH_WORDS | M.EPONYMS | M.TITLES | M.CREDENTIAL_TOKENS)) !== 0) return;
    // ("r. adeyemi-brooks md": a hyphenated surname, one part a known name that is no word.)
    const partKnown = cred && sn.k.includes('-') && sn.k.split('-').some((p) => p.length >= 3 && (this.fl(p) & NAME_BITS) !== 0 && (this.fl(p) & L.WORD) === 0);
    if (!(this.lowerNameOk(sn) || partKnown || (cred && this.known(sn) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0))) return;
    if (!this.anyName(t.s, sn.e)) this.add(t.s, sn.e, 'NAME', 70);
  }
  /** The cue word at token i (see NAME_CUES): kind 1 a companion, 2 a role, 3 a user-name label. */
  cueAt(i: number, kind: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    // "taken by Crystal (MA)", "Summer (sister)": a given name, then a role or a relative in brackets (token i).
    if (i > 0 && v.charCodeAt(t.s - 1) === 40 && v.charCodeAt(t.s - 2) === 32 && v.charCodeAt(t.e) === 41 && ROLE_IN_BRACKETS.test(v.slice(t.s - 2, t.e + 1))) {
      const g = toks[i - 1] as Tok;
      if (g.e === t.s - 2 && g.shape === 'T' && (g.f & L.FIRST) !== 0 && (g.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) === 0 && !(g.f & L.COUNTRY) && !g.possessive && !this.anyName(g.s, g.e))
        this.add(g.s, g.e, 'NAME', 64);
    }
    // "l. bjornstad md", "fellow t. ahuja".
    if (t.shape === 'L' && (kind === 2 || kind === 7)) this.lowerInitialCue(i);
    // "jh for Dr. Honeycutt": staff initials opening the line before "for Dr.".
    if (t.k === 'dr' && i >= 2 && (toks[i - 1] as Tok).k === 'for') {
      const p = this.lineStart(t.s, 12);
      if (p >= 0) this.stickyNames(INITIALS_FOR_Y, p, 2);
    }
    // "Checked by J.K. at 1400": dotted initials after "by".
    if (kind === 11) {
      DOTTED_INITIALS_Y.lastIndex = t.e;
      const m = DOTTED_INITIALS_Y.exec(v);
      const ini = m ? (m[1] as string).replace(/[ .]/g, '') : '';
      if (m && !this.capsDoc && !NOT_DOTTED_INITIALS.has((m[1] as string).replace(/ /g, '')) && !NOT_INITIALS.has(ini) && !NOT_NAME_CAPS.has(ini)) {
        const s0 = m.index + m[0].length - (m[1] as string).length;
        if (!this.anyName(s0, s0 + (m[1] as string).length)) this.add(s0, s0 + (m[1] as string).length, 'NAME', 70);
      }
      return;
    }
    // "Grace ambulated in the hall", "Hope reports she slept": a given name that is also a word, opening a sentence before a
    // verb only a person does (token i).
    if (kind === 10) {
      const g = toks[i - 1];
      if (!g || g.shape !== 'T' || !oneSpace(v, g.e, t.s) || g.possessive || (g.f & L.FIRST) === 0 || g.w.length < 3) return;
      if ((g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.FACILITY_GENERIC | M.SCALE_NAMES | M.CREDENTIAL_TOKENS | M.LOWER_NAME_CUE)) !== 0 || g.f & (L.COUNTRY | T.FACILITY)) return;
      let b = g.s - 1;
      b = skipBlanksBack(v, b);
      const bc = b >= 0 ? v.charCodeAt(b) : 10;
      if ((bc === 10 || bc === 46 || bc === 33 || bc === 63 || bc === 58 || bc === 59) && !this.anyName(g.s, g.e)) this.add(g.s, g.e, 'NAME', 60);
      return;
    }
    // "Rm 12 okafor - ...", "bed 4 Lindqvist (...)": a room opening the line, then a surname.
    if (kind === 9) {
      if (this.lineStart(t.s, 4) === t.s) this.stickyNames(ROOM_LIST_NAME_Y, t.s, 3);
      return;
    }
    let k = i + 1;
    let nx = toks[k];
    if (!nx) return;
    // "Ma. Corazon", "Md. Jalal Uddin".
    if (t.shape === 'T' && v.charCodeAt(t.e) === 46 && (t.k === 'ma' || t.k === 'md' || t.k === 'mohd' || t.k === 'muhd')) {
      this.shortGivenAt(i);
      return;
    }
    if (kind === 7 || kind === 8) return;
    if (kind === 6) {
      // "transcribed 11/8/25 (lw)", "Scribe: tb.": staff initials ending the line of a transcription or scribe cue.
      STAFF_AFTER_CUE_Y.lastIndex = t.e;
      const m = STAFF_AFTER_CUE_Y.exec(v);
      if (m) this.staffInitials(m.index + m[0].length - (m[1] as string).length, m[1] as string);
      return;
    }
    // "triage RN dmv": staff initials after a role in capitals, ending the line.
    if (kind === 2 && (t.shape === 'U' || t.k === 'tech') && nx.shape === 'L' && nx.w.length <= 3 && blanks(v, t.e, nx.s) && /^[ \t]*[.;]?[ \t]*(?:\r?\n|$)/.test(v.slice(nx.e, nx.e + 4))) {
      this.staffInitials(nx.s, nx.w);
      return;
    }
    if (kind === 3) {
      // "Portal user name sam.achterberg", "login: jdoe4".
      if ((t.k === 'user' || t.k === 'login') && (nx.k === 'name' || nx.k === 'id') && nx.s <= t.e + 1) {
        HANDLE_AFTER.lastIndex = nx.e;
        const m = HANDLE_AFTER.exec(v);
        if (m && this.nameHandle(m[1] as string, true)) {
          const h = m[1] as string;
          const s = m.index + m[0].length - h.length;
          this.add(s, s + h.length, 'NAME', 103);
        }
      }
      return;
    }
    if (kind === 1) {
      // "Ivy, the daughter, was updated", "Rocky, pt's son, visited": a given name, then the relative in apposition.
      if (v.charCodeAt(t.s - 1) === 32 && (v.charCodeAt(t.s - 2) === 44 || (i > 0 && APPOSITION_DET.has((toks[i - 1] as Tok).k) && v.charCodeAt((toks[i - 1] as Tok).s - 2) === 44))) this.appositionAt(i);
      // "daughter is Winter", "son named Chase".
      if ((nx.k === 'is' || nx.k === 'named') && oneSpace(v, t.e, nx.s) && toks[k + 1]) {
        k++;
        nx = toks[k] as Tok;
      }
      if (nx.shape !== 'T' && nx.shape !== 'L') return;
      // The gap before the name: one space, or a space and a bracket (no string is cut for it).
      const gs = (toks[k - 1] as Tok).e + ((toks[k - 1] as Tok).possessive ? 2 : 0);
      const gap = v.charCodeAt(gs) !== 32 ? '' : nx.s === gs + 1 ? ' ' : nx.s === gs + 2 && v.charCodeAt(gs + 1) === 40 ? ' (' : '';
      if (gap === '') return;
      // A given name, or a capitalized word no lexicon knows ("friend Lalo (plate ...)").
      const unknown = (nx.f & 0xff) === 0 && nx.capitals === 1 && nx.shape === 'T' && /^[A-Z][a-z]+$/.test(nx.w);
      // "son (terrence)", "wife is yolanda,": a given name typed in lower case, no word.
      let lowerGiven = nx.shape === 'L' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && this.lowerNameOk(nx);
      // ("daughter maria called", "son mark says": a given name that is also a word, typed in lower case, before a verb.)
      if (!lowerGiven && nx.shape === 'L' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && gap === ' ' && k === i + 1 && (nx.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.EPONYMS | M.STATE_WORDS | M.SUBJECT_VERBS | M.PLACE_PREP | M.WEAK_CONTEXT | M.STRONG_CONTEXT)) === 0) {
        const after = v.slice(nx.e, nx.e + 14);
        lowerGiven = NAME_THEN_VERB.test(after) && !/^[ \t]*[,.;:)!?]/.test(after);
      }
      if (gap === ' (' && k === i + 1 && v.charCodeAt(nx.e) === 41 && (lowerGiven || (nx.shape === 'T' && ((nx.f & L.FIRST) !== 0 || unknown))) &&
        (nx.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.NOT_NAME)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY))) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
      if (lowerGiven && gap === ' ' && (NAME_THEN_VERB.test(v.slice(nx.e, nx.e + 14)) || /^[ \t]+(?:and|&)\b/.test(v.slice(nx.e, nx.e + 6)))) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
      if (gap !== ' ' || nx.shape !== 'T' || nx.possessive || nx.w.length < 3 || ((nx.f & L.FIRST) === 0 && !unknown)) return;
      if ((nx.m & (M.TITLES | M.MONTH_WORDS | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.PLACE_PREP | M.STATE_WORDS | M.CREDENTIAL_TOKENS | M.NOT_PERSON | M.FACILITY_GENERIC)) !== 0 || nx.f & (L.COUNTRY | T.FACILITY)) return;
      let e = nx.e;
      // "coach Sterling Price.": a surname after the given name, then punctuation.
      const sn = toks[k + 1];
      if (!unknown && sn && sn.shape === 'T' && oneSpace(v, nx.e, sn.s) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (sn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.SUBJECT_VERBS)) === 0 && !(sn.f & (L.COUNTRY | T.FACILITY)) && /^[ \t]*(?:[,.;:)]|\r?\n|$)/.test(v.slice(sn.e, sn.e + 3))) e = sn.e;
      const rest = v.slice(e, e + 14);
      if (!(NAME_THEN_VERB.test(rest) || /^[ \t]+(?:and|&|\(|-[ \t])/.test(rest))) return;
      if (unknown && !/^[ \t]*[,;)(]|^[ \t]+(?:and|&)\b/.test(rest) && !NAME_THEN_VERB.test(rest)) return;
      if (!this.anyName(nx.s, e)) this.add(nx.s, e, 'NAME', 64);
      return;
    }
    // "ms. achebe reports", "rn jess updated family", "np hutchins aware": a title with its dot, or a role, typed in lower case, then a
    // known name typed in lower case that is no word.
    if (t.shape === 'L' && nx.shape === 'L' && (kind === 4 || (kind === 2 && t.k.length <= 3)) && nx.w.length >= 3 && (nx.f & NAME_BITS) !== 0 && this.lowerNameOk(nx) &&
      (kind === 4 ? v.charCodeAt(t.e) === 46 && nx.s === t.e + 2 : oneSpace(v, t.e, nx.s)) && (nx.m & (M.CREDENTIAL_TOKENS | M.PARTICLES | M.SUBJECT_VERBS)) === 0) {
      const nn = toks[k + 1];
      if (!nn || nn.shape === 'L' || !oneSpace(v, nx.e, nn.s)) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
    }
    if (kind === 4) return;
    // kind 2: "Charge RN: Dawn", "Sitter: Joy.": a given name that is also a word, alone after a role's label.
    if (v.charCodeAt(t.e) === 58 && nx.shape === 'T' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && blanks(v, t.e + 1, nx.s) && nx.s - t.e <= 3 && !nx.possessive &&
      (nx.m & (M.TITLES | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC | M.NOT_NAME)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY)) &&
      /^[ \t]*(?:[.,;)]|\r?\n|$)/.test(v.slice(nx.e, nx.e + 3)) && !this.anyName(nx.s, nx.e)) {
      this.add(nx.s, nx.e, 'NAME', 64);
      return;
    }
    // kind 2: "per rn (tasha)", "senior (Oyelowo)": a name alone in brackets after a role.
    if (v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 1) === 40 && nx.s === t.e + 2 && v.charCodeAt(nx.e) === 41) {
      if ((nx.shape === 'T' || nx.shape === 'L') && nx.w.length >= 3 && (nx.f & NAME_BITS) !== 0 && !this.common(nx) && (nx.m & (M.NOT_NAME | M.NOT_PERSON | M.TITLES | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.EPONYMS | M.STATE_WORDS)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY)) && !this.anyName(nx.s, nx.e))
        this.add(nx.s, nx.e, 'NAME', 66);
    }
  }
  /** "Liang -> Petrakis": two known names that are no words on either side of an arrow (token i before it). */
  arrowAt(i: number): void {
    const v = this.v;
    const a = this.toks[i] as Tok;
    const b = this.toks[i + 1];
    if (!b || b.s !== a.e + 4 || v.charCodeAt(a.e + 3) !== 32 || b.shape !== 'T') return;
    for (const t of [a, b]) if ((t.f & NAME_BITS) === 0 || this.common(t) || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC)) !== 0 || t.f & (L.COUNTRY | T.FACILITY)) return;
    for (const t of [a, b]) if (!this.anyName(t.s, t.e)) this.add(t.s, t.e, 'NAME', 64);
  }
  /** The start of the line holding pos (after its blanks), or -1 when that line starts more than `max` characters before pos. */
  lineStart(pos: number, max: number): number {
    const v = this.v;
    let ls = pos;
    while (ls > 0 && pos - ls <= max && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return -1;
    ls = skipBlanks(v, ls, pos);
    return ls;
  }
  /** Names found from layout characters: board entries, chat speakers, log entries, handoff lists, signatures, staff initials,
   * @mentions (see namesByCue); each rule is tried where its character is (a comma, a colon, a dash, a bullet, an @). */
  lineNames(): void {
    const v = this.v;
    const toks = this.toks;
    // A surname first, its comma, a given name (a board entry opening its line): a letter, the comma, a space, a letter, within
    // a few words of the line's start (the last newline is followed along).
    let nlPrev = -1;
    let nlNext = v.indexOf('\n');
    for (let q = v.indexOf(','); q >= 0; q = v.indexOf(',', q + 1)) {
      const cc = v.charCodeAt(q - 1);
      const ca = v.charCodeAt(q + 2);
      if (!(((cc >= 97 && cc <= 122) || (cc >= 65 && cc <= 90) || cc > 127) && v.charCodeAt(q + 1) === 32 && ((ca >= 97 && ca <= 122) || (ca >= 65 && ca <= 90) || ca > 127))) continue;
      while (nlNext >= 0 && nlNext < q) {
        nlPrev = nlNext;
        nlNext = v.indexOf('\n', nlNext + 1);
      }
      if (q - nlPrev > 50) continue;
      // (Before the surname's word: a line start, a prefix's digit, colon or bracket, or a particle; a word of prose ends it.)
      let ws = q - 1;
      while (ws > 0 && ws > q - 30 && (isLetterCode(v.charCodeAt(ws - 1)) || v.charCodeAt(ws - 1) === 39 || v.charCodeAt(ws - 1) === 45)) ws--;
      if (ws > 1 && v.charCodeAt(ws - 1) === 32 && isLetterCode(v.charCodeAt(ws - 2))) {
        let w0 = ws - 2;
        while (w0 > 0 && isLetterCode(v.charCodeAt(w0 - 1))) w0--;
        PARTICLE_AT.lastIndex = w0;
        if (ws - 1 - w0 > 4 || !PARTICLE_AT.test(v)) continue;
      }
      if (this.lineStart(q, 48) < 0) continue;
      const i = this.tokenIndexBefore(q);
      const t = toks[i];
      if (t && t.e === q && !t.possessive && t.shape !== 'X' && t.shape !== 'I') this.entryAt(i);
    }
    // At the colon of a time stamp within a few words of its line's start: "priya r 17:52: signing out" (a chat speaker),
    // "11/13 1:40 PM Crystal: LVM for pt" (a given name between the time stamp and a colon: a log's entry).
    for (let q = v.indexOf(':'); q >= 0; q = v.indexOf(':', q + 1)) {
      if (!isDigitCode(v.charCodeAt(q - 1)) || !isDigitCode(v.charCodeAt(q + 1))) continue;
      const p = this.lineStart(q, 40);
      if (p < 0) continue;
      if (q - p <= 28) this.timeSpeaker(q);
      const c = v.charCodeAt(p);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) this.stickyNames(CHAT_SPEAKER_Y, p, 4);
    }
    // Dashes: "-mk (night float)" (initials), "- 1108 bautista - ok" (a handoff list) at a line start; "love you mom, -becca",
    // "- marguerite" (a given name after a signature's dash at a line start or after punctuation, ending the line).
    for (let q = v.indexOf('-'); q >= 0; q = v.indexOf('-', q + 1)) {
      const pc = q > 0 ? v.charCodeAt(q - 1) : 10;
      // "from Liang -> Petrakis": the two names of a handoff arrow.
      if (pc === 32 && v.charCodeAt(q + 1) === 62 && v.charCodeAt(q + 2) === 32) {
        const i = this.tokenIndexBefore(q - 1);
        const t = toks[i];
        if (t && t.e === q - 1 && t.shape === 'T') this.arrowAt(i);
        continue;
      }
      if (pc !== 32 && pc !== 10 && pc !== 9 && pc !== 44 && pc !== 33 && pc !== 46) continue;
      const c1 = v.charCodeAt(q + 1);
      if (!((c1 >= 97 && c1 <= 122) || (c1 >= 65 && c1 <= 90) || c1 === 32)) continue;
      let b = q - 1;
      b = skipBlanksBack(v, b);
      const bc = b >= 0 ? v.charCodeAt(b) : 10;
      if (bc === 10 || bc === 44 || bc === 33 || bc === 46) this.stickyNames(DASH_SIGNATURE_Y, q, 1);
      // "pls call me back - rosa": after a word, only a name ending the whole message.
      else if (pc === 32 && v.length - q < 40 && /^[-~\u2013\u2014]{1,2}[ \t]?[A-Za-z][a-z'-]{2,}\s*$/.test(v.slice(q))) this.stickyNames(DASH_SIGNATURE_Y, q, 1);
      if (bc === 10) {
        this.stickyNames(DASH_INITIALS_Y, q, 2);
        this.stickyNames(ROOM_LIST_NAME_Y, q, 3);
      } else if (pc === 32 && c1 === 32) {
        // "1108 bautista - ok": a room number and a surname opening the line before " - ".
        const p = this.lineStart(q, 24);
        if (p >= 0 && isDigitCode(v.charCodeAt(p))) this.stickyNames(ROOM_LIST_NAME_Y, p, 3);
      }
    }
    // "@tomasz", "cc @j.okafor": a mention of a person (not an e-mail's domain).
    for (let at = v.indexOf('@'); at >= 0; at = v.indexOf('@', at + 1)) {
      const c1 = v.charCodeAt(at + 1);
      const c0 = at > 0 ? v.charCodeAt(at - 1) : 32;
      if (!((c1 >= 97 && c1 <= 122) || (c1 >= 65 && c1 <= 90)) || isWordCode(c0) || c0 === 46 || c0 === 64 || c0 === 95) continue;
      AT_MENTION_Y.lastIndex = at;
      const m = AT_MENTION_Y.exec(v);
      if (!m) continue;
      const h = m[1] as string;
      const k = h.toLowerCase();
      const f = this.fl(k);
      const ok = ((f & NAME_BITS) !== 0 && (f & L.WORD) === 0 && !NOT_NAME.has(k) && k.length >= 3) || this.nameHandle(k, false);
      if (!ok) continue;
      const s = m.index + m[0].length - h.length;
      if (!this.anyName(s, s + h.length)) this.add(s, s + h.length, 'NAME', 74);
    }
  }
  /** "11/13 1:40 PM Crystal: LVM": a given name after the time stamp whose colon is at q, then a colon. */
  timeSpeaker(q: number): void {
    const v = this.v;
    // "11/13 1:40 PM Crystal: LVM for pt": a given name between a time stamp and a colon (a log's entry).
    {
      if (!isDigitCode(v.charCodeAt(q + 2))) return;
      const hs = isDigitCode(v.charCodeAt(q - 2)) ? q - 2 : q - 1;
      TIME_SPEAKER_Y.lastIndex = hs;
      const m = TIME_SPEAKER_Y.exec(v);
      if (!m) return;
      const h = m[1] as string;
      const k = h.toLowerCase();
      if ((this.fl(k) & L.FIRST) === 0 || NOT_NAME.has(k) || (memberBits(k) & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.FACILITY_GENERIC | M.NOT_NAME)) !== 0 || NAME_FIELD_FIRST.has(k)) return;
      const s = m.index + m[0].length - h.length;
      if (!this.anyName(s, s + h.length)) this.add(s, s + h.length, 'NAME', 66);
    }
  }
  /** "Ivy, the daughter, was updated": a given name (also a word), a comma, a determiner maybe, the relative at token i, then punctuation or a verb. */
  appositionAt(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const m = APPOSITION_BEFORE.exec(v.slice(Math.max(0, t.s - 32), t.s));
    if (!m) return;
    const after = v.slice(t.e + (t.possessive ? 2 : 0), t.e + 16);
    if (!/^[ \t]*[,)]/.test(after) && !NAME_THEN_VERB.test(after) && !/^[ \t]+(?:at|on|in)[ \t]/.test(after)) return;
    const w = m[1] as string;
    const s = t.s - m[0].length + m[0].indexOf(w);
    const g = this.toks[this.tokenStartingAt(s)];
    if (!g || g.e !== s + w.length || g.shape !== 'T' || g.possessive) return;
    const unknown = (g.f & 0xff) === 0 && g.capitals === 1;
    if (((g.f & L.FIRST) === 0 && !unknown) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.EPONYMS | M.STRONG_CONTEXT | M.CREDENTIAL_TOKENS)) !== 0 || g.f & (L.COUNTRY | T.FACILITY)) return;
    if (!this.anyName(g.s, g.e)) this.add(g.s, g.e, 'NAME', 64);
  }
  /** A sticky regex of lineNames at p; its group 1 (a given name, staff initials, a surname, a chat speaker: kind 1-4) is checked and marked. */
  stickyNames(re: RegExp, p: number, kind: number): void {
    re.lastIndex = p;
    const m = re.exec(this.v);
    if (!m) return;
    const w = m[1] as string;
    const s = kind === 4 ? p : m.index + m[0].length - w.length;
    if (kind === 2) {
      this.staffInitials(s, w);
      return;
    }
    const k = (kind === 4 ? (w.split(/[ \t._-]/)[0] as string) : w).toLowerCase();
    const f = this.fl(k);
    const mb = memberBits(k);
    if (k.length < 3 || (f & L.WORD) !== 0 || NOT_NAME.has(k) || (mb & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) !== 0) return;
    if ((f & (kind === 1 ? L.FIRST : kind === 3 ? L.LAST | L.COMMON_SURNAME | L.OTHER : NAME_BITS)) === 0) return;
    if (!this.anyName(s, s + w.length)) this.add(s, s + w.length, 'NAME', kind === 4 ? 74 : 66);
  }
  /** Staff initials at s ("lw", "dmv"): no word, abbreviation or unit. */
  staffInitials(s: number, ini: string): void {
    if (ini.length < 2 || ini.length > 3 || NOT_STAFF_INITIALS.has(ini) || NOT_NAME.has(ini) || NOT_INITIALS.has(ini.toUpperCase()) || (this.fl(ini) & L.WORD && ini.length > 2)) return;
    if (!this.anyName(s, s + ini.length)) this.add(s, s + ini.length, 'NAME', 70);
  }
  nicknames(): void {
    const v = this.v;
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      NICK_AFTER.lastIndex = cand.e;
      const a = NICK_AFTER.exec(v);
      if (a && pairs(a[1] as string, a[3] as string)) {
        const nick = a[2] as string;
        const s = cand.e + (a[0].length - a[0].trimStart().length) + a[0].trimStart().indexOf(nick);
        const next = a[4] ?? '';
        const surname = next !== '' && this.nameWord(next);
        if (this.nickname(nick, surname, a[1] !== '(')) {
          this.add(s, s + nick.length, 'NAME', cand.p);
          // "Anne Marie (Annie) O'Neill": the word after the nickname is the surname.
          if (surname) this.add(cand.e + a[0].length - next.length, cand.e + a[0].length, 'NAME', cand.p);
        }
      }
      // "Mo (Mohammed) Al-Rashid": the word before the bracketed name is the nickname, or the given name.
      if (v.charCodeAt(cand.s - 1) === 40 && v.charCodeAt(cand.e) === 41) {
        const b = NICK_BEFORE.exec(v.slice(Math.max(0, cand.s - 24), cand.s));
        NICK_FOLLOW.lastIndex = cand.e + 1;
        const f = NICK_FOLLOW.exec(v);
        if (b && f && this.nameWord(f[1] as string) && this.nickname(b[1] as string, true, false)) {
          const s = cand.s - b[0].length + b[0].indexOf(b[1] as string);
          this.add(s, s + (b[1] as string).length, 'NAME', cand.p);
        }
      }
    }
  }
  /**
   * Names in scripts the tokenizer does not read (Chinese, Japanese, Korean, Arabic, Hebrew, Indic, Thai...):
   * after a name label or a title ("Patient: 王伟", "Name: 김민준", "Mr 王"), or in brackets beside a name
   * found in Latin script ("Ms. Fatima Al-Zahra (فاطمة الزهراء)", "王伟 (Wang Wei)").
   */
  nonLatinNames(): void {
    const v = this.v;
    if (!NON_LATIN_LETTER.test(v)) return;
    for (const m of v.matchAll(NON_LATIN_LABELLED)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'NAME', 82);
    }
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      NON_LATIN_AFTER.lastIndex = cand.e;
      const a = NON_LATIN_AFTER.exec(v);
      if (a) {
        const g = a[1] as string;
        const s = cand.e + a[0].indexOf(g);
        this.add(s, s + g.length, 'NAME', cand.p);
      }
      if (v.charCodeAt(cand.s - 1) === 40 || v.charCodeAt(cand.s - 1) === 0xff08) {
        const b = NON_LATIN_BEFORE.exec(v.slice(Math.max(0, cand.s - 48), cand.s));
        if (b) {
          const g = b[1] as string;
          const s = cand.s - b[0].length + b[0].indexOf(g);
          this.add(s, s + g.length, 'NAME', cand.p);
        }
      }
    }
  }
  /** A capitalized word that may be a name part (not a title, credential, state, month or common word). */
  nameWord(w: string): boolean {
    const k = w.toLowerCase();
    const m = memberBits(k);
    if (m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC)) return false;
    const f = this.fl(k);
    return (f & NAME_BITS) !== 0 || !(f & L.WORD);
  }
  /** Whether a word in brackets or quotes beside a name is a nickname. */
  nickname(w: string, nameFollows: boolean, quoted: boolean): boolean {
    const k = w.toLowerCase();
    // In quotes between a given name and a surname, any capitalized word or initials are the nickname
    // ('Kwabena "KB" Asante-Mensah', 'Margaret "Peg" O'Rourke').
    if (quoted && nameFollows && /^\p{Lu}[\p{L}'’-]{1,11}$/u.test(w) && !CREDENTIAL_TOKENS.has(k)) return true;
    const m = memberBits(k);
    if (m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS) || CREDENTIAL_TOKENS.has(k) || KIN_WORDS.has(k)) return false;
    const f = this.fl(k);
    if (f & L.COUNTRY) return false;
    // Between a given name and a surname, or in quotes, any capitalized word is the nickname ("Robert 'Bud' Smith").
    if (nameFollows || quoted) return w.length >= 2 && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w);
    return (f & (L.FIRST | L.OTHER)) !== 0 && !(f & L.WORD);
  }
  /** The token opens a sentence and is a word that would be capitalized there anyway. */
  sentenceStartWord(i: number): boolean {
    const t = this.toks[i] as Tok;
    return this.sentenceStart(i) && (t.f & L.WORD) !== 0;
  }

  // --- the rest ----------------------------------------------------------------------------------
  generic(): void {
    const v = this.v;
    for (const xi of this.xIdx) {
      const tok = this.toks[xi] as Tok;
      const t = tok.w;
      if (t.length < 6 || t.includes("'")) continue;
      const before = tok.s > 0 ? v.charCodeAt(tok.s - 1) : 32;
      const after = v.charCodeAt(tok.e);
      // Inside a larger word-like thing (path, e-mail, decimal, file name): not a standalone identifier.
      if (before === 45 || before === 47 || before === 46 || before === 64 || before === 95) continue;
      // "#XYP882190344" after an insurer's name; other numbers after "#" are left to the labels.
      if (before === 35 && this.idContextType(tok.s - 1) !== 'HEALTH_PLAN') continue;
      if (after === 64 || after === 95 || (after === 46 && /[A-Za-z0-9]/.test(v[tok.e + 1] ?? ''))) continue;
      let digits = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      if (digits < 5 || !(/\d{5}/.test(t) || (digits >= 7 && /^\d+(?:-\d+){2,}$/.test(t)))) continue;
      const letters = t.length - digits - (t.match(/-/g)?.length ?? 0);
      if (letters === 0 && digits < 7 && !(t.includes('-') && digits >= 6)) continue;
      if (letters > 0 && digits < 5 && t.length < 8) continue;
      // Trial registry numbers, lot, batch and laboratory (CLIA) numbers identify no patient.
      if (TRIAL_REGISTRATION.test(t)) continue;
      if (/\b(?:lot|batch|clia|ndc|eudract|isrctn)\b\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*$/i.test(v.slice(Math.max(0, tok.s - 20), tok.s))) continue;
      // Nor do help-desk tickets ("INC0048812"), bank routing numbers, carriers' USDOT numbers and LOINC codes.
      if (/^INC\d{7}$/.test(t) || /\b(?:ticket|routing|aba|usdot|loinc)\b\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*$/i.test(v.slice(Math.max(0, tok.s - 20), tok.s))) continue;
      // Ranges ("180-220", "0700-1900") are not identifiers, nor are settings in percent ("imv 10-600-50%") or a group
      // that runs on into a fraction ("BP 114-17-49/52-67").
      if (/^\d{1,4}-\d{1,4}$/.test(t)) continue;
      if (after === 37 || (after === 47 && isDigitCode(codeAt(v, tok.e + 1)))) continue;
      // Codes and quantities that are not identifiers.
      if (/^\d+(?:mg|mcg|ml|kg|units?|mm|cm|hrs?|min|mmol|meq)$/i.test(t)) continue;
      this.add(tok.s, tok.e, this.idContextType(tok.s), 30);
    }
  }

  /** The type of an unlabelled number from its line: an insurer or coverage word before it makes it a
   * health plan number ("Aetna PPO, ID W123456789"); "ID" in a patient header makes it a record number. */
  idContextType(s: number): PhiType {
    const v = this.v;
    let ls = s;
    while (ls > 0 && s - ls < 90 && v.charCodeAt(ls - 1) !== 10) ls--;
    const before = v.slice(ls, s);
    if (INSURANCE_CTX.test(before)) return 'HEALTH_PLAN';
    if (BIOMETRIC_CTX.test(before)) return 'BIOMETRIC';
    if (/\bID[ \t]*[:#]?[ \t]*$/.test(before) && /\b(?:patient|pt|name)\b[ \t]*:/i.test(before)) return 'MRN';
    return 'OTHER_ID';
  }

  /** A capitalized value of a structured field ("name": "...") may be a person's name: no word of it
   * names a thing, and it holds a known name that is no common word, or only unknown words. */
  personish(value: string, personContext: boolean): boolean {
    const words = value.split(/[ ,]+/).filter(Boolean);
    let known = false;
    let unknown = 0;
    for (const w of words) {
      const k = w.toLowerCase().replace(/\.$/, '');
      if (k.length === 1) continue;
      if (NOT_NAME.has(k) || EPONYMS.has(k) || NOT_PERSON.has(k) || STATE_WORDS.has(k) || FACILITY_GENERIC.has(k) || FACILITY_FIRST.has(k) || MONTH_WORDS.has(k)) return false;
      const f = this.fl(k);
      if (f & (L.COUNTRY | L.PLACE) && !(f & NAME_BITS)) return false;
      if (f & NAME_BITS && !(f & L.WORD)) known = true;
      else if (!(f & L.WORD)) unknown++;
      else if (!(f & L.FIRST)) return false;
    }
    return known || (personContext && unknown >= 1);
  }

  tableHeader(s: number, e: number): void {
    (this.headerLines ??= []).push(s, e);
  }

  /** Stop 17: "software build 2026.03.1", "firmware version 2025.11.2": a year-first dotted number after a word of
   * software versions is a version, not a date. Drops such DATE candidates; true if any was dropped. */
  hasVersionDate(): boolean {
    const v = this.v;
    let any = false;
    for (const c of this.cands) {
      if (c.t !== 'DATE' || c.p < 0 || c.e - c.s > 10 || v.charCodeAt(c.s + 4) !== 46 || !isDigitCode(v.charCodeAt(c.s))) continue;
      let a = c.s;
      while (a > 0 && c.s - a < 3 && (v.charCodeAt(a - 1) === 32 || v.charCodeAt(a - 1) === 58 || v.charCodeAt(a - 1) === 35)) a--;
      if (a === c.s) continue;
      let w = a;
      while (w > 0 && a - w < 9 && isAsciiLetter(v.charCodeAt(w - 1))) w--;
      if (VERSION_WORDS_17.has(v.slice(w, a).toLowerCase())) {
        c.p = -1;
        any = true;
      }
    }
    return any;
  }

  run(types: ReadonlySet<PhiType> | null): Cand[] {
    structured(this);
    this.shaped();
    this.dates();
    this.places();
    if (!types || types.has('NAME')) {
      this.names();
      this.extendNames();
      this.nicknames();
      this.handles();
      this.namesByCue();
      if (this.v.includes('|')) this.tableNames();
      if (this.v.includes(':')) this.labelNames();
      if (this.rare?.has('insert')) sqlNames(this);
      if (this.v.includes('^')) {
        caretNames(this);
        if (this.v.includes('^FD')) this.labelFieldNames();
      }
      if (this.nonAscii || this.wide) this.nonLatinNames();
    }
    this.generic();
    this.regions();
    this.addressTails();
    if (this.v.includes(':')) this.labelledFacilities();
    this.addressBlocks();
    if (this.v.includes('\n')) this.addressBlocksUp();
    this.crossCues();
    laterCues(this);
    if (!types || types.has('NAME')) this.namesBeside();
    // A surname found capitalized is a name typed in lower case too ("1115 Nguyen ... which nguyen lol").
    if (!types || types.has('NAME')) {
      this.lowerRepeats();
      this.lowerNameTails();
      namesFound(this);
      namesSecondWave(this);
      namesRound21(this);
      namesRound24(this);
      unknownNames31(this);
    }
    agesRound21(this);
    agesRound24(this);
    placesRound19(this);
    placesRound20(this);
    placesRound23(this);
    placesRound27(this);
    placesRound29(this);
    if ((this.lowerDoc || this.noCaps) && this.xIdx.length > 0) lowerAddresses18(this);
    if (this.lowerDoc || this.noCaps || this.capsDoc) oneCaseFacilities18(this);
    if (!types || types.has('NAME')) displayNames17(this);
    // Makers of devices and drugs ("Boston Scientific", "St. Jude Medical") are neither a name nor a place.
    let dropped = this.companies();
    if (spokenForms16(this)) dropped = true;
    if (idsDrops28(this)) dropped = true;
    if (idsDrops30(this)) dropped = true;
    if (placeDrops29(this)) dropped = true;
    // A criminal case's caption names the defendant: "People v. Herrera-Quintanilla", "State v. Okafor".
    if (this.rare !== undefined && (this.rare.has('v') || this.rare.has('vs')) && spacedV(this.v)) for (const m of this.v.matchAll(CAPTION_DEFENDANT)) {
      const g = m[1] as string;
      const st = m.index + m[0].length - g.length;
      this.add(st, st + g.length, 'NAME', 80);
    }
    // (Stop 17: "Pat.-Nr.;Name;Vorname;Geb.;Parameter;Wert": a word of a table's header line is a column's name.)
    if (this.headerLines && dropInsideSpans(this.cands, this.headerLines, (c, ls, le) => c.t === 'NAME' && wholeCell(c, ls, le, this.v))) dropped = true;
    if (this.hasVersionDate()) dropped = true;
    // (Stop 17: a name or a place found after the regions pass inside a state or a country: "Travel: South Dakota".)
    if (this.regionSpans && dropInsideSpans(this.cands, this.regionSpans, nameOrPlace)) dropped = true;
    // "rec'd Thu 04/10/2025": a weekday written short before a date or a time is no name ("Thu" alone is also a given name);
    // "Father MI at 54": a diagnosis in capitals right after a relative is no name either.
    for (const c of this.cands) {
      // "Patient First Name: Wanjiru": the label of a name field is no name.
      if (c.t === 'NAME' && this.v.charCodeAt(c.e) === 58 && NAME_LABEL_ONLY.test(this.v.slice(c.s, c.e))) {
        c.p = -1;
        dropped = true;
        continue;
      }
      if (c.t === 'NAME' && c.e - c.s <= 4 && NOT_NAME_CAPS.has(this.v.slice(c.s, c.e)) && KIN_BEFORE.test(this.v.slice(Math.max(0, c.s - 16), c.s))) {
        c.p = -1;
        dropped = true;
        continue;
      }
      // "2009 Chevy Malibu", "grey Toyota Sienna": a model after its make (one that is no name: not "Mercedes Lopez").
      if ((c.t === 'NAME' || c.t === 'LOCATION') && this.seen & T.MAKE && c.p < 80 && !this.v.slice(c.s, c.e).includes(' ')) {
        const mk = this.wordBefore(c.s);
        const mf = mk.length >= 3 ? this.fl(mk) : 0;
        if ((mf & T.MAKE) !== 0 && (mf & NAME_BITS) === 0) {
          c.p = -1;
          dropped = true;
          continue;
        }
      }
      if (c.t === 'NAME' && c.e - c.s <= 5 && WEEKDAY_SHORT.test(this.v.slice(c.s, c.e)) && /^[ \t,]+\d{1,4}[\/.-]\d/.test(this.v.slice(c.e, c.e + 10)) && !/\b(?:dr|mr|mrs|ms|miss|prof|nurse|rn|doctor)\.?[ \t]+$/i.test(this.v.slice(Math.max(0, c.s - 8), c.s))) {
        c.p = -1;
        dropped = true;
      }
    }
    // Law firms and companies named after people ("Hawthorne & Vale LLP") are no one's name.
    const rare = this.rare;
    if (rare && FIRM_WORDS.some((w) => rare.has(w))) {
      const v = this.v;
      for (const c of this.cands) if ((c.t === 'NAME' || c.t === 'LOCATION') && FIRM_AFTER.test(v.slice(c.e, c.e + 48))) c.p = -1;
      dropped = true;
    }
    // Stop 17: the learned token tagger (tagger.ts) proposes names and places among the words no candidate touches, at a
    // low priority (the rules win every overlap).
    // (Stop 17, at the merge: never inside a state, a province or a country of several words, which regions() found.)
    if (!taggerOff && (!types || types.has('NAME') || types.has('LOCATION'))) {
      const rs = this.regionSpans;
      for (const sp of tagSpans(this, this.cands)) if (!rs || !overlapsSpan(rs, sp.s, sp.e)) this.add(sp.s, sp.e, sp.t, 1);
    }
    if ((!types || types.has('NAME')) && (this.v.includes('\t') || this.v.includes('|'))) columnNames17(this);
    if ((!types || types.has('NAME') || types.has('LOCATION')) && this.v.includes('\n') && tables18(this)) dropped = true;
    return resolve(dropped ? this.cands.filter((c) => c.p >= 0) : this.cands, this.v.length);
  }

  /**
   * Stop 12 (docs/deid-history.md), names: a nickname in quotes after a cue ('prefers "Dash"', 'caller "Bud"'), and its other
   * mentions; a quoted nickname right before a name ('"Tank" Abernathy'); the given name or the other name part left out
   * of a name found ("Child: Destiny [Marie Yellowhorse]", "[kayla] brooks <").
   */
  nameCues(): void {
    const v = this.v;
    const toks = this.toks;
    const cands = this.cands;
    const n0 = cands.length;
    let quotes = false;
    for (let q = v.indexOf('"'); q >= 0; q = v.indexOf('"', q + 1)) {
      quotes = true;
      const u = v.charCodeAt(q + 1);
      if (u < 65 || u > 90 || !NICK_CUE_BEFORE.test(v.slice(Math.max(0, q - 24), q))) continue;
      NICK_QUOTED.lastIndex = q;
      const m = NICK_QUOTED.exec(v);
      if (m) {
        const g = m[1] as string;
        const st = q + 1;
        if (NOT_NAME.has(g.toLowerCase())) continue;
        this.add(st, st + g.length, 'NAME', 66);
        // Its other mentions ("Dash is anxious"), the same word with its capital.
        if (g.includes(' ')) continue;
        for (let at = v.indexOf(g); at >= 0; at = v.indexOf(g, at + g.length)) {
          if (at !== st && !/[\p{L}\d]/u.test(v.charAt(at - 1)) && !/[\p{L}\d]/u.test(v.charAt(at + g.length))) this.add(at, at + g.length, 'NAME', 60);
        }
      }
    }
    /** The given names that are words already looked for alone (see "Page agrees" below). */
    let againDone: Set<string> | undefined;
    for (let x = 0; x < n0; x++) {
      const c = cands[x] as Cand;
      if (c.t !== 'NAME' || c.p < 0) continue;
      // '"Tank" Abernathy': a nickname in quotes right before a name.
      if (quotes && v.charCodeAt(c.s - 2) === 34) {
        const q = /"(\p{Lu}[\p{Ll}'-]+)"[ \t]$/u.exec(v.slice(Math.max(0, c.s - 20), c.s));
        if (q) this.add(c.s - q[0].length + 1, c.s - 2, 'NAME', c.p);
      }
      const before = v.charCodeAt(c.s - 1);
      const after = v.charCodeAt(c.e);
      if (before !== 32 && after !== 32) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      // "Dr. Page Whitcombe ... Page agrees": a given name that is also a word, found in a full name, is a name again
      // elsewhere before a verb or punctuation.
      const t1 = toks[i + 1];
      // (Once per word: a later name with the same first word would find only mentions already found or overlapped.)
      if (t.shape === 'T' && t1 && t1.s < c.e && (t.f & L.FIRST) !== 0 && this.common(t) && !((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) !== 0) && !(againDone ??= new Set()).has(t.w)) {
        againDone.add(t.w);
        for (let at = v.indexOf(t.w); at >= 0; at = v.indexOf(t.w, at + t.w.length)) {
          if (at === c.s || /[\p{L}\d]/u.test(v.charAt(at - 1)) || /[\p{L}\d]/u.test(v.charAt(at + t.w.length))) continue;
          if (NAME_THEN_VERB.test(v.slice(at + t.w.length, at + t.w.length + 14)) && !this.anyCand(at, at + t.w.length)) this.add(at, at + t.w.length, 'NAME', 60);
        }
      }
      // "Child: Destiny [Marie Yellowhorse]", "Called patient Zarghona [Haidari]": a given name, or a name part no
      // lexicon knows, right before a capitalized name.
      const pv = toks[i - 1];
      if (before === 32 && !this.capsDoc && t.shape === 'T' && pv && pv.shape === 'T' && !pv.possessive && pv.e + 1 === c.s && pv.w.length >= 3 &&
        (pv.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.MEDIUM_CONTEXT | M.LOWER_NAME_CUE | M.ROLE_ABBR | M.PLACE_PREP | M.KIN_PLURAL | M.NOT_PERSON | M.SCALE_NAMES)) === 0 &&
        !(pv.f & (L.COUNTRY | T.CUE)) && ((pv.f & L.FIRST) !== 0 || (!this.known(pv) && !this.common(pv) && pv.w.length >= 4 && !ROLE_ENDING.test(pv.k))) && !((pv.f & L.PLACE) && !(pv.f & NAME_BITS)) && pv.k !== 'baby' &&
        NAME_PART_BEFORE_OK.test(v.slice(Math.max(0, pv.s - 24), pv.s))) {
        this.add(pv.s, c.e, 'NAME', c.p + 1);
      }
      // "foster parents Curtis and Renee [Bright]", "Adjuster Ward [Pemberton]": a surname that is also a word after a
      // given name found alone, before punctuation.
      const nn = toks[i + 1];
      if (after === 32 && t.shape === 'T' && t.e === c.e && (t.f & L.FIRST) !== 0 && nn && nn.shape === 'T' && nn.s === t.e + 1 && (nn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 &&
        (nn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.SUBJECT_VERBS)) === 0 && !(nn.f & (T.FACILITY | L.COUNTRY)) && /^(?:[ \t]*[,;:)]|[ \t]*\r?\n|[ \t]+\(?\d{3}[)\s.-])/.test(v.slice(nn.e, nn.e + 8))) {
        this.add(c.s, nn.e, 'NAME', c.p + 1);
      }
      // "kayla brooks <...>", "doctor imani okwuosa dictating": the surname after a lower-case given name.
      const nx = toks[i + 1];
      if (after === 32 && t.shape === 'L' && t.e === c.e && nx && nx.shape === 'L' && nx.s === t.e + 1 && !(nx.m & (M.MONTH_WORDS | M.NOT_NAME | M.TITLES | M.PARTICLES)) && !(nx.f & T.FACILITY) && !/^(?:hosp|hospital|clinic|cent(?:er|re)|rehab|home|house|school|street|st|road|rd|ave|unit|ward)$/.test(nx.k)) {
        const sur = (nx.f & (L.LAST | L.COMMON_SURNAME)) !== 0;
        const unknown = !this.known(nx) && this.lowerNameOk(nx);
        if ((unknown || sur) && LOWER_SURNAME_AFTER.test(v.slice(nx.e, nx.e + 16))) this.add(c.s, nx.e, 'NAME', c.p + 1);
      }
    }
  }
  /** Whether a live candidate that overlaps [s, e) passes `test` (read from the index on a text with many candidates). */
  someOverlap(s: number, e: number, test: (c: Cand) => boolean): boolean {
    const cands = this.cands;
    if (e > s && cands.length >= CAND_INDEX_MIN) return (this.candIndex ??= new CandIndex(cands)).some(s, e, test);
    for (const c of cands) if (c.p >= 0 && c.s < e && c.e > s && test(c)) return true;
    return false;
  }
  /** Whether a live candidate that covers [s, e) (c.s <= s and c.e >= e) passes `test`. */
  someCovering(s: number, e: number, test: (c: Cand) => boolean): boolean {
    const cands = this.cands;
    if (cands.length >= CAND_INDEX_MIN && e >= s) {
      // (A candidate covering an empty range at s overlaps [s - 1, s + 1).)
      const idx = (this.candIndex ??= new CandIndex(cands));
      return e > s ? idx.some(s, e, (c) => c.s <= s && c.e >= e && test(c)) : idx.some(s - 1, s + 1, (c) => c.s <= s && c.e >= e && test(c));
    }
    for (const c of cands) if (c.p >= 0 && c.s <= s && c.e >= e && test(c)) return true;
    return false;
  }
  /** Whether any candidate overlaps [s, e). */
  anyCand(s: number, e: number): boolean {
    const cands = this.cands;
    if (this.candIndex === undefined) {
      if (cands.length < CAND_INDEX_MIN) {
        for (const c of cands) if (c.s < e && c.e > s && c.p >= 0) return true;
        return false;
      }
      this.candIndex = new CandIndex(cands);
    }
    return this.candIndex.any(s, e);
  }
  /** The postcode (4-6 digits, not a year) that ends, before blanks, right before `p`, after a line start or a comma. */
  postcodeBefore(p: number): { start: number; code: string } | null {
    const b = CODE_BEFORE_PLACE.exec(this.v.slice(Math.max(0, p - 16), p));
    if (!b) return null;
    const code = b[1] as string;
    if (/^(?:19|20)\d\d$/.test(code)) return null;
    // (Stop 13: lastIndexOf, as the code may open the match at a text's start: indexOf(code, 1) gave -1 and a span from -1.)
    return { start: p - b[0].length + b[0].lastIndexOf(code), code };
  }
  /** That postcode as a place of its own, unless it is inside one already ("Cuauhtemoc, 06700 Ciudad de Mexico"). */
  addPostcodeBefore(p: number, n0: number): void {
    const pc = this.postcodeBefore(p);
    if (pc && !this.inLocation(pc.start, pc.start + pc.code.length, n0)) this.add(pc.start, pc.start + pc.code.length, 'LOCATION', 200);
  }
  inLocation(s: number, e: number, n: number): boolean {
    for (let x = 0; x < n; x++) {
      const c = this.cands[x] as Cand;
      if (c.t === 'LOCATION' && c.p >= 0 && c.s <= s && c.e >= e) return true;
    }
    return false;
  }
  /** Whether the word that ends right before pos (after one space) is one of MOVE_PREPS, in any case. */
  movePrepBefore(pos: number): boolean {
    const v = this.v;
    if (v.charCodeAt(pos - 1) !== 32) return false;
    let a = pos - 2;
    while (a >= 0 && isAsciiLetter(v.charCodeAt(a))) a--;
    a++;
    const len = pos - 1 - a;
    // (ASCII letters: | 32 is their lower case.)
    const c0 = v.charCodeAt(a) | 32;
    const c1 = v.charCodeAt(a + 1) | 32;
    if (len === 2) return (c0 === 105 && c1 === 110) || (c0 === 101 && c1 === 110) || (c0 === 116 && c1 === 111) || (c0 === 100 && c1 === 101);
    if (len === 4 || len === 5) return MOVE_PREPS.has(v.slice(a, pos - 1).toLowerCase());
    return false;
  }
  /** The lower-case word that ends right before pos (after one space), or ''. */
  wordBefore(pos: number): string {
    if (this.v.charCodeAt(pos - 1) !== 32) return '';
    let a = pos - 2;
    while (a >= 0 && isAsciiLetter(this.v.charCodeAt(a))) a--;
    return this.v.slice(a + 1, pos - 1).toLowerCase();
  }
  /**
   * Stop 12 (docs/deid-history.md): cues that join two findings or a finding and its neighbour. An age of 90 or more right
   * after a name ("Oswin Farrady, 93, admitted", "Mr. Lamb (ninety)"); a phone number spoken digit by digit; a name
   * before "'s" and a relative ("ezra's mom"); a given name that is also a word after a relative, before a verb or
   * punctuation ("wife Mercedes says", "her name was Crystal,"); a month and day before a time or after a weekday, both
   * ends of a range of month names ("Nov 2-Jan 15"); a place, not a person, after a verb of living or travel ("drives
   * from Paterson", "vive en Orlando"); a postcode next to a place ("Tokyo 155-0031", "SP, 01304-001"); a city written
   * head first ("Ciudad de Mexico"); a name before a facility's head word ("Baptist Heart Institute"); the opening words
   * of a place's name ("Our Lady of", "Los"); a coded identifier after a case, report, participant or ID label ("case
   * ME25-0644"); the label before a generic identifier, which types it; the last four digits of an SSN.
   */
  crossCues(): void {
    this.nameCues();
    this.crossCands();
    this.crossTokens();
    this.crossDates();
  }
  /** crossCues, the cues around each candidate found so far. */
  crossCands(): void {
    const v = this.v;
    const cands = this.cands;
    const n0 = cands.length;
    // The town of the gazetteer after a place's end ([start, end]), or null, by that end.
    let placeAfter: Map<number, [number, number] | null> | undefined;
    for (let x = 0; x < n0; x++) {
      const c = cands[x] as Cand;
      if (c.p < 0) continue;
      if (c.t === 'NAME' || c.t === 'LOCATION') {
        // "Ciudad de Mexico", "Cidade de Goias", "Ciudad Juarez": a city written head first.
        const w1 = codeAt(v, c.s - 2) | 32;
        const wb = codeAt(v, c.s - 1) === 32 && (w1 === 101 || w1 === 108 || w1 === 100) ? this.wordBefore(c.s) : '';
        if (wb === 'de' || wb === 'del' || wb === 'ciudad' || wb === 'cidade') {
          const h = CITY_HEAD_BEFORE.exec(v.slice(Math.max(0, c.s - 14), c.s));
          if (h) {
            c.t = 'LOCATION';
            const ns = c.s - h[0].length;
            this.add(ns, c.e, 'LOCATION', c.p + 1);
            // "Cuauhtemoc, 06700 Ciudad de Mexico": its postcode before it.
            this.addPostcodeBefore(ns, n0);
            continue;
          }
        }
      }
      if (c.t === 'NAME') {
        // "Sao Paulo", "São Luís": a city named after a saint in Portuguese is no person.
        if (v.charCodeAt(c.s) === 83 && /^S(?:ao|\u00e3o)[ \t]+\p{Lu}/u.test(v.slice(c.s, c.e))) {
          c.t = 'LOCATION';
          continue;
        }
        const after = v.charCodeAt(c.e);
        // The last space inside the name (after its first character), or -1.
        let ls = c.e - 1;
        while (ls > c.s && v.charCodeAt(ls) !== 32) ls--;
        const space = ls > c.s;
        if ((after === 32 || after === 39 || space) && !titleBefore(v, c.s)) {
          // "Baptist Heart Institute", "Harmon Hall rm 314": a name before the head word of a facility or a building names that place.
          const up = v.charCodeAt(after === 39 ? c.e + 3 : c.e + 1);
          const h = (after === 32 || after === 39) && up >= 65 && up <= 90 ? HEAD_AFTER_NAME.exec(v.slice(c.e, c.e + 48)) : null;
          if (h) {
            c.t = 'LOCATION';
            const o = this.openerBefore(c.s);
            this.add(c.s - o, c.e + h[0].length, 'LOCATION', c.p + 1);
            continue;
          }
          if (space) {
            // "First Lutheran Church", "1402-88 Harbour St": a name that ends with such a head word, or with a street's
            // after a house number, is that place (Street and Hall are surnames too: not without the number).
            // (Their words open with one of A B C D H I L P R S.)
            const l0 = v.charCodeAt(ls + 1);
            const last = l0 === 65 || l0 === 66 || l0 === 67 || l0 === 68 || l0 === 72 || l0 === 73 || l0 === 76 || l0 === 80 || l0 === 82 || l0 === 83 ? v.slice(ls + 1, c.e) : '';
            if (HEAD_END_WORDS.has(last)) {
              c.t = 'LOCATION';
              continue;
            }
            const num = last !== '' && STREET_END_WORDS.has(last.replace(/\.$/, '')) && !/^\.?[ \t]*\p{Lu}/u.test(v.slice(c.e, c.e + 3)) ? HOUSE_NUMBER_BEFORE.exec(v.slice(Math.max(0, c.s - 12), c.s)) : null;
            if (num) {
              c.t = 'LOCATION';
              this.add(c.s - num[0].length, c.e, 'LOCATION', c.p + 1);
              continue;
            }
          }
        }
        // "28012 Madrid": a name right after a postcode at a line start or after a comma is a town.
        const bd = codeAt(v, c.s - 2);
        if (codeAt(v, c.s - 1) === 32 && bd >= 48 && bd <= 57) {
          const pc = space ? null : this.postcodeBefore(c.s);
          if (pc && pc.code.length === 5) {
            c.t = 'LOCATION';
            if (!this.inLocation(pc.start, pc.start + 5, n0)) this.add(pc.start, pc.start + 5, 'LOCATION', 200);
            continue;
          }
        }
        // "REYNOLDS, TERRELL D. #884127": a number sign and a number right after a name identify that person.
        let hp = c.e;
        if (v.charCodeAt(hp) === 46) hp++;
        while (hp < c.e + 6 && v.charCodeAt(hp) === 32) hp++;
        if (v.charCodeAt(hp) === 35) {
          const hm = HASH_ID_AFTER_NAME.exec(v.slice(c.e, c.e + 20));
          if (hm) this.add(c.e + hm[0].length - (hm[1] as string).length, c.e + hm[0].length, 'OTHER_ID', 60);
        }
        // "Oswin Farrady, 93,", "Mr. Lamb (ninety)".
        let a = c.e;
        while (v.charCodeAt(a) === 32) a++;
        const ac = v.charCodeAt(a);
        let ag = a + 1;
        while (v.charCodeAt(ag) === 32 || v.charCodeAt(ag) === 9) ag++;
        const gc = v.charCodeAt(ag) | 32;
        // (The age opens with a digit 9 or 1, "aged", "a hundred", "one hundred" or "ninety".)
        if ((ac === 44 || ac === 40) && (gc === 57 || gc === 49 || gc === 97 || gc === 110 || gc === 111)) {
          const m = AGE_AFTER_NAME.exec(v.slice(c.e, c.e + 40));
          if (m) {
            const g = m[1] as string;
            const st = c.e + m[0].length - g.length;
            this.add(st, st + g.length, 'AGE_OVER_89', 92);
          }
        }
        // "drives from Paterson", "vive en Orlando": a known place after a verb of living or travel is a place.
        if (this.movePrepBefore(c.s) && /^\p{Lu}/u.test(v.charAt(c.s)) && this.knownPlace(v.slice(c.s, c.e).toLowerCase().replace(/[ \t]+/g, ' ')) && MOVE_BEFORE.test(v.slice(Math.max(0, c.s - 40), c.s))) c.t = 'LOCATION';
        continue;
      }
      // Identifier types whose lists continue with the same shape ("MRNs 1188 / 1189", "Rx 412203 and 412204").
      const ct = c.t;
      if (ct === 'OTHER_ID' || ct === 'MRN' || ct === 'ACCOUNT' || ct === 'HEALTH_PLAN' || ct === 'LICENSE' || ct === 'DEVICE') {
        // "Rx 412203 and 412204", "MRNs 1188 / 1189": a second identifier of the same shape after "and", "/" or a comma.
        const nc = v.charCodeAt(c.e);
        if (nc === 32 || nc === 44 || nc === 47 || nc === 38) {
          const lm = ID_LIST_NEXT.exec(v.slice(c.e, c.e + 32));
          if (lm) {
            const g = lm[1] as string;
            const prev = v.slice(c.s, c.e);
            if (Math.abs(g.length - prev.length) <= 1 && /^\d/.test(g) === /^\d/.test(prev)) this.add(c.e + lm[0].length - g.length, c.e + lm[0].length, c.t, c.p);
          }
        }
      }
      if (c.t === 'OTHER_ID') {
        // "Chart D-22817", "MRNs 1188 / 1189", "Col. No. 2828", "Florida Bar 0098", "Member OPX4401": the label before a
        // generic identifier types it.
        const before = v.slice(Math.max(0, c.s - 48), c.s);
        const nl = before.lastIndexOf('\n');
        const line = nl >= 0 ? before.slice(nl + 1) : before;
        for (const [type, re] of ID_TYPE_BEFORE) {
          if (re.test(line)) {
            c.t = type;
            break;
          }
        }
        continue;
      }
      if (c.t === 'LOCATION') {
        // "Our Lady of Peace Clinic", "Los Lunas Family Medicine", "Providence St. Mary Heart Center": the words that
        // open a place's name before a saint's or an article's name are part of it.
        const o = this.openerBefore(c.s);
        if (o > 0) this.add(c.s - o, c.e, 'LOCATION', c.p + 1);
        const sp = v.charCodeAt(c.e) === 32;
        if (sp) {
          // "Hosahalli village", "Tumakuru district": the noun of a place's kind after it; "Magnolia Terrace Assisted Living",
          // "Round Rock Endocrine", "Marshall Univ": a facility's head after a place.
          const k = PLACE_KIND_AFTER.exec(v.slice(c.e, c.e + 16));
          const up = v.charCodeAt(c.e + 1);
          let hl = 0;
          if (!k && up >= 65 && up <= 90) {
            FACILITY_HEAD.lastIndex = c.e + 1;
            const h = FACILITY_HEAD.exec(v);
            if (h && !WEAK_FACILITY_HEAD.has(h[0].toLowerCase())) hl = h[0].length + 1;
            else if (v.startsWith('Univ', c.e + 1) && !/[a-z]/.test(v.charAt(c.e + 5))) hl = 5;
          }
          const ext = k ? k[0].length : hl;
          if (ext > 0) this.add(c.s - o, c.e + ext, 'LOCATION', c.p + 1);
        }
        // "Minute Med Urgent Care, Boise", "Medical Examiner - Anchorage", "8 allee des Tilleuls, Bagnolet": a town of the
        // gazetteer after a place and a comma or a dash.
        const ac = v.charCodeAt(c.e);
        let pa = ac === 44 ? c.e + 1 : c.e + 2;
        const pa0 = pa;
        while (codeAt(v, pa) === 32 || codeAt(v, pa) === 9) pa++;
        const pu = codeAt(v, pa);
        // (A space, then a capital: A-Z or a letter beyond ASCII.)
        if ((ac === 44 || (sp && v.charCodeAt(c.e + 1) === 45)) && pa > pa0 && ((pu >= 65 && pu <= 90) || pu >= 128)) {
          // (A pure function of c.e: computed once for the candidates that end there.)
          let place = placeAfter?.get(c.e);
          if (place === undefined) {
            place = null;
            const pm = placeAfterPlace(v, c.e);
            if (pm) {
              const words = pm.words;
              for (let n = words.length; n > 0; n--) {
                const pref = n === 1 ? (words[0] as string) : words.slice(0, n).join(' ');
                const key = pref.toLowerCase();
                if (!this.knownPlace(key)) continue;
                const st = pm.st;
                const e = st + pref.length;
                OF_AT.lastIndex = e;
                if (!(n === 1 && (this.fl(key) & L.WORD) !== 0) && !OF_AT.test(v) && !STATE_WORDS.has(key) && !(n === 1 && (this.fl(key) & L.COUNTRY) !== 0) && !STATE_FIRST_WORDS.has(key) && !/^[ \t]+(?:State|Province|Region|Oblast)\b/.test(v.slice(e, pm.end + 12))) {
                  place = [st, e];
                  break;
                }
              }
            }
            (placeAfter ??= new Map()).set(c.e, place);
          }
          if (place !== null) {
            const st = place[0];
            const e = place[1];
            if (!this.anyCand(st, e) || this.inLocation(st, e, n0) === false) this.add(st, e, 'LOCATION', 72);
          }
        }
        // "Tokyo 155-0031", "Sao Paulo - SP, 01304-001", "Las Pinas City 1747": a postcode right after a place.
        let a = c.e;
        while (a < c.e + 8 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 44 || v.charCodeAt(a) === 45)) a++;
        const d = v.charCodeAt(a);
        const m = a > c.e && ((d >= 48 && d <= 57) || (d >= 65 && d <= 90)) ? CODE_AFTER_PLACE.exec(v.slice(c.e, c.e + 24)) : null;
        if (m) {
          const g = m[1] as string;
          const st = c.e + m[0].length - g.length;
          if (!/^(?:19|20)\d\d$/.test(g) && !PLACE_NOT_TOWN.test(v.slice(c.s, c.e)) && !this.inLocation(st, st + g.length, n0)) this.add(st, st + g.length, 'LOCATION', 200);
        }
        // "Cuauhtemoc, 06700 Ciudad de Mexico": a postcode right before a place, after a comma.
        const bd = codeAt(v, c.s - 2);
        if (codeAt(v, c.s - 1) === 32 && bd >= 48 && bd <= 57) this.addPostcodeBefore(c.s, n0);
      }
    }
  }
  /** crossCues, the cues at listed tokens: spoken phone numbers, SSN last four, coded identifiers, dates of digits, names and places after cue words. */
  crossTokens(): void {
    const v = this.v;
    const toks = this.toks;
    for (const i of this.stickyIdx) {
      const t = toks[i] as Tok;
      // A phone number spoken digit by digit after a cue ("call me back at six one seven, five five five, oh one nine eight").
      if ((t.f & T.PHONE_LABEL) !== 0) {
        // At each word start of the next few words, a word that may open a digit word.
        const end = Math.min(v.length, t.e + 48);
        for (let p = t.e + 1; p < end; p++) {
          if (v.charCodeAt(p - 1) !== 32 || !digitFirst(v.charCodeAt(p) | 32)) continue;
          SPOKEN_PHONE.lastIndex = p;
          const m = SPOKEN_PHONE.exec(v);
          if (!m) continue;
          if (m[0].split(/[^a-z]+/i).filter((w) => w !== '').length <= 11) this.add(p, p + m[0].length, t.k === 'fax' ? 'FAX' : 'PHONE', 60);
          break;
        }
      }
      // "last-4 SSN 4471", "SSN (last 4): 0917": the last four digits of a social security number.
      if ((t.f & T.SSN) !== 0 && (t.k === 'last' || t.k === 'ssn' || t.k === 'social')) {
        const w0 = Math.max(0, t.s - 24);
        const m = SSN_LAST4.exec(v.slice(w0, t.e + 40));
        if (m) {
          const g = m[1] as string;
          const st = w0 + m.index + m[0].length - g.length;
          this.add(st, st + g.length, 'SSN', 90);
        }
      }
      // "case ME25-0644", "ID INT-5521", "report ACS-25-1180".
      if (CODED_LABELS.has(t.w)) this.codedId(t.s);
      // "Rx 412203": a prescription's number after Rx without a number sign.
      else if (t.k === 'rx' && v.charCodeAt(t.e) === 32) {
        const m = RX_NUMBER.exec(v.slice(t.e, t.e + 24));
        if (m) {
          const st = t.e + m[0].length - (m[1] as string).length;
          this.add(st, st + (m[1] as string).length, 'OTHER_ID', 60);
          // "Rx 412203 and 412204".
          const lm = ID_LIST_NEXT.exec(v.slice(st + (m[1] as string).length, st + (m[1] as string).length + 32));
          if (lm && Math.abs((lm[1] as string).length - (m[1] as string).length) <= 1) this.add(st + (m[1] as string).length + lm[0].length - (lm[1] as string).length, st + (m[1] as string).length + lm[0].length, 'OTHER_ID', 60);
        }
      }
    }
    // "... call me back at six one seven, five five five, ...", "text her at ...": a spoken number right after "at".
    for (const i of this.atIdx) {
      const t = toks[i] as Tok;
      const p = t.e + 1;
      if (v.charCodeAt(t.e) !== 32 || !digitFirst(v.charCodeAt(p) | 32)) continue;
      SPOKEN_PHONE.lastIndex = p;
      const m = SPOKEN_PHONE.exec(v);
      if (m && m[0].split(/[^a-z]+/i).filter((w) => w !== '').length <= 11) this.add(p, p + m[0].length, /\bfax/i.test(v.slice(Math.max(0, t.s - 30), t.s)) ? 'FAX' : 'PHONE', 60);
    }
    for (const i of this.xIdx) {
      const t = toks[i] as Tok;
      // "A# A-219-447-803": an alien registration number.
      if (codeAt(v, t.s - 2) === 35 && codeAt(v, t.s - 3) === 65) this.codedId(t.s - 3);
      // "2009-04" (a year and a month), "(10.10.25)" (day, month, short year), "on 28.2." (day and month), "the 16th".
      const b = codeAt(v, t.s - 1);
      if (b === 45 || b === 47 || b === 46 || isDigitCode(b)) continue;
      let q = t.s;
      while (isDigitCode(v.charCodeAt(q))) q++;
      const ch = v.charCodeAt(q);
      if (!((ch === 45 && q - t.s === 4) || (ch === 46 && q - t.s <= 2) || ch === 115 || ch === 110 || ch === 114 || ch === 116)) continue;
      DATE_SHAPES.lastIndex = t.s;
      const m = DATE_SHAPES.exec(v);
      if (!m) continue;
      if (m[1] !== undefined) {
        if (+(m[2] as string) >= 1 && +(m[2] as string) <= 12) this.add(t.s, t.s + m[0].length, 'DATE', 84);
      } else if (m[3] !== undefined) {
        const d = +(m[3] as string);
        const mo = +(m[4] as string);
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) this.add(t.s, t.s + m[0].length, 'DATE', 84);
      } else if (m[5] !== undefined) {
        const d = +(m[5] as string);
        const mo = +(m[6] as string);
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && DAY_MONTH_DOT_BEFORE.test(v.slice(Math.max(0, t.s - 6), t.s))) this.add(t.s, t.s + m[0].length - 1, 'DATE', 84);
      } else if (m[7] !== undefined && +(m[7] as string) >= 1 && +(m[7] as string) <= 31 && ORDINAL_DAY_BEFORE.test(v.slice(Math.max(0, t.s - 16), t.s))) {
        this.add(t.s, t.s + m[0].length, 'DATE', 84);
      }
    }
    const crossIdx = this.crossIdx;
    for (let x = 0; x < crossIdx.length; x++) {
      const i = crossIdx[x] as number;
      if (i + 1 >= toks.length) break;
      const t = toks[i] as Tok;
      const tm = t.m;
      // "J. Ward, CWOCN", "Autumn Marsh, LMFT": see credName.
      if ((tm & M.CREDENTIAL_TOKENS) !== 0 && i >= 2 && t.shape !== 'L' && v.charCodeAt(t.s - 2) === 44) this.credName(i);
      // "wife Mercedes says", "my gf april says", "her name was Crystal,": a given name that is also a word.
      if ((tm & M.STRONG_CONTEXT) !== 0 && !t.possessive) {
        // "Patient: lyle j. prewitt   DOB ...": a name typed in lower case after a label and its colon.
        if (v.charCodeAt(t.e) === 58 && t.shape !== 'L') this.lowerLabelled(i);
        let j = i;
        // "her name was Crystal".
        if (t.k === 'name' && (toks[i + 1] as Tok).k === 'was') j = i + 1;
        else if (!KIN_NAME_CUE.has(t.k)) continue;
        const c = toks[j] as Tok;
        const nx = toks[j + 1];
        if (nx && nx.s === c.e + 1 && v.charCodeAt(c.e) === 32 && (nx.shape === 'T' || (nx.shape === 'L' && c.shape === 'L')) && (nx.f & L.FIRST) !== 0 && (nx.m & (M.NOT_NAME | M.TITLES | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.PLACE_PREP)) === 0 && nx.w.length >= 3 &&
          NAME_THEN_VERB.test(v.slice(nx.e, nx.e + 14)) && !this.anyCand(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        continue;
      }
      if ((tm & M.PLACE_PREP) !== 0 && t.shape === 'L' && MOVE_PREPS.has(t.k)) {
        this.movePlace(i);
        continue;
      }
      // "ezra's mom", "Maria's husband": a name before "'s" and a relative.
      if (!t.possessive || (t.shape !== 'L' && t.shape !== 'T')) continue;
      const nx = toks[i + 1] as Tok;
      if (!KIN_AFTER_POSSESSIVE.has(nx.k) || nx.s !== t.e + 3) continue;
      if (t.k.length < 2 || this.common(t) || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.EPONYMS | M.STATE_WORDS | M.LOWER_NAME_CUE | M.SCALE_NAMES)) !== 0 || t.f & L.COUNTRY || (t.f & L.PLACE && !this.isFirst(t))) continue;
      if (t.shape === 'L' ? !this.lowerNameOk(t) : !this.isFirst(t) && this.known(t)) continue;
      this.add(t.s, t.e, 'NAME', 40);
    }
  }
  /** crossCues, dates: a month and a day before a time or after a weekday; both ends of a range of month names. */
  crossDates(): void {
    const v = this.v;
    // "6/1 7:20 PM", "(Sat 10/4)": a month and a day before a time of day or after a weekday.
    for (let at = v.indexOf('/'); at >= 0; at = v.indexOf('/', at + 1)) {
      let s0 = at;
      while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
      const pc = s0 > 0 ? v.charCodeAt(s0 - 1) : 32;
      if (s0 === at || pc === 47 || pc === 46 || pc === 58 || pc === 45 || pc === 95 || (pc < 128 && isWordCode(pc))) continue;
      // (MD_AT needs one or two digits after the slash, then no word character, slash or dot: "03/09/2026" has a slash.)
      let q = at + 1;
      if (!isDigitCode(v.charCodeAt(q))) continue;
      if (isDigitCode(v.charCodeAt(++q))) q++;
      const qc = v.charCodeAt(q);
      if (qc === 47 || qc === 46 || qc === 95 || isDigitCode(qc) || isAsciiLetter(qc)) continue;
      MD_AT.lastIndex = s0;
      const m = MD_AT.exec(v);
      if (!m) continue;
      const mo = +(m[1] as string);
      const d = +(m[2] as string);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      const rest = v.slice(s0 + m[0].length, s0 + m[0].length + 16);
      if (TIME_AFTER_MD.test(rest) || (WEEKDAY_BEFORE_MD.test(v.slice(Math.max(0, s0 - 12), s0)) && PUNCT_AFTER_MD.test(rest))) this.add(s0, s0 + m[0].length, 'DATE', 80);
    }
    // "Nov 2-Jan 15": both ends of a range of month names (not "2-Jan" as a day and a month).
    if (this.monthIdx.length > 0) {
      for (const p of this.monthStarts()) {
        MONTH_RANGE.lastIndex = p;
        const m = MONTH_RANGE.exec(v);
        if (!m) continue;
        const a = m[1] as string;
        const b = m[2] as string;
        this.add(m.index, m.index + a.length, 'DATE', 95);
        const st = m.index + m[0].length - b.length;
        this.add(st, st + b.length, 'DATE', 95);
      }
    }
  }
  /** "drives from Warren", "retired postman from pawtucket": a known place after the preposition at token i, where nothing was found. */
  movePlace(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (!nx) return;
    if (nx.shape === 'L' && (t.k === 'from' || t.k === 'in' || t.k === 'near') && oneSpace(v, t.e, nx.s)) {
      // A town of the gazetteer typed in lower case, no word and no name.
      const l2 = toks[i + 2];
      const lt = !!l2 && l2.shape === 'L' && oneSpace(v, nx.e, l2.s) && !this.common(l2) && this.knownPlace(`${nx.k} ${l2.k}`);
      // (Not a short word with a Latin ending, as anatomy has: "not in bursa", "from fossa"; "in pascagoula" is a town.)
      if ((lt || (nx.k.length >= 4 && !this.common(nx) && !(nx.f & NAME_BITS) && (nx.k.length >= 8 || !/(?:a|ae|us|um|is|ix|ex|on|i)$/.test(nx.k)) && this.knownPlace(nx.k))) && nx.k.length >= 4 && !(nx.m & (M.STATE_WORDS | M.STATE_FIRST_WORDS | M.NOT_NAME)) && !(nx.f & L.COUNTRY)) {
        const e = lt ? (l2 as Tok).e : nx.e;
        if (!this.anyCand(nx.s, e)) this.add(nx.s, e, 'LOCATION', 66);
      }
      return;
    }
    if (nx.shape !== 'T' || !oneSpace(v, t.e, nx.s) || !MOVE_WORDS.has(this.wordBefore(t.s))) return;
    const n2 = toks[i + 2];
    const two = !!n2 && n2.shape === 'T' && oneSpace(v, nx.e, n2.s) && this.knownPlace(`${nx.k} ${n2.k}`);
    // "Quebec City", "Kansas City": a capitalized word and City.
    const city = !two && !!n2 && n2.k === 'city' && n2.shape === 'T' && oneSpace(v, nx.e, n2.s);
    if (!two && !city && (!this.knownPlace(nx.k) || (nx.m & (M.STATE_WORDS | M.STATE_FIRST_WORDS)) !== 0 || nx.f & L.COUNTRY)) return;
    const e = two || city ? (n2 as Tok).e : nx.e;
    if (MOVE_BEFORE.test(v.slice(Math.max(0, t.s - 40), t.e + 1)) && !this.anyCand(nx.s, e)) this.add(nx.s, e, 'LOCATION', 70);
  }
  /** "J. Ward, CWOCN", "Autumn Marsh, LMFT": a given name or an initial and a surname that are also words, then a comma and
   * the credential at token i. */
  credName(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const sn = toks[i - 1] as Tok;
    const gn = toks[i - 2] as Tok;
    if (sn.e !== t.s - 2 || sn.shape !== 'T' || (sn.f & (L.LAST | L.COMMON_SURNAME)) === 0 || (sn.m & (M.FACILITY_GENERIC | M.STATE_WORDS)) !== 0 || sn.f & T.FACILITY) return;
    // (A clinical word as surname, "Ward", only after an initial.)
    if ((sn.m & M.NOT_NAME) !== 0 && gn.shape !== 'I') return;
    if (!((gn.shape === 'I' && v.charCodeAt(gn.e) === 46 && gn.e + 2 === sn.s) || (gn.shape === 'T' && gn.e + 1 === sn.s && (gn.f & L.FIRST) !== 0 && (gn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC)) === 0))) return;
    if (!this.credentialAfter(i - 1) || this.anyCand(gn.s, sn.e)) return;
    this.add(gn.s, sn.e, 'NAME', 70);
  }
  /** "Patient: lyle j. prewitt   DOB": two or three lower-case name parts (an initial with its dot) after the label at
   * token i and its colon, one of them a known name, then a column gap, a line end, a comma or a date of birth. */
  lowerLabelled(i: number): void {
    const v = this.v;
    const toks = this.toks;
    let j = i + 1;
    let known = false;
    let n = 0;
    const first = toks[j];
    if (!first || first.shape !== 'L' || !/^:[ \t]{1,3}$/.test(v.slice((toks[i] as Tok).e, first.s))) return;
    for (; j < toks.length && n < 3; j++) {
      const x = toks[j] as Tok;
      if (x.shape !== 'L' || (n > 0 && !/^\.?[ ]$/.test(v.slice((toks[j - 1] as Tok).e, x.s)))) break;
      const initial = x.k.length === 1 && v.charCodeAt(x.e) === 46;
      if (!initial && !this.lowerNameOk(x)) break;
      if ((x.f & NAME_BITS) !== 0 && !this.common(x)) known = true;
      n++;
    }
    if (n < 2 || !known) return;
    const last = toks[j - 1] as Tok;
    if (!/^(?:[ \t]{2}|[ \t]*(?:\r?\n|$|,)|[ \t]+(?:dob|DOB|d\.o\.b|born|age|mrn|MRN)\b)/.test(v.slice(last.e, last.e + 8))) return;
    if (!this.anyCand(first.s, last.e)) this.add(first.s, last.e, 'NAME', 70);
  }
  /** A coded identifier after the label at s (see CODED_ID), with four digits or more. */
  codedId(s0: number): void {
    CODED_ID.lastIndex = s0;
    const m = CODED_ID.exec(this.v);
    if (!m) return;
    const g = m[1] as string;
    if ((g.match(/\d/g) ?? []).length < 4) return;
    const st = m.index + m[0].length - g.length;
    this.add(st, st + g.length, 'OTHER_ID', 55);
  }
  /** The length of the words that open a place's name right before pos ("Our Lady of ", "Los ", "Providence St. "), or 0. */
  openerBefore(pos: number): number {
    if (!OPENER_LAST_WORDS.has(this.wordBefore(pos)) && !/\bSt\.[ \t]$/.test(this.v.slice(Math.max(0, pos - 5), pos))) return 0;
    const o = OPENER_BEFORE_PLACE.exec(this.v.slice(Math.max(0, pos - 30), pos));
    return o && !OPENER_STOP.has((o[1] ?? '').toLowerCase()) ? o[0].length : 0;
  }

  /**
   * User names built from a person's name after a cue ("user tgriggs", "Processed by mkrause", "Reg clerk: yolivares",
   * "Reprocessed by ahmed.k", "generated by rpt_svc_bjensen"): an initial and a surname, or a first name or surname and
   * an initial or another name part. Labelling rules: a user name built from a name is NAME.
   */
  handles(): void {
    const toks = this.toks;
    const v = this.v;
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      if ((t.m & M.HANDLE_CUE) === 0) continue;
      // ("HIM tgreer": the records department in capitals, not the pronoun.)
      if (t.k === 'him' && t.w !== 'HIM') continue;
      HANDLE_AFTER.lastIndex = t.e;
      const m = HANDLE_AFTER.exec(v);
      if (!m) continue;
      const h = m[1] as string;
      // A host name is no user name ("by tgriggs.photos.net/album").
      if (/\.(?:com|net|org|edu|gov|io|dev|app|info|biz|health|us|uk|ca|de|fr|me|co)$/.test(h)) continue;
      if (!this.nameHandle(h, !WEAK_HANDLE_CUES.has(t.k))) continue;
      const s = m.index + m[0].length - h.length;
      this.add(s, s + h.length, 'NAME', 103);
    }
  }

  /** Whether a lower-case user name is built from a person's name (see handles); after a weak cue ("by": "confirmed
   * by xray") a surname that is also a common word does not count. */
  nameHandle(h: string, strong: boolean): boolean {
    if (h.length < 4 || h.length > 32) return false;
    const whole = this.fl(h);
    if (whole & L.WORD || NOT_NAME.has(h) || EPONYMS.has(h)) return false;
    const parts = h.split(/[._-]/).map((p) => p.replace(/\d+$/, '')).filter((p) => p !== '');
    const digits = /\d/.test(h);
    const name = (p: string) => p.length >= 3 && (this.fl(p) & NAME_BITS) !== 0 && !(this.fl(p) & L.WORD) && !NOT_NAME.has(p);
    for (const p of parts) {
      // An initial and a surname: "tgriggs", "cwu3", "bjensen".
      const rest = p.slice(1);
      if (p.length >= 4 || (digits && p.length >= 3)) {
        const f = this.fl(rest);
        // (After a strong cue, "user tbellweather": a surname no lexicon knows, five letters or more, that is no word.)
        const surname =
          ((f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (!(f & L.WORD) || (strong && (f & L.COMMON_SURNAME) !== 0))) ||
          (strong && f === 0 && rest.length >= 5 && /^[a-z]+$/.test(rest) && !NOT_NAME.has(rest) && !EPONYMS.has(rest));
        if (surname && !(this.fl(p) & L.WORD) && !NOT_NAME.has(p) && (rest.length >= 3 || digits)) return true;
      }
    }
    // Name parts joined by a dot or an underscore: "ahmed.k", "j.doe", "maria_lopez".
    // (Or a surname no lexicon knows: "clementine.x.oyelaran".)
    if (parts.length >= 2 && parts.length <= 3 && parts.some(name) && parts.every((p) => p.length === 1 || name(p) || (p.length >= 5 && this.fl(p) === 0 && !NOT_NAME.has(p)))) return true;
    return false;
  }

  /** Drops the NAME and LOCATION candidates inside the name of a company of COMPANIES; whether it dropped any. */
  companies(): boolean {
    const toks = this.toks;
    const v = this.v;
    // The companies' spans, in text order (they start at tokens, so they come sorted and do not overlap).
    const starts: number[] = [];
    const ends: number[] = [];
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      if ((t.m & M.COMPANY_FIRST) === 0 || (starts.length > 0 && t.s < (ends[ends.length - 1] as number))) continue;
      COMPANY_AT.lastIndex = t.s;
      const m = COMPANY_AT.exec(v);
      // "Dr. Cook Medical..." is a person: never after a title.
      if (!m || /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+$/.test(v.slice(Math.max(0, t.s - 7), t.s))) continue;
      starts.push(t.s);
      ends.push(t.s + m[0].length);
    }
    if (starts.length === 0) return false;
    let dropped = false;
    for (const c of this.cands) {
      if (c.t !== 'NAME' && c.t !== 'LOCATION') continue;
      // The last company starting at or before the candidate (binary search).
      let lo = 0;
      let hi = starts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) <= c.s) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && c.e <= (ends[at] as number)) {
        c.p = -1;
        dropped = true;
      }
    }
    return dropped;
  }
}

/** A letter of a script other than Latin, Greek or Cyrillic (which the tokenizer reads). */
const NL = "(?:(?![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}])\\p{L})";
/** A name in such a script: one to four words of those letters (and their combining marks), joined by a space or a middle dot. */
const NL_NAME = `(${NL}[${'\\p{L}'}\\p{M}]{0,24}(?:[ \\u00B7\\u30FB\\u3000]${NL}[\\p{L}\\p{M}]{0,24}){0,3})`;
const NON_LATIN_LETTER = new RegExp(NL, 'u');
/** After a name label or a title, in English or in the script's own language. */
const NON_LATIN_LABELLED = new RegExp(
  `(?:(?<![\\p{L}])(?:(?:patient|pt|client|resident)(?:'?s)?(?:[ \\t]+(?:full[ \\t]+)?name)?|(?:full|first|given|last|family|middle|maiden|preferred|legal)[ \\t]+name|name|surname|forename|contact|nok|next[ \\t]+of[ \\t]+kin|emergency[ \\t]+contact|mother|father|son|daughter|wife|husband|spouse|partner|guardian|carer|caregiver|interpreter|signed|signature|attending|physician|nurse|provider|dr|mr|mrs|ms|miss|mx|prof)\\.?[ \\t]*[:：]?|(?:姓名|患者|病人|氏名|名前|患者名|이름|성명|환자|الاسم|اسم المريض|שם|नाम)[ \\t]*[:：]?)[ \\t\\u3000]*${NL_NAME}`,
  'giu',
);
/** In brackets right after a name: "Fatima Al-Zahra (فاطمة الزهراء)". */
const NON_LATIN_AFTER = new RegExp(`[ \\t]*[(（][ \\t]*${NL_NAME}[ \\t]*[)）]`, 'uy');
/** Right before a bracketed name: "王伟 (Wang Wei)". */
const NON_LATIN_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])${NL_NAME}[ \\t]*[(（]$`, 'u');
/** A bracket or quote and its closing one. */
function pairs(open: string, close: string): boolean {
  return open === '(' ? close === ')' : open === '"' || open === '“' ? close === '"' || close === '”' : close === "'" || close === '’';
}
/** After a name: a capitalized word in brackets or quotes, then maybe another capitalized word. */
const NICK_AFTER = /[ \t]*([("'“‘])[ \t]*(\p{Lu}[\p{L}'’-]{0,19})[ \t]*([)"'”’])(?:[ \t]+(\p{Lu}[\p{L}'’-]+))?/uy;
/** Before a bracketed name: one capitalized word and the opening bracket. */
const NICK_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]{0,19})[ \t]*\($/u;
const NICK_FOLLOW = /[ \t]+(\p{Lu}[\p{L}'’-]+)/uy;
/** Kinship and role words that may stand in brackets after a name ("John Smith (Son)"). */
const KIN_WORDS = new Set('son daughter wife husband mother father mom mum dad brother sister spouse partner friend nephew niece uncle aunt grandson granddaughter grandmother grandfather cousin guardian carer caregiver neighbor neighbour self patient interpreter pcp attending resident fellow nurse chaplain poa hcp proxy surrogate'.split(' '));

/** Names of companies (COMPANIES) and of things ("Carte Vitale", the French health card) that hold a person's or a place's name. */
const NOT_NAME_PHRASES = [...COMPANIES.split('|'), 'carte vitale'];
/** A company of COMPANIES at a token start: its words in any case, "&", "and", hyphens and full stops between them. */
const COMPANY_AT = new RegExp(
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
const PHONE_NATIONAL = /(?:0\d{1,4}(?:[ -]\d{2,4}){1,4}|[1-9]\d{2}(?:[ ]\d{2}){3})(?![\w-]|\.\d)/y;
/** Words a user name follows in logs, tickets and signatures ("user tgriggs", "Processed by mkrause", "Tech: jdelgado"). */
const HANDLE_CUES = ['user', 'usr', 'by', 'clerk', 'tech', 'technician', 'transcribed', 'transcriptionist', 'scribe', 'operator', 'assignee', 'assigned', 'owner', 'author', 'reviewer', 'entered', 'editor',
  // Stop 15: the staff who bill, code or receive specimens; the records department; a JSON or key=value "agent" (a weak
  // cue). (Not "login" nor "username": a portal's login is an identifier, "kwame_o88", "jdelacroix77".)
  'accessioner', 'accessioned', 'biller', 'coder', 'registrar', 'him', 'agent'];
/** Cues after which a user name's surname must be a known surname that is no word ("contrast agent gadavist" is none). */
const WEAK_HANDLE_CUES = new Set(['by', 'agent', 'him']);
/** A lower-case user name right after a cue: letters and digits, parts joined by ".", "_" or "-". */
const HANDLE_AFTER = /"?[ \t]*[:=]?[ \t]*"?([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})(?![\w@\/-]|:\S|\.[a-z0-9])/y;

/** What may open a line before a board entry surname first: a list number, a bullet,
 * a room or bed and its number, a time, a patient label ("Rm 5  ", "3) ", "0950 ", "pt: "). */
const ENTRY_PREFIX = /^[ \t]*(?:(?:\d{1,3}[).]|[-*•#>]+|(?:Rm|RM|rm|Room|ROOM|room|Bed|BED|bed|Bay|bay|OR|Pt|PT|pt|Patient|PATIENT|patient|Name|NAME|name|Re|RE)\.?[ \t]*#?[ \t]*(?:[A-Za-z]?\d{1,4}[A-Za-z]?(?:-\d{1,3})?)?[ \t]*:?|\d{3,4}[A-Za-z]?)[ \t]*)*$/;
/** After the given name of such an entry: a column gap, the line end, a dash or a bracket, age and sex, a verb or a label. */
const ENTRY_AFTER = /^(?:[ \t]{2,}|\t|[ \t]*(?:\r?\n|$)|[ \t]+[-\u2013\u2014(]|[ \t]*,?[ \t]*\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o|yrs?)\b|[ \t]+(?:is|was|dob|DOB|mrn|MRN|age|Age|AGE|rm|Rm|RM|room|bed|Bed|G\d))/;
/** A credential in lower case after a lower-case name ("l. bjornstad md"). */
const LOWER_CRED_AFTER = /^[ \t]*,?[ \t]*(?:md|np|rn|pa|pa-c|dnp|cnm|crna|lpn|pharmd|phd|mbbs|aprn|fnp|msw|lcsw|slp|rrt)(?=[ \t]*(?:[,\/;)]|\r?\n|$))/;
/** A role or a copy line before a lower-case initial and surname ("fellow t. ahuja", "cc: j. whitcombe"). */
const LOWER_ROLE_BEFORE = /(?:^|[\s(\/:])(?:fellow|resident|attending|intern|cc|np|pa|rn|md|dr|pcp|sw|cm|rt|--?|\/)[ \t]*:?[ \t]*$/;
/** A role in brackets after a given name ("Crystal (MA)", "Hope (RN)"). */
const ROLE_IN_BRACKETS = /^ \((?:MA|CMA|RN|LPN|LVN|NP|PA|PA-C|CNA|RT|SW|MSW|PCT|scribe|Scribe|tech|Tech|interpreter|Interpreter|(?:[Ss]ister|[Bb]rother|[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Mm]other|[Mm]om|[Ff]ather|[Dd]ad|[Nn]iece|[Nn]ephew|[Aa]unt|[Uu]ncle|[Cc]ousin|[Ff]riend|[Pp]artner|[Gg]randdaughter|[Gg]randson|[Gg]randmother|[Gg]randfather|[Nn]eighbou?r|[Cc]aregiver|[Rr]oommate|HCP|POA|[Ss]enior|[Ii]ntern|[Rr]esident|[Aa]ttending|[Ff]ellow|[Cc]harge|[Nn]urse|[Hh]ospitalist|[Cc]haplain|[Pp]harmacist|[Tt]herapist))\)/;
/** Cue words of names: 1 a companion before a given name, 2 a role before a name in brackets, 3 a user-name label. */
const NAME_CUES = new Map<string, number>([
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
const CHAT_SPEAKER_Y = /([A-Za-z][a-z]{2,}(?:[._-][a-z0-9]+)?(?:[ \t][A-Za-z]\.?)?)[ \t]+\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*:(?=[ \t])/y;
/** A capitalized word between a time stamp and a colon ("1:40 PM Crystal: "). */
const TIME_SPEAKER_Y = /(?<![\d:])\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+([A-Z][a-z]{2,})(?=:[ \t])/y;
/** An @mention (not an e-mail, nor a domain after it). */
const AT_MENTION_Y = /@([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2})(?![\w@-]|\.[A-Za-z]{2,})/y;
/** A surname after a room number in a handoff list, from a line's first character ("- 1108 bautista - ok", "1115 Nguyen (...)"). */
const ROOM_LIST_NAME_Y = /(?:[-*\u2022][ \t]*)?(?:(?:rm|Rm|room|Room|bed|Bed)[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?|\d{3,4}[A-Za-z]?)[ \t]+([A-Za-z][a-z'\u2019-]{2,})(?=[ \t]*(?:[-\u2013(:,]|\r?\n|$))/y;
/** A surname particle and a space at a position (see Detector.lineNames). */
const PARTICLE_AT = /(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]a|[Dd]i|[Dd]u|[Ll]a|[Ll]e|[Ll]os|[Ll]as|bin|ibn|al|el|ter|ten|[Dd]os|[Dd]as|y|[Aa]bu|[Bb]en) /y;
/** A comma and a given name's initial after a surname, ending the entry (", K", ", K.  "); group 1 is the part kept. */
const INITIAL_AFTER_COMMA = /^(, [A-Z]\.?)(?=[ \t]*(?:\r?\n|$|[,;)]|[ \t]{2}|\t))/;
/** Two or three dotted initials after a cue ("by J.K.", "by T. O."). */
const DOTTED_INITIALS_Y = /[ \t]+([A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?![A-Za-z])/y;
/** Dotted abbreviations that are no initials. */
const NOT_DOTTED_INITIALS = new Set('U.S. P.O. A.M. P.M. M.D. D.O. R.N. N.P. P.A. E.R. I.V. O.R. D.C. U.K. N.Y. L.A. B.C. A.D. B.S. M.S. B.A. M.A. Q.D. I.M. S.C. G.I. E.D. T.D. R.T. P.T. O.T. S.T.'.split(' '));
/** Role nouns that may open a name found ("Agent Marcus Whitfield-Cole"): no part of the name (see Detector.trimNames). */
const ROLE_NOUNS = new Set('agent adjuster scribe sitter rep representative endoscopist proceduralist sonographer phlebotomist perfusionist'.split(' '));
/** Determiners between a name, its comma and a relative in apposition ("Ivy, the daughter"; "pt's" is the token "pt"). */
const APPOSITION_DET = new Set(['the', 'her', 'his', 'their', 'my', 'our', 'pt', 'patient']);
/** Before a relative in apposition: a capitalized word, a comma, a determiner maybe ("Ivy, the ", "Rocky, pt's "). */
const APPOSITION_BEFORE = /(?:^|[^\p{L}'-])(\p{Lu}[\p{Ll}'-]{2,}),[ \t]+(?:(?:the|her|his|their|my|our|pt's|patient's|the pt's|the patient's)[ \t]+)?$/u;
/** A given name after a signature's dash, ending its line ("-becca", "- marguerite"). */
const DASH_SIGNATURE_Y = /[-~\u2013\u2014]{1,2}[ \t]?([A-Za-z][a-z'-]{2,})(?=[ \t]*(?:\r?\n|$))/y;
/** Staff initials after a signature's dash at a line start ("-mk (night float)", "- jr"). */
const DASH_INITIALS_Y = /[-\u2013\u2014~][ \t]?([a-z]{2,3})(?=[ \t]*(?:\r?\n|$|\([a-z]))/y;
/** Staff initials opening a line before "for Dr." ("jh for Dr. Honeycutt"). */
const INITIALS_FOR_Y = /([a-z]{2,3})(?=[ \t]+for[ \t]+(?:Dr|dr|Doctor)\b)/y;
/** Staff initials ending the line of a transcription or scribe cue ("transcribed 11/8/25 (lw)", "Scribe: tb."). */
const STAFF_AFTER_CUE_Y = /[^\n]{0,28}?[ \t(:]\(?([a-z]{2,3})(?=\)?[ \t]*[.;]?[ \t]*(?:\r?\n|$))/y;
/** Lower-case words that are no staff initials (see Detector.staffInitials). */
const NOT_STAFF_INITIALS = new Set('am pm by on at in to of me us we he it is as or md do rn np pa pt ot ok hr ma ms mr dr na nl ns nc iv im po pr sq sc bp rr hr hb ua ct mri ekg ecg cxr abg bmp cbc lft bid tid qid qd qhs prn npo iv ivf dnr dni yes no and the for per via pts min max lol thx tia fyi btw'.split(' '));

let takenBuf = new Uint8Array(4096);

/** Keeps the best candidates: higher priority first, then longer; no overlaps. */
function resolve(cands: Cand[], length: number): Cand[] {
  if (!sortByKeys(cands, true)) cands.sort((a, b) => b.p - a.p || b.e - b.s - (a.e - a.s) || a.s - b.s);
  const kept: Cand[] = [];
  // One byte per character: linear in the text whatever the number of candidates (one buffer, reused: texts are at most CHUNK long).
  if (takenBuf.length < length) takenBuf = new Uint8Array(Math.max(length, takenBuf.length * 2));
  const taken = takenBuf;
  taken.fill(0, 0, length);
  next: for (const c of cands) {
    for (let x = c.s; x < c.e; x++) if (taken[x]) continue next;
    // (A loop for short spans: fill's call costs more.)
    if (c.s >= 0 && c.e - c.s <= 32) for (let x = c.s; x < c.e; x++) taken[x] = 1;
    else taken.fill(1, c.s, c.e);
    kept.push(c);
  }
  return sortByKeys(kept, false) ? kept : kept.sort((a, b) => a.s - b.s);
}

let keyBuf = new Float64Array(256);
let candBuf: Cand[] = [];
/** The bits needed for 0 .. x (x a non-negative integer below 2^31). */
function bitsFor(x: number): number {
  return 32 - Math.clz32(x);
}
/**
 * Sorts cands in place as the stable sort of resolve does (full: priority down, length down, start up; else start up),
 * by one exact integer key per candidate (its fields packed above its index) and a comparator-free numeric sort.
 * False, untouched, for fewer than 24 candidates, when the fields are not integers or the key would not fit in 52 bits.
 */
function sortByKeys(cands: Cand[], full: boolean): boolean {
  const n = cands.length;
  // (Short lists sort faster with the comparator: the keys cost a fixed price.)
  if (n < 24) return false;
  let minP = Infinity;
  let maxP = -Infinity;
  let minL = Infinity;
  let maxL = -Infinity;
  let minS = Infinity;
  let maxS = -Infinity;
  for (let x = 0; x < n; x++) {
    const c = cands[x] as Cand;
    const p = c.p;
    const sx = c.s;
    const l = c.e - sx;
    if (!Number.isInteger(p) || !Number.isInteger(sx) || !Number.isInteger(l)) return false;
    if (p < minP) minP = p;
    if (p > maxP) maxP = p;
    if (l < minL) minL = l;
    if (l > maxL) maxL = l;
    if (sx < minS) minS = sx;
    if (sx > maxS) maxS = sx;
  }
  if (maxP - minP >= 2 ** 30 || maxL - minL >= 2 ** 30 || maxS - minS >= 2 ** 30 || n >= 2 ** 30) return false;
  const bp = full ? bitsFor(maxP - minP) : 0;
  const bl = full ? bitsFor(maxL - minL) : 0;
  const bs = bitsFor(maxS - minS);
  const bi = bitsFor(n - 1);
  if (bp + bl + bs + bi > 52) return false;
  const ml = 2 ** bl;
  const ms = 2 ** bs;
  const mi = 2 ** bi;
  if (keyBuf.length < n) keyBuf = new Float64Array(Math.max(n, keyBuf.length * 2));
  const keys = keyBuf.subarray(0, n);
  for (let x = 0; x < n; x++) {
    const c = cands[x] as Cand;
    const hi = full ? (maxP - c.p) * ml + (maxL - (c.e - c.s)) : 0;
    keys[x] = (hi * ms + (c.s - minS)) * mi + x;
  }
  keys.sort();
  const tmp = candBuf;
  // (The index is the key's low bits: k - floor(k / mi) * mi is exact for a power of two and avoids a float modulo.)
  for (let x = 0; x < n; x++) {
    const k = keys[x] as number;
    tmp[x] = cands[k - Math.floor(k / mi) * mi] as Cand;
  }
  for (let x = 0; x < n; x++) cands[x] = tmp[x] as Cand;
  tmp.length = 0;
  return true;
}

/** "12/5", "1-2-2015": shapes a label may be followed by when a date, not an identifier, comes next. */
function looksLikeDate(id: string): boolean {
  const m = /^(\d{1,4})[\/.-](\d{1,2})(?:[\/.-](\d{2}|\d{4}))?$/.exec(id);
  if (!m) return false;
  const a = +(m[1] as string);
  const b = +(m[2] as string);
  if ((m[1] as string).length === 4) return b >= 1 && b <= 12;
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
}

function validIpv6(t: string): boolean {
  const halves = t.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  return halves.length === 2 ? groups.length <= 7 && groups.length >= 1 : groups.length === 8;
}

function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinCheck(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] as string;
    const val = c >= '0' && c <= '9' ? +c : (VIN_VALUES[c] ?? 0);
    sum += val * (VIN_WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

function deaCheck(id: string): boolean {
  const d = id.slice(2).split('').map(Number);
  if (d.length !== 7 || d.some((x) => Number.isNaN(x))) return false;
  const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0, h = 0] = d;
  return (a + c + f + 2 * (b + e + g)) % 10 === h;
}

/**
 * The matches of the global `re` in `v`, as `v.matchAll(re)` gives them, for a pattern each match of which holds
 * an anchor (a string, or a match of the global `anchor`) preceded, from the match's start, by characters of `chars`
 * (ASCII) only. The pattern is run only from the start of the run of such characters before the next anchor, not
 * from every position of the text.
 */
/**
 * v.indexOf(needle, from) for a needle opening with a space: indexOf looks for the needle's first character and compares
 * the rest from each one, and spaces are everywhere in prose (" by " cost ten times "by"); this looks for the rest and
 * checks the space before it.
 */
function indexOfSpaced(v: string, needle: string, from: number): number {
  const rest = needle.slice(1);
  const c0 = needle.charCodeAt(0);
  for (let at = v.indexOf(rest, from + 1); at >= 0; at = v.indexOf(rest, at + 1)) if (v.charCodeAt(at - 1) === c0) return at - 1;
  return -1;
}

/** RE.domain and RE.photo, sticky (see runMatches). */
const DOMAIN_Y = new RegExp(RE.domain.source, 'iy');
const PHOTO_Y = new RegExp(RE.photo.source, 'iy');

/**
 * The matches of a regex whose look-behind refuses every character of `chars` and whose body up to a hit of its gate is
 * made of them (RE.domain and DOMAIN_GATE, RE.photo and PHOTO_ANCHOR), as a global search from each hit's run found them,
 * but without its scan of the rest of the text when the match at a hit's run fails ("jane@example.org": the look-behind
 * refuses "example" after "@", and the global search then ran to the end of the text). Such a match can only start
 * where a run of `chars` starts and holds a hit of the gate: trying the sticky regex at the start of each hit's run, hit
 * after hit, finds the same matches. `hitFrom(v, p)` is the first hit at or after p, or -1.
 */
function runMatches(v: string, re: RegExp, hitFrom: (v: string, p: number) => number, chars: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** End of the last match: the start of a run is looked for no further back. */
  let from = 0;
  for (let g = hitFrom(v, 0); g >= 0; ) {
    let a = g;
    while (a > from) {
      const c = v.charCodeAt(a - 1);
      if (c >= 128 || !chars[c]) break;
      a--;
    }
    re.lastIndex = a;
    const m = re.exec(v);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
      g = hitFrom(v, from);
    } else g = hitFrom(v, g + 1);
  }
  re.lastIndex = 0;
  return out;
}

/** Lower-case ASCII letter of code c (other codes unchanged): the case folding of a regex with the flag i and no u. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Words by their first letter, either case (code below 128): the candidates at a dot. */
function byFirstLetter(words: readonly string[]): (readonly string[] | undefined)[] {
  const t: string[][] = [];
  for (const w of words) {
    for (const c of new Set([w.charCodeAt(0), w.toUpperCase().charCodeAt(0)])) (t[c] ??= []).push(w);
  }
  return t;
}

/** Whether v holds `word` (lower case) at p, ASCII letters in any case. */
function wordAt(v: string, p: number, word: string): boolean {
  for (let x = 0; x < word.length; x++) if (asciiLower(v.charCodeAt(p + x)) !== word.charCodeAt(x)) return false;
  return true;
}

const DOMAIN_TLDS = byFirstLetter(['com', 'org', 'net', 'edu', 'gov', 'io', 'info', 'biz', 'health', 'us', 'uk', 'ca', 'de', 'fr', 'me']);

/**
 * The first hit of DOMAIN_GATE (/\.(?:com|org|...|me)\b/i) at or after p, or -1, without the regex: no ending is a
 * prefix of another and \b refuses a word character after it, so a dot is a hit when the run of word characters after
 * it is an ending (ASCII letters in any case).
 */
function domainHitFrom(v: string, p: number): number {
  for (let d = v.indexOf('.', p); d >= 0; d = v.indexOf('.', d + 1)) {
    // Most dots end a sentence or sit in a number: the character after them opens no ending.
    const c1 = v.charCodeAt(d + 1);
    const cands = c1 < 128 ? DOMAIN_TLDS[c1] : undefined;
    if (cands === undefined) continue;
    let e = d + 2;
    while (e < v.length && e - d <= 7 && isAsciiWordCode(v.charCodeAt(e))) e++;
    const n = e - d - 1;
    for (const tld of cands) if (tld.length === n && wordAt(v, d + 1, tld)) return d;
  }
  return -1;
}

/** Endings whose prefix makes a hit of PHOTO_ANCHOR (it has no boundary after them: "jpe?g" is "jpg" or "jpeg", "tiff?" "tif"). */
const PHOTO_ENDINGS = byFirstLetter(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'heic', 'heif', 'webp', 'raw', 'dcm', 'dicom', 'mp4', 'mov', 'avi', 'm4v', 'wmv', 'svs', 'ndpi']);

/** The first hit of PHOTO_ANCHOR (/\.(?:jpe?g|png|...)/i) at or after p, or -1, without the regex. */
function photoHitFrom(v: string, p: number): number {
  for (let d = v.indexOf('.', p); d >= 0; d = v.indexOf('.', d + 1)) {
    const c1 = v.charCodeAt(d + 1);
    const cands = c1 < 128 ? PHOTO_ENDINGS[c1] : undefined;
    if (cands === undefined) continue;
    for (const end of cands) if (wordAt(v, d + 1, end)) return d;
  }
  return -1;
}

/** RE.email, sticky (see emailMatches). */
const EMAIL_Y = new RegExp(RE.email.source, 'y');

/**
 * RE.email's matches, as its global search from the run of EMAIL_CHARS before each "@" found them, but without that
 * search's scan of the rest of the text when the run holds no match ("BP 120/80 @ 10am"). A match's local part is made of
 * EMAIL_CHARS up to the first "@" after its start, so it starts in the run before that "@" (at the run's start, or after
 * a "%", which its look-behind lets by): trying the sticky regex at each place of the run, "@" after "@", finds the
 * same matches in the same order.
 */
function emailMatches(v: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** End of the last match: a run is looked for no further back. */
  let from = 0;
  for (let g = v.indexOf('@'); g >= 0; ) {
    let a = g;
    while (a > from) {
      const c = v.charCodeAt(a - 1);
      if (c >= 128 || !EMAIL_CHARS[c]) break;
      a--;
    }
    let m: RegExpExecArray | null = null;
    for (let p = a; p < g && m === null; p++) {
      EMAIL_Y.lastIndex = p;
      m = EMAIL_Y.exec(v);
    }
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
      g = v.indexOf('@', from);
    } else g = v.indexOf('@', g + 1);
  }
  EMAIL_Y.lastIndex = 0;
  return out;
}

/** The last two characters of the words of JOINED_STREET_WORD and JOINED_STREET_WORD_TWO (codes, the first shifted by 16). */
const JOINED_STREET_ENDS = new Set(['ße', 'se', 'ee', 'te', 'r.', 'eg', 'ng', 'tz', 'an', 'en', 'at', 'ht', 'ej', 'mm', 'er', 'de'].map((e) => (e.charCodeAt(0) << 16) | e.charCodeAt(1)));
const JOINED_STREET_WORD = /(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|gatan|vägen|vagen|vej|veien|gate|gade)$/;
/** "Schoenhauser Allee 118", "Berliner Straße 5": an adjective in -er, then the street word. */
const JOINED_STREET_WORD_TWO = /er[ \t]+(?:Allee|Straße|Strasse|Str\.|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|Landstrasse)$/;

/** RE.street, sticky (see Detector.streetExec). */
const STREET_Y = new RegExp(RE.street.source, 'iy');
/** The street suffixes as words, lower case ("Lawns?" gives "lawn" and "lawns"). */
const STREET_SUFFIX_WORDS = new Set(
  STREET_SUFFIX.split('|').flatMap((x) => {
    if (!/^[A-Za-z]+(?:s\?)?$/.test(x)) throw new Error(`street suffix ${x}`);
    return x.endsWith('s?') ? [x.slice(0, -2).toLowerCase(), x.slice(0, -1).toLowerCase()] : [x.toLowerCase()];
  }),
);
/** A filter of the suffixes' hashes (lower case; see suffixAt). */
const SUFFIX_HASHES = (() => {
  const t = new Uint8Array(4096);
  for (const w of STREET_SUFFIX_WORDS) {
    let h = 0;
    for (let x = 0; x < w.length; x++) h = (Math.imul(h, 31) + w.charCodeAt(x)) | 0;
    t[(h ^ (h >>> 12)) & 4095] = 1;
  }
  return t;
})();
/** Characters of the number and of the words of a street match ([A-Za-z0-9'.-]). */
const STREET_WORD_CHARS = asciiTable("A-Za-z0-9'.-");
/** Whether RE.street can match at p: (?:SUFFIX)\b must open one of the five groups of non-blanks after the first
 * (a direction and up to three words may come before it), all of them made of [A-Za-z0-9'.-] and separated by blanks. */
function streetPossible(v: string, p: number): boolean {
  const n = v.length;
  let x = p;
  while (x < n && isStreetWordChar(v.charCodeAt(x))) x++;
  for (let g = 0; g < 5; g++) {
    const ws = x;
    while (x < n && isSpace(v.charCodeAt(x))) x++;
    if (x === ws || x >= n) return false;
    if (suffixAt(v, x)) return true;
    const gs = x;
    while (x < n && isStreetWordChar(v.charCodeAt(x))) x++;
    if (x === gs) return false;
  }
  return false;
}
function isStreetWordChar(c: number): boolean {
  return c < 128 && STREET_WORD_CHARS[c] === 1;
}
/** new RegExp(`(?:${STREET_SUFFIX})\\b`, 'iy') matches at x: the run of ASCII letters there is a suffix and no digit or _ follows it. */
function suffixAt(v: string, x: number): boolean {
  let e = x;
  let h = 0;
  while (e < v.length && e - x <= 10) {
    const c = v.charCodeAt(e);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    h = (Math.imul(h, 31) + (c | 32)) | 0;
    e++;
  }
  if (e - x < 2 || e - x > 10 || !SUFFIX_HASHES[(h ^ (h >>> 12)) & 4095]) return false;
  const after = v.charCodeAt(e);
  if ((after >= 48 && after <= 57) || after === 95) return false;
  return STREET_SUFFIX_WORDS.has(v.slice(x, e).toLowerCase());
}

/** /\s/.test(String.fromCharCode(c)) */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Replaces vault tokens and redaction markers with spaces so they are never detected. */
function maskMarkers(v: string): string {
  if (!v.includes('[')) return v;
  return v.replace(RE.marker, (m) => ' '.repeat(m.length));
}

/** v.slice(a, b) === ' ' */
function oneSpace(v: string, a: number, b: number): boolean {
  return b - a === 1 && v.charCodeAt(a) === 32;
}
/** /^[ \t]+$/.test(v.slice(a, b)) */
function blanks(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
/** s.split(/[ -]/) without the regex (a split by a regex runs it at every character). */
function splitSpaceHyphen(s: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45) {
      out.push(s.slice(a, i));
      a = i + 1;
    }
  }
  out.push(s.slice(a));
  return out;
}

/** /^\d{1,3}(?:[MF]|yo|yoM|yoF)?$/i.test(w): an age, alone or with its sex ("71F", "58yoM"). */
function ageSexToken(w: string): boolean {
  let d = 0;
  while (d < w.length && d < 4 && isDigitCode(w.charCodeAt(d))) d++;
  if (d === 0 || d > 3) return false;
  const rest = w.length - d;
  const a = asciiLower(w.charCodeAt(d));
  if (rest === 0) return true;
  if (rest === 1) return a === 109 || a === 102;
  if (a !== 121 || asciiLower(w.charCodeAt(d + 1)) !== 111) return false;
  if (rest === 2) return true;
  const c = asciiLower(w.charCodeAt(d + 2));
  return rest === 3 && (c === 109 || c === 102);
}

/** /\d/.test(s) */
function hasAsciiDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/** /(?:st|nd|rd|th)$/.test(w) */
function ordinalEnd(w: string): boolean {
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Cheap test before /^\d{2,3}(?:[MmFf]|yo[MF]?|YO|[yY][MF]?|yrs?|YRS?)$/: two or three digits, then M, F or Y in either case. */
function ageUnitLead(w: string): boolean {
  if (!isDigitCode(w.charCodeAt(0)) || !isDigitCode(w.charCodeAt(1))) return false;
  const c = isDigitCode(w.charCodeAt(2)) ? w.charCodeAt(3) : w.charCodeAt(2);
  return c === 77 || c === 109 || c === 70 || c === 102 || c === 89 || c === 121;
}

/** /^,[ \t]*$/.test(v.slice(a, b)) */
function commaGap(v: string, a: number, b: number): boolean {
  return b > a && v.charCodeAt(a) === 44 && (b === a + 1 || blanks(v, a + 1, b));
}
/** /^[ \t]*(?:[ ]{2}|\t)/.test(v.slice(a, b)): two spaces or a tab in the blanks opening the range. */
function columnGap(v: string, a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c === 9) return true;
    if (c !== 32) return false;
    if (x + 1 < b && v.charCodeAt(x + 1) === 32) return true;
  }
  return false;
}
/** /\.[ \t]/.test(v.slice(a, b)) */
function dotSpace(v: string, a: number, b: number): boolean {
  for (let x = a; x + 1 < b; x++) {
    if (v.charCodeAt(x) !== 46) continue;
    const c = v.charCodeAt(x + 1);
    if (c === 32 || c === 9) return true;
  }
  return false;
}
/** /^\s+$/.test(v.slice(a, b)) */
function spaces(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) if (!isSpace(v.charCodeAt(x))) return false;
  return true;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Digits, blanks (\s), - / and the letters of st nd rd th and of (any case). */
function isDayMonthChar(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if (c === 45 || c === 47) return true;
  if (c < 128 && isAsciiLetter(c)) {
    const l = c | 32;
    return l === 115 || l === 116 || l === 110 || l === 100 || l === 114 || l === 104 || l === 111 || l === 102;
  }
  return isSpace(c);
}
/** RE.mac, sticky (see macStarts). */
const MAC_Y = new RegExp(RE.mac.source, 'y');
/** Where RE.mac can match: two characters before a ':' or '-' that comes back 3, 6, 9 and 12 characters later. */
function macStarts(v: string): number[] {
  const out: number[] = [];
  for (const sep of [58, 45]) {
    const ch = String.fromCharCode(sep);
    for (let q = v.indexOf(ch, 2); q >= 0; q = v.indexOf(ch, q + 1)) {
      if (v.charCodeAt(q + 3) === sep && v.charCodeAt(q + 6) === sep && v.charCodeAt(q + 9) === sep && v.charCodeAt(q + 12) === sep) out.push(q - 2);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}
/** Month words that are also common words in lower case. */
function monthOk(mo: string): boolean {
  return mo !== 'may' && mo !== 'mar' && mo !== 'march' && mo !== 'jun' && mo !== 'aug';
}
function dayOk(d: string): boolean {
  const n = +d;
  return n >= 1 && n <= 31;
}
/** A day-first date ("27/01/2025"): the text writes dates day first. */
const DAY_FIRST_DOC = /(?<![\w\/.-])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\w\/])/;
/** CHAT_HANDLE, sticky (see chatLineStarts). */
const CHAT_HANDLE_Y = new RegExp(CHAT_HANDLE.source, 'y');
/** Where CHAT_HANDLE can match: the start of the text, and the line ends followed (after blanks) by '[' or a digit. */
function chatLineStarts(v: string): number[] {
  const out = [0];
  for (let p = v.indexOf('\n'); p >= 0; p = v.indexOf('\n', p + 1)) {
    if (p === 0) continue;
    let x = p + 1;
    x = skipBlanks(v, x, v.length);
    const c = v.charCodeAt(x);
    if (c === 91 || (c >= 48 && c <= 57)) out.push(p);
  }
  return out;
}
/** Numeric date and age patterns, sticky, tried at the digit starts where their first characters can fit: each
 * begins with a digit with no word character, dash, dot or slash before it (Detector.digitStarts is a superset). */
const NUM_Y = {
  dNum3: new RegExp(RE.dNum3.source, 'y'),
  dIso: new RegExp(RE.dIso.source, 'y'),
  dMonthYearNum: new RegExp(RE.dMonthYearNum.source, 'y'),
  dMonthDaySlash: new RegExp(RE.dMonthDaySlash.source, 'y'),
  ageNum: new RegExp(RE.ageNum.source, 'y'),
  /** (Its matches may follow a dash: tried at Detector.digitStarts(true).) */
  ipv4: new RegExp(RE.ipv4.source, 'y'),
  ssn: new RegExp(RE.ssn.source, 'y'),
};
/** An octet and its dot at p. */
/** An octet, a dot, a digit and a dot after one to three characters at p: how an IPv4 address opens (a decimal number, "7.47", does not). */
function ipv4At(v: string, p: number): boolean {
  let d = p + 1;
  while (d < p + 3 && isDigitCode(v.charCodeAt(d))) d++;
  if (v.charCodeAt(d) !== 46 || !isDigitCode(v.charCodeAt(d + 1))) return false;
  return v.charCodeAt(d + 2) === 46 || v.charCodeAt(d + 3) === 46 || v.charCodeAt(d + 4) === 46;
}
/** \d{3}-\d{2}- at p. */
function ssnAt(v: string, p: number): boolean {
  return v.charCodeAt(p + 3) === 45 && v.charCodeAt(p + 6) === 45;
}
function isDateSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}
/** \d{1,2}([/.-])\d{1,2}\1 at p (the same separator twice). */
function dNum3At(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  const sep = v.charCodeAt(q);
  if (!isDateSep(sep) || !isDigitCode(v.charCodeAt(q + 1))) return false;
  return v.charCodeAt(q + 2) === sep || (isDigitCode(v.charCodeAt(q + 2)) && v.charCodeAt(q + 3) === sep);
}
/** (?:19|20)\d{2}[-/.] at p. */
function dIsoAt(v: string, p: number): boolean {
  const c = v.charCodeAt(p);
  return (c === 49 || c === 50) && isDateSep(v.charCodeAt(p + 4));
}
/** \d{1,2}[/-](?:19|20) at p. */
function dMonthYearNumAt(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  const sep = v.charCodeAt(q);
  if (sep !== 47 && sep !== 45) return false;
  const y0 = v.charCodeAt(q + 1);
  const y1 = v.charCodeAt(q + 2);
  return (y0 === 49 && y1 === 57) || (y0 === 50 && y1 === 48);
}
/** \d{1,2}\/\d at p. */
function dMonthDaySlashAt(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  return v.charCodeAt(q) === 47 && isDigitCode(v.charCodeAt(q + 1));
}
/** Temperature words, then at most a few words, right before a number (see fahrenheitAt). */
const TEMPERATURE_BEFORE = /\b(?:temps?|temperature|t|tmax|tmin|tm|fevers?|fevered|feverish|febrile|afebrile|spik(?:e|ed|es|ing)|pyrexi(?:a|al|c))\b[^.;\n]{0,16}$/i;
/** "fever in a 96 F", "febrile, is 97 F": a person's age and sex after all. */
const PERSON_BEFORE = /\b(?:an?|is|was|aged?|old|pt|patient|resident)[ \t]*[,:]?[ \t]*$/i;
/** The number v.slice(s, e), 95 to 108, is followed by a bare "F" and preceded by a temperature word: degrees Fahrenheit. */
function fahrenheitAt(v: string, s: number, e: number): boolean {
  let q = e;
  while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q++;
  if (v.charCodeAt(q) !== 70 || isWordCode(v.charCodeAt(q + 1))) return false;
  const n = Number(v.slice(s, e));
  const before = v.slice(Math.max(0, s - 32), s);
  return n >= 95 && n <= 108 && TEMPERATURE_BEFORE.test(before) && !PERSON_BEFORE.test(before);
}
/** 9\d or 1[0-2]\d at p, and no digit after it (RE.ageNum's unit opens with a blank, a dash or a letter). */
function ageNumAt(v: string, p: number): boolean {
  const c = v.charCodeAt(p);
  if (c === 57) return isDigitCode(v.charCodeAt(p + 1)) && !isDigitCode(v.charCodeAt(p + 2));
  const c1 = v.charCodeAt(p + 1);
  return c === 49 && c1 >= 48 && c1 <= 50 && isDigitCode(v.charCodeAt(p + 2)) && !isDigitCode(v.charCodeAt(p + 3));
}
/** The month date patterns, sticky (see matchesAt). */
const MONTH_Y = {
  dMonthDayYear: new RegExp(RE.dMonthDayYear.source, 'iy'),
  dMonthDay: new RegExp(RE.dMonthDay.source, 'iy'),
  dDayMonth: new RegExp(RE.dDayMonth.source, 'iy'),
  dYearMonDay: new RegExp(RE.dYearMonDay.source, 'iy'),
  dMonDayDash: new RegExp(RE.dMonDayDash.source, 'iy'),
  dDayMonDash: new RegExp(RE.dDayMonDash.source, 'iy'),
  dMonthYear: new RegExp(RE.dMonthYear.source, 'iy'),
};
/** RE.phoneUk and RE.phoneAu, sticky: tried where a run of digits opens with "0" (and at "(0"), see shapedPhones. */
const PHONE_UK_Y = new RegExp(RE.phoneUk.source, 'y');
const PHONE_AU_Y = new RegExp(RE.phoneAu.source, 'y');
const zeroAt = (v: string, p: number): boolean => v.charCodeAt(p) === 48;

/** The union of two ascending lists of offsets, ascending (no offset is in both). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}

/** The matches of the sticky `re` at the sorted positions `at`, as the global scan of its pattern finds them
 * (v.matchAll), when every match of the pattern starts at one of them. */
function matchesAt(re: RegExp, v: string, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const p of at) {
    if (p < lastEnd) continue;
    re.lastIndex = p;
    const m = re.exec(v);
    if (!m) continue;
    out.push(m);
    lastEnd = m[0].length === 0 ? p + 1 : p + m[0].length;
  }
  return out;
}
/** v.slice(a, b).includes(String.fromCharCode(c)) */
function hasChar(v: string, a: number, b: number, c: number): boolean {
  for (let x = a; x < b; x++) if (v.charCodeAt(x) === c) return true;
  return false;
}
/** /^[ \t:,]+$/.test(v.slice(a, b)) */
function blanksColonComma(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9 && c !== 58 && c !== 44) return false;
  }
  return true;
}
/** /^[ \t]*(?:[:,\-(]|--|,[ \t]*\()?[ \t]*(?:\n[ \t]*)?$/.test(v.slice(a, b)): the gap between a context word and a name. */
function contextGap(v: string, a: number, b: number): boolean {
  // (No inner helper: a closure per call is costly where names are kept, as under tsx.)
  let x = skipBlanks(v, a, b);
  if (x < b) {
    const c = v.charCodeAt(x);
    if (c === 58 || c === 40) x++;
    else if (c === 45) {
      x++;
      if (x < b && v.charCodeAt(x) === 45) x++;
    } else if (c === 44) {
      x = skipBlanks(v, x + 1, b);
      if (x < b && v.charCodeAt(x) === 40) x++;
    }
  }
  x = skipBlanks(v, x, b);
  if (x < b && v.charCodeAt(x) === 10) x = skipBlanks(v, x + 1, b);
  return x === b;
}
/** The end of the spaces and tabs from x (at most b). */
function skipBlanks(v: string, x: number, b: number): number {
  while (x < b) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) break;
    x++;
  }
  return x;
}
/** The last position at or before x that holds no space or tab (-1 if there is none). */
function skipBlanksBack(v: string, x: number): number {
  while (x >= 0) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) break;
    x--;
  }
  return x;
}
/** w.replace(/-/g, '').length */
function digitCount(w: string): number {
  let n = 0;
  for (let x = 0; x < w.length; x++) if (w.charCodeAt(x) !== 45) n++;
  return n;
}
/** /^\d+(?:-\d+)*$/.test(w) */
function digitsDashes(w: string): boolean {
  let digit = false;
  for (let x = 0; x < w.length; x++) {
    const c = w.charCodeAt(x);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45 && digit) digit = false;
    else return false;
  }
  return digit;
}

/** Finds the identifiers in `text`. Offsets are into `text` itself, end exclusive, sorted. */
/** Stop 17: whole-text tests searched from a rarer character than the needle's first (a search for a needle that opens
 * with a blank or a common letter stops at every one of them), each the same test as the `includes` it replaces. */
/** v.includes(' v. ') || v.includes(' v '). */
function spacedV(v: string): boolean {
  for (let p = v.indexOf('v', 1); p >= 0; p = v.indexOf('v', p + 1)) {
    if (v.charCodeAt(p - 1) !== 32) continue;
    const c = codeAt(v, p + 1);
    if (c === 32 || (c === 46 && codeAt(v, p + 2) === 32)) return true;
  }
  return false;
}
/** v.includes('c/o'). */
function careOfMark(v: string): boolean {
  for (let p = v.indexOf('/', 1); p >= 0; p = v.indexOf('/', p + 1)) if (v.charCodeAt(p - 1) === 99 && codeAt(v, p + 1) === 111) return true;
  return false;
}
/** v.includes('FROM') || v.includes('From:'), in one search. */
function fromMark(v: string): boolean {
  for (let p = v.indexOf('F'); p >= 0; p = v.indexOf('F', p + 1)) {
    const c = codeAt(v, p + 1);
    if (c === 82 ? codeAt(v, p + 2) === 79 && codeAt(v, p + 3) === 77 : c === 114 && codeAt(v, p + 2) === 111 && codeAt(v, p + 3) === 109 && codeAt(v, p + 4) === 58) return true;
  }
  return false;
}
/** v.includes('/o ') || v.includes('/O '), in one search. */
function ofMark(v: string): boolean {
  for (let p = v.indexOf('/'); p >= 0; p = v.indexOf('/', p + 1)) {
    const c = codeAt(v, p + 1);
    if ((c === 111 || c === 79) && codeAt(v, p + 2) === 32) return true;
  }
  return false;
}

/** d.fl(word.toLowerCase()) for `word`, the text at `at`: the bits of the token that is exactly the word where there is
 * one (with letters only, no hyphen, no possessive: its bits are the lexicon's for its key), else the lexicon's (stop 17:
 * a lookup of a new string in the lexicon's map of a million words missed the CPU caches, 1% of detect() on the nursing
 * notes from the city-and-state pass alone). */
function wordFlagsAt(d: Detector, at: number, word: string): number {
  const i = d.tokenStartingAt(at);
  if (i >= 0) {
    const t = d.toks[i] as Tok;
    if (t.e === at + word.length && t.w === word && !t.possessive && t.shape !== 'X' && !word.includes('-')) return t.f;
  }
  return d.fl(word.toLowerCase());
}

export function detect(text: string, options: DetectOptions = {}): Span[] {
  if (text.length === 0) return [];
  if (text.length <= CHUNK) return detectChunk(text, options);
  // Long texts go in pieces cut at blank lines (else line ends, sentence ends, spaces): memory stays bounded.
  const out: Span[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start + (CHUNK >> 1), end);
      let at = window.lastIndexOf('\n\n');
      if (at < 0) at = window.lastIndexOf('\n');
      if (at < 0) at = window.lastIndexOf('. ');
      if (at < 0) at = window.lastIndexOf(' ');
      if (at >= 0) end = start + (CHUNK >> 1) + at + 1;
      // Never split a surrogate pair.
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    for (const sp of detectChunk(text.slice(start, end), options)) out.push({ start: sp.start + start, end: sp.end + start, type: sp.type });
    start = end;
  }
  return out;
}

/** Above this length a text is detected in pieces. */
const CHUNK = 256 * 1024;

function detectChunk(text: string, options: DetectOptions): Span[] {
  const view: View = buildView(text);
  const v = maskMarkers(view.text);
  const types = options.types ? new Set(options.types) : null;
  const det = new Detector(v);
  const out: Span[] = [];
  let cands = det.run(types);
  if (options.deny?.length) cands = applyDeny(v, cands, options.deny);
  const allow = options.allow?.length ? new Set(options.allow.map((a) => a.toLowerCase())) : null;
  for (const c of cands) {
    if (types && !types.has(c.t)) continue;
    const [s, e] = toOriginal(view, text, c.s, c.e);
    if (allow && allow.has(text.slice(s, e).toLowerCase())) continue;
    out.push({ start: s, end: e, type: c.t });
  }
  return out;
}

/**
 * Stop 17, training of the tagger (scripts/train-tagger.mjs): the detector's view of a text, its tokens and the rules'
 * candidates as the tagger sees them (the tagger itself off); `map` tells whether view offsets differ from the text's.
 */
export function taggerInput(text: string): { doc: TagDoc; cands: Cand[]; mapped: boolean } {
  const view: View = buildView(text);
  const v = maskMarkers(view.text);
  const det = new Detector(v);
  const saved = taggerOff;
  taggerOff = true;
  try {
    det.run(null);
  } finally {
    taggerOff = saved;
  }
  return { doc: det, cands: det.cands, mapped: view.map !== null || v.length !== text.length };
}
let taggerOff = false;

function applyDeny(v: string, cands: Cand[], deny: readonly { value: string; type: PhiType }[]): Cand[] {
  const lower = v.toLowerCase();
  const extra: Cand[] = [...cands];
  for (const d of deny) {
    if (!d.value || !isPhiType(d.type)) continue;
    const needle = d.value.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
      extra.push({ s: i, e: i + needle.length, t: d.type, p: 200 });
    }
  }
  return resolve(extra, v.length);
}

// --- Stop 16 (docs/deid-history.md): spoken forms (scribe and dictation transcripts) -----------------------------------------
// Number words read as digits, after the cues that say what the number is: a date of birth, an identifier's label, a
// street or a town before a ZIP code; names spelled out letter by letter; ages of ninety and over in the future tense;
// and two words of transcripts that are no names (diarisation labels, "Patient: My wife ...").

const SPOKEN_VALUES: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine'.split(' ').map((w, i) => [w, i] as [string, number]),
  ['oh', 0],
  ...'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, 10 + i] as [string, number]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i] as [string, number]),
]);

/** One spoken number: its value, its count of digits as said ("oh" and "seven" one each, "forty-eight" two, "nineteen" two, "one twenty" is two numbers), and where it lies. */
interface SpokenNumber {
  value: number;
  width: number;
  s: number;
  e: number;
}

/** A word of letters at p (ASCII), or ''. */
function letterWordAt(v: string, p: number): string {
  let e = p;
  while (e < v.length && isAsciiLetter(v.charCodeAt(e))) e++;
  return e > p && !(e < v.length && isDigitCode(v.charCodeAt(e))) ? v.slice(p, e) : '';
}

/** The position after the separator between two spoken numbers at p (spaces, a comma, a hyphen, "slash", "dash"), or -1. */
function spokenSeparatorEnd(v: string, p: number, slash: boolean): number {
  let q = p;
  while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q++;
  const c = v.charCodeAt(q);
  if (c === 44 || c === 45 || (slash && c === 47)) {
    q++;
    while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q++;
    return q;
  }
  if (q === p) return -1;
  if (slash) {
    const w = letterWordAt(v, q).toLowerCase();
    if (w === 'slash' || w === 'dash') {
      let r = q + w.length;
      if (v.charCodeAt(r) !== 32 && v.charCodeAt(r) !== 9) return -1;
      while (r < v.length && (v.charCodeAt(r) === 32 || v.charCodeAt(r) === 9)) r++;
      return r;
    }
  }
  return q;
}

/**
 * The spoken numbers from p, at most `max`: "eleven twelve forty-eight" is 11, 12, 48; "oh seven slash fourteen" is
 * 0, 7, 14; "nineteen sixty" is 19, 60; "one hundred twelve" is 112 (width 3). A tens word joins the unit after it
 * ("forty eight" is 48).
 */
function spokenNumbers(v: string, p: number, max: number, slash: boolean): SpokenNumber[] {
  const out: SpokenNumber[] = [];
  let at = p;
  while (out.length < max) {
    const w = letterWordAt(v, at);
    const val = w.length >= 2 ? SPOKEN_VALUES.get(w.toLowerCase()) : undefined;
    if (val === undefined || (w !== w.toLowerCase() && w.slice(1) !== w.slice(1).toLowerCase() && w !== w.toUpperCase())) break;
    let e = at + w.length;
    let value = val;
    let width = val >= 10 ? 2 : 1;
    if (val >= 20 && val % 10 === 0) {
      // "forty-eight", "forty eight".
      const c = v.charCodeAt(e);
      if (c === 45 || c === 32) {
        const u = letterWordAt(v, e + 1);
        const uv = SPOKEN_VALUES.get(u.toLowerCase());
        if (uv !== undefined && uv >= 1 && uv <= 9 && u.toLowerCase() !== 'oh') {
          value += uv;
          e += 1 + u.length;
        }
      }
    } else if (val >= 1 && val <= 9) {
      // "one hundred twelve", "two thousand three".
      const sep = v.charCodeAt(e);
      const h = sep === 32 || sep === 45 ? letterWordAt(v, e + 1).toLowerCase() : '';
      if (h === 'hundred' || h === 'thousand') {
        e += 1 + h.length;
        value = val * (h === 'hundred' ? 100 : 1000);
        width = h === 'hundred' ? 3 : 4;
        const q = spokenSeparatorEnd(v, e, false);
        const rest = q > 0 ? spokenNumbers(v, letterWordAt(v, q).toLowerCase() === 'and' ? q + 4 : q, 2, false) : [];
        const r0 = rest[0];
        if (r0 && r0.value < (h === 'hundred' ? 100 : 1000)) {
          const r1 = rest[1];
          // "one hundred twelve"; "two thousand twenty-four" (a tens word, then its unit: already joined).
          value += r0.value;
          e = r0.e;
          if (r1 && r0.value >= 10 && r0.value % 10 === 0 && r0.value < 100 && r1.value < 10 && h === 'thousand') {
            value += r1.value;
            e = r1.e;
          }
        }
      }
    }
    out.push({ value, width, s: at, e });
    const q = spokenSeparatorEnd(v, e, slash);
    if (q < 0) break;
    at = q;
  }
  return out;
}

/** Between a birth cue and the date: punctuation, a speaker's label ("Patient:"), and filler words. */
const SPOKEN_BIRTH_FILL = /[?:.,]?[ \t]*(?:\r?\n[ \t]*)?(?:(?:\[[\d:.]+\][ \t]*)?[A-Za-z][\w .'-]{0,20}:[ \t]*)?(?:(?:uh|um|er|erm|oh(?=,)|so|yes|yeah|sure|okay|ok|it'?s|it[ \t]+is|that'?s|is|was|on|the|my|date|of|birth|birthday)[ \t]*[,.]?[ \t]+)*/iy;

/** A year of two spoken parts or one: "nineteen sixty" (19, 60), "forty-eight" (48), "two thousand three". */
function spokenYear(ns: SpokenNumber[], i: number): [number, number] | undefined {
  const a = ns[i];
  if (!a) return undefined;
  const b = ns[i + 1];
  if ((a.value === 19 || a.value === 20) && b && b.value >= 10 && b.value <= 99 && b.width === 2) return [a.value * 100 + b.value, i + 2];
  if ((a.value === 19 || a.value === 20) && b && b.value === 0 && ns[i + 2] && (ns[i + 2] as SpokenNumber).value <= 9) return [a.value * 100 + (ns[i + 2] as SpokenNumber).value, i + 3];
  if (a.width === 4 && a.value >= 1900 && a.value <= 2099) return [a.value, i + 1];
  if (a.width === 2 && a.value >= 10) return [a.value, i + 1];
  return undefined;
}

/** "Date of birth? Patient: eleven twelve forty-eight", "DOB is oh seven slash fourteen slash nineteen sixty": a date of birth said as numbers (month, day, year). */
/**
 * The matches of a sticky cue `re` at the word starts where one of `needles` occurs (found with indexOf: no scan of the
 * whole text by a case-insensitive regular expression), in text order, each place once.
 */
function cueMatches16(v: string, needles: readonly string[], re: RegExp): RegExpExecArray[] {
  let at: number[] | undefined;
  for (const n of needles) {
    for (let p = v.indexOf(n); p >= 0; p = v.indexOf(n, p + n.length)) {
      if (p > 0 && isLetterCode(v.charCodeAt(p - 1))) continue;
      (at ??= []).push(p);
    }
  }
  if (at === undefined) return [];
  at.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let last = -1;
  for (const p of at) {
    if (p === last) continue;
    last = p;
    re.lastIndex = p;
    const m = re.exec(v);
    if (m) out.push(m);
  }
  return out;
}

/** The words that open FAMILY_AGE_16 and KIN_AGE_16 (token keys; ageForms16 looks for "at" apart), also trigger words of RARE_16. */
const KIN_AGE_KEYS_16 = new Set('father mother dad mum mom mama papa grandfather grandmother grandma grandpa granddad grandmum grandmom great-grandmother great-grandfather great-grandma great-grandpa nana granny husband wife spouse partner brother sister aunt uncle neighbour neighbor friend mgm mgf pgm pgf'.split(' '));
/** The words of the French health number's labels ("Carte Vitale", "NIR", "n° de sécurité sociale"; RE.nir). */
const NIR_WORDS = ['vitale', 'nir', 'sécurité', 'securite', 'sécurite', 'securité'];
/** The trigger words of the spoken forms (on the rare-word bit T.NHS: a rule runs only when its word occurs). */
const RARE_16 = ['social', 'ssn', 'birth', 'born', 'dob', 'birthday', 'birthdate', 'spell', 'spelled', 'spelling', 'spelt', 'speaker', 'spk', ...KIN_AGE_KEYS_16];
const BIRTH_NEEDLES_16 = ['birth', 'Birth', 'BIRTH', 'born', 'Born', 'BORN', 'DOB', 'dob', 'Dob', 'D.O.B', 'd.o.b'];
/** A birth cue at a word start ("date of birth" is read from its "birth"). */
const SPOKEN_BIRTH_CUE_Y = /(?:birth(?:[ \t]?date|day(?:[ \t]+is)?)?|born(?:[ \t]+on)?|d\.?o\.?b\.?)/iy;

function spokenBirthDates16(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare === undefined || !(rare.has('birth') || rare.has('born') || rare.has('dob') || rare.has('birthday') || rare.has('birthdate'))) return;
  for (const m of cueMatches16(v, BIRTH_NEEDLES_16, SPOKEN_BIRTH_CUE_Y)) {
    SPOKEN_BIRTH_FILL.lastIndex = m.index + m[0].length;
    const f = SPOKEN_BIRTH_FILL.exec(v);
    const p = f ? SPOKEN_BIRTH_FILL.lastIndex : m.index + m[0].length;
    const ns = spokenNumbers(v, p, 6, true);
    if (ns.length < 3) continue;
    // The month: "eleven", "oh seven".
    let i = 0;
    let month = (ns[0] as SpokenNumber).value;
    if (month === 0 && (ns[1] as SpokenNumber).width === 1) {
      month = (ns[1] as SpokenNumber).value;
      i = 1;
    }
    i++;
    if (month < 1 || month > 12 || (ns[i - 1] as SpokenNumber).width > 2) continue;
    const dn = ns[i];
    if (!dn) continue;
    let day = dn.value;
    if (day === 0 && ns[i + 1] && (ns[i + 1] as SpokenNumber).width === 1) {
      i++;
      day = (ns[i] as SpokenNumber).value;
    }
    i++;
    if (day < 1 || day > 31 || dn.width > 2) continue;
    const y = spokenYear(ns, i);
    if (!y) continue;
    const last = ns[y[1] - 1] as SpokenNumber;
    if (!d.anyCand((ns[0] as SpokenNumber).s, last.e)) d.add((ns[0] as SpokenNumber).s, last.e, 'DATE', 88);
  }
}

/** Words that open a spoken identifier's letters: a capital alone, or a capital "as in" a word ("W as in William"). */
const SPOKEN_LETTER = /([A-Z])(?:[ \t]+as[ \t]+in[ \t]+[A-Z][a-z]+)?(?![\w'])/y;

/**
 * After an identifier's label (the caller's `from`): digits and capitals said one by one, with numbers of two digits
 * ("one E G four T E five M K seven two", "seven K L M three nine two", "W as in William, one two three, four five
 * six"): the end of the identifier, or -1 when fewer than three numbers or fewer than five characters were said.
 */
function spokenIdEnd(v: string, from: number): [number, number] {
  let at = from;
  while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9)) at++;
  // "is", "was", "number", ":" before the value.
  for (let k = 0; k < 2; k++) {
    const w = letterWordAt(v, at).toLowerCase();
    if (w === 'is' || w === 'was' || w === 'number' || w === 'its' || w === 'it') {
      at += w.length;
      while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9 || v.charCodeAt(at) === 58)) at++;
    } else if (v.charCodeAt(at) === 58 || v.charCodeAt(at) === 35) {
      at++;
      while (at < v.length && (v.charCodeAt(at) === 32 || v.charCodeAt(at) === 9)) at++;
    }
  }
  const start = at;
  let numbers = 0;
  let chars = 0;
  let end = -1;
  for (let n = 0; n < 24; n++) {
    SPOKEN_LETTER.lastIndex = at;
    const lm = SPOKEN_LETTER.exec(v);
    let e: number;
    if (lm) {
      // A lone "A" or "I" before a lower-case word is English ("... seven two. I will", "is A new").
      if ((lm[1] === 'A' || lm[1] === 'I') && lm[0].length === 1 && /^[ \t]+[a-z]/.test(v.slice(at + 1, at + 3))) break;
      e = at + lm[0].length;
      chars++;
    } else {
      const ns = spokenNumbers(v, at, 1, false);
      const n0 = ns[0];
      if (!n0) break;
      e = n0.e;
      numbers++;
      chars += n0.width;
    }
    end = e;
    const q = spokenSeparatorEnd(v, e, false);
    if (q < 0) break;
    at = q;
  }
  return numbers >= 3 && chars >= 5 && end > start ? [start, end] : [-1, -1];
}

/** The spelled form of a name: "W-O-J-C-I-K", "P R Y C E", "P. R. Y. C. E.": its letters in lower case, or ''. */
function spelledLetters(text: string): string {
  let out = '';
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c !== 45 && c !== 46 && c !== 32 && c !== 9) return '';
  }
  return out;
}

/** Capitals said one by one ("W-O-J-C-I-K", "P R Y C E", "T. O. K. A. R. Z.") right after a name and a separator. */
const SPELLED_AFTER_16 = /[ \t]*[,:(\u2013-]?[ \t]*(?:(?:that[ \t]+is|that's|i\.e\.|spelled|spelt|spelling)[ \t]*:?[ \t]*)?([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})(?![A-Za-z])/y;
/** The same right before a name ("it's W-O-J-C-I-K, Wojcik"). */
const SPELLED_BEFORE_16 = /(?<![A-Za-z])([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})\.?[ \t]*[,:\u2013-]?[ \t]*$/;
/** After a spelling cue. */
const SPELL_NEEDLES_16 = ['spell', 'Spell', 'SPELL'];
const SPELL_CUE_16 = /spell(?:ed|ing|s|t)?\b[^.?!\n]{0,40}?(?<![A-Za-z])([A-Z](?:(?:-|\.[ \t]?|[ \t])[A-Z]){2,})(?![A-Za-z])/iy;

/**
 * Names spelled out ("it's W-O-J-C-I-K, Wojcik", "Gwendolyn Pryce, P-R-Y-C-E", "Halvorsen, that is H A L V O R S E N"):
 * capitals one by one, joined by hyphens, dots or spaces, right beside a name found whose letters they are, or after
 * "spell", "spelled" or "spelling". (Looked for beside the names found and after the cues only: no pass over every
 * token.)
 */
function spelledNames16(d: Detector): void {
  const v = d.v;
  const mark = (s: number, e: number) => {
    if (!d.anyCand(s, e)) d.add(s, e, 'NAME', 80);
  };
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || c.e - c.s > 40) continue;
    // (Cheap tests first: a capital, a joiner and a capital within a few characters after the name, or a capital
    // right before it and its separator.)
    let after = false;
    for (let p = c.e; p < c.e + 14 && p + 2 < v.length; p++) {
      const ch = v.charCodeAt(p);
      if (ch >= 65 && ch <= 90) {
        const j = v.charCodeAt(p + 1);
        const next = v.charCodeAt(j === 46 && v.charCodeAt(p + 2) === 32 ? p + 3 : p + 2);
        after = (j === 45 || j === 46 || j === 32) && next >= 65 && next <= 90;
        break;
      }
    }
    let q = c.s - 1;
    while (q >= 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 44 || v.charCodeAt(q) === 58 || v.charCodeAt(q) === 45 || v.charCodeAt(q) === 46)) q--;
    const before = q >= 2 && q < c.s - 1 && v.charCodeAt(q) >= 65 && v.charCodeAt(q) <= 90 && (v.charCodeAt(q - 1) === 45 || v.charCodeAt(q - 1) === 32 || v.charCodeAt(q - 1) === 46);
    if (!after && !before) continue;
    const words = v.slice(c.s, c.e).toLowerCase().split(/[^a-z]+/);
    if (after) {
      SPELLED_AFTER_16.lastIndex = c.e;
      const a = SPELLED_AFTER_16.exec(v);
      if (a) {
        const g = a[1] as string;
        if (words.includes(spelledLetters(g))) {
          const st = SPELLED_AFTER_16.lastIndex - g.length;
          mark(st, st + g.length);
        }
      }
    }
    if (before) {
      const b = SPELLED_BEFORE_16.exec(v.slice(Math.max(0, c.s - 48), c.s));
      if (b) {
        const g = b[1] as string;
        if (words.includes(spelledLetters(g))) {
          const st = Math.max(0, c.s - 48) + b.index;
          mark(st, st + g.length);
        }
      }
    }
  }
  const rare = d.rare;
  if (rare === undefined || !(rare.has('spell') || rare.has('spelled') || rare.has('spelling') || rare.has('spelt'))) return;
  for (const m of cueMatches16(v, SPELL_NEEDLES_16, SPELL_CUE_16)) {
    const g = m[1] as string;
    if (spelledLetters(g).length < 3) continue;
    const st = m.index + m[0].length - g.length;
    mark(st, st + g.length);
  }
}

/** "he'll be ninety-four in May", "she will be a hundred", "I'm going to be ninety": an age of ninety or more, said of the future. */
const AGE_FUTURE_16 = /\b(?:(?:he|she|i|they|mom|dad|mum|ma)'ll|(?:he|she|i|mom|dad|mum|mother|father|grandma|grandpa|grandmother|grandfather|nana|granny)[ \t]+will|(?:he'?s|she'?s|i'?m|i[ \t]+am)[ \t]+(?:going[ \t]+to|gonna))[ \t]+be[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:(?:[ \t]+and)?[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?![ \t]*(?:%|percent|mg|milligrams?|minutes?|mins?|seconds?|degrees?|pounds?|lbs?|kilos?|kg|days?|weeks?|months?|units?|dollars?|bucks|feet|meters?|miles?|ml|cc)\b)/gi;

function futureAges16(d: Detector): void {
  if ((d.seen & T.AGE_WORD) === 0) return;
  const v = d.v;
  if (!v.includes(' be ')) return;
  for (const m of v.matchAll(AGE_FUTURE_16)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - g.length;
    d.add(s, s + g.length, 'AGE_OVER_89', 92);
  }
}

/** Street words after a spoken house number: "one twenty two Maplewood Drive". */
const SPOKEN_STREET_LEAD = new Set(['at', 'on', 'is', 'live', 'lives', 'living', 'lived', 'address', 'moved', 'to', 'from', 'stay', 'stays', 'staying']);

/**
 * A street whose house number is said in words ("one twenty two Maplewood Drive", "at four Birch Lane"), and a ZIP code
 * said digit by digit after a town ("Naperville, six oh five four oh").
 */
function spokenAddresses16(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.streetIdx) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    // One to three capitalized words before the street word.
    let j = i - 1;
    let words = 0;
    while (j >= 0 && words < 3 && ((toks[j] as Tok).shape === 'T' || (toks[j] as Tok).shape === 'U') && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s)) {
      j--;
      words++;
    }
    if (words === 0 || j < 0) continue;
    // Number words right before them.
    let k = j;
    let said = 0;
    while (k >= 0 && SPOKEN_VALUES.has((toks[k] as Tok).k) && (toks[k] as Tok).shape === 'L' && /^[ \t-]$/.test(v.slice((toks[k] as Tok).e, (toks[k + 1] as Tok).s))) {
      k--;
      said++;
    }
    if (said === 0) continue;
    if (said === 1 && !(k >= 0 && SPOKEN_STREET_LEAD.has((toks[k] as Tok).k))) continue;
    const s = (toks[k + 1] as Tok).s;
    d.add(s, t.e, 'LOCATION', 80);
  }
  // ZIP codes after a town and a comma.
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 44) continue;
    let p = c.e + 1;
    while (p < v.length && (v.charCodeAt(p) === 32 || v.charCodeAt(p) === 9)) p++;
    if (p === c.e + 1 || !SPOKEN_VALUES.has(letterWordAt(v, p).toLowerCase())) continue;
    const ns = spokenNumbers(v, p, 6, false);
    if (ns.length !== 5 || !ns.every((n) => n.width === 1)) continue;
    d.add(p, (ns[4] as SpokenNumber).e, 'LOCATION', 85);
  }
}

/** "my social is zero zero zero, twelve, three four five six": nine digits said after a social security cue, numbers of two digits among them. */
const SPOKEN_SSN_CUE_16 = /(?:social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?|ssn|s\.s\.n\.?)(?=[ \t:,])/iy;
const SOCIAL_NEEDLES_16 = ['social', 'Social', 'SOCIAL'];
const SSN_NEEDLES_16 = ['SSN', 'ssn', 'Ssn', 'S.S.N', 's.s.n'];
const SOCIAL_SSN_NEEDLES_16 = [...SOCIAL_NEEDLES_16, ...SSN_NEEDLES_16];

function spokenSsn16(d: Detector): void {
  const v = d.v;
  if (d.rare === undefined || !(d.rare.has('social') || d.rare.has('ssn'))) return;
  const social = d.rare.has('social');
  const ssn = d.rare.has('ssn');
  for (const m of cueMatches16(v, social && ssn ? SOCIAL_SSN_NEEDLES_16 : social ? SOCIAL_NEEDLES_16 : SSN_NEEDLES_16, SPOKEN_SSN_CUE_16)) {
    const [a, b] = spokenIdEnd(v, m.index + m[0].length);
    if (a < 0 || d.anyCand(a, b)) continue;
    // Nine digits and no letter.
    const ns = spokenNumbers(v, a, 12, false);
    const last = ns[ns.length - 1];
    if (!last || last.e !== b || ns.reduce((n, x) => n + x.width, 0) !== 9) continue;
    d.add(a, b, 'SSN', 100);
  }
}

/** Diarisation labels of transcripts ("SPEAKER_01", "Speaker 2", "spk_0"): no one's name, nor is a part of one. */
const SPEAKER_LABEL_16 = /(?:speaker|spk|spkr)[ _-]?\d{1,2}(?!\d)/i;

/** The spoken forms of stop 16 (see the block's head). Run after the name passes; whether it dropped a candidate (a diarisation label). */
function spokenForms16(d: Detector): boolean {
  spokenBirthDates16(d);
  spelledNames16(d);
  futureAges16(d);
  ageForms16(d);
  spokenSsn16(d);
  // (A transmission header names where it came from: "FROM", "From:".)
  const v = d.v;
  if (fromMark(v)) faxHeaders16(d);
  if (d.streetIdx.length > 0 || d.cands.length > 0) spokenAddresses16(d);
  if (d.rare?.has('speaker') || d.rare?.has('spk')) {
    let dropped = false;
    for (const c of d.cands) {
      if (c.t !== 'NAME' || c.e - c.s > 10) continue;
      const a = Math.max(0, c.s - 8);
      const lm = SPEAKER_LABEL_16.exec(d.v.slice(a, c.e + 2));
      if (lm && a + lm.index <= c.s && a + lm.index + lm[0].length >= c.e) {
        c.p = -1;
        dropped = true;
      }
    }
    return dropped;
  }
  return false;
}

/** A relative's age of ninety or more beside the kin word: "Her father, now 92, lives with them", "Mum (95) is in a
 * care home", "my mother who is 98 cant manage stairs" (a given name may stand between: "Husband Albert, 94"). */
const KIN_AGE_16 = /\b(?:father|mother|dad|mum|mom|mama|papa|grand(?:father|mother|ma|pa|dad|mum|mom)|nana|granny|husband|wife|spouse|partner|brother|sister|aunt|uncle|neighbou?r|friend)(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]*,[ \t]*(?:now|aged?|age)?[ \t]*|[ \t]*\([ \t]*(?:aged?[ \t]+)?|[ \t]+who[ \t]+is[ \t]+(?:now[ \t]+)?|[ \t]+is[ \t]+now[ \t]+)(9\d|1[01]\d)(?![\w.\/%:,-]\d|[\w%\/:-])(?![ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min(?:utes)?|hours?|hrs?|days?|weeks?|months?|am|pm|units?|ml|cc|mmhg|percent|degrees?|bpm|o'?clock|times|miles|km|st|street|rd|road|ave|avenue|dr|drive|ln|lane|blvd|way|ct|court|pl|place)\b)/dgi;
/** Family history shorthand: "MGM 93, alive and well", "PGF d. 95, MI", "mother 94 - dementia", "great-grandmother 99 in
 * a care home", "Mother: alive, 92, HTN"; also "At 91, she still drives" and "92-y-o". */
const FAMILY_AGE_16 = /\b(?:(?:great-)?grand(?:father|mother|ma|pa|dad|mum|mom)|father|mother|dad|mum|mom|brother|sister|aunt|uncle|husband|wife|spouse|[MP]G[MF])(?:[ \t]*[:,-][ \t]*(?:(?:alive|living|deceased|died|d\.|passed(?:[ \t]+away)?)[ \t]*,?[ \t]*)?(?:(?:at|aged?)[ \t]+)?|[ \t]+(?:(?:d\.|died|deceased|passed(?:[ \t]+away)?)[ \t]*)?(?:(?:at|aged?)[ \t]+)?)(9\d|1[01]\d)(?![\w.\/%:]|[ \t]*-?[ \t]*\d)(?=[ \t]*(?:[,;:)\u2013-]|\r?\n|$|(?:in|with|of|and|alive|living|deceased|yo|y\/o|yrs?|years?)\b))/dgi;
const AT_AGE_16 = /\b(?:[Aa]t[ \t]+(9\d|1[01]\d)[ \t]*,[ \t]*(?:she|he|i|they|mom|dad|mum|mother|father|the[ \t]+patient|pt)\b|(9\d|1[01]\d)-y-o\b)/dg;
/** "Grandpa turned ninety-one in March": an age word after a verb of age, whatever follows. */
const AGE_WORD_TURNED_16 = /\b(?:turned|turns|turning|will[ \t]+turn)[ \t]+(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ \t]+hundred(?:(?:[ \t]+and)?[ \t]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])(?![ \t]*(?:%|percent|degrees?|minutes?|mins?|seconds?|days?|weeks?|months?|pounds?|lbs?|kg|mg|ml|units?))/gi;
/** An age in a FHIR or JSON element: a value of 90-119 whose element names an age ("url": "...age", "text": "Age",
 * LOINC 30525-0 or 21612-7) or whose unit is years. */
const JSON_AGE_VALUE_16 = /"value(?:Integer|Decimal|Quantity"[ \t]*:[ \t]*\{[ \t]*"value)?"[ \t]*:[ \t]*(9\d|1[01]\d)(?![\d.])/g;
const JSON_AGE_BEFORE_16 = /"(?:url|text|display|code|name|system)"[ \t]*:[ \t]*"[^"]{0,60}?\bage\b[^"]{0,20}"|30525-0|21612-7/i;
const JSON_UNIT_AFTER_16 = /^[^{}]{0,40}?"(?:unit|code)"[ \t]*:[ \t]*"([^"]{0,12})"/;
const YEAR_UNITS_16 = new Set(['a', 'yr', 'yrs', 'year', 'years', 'y', 'ans', 'años', 'anos', 'jahre']);

/** Ages of ninety and over beside a relative, after a verb of age, and in FHIR or JSON elements (stop 16). */
function ageForms16(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  if (d.seen & T.AGE_WORD && (v.includes('turn') || v.includes('Turn'))) {
    for (const m of v.matchAll(AGE_WORD_TURNED_16)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
  }
  // (The token patterns need a kin word (on the rare-word bit), "At " opening a sentence, or "-y-o".)
  const rare = d.rare;
  let kin = false;
  if (rare !== undefined) {
    for (const k of KIN_AGE_KEYS_16) {
      if (rare.has(k)) {
        kin = true;
        break;
      }
    }
  }
  // ("At 91, she ..." is read at the numbers after a token "at", "92-y-o" at the number itself: no scan of the text for
  // them, a search for a string opening with a common letter costs more than the loop below.)
  const json = v.includes('"value');
  /** Whether a number of 90-119 occurs (for the JSON elements). */
  let number = false;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const w = t.w;
    // (A token opening with 90-119 and no third digit: "94", "92-y-o", "101".)
    const c2 = w.length > 2 ? w.charCodeAt(2) : 0;
    const c3 = w.length > 3 ? w.charCodeAt(3) : 0;
    const len = w.charCodeAt(0) === 57 && isDigitCode(w.charCodeAt(1)) && !isDigitCode(c2) ? 2 : w.charCodeAt(0) === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49) && isDigitCode(c2) && !isDigitCode(c3) ? 3 : 0;
    if (len === 0) continue;
    number = true;
    if (len === 2 && w.length === 6 && w.endsWith('-y-o')) {
      if (!d.anyCand(t.s, t.s + 2)) d.add(t.s, t.s + 2, 'AGE_OVER_89', 90);
      continue;
    }
    // A kin word among the five tokens before, or "At" right before: only then are the patterns tried, on a window
    // around it.
    let k = -1;
    const pt = toks[i - 1];
    if (pt !== undefined && pt.k === 'at' && v.charCodeAt(pt.s) === 65) k = i - 1;
    else if (kin) for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      if (KIN_AGE_KEYS_16.has((toks[j] as Tok).k)) {
        k = j;
        break;
      }
    }
    if (k < 0) continue;
    const ws = (toks[k] as Tok).s;
    const win = v.slice(ws, Math.min(v.length, t.e + 40));
    for (const re of [FAMILY_AGE_16, AT_AGE_16, KIN_AGE_16]) {
      re.lastIndex = 0;
      for (const m of win.matchAll(re)) {
        const ix = (m.indices as ([number, number] | undefined)[])[1] ?? (m.indices as ([number, number] | undefined)[])[2];
        if (ix === undefined || ws + ix[0] !== t.s) continue;
        if (re === KIN_AGE_16) {
          // A capital or a digit after it: a house number ("brother, 94 Elm St"), a list.
          const nx = /^[ \t]+(.)/.exec(v.slice(t.s + len, t.s + len + 4));
          if (nx && /[A-Z0-9]/.test(nx[1] as string)) continue;
        }
        if (!d.anyCand(t.s, t.s + len)) d.add(t.s, t.s + len, 'AGE_OVER_89', 90);
      }
    }
  }
  if (number && json) {
    for (const m of v.matchAll(JSON_AGE_VALUE_16)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      const unit = JSON_UNIT_AFTER_16.exec(v.slice(s + g.length, s + g.length + 60));
      if (unit && !YEAR_UNITS_16.has((unit[1] as string).toLowerCase())) continue;
      if (!unit && !JSON_AGE_BEFORE_16.test(v.slice(Math.max(0, m.index - 160), m.index))) continue;
      if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 90);
    }
  }

}

/** The page mark of a fax transmission's header line ("P.1/3", "PAGE 001/004", "Pg 2 of 5"). */
const FAX_PAGE_MARK_16 = /\b(?:P\.?|PAGE|Page|PG\.?|Pg\.?)[ \t]*\d{1,3}[ \t]*(?:\/|[ \t]of[ \t]|[ \t]OF[ \t])[ \t]*\d{1,3}\b/g;
/** A number after FROM/TO on such a line: both ends of a transmission are fax machines. */
const FAX_HEADER_NUMBER_16 = /\b(?:FROM|From|from|TO|To|FM|Fm)[ \t]*[:#]?[ \t]*(\+?1?[ \t.-]?\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]?\d{4})(?!\d)/g;

/** "Nov 03 2025 14:22 FROM: 614-555-0199 TO: 6145550142 P.1/3": the numbers of a fax transmission's header line (a page
 * mark and a time of day on the line) are faxes, written with or without separators (stop 16). */
function faxHeaders16(d: Detector): void {
  const v = d.v;
  let lastLine = -1;
  for (const pm of v.matchAll(FAX_PAGE_MARK_16)) {
    const ls = lineStartOf(v, pm.index);
    if (ls === lastLine) continue;
    lastLine = ls;
    let le = lineEndOf(v, pm.index);
    if (le < 0) le = v.length;
    const line = v.slice(ls, le);
    if (line.length > 240 || !/\b\d{1,2}:\d{2}\b/.test(line)) continue;
    for (const m of line.matchAll(FAX_HEADER_NUMBER_16)) {
      const g = m[1] as string;
      const s = ls + m.index + m[0].length - g.length;
      d.add(s, s + g.length, 'FAX', 103);
    }
  }
}

/** Possessive words that open a sentence after a speaker's label ("Patient: My wife is here"): no name alone. */
const POSSESSIVE_OPENERS_16 = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
// --- Stop 13 (docs/deid-history.md): a recall round guided by the open sets train4-7 --------------------------------------
// Module-level functions over the detector's tokens and candidates, run after crossCues.

/** Labels of an address in several languages (the value after their colon is an address line). */
const ADDRESS_LABEL_WORDS = new Set(['address', 'addr', 'adresse', 'adres', 'direccion', 'dirección', 'domicilio', 'endereco', 'endereço', 'morada', 'anschrift', 'indirizzo']);
/** Words that end an address line (the next field). */
const ADDRESS_LINE_STOP = /(?:^|[ \t,])(?:Tel|TEL|T\u00e9l|Ph|PH|Phone|PHONE|Mob|MOB|Mobile|Cell|Fax|FAX|Email|E-mail|EMAIL|DOB|WhatsApp|Whatsapp|Telefone|Telefono|Tel\u00e9fono|Telf|Postal|Mailing|NIN|SSN|MRN|Occupation|Contact|Landline|Mob\.)\b/;
/** Unit and lot words that open an address part ("Flat No. 402", "Blk 5 Lot 12", "Unit 7", "apto 72"). */
/** Words of an address line that alone do not make an address part worth marking. */
const SMALL_ADDRESS_WORDS = new Set(['in', 'at', 'of', 'the', 'and', 'de', 'del', 'la', 'da', 'do', 'en', 'y', 'e', 'et']);
const ADDRESS_UNIT_OPEN = /^(?:flat|apt|apartment|apto|app|appt|unit|suite|ste|blk|block|lot|plot|house|door|no|int|piso|bloque|urb|brgy|barangay|villa|room|rm|level|floor|bldg|building|phase|sector|km|casa|depto|dpto|interior)\b/i;

function laterCues(d: Detector): void {
  const v = d.v;
  if (v.includes('^') && v.includes('|')) hl7Names(d);
  tokenCues(d);
  candCues(d);
  betweenPlaces(d);
  delimitedZips(d);
  numberCues(d);
  datelinePlaces(d);
  routePlaces(d);
  kinTownPlaces(d);
  idAfterLabelWord(d);
  licenceAfterName(d);
  recordAfterName(d);
  if (d.seen & T.LABEL) headerColumns(d);
  if (d.rare?.has('insert')) sqlIdColumns(d);
  if ((d.rare !== undefined && MASK_WORDS.some((w) => d.rare?.has(w))) || v.includes('**')) maskedIds(d);
  idsFound18(d);
  identifierTypes(d);
  idsTyped18(d);
  idsRound22(d);
  idsRound25(d);
  idsRound28(d);
  idsRound30(d);
  sameIdSameType(d);
  storeOnStreet(d);
  crossStreets(d);
  placesRound15(d);
  placesRound17(d);
}

/** A street without its number before a bridge, an overpass or a tunnel: "under the Harlan St overpass", "Fullerton Ave bridge". */
const STREET_BEFORE_STRUCTURE = new RegExp(`(?:^|[^\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+[ \\t]+){1,2}(?:St|Ave|Blvd|Rd|Hwy|Pkwy|Street|Avenue|Boulevard|Road|Highway|Parkway|Expressway|Expy|Fwy|Freeway)\\.?)[ \\t]+$`, 'u');

/** The street before the bridge, overpass or tunnel word at `at` (see STREET_BEFORE_STRUCTURE). */
function streetStructureAt(d: Detector, at: number): void {
  const v = d.v;
  const m = STREET_BEFORE_STRUCTURE.exec(v.slice(Math.max(0, at - 40), at));
  if (!m) return;
  const g = m[1] as string;
  const s = at - m[0].length + m[0].indexOf(g);
  const first = g.split(/[ \t]/)[0]!.toLowerCase();
  if (TITLES.has(first) || FUNCTION_WORDS.has(first) || MONTH_WORDS.has(first) || STATE_WORDS.has(first) || titleBefore(v, s)) return;
  // (A person's name found there is the street's: "Harlan St" read as a name and a saint.)
  for (const c of d.cands) if (c.p >= 0 && c.t === 'NAME' && c.s >= s && c.e <= s + g.length) c.t = 'LOCATION';
  if (!inPlace(d, s, s + g.length)) d.add(s, s + g.length, 'LOCATION', 74);
}

/** The second street of an intersection after a street found: "Division Ave & 28th St", "Elm St and 3rd Ave", "Main St @ Oak". */
const CROSS_STREET_AFTER = new RegExp(`^[ \\t]*(?:&|@|/|and|at)[ \\t]+((?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]+)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]+(?:${STREET_SUFFIX})\\b\\.?)`, 'u');

function crossStreets(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    let q = c.e;
    while (v.charCodeAt(q) === 32) q++;
    // (Cheap first: "&", "@", "/", "and" or "at" after the street.)
    const a = v.charCodeAt(q);
    if (a !== 38 && a !== 64 && a !== 47 && a !== 97) continue;
    const last = v.slice(Math.max(c.s, c.e - 12), c.e).split(/[ \t]+/).pop() ?? '';
    if (!STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase())) continue;
    const m = CROSS_STREET_AFTER.exec(v.slice(c.e, c.e + 40));
    if (!m) continue;
    const g = m[1] as string;
    const s = c.e + m[0].length - g.length;
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'LOCATION', 74);
  }
}

/** The name of a store or a pharmacy before " on " and a street: one to three capitalized words, maybe a head after them. */
const STORE_BEFORE_ON = /(?:^|[^\p{L}'’&.-])((?:\p{Lu}[\p{L}'’&-]*[ \t]+){0,2}\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:pharmacy|store|market|supermarket|drugstore))?)[ \t]+on[ \t]+$/u;
const STORE_HEADS = new Set(['pharmacy', 'store', 'market', 'supermarket', 'drugstore', 'drug', 'drugs', 'grocery', 'foods']);
/** Words that label a store's name before it ("Pharmacy Quick-Rx on Detroit Ave"). */
const STORE_LABELS = new Set(['pharmacy', 'store', 'shop']);

/**
 * "the Kroger on Dixie Hwy", "Pharmacy Quick-Rx on Detroit Ave", "Sun City Pharmacy on Mesa St": a store or a pharmacy named with the
 * street it stands on is one place. The name must be a chain's, end with a store's head or follow a store's label.
 */
function storeOnStreet(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || c.s < 6 || v.charCodeAt(c.s - 1) !== 32 || v.charCodeAt(c.s - 2) !== 110 || v.charCodeAt(c.s - 3) !== 111) continue;
    const last = v.slice(c.s, c.e).split(/[ \t]+/).pop() ?? '';
    if (!STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase())) continue;
    const m = STORE_BEFORE_ON.exec(v.slice(Math.max(0, c.s - 60), c.s));
    if (!m) continue;
    let name = m[1] as string;
    let ns = c.s - m[0].length + m[0].indexOf(name);
    let words = name.split(/[ \t]+/);
    // (After a store's label, the name starts after it: "Called Pharmacy Pill-Box on ...".)
    let li = -1;
    for (let w = 0; w < words.length - 1; w++) if (STORE_LABELS.has((words[w] as string).toLowerCase())) li = w;
    const labelled = li >= 0;
    if (labelled) {
      ns += words.slice(0, li + 1).join(' ').length + 1;
      words = words.slice(li + 1);
      name = words.join(' ');
    }
    const keys = words.map((w) => w.toLowerCase());
    const chain = STORE_CHAINS.has(keys[0] as string) || STORE_CHAINS.has(keys.slice(0, 2).join(' '));
    const head = keys.length > 1 && STORE_HEADS.has(keys[keys.length - 1] as string);
    if (!chain && !head && !labelled) continue;
    // A distinctive word besides the head, no title, month or person's title.
    if (keys.some((k) => TITLES.has(k) || MONTH_WORDS.has(k)) || keys.every((k) => STORE_HEADS.has(k) || FACILITY_GENERIC.has(k) || FUNCTION_WORDS.has(k))) continue;
    d.add(ns, c.e, 'LOCATION', c.p + 1);
  }
}

/** "debit card ending 7731", "Visa ending in 0412": a payment card's last four digits are its account's (found from " ending"). */
const CARD_BEFORE_ENDING = /\b(?:card|visa|mastercard|amex|discover|debit|credit|acct|account)\b[^\n.;]{0,16}?$/i;
const DIGITS_AFTER_ENDING = /^(?:[ \t]+in)?[ \t]*[:#]?[ \t]*(\d{4})(?![\d\/.-])/;

function cardEndingAt(d: Detector, at: number): void {
  const v = d.v;
  const m = DIGITS_AFTER_ENDING.exec(v.slice(at + 6, at + 19));
  if (!m || !CARD_BEFORE_ENDING.test(v.slice(Math.max(0, at - 29), at))) return;
  const g = m[1] as string;
  const s = at + 6 + m[0].length - g.length;
  if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'ACCOUNT', 80);
}

/** An identifier found twice keeps the type its label gave it: "MRN: 40088213 ... ^FDQA,40088213^FS" (the second is an MRN too). */
function sameIdSameType(d: Detector): void {
  const v = d.v;
  // (Each value with its type and the start of its first typed finding; candidates at one place compete in the resolver.)
  let typed: Map<string, [PhiType, number]> | undefined;
  let other = 0;
  for (const c of d.cands) if (c.t === 'OTHER_ID' && c.p >= 0) other++;
  if (other === 0) return;
  for (const c of d.cands) {
    if (c.p < 0) continue;
    const t = c.t;
    if (t === 'MRN' || t === 'ACCOUNT' || t === 'HEALTH_PLAN' || t === 'LICENSE' || t === 'SSN' || t === 'DEVICE') {
      if (c.e - c.s < 6) continue;
      const k = v.slice(c.s, c.e);
      typed ??= new Map();
      const was = typed.get(k);
      // (Two types for one value: none is kept.)
      if (was === undefined) typed.set(k, [t, c.s]);
      else if (was[0] !== t) was[0] = 'OTHER_ID';
    }
  }
  // "090-5554-7182", "010-5554-7182": mobile numbers of Japan and Korea (070, 080, 090, 010, then two groups of four) are phones.
  for (const c of d.cands) if (c.p >= 0 && c.t === 'OTHER_ID' && c.e - c.s === 13 && /^0[1789]0-\d{4}-\d{4}$/.test(v.slice(c.s, c.e))) c.t = 'PHONE';
  if (typed === undefined) return;
  /** The candidates by their start, filed once (their types change in this loop, their starts do not). */
  let byStart: Map<number, Cand[]> | undefined;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'OTHER_ID') continue;
    const t = typed.get(v.slice(c.s, c.e));
    if (t === undefined || t[0] === 'OTHER_ID' || t[1] === c.s) continue;
    // Another finding typed at this very place decides there.
    if (byStart === undefined) {
      byStart = new Map();
      for (const o of d.cands) {
        const list = byStart.get(o.s);
        if (list === undefined) byStart.set(o.s, [o]);
        else list.push(o);
      }
    }
    let here = false;
    for (const o of byStart.get(c.s) as Cand[]) if (o.p >= 0 && o.t !== 'OTHER_ID') here = true;
    if (!here) c.t = t[0];
  }
}

/** "Milica Jovanovic (mother, Belgrade)", "(son, Nairobi)": a known town after a relative and a comma in parentheses. */
const KIN_COMMA_BEFORE = /\([ \t]*(?:[a-z]+[ \t]+)?([a-z]+)[ \t]*,[ \t]*$/;

function kinTownPlaces(d: Detector): void {
  const v = d.v;
  if (!v.includes(')')) return;
  for (const c of d.cands) {
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 41 || v.charCodeAt(c.s - 2) !== 44) continue;
    const m = KIN_COMMA_BEFORE.exec(v.slice(Math.max(0, c.s - 32), c.s));
    if (!m || !KIN_WORDS.has(m[1] as string)) continue;
    const key = v.slice(c.s, c.e).toLowerCase();
    // (Not a given name: "(wife, Florence)" may name the wife.)
    if (d.knownPlace(key) && !STATE_WORDS.has(key) && (d.fl(key) & (L.COUNTRY | L.FIRST)) === 0) c.t = 'LOCATION';
  }
}

/** A known place on the other side of an arrow from a place found ("route Anchorage -> Seattle", "Lima → Cusco"). */
const ROUTE_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*(?:->|→|=>)[ \t]*$/u;
const ROUTE_AFTER = /^[ \t]*(?:->|→|=>)[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/u;

function routePlaces(d: Detector): void {
  const v = d.v;
  if (!v.includes('->') && !v.includes('→') && !v.includes('=>')) return;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    // (A town typed as a person counts when the other end is a known town too: "Fairbanks -> Denver".)
    const person = c.t === 'NAME';
    if (person && (!d.knownPlace(v.slice(c.s, c.e).toLowerCase()) || titleBefore(v, c.s))) continue;
    let hit = false;
    const b = ROUTE_BEFORE.exec(v.slice(Math.max(0, c.s - 48), c.s));
    if (b) hit = routeEnd(d, c.s - b[0].length + b[0].indexOf(b[1] as string), b[1] as string, true);
    const a = ROUTE_AFTER.exec(v.slice(c.e, c.e + 48));
    if (a) hit = routeEnd(d, c.e + a[0].length - (a[1] as string).length, a[1] as string, false) || hit;
    if (person && hit) c.t = 'LOCATION';
  }
}
/** The longest known place that opens (after an arrow) or ends (before one) the capitalized words at s. */
function routeEnd(d: Detector, s0: number, words: string, atEnd: boolean): boolean {
  const parts = words.split(/[ \t]+/);
  for (let n = parts.length; n >= 1; n--) {
    const txt = (atEnd ? parts.slice(parts.length - n) : parts.slice(0, n)).join(' ');
    const key = txt.toLowerCase();
    if (!d.knownPlace(key) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    const s = atEnd ? s0 + words.length - txt.length : s0;
    if (d.v.slice(s, s + txt.length) !== txt || titleBefore(d.v, s)) return false;
    // A town that is also a word ("Reading room") ends at punctuation, a line's end or the next arrow.
    if ((d.fl(key) & L.WORD) !== 0 && !/^[ \t]*(?:[,;.:)]|->|→|=>|\r?\n|$)/.test(d.v.slice(s + txt.length, s + txt.length + 4))) return false;
    // (A town typed as a person there is a town.)
    for (const c of d.cands) if (c.p >= 0 && c.t === 'NAME' && c.s === s && c.e === s + txt.length) c.t = 'LOCATION';
    if (!d.anyCand(s, s + txt.length)) d.add(s, s + txt.length, 'LOCATION', 66);
    return true;
  }
  return false;
}

/** A letter's dateline before its date: a town at the start of the line, a comma, maybe a state's short form and a
 * word of the date ("Amsterdam, 10-04-2025", "Guadalajara, Jal., a 9 de abril de 2025", "Lyon, le 3 mai 2025"). */
const DATELINE_BEFORE = /^[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?:,[ \t]*\p{Lu}\p{Ll}{1,4}\.)?,[ \t]*(?:(?:le|the|den|am|el|a|on|am)[ \t]+)?$/u;

function datelinePlaces(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'DATE' || c.p < 0) continue;
    // (Cheap first: a comma shortly before the date.)
    let cm = c.s;
    while (cm >= 0 && cm >= c.s - 8 && v.charCodeAt(cm) !== 44) cm--;
    if (cm < 0 || cm < c.s - 8) continue;
    const ls = lineStartOf(v, c.s - 1);
    if (c.s - ls < 4 || c.s - ls > 48 || v.charCodeAt(c.s - 1) !== 32 && v.charCodeAt(c.s - 1) !== 44) continue;
    const m = DATELINE_BEFORE.exec(v.slice(ls, c.s));
    if (!m) continue;
    const town = m[1] as string;
    const key = town.toLowerCase().replace(/[ \t]+/g, ' ');
    if (!d.knownPlace(key) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    // A town that is also a word ("Reading, 12/05/2025" may head a list of readings) needs a date written out with its month's name.
    if ((d.fl(key) & L.WORD) !== 0 && !/\p{L}{3}/u.test(v.slice(c.s, c.e))) continue;
    const s = ls + m[0].indexOf(town);
    if (!d.anyCand(s, s + town.length)) d.add(s, s + town.length, 'LOCATION', 70);
  }
}

/**
 * "55 Quarry Rd^Rockport^ME^04856" (HL7, DICOM), ";;9 Elm St;Westminster;CA;92683;USA" (vCard), "|Austin|TX|78701|": a ZIP code
 * in the field after a state's code, in records whose fields are split by carets, semicolons or bars.
 */
function delimitedZips(d: Detector): void {
  const v = d.v;
  for (const i of d.xIdx) {
    const t = d.toks[i] as Tok;
    const sep = v.charCodeAt(t.s - 1);
    if ((sep !== 94 && sep !== 59 && sep !== 124) || t.s < 4 || v.charCodeAt(t.s - 4) !== sep) continue;
    const len = t.e - t.s;
    if (len !== 5 && len !== 10) continue;
    if (!/^\d{5}(?:-\d{4})?$/.test(t.w) || !STATE_ABBR_SET.has(v.slice(t.s - 3, t.s - 1))) continue;
    const after = v.charCodeAt(t.e);
    if (!(t.e === v.length || after === sep || after === 10 || after === 13 || after === 126)) continue;
    d.add(t.s, t.e, 'LOCATION', 86);
  }
}

/** An address part between two places: a house number, a unit, an ordinal street, a district's name ("5th Cross", "apto 72", "Consolacao"). */
const BETWEEN_PART_SHAPE = /^(?:\d{1,5}[A-Za-z]?|(?:no|flat|apt|apto|app|unit|blk|lot|plot|int|piso|casa|house|scala|sc|escalera|esc|puerta|pta|conj|conjunto|bloco|bl|andar|sala|torre|piano|interno)\.?[ \t]*#?[ \t]*(?:\d{1,5}[A-Za-z]?|[A-Z])|\d{1,2}[oºª°][ \t]*(?:[A-Z]|\d{1,2}[ªa]?|izq(?:da)?\.?|dcha\.?)|\d{1,3}(?:st|nd|rd|th)[ \t]+\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+(?:[ \t]+(?:de|da|do|dos|das|del|la|le|\p{Lu}[\p{L}'-]+)){0,2})$/iu;

/**
 * "Rua Augusta, 1508, apto 72, Consolacao, Sao Paulo", "Nursing Home No. 14, 5th Cross, Malleswaram, Bengaluru": the parts of an
 * address line that lie between two places found on the same line, each a house number, a unit, an ordinal street or a name
 * of one to three words that is no common word, person, state or country.
 */
function betweenPlaces(d: Detector): void {
  const v = d.v;
  let nl = 0;
  for (const c of d.cands) if (c.t === 'LOCATION' && c.p >= 0) nl++;
  if (nl < 2) return;
  const locs = d.cands.filter((c) => c.p >= 0 && c.t === 'LOCATION').sort((a, b) => a.s - b.s || b.e - a.e);
  for (let x = 0; x + 1 < locs.length; x++) {
    const a = locs[x] as Cand;
    let y = x + 1;
    while (y < locs.length && (locs[y] as Cand).s < a.e) y++;
    const b = locs[y];
    if (!b || b.s - a.e > 70 || b.s - a.e < 4) continue;
    const gap = v.slice(a.e, b.s);
    if (gap.includes('\n') || !/^(?:,[ \t]*|[ \t]+-[ \t]+|[ \t]+(?=(?:No|Flat|Apt|Unit|Blk|Lot|Plot|House)\b))/.test(gap) || !/,[ \t]*$|[ \t]+-[ \t]+$/.test(gap)) continue;
    const parts: [number, number][] = [];
    let ok = true;
    // The parts between commas or spaced dashes ("Rua Augusta, 1508, conj. 42 - Consolacao - Sao Paulo").
    const seps = gap.includes(' -') ? gap.split(/(,|[ \t]+-[ \t]+)/) : gap.split(/(,)/);
    let off = a.e;
    for (let r = 0; r < seps.length; r += 2) {
      const raw = seps[r] as string;
      const st = off + raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/[ \t]+-$/, '');
      off += raw.length + (seps[r + 1]?.length ?? 0);
      if (text === '') continue;
      if (!BETWEEN_PART_SHAPE.test(text)) {
        ok = false;
        break;
      }
      const words = text.toLowerCase().split(/[ \t]+/);
      const key = words.join(' ');
      if (!/\d/.test(text)) {
        if (STATE_WORDS.has(key) || REGION_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || /^[A-Z]{2,3}$/.test(text)) continue;
        if (words.some((w) => (d.fl(w) & L.WORD) !== 0 && !d.knownPlace(key)) || words.some((w) => TITLES.has(w) || FACILITY_GENERIC.has(w) || CARE_DEPARTMENT_WORDS.has(w) || NOT_NAME.has(w))) {
          ok = false;
          break;
        }
      }
      parts.push([st, st + text.length]);
    }
    if (!ok || parts.length === 0 || parts.length > 3) continue;
    for (const [ps, pe] of parts) {
      const clash = d.someOverlap(ps, pe, (c) => c.t !== 'LOCATION');
      if (!clash && !inPlace(d, ps, pe)) d.add(ps, pe, 'LOCATION', 74);
    }
  }
}

/** A place's kind after a town's name ("McAllen PD", "Dearborn Police"). */
const PLACE_OFFICE_AFTER = /^[ \t]+(?:PD|P\.D\.|Police|Sheriff|Fire(?:[ \t]+Dept|[ \t]+Department)?|County|Parish|Township|Twp)\b/;
/** Words that open a house of worship's name ("Temple Beth Shalom", "Masjid Al-Noor"). */
const WORSHIP_FIRST = /(?:^|[^\p{L}])(?:Temple|Congregation|Masjid|Mosque|Synagogue|Shul|Gurdwara|Mandir|Parish of|Church of)[ \t]+$/u;
const WORSHIP_IN = /^(?:Temple|Congregation|Masjid|Mosque|Synagogue|Gurdwara|Mandir)[ \t]+\p{Lu}/u;
const WORSHIP_HEADS = ['Temple', 'Congregation', 'Masjid', 'Mosque', 'Synagogue', 'Gurdwara', 'Mandir'];
/** The heads of WORSHIP_FIRST: one of them ends where its match's blanks start (a cheap test before the regex). */
const WORSHIP_FIRST_HEADS = ['Temple', 'Congregation', 'Masjid', 'Mosque', 'Synagogue', 'Shul', 'Gurdwara', 'Mandir', 'Parish of', 'Church of'];
/** Whether a head of WORSHIP_FIRST ends at `at` (a necessary condition of its match when one blank precedes a letter). */
function worshipHeadBefore(v: string, at: number): boolean {
  for (const w of WORSHIP_FIRST_HEADS) if (at >= w.length && v.startsWith(w, at - w.length)) return true;
  return false;
}
/** A generic identifier's label that says it is a health plan's or an account's number. */
const PLAN_BEFORE = /\b(?:medicaid|medicare|insurance|ins|insurer|coverage|presumptive|chip|tricare|mco)\b(?![^\n]*\b(?:claim|auth|authorization|ref|reference|case|ticket)\b)[^\n.;]{0,32}$/i;
const ACCOUNT_BEFORE = /\b(?:accts|accounts|copay[ \t]+card|billing)\b[^\n;]{0,44}$/i;
const BIOMETRIC_BEFORE = /(?:\btemplates?\b(?:[ \t]+(?:viewed|id|ref|no\.?|#|captured|stored|enrolled))?[ \t:#]*(?:[A-Z0-9][A-Z0-9-]{3,30},[ \t]*){0,3}|\b(?:palm|iris|retina|finger(?:print)?|foot(?:print)?|voice(?:print)?|face)[ \t-]+(?:scan|print|template|vein|match)s?\b[^.;\n]{0,30}?[(:#]?[ \t]*)$/i;
const DEVICE_BEFORE = /\b(?:(?:security|hugs|infant|rfid|alarm|tracking)[ \t]+tag|unit[ \t]+id|device[ _](?:sn|id|serial)|(?:pdm|cpap|bipap|apap|glucometer|controller|nebuli[sz]er|stimulator|pacemaker|defibrillator|aicd|icd|lvad|transmitter|receiver)[ \t]+(?:id|sn|s\/n|serial))\b["']?[ \t#:=]*["']?$/i;
const USERNAME_BEFORE = /\buser[ \t]?name\b[ \t:#]*$/i;
/** A fax's label before a number ("f 503-555-0103", "fax for pcp office 213-555-0144"). */
const FAX_BEFORE = /(?:\b(?:fax|fx|faxed)\b[^\d\n]{0,22}|(?:^|[ ,;(|])f[ \t]*[:.]?[ \t]*)$/i;

/**
 * Cues around the candidates found so far: a town typed as a person after "from" or before a police department, in
 * parentheses after a place, or after a place and a comma; a house of worship named after its head word; the label
 * before a generic identifier that says it is a health plan's or an account's; a phone number after a fax's label.
 */
function candCues(d: Detector): void {
  const v = d.v;
  const cands = d.cands;
  const n0 = cands.length;
  /** The first n0 candidates by their end (see the town after a place below). */
  let byEnd: Map<number, Cand[]> | undefined;
  // The first words of places of several words ("Birchwood" of "Birchwood Manor SNF"), for their mentions alone.
  let placeFirst: Set<string> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION') continue;
    const sp = v.indexOf(' ', c.s);
    if (sp < 0 || sp >= c.e || sp - c.s < 4) continue;
    const w = v.slice(c.s, sp);
    if (/^\p{Lu}\p{Ll}+$/u.test(w)) (placeFirst ??= new Set()).add(w);
  }
  if (placeFirst !== undefined) {
    // Its mentions alone that nothing found ("Thistledown accepted"), when it is no word and no given name.
    for (const w of placeFirst) {
      const k = w.toLowerCase();
      const f = d.fl(k);
      if ((f & (L.WORD | L.FIRST | L.COUNTRY)) !== 0 || FACILITY_GENERIC.has(k) || NOT_NAME.has(k) || STATE_WORDS.has(k) || REGION_WORDS.has(k)) continue;
      for (let at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + w.length)) {
        if (isWordCode(codeAt(v, at - 1)) || isWordCode(codeAt(v, at + w.length)) || codeAt(v, at + w.length) === 45) continue;
        if (!d.anyCand(at, at + w.length)) d.add(at, at + w.length, 'LOCATION', 64);
      }
    }
  }
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0) continue;
    const t = c.t;
    if (t === 'NAME') {
      if (c.e - c.s < 3 || c.e - c.s > 30) continue;
      // "Birchwood accepted": a word that opens a place's name of this text, alone, no given name.
      if (placeFirst !== undefined && placeFirst.has(v.slice(c.s, c.e))) {
        const k = v.slice(c.s, c.e).toLowerCase();
        if ((d.fl(k) & L.FIRST) === 0 && !titleBefore(v, c.s)) {
          c.t = 'LOCATION';
          continue;
        }
      }
      const b = codeAt(v, c.s - 1);
      const a = codeAt(v, c.e);
      const c0 = v.charCodeAt(c.s);
      // Which cue may apply, from the characters around (cheap), before the lexicon is asked.
      const worshipIn = (c0 === 84 || c0 === 67 || c0 === 77 || c0 === 83 || c0 === 71) && WORSHIP_HEADS.some((w) => v.startsWith(w, c.s)) && WORSHIP_IN.test(v.slice(c.s, c.e));
      // "Temple Beth Shalom", "Congregation Ahavas Achim" (the head word inside the name or before it).
      if (worshipIn) {
        c.t = 'LOCATION';
        continue;
      }
      const paren = b === 40 && a === 41;
      const comma = b === 32 && codeAt(v, c.s - 2) === 44;
      // (Cheap character tests first: the office's first letter, the last letter of "from" or "is", of a worship head.)
      const a1 = codeAt(v, c.e + 1);
      const office = a === 32 && (a1 === 80 || a1 === 83 || a1 === 70 || a1 === 67 || a1 === 84) && PLACE_OFFICE_AFTER.test(v.slice(c.e, c.e + 24));
      const b2 = codeAt(v, c.s - 2);
      const wb = b === 32 && (b2 === 109 || b2 === 115) ? d.wordBefore(c.s) : '';
      const from = wb === 'from' || (wb === 'is' && /\bhome[ \t]+is[ \t]+$/i.test(v.slice(Math.max(0, c.s - 10), c.s)));
      const worship = b === 32 && !from && (b2 === 101 || b2 === 110 || b2 === 100 || b2 === 108 || b2 === 97 || b2 === 114 || b2 === 102) && worshipHeadBefore(v, c.s - 1) && WORSHIP_FIRST.test(v.slice(Math.max(0, c.s - 20), c.s));
      if (!paren && !comma && !office && !from && !worship) continue;
      if (worship) {
        const w = WORSHIP_FIRST.exec(v.slice(Math.max(0, c.s - 20), c.s)) as RegExpExecArray;
        const lead = w[0].length - (/^[^\p{L}]/u.test(w[0]) ? 1 : 0);
        c.t = 'LOCATION';
        d.add(c.s - lead, c.e, 'LOCATION', c.p + 1);
        continue;
      }
      const lk = v.slice(c.s, c.e).toLowerCase().replace(/[ \t]+/g, ' ');
      if (!d.knownPlace(lk) || STATE_WORDS.has(lk) || (d.fl(lk) & L.COUNTRY) !== 0) continue;
      // "towed by McAllen PD", "Dearborn Police".
      if (office) {
        c.t = 'LOCATION';
        continue;
      }
      if (!lk.includes(' ') && (d.fl(lk) & L.FIRST) !== 0) continue;
      // "called from Scranton", "by phone from Dayton", "on speaker from Haifa"; "home is Redding".
      if (from) {
        if (!titleBefore(v, c.s)) c.t = 'LOCATION';
        continue;
      }
      // "Hartwell Pharmacy (Findlay)": a town in parentheses right after a place; "in Hillcrest, San Diego 92103": after a place and a comma.
      const end = paren ? c.s - 1 : c.s - 2;
      let st = end;
      while (st > 0 && v.charCodeAt(st - 1) === 32) st--;
      // (The first n0 candidates by their end, filed once: their types change in this loop, their ends do not.)
      if (byEnd === undefined) {
        byEnd = new Map();
        for (let y = 0; y < n0; y++) {
          const o = cands[y] as Cand;
          const list = byEnd.get(o.e);
          if (list === undefined) byEnd.set(o.e, [o]);
          else list.push(o);
        }
      }
      const ending = byEnd.get(st);
      if (ending !== undefined) for (const o of ending) if (o.p >= 0 && o.t === 'LOCATION') c.t = 'LOCATION';
      continue;
    }
    if (t === 'OTHER_ID' || t === 'MRN' || t === 'DEVICE') {
      const before = v.slice(Math.max(0, c.s - 64), c.s);
      // "liveness template LV-77120-CO", "templates FP-NB-1, FP-NB-2", "palm scan enrolled (PS-0091)": a biometric template.
      if (BIOMETRIC_BEFORE.test(before)) {
        c.t = 'BIOMETRIC';
        continue;
      }
      if (t !== 'OTHER_ID') continue;
      // "Hugs tag HT-00418832", "unit ID LL-8823-0417": a device.
      if (DEVICE_BEFORE.test(before)) c.t = 'DEVICE';
      else if (ACCOUNT_BEFORE.test(before)) c.t = 'ACCOUNT';
      else if (PLAN_BEFORE.test(before)) c.t = 'HEALTH_PLAN';
      // "user name sam.achterberg": a user name built from a person's name.
      else if (USERNAME_BEFORE.test(before) && !/\d/.test(v.slice(c.s, c.e))) c.t = 'NAME';
      continue;
    }
    if (t === 'PHONE') {
      // (Not when another number stands between the label and this one: FAX_BEFORE reads no digit after the label.)
      const fm = FAX_BEFORE.exec(v.slice(Math.max(0, c.s - 30), c.s));
      if (fm && !/\d/.test(fm[0])) c.t = 'FAX';
    }
  }
}

/** "priya r 17:52: signing out ...": the speaker's name before a time and a colon at a line start in a chat log, and that name's other mentions. */
/** At the hour token i before ":MM:" (see tokenCues): the chat speaker before it, whose key goes to names. */
function chatSpeakerAt(d: Detector, i: number, names: Set<string>): void {
  const v = d.v;
  const toks = d.toks;
  {
    const t = toks[i] as Tok;
    if (t.e - t.s > 2 || v.charCodeAt(t.e + 3) !== 58 || !isDigitCode(v.charCodeAt(t.e + 1)) || !isDigitCode(v.charCodeAt(t.e + 2)) || i < 1) return;
    // One or two words between the line start and the time.
    let j = i - 1;
    const last = toks[j] as Tok;
    if (last.e + 1 !== t.s) return;
    let first = last;
    if (j >= 1 && (toks[j - 1] as Tok).e + 1 === last.s && v.charCodeAt(last.s - 1) === 32) {
      j--;
      first = toks[j] as Tok;
    }
    const ls = first.s === 0 ? 0 : v.charCodeAt(first.s - 1) === 10 ? first.s : -1;
    if (ls < 0 || (first.shape !== 'L' && first.shape !== 'T') || (last.shape !== 'L' && last.shape !== 'T' && last.shape !== 'I')) return;
    if ((first.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || (d.common(first) && (first.f & NAME_BITS) === 0)) return;
    if (!d.anyCand(first.s, last.e)) d.add(first.s, last.e, 'NAME', 80);
    if (first.k.length >= 4 && (first.f & L.WORD) === 0) names.add(first.k);
  }
}

/** The chat speakers' other mentions ("@tomasz", "day team's tomasz"). */
function chatMentions(d: Detector, names: Set<string>): void {
  const toks = d.toks;
  if (names.size === 0) return;
  // Its other mentions ("@tomasz", "day team's tomasz").
  for (const t of toks) {
    if (names.has(t.k) && !d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 70);
  }
}

/** Heads of the names of natural features and outdoor places ("Bramble Lake", "Paintbrush Canyon"): 1 strong, 2 only after a word that is no common word. */
const NATURE_HEADS = new Map<string, number>([
  ...'lake lakes canyon creek river glacier gorge reservoir trailhead mesa butte beach island bay cove pond peak mountain mountains fjord lagoon'.split(' ').map((w): [string, number] => [w, 1]),
  ...'falls forest woods valley springs ridge hollow bluff bluffs harbor harbour meadows flats dunes'.split(' ').map((w): [string, number] => [w, 2]),
]);
/** Words before a head that open no name ("the lake", "Big Lake" stays: only these). */
const NATURE_NOT_BEFORE = new Set(['the', 'a', 'an', 'at', 'in', 'near', 'to', 'from', 'and', 'of', 'by', 'on', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'recent', 'multiple', 'frequent', 'no', 'any']);
/** Lodging words before a name ("hotel Sarova Stanley", "Hotel Marquette"). */
const LODGING_BEFORE = new Set(['hotel', 'motel', 'hostel', 'guesthouse', 'resort']);

const ROUTE_WORDS = new Set(['route', 'rte', 'highway', 'hwy', 'interstate']);
const ROUTE_PREPS = new Set(['on', 'off', 'at', 'from', 'near', 'along', 'down', 'up', 'by', 'to', 'onto', 'past']);
const ROUTE_NUMBER_AFTER = /^[ ]\d{1,3}[a-z]?(?![\w\/-]|\.\d)/;
/** Street suffixes in lower case that end a street typed in lower case ("22 ridgeview ct"). */
const LOWER_STREET_SUFFIX = new Set('st street ave avenue rd road dr drive ct court ln lane blvd boulevard pkwy parkway cir ter terrace trl pl hwy'.split(' '));
/** Words between a number and a suffix that make no street ("3 days per dr", "2 tabs po st"). */
const NOT_STREET_WORDS = new Set('per by with and or the a an of to in on at times days weeks months hours hrs mins minutes mg mcg ml tabs tab pills pill doses dose units puffs drops x q po iv im sq prn bid tid qid qd qhs daily am pm is was for from'.split(' '));

/** A specialty's name as a whole word ("Cardiology"), see SPECIALTY_HEADS. */
const SPECIALTY_WORD = new RegExp(`^(?:${SPECIALTY_HEADS})$`, 'i');
/** Verbs and nouns of care after which "at", "to" or "from" names a care site ("seen at UT Southwestern", "referral to Henry Ford Allegiance"). */
const CARE_SITE_VERBS = new Set('seen treated followed hospitalized hospitalised admitted transferred transport transported referred referral implanted delivered discharged flown airlifted evaluated managed dialyzes dialyses infused operated biopsied resected'.split(' '));
/** Department words and clinical short forms that name no site alone ("referred to Heme Onc", "transferred to SNF"). */
const CARE_DEPARTMENT_WORDS = new Set(('heme onc ortho gyn neuro cards pulm renal peds psych derm endo uro nephro rheum neurosurg hem ctsurg vascular surgery medicine snf ltac alf irf ltc pacu cvicu cticu ticu nsicu tcu l&d labor delivery step down floor unit team service hospice home rehab acute subacute inpatient outpatient clinic er ed or ir cath lab pt ot slp st nursing dialysis ' +
  'hematology hepatology geriatrics bariatrics bariatric palliative neurosurgery neurology orthopaedics orthopedics podiatry physiatry infectious disease oncology radiology gastroenterology pulmonology pulmonary nephrology endocrinology rheumatology urology dermatology ophthalmology otolaryngology audiology psychology psychiatry neuropsychology immunology allergy genetics transplant trauma cardiothoracic thoracic plastics anesthesia anesthesiology pathology nutrition pharmacy laboratory imaging interventional cardiology neonatology perinatology obstetrics gynecology pediatrics hospitalist hospitalists wound sleep pain spine sports urgent emergency telemetry tele icu micu sicu ccu nicu picu cvu pcu ctu msicu stepdown medsurg med-surg surg ob pcp pmr pm&r slp speech respiratory therapy occupational physical behavioral mental health social work case management chaplaincy utilization review billing records administration admissions registration services finance quality compliance security operations accounts medical').split(' '));

/**
 * "is seen at UT Southwestern", "Transport to TriStar Southern Hills", "hospitalised at Community Regional Medical Center":
 * the capitalized name after a verb of care and "at", "to" or "from" at token i is a care site, when one of its words is
 * no common word, department or clinical short form (or it ends with a hospital's head), and it is no person's name.
 */
function careSite(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const pr = toks[i + 1];
  if (!pr || pr.s !== t.e + 1 || (pr.k !== 'at' && pr.k !== 'to' && pr.k !== 'from')) return;
  let j = i + 2;
  const first = toks[j];
  if (first && first.k === 'the' && first.s === pr.e + 1) j++;
  const s0 = toks[j];
  if (!s0 || s0.s !== (toks[j - 1] as Tok).e + 1 || (s0.shape !== 'T' && s0.shape !== 'U') || (s0.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS)) !== 0) return;
  let k = j;
  let distinct = false;
  let generic = 0;
  for (; k < toks.length && k < j + 6; k++) {
    const x = toks[k] as Tok;
    if (k > j) {
      const gap = v.slice((toks[k - 1] as Tok).e, x.s);
      if (gap !== ' ' && gap !== '-' && !(gap === '. ' && (toks[k - 1] as Tok).k === 'st')) break;
    }
    const particle = x.shape === 'L' && (x.k === 'of' || x.k === 'de' || x.k === 'del' || x.k === 'at') && k > j;
    if (!particle && x.shape !== 'T' && x.shape !== 'U') break;
    if (particle) continue;
    // "Anne Ward 5 west": a ward, a unit or a room with its number ends the name before it.
    if (k > j && (x.m & M.NOT_NAME) !== 0 && isDigitCode(codeAt(v, x.e + 1))) break;
    const gen = (x.m & (M.FACILITY_GENERIC | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || CARE_DEPARTMENT_WORDS.has(x.k) || (x.shape === 'U' && NOT_INITIALS.has(x.w)) || (x.f & L.COUNTRY) !== 0 || SPECIALTY_WORD.test(x.w);
    if (gen) generic++;
    else if (x.shape === 'T' && ((x.f & L.WORD) === 0 || x.capitals > 1)) distinct = true;
  }
  // (A particle does not end the name.)
  while (k - 1 > j && (toks[k - 1] as Tok).shape === 'L') k--;
  const last = toks[k - 1] as Tok;
  const n = k - j;
  const strongEnd = n >= 2 && (last.k === 'hospital' || last.k === 'infirmary' || ((last.k === 'center' || last.k === 'centre') && (toks[k - 2] as Tok).k === 'medical'));
  if (!distinct && !strongEnd) return;
  // A person's name ("referred to Maria Lopez"): two or three name parts, none a place.
  if (n <= 3 && toks.slice(j, k).every((x) => (x.f & NAME_BITS) !== 0 && (x.f & (L.PLACE | L.PLACE_PREFIX)) === 0) && !CARE_DEPARTMENT_WORDS.has(last.k)) return;
  const a = s0.s;
  const e = last.e;
  if (inPlace(d, a, e)) return;
  if (d.someOverlap(a, e, isOtherThanPlaceOrName)) return;
  d.add(a, e, 'LOCATION', 105);
}

/** A month and day, then a 24-hour time without its colon ("-RJ 11/13 0930 -", "needlestick 11/13 2340 w"), not before a unit. */
const MD_MILITARY = /(?<![\w\/.:-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\w.,\/:%-])(?![ \t]*(?:mg|mcg|ml|cc|units?|u|g|kg|mm|cm|x|mmol|meq|kcal|steps|ft|feet|m|l|hrs?|h|min)\b)/iy;

/** Two full dates joined by a dash without blanks ("10/2/25-10/6/25"), read as one token run that no date rule takes. */
const SLASH_DATE_RANGE = /(?<![\w\/.-])((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])\/(?:\d{4}|\d{2}))-((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])\/(?:\d{4}|\d{2}))(?![\w\/-])/y;

/** At the token with digits tx that a slash follows (a month or a day, see tokenCues): a range of full dates, a month and day before a 24-hour time. */
function slashDateAt(d: Detector, tx: Tok): void {
  const v = d.v;
  {
    const at = tx.e;
    if (at - tx.s > 2) return;
    // "adm 10/2/25-10/6/25": both ends of a range of full dates.
    const yc = v.charCodeAt(at + 3) === 47 ? at + 3 : v.charCodeAt(at + 2) === 47 ? at + 2 : -1;
    if (yc > 0) {
      const dash = v.charCodeAt(yc + 3) === 45 ? yc + 3 : v.charCodeAt(yc + 5) === 45 ? yc + 5 : -1;
      if (dash > 0) {
        let s0 = at;
        while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
        SLASH_DATE_RANGE.lastIndex = s0;
        const r = SLASH_DATE_RANGE.exec(v);
        if (r) {
          const a = r[1] as string;
          const b = r[2] as string;
          if (!d.anyCand(s0, s0 + a.length)) d.add(s0, s0 + a.length, 'DATE', 90);
          const bs = s0 + a.length + 1;
          if (!d.anyCand(bs, bs + b.length)) d.add(bs, bs + b.length, 'DATE', 90);
          return;
        }
      }
    }
    // (A space, then four digits, within five characters after the slash.)
    let q = at + 1;
    while (q < at + 4 && isDigitCode(v.charCodeAt(q))) q++;
    if (v.charCodeAt(q) !== 32 || !isDigitCode(v.charCodeAt(q + 4)) || !isDigitCode(v.charCodeAt(q + 1))) return;
    let s0 = at;
    while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
    if (s0 === at) return;
    MD_MILITARY.lastIndex = s0;
    const m = MD_MILITARY.exec(v);
    if (!m) return;
    // A score out of ten is no date ("pain 5/10 1400").
    if (m[2] === '10' && /\b(?:pain|score|rated|rates|scale)\b[^\n]{0,12}$/i.test(v.slice(Math.max(0, s0 - 20), s0))) return;
    const e = at + 1 + (m[2] as string).length;
    if (!d.anyCand(s0, e)) d.add(s0, e, 'DATE', 80);
  }
}

const PHONE_CUE_BEFORE = /\b(?:number|phone|ph|cell|mobile|mob|tel|call|text|reach|pager|page|landline|contact)\b[^\n\d]{0,30}$/i;
const LIC_CODE_AFTER = /^[ \t]*(?:#|no\.?|number|reg\.?(?:[ \t]+(?:no\.?|of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?))?)?[ \t]*:?[ \t]*((?:[A-Z]{1,6}\/[A-Z]{1,4}\/\d{3,8})|[A-Z]{1,4}-\d{3,10}|(?:[A-Z]{2}[ ])?\d{2}\.\d{4,8}|[A-Z]{2}[ ]\d{5,9})(?![\w\/-])/;
function inLicense(d: Detector, s: number, e: number): boolean {
  return d.someCovering(s, e, (c) => c.t === 'LICENSE');
}
/** "Hospital Sirio-Libanes", "Klinikum Rechts der Isar": a facility's head word, then a name of one to five words (particles inside). */
function headFirst(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  // (Only when the head opens the name: not "Naval Hospital Guam", "U.S. Naval Hospital Okinawa".)
  const pv = toks[i - 1];
  if (pv && (pv.shape === 'T' || pv.shape === 'U' || pv.shape === 'I') && /^(?:'s)?[ \t.]{1,2}$/.test(v.slice(pv.e, t.s))) return;
  let j = i + 1;
  let e = -1;
  let distinct = false;
  const n = toks.length;
  while (j < n && j <= i + 6) {
    const y = toks[j] as Tok;
    if (y.s !== (toks[j - 1] as Tok).e + 1 || v.charCodeAt(y.s - 1) !== 32) break;
    const particle = y.shape === 'L' && (y.m & M.PARTICLES) !== 0;
    if (!particle && y.shape !== 'T' && y.shape !== 'U') break;
    if (!particle) {
      if ((y.m & (M.MONTH_WORDS | M.TITLES)) !== 0 || FUNCTION_WORDS.has(y.k)) break;
      if ((y.f & L.WORD) === 0 && !CARE_DEPARTMENT_WORDS.has(y.k) && (y.m & M.FACILITY_GENERIC) === 0 && !(y.shape === 'U' && NOT_INITIALS.has(y.w))) distinct = true;
      e = y.e;
    }
    j++;
  }
  if (e < 0 || !distinct || inPlace(d, t.s, e)) return;
  if (d.someOverlap(t.s, e, isOtherThanPlaceOrName)) return;
  d.add(t.s, e, 'LOCATION', 105);
}
/** Labels of other identifiers ("ticket INC0448812", "star #17744", "ID band B-25-1147", "CoverMyMeds key BPTK9WLZ"). */
/** A clinical trial's registration number ("NCT01234567", "ISRCTN12345678"): a study's, no person's identifier. */
const TRIAL_REGISTRATION = /^(?:NCT\d{8}|ISRCTN\d+)$/i;
const ID_LABEL = new Set(['ticket', 'badge', 'star', 'key', 'band', 'tracking', 'confirmation', 'voucher', 'incident', 'code', 'id']);
const ID_AFTER_LABEL = /^[ \t]*(?:#|no\.?|number|num)?[ \t]*:?[ \t]*#?[ \t]*([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24})(?![\w-]|\.\d)/;
/** Whether a NAME candidate covers [s, e). */
function inName(d: Detector, s: number, e: number): boolean {
  return d.anyName(s, e);
}
/** Surnames that are also words after which a title in lower case is no title ("miss work", "doctor office"). */
const NOT_SURNAME_AFTER_TITLE = new Set('work home school church office visit visits call calls note notes appointment appt order orders rounds today tomorrow yesterday said says will may can wait bed care meds dose doses pills ride lunch dinner breakfast class practice hall wall ward king young little long short white black brown green gray grey rich poor good best more most less least'.split(' '));
/** Roles before a name in parentheses ("senior (Oyelowo)", "rn (tasha)"). */
const PAREN_ROLE_WORDS = new Set('senior junior resident intern attending fellow rn nurse np pa md pcp sw cm charge tech aide cna lpn chaplain pharmacist hospitalist surgeon consultant coordinator navigator therapist counselor counsellor doula midwife cnm rep'.split(' '));
/** Languages, which follow an interpreter's role as often as a name does. */
const LANGUAGES = new Set(('spanish amharic tigrinya somali arabic mandarin cantonese vietnamese russian haitian creole french portuguese korean tagalog farsi persian dari pashto swahili hmong nepali burmese karen bengali urdu hindi punjabi polish ukrainian japanese italian german greek turkish kurdish oromo asl navajo yoruba igbo hausa twi wolof fulani lingala kinyarwanda kirundi marshallese chuukese samoan tongan khmer lao thai albanian bosnian serbian croatian romanian armenian georgian mongolian uzbek tajik tamil telugu gujarati malayalam marathi sinhala hebrew yiddish english chinese filipino ilocano cebuano mixteco zapoteco quiche mam kiche ' +
  'sign dinka nuer').split(' '));
/** Words that do not open a care home's name in lower case. */
const LOWER_SITE_GENERIC = new Set('the a an my her his their our your own new old nursing group foster care funeral rest retirement senior family adult day respite mobile private personal daughter daughters son sons sister sisters brother brothers mom moms dad dads parents grandma grandmas grandpa friend friends aunt aunts uncle uncles cousin cousins at to from in of and or for with by back go going went come came leave left stay stayed staying is was be been'.split(' '));
/** "stay at magnolia gardens assisted living", "at the maple crest home": one or two words in lower case before "assisted living" or, after "the", before "home". */
function lowerSite(d: Detector, i: number): void {
  const toks = d.toks;
  const t = toks[i] as Tok;
  let h = i;
  if (t.k === 'living') {
    const as = toks[i - 1] as Tok;
    if (as.k !== 'assisted' || as.e + 1 !== t.s) return;
    h = i - 1;
  }
  // One or two words, then (for "home") "the" and "at", "to" or "from" before them.
  const w2 = toks[h - 1] as Tok;
  const w1 = toks[h - 2] as Tok;
  if (w2.shape !== 'L' || w2.e + 1 !== (toks[h] as Tok).s || LOWER_SITE_GENERIC.has(w2.k) || w2.k.length < 3 || (w2.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) return;
  let s = w2.s;
  let before = w1;
  if (w1.shape === 'L' && w1.e + 1 === w2.s && !LOWER_SITE_GENERIC.has(w1.k) && w1.k.length >= 3 && (w1.m & (M.NOT_NAME | M.MONTH_WORDS)) === 0) {
    s = w1.s;
    before = toks[h - 3] as Tok;
  } else return;
  if (!before) return;
  const the = before.k === 'the';
  const prep = the ? toks[h - 4] : before;
  if (!prep || !(prep.k === 'at' || prep.k === 'to' || prep.k === 'from' || prep.k === 'in')) return;
  if (t.k === 'home' && !the) return;
  if (!d.anyCand(s, w2.e)) d.add(s, w2.e, 'LOCATION', 70);
}
/** Words of a care site's head before its last word ("health ctr", "medical center"). */
const LOWER_HEAD_WORDS = new Set(['health', 'medical', 'med', 'family', 'urgent', 'cancer', 'heart', 'eye', 'dental', 'community', 'childrens', "children's", 'care', 'treatment', 'wellness', 'surgery', 'surgical', 'rehabilitation', 'counseling', 'recovery', 'womens', "women's"]);
const LOWER_SITE_STOP = new Set(('the a an my her his their our your this that same other another nearest local outside county general regional university memorial state city va new old main big small ' +
  'at to from in of and or for with by back go going went come came sent send transfer transferred ' +
  'prev previous prior former current outpt outpatient inpt inpatient acute subacute pulm pulmonary cardiac ortho neuro psych peds onc gyn surg med icu micu sicu ccu ed er or pt ot st snf ltac rehab dialysis vna home nursing').split(' '));
/** A care site named in lower case: one to three words before its head (token i), one of them no common word, after at, to or from. */
function lowerHospital(d: Detector, i: number): void {
  const toks = d.toks;
  let j = i - 1;
  // The head's own words ("health" of "health ctr").
  while (j >= 0 && j > i - 3 && LOWER_HEAD_WORDS.has((toks[j] as Tok).k) && (toks[j] as Tok).e + 1 === (toks[j + 1] as Tok).s) j--;
  let distinct = false;
  let k = j;
  while (k >= 0 && k > j - 3) {
    const x = toks[k] as Tok;
    if (x.shape !== 'L' || x.e + 1 !== (toks[k + 1] as Tok).s || LOWER_SITE_STOP.has(x.k) || (x.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) break;
    if ((x.f & L.WORD) === 0 && x.k.length >= 3) distinct = true;
    k--;
  }
  if (k === j || !distinct) return;
  let p = toks[k];
  if (p && p.k === 'the') p = toks[k - 1];
  if (!p || !(p.k === 'at' || p.k === 'to' || p.k === 'from')) return;
  const s = (toks[k + 1] as Tok).s;
  const e = (toks[i] as Tok).e;
  if (!d.anyCand(s, e) && !inPlace(d, s, e)) d.add(s, e, 'LOCATION', 70);
}
/** Heads of care sites after a name ("Acadiana Medical Supply", "Butler Medical Transport", "Peachtree Peds"). */
const SITE_HEADS = new Set(['supply', 'supplies', 'transport', 'transportation', 'peds', 'homecare', 'ambulance']);
/** Credentials rarer than those of CREDENTIALS, after a comma and a name. */
const RARE_CREDS = new Set(['cpht', 'atc', 'pct', 'cma', 'ccma', 'emt', 'emt-p', 'cscs', 'lat', 'chw', 'cadc', 'ladc', 'rdms', 'rvt', 'cpc', 'ccrp', 'crc', 'rbt', 'bcba']);
/** A care site's head (token i) after one to three capitalized words, one of them no common word ("Bronx Medical Supply"). */
function siteHead(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  let j = i - 1;
  let distinct = false;
  while (j >= 0 && j >= i - 3) {
    const x = toks[j] as Tok;
    if (x.shape !== 'T' || x.e + 1 !== (toks[j + 1] as Tok).s || v.charCodeAt(x.e) !== 32 || FUNCTION_WORDS.has(x.k) || (x.m & (M.TITLES | M.MONTH_WORDS)) !== 0) break;
    if ((x.f & L.WORD) === 0 && x.k.length >= 4 && (x.m & (M.FACILITY_GENERIC | M.NOT_NAME)) === 0) distinct = true;
    j--;
  }
  if (j === i - 1 || !distinct) return;
  const a = (toks[j + 1] as Tok).s;
  const e = (toks[i] as Tok).e;
  if (inPlace(d, a, e)) return;
  if (d.someOverlap(a, e, isOtherThanPlaceOrName)) return;
  d.add(a, e, 'LOCATION', 104);
}
const ROLE_NAME_CUE = new Set('roommate housemate flatmate friend coworker co-worker neighbor neighbour landlord landlady boss supervisor sponsor rep representative trainer coach tutor babysitter nanny caregiver carer sitter interpreter translator caseworker rabbi imam pastor deacon cantor reverend chaplain priest adjuster coordinator advocate paralegal navigator counselor counsellor mentor registrar investigator'.split(' '));

const COMMA_NAME_NEXT = new Set(['mrn', 'dob', 'rm', 'room', 'bed']);
const AGE_SEX_OR_GP = /^(?:\d{1,3}(?:[mfMF]|yo[mfMF]?|y\/?o)|G\d{1,2}P\d{1,2}(?:\d{3})?)$/;
/** "halvorsen, brit 71f", "pt: ostrowski, wanda mrn", "Rm 5 Begum, Rokeya G4P3": a surname, a comma and a given name, before an
 * age and sex, a gravida/para or a record label, or after a patient's label. */
function commaName(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i + 1];
  if (!g || g.s !== t.e + 2 || g.shape === 'X' || g.shape === 'I' || (g.shape === 'L') !== (t.shape === 'L')) return;
  const nx = toks[i + 2];
  const pv = toks[i - 1];
  let after = !!nx && nx.s - g.e <= 3 && /^[ \t]+$/.test(v.slice(g.e, nx.s)) && (nx.shape === 'X' ? AGE_SEX_OR_GP.test(nx.w) : nx.k.length <= 4 && COMMA_NAME_NEXT.has(nx.k));
  // "NGUYEN-LE, Bao is a 54M".
  if (!after && nx && (nx.k === 'is' || nx.k === 'was') && nx.s === g.e + 1) {
    const a2 = toks[i + 3];
    const a3 = toks[i + 4];
    after = !!a2 && !!a3 && (a2.k === 'a' || a2.k === 'an') && a3.shape === 'X' && AGE_SEX_OR_GP.test(a3.w);
  }
  const label = !!pv && /^(?:pt|patient|name|re)$/.test(pv.k) && /^:[ \t]+$/.test(v.slice(pv.e, t.s)) && t.shape === 'L';
  if (!after && !label) return;
  // (A double-barrelled surname counts as known when one of its halves is.)
  const halves = (x: Tok) => x.k.includes('-') && x.k.split('-').some((h) => (d.fl(h) & NAME_BITS) !== 0);
  for (const x of [t, g]) {
    if (x.k.length < 2 || (x.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC)) !== 0 || (x.f & L.COUNTRY) !== 0) return;
    if (d.common(x) && (x.f & NAME_BITS) === 0 && !halves(x)) return;
  }
  if (((t.f | g.f) & NAME_BITS) === 0 && t.shape !== 'U' && !halves(t)) return;
  if (d.anyCand(t.s, g.e) && !(t.shape !== 'L')) return;
  // A name found already that holds this one and more ("de la Fuente, Marisol"): its particles stay in it.
  if (d.cands.some((c) => c.t === 'NAME' && c.p >= 0 && c.s < t.s && c.e >= g.e)) return;
  d.add(t.s, g.e, 'NAME', 88);
}

/** Credentials in lower case, which are no initials (see initialsHandle). */
const LOWER_CREDS = new Set('md np rn pa-c dpt cnm lpn crna pharmd dnp aprn lcsw msw slp cma pct fnp agnp'.split(' '));

const INITIALS_ROLE_BEFORE = new Set(['scribe', 'rn', 'ma', 'lpn', 'cna', 'pct', 'cma', 'tech', 'transcriptionist', 'clerk', 'transcribed', 'typed', 'dictated', 'entered']);
/** Initials in lower case that sign a note or an entry ("-mk (night float)", "Scribe aw.", "triage RN dmv", "(lw)" after
 * "transcribed", "jh for Dr. Honeycutt" at a line start). */
function initialsHandle(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  if ((t.f & L.WORD) !== 0 || NOT_INITIALS.has(t.w.toUpperCase()) || NOT_NAME.has(t.k) || (t.m & (M.TITLES | M.MONTH_WORDS)) !== 0 || LOWER_CREDS.has(t.k) || SMALL_ADDRESS_WORDS.has(t.k) || /^(?:mg|ml|mcg|hr|hrs|min|am|pm|po|iv|im|sq|bid|tid|qid|prn|qd|qhs|cc|kg|lb|lbs|mm|cm|yo|ok|pt|pts|dc|fx|hx|tx|rx|sx|dx|bp|hr|rr|wt|ht|cx|ua|ng|gt|gtt|nc|ra|la|lt|rt|wk|wks|yr|yrs|mo|mos|ea|ed|er|or|ir|re|fyi|asap|aka|etc|vs|via|per|nl|wnl|nad|neg|pos)$/.test(t.k)) return;
  const before = codeAt(v, t.s - 1);
  const after = v.slice(t.e, t.e + 8);
  const endAfter = /^(?:[ \t]*(?:\r?\n|$)|\.(?:[ \t]*(?:\r?\n|$))|[ \t]+\()/.test(after);
  let ok = false;
  // "-mk (night float)", "-mk" at a line's end.
  if (before === 45 && (t.s < 2 || /[ \t\n]/.test(v.charAt(t.s - 2))) && endAfter) ok = true;
  // "(lw)" after "transcribed" or "dictated".
  else if (before === 40 && v.charCodeAt(t.e) === 41 && /\b(?:transcribed|dictated|typed|scribed|entered)\b[^\n]{0,24}$/i.test(v.slice(Math.max(0, t.s - 40), t.s))) ok = true;
  else if (before === 32 && endAfter) {
    const pv = toks[i - 1];
    if (pv && (pv.e === t.s - 1 || (pv.e === t.s - 2 && v.charCodeAt(pv.e) === 58)) && INITIALS_ROLE_BEFORE.has(pv.k)) ok = true;
  }
  // "jh for Dr. Honeycutt" at a line start.
  if (!ok && (t.s === 0 || v.charCodeAt(t.s - 1) === 10) && /^[ ]for[ ](?:Dr|dr|Doctor)\b/.test(after)) ok = true;
  if (ok && !d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 75);
}

/** Credentials that follow a name in parentheses ("Crystal (MA)", "Dana Ruiz (RN)"). */
const PAREN_CREDS = new Set(['MA', 'CMA', 'RN', 'LPN', 'LVN', 'CNA', 'PCT', 'NP', 'PA', 'MD', 'DO', 'RT', 'PT', 'OT', 'SLP', 'LCSW', 'MSW', 'SW', 'CM', 'RD', 'PharmD', 'CPhT', 'EMT', 'CNM', 'DNP', 'APRN', 'FNP', 'PA-C']);
/** "taken by Crystal (MA)": a given name (and a surname) before a credential in parentheses at p. */
function parenCredential(d: Detector, p: number): void {
  const v = d.v;
  const q = v.indexOf(')', p);
  if (q < 0 || q - p > 7 || !PAREN_CREDS.has(v.slice(p + 1, q)) || v.charCodeAt(p - 1) !== 32) return;
  const i = d.tokenIndexBefore(p - 1);
  const toks = d.toks;
  const t = toks[i];
  if (!t || t.e !== p - 1 || t.shape !== 'T') return;
  let s = t.s;
  const g = toks[i - 1];
  let given = t;
  if (g && g.shape === 'T' && g.e + 1 === t.s && (g.f & L.FIRST) !== 0 && (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0) {
    s = g.s;
    given = g;
  }
  if ((given.f & L.FIRST) === 0 || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC)) !== 0 || (t.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(t.k)) return;
  if (!d.anyCand(s, t.e)) d.add(s, t.e, 'NAME', 72);
}
/** A given name in lower case at position s after a dash at a line start, ending the text or followed by a blank line ("- mark", "-jess"). */
function signOffName(d: Detector, s: number): void {
  const v = d.v;
  const i = tokenAt(d, s);
  if (i < 0) return;
  const t = d.toks[i] as Tok;
  if (t.shape !== 'L' || t.k.length < 3 || t.k.length > 12 || (t.f & L.FIRST) === 0 || (t.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || FUNCTION_WORDS.has(t.k)) return;
  // (Nothing after it but blanks, or a blank line.)
  if (!/^[ \t.!]*(?:$|\r?\n[ \t]*(?:\r?\n|$))/.test(v.slice(t.e, t.e + 12))) return;
  if (!d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 72);
}
/** "roommate Pip", "friend Lalo (plate ...)", "Rabbi Feldman", "rep Kiersten (kmohr)": a capitalized name after a role noun. */
function roleName(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i + 1];
  if (!g || g.shape !== 'T' || !(g.s === t.e + 1 ? v.charCodeAt(t.e) === 32 : g.s === t.e + 2 && v.charCodeAt(t.e) === 58 && v.charCodeAt(t.e + 1) === 32)) return;
  if (g.k.length < 3 || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON)) !== 0 || (g.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(g.k) || LANGUAGES.has(g.k)) return;
  if (d.common(g) && (g.f & L.FIRST) === 0) return;
  if ((g.f & (L.PLACE | L.PLACE_PREFIX)) !== 0 && (g.f & NAME_BITS) === 0) return;
  let e = g.e;
  const sn = toks[i + 2];
  if (sn && sn.shape === 'T' && sn.s === g.e + 1 && (!d.common(sn) || (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0) && (sn.m & (M.NOT_NAME | M.FACILITY_GENERIC)) === 0 && (sn.f & L.COUNTRY) === 0) e = sn.e;
  // A word that is also a given name only before punctuation, a verb or the end ("friend Hope says").
  if (d.common(g) && e === g.e && !NAME_THEN_VERB.test(v.slice(e, e + 14))) return;
  if (d.anyCand(g.s, e)) return;
  d.add(g.s, e, 'NAME', 72);
  // "rep Kiersten (kmohr)": a user name in parentheses right after.
  const hm = /^[ \t]*\(([a-z][a-z0-9._]{3,20})\)/.exec(v.slice(e, e + 26));
  if (hm && (d.fl(hm[1] as string) & L.WORD) === 0) {
    const st = e + hm[0].length - 1 - (hm[1] as string).length;
    d.add(st, st + (hm[1] as string).length, 'NAME', 75);
  }
}

/** "ticket INC0448812", "star #17744", "ID band B-25-1147", "share code DXC-77Q4-P2": another identifier after its label. */
function labelledId(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  // "id" only in lower case ("interp co, id 88123"; "ID:" opens an infectious disease section too).
  if (t.k === 'id' && t.w !== 'id') return;
  // "code" and "key" only as a share, access or authorization code; "star" only with a number sign ("star #17744").
  if (t.k === 'code' || t.k === 'key') {
    const pv = toks[i - 1];
    if (!pv || !/^(?:share|access|sharing|invite|invitation|authorization|authorisation|verification|confirmation|activation|pairing|covermymeds|pa|retrieval)$/.test(pv.k)) return;
  }
  const m = ID_AFTER_LABEL.exec(v.slice(t.e, t.e + 36));
  if (!m) return;
  if (t.k === 'star' && !m[0].includes('#')) return;
  const g = m[1] as string;
  const digits = g.replace(/\D/g, '').length;
  if (digits === 0 || (digits < 4 && !(/[A-Z]/.test(g) && g.length >= 6)) || looksLikeDate(g) || /^(?:19|20)\d\d$/.test(g)) return;
  const st = t.e + m[0].length - g.length;
  // "Ticket INC0048812 (not PHI)": the note says it is none.
  if (d.anyCand(st, st + g.length) || /^[^\n]{0,6}\bnot (?:PHI|phi|an identifier)\b/.test(v.slice(st + g.length, st + g.length + 24))) return;
  d.add(st, st + g.length, 'OTHER_ID', 66);
}

/** Cues at single tokens, one pass over the tokens. */
/** Codes of the trigger words of tokenCues: which cue each word opens. */
const LC = { NATURE: 1, NATURE_WEAK: 2, LODGING: 4, CARE: 8, ROUTE: 16, ROLE: 32, LIC: 64, ID: 128, INIT_ROLE: 2048, PT_LABEL: 4096, COMMA_NEXT: 8192, SITE_HEAD: 16384, SAINT: 32768, RARE_CRED: 65536, LOWER_TITLE: 131072, LOWER_SITE: 262144, PAREN_ROLE: 524288, NAME_LABEL: 1048576, CHILDRENS: 2097152, HEAD_FIRST: 4194304, LOWER_HOSPITAL: 8388608, ADDR_LABEL: 16777216, STRUCTURE: 33554432, ENDING: 67108864 } as const;
let laterCueMap: Map<string, number> | undefined;
function laterCueCodes(): Map<string, number> {
  if (laterCueMap) return laterCueMap;
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, c: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | c);
  };
  for (const [w, n] of NATURE_HEADS) add([w], n === 1 ? LC.NATURE : LC.NATURE_WEAK);
  add(LODGING_BEFORE, LC.LODGING);
  add(CARE_SITE_VERBS, LC.CARE);
  add(ROUTE_WORDS, LC.ROUTE);
  add(ROLE_NAME_CUE, LC.ROLE);
  add(['lic', 'license', 'licence'], LC.LIC);
  add(ID_LABEL, LC.ID);
  add(INITIALS_ROLE_BEFORE, LC.INIT_ROLE);
  add(['patient', 're'], LC.PT_LABEL);
  add(COMMA_NAME_NEXT, LC.COMMA_NEXT);
  add(SITE_HEADS, LC.SITE_HEAD);
  add(['st', 'saint'], LC.SAINT);
  add(RARE_CREDS, LC.RARE_CRED);
  add(['doctor', 'dr', 'miss', 'mr', 'mrs', 'ms', 'mister'], LC.LOWER_TITLE);
  add(['living', 'home'], LC.LOWER_SITE);
  add(['hospital', 'clinic', 'ctr', 'center', 'centre', 'rehab', 'hosp'], LC.LOWER_HOSPITAL);
  add(PAREN_ROLE_WORDS, LC.PAREN_ROLE);
  add(['name', 'names', 'forenames', 'forename', 'surname', 'surnames'], LC.NAME_LABEL);
  add(['children'], LC.CHILDRENS);
  add(['hospital', 'hopital', 'hôpital', 'clinica', 'clínica', 'sanatorio', 'instituto', 'policlinico', 'policlínico', 'ospedale', 'klinik', 'klinikum', 'hospicio'], LC.HEAD_FIRST);
  add(['mdcn', 'mcrn', 'gmc', 'nmc', 'ahpra', 'prc', 'cfm', 'crm'], LC.LIC);
  add([...ADDRESS_LABEL_WORDS, 'lives', 'living', 'resides', 'residing'], LC.ADDR_LABEL);
  add(['overpass', 'underpass', 'bridge', 'viaduct', 'tunnel'], LC.STRUCTURE);
  add(['ending'], LC.ENDING);
  laterCueMap = map;
  return map;
}

/** The index of the token that starts at s, or -1. */
function tokenAt(d: Detector, s: number): number {
  const i = d.tokenIndexBefore(s + 1) + 1;
  const t = d.toks[i];
  return t && t.s === s ? i : -1;
}

/**
 * Cues at single tokens: the trigger words (laterCueCodes), the tokens with digits (xIdx), the words with a hyphen
 * (monthIdx) and a few characters ("-", "(") found with indexOf; no pass over every token.
 */
function tokenCues(d: Detector): void {
  const toks = d.toks;
  const v = d.v;
  const n = toks.length;
  const codes = laterCueCodes();
  // "student at UC Davis": see campus.
  for (const i of d.atIdx) {
    const u = toks[i + 1];
    if (u && u.shape === 'U' && u.e - u.s >= 2 && u.e - u.s <= 4 && v.charCodeAt(u.e) === 32) campus(d, i + 1);
  }
  // (The trigger words carry M.COMPANY_FIRST: they are listed in cueIdx, see memberBits.)
  for (const i of d.cueIdx) {
    const t = toks[i] as Tok;
    if ((t.m & M.COMPANY_FIRST) === 0) continue;
    const code = codes.get(t.k) ?? 0;
    if (code === 0) continue;
    const shape = t.shape;
    if (shape === 'T' && i > 0 && (code & (LC.NATURE | LC.NATURE_WEAK)) !== 0) natureName(d, i, (code & LC.NATURE) !== 0 ? 1 : 2);
    if ((code & LC.ROLE) !== 0 && shape !== 'U') roleName(d, i);
    if ((code & LC.LIC) !== 0) {
      // "DPT lic PT-8841", "Ohio license 35.118422", "FL license ME 118842", "MDCN MDCN/R/44102": a licence's number after its label.
      const m = LIC_CODE_AFTER.exec(v.slice(t.e, t.e + 40));
      if (m) {
        const g = m[1] as string;
        const st = t.e + m[0].length - g.length;
        if (!looksLikeDate(g) && !/^(?:19|20)\d\d$/.test(g)) {
          // (Over a shorter finding of its digits: "ME 118842" where "118842" was found.)
          const inside = d.someOverlap(st, st + g.length, (c) => !(c.s >= st && c.e <= st + g.length));
          if (!inside && !inLicense(d, st, st + g.length)) d.add(st, st + g.length, 'LICENSE', 130);
        }
      }
    }
    // "Infusion center: Hospital Sirio-Libanes": a facility whose head word comes first, then its name.
    if ((code & LC.HEAD_FIRST) !== 0 && shape === 'T' && i + 1 < n) headFirst(d, i);
    if ((code & LC.ID) !== 0 && i > 0) labelledId(d, i);
    // "Address: Flat No. 402, ...", "Lives at Unit 7, ...": see labelledAddressAt.
    if ((code & LC.ADDR_LABEL) !== 0) labelledAddressAt(d, i);
    // "under the Harlan St overpass": see streetStructureAt; "debit card ending 7731": see cardEndingAt.
    if ((code & LC.STRUCTURE) !== 0 && shape === 'L' && i >= 2) streetStructureAt(d, t.s);
    if ((code & LC.ENDING) !== 0 && shape === 'L' && i >= 1) cardEndingAt(d, t.s);
    if ((code & LC.SITE_HEAD) !== 0 && shape === 'T' && i > 0) siteHead(d, i);
    // "copy to doctor lee at", "miss marsh is": a surname in lower case after a title in lower case.
    if ((code & LC.LOWER_TITLE) !== 0 && shape === 'L' && i + 1 < n) {
      const sn = toks[i + 1] as Tok;
      if (sn.shape === 'L' && (sn.s === t.e + 1 || (sn.s === t.e + 2 && v.charCodeAt(t.e) === 46)) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && sn.k.length >= 3 && (sn.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.STATE_WORDS)) === 0 && !FUNCTION_WORDS.has(sn.k) && !NOT_SURNAME_AFTER_TITLE.has(sn.k) && !d.anyCand(sn.s, sn.e)) {
        // (A second name part: "doctor raj chandrasekaran".)
        const s2 = toks[i + 2];
        const two = !!s2 && s2.shape === 'L' && s2.s === sn.e + 1 && (s2.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (s2.f & L.WORD) === 0 && !d.anyCand(s2.s, s2.e);
        d.add(sn.s, two ? (s2 as Tok).e : sn.e, 'NAME', 70);
      }
    }
    // "given names JOAO PEDRO", "family name DOS SANTOS PEREIRA", "surname OKAFOR": name parts after a field's label without its colon.
    if ((code & LC.NAME_LABEL) !== 0 && i + 1 < n && ((t.k !== 'names' && t.k !== 'name') || (i > 0 && /^(?:given|first|family|last|middle|other|maiden)$/.test((toks[i - 1] as Tok).k)))) {
      let j = i + 1;
      let e = -1;
      while (j < n && j <= i + 4) {
        const y = toks[j] as Tok;
        const gap = v.slice((toks[j - 1] as Tok).e, y.s);
        // (A particle before another name part: "DOS SANTOS".)
        const particle = (y.m & M.PARTICLES) !== 0 && j + 1 < n && (toks[j + 1] as Tok).s === y.e + 1 && (toks[j + 1] as Tok).shape === y.shape;
        if ((j === i + 1 ? !/^:?[ \t]{1,2}$/.test(gap) : gap !== ' ') || (y.shape !== 'U' && y.shape !== 'T') || (!particle && ((y.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || (y.f & T.NAME_FIELD) !== 0 || LABEL_FIRST.has(y.k))) || y.k === 'dob' || y.k === 'given') break;
        e = y.e;
        j++;
      }
      const s0 = (toks[i + 1] as Tok).s;
      if (e > 0 && !inName(d, s0, e)) d.add(s0, e, 'NAME', 104);
    }
    // "at Lurie Children's", "go to Brockton Children's ED": a children's hospital named by its first word.
    if ((code & LC.CHILDRENS) !== 0 && t.possessive && shape === 'T' && i > 0) {
      const p = toks[i - 1] as Tok;
      if (p.shape === 'T' && p.e + 1 === t.s && (p.m & (M.TITLES | M.FACILITY_GENERIC | M.NOT_NAME)) === 0 && !FUNCTION_WORDS.has(p.k)) {
        let e = t.e + 2;
        const nx = toks[i + 1];
        if (nx && nx.s === e + 1 && /^(?:ED|ER|Hospital|Clinic|Center|Centre|Medical|Urgent|Emergency)$/.test(nx.w)) e = nx.e;
        if (!inPlace(d, p.s, e)) d.add(p.s, e, 'LOCATION', 106);
      }
    }
    // "stay at magnolia gardens assisted living", "at the maple crest home": a care home's name in lower case.
    if ((code & LC.LOWER_SITE) !== 0 && shape === 'L' && i >= 3) lowerSite(d, i);
    // "pcp at codman square health ctr", "go to st marys hospital": a care site named in lower case with its head.
    if ((code & LC.LOWER_HOSPITAL) !== 0 && shape === 'L' && i >= 2) lowerHospital(d, i);
    // "team senior (Oyelowo)", "per rn (tasha)": a name in parentheses right after a role.
    if ((code & LC.PAREN_ROLE) !== 0 && v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 1) === 40 && i + 1 < n) {
      const g = toks[i + 1] as Tok;
      if (g.s === t.e + 2 && v.charCodeAt(g.e) === 41 && g.k.length >= 3 && (g.shape === 'T' || g.shape === 'L') && (g.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.STATE_WORDS | M.FACILITY_GENERIC)) === 0 && (g.f & L.COUNTRY) === 0 && !FUNCTION_WORDS.has(g.k) && !LANGUAGES.has(g.k)) {
        if ((!d.common(g) || ((g.f & NAME_BITS) !== 0 && g.shape === 'L')) && !d.anyCand(g.s, g.e)) d.add(g.s, g.e, 'NAME', 72);
      }
    }
    // "at church (St. Columba's)", "St. Luke's": a saint's name with its possessive names a church, a school or a hospital.
    if ((code & LC.SAINT) !== 0 && shape === 'T' && i + 1 < n) {
      const nx = toks[i + 1] as Tok;
      const gap = nx.s - t.e;
      if (nx.shape === 'T' && nx.possessive && (gap === 1 || (gap === 2 && v.charCodeAt(t.e) === 46)) && ((nx.f & (L.FIRST | L.OTHER)) !== 0 || (nx.f & L.WORD) === 0) && !inPlace(d, t.s, nx.e + 2)) d.add(t.s, nx.e + 2, 'LOCATION', 104);
    }
    // "Completed by Jordan Reyes-Whitlock, CPhT", "Rusty Bell, ATC": a given name and a surname before a comma and a rarer credential.
    if ((code & LC.RARE_CRED) !== 0 && shape !== 'L' && i >= 2 && v.charCodeAt(t.s - 2) === 44 && v.charCodeAt(t.s - 1) === 32) {
      const sn = toks[i - 1] as Tok;
      const gn = toks[i - 2] as Tok;
      if (sn.e === t.s - 2 && sn.shape === 'T' && gn.shape === 'T' && gn.e + 1 === sn.s && (gn.f & L.FIRST) !== 0 && (gn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0 && (sn.m & (M.NOT_NAME | M.FACILITY_GENERIC)) === 0 && (sn.f & L.COUNTRY) === 0 && !d.anyCand(gn.s, sn.e)) d.add(gn.s, sn.e, 'NAME', 72);
    }
    if ((code & LC.CARE) !== 0 && (shape === 'L' || shape === 'T')) careSite(d, i);
    if ((code & LC.ROUTE) !== 0 && shape === 'L' && i > 0) {
      // "the one on route 59", "lives off hwy 12": a route in lower case after a preposition of place.
      const pv = toks[i - 1] as Tok;
      const m = ROUTE_NUMBER_AFTER.exec(v.slice(t.e, t.e + 8));
      if (m && pv.e + 1 === t.s && ROUTE_PREPS.has(pv.k) && !d.anyCand(t.s, t.e + m[0].length)) d.add(t.s, t.e + m[0].length, 'LOCATION', 79);
    }
    if ((code & LC.LODGING) !== 0) {
      // "hotel Sarova Stanley", "the Hotel Marquette": one to three capitalized words after the lodging word.
      let j = i + 1;
      let e = -1;
      while (j < n && j <= i + 3) {
        const y = toks[j] as Tok;
        if (y.shape !== 'T' || y.s !== (toks[j - 1] as Tok).e + 1 || (y.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES)) !== 0 || FUNCTION_WORDS.has(y.k) || (y.f & L.COUNTRY) !== 0) break;
        e = y.e;
        j++;
      }
      if (e > 0 && v.charCodeAt(t.e) === 32 && !inPlace(d, t.e + 1, e)) d.add(shape === 'L' ? t.e + 1 : t.s, e, 'LOCATION', 110);
    }
    // "jh for Dr. Honeycutt": two or three letters at a line start, then "for Dr".
    if (t.k === 'dr' && i >= 2 && (toks[i - 1] as Tok).k === 'for') {
      const h = toks[i - 2] as Tok;
      if (h.shape === 'L' && h.e - h.s >= 2 && h.e - h.s <= 3 && (h.s === 0 || v.charCodeAt(h.s - 1) === 10) && v.charCodeAt(h.e) === 32) initialsHandle(d, i - 2);
    }
    // "Scribe aw.", "triage RN dmv": initials in lower case after a role.
    if ((code & LC.INIT_ROLE) !== 0 && i + 1 < n) {
      const y = toks[i + 1] as Tok;
      if (y.shape === 'L' && y.k.length >= 2 && y.k.length <= 3 && (y.s === t.e + 1 || (y.s === t.e + 2 && v.charCodeAt(t.e) === 58))) initialsHandle(d, i + 1);
    }
    // "pt: ostrowski, wanda": a surname, a comma and a given name after a patient's label; "halvorsen, brit mrn": before a record's label.
    if ((code & LC.PT_LABEL) !== 0 && i + 2 < n && v.charCodeAt(t.e) === 58 && (toks[i + 1] as Tok).shape === 'L') commaName(d, i + 1);
    if ((code & LC.COMMA_NEXT) !== 0 && i >= 2 && v.charCodeAt((toks[i - 2] as Tok).e) === 44) commaName(d, i - 2);
  }
  let speakers: Set<string> | undefined;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const after = v.charCodeAt(t.e);
    // "11/13 2340", "10/2/25-10/6/25": see slashDateAt; "priya r 17:52:": see chatSpeakerAt.
    if (after === 47) slashDateAt(d, t);
    else if (after === 58 && v.charCodeAt(t.e + 3) === 58) chatSpeakerAt(d, i, (speakers ??= new Set()));
    const ts = t.s;
    const len = t.e - ts;
    const b1 = ts > 0 ? v.charCodeAt(ts - 1) : 10;
    // "brother Angus d. at 94": died at an age of 90 or more.
    if (b1 === 32 && ts >= 6 && v.charCodeAt(ts - 5) === 46 && v.charCodeAt(ts - 6) === 100 && v.charCodeAt(ts - 4) === 32 && !isWordCode(codeAt(v, ts - 7)) && v.startsWith('at', ts - 3) && /^(?:9\d|1[01]\d)$/.test(t.w)) d.add(ts, t.e, 'AGE_OVER_89', 90);
    // "his cell is 555-0126": seven digits after a phone's cue.
    if (len === 8 && v.charCodeAt(ts + 3) === 45 && b1 !== 45 && !isWordCode(b1) && /^\d{3}-\d{4}$/.test(t.w) && PHONE_CUE_BEFORE.test(v.slice(Math.max(0, ts - 40), ts)) && !d.anyCand(ts, t.e)) d.add(ts, t.e, 'PHONE', 70);
    // "halvorsen, brit 71f", "Rm 5 Begum, Rokeya G4P3": a surname and a given name before an age and sex or a gravida/para.
    // (An age and sex ends with m, f or o; a gravida/para opens with G.)
    const lc = v.charCodeAt(t.e - 1) | 32;
    if ((lc === 109 || lc === 102 || lc === 111 || v.charCodeAt(ts) === 71) && len <= 10 && i >= 2) {
      if (v.charCodeAt((toks[i - 2] as Tok).e) === 44) commaName(d, i - 2);
      else if (i >= 4 && len <= 4 && (toks[i - 1] as Tok).k.length <= 2 && v.charCodeAt((toks[i - 4] as Tok).e) === 44) commaName(d, i - 4);
    }
  }
  if (speakers !== undefined && speakers.size > 0) chatMentions(d, speakers);
  // "22 ridgeview ct": from a street's suffix in lower case (streetIdx), the house number two to four tokens before (see lowerStreet).
  for (const j of d.streetIdx) {
    const sx = toks[j] as Tok;
    if (sx.shape !== 'L' || j < 2) continue;
    for (let i = j - 2; i >= j - 4 && i >= 1; i--) {
      const x = toks[i] as Tok;
      if (x.shape === 'X') {
        if (v.charCodeAt(x.e) === 32 && (toks[i + 1] as Tok).shape === 'L' && (toks[i + 1] as Tok).s === x.e + 1) lowerStreet(d, i);
        break;
      }
      if (x.shape !== 'L') break;
    }
  }
  // "Quillon Abernathy-Vasquez was seen": see hyphenSurname (words with a hyphen are in monthIdx).
  for (const i of d.monthIdx) {
    const t = toks[i] as Tok;
    if (t.shape === 'T' && i > 0 && t.k.includes('-')) hyphenSurname(d, i);
  }
  // "-mk (night float)", "(lw)" after "transcribed": initials in lower case after a dash or in parentheses.
  // (Dashes after a blank or at a line start only: a dash inside a word, "x-ray", is no sign-off.)
  // (A needle that opens with a blank stops at every blank: the dash is searched, then the character before it read.)
  // (Sign-offs end a text: the dashes of its last 300 characters only.)
  const dashes: number[] = [];
  for (let p0 = v.indexOf('-', Math.max(0, v.length - 300)); p0 >= 0; p0 = v.indexOf('-', p0 + 1)) {
    const b = p0 > 0 ? v.charCodeAt(p0 - 1) : 32;
    if (b === 32 || b === 10) dashes.push(p0);
  }
  const parens: number[] = [];
  for (let p0 = v.indexOf('('); p0 >= 0; p0 = v.indexOf('(', p0 + 1)) parens.push(p0);
  for (const ch of ['-', '(']) {
    for (const p of ch === '-' ? dashes : parens) {
      const c = v.charCodeAt(p + 1);
      const dash = ch !== '(';
      // "... for the billing thing.\n- mark": a given name in lower case that signs a message at its end.
      if (dash && c === 32 && (p === 0 || v.charCodeAt(p - 1) === 10)) signOffName(d, p + 2);
      else if (dash && c >= 97 && c <= 122 && (p === 0 || v.charCodeAt(p - 1) === 10)) signOffName(d, p + 1);
      // "taken by Crystal (MA)": a credential in parentheses after a given name.
      if (!dash && c >= 65 && c <= 90) {
        parenCredential(d, p);
        continue;
      }
      if (c < 97 || c > 122) continue;
      // ("(lw)" closed right after two or three letters.)
      if (!dash && v.charCodeAt(p + 3) !== 41 && v.charCodeAt(p + 4) !== 41) continue;
      const i = tokenAt(d, p + 1);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      if (t.shape === 'L' && t.k.length >= 2 && t.k.length <= 3) initialsHandle(d, i);
    }
  }
}

/** "student at UC Davis": a short form in capitals and a town of the gazetteer (token i + 1) name a campus or a health system. */
function campus(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const nx = toks[i + 1];
  if (!nx || nx.shape !== 'T' || nx.s !== t.e + 1 || (nx.f & L.PLACE) === 0 || (nx.f & L.WORD) !== 0 || v.charCodeAt(t.e) !== 32) return;
  if (NOT_INITIALS.has(t.w) || STATE_ABBR_SET.has(t.w) || (t.f & L.WORD) !== 0 || d.capsDoc) return;
  const n2 = toks[i + 2];
  if ((n2 && n2.shape === 'T' && n2.s === nx.e + 1) || (toks[i - 1] as Tok).k === 'dr' || inPlace(d, t.s, nx.e)) return;
  if (d.someOverlap(t.s, nx.e, isOtherThanPlaceOrName)) return;
  d.add(t.s, nx.e, 'LOCATION', 104);
}

/** "we r at 22 ridgeview ct", "14 willow bend dr": a house number, one to three words in lower case and a street's suffix. */
function lowerStreet(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  if (t.w.length > 5) return;
  for (let q = t.s; q < t.e; q++) if (!isDigitCode(v.charCodeAt(q))) return;
  const pc = codeAt(v, t.s - 1);
  if (pc === 47 || pc === 46 || pc === 45 || pc === 58 || pc === 36) return;
  let j = i + 1;
  for (; j < toks.length && j <= i + 4; j++) {
    const x = toks[j] as Tok;
    if (x.shape !== 'L' || x.s !== (toks[j - 1] as Tok).e + 1 || v.charCodeAt(x.s - 1) !== 32) return;
    if (j > i + 1 && LOWER_STREET_SUFFIX.has(x.k)) break;
    if (x.k.length < 3 || NOT_STREET_WORDS.has(x.k) || (x.m & M.NOT_NAME) !== 0) return;
  }
  const sfx = toks[j];
  if (!sfx || j > i + 4 || !LOWER_STREET_SUFFIX.has(sfx.k)) return;
  // The suffix ends the street: a word character may not follow.
  let e = sfx.e;
  if (v.charCodeAt(e) === 46 && !isWordCode(codeAt(v, e + 1))) e++;
  if (isWordCode(codeAt(v, e))) return;
  if (!inPlace(d, t.s, sfx.e)) d.add(t.s, sfx.e, 'LOCATION', 82);
}

/**
 * "Quillon Abernathy-Vasquez was seen", "Ines Okafor-Lindqvist reports": a given name and a double-barrelled surname, one
 * of whose halves is a known surname, before a verb of a subject (the surname as a whole is in no lexicon).
 */
function hyphenSurname(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i - 1] as Tok;
  const nx = toks[i + 1];
  if (!nx || nx.shape !== 'L' || (nx.m & M.SUBJECT_VERBS) === 0 || nx.s !== t.e + 1 || g.shape !== 'T' || g.e + 1 !== t.s || v.charCodeAt(g.e) !== 32) return;
  const halves = t.w.split('-');
  if (halves.length !== 2 || !halves.every((h) => /^\p{Lu}\p{Ll}/u.test(h))) return;
  if (!halves.some((h) => (d.fl(h.toLowerCase()) & (L.LAST | L.COMMON_SURNAME)) !== 0) || halves.some((h) => (d.fl(h.toLowerCase()) & L.WORD) !== 0 && (d.fl(h.toLowerCase()) & (L.LAST | L.COMMON_SURNAME)) === 0)) return;
  if (d.common(g) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON)) !== 0 || (g.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(g.k)) return;
  if (d.anyCand(g.s, t.e)) return;
  d.add(g.s, t.e, 'NAME', 70);
}

/** "Bramble Lake", "Big Cottonwood Canyon", "Skull Creek": one or two capitalized words before the head at token i. */
function natureName(d: Detector, i: number, strength: number): void {
  const toks = d.toks;
  const v = d.v;
  const h = toks[i] as Tok;
  const p = toks[i - 1] as Tok;
  if (p.e + 1 !== h.s || v.charCodeAt(p.e) !== 32 || (p.shape !== 'T' && p.shape !== 'U') || p.possessive) return;
  if (NATURE_NOT_BEFORE.has(p.k) || (p.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.CORE_TITLES)) !== 0 || (p.f & L.COUNTRY) !== 0) return;
  // "Rocky Mountain spotted fever", "Valley fever".
  if (/^[ \t]+(?:spotted|fever)\b/.test(v.slice(h.e, h.e + 10))) return;
  const key = `${p.k} ${h.k}`;
  const known = d.knownPlace(key);
  // A person whose surname is such a word ("Sarah Lake", "Dr. Rivers") is no place.
  if (!known && (p.f & L.FIRST) !== 0 && (p.f & L.WORD) === 0) return;
  if (strength === 2 && !known && (p.f & L.WORD) !== 0) return;
  let s = p.s;
  const pp = toks[i - 2];
  if (pp && pp.e + 1 === p.s && v.charCodeAt(pp.e) === 32 && pp.shape === 'T' && !NATURE_NOT_BEFORE.has(pp.k) && (pp.m & (M.TITLES | M.MONTH_WORDS | M.NOT_NAME | M.CORE_TITLES)) === 0 && !FUNCTION_WORDS.has(pp.k) && !(d.sentenceStart(i - 2) && (pp.f & L.WORD) !== 0)) s = pp.s;
  if (!inPlace(d, s, h.e)) d.add(s, h.e, 'LOCATION', 110);
}

/** Whether a place found so far covers [s, e) or reaches past it (a longer name: "Miami Valley Hospital", "Salt Lake City"). */
function inPlace(d: Detector, s: number, e: number): boolean {
  return d.someCovering(s, e, isPlaceCand);
}

/** Endings of words that name a role or an agent ("Vaccinator", "Claimant", "Therapist", "Employee"): no given name. */
const ROLE_ENDING = /(?:er|or|ant|ist|ian|ee|ive|ary|ent)$/;
/** Initials a legend explains with a capitalized name: "TD = Tumelo Dlamini". */
const LEGEND_AFTER = /^[A-Z][A-Za-z]{1,3} =[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;
/** A nickname in quotes and a surname after a given name: '"Tavi Boy" Rashidi', '"Dee" Vu'. */
const QUOTED_NICK = /"\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?"[ \t]+(\p{Lu}[\p{Ll}'-]*\p{Ll}(?:-\p{Lu}[\p{Ll}'-]+)?)(?![\p{L}\d'-])/uy;
/** First words of family names made of a number or a colour and a noun ("Two Hawks", "Red Cloud", "Little Thunder"). */
const FAMILY_FIRST_WORDS = new Set('two three four five six seven eight nine ten many little red white black yellow iron running standing spotted crazy lone high'.split(' '));
/** A relative's or a role's "of" in brackets after a name: "(husband of", "(daughter of", "(guardian of". */
const REL_OF = /\((?:husband|wife|spouse|partner|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|guardian|caregiver|parent|fianc[eé]e?|boyfriend|girlfriend|friend|neighbou?r)[ \t]+of\b/y;
/** Words that end a dictated name: "patient is ... date of birth", "... dob", "... born", "... medical record". */
const DICTATION_STOP = new Set(['date', 'dob', 'born', 'birth', 'mrn', 'medical', 'age', 'aged', 'who', 'and', 'he', 'she', 'they', 'a', 'an', 'seen', 'here']);
/** A label field's name, surname first, up to the field's end or a gap: "KAMAU, NJERI", "Attn: OKWUOSA-BRANDT, T". */
const FIELD_NAME = /(?:(?:Attn|ATTN|Name|NAME|Pt|PT|Patient|PATIENT|To|TO)\.?:?[ \t]+)?([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+)?),[ \t]?([A-Z][A-Za-z'-]*)(?:[ \t][A-Z]\.?)?(?=\^FS|[ \t]{2})/y;
/** A clergy or courtesy title right before a name: "Rev. ", "Fr ", "Pastor ", "Dr. ". */
const TITLE_PERSON_BEFORE = /(?:^|[^\p{L}])(?:Rev|Revd|Fr|Father|Pastor|Pr|Imam|Rabbi|Sr|Sister|Brother|Br|Dr|Mr|Mrs|Ms|Deacon|Elder|Bishop)\.?[ \t]$/u;
/** The end of a name's field: a dash between blanks, a bracket, a column gap, a line end. */
const NAME_FIELD_END = /^(?: [-\u2013\u2014] | ?\(|  |\t| ?\r?\n| ?$)/;
/** Right before a label's value: a colon and blanks, or a column gap. */
const LABEL_VALUE_BEFORE = /(?::[ \t]{1,2}|:|[ \t]{2}|\t)$/;
/** Right after a field's value: a column gap, a tab, a line end, a semicolon, a bar, the text's end. */
const FIELD_END_AFTER = /^(?:[ \t]{2}|\t|[ \t]?\r?\n|[ \t]?[;|]|[ \t]?$)/;
/** An age and a sex alone in brackets: "24F)", "71 M)", "9 y/o F)". */
const AGE_SEX_BRACKET = /^\d{1,3}[ \t]?(?:,[ \t]?)?(?:[MF]|y\/?o[ \t]?,?[ \t]?[MF]?|yo[MF]|y[ \t]?,?[ \t]?[MF])\)/;
/** Labels of a message's people: "To:", "From:", "Attn:", "Cc:". */
const MESSAGE_LABELS = new Set(['to', 'from', 'attn', 'cc', 'bcc', 'sender', 'recipient', 'foreman', 'supervisor', 'manager']);
/** A label's whole value that is a name: two or three capitalized words, or a surname and an initial, then a field end. */
const LABEL_NAME_VALUE = /[ \t]{0,2}(?:(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2})|(\p{Lu}[\p{Ll}'-]+,? \p{Lu}\.?))(?=[ \t]{2}|[ \t]*(?:\||;|\r?\n|$))/uy;
/** Words of kinship and partnership ("(mother)", "(sister, 7)"). */
const KIN_IN_BRACKETS = new Set('mother father sister brother son daughter wife husband spouse partner aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter grandma grandpa mom dad mum stepmother stepfather stepson stepdaughter fiance fiancee boyfriend girlfriend guardian'.split(' '));
/** Endings of medical words that no lexicon of common words lists ("-itis", "-amine", "-mycin"). */
const MEDICAL_ENDING = /(?:itis|osis|emia|aemia|oma|ectomy|otomy|ostomy|plasty|pathy|algia|amine|azole|mycin|cillin|pril|olol|sartan|statin|vir|mab|nib|ase)$/;
/** Endings of adjectives and participles that describe a patient's state ("Intubated", "Tachycardic", "Febrile"). */
const STATE_ENDING = /(?:ed|ing|ous|ive|ic|al|ile|able|ible|ful|less|ary|ory)$/;
/** The words of a name field's label alone ("First Name", "Last Name", "Given Names"), as a name candidate before a colon. */
const NAME_LABEL_ONLY = /^(?:(?:Patient|Pt|Prescriber|Member|Subscriber|Guarantor|Insured|Contact|Provider)[ \t]+)?(?:First|Last|Middle|Given|Family|Maiden|Preferred|Legal|Sur)[ \t]*Names?$/i;
/** After an age in a list entry: a comma, a semicolon, a bracket, a line end or an age unit or sex. */
const AGE_AFTER_COMMA = /^(?:[ \t]?[,;)]|[ \t]*\r?\n|[ \t]*$|[ \t]?(?:y|yo|yrs?|years?|[MF])\b)/;
/** Endings of lab, drug and chemistry words ("Troponin", "Creatinine", "Lactate", "Sodium", "Osmolality"). */
const LAB_ENDING = /(?:in|ine|ate|ium|ity|ose|ol|ide|gen|um)$/;
/** Modal verbs that are also given names ("Will", "May"): not a given name before a word in capitals. */
const MODALS = new Set(['will', 'may', 'can', 'must', 'shall', 'might']);
/** Initials after an `Initials` label: "Initials K-M-T", "Initials: Q-LW", "initials TKW". */
const INITIALS_AFTER = /[ \t]*:?[ \t]*([A-Z](?:[-.]?[A-Z][a-z]?){1,3})(?![\w-]|\.\w)/y;
/** A newborn's given name after "Baby": "Baby Kanoa", "Baby: Tumelo". */
const BABY_NAME = /:?[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d'-])/uy;
/** A table cell holding a name surname first: "DLUDLA, SIPHO", "von Dorp, Willemijn", "KIPCHOGE, NYAMBURA W". */
const SURNAME_FIRST_CELL = /^((?:(?:van|von|de|del|della|da|di|du|la|le|dos|das|bin|al)[ \t]+)*[A-Z][A-Za-z'-]+(?:[ \t]+(?:(?:da|de|del|dos|van|von|la|DA|DE|DEL|DOS|VAN|VON|LA)[ \t]+)?[A-Z][A-Za-z'-]+){0,2}),[ \t]*([A-Z][A-Za-z'-]+)(?:[ \t]+[A-Z]\.?)?$/;
/** A staff cell: initials ("KO", "TKW") or a surname with or without a credential ("Oduwole", "Szabo PA"). */
const STAFF_CELL = /^([A-Z]\.(?:-?[A-Z]\.){1,3}|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?|[A-Z][a-z]+(?:['-][A-Z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:['-][A-Z][a-z]+)?)?)(?=$|[ \t]{2}|[ \t]*,?[ \t]*(?:PA|PA-C|MD|DO|RN|NP|LPN|CNA|RT|CNM)$)/;
/** The staff roles and signature words among STAFF_HEAD_WORDS. */
const STAFF_HEAD_ROLES = new Set('rn rns lpn lvn md np pa app aprn crna cna cnm rt rrt tech techs technician technologist init inits initials initial nurse nurses provider prov staff sig signature attending resident therapist clinician witness author scribe'.split(' '));
/** Words of a column header that names the staff who did a row's work ("RN", "MD/APP", "Tech", "Init", "Given by"). */
const STAFF_HEAD_WORDS = new Set([...STAFF_HEAD_ROLES, ...'do by sign signed given done checked verified entered performed recorded administered collected reviewed cosign co-sign'.split(' ')]);
function staffHeader(cell: string): boolean {
  if (cell.length > 24) return false;
  const words = cell.toLowerCase().replace(/[.:#*]/g, '').split(/[ \t\/&-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  let role = false;
  for (const w of words) {
    if (!STAFF_HEAD_WORDS.has(w)) return false;
    if (STAFF_HEAD_ROLES.has(w) || w === 'by') role = true;
  }
  return role;
}

/** An SQL dump's INSERT with its column list: "INSERT INTO patients (id, last_name, first_name) VALUES (1, 'Okafor', 'Chidi'), ...". */
const SQL_INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w.`"\[\]]+[ \t]*\(([^()\n]{1,600})\)[ \t\r\n]*VALUES[ \t\r\n]*/gi;
/** A column that holds a person's name or a part of it (not a file's, a drug's, a place's or a user's name). */
const SQL_NAME_COL = /^(?:(?:pt|patient|pat|member|subscriber|guarantor|insured|contact|emergency|kin|nok|mother|father|parent|guardian|provider|prescriber|physician|doctor|attending|referring|nurse|emp|employee|person|full|legal|preferred)_?)?(?:name|names|last_?name|first_?name|middle_?name|given_?names?|family_?name|surname|forenames?|fname|lname|mname|maiden_?name|nickname|last|first|given|family)$/i;
/** The quoted values of an SQL tuple in the columns that hold names: a name of one to four words. */
const SQL_NAME_VALUE = /^(?:\p{Lu}[\p{L}'.-]*|[a-z][\p{L}'-]*)(?:[ ,]+(?:\p{Lu}[\p{L}'.-]*|van|von|de|del|da|di|la|le|bin|al))*$/u;

/** A column of given names only, and one of the staff who entered or gave the care (user names). */
const SQL_GIVEN_COL = /^(?:(?:pt|patient|member|contact|emp|employee|person|legal|preferred)_?)?(?:first_?name|given_?names?|forenames?|fname|first|given)$/i;
const SQL_USER_COL = /^(?:provider|clinician|staff|nurse|user|user_?name|user_?id|login|entered_?by|created_?by|modified_?by|updated_?by|signed_?by|author|operator|rendering)$/i;
/** Capitalized words that are all known given names ("Will", "Rose Marie"). */
function givenOnly(d: Detector, val: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(val) && val.split(' ').every((w) => (d.fl(w.toLowerCase()) & L.FIRST) !== 0);
}

function sqlNames(d: Detector): void {
  sqlQuotedValues(
    d,
    (cols) => {
      const want = cols.map((c) => SQL_NAME_COL.test(c));
      // (Stop 15: a given-name column takes a given name that is also a word, 'Will'; a staff column a user name, 'hlindqvist'.)
      const given = cols.map((c) => SQL_GIVEN_COL.test(c));
      const user = cols.map((c) => SQL_USER_COL.test(c));
      return want.some(Boolean) || user.some(Boolean) ? { want, given, user } : undefined;
    },
    ({ want, given, user }, col, s, e) => {
      const val = d.v.slice(s, e);
      if (want[col] && val.length >= 2 && val.length <= 60 && SQL_NAME_VALUE.test(val) && (d.personish(val, true) || (given[col] && givenOnly(d, val)))) d.add(s, e, 'NAME', 90);
      else if (user[col] && /^[a-z][a-z0-9._-]{3,31}$/.test(val) && d.nameHandle(val, true)) d.add(s, e, 'NAME', 90);
    },
  );
}

/**
 * The quoted values of every INSERT statement's tuples ("(v1, 'v2', ...)" separated by commas, up to the statement's end;
 * '' is a quote inside a value), for sqlNames and sqlPlaces. `columns` reads the statement's column names (unquoted,
 * trimmed) and returns what `value` needs, or undefined to pass the statement by; `value` gets it, the column's index and
 * the value's [start, end) without its quotes.
 */
function sqlQuotedValues<C>(d: Detector, columns: (cols: string[]) => C | undefined, value: (ctx: C, col: number, s: number, e: number) => void): void {
  const v = d.v;
  const re = SQL_INSERT;
  re.lastIndex = 0;
  for (let m = re.exec(v); m !== null; m = re.exec(v)) {
    const ctx = columns((m[1] as string).split(',').map((c) => c.trim().replace(/^[`"\[]|[`"\]]$/g, '')));
    if (ctx === undefined) continue;
    let q = re.lastIndex;
    while (q < v.length && v.charCodeAt(q) === 40) {
      let col = 0;
      let x = q + 1;
      for (;;) {
        x = skipBlanks(v, x, v.length);
        if (v.charCodeAt(x) === 39) {
          let e = x + 1;
          while (e < v.length && !(v.charCodeAt(e) === 39 && v.charCodeAt(e + 1) !== 39) && v.charCodeAt(e) !== 10) e += v.charCodeAt(e) === 39 ? 2 : 1;
          value(ctx, col, x + 1, e);
          x = e + 1;
        } else while (x < v.length && v.charCodeAt(x) !== 44 && v.charCodeAt(x) !== 41 && v.charCodeAt(x) !== 10) x++;
        x = skipBlanks(v, x, v.length);
        if (v.charCodeAt(x) !== 44) break;
        x++;
        col++;
      }
      if (v.charCodeAt(x) !== 41) break;
      x++;
      while (x < v.length && (v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9 || v.charCodeAt(x) === 10 || v.charCodeAt(x) === 13)) x++;
      if (v.charCodeAt(x) !== 44) break;
      x++;
      while (x < v.length && (v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9 || v.charCodeAt(x) === 10 || v.charCodeAt(x) === 13)) x++;
      q = x;
    }
    re.lastIndex = Math.max(re.lastIndex, q);
  }
}

/** A person's name in three caret-joined parts whose last is an initial, in any field ("PN  ODUWOLE^ABIMBOLA^K" of a
 * DICOM dump, "|WOJCIK^HAZEL^R|"), when its second part is a known given name (also a word: "GUY"). */
const CARET_PERSON = /(?<![\w^'-])([A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+)?)\^([A-Z][A-Za-z'-]+)\^([A-Z])(?![\w'-])/y;
function caretNames(d: Detector): void {
  const v = d.v;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && isWordCode(v.charCodeAt(a - 1)) || (a > 0 && (v.charCodeAt(a - 1) === 45 || v.charCodeAt(a - 1) === 39))) a--;
    if (a === c) continue;
    CARET_PERSON.lastIndex = a;
    const m = CARET_PERSON.exec(v);
    if (!m) continue;
    const given = (m[2] as string).toLowerCase();
    const fam = (m[1] as string).toLowerCase();
    const gf = d.fl(given);
    const ff = d.fl(fam);
    c = CARET_PERSON.lastIndex;
    if ((gf & L.FIRST) === 0 || NOT_NAME.has(given) || NOT_NAME.has(fam) || ((ff & L.WORD) !== 0 && (ff & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    d.add(a, CARET_PERSON.lastIndex, 'NAME', 96);
  }
}

/** An HL7 field "LAST^FIRST[^MIDDLE...]" whose second component is a known given name. */
const HL7_PERSON = /^([A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*)?)\^([A-Z][A-Za-z'-]+)(?:\^[A-Za-z][A-Za-z'.-]*)?$/;
/** OBX with an age as its observation ("OBX|1|NM|AGE^Age^L||92|a"): value type, identifier, sub-id, value. */
const OBX_AGE = /^OBX\|[^|\n]*\|[^|\n]*\|[^|\n]*\bAGE\b[^|\n]*\|[^|\n]*\|(\d{2,3})(?=\||\r?\n|$)/i;

/**
 * HL7 v2 segments: a person's name "LAST^FIRST" in any field (insured, guarantor, next of kin, where the field's position
 * is off the standard), when its second component is a known given name; an age of 90 or more as an OBX value whose
 * observation is an age.
 */
function hl7Names(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 10 && c - a < 40) a--;
    if (a > 0 && v.charCodeAt(a - 1) !== 124) continue;
    let b = c;
    while (b < v.length && v.charCodeAt(b) !== 124 && v.charCodeAt(b) !== 10 && v.charCodeAt(b) !== 13 && b - c < 60) b++;
    const f = v.slice(a, b);
    const m = HL7_PERSON.exec(f);
    c = b;
    if (!m) continue;
    const given = (m[2] as string).toLowerCase();
    const fam = (m[1] as string).toLowerCase();
    const gf = d.fl(given);
    if ((gf & L.FIRST) === 0 || (gf & L.WORD) !== 0 || NOT_NAME.has(given) || NOT_NAME.has(fam) || ((d.fl(fam) & L.WORD) !== 0 && (d.fl(fam) & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    let e = b;
    while (e > a && v.charCodeAt(e - 1) === 94) e--;
    let seen = false;
    for (let x = 0; x < n0; x++) {
      const k = d.cands[x] as Cand;
      if (k.p >= 0 && k.s < e && k.e > a) {
        seen = true;
        break;
      }
    }
    if (!seen) d.add(a, e, 'NAME', 96);
  }
  for (let ls = v.indexOf('OBX|'); ls >= 0; ls = v.indexOf('OBX|', ls + 4)) {
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) continue;
    const le = lineEndOf(v, ls);
    const m = OBX_AGE.exec(v.slice(ls, le < 0 ? v.length : le));
    if (!m || +(m[1] as string) < 90) continue;
    const g = m[1] as string;
    const st = ls + m[0].length - g.length;
    d.add(st, st + g.length, 'AGE_OVER_89', 96);
  }
}

/** The end of an address line's value that starts at q: a line end, a semicolon, a bar, a tab or a column gap, the next field's label, a sentence's end. */
function addressValueEnd(v: string, q: number): number {
  let e = q;
  const lim = Math.min(v.length, q + 140);
  for (; e < lim; e++) {
    const c = v.charCodeAt(e);
    if (c === 10 || c === 13 || c === 59 || c === 124 || c === 9) break;
    // A remark in parentheses ends it ("(gravel drive past the church)"); a province's code does not ("(QC)").
    if (c === 40 && !/^\([A-Z]{2,3}\)/.test(v.slice(e, e + 5))) break;
    if (c === 32 && v.charCodeAt(e + 1) === 32) break;
    // "... Bengaluru. She ...": a sentence's end (not after an abbreviation: "No. 14", "St. Mary", "app. 6").
    if (c === 46 && v.charCodeAt(e + 1) === 32) {
      let a = e - 1;
      while (a >= q && isLetterCode(v.charCodeAt(a))) a--;
      const w = v.slice(a + 1, e);
      if (w.length === 0 && isDigitCode(v.charCodeAt(e - 1))) break;
      if (w.length >= 4 && !/^(?:Blvd|Bldg|Apto|Dept|Depto|Ave)$/i.test(w) && /^[A-Z]/.test(v.charAt(e + 2))) break;
    }
  }
  const val = v.slice(q, e);
  const st = ADDRESS_LINE_STOP.exec(val);
  return st ? q + st.index : e;
}

/**
 * "Address: Flat No. 402, Sai Krupa Apartments, 5th Cross, Indiranagar", "Adresse: 1245, 3e Avenue, app. 6, Quebec",
 * "Domicilio: Calle 45 Bloque 51 #12", "Lives at Unit 7, 22-24 Wattle St": the parts of an address after its label, where
 * the label need not open its line and the parts hold units, lots and house numbers of other countries.
 */
function labelledAddressAt(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  {
    const t = toks[i] as Tok;
    if (t.shape === 'X') return;
    let q = t.e;
    const k = t.k;
    if (ADDRESS_LABEL_WORDS.has(k)) {
      if (v.charCodeAt(q) === 46) q++;
      while (v.charCodeAt(q) === 32) q++;
      if (v.charCodeAt(q) !== 58) return;
      q++;
    } else if ((k === 'lives' || k === 'living' || k === 'resides' || k === 'residing') && (t.f & T.ADDR) !== 0) {
      const nx = toks[i + 1];
      if (!nx || nx.k !== 'at' || nx.s !== t.e + 1) return;
      q = nx.e;
    } else return;
    while (v.charCodeAt(q) === 32) q++;
    const c0 = v.charCodeAt(q);
    if (!(isDigitCode(c0) || (c0 >= 65 && c0 <= 90))) return;
    const end = addressValueEnd(v, q);
    if (end - q < 4) return;
    const lives = !ADDRESS_LABEL_WORDS.has(k);
    // "Lives at Unit 7, ...", "lives at 14 ...": after "lives at", only an address that opens with a number or a unit.
    if (lives && !(isDigitCode(c0) ? /^\d[\dA-Za-z/-]*[ \t]+[A-Za-z]/.test(v.slice(q, q + 16)) : ADDRESS_UNIT_OPEN.test(v.slice(q, q + 12)))) return;
    const n0 = d.cands.length;
    let ps = q;
    while (ps < end) {
      let pe = v.indexOf(',', ps);
      if (pe < 0 || pe > end) pe = end;
      let a = ps;
      let b = pe;
      a = skipBlanks(v, a, b);
      while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 46 && !/\b(?:izq|dcha|der|int|app|apto|No|St)\.$/i.test(v.slice(Math.max(a, b - 6), b)))) b--;
      ps = pe + 1;
      if (b - a < 1) continue;
      const part = v.slice(a, b);
      if (part.includes(':')) break;
      const digit = /\d/.test(part);
      // (A part in lower case only as a street of another language or a landmark: "rue Caron", "off Allen Avenue".)
      if (!digit && !/^[A-Z\u00c0-\u00de]/.test(part) && !(/^(?:off|near|opp|behind|beside)[ \t]+[A-Z]/.test(part) || (STREET_FIRST_WORDS.has(part.slice(0, part.search(/[ .]|$/)).toLowerCase()) && /[ \t][A-Z]/.test(part)))) continue;
      if (!digit) {
        // A state, a province's code, a country or a region alone is not marked; neither is a common word.
        const key = part.toLowerCase().replace(/\s+/g, ' ');
        if (/^\(?[A-Z]{2,3}\)?$/.test(part) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || REGION_WORDS.has(key)) continue;
        if (!key.includes(' ') && (d.fl(key) & L.WORD) !== 0 && (d.fl(key) & L.PLACE) === 0) continue;
      } else if (!lives && /^\d{1,3}$/.test(part) && ps > end) continue;
      // Not over another kind of finding (a phone, a date, an identifier).
      let clash = false;
      let covered = true;
      for (let x = 0; x < n0; x++) {
        const c = d.cands[x] as Cand;
        if (c.p < 0 || c.s >= b || c.e <= a) continue;
        if (c.t !== 'LOCATION' && c.t !== 'NAME') clash = true;
      }
      if (clash) continue;
      // Some word of the part that no place found covers, other than a state, a country or a small word.
      for (let y = 0; y < toks.length && covered; y++) {
        const w = toks[y] as Tok;
        if (w.e <= a) continue;
        if (w.s >= b) break;
        if (w.shape !== 'X' && (SMALL_ADDRESS_WORDS.has(w.k) || STATE_WORDS.has(w.k) || (w.shape === 'U' && STATE_ABBR_SET.has(w.w)) || (w.f & L.COUNTRY) !== 0)) continue;
        let inLoc = false;
        for (let x = 0; x < n0; x++) {
          const c = d.cands[x] as Cand;
          if (c.p >= 0 && c.t === 'LOCATION' && c.s <= w.s && c.e >= w.e) {
            inLoc = true;
            break;
          }
        }
        if (!inLoc) covered = false;
      }
      if (!covered) d.add(a, b, 'LOCATION', 120);
    }
  }
}

// --- Numbers by their cue: national phones in any grouping, phones of relatives, compact date-times, digits read by
// OCR, spaced and foreign dates, ages, spoken social security numbers, biometric codes (run from laterCues) ----------

/** A phone label right before a number ("Tel.", "mobile", "Fx", "Handy:"). */
const NUMBER_PHONE_LABEL = /(?:^|[^A-Za-z\u00c0-\u024f])(?:tel|telephone|phone|ph|mob|mobile|cel|cell|cellphone|celular|handy|fax|fx|telefon|telefone|telefono|tel\u00e9fono|t\u00e9l\u00e9phone|t\u00e9l|tlf|telf|tfno|fone|m\u00f3vil|movil|whatsapp|landline)\.?[ \t]*[:#]?[ \t]*\(?$/i;
/** A letterhead's single letter before a number ("T 020 - 555 4471", "F: 030 / 4471 2291"). */
const NUMBER_LETTER_LABEL = /(?:^|[\s|,;(])[TMFP][ \t]*[:.]?[ \t]*\(?$/;
/** "is on 0802 ...", "also on 0711 ...": a person reached on a number (with a trunk prefix only). */
const NUMBER_ON_CUE = /\b(?:is|also|are|be|reached|reachable|available|contactable)[ \t]+on[ \t]*:?[ \t]*$/i;
/** A relative or a contact earlier on the line ("Wife Lee Ji-eun, 010-5554-7182"). */
const NUMBER_KIN_BEFORE = /\b(?:wife|husband|spouse|partner|mother|father|mom|mum|dad|son|daughter|grandson|granddaughter|grandmother|grandfather|sister|brother|niece|nephew|aunt|uncle|cousin|guardian|caregiver|carer|friend|neighbou?r|contact|nok|next[ \t]+of[ \t]+kin|accompanie[sd])\b[^\n]{0,50}$/i;
/** Phone shapes of other countries written with dashes: "090-5554-7182", "010-5554-7182", "33-1555-2290". */
const DASHED_PHONE = /^(?:0\d{1,3}-\d{3,4}-\d{4}|[1-9]\d-\d{4}-\d{4})$/;
/** A date-time in the basic ISO format ("20250317T093000", "20250310T151200Z"). */
const BASIC_DATE_TIME = /^((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))T\d{4}(?:\d{2})?Z?$/;
/** A date with spaces for separators, month first ("dictated 10 24 2024"). */
const SPACED_DATE = /(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})(?![\w\/.-]|[ \t]\d)/y;
/** Words after which a spaced date is a date. */
const SPACED_DATE_CUE = /\b(?:dictated|transcribed|dated?|dob|born|birth|signed|seen|admitted|discharged|on|visit|typed)[ \t]*:?[ \t]*$/i;
/** Months written short in other languages (not the English ones, which the date shapes read), only between a day and a
 * year ("1 abr 2025", "3 set 2024"). */
const FOREIGN_MONTH_SHORT = new Set('ene abr ago set out dic dez fev fevr f\u00e9vr avr mai juin juil janv d\u00e9c gen mag giu lug ott m\u00e4r okt'.split(' '));
/** A year and a month with a dot after a cue ("splint since 2024.09"). */
const YEAR_DOT_MONTH_CUE = /\b(?:since|from|in|on|dated?|until|till|through|started|stopped|began)[ \t]*:?[ \t]*$/i;
/** An age over 89 without a unit, by its cue: "is 91 now", "(93 himself)", "90 y,". */
const AGE_NOW_BEFORE = /(?:(?:\b(?:she|he|they|who|patient|pt|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife|aunt|uncle|sister|brother)|\))[ \t]+(?:is|was|turned|turns)|\b(?:he's|she's|hes|shes))[ \t]+$/i;
const AGE_NOW_AFTER = /^[ \t]+(?:now|this[ \t]+year|years?[ \t]+young)\b/i;
const AGE_SELF_AFTER = /^[ \t]+(?:him|her|them)sel(?:f|ves)\b/i;
const AGE_Y_AFTER = /^[ \t]*y\.?[ \t]*(?=[,;)]|\r?\n|$)/;
/** A DICOM age string ("PatientAge AS 093Y"). */
const DICOM_AGE = /^[01]\d\dY$/;
const DICOM_AGE_BEFORE = /(?:\bAS|[Aa]ge)[ \t:=]*$/;
/** Nine digits spoken one by one ("social four one two five five zero three eight six"). */
const SPOKEN_NINE = new RegExp(`[ \\t]*\\r?\\n?[ \\t]*(?:security[ \\t]+)?(?:number[ \\t]+)?(?:is[ \\t]+)?:?[ \\t]*(${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){8})\\b(?![ ,-]+${DIGIT_WORD}\\b)`, 'iy');
/** A biometric word shortly before a code ("voiceprint match (VP-7730-1184)"). */
const BIOMETRIC_NEAR = /\b(?:fingerprint|thumbprint|footprint|finger[ -]?vein|palm[ -]?(?:vein|print)|palmsecure|voice[ -]?print|iris[ \t]+(?:scan|template|code)|retina(?:l)?[ \t]+scan|face[ \t_-]?(?:match|template|scan)|facial[ \t]+(?:recognition|template|geometry)|biometric)[\w-]*[^.;\n]{0,30}$/i;
/** Characters OCR reads for digits ("O" for 0, "l" for 1). */
const OCR_DIGIT = (c: number): boolean => c === 79 || c === 108;
/** Dates, social security numbers and phones in OCR text, on a copy with O and l read as digits. */
const OCR_DATE = /(\d{1,2})[ \t]?([\/.-])[ \t]?(\d{1,2})[ \t]?\2[ \t]?((?:19|20)\d{2})(?![\w\/-])/y;
const OCR_SSN = /\d{3}-\d{2}-\d{4}(?![\w-])/y;
const OCR_PHONE = /(?:\(\d{3}\)[ \t]?|\d{3}[ \t]?[-.][ \t]?|\d{3} )\d{3}[ \t]?[-.][ \t]?\d{4}(?![\w-])/y;

/** The first letters of the words after an age that AGE_SELF_AFTER, AGE_NOW_AFTER and AGE_Y_AFTER read. */
const AGE_CUE_FIRST = new Set([104, 116, 110, 121]);
/** Whether [0-9Ol] is at p. */
function ocrDigitAt(v: string, p: number): boolean {
  const c = codeAt(v, p);
  return isDigitCode(c) || OCR_DIGIT(c);
}
/** A token of digits with O or l read for 0 or 1 ("l96O", "Ol22", "2O25"), three characters long or next to a date's or
 * a number's separator with a digit beyond ("O3/", "/O1"); not "O2" or "SpO2". */
function ocrToken(v: string, t: Tok): boolean {
  const w = t.w;
  let ocr = 0;
  for (let x = 0; x < w.length; x++) {
    const c = w.charCodeAt(x);
    if (OCR_DIGIT(c)) ocr++;
    else if (!isDigitCode(c)) return false;
  }
  if (ocr === 0 || ocr === w.length) return false;
  if (w.length >= 3) return true;
  const b = codeAt(v, t.s - 1);
  const a = codeAt(v, t.e);
  return ((b === 47 || b === 45 || b === 46) && ocrDigitAt(v, t.s - 2)) || ((a === 47 || a === 45 || a === 46) && ocrDigitAt(v, t.e + 1));
}

/** A fax header before "from" and a number: a fax word (on this line or the one before), then a time ("fax 10/03/2025 09:15 IN from"). */
const FAX_HEADER_BEFORE = /\b(?:fax|faxed|facsimile)\b[\s\S]*\d{1,2}:[\dOl]{2}[^\n]{0,12}\bfrom[ \t]$/i;
/** "the 14th day of April, 2025": an ordinal day before "day of" and a month. */
const DAY_OF_MONTH = new RegExp(`[ \\t]+day[ \\t]+of[ \\t]+${MONTH}(?:,?[ \\t]+(?:19|20)\\d{2})?\\b`, 'iy');
/** "april nine nineteen forty nine": a full month, a day in cardinal words, a year in words. */
const CARDINAL_DAY = '(?:(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|thirty|twenty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** The first words of CARDINAL_DAY ("twenty-one" as one token), and "the". */
const CARDINAL_DAY_FIRST = new Set('the one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty'.split(' ').concat(['twenty', 'thirty'].flatMap((a) => 'one two three four five six seven eight nine'.split(' ').map((b) => `${a}-${b}`))));
const MONTH_CARDINAL_YEAR = new RegExp(`[ \\t]+(?:the[ \\t]+)?${CARDINAL_DAY},?[ \\t]+${YEAR_WORDS}\\b`, 'iy');
/** "died at 94.", "passed away at 91,", "still living at 96,": an age over 89 at death or now (a number that a comma, a
 * stop or a bracket ends: "living at 95 Birch Road" is an address). */
const AGE_AT_EVENT_BEFORE = /\b(?:died|passed(?:[ \t]+away)?|deceased|expired|living)[ \t]+at[ \t]+(?:age[ \t]+)?$/i;

/** A record's phone or fax key right before its value ("fax=", "<phone>", "sms:", "\"cell\": \""). */
const KEYED_PHONE_BEFORE = /(?:phone|tel|telephone|mobile|cell|fax|sms|pager|whatsapp|contact)(?:[_-]?(?:no|num|number|nbr))?["']?[ \t]*[:=>][ \t]*["']?$/i;

/** A vehicle word, then (optionally) a registration, plate, tag or licence word, before a plate. */
const VEHICLE_PLATE_BEFORE = new RegExp(String.raw`\b(?:${VEHICLE_NOUN_LIST.join('|')})\b(?:[^.;\n]{0,30}?\b(?:reg(?:istration|istered)?|plates?|tag|licen[cs]e)\b(?:[^.;\n\d]{0,24}?[:#])?)?[ \t]*[:#(]?[ \t]*(?:no\.?|number|#)?[ \t]*$`, 'i');
/** Registration words that may stand in capitals right before a plate ("REG WX62 KLM"). */
const PLATE_LABEL_WORDS = new Set(['reg', 'rego', 'tag', 'tags', 'plate', 'plates', 'lic', 'no', 'nr', 'vin', 'unit', 'fleet']);
const VEHICLE_NOUNS = new Set(VEHICLE_NOUN_LIST);
/** Words that say an image, a scan or a photograph. */
const IMAGE_CUE = /\b(?:images?|imaging|photos?|photographs?|pictures?|pics?|scans?|oct|fundus|radiographs?|x-?rays?|mri|ct|dicom|ultrasound|panoramic|selfies?|video)\b/i;

/** "his van (reg WX62 KLM)", "Car registered for parking: 12GA 4471", "motorcycle tag 44K921": a plate (letters and digits,
 * one or two parts) at the token with digits i, after a vehicle word and a registration word. */
function plateAt(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  let s = t.s;
  let e = t.e;
  let first = i;
  const p = toks[i - 1];
  // (Not a state's abbreviation: "plate KY 4471-WT" is the plate of Kentucky.)
  // (Nor a common word in capitals: "TRUCK UNIT 4417".)
  if (p && upperNext(d, i - 1, -1) && !STATE_ABBR_SET.has(p.w) && (p.f & L.WORD) === 0 && !PLATE_LABEL_WORDS.has(p.k)) {
    s = p.s;
    first = i - 1;
  }
  const n = toks[i + 1];
  if (n && s === t.s && t.e + 1 === n.s && v.charCodeAt(t.e) === 32 && ((upperNext(d, i + 1, 1) && (n.f & L.WORD) === 0) || (n.shape === 'X' && n.e - n.s <= 4))) e = n.e;
  // A plate holds a capital letter and 5 to 8 letters and digits.
  if (s === t.s && e === t.e && t.capitals === 0) return false;
  if (e - s < 5 || e - s > 10 || isWordCode(codeAt(v, e)) || codeAt(v, e) === 45) return false;
  // A vehicle word among the few words before.
  let vehicle = false;
  for (let j = first - 1; j >= 0 && j >= first - 9; j--) {
    const u = toks[j] as Tok;
    if (s - u.s > 56) break;
    if (u.shape !== 'X' && VEHICLE_NOUNS.has(u.k)) {
      vehicle = true;
      break;
    }
  }
  if (!vehicle) return false;
  const g = v.slice(s, e);
  if (!/^[A-Z0-9]+(?:[ -][A-Z0-9]+){0,2}$/.test(g) || !/[A-Z]/.test(g)) return false;
  const alnum = g.replace(/[ -]/g, '').length;
  if (alnum < 5 || alnum > 8) return false;
  const back = v.slice(Math.max(0, s - 56), s);
  if (!VEHICLE_PLATE_BEFORE.test(back) || /\bdriver'?s?[ \t]+licen/i.test(back)) return false;
  d.add(s, e, 'VEHICLE', 104);
  return true;
}

/** File names with the extension ext (".zip", ".pdf") that an image word names or precedes: photos. */
function imageFiles(d: Detector, ext: string): void {
  const v = d.v;
  const up = ext.toUpperCase();
  for (const x of [ext, up]) {
    for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) {
      if (isWordCode(codeAt(v, p + 4))) continue;
      let a = p;
      while (a > 0) {
        const c = v.charCodeAt(a - 1);
        if (c >= 128 || !PHOTO_CHARS[c]) break;
        a--;
      }
      if (p - a < 3 || !/[A-Za-z]/.test(v.slice(a, p))) continue;
      const near = v.slice(Math.max(0, a - 40), p).replace(/_/g, ' ');
      if (IMAGE_CUE.test(near)) d.add(a, p + 4, 'PHOTO', 100);
    }
  }
}

/** A North American number grouped 3-3-4 ("(617) 555-0144", "617 555 0144"), with whatever follows it in the run. */
const NANP_GROUPS = /^(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/;
/** The last words of CALL_BACK_BEFORE. */
const CALL_BACK_WORDS = new Set(['cb', 'back', 'callback', 'call', 'text', 'txt', 'reach', 'cell', 'mobile', 'mob', 'phone', 'ph', 'tel']);
/** A call-back word before a number ("cb 6175550144", "call back# 6175550144"). */
const CALL_BACK_BEFORE = /\b(?:cb|call[ -]?back|callback|call|text|txt|reach|cell|mobile|mob|phone|ph|tel)[ \t]*[#:.]?[ \t]*$/i;
/** "/555-0144" after an area code. */
const AREA_SLASH_PHONE = /^\/[2-9]\d{2}-\d{4}$/;
/** The digits between a and b. */
function digitsIn(v: string, a: number, b: number): number {
  let n = 0;
  for (let x = a; x < b; x++) if (isDigitCode(v.charCodeAt(x)) || OCR_DIGIT(v.charCodeAt(x))) n++;
  return n;
}

const DTG = /^\d{6}[A-Z][A-Z]{3}\d{2}$/;
/** A date's label right before six digits. */
const SIX_DATE_LABEL = /\b(?:dob|dos|doi|dod|date|dated|adm|admit|admitted|disch|discharged|d\/c|born)[ \t]*[:#|]?[ \t]*$/i;
/** An age key before its value: "<age>", "age=", camelCase and quoted keys ("ageAtVisit: "), a FHIR Age's value. */
const KEYED_AGE_BEFORE = /(?:\b[Aa]ge[ \t]*[>=]|(?:\b[Aa]ge|AGE)[A-Z][A-Za-z]*["']?[ \t]*[:=][ \t]*["']?|"age[A-Za-z_]*"[ \t]*:[ \t]*\{[^{}]{0,30}"value"[ \t]*:[ \t]*)$/;
/** MMDDYYYY or DDMMYYYY (YYYYMMDD is COMPACT_DATE_RE's). */
function eightDigitDate(w: string): boolean {
  const y = +w.slice(4, 8);
  return y >= 1880 && y <= 2099 && sixDigitDate(w.slice(0, 4) + w.slice(6, 8)) && (+w.slice(0, 2) <= 12 || +w.slice(2, 4) <= 12) && +w.slice(0, 2) >= 1 && +w.slice(2, 4) >= 1 && +w.slice(0, 2) <= 31 && +w.slice(2, 4) <= 31;
}
/** MMDDYY, DDMMYY or YYMMDD. */
function sixDigitDate(w: string): boolean {
  const a = +w.slice(0, 2);
  const b = +w.slice(2, 4);
  const c = +w.slice(4, 6);
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31) || (b >= 1 && b <= 12 && c >= 1 && c <= 31);
}

/** Head words of devices before their code ("sensor 9XK2L1"). */
const DEVICE_HEAD_WORDS = new Set(['sensor', 'transmitter', 'receiver', 'pump', 'pdm', 'monitor', 'generator', 'implant', 'stimulator', 'defibrillator', 'pacemaker', 'aicd', 'icd', 'lvad', 'glucometer', 'cpap', 'bipap', 'concentrator', 'processor']);

/** Whether an e-mail address starts at s. */
function emailAt(v: string, s: number): boolean {
  EMAIL_Y.lastIndex = s;
  const ok = EMAIL_Y.test(v);
  EMAIL_Y.lastIndex = 0;
  return ok;
}

/** Words of BIOMETRIC_NEAR (their first part) and the last words of DEVICE_BEFORE. */
const BIOMETRIC_FIRST = new Set('fingerprint fingerprints thumbprint thumbprints footprint footprints finger palm palmsecure voice voiceprint voiceprints iris retina retinal face facial facematch facetemplate facescan biometric biometrics'.split(' '));
const DEVICE_LAST = new Set(['tag', 'id', 'sn', 'serial']);
/** 1 when a biometric word, 2 when a device tag's label lies among the few tokens before the token i (same line), else 0. */
function codeCue(d: Detector, i: number): number {
  const toks = d.toks;
  const s = (toks[i] as Tok).s;
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    const u = toks[j] as Tok;
    if (s - u.s > 60) break;
    if (u.shape === 'X') continue;
    if (BIOMETRIC_FIRST.has(u.k) || (u.k.includes('-') && BIOMETRIC_FIRST.has(u.k.slice(0, u.k.indexOf('-'))))) return 1;
    if (j >= i - 3 && DEVICE_LAST.has(u.k)) return 2;
  }
  return 0;
}

/** Whether another digit group follows the group ending at x (see phoneGroupsEnd: a blank, a dash, or a slash or a
 * dot between blanks, then a digit, O or l). */
function groupFollows(v: string, x: number, paren: boolean): boolean {
  if (paren && v.charCodeAt(x) === 41) x++;
  const y = groupSepEnd(v, x);
  if (y < 0) return false;
  const c = v.charCodeAt(y);
  return (c >= 48 && c <= 57) || c === 79 || c === 108;
}
/** The end of the separator at x between two groups of digits: a blank, a dash with or without blanks around it, a
 * slash or a dot between blanks ("030 / 4471"); -1 where there is none. */
function groupSepEnd(v: string, x: number): number {
  const b0 = v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9;
  if (b0) x++;
  const sc = v.charCodeAt(x);
  if (sc === 45 || sc === 47 || sc === 46) {
    x++;
    const b1 = v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9;
    if (b1) x++;
    if (sc !== 45 && !(b0 && b1)) return -1;
  } else if (!b0) return -1;
  return x;
}
/** Whether the token j (next to the token with digits on side dir) is a short word in capitals joined to it by one blank or dash. */
function upperNext(d: Detector, j: number, dir: number): boolean {
  const u = d.toks[j];
  if (u === undefined || (u.shape !== 'U' && u.shape !== 'I') || u.e - u.s > 4) return false;
  const t = d.toks[j - dir] as Tok;
  return dir < 0 ? u.e + 1 === t.s : t.e + 1 === u.s;
}

/** Digit groups from s ("0176 55501 447", "030 / 4471 2291", "816- 555 -Ol22", "(8l6) 555-Ol84"): the end of the
 * longest run of two or more groups holding min (9) to 12 digits, or -1; O and l count as digits inside groups with a digit. */
function phoneGroupsEnd(v: string, s: number, min = 9): number {
  const n = v.length;
  let x = s;
  const paren = v.charCodeAt(x) === 40;
  if (paren) x++;
  let digits = 0;
  let real = 0;
  let groups = 0;
  let best = -1;
  for (;;) {
    const g0 = x;
    let gd = 0;
    while (x < n) {
      const c = v.charCodeAt(x);
      if (c >= 48 && c <= 57) gd++;
      else if (!OCR_DIGIT(c)) break;
      x++;
    }
    const len = x - g0;
    if (len === 0 || len > 5 || gd === 0) break;
    const c = codeAt(v, x);
    // A group runs into a word ("12mg", "Ol22abc"): the run ends before it.
    if (isWordCode(c)) break;
    digits += len;
    real += gd;
    groups++;
    if (digits > 12) break;
    if (groups >= 2 && digits >= min && real >= 7 && !((c === 46 || c === 47) && isDigitCode(codeAt(v, x + 1)))) best = x;
    if (paren && groups === 1) {
      if (c !== 41) break;
      x++;
    }
    const y = groupSepEnd(v, x);
    if (y < 0) break;
    x = y;
  }
  return best;
}

/** A national phone number in any grouping from the token with digits t: 0 when no run of groups starts there, else the
 * run's end (negative when the run was taken as a phone after its label). */
function phoneRunAt(d: Detector, t: Tok, before: number): number {
  const v = d.v;
  const len = t.w.length;
  const c0 = t.w.charCodeAt(0);
  // A national phone number in any grouping after a phone label, a letterhead letter or "is on".
  const s = before === 40 ? t.s - 1 : t.s;
  const e = phoneGroupsEnd(v, s, 8);
  // (A number in one token is left to the phone shapes: the run goes on past the token.)
  // Eight digits only as two groups of four after a phone word ("Tel 2555 0134").
  const eight = e - s === 9 && len === 4 && v.charCodeAt(t.e) === 32;
  const nd = e > t.e + 1 ? digitsIn(v, s, e) : 0;
  // (A North American number in its usual grouping is RE.phone's.)
  if (e <= t.e + 1 || !(eight || nd >= 9) || NANP_GROUPS.test(v.slice(s, e))) return 0;
  const back = v.slice(Math.max(0, s - 24), s);
  const label = NUMBER_PHONE_LABEL.test(back) || (!eight && (NUMBER_LETTER_LABEL.test(back) || (c0 === 48 && NUMBER_ON_CUE.test(back) && v.slice(s, e).split(/[^0-9Ol]+/).length >= 3)));
  if (!label) return e;
  d.addPhone(s, e, 90);
  return -e;
}

/** The rules of numberCues at a token with digits of up to four characters: 1 when one took it (the token's other rules are
 * skipped), a run's end (above 1) when a spaced date took the next tokens too, else 0. */
function shortNumberAt(d: Detector, i: number): number {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const w = t.w;
  const len = w.length;
  const c0 = w.charCodeAt(0);
  const before = codeAt(v, t.s - 1);
  const next = codeAt(v, t.e);
  // "617/555-0144": an area code before a slash.
  if (len === 3 && next === 47 && c0 >= 50 && AREA_SLASH_PHONE.test(v.slice(t.e, t.e + 9)) && !isWordCode(codeAt(v, t.e + 9)) && codeAt(v, t.e + 9) !== 45 && !isDigitCode(before) && before !== 47) {
    d.addPhone(t.s, t.e + 9, 90);
    return 1;
  }
  // "<age>94</age>", "age=97": an age over 89 as a record's value.
  if (len <= 3 && (before === 62 || before === 61 || before === 58 || (before === 32 && (codeAt(v, t.s - 2) === 58 || codeAt(v, t.s - 2) === 61))) && (len === 2 ? c0 === 57 : len === 3 && c0 === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49)) && /^\d+$/.test(w) && KEYED_AGE_BEFORE.test(v.slice(Math.max(0, t.s - 40), t.s))) {
    d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  if (len <= 2 && isDigitCode(c0) && codeAt(v, t.e) === 32 && isDigitCode(codeAt(v, t.e + 1)) && !isDigitCode(before)) {
    SPACED_DATE.lastIndex = t.s;
    const m = SPACED_DATE.exec(v);
    if (m && +(m[1] as string) >= 1 && +(m[1] as string) <= 12 && dayOk(m[2] as string) && SPACED_DATE_CUE.test(v.slice(Math.max(0, t.s - 24), t.s))) {
      d.add(t.s, t.s + m[0].length, 'DATE', 80);
      return t.s + m[0].length;
    }
  }
  if (len === 4 && ((c0 === 49 && w.charCodeAt(1) === 57) || (c0 === 50 && w.charCodeAt(1) === 48)) && isDigitCode(w.charCodeAt(2)) && isDigitCode(w.charCodeAt(3)) && i >= 2) {
    const p1 = toks[i - 1] as Tok;
    const p2 = toks[i - 2] as Tok;
    // "maio de 2025", "1 abr 2025".
    if (p1.k === 'de' && p2.shape !== 'X' && FOREIGN_MONTH_WORDS.has(p2.k) && oneSpace(v, p2.e, p1.s) && oneSpace(v, p1.e, t.s)) d.add(p2.s, t.e, 'DATE', 86);
    else if (FOREIGN_MONTH_SHORT.has(p1.k) && p2.shape === 'X' && p2.w.length <= 2 && /^\d+$/.test(p2.w) && dayOk(p2.w) && spaces(v, p2.e, p1.s) && /^\.?[ \t]+$/.test(v.slice(p1.e, t.s))) d.add(p2.s, t.e, 'DATE', 86);
    // "since 03.2024": a month and a year with a dot.
    if (before === 46 && isDigitCode(codeAt(v, t.s - 2)) && isDigitCode(codeAt(v, t.s - 3)) && !isWordCode(codeAt(v, t.s - 4)) && codeAt(v, t.s - 4) !== 46 && /^(?:0[1-9]|1[0-2])$/.test(v.slice(t.s - 3, t.s - 1)) && !(next === 46 && isDigitCode(codeAt(v, t.e + 1))) && YEAR_DOT_MONTH_CUE.test(v.slice(Math.max(0, t.s - 19), t.s - 3))) d.add(t.s - 3, t.e, 'DATE', 80);
    // "since 2024.09".
    if (codeAt(v, t.e) === 46 && /^\.(?:0[1-9]|1[0-2])(?![\w\/-]|[.,]\d)/.test(v.slice(t.e, t.e + 5)) && YEAR_DOT_MONTH_CUE.test(v.slice(Math.max(0, t.s - 16), t.s))) d.add(t.s, t.e + 3, 'DATE', 80);
    return 1;
  }
  if ((len === 2 ? c0 === 57 : len === 3 && c0 === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49)) && codeAt(v, t.e) === 32 && AGE_CUE_FIRST.has(codeAt(v, t.e + 1) | 32) && isDigitCode(w.charCodeAt(len - 1)) && isDigitCode(w.charCodeAt(1)) && !isDigitCode(before) && before !== 46 && before !== 47 && before !== 45) {
    const after = v.slice(t.e, t.e + 20);
    const back = v.slice(Math.max(0, t.s - 24), t.s);
    if (AGE_SELF_AFTER.test(after) || (AGE_NOW_AFTER.test(after) && AGE_NOW_BEFORE.test(back)) || (AGE_Y_AFTER.test(after) && codeAt(v, t.e) === 32 && /,[ \t]*$/.test(back))) d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  if (len === 2 && c0 === 57 && (next === 44 || next === 46 || next === 59 || next === 41) && isDigitCode(w.charCodeAt(1)) && !isDigitCode(codeAt(v, t.e + 1)) && AGE_AT_EVENT_BEFORE.test(v.slice(Math.max(0, t.s - 32), t.s))) {
    d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  // "this 14th day of April, 2025".
  if (len >= 3 && len <= 4 && ordinalEnd(w) && codeAt(v, t.e) === 32 && (codeAt(v, t.e + 1) | 32) === 100) {
    DAY_OF_MONTH.lastIndex = t.e;
    const m = DAY_OF_MONTH.exec(v);
    if (m && dayOk(w.slice(0, -2))) d.add(t.s, t.e + m[0].length, 'DATE', 94);
    return 1;
  }
  if (len === 4 && w.charCodeAt(3) === 89 && DICOM_AGE.test(w) && +w.slice(0, 3) >= 90 && DICOM_AGE_BEFORE.test(v.slice(Math.max(0, t.s - 12), t.s))) {
    d.add(t.s, t.s + 3, 'AGE_OVER_89', 88);
    return 1;
  }
  return 0;
}

/** The rules of numberCues at a token with digits of five characters or more: whether one took it. */
function longNumberAt(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const w = t.w;
  const len = w.length;
  const c0 = w.charCodeAt(0);
  const before = codeAt(v, t.s - 1);
  const next = codeAt(v, t.e);
  // A key of a record before a ten-digit number ("fax=6175550199", "<fax>6175550199</fax>", "sms:6175550144"), or a
  // call-back word ("cb 6175550144").
  if ((len === 10 || (len === 11 && c0 === 49)) && isDigitCode(w.charCodeAt(len - 1)) && /^\d+$/.test(w)) {
    const p = toks[i - 1];
    const back = p !== undefined && (CALL_BACK_WORDS.has(p.k) || before === 61 || before === 62 || before === 58 || before === 34) ? v.slice(Math.max(0, t.s - 24), t.s) : '';
    if (((before === 61 || before === 62 || before === 58 || before === 34) && KEYED_PHONE_BEFORE.test(back)) || ((before === 32 || before === 35 || before === 58) && p !== undefined && CALL_BACK_WORDS.has(p.k) && CALL_BACK_BEFORE.test(back))) {
      d.addPhone(t.s, t.e, 90);
      return true;
    }
  }
  // A military date-time group ("140930ZMAR25": day, hour and minute, zone, month, year).
  if (len === 12 && isDigitCode(w.charCodeAt(11)) && DTG.test(w) && dayOk(w.slice(0, 2)) && MONTH_WORDS.has(w.slice(7, 10).toLowerCase())) {
    d.add(t.s, t.e, 'DATE', 86);
    return true;
  }
  // "ADM: 031425", "DOB 030748": six digits after a date's label, read month first or year first.
  // "SERVICE DATE 03142025", "DOB: 04021931": eight digits, month or day first, with the year last.
  if ((len === 6 || len === 8) && isDigitCode(w.charCodeAt(len - 1)) && (before === 32 || before === 58 || before === 124) && /^\d+$/.test(w) && (len === 6 ? sixDigitDate(w) : eightDigitDate(w)) && SIX_DATE_LABEL.test(v.slice(Math.max(0, t.s - 16), t.s))) {
    d.add(t.s, t.e, 'DATE', 84);
    return true;
  }
  if (len >= 12 && len <= 13 && (c0 === 48 || w.charCodeAt(2) === 45) && DASHED_PHONE.test(w) && NUMBER_KIN_BEFORE.test(v.slice(Math.max(0, t.s - 70), t.s))) {
    d.add(t.s, t.e, 'PHONE', 35);
    return true;
  }
  if (len >= 13 && len <= 16 && w.charCodeAt(8) === 84) {
    const m = BASIC_DATE_TIME.exec(w);
    if (m) d.add(t.s, t.s + 8, 'DATE', 85);
    return true;
  }
  // "Dexcom G7 sensor 9XK2L1", "transmitter 8GTX2K": a code of letters and digits right after a device's head word.
  // (A serial, not a model: no dash, two letters and two digits or more, not a number and a unit as "10PEEP".)
  if (len >= 6 && t.capitals >= 2 && i > 0 && DEVICE_HEAD_WORDS.has((toks[i - 1] as Tok).k) && (toks[i - 1] as Tok).e + 1 === t.s && !isWordCode(next) && next !== 45 && next !== 47 && /^(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]+$/.test(w) && !/^\d+[A-Z]+$/.test(w)) {
    d.add(t.s, t.e, 'DEVICE', 66);
    return true;
  }
  return false;
}

function numberCues(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let runEnd = -1;
  let ocr = false;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const w = t.w;
    const len = w.length;
    const c0 = w.charCodeAt(0);
    if (!ocr && ocrToken(v, t)) ocr = true;
    if (t.s < runEnd) continue;
    const before = codeAt(v, t.s - 1);
    // (A run of groups goes on after the token with a blank, a dash, a slash, a dot or a bracket, or the token holds dashes.)
    if (isDigitCode(c0) && !isDigitCode(before) && before !== 45 && before !== 46 && before !== 47 && (len > 5 || groupFollows(v, t.e, before === 40))) {
      const e = phoneRunAt(d, t, before);
      if (e < 0) {
        runEnd = -e;
        continue;
      }
      if (e > 0) runEnd = e;
    }
    if (len <= 4) {
      // (The short rules open with 9, 1 or 2, end with a letter, or are a day or an area code before a blank or a slash.)
      const next = v.charCodeAt(t.e);
      const r = c0 === 57 || c0 === 49 || c0 === 50 || (len <= 2 && next === 32) || (len === 3 && next === 47) || !isDigitCode(w.charCodeAt(len - 1)) ? shortNumberAt(d, i) : 0;
      if (r > 1) runEnd = r;
      if (r !== 0) continue;
    } else if ((len === 6 || len === 8 || (len >= 10 && len <= 13) || t.capitals >= 2 || (len <= 16 && w.charCodeAt(8) === 84)) && longNumberAt(d, i)) continue;
    if (d.vehicleText && (t.capitals > 0 || upperNext(d, i - 1, -1) || upperNext(d, i + 1, 1)) && plateAt(d, i)) continue;
    // "voiceprint match (VP-7730-1184)": a code with letters and digits shortly after a biometric word.
    if (len >= 7 && t.capitals >= 2 && w.includes('-')) {
      const cue = codeCue(d, i);
      if (cue !== 0) {
        const back = v.slice(Math.max(0, t.s - 60), t.s);
        if (cue === 1 && BIOMETRIC_NEAR.test(back)) d.add(t.s, t.e, 'BIOMETRIC', 67);
        // "Hugs security tag HUG-0A3F-1187": a tag's code.
        else if (cue === 2 && DEVICE_BEFORE.test(back)) d.add(t.s, t.e, 'DEVICE', 67);
      }
    }
  }
  if (ocr) ocrNumbers(d);
  // "Images: CT_HEAD_DOE_0214.zip", "OCT RNFL: RNFL_20250422.pdf": an archive or a document of images is a photo.
  // (pdf carries the photo extensions' trigger bit, zip the postcode labels'.)
  if (d.seen & T.ZIP) imageFiles(d, '.zip');
  if (d.seen & T.PHOTO_EXT) imageFiles(d, '.pdf');
  // "date of birth april nine nineteen forty nine".
  if (d.hasMonth) for (const i of d.monthIdx) {
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (t.shape === 'X' || nx === undefined || !CARDINAL_DAY_FIRST.has(nx.k) || !FULL_MONTHS.has(t.k) || (t.k === 'may' && t.shape !== 'T')) continue;
    MONTH_CARDINAL_YEAR.lastIndex = t.e;
    const m = MONTH_CARDINAL_YEAR.exec(v);
    if (m) d.add(t.s, t.e + m[0].length, 'DATE', 93);
  }
  // "account rgaines67@webmail.example": a label's value that stops at "@" is the e-mail's user part; the e-mail wins.
  // "IMEI 35 881203 449120 7": a spaced IMEI keeps its check digit (15 digits).
  const at = v.includes('@');
  for (const c of d.cands) {
    if (at && c.p > 0 && c.t !== 'EMAIL' && codeAt(v, c.e) === 64 && c.t !== 'NAME' && c.t !== 'LOCATION' && emailAt(v, c.s)) c.p = -1;
    else if (c.t === 'DEVICE' && codeAt(v, c.e) === 32 && isDigitCode(codeAt(v, c.e + 1)) && !isWordCode(codeAt(v, c.e + 2)) && /^\d{2}(?: \d{6}){2}$/.test(v.slice(c.s, c.e))) d.add(c.s, c.e + 2, 'DEVICE', c.p + 1);
  }
  // "social four one two five five zero three eight six": a social security number spoken digit by digit.
  for (const i of d.stickyIdx) {
    const t = toks[i] as Tok;
    if ((t.f & T.SSN) === 0 || (t.k !== 'social' && t.k !== 'ssn')) continue;
    SPOKEN_NINE.lastIndex = t.e;
    const m = SPOKEN_NINE.exec(v);
    if (!m) continue;
    const g = m[1] as string;
    const st = m.index + m[0].length - g.length;
    d.add(st, st + g.length, 'SSN', 90);
  }
}

/** OCR text reads 0 as O and 1 as l ("DOB : l2 /O7 / l96O", "SS# 49l-55-O238", "Ph 816- 555 -Ol22"): on each line with
 * such a token, the dates, social security numbers and phones of a copy with O and l read as digits (runs of digits,
 * O and l only) that the copy changed. */
function ocrNumbers(d: Detector): void {
  const v = d.v;
  let lineFrom = -1;
  for (const i of d.xIdx) {
    const t = d.toks[i] as Tok;
    if (t.s < lineFrom || !ocrToken(v, t)) continue;
    const a = lineStartOf(v, t.s);
    let b = lineEndOf(v, t.e);
    if (b < 0) b = v.length;
    lineFrom = b;
    // Read O and l as digits in runs of digits, O and l that hold a digit and stand alone (not "Old", "all").
    const chars = v.slice(a, b).split('');
    for (let x = a; x < b; ) {
      if (!ocrDigitAt(v, x)) {
        x++;
        continue;
      }
      let y = x;
      let dg = false;
      while (y < b && ocrDigitAt(v, y)) {
        if (isDigitCode(v.charCodeAt(y))) dg = true;
        y++;
      }
      if (dg && (x === a || !isAsciiLetter(v.charCodeAt(x - 1))) && (y === b || !isAsciiLetter(v.charCodeAt(y)))) {
        for (let k = x; k < y; k++) {
          const c = v.charCodeAt(k);
          if (c === 79) chars[k - a] = '0';
          else if (c === 108) chars[k - a] = '1';
        }
      }
      x = y;
    }
    const line = chars.join('');
    for (let p = 0; p < line.length; p++) {
      const c = line.charCodeAt(p);
      if (!isDigitCode(c) && c !== 40) continue;
      if (p > 0 && (isDigitCode(line.charCodeAt(p - 1)) || isLetterCode(line.charCodeAt(p - 1)))) continue;
      const changed = (q: number) => {
        for (let k = p; k < q; k++) if (line.charCodeAt(k) !== v.charCodeAt(a + k)) return true;
        return false;
      };
      OCR_DATE.lastIndex = p;
      let m = OCR_DATE.exec(line);
      if (m && +(m[1] as string) <= 31 && +(m[3] as string) <= 31 && (+(m[1] as string) <= 12 || +(m[3] as string) <= 12) && changed(p + m[0].length)) {
        d.add(a + p, a + p + m[0].length, 'DATE', 88);
        p += m[0].length - 1;
        continue;
      }
      OCR_SSN.lastIndex = p;
      m = OCR_SSN.exec(line);
      if (m && changed(p + m[0].length)) {
        d.add(a + p, a + p + m[0].length, 'SSN', 88);
        p += m[0].length - 1;
        continue;
      }
      OCR_PHONE.lastIndex = p;
      m = OCR_PHONE.exec(line);
      if (m && changed(p + m[0].length)) {
        d.addPhone(a + p, a + p + m[0].length, 88);
        p += m[0].length - 1;
      }
    }
  }
}

// --- Stop 15, recall round places14: places by structure and by context (run last from laterCues) ---------------------

/**
 * Places, phones and dates of stop 15's recall round, each behind a cheap test:
 * - an SQL dump's INSERT: the values of its place, phone and fax columns ("INSERT INTO pt (street, city, zip) VALUES (...)");
 * - a known town read as a person's name, before a US state's code ("at Vansant, VA") or after a word of transport
 *   ("bus to Frisco", "transported to Butterworth", "by phone from Dayton");
 * - rural addresses: a rural route or highway contract route and its box ("Rt 2 Box 118", "RR 1 Box 23", "HC 64 Box 9"),
 *   Wisconsin and Illinois grid addresses ("W4471 County Rd KK", "N2817 State Hwy 13");
 * - Australian mobiles in their 4-3-3 grouping ("0491 570 156"); phones after a Malay or Indonesian fax label ("Faks");
 * - a date of birth written year, month, day with blanks ("DOB 1977 11 05").
 */
function placesRound15(d: Detector): void {
  const rare = d.rare;
  if (rare?.has('insert')) sqlPlaces(d);
  townsNotNames(d);
  if (rare?.has('box')) ruralRoutes(d);
  if (rare !== undefined && (rare.has('jalan') || rare.has('jln') || rare.has('jl') || rare.has('lorong') || rare.has('persiaran') || rare.has('taman') || rare.has('kampung') || rare.has('bandar'))) malayAddresses(d);
  numbersRound15(d);
}

/** The quoted values of an INSERT's place, phone and fax columns (see sqlQuotedValues). */
function sqlPlaces(d: Detector): void {
  sqlQuotedValues(
    d,
    (cols) => {
      const types = cols.map((c) => placeColumnType(c));
      return types.some(Boolean) ? types : undefined;
    },
    (types, col, s, e) => {
      const t = types[col];
      const val = d.v.slice(s, e);
      if (!t || val.length < 2 || val.length > 80 || !/[\p{L}\p{N}]/u.test(val) || (t !== 'LOCATION' && (val.match(/\d/g)?.length ?? 0) < 7)) return;
      // (A fax column's number found as a phone is the fax.)
      if (t === 'FAX') {
        d.someOverlap(s, e, (c) => {
          if (c.t === 'PHONE' && c.s === s && c.e === e) c.t = 'FAX';
          return false;
        });
      }
      d.add(s, e, t, 90);
    },
  );
}

/** State codes that are also credentials or roles after a person's name ("Lee, MD", "Kim, PA", "Ruiz, MA"). */
const STATE_CODES_NOT_AFTER_NAME = new Set(['MD', 'PA', 'MA', 'DO', 'IN', 'OR', 'ME', 'HI', 'OK', 'ID', 'CO', 'DE', 'LA', 'AS', 'MS', 'NP']);
/** Words of transport before "to" or "from" and a town ("bus to", "transported to", "airlifted from", "by phone from"). */
const TRANSPORT_BEFORE = /\b(?:bus|buses|bused|bussed|transport(?:ed)?|transferred|airlifted|flown|medevaced|evacuated|diverted|driven|ambulanced|ambulance|shuttle|train|flight|route|routed|en[ \t]+route|headed|heading|bound|(?:by|via|over)[ \t]+(?:phone|telephone|video))[ \t]+(?:back[ \t]+)?(?:to|from|for)[ \t]+$/i;

/** A known town read as a person's name whose context makes it a place. */
function townsNotNames(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.t !== 'NAME' || c.p < 0 || c.e - c.s < 4) continue;
    const k0 = v.charCodeAt(c.s);
    if (k0 < 65 || k0 > 90) continue;
    // (Cheap first: without a comma after it, only "to", "from" or "for" and a blank before it can make it a town.)
    if (v.charCodeAt(c.e) !== 44) {
      let q = c.s - 1;
      if (v.charCodeAt(q) !== 32 && v.charCodeAt(q) !== 9) continue;
      q = skipBlanksBack(v, q);
      const l = v.charCodeAt(q) | 0x20;
      if (l !== 111 && l !== 109 && l !== 114) continue;
    }
    const word = v.slice(c.s, c.e);
    if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$/.test(word)) continue;
    const key = word.toLowerCase().replace('-', ' ');
    if ((d.fl(key) & (L.FIRST | L.COUNTRY)) !== 0 || STATE_WORDS.has(key) || MONTH_WORDS.has(key)) continue;
    const known = d.knownPlace(key);
    // (The word before must not be capitalized: "Anna Dayton, VA" is a person.)
    const b = skipBlanksBack(v, c.s - 1) + 1;
    const pb = v.charCodeAt(b - 1);
    if (b < c.s && pb >= 65 && pb <= 90 && /[A-Z][a-z]*$/.test(v.slice(Math.max(0, b - 20), b)) && !/(?:^|[^\w])(?:at|to|from|in|near|of)$/i.test(v.slice(Math.max(0, b - 6), b))) continue;
    if (titleBefore(v, c.s)) continue;
    // ", VA" (with a ZIP or a line's end, a stop, a semicolon or a comma after it for codes that are also credentials).
    const st = /^,[ \t]*([A-Z]{2})(?:[ \t]+(\d{5})(?:-\d{4})?)?(?![\w-])/.exec(v.slice(c.e, c.e + 16));
    let place = false;
    // (A town the gazetteer does not know needs "at", "in", "from" or "near" before it: "at Vansant, VA".)
    if (st && US_STATE_CODES.has(st[1] as string) && (st[2] !== undefined || !STATE_CODES_NOT_AFTER_NAME.has(st[1] as string))) place = known || /(?:^|[^\w])(?:at|in|from|near)[ \t]+$/.test(v.slice(Math.max(0, c.s - 6), c.s));
    else if (known && TRANSPORT_BEFORE.test(v.slice(Math.max(0, c.s - 32), c.s))) place = true;
    if (place) c.t = 'LOCATION';
  }
}

/** "Rt 2 Box 118", "RR 1, Box 23", "Route 3 Box 77A", "HC 64 Box 9", "HCR 1 Box 40" (found from the word "Box"). */
const RURAL_ROUTE_BEFORE_BOX = /(?<![\w-])(?:Rt|Rte|RR|Route|Rural[ \t]+Route|HC|HCR|Star[ \t]+Route)\.?[ \t]*\d{1,4}[ \t]*,?[ \t]*$/;
const BOX_NUMBER = /^[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\w-])/;
/** "W4471 County Rd KK", "N2817 State Hwy 13", "S74 Hollow Rd": a grid address of Wisconsin and Illinois (a compass
 * letter and the house number in one token). */
const GRID_ADDRESS = /^[NSEW]\d{1,5}[ \t]+(?:County[ \t]+(?:Rd|Road|Hwy|Highway|Trunk)\.?[ \t]+[A-Z]{1,3}|(?:State|County|US)[ \t]+(?:Hwy|Highway|Rd|Road|Route)\.?[ \t]+\d{1,3}[A-Z]?|[A-Z][a-z]+[ \t]+(?:Rd|Road|Ln|Lane|Dr|Drive|Ave|Avenue|St|Street|Trl|Trail))(?![\w-])/;

function ruralRoutes(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if (t.w !== 'Box' && t.w !== 'BOX') continue;
    const b = RURAL_ROUTE_BEFORE_BOX.exec(v.slice(Math.max(0, t.s - 24), t.s));
    const n = b && BOX_NUMBER.exec(v.slice(t.e, t.e + 10));
    if (!b || !n) continue;
    const s = t.s - b[0].length;
    const e = t.e + n[0].length;
    d.add(s, e, 'LOCATION', 88);
    // The town after it: "Rt 2 Box 118, Grundy, VA".
    if (v.charCodeAt(e) === 44) d.cityAfterStreet(e);
  }
}

/** Malaysian and Indonesian address parts: a road with its number ("No. 18, Jalan Merbau 3", "Jl. Sudirman No. 5",
 * "Lorong 4"), a housing estate or village ("Taman Daya", "Kampung Baru", "Bandar Baru Bangi"). */
const MALAY_ADDRESS = /(?<![\p{L}\p{N}'-])(?:(?:No\.?|Lot)[ \t]*\d{1,4}[A-Z]?(?:-\d{1,3})?,?[ \t]*)?(?:Jalan|Jln\.?|Jl\.|Lorong|Persiaran|Taman|Kampung|Bandar)[ \t]+(?:\p{Lu}[\p{L}'’-]*|\d{1,3}[A-Z]?\b)(?:[ \t]+(?:(?!No\.?[ \t]*\d)\p{Lu}[\p{L}'’-]*|\d{1,3}[A-Z]?(?:\/\d{1,3})?\b)){0,3}(?:,?[ \t]+No\.?[ \t]*\d{1,4}[A-Z]?\b)?/uy;
const MALAY_STOP = new Set(['tel', 'telefon', 'faks', 'fax', 'h/p', 'hp', 'email', 'emel', 'poskod', 'tarikh', 'date', 'phone', 'mobile', 'ic', 'mykad', 'umur', 'nama']);

function malayAddresses(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (k !== 'jalan' && k !== 'jln' && k !== 'jl' && k !== 'lorong' && k !== 'persiaran' && k !== 'taman' && k !== 'kampung' && k !== 'bandar') continue;
    if (t.shape !== 'T') continue;
    // The house number before the road ("No. 18, ").
    const pre = /(?:No\.?|Lot)[ \t]*\d{1,4}[A-Z]?(?:-\d{1,3})?,?[ \t]*$/.exec(v.slice(Math.max(0, t.s - 14), t.s));
    const s0 = pre ? t.s - pre[0].length : t.s;
    MALAY_ADDRESS.lastIndex = s0;
    const m = MALAY_ADDRESS.exec(v);
    if (!m) continue;
    let e = s0 + m[0].length;
    // (A label word after the place ends it: "Taman Daya Tel".)
    const words = v.slice(t.e, e).split(/[ \t]+/);
    let cut = t.e;
    for (const w of words) {
      if (w === '') continue;
      if (MALAY_STOP.has(w.toLowerCase().replace(/[:.]$/, ''))) break;
      cut = v.indexOf(w, cut) + w.length;
    }
    e = Math.min(e, cut);
    if (e <= t.e) continue;
    d.add(s0, e, 'LOCATION', 86);
  }
}

/** An Australian mobile in its grouping ("0491 570 156", "0412-555-019"), a phone after "Faks"/"Faksimili", a year-first date after a birth label. */
const AU_MOBILE = /^04\d{2}([ -])\d{3}\1\d{3}(?![\d-])/;
const UNIT_AFTER_15 = /^[ \t]*(?:mg|mcg|g|kg|ml|mL|l|L|units?|iu|IU|%|mm|cm|x)\b/;
const FAKS_AFTER = /^[ \t]*[:.]?[ \t]*(\+?[\d(][\d ()\-.]{6,18}\d)(?![\d-])/;
const YMD_SPACED = /^(?:19|20)\d{2}[ ](?:0[1-9]|1[0-2])[ ](?:0[1-9]|[12]\d|3[01])(?![\d\/.:-])/;
const DOB_LABEL_BEFORE = /\b(?:DOB|D\.O\.B\.?|born|birth(?:[ \t]*date)?|date[ \t]+of[ \t]+birth)[ \t]*[:.]?[ \t]*$/i;

function numbersRound15(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    const w = t.w;
    const c0 = w.charCodeAt(0);
    if (w.length === 4 && c0 === 48 && w.charCodeAt(1) === 52) {
      // "0491 570 156": not inside a longer number or code.
      const p = v.charCodeAt(t.s - 1);
      if (t.s > 0 && (isWordCode(p) || p === 45 || p === 46 || p === 47)) continue;
      const m = AU_MOBILE.exec(v.slice(t.s, t.s + 14));
      if (m && !d.anyCand(t.s, t.s + m[0].length) && !UNIT_AFTER_15.test(v.slice(t.s + m[0].length, t.s + m[0].length + 8))) d.add(t.s, t.s + m[0].length, 'PHONE', 80);
    } else if (w.length === 4 && (c0 === 49 || c0 === 50) && v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 3) === 32) {
      ymdAt(d, t.s);
    } else if ((c0 === 78 || c0 === 83 || c0 === 69 || c0 === 87) && w.length >= 2 && w.length <= 6 && /^[NSEW]\d+$/.test(w)) {
      const m = GRID_ADDRESS.exec(v.slice(t.s, t.s + 48));
      const p = v.charCodeAt(t.s - 1);
      if (!m || (t.s > 0 && (isWordCode(p) || p === 45))) continue;
      d.add(t.s, t.s + m[0].length, 'LOCATION', 88);
      if (v.charCodeAt(t.s + m[0].length) === 44) d.cityAfterStreet(t.s + m[0].length);
    }
  }
  if (d.rare?.has('faks') || d.rare?.has('faksimili')) for (const t of toks) {
    if (t.k !== 'faks' && t.k !== 'faksimili') continue;
    const m = FAKS_AFTER.exec(v.slice(t.e, t.e + 36));
    if (!m) continue;
    const g = m[1] as string;
    if ((g.match(/\d/g)?.length ?? 0) < 7) continue;
    const s = t.e + m[0].length - g.length;
    d.add(s, s + g.length, 'FAX', 92);
  }
}
function ymdAt(d: Detector, s0: number): void {
  const v = d.v;
  const m = YMD_SPACED.exec(v.slice(s0, s0 + 12));
  if (!m || !DOB_LABEL_BEFORE.test(v.slice(Math.max(0, s0 - 24), s0))) return;
  if (!d.anyCand(s0, s0 + 10)) d.add(s0, s0 + 10, 'DATE', 90);
}

// --- Stop 15 (branch ids15): the type of an identifier from the words of its label --------------------------------

/** The words of identifier labels, in several languages and short forms, and the type of the value they label. A word
 * of OTHER_ID names an identifier of another kind (it stops the search: "employee ID", "claim no."); the words of
 * ID_LABEL_FILL ("id", "no", "number") say nothing of the kind and are read past. */
const ID_WORD_TYPE = new Map<string, PhiType>();
function idWords(t: PhiType, words: string): void {
  for (const w of words.split(' ')) ID_WORD_TYPE.set(w, t);
}
idWords('DEVICE', 'device devices dosimeter dosimeters dosimetry serial serials sn camera recorder monitor pump sensor transmitter receiver implant pacemaker defibrillator stimulator neurostimulator processor wheelchair concentrator ventilator nebulizer nebuliser glucometer hub modem router imei meid tracker beacon headset loaner wander elopement npwt aparelho appareil geraet dispositivo dispositif seriennummer');
idWords('MRN', 'mrn chart folder dossier expediente prontuario hospice hosp uhid');
idWords('HEALTH_PLAN', 'member subscriber medicaid medicare insurance insurer insured coverage payer ndis phin nhi chi pm-jay pmjay sus cns medi-cal mutuelle versicherung versichertennummer krankenkasse');
idWords('LICENSE', 'licence license licensure licencia commission notary dea');
idWords('ACCOUNT', 'account accounts acct invoice folio statement visa mastercard amex debit credit');
idWords('BIOMETRIC', 'fingerprint fingerprints thumbprint thumbprints palmprint handprint faceprint thumb face facial palm iris retina voice voiceprint footprint footprints template templates biometric biometrics');
idWords('SSN', 'ssn');
idWords('VEHICLE', 'plate plates vin rego kennzeichen matricula targa immatriculation kenteken');
idWords('OTHER_ID', 'employee passport case claim study participant subject kit receipt docket specimen accession npi ticket order requisition registry ref reference confirmation tracking trial enrollment enrolment session user username login rx prescription donor recipient auth authorization authorisation pre-auth preauth voucher lot batch barcode inmate booking incident request mychart portal permit certificate certification visitor driver drivers patient pt');
/** Words of a label that name no kind ("ID", "no.", "number"). */
const ID_LABEL_FILL = new Set('id ids no nr nbr num number numbers code identifier ident of the on file with is was for and or de n'.split(' '));

/** A word of a label, its camelCase or snake_case parts split ("DEANumber" -> dea number, "device_sn" -> device sn). */
const LABEL_WORD = /[A-Za-z][A-Za-z'-]*/g;
function labelParts(w: string): string[] {
  if (!/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(w)) return [w.toLowerCase()];
  return w.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(' ');
}

/**
 * The type that the label before `s` gives an identifier there: the nearest label word of ID_WORD_TYPE among the last
 * five words of its line before it (a colon may stand between: "Dosimeters: collar badge LX2Q-..."), read back to the
 * line's start, a sentence's end, a semicolon or another value with digits. Undefined when no such word is there.
 */
function labelWordType(v: string, s: number, lo = 0): PhiType | undefined {
  let a = s;
  // (Stop 15, second wave: a table's header cell is read alone, not with the cells before it: `lo`.)
  const min = Math.max(lo, s - 56);
  while (a > min) {
    const c = v.charCodeAt(a - 1);
    if (c === 10 || c === 13 || c === 59 || c === 44 || c === 94 || c === 124) break;
    // (A sentence ends at a stop before a blank; "no." and "Lic." are labels' stops.)
    if (c === 46 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9) && !/(?:^|[^A-Za-z])(?:no|nr|lic|reg|acct|hosp|med|n)$/i.test(v.slice(Math.max(0, a - 6), a - 1))) break;
    a--;
  }
  const part = v.slice(a, s);
  const words: [string, number][] = [];
  // (Another value with digits before the label ends it: "collar badge X, waist Y".)
  let from = 0;
  for (const m of part.matchAll(/[A-Za-z0-9][\w\/.-]*\d[\w\/.-]*|\d/g)) if (m[0].length >= 4) from = m.index + m[0].length;
  for (const m of part.slice(from).matchAll(LABEL_WORD)) words.push([m[0], m.index]);
  let n = 0;
  for (let i = words.length - 1; i >= 0 && n < 5; i--) {
    const w = (words[i] as [string, number])[0];
    // (A word the list holds whole is not split: "MyChart" is a portal, not a chart.)
    const parts = ID_WORD_TYPE.has(w.toLowerCase()) ? [w.toLowerCase()] : labelParts(w);
    // (Stop 15, second wave: the parts of a hyphenated word the list does not hold: "hand-geometry", "palm-vein".)
    if (parts.length === 1 && (parts[0] as string).includes('-') && !ID_WORD_TYPE.has(parts[0] as string)) parts.splice(0, 1, ...(parts[0] as string).split('-').filter(Boolean));
    for (let j = parts.length - 1; j >= 0; j--) {
      const k = (parts[j] as string).replace(/'s$/, '');
      if (ID_LABEL_FILL.has(k)) continue;
      // ("Social insurance number", "National Insurance no.": a person's national number, no health plan's.)
      if (k === 'insurance' && j === 0 && i > 0 && /^(?:social|national)$/i.test((words[i - 1] as [string, number])[0])) return 'OTHER_ID';
      // ("doc=DL number=...": a driver's licence in capitals; "mg/dL" is a unit.)
      if (k === 'dl' && w === 'DL' && part.charCodeAt(from + (words[i] as [string, number])[1] - 1) !== 47) return 'LICENSE';
      // (A plural: "Dosimeters", "Monitors".)
      const t = ID_WORD_TYPE.get(k) ?? (k.length > 4 && k.endsWith('s') ? ID_WORD_TYPE.get(k.slice(0, -1)) : undefined);
      if (t !== undefined) return t;
      n++;
    }
  }
  return undefined;
}

/** Cells of a line of a table aligned with blanks (two or more), tabs or bars: their [start, end) in the text. */
function alignedCells(v: string, ls: number, le: number): [number, number][] {
  const out: [number, number][] = [];
  const bars = v.slice(ls, le).includes('|');
  let cs = -1;
  for (let i = ls; i <= le; i++) {
    const c = i < le ? v.charCodeAt(i) : 10;
    const sep = c === 10 || c === 13 || c === 9 || (bars ? c === 124 : c === 32 && (v.charCodeAt(i + 1) === 32 || v.charCodeAt(i + 1) === 9));
    if (!sep && c !== 32) {
      if (cs < 0) cs = i;
      continue;
    }
    if (sep && cs >= 0) {
      let e = i;
      while (e > cs && v.charCodeAt(e - 1) === 32) e--;
      out.push([cs, e]);
      cs = -1;
    }
  }
  return out;
}

/** The type of an identifier in a table's column from its header ("Device SN", "Thumbprint"): the header is the
 * nearest line above, within twelve, whose three or more cells hold no digit; the cell by its index when the rows
 * have as many cells, else the header cell where the value starts. */
function columnType(v: string, s: number, memo: ColumnMemo): PhiType | undefined {
  // (The cells of each line and the header above it are found once per text: many values may stand on one long line.)
  const ls = s > 0 ? lineStartOf(v, s - 1) : 0;
  let row = memo.cells.get(ls);
  if (row === undefined) {
    let le = lineEndOf(v, s);
    if (le < 0) le = v.length;
    memo.cells.set(ls, (row = alignedCells(v, ls, le)));
  }
  if (row.length < 3) return undefined;
  let ci = -1;
  for (let x = 0; x < row.length; x++) if ((row[x] as [number, number])[0] <= s && (row[x] as [number, number])[1] >= s) ci = x;
  if (ci < 0) return undefined;
  let header = memo.headers.get(ls);
  if (header === undefined) {
    // The nearest line above without digits that has three cells or more, within 12 lines.
    header = null;
    let he = ls - 1;
    for (let n = 0; n < 12 && he > 0; n++) {
      let hs = he;
      while (hs > 0 && v.charCodeAt(hs - 1) !== 10) hs--;
      const line = v.slice(hs, he);
      if (!/\d/.test(line)) {
        const head = alignedCells(v, hs, he);
        if (head.length >= 3) {
          header = { hs, head };
          break;
        }
      }
      he = hs - 1;
    }
    memo.headers.set(ls, header);
  }
  if (header === null) return undefined;
  const { hs, head } = header;
  let cell: [number, number] | undefined;
  if (head.length === row.length) cell = head[ci];
  else for (const h of head) if (h[0] - hs <= s - ls + 1 && (cell === undefined || h[0] > cell[0])) cell = h;
  if (cell === undefined) return undefined;
  return labelWordType(v, cell[1], cell[0]) ?? undefined;
}

/** What columnType found of each line (by its start) in one text: its cells, and the header above it (null: none). */
interface ColumnMemo {
  cells: Map<number, [number, number][]>;
  headers: Map<number, { hs: number; head: [number, number][] } | null>;
}

/** The family of an identifier: its text without its last group ("LX2Q-0918344" -> "LX2Q-", "TP-048813-M" -> "TP-048813-"). */
function idFamily(w: string): string | undefined {
  const m = /^(.*[-\/_. ])[A-Za-z0-9]+$/.exec(w) ?? /^(.*[A-Za-z])\d{3,}$/.exec(w);
  if (!m || (m[1] as string).length < 2 || !/[A-Za-z]/.test(m[1] as string)) return undefined;
  return `${m[1] as string}/${w.length}`;
}

/**
 * Stop 15: generic identifiers (OTHER_ID) whose label names another kind. The nearest label word before the value
 * ("wander bracelet WG-...", "Dosimeters: collar badge ...", "<DEANumber>", "device_sn text ..."), else the table
 * column's header; an SSN's shape with an SSN word in its label; a value whose family ("LX2Q-0918344" and
 * "LX2Q-0920113") holds a typed value, when its own label names nothing.
 */
function identifierTypes(d: Detector): void {
  const v = d.v;
  let other = 0;
  for (const c of d.cands) if (c.t === 'OTHER_ID' && c.p >= 0) other++;
  if (other === 0) return;
  let unlabelled: Cand[] | undefined;
  // (Asked once: the search reads the whole text.)
  const aligned = v.includes('  ');
  let memo: ColumnMemo | undefined;
  for (const c of d.cands) {
    if (c.t !== 'OTHER_ID' || c.p < 0) continue;
    // (HL7 and X12 fields are typed by their place in the record.)
    const b = codeAt(v, c.s - 1);
    if (b === 94 || b === 124 || b === 42) continue;
    const val = v.slice(c.s, c.e);
    let t = labelWordType(v, c.s);
    if (t === undefined && aligned) t = columnType(v, c.s, (memo ??= { cells: new Map(), headers: new Map() }));
    // "Donor SSN or employee ID: 912-44-0867".
    if (/^\d{3}-\d{2}-\d{4}$/.test(val) && /\b(?:ssn|social[ \t]+security)\b/i.test(v.slice(Math.max(0, c.s - 40), c.s))) t = 'SSN';
    if (t === undefined) (unlabelled ??= []).push(c);
    else if (t !== 'OTHER_ID') c.t = t;
  }
  if (unlabelled === undefined) return;
  let fam: Map<string, PhiType> | undefined;
  for (const c of d.cands) {
    if (c.p < 0 || c.t === 'OTHER_ID' || c.e - c.s < 5 || c.e - c.s > 24) continue;
    const t = c.t;
    if (t !== 'MRN' && t !== 'DEVICE' && t !== 'BIOMETRIC' && t !== 'ACCOUNT' && t !== 'HEALTH_PLAN' && t !== 'LICENSE') continue;
    const f = idFamily(v.slice(c.s, c.e));
    if (f === undefined) continue;
    fam ??= new Map();
    const was = fam.get(f);
    fam.set(f, was === undefined || was === t ? t : 'OTHER_ID');
  }
  if (fam === undefined) return;
  for (const c of unlabelled) {
    const f = idFamily(v.slice(c.s, c.e));
    const t = f === undefined ? undefined : fam.get(f);
    if (t !== undefined && t !== 'OTHER_ID') c.t = t;
  }
}

/** Words that open no identifier's label, even before "ID", "no." or "#": phones, rooms, lots, models, codes of things. */
const NOT_ID_LABEL = new Set('tel phone telephone fax mobile mob cell pager beeper ext extension room rm bed bay apt suite unit box lot batch model version ver rev page item step form protocol irb grant contract po part cat catalog catalogue cpt icd ndc clia loinc cvx snomed hcpcs drg exit gate route bus store station channel line size gauge question section dose cycle day week month year table figure chapter test tube kit slot rack shelf locker cabinet cart chair room zone floor level ward pin'.split(' '));
/** Nouns of things that carry an identifier; the label words before them give its type ("wander bracelet", "collar badge"). */
const ID_CARRIERS = new Set(['bracelet', 'band', 'wristband', 'tag', 'badge', 'sample', 'card']);
const ID_FILL_TOKENS = new Set(['id', 'ids', 'no', 'nr', 'nbr', 'num', 'number', 'code']);
const ID_GAP = /^[ \t]*\.?[ \t]*(?:(?:ids?|no\.?|nr\.?|number|num|code|with|#)[ \t]*[:#=.]?[ \t]*)*[:#=(]?[ \t]*$/i;
const UNIT_AFTER_ID = /^[ \t]*(?:mg|mcg|g|kg|lbs?|ml|units?|cm|mm|%|bpm|mmhg|hours?|hrs?|min|days?|x|times)\b/i;

/**
 * Stop 15: an identifier after a label word that LABEL_RE does not list: a word of ID_WORD_TYPE or a carrier noun right
 * before it ("Clinic folder KKT/2019/08812", "cart camera PTZ-7720-A14", "receipt NWO-2025-0447", "PHIN 118 204 771"),
 * or any word but a thing's before "ID", "no." or "#" when the value mixes letters and digits or is long
 * ("WeChat ID zgl_flushing68", "provider ID G7P114", "FR# FR-7712-0458"). The label words type it (labelWordType).
 */
function idAfterLabelWord(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let last = -1;
  for (const i of d.xIdx) {
    const t0 = toks[i] as Tok;
    if (t0.s < last) continue;
    // (Cheap first: four characters, or three digits before a blank and a digit ("530 771 208"); a blank, a colon, a
    // hash, an equals sign, a bracket or a joiner before the token.)
    if (t0.e - t0.s < 4 && !(t0.e - t0.s === 3 && v.charCodeAt(t0.e) === 32 && isDigitCode(codeAt(v, t0.e + 1)))) continue;
    const b0 = codeAt(v, t0.s - 1);
    if (b0 !== 32 && b0 !== 9 && b0 !== 58 && b0 !== 35 && b0 !== 61 && b0 !== 40 && b0 !== 47 && b0 !== 46 && b0 !== 95 && b0 !== 45) continue;
    // The value may open with letters joined to the digits ("KKT/2019/08812", "PM8KX2A7F").
    let vi = i;
    while (vi > 0) {
      const p = toks[vi - 1] as Tok;
      const gap = (toks[vi] as Tok).s - p.e;
      const g = v.charCodeAt(p.e);
      if (gap === 1 && (g === 95 || ((g === 47 || g === 46 || g === 45) && p.shape !== 'L' && p.shape !== 'T'))) vi--;
      else break;
    }
    // (Past the words that name no kind: "NDIS no.", "provider ID".)
    let li = vi - 1;
    while (li > 0 && li >= vi - 2 && ID_FILL_TOKENS.has((toks[li] as Tok).k)) li--;
    // ("Bracelet with number SH-...".)
    if (li > 0 && li < vi - 1 && (toks[li] as Tok).k === 'with') li--;
    if (li < 0) continue;
    const lt = toks[li] as Tok;
    if (lt.shape === 'X' || (toks[vi] as Tok).s - lt.e > 14) continue;
    const k = lt.k;
    const known = (ID_WORD_TYPE.has(k) || ID_CARRIERS.has(k)) && k !== 'lot' && k !== 'batch' && k !== 'patient' && k !== 'pt' && k !== 'driver' && k !== 'drivers' && k !== 'ticket';
    // (Stop 15, second wave: a hash after a blank fills the label too: "referral # DN25-...", "examiner #EX-...".)
    const filled = li < vi - 1 || v.charCodeAt(lt.e) === 35 || (v.charCodeAt(lt.e) === 32 && v.charCodeAt(lt.e + 1) === 35);
    // (A common word in lower case only before "ID" or "#": "provider ID", not "the no. 5".)
    if (!known && !(filled && lt.e - lt.s >= 2 && !NOT_ID_LABEL.has(k) && !(d.fl(k) & L.WORD && lt.shape === 'L' && !/^[ \t]*(?:id\b|#)/i.test(v.slice(lt.e, lt.e + 4))))) continue;
    const gap = v.slice(lt.e, (toks[vi] as Tok).s);
    if (gap.includes('\n') || !ID_GAP.test(gap)) continue;
    const vs = (toks[vi] as Tok).s;
    ID_AFTER.lastIndex = vs;
    let m = ID_AFTER.exec(v);
    SPACED_ID.lastIndex = vs;
    const sp = SPACED_ID.exec(v);
    if (sp && (!m || (sp[1] as string).length > (m[1] as string).length)) m = sp;
    if (!m) continue;
    const val = m[1] as string;
    const e = m.index + m[0].length;
    const s = e - val.length;
    // (Cheap first: most values after a label are found already.)
    if (s > t0.s || e <= t0.s || d.anyCand(s, e)) continue;
    const digits = val.replace(/\D/g, '').length;
    const letters = val.replace(/[^A-Za-z]/g, '').length;
    // (Four digits at least, or a user name's letters and digits after "ID": "MMT-780G" is a model, "CI632" a type.)
    if (!(known ? digits >= 4 : (digits >= 4 && letters >= 1) || digits >= 6) && !(filled && ((digits >= 2 && letters >= 4) || (digits >= 3 && letters >= 2 && val.length >= 6)))) continue;
    if (TRIAL_REGISTRATION.test(val)) continue;
    // Settings, readings and ranges ("CPAP 10/5", "170/60", "210-390"), a code and a year ("CC-2025"), help-desk tickets.
    if ((val.includes('/') && !isLetterCode(val.charCodeAt(0))) || /^\d{1,4}-\d{1,4}$/.test(val) || /^[A-Z]{1,3}-(?:19|20)\d\d$/i.test(val) || /^INC\d{7}$/.test(val)) continue;
    if (looksLikeDate(val) || /^\d{1,3}\.\d+$/.test(val) || /^(?:19|20)\d{2}$/.test(val) || UNIT_AFTER_ID.test(v.slice(e, e + 8))) continue;
    d.add(s, e, labelWordType(v, s) ?? 'OTHER_ID', 62);
    last = e;
  }
}

/** A professional register's acronym and number after a clinician's name: "Dr Lim Wei Ling, MMC 61127", "Niamh Ruane,
 * PHN, NMBI PIN 113872", "Gideon Marchetti, SWE reg SW118204" (up to two credentials between; not NPI, DOB, MRN...). */
const LICENCE_AFTER_NAME = /^[ \t]*,[ \t]*(?:[A-Z][A-Za-z-]{1,5}\.?[ \t]*,[ \t]*){0,2}([A-Z]{2,6}(?:-[A-Z]{2})?)[ \t]+(?:(reg(?:istration)?\.?|PIN|[Nn]o\.?|#)[ \t]*:?[ \t]*)?([A-Z]{0,3}\d{4,8})(?![\w-])/;
const NOT_REGISTER = new Set('NPI DOB DOD MRN SSN NHS CHI UR ID EXT TEL FAX MOB CELL PH RM BED APT AGE HT WT BP HR RR MSG REF ACCT INV LOT MA PIN CC DEPT WARD PAGER BLEEP'.split(' '));

function licenceAfterName(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 44 || !isUpperAscii(codeAt(v, c.e + 2))) continue;
    const m = LICENCE_AFTER_NAME.exec(v.slice(c.e, c.e + 48));
    if (!m) continue;
    const acr = m[1] as string;
    if (NOT_REGISTER.has(acr) || (m[2] === undefined && acr.length < 3)) continue;
    const g = m[3] as string;
    const s = c.e + m[0].length - g.length;
    // (It outranks a postcode read after "PIN" and a generic identifier.)
    d.add(s, s + g.length, 'LICENSE', 104);
  }
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Stop 15: the values under a table's header cell that names an identifier's kind ("Plate", "Device SN", "Member ID"),
 * in tables aligned with blanks, tabs or bars: from the header words among the label words (T.LABEL), the rows below
 * up to a blank line or a line of other cells; a value holds a digit and no blank run, and nothing found covers it.
 */
const HEADER_VALUE = /^(?:[A-Za-z]{1,2} )?[\w\/.-]*\d[\w\/.-]*(?: [\w\/.-]*\d[\w\/.-]*)*$/;

function headerColumns(d: Detector): void {
  const v = d.v;
  let lastLine = -1;
  for (const i of d.stickyIdx) {
    const t = d.toks[i] as Tok;
    if ((t.f & T.LABEL) === 0 || t.s < lastLine) continue;
    // (Cheap first: a header cell's word opens its line or follows a tab, a bar or two blanks, or is followed by them.)
    const b1 = codeAt(v, t.s - 1);
    const a1 = codeAt(v, t.e);
    if (!(t.s === 0 || b1 === 10 || b1 === 9 || b1 === 124 || (b1 === 32 && codeAt(v, t.s - 2) === 32) || a1 === 10 || a1 === 9 || a1 === 124 || a1 === 13 || Number.isNaN(a1) || (a1 === 32 && codeAt(v, t.e + 1) === 32))) continue;
    const hs = lineStartOf(v, t.s);
    let he = lineEndOf(v, t.s);
    if (he < 0) he = v.length;
    lastLine = he;
    // (Cheap first: a run of two blanks, a tab or a bar on the line.)
    const line = v.slice(hs, he);
    if (!line.includes('  ') && !line.includes('\t') && !line.includes('|')) continue;
    if (/\d/.test(line)) continue;
    const head = alignedCells(v, hs, he);
    if (head.length < 3) continue;
    const types = head.map((h) => {
      const ty = labelWordType(v, h[1], h[0]);
      // (Stop 15, second wave: a header cell of an identifier that names no kind, "operator_id", "Staff ID", a generic one.)
      return ty === undefined || ty === 'OTHER_ID' ? colType(colKey(v.slice(h[0], h[1]))) ?? idHeaderCell(v.slice(h[0], h[1])) : ty;
    });
    if (!types.some((ty) => ty !== undefined && ty !== 'NAME' && ty !== 'LOCATION' && ty !== 'DATE' && ty !== 'PHONE' && ty !== 'FAX' && ty !== 'EMAIL' && ty !== 'AGE_OVER_89')) continue;
    let rs = he + 1;
    for (let n = 0; n < 60 && rs < v.length; n++) {
      let re = lineEndOf(v, rs);
      if (re < 0) re = v.length;
      const row = alignedCells(v, rs, re);
      if (row.length < 2 || row.length > head.length + 1) break;
      for (let x = 0; x < row.length; x++) {
        const [cs, ce] = row[x] as [number, number];
        let hx = -1;
        if (row.length === head.length) hx = x;
        else for (let y = 0; y < head.length; y++) if ((head[y] as [number, number])[0] - hs <= cs - rs + 1) hx = y;
        const ty = hx < 0 ? undefined : types[hx];
        if (ty === undefined || ty === 'NAME' || ty === 'LOCATION' || ty === 'DATE' || ty === 'PHONE' || ty === 'FAX' || ty === 'EMAIL' || ty === 'AGE_OVER_89') continue;
        const val = v.slice(cs, ce);
        if (val.length < 4 || val.length > 24 || !/\d/.test(val) || !/^[A-Za-z0-9][A-Za-z0-9 \/._-]*[A-Za-z0-9]$/.test(val) || looksLikeDate(val)) continue;
        // (No word in lower case: "red F-150" describes the car, "fentaNYL 100 mcg" is a dose.)
        // (Every part holds a digit but a short leading letter group: "HP 20 441", not "RED F-150" in capitals.)
        if ((val.match(/\d/g)?.length ?? 0) < 3 || !HEADER_VALUE.test(val) || d.anyCand(cs, ce)) continue;
        d.add(cs, ce, ty, 61);
      }
      rs = re + 1;
    }
  }
}

const SQL_TUPLE_VALUE = /[ \t\r\n]*(?:'((?:[^'\n]|'')*)'|([^,()'\n]*?))[ \t]*(?=[,)])/y;

/** Stop 15: the identifiers in the columns of an SQL INSERT (SQL_INSERT) that name their kind ("mrn", "visit_no",
 * "member_id"): a generic identifier found there takes the column's type, one not found is added. */
function sqlIdColumns(d: Detector): void {
  const v = d.v;
  const re = SQL_INSERT;
  re.lastIndex = 0;
  for (let m = re.exec(v); m !== null; m = re.exec(v)) {
    const cols = (m[1] as string).split(',').map((c) => colType(colKey(c)));
    if (!cols.some((t) => t === 'MRN' || t === 'ACCOUNT' || t === 'HEALTH_PLAN' || t === 'LICENSE' || t === 'DEVICE' || t === 'SSN' || t === 'BIOMETRIC' || t === 'VEHICLE')) continue;
    let q = re.lastIndex;
    while (v.charCodeAt(q) === 40) {
      let x = q + 1;
      for (let col = 0; ; col++) {
        SQL_TUPLE_VALUE.lastIndex = x;
        const tv = SQL_TUPLE_VALUE.exec(v);
        if (!tv) break;
        const t = cols[col];
        if (tv[1] !== undefined && t !== undefined && /\d/.test(tv[1]) && t !== 'NAME' && t !== 'DATE' && t !== 'LOCATION' && t !== 'PHONE' && t !== 'FAX' && t !== 'EMAIL' && t !== 'AGE_OVER_89') {
          const s = tv.index + tv[0].indexOf("'") + 1;
          const e = s + tv[1].length;
          let typed = false;
          // (Visits every live candidate overlapping the value, from the index on a text with many: the test answers no.)
          d.someOverlap(s, e, (c) => {
            if (c.s === s && c.e === e) {
              if (c.t === 'OTHER_ID') c.t = t;
              typed = true;
            }
            return false;
          });
          if (!typed && !d.anyCand(s, e)) d.add(s, e, t, 61);
        }
        x = SQL_TUPLE_VALUE.lastIndex;
        if (v.charCodeAt(x) !== 44) break;
        x++;
      }
      x = SQL_TUPLE_VALUE.lastIndex;
      if (v.charCodeAt(x) !== 41) break;
      x = skipBlanks(v, x + 1, v.length);
      if (v.charCodeAt(x) !== 44) break;
      q = x + 1;
      while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9 || v.charCodeAt(q) === 10 || v.charCodeAt(q) === 13)) q++;
    }
  }
}

const MASK_WORDS = ['xx', 'xxx', 'xxxx', 'xxx-xx', 'xxxx-xxxx', 'xxxx-xxxx-xxxx'];

/** Stop 15: the digits left visible in a masked identifier ("Aadhaar XXXX XXXX 4471", "card ****-****-****-0192",
 * "SSN XXX-XX-4471"): the visible digits, typed by the label before the mask (an SSN's 3-2 mask is an SSN). */
const MASKED_ID = /(?<![\w*])((?:[Xx*]{2,4}[ -]?){1,4})(\d{4})(?![\w-])/g;

function maskedIds(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(MASKED_ID)) {
    const mask = m[1] as string;
    const g = m[2] as string;
    const groups = mask.trim().split(/[ -]/).filter(Boolean);
    // (One short mask before a year is no identifier: "xx 2024".)
    if (groups.length === 1 && ((groups[0] as string).length < 4 || /^(?:19|20)\d\d$/.test(g))) continue;
    // (Stars and a blank alone are a separator in notes: "**** 0315 HR dropping".)
    if (groups.length === 1 && (groups[0] as string).charCodeAt(0) === 42 && mask.endsWith(' ')) continue;
    const s = m.index + mask.length;
    if (d.anyCand(s, s + g.length)) continue;
    const ssn = groups.length === 2 && (groups[0] as string).length === 3 && (groups[1] as string).length === 2;
    d.add(s, s + g.length, ssn ? 'SSN' : labelWordType(v, m.index) ?? 'OTHER_ID', 63);
  }
}

/** Stop 15: a record number in brackets right after a patient's name in a list or a sign-out ("Varga, Elsbeth (4471-0093)",
 * "Pryce, Alaric (4417730)"): seven to ten digits, or two groups of four, and no phone's grouping. */
const RECORD_AFTER_NAME = /^ \((\d{7,10}|\d{4}-\d{4})\)/;

function recordAfterName(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 1) !== 40 || !isDigitCode(codeAt(v, c.e + 2))) continue;
    const m = RECORD_AFTER_NAME.exec(v.slice(c.e, c.e + 16));
    if (!m) continue;
    const g = m[1] as string;
    // (A phone number without its area code or with it, in ten digits, is no record number.)
    if (g.length === 10 || looksLikeDate(g)) continue;
    const s = c.e + 2;
    let here = false;
    // (Visits every live candidate overlapping the number, from the index on a text with many: the test answers no.)
    d.someOverlap(s, s + g.length, (o) => {
      if (o.t === 'OTHER_ID' && o.s === s && o.e === s + g.length) o.t = 'MRN';
      here = true;
      return false;
    });
    if (!here) d.add(s, s + g.length, 'MRN', 62);
  }
}

// Names beside the names found: initials explained in brackets and their repeats, user names built from a name found
// (stop 15, run from Detector.run after lowerNameTails) ----------------------------------------------------------------

/** The stop-15 passes over the names found, run from Detector.run after lowerNameTails: the NAME candidates are listed
 * once (the candidate list holds every type) and the names each pass adds are appended for the next. */
function namesFound(d: Detector): void {
  const all = d.cands;
  const names: Cand[] = [];
  let n = namesFrom(all, 0, names);
  bracketInitials(d, names);
  n = namesFrom(all, n, names);
  userNamesOfNames(d, names);
  n = namesFrom(all, n, names);
  namesAround(d, names);
  namesFrom(all, n, names);
  trimRoleWords(d, names);
}
/** Appends to names the NAME candidates of all from index n on; returns the list's length. */
function namesFrom(all: Cand[], n: number, names: Cand[]): number {
  for (; n < all.length; n++) {
    const c = all[n] as Cand;
    if (c.p >= 0 && c.t === 'NAME') names.push(c);
  }
  return n;
}

/** After a name found: credentials at most, then initials in brackets ("Theresa Corcoran RN (TC)", "Ruth Kagame (rk)"). */
const BRACKET_INITIALS_AFTER = /,?[ \t]*(?:[A-Z][A-Za-z]?[A-Z.-]{0,6},?[ \t]+){0,2}\(([A-Za-z]{2,4})\)/y;

/** The initials a name may be written with, lower case: every part's ("Anouk van Hulst" avh, "Sasha Pineda-Dorsey" spd),
 * every word's, and the first and last word's; a name written surname first ("Tran, Minh Chau") in both orders. */
function nameInitials(name: string): string[] {
  const out: string[] = [];
  const comma = name.indexOf(',');
  const orders = comma > 0 ? [name.slice(comma + 1) + ' ' + name.slice(0, comma), name.replace(',', ' ')] : [name];
  for (const o of orders) {
    const words = o.split(/[ \t]+/).filter((w) => /^\p{L}/u.test(w));
    if (words.length < 2) continue;
    out.push(words.map((w) => w.split('-').map((p) => p.charAt(0)).join('')).join('').toLowerCase());
    out.push(words.map((w) => w.charAt(0)).join('').toLowerCase());
    out.push(((words[0] as string).charAt(0) + (words[words.length - 1] as string).charAt(0)).toLowerCase());
  }
  return out;
}


/**
 * Initials a document explains in brackets after a name found ("Nurses: Theresa Corcoran RN (TC)", "Observers: Ruth Kagame
 * (rk)"), when they are that name's initials, and every other mention of the same initials as a word ("given by TC", a
 * log's "obs rk" column); also the initials of a legend ("KW = Kwabena Wojcik") found by namesBeside. Initials that are a
 * credential, a state code, a diagnosis or a word are marked in their brackets only.
 */
function bracketInitials(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const n0 = cands.length;
  let defined: Set<string> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    const ch = v.charCodeAt(c.e);
    // A legend's initials ("KW = Kwabena Wojcik"), when namesBeside found them.
    if (ch === 61 || (ch === 32 && v.charCodeAt(c.e + 1) === 61)) {
      const w = v.slice(c.s, c.e);
      if (w.length >= 2 && w.length <= 4 && /^[A-Z][A-Za-z]+$/.test(w)) (defined ??= new Set()).add(w);
      continue;
    }
    // (Only a blank, a comma or a bracket may follow: checked before the regular expression runs.)
    if (ch !== 32 && ch !== 44 && ch !== 40 && ch !== 9) continue;
    BRACKET_INITIALS_AFTER.lastIndex = c.e;
    const m = BRACKET_INITIALS_AFTER.exec(v);
    if (!m) continue;
    const ini = m[1] as string;
    // ("Maria Dunmore (MD)", "Rita Nolan (RN)": a credential in brackets, even when it is the name's initials.)
    if (CREDENTIAL_TOKENS.has(ini.toLowerCase()) || NOT_NAME_CAPS.has(ini.toUpperCase()) || !nameInitials(v.slice(c.s, c.e)).includes(ini.toLowerCase())) continue;
    const s = BRACKET_INITIALS_AFTER.lastIndex - 1 - ini.length;
    d.add(s, s + ini.length, 'NAME', 90);
    (defined ??= new Set()).add(ini);
  }
  if (defined === undefined) return;
  for (const ini of defined) {
    const k = ini.toLowerCase();
    if (CREDENTIAL_TOKENS.has(k) || STATE_ABBR_SET.has(ini.toUpperCase()) || NOT_NAME_CAPS.has(ini.toUpperCase()) || (d.fl(k) & L.WORD) !== 0 || NOT_NAME.has(k) || MONTH_WORDS.has(k)) continue;
    for (let q = v.indexOf(ini); q >= 0; q = v.indexOf(ini, q + 1)) {
      const b = q > 0 ? v.charCodeAt(q - 1) : 32;
      const a = v.charCodeAt(q + ini.length);
      // A word of its own: not inside a code, a file name, an address or a number ("TC-99", "lw.jpg", "@rk").
      if (isWordCode(b) || b === 45 || b === 64 || b === 46 || b === 47 || b === 95 || isWordCode(a) || a === 45 || a === 64 || a === 95 || a === 47 || (a === 46 && isWordCode(v.charCodeAt(q + ini.length + 1)))) continue;
      d.add(q, q + ini.length, 'NAME', 85);
    }
  }
}

/**
 * The words of the name at [s, e) from which user names are built: surname last when a comma puts it first ("Tran, Minh
 * Chau" -> minh, chau, tran), lower case, only words of ASCII letters with inner apostrophes or hyphens, which are dropped
 * ("O'Brien" -> obrien). Read in place (no regular expression, no string but the words).
 */
function nameWordsForKeys(v: string, s: number, e: number): string[] {
  let comma = -1;
  for (let i = s; i < e; i++) {
    const c = v.charCodeAt(i);
    // (Beyond ASCII, lower-casing may change a character's class: the general path decides.)
    if (c > 127) return nameWordsSlow(v.slice(s, e));
    if (c === 44 && comma < 0) comma = i;
  }
  const out: string[] = [];
  const read = (a: number, b: number): void => {
    for (let i = a; i < b; ) {
      i = skipBlanks(v, i, b);
      if (i >= b) break;
      const ws = i;
      let ok = isAsciiLetter(v.charCodeAt(i));
      let w = '';
      for (; i < b && v.charCodeAt(i) !== 32 && v.charCodeAt(i) !== 9; i++) {
        const c = v.charCodeAt(i);
        if (isAsciiLetter(c)) w += String.fromCharCode(c | 0x20);
        else if (i === ws || (c !== 39 && c !== 45)) ok = false;
      }
      if (ok) out.push(w);
    }
  };
  if (comma > s) {
    read(comma + 1, e);
    read(s, comma);
  } else read(s, e);
  return out;
}
/** nameWordsForKeys on a text with characters beyond ASCII: the same steps on strings. */
function nameWordsSlow(text: string): string[] {
  const comma = text.indexOf(',');
  const o = comma > 0 ? text.slice(comma + 1) + ' ' + text.slice(0, comma) : text;
  return o.toLowerCase().split(/[ \t]+/).filter((w) => /^[a-z][a-z'-]*$/.test(w)).map((w) => w.replace(/['-]/g, ''));
}

/**
 * A user name built from a name found in the same document: its initial and surname ("Oskar Fagerlund" ofagerlund), or
 * its given names and surname joined ("Tran, Minh Chau" minhchau.tran, "Marigold Okafor" marigold_okafor), in lower case
 * and standing as a word (not the local part of an e-mail address nor a host name).
 */
function userNamesOfNames(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const toks = d.toks;
  // (No name found, no user name of one: most notes end here, before the pass over the tokens.)
  if (cands.length === 0) return;
  // The lower-case words that may be a user name: no word nor name of a lexicon, or joined to the next by "." or "_"
  // (one pass over the tokens; no string is made unless one is there).
  let at: number[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'L') continue;
    const a = v.charCodeAt(t.e);
    if (((t.f & (L.WORD | NAME_BITS)) === 0 && t.e - t.s >= 5) || ((a === 46 || a === 95) && charClass(v.charCodeAt(t.e + 1)) === 2)) (at ??= []).push(i);
  }
  if (at === undefined) return;
  const n0 = cands.length;
  // (A cheap test first: a candidate word ends with the last word of a name of two words or more, or is joined to one.)
  let lasts: string[] | undefined;
  // (Several rules find the same name: each span is read once, here and below.)
  // (Spans of 40 characters at most reach here: start and length in one small integer.)
  const spanKey = (c: Cand): number => c.s * 64 + (c.e - c.s);
  let seen = new Set<number>();
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.e - c.s < 5 || c.e - c.s > 40 || seen.has(spanKey(c))) continue;
    seen.add(spanKey(c));
    let a = c.e;
    while (a > c.s && isLetterCode(v.charCodeAt(a - 1))) a--;
    if (a > c.s && c.e - a >= 3) (lasts ??= []).push(v.slice(a, c.e).toLowerCase());
    // ("Tran, Minh Chau": the surname before the comma; looked for inside the candidate only.)
    let comma = c.s;
    while (comma < c.e && v.charCodeAt(comma) !== 44) comma++;
    if (comma < c.e && comma - c.s >= 3) (lasts ??= []).push(v.slice(c.s, comma).toLowerCase());
  }
  if (lasts === undefined) return;
  // (Whether a word ends with one of those surnames or is followed by one: from a set and the lengths it holds, not
  // every surname against every word.)
  const lastSet = new Set(lasts);
  const lens = [...new Set(lasts.map((l) => l.length))];
  // (Every surname has three characters or more: a word's last three must end one of them before its suffixes are tried.)
  const tails = new Set(lasts.map((l) => l.slice(-3)));
  let any = false;
  for (const i of at) {
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (nx !== undefined && nx.s === t.e + 1 && lastSet.has(nx.k)) any = true;
    else if (tails.has(t.k.slice(-3))) for (const n of lens) if (n <= t.k.length && lastSet.has(t.k.slice(t.k.length - n))) any = true;
    if (any) break;
  }
  if (!any) return;
  /** The names found by their surname: their first given name and all given names joined. */
  const byLast = new Map<string, [string, string][]>();
  seen = new Set<number>();
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 5 || c.e - c.s > 40 || seen.has(spanKey(c))) continue;
    seen.add(spanKey(c));
    // (A name of one word makes no user name here: checked before any string is made, inside the candidate only.)
    let sp = c.s;
    while (sp < c.e && v.charCodeAt(sp) !== 32) sp++;
    if (sp >= c.e) continue;
    const words = nameWordsForKeys(v, c.s, c.e);
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    const given = words.slice(0, -1).filter((w) => w.length > 1);
    if (last.length < 3 || given.length === 0) continue;
    const list = byLast.get(last);
    if (list === undefined) byLast.set(last, [[given[0] as string, given.join('')]]);
    else list.push([given[0] as string, given.join('')]);
  }
  if (byLast.size === 0) return;
  const lastLens = [...new Set([...byLast.keys()].map((l) => l.length))];
  const lastTails = new Set([...byLast.keys()].map((l) => l.slice(-3)));
  /** Whether `q` is a user name of a name found: its initial, or its given names joined or its first given name, with
   * ".", "_" or nothing, then the surname ("mtran", "minhchau.tran", "minh_tran"). */
  const isKey = (q: string): boolean => {
    if (!lastTails.has(q.slice(-3))) return false;
    for (const n of lastLens) {
      if (n > q.length) continue;
      const list = byLast.get(q.slice(q.length - n));
      if (list === undefined) continue;
      const head = q.slice(0, q.length - n);
      const h = head.length;
      const sep = h > 0 ? head.charCodeAt(h - 1) : 0;
      const bare = sep === 46 || sep === 95 ? head.slice(0, -1) : head;
      for (const [first, g] of list) if ((h === 1 && head === first.charAt(0)) || bare === g || bare === first) return true;
    }
    return false;
  };
  for (const i of at) {
    const t = toks[i] as Tok;
    let e = t.e;
    let key = t.k;
    // "minhchau.tran", "marigold_okafor": the word, its joiner and the next word (tried first).
    const nx = toks[i + 1];
    const j = v.charCodeAt(t.e);
    if ((j === 46 || j === 95) && nx !== undefined && nx.s === t.e + 1 && nx.shape === 'L' && isKey(t.k + v.charAt(t.e) + nx.k)) {
      key = t.k + v.charAt(t.e) + nx.k;
      e = nx.e;
    } else if (!isKey(key)) continue;
    if (key.length < 5 || (d.fl(key) & (L.WORD | NAME_BITS)) !== 0) continue;
    const q = t.s;
    const b = q > 0 ? v.charCodeAt(q - 1) : 32;
    const a = v.charCodeAt(e);
    // A word of its own: not the local part of an e-mail address, a host name or a path.
    if (isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || isWordCode(a) || a === 64 || a === 95 || a === 45 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(e + 1)))) continue;
    d.add(q, e, 'NAME', 85);
  }
}

/** A patronymic joiner of Malay and Arabic names ("binti", "bin", "ibn", "a/l" anak lelaki; not "s/o", also a significant other). */
const PATRONYM_AFTER = /[ \t]+(?:binti|bin|bte|bt|ibni|ibn|bint|a\/l|a\/p)\.?[ \t]+(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?)/uy;
const PATRONYM_BEFORE = /(?:^|[^\p{L}'-])(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+){0,2})[ \t]+(?:binti|bin|bte|bt|ibni|ibn|bint|a\/l|a\/p)\.?[ \t]+$/u;
/** Words before an initial that make it no given name's ("vitamin K. Narayan", "type A. Smith"). */
const LOWER_BEFORE_INITIAL = new Set(['by', 'and', 'with', 'to', 'from', 'per', 'cc', 'dear', 'for', 'of', 'late']);
/** Military and police ranks before a surname ("1SG Boone", "PC Halloran", "SPC ESPINOZA-TAUFA"), in the forms written. */
const RANKS = new Set('PVT PV2 PFC SPC CPL SGT SSG SFC MSG 1SG CSM SGM 2LT 1LT CPT MAJ LTC COL CW2 CW3 CW4 SSgt TSgt MSgt SrA A1C Amn PO1 PO2 PO3 CPO LCpl Cpl Sgt Pte Pvt Capt Maj Col Lt Cdr PC PCSO Insp Det Constable Trooper Sheriff Deputy Sergeant Corporal Lieutenant Detective Inspector Officer'.split(' '));

/**
 * Around the names found (stop 15): a patronymic joiner and the name on its other side ("Nurul Aisyah binti
 * Kamarulzaman", "Mohd Hafiz bin Abdullah"); a dotted initial right before a surname found ("Late Sri K.
 * Narayanaswamy"); the family name of another person of the document after a name found ("Kendra Lashelle Pugh" ...
 * "Zion Amir Pugh"); a surname after a military or police rank ("1SG Boone", "PC Halloran").
 */
function namesAround(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const n0 = cands.length;
  const rare = d.rare;
  // ("a/l" and "a/p" are no tokens of the rare list: looked for beside each name, below.)
  const joiner = rare !== undefined && (rare.has('bin') || rare.has('binti') || rare.has('ibn') || rare.has('bte'));
  let families: Set<string> | undefined;
  let follows = false;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    if (joiner || (v.charCodeAt(c.e + 2) === 47 && v.charCodeAt(c.e + 1) === 97) || (c.s >= 4 && v.charCodeAt(c.s - 3) === 47 && v.charCodeAt(c.s - 4) === 97)) {
      PATRONYM_AFTER.lastIndex = c.e;
      const m = PATRONYM_AFTER.exec(v);
      if (m && patronymOk(d, m[1] as string)) d.add(c.s, PATRONYM_AFTER.lastIndex, 'NAME', c.p);
      const b = PATRONYM_BEFORE.exec(v.slice(Math.max(0, c.s - 48), c.s));
      if (b && patronymOk(d, b[1] as string)) d.add(c.s - (b[0].length - b[0].indexOf(b[1] as string)), c.e, 'NAME', c.p);
    }
    // "K. Narayanaswamy": an initial, its dot and one space before a name found that does not hold it.
    if (c.s >= 3 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 46 && charClass(v.charCodeAt(c.s - 3)) === 3 && (c.s === 3 || !isWordCode(v.charCodeAt(c.s - 4))) && !/[\s.]/.test(v.slice(c.s, c.e).charAt(1))) {
      const q = skipBlanksBack(v, c.s - 4);
      let a = q;
      while (a >= 0 && isLetterCode(v.charCodeAt(a))) a--;
      const prev = v.slice(a + 1, q + 1);
      if (prev === '' || !/^\p{Ll}/u.test(prev) || LOWER_BEFORE_INITIAL.has(prev)) d.add(c.s - 3, c.e, 'NAME', c.p);
    }
    // "DUNBAR-KERR, Alasdair": a surname in capitals, a comma and a given name found (a register's or a wristband's order).
    if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44 && !d.capsDoc && charClass(v.charCodeAt(c.s - 3)) === 3 && charClass(v.charCodeAt(c.s + 1)) === 2) capsSurnameBefore(d, c);
    // (Whether a name found is followed by one space and a capitalized word: the family rule below needs one.)
    if (!follows && v.charCodeAt(c.e) === 32 && charClass(v.charCodeAt(c.e + 1)) === 3) follows = true;
  }
  // The family names of the names of two words or more: the last word, a capital then lower case.
  if (follows) for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    let a = c.e - 1;
    while (a > c.s && isLetterCode(v.charCodeAt(a)) && charClass(v.charCodeAt(a)) === 2 || (a > c.s && v.charCodeAt(a) === 45)) a--;
    if (a - 1 <= c.s || c.e - a < 3 || charClass(v.charCodeAt(a)) !== 3 || v.charCodeAt(a - 1) !== 32 || v.charCodeAt(c.e - 1) === 45) continue;
    (families ??= new Set()).add(v.slice(a, c.e));
  }
  // "Zion Amir Pugh": a name found, one space and the family name of another name of the document.
  if (families !== undefined) for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME' || v.charCodeAt(c.e) !== 32 || charClass(v.charCodeAt(c.e + 1)) !== 3) continue;
    let e = c.e + 1;
    while (e < v.length && (isLetterCode(v.charCodeAt(e)) || v.charCodeAt(e) === 45)) e++;
    const w = v.slice(c.e + 1, e);
    if (!families.has(w) || isWordCode(v.charCodeAt(e))) continue;
    // (A common word that is no surname is no family name even when a name found ends with it: "Captopril Dose".)
    const f = d.fl(w.toLowerCase());
    if ((f & L.WORD) === 0 || (f & L.COMMON_SURNAME) !== 0) d.add(c.s, e, 'NAME', c.p);
  }
  // Ranks: gated by the rare words (RANK_RARE) or a rank with a digit in the text.
  let ranks = false;
  // (The text's rare words are few: each is looked up, not every rank.)
  if (rare !== undefined) for (const w of rare) if (RANK_RARE_SET.has(w)) ranks = true;
  // (A rank with a digit is a token of shape X: "1SG", "2LT".)
  if (!ranks) for (const i of d.xIdx) {
    const w = (d.toks[i] as Tok).w;
    const w0 = w.charCodeAt(0);
    if (w.length === 3 && (w0 === 49 || w0 === 50) && RANKS.has(w)) ranks = true;
  }
  if (ranks) rankSurnames(d);
}

/** A surname in capitals before the comma before a given name found ("DUNBAR-KERR, Alasdair", "OKAFOR, Chidi"): a word of three
 * letters or more that is no common word (unless a surname), no abbreviation of a diagnosis, a state, a credential or a title. */
function capsSurnameBefore(d: Detector, c: Cand): void {
  const i = d.tokenStartingAt(c.s);
  if (i < 1) return;
  const g = d.toks[i] as Tok;
  const sv = d.toks[i - 1] as Tok;
  if (g.shape !== 'T' || (g.f & L.FIRST) === 0 || sv.shape !== 'U' || sv.e !== c.s - 2 || sv.w.length < 3 || sv.possessive) return;
  if ((sv.f & L.WORD) !== 0 && (sv.f & (L.LAST | L.COMMON_SURNAME)) === 0) return;
  if (NOT_NAME_CAPS.has(sv.w) || (sv.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.NOT_PERSON | M.FACILITY_GENERIC | M.EPONYMS)) !== 0) return;
  if ((sv.f & (L.PLACE | L.COUNTRY)) !== 0 && (sv.f & NAME_BITS) === 0) return;
  if (sv.k.includes('-') ? !d.known(sv) : (sv.f & NAME_BITS) === 0 && sv.w.length < 5) return;
  d.add(sv.s, c.e, 'NAME', c.p);
}

/** The name beside a patronymic joiner: capitalized words that are no common words (given names that are words pass). */
function patronymOk(d: Detector, name: string): boolean {
  for (const w of name.split(/[ \t]+/)) {
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (NOT_NAME.has(k) || TITLES.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || FACILITY_GENERIC.has(k) || ((f & L.WORD) !== 0 && (f & NAME_BITS) === 0)) return false;
  }
  return true;
}

/** The rare trigger words that may be a rank (lower case, as the tokenizer keys them). */
// (Not "lt": left in capitals, in most nursing notes; "Lt." is a title of the name rules already.)
const RANK_RARE = ['pvt', 'pfc', 'spc', 'cpl', 'sgt', 'ssg', 'sfc', 'msg', 'csm', 'sgm', 'cpt', 'maj', 'ltc', 'capt', 'pte', 'pc', 'insp', 'det', 'constable', 'trooper', 'sheriff', 'deputy', 'sergeant', 'corporal', 'lieutenant', 'detective', 'inspector', 'officer'];

const RANK_RARE_SET = new Set(RANK_RARE);

function rankSurnames(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    // (A rank is a rare trigger word, or a token with a digit: one bit test skips the others.)
    if (((t.f & T.NHS) === 0 && t.shape !== 'X') || t.w.length > 10 || !RANKS.has(t.w)) continue;
    let j = i + 1;
    let nx = toks[j] as Tok;
    // ("Lt. Gabriela Soto-Henning": a dot after the rank.)
    const gap = v.slice(t.e, nx.s);
    if (gap !== ' ' && gap !== '. ') continue;
    if (nx.shape !== 'T' && nx.shape !== 'U') continue;
    const s = nx.s;
    let e = -1;
    for (let n = 0; n < 3; n++) {
      if (nx.w.length < 3 || nx.possessive || d.common(nx) || (nx.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) !== 0) break;
      if ((nx.f & (L.PLACE | L.COUNTRY)) !== 0 && (nx.f & NAME_BITS) === 0) break;
      // (A surname in capitals only after a rank of three letters or more, in a text not written in capitals: "PC BID" is
      // after meals, "DC EXTUB" no rank at all.)
      if ((nx.f & (T.FACILITY | T.STREET)) !== 0 || (nx.shape === 'U' && (nx.w.length < 4 || t.w.length < 3 || d.capsDoc || NOT_NAME_CAPS.has(nx.w)))) break;
      e = nx.e;
      const nn = toks[j + 1];
      if (nn === undefined || !oneSpace(v, nx.e, nn.s) || nn.shape !== nx.shape) break;
      j++;
      nx = nn;
    }
    if (e > s) d.add(s, e, 'NAME', 76);
  }
}

/** A label of a name field or of an age, found as a name ("Forenames Iain Ruaridh", "Narayanaswamy   Age 58 F"). */
const NAME_FIELD_WORDS = new Set(['forename', 'forenames', 'surname', 'surnames', 'given', 'names']);
const AGE_LABEL_WORDS = new Set(['age', 'umur', 'edad', 'idade', 'alter', 'eta']);

/**
 * Trims from the names found (stop 15) a role noun or a credential opening a name whose second word is a given name ("Driver Lionel Batiste", "Screener Willa Pruett", "Vaccinators Bernadette Ng", "CNA Guy
 * Tremblay", "Forenames Iain Ruaridh"), and drops a rank alone before its dot ("Lt. Gabriela ...") and an age label
 * alone before a number ("Age 58 F").
 */
function trimRoleWords(d: Detector, names: Cand[]): void {
  const v = d.v;
  const toks = d.toks;
  let trimmed: Set<number> | undefined;
  let dropped = false;
  for (const c of names) {
    if (c.p < 0 || c.t !== 'NAME') continue;
    const c0 = v.charCodeAt(c.s);
    if (c0 < 65 || c0 > 90 || c.e - c.s > 60) continue;
    const sp = v.indexOf(' ', c.s);
    if (sp < 0 || sp >= c.e) {
      // One word: a rank before its dot, an age label before a number (the character after is checked first).
      const a = v.charCodeAt(c.e);
      if (a !== 46 && a !== 32 && a !== 58 && a !== 9) continue;
      const w = v.slice(c.s, c.e);
      if ((RANKS.has(w) && v.charCodeAt(c.e) === 46 && v.charCodeAt(c.e + 1) === 32) || (AGE_LABEL_WORDS.has(w.toLowerCase()) && /^[ \t:]*\d/.test(v.slice(c.e, c.e + 4)))) {
        c.p = -1;
        dropped = true;
      }
      continue;
    }
    // (A role noun ends in r, t, n or s, a label in e, n or s, a credential in a capital: checked before the token is looked up.)
    const z = v.charCodeAt(sp - 1);
    if (z !== 114 && z !== 116 && z !== 110 && z !== 115 && z !== 101 && (z < 65 || z > 90)) continue;
    const i = d.tokenStartingAt(c.s);
    if (i < 0) continue;
    const t = toks[i] as Tok;
    const g = toks[i + 1];
    // (Every candidate that opens with the word, "Forenames Iain" and "Forenames Iain Ruaridh" alike.)
    if (g === undefined || g.e > c.e || !oneSpace(v, t.e, g.s) || g.shape !== 'T' || (g.f & L.FIRST) === 0) continue;
    const k = t.k.endsWith('s') ? t.k.slice(0, -1) : t.k;
    const fk = d.fl(k);
    const role =
      NAME_FIELD_WORDS.has(t.k) ||
      (t.shape === 'U' && (t.m & M.CREDENTIAL_TOKENS) !== 0 && t.w.length >= 2) ||
      (t.shape === 'T' && k.length >= 6 && /(?:er|or|ist|ian)$/.test(k) && (fk & L.FIRST) === 0 && ((fk & L.WORD) !== 0 || (fk & NAME_BITS) === 0));
    if (role) {
      (trimmed ??= new Set()).add(c.s);
      d.setStart(c, g.s);
    }
  }
  // (The role word found alone by another rule goes too.)
  if (trimmed !== undefined) for (const c of names) if (c.p >= 0 && trimmed.has(c.s)) c.p = -1;
  // (Dropped candidates leave the list here: resolve keeps those of priority -1 unless a later rule filters them.)
  if (dropped || trimmed !== undefined) {
    const cands = d.cands;
    let w = 0;
    for (let x = 0; x < cands.length; x++) if ((cands[x] as Cand).p >= 0) cands[w++] = cands[x] as Cand;
    cands.length = w;
  }
}

// Names of the second wave of stop 15 (branch names16): user names of logs and fields, initials after a verification
// cue, names beside a joiner, a newborn's surname, a middle initial, a sign-off, names typed as places ---------------

/** Words that open initials of a verification ("initialled TOP", "Verified: hk", "witnessed by JMO"). */
const VERIFY_CUES = new Set(['initialled', 'initialed', 'verified', 'witnessed', 'countersigned']);
/** After such a cue: "by" or a colon, then two or three letters (all lower case or all capitals) ending the field. */
const VERIFY_INITIALS = /(?:[ \t]+by)?[ \t]*:?[ \t]*([a-z]{2,3}|[A-Z]{2,3})(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]{2,}|\t)/y;
/** A joiner of a South Asian name ("son of", "daughter of", "wife of") between two names: "Imran Bashir s/o Tariq Mehmood". */
const SON_OF_AFTER = /[ \t]+[SsDdWw]\/[Oo][ \t]+((?:\p{Lu}[\p{Ll}'-]+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?:[ \t]+(?:\p{Lu}[\p{Ll}'-]+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)){0,2})/uy;
/** "Baby Girl QUINTANA", "Baby Boy Okonjo": a newborn's surname after the sex word. */
const BABY_SURNAME = /\b(?:Baby|BABY|baby)[ \t]+(?:Boy|Girl|BOY|GIRL|boy|girl)[ \t]+(\p{Lu}[\p{L}'-]+)(?![\p{L}\d])/gu;
/** A middle initial and a surname after a given name found: " A. Delacroix-Tobin". */
const MIDDLE_INITIAL_AFTER = /[ \t][A-Z]\.[ \t]+(\p{Lu}\p{Ll}+(?:['-]\p{Lu}?\p{Ll}+)?)(?![\p{L}\d.'-])/uy;
/** A dotted initial and a surname after "by": "by J. Obuya", "by T. WILKES-ABARA". */
const BY_INITIAL_SURNAME = /[ \t]+[A-Z]\.[ \t]+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\d'-]|\.\p{L})/uy;
/** A Latin species after an initial is no surname ("by E. Coli", "S. Aureus"). */
const LATIN_ENDING = /(?:i|ae|us|um|is|es|ii|ensis|ile|ans|ata)$/;
/** A sign-off in a message: two dashes, one given name, then the line's end or a phone number ("-- Bekah  717-555-..."). */
const SIGN_OFF_NAME = /(?:^|[\n ])--[ \t]?(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:\r?\n|$)|[ \t]+\(?\+?\d)/gu;

/** Stop 15, second wave: run from Detector.run after namesFound. */
function namesSecondWave(d: Detector): void {
  const v = d.v;
  logHandles(d);
  const rare = d.rare;
  if (rare !== undefined && (rare.has('initialled') || rare.has('initialed') || rare.has('verified') || rare.has('witnessed') || rare.has('countersigned'))) verifiedInitials(d);
  if (ofMark(v)) sonOfNames(d);
  if (d.rare?.has('baby')) babySurnames(d);
  if (v.includes('--')) signOffNames(d);
  namesBesideNames(d);
}

/**
 * A user name (an initial and a known surname, "tmcelhaney", "pmaki") in a log or a field without a handle cue: after a
 * label's colon and ending the field ("Dispatcher: tmcelhaney   Call closed"), alone in a column ("x3   mbeaulieu
 * 09/10/2025"), or beside a time ("(dkhoury 10:02)", "23:30  rsalonga"). A surname among the 20,000 most frequent needs one
 * of these, a rarer one two; every other mention of a user name found this way is one too ("... by rsalonga.").
 */
function logHandles(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let cands: number[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'L' || t.e - t.s < 5 || t.e - t.s > 20 || (t.f & (L.WORD | NAME_BITS)) !== 0) continue;
    (cands ??= []).push(i);
  }
  if (cands === undefined) return;
  let keys: Map<string, number> | undefined;
  const standsAlone = (t: Tok): boolean => {
    const b = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
    const a = v.charCodeAt(t.e);
    return !(isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || b === 64 || isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47 || a === 58) && isWordCode(v.charCodeAt(t.e + 1))));
  };
  for (const i of cands) {
    const t = toks[i] as Tok;
    // (Cheap first, from the characters around: a colon, a column gap, a bar or a digit must stand beside the word for
    // one of the contexts below to hold.)
    const bq = skipBlanksBack(v, t.s - 1);
    const aq = skipBlanks(v, t.e, v.length);
    const cb = bq >= 0 ? v.charCodeAt(bq) : -1;
    const b1 = v.charCodeAt(t.s - 1);
    const gapBefore = b1 === 9 || cb === 124 || (b1 === 32 && (v.charCodeAt(t.s - 2) === 32 || v.charCodeAt(t.s - 2) === 9));
    if (cb !== 58 && !gapBefore && !isDigitCode(cb) && !(aq > t.e && isDigitCode(v.charCodeAt(aq)))) continue;
    const rest = t.k.slice(1);
    const fr = d.fl(rest);
    if ((fr & L.WORD) !== 0 || (fr & (L.LAST | L.OTHER | L.COMMON_SURNAME)) === 0) continue;
    if (NOT_NAME.has(rest) || EPONYMS.has(rest) || NOT_NAME.has(t.k) || MEDICAL_ENDING.test(t.k) || !standsAlone(t)) continue;
    // The contexts: a label's colon before and the field's end after; a column gap on both sides; a time beside.
    let ls = t.s;
    while (ls > 0 && t.s - ls < 40 && v.charCodeAt(ls - 1) !== 10) ls--;
    const before = v.slice(ls, t.s);
    const after = v.slice(t.e, t.e + 12);
    const fieldEnd = /^(?:[ \t]*[.;,]?[ \t]*(?:\r?\n|$)|[.;,][ \t]|[ \t]{2,}|\t)/.test(after);
    let n = 0;
    if (/[A-Za-z)][ \t]*:[ \t]*$/.test(before) && fieldEnd) n++;
    if (/(?:[ \t]{2,}|\t|\|[ \t]*)$/.test(before) && /^(?:[ \t]{2,}|\t|[ \t]*(?:\||\r?\n|$))/.test(after)) n++;
    if (/\b\d{1,2}:\d{2}(?::\d{2})?[ \t]+$/.test(before) || /^[ \t]+\d{1,2}:\d{2}(?![\d])/.test(after)) n++;
    if (n === 0 || (n < 2 && (fr & L.COMMON_SURNAME) === 0)) continue;
    (keys ??= new Map()).set(t.k, i);
  }
  if (keys === undefined) return;
  for (const i of cands) {
    const t = toks[i] as Tok;
    if (keys.has(t.k) && standsAlone(t) && !d.nameOverlaps(t.s, t.e)) d.add(t.s, t.e, 'NAME', 85);
  }
}

/** Initials after a verification cue, ending their field ("discard (initialled TOP)", "Verified: hk", "witnessed by JMO"):
 * not a credential, an abbreviation of NOT_INITIALS or a diagnosis; lower-case ones, and capitals after "verified", no word. */
function verifiedInitials(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !VERIFY_CUES.has(t.k)) continue;
    VERIFY_INITIALS.lastIndex = t.e;
    const m = VERIFY_INITIALS.exec(v);
    if (!m) continue;
    const ini = m[1] as string;
    const k = ini.toLowerCase();
    const up = ini.toUpperCase();
    if (k === 'by' || CREDENTIAL_TOKENS.has(k) || NOT_INITIALS.has(up) || NOT_NAME_CAPS.has(up) || STATE_ABBR_SET.has(up) || NOT_NAME.has(k)) continue;
    // (A word in lower case, or in capitals after any cue but "initialled": "verified: yes", "Verified: YES".)
    if ((d.fl(k) & L.WORD) !== 0 && (ini === k || !t.k.startsWith('initial'))) continue;
    const s = m.index + m[0].length - ini.length;
    if (!d.nameOverlaps(s, s + ini.length)) d.add(s, s + ini.length, 'NAME', 80);
  }
}

/** The name after "s/o", "d/o" or "w/o" right after a name found ("Imran Bashir s/o Tariq Mehmood"): capitalized words
 * that are no common words (or are names too). */
function sonOfNames(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 2) !== 47) continue;
    SON_OF_AFTER.lastIndex = c.e;
    const m = SON_OF_AFTER.exec(v);
    if (!m) continue;
    // (The words written as the first is: "Ghulam Rasool CNIC" stops before the capitals.)
    const words = (m[1] as string).split(/[ \t]+/);
    const caps = (w: string) => w === w.toUpperCase();
    let nw = 1;
    while (nw < words.length && caps(words[nw] as string) === caps(words[0] as string)) nw++;
    const all = m[1] as string;
    let end = 0;
    for (let k = 0; k < nw; k++) end = all.indexOf(words[k] as string, end) + (words[k] as string).length;
    const g = all.slice(0, end);
    const ok = words.slice(0, nw).every((w) => {
      const k = w.toLowerCase();
      const f = d.fl(k);
      return !NOT_NAME.has(k) && !NOT_NAME_CAPS.has(w) && !STATE_WORDS.has(k) && ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0) && (f & (L.COUNTRY | T.FACILITY)) === 0;
    });
    if (!ok) continue;
    const s = m.index + m[0].length - all.length;
    d.add(s, s + g.length, 'NAME', 85);
  }
}

/** A newborn's surname after "Baby Girl" or "Baby Boy", in capitals too ("Baby Girl QUINTANA"); the words before it are
 * no name ("Baby" found alone is dropped). */
function babySurnames(d: Detector): void {
  const v = d.v;
  // The start of each "Baby Girl" and the start of its surname (the words between are dropped below, in one pass).
  let opens: Map<number, number> | undefined;
  for (const m of v.matchAll(BABY_SURNAME)) {
    const w = m[1] as string;
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (w.length < 2 || NOT_NAME.has(k) || NOT_NAME_CAPS.has(w) || ((f & L.WORD) !== 0 && (f & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    // (Stop 16: an eponym or a score before its value is no surname, "baby boy Apgars 8 and 9".)
    if (EPONYMS.has(k) || EPONYMS.has(k.replace(/s$/, '')) || /^[ \t]+\d/.test(v.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const s = m.index + m[0].length - w.length;
    (opens ??= new Map()).set(m.index, s);
    if (!d.nameOverlaps(s, s + w.length)) d.add(s, s + w.length, 'NAME', 85);
  }
  if (opens === undefined) return;
  const cands = d.cands;
  let n = 0;
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x] as Cand;
    const s = c.t === 'NAME' ? opens.get(c.s) : undefined;
    if (s !== undefined && c.e < s) {
      // (Priority -1 first, as trimRoleWords does: the candidate index may still list it.)
      c.p = -1;
      continue;
    }
    cands[n++] = c;
  }
  cands.length = n;
}

/** A message's sign-off: two dashes and a given name before the line's end or a phone number ("-- Bekah  717-555-0129"),
 * when the word is no common word (or is a given name too) and no abbreviation. */
function signOffNames(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(SIGN_OFF_NAME)) {
    const w = m[1] as string;
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (NOT_NAME.has(k) || EPONYMS.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || (f & (L.PLACE | L.COUNTRY | T.FACILITY)) !== 0 && (f & L.FIRST) === 0) continue;
    if ((f & L.WORD) !== 0 && (f & L.FIRST) === 0) continue;
    const s = m.index + m[0].length - w.length;
    if (!d.nameOverlaps(s, s + w.length)) d.add(s, s + w.length, 'NAME', 75);
  }
}

/**
 * Around the names found: a middle initial and a surname after a given name ("RE: Marcus A. Delacroix-Tobin"); a dotted
 * initial and a surname after "by" ("by J. Obuya", "by T. WILKES-ABARA"); a one-word place found right after a given name
 * is its surname ("(Horace Belvedere, MRN"); a care site found right after "Dr" opens with the doctor's name ("DR PHUONG
 * NGUYEN LAKEVIEW DIALYSIS").
 */
function namesBesideNames(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const cands = d.cands;
  const n0 = cands.length;
  let ends: Map<number, Cand> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0) continue;
    if (c.t === 'NAME') {
      (ends ??= new Map()).set(c.e, c);
      // " A. Delacroix": checked by its blank and dot before the pattern runs.
      if (v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 2) !== 46) continue;
      let a = c.e;
      while (a > c.s && isLetterCode(v.charCodeAt(a - 1))) a--;
      const i = d.tokenStartingAt(a);
      if (i < 0 || ((toks[i] as Tok).f & L.FIRST) === 0 || (toks[i] as Tok).shape !== 'T') continue;
      MIDDLE_INITIAL_AFTER.lastIndex = c.e;
      const m = MIDDLE_INITIAL_AFTER.exec(v);
      if (!m || !surnameLike(d, m[1] as string, false)) continue;
      d.add(c.s, m.index + m[0].length, 'NAME', c.p);
    }
  }
  // "by J. Obuya".
  for (const i of d.cueIdx) {
    const t = toks[i] as Tok;
    if (t.k !== 'by' || v.charCodeAt(t.e + 2) !== 46) continue;
    BY_INITIAL_SURNAME.lastIndex = t.e;
    const m = BY_INITIAL_SURNAME.exec(v);
    if (!m || !surnameLike(d, m[1] as string, true)) continue;
    const st = m.index + m[0].length - (m[1] as string).length - 3;
    if (!d.nameOverlaps(st, m.index + m[0].length)) d.add(st, m.index + m[0].length, 'NAME', 80);
  }
  if (ends === undefined) return;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || c.p >= 90) continue;
    const i = d.tokenStartingAt(c.s);
    if (i < 0) continue;
    const t = toks[i] as Tok;
    // A one-word place right after a given name found.
    const n = v.charCodeAt(c.s - 1) === 32 ? ends.get(c.s - 1) : undefined;
    if (n !== undefined && t.e === c.e && t.shape === 'T' && (t.f & (L.WORD | L.COUNTRY | T.FACILITY | T.STREET)) === 0 && (t.m & (M.STATE_WORDS | M.FACILITY_GENERIC)) === 0) {
      const g = toks[i - 1];
      if (g !== undefined && g.e === n.e && g.shape === 'T' && (g.f & L.FIRST) !== 0 && (g.f & L.WORD) === 0 && (g.m & (M.TITLES | M.NOT_NAME)) === 0) {
        c.t = 'NAME';
        d.add(n.s, c.e, 'NAME', Math.max(n.p, c.p));
        continue;
      }
    }
    // "DR PHUONG NGUYEN LAKEVIEW DIALYSIS": a given name and a surname after "Dr" open the site.
    const n2 = toks[i + 1];
    const n3 = toks[i + 2];
    if (n2 === undefined || n3 === undefined || n3.e > c.e || d.wordBefore(c.s) !== 'dr') continue;
    const nameWord = (w: Tok, first: boolean) => (w.f & L.WORD) === 0 && (w.f & (first ? L.FIRST : NAME_BITS)) !== 0 && (w.f & T.FACILITY) === 0 && (w.m & (M.FACILITY_GENERIC | M.NOT_NAME)) === 0;
    if (!nameWord(t, true) || !nameWord(n2, false) || !oneSpace(v, t.e, n2.s) || !oneSpace(v, n2.e, n3.s)) continue;
    d.add(t.s, n2.e, 'NAME', Math.max(c.p + 1, 80));
    d.setStart(c, n3.s);
  }
}
/** Whether a capitalized word after an initial may be a surname: no common word, no place only, no abbreviation; an unknown
 * word after "by" (weak) no Latin species ("by E. Coli"). */
function surnameLike(d: Detector, w: string, weak: boolean): boolean {
  const k = w.toLowerCase();
  const f = d.fl(k.split('-')[0] as string);
  if (NOT_NAME.has(k) || EPONYMS.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || NOT_NAME_CAPS.has(w) || NOT_INITIALS.has(w) || CREDENTIAL_TOKENS.has(k)) return false;
  if ((f & L.WORD) !== 0 || ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & NAME_BITS) === 0) || (f & T.FACILITY) !== 0) return false;
  if (weak && (f & NAME_BITS) === 0 && LATIN_ENDING.test(k)) return false;
  return true;
}


// --- Stop 15, second wave (branch ids18): identifiers and their types, more label words and shapes ---------------------

// More label words for labelWordType and idAfterLabelWord: devices, biometrics, registers, national health insurers.
idWords('DEVICE', 'pendant pendants base');
idWords('BIOMETRIC', 'finger fingers geometry vein');
idWords('LICENSE', 'lic cdl');
// (A visa is a traveller's document more often than a card brand: "H-2A visa", "residence visa no.".)
idWords('OTHER_ID', 'unos donornet isolate isolates hkid rut tissue visa');
idWords('HEALTH_PLAN', 'fonasa isapre sehat nhf nhif nhis nhia ehic ekuz nfz imss issste philhealth tricare champva ahcccs');
// (An enrolment names no kind of its own: "palm-vein enrolment", "hand-geometry badge enrolment".)
ID_LABEL_FILL.add('enrolment');
ID_LABEL_FILL.add('enrollment');

/** The identifier types whose values these passes extend, continue or retype. */
const ID18_TYPES: ReadonlySet<PhiType> = new Set<PhiType>(['OTHER_ID', 'MRN', 'SSN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'BIOMETRIC', 'VEHICLE']);

/** Stop 15, second wave: the passes that add identifiers, run from laterCues before identifierTypes. */
function idsFound18(d: Detector): void {
  dottedNationalIds(d);
  licenceInBrackets(d);
}

/** Stop 15, second wave: the passes that extend, continue and retype identifiers, run from laterCues after identifierTypes. */
function idsTyped18(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  let health = false;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || !ID18_TYPES.has(c.t)) continue;
    if (c.t === 'HEALTH_PLAN') health = true;
    const a = v.charCodeAt(c.e);
    // A card number found by its shape under a health plan's label word: "SUS card 700 4471 8293 0012", "EHIC 8061...".
    if (c.t === 'ACCOUNT' && labelWordType(v, c.s) === 'HEALTH_PLAN') c.t = 'HEALTH_PLAN';
    // A generic identifier opening a line after a label word ending the line before: "accounts\nED-44019923".
    // (Not a table's row under its header: "...,device\nR-100441,...".)
    if (c.t === 'OTHER_ID' && c.s > 0 && v.charCodeAt(c.s - 1) === 10 && a !== 44 && a !== 9 && a !== 124) {
      const t = labelAtLineEnd(v, c.s - 1);
      if (t !== undefined) c.t = t;
    }
    // A check character in brackets joined to the value: "HKID K402817(6)".
    if (a === 40 && v.charCodeAt(c.e + 2) === 41 && isDigitCode(v.charCodeAt(c.e - 1)) && !isWordCode(codeAt(v, c.e + 3))) {
      const k = v.charCodeAt(c.e + 1);
      // (Typed by its label word when there is one: "HKID" names a national number, whatever the shape said.)
      if (isDigitCode(k) || (k >= 65 && k <= 90)) d.add(c.s, c.e + 3, labelWordType(v, c.s) ?? c.t, c.p + 1);
    }
    // A value that names its kind: "MR00417723" is a record number.
    // (Not under a label, nor an accession's "MR" of magnetic resonance: "ACC MR2510090114".)
    if (c.t === 'OTHER_ID' && (v.charCodeAt(c.s) === 77 || v.charCodeAt(c.s) === 109) && /^MRN?[-#]?\d{5,}$/i.test(v.slice(c.s, c.e)) && labelWordType(v, c.s) === undefined && !/\bacc(?:ession)?\b[^\n]{0,8}$/i.test(v.slice(Math.max(0, c.s - 24), c.s))) c.t = 'MRN';
    // A record number after a patient's name: "PT OKAFOR J H00451290".
    if (c.t === 'OTHER_ID' && v.charCodeAt(c.s - 1) === 32 && isLetterCode(codeAt(v, c.s - 2))) recordAfterPatient(d, c);
    // A list of values of one family after one label: "Tissue IDs KEB-25-0771-OD / KEB-25-0771-OS".
    if (a === 32 || a === 44 || a === 47) idListTail(d, c);
  }
  if (health) otherPolicies(d, n0);
}

/** After a value: a joiner ("/", "&", "and", "or", a comma) and a value of the same family and length. */
const ID_LIST_TAIL = /^[ \t]*(?:\/|&|,|and|or)[ \t]*(?=[\w\/.-]*\d)([A-Za-z0-9](?:[A-Za-z0-9_]|[-\/.](?=[A-Za-z0-9]))*)(?![\w-])/;

function idListTail(d: Detector, c: Cand): void {
  const v = d.v;
  const m = ID_LIST_TAIL.exec(v.slice(c.e, c.e + 40));
  if (!m) return;
  const g = m[1] as string;
  const val = v.slice(c.s, c.e);
  if (g.length !== val.length) return;
  const f = idFamily(val);
  if (f === undefined || idFamily(g) !== f) return;
  const s = c.e + m[0].length - g.length;
  const e = s + g.length;
  if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' || o.s < s || o.e > e)) return;
  // (The generic identifiers found there take the type; the value is added whole.)
  let found = false;
  d.someOverlap(s, e, (o) => {
    o.t = c.t;
    if (o.s === s && o.e === e) found = true;
    return false;
  });
  if (!found) d.add(s, e, c.t, c.p);
}

/** A national number in dotted groups with a check character: the Chilean RUT "12.345.678-K", the Brazilian RG "44.718.293-X". */
const DOTTED_ID = /^\d{1,3}\.\d{3}\.\d{3}-[0-9Kk Xx]{1,2}(?![\w.-])/;

function dottedNationalIds(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    // (Cheap first: one to three digits, a dot and a digit after, no word character, dot or joiner before.)
    if (t.e - t.s > 3 || v.charCodeAt(t.e) !== 46 || v.charCodeAt(t.e + 4) !== 46 || v.charCodeAt(t.e + 8) !== 45 || !isDigitCode(v.charCodeAt(t.s))) continue;
    const b = codeAt(v, t.s - 1);
    if (isWordCode(b) || b === 46 || b === 45 || b === 44) continue;
    const m = DOTTED_ID.exec(v.slice(t.s, t.s + 16));
    if (!m) continue;
    const e = t.s + m[0].trimEnd().length;
    if (d.anyCand(t.s, e)) continue;
    const ty = labelWordType(v, t.s);
    d.add(t.s, e, ty === undefined || ty === 'SSN' ? 'OTHER_ID' : ty, 62);
  }
}

/**
 * A professional register's acronym and number in brackets after a clinician's name and credentials, or after a role word:
 * "Dr. Sadia Iqbal (PMDC 71409-P)", "Lena Marsh, RN (NCJ RN 22871)", "Ode Falk, neurologist, CMQ 1-04471", "(IL lic
 * 146.018833)". Not a state's code and a ZIP code, nor the acronyms of record, health-plan and national numbers.
 */
const LICENCE_IN_BRACKETS = /^(?:[ \t]*,[ \t]*[A-Za-z][A-Za-z.-]{1,20}){0,2}[ \t]*(?:\(|,)[ \t]*([A-Z]{2,6})[ \t]+(?:(lic\.?|licen[cs]e|reg(?:istration)?\.?|PIN|[Nn]o\.?|#)[ \t]*:?[ \t]*)?((?:[A-Z]{1,4}[ -]?)?\d[\d.-]{2,10}\d(?:-[A-Z0-9])?)(?=[ \t]*[),;]|[ \t]*\r?\n|[ \t]*$)/;
const NOT_REGISTER_18 = new Set('MR PID PT NHI OHIP PHN RAMQ HCN MBI UHID CRN HKID NRIC CPF RG RUT DNI NIE NIF CURP RFC PESEL BSN SIN NI NIN CNIC NIC TRN EID UNOS CASE EMP ACC REF RX PO GP BP HR RR SPO TEMP'.split(' '));

function licenceInBrackets(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    // (Cheap first: a comma or a bracket after the name, at once or after one blank.)
    const a = v.charCodeAt(c.e);
    if (a !== 44 && a !== 40 && !(a === 32 && v.charCodeAt(c.e + 1) === 40)) continue;
    const m = LICENCE_IN_BRACKETS.exec(v.slice(c.e, c.e + 72));
    if (!m) continue;
    const acr = m[1] as string;
    const lic = m[2] !== undefined && /^lic/i.test(m[2]);
    // (In a text in capitals a word is no acronym: "RN, BADGE EH-448120".)
    if (NOT_REGISTER.has(acr) || NOT_REGISTER_18.has(acr) || (US_STATE_CODES.has(acr) && !lic) || (acr.length >= 4 && (d.fl(acr.toLowerCase()) & L.WORD) !== 0)) continue;
    let g = m[3] as string;
    if (looksLikeDate(g) || (g.match(/\d/g)?.length ?? 0) < 4) continue;
    // ("CDL CO 18-204-7731": the issuing state's code is no part of the number.)
    if (/^[A-Z]{2} /.test(g) && US_STATE_CODES.has(g.slice(0, 2))) g = g.slice(3);
    const s = c.e + m[0].length - g.length;
    // (Another kind found there stays: only a generic identifier is outranked.)
    if (d.someOverlap(s, s + g.length, (o) => o.t !== 'OTHER_ID')) continue;
    d.add(s, s + g.length, 'LICENSE', 104);
  }
}

/** The insurance of another kind than health before a value typed as a health plan's: travel, life, disability, car, home. */
const OTHER_POLICY_WORDS = /\b(?:travel|disability|ltd|auto|motor|homeowners?|renters?|liability|pet|accident|life[ \t]+(?:insurance|policy|assurance|cover))\b/i;

function otherPolicies(d: Detector, n0: number): void {
  const v = d.v;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'HEALTH_PLAN') continue;
    // ("Social insurance number: 046 454 286", "National Insurance no. QQ 12 34 56 C": a person's national number.)
    if (SOCIAL_INSURANCE_BEFORE.test(v.slice(Math.max(0, c.s - 36), c.s))) {
      c.t = 'OTHER_ID';
      continue;
    }
    const ls = lineStartOf(v, c.s);
    let pre = v.slice(Math.max(ls, c.s - 80), c.s);
    // (From the sentence's start: "Travel: none. Insurance policy X" keeps its health plan.)
    const stop = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf(';'));
    if (stop >= 0) pre = pre.slice(stop + 1);
    if (!/(?:polic(?:y|ies)|insurance|insurer)\W{0,4}(?:\w+\W{1,3}){0,2}$/i.test(pre) || !OTHER_POLICY_WORDS.test(pre)) continue;
    c.t = 'ACCOUNT';
  }
}

/** A record number right after a patient's name in a message or a log: "RE PT OKAFOR J H00451290", "patient Dana Kiel
 * 4471902": a patient word, one to three capitalized words (the name, found or not), the value. */
const PATIENT_NAME_BEFORE = /(?:^|[^\w])(?:PT|Pt|pt|PATIENT|Patient|patient|CONSULT|Consult|consult)[.:]?[ \t]+(?:[A-Z][A-Za-z'-]*,?[ \t]+){1,3}$/;

function recordAfterPatient(d: Detector, c: Cand): void {
  const v = d.v;
  const val = v.slice(c.s, c.e);
  if (val.length < 7 || val.length > 12 || !/^[A-Z]{0,3}\d+$/.test(val) || (val.match(/\d/g)?.length ?? 0) < 6) return;
  const m = PATIENT_NAME_BEFORE.exec(v.slice(Math.max(lineStartOf(v, c.s), c.s - 48), c.s));
  if (!m) return;
  // (No label among the words: "Patient: Ida Kowal PESEL 4503...", "Pt Lena Moss NHS 943 ...".)
  for (const w of m[0].replace(/^[^A-Za-z]*[A-Za-z]+/, '').split(/[^A-Za-z'-]+/)) if (w && (LABEL_FIRST.has(w.toLowerCase()) || ID_WORD_TYPE.has(w.toLowerCase()))) return;
  c.t = 'MRN';
}

/** A table's header cell of an identifier that names no kind: words then "id", "no", "number" or "#" ("operator_id",
 * "Staff ID", "Badge #"), unless a thing's (NOT_ID_LABEL: "Lot no", "Rack ID", "Room #"). */
const ID_HEADER_CELL = /^([A-Za-z]+)(?:[ _-]?[A-Za-z]+)?[ _-]?(?:id|no\.?|nr|number|#)$/i;

function idHeaderCell(cell: string): PhiType | undefined {
  const m = ID_HEADER_CELL.exec(cell);
  if (!m) return undefined;
  const w = (m[1] as string).toLowerCase();
  if (NOT_ID_LABEL.has(w) || ID_LABEL_FILL.has(w) || w === 'model' || w === 'ref' || w === 'version' || w === 'row' || w === 'line' || w === 'seq' || w === 'order' || w === 'item') return undefined;
  return 'OTHER_ID';
}

/** "Social insurance number:", "National Insurance no." right before a value. */
const SOCIAL_INSURANCE_BEFORE = /\b(?:social|national)[ \t]+insurance(?:[ \t]+(?:number|no\.?|#|card))?[ \t]*[:#]?[ \t]*$/i;

/** The type a label word gives when it is the last word of the line ending at `lf` ("... accounts\n"), else undefined. */
function labelAtLineEnd(v: string, lf: number): PhiType | undefined {
  let e = lf;
  if (e > 0 && v.charCodeAt(e - 1) === 13) e--;
  let a = e;
  while (a > 0 && e - a < 24 && isLetterCode(v.charCodeAt(a - 1))) a--;
  // (A word of prose after a blank: not a header's last cell after a comma, a tab or a bar.)
  if (a === e || v.charCodeAt(a - 1) !== 32) return undefined;
  const w = v.slice(a, e).toLowerCase();
  const t = ID_WORD_TYPE.get(w) ?? (w.length > 4 && w.endsWith('s') ? ID_WORD_TYPE.get(w.slice(0, -1)) : undefined);
  return t === 'OTHER_ID' ? undefined : t;
}


// --- Stop 15, second wave places17: address layouts, offices, branches and foreign heads (run last from laterCues) -----

/** Rare trigger words of placesRound17 (on the bit T.NHS; each rule looks for its own words in Detector.rare). */
const NORDIC_HEADS_17 = ['sjukhus', 'sjukhuset', 'sykehus', 'sykehuset', 'sjukehus', 'sjukehuset', 'sygehus', 'sygehuset', 'universitetssjukhus', 'universitetssjukhuset', 'universitetssykehus', 'universitetssykehuset', 'universitetssjukehus', 'universitetssjukehuset', 'universitetshospital', 'universitetshospitalet', 'lasarett', 'lasarettet', 'vårdcentral', 'vårdcentralen', 'vardcentral', 'vardcentralen', 'sairaala', 'keskussairaala', 'terveyskeskus', 'hastanesi'];
const HEAD_FIRST_17 = ['szpital', 'ospedale', 'nemocnice', 'nemocnica', 'spitalul', 'policlinico', 'bolnica', 'bolnišnica', 'bolnisnica'];
const RARE_17 = [...NORDIC_HEADS_17, ...HEAD_FIRST_17, 'township', 'twp', 'umc', 'mm', 'mile', 'milepost'];
const NORDIC_HEAD_SET_17 = new Set(NORDIC_HEADS_17);
const HEAD_FIRST_SET_17 = new Set(HEAD_FIRST_17);

/**
 * Places of the second wave of stop 15, each behind a cheap test:
 * - a town before a police, fire or EMS abbreviation ("Appleton FD", "Garfield Heights PD");
 * - a facility's branch after a spaced dash ("Coastal Kidney Center - Myrtle Beach", "Capitol Imaging - Mopac");
 * - units before and after a street ("Plot 14, Adeola Odeku Street", "8812 Alameda Ave Trlr 14", "ul. Dluga 5 m. 7");
 * - a Nordic street with its number and the postcode after a street ("Storgatan 12, 111 22 Stockholm");
 * - a street without its number or a locality between two places of one address line ("Health Centre, Slipe Pen Road,
 *   Kingston 5", "88 Fuk Wa Street, Sham Shui Po, Kowloon"), a town's postal district ("Kingston 20");
 * - townships ("Ligonier Township"), a highway's mile marker ("US-30 EB at MM 122", "I-70 westbound mile 212");
 * - a town before a region after "from"/"in"/"near" ("from Tizimin, Yucatan");
 * - hospitals named in other languages: a Nordic head after the name ("Akademiska sjukhuset"), a head before it
 *   ("Szpital Rehabilitacyjny im. sw. Jadwigi", "Ospedale San Carlo"), a Dutch "UMC" beside its town ("Amsterdam UMC").
 */
/** Marks [s, e) a place over the names and places inside it: names inside become places, and the span takes the highest
 * priority among them (resolve keeps the highest, then the longest). Asks the candidate index (no scan of every candidate). */
function placeOver17(d: Detector, s: number, e: number, p: number): void {
  if (e <= s) return;
  let top = p;
  /** The highest priority of a place already covering [s, e) (-1: none). */
  let cover = -1;
  d.someOverlap(s, e, (c) => {
    if (c.s >= s && c.e <= e && (c.t === 'NAME' || c.t === 'LOCATION')) {
      c.t = 'LOCATION';
      if (c.p > top) top = c.p;
    }
    if (c.t === 'LOCATION' && c.s <= s && c.e >= e && c.p > cover) cover = c.p;
    return false;
  });
  // (A wider place of lower priority loses to the parts inside it: "Bedford" over "Bedford Heights".)
  if (cover < top) d.add(s, e, 'LOCATION', top);
}

function placesRound17(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined && OFFICE_RARE_17.some((w) => rare.has(w))) officeTowns17(d);
  facilityBranches17(d);
  addressUnits17(d);
  streetPostcodes17(d);
  districtNumbers17(d);
  betweenLoose17(d);
  if (rare !== undefined) {
    let heads = false;
    for (const w of rare) if (NORDIC_HEAD_SET_17.has(w) || HEAD_FIRST_SET_17.has(w) || w === 'umc') heads = true;
    if (heads) foreignHeads17(d);
    if (rare.has('township') || rare.has('twp')) townships17(d);
    if (rare.has('mm') || rare.has('mile') || rare.has('milepost')) mileMarkers17(d);
  }
  townBeforeRegion17(d);
}

/** Last words of a town's name that make two capitalized words a place ("Garfield Heights", "Cedar Falls"). */
const TOWN_END_WORDS_17 = new Set('heights park city springs falls beach hills village grove valley lake lakes ridge creek township harbor harbour point bay junction crossing mills ferry bluffs rapids station center centre'.split(' '));
/** Offices named after their town: police, fire, EMS ("Appleton FD", "Garfield Heights PD", "Maple Grove Police"). */
const OFFICE_WORDS_17 = new Set(['PD', 'FD', 'EMS', 'Police', 'Fire', 'Sheriff', "Sheriff's"]);
/** Their keys among the rare words (T.NHS; "sheriff" is a rank's too): officeTowns17 runs only when one occurs. */
const OFFICE_RARE_17 = ['pd', 'fd', 'ems', 'police', 'fire', 'sheriff'];

/** A town before the abbreviation or name of its police, fire or EMS office. */
function officeTowns17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const n = t.w.length;
    if (n < 2 || n > 9 || (t.shape !== 'U' && t.shape !== 'T') || !OFFICE_WORDS_17.has(t.w)) continue;
    // One to three capitalized words right before it, one blank apart.
    let j = i - 1;
    let first = -1;
    while (j >= 0 && i - j <= 3) {
      const u = toks[j] as Tok;
      if (u.shape !== 'T' && !(u.shape === 'U' && d.capsDoc)) break;
      const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
      if (gap !== ' ' && gap !== '\t') break;
      if (FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      first = j;
      j--;
    }
    if (first < 0) continue;
    // The longest run that is a known town, or ends in a town word ("Heights").
    for (let a = first; a < i; a++) {
      const words = toks.slice(a, i) as Tok[];
      const key = words.map((u) => u.k).join(' ');
      const last = (words[words.length - 1] as Tok).k;
      const known = d.knownPlace(key) && !STATE_WORDS.has(key) && (d.fl(key) & L.COUNTRY) === 0;
      const townWord = words.length >= 2 && TOWN_END_WORDS_17.has(last) && !(t.w === 'Police' || t.w === 'Fire') && words.every((u, q) => q === words.length - 1 || (u.m & M.NOT_NAME) === 0);
      if (!known && !townWord) continue;
      const s = (words[0] as Tok).s;
      const e = (words[words.length - 1] as Tok).e;
      if (titleBefore(v, s)) break;
      placeOver17(d, s, e, 76);
      break;
    }
  }
}

/** A spaced dash between a facility and its branch or town. */
const DASH_AFTER_17 = /^[ \t]+[-\u2013\u2014][ \t]+/;
const DASH_BEFORE_17 = /[ \t]+[-\u2013\u2014][ \t]+$/;
/** Words that end a branch's name after a dash ("- Myrtle Beach Fax ..."). */
const BRANCH_STOP_17 = new Set(['fax', 'tel', 'phone', 'ph', 'attn', 're', 'dept', 'department', 'unit', 'ward', 'accession', 'mrn', 'dob', 'dr', 'md']);

/** The town words after a dash at `s` (the dash's first blank): [start, end] of the longest run that is a known town, or one
 * or two capitalized words that are no common word, given name, title or label. */
function branchAfter17(d: Detector, s: number, knownOnly: boolean): [number, number, boolean] | null {
  const v = d.v;
  const m = DASH_AFTER_17.exec(v.slice(s, s + 6));
  if (!m) return null;
  const re = /\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*/uy;
  const words: [number, number][] = [];
  let q = s + m[0].length;
  while (words.length < 3) {
    re.lastIndex = q;
    const w = re.exec(v);
    if (!w) break;
    const k = w[0].toLowerCase().replace(/\.$/, '');
    if (BRANCH_STOP_17.has(k)) break;
    words.push([q, q + w[0].length]);
    q += w[0].length;
    if (v.charCodeAt(q) !== 32) break;
    q++;
  }
  for (let n = words.length; n >= 1; n--) {
    const st = (words[0] as [number, number])[0];
    const en = (words[n - 1] as [number, number])[1];
    const text = v.slice(st, en).replace(/\.$/, '');
    const key = text.toLowerCase().replace(/-/g, ' ');
    // What follows: a line's end, punctuation, a lower-case word, a digit or a label.
    const after = v.slice(st + text.length, st + text.length + 8);
    if (!/^(?:[ \t]*(?:$|[\r\n,;:()\[\]]|[ \t]\p{Ll}|[ \t]+\d|[ \t]+\+)|\.(?:\s|$)|[ \t]{2,}|[ \t]+(?:Fax|FAX|Tel|TEL|Phone|Ph|Attn)\b)/u.test(after)) continue;
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0) return null;
    if (d.knownPlace(key)) return [st, st + text.length, true];
    if (knownOnly || n > 2) continue;
    const parts = key.split(' ');
    if (parts.some((p) => (d.fl(p) & (L.WORD | L.FIRST)) !== 0 || TITLES.has(p) || MONTH_WORDS.has(p) || NOT_NAME.has(p) || FACILITY_GENERIC.has(p))) continue;
    return [st, st + text.length, false];
  }
  return null;
}

/** "Coastal Kidney Center - Myrtle Beach", "Riverside Methodist - Grove City", "Capitol Imaging - Mopac": a facility's branch. */
function facilityBranches17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0) continue;
    const a = v.charCodeAt(c.e);
    // A facility found, then its branch.
    // (Cheap first: a dash after the blanks.)
    const dash = v.charCodeAt(skipBlanks(v, c.e + 1, v.length));
    if (c.t === 'LOCATION' && (a === 32 || a === 9) && (dash === 45 || dash === 0x2013 || dash === 0x2014)) {
      if (c.e - c.s < 6 || !/ \p{L}/u.test(v.slice(c.s, c.e))) continue;
      const last = v.slice(Math.max(c.s, c.e - 24), c.e).split(/[ \t]+/).pop() ?? '';
      const lk = last.toLowerCase();
      if (!/^\p{Lu}/u.test(last) || !((d.fl(lk) & T.FACILITY) !== 0 || FACILITY_GENERIC.has(lk) || (memberBits(lk) & M.FACILITY_GENERIC) !== 0)) continue;
      const b = branchAfter17(d, c.e, false);
      if (!b || d.someOverlap(b[0], b[1], isOtherThanPlaceOrName)) continue;
      placeOver17(d, b[0], b[1], 76);
      continue;
    }
    // A known town after a dash, the facility's name before it not found.
    if ((c.t !== 'NAME' && c.t !== 'LOCATION') || c.s < 8) continue;
    const bc = v.charCodeAt(c.s - 1);
    if (bc !== 32 && bc !== 9) continue;
    const dc = v.charCodeAt(c.s - 2);
    if (dc !== 45 && dc !== 0x2013 && dc !== 0x2014 && dc !== 32) continue;
    const dm = DASH_BEFORE_17.exec(v.slice(Math.max(0, c.s - 6), c.s));
    if (!dm) continue;
    const dashAt = c.s - dm[0].length;
    const b = branchAfter17(d, dashAt, true);
    if (!b || b[0] !== c.s) continue;
    // (The facility found before the dash keeps its span; the town is a place: "Caney Fork Family Practice - Hazard".)
    if (d.someOverlap(dashAt - 1, dashAt, isPlaceCand)) {
      placeOver17(d, b[0], b[1], 76);
      continue;
    }
    let i = d.tokenIndexBefore(dashAt);
    const toks = d.toks;
    const lastTok = toks[i];
    if (!lastTok || lastTok.e !== dashAt || lastTok.shape !== 'T' || !((lastTok.f & T.FACILITY) !== 0 || (lastTok.m & M.FACILITY_GENERIC) !== 0)) continue;
    let start = -1;
    let distinct = false;
    let count = 0;
    while (i >= 0 && count < 6) {
      const t = toks[i] as Tok;
      if (start >= 0) {
        const gap = v.slice(t.e, start);
        if (!/^(?:'s)?[ \t]+(?:(?:&|and|of|of the)[ \t]+)?$/.test(gap)) break;
      }
      if (t.shape !== 'T' && !(t.shape === 'U' && t.w.length <= 4 && !d.capsDoc)) break;
      if (FUNCTION_WORDS.has(t.k) || (t.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      if ((t.m & M.FACILITY_GENERIC) === 0 && (t.f & T.FACILITY) === 0 && (t.m & M.NOT_NAME) === 0) distinct = true;
      start = t.s;
      count++;
      i--;
    }
    if (start < 0 || !distinct || count < 2) continue;
    // (Not after a title: "Dr. Adams Clinic - Boston" is a person's practice, found by the facility rules if at all.)
    if (titleBefore(v, start)) continue;
    placeOver17(d, start, b[1], 76);
  }
}

/** A unit, plot or floor before an address's first part, with its comma ("Plot 14, ", "Lot 22, ", "G/F-2/F, ", "2nd Floor, "). */
const UNIT_BEFORE_17 = /(?:^|[\s(:;,])((?:(?:Plot|Lot|Villa|Blk|Block|Flat|House|Unit|Apt|Suite|Shop|Stand|Erf|Bldg|Building)\.?[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?:[ \t]+(?:Lot|Phase|Blk|Block)[ \t]*\d{1,4}[A-Z]?)*|(?:G|UG|LG|\d{1,2})\/F(?:[ \t]*-[ \t]*(?:G|\d{1,2})\/F)?|(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third)[ \t]+Floor)[ \t]*,[ \t]*)$/;
/** A unit after a street, without or with a comma, that UNIT_AFTER does not read ("Trlr 14", "Lot 12", "Space 9", "Apt 4"). */
const UNIT_AFTER_17 = /^(?:[ \t]+(?:Trlr|Trailer|Lot|Space|Spc|Apt|Unit|Ste|Suite)\.?|[ \t]*,[ \t]*(?:Trlr|Trailer|Lot|Space|Spc))[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\w\/.-]|,\d)/;
/** A Polish flat or premises number after the house number ("ul. Dluga 5 m. 7", "al. Jana 84/92 lok. 3"). */
const POLISH_FLAT_17 = /^[ \t]+(?:m|lok|mieszk)\.[ \t]*\d{1,4}[A-Za-z]?(?![\w\/-])/;

/** Whether candidate text is a street: a number and a street word, or a street word of another language first. */
function streetLike17(text: string): boolean {
  if (/^(?:ul|al|os|pl)\.[ \t]/.test(text)) return true;
  if (!/\d/.test(text)) return false;
  const last = text.split(/[ \t]+/).pop() ?? '';
  return STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase()) || /^\d/.test(text) || /\d[A-Za-z]?$/.test(text);
}

function addressUnits17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    // Before it: a unit and a comma (cheap: a comma and a blank, or a comma, right before).
    const b1 = v.charCodeAt(c.s - 1);
    if (c.s > 4 && (b1 === 44 || ((b1 === 32 || b1 === 9) && v.charCodeAt(c.s - 2) === 44))) {
      // (Cheap first: a unit ends in a digit, a capital or the "r" of "Floor" before its comma.)
      const u0 = v.charCodeAt(skipBlanksBack(v, b1 === 44 ? c.s - 2 : c.s - 3));
      const text = isDigitCode(u0) || (u0 >= 65 && u0 <= 90) || u0 === 114 ? v.slice(c.s, c.e) : '';
      const last = (text.split(/[ \t]+/).pop() ?? '').replace(/\.$/, '').toLowerCase();
      const streetName = c.t === 'NAME' && / /.test(text) && STREET_SUFFIX_SET.has(last);
      if (text !== '' && (c.t === 'LOCATION' || streetName)) {
        const m = UNIT_BEFORE_17.exec(v.slice(Math.max(0, c.s - 32), c.s));
        if (m) {
          const s = c.s - (m[1] as string).length;
          if (streetName) c.t = 'LOCATION';
          // (The unit in a span of its own: the place after it keeps its span, "Blk 2 Lot 8, Brgy. San Roque".)
          const u = (m[1] as string).replace(/[ \t]*,[ \t]*$/, '');
          if (!d.anyCand(s, s + u.length)) d.add(s, s + u.length, 'LOCATION', 76);
        }
      }
    }
    if (c.t !== 'LOCATION') continue;
    const a = v.charCodeAt(c.e);
    if (a !== 32 && a !== 44 && a !== 9) continue;
    // (Cheap first: the unit word's first letter after the blanks or the comma: Trlr, Lot, Space, Apt, Unit, Ste, m., lok.)
    let q = c.e;
    while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9 || v.charCodeAt(q) === 44) q++;
    const f = v.charCodeAt(q);
    if (f !== 84 && f !== 76 && f !== 83 && f !== 65 && f !== 85 && f !== 109 && f !== 108) continue;
    const text = v.slice(c.s, c.e);
    if (!streetLike17(text)) continue;
    const u = UNIT_AFTER_17.exec(v.slice(c.e, c.e + 20)) ?? (/^(?:ul|al|os|pl)\./.test(text) ? POLISH_FLAT_17.exec(v.slice(c.e, c.e + 16)) : null);
    if (!u) continue;
    d.add(c.s, c.e + u[0].length, 'LOCATION', Math.max(c.p, 80));
    const e = c.e + u[0].length;
    if (v.charCodeAt(e) === 44) d.cityAfterStreet(e);
  }
}

/** A postcode and its town after a street: Swedish, Czech and Slovak "111 22 Stockholm", Polish "00-514 Warszawa", "2100 København". */
const POSTCODE_TOWN_17 = /^[ \t]*,[ \t]*(\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4,5})[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\d'’-])/u;

function streetPostcodes17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 44) continue;
    if (!isDigitCode(v.charCodeAt(skipBlanks(v, c.e + 1, v.length)))) continue;
    const text = v.slice(c.s, c.e);
    if (!streetLike17(text)) continue;
    const m = POSTCODE_TOWN_17.exec(v.slice(c.e, c.e + 48));
    if (!m) continue;
    let town = m[2] as string;
    // (Two words only when the gazetteer knows them together: "28012 Madrid Tel." is Madrid.)
    if (/[ \t]/.test(town) && !d.knownPlace(town.toLowerCase().replace(/[ \t]+/g, ' '))) town = town.split(/[ \t]/)[0] as string;
    const key = town.toLowerCase();
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    if (!d.knownPlace(key) && key.split(/[ \t]+/).some((w) => (d.fl(w) & L.WORD) !== 0 || TITLES.has(w))) continue;
    const ps = c.e + m[0].indexOf(m[1] as string);
    const ts = c.e + m[0].length - (m[2] as string).length;
    if (!d.anyCand(ps, ps + (m[1] as string).length)) d.add(ps, ps + (m[1] as string).length, 'LOCATION', 80);
    placeOver17(d, ts, ts + town.length, 76);
  }
}

/** A town's postal district number after it, in an address line ("Slipe Pen Road, Kingston 5", "Pembroke Hall, Kingston 20,"). */
const DISTRICT_AFTER_17 = /^[ \t]+\d{1,2}(?=[ \t]*(?:[,;]|\.?[ \t]*\r?\n|\.?[ \t]*$))/;

function districtNumbers17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME') || v.charCodeAt(c.e) !== 32) continue;
    const d1 = v.charCodeAt(c.e + 1);
    if (d1 < 48 || d1 > 57) continue;
    const text = v.slice(c.s, c.e);
    if (!/^\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*)?$/u.test(text)) continue;
    // (A name there must be a town the gazetteer knows: "Old Hope Road, Kingston 6".)
    if (c.t === 'NAME' && !d.knownPlace(text.toLowerCase().replace(/[ \t]+/g, ' '))) continue;
    const m = DISTRICT_AFTER_17.exec(v.slice(c.e, c.e + 12));
    if (!m) continue;
    // A place of the same line before it, then a comma.
    let q = c.s - 1;
    while (q > 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    if (v.charCodeAt(q) !== 44) continue;
    q--;
    while (q > 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    if (!d.someCovering(q, q + 1, isPlaceCand) && !betweenPart17(d, q + 1)) continue;
    placeOver17(d, c.s, c.e + m[0].length, 76);
  }
}

/** Whether the text before `end` is a street without its number after a comma ("..., Slipe Pen Road"): 2-4 capitalized words, the last a street word. */
function betweenPart17(d: Detector, end: number): boolean {
  const v = d.v;
  const m = /(?:^|,)[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}\p{Lu}[\p{L}'’.-]*)$/u.exec(v.slice(Math.max(0, end - 48), end));
  if (!m) return false;
  const last = ((m[1] as string).split(/[ \t]+/).pop() ?? '').replace(/\.$/, '').toLowerCase();
  return STREET_SUFFIX_SET.has(last);
}

const LOOSE_PART_17 = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|na|di|del|\d{1,2}))*$/u;
const NOT_LOCALITY_17 = new Set(['ward', 'bed', 'room', 'rm', 'floor', 'level', 'bay', 'unit', 'suite', 'box', 'building', 'block']);

/**
 * One part between two places of one address line that betweenPlaces leaves because a word of it is a common word: a street
 * without its number ("Health Centre, Slipe Pen Road, Kingston 5"), or, right after a street, a locality ("88 Fuk Wa Street,
 * Sham Shui Po, Kowloon", "14B Admiralty Way, Lekki Phase 1, Lagos").
 */
function betweenLoose17(d: Detector): void {
  const v = d.v;
  let nl = 0;
  let comma = false;
  for (const c of d.cands) {
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    nl++;
    if (v.charCodeAt(c.e) === 44) comma = true;
  }
  if (nl < 2 || !comma) return;
  const locs = d.cands.filter((c) => c.p >= 0 && c.t === 'LOCATION').sort((a, b) => a.s - b.s || b.e - a.e);
  for (let x = 0; x + 1 < locs.length; x++) {
    const a = locs[x] as Cand;
    // (Cheap: a comma right after the place.)
    let q = a.e;
    while (v.charCodeAt(q) === 32) q++;
    if (v.charCodeAt(q) !== 44) continue;
    let y = x + 1;
    while (y < locs.length && (locs[y] as Cand).s < a.e) y++;
    const b = locs[y];
    if (!b || b.s - a.e > 48 || b.s - a.e < 4) continue;
    const gap = v.slice(a.e, b.s);
    const m = /^[ \t]*,[ \t]*([^,\n;:()]+?)[ \t]*,[ \t]*$/.exec(gap);
    if (!m) continue;
    const part = m[1] as string;
    if (!LOOSE_PART_17.test(part)) continue;
    const words = part.toLowerCase().split(/[ \t]+/);
    if (words.length > 4) continue;
    const last = (words[words.length - 1] as string).replace(/\.$/, '');
    let ok = words.length >= 2 && STREET_SUFFIX_SET.has(last) && !/^\d/.test(part);
    if (!ok && streetLike17(v.slice(a.s, a.e)) && !/\d/.test(words[0] as string)) {
      ok = !words.some((w, i) => TITLES.has(w) || FACILITY_GENERIC.has(w) || ((CARE_DEPARTMENT_WORDS.has(w) || NOT_NAME.has(w)) && (i === 0 || w.length > 2)) || MONTH_WORDS.has(w) || NOT_LOCALITY_17.has(w) || FUNCTION_WORDS.has(w) || (i === 0 && (STATE_WORDS.has(w) || (d.fl(w) & L.COUNTRY) !== 0)));
      // (A given name alone is a person's: "12 Elm St, Maria, ...".)
      if (ok && words.length === 1 && (d.fl(words[0] as string) & L.FIRST) !== 0 && !d.knownPlace(words[0] as string)) ok = false;
    }
    if (!ok) continue;
    const ps = a.e + gap.indexOf(part);
    const pe = ps + part.length;
    if (d.someOverlap(ps, pe, isOtherThanPlaceOrName) || inPlace(d, ps, pe)) continue;
    placeOver17(d, ps, pe, 74);
  }
}

/** Lower-case particles inside a head-first hospital's name ("Szpital Rehabilitacyjny im. sw. Jadwigi", "Ospedale di Circolo"). */
const HEAD_FIRST_PARTICLES_17 = new Set(['im', 'sw', 'św', 'w', 'we', 'na', 'di', 'del', 'della', 'dei', 'degli', 'de', 'la', 'le', 'a', 'u', 'v', 've', 'pod', 'za', 'i']);

/** Hospitals named in other languages (see placesRound17). */
function foreignHeads17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0) continue;
    const k = t.k;
    let s = -1;
    let e = -1;
    if (NORDIC_HEAD_SET_17.has(k)) {
      // One or two capitalized words before the head ("Akademiska sjukhuset", "Norrlands universitetssjukhus"), or the
      // head capitalized and the Nordic "i" and a town after it ("Universitetssjukhuset i Linköping").
      let j = i - 1;
      while (j >= 0 && i - j <= 2) {
        const u = toks[j] as Tok;
        if (u.shape !== 'T' && u.shape !== 'U') break;
        const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
        if (gap !== ' ') break;
        if (FUNCTION_WORDS.has(u.k) || (u.m & M.TITLES) !== 0) break;
        s = u.s;
        j--;
      }
      e = t.e;
      const nx = toks[i + 1];
      const nx2 = toks[i + 2];
      if (nx && nx2 && nx.k === 'i' && nx.shape === 'L' && nx2.shape === 'T' && v.slice(t.e, nx2.s) === ` ${nx.w} `) {
        e = nx2.e;
        if (s < 0 && t.shape === 'T') s = t.s;
      }
      if (s < 0) continue;
    } else if (HEAD_FIRST_SET_17.has(k)) {
      if (t.shape !== 'T') continue;
      s = t.s;
      let j = i + 1;
      let caps = 0;
      let last = t.e;
      while (j < toks.length && j - i <= 7) {
        const u = toks[j] as Tok;
        const gap = v.slice(last, u.s);
        if (!/^\.?[ \t]$/.test(gap) || (gap.startsWith('.') && !HEAD_FIRST_PARTICLES_17.has((toks[j - 1] as Tok).k))) break;
        if (u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) caps++;
        else if (!(u.shape === 'L' && HEAD_FIRST_PARTICLES_17.has(u.k))) break;
        last = u.e;
        if (u.shape === 'T' || u.shape === 'U') e = u.e;
        j++;
      }
      if (caps === 0) continue;
    } else if (k === 'umc' && t.shape === 'U') {
      // "Amsterdam UMC", "UMC Utrecht", "UMC Lubbock": a known town beside it.
      const pv = toks[i - 1];
      const nx = toks[i + 1];
      if (pv && pv.shape === 'T' && v.slice(pv.e, t.s) === ' ' && d.knownPlace(pv.k)) {
        s = pv.s;
        e = t.e;
      } else if (nx && nx.shape === 'T' && v.slice(t.e, nx.s) === ' ' && d.knownPlace(nx.k)) {
        s = t.s;
        e = nx.e;
      } else continue;
    } else continue;
    if (e <= s) continue;
    placeOver17(d, s, e, 78);
  }
}

/** "Ligonier Township", "Lower Merion Twp": one or two capitalized words before the township word. */
function townships17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.k !== 'township' && t.k !== 'twp') || t.shape === 'L') continue;
    let j = i - 1;
    let s = -1;
    while (j >= 0 && i - j <= 2) {
      const u = toks[j] as Tok;
      if (u.shape !== 'T' && !(u.shape === 'U' && t.shape === 'U')) break;
      const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
      if (gap !== ' ') break;
      if (FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0 || u.k === 'twp' || u.k === 'township') break;
      s = u.s;
      j--;
    }
    if (s < 0) continue;
    const e = t.e + (v.charCodeAt(t.e) === 46 && t.k === 'twp' ? 1 : 0);
    placeOver17(d, s, e, 76);
  }
}

/** A highway with its direction before a mile marker ("US-30 EB AT MM 122", "I-70 westbound mile 212", "SR 9 milepost 14"). */
const HIGHWAY_BEFORE_17 = /(?:^|[^\w-])((?:I|US|SR|SH|CR|FM|Hwy|HWY|Highway|Route|Rte|RT|Interstate)[- ]?\d{1,3}[A-Z]?(?:[ \t]+(?:EB|WB|NB|SB|[EWNS]\/B|eastbound|westbound|northbound|southbound|east|west|north|south))?(?:[ \t]+(?:at|AT|@|near))?[ \t]+)$/;
const MILE_AFTER_17 = /^[ \t]*(?:marker[ \t]*)?#?[ \t]*\d{1,3}(?:\.\d{1,2})?(?![\d\/:])/;

function mileMarkers17(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (!((k === 'mm' && t.shape === 'U') || k === 'mile' || k === 'milepost')) continue;
    const h = HIGHWAY_BEFORE_17.exec(v.slice(Math.max(0, t.s - 40), t.s));
    if (!h) continue;
    const n = MILE_AFTER_17.exec(v.slice(t.e, t.e + 16));
    if (!n) continue;
    const s = t.s - (h[1] as string).length;
    const e = t.e + n[0].length;
    if (!d.someOverlap(s, e, isOtherThanPlaceOrName)) d.add(s, e, 'LOCATION', 80);
  }
}

/** Regions of other countries in one word, after a town ("Tizimin, Yucatan", "Tlaquepaque, Jalisco"): Mexico's states. */
const ONE_WORD_REGIONS_17 = new Set('aguascalientes campeche chiapas chihuahua coahuila colima durango guanajuato guerrero jalisco michoacan michoacán morelos nayarit oaxaca puebla queretaro querétaro sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan yucatán zacatecas'.split(' '));

/** A town the gazetteer may not know between "from", "in", "near" or "at" and ", <region>" ("from Tizimin, Yucatan"). */
function townBeforeRegion17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const regions = regionTable();
  for (const xi of d.crossIdx) {
    const p = toks[xi] as Tok;
    const pk = p.k;
    if (pk !== 'from' && pk !== 'in' && pk !== 'near' && pk !== 'at') continue;
    const t = toks[xi + 1];
    if (!t || t.shape !== 'T' || t.s !== p.e + 1) continue;
    // (Cheap first: a comma after the first or the second word.)
    const t2c = toks[xi + 2];
    if (v.charCodeAt(t.e) !== 44 && !(t2c !== undefined && t2c.s === t.e + 1 && v.charCodeAt(t2c.e) === 44)) continue;
    // One or two capitalized words, a comma, and a region.
    let last = xi + 1;
    const t2 = toks[xi + 2];
    if (t2 && t2.shape === 'T' && v.slice(t.e, t2.s) === ' ' && v.charCodeAt(t.e) !== 44) last = xi + 2;
    const te = (toks[last] as Tok).e;
    if (v.charCodeAt(te) !== 44) continue;
    const r = toks[last + 1];
    if (!r || r.shape !== 'T' || !/^,[ \t]?$/.test(v.slice(te, r.s))) continue;
    let region = ONE_WORD_REGIONS_17.has(r.k) || (STATE_WORDS.has(r.k) && !d.knownPlace(r.k));
    const r2 = toks[last + 2];
    if (!region && r2 && v.slice(r.e, r2.s) === ' ' && (r.m & M.REGION_FIRST) !== 0 && regions.keys.has(`${r.k} ${r2.k}`)) region = true;
    if (!region) continue;
    const words = toks.slice(xi + 1, last + 1) as Tok[];
    const key = words.map((u) => u.k).join(' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || words.some((u) => (u.m & (M.TITLES | M.MONTH_WORDS | M.NOT_NAME)) !== 0 || FACILITY_GENERIC.has(u.k))) continue;
    if (!d.knownPlace(key) && words.some((u) => (u.f & (L.WORD | L.FIRST)) !== 0)) continue;
    const s = t.s;
    if (d.someOverlap(s, te, isOtherThanPlaceOrName)) continue;
    // ("Tlacolula, Oaxaca" read as "Surname, Given": the name ends with the town, which is a place; the region stays out.)
    const re = r2 && region && !ONE_WORD_REGIONS_17.has(r.k) && !STATE_WORDS.has(r.k) ? r2.e : r.e;
    d.someOverlap(s, te, (c) => {
      if (c.t === 'NAME' && c.s === s && c.e > te && c.e <= re) {
        c.e = te;
        c.t = 'LOCATION';
      }
      return false;
    });
    placeOver17(d, s, te, 76);
  }
}

// ---------------------------------------------------------------------------------------------
// Stop 15, last round (places19): towns the gazetteer knows, read as a surname.

/**
 * A name the gazetteer knows as a town, none of whose words is a given name, read as a person's (a surname alone, or
 * "Surname, Given" before a region) when its context is a place's: after a place preposition ("S of Albuquerque",
 * "trip to Jinotega"), right after a street ("4410 Cedar Ave Burnaby"), or before a comma and a state, province, Mexican
 * state or country ("Hermosillo, Sonora"); a town of two or more words needs no context ("Puerto Vallarta"). Not after a
 * title, not a possessive, not before another name.
 */
/** Verbs before "to" and a person ("spoke to Hermosillo"), where "to" is no place's preposition. */
const TALK_TO_19 = new Set('spoke speak speaks speaking talked talk talking said say says explained explain wrote write writes sent send reported report replied reply given give handed hand introduced introduce listened listen letter email emailed message messaged texted text forwarded forward addressed'.split(' '));

function gazetteerTowns19(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const cands = d.cands;
  const n0 = cands.length;
  for (let ci = 0; ci < n0; ci++) {
    const c = cands[ci] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    const i = tokenAt(d, c.s);
    if (i < 0) continue;
    // The candidate's words: capitalized, one blank apart, ending at the candidate's end.
    let j = i;
    let ok = true;
    let first = false;
    while (true) {
      const t = toks[j] as Tok;
      if ((t.shape !== 'T' && t.shape !== 'U') || t.possessive) { ok = false; break; }
      if ((t.f & L.FIRST) !== 0 || (t.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) first = true;
      if (t.e >= c.e) break;
      const nx = toks[j + 1];
      if (!nx || nx.s !== t.e + 1 || j - i >= 3) { ok = false; break; }
      j++;
    }
    if (!ok || first || (toks[j] as Tok).e !== c.e) continue;
    const multi = j > i;
    const key = multi ? (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ') : (toks[i] as Tok).k;
    if (!d.knownPlace(key) || (d.fl(key) & L.COUNTRY) !== 0) continue;
    const prev = toks[i - 1];
    if (prev && (prev.m & (M.TITLES | M.CORE_TITLES)) !== 0) continue;
    const next = toks[j + 1];
    const after = v.charCodeAt(c.e);
    // Not the first part of a longer name ("Hermosillo Garza"), nor a possessive.
    if (after === 39 || after === 8217) continue;
    let place = false;
    if (multi) place = true;
    else if (prev && prev.shape === 'L' && (prev.m & M.PLACE_PREP) !== 0 && prev.e + 1 === c.s && !(prev.k === 'to' && TALK_TO_19.has(toks[i - 2]?.k ?? ''))) place = true;
    else if (after === 44 && next && next.s <= c.e + 2 && (next.shape === 'T' || next.shape === 'U')) {
      const nk = next.k;
      if (ONE_WORD_REGIONS_17.has(nk) || (next.m & M.STATE_WORDS) !== 0 || (d.fl(nk) & L.COUNTRY) !== 0) place = true;
    } else if (prev && (prev.m & M.TITLES) === 0) {
      const gap = v.slice(prev.e, c.s);
      if ((gap === ' ' || gap === ', ') && d.someOverlap(prev.s, prev.e, (o) => o.t === 'LOCATION' && o.e === prev.e && o.s < prev.s)) place = true;
    }
    if (!place) continue;
    if (next && next.s === c.e + 1 && (next.shape === 'T' || next.shape === 'U') && d.someOverlap(next.s, next.e, (o) => o.t === 'NAME')) continue;
    c.t = 'LOCATION';
  }
}

/** Keys of a town's field, unquoted in a script, a log or a config ("city: "Yonkers"", "town='Kilkenny'"). */
const PLACE_KEYS_19 = ['city', 'town', 'suburb', 'locality', 'county'];

/**
 * A quoted value after an unquoted town key and a colon or an equals sign: `{city: "Yonkers", state: NY}`,
 * `town='Ennis'` (a quoted key is JSON's, read in structured.ts; an unquoted one with an unquoted value is a label's).
 * The value: one to four capitalized words, no state, country, month or common word alone.
 */
function quotedPlaceFields19(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const k = t.k;
    if (k.length < 4 || k.length > 8 || !PLACE_KEYS_19.includes(k)) continue;
    const b = v.charCodeAt(t.s - 1);
    if (b === 34 || b === 39 || b === 95) continue;
    let p = t.e;
    while (v.charCodeAt(p) === 32) p++;
    const sep = v.charCodeAt(p);
    if (sep !== 58 && sep !== 61) continue;
    p++;
    while (v.charCodeAt(p) === 32) p++;
    const q = v.charCodeAt(p);
    if (q !== 34 && q !== 39) continue;
    const end = v.indexOf(q === 34 ? '"' : "'", p + 1);
    if (end < 0 || end - p > 64) continue;
    const val = v.slice(p + 1, end);
    if (!/^\p{Lu}[\p{L}'.-]*(?:[ -]\p{Lu}?[\p{L}'.-]*){0,3}$/u.test(val)) continue;
    const key = val.toLowerCase().replace(/-/g, ' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key) || NOT_NAME.has(key)) continue;
    if (!key.includes(' ') && (d.fl(key) & L.WORD) !== 0 && !d.knownPlace(key)) continue;
    if (d.someOverlap(p + 1, end, isOtherThanPlaceOrName)) continue;
    d.someOverlap(p + 1, end, (c) => {
      if (c.t === 'NAME' && c.s >= p + 1 && c.e <= end) c.t = 'LOCATION';
      return false;
    });
    d.add(p + 1, end, 'LOCATION', 76);
  }
}

/** This round's passes, run once the names are found (from run()). */
function placesRound19(d: Detector): void {
  gazetteerTowns19(d);
  const rare = d.rare;
  if (rare !== undefined && PLACE_KEYS_19.some((w) => rare.has(w))) {
    const v = d.v;
    if (v.includes(': "') || v.includes(':"') || v.includes('="') || v.includes(": '") || v.includes("='") || v.includes('= "')) quotedPlaceFields19(d);
  }
}

// ---------------------------------------------------------------------------------------------
// Stop 16 (places20): addresses of EDIFACT segments, coordinates after a key with no blank, a town after a hospital's head.

/** Segment tags of an EDIFACT name-and-address or address segment (their tokens are rare words). */
const EDI_RARE_20 = ['nad', 'adr'];

/**
 * EDIFACT `NAD+qualifier+id+name and address+party name+street+city+subdivision+postcode+country'` and
 * `ADR+usage+format:street+city+...+postcode'`: the street element's parts (not a format code), the city element after it,
 * and a postcode among the two elements after the city. Segments start a line or follow the terminator `'`.
 */
function ediAddresses20(d: Detector): void {
  const v = d.v;
  for (const tag of ['NAD+', 'ADR+']) {
    for (let i = v.indexOf(tag); i >= 0; i = v.indexOf(tag, i + 4)) {
      const b = i > 0 ? v.charCodeAt(i - 1) : 10;
      if (b !== 10 && b !== 13 && b !== 39) continue;
      let end = i + 4;
      const lim = Math.min(v.length, i + 300);
      while (end < lim) {
        const ch = v.charCodeAt(end);
        if (ch === 39 || ch === 10 || ch === 13) break;
        end++;
      }
      // Data elements ('+'), with their offsets; element 0 is the tag.
      const els: [number, number][] = [];
      let es = i;
      for (let p = i; p <= end; p++) {
        if (p < end && v.charCodeAt(p) !== 43) continue;
        els.push([es, p]);
        es = p + 1;
      }
      const si = tag === 'NAD+' ? 5 : 2;
      const street = els[si];
      if (!street || els.length < si + 2) continue;
      let any = false;
      // The street's parts (':'), less a leading format code of digits.
      let cs = street[0];
      for (let p = street[0]; p <= street[1]; p++) {
        if (p < street[1] && v.charCodeAt(p) !== 58) continue;
        const part = v.slice(cs, p);
        if (/^(?=[^:]*\p{L})[\p{L}\d][\p{L}\d .,'\/-]{2,60}$/u.test(part) && !d.someOverlap(cs, p, isOtherThanPlaceOrName)) {
          placeOver17(d, cs, p, 76);
          any = true;
        }
        cs = p + 1;
      }
      const city = els[si + 1] as [number, number];
      const ct = v.slice(city[0], city[1]);
      const ck = ct.toLowerCase();
      if (/^\p{Lu}[\p{L} .'-]{2,40}$/u.test(ct) && !STATE_WORDS.has(ck) && (d.fl(ck) & L.COUNTRY) === 0 && !d.someOverlap(city[0], city[1], isOtherThanPlaceOrName)) {
        placeOver17(d, city[0], city[1], 76);
        any = true;
      }
      if (!any) continue;
      for (let k = si + 2; k <= si + 3 && k < els.length; k++) {
        const [ps, pe] = els[k] as [number, number];
        if (/^(?=[^+]*\d)[A-Z0-9][A-Z0-9 -]{2,9}$/.test(v.slice(ps, pe))) {
          if (!d.someOverlap(ps, pe, (c) => c.t !== 'LOCATION')) d.add(ps, pe, 'LOCATION', 76);
          break;
        }
      }
    }
  }
}

/** `"location":"41.88,-87.62"`: a pair of decimal degrees with no blank after its comma, after a location word (RE.gps). */
function tightCoordinates20(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(RE.gps)) {
    if (!m[0].includes(',-')) continue;
    const lat = Math.abs(parseFloat(m[1] as string));
    const lon = Math.abs(parseFloat(m[3] as string));
    if (lat > 90 || lon > 180) continue;
    if (!/(?:gps|coordinates|coords|lat(?:itude)?|long(?:itude)?|lng|geo|position|scene|location|pin)[^.\n]{0,12}$/i.test(v.slice(Math.max(0, m.index - 30), m.index))) continue;
    d.add(m.index, m.index + m[0].length, 'LOCATION', 88);
  }
}

/** Heads after which a town names the site ("Mercy Hospital Jefferson", "St. Luke's Hospital Bethlehem"). */
const HEAD_TOWN_20 = new Set(['hospital', 'clinic', 'infirmary', 'hospice', 'sanatorium']);

/**
 * A hospital found, then one blank and a town the gazetteer knows (one or two capitalized words, no state, country,
 * title or month), then the end of the name: punctuation, a line's end, a lower-case word or a digit.
 */
function headTowns20(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || v.charCodeAt(c.e) !== 32) continue;
    const ws = v.lastIndexOf(' ', c.e - 1);
    if (ws < c.s) continue;
    const head = v.slice(ws + 1, c.e);
    if (!/^\p{Lu}/u.test(head) || !HEAD_TOWN_20.has(head.toLowerCase())) continue;
    const i = tokenAt(d, c.e + 1);
    if (i < 0) continue;
    for (let j = Math.min(i + 1, toks.length - 1); j >= i; j--) {
      let ok = true;
      for (let q = i; q <= j; q++) {
        const t = toks[q] as Tok;
        if ((t.shape !== 'T' && t.shape !== 'U') || t.possessive || (t.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) ok = false;
        if (q > i && t.s !== (toks[q - 1] as Tok).e + 1) ok = false;
      }
      if (!ok) continue;
      const last = toks[j] as Tok;
      const key = (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ');
      if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || !d.knownPlace(key)) continue;
      const after = v.slice(last.e, last.e + 3);
      if (!/^(?:$|[\r\n,;:()\[\]]|\.(?:\s|$)| (?:\p{Ll}|\d)|  )/u.test(after)) continue;
      if (d.someOverlap((toks[i] as Tok).s, last.e, isOtherThanPlaceOrName)) continue;
      placeOver17(d, c.s, last.e, c.p);
      break;
    }
  }
}

/** This round's passes (from run(), after placesRound19). */
function placesRound20(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare !== undefined && (rare.has('nad') || rare.has('adr')) && (v.includes('NAD+') || v.includes('ADR+'))) ediAddresses20(d);
  if (v.includes(',-')) tightCoordinates20(d);
  headTowns20(d);
}

// --- Stop 16, round ids22: professional registers, machine dates, joined date ranges, check-digit national numbers -----

// Label words for labelWordType: record numbers, health plans and registers of other countries.
// ("HN" hospital number, "Processo", "Hist. clin.", "BHT" bed-head ticket, "IP no." in-patient number.)
idWords('MRN', 'hn processo clin bht ip nhc');
idWords('HEALTH_PLAN', 'masshealth kela sns afiliado afiliacion affiliation eps scheme suppl medigap');
/** Acronyms of the registers of clinicians and other professionals (medical, nursing, dental councils; registration
 * numbers of other countries). Lower case, as Detector.rare holds them. (Not the German LANR and French RPPS, labelled
 * as generic identifiers in train4, nor "MMC" (a mariner's credential), "CMP", "MCI", "CRO", "TMC" (clinical words).) */
const REGISTERS_22 = 'slmc gmc imc smc nmc hpcsa kmpdc umdpc mdcn pmdc bmdc nmcn crm coren cremesp cmq cpso cpsbc cpsa cpsns mcnz ahpra valvira gln ncnm snmc kmdc hkmc'.split(' ');
idWords('LICENSE', REGISTERS_22.join(' '));
/** Short register labels read only after a comma in a signature: "Ines Rocha, OM 40127" (Ordem dos Medicos), "MN"/"MP"
 * (Argentine matricula nacional/provincial), "bar no." (an attorney's), "DL" (a driver's licence in capitals). */
const SHORT_REGISTERS_22 = ['om', 'mn', 'mp', 'bar', 'dl'];
/** Trigger words of this block (on the rare-word bit T.NHS). */
const RARE_22 = [...REGISTERS_22, ...SHORT_REGISTERS_22];
const REGISTER_SET_22 = new Set(REGISTERS_22);
const RARE_SET_22 = new Set(RARE_22);
/** The label before a register number: its acronym, an optional "reg."/"no."/"#", an optional state code. */
const REGISTER_BEFORE_22 = /(?:^|[^\w.])([A-Za-z]{2,7})\.?(?:[ \t]+(?:reg(?:istration)?|regn|no|nr|number|#)\.?)?[ \t]*[:#]?[ \t]*(?:([A-Z]{2})[ \t]+)?$/;
/** A register number: digits, maybe a letter prefix, hyphens or dots between digit groups. */
const REGISTER_VALUE_22 = /^(?:[A-Z]{1,3}-?)?\d(?:\d|[-.\/](?=\d)){3,14}(?![\w\/-]|\.\d)/;

/** Stop 16 (ids22): the passes of this block, run from laterCues after idsTyped18. */
function idsRound22(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined && registersNear22(d, rare)) registerNumbers22(d);
  machineDates22(d);
  tokenShapes22(d);
  // (The segment's tag is a rare word: the text is scanned for "COM+" only when the token "COM" occurs.)
  if (d.rare?.has('com') && d.v.includes('COM+')) edifactContacts22(d);
}

/** An EDIFACT communication segment: "COM+0161 555 0100:TE'" (TE phone, FX fax, AL mobile, EM e-mail is found elsewhere). */
const EDIFACT_COM_22 = /^COM\+([+0-9][0-9 ()\/-]{5,22}[0-9]):(TE|FX|AL|TL)'/;

/** The number of an EDIFACT COM segment, typed by its qualifier; a generic identifier read in it gives way. */
function edifactContacts22(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf('COM+'); p >= 0; p = v.indexOf('COM+', p + 4)) {
    if (isWordCode(codeAt(v, p - 1))) continue;
    const m = EDIFACT_COM_22.exec(v.slice(p, p + 34));
    if (!m) continue;
    const g = m[1] as string;
    if ((g.match(/\d/g)?.length ?? 0) < 7) continue;
    const s = p + 4;
    const e = s + g.length;
    if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'PHONE' && o.t !== 'FAX')) continue;
    d.someOverlap(s, e, (o) => {
      if (o.t === 'OTHER_ID') o.p = -1;
      return false;
    });
    d.add(s, e, m[2] === 'FX' ? 'FAX' : 'PHONE', 104);
  }
}

/** Whether a register's acronym is in the text; the short ones in the form their rule reads ("DL" in capitals, ", OM "). */
function registersNear22(d: Detector, rare: Set<string>): boolean {
  if (REGISTERS_22.some((w) => rare.has(w))) return true;
  const v = d.v;
  return (rare.has('dl') && v.includes('DL ')) || (rare.has('bar') && /\bbar[ \t]*(?:no|nr|number|#)/i.test(v)) ||
    ((rare.has('om') || rare.has('mn') || rare.has('mp')) && (v.includes(', OM ') || v.includes(', MN ') || v.includes(', MP ')));
}

/**
 * A number after the acronym of a professional register: "Dr Nadeesha Silva, Consultant Paediatrician, SLMC 23311",
 * "Valvira reg. 100447215", "(GLN 7601000123456)"; the short labels only after a comma (", OM 40127",
 * ", MN 128834"), "bar no. TX 24401877", "DL OH TS118-447-201". It outranks a generic identifier; another kind stays.
 */
/**
 * The number tokens after a blank, a colon or "#" with a trigger word among the `back` tokens before them (no farther
 * than `gap` characters): the numbers a label of registers may own (registerNumbers22, councils28).
 */
function numbersAfterTrigger(d: Detector, back: number, gap: number, trigger: (o: Tok) => boolean): Tok[] {
  const v = d.v;
  const toks = d.toks;
  const out: Tok[] = [];
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const b = codeAt(v, t.s - 1);
    if (b !== 32 && b !== 9 && b !== 58 && b !== 35) continue;
    for (let j = i - 1; j >= i - back && j >= 0; j--) {
      const o = toks[j] as Tok;
      if (t.s - o.e > gap) break;
      if (trigger(o)) {
        out.push(t);
        break;
      }
    }
  }
  return out;
}

function registerNumbers22(d: Detector): void {
  const v = d.v;
  for (const t of numbersAfterTrigger(d, 3, 24, (o) => RARE_SET_22.has(o.k))) {
    const m = REGISTER_BEFORE_22.exec(v.slice(Math.max(0, t.s - 28), t.s));
    if (!m) continue;
    const acr = m[1] as string;
    const k = acr.toLowerCase();
    let ok = REGISTER_SET_22.has(k);
    if (!ok && SHORT_REGISTERS_22.includes(k)) {
      const acStart = t.s - m[0].length + m[0].indexOf(acr);
      const lead = v.slice(Math.max(0, acStart - 3), acStart);
      if (k === 'bar') ok = /^bar(?:[ \t]+(?:no|nr|number|#)\.?|[ \t]*#)/i.test(v.slice(acStart, t.s));
      else if (k === 'dl') ok = acr === 'DL' && (m[2] !== undefined || /[A-Z-]/.test(v.slice(t.s, t.e + 8)));
      else ok = acr === acr.toUpperCase() && /,[ \t]*$/.test(lead);
    }
    if (!ok) continue;
    const s = t.s;
    const vm = REGISTER_VALUE_22.exec(v.slice(t.s, t.s + 24));
    if (!vm) continue;
    const g = vm[0];
    if ((g.match(/\d/g)?.length ?? 0) < 4 || looksLikeDate(g)) continue;
    const e = t.s + g.length;
    if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'LICENSE' && o.t !== 'PHONE')) continue;
    d.someOverlap(s, e, (o) => {
      if (o.t === 'OTHER_ID') o.t = 'LICENSE';
      return false;
    });
    d.add(s, e, 'LICENSE', 104);
  }
}

function validYmd22(y: number, mo: number, da: number): boolean {
  return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && da >= 1 && da <= 31;
}

/**
 * Dates in machine records read as generic identifiers: a compact timestamp "202402110930" (EDIFACT DTM, HL7 fields: the
 * date is its first eight digits), a FileMan date between carets "^2450611^" (year - 1700, month, day), and an EDIFACT
 * interchange date "+240211:0930+" (yymmdd before a time).
 */
function machineDates22(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'OTHER_ID') continue;
    const len = c.e - c.s;
    if (len !== 7 && len !== 12 && len !== 14) continue;
    const w = v.slice(c.s, c.e);
    if (!/^\d+$/.test(w)) continue;
    if (len === 7) {
      // FileMan: between carets (a MUMPS global or a VistA record), or followed by ".hhmm".
      if (codeAt(v, c.s - 1) !== 94 || (codeAt(v, c.e) !== 94 && codeAt(v, c.e) !== 46)) continue;
      const y = 1700 + Number(w.slice(0, 3));
      if (!validYmd22(y, Number(w.slice(3, 5)), Number(w.slice(5, 7)))) continue;
      c.t = 'DATE';
      continue;
    }
    if (!validYmd22(Number(w.slice(0, 4)), Number(w.slice(4, 6)), Number(w.slice(6, 8)))) continue;
    if (Number(w.slice(8, 10)) > 23 || Number(w.slice(10, 12)) > 59 || (len === 14 && Number(w.slice(12, 14)) > 59)) continue;
    if (labelWordType(v, c.s) !== undefined) continue;
    c.p = -1;
    d.add(c.s, c.s + 8, 'DATE', 90);
  }
}

/** Two dates of one shape joined by a hyphen: "03.02.2024-09.02.2024", "3/2/24-9/2/24". */
const JOINED_DATES_22 = /^(\d{1,2})([.\/])(\d{1,2})\2(\d{2}|\d{4})-(\d{1,2})\2(\d{1,2})\2(\d{2}|\d{4})(?![\w\/-]|\.\d)/;

function dayMonth22(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return x >= 1 && y >= 1 && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31));
}

/** Thai national ID check: 13 digits, the last is (11 - sum of digit x weight 13..2) mod 11, mod 10. */
function thaiIdOk22(ds: string): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(ds[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(ds[12]);
}

/**
 * Shapes read from a number token: joined date ranges (JOINED_DATES_22), an EDIFACT interchange date, and the Thai national
 * ID in its printed groups "1 1020 04457 12 3" when its check digit holds.
 */
function tokenShapes22(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const a = codeAt(v, t.e);
    const len = t.e - t.s;
    if ((a === 46 || a === 47) && len <= 2) {
      // (Cheap first: the same separator two or three characters on, a hyphen after the first date.)
      if (codeAt(v, t.e + 2) !== a && codeAt(v, t.e + 3) !== a) continue;
      const h = t.e + 4;
      if (codeAt(v, h + 1) !== 45 && codeAt(v, h + 2) !== 45 && codeAt(v, h + 3) !== 45 && codeAt(v, h + 4) !== 45) continue;
      const b = codeAt(v, t.s - 1);
      if (isWordCode(b) || b === 46 || b === 47 || b === 45) continue;
      const m = JOINED_DATES_22.exec(v.slice(t.s, t.s + 24));
      if (!m || !dayMonth22(m[1] as string, m[3] as string) || !dayMonth22(m[5] as string, m[6] as string)) continue;
      // (Years of four digits, the second not before the first; two-digit years only when equal: "3.2.40-9.7.41" is a version.)
      const y1 = m[4] as string;
      const y2 = m[7] as string;
      if (y1.length !== y2.length || (y1.length === 2 ? y1 !== y2 : Number(y2) < Number(y1) || Number(y2) - Number(y1) > 5)) continue;
      const mid = t.s + (m[1] as string).length + (m[3] as string).length + (m[4] as string).length + 2;
      const e = t.s + m[0].length;
      if (!d.someOverlap(t.s, mid, (o) => o.t === 'DATE' && o.s <= t.s && o.e >= mid)) d.add(t.s, mid, 'DATE', 90);
      if (!d.someOverlap(mid + 1, e, (o) => o.t === 'DATE' && o.s <= mid + 1 && o.e >= e)) d.add(mid + 1, e, 'DATE', 90);
      continue;
    }
    if (a === 58 && len === 6 && codeAt(v, t.s - 1) === 43) {
      // EDIFACT UNB: "+240211:0930+".
      if (!/^\d{6}:(?:[01]\d|2[0-3])[0-5]\d(?!\d)/.test(v.slice(t.s, t.s + 11))) continue;
      const w = v.slice(t.s, t.e);
      if (!validYmd22(2000 + Number(w.slice(0, 2)), Number(w.slice(2, 4)), Number(w.slice(4, 6)))) continue;
      if (!d.someOverlap(t.s, t.e, (o) => o.t === 'DATE')) d.add(t.s, t.e, 'DATE', 90);
      continue;
    }
    if (a === 32 && len === 1 && codeAt(v, t.e + 5) === 32 && codeAt(v, t.e + 11) === 32 && codeAt(v, t.e + 14) === 32) {
      const g = v.slice(t.s, t.s + 17);
      if (!/^\d \d{4} \d{5} \d{2} \d$/.test(g) || isWordCode(codeAt(v, t.s + 17)) || isWordCode(codeAt(v, t.s - 1))) continue;
      if (!thaiIdOk22(g.replace(/ /g, ''))) continue;
      if (d.someOverlap(t.s, t.s + 17, (o) => o.t !== 'OTHER_ID')) continue;
      const ty = labelWordType(v, t.s);
      d.add(t.s, t.s + 17, ty === undefined || ty === 'SSN' || ty === 'PHONE' ? 'OTHER_ID' : ty, 62);
    }
  }
}


// --- Stop 16, round names21: names in machine formats, user names, titled names, ages over 89 in rows and codes -------

/** Rare trigger words of round names21 (on the bit T.NHS; each rule looks for its own words in Detector.rare). */
const FOREIGN_AGE_WORDS = ['idade', 'edad', 'âge', 'età', 'leeftijd', 'ålder', 'wiek', 'umur', 'usia', 'yaş', 'alter'];
const KIN_CAPS_WORDS = ['daughter', 'son', 'wife', 'husband', 'grandson', 'granddaughter', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew', 'widow', 'widower', 'partner', 'fiance', 'fiancee', 'guardian', 'stepson', 'stepdaughter', 'aunt', 'uncle', 'cousin', 'escort'];
const DICOM_WORDS_21 = ['vr', 'pn', 'dicom', 'patientage', 'patientsage'];
/** Role nouns before a user name ("Phlebotomist tnakamura;", "interface analyst rjablonski:") and the words of a user field. */
const USER_ROLE_WORDS_LIST = ['phlebotomist', 'analyst', 'technologist', 'tech', 'clerk', 'scribe', 'operator', 'registrar', 'coder', 'dispatcher', 'courier', 'admin', 'administrator', 'user', 'username', 'login', 'userid'];
const RARE_21 = [...FOREIGN_AGE_WORDS, ...KIN_CAPS_WORDS, ...DICOM_WORDS_21, ...USER_ROLE_WORDS_LIST, 'nad'];

/** The names passes of round names21, run from Detector.run right after namesSecondWave. */
function namesRound21(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare !== undefined && (rare.has('pn') || rare.has('vr'))) dicomPersonNames(d);
  if (v.includes('^') && v.includes('|')) hl7IdNames(d);
  if (rare !== undefined && rare.has('nad')) edifactNames(d);
  capsGivenAfterSurname(d);
  userNames21(d);
  titledDoctorNames(d);
  if (rare !== undefined && KIN_CAPS_WORDS.some((w) => rare.has(w))) kinNamesInCaps(d);
}

/** The ages of round names21, run from Detector.run after the name passes. */
function agesRound21(d: Detector): void {
  agesBesideNames(d);
  const rare = d.rare;
  if (rare !== undefined && FOREIGN_AGE_WORDS.some((w) => rare.has(w))) foreignAges(d);
  if (rare !== undefined && DICOM_WORDS_21.some((w) => rare.has(w))) dicomAges(d);
}

/** A DICOM person name (value representation PN) in a JSON model or a dump: every caret part of its value is the name
 * ("vr":"PN","Value":[{"Alphabetic":"Tauiliili^Sefa^Malia"}], "PN [Abara^Chike]"). */
const PN_JSON_VALUE = /"vr"[ \t]*:[ \t]*"PN"[^{}\n]{0,40}\{[ \t]*"Alphabetic"[ \t]*:[ \t]*"([^"^\n]{1,40}(?:\^[^"^\n]{0,40}){0,4})"/y;
const PN_DUMP_VALUE = /PN[ \t]+\[?([\p{L}'’ -]{2,40}(?:\^[\p{L}'’ .-]{0,40}){1,4})/uy;
function dicomPersonNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('PN'); x >= 0; x = v.indexOf('PN', x + 2)) {
    if (x > 0 && /[\p{L}\p{N}]/u.test(v.charAt(x - 1))) continue;
    let m: RegExpExecArray | null = null;
    let at = -1;
    if (v.charCodeAt(x - 1) === 34) {
      PN_JSON_VALUE.lastIndex = x - 1 - (v.slice(Math.max(0, x - 12), x - 1).match(/"vr"[ \t]*:[ \t]*$/)?.[0].length ?? 99999);
      if (PN_JSON_VALUE.lastIndex < 0) continue;
      m = PN_JSON_VALUE.exec(v);
      if (m) at = m.index + m[0].length - 1 - (m[1] as string).length;
    } else {
      PN_DUMP_VALUE.lastIndex = x;
      m = PN_DUMP_VALUE.exec(v);
      if (m) at = m.index + m[0].length - (m[1] as string).length;
    }
    if (!m || at < 0) continue;
    let g = m[1] as string;
    g = g.replace(/[\^ \t]+$/, '');
    if (!/^[\p{L}'’ .^-]+$/u.test(g) || !/\p{L}{2}/u.test(g)) continue;
    let s = at;
    while (v.charCodeAt(s) === 94 || v.charCodeAt(s) === 32) s++;
    const e = at + g.length;
    if (e > s) d.add(s, e, 'NAME', 96);
  }
}

/** An HL7 person field with an identifier first ("|7781^OKAFOR^CHIDI^^^^^^^^RN|", an XCN) or empty components after
 * the given name ("|KLEIN^MAREN^^^^^^^^|"), when its given name is a known one and no word. */
const HL7_ID_PERSON = /^(?:[A-Za-z]{0,3}\d[\w-]{0,14}\^)?([A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*)?)\^([A-Z][A-Za-z'-]+)(?:\^(?:[A-Z](?:[A-Za-z'.-]*)?)?)?\^[\w.^&-]*$/;
function hl7IdNames(d: Detector): void {
  const v = d.v;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 126 && v.charCodeAt(a - 1) !== 10 && c - a < 40) a--;
    if (a === 0 || (v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 126)) continue;
    let b = c;
    while (b < v.length && v.charCodeAt(b) !== 124 && v.charCodeAt(b) !== 126 && v.charCodeAt(b) !== 10 && v.charCodeAt(b) !== 13 && b - c < 80) b++;
    const m = HL7_ID_PERSON.exec(v.slice(a, b));
    c = b;
    if (!m) continue;
    const fam = m[1] as string;
    const given = (m[2] as string).toLowerCase();
    const gf = d.fl(given);
    const ff = d.fl(fam.toLowerCase());
    if ((gf & L.FIRST) === 0 || (gf & L.WORD) !== 0 || NOT_NAME.has(given) || NOT_NAME.has(fam.toLowerCase()) || ((ff & L.WORD) !== 0 && (ff & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    const s = a + m[0].indexOf(fam + '^');
    const e = s + fam.length + 1 + (m[2] as string).length;
    if (!d.nameOverlaps(s, e)) d.add(s, e, 'NAME', 96);
  }
}

/** The party name of an EDIFACT NAD segment: the surname and the given name, the first two components of the element
 * after the party's qualifier and identification ("NAD+PO++Lindqvist:Maja::Dr.+Storgatan 4+..."). */
const NAD_NAME = /NAD\+[A-Z0-9]{1,3}\+[^+'\n]*\+(?:[^+'\n]*\+)?([\p{Lu}][\p{L}'’ -]{1,30}):([\p{Lu}][\p{L}'’ -]{1,30})(?=[:+'])/uy;
function edifactNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('NAD+'); x >= 0; x = v.indexOf('NAD+', x + 4)) {
    NAD_NAME.lastIndex = x;
    const m = NAD_NAME.exec(v);
    if (!m) continue;
    const fam = m[1] as string;
    const given = m[2] as string;
    const known = (w: string) => (d.fl(w.toLowerCase()) & NAME_BITS) !== 0;
    if (!known(fam) && !known(given)) continue;
    const s = m.index + m[0].length - fam.length - 1 - given.length;
    d.add(s, m.index + m[0].length, 'NAME', 92);
  }
}

/** A surname found in capitals followed by a comma and given names in capitals ("KOWALCZYK,GRAZYNA", "OKEKE, ADAEZE N"):
 * the given names are the name's too, when no word, credential, state code or clinical abbreviation. */
const CAPS_GIVEN_AFTER = /,[ ]?([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?(?: [A-Z](?![A-Za-z]))?)(?![A-Za-z0-9'-])/y;
function capsGivenAfterSurname(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 44) continue;
    const w = v.slice(c.s, c.e);
    if (w.length < 2 || w !== w.toUpperCase() || !/^[A-Z][A-Z'-]+$/.test(w)) continue;
    CAPS_GIVEN_AFTER.lastIndex = c.e;
    const m = CAPS_GIVEN_AFTER.exec(v);
    if (!m) continue;
    const words = (m[1] as string).split(' ');
    const ok = words.every((g) => {
      const k = g.toLowerCase();
      if (g.length === 1) return true;
      const f = d.fl(k);
      return !CREDENTIAL_TOKENS.has(k) && !NOT_NAME_CAPS.has(g) && !STATE_ABBR_SET.has(g) && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && !MONTH_WORDS.has(k) && ((f & L.WORD) === 0 || (f & L.FIRST) !== 0) && (f & L.COUNTRY) === 0;
    });
    const first = (words[0] as string).toLowerCase();
    if (!ok || (words[0] as string).length < 3 || ((d.fl(first) & L.FIRST) === 0 && (d.fl(first) & L.WORD) !== 0)) continue;
    const s = m.index + m[0].length - (m[1] as string).length;
    const e = m.index + m[0].length;
    if (!d.someCovering(s, e, isNameCand)) d.add(c.s, e, 'NAME', c.p);
  }
}

const USER_ROLE_WORDS = new Set(USER_ROLE_WORDS_LIST);
/** A user-name field of a log or a markup record: `Name="User">`, `<User>`, `"user":"`, `user=`, `UserName:`. */
const USER_FIELD_BEFORE = /(?:\b(?:user(?:[ _]?name|[ _]?id)?|operator|login)["']?[ \t]*(?:>|=|:)[ \t]*["']?|\bName="(?:User(?:Name|Id)?|Operator|Login)"[ \t]*>)$/i;
/**
 * A user name (an initial and a known surname, in lower case or capitals) after a role noun or "by" ("Phlebotomist
 * tnakamura;", "Printed by RBALDWIN on ..."), and any user name that is no word in a user field of a log or markup
 * (`<Data Name="User">ppellegrino</Data>`); every other mention of one found so is one too.
 */
function userNames21(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let keys: Set<string> | undefined;
  // (Cheap first: the role nouns and field words are rare words of T.NHS; "by" is found by scanning for it.)
  const rare = d.rare;
  if (rare !== undefined && USER_ROLE_WORDS_LIST.some((w) => rare.has(w))) for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & (L.WORD | NAME_BITS)) !== 0 || t.shape !== 'L' || t.e - t.s < 5 || t.e - t.s > 20) continue;
    const p = toks[i - 1] as Tok;
    const b = v.charCodeAt(t.s - 1);
    const cue = b === 32 && USER_ROLE_WORDS.has(p.k) && /^[ \t]+$/.test(v.slice(p.e, t.s));
    const field = b === 62 || b === 61 || b === 58 || b === 34 || b === 39 || (b === 32 && (v.charCodeAt(t.s - 2) === 58 || v.charCodeAt(t.s - 2) === 61));
    if (!cue && !field) continue;
    const k = userNameKey(d, t.s, t.e, t.w, t.k, cue, field);
    if (k !== undefined) (keys ??= new Set()).add(k);
  }
  for (const by of ['by ', 'BY ']) for (let x = v.indexOf(by); x >= 0; x = v.indexOf(by, x + 3)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    BY_USER_WORD.lastIndex = x + 2;
    const m = BY_USER_WORD.exec(v);
    if (!m) continue;
    const w = m[1] as string;
    const k = w.toLowerCase();
    if (w !== k && w !== w.toUpperCase()) continue;
    if ((d.fl(k) & (L.WORD | NAME_BITS)) !== 0) continue;
    const s = m.index + m[0].length - w.length;
    const key = userNameKey(d, s, s + w.length, w, k, true, false);
    if (key !== undefined) (keys ??= new Set()).add(key);
  }
  if (keys === undefined) return;
  for (const t of toks) {
    if (!keys.has(t.k)) continue;
    const b = v.charCodeAt(t.s - 1);
    const a = v.charCodeAt(t.e);
    if (isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || b === 64 || isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(t.e + 1)))) continue;
    if (!d.nameOverlaps(t.s, t.e)) d.add(t.s, t.e, 'NAME', 85);
  }
}

/** The word after "by" that may be a user name (five to twenty letters, then no word character, "@", "_" or "-"). */
const BY_USER_WORD = /[ \t]+([A-Za-z]{5,20})(?![\w@'-])/y;

/** The key of a user name at [s, e) (w as written, k in lower case) after a cue (an initial and a known surname) or in a
 * user field (any user name that is no word), or undefined. */
function userNameKey(d: Detector, s: number, e: number, w: string, k: string, cue: boolean, field: boolean): string | undefined {
  const v = d.v;
  const a = v.charCodeAt(e);
  if (isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(e + 1)))) return undefined;
  if (NOT_NAME.has(k) || MEDICAL_ENDING.test(k) || NOT_NAME_CAPS.has(w) || CREDENTIAL_TOKENS.has(k)) return undefined;
  const rest = k.slice(1);
  const fr = d.fl(rest);
  const surnameRest = (fr & L.WORD) === 0 && (fr & (L.LAST | L.OTHER | L.COMMON_SURNAME)) !== 0 && !NOT_NAME.has(rest) && !EPONYMS.has(rest);
  if (surnameRest && cue) return k;
  if (field && w === k && USER_FIELD_BEFORE.test(v.slice(Math.max(0, s - 24), s)) && (surnameRest || /[<"'\n]|$/.test(v.charAt(e))) && /^[a-z]+$/.test(k) && !/^(?:admin|system|guest|service|unknown|anonymous|default|interface)/.test(k)) return k;
  return undefined;
}

/** A doctor's name after a title with a degree or a form of address ("Dr. med. Annika Brunold", "Dr (Mrs) K. L.
 * Seneviratne", "Dr. rer. nat. Jonas Pfeil"): initials and capitalized words, none a common word that is no name. */
const DR_QUALIFIED = /\.?[ \t]+(?:\((?:Mrs|Ms|Mr|Miss|Mme)\.?\)|med\.(?:[ \t]*(?:dent|vet|univ)\.)?|rer\.[ \t]*nat\.|phil\.|h\.[ \t]*c\.)[ \t]+((?:\p{Lu}\.[ \t]*){0,3}\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.[ \t]*)?\p{Lu}[\p{Ll}'’-]+){0,3})/uy;
function titledDoctorNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('Dr'); x >= 0; x = v.indexOf('Dr', x + 2)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    const n = v.charCodeAt(x + 2);
    if (n !== 46 && n !== 32 && n !== 9) continue;
    DR_QUALIFIED.lastIndex = x + 2;
    const m = DR_QUALIFIED.exec(v);
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t.]+/).filter((w) => w.length > 1);
    if (words.length === 0) continue;
    let keep = 0;
    for (const w of words) {
      const k = w.toLowerCase();
      const f = d.fl(k);
      if (((f & L.WORD) !== 0 && (f & NAME_BITS) === 0) || FACILITY_GENERIC.has(k) || NOT_NAME.has(k) || STATE_WORDS.has(k)) break;
      keep++;
    }
    if (keep === 0) continue;
    const last = words[keep - 1] as string;
    const s = m.index + m[0].length - g.length;
    const e = s + g.lastIndexOf(last) + last.length;
    // (A practice named after its doctor is the place's: "Praxis Dr. med. Vogt".)
    if (!d.someCovering(s, e, isNameCand) && !inPlace(d, x, e)) d.add(s, e, 'NAME', 90);
  }
}

/** Units and words after a number that make it no age. */
const NOT_AGE_AFTER = /^(?:[%\/x×°]|[.,-]\d|[ \t]*(?:%|mg|mcg|g|kg|lbs?|ml|mL|L|cm|mm|mmHg|bpm|min|mins|minutes?|h|hrs?|hours?|days?|d|wks?|weeks?|months?|mos?|sec|s|units?|u|IU|am|pm|AM|PM|[A-Z][a-z]+[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Way|Ct|Pl)\b)(?![A-Za-z]))/;
/**
 * An age of 90 or more right after a person's name in a row or a list ("Harold Pemberton Jr. 92  136/80",
 * "TREMBLAY, Odile 96 603-555-0144"), or before it in parentheses ("(93, Edith Lowry)"): the name has two words or
 * more, the number stands alone (no unit, no decimal, no fraction, no street after it) and no other span holds it.
 */
const AGE_AFTER_NAME21 = /^(?:,?[ \t]+(?:Sr|Jr|II|III|IV)\.?)?[ \t]+(9\d|10\d)(?=[ \t,;)]|\r?\n|$)/;
function agesBesideNames(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    const a = v.charCodeAt(c.e);
    if (a === 32 || a === 9 || a === 44) {
      const w = v.slice(c.s, c.e);
      const m = AGE_AFTER_NAME21.exec(v.slice(c.e, c.e + 16));
      if (m && /[ ,]/.test(w.trim())) {
        const g = m[1] as string;
        const s = c.e + m[0].length - g.length;
        if (!NOT_AGE_AFTER.test(v.slice(s + g.length, s + g.length + 14)) && !d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 88);
      }
    }
    // "(93, Edith Lowry)": the age before the name in parentheses.
    if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44) {
      const m = /\((9\d|10\d), $/.exec(v.slice(c.s - 7, c.s));
      if (m) {
        const s = c.s - 2 - (m[1] as string).length;
        if (!d.anyCand(s, s + (m[1] as string).length)) d.add(s, s + (m[1] as string).length, 'AGE_OVER_89', 88);
      }
    }
  }
}

/** An age word of another language before the number without a colon ("(idade 95)", "edad 93 años", "wiek 91 lat"). */
const FOREIGN_AGE = /(?<![\p{L}])(?:idade|edad|âge|età|leeftijd|ålder|wiek|umur|usia|yaş|Alter|ALTER)[ \t]+(9\d|1[01]\d)(?![\d.,]\d|[ \t]*(?:%|\/|mg|kg|cm|mm|x\b|(?:tage?n?|d[ií]as|jours?|giorni|dagen|dni|hari|monate?n?|mes(?:es)?|mois|mesi|maanden|miesi\p{L}*|wochen|semanas|semaines|settimane|weken|tygodni|days?|months?|weeks?)(?!\p{L})))/giu;
function foreignAges(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(FOREIGN_AGE)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - g.length;
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 90);
  }
}

/** A DICOM age string (value representation AS, "095Y") of 90 years or more: after "AS", the Patient's Age tag or its
 * name ("(0010,1010) AS [092Y]", "PatientAge: 091Y", "vr":"AS","Value":["093Y"]). */
const DICOM_AGE21 = /(?:"vr"[ \t]*:[ \t]*"AS"[^\n\]]{0,30}?"|\bAS[ \t]+\[?|(?:0010,1010|00101010|Patient'?s?[ ]?Age)\)?["':= \t\[]+(?:AS[ \t]+\[?)?)(0?(?:9\d|1[01]\d))Y(?![A-Za-z0-9])/g;
function dicomAges(d: Detector): void {
  const v = d.v;
  if (!/\d{3}Y/.test(v)) return;
  for (const m of v.matchAll(DICOM_AGE21)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - 1 - g.length;
    if (!d.anyCand(s, s + g.length + 1)) d.add(s, s + g.length, 'AGE_OVER_89', 92);
  }
}

/** Kin words written in capitals before a name in capitals ("ESCORT: DAUGHTER TAKUMI OSHIRO", "GRANDSON ANGUTI SEEN"), and
 * the name after "widow of" / "widower of": words no lexicon knows as common words (a known given name may be one). */
const KIN_CAPS = new Set(KIN_CAPS_WORDS);
function kinNamesInCaps(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const nameWord = (t: Tok, caps: boolean): boolean => {
    if (caps ? t.shape !== 'U' : t.shape !== 'T') return false;
    if (t.e - t.s < 2 || NOT_NAME_CAPS.has(t.w) || STATE_ABBR_SET.has(t.w) || CREDENTIAL_TOKENS.has(t.k) || NOT_NAME.has(t.k) || STATE_WORDS.has(t.k) || MONTH_WORDS.has(t.k)) return false;
    if ((t.f & L.WORD) !== 0) return (t.f & L.FIRST) !== 0 && !caps;
    return (t.f & (L.COUNTRY | L.PLACE)) === 0 || (t.f & NAME_BITS) !== 0;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !KIN_CAPS.has(t.k)) continue;
    let j = i + 1;
    let caps = true;
    if (t.shape === 'U') caps = true;
    else if ((t.k === 'widow' || t.k === 'widower') && (toks[j] as Tok).k === 'of' && j + 1 < toks.length) {
      j++;
      caps = (toks[j] as Tok).shape === 'U';
    } else continue;
    const first = toks[j] as Tok;
    if (!/^[ \t]+$/.test(v.slice((toks[j - 1] as Tok).e, first.s)) || !nameWord(first, caps)) continue;
    // (In capitals the word must be no word at all: "DAUGHTER VISITED", "SON JOHN" stays to other rules.)
    if (caps && ((first.f & L.WORD) !== 0 || first.e - first.s < 4 || !/[AEIOUY]/.test(first.w) || !/[AEIOUY][^AEIOUY]*$|[^AEIOUY]{0,2}$/.test(first.w) || /[^AEIOUY]{4}/.test(first.w))) continue;
    let k = j;
    if (k + 1 < toks.length && /^ $/.test(v.slice(first.e, (toks[k + 1] as Tok).s)) && nameWord(toks[k + 1] as Tok, caps) && ((toks[k + 1] as Tok).f & L.WORD) === 0) k++;
    // (In capitals, a misspelt word is as likely as a name: one word must be a known name, or two words stand together.)
    if (caps && (first.f & NAME_BITS) === 0 && k === j) continue;
    const s = first.s;
    const e = (toks[k] as Tok).e;
    if (!d.someCovering(s, e, isNameCand)) d.add(s, e, 'NAME', 84);
  }
}

// ---------------------------------------------------------------------------------------------
// Stop 16 (places23): care sites named by a head word of another language, health systems with a branch town, Nordic
// streets with a stair letter and a flat, a hyphenated town before its police office, a titled Iberian street.

/** Head words of care sites in other languages, before the site's name ("Ysbyty Gwynedd", "Puskesmas Cilandak", "RSUD
 * Tangerang", "Ziekenhuis Rivierenland", "Krankenhaus Nordwest", "UMF No. 12"); rare words (T.NHS). */
const CARE_HEADS_23 = ['ysbyty', 'meddygfa', 'puskesmas', 'rsud', 'rsup', 'rsia', 'rsu', 'ziekenhuis', 'krankenhaus', 'klinikum', 'spital', 'kantonsspital', 'hausarztpraxis', 'gemeinschaftspraxis', 'umf', 'hgz', 'usf', 'ucsp', 'policlinica', 'poliklinika', 'ambulatorio', 'consultorio', 'cesfam', 'cosam', 'polyclinic'];
const CARE_HEAD_SET_23 = new Set(CARE_HEADS_23);
/** Heads written in capitals (acronyms): they count only in capitals. */
const CARE_HEAD_ACRONYMS_23 = new Set(['rsud', 'rsup', 'rsia', 'rsu', 'umf', 'hgz', 'usf', 'ucsp', 'cesfam', 'cosam']);
/** Endings of compound heads in German, Dutch and the Nordic languages ("Universitätsspital", "Kreiskrankenhaus"). */
const CARE_HEAD_ENDS_23 = /(?:[a-gi-zäöü]spital|krankenhaus|klinikum|praxis|ziekenhuis)$/;
/** Lower-case particles inside such a name ("Klinikum rechts der Isar", "Ziekenhuis de Tjongerschans"). */
const CARE_PARTICLES_23 = new Set(['de', 'der', 'des', 'den', 'het', 'van', 'am', 'an', 'im', 'zum', 'zur', 'rechts', 'links', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'y', 'e']);
/** German prepositions: a particle only before the name's first capitalized word ("Hausarztpraxis am Markt", not "...
 * Emmenhof am Montag"). */
const GERMAN_PREPS_23 = new Set(['am', 'an', 'im', 'zum', 'zur']);
/** First words of an English head that a town or a name follows ("Teaching Hospital Karapitiya", "Base Hospital Kalmunai"). */
const HOSPITAL_RANKS_23 = new Set(['teaching', 'district', 'base', 'divisional', 'provincial', 'referral', 'rural', 'cottage', 'mission']);

/** The capitalized words (and particles) after position `from`: [end of the last capitalized word, count]. */
function capsAfter23(d: Detector, i: number, maxTok: number, from = -1): [number, number] {
  const v = d.v;
  const toks = d.toks;
  let e = -1;
  let caps = 0;
  let last = from >= 0 ? from : (toks[i] as Tok).e;
  for (let j = i + 1; j < toks.length && j - i <= maxTok; j++) {
    const u = toks[j] as Tok;
    const gap = v.slice(last, u.s);
    if (gap !== ' ') break;
    if ((u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) && (u.m & (M.TITLES | M.MONTH_WORDS)) === 0 && !FUNCTION_WORDS.has(u.k)) {
      // A common English word is a name's part only after another capitalized word ("Gelderse Vallei", not "Krankenhaus Stay").
      if (caps === 0 && d.common(u) && !d.knownPlace(u.k)) break;
      caps++;
      e = u.e;
    } else if (!(u.shape === 'L' && CARE_PARTICLES_23.has(u.k) && (caps === 0 || !GERMAN_PREPS_23.has(u.k)))) break;
    last = u.e;
  }
  return [e, caps];
}

/** Care sites named by a head of another language or a ranked hospital's head, the name after the head. */
function careHeads23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    const k = t.k;
    let s = t.s;
    if ((t.f & T.NHS) !== 0 && CARE_HEAD_SET_23.has(k)) {
      if (CARE_HEAD_ACRONYMS_23.has(k) ? t.shape !== 'U' : t.shape !== 'T' && !(t.shape === 'U' && d.capsDoc)) continue;
      // "UMF No. 37", "HGZ No 2": the head and its number.
      const num = /^ (?:No\.?|Nr\.?|N[º°o]\.?|#) ?\d{1,4}\b/.exec(v.slice(t.e, t.e + 12));
      if (num) {
        placeOver17(d, s, t.e + num[0].length, 78);
        continue;
      }
    } else if (t.shape === 'T' && k.length >= 9 && CARE_HEAD_ENDS_23.test(k) && !d.common(t)) {
      // A compound head ("Universitätsspital Basel", "Gemeinschaftspraxis Kuhn").
    } else if (k === 'hospital' && t.shape === 'T' && i > 0) {
      const pv = toks[i - 1] as Tok;
      if (pv.shape !== 'T' || !HOSPITAL_RANKS_23.has(pv.k) || v.slice(pv.e, t.s) !== ' ') continue;
      // The rank word starts the name: no capitalized word before it.
      const pp = toks[i - 2];
      if (pp && (pp.shape === 'T' || pp.shape === 'U') && v.slice(pp.e, pv.s) === ' ') continue;
      s = pv.s;
    } else continue;
    const [e, caps] = capsAfter23(d, i, k === 'hospital' ? 2 : 6);
    if (caps === 0 || e < 0) continue;
    // After a ranked hospital, the name ends the phrase (punctuation, a line's end, a lower-case word or a digit).
    if (k === 'hospital' && !/^(?:$|[\r\n,;:()\[\]\/]|\.(?:\s|$)| (?:\p{Ll}|\d|[-\u2013\/])|  )/u.test(v.slice(e, e + 3))) continue;
    if (d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 78);
  }
}

/** Faith and virtue words that start a health system's name ("Baptist Health", "Mercy Health"); other first words must
 * be no common word. */
const SYSTEM_FIRST_23 = new Set(['baptist', 'methodist', 'presbyterian', 'adventist', 'lutheran', 'catholic', 'mercy', 'trinity', 'providence', 'covenant', 'unity', 'grace', 'hope', 'christian', 'episcopal']);
/** Generic words before "Health" that make no system ("Mental Health Boston"). */
const NOT_SYSTEM_23 = new Set(['mental', 'public', 'behavioral', 'behavioural', 'home', 'community', 'occupational', 'family', 'student', 'employee', 'global', 'population', 'oral', 'sexual', 'reproductive', 'primary', 'allied', 'environmental', 'child', 'maternal', 'rural', 'urban', 'county', 'state', 'city', 'tribal', 'school', 'women', "women's", 'men', "men's", 'bone', 'heart', 'brain', 'skin', 'lung', 'eye', 'breast', 'dental', 'travel', 'veterans', 'university']);

/** The end of a site's name: punctuation, a line's end, a lower-case word, a digit or two blanks. */
const NAME_END_23 = /^(?:$|[\r\n,;:()\[\]]|\.(?:\s|$)| (?:\p{Ll}|\d)|  )/u;

/** A known town of one or two capitalized words at token i: the index of its last token, else -1. */
function townAt23(d: Detector, i: number): number {
  const v = d.v;
  const toks = d.toks;
  for (let j = Math.min(i + 1, toks.length - 1); j >= i; j--) {
    let ok = true;
    for (let q = i; q <= j && ok; q++) {
      const u = toks[q] as Tok;
      if ((u.shape !== 'T' && u.shape !== 'U') || u.possessive || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) ok = false;
      if (q > i && u.s !== (toks[q - 1] as Tok).e + 1) ok = false;
    }
    if (!ok) continue;
    const key = (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || !d.knownPlace(key)) continue;
    if (!NAME_END_23.test(v.slice((toks[j] as Tok).e, (toks[j] as Tok).e + 3))) continue;
    return j;
  }
  return -1;
}

/** Whether a word has a capital after its first letter ("MercyOne"). */
function innerCapital23(w: string): boolean {
  for (let q = 1; q < w.length; q++) if (charClass(w.charCodeAt(q)) === 3) return true;
  return false;
}

/** A health system and its branch town with no dash: "Baptist Health Corbin", "Orion Health Keene", "MercyOne Ames". */
function systemTowns23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i + 1 >= toks.length) continue;
    let s = -1;
    if (t.k === 'health' && t.shape === 'T' && i > 0) {
      const pv = toks[i - 1] as Tok;
      if (pv.shape !== 'T' || v.slice(pv.e, t.s) !== ' ' || NOT_SYSTEM_23.has(pv.k) || FUNCTION_WORDS.has(pv.k) || (pv.m & (M.TITLES | M.STATE_WORDS)) !== 0 || pv.possessive) continue;
      if (d.common(pv) && !SYSTEM_FIRST_23.has(pv.k)) continue;
      if ((pv.f & L.COUNTRY) !== 0 || STATE_WORDS.has(pv.k)) continue;
      s = pv.s;
    } else if (t.shape === 'T' && t.capitals >= 2 && t.w.length >= 7 && innerCapital23(t.w)) {
      // A camel-case brand: a first part of four letters or more, a second that is no given name and the whole no known
      // name ("MercyOne", not "MaryAnn" or "RoseMarie").
      const m = /^\p{Lu}\p{Ll}{3,}(\p{Lu}\p{Ll}{2,})$/u.exec(t.w);
      if (!m || (t.f & (L.FIRST | L.LAST)) !== 0 || (d.fl((m[1] as string).toLowerCase()) & L.FIRST) !== 0) continue;
      s = t.s;
    } else continue;
    const nx = toks[i + 1] as Tok;
    if (nx.s !== t.e + 1) continue;
    const j = townAt23(d, i + 1);
    if (j < 0) continue;
    const e = (toks[j] as Tok).e;
    if (titleBefore(v, s) || d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 76);
  }
}

/** Street words ending a Nordic or Finnish street's name ("Hämeenkatu", "Storgatan", "Kirkeveien"). */
const NORDIC_STREET_ENDS_23 = /(?:katu|kuja|polku|tie|väylä|vayla|kaari|gatan|gata|vägen|vagen|veien|vegen|vej|gade|gaten)$/;

/** A Nordic street, its number, a stair letter and a flat ("Hämeenkatu 14 B 22", "Storgatan 12 A 3"). */
function nordicStreets23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' || t.k.length < 6 || !isDigitCode(v.charCodeAt(t.e + 1)) || v.charCodeAt(t.e) !== 32) continue;
    if (!NORDIC_STREET_ENDS_23.test(t.k) || d.common(t) || (t.f & L.FIRST) !== 0) continue;
    const m = /^ \d{1,4}[a-zA-Z]?(?: [A-H](?: \d{1,3})?| as\. \d{1,3}| lgh \d{1,4})?(?![\d:.\/,]\d|[\p{L}\d])/u.exec(v.slice(t.e, t.e + 20));
    if (!m) continue;
    const e = t.e + m[0].length;
    if (d.someOverlap(t.s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, t.s, e, 78);
  }
}

/** Iberian street words before a title ("Rua Dr. ...", "Avenida Prof. ..."); rare words (T.NHS). */
const TITLED_STREETS_23 = ['rua', 'avenida', 'avda', 'travessa', 'calle', 'praça', 'praca', 'alameda', 'estrada', 'largo', 'paseo', 'carrer', 'viale'];
const TITLED_STREET_SET_23 = new Set(TITLED_STREETS_23);
/** Titles inside a street's name. */
const STREET_TITLES_23 = /^(?:Dr|Dra|Prof|Profa|Eng|Gen|Cap|Cel|Pe|Padre|Dom|Dona|Sr|Sra|Mons|Pres|Alm|Mal|Cde|Conde|Don|Doña)\.? /;

/** "Rua Dr. Alfredo da Costa 7": an Iberian street whose name starts with a title, up to its number. */
function titledStreets23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i + 2 >= toks.length) continue;
    if ((t.f & T.NHS) === 0 || t.shape !== 'T' || !TITLED_STREET_SET_23.has(t.k)) continue;
    let p = t.e;
    if (v.charCodeAt(p) === 46) p++;
    if (v.charCodeAt(p) !== 32) continue;
    const ti = toks[i + 1] as Tok;
    const tm = STREET_TITLES_23.exec(v.slice(ti.s, ti.s + 7));
    if (ti.s !== p + 1 || !tm) continue;
    const [e, caps] = capsAfter23(d, i + 1, 6, ti.s + tm[0].length - 1);
    if (caps === 0 || e < 0) continue;
    const num = /^,? (?:n\.?º ?|nº ?|no\.? )?\d{1,5}[A-Za-z]?\b/.exec(v.slice(e, e + 10));
    if (!num) continue;
    const end = e + num[0].length;
    if (d.someOverlap(t.s, end, (c) => c.t !== 'NAME' && c.t !== 'LOCATION' && c.t !== 'DATE')) continue;
    placeOver17(d, t.s, end, 80);
  }
}

/** A hyphenated town before its police, fire or EMS office ("Winston-Salem PD", "Wilkes-Barre Police"). */
function hyphenOffices23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1) continue;
    if ((t.shape !== 'U' && t.shape !== 'T') || !OFFICE_WORDS_17.has(t.w)) continue;
    const b = toks[i - 1] as Tok;
    if (v.slice(b.e, t.s) !== ' ' || (b.shape !== 'T' && b.shape !== 'U') || b.possessive) continue;
    const parts = b.k.split('-');
    if (parts.length !== 2 || !/^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u.test(b.w) || (b.m & M.TITLES) !== 0) continue;
    const known = d.knownPlace(b.k) || d.knownPlace(parts.join(' '));
    // An unknown pair only before a spelled-out office ("Police", "Sheriff"), not before "PD" (a disease's abbreviation too).
    if (!known && (t.w === 'PD' || t.w === 'EMS' || d.common(b))) continue;
    if (titleBefore(v, b.s) || d.someOverlap(b.s, b.e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, b.s, b.e, 76);
  }
}

/** Administrative divisions of other countries after their name ("Nakawa Division", "Bhalwal Tehsil", "Kakamega
 * Sub-county") and before it ("Kecamatan Cilandak", "Upazila Savar"); rare words (T.NHS). */
const DIVISIONS_AFTER_23 = ['division', 'subcounty', 'sub-county', 'tehsil', 'taluk', 'taluka', 'mandal', 'upazila', 'governorate', 'oblast', 'raion', 'rayon', 'prefecture', 'municipality', 'arrondissement'];
const DIVISIONS_BEFORE_23 = ['kecamatan', 'kelurahan', 'kabupaten', 'desa', 'tehsil', 'taluk', 'taluka', 'upazila', 'mandal'];
const DIVISION_AFTER_SET_23 = new Set(DIVISIONS_AFTER_23);
const DIVISION_BEFORE_SET_23 = new Set(DIVISIONS_BEFORE_23);

/** Words of a medical field by their ending ("Hepatology", "Hematology-Oncology", "Geriatrics"). */
const MEDICAL_FIELD_23 = /(?:olog(?:y|ies)|iatry|iatrics|ics|pathy|surgery|medicine|ologic(?:al)?)(?:-|$)/;

/** Whether token u may be part of a division's name: capitalized, no common word (unless the gazetteer knows it), title,
 * month, state, country or function word. */
function divisionWord23(d: Detector, u: Tok): boolean {
  if (u.shape !== 'T' && !(u.shape === 'U' && d.capsDoc)) return false;
  if (u.possessive || FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (u.f & L.COUNTRY) !== 0) return false;
  // No medical specialty or generic facility word ("Cardiology Division", "Surgical Division").
  if (FACILITY_GENERIC.has(u.k) || SPECIALTY_WORD.test(u.w) || (u.m & M.NOT_NAME) !== 0 || MEDICAL_FIELD_23.test(u.k)) return false;
  return !d.common(u) || d.knownPlace(u.k);
}

/** A division's name and its division word (see DIVISIONS_AFTER_23 and DIVISIONS_BEFORE_23). */
function divisions23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || t.shape !== 'T') continue;
    let s = -1;
    let e = -1;
    if (DIVISION_AFTER_SET_23.has(t.k) && i > 0) {
      // One or two name words right before it, one blank apart, the first not after another capitalized word.
      for (let j = i - 1; j >= 0 && i - j <= 2; j--) {
        const u = toks[j] as Tok;
        if (v.slice(u.e, (toks[j + 1] as Tok).s) !== ' ' || !divisionWord23(d, u)) break;
        s = u.s;
      }
      e = t.e;
    }
    if (s < 0 && DIVISION_BEFORE_SET_23.has(t.k)) {
      const [ce, caps] = capsAfter23(d, i, 2);
      if (caps === 0 || ce < 0) continue;
      let ok = true;
      for (let j = i + 1; j < toks.length && (toks[j] as Tok).e <= ce; j++) if (!divisionWord23(d, toks[j] as Tok) && (toks[j] as Tok).shape !== 'L') ok = false;
      if (!ok) continue;
      s = t.s;
      e = ce;
    }
    if (s < 0 || e <= s || titleBefore(v, s) || d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 76);
  }
}

/** This round's passes (from run(), after placesRound20). One pass over the tokens picks the few each rule reads: the rare
 * words (T.NHS: heads, street words, divisions, offices), "Hospital", "Health", words with an inner capital, a word before
 * a blank and a digit, and long words ending like a compound head. */
function placesRound23(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const rareIdx: number[] = [];
  const care: number[] = [];
  const systems: number[] = [];
  const streets: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    if ((t.f & T.NHS) !== 0) {
      rareIdx.push(i);
      continue;
    }
    if (t.shape !== 'T') continue;
    const n = t.k.length;
    if (n === 8 && t.k === 'hospital') care.push(i);
    else if ((n === 6 && t.k === 'health') || (t.capitals >= 2 && n >= 7)) systems.push(i);
    else if (n >= 6 && v.charCodeAt(t.e) === 32 && isDigitCode(v.charCodeAt(t.e + 1))) streets.push(i);
    if (n >= 9) {
      const c = t.k.charCodeAt(n - 1);
      // Last letters of the compound heads: "...spital", "...haus", "...huis", "...klinikum", "...praxis".
      if ((c === 108 || c === 115 || c === 109) && CARE_HEAD_ENDS_23.test(t.k)) care.push(i);
    }
  }
  if (rareIdx.length > 0) {
    careHeads23(d, rareIdx);
    titledStreets23(d, rareIdx);
    if (v.includes('-')) hyphenOffices23(d, rareIdx);
    divisions23(d, rareIdx);
  }
  if (care.length > 0) careHeads23(d, care);
  if (systems.length > 0) systemTowns23(d, systems);
  if (streets.length > 0) nordicStreets23(d, streets);
}

// --- Stop 16, second wave, round ids25: prefixed device and plan numbers, licences after a state, plates, tails, dates --

idWords('DEVICE', 'gateway cycler');
/** Trigger words of this block (on the rare-word bit T.NHS): licence labels, an aircraft's tail, 3D scans' extensions. */
/** Labels of national numbers written in groups (Norwegian, Swedish, Danish, Czech, Belgian, Polish, Bangladeshi...). */
const NATIONAL_LABELS_25 = ['fodselsnummer', 'fødselsnummer', 'personnummer', 'personnr', 'rodne', 'rijksregisternummer', 'niss', 'insz', 'nid', 'pesel', 'cpr', 'jmbg', 'egn', 'cnp', 'hetu', 'henkilotunnus', 'register', 'birth'];
const RARE_25 = ['lic', 'license', 'licence', 'tail', 'stl', 'ply', ...NATIONAL_LABELS_25];
/** A health plan's key or phrase right before a value: "health plan ", `plan="`, "plan_id=". */
const PLAN_BEFORE_25 = /(?:\bhealth[ \t_-]*plan|\bplan(?:[ _-]?id)?["']?[ \t]*[:=])[ \t]*["']?[ \t]*$/i;
/** A value after a space: digits first, then digits, capitals and inner hyphens or dots. */
const PREFIXED_VALUE_25 = /^\d[\dA-Z]*(?:[-.][\dA-Z]+)*(?![\w\/-]|\.\d)/;
/** A licence number: digits, maybe a letter prefix, hyphens or dots between digit groups. */
const LICENCE_VALUE_25 = /^(?:[A-Z]{1,3}-?)?\d(?:\d|[-.](?=\d)){3,14}(?![\w\/-]|\.\d)/;
/** After "lic"/"license": an optional "no."/"#", a state code, the number ("lic NE PT-2817"). */
const LIC_STATE_AFTER_25 = /^\.?(?:[ \t]+(?:no\.?|#|number))?[ \t]*[:#]?[ \t]*([A-Z]{2})[ \t]+/;
/** A state code right before "lic"/"license" ("VT lic 042.0011872"). */
const STATE_BEFORE_LIC_25 = /(?:^|[^\w])([A-Z]{2})[ \t]+$/;
/** After "lic"/"license" with a state code before it: an optional "no."/"#" and the number. */
const LIC_AFTER_25 = /^\.?(?:[ \t]+(?:no\.?|#|number))?[ \t]*[:#]?[ \t]*/;
/** An aircraft's tail: "tail N447KX", "tail number: N12345". */
const TAIL_BEFORE_25 = /\btail(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*$/i;
const TAIL_NUMBER_25 = /^N[1-9]\d{0,4}[A-Z]{0,2}$/;
/** A registration label before a spaced plate: "registration 07 JS 4471", "reg: 12 D 4410". */
const REG_BEFORE_25 = /\b(?:registration|regn|reg\.?|plates?)[ \t]*(?:no\.?|#|number)?[ \t]*[:#]?[ \t]*$/i;
const SPACED_PLATE_25 = /^\d{1,3}[ -][A-Z]{1,3}[ -]\d{1,6}(?![\w-])/;
/** A plate "1-ABC-447" (digit, three capitals, three digits). */
const DASHED_PLATE_25 = /^[1-9]-[A-Z]{3}-\d{3}(?![\w-])/;
/** Month/year ranges "03/2024-09/2025"; dates with a blank after each dot "28. 10. 2025". */
const MONTH_YEAR_RANGE_25 = /^(0?[1-9]|1[0-2])\/((?:19|20)\d\d)[-\u2013](0?[1-9]|1[0-2])\/((?:19|20)\d\d)(?![\w\/-])/;
const SPACED_DOTS_BEFORE_25 = /(?:^|[^\w.])(\d{1,2})\.[ \t]?(\d{1,2})\.[ \t]$/;
/** Files of 3D scans (intraoral, facial), and cues that make a PDF a picture (a tracing, a scanned sheet, footage). */
const SCAN_FILE_EXTS_25 = ['.stl', '.STL', '.ply', '.PLY'];
const PDF_PICTURE_CUE_25 = /\b(?:tracings?|scanned|ecg|ekg|strips?|footage|photographed|photocopied)\b/i;

/** Stop 16, second wave (ids25): the passes of this block, run from laterCues after idsRound22. */
function idsRound25(d: Detector): void {
  prefixedIds25(d);
  shapes25(d);
  const rare = d.rare;
  if (rare !== undefined && (rare.has('lic') || rare.has('license') || rare.has('licence'))) licenceAfterState25(d);
  pictureFiles25(d);
  if (rare !== undefined && NATIONAL_LABELS_25.some((w) => rare.has(w))) nationalNumbers25(d, rare);
}

/** Whether the candidates over [s, e) are all generic or typed identifiers (none a phone, a date, a name...). */
function onlyIds25(d: Detector, s: number, e: number): boolean {
  return !d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'DEVICE' && o.t !== 'HEALTH_PLAN' && o.t !== 'LICENSE' && o.t !== 'MRN' && o.t !== 'ACCOUNT' && o.t !== 'VEHICLE');
}
/** Drops the identifiers inside [s, e) and adds the span. */
function replaceIds25(d: Detector, s: number, e: number, t: PhiType, p: number): void {
  d.someOverlap(s, e, (o) => {
    if (o.s >= s && o.e <= e && o.t !== t) o.p = -1;
    return false;
  });
  d.add(s, e, t, p);
}

/**
 * A device's or a health plan's number with a model or issuer prefix of capitals before a blank: "receiver CI-R
 * 1188274", "sound processor SP 90-44178", "health plan KPX 447180221", `plan_id=MA-HMO 447182201`. The label word
 * before the prefix types it; the prefix is no label of its own (not a state, "SN", "ID", a register or a word).
 */
function prefixedIds25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (codeAt(v, t.s - 1) !== 32 || !isDigitCode(v.charCodeAt(t.s))) continue;
    const c2 = codeAt(v, t.s - 2);
    if (!(c2 >= 65 && c2 <= 90) && !isDigitCode(c2)) continue;
    // (Cheap first: five digits in the value's run.)
    let nd = 0;
    for (let x = t.s; x < t.s + 24 && x < v.length; x++) {
      const c = v.charCodeAt(x);
      if (isDigitCode(c)) nd++;
      else if (!((c >= 65 && c <= 90) || c === 45 || c === 46)) break;
    }
    if (nd < 5) continue;
    let a = t.s - 1;
    while (a > 0 && t.s - a <= 12) {
      const c = v.charCodeAt(a - 1);
      if ((c >= 65 && c <= 90) || isDigitCode(c) || c === 45) a--;
      else break;
    }
    const pre = v.slice(a, t.s - 1);
    const b = codeAt(v, a - 1);
    if (a > 0 && b !== 32 && b !== 9 && b !== 34 && b !== 39 && b !== 61 && b !== 58) continue;
    if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$/.test(pre) || (pre.match(/[A-Z]/g)?.length ?? 0) < 2 || pre.length > 10) continue;
    const low = pre.toLowerCase();
    if (STATE_ABBR_SET.has(pre) || ID_WORD_TYPE.has(low) || ID_LABEL_FILL.has(low) || REGISTER_SET_22.has(low) || /(?:^|-)(?:ID|NO|NR|SN|MRN|REF|TEL|DOB)(?:$|-)/.test(pre)) continue;
    if (!pre.includes('-') && d.fl(low) & L.WORD) continue;
    const m = PREFIXED_VALUE_25.exec(v.slice(t.s, t.s + 24));
    // (Five digits at least, no range ("SR 70-80's"); a value in spaced groups is read without the prefix: "UHC 9380 4472 01".)
    if (!m || (m[0].match(/\d/g)?.length ?? 0) < 5 || /^\d{1,3}[-.]\d{1,3}$/.test(m[0])) continue;
    const e = t.s + m[0].length;
    if (codeAt(v, e) === 32 && isDigitCode(codeAt(v, e + 1))) continue;
    let ty = labelWordType(v, a);
    if (ty === undefined && PLAN_BEFORE_25.test(v.slice(Math.max(0, a - 24), a))) ty = 'HEALTH_PLAN';
    if (ty !== 'DEVICE' && ty !== 'HEALTH_PLAN') continue;
    if (!onlyIds25(d, a, e) || d.someCovering(a, e, (o) => o.p >= 0 && o.t === ty)) continue;
    replaceIds25(d, a, e, ty, 80);
  }
}

/** Token shapes: an aircraft's tail number, spaced and dashed plates after a vehicle word, month/year ranges, dates
 * with a blank after each dot. */
function shapes25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const tail = d.rare?.has('tail') === true;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c0 = v.charCodeAt(t.s);
    const a = codeAt(v, t.e);
    const b = codeAt(v, t.s - 1);
    if (tail && c0 === 78 && len <= 8) {
      // "flight tail N447KX".
      if (!TAIL_NUMBER_25.test(t.w) || isWordCode(a) || a === 45 || !TAIL_BEFORE_25.test(v.slice(Math.max(0, t.s - 20), t.s))) continue;
      if (onlyIds25(d, t.s, t.e)) replaceIds25(d, t.s, t.e, 'VEHICLE', 85);
    } else if (len <= 2 && a === 47 && isDigitCode(codeAt(v, t.e + 1)) && (codeAt(v, t.e + 5) === 45 || codeAt(v, t.e + 5) === 0x2013)) {
      // "placement 03/2024-09/2025".
      if (isWordCode(b) || b === 47 || b === 45 || b === 46) continue;
      const m = MONTH_YEAR_RANGE_25.exec(v.slice(t.s, t.s + 16));
      if (!m) continue;
      const y1 = Number(m[2]);
      const y2 = Number(m[4]);
      if (y2 < y1 || y2 - y1 > 30) continue;
      const mid = t.s + (m[1] as string).length + 5;
      const e = t.s + m[0].length;
      if (!d.anyCand(t.s, mid)) d.add(t.s, mid, 'DATE', 88);
      if (!d.anyCand(mid + 1, e)) d.add(mid + 1, e, 'DATE', 88);
    } else if (len === 4 && (c0 === 49 || c0 === 50) && (b === 32 || b === 9) && codeAt(v, t.s - 2) === 46 && !isWordCode(a) && !(a === 46 && isDigitCode(codeAt(v, t.e + 1)))) {
      // "Hospitalised 28. 10. 2025".
      const y = Number(t.w);
      if (y < 1900 || y > 2099) continue;
      const m = SPACED_DOTS_BEFORE_25.exec(v.slice(Math.max(0, t.s - 9), t.s));
      if (!m) continue;
      const day = Number(m[1]);
      const mon = Number(m[2]);
      if (day < 1 || day > 31 || mon < 1 || mon > 12) continue;
      const s0 = t.s - (m[0].length - (/^\d/.test(m[0]) ? 0 : 1));
      if (!d.anyCand(s0, t.e)) d.add(s0, t.e, 'DATE', 88);
    } else if (d.vehicleText && len <= 3 && (a === 32 || a === 45) && isLetterCode(codeAt(v, t.e + 1))) {
      // "Jet-ski registration 07 JS 4471", "his car (1-ABC-447)".
      if (isWordCode(b) || b === 45 || b === 46) continue;
      // (Cheap first: a blank or a hyphen and a digit after one to three letters.)
      let x = t.e + 1;
      while (x < t.e + 4 && isLetterCode(codeAt(v, x))) x++;
      const g = codeAt(v, x);
      if ((g !== 32 && g !== 45) || !isDigitCode(codeAt(v, x + 1))) continue;
      const tail9 = v.slice(t.s, t.s + 16);
      const m = DASHED_PLATE_25.exec(tail9) ?? (REG_BEFORE_25.test(v.slice(Math.max(0, t.s - 24), t.s)) ? SPACED_PLATE_25.exec(tail9) : null);
      if (!m) continue;
      const e = t.s + m[0].length;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'VEHICLE')) replaceIds25(d, t.s, e, 'VEHICLE', 85);
    }
  }
}

/** A licence number with a state code between or before its label: "lic NE PT-2817", "VT lic 042.0011872". */
function licenceAfterState25(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if (t.k !== 'lic' && t.k !== 'license' && t.k !== 'licence') continue;
    const after = v.slice(t.e, t.e + 40);
    let s = -1;
    const m = LIC_STATE_AFTER_25.exec(after);
    if (m && STATE_ABBR_SET.has(m[1] as string)) s = t.e + m[0].length;
    else {
      const sb = STATE_BEFORE_LIC_25.exec(v.slice(Math.max(0, t.s - 6), t.s));
      if (sb && STATE_ABBR_SET.has(sb[1] as string)) s = t.e + (LIC_AFTER_25.exec(after) as RegExpExecArray)[0].length;
    }
    if (s < 0) continue;
    const vm = LICENCE_VALUE_25.exec(v.slice(s, s + 24));
    if (!vm || (vm[0].match(/\d/g)?.length ?? 0) < 4) continue;
    const e = s + vm[0].length;
    if (onlyIds25(d, s, e) && !d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'LICENSE')) replaceIds25(d, s, e, 'LICENSE', 80);
  }
}

/** A 3D scan's file ("KOWAL_B_upper.stl"), a PDF of a tracing, a scanned sheet or footage ("EKG_BK_0913.pdf"). */
function pictureFiles25(d: Detector): void {
  const v = d.v;
  if (d.rare?.has('stl') || d.rare?.has('ply')) for (const x of SCAN_FILE_EXTS_25) for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) fileAt25(d, p, null);
  if (d.seen & T.PHOTO_EXT) for (const x of ['.pdf', '.PDF']) for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) fileAt25(d, p, PDF_PICTURE_CUE_25);
}
function fileAt25(d: Detector, p: number, cue: RegExp | null): void {
  const v = d.v;
  if (isWordCode(codeAt(v, p + 4))) return;
  let a = p;
  while (a > 0 && p - a < 80) {
    const c = v.charCodeAt(a - 1);
    if (c >= 128 || !PHOTO_CHARS[c]) break;
    a--;
  }
  if (p - a < 3 || !/[A-Za-z]/.test(v.slice(a, p)) || !/\d|_/.test(v.slice(a, p))) return;
  if (cue !== null && !cue.test(v.slice(Math.max(0, a - 40), a).replace(/_/g, ' '))) return;
  if (d.someCovering(a, p + 4, (o) => o.p >= 0 && o.t === 'PHOTO')) return;
  d.someOverlap(a, p + 4, (o) => {
    if (o.s >= a && o.e <= p + 4 && o.t !== 'PHOTO') o.p = -1;
    return false;
  });
  d.add(a, p + 4, 'PHOTO', 100);
}

/** After a national number's label: "no."/"nr."/"#"/":" and the number in groups ("fodselsnummer 120455 33120",
 * "national register no. 55.02.11-207.44", "birth number 525811/1234", "NID 1985 4417 203318"). */
const NATIONAL_AFTER_25 = /^(?:[ \t]+(?:no|nr|number|num)\.?)?[ \t]*[:#]?[ \t]*(\d{2,8}(?:[ .\/-]\d{1,8}){0,4})(?![\w\/-]|\.\d)/i;
/** The word before "register"/"birth" that makes the label: "national register", "birth number". */
const NATIONAL_WORD_BEFORE_25 = /\b(?:national|nat\.?|rijks)[ \t]+$/i;

/** A national number in groups after its label (OTHER_ID); readings inside it (a date, a phone) give way. */
function nationalNumbers25(d: Detector, rare: Set<string>): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (!rare.has(k) || !NATIONAL_LABELS_25.includes(k)) continue;
    let from = t.e;
    if (k === 'register' && !NATIONAL_WORD_BEFORE_25.test(v.slice(Math.max(0, t.s - 12), t.s))) continue;
    if (k === 'birth') {
      // ("birth number", "birth no.": not "date of birth").
      const m = /^[ \t]+(?:number|no\.?|nr\.?)/i.exec(v.slice(t.e, t.e + 10));
      if (!m) continue;
      from = t.e + m[0].length;
    }
    // ("CPR-nr", "rodne cislo", "rodné číslo".)
    const lab = /^(?:-?nr\.?|[ \t]+[cč][ií]slo)/i.exec(v.slice(from, from + 8));
    if (lab) from += lab[0].length;
    const m = NATIONAL_AFTER_25.exec(v.slice(from, from + 48));
    if (!m) continue;
    const g = m[1] as string;
    const nd = g.replace(/\D/g, '').length;
    if (nd < 9 || nd > 14) continue;
    const e = from + m[0].length;
    const s = e - g.length;
    if (d.someOverlap(s, e, (o) => o.p >= 0 && (o.t === 'NAME' || o.t === 'LOCATION' || o.s < s || o.e > e))) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'OTHER_ID')) continue;
    replaceIds25(d, s, e, 'OTHER_ID', 85);
  }
}


// --- Stop 16, second wave, round names24: names after role nouns, initials in lists, person values of markup, ages ----

/** Role nouns (singular and plural) after which a name, or staff initials, stand ("ophthalmologist Wanjiru Kamau",
 * "Grader RT;", "Sidewalkers KL and MV."): specialists the context lists lack and the roles of forms and logs. */
const ROLE_WORDS_24 = [
  'geriatrician', 'gastroenterologist', 'rheumatologist', 'endocrinologist', 'haematologist', 'hematologist', 'urologist', 'dermatologist',
  'paediatrician', 'gynaecologist', 'gynecologist', 'ophthalmologist', 'otolaryngologist', 'microbiologist', 'pathologist', 'pulmonologist',
  'neonatologist', 'allergist', 'immunologist', 'orthodontist', 'periodontist', 'endodontist', 'prosthodontist', 'orthoptist', 'orthotist',
  'prosthetist', 'physiatrist', 'psychotherapist', 'nutritionist', 'chiropractor', 'osteopath', 'neurosurgeon', 'toxicologist', 'epidemiologist',
  'adjuster', 'adjusters', 'interviewer', 'interviewers', 'grader', 'graders', 'surveyor', 'surveyors', 'sidewalker', 'sidewalkers',
  'assistant', 'assistants', 'techs', 'technicians', 'examiner', 'examiners', 'assessor', 'assessors', 'screener', 'screeners', 'scorer',
  'auditor', 'auditors', 'inspector', 'investigator', 'investigators', 'observer', 'observers', 'sitters', 'instructor', 'trainer', 'coach',
  'supervisor', 'practitioner', 'reader', 'readers', 'raters', 'rater', 'abstractor', 'nurses', 'aides', 'therapists', 'volunteers',
];
const ROLE_SET_24 = new Set([...ROLE_WORDS_24, 'tech', 'dispatcher', 'clerk', 'scribe']);
const RARE_24 = [...ROLE_SET_24];
/** Capitals that are clinical or office abbreviations, not a person's initials, after a role noun ("tech MRI", "reader CT"). */
const NOT_INITIALS_24 = new Set('CT MRI MR ECG EKG EEG EMG ICU NICU PICU CCU PACU ER ED OR PT OT ST SLP IV IM PO PR BP HR RR QA QC IR US XR DX TX RX HX SX FX ENT GI OB GYN LAB PM AM VA EMS CPR ALS BLS ACLS NA NOS UK USA IT HR ID NP PA DO RN LPN CNA MA OD ID CEO CFO HIM PHI EHR EMR NHS GP CV RV LV AV'.split(' '));

/** The names passes of round names24, run from Detector.run right after namesRound21. */
function namesRound24(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined) {
    // (The rare words of a text are few: look each up, not every role noun.)
    for (const w of rare) if (ROLE_SET_24.has(w)) {
      roleNames24(d);
      break;
    }
  }
  const v = d.v;
  if (v.includes('="') || v.includes('":"')) markupPersons24(d, false);
}

/** The ages of round names24, run from Detector.run right after agesRound21. */
function agesRound24(d: Detector): void {
  const v = d.v;
  if (v.includes('="') || v.includes('":"')) markupPersons24(d, true);
}

/** Staff initials at x: two or three capitals, or dotted initials ("KB", "JPK", "E.M.W."), ending their field. */
const INITIALS_24 = /(?:[A-Z]\.){2,3}(?![A-Za-z0-9])|[A-Z]{2,3}(?![A-Za-z0-9'’&-])/y;
const FIELD_END_24 = /^(?:[ \t]*(?:[;,.:)\]\/]|\r?\n|$|[ \t]+(?:and|&)[ \t])|[ \t]+\d{3,4}(?!\d))/;
function initialsAt24(d: Detector, x: number, mode: 0 | 1 | 2): number {
  const v = d.v;
  INITIALS_24.lastIndex = x;
  const m = INITIALS_24.exec(v);
  if (!m) return -1;
  const g = m[0];
  const e = x + g.length;
  // (Dotted initials end with their own dot: "E.M.W. Next ...".)
  const dotted = g.includes('.');
  if (dotted ? !/^(?:[ \t]|\r?\n|$|[;,:)\]\/])/.test(v.slice(e, e + 2)) : !FIELD_END_24.test(v.slice(e, e + 8))) return -1;
  const k = g.replace(/\./g, '').toLowerCase();
  // (Dotted abbreviations read as their letters: "P.M.", "B.I.D.", "U.S.".)
  if (dotted && (NOT_INITIALS_24.has(k.toUpperCase()) || CREDENTIAL_TOKENS.has(k) || (d.fl(k) & L.WORD) !== 0 || /^(?:bid|tid|qid|qd|prn|qhs|ie|eg|nb|ps|dc|uk|us)$/.test(k))) return -1;
  if (dotted) return e;
  if (CREDENTIAL_TOKENS.has(k) || NOT_NAME.has(k) || (d.fl(k) & L.WORD) !== 0) return -1;
  // (A state's code or an abbreviation alone after a role is as likely no name: "Inspector PA", "tech MRI"; after
  // initials in a list, or after a role in the plural, it is one: "Auditors NE / BKT", "techs JL, KT".)
  if ((mode === 0 && STATE_ABBR_SET.has(g)) || (mode < 2 && (NOT_INITIALS_24.has(g) || NOT_NAME_CAPS.has(g)))) return -1;
  return e;
}

/** Whether a capitalized token may be part of a person's name after a role noun. */
function roleNameWord24(d: Detector, t: Tok): boolean {
  if (t.shape !== 'T' || t.possessive || t.w.length < 2 || t.capitals !== 1) return false;
  if (NOT_NAME.has(t.k) || STATE_WORDS.has(t.k) || MONTH_WORDS.has(t.k) || FACILITY_GENERIC.has(t.k) || NOT_PERSON.has(t.k) || EPONYMS.has(t.k) || ROLE_SET_24.has(t.k)) return false;
  if ((t.f & (L.COUNTRY | T.FACILITY)) !== 0) return false;
  if ((t.f & L.WORD) !== 0 && (t.f & NAME_BITS) === 0) return false;
  if ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0) return false;
  return !MEDICAL_ENDING.test(t.k);
}

/**
 * A name after a role noun: two or three capitalized words none of which is a common word (a word that is also a known
 * name may be one: "Adjuster Ward Pemberton"), or one known name that is no word ("interviewer Okoye"); or staff
 * initials ending their field ("Assistant: KB.", "Grader RT;"), and the initials or known given names coordinated after
 * them ("Sidewalkers KL and MV.", "Surveyors AR / JPK.", "techs JL, MR, Amaka"). Initials found so are a name after
 * "by" elsewhere in the text too ("graded by RT").
 */
function roleNames24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let initials: Set<string> | undefined;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !ROLE_SET_24.has(t.k) || t.possessive) continue;
    const gap = v.slice(t.e, (toks[i + 1] as Tok).s);
    if (!/^(?:[ \t]*:[ \t]*|[ \t]{1,3})$/.test(gap)) continue;
    const x = (toks[i + 1] as Tok).s;
    if (t.shape === 'U') {
      // In capitals, an initial and a surname that is no word ("LOG KEPT BY DISPATCHER K. ABERNATHY").
      CAPS_INITIAL_SURNAME_24.lastIndex = x;
      const m = CAPS_INITIAL_SURNAME_24.exec(v);
      if (m === null) continue;
      const sk = (m[1] as string).toLowerCase();
      const f = d.fl(sk);
      if (((f & L.WORD) !== 0 && (f & L.COMMON_SURNAME) === 0) || MEDICAL_ENDING.test(sk) || NOT_NAME.has(sk) || STATE_WORDS.has(sk) || CREDENTIAL_TOKENS.has(sk)) continue;
      if (!d.someCovering(x, x + m[0].length, isNameCand)) d.add(x, x + m[0].length, 'NAME', 84);
      continue;
    }
    const plural = t.k.length > 4 && t.k.endsWith('s') && ROLE_SET_24.has(t.k.slice(0, -1));
    let end = initialsAt24(d, x, plural ? 1 : 0);
    let j = i + 1;
    let lastInit = end >= 0;
    if (end >= 0) {
      // (A dotted run is several tokens: skip to the last one.)
      while (j + 1 < toks.length && (toks[j + 1] as Tok).s < end) j++;
      (initials ??= new Set()).add(v.slice(x, end));
      if (!d.nameOverlaps(x, end)) d.add(x, end, 'NAME', 82);
    } else {
      // Capitalized words.
      let k = i + 1;
      while (k < toks.length && k - i <= 3 && roleNameWord24(d, toks[k] as Tok) && (k === i + 1 || /^[ \t]$/.test(v.slice((toks[k - 1] as Tok).e, (toks[k] as Tok).s)))) k++;
      const n = k - i - 1;
      if (n === 0 || n > 3) continue;
      const words = toks.slice(i + 1, k);
      // (A fourth capitalized word, or a word glued by a hyphen or a digit after, makes it no name of a person.)
      const after = toks[k];
      if (after !== undefined && after.shape === 'T' && /^[ \t]$/.test(v.slice((toks[k - 1] as Tok).e, after.s))) continue;
      const unknown = words.filter((w) => (w.f & L.WORD) === 0).length;
      const known = words.filter((w) => (w.f & NAME_BITS) !== 0 && (w.f & L.WORD) === 0).length;
      if (unknown === 0 || (n === 1 && known === 0)) continue;
      const s = x;
      const e = (toks[k - 1] as Tok).e;
      if (!d.someCovering(s, e, isNameCand) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 84);
      end = e;
      j = k - 1;
      if (n > 1) continue;
    }
    // A list: "KL and MV", "AR / JPK", "JL, MR, Amaka".
    for (let guard = 0; guard < 6; guard++) {
      const m = /^[ \t]*(?:,|\/|&|and)[ \t]*/.exec(v.slice(end, end + 8));
      if (!m || m[0].trim() === '') break;
      const y = end + m[0].length;
      const e2 = initialsAt24(d, y, lastInit ? 2 : 1);
      if (e2 >= 0) {
        (initials ??= new Set()).add(v.slice(y, e2));
        if (!d.nameOverlaps(y, e2)) d.add(y, e2, 'NAME', 82);
        end = e2;
        lastInit = true;
        continue;
      }
      let q = j + 1;
      while (q < toks.length && (toks[q] as Tok).s < y) q++;
      const g = toks[q];
      if (g === undefined || g.s !== y || !roleNameWord24(d, g) || (g.f & L.FIRST) === 0 || (g.f & L.WORD) !== 0) break;
      if (!d.nameOverlaps(g.s, g.e)) d.add(g.s, g.e, 'NAME', 80);
      end = g.e;
      j = q;
      lastInit = false;
    }
  }
  if (initials === undefined) return;
  for (const by of ['by ', 'By ']) for (let x = v.indexOf(by); x >= 0; x = v.indexOf(by, x + 3)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    INITIALS_24.lastIndex = x + 3;
    const m = INITIALS_24.exec(v);
    if (!m || !initials.has(m[0])) continue;
    if (!d.nameOverlaps(x + 3, x + 3 + m[0].length)) d.add(x + 3, x + 3 + m[0].length, 'NAME', 82);
  }
}

const CAPS_INITIAL_SURNAME_24 = /[A-Z]\.[ ]?([A-Z][A-Z'’-]{2,24})(?![A-Za-z0-9])/y;

/** A key of markup before `="` or `":"` (letters, digits, "_" or "-", at most 30). */
function markupKey24(v: string, e: number): string {
  let s = e;
  while (s > 0 && e - s < 30) {
    const c = v.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) s--;
    else break;
  }
  return v.slice(s, e);
}
const PERSON_VALUE_24 = /^(?:\p{Lu}[\p{L}'’.-]*(?:(?:,[ ]?|[ ]|\^)\p{Lu}[\p{L}'’.-]*){1,3}|[a-z]{4,20})$/u;
/** Label words of a name/value pair after which the value is a person's user name or name ("Cleared by", "Entered by"). */
const BY_LABEL_24 = /(?:^|[ _-])by$/i;

/**
 * A person's name as the value of a markup key that names a person (`"patient":"Anahit Sargsyan"`, `staff="mkoval"`,
 * `nok="OKAFOR^CHIDI"`), or the value of a name/value pair whose label does (`{"name":"Verified by","value":"tkaur"}`,
 * `field=nok value="..."`); with ages, a value of 90 or more of an age key or label (`age="96"`, `{"name":"Age","value":"93"}`).
 * A name value is two to four capitalized words or caret parts, none a common word that is no name; a lower-case
 * user name (no word, four letters or more) only for a staff key or a "... by" label.
 */
function markupPersons24(d: Detector, ages: boolean): void {
  const v = d.v;
  for (const sep of ['="', '":"']) for (let x = v.indexOf(sep); x >= 0; x = v.indexOf(sep, x + 2)) {
    const vs = x + sep.length;
    let ve = v.indexOf('"', vs);
    if (ve < 0 || ve - vs > 60 || ve === vs) continue;
    let key = markupKey24(v, x);
    if (sep === '":"' && v.charCodeAt(x - key.length - 1) !== 34) continue;
    let byLabel = false;
    if (key.toLowerCase() === 'value') {
      // A name/value pair: the label before ("name":"Cleared by", field=nok, name="Age").
      const back = v.slice(Math.max(0, x - key.length - 60), x - key.length);
      const m = /(?:"(?:name|label|field|key)"[ \t]*:[ \t]*"([^"\n]{1,40})"|\b(?:name|label|field|key)=(?:"([^"\n]{1,40})"|([\w-]{1,40})))[ \t]*,?[ \t]*"?$/i.exec(back);
      if (!m) continue;
      const label = (m[1] ?? m[2] ?? m[3]) as string;
      byLabel = BY_LABEL_24.test(label.trim());
      key = label.replace(/[^A-Za-z0-9]/g, '');
    }
    const ck = colKey(key);
    // (An HL7 value in a log: the first field only, "NAKASHIMA^KENJI|(808)...".)
    const bar = v.slice(vs, ve).indexOf('|');
    if (bar >= 0) ve = vs + bar;
    let val = v.slice(vs, ve);
    // (A credential after the name is no part of it: "Saldana, Ricardo PA-C".)
    const cred = /(?:,?[ ]+[A-Z][A-Za-z]{0,4}(?:-[A-Z]{1,2})?\.?)+$/.exec(val);
    if (cred && cred[0].trim().split(/[ ,]+/).filter(Boolean).every((c) => CREDENTIAL_TOKENS.has(c.replace(/\.$/, '').toLowerCase()))) {
      ve -= cred[0].length;
      val = v.slice(vs, ve);
    }
    if (ages) {
      if ((ck === 'age' || ck === 'patientage' || ck === 'ageyears' || ck === 'ageatvisit') && /^(?:9\d|1[01]\d)$/.test(val) && !d.anyCand(vs, ve)) d.add(vs, ve, 'AGE_OVER_89', 90);
      continue;
    }
    const isName = byLabel || (ck !== 'name' && ck !== 'names' && colType(ck) === 'NAME');
    if (!isName || !PERSON_VALUE_24.test(val)) continue;
    if (/^[a-z]/.test(val)) {
      // A user name: a staff key or a "by" label, no word, no name of a system account.
      if (!(byLabel || /staff|nurse|user|author|clinician|performer|by$/.test(ck))) continue;
      if ((d.fl(val) & L.WORD) !== 0 || NOT_NAME.has(val) || MEDICAL_ENDING.test(val) || /^(?:admin|system|guest|service|unknown|anonymous|default|interface|none|null|true|false|undefined)/.test(val)) continue;
    } else {
      const words = val.split(/[ ,^]+/).filter(Boolean);
      let unknown = 0;
      let bad = false;
      for (const w of words) {
        const k = w.replace(/[.'’]/g, '').toLowerCase();
        if (k.length === 0) continue;
        const f = d.fl(k);
        if (NOT_NAME.has(k) || FACILITY_GENERIC.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || (f & L.COUNTRY) !== 0 || ((f & (L.WORD | L.PLACE)) !== 0 && (f & NAME_BITS) === 0)) { bad = true; break; }
        if ((f & L.WORD) === 0) unknown++;
      }
      if (bad || unknown === 0) continue;
    }
    if (!d.someCovering(vs, ve, isNameCand) && !d.someOverlap(vs, ve, (c) => c.t !== 'NAME' && c.p >= 0)) d.add(vs, ve, 'NAME', 88);
  }
}

// --- Stop 16, probe round places27: postcode and town after a street with its floor, site heads, prisons, place fields --

/** A postcode of the continent and its town, right after a comma: "120 00 Praha 2", "4050-262 Porto", "1620 København V",
 * "67433 Neustadt an der Weinstraße" (particles inside the town; a district's number or letter after it). */
const POSTCODE_TOWN_27 =
  /^(\d{3} \d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,6})[ \t]+(\p{Lu}[\p{L}'’]*\p{Ll}(?:(?:[ \t-](?:an|der|den|am|im|de|del|la|le|sur|upon|on|di|ob|bei))*[ \t-]\p{Lu}[\p{L}'’]*\p{Ll})*(?:[ \t]+(?:\d{1,2}|[A-ZÆØÅ]{1,2}))?)(?=[ \t]*(?:[,.;)\n]|$))/u;
/** A floor, stair, flat or box between a street and its postcode: "2º Esq.", "2. tv.", "3 tr", "bte 4", "ap. 4", "piso 7". */
const UNIT_PIECE_27 =
  /^(?:\d{1,2}(?:\.|º|ª|°|st|nd|rd|th|e|er|ème)?[ \t]*\p{L}{1,6}\.?(?:[ \t]+\p{L}{1,6}\.?)?|(?:bte|boîte|bus|ap|apt|app|apto|appt|piso|dept|depto|tr|lgh|whg|top|stiege|esc|escalera|interno|int|scala|daire|kat|et|étage|etage|leil|byt|m|lok|apartament)\.?:?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]+\p{L}{1,6}\.?)?)$/iu;
/** A street of name words and particles and its house number, at the end of the text before the comma: "Hlavná 27",
 * "Vinohradská 1204/38", "Rua das Flores 118". */
const STREET_PIECE_27 =
  /(?:^|[ \t:])((?:ul\.|al\.|pl\.)?[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|da|das|do|dos|der|des|di|du|la|le|del|van|von|den|út|utca|u\.|ulica|sokak|caddesi)){0,4}[ \t]+\d{1,5}(?:[\/-]\d{1,5})?[A-Za-z]?)[ \t]*$/u;

/** Whether a capitalized word may be part of a street's or a town's name: no everyday word (unless the gazetteer knows it),
 * no country, state, month or word that is never a name. */
function nameWordOk27(d: Detector, w: string): boolean {
  const k = w.toLowerCase();
  const f = d.fl(k);
  if ((f & L.WORD) !== 0 && (f & L.PLACE) === 0) return false;
  return (f & L.COUNTRY) === 0 && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && !MONTH_WORDS.has(k) && !FACILITY_GENERIC.has(k);
}

/**
 * "Vinohradská 1204/38, 120 00 Praha 2", "Rua das Flores 118, 2º Esq., 4050-262 Porto", "Vesterbrogade 112, 2. tv., 1620
 * København V": a postcode and a town after a comma, with a street (found or of name words and a house number) before it
 * on the same line and up to two pieces of floor, stair or flat between. The street with its floor, the postcode and the
 * town become places (a town read as a name too).
 */
function postcodeTowns27(d: Detector): void {
  const v = d.v;
  for (let b = v.indexOf(','); b >= 0; b = v.indexOf(',', b + 1)) {
    // (Cheap first: a digit after the comma and its blanks, a blank and a capital or a digit group, or a dash and a digit
    // after the number: "120 00 Praha", "4050-262 Porto", "1620 København".)
    let s = b + 1;
    while (v.charCodeAt(s) === 32 || v.charCodeAt(s) === 9) s++;
    if (!isDigitCode(v.charCodeAt(s))) continue;
    let x = s + 1;
    while (isDigitCode(v.charCodeAt(x))) x++;
    const n = x - s;
    if (n < 2 || n > 6 || isWordCode(v.charCodeAt(s - 1))) continue;
    const a = v.charCodeAt(x);
    const c2 = v.charCodeAt(x + 1);
    if (!((a === 32 && (isDigitCode(c2) ? n === 3 : c2 >= 65 && (c2 <= 90 || c2 >= 192))) || (a === 45 && isDigitCode(c2) && (n === 4 || n === 2)))) continue;
    const m = POSTCODE_TOWN_27.exec(v.slice(s, s + 64));
    if (!m) continue;
    const code = m[1] as string;
    const town = m[2] as string;
    const townWords = town.split(/[ \t-]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!townWords.every((w) => nameWordOk27(d, w))) continue;
    // (Not a house number and its street: "Health Center, 1180 Keller Pkwy".)
    if (townWords.some((w) => STREET_SUFFIX_SET.has(w.toLowerCase()))) continue;
    // (A lone town that is a given name and no place the gazetteer knows stays out: "..., 1200 Smith".)
    if (townWords.length === 1 && (d.fl((townWords[0] as string).toLowerCase()) & (L.FIRST | L.PLACE)) === L.FIRST) continue;
    // The pieces before the comma, back to the line's start (at most 140 characters).
    const ls = Math.max(lineStartOf(v, b), b - 140);
    const pieces = v.slice(ls, b).split(',');
    let end = b;
    let units = 0;
    let streetEnd = -1;
    let streetStart = -1;
    for (let j = pieces.length - 1; j >= 0 && j >= pieces.length - 3; j--) {
      const raw = pieces[j] as string;
      const ps = end - raw.length;
      const tr = raw.trim();
      if (tr.length === 0) break;
      if (units < 2 && tr.length <= 16 && /\d/.test(tr) && UNIT_PIECE_27.test(tr) && j > 0) {
        units++;
        end = ps - 1;
        continue;
      }
      const pe = ps + raw.replace(/\s+$/, '').length;
      // (The street piece ends with its house number.)
      if (!/\d[A-Za-z]?$/.test(tr)) break;
      // A street found already (a place that ends inside this piece), or name words and a house number.
      const found = d.someOverlap(ps, pe, (c) => c.p >= 0 && c.t === 'LOCATION' && c.e >= pe - 6 && c.e <= pe);
      if (found) {
        streetStart = -1;
        d.someOverlap(ps, pe, (c) => {
          if (c.p >= 0 && c.t === 'LOCATION' && c.e >= pe - 6 && c.e <= pe && (streetStart < 0 || c.s < streetStart)) streetStart = c.s;
          return false;
        });
        streetEnd = pe;
      } else {
        const sm = STREET_PIECE_27.exec(raw);
        if (sm) {
          const g = sm[1] as string;
          const words = g.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
          if (words.length > 0 && words.every((w) => nameWordOk27(d, w)) && !d.someOverlap(ps, pe, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) {
            streetStart = pe - g.trim().length;
            streetEnd = pe;
          }
        }
      }
      break;
    }
    if (streetEnd < 0 || streetStart < 0) continue;
    const unitsEnd = units > 0 ? b : streetEnd;
    // (The end of the last floor piece: the comma right before the postcode.)
    const stE = units > 0 ? ls + v.slice(ls, b).replace(/[\s]+$/, '').length : streetEnd;
    if (d.someOverlap(streetStart, stE, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    placeOver17(d, streetStart, unitsEnd === b ? stE : streetEnd, 84);
    const ce = s + code.length;
    if (!d.someOverlap(s, ce, (c) => c.p >= 0 && c.t !== 'LOCATION')) placeOver17(d, s, ce, 84);
    const ts = s + m[0].length - town.length;
    if (!d.someOverlap(ts, ts + town.length, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) placeOver17(d, ts, ts + town.length, 84);
  }
}

/** A site's head after a place found: "Kakuma Refugee Camp", "Saint Brendan's Primary School", "Ridgeway Market" (capitalized
 * only: a lower-case head, "Dadaab refugee camp", stays outside the name). */
const SITE_HEAD_27 =
  /^[ \t]+((?:(?:Primary|Secondary|High|Junior|Infant|Infants|Elementary|Middle|Grammar|Community|Catholic|Girls'?|Boys'?|National)[ \t]+)?(?:School|Academy)|(?:Refugee[ \t]+|IDP[ \t]+)?(?:Camp|Settlement)|Market|Mosque|Masjid|Church|Chapel|Cathedral|Temple|Gurdwara|Synagogue|Prison|Barracks|Allotments)(?![\p{L}\d'’])/u;
/** Last words of a site found, before " in <Town>": "Fenwick Distribution Centre in Thurrock". */
const SITE_END_27 = /(?:Centre|Center|Hospital|Clinic|Home|Practice|Surgery|Pharmacy|School|Academy|Prison|Camp|Shelter|Hostel|Hospice|Church|Depot|Warehouse|Plant|Factory|Mill|Hotel|Station|Unit)$/;
/** " in " and one to three capitalized words, then the end of the phrase. */
const IN_TOWN_27 = /^[ \t]+in[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ \t-]\p{Lu}\p{Ll}[\p{L}'’]*){0,2})(?=[ \t]*(?:[,.;:)\n]|$|and\b|on\b|for\b|since\b|until\b))/u;

/** Sites found and what follows them: a site's head ("Kakuma Refugee Camp"), a town after " in " ("... Centre in Thurrock"). */
function siteTails27(d: Detector): void {
  const v = d.v;
  const n = d.cands.length;
  for (let i = 0; i < n; i++) {
    const c = d.cands[i] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 32) continue;
    const nx = v.charCodeAt(c.e + 1);
    if (nx >= 65 && nx <= 90) {
      const m = SITE_HEAD_27.exec(v.slice(c.e, c.e + 40));
      if (m && !d.someOverlap(c.e, c.e + m[0].length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) {
        placeOver17(d, c.s, c.e + m[0].length, c.p);
        continue;
      }
    }
    if (nx !== 105 || v.charCodeAt(c.e + 2) !== 110 || !SITE_END_27.test(v.slice(Math.max(c.s, c.e - 12), c.e))) continue;
    const m = IN_TOWN_27.exec(v.slice(c.e, c.e + 60));
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t-]+/);
    if (!words.every((w) => nameWordOk27(d, w)) || d.knownPlace(g.toLowerCase()) === false && words.length === 1 && (d.fl(g.toLowerCase()) & L.FIRST) !== 0) continue;
    const s = c.e + m[0].length - g.length;
    if (d.someOverlap(s, s + g.length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, s, s + g.length, 80);
  }
}

/** Prefixes of prisons' names: "HMP Wealstun", "HMYOI Brinsford", "FCI Dunmore", "FMC Butner". */
const PRISON_PREFIX_27 = ['hmp', 'hmyoi', 'hmpyoi', 'fci', 'fmc'];
/** A prison's prefix in capitals and one to three capitalized words (the first no everyday word). */
function prisonNames27(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'U' || (t.f & T.NHS) === 0 || !PRISON_PREFIX_27.includes(t.k)) continue;
    let j = i + 1;
    let e = -1;
    while (j < toks.length && j <= i + 3) {
      const w = toks[j] as Tok;
      const gap = v.slice((toks[j - 1] as Tok).e, w.s);
      if (w.shape !== 'T' || (gap !== ' ' && gap !== '-') || (j === i + 1 && !nameWordOk27(d, w.w)) || (w.m & (M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      e = w.e + (w.possessive ? 2 : 0);
      j++;
    }
    if (e < 0 || d.someOverlap(t.s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, t.s, e, 82);
  }
}

/** Labels of place fields that the address-line rule does not read: "Sector:", "Town of residence:", "DS Division:". */
const PLACE_FIELD_27 =
  /^(?:sector|commune|neighbou?rhood|municipality|district|(?:ds|gn|divisional[ \t]+secretariat)[ \t]+division|(?:town|city|village|suburb)[ \t]+of[ \t]+residence)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.]*(?:(?:[ \t]+|-)(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)(?:[ \t]+|-))?\p{Lu}[\p{L}'’.]*){0,3})[ \t.]*(?=\n|$)/iu;
const PLACE_FIELD_FIRST_27 = new Set(['sector', 'commune', 'neighbourhood', 'neighborhood', 'municipality', 'district', 'ds', 'gn', 'divisional', 'town', 'city', 'village', 'suburb']);
/** A place field's value, alone on its line after a label the address-line rule does not read. */
function placeFields27(d: Detector): void {
  placeFieldValues(d, PLACE_FIELD_FIRST_27, PLACE_FIELD_27, false);
}

/**
 * The value of a place field alone on its line ("District: Gasabo", "Barangay: Poblacion"): a token of `first` (on the
 * rare-word bit) opens the line, `re` reads the label and the value; the value is a place unless a word of it is no
 * name, a state, a month or a country, and when one word of it may be a name's or (`placeWords`) a known place's.
 */
function placeFieldValues(d: Detector, first: ReadonlySet<string>, re: RegExp, placeWords: boolean): void {
  const v = d.v;
  for (const t of d.toks) {
    if ((t.f & T.NHS) === 0 || !first.has(t.k)) continue;
    const ls = lineStartOf(v, t.s);
    if (ls !== t.s && v.slice(ls, t.s).trim() !== '') continue;
    const m = re.exec(v.slice(t.s, t.s + 90));
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w));
    const lw = g.toLowerCase();
    if (STATE_WORDS.has(lw) || (d.fl(lw) & L.COUNTRY) !== 0 || words.some((w) => {
      const k = w.toLowerCase();
      return NOT_NAME.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || (d.fl(k) & L.COUNTRY) !== 0;
    }) || !words.some((w) => nameWordOk27(d, w) || (placeWords && d.knownPlace(w.toLowerCase())))) continue;
    const s = t.s + m[0].indexOf(g, m[0].indexOf(':'));
    if (d.someOverlap(s, s + g.length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, s, s + g.length, 82);
  }
}

/** Each rule runs only when its trigger is in the text: a comma, a prison's prefix or a field's label among the rare words. */
function placesRound27(d: Detector): void {
  const rare = d.rare;
  if (d.v.includes(',')) postcodeTowns27(d);
  if (rare !== undefined) {
    if (PRISON_PREFIX_27.some((w) => rare.has(w))) prisonNames27(d);
    let field = false;
    for (const w of PLACE_FIELD_FIRST_27) if (rare.has(w)) field = true;
    if (field && d.v.includes(':')) placeFields27(d);
  }
  siteTails27(d);
}

// --- Stop 16, probe round ids28: IBANs, Swiss and Indian numbers by their shape, identifiers typed by the system of a
// structured record (FHIR identifier, C-CDA id root), licence and plan labels of other countries, standards' numbers --

idWords('LICENSE', 'conduire conducir rijbewijs fuhrerschein fuehrerschein cnh nmbi cno');
idWords('VEHICLE', 'placa');
idWords('HEALTH_PLAN', 'phn sanitaria');
idWords('ACCOUNT', 'iban');
idWords('OTHER_ID', 'iqama');
/** Words of standards bodies: the number after them is a standard, no identifier ("IEC 60601-1", "ISO 15189"). */
const STANDARD_WORDS_28 = ['iso', 'iec', 'astm', 'ieee', 'aami', 'clsi', 'ansi'];
/** Brazilian professional councils, read with their state ("CRM-SP 144712", "COREN/RJ 552.019"), and registers of
 * nurses (Ireland's NMBI, Ontario's CNO). */
const COUNCILS_28 = ['crm', 'coren', 'crf', 'crn', 'crefito', 'cro', 'crmv', 'crfa', 'nmbi', 'cno'];
const COUNCIL_SET_28 = new Set(COUNCILS_28);
/** Vehicle words of other countries and kinds that the vehicle flag (Detector.vehicleText) lacks. */
const PLATE_WORDS_28 = ['taxi', 'cab', 'matatu', 'scooter', 'placa', 'patente', 'matricula', 'targa', 'rego', 'kennzeichen', 'kenteken', 'immatriculation'];
/** Words of a payment card: the card's last digits are read only when one is among the rare words. */
const CARD_WORDS_28 = ['card', 'visa', 'mastercard', 'amex', 'debit', 'credit', 'discover'];
const RARE_28 = [...STANDARD_WORDS_28, ...COUNCILS_28, ...PLATE_WORDS_28, ...CARD_WORDS_28, 'iban', 'catalog', 'catalogue', 'sku'];
/** OIDs of identifier systems (HL7 root 2.16.840.1.113883.4.*): SSN, NPI, a state's driver licences, passports,
 * Medicare (HICN, MBI). */
const OID_ROOT_28 = '2.16.840.1.113883.4.';
function oidType28(rest: string): PhiType | undefined {
  if (/^1(?!\d|\.)/.test(rest)) return 'SSN';
  if (/^6(?!\d|\.)/.test(rest)) return 'OTHER_ID';
  if (/^3\.\d/.test(rest)) return 'LICENSE';
  if (/^330\.\d/.test(rest)) return 'OTHER_ID';
  if (/^(?:572|927)(?!\d)/.test(rest)) return 'HEALTH_PLAN';
  return undefined;
}
/** A FHIR identifier's system URL or an HL7 v2-0203 type code, read for the type of its value. */
const SYSTEM_URL_28 = /"system"[ \t]*:[ \t]*"([^"]{3,160})"/g;
function systemType28(url: string): PhiType | undefined {
  const u = url.toLowerCase();
  if (u.startsWith('urn:oid:' + OID_ROOT_28)) return oidType28(u.slice(8 + OID_ROOT_28.length));
  if (/nhs-?number|chi-?number|health-?card|\bphn\b|insurance|medicare|medicaid|\bmbi\b|member/.test(u)) return 'HEALTH_PLAN';
  if (/us-ssn|\/ssn\b|social-?security/.test(u)) return 'SSN';
  if (/us-npi|\/npi\b/.test(u)) return 'OTHER_ID';
  if (/driver|licen[cs]e/.test(u)) return 'LICENSE';
  if (/passport|national-?id/.test(u)) return 'OTHER_ID';
  return undefined;
}
const V2_CODE_28 = /"code"[ \t]*:[ \t]*"(DL|SS|MB|MC|MA|SN|NPI|PPN|AN|MR)"/;
const V2_CODE_TYPE_28: Record<string, PhiType> = { DL: 'LICENSE', SS: 'SSN', MB: 'HEALTH_PLAN', MC: 'HEALTH_PLAN', MA: 'HEALTH_PLAN', SN: 'HEALTH_PLAN', NPI: 'OTHER_ID', PPN: 'OTHER_ID', AN: 'ACCOUNT', MR: 'MRN' };

/** Stop 16, probe round (ids28): the passes of this block, run from laterCues after idsRound25. */
function idsRound28(d: Detector): void {
  const v = d.v;
  shapes28(d);
  if (v.includes('"value"') && v.includes('"system"')) fhirIdentifiers28(d);
  if (v.includes('113883.4.')) cdaIds28(d);
  const rare = d.rare;
  if (d.vehicleText || (rare !== undefined && PLATE_WORDS_28.some((w) => rare.has(w)))) plates28(d);
  if (rare === undefined) return;
  // (A council's acronym alone, "CRM/RJ", or with its state, "CRM-SP": a hyphenated word is a rare word by its first part.)
  for (const k of rare) {
    const hy = k.indexOf('-');
    if (COUNCIL_SET_28.has(hy > 0 ? k.slice(0, hy) : k)) {
      councils28(d);
      break;
    }
  }
  if (CARD_WORDS_28.some((w) => rare.has(w))) cardDigits28(d);
}

/** Stop 16, probe round (ids28): the drops of this block, run from run() after spokenForms16; true when one dropped. */
function idsDrops28(d: Detector): boolean {
  const rare = d.rare;
  let dropped = rare !== undefined && STANDARD_WORDS_28.some((w) => rare.has(w)) && standards28(d);
  // ("Part number", "Cat. no.": common words, so the generic identifiers are read instead, a few a text.)
  if (partNumbers28(d)) dropped = true;
  return dropped;
}

/** Whether an IBAN (two capitals, two check digits, the account; blanks between groups ignored) passes mod 97. */
function ibanOk28(s: string): boolean {
  const x = s.replace(/ /g, '');
  if (x.length < 15 || x.length > 34 || !/^[A-Z]{2}\d\d[A-Z0-9]+$/.test(x)) return false;
  const r = x.slice(4) + x.slice(0, 4);
  let m = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    m = c >= 65 ? (m * 100 + c - 55) % 97 : (m * 10 + c - 48) % 97;
  }
  return m === 1;
}
/** Whether a Swiss AHV/AVS number "756.dddd.dddd.dd" passes its EAN-13 check. */
function ahvOk28(s: string): boolean {
  const x = s.replace(/\./g, '');
  let t = 0;
  for (let i = 0; i < 12; i++) t += Number(x[i]) * (i % 2 ? 3 : 1);
  return (10 - (t % 10)) % 10 === Number(x[12]);
}
const IBAN_GROUPS_28 = /^[A-Z]{2}\d\d(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![\w-])/;
const AHV_28 = /^756\.\d{4}\.\d{4}\.\d\d(?![\w.-])/;
/** An Indian PAN: three letters, the holder's kind (P person, C company...), a letter, four digits, a letter. */
const PAN_28 = /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/;

/** Shapes with a check: an IBAN whole or in groups (ACCOUNT), a Swiss AHV number and an Indian PAN (OTHER_ID). */
function shapes28(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c0 = v.charCodeAt(t.s);
    const b = codeAt(v, t.s - 1);
    if (isWordCode(b) || b === 45 || b === 46) continue;
    if (c0 >= 65 && c0 <= 90 && isDigitCode(codeAt(v, t.s + 2)) && isDigitCode(codeAt(v, t.s + 3)) && codeAt(v, t.s + 1) >= 65 && codeAt(v, t.s + 1) <= 90) {
      let e = -1;
      if (len === 4 && codeAt(v, t.e) === 32) {
        const m = IBAN_GROUPS_28.exec(v.slice(t.s, t.s + 44));
        if (m) e = t.s + m[0].length;
      } else if (len >= 15 && len <= 34 && !isWordCode(codeAt(v, t.e)) && codeAt(v, t.e) !== 45) e = t.e;
      if (e < 0 || !ibanOk28(v.slice(t.s, e))) continue;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'ACCOUNT')) replace28(d, t.s, e, 'ACCOUNT', 90);
    } else if (len === 3 && t.w === '756' && codeAt(v, t.e) === 46) {
      const m = AHV_28.exec(v.slice(t.s, t.s + 18));
      if (!m || !ahvOk28(m[0])) continue;
      const e = t.s + m[0].length;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0)) replace28(d, t.s, e, 'OTHER_ID', 85);
    } else if (len === 10 && PAN_28.test(t.w) && !isWordCode(codeAt(v, t.e)) && codeAt(v, t.e) !== 45) {
      if (!d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'OTHER_ID', 80);
    }
  }
}

/** Drops every candidate inside [s, e) and adds the span. */
function replace28(d: Detector, s: number, e: number, t: PhiType, p: number): void {
  d.someOverlap(s, e, (o) => {
    if (o.s >= s && o.e <= e) o.p = -1;
    return false;
  });
  d.add(s, e, t, p);
}

/** Types the value [s, e) of a structured identifier: an identifier read there of another type gives way. */
function typeValue28(d: Detector, s: number, e: number, t: PhiType): void {
  if (e - s < 4 || !/\d/.test(d.v.slice(s, e))) return;
  if (!d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== t)) return;
  if (!onlyIds25(d, s, e) && !d.someOverlap(s, e, (o) => o.p >= 0 && (o.t === 'SSN' || o.t === 'PHONE') && o.s >= s && o.e <= e)) return;
  if (d.someOverlap(s, e, (o) => o.p >= 0 && (o.s < s || o.e > e))) return;
  replace28(d, s, e, t, 90);
}

/** A FHIR identifier's value typed by its system ("http://hl7.org/fhir/sid/us-npi", "urn:oid:2.16.840.1.113883.4.1",
 * ".../nhs-number") or its v2-0203 type code ("DL", "SS", "MB"), read within its own object. */
function fhirIdentifiers28(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf('"value"'); p >= 0; p = v.indexOf('"value"', p + 7)) {
    const m = /^"value"[ \t]*:[ \t]*"([^"\n]{4,64})"/.exec(v.slice(p, p + 80));
    if (!m) continue;
    const s = p + m[0].length - 1 - (m[1] as string).length;
    const e = s + (m[1] as string).length;
    // (The object holding the value: back to its opening brace, on to its closing one, nested objects skipped.)
    let a = p;
    for (let depth = 0; a > 0 && p - a < 400; a--) {
      const c = v.charCodeAt(a - 1);
      if (c === 125) depth++;
      else if (c === 123) {
        if (depth === 0) break;
        depth--;
      }
    }
    let z = e;
    for (let depth = 0; z < v.length && z - e < 400; z++) {
      const c = v.charCodeAt(z);
      if (c === 123) depth++;
      else if (c === 125) {
        if (depth === 0) break;
        depth--;
      }
    }
    const obj = v.slice(a, z);
    let t: PhiType | undefined;
    for (const sm of obj.matchAll(SYSTEM_URL_28)) if ((t = systemType28(sm[1] as string)) !== undefined) break;
    if (t === undefined && obj.includes('v2-0203')) {
      const cm = V2_CODE_28.exec(obj);
      if (cm) t = V2_CODE_TYPE_28[cm[1] as string];
    }

    if (t !== undefined) typeValue28(d, s, e, t);
  }
}

/** A C-CDA `<id root="2.16.840.1.113883.4.x" extension="..."/>`: the extension typed by its root's OID. */
function cdaIds28(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf(OID_ROOT_28); p >= 0; p = v.indexOf(OID_ROOT_28, p + 20)) {
    const t = oidType28(v.slice(p + OID_ROOT_28.length, p + OID_ROOT_28.length + 8));
    if (t === undefined) continue;
    // (The tag around the root, within 300 characters either side: a bounded search, linear in the text.)
    const lo = Math.max(0, p - 300);
    const ai = v.slice(lo, p).lastIndexOf('<');
    const zi = v.slice(p, p + 300).indexOf('>');
    if (ai < 0 || zi < 0) continue;
    const a = lo + ai;
    const z = p + zi;
    if (v.slice(a, p).includes('>')) continue;
    const m = /\bextension[ \t]*=[ \t]*"([^"]{4,64})"/.exec(v.slice(a, z));
    if (!m) continue;
    const s = a + (m.index as number) + m[0].length - 1 - (m[1] as string).length;
    typeValue28(d, s, s + (m[1] as string).length, t);
  }
}

/** The number of a standard after its body ("IEC 60601-1", "ISO 15189:2022") is no identifier. */
function standards28(d: Detector): boolean {
  const v = d.v;
  const toks = d.toks;
  let dropped = false;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'U' || !STANDARD_WORDS_28.includes(t.k)) continue;
    let j = i + 1;
    // ("ANSI/AAMI ST79", "ISO/IEC 17025", "IEC 62304".)
    while (j < toks.length && j <= i + 3 && (toks[j] as Tok).shape === 'U' && STANDARD_WORDS_28.includes((toks[j] as Tok).k)) j++;
    const n = toks[j] as Tok | undefined;
    if (n === undefined || n.shape !== 'X' || n.s - t.e > 6 || !/^[ \t\/]*(?:[A-Z]{1,4}[ \t]*)?$/.test(v.slice((toks[j - 1] as Tok).e, n.s))) continue;
    d.someOverlap(n.s, n.e, (o) => {
      if (o.p >= 0 && (o.t === 'OTHER_ID' || o.t === 'DEVICE') && o.s >= t.s && o.e <= n.e + 12) {
        o.p = -1;
        dropped = true;
      }
      return false;
    });
  }
  return dropped;
}

/** After a council's acronym with its state ("CRM-SP", "COREN/RJ") or a nurses' register ("NMBI", "CNO registration"):
 * the number, a LICENSE. */
const COUNCIL_BEFORE_28 = /(?:^|[^\w-])([A-Za-z]{3,7})(?:[-\/ ]([A-Z]{2})|-(\d{1,2}))?\.?(?:[ \t]+(?:registration|reg|no|nr|n[oº°]|number|pin|#)\.?)?[ \t]*[:#]?[ \t]*$/;
const COUNCIL_VALUE_28 = /^\d(?:\d|[.-](?=\d)){3,10}(?:-?[A-Z]{1,2})?(?![\w\/-])/;
function councils28(d: Detector): void {
  const v = d.v;
  const council = (o: Tok): boolean => {
    const hy = o.k.indexOf('-');
    return COUNCIL_SET_28.has(hy > 0 ? o.k.slice(0, hy) : o.k) && codeAt(v, o.s + 1) >= 65 && codeAt(v, o.s + 1) <= 90;
  };
  for (const t of numbersAfterTrigger(d, 4, 28, council)) {
    const m = COUNCIL_BEFORE_28.exec(v.slice(Math.max(0, t.s - 36), t.s));
    if (!m) continue;
    const k = (m[1] as string).toLowerCase();
    if (!COUNCIL_SET_28.has(k) || m[1] !== (m[1] as string).toUpperCase()) continue;
    // (A Brazilian council only with its state or region: "CRM-SP", "CREFITO-3".)
    if (k !== 'nmbi' && k !== 'cno' && m[2] === undefined && m[3] === undefined) continue;
    const vm = COUNCIL_VALUE_28.exec(v.slice(t.s, t.s + 20));
    if (!vm || looksLikeDate(vm[0])) continue;
    const e = t.s + vm[0].length;
    if (d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'LICENSE') || !onlyIds25(d, t.s, e)) continue;
    replace28(d, t.s, e, 'LICENSE', 95);
  }
}

/** A vehicle's or plate's word before ("car", "taxi", "plate", "placa", "registration") within a few words. */
const PLATE_WORD_CUE_28 = /\b(?:plates?|placa|patente|matr[ií]cula|targa|rego|reg(?:istration)?|registered|kennzeichen|kenteken|immatriculation)\b[^\n;]{0,36}$/i;
const PLATE_CUE_28 = /\b(?:car|cars|truck|van|minivan|vehicle|suv|sedan|pickup|motorcycle|moped|trailer|camper|taxi|cab|matatu|tuk-tuk|auto-?rickshaw|scooter|plates?|placa|patente|matr[ií]cula|targa|rego|reg(?:istration)?|registered|kennzeichen|kenteken|immatriculation)\b[^\n;]{0,36}$/i;
/** Plates of other countries by their shape: India "KA 05 MN 4471", Kenya "KBZ 447X", Brazil's Mercosur "ABC-1D23",
 * with a vehicle's or a plate's word before (in a text in capitals, a plate's word: "CAR ... PAO 210" is no plate). */
const PLATE_SHAPES_28 = [
  /^[A-Z]{2}([ -]?)\d{1,2}\1[A-Z]{1,3}\1\d{4}(?![\w-])/,
  /^K[A-Z]{2}[ -]?\d{3}[A-Z](?![\w-])/,
  /^[A-Z]{3}-?\d[A-Z]\d{2}(?![\w-])/,
];
function plates28(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.e - t.s > 10) continue;
    // (The plate starts at this token or at one or two tokens in capitals right before it.)
    for (let j = i; j >= i - 3 && j >= 0; j--) {
      const o = toks[j] as Tok;
      if (j < i && (o.shape !== 'U' && o.shape !== 'X' || (toks[j + 1] as Tok).s - o.e > 1)) break;
      if (!(codeAt(v, o.s) >= 65 && codeAt(v, o.s) <= 90)) continue;
      const bb = codeAt(v, o.s - 1);
      if (isWordCode(bb) || bb === 45) continue;
      const w = v.slice(o.s, o.s + 16);
      let m: RegExpExecArray | null = null;
      for (const re of PLATE_SHAPES_28) if ((m = re.exec(w))) break;
      if (!m) continue;
      const e = o.s + m[0].length;
      if (e < t.e) continue;
      if (!(d.capsDoc ? PLATE_WORD_CUE_28 : PLATE_CUE_28).test(v.slice(Math.max(0, o.s - 48), o.s))) break;
      if (!onlyIds25(d, o.s, e) || d.someCovering(o.s, e, (c) => c.p >= 0 && c.t === 'VEHICLE')) break;
      replace28(d, o.s, e, 'VEHICLE', 85);
      break;
    }
  }
}

/** A card's last digits: "Last 4 of card: 7719", "Amex ending 10093", "card ending in 4471" (ACCOUNT; not an SSN's). */
const CARD_DIGITS_BEFORE_28 = /\b(?:(?:card|visa|mastercard|mc|amex|discover|debit|credit)\b[^\n\d]{0,16}\b(?:ending|ends)(?:[ \t]+(?:in|with))?|last[ \t-]*(?:4|four|5|five)(?:[ \t]+digits)?[ \t]+of[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?(?:card|credit[ \t]+card|debit[ \t]+card|visa|mastercard|amex))[ \t]*[:#]?[ \t]*(?:x+|\*+)?[ \t-]*$/i;
function cardDigits28(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    if (len < 4 || len > 5 || !/^\d+$/.test(t.w) || isWordCode(codeAt(v, t.e)) || codeAt(v, t.e) === 45) continue;
    // (Cheap first: "ending", "ends" or "last" among the eight words before.)
    let cue = false;
    for (let j = i - 1; j >= i - 8 && j >= 0 && !cue; j--) {
      const k = (toks[j] as Tok).k;
      cue = k === 'ending' || k === 'ends' || k === 'last';
    }
    if (!cue) continue;
    // (A year is no card's digits: "visa ending 2026".)
    if (len === 4 && /^(?:19[5-9]|20[0-4])\d$/.test(t.w)) continue;
    const before = v.slice(Math.max(0, t.s - 48), t.s);
    if (!before.includes('end') && !before.includes('ast')) continue;
    if (!CARD_DIGITS_BEFORE_28.test(before)) continue;
    if (d.someCovering(t.s, t.e, (o) => o.p >= 0 && o.t === 'ACCOUNT') || !onlyIds25(d, t.s, t.e)) continue;
    replace28(d, t.s, t.e, 'ACCOUNT', 90);
  }
}

/** A part's or a catalogue's number ("Part number 990-4471-02", "Catalog # REF 5076-52CM") identifies a product. */
const PART_BEFORE_28 = /\b(?:part|catalog(?:ue)?|cat\.?|sku)[ \t]*(?:#|no\.?|nr\.?|number|num)?[ \t]*[:#]?[ \t]*(?:REF[ \t]*)?$/i;
function partNumbers28(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'OTHER_ID' || c.p > 80) continue;
    // (Cheap first: a blank, a tab, "#", ":" or "." right before the value.)
    const b = codeAt(v, c.s - 1);
    if (b !== 32 && b !== 35 && b !== 58 && b !== 9 && b !== 46) continue;
    if (!PART_BEFORE_28.test(v.slice(Math.max(0, c.s - 24), c.s))) continue;
    c.p = -1;
    dropped = true;
  }
  return dropped;
}

// --- Stop 17: table header lines -------------------------------------------------------------------

/** Words before a software version (see Detector.hasVersionDate). */
const VERSION_WORDS_17: ReadonlySet<string> = new Set('build version ver firmware software patch rev revision'.split(' '));
/** The candidate [c.s, c.e) fills a cell of the line [ls, le): only blanks and quotes between it and a separator. */
function wholeCell(c: Cand, ls: number, le: number, v: string): boolean {
  let a = c.s;
  while (a > ls && (v.charCodeAt(a - 1) === 32 || v.charCodeAt(a - 1) === 34)) a--;
  let b = c.e;
  while (b < le && (v.charCodeAt(b) === 32 || v.charCodeAt(b) === 34 || v.charCodeAt(b) === 46)) b++;
  const p = a > ls ? v.charCodeAt(a - 1) : 44;
  const n = b < le ? v.charCodeAt(b) : 44;
  return (p === 44 || p === 59 || p === 9 || p === 124) && (n === 44 || n === 59 || n === 9 || n === 124 || n === 13);
}

// --- Stop 17, probe round places29: places by a kind noun in lower case ("the Kariakoo market", "the village of
// Ballinafad"), vCard ADR components, care sites and schools named head first in other languages ("Farmacia San Rocco",
// "Centre de Santé Mwana Mboka"), workplaces and aid sites by their head ("Ridgeback Mine", "Westgate Food Bank"), care
// sites typed in lower case ("brookfield nursing home"), more place fields ("Barangay:", "Quartier:") ----------------

/** Clinical words before "Clinic" that name a service, not a site ("Memory Clinic", "Falls Clinic"). */
for (const w of ['memory', 'falls', 'continence', 'epilepsy', 'headache', 'asthma', 'obesity', 'osteoporosis', 'fracture', 'menopause', 'lymphoedema', 'lymphedema', 'smoking', 'cessation', 'weight', 'bone', 'tb', 'hiv', 'sti', 'std']) FACILITY_GENERIC.add(w);

/** Kinds of places in lower case after a name ("the Gikomba market", "the Hackney borough") or before "of"/"called"
 * and a name ("the village of Ballinafad", "a village called Nyabihu"). */
const KIND_AFTER_29 = new Set(['market', 'borough', 'township', 'slum', 'settlement', 'estate', 'suburb', 'neighbourhood', 'neighborhood', 'quarter', 'compound', 'shantytown', 'favela', 'barrio', 'area']);
const KIND_BEFORE_29 = new Set(['village', 'town', 'township', 'borough', 'hamlet', 'suburb', 'city', 'parish', 'municipality', 'neighbourhood', 'neighborhood', 'settlement', 'district']);
/** Head words of care sites and schools in other languages, before the site's name. */
const HEAD_FIRST_29 = new Set(['farmacia', 'farmácia', 'pharmacie', 'apteka', 'apotheke', 'polyclinique', 'escuela', 'colegio', 'école', 'ecole', 'lycée', 'lycee', 'scuola', 'liceo', 'escola', 'dispensaire', 'maternité', 'maternite', 'gymnázium', 'szkoła', 'szkola']);
/** Last words of head-first names of care sites ("Centre de Santé", "Centro de Saúde", "Unidad de Salud Familiar"). */
const HEALTH_LAST_29 = new Set(['santé', 'sante', 'saúde', 'saude', 'salud']);
const HEALTH_FIRST_29 = new Set(['centre', 'centro', 'posto', 'poste', 'unidad', 'unidade', 'case', 'case', 'maison']);
/** Words that may continue such a head before the name ("Unidad de Salud Familiar Las Acacias"). */
const HEAD_MORE_29 = new Set(['familiar', 'familia', 'comunitario', 'comunitaria', 'integral', 'rural', 'urbain', 'urbaine', 'urbano', 'primaire', 'primaria', 'primário', 'secundaria', 'básica', 'basica', 'publique', 'pública', 'publica', 'municipal', 'intégré', 'integre']);
/** Heads after a site's name (workplaces, aid sites, German schools): the key is the head's last word. */
const TAIL_HEADS_29 = new Map<string, string[][]>([
  ['bank', [['food', 'bank']]],
  ['depot', [['bus', 'depot'], ['depot']]],
  ['mine', [['mine']]],
  ['colliery', [['colliery']]],
  ['quarry', [['quarry']]],
  ['refinery', [['refinery']]],
  ['shipyard', [['shipyard']]],
  ['dockyard', [['dockyard']]],
  ['station', [['power', 'station'], ['bus', 'station']]],
  ['shelter', [['night', 'shelter'], ["women's", 'shelter']]],
  ['kitchen', [['soup', 'kitchen']]],
  ['grundschule', [['grundschule']]],
  ['gesamtschule', [['gesamtschule']]],
  ['realschule', [['realschule']]],
  ['gymnasium', [['gymnasium']]],
]);
/** Care sites typed in lower case: the key is the head's last word; the heads before it. */
const LOWER_HEADS_29 = new Map<string, string[]>([
  ['hospital', ['']],
  ['pharmacy', ['']],
  ['hospice', ['']],
  ['home', ['nursing', 'care', 'rest']],
  ['centre', ['medical', 'health']],
  ['center', ['medical', 'health']],
]);
/** Labels of more place fields: "Barangay: Poblacion", "Quartier: Belleville", "Kebele: 04". */
const PLACE_FIELD_29 =
  /^(?:barangay|quartier|colonia|barrio|bairro|kebele|woreda|borough|township|hamlet|locality|localit[eé]|localidad|comuna|mahalle|mohalla|arrondissement|taluka?|tehsil|mandal|upazila)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.]*(?:(?:[ \t]+|-)(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)(?:[ \t]+|-))?\p{Lu}[\p{L}'’.]*){0,3})[ \t.]*(?=\n|$)/iu;
const PLACE_FIELD_FIRST_29: ReadonlySet<string> = new Set(['barangay', 'quartier', 'colonia', 'barrio', 'bairro', 'kebele', 'woreda', 'borough', 'township', 'hamlet', 'locality', 'localité', 'localite', 'localidad', 'comuna', 'mahalle', 'mohalla', 'arrondissement', 'taluk', 'taluka', 'tehsil', 'mandal', 'upazila']);
const RARE_29 = [...new Set([...KIND_AFTER_29, ...KIND_BEFORE_29, ...HEAD_FIRST_29, ...HEALTH_LAST_29, ...TAIL_HEADS_29.keys(), ...LOWER_HEADS_29.keys(), ...PLACE_FIELD_FIRST_29, 'adr', 'called', 'named'])];

/** Whether a capitalized token may be a place's word here: no function word, title, month, state, country. */
function capWord29(d: Detector, u: Tok): boolean {
  return (u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) && (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) === 0 && (u.f & L.COUNTRY) === 0 && !FUNCTION_WORDS.has(u.k);
}
/** No identifier other than a name or a place lies over [s, e). */
function freeOf29(d: Detector, s: number, e: number): boolean {
  return !d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME');
}
/** Whether a run of words holds a name's word (no everyday word) or lies inside a name or place found. */
function distinct29(d: Detector, toks: Tok[]): boolean {
  return toks.some((u) => nameWordOk27(d, u.w) || d.someOverlap(u.s, u.e, (o) => o.p >= 0 && (o.t === 'LOCATION' || o.t === 'NAME') && o.s <= u.s && o.e >= u.e));
}
/** The capitalized run (one to three words, single spaces) that ends right before token i: its tokens. */
function capsBefore29(d: Detector, i: number): Tok[] {
  const v = d.v;
  const toks = d.toks;
  const out: Tok[] = [];
  for (let j = i - 1; j >= 0 && out.length < 3; j--) {
    const u = toks[j] as Tok;
    const nx = toks[j + 1] as Tok;
    if (v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ' || !capWord29(d, u)) break;
    out.unshift(u);
  }
  return out;
}

function kindNouns29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'L') continue;
    // "the Gikomba market", "the Hackney borough": the name between "the" and the kind.
    if (KIND_AFTER_29.has(t.k)) {
      const run = capsBefore29(d, i);
      const j = i - run.length - 1;
      const the = toks[j];
      if (run.length > 0 && the !== undefined && the.k === 'the' && oneSpace(v, the.e, (run[0] as Tok).s) && distinct29(d, run) && !run.some((u) => FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k))) {
        const s = (run[0] as Tok).s;
        const e = (run[run.length - 1] as Tok).e;
        if (freeOf29(d, s, e)) placeOver17(d, s, e, 80);
      }
    }
    // "the village of Ballinafad", "a village called Nyabihu", "the Hackney borough of London".
    const kind = KIND_BEFORE_29.has(t.k) ? t : (t.k === 'called' || t.k === 'named') && i >= 1 && KIND_BEFORE_29.has((toks[i - 1] as Tok).k) ? (toks[i - 1] as Tok) : undefined;
    if (kind === undefined) continue;
    let k = i + 1;
    const link = toks[k];
    if (link === undefined || !oneSpace(v, t.e, link.s)) continue;
    if (kind === t) {
      if (link.k !== 'of' && link.k !== 'called' && link.k !== 'named') continue;
      k++;
    }
    const run: Tok[] = [];
    let last = (toks[k - 1] as Tok).e;
    for (; k < toks.length && run.length < 3; k++) {
      const u = toks[k] as Tok;
      if (v.slice(last, u.s) !== ' ' || !capWord29(d, u)) break;
      run.push(u);
      last = u.e;
    }
    if (run.length === 0 || !distinct29(d, run) || run.some((u) => FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k))) continue;
    const s = (run[0] as Tok).s;
    if (freeOf29(d, s, last)) placeOver17(d, s, last, 80);
  }
}

/** vCard ADR: post-office box; extended address; street; locality; region; postal code; country. All but the region and
 * the country are places. */
function vcardAdr29(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if ((t.f & T.NHS) === 0 || t.k !== 'adr' || t.shape !== 'U') continue;
    const ls = lineStartOf(v, t.s);
    if (ls !== t.s && !/^(?:item\d+\.)$/i.test(v.slice(ls, t.s))) continue;
    let le = lineEndOf(v, t.s);
    if (le < 0) le = v.length;
    // (Windows bounded on the line: the parameters within 120 characters, the components within 400.)
    const colon = v.slice(t.e, Math.min(le, t.e + 120)).indexOf(':') + t.e;
    if (colon < t.e || !/^(?:;[^:;\n]*)*$/.test(v.slice(t.e, colon))) continue;
    const parts = v.slice(colon + 1, Math.min(le, colon + 401)).split(';');
    let p = colon + 1;
    for (let f = 0; f < 7 && f < parts.length; f++) {
      const part = parts[f] as string;
      if (f !== 4 && f !== 6) {
        let s = p;
        let e = p + part.length;
        while (s < e && (v.charCodeAt(s) === 32 || v.charCodeAt(s) === 9)) s++;
        while (e > s && (v.charCodeAt(e - 1) === 32 || v.charCodeAt(e - 1) === 9 || v.charCodeAt(e - 1) === 13)) e--;
        if (e > s && /[\p{L}\p{N}]/u.test(v.slice(s, e)) && freeOf29(d, s, e)) placeOver17(d, s, e, 82);
      }
      p += part.length + 1;
    }
  }
}

/** A head of another language before a care site's or a school's name, and the name after it. */
function headFirst29(d: Detector, idx: number[]): void {
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i >= toks.length - 1 || (t.shape !== 'T' && !(t.shape === 'U' && d.capsDoc))) continue;
    let s = t.s;
    let at = i;
    if (HEALTH_LAST_29.has(t.k)) {
      const de = toks[i - 1];
      const head = toks[i - 2];
      if (de === undefined || head === undefined || de.k !== 'de' || !HEALTH_FIRST_29.has(head.k) || head.shape !== 'T' && head.shape !== 'U') continue;
      s = head.s;
    } else if (!HEAD_FIRST_29.has(t.k)) continue;
    while (at + 1 < toks.length && HEAD_MORE_29.has((toks[at + 1] as Tok).k) && oneSpace(d.v, (toks[at] as Tok).e, (toks[at + 1] as Tok).s)) at++;
    // (French "du" and "des" before the name: "Polyclinique du Parc".)
    const pa = toks[at + 1];
    if (pa !== undefined && (pa.k === 'du' || pa.k === 'des') && pa.shape === 'L' && oneSpace(d.v, (toks[at] as Tok).e, pa.s)) at++;
    const [e, caps] = capsAfter23(d, at, 6);
    if (e < 0 || caps === 0) continue;
    if (freeOf29(d, s, e)) placeOver17(d, s, e, 82);
  }
}

/** A site's name before a head of a workplace, an aid site or a German school ("Ridgeback Mine", "Westgate Food Bank"). */
function tailHeads29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'T') continue;
    const heads = TAIL_HEADS_29.get(t.k);
    if (heads === undefined) continue;
    for (const h of heads) {
      const first = i - h.length + 1;
      if (first < 1) continue;
      let ok = true;
      for (let j = 0; j < h.length; j++) {
        const u = toks[first + j] as Tok;
        const want = h[j] as string;
        const got = u.possessive ? `${u.k}'s` : u.k;
        if (got !== want || u.shape !== 'T' || (j > 0 && v.slice((toks[first + j - 1] as Tok).e + ((toks[first + j - 1] as Tok).possessive ? 2 : 0), u.s) !== ' ')) ok = false;
      }
      if (!ok) continue;
      const run = capsBefore29(d, first);
      // (A head of two words is specific enough for everyday words before it: "the Jubilee Night Shelter".)
      if (run.length === 0 || (h.length === 1 ? !distinct29(d, run) : run.some((u) => FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k)) || run[0] === toks[0])) break;
      const s = (run[0] as Tok).s;
      if (freeOf29(d, s, t.e)) placeOver17(d, s, t.e, 82);
      break;
    }
  }
}

/** Care sites typed in lower case: one or two name words (known as names or places, no everyday word) before a head
 * ("brookfield nursing home", "st vincent's hospital", "greenway pharmacy"). */
function lowerSites29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'L') continue;
    const before = LOWER_HEADS_29.get(t.k);
    if (before === undefined) continue;
    let h = i;
    if (before[0] !== '') {
      const b = toks[i - 1] as Tok;
      if (!before.includes(b.k) || b.shape !== 'L' || !oneSpace(v, b.e, t.s)) continue;
      h = i - 1;
    }
    const run: Tok[] = [];
    for (let j = h - 1; j >= 0 && run.length < 3; j--) {
      const u = toks[j] as Tok;
      const nx = toks[j + 1] as Tok;
      if (u.shape !== 'L' || v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ') break;
      if ((u.k === 'st' || u.k === 'saint') && run.length > 0) {
        run.unshift(u);
        break;
      }
      const f = d.fl(u.k);
      if (u.w.length < 4 || FUNCTION_WORDS.has(u.k) || FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k) || (u.m & (M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (f & L.COUNTRY) !== 0 || d.common(u) || (f & (L.PLACE | L.LAST | L.FIRST | L.OTHER)) === 0) break;
      run.unshift(u);
    }
    if (run.length === 0 || (run.length === 1 && (run[0] as Tok).k === 'st')) continue;
    const s = (run[0] as Tok).s;
    if (freeOf29(d, s, t.e)) placeOver17(d, s, t.e, 80);
    // A known town in lower case right after the site: "st vincent's hospital melbourne".
    const nx = toks[i + 1];
    if (nx !== undefined && nx.shape === 'L' && oneSpace(v, t.e, nx.s) && d.knownPlace(nx.k) && !d.common(nx) && (nx.m & M.STATE_WORDS) === 0 && (d.fl(nx.k) & L.COUNTRY) === 0 && freeOf29(d, nx.s, nx.e)) placeOver17(d, nx.s, nx.e, 80);
  }
}

/** A place field's value, alone on its line after one of the labels above. */
function placeFields29(d: Detector): void {
  placeFieldValues(d, PLACE_FIELD_FIRST_29, PLACE_FIELD_29, true);
}

/** An HTML table's row: the cells after a cell that holds a street with its number: a town (one to three capitalized
 * words) or a postcode ("<td>31 Heron Way</td><td>Kendal</td><td>LA9 4PQ</td>"). */
const TD_CELL_29 = /^<td(?:[ \t][^<>]{0,80})?>[ \t]*([^<>\n]{1,60}?)[ \t]*<\/td>/i;
const CELL_TOWN_29 = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const CELL_POSTCODE_29 = /^(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4,6}(?:-\d{3,4})?|\d{3}[ \t]\d{2})$/;
function tableCells29(d: Detector): void {
  const v = d.v;
  const n = d.cands.length;
  for (let i = 0; i < n; i++) {
    const c = d.cands[i] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 60 || !/^<\/td>/i.test(v.slice(c.e, c.e + 5)) || !/\d/.test(v.slice(c.s, c.e))) continue;
    let p = c.e + 5;
    for (let k = 0; k < 3; k++) {
      const m = TD_CELL_29.exec(v.slice(p, p + 160));
      if (!m) break;
      const g = m[1] as string;
      const s = p + m[0].indexOf(g, 3);
      // (A bare year in a cell is no postcode.)
      let ok = CELL_POSTCODE_29.test(g) && !/^(?:19|20)\d\d$/.test(g);
      if (!ok && CELL_TOWN_29.test(g)) {
        const words = g.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
        ok = !words.some((k2) => NOT_NAME.has(k2) || STATE_WORDS.has(k2) || MONTH_WORDS.has(k2) || FACILITY_GENERIC.has(k2) || NULL_PLACES_29.has(k2) || (d.fl(k2) & L.COUNTRY) !== 0) &&
          !STATE_WORDS.has(g.toLowerCase()) && words.some((w) => nameWordOk27(d, w) || d.knownPlace(w));
      }
      if (!ok) break;
      if (freeOf29(d, s, s + g.length)) placeOver17(d, s, s + g.length, 82);
      p += m[0].length;
    }
  }
}

/** Null values of address fields in structured text ("<city>Unknown</city>", "city": "N/A", HL7 "UNKNOWN"). */
const NULL_PLACES_29 = new Set(['unknown', 'unk', 'n/a', 'na', 'none', 'null', 'nil', 'not known', 'not stated', 'not applicable', 'not provided', 'not recorded', 'declined', 'refused', 'tbd', 'tba', 'pending', 'other', 'asked but unknown']);
/** Drops places that are a null value alone; whether any was dropped. */
function placeDrops29(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'LOCATION' || c.e - c.s > 17 || c.e - c.s < 2) continue;
    const ch = v.charCodeAt(c.s) | 32;
    if (ch !== 117 && ch !== 110 && ch !== 100 && ch !== 114 && ch !== 116 && ch !== 112 && ch !== 111 && ch !== 97) continue;
    if (NULL_PLACES_29.has(v.slice(c.s, c.e).toLowerCase())) {
      c.p = -1;
      dropped = true;
    }
  }
  return dropped;
}

/** Each rule runs only when one of its words is among the text's rare words, over the indexes of its words (one pass over
 * the tokens collects them). */
function placesRound29(d: Detector): void {
  if (d.v.includes('</td>') || d.v.includes('</TD>')) tableCells29(d);
  const rare = d.rare;
  if (rare === undefined) return;
  let any = false;
  let fields = false;
  for (const w of rare) {
    if (KIND_AFTER_29.has(w) || KIND_BEFORE_29.has(w) || w === 'called' || w === 'named' || HEAD_FIRST_29.has(w) || HEALTH_LAST_29.has(w) || TAIL_HEADS_29.has(w) || LOWER_HEADS_29.has(w)) any = true;
    if (PLACE_FIELD_FIRST_29.has(w)) fields = true;
  }
  if (rare.has('adr')) vcardAdr29(d);
  if (fields && d.v.includes(':')) placeFields29(d);
  if (!any) return;
  const kinds: number[] = [];
  const heads: number[] = [];
  const tails: number[] = [];
  const lower: number[] = [];
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0) continue;
    const k = t.k;
    if (t.shape === 'L') {
      if (KIND_AFTER_29.has(k) || KIND_BEFORE_29.has(k) || k === 'called' || k === 'named') kinds.push(i);
      if (LOWER_HEADS_29.has(k)) lower.push(i);
    } else {
      if (HEAD_FIRST_29.has(k) || HEALTH_LAST_29.has(k)) heads.push(i);
      if (TAIL_HEADS_29.has(k)) tails.push(i);
    }
  }
  if (kinds.length > 0) kindNouns29(d, kinds);
  if (heads.length > 0) headFirst29(d, heads);
  if (tails.length > 0) tailHeads29(d, tails);
  if (lower.length > 0) lowerSites29(d, lower);
}


// --- Stop 17, probe round ids30: the rarer identifier types and their typing: a kind word across commas of the same
// clause, snake_case keys, HL7 identifier type codes, plates of letters and digits after a plate word, credentials
// before a licence number, ages before a percent sign ---

idWords('LICENSE', 'nremt');
/** Kinds a clause's word gives a generic identifier read without a label of its own (never OTHER_ID or MRN). */
const CLAUSE_KINDS_30 = new Set<PhiType>(['LICENSE', 'ACCOUNT', 'VEHICLE', 'BIOMETRIC']);
/** Credentials of licensed clinicians: "LCSW #44712", "RN lic 4471290" (the number after is a licence). */
const CREDENTIALS_30 = new Set('rn lpn lvn lcsw lmsw licsw lpc lmhc lmft aprn crna cnm np pa-c rph pharmd dpt slp ccc-slp rrt rd rdn cna emt paramedic otr ot pt dds dmd dc od psyd lac lmt'.split(' '));
const CRED_WORDS_30 = ['lcsw', 'lmsw', 'licsw', 'lpc', 'lmhc', 'lmft', 'aprn', 'crna', 'rph', 'nremt', 'lpn', 'lvn'];
/** Plate words: the plate pass runs only when one is among the rare words. */
const PLATE_WORDS_30 = ['plate', 'plates', 'tag', 'tags', 'registration', 'rego'];
const RARE_30 = [...CRED_WORDS_30, ...PLATE_WORDS_30];

/** Stop 17, probe round (ids30): the passes of this block, run from laterCues after idsRound28. */
function idsRound30(d: Detector): void {
  const v = d.v;
  if (v.includes('_')) snakeKeys30(d);
  if (v.includes('^') && v.includes('|')) hl7Types30(d);
  clauseKinds30(d);
  const rare = d.rare;
  if (rare === undefined) return;
  if (PLATE_WORDS_30.some((w) => rare.has(w))) plates30(d);
  if (CRED_WORDS_30.some((w) => rare.has(w))) credentials30(d);
}

/** Stop 17, probe round (ids30): the drops of this block, run from run() after idsDrops28; true when one dropped. */
function idsDrops30(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    // ("Age 93% of predicted": a share, no age.)
    if (c.t !== 'AGE_OVER_89' || c.p < 0 || v.charCodeAt(c.e) !== 37) continue;
    c.p = -1;
    dropped = true;
  }
  return dropped;
}

/** The kind of a snake_case key's words, read from its end: a word of another kind than OTHER_ID wins over a generic
 * one ("fingerprint_ref" BIOMETRIC, "dl_number" LICENSE, "claim_id" OTHER_ID). */
function keyKind30(key: string): PhiType | undefined {
  const parts = key.toLowerCase().split('_');
  let generic: PhiType | undefined;
  for (let j = parts.length - 1; j >= 0; j--) {
    const k = parts[j] as string;
    if (ID_LABEL_FILL.has(k)) continue;
    const t = k === 'dl' ? 'LICENSE' : ID_WORD_TYPE.get(k);
    if (t === undefined) continue;
    if (t !== 'OTHER_ID') return t;
    generic ??= t;
  }
  return generic;
}
const SNAKE_KEY_30 = /([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)["']?[ \t]*[:=][ \t]*["']?$/;
const KEY_VALUE_30 = /^[A-Za-z0-9][A-Za-z0-9.\-\/]{2,30}(?![\w-])/;
/** A value after a snake_case key of an identifier's kind: `biometric_id=BX-2290-4471`, `vehicle_plate="BXR4471"`. */
function snakeKeys30(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let last = -1;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.s < last) continue;
    // (The value's start: back over letters, digits and joiners, a few characters.)
    let s = t.s;
    while (s > 0 && t.s - s < 16) {
      const c = v.charCodeAt(s - 1);
      if (isWordCode(c) && c !== 95 || c === 45 || c === 46 || c === 47) s--;
      else break;
    }
    // (Cheap first: back over quotes and blanks to ":" or "=", then over them and the key's last word to "_".)
    let p = s - 1;
    let c = codeAt(v, p);
    while (p > s - 4 && (c === 34 || c === 39 || c === 32 || c === 9)) c = codeAt(v, --p);
    if (c !== 58 && c !== 61) continue;
    c = codeAt(v, --p);
    while (p > s - 8 && (c === 34 || c === 39 || c === 32 || c === 9)) c = codeAt(v, --p);
    const ke = p;
    while (p > ke - 24 && isWordCode(c) && c !== 95) c = codeAt(v, --p);
    if (c !== 95) continue;
    const m = SNAKE_KEY_30.exec(v.slice(Math.max(0, s - 48), s));
    if (!m) continue;
    const kind = keyKind30(m[1] as string);
    if (kind === undefined) continue;
    const vm = KEY_VALUE_30.exec(v.slice(s, s + 32));
    if (!vm) continue;
    let e = s + vm[0].length;
    while (e > s && (v.charCodeAt(e - 1) === 46 || v.charCodeAt(e - 1) === 45)) e--;
    last = e;
    const val = v.slice(s, e);
    if (e - s < 4 || !/\d/.test(val) || looksLikeDate(val)) continue;
    if (!onlyIds25(d, s, e)) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === kind)) continue;
    // (A generic key gives way to a typed reading: "claim_id" does not retype an account.)
    if (kind === 'OTHER_ID' && d.anyCand(s, e)) continue;
    replaceIds25(d, s, e, kind, 88);
  }
}

/** An HL7 v2 identifier (CX) typed by its fifth component, the v2-0203 type code: `ACCT44712903^^^HOSP^AN`. */
const HL7_CX_30 = /(?:^|[|~])([A-Za-z0-9][A-Za-z0-9.\-]{3,30})\^[^|^~\n]*\^[^|^~\n]*\^[^|^~\n]*\^(DL|SS|MB|MC|MA|SN|NPI|PPN|AN|MR|PN)(?=[|^~&\r\n]|$)/gm;
function hl7Types30(d: Detector): void {
  const v = d.v;
  HL7_CX_30.lastIndex = 0;
  for (let m = HL7_CX_30.exec(v); m; m = HL7_CX_30.exec(v)) {
    const t = V2_CODE_TYPE_28[m[2] as string] ?? 'OTHER_ID';
    const s = m.index + m[0].indexOf(m[1] as string);
    typeValue28(d, s, s + (m[1] as string).length, t);
  }
}

/** The nearest kind word of the clause before `s` across commas and brackets ("driver's licence, number on file:"), up
 * to 72 characters back on the line; a sentence's end, a semicolon, another value with digits or a generic label word
 * (passport, claim, ...) ends the search. */
function clauseKind30(v: string, s: number): PhiType | undefined {
  let a = s;
  const min = Math.max(0, s - 72);
  while (a > min) {
    const c = v.charCodeAt(a - 1);
    if (c === 10 || c === 13 || c === 59 || c === 124) break;
    if (c === 46 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9) && !/(?:^|[^A-Za-z])(?:no|nr|lic|reg|acct|n)$/i.test(v.slice(Math.max(0, a - 6), a - 1))) break;
    a--;
  }
  const part = v.slice(a, s);
  let from = 0;
  for (const m of part.matchAll(/[A-Za-z0-9][\w\/.-]*\d[\w\/.-]*/g)) if (m[0].length >= 4) from = m.index + m[0].length;
  const words = part.slice(from).match(LABEL_WORD);
  if (!words) return undefined;
  for (let i = words.length - 1; i >= 0; i--) {
    const k = (words[i] as string).toLowerCase().replace(/'s$/, '');
    if (ID_LABEL_FILL.has(k)) continue;
    // (A carrier between names the value's own kind: "Footprints taken, newborn ID band B-25-...".)
    if (ID_CARRIERS.has(k)) return undefined;
    const t = ID_WORD_TYPE.get(k);
    if (t === undefined) continue;
    if (t === 'OTHER_ID' && k !== 'driver' && k !== 'drivers') return undefined;
    if (CLAUSE_KINDS_30.has(t)) return t;
    return undefined;
  }
  return undefined;
}
/** A generic identifier (OTHER_ID) whose own label names no kind, typed by a kind word earlier in its clause: "Driver
 * license, issued by the state of Utah on file: 447129033" (LICENSE), "Her account, which ..., is 44712903-01". */
function clauseKinds30(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.t !== 'OTHER_ID' || c.p < 0) continue;
    const b = codeAt(v, c.s - 1);
    if (b === 94 || b === 124 || b === 42) continue;
    if (labelWordType(v, c.s) !== undefined) continue;
    const t = clauseKind30(v, c.s);
    if (t !== undefined) c.t = t;
  }
}

/** Plates of letters and digits in two groups ("KRT 4471", "JFK-4471") or of the British shape ("AB12 CDE") after a
 * plate word in the clause ("Texas plates, KQT-4471", "plates on the other car: Ohio JFK 4471", "Registration: AB12
 * CDE") or under a column headed by one. */
const PLATE_30 = /^(?:[A-Z]{2,3}[ -]\d{3,4}|[A-Z]{2}\d\d[ ]?[A-Z]{3})(?![\w-])/;
const PLATE_WORD_30 = /\b(?:plates?|tags?|registration|rego|license[ \t]+plate|licence[ \t]+plate)\b/i;
function plates30(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let memo: ColumnMemo | undefined;
  const aligned = v.includes('|') || v.includes('  ') || v.includes('\t');
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    let s: number;
    // ("KRT 4471": the digits after two or three capitals; "AB12 CDE": two capitals and two digits first.)
    if (len >= 3 && len <= 4 && isDigitCode(v.charCodeAt(t.s)) && i > 0 && ((toks[i - 1] as Tok).shape === 'U') && t.s - (toks[i - 1] as Tok).e === 1) s = (toks[i - 1] as Tok).s;
    else if (len >= 4 && len <= 8 && isUpperAscii(v.charCodeAt(t.s)) && isUpperAscii(v.charCodeAt(t.s + 1))) s = t.s;
    else continue;
    const bb = codeAt(v, s - 1);
    if (isWordCode(bb) || bb === 45 || bb === 46) continue;
    const m = PLATE_30.exec(v.slice(s, s + 10));
    if (!m) continue;
    const e = s + m[0].length;
    if (e < t.e || codeAt(v, e) === 46 && isDigitCode(codeAt(v, e + 1))) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'VEHICLE') || !onlyIds25(d, s, e)) continue;
    // (The cue: a plate word in the clause before, 48 characters on the line, across commas; or the column's header.)
    let a = s;
    while (a > 0 && s - a < 48) {
      const c = v.charCodeAt(a - 1);
      if (c === 10 || c === 13 || c === 59 || c === 124) break;
      a--;
    }
    // (Not a label's or a credential's letters: "MRN 4471", "RN 4471"; a registration or a tag names a plate of two
    // groups only in a text about vehicles.)
    const lead = /^[A-Z]+/.exec(m[0])?.[0] ?? '';
    const lk = lead.toLowerCase();
    if (NOT_REGISTER.has(lead) || (d.fl(lk) & L.WORD) !== 0 || ID_WORD_TYPE.has(lk) || CREDENTIALS_30.has(lk) || ID_FILL_TOKENS.has(lk)) continue;
    const cm = PLATE_WORD_30.exec(v.slice(a, s));
    // (A plate, a tag or a registration in a text that names a vehicle, a make or a model: "agar plate, GBS 214" stays
    // a count; "licence plate" and "rego" name one alone; a British plate's shape after a registration.)
    let cue = false;
    if (cm !== null) {
      const w = cm[0].toLowerCase();
      if (w === 'rego' || w.includes(' ')) cue = true;
      else if (w.startsWith('registration') && /^[A-Z]{2}\d/.test(m[0]) && !d.capsDoc) cue = true;
      else cue = motorNear30(d, i);
    }
    if (!cue && aligned) cue = columnType(v, s, (memo ??= { cells: new Map(), headers: new Map() })) === 'VEHICLE';
    if (!cue) continue;
    replaceIds25(d, s, e, 'VEHICLE', 86);
  }
}

/** Whether a make or a vehicle noun (car, truck, motorcycle...) stands among the 16 tokens before token `i`,
 * on its line or the line before. */
function motorNear30(d: Detector, i: number): boolean {
  const toks = d.toks;
  const v = d.v;
  const lo = lineStartOf(v, Math.max(0, lineStartOf(v, (toks[i] as Tok).s) - 1));
  for (let j = Math.max(0, i - 16); j < i; j++) {
    const t = toks[j] as Tok;
    if (t.s < lo) continue;
    if (t.shape !== 'X' && ((t.f & T.MAKE) !== 0 || VEHICLE_NOUNS.has(t.k))) return true;
  }
  return false;
}

/** A number right after a clinician's credential and "#", "lic" or "license": "LCSW #44712", "RN lic. 4471290" (LICENSE). */
const CRED_BEFORE_30 = /(?:^|[^\w-])([A-Za-z][A-Za-z-]{1,8})[ \t]*(?:#|lic(?:ense|ence)?\.?[ \t]*(?:no\.?|#)?|no\.)[ \t]*:?[ \t]*$/;
function credentials30(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.p < 0 || (c.t !== 'OTHER_ID' && c.t !== 'MRN')) continue;
    const m = CRED_BEFORE_30.exec(v.slice(Math.max(0, c.s - 28), c.s));
    if (!m || !CREDENTIALS_30.has((m[1] as string).toLowerCase())) continue;
    // (The credential in capitals: "pt #" is a patient's number, "RN #" a nurse's licence.)
    if ((m[1] as string) !== (m[1] as string).toUpperCase() || !/\d{4}/.test(v.slice(c.s, c.e))) continue;
    c.t = 'LICENSE';
  }
}

/**
 * US states and countries written in several words ("North Carolina", "Costa Rica", "United States of America"):
 * regions() drops a name or a place found inside one, as it does for the provinces of other countries. (regionTable
 * leaves out any that is also a town in the gazetteer, "New York", "Hong Kong", which stay places.)
 */
const STATES_AND_COUNTRIES_17: string[] = [
  ...STATE_NAMES.split('|').filter((n) => n.includes(' ')),
  ...COUNTRIES.split('|').filter((n) => n.includes(' ') && !/[,()&]/.test(n)),
  'United States',
  'Czech Republic',
  'Ivory Coast',
  'North Korea',
  'South Korea',
  'East Timor',
  'Great Britain',
  'Cabo Verde',
  'Republic of Ireland',
  'Republic of the Congo',
  'Democratic Republic of Congo',
  'Bosnia-Herzegovina',
  'Guinea-Bissau',
  'Timor-Leste',
];

/** Drops the live candidates that lie inside one of the spans (start, end pairs in text order) and pass `test` (given
 * the span's start and end); true if any was dropped. One binary search per candidate. */
function dropInsideSpans(cands: Cand[], spans: number[], test: (c: Cand, s: number, e: number) => boolean): boolean {
  let any = false;
  for (const c of cands) {
    if (c.p < 0) continue;
    const at = spanBefore(spans, c.s);
    if (at < 0) continue;
    const s = spans[2 * at] as number;
    const e = spans[2 * at + 1] as number;
    if (c.e <= e && test(c, s, e)) {
      c.p = -1;
      any = true;
    }
  }
  return any;
}
/** A name or a place (what a state or a country of several words must not hold). */
const nameOrPlace = (c: Cand) => c.t === 'NAME' || c.t === 'LOCATION';
/** The index of the last span (start, end pairs in text order) that starts at or before pos, or -1: a binary search. */
function spanBefore(spans: number[], pos: number): number {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[2 * mid] as number) <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}
/** "... Institute of " right before pos: "of" after a capitalized word (a facility's name goes on with the region). */
function facilityOfBefore(v: string, pos: number): boolean {
  if (pos < 5 || v.charCodeAt(pos - 1) !== 32 || v.charCodeAt(pos - 2) !== 102 || v.charCodeAt(pos - 3) !== 111 || v.charCodeAt(pos - 4) !== 32) return false;
  let w = pos - 5;
  while (w > 0 && isAsciiLetter(v.charCodeAt(w - 1))) w--;
  const c = v.charCodeAt(w);
  return w < pos - 5 && c >= 65 && c <= 90;
}


// --- Stop 17, probe round (branch names31): person names that no lexicon knows, after weak cues ---------------------

/** Words right before a person's name in running text ("with", "per", "cc", "from", "to", "for", "by"). */
const CUE_BEFORE_31: ReadonlySet<string> = new Set('with w per cc bcc from to for by via'.split(' '));
/** The last word of a label whose value is a list of people ("Attendees:", "Family at bedside:", "Apologies:"). */
const LIST_LABEL_31: ReadonlySet<string> = new Set('attendees attendee attendance present apologies bedside visitors visitor participants participant members invitees invited guests cc bcc to from copies copy caller escort escorts chair minutes witness witnesses signatories interpreter translator accompanied contacts panel'.split(' '));
/** Words of a person's doing right after a name opening a sentence ("<Name> reports", "<Name> was seen"). */
const PERSON_VERB_31: ReadonlySet<string> = new Set('reports reported states stated says said denies denied agrees agreed declines declined called phoned rang asked asks requests requested wants wanted feels felt understands understood verbalized verbalised visited visits lives lived works worked arrived presented presents complains complained endorses endorsed relates related notes noted prefers preferred remains returned expressed expresses consented consents'.split(' '));
/** After "was"/"is" in that place: "<Name> was seen", "<Name> is aware". */
const PERSON_STATE_31: ReadonlySet<string> = new Set('seen present admitted informed updated aware here called visited reviewed examined discharged accompanied interviewed'.split(' '));
/** Generic heads in lower case after a product's, an organism's or a condition's name: "<Brand> <Name> pen", "... syndrome". */
const NOT_AFTER_31: ReadonlySet<string> = new Set('syndrome disease sign signs test tests scale score criteria procedure maneuver manoeuvre pump pen pens device devices app system software protocol catheter tube stent valve syringe line infusion injection injections tablet tablets capsule capsules cream inhaler patch drops solution sensor monitor vaccine strain species virus bacteria cells cell units unit mg mcg ml tab tabs dose doses cartridge kit reader platform portal module license licence account brand regimen therapy shot shots disorder phenomenon reflex fracture classification method technique formula'.split(' '));
/** Words before "with" or "for" after which a drug, a device or an organism follows rather than a person. */
const NOT_BEFORE_CUE_31: ReadonlySet<string> = new Set('admitted readmitted presents presented presenting patient pt male female man woman gentleman lady boy girl infant history hx known diagnosis dx suffering suffers affected afflicted worsening worsened treated treat treating controlled managed started starting dressed colonised colonized infected consistent compatible improving improved stable maintained covered flushed cleansed cleaned packed replaced replaced anticoagulated sedated diagnosed associated complicated positive negative tested testing screened screening bridged bolused premedicated supplemented augmented combined prescribed indicated allergic allergy allergies prophylaxis therapy titrated loaded paired synced implanted fitted replete repleted resistant sensitive susceptible immunised immunized vaccinated'.split(' '));
/** Titles and words of kinship or address that stand before a name and are no part of it ("Imam", "Abuela", "Aunty"). */
const TITLE_KIN_31: ReadonlySet<string> = new Set([...KIN_IN_BRACKETS, ...'imam sheikh shaykh pastor elder chief abuela abuelo abuelita tia tio tita tito aunty auntie uncle nana nanna kuia koro kaumatua whaea matua mama baba bibi babu dadi nani amma appa ammi abba ayi oma opa nonna nonno baba babcia dziadek ciocia wujek tante onkel mormor morfar farmor farfar'.split(' ')]);
/** Endings of medical words that no lexicon lists, in a name of words no lexicon knows ("Atrial Fibrillation",
 * "Pericardial Effusion", "Exertional Dyspnea", "Icteric Sclera"); "-ic" is not "-vic" or "-ić" ("Zelenkovic"). */
const MEDICAL_MORPH_31 = /(?:ion|al|ular|ilar|lar|bar|ous|ive|ary|ory|ile|pnea|pnoea|rrhea|rrhoea|kinesia|plasia|trophy|nade|kade|lera|ism|ology|gram|graphy|scopy|sis|uria|opsy|plegia|oid|ics|rales|ales|[^v]ic|[^v]ics|ed|ing|ish|ness|ment|ity|acy|ize|ise)$/;
/** Endings of a species' epithet, the second word of an organism's name ("Serratia Marcescens", "... Stercoralis"). */
const EPITHET_ENDING_31 = /(?:ens|alis|oides|ensis|iae|ii|ae|icus|ilis|aris|ium|um|us)$/;
/** Particles inside a name ("de la", "dos", "van der", "Ó", "Ní", "bin"). */
const PARTICLE_31: ReadonlySet<string> = new Set('de del della la las los le da das do dos di du van von der den ter ten bin binti bint ibn al el ó ní nic mac mc te'.split(' '));
/** Endings of drug, device and product names and of medical words (a word no lexicon lists: "Solostar", "Flextouch"). */
const PRODUCT_ENDING_31 = /(?:pen|touch|haler|star|pod|ject|jet|clik|disk|mist|flex|ix|ex|ax|ol|ine|ide|ate|ium|ose|mab|nib|vir|pril|olol|sartan|statin|zole|mycin|cillin|cycline|floxacin|afil|gliptin|gliflozin|glutide|parin|xaban|dronate|lukast|tidine|prazole|triptan|zepam|zolam|pine|done|oxin|arin|profen|caine|terol|sone|lone|cort|derm|zyme|vac|gel|tabs|ella|monas|coccus|cocci|bacter|bacterium|idium|illus|myces|plasma|virus|ae|us|um|ii|ensis|itis|osis|emia|aemia|oma|pathy|algia|ectomy|otomy|ostomy|plasty|ase|ware|soft|tech|net|bot|ify|ly|io)$/;

/** Whether token t may be a word of a person's name that no lexicon needs to know: capitalized (or in capitals when
 * caps), no common word, place, state, month, credential or eponym; 1 = no lexicon knows it, 2 = a known name. */
function nameWord31(d: Detector, t: Tok, caps: boolean): 0 | 1 | 2 {
  if (t.possessive || t.e - t.s < 2 || (t.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME)) !== 0 || TITLE_KIN_31.has(t.k)) return 0;
  if (caps ? t.shape !== 'U' : t.shape !== 'T') return 0;
  // A double name joined by a hyphen is one token ("Obasanjo-Ade"): each half is read alone.
  if (t.w.includes('-')) {
    const halves = t.w.split('-');
    if (halves.length > 3) return 0;
    let r: 0 | 1 | 2 = 2;
    for (const h of halves) {
      if (!(caps ? /^\p{Lu}{2,}$/u : /^\p{Lu}\p{Ll}+$/u).test(h)) return 0;
      const x = namePart31(d, h, h.toLowerCase(), d.fl(h.toLowerCase()), caps);
      if (x === 0) return 0;
      if (x === 1) r = 1;
    }
    return r;
  }
  if (!caps && t.capitals !== 1 && !/^(?:Mc|Mac|O'|D'|De|Di|La|Le)\p{Lu}\p{Ll}/u.test(t.w)) return 0;
  return namePart31(d, t.w, t.k, t.f, caps);
}

function namePart31(d: Detector, w: string, k: string, f: number, caps: boolean): 0 | 1 | 2 {
  if (NOT_NAME.has(k) || EPONYMS.has(k) || NOT_PERSON.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || FACILITY_GENERIC.has(k) || CREDENTIAL_TOKENS.has(k) || LANGUAGES.has(k)) return 0;
  if ((f & (L.WORD | L.PLACE | L.COUNTRY | T.FACILITY)) !== 0) return 0;
  if ((f & NAME_BITS) !== 0) return 2;
  if (caps && (k.length < 4 || !/[aeiouy]/.test(k) || NOT_NAME_CAPS.has(w) || NOT_INITIALS.has(w))) return 0;
  // (A short word of one vowel that no lexicon knows is an abbreviation more often than a name: "Freq", "Occ", "Sats",
  // "Pvcs"; short names are mostly known ones: "Yaw", "Obi", "Bui".)
  if (k.length < 5 && vowels31(k) < 2) return 0;
  return PRODUCT_ENDING_31.test(k) || MEDICAL_ENDING.test(k) ? 0 : 1;
}

function vowels31(k: string): number {
  let n = 0;
  for (let x = 0; x < k.length; x++) {
    const c = k.charCodeAt(x);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c > 127) n++;
  }
  return n;
}

/** Whether toks[i] and toks[j] (j > i) are joined as a name's words are: one blank or a hyphen. */
function joined31(v: string, a: Tok, b: Tok): boolean {
  if (b.s - a.e !== 1) return false;
  const c = v.charCodeAt(a.e);
  return c === 32 || c === 45;
}

/**
 * Names of two to four words, at least one no lexicon knows and none a common word ("Ilsabe Quastenberg", "Tsegaye
 * Woldemariam", "Olusegun Obasanjo-Ade", "Fergal Ó Súilleabháin"), in one of the places where a person's name stands:
 * after a weak cue ("with", "per", "cc", "from", "for", "to", "by"); first on a list label's line ("Attendees:", "Family
 * at bedside:"); after a name found and a list's joiner (", ", "; ", " and ", a new bullet); opening a sentence before a
 * person's verb ("<Name> reports", "<Name> was seen"); or after a chat line's time ("[09:14] <Name>:"). Not before a
 * number or a dose, a capitalized common word or a product's generic head ("<Brand> <Name> 10 units", "... Hospital",
 * "... pen", "... syndrome"). Also in capitals after a cue in capitals ("WITH ILSABE QUASTENBERG").
 */
function unknownNames31(d: Detector): void {
  // (A text in capitals or in lower case only has no capitalized words to read: its abbreviations would be names.)
  if (d.capsDoc || d.lowerDoc || d.noCaps) return;
  const v = d.v;
  const toks = d.toks;
  const n = toks.length;
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[i] as Tok;
    // (Cheap gate, integers only: an unknown capitalized word, or a known name that is no word, and right after it one
    // blank or a hyphen and another such word or a particle in lower case, one of the two unknown.)
    const sh = t.shape;
    if (sh !== 'T' && sh !== 'U') continue;
    const tf = t.f;
    if (tf !== 0 && ((tf & NAME_BITS) === 0 || (tf & L.WORD) !== 0)) continue;
    const nb = toks[i + 1] as Tok;
    if (nb.s - t.e !== 1) continue;
    const nsh = nb.shape;
    const nf = nb.f;
    if (((nsh !== 'T' && nsh !== 'U') || (tf !== 0 && nf !== 0) || (nf & L.WORD) !== 0) && !PARTICLE_31.has(nb.k)) continue;
    // (In capitals, a note's abbreviations and misspellings are as unknown as names, "MAINT ADEQ", "DESITIN OINT": words
    // in capitals count only after a cue that is not in capitals, "with Ilsabe QUASTENBERG".)
    let caps = sh === 'U';
    const pv = toks[i - 1];
    if (caps && (d.capsDoc || (pv !== undefined && pv.shape === 'U'))) continue;
    // (Cheap: after one blank, only a cue, a title or kin word, or "and" may stand before the name.)
    if (pv !== undefined && pv.e + 1 === t.s && !pv.possessive && !CUE_BEFORE_31.has(pv.k) && !TITLE_KIN_31.has(pv.k) && pv.k !== 'and' && pv.shape !== 'X') continue;
    const w1 = nameWord31(d, t, caps);
    if (w1 === 0) continue;
    // The name's words: up to four, particles between.
    let j = i;
    let unknown = w1 === 1 ? 1 : 0;
    let words = 1;
    while (j + 1 < n && words < 4) {
      let x = j + 1;
      const a = toks[j] as Tok;
      let b = toks[x] as Tok;
      if (!joined31(v, a, b)) break;
      // Particles: "de la", "dos", "Ó".
      let y = x;
      while (y < n && y - x < 2 && PARTICLE_31.has((toks[y] as Tok).k) && (toks[y] as Tok).shape !== 'X' && y + 1 < n && joined31(v, toks[y] as Tok, toks[y + 1] as Tok)) y++;
      b = toks[y] as Tok;
      const wb = b.shape === 'U' && d.capsDoc ? 0 : nameWord31(d, b, b.shape === 'U');
      if (b.shape === 'U') caps = true;
      if (wb === 0) break;
      if (wb === 1) unknown++;
      words++;
      j = y;
      x = y;
    }
    if (words < 2 || unknown === 0) {
      if (words >= 2) i = j;
      continue;
    }
    const s = t.s;
    const e = (toks[j] as Tok).e;
    // (An organism's name in two capitalized words: the species' epithet is Latin. A term of medicine in capitalized
    // words that no lexicon knows: "Atrial Fibrillation".)
    if (words === 2 && unknown === 2 && EPITHET_ENDING_31.test((toks[j] as Tok).k)) { i = j; continue; }
    if (unknown === words && medicalWords31(toks, i, j)) { i = j; continue; }
    const next = toks[j + 1];
    // After the name: not a number, a dose, a capitalized common word or a generic head.
    if (next !== undefined && next.s - e <= 2 && v.slice(e, next.s).trim() === '') {
      if (next.shape === 'X' || isDigitCode(v.charCodeAt(next.s)) || NOT_AFTER_31.has(next.k)) { i = j; continue; }
      if ((next.shape === 'T' || next.shape === 'U') && (next.f & L.WORD) !== 0 && (next.f & NAME_BITS) === 0 && !PERSON_VERB_31.has(next.k) && next.k !== 'was' && next.k !== 'is') { i = j; continue; }
    }
    if (cueBefore31(d, i) || (!caps && verbAfter31(d, i, j))) {
      if (!d.nameOverlaps(s, e) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 80);
      else if (!d.someCovering(s, e, isNameCand) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 80);
    }
    i = j;
  }
}

/** Whether the name opening at toks[i] stands after a cue, a list label, a joiner after a name found, or a chat time. */
function cueBefore31(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  let t = toks[i] as Tok;
  if (i === 0) return false;
  let p = toks[i - 1] as Tok;
  // A title or a kin word between the cue and the name: "with Imam <Name>", "for Abuela <Name>".
  if (i >= 2 && TITLE_KIN_31.has(p.k) && v.charCodeAt(p.e) === 32 && p.e + 1 === t.s) {
    const q = toks[i - 2] as Tok;
    if (v.charCodeAt(q.e) === 32 && q.e + 1 === p.s && CUE_BEFORE_31.has(q.k)) {
      i--;
      t = p;
      p = q;
    }
  }
  const gap = v.slice(p.e + (p.possessive ? 2 : 0), t.s);
  // A weak cue right before: "with <Name>", "per <Name>", "cc <Name>".
  if (gap === ' ' && CUE_BEFORE_31.has(p.k) && p.shape !== 'U') {
    // (Not a journey: "moved from <Town> <Town>", "travelled to ..."; not a treatment or a finding: "controlled with
    // <Brand> <Brand>", "colonised with", "screened for", "positive for".)
    const pp = toks[i - 2];
    if (pp !== undefined && NOT_BEFORE_CUE_31.has(pp.k) && (p.k === 'with' || p.k === 'for' || p.k === 'w')) return false;
    if ((p.k === 'from' || p.k === 'to') && pp !== undefined && /^(?:moved|moving|travel+ed|travel+ing|came|comes|coming|returned|returning|relocated|emigrated|immigrated|flew|drove|went|going|trip|visit|visiting|transferred|transfer|sent|admitted|arrived|road|route|way|bus|flight|train|distance|miles|km|km\.)$/.test(pp.k)) return false;
    return true;
  }
  // A list label's value: "Attendees: <Name>", "Family at bedside: <Name>", "Present:\n- <Name>".
  if (/^[ \t]*:[ \t]*(?:\r?\n[ \t]*[-*\u2022][ \t]*)?$/.test(gap) && LIST_LABEL_31.has(p.k)) return true;
  // A list's next item after a name found: "<Name>, <Name>", "<Name> (chair); <Name>", "<Name> and <Name>".
  let x = i - 1;
  let q = p;
  if (/^\)?[ \t]*(?:[,;&\/]|and)[ \t]*$|^\)?[ \t]*\r?\n[ \t]*[-*\u2022][ \t]*$/i.test(gap) || (p.k === 'and' && gap === ' ')) {
    if (p.k === 'and') {
      x = i - 2;
      q = toks[x] as Tok;
      if (q === undefined || !/^[ \t]*,?[ \t]*$/.test(v.slice(q.e, p.s))) return false;
    }
    // "<Name> (chair), <Name>": step over the role in brackets.
    let end = q.e;
    if (v.charCodeAt(q.e) === 41) {
      // (Bounded: the bracket within 30 characters back, the blanks before it.)
      const lo = Math.max(0, q.e - 30);
      const open = v.slice(lo, q.e).lastIndexOf('(');
      if (open < 0) return false;
      end = lo + open;
      while (end > lo && (v.charCodeAt(end - 1) === 32 || v.charCodeAt(end - 1) === 9)) end--;
    }
    if (!d.nameOverlaps(end - 1, end)) return false;
    // (After a comma, a semicolon or a slash, the name before must itself stand in a list or after a cue: a title's
    // name and a comma are more often followed by a post or a register, "Dott. <Name>, Albo Odontoiatri".)
    return p.k === 'and' || /^[ \t]*\r?\n/.test(gap) || listedName31(d, end);
  }
  // A chat line's time before its speaker: "[09:14] <Name>: ...", "09:14 <Name>: ...".
  if ((gap === '] ' || gap === ' ') && p.shape === 'X' && /(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]$/.test(v.slice(Math.max(0, t.s - 14), t.s))) {
    const e = (toks[i + 1] as Tok).e;
    return /^[^\n:]{0,40}:/.test(v.slice(e, e + 42));
  }
  return false;
}

/** Whether the name toks[i..j] opens a sentence and a person's verb follows it ("<Name> reports", "<Name> was seen"). */
function verbAfter31(d: Detector, i: number, j: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const a = toks[j + 1];
  if (a === undefined || a.s - (toks[j] as Tok).e !== 1 || v.charCodeAt(a.s - 1) !== 32) return false;
  let ok = PERSON_VERB_31.has(a.k);
  if (!ok && (a.k === 'was' || a.k === 'is')) {
    const b = toks[j + 2];
    ok = b !== undefined && b.s - a.e === 1 && PERSON_STATE_31.has(b.k);
  }
  if (!ok) return false;
  const t = toks[i] as Tok;
  const p = toks[i - 1];
  if (p === undefined) return true;
  return /(?:^|[.!?;:]|\n)[ \t]*$/.test(v.slice(p.e, t.s));
}

/** Whether the name found ending at end stands itself in a list or after a cue: a label's colon, a joiner, a bullet or a
 * cue word before its first word ("Attendees: <Name>, <Name>", "with <Name>, <Name>"). */
function listedName31(d: Detector, end: number): boolean {
  const v = d.v;
  // The name's start: back over its words (capitalized words, initials, particles, joined by blanks or hyphens).
  let s = end;
  for (let n = 0; n < 6; n++) {
    let a = s;
    while (a > 0 && /[\p{L}'.]/u.test(v.charAt(a - 1))) a--;
    if (a === s) break;
    s = a;
    if (!d.nameOverlaps(s, s + 1)) break;
    const c = v.charCodeAt(s - 1);
    if (c !== 32 && c !== 45) break;
    if (!d.nameOverlaps(s - 2, s - 1)) break;
    s--;
  }
  const before = v.slice(Math.max(0, s - 20), s);
  return /(?:(?:[:,;\/]|^|\n[ \t]*[-*\u2022]?)[ \t]*|(?:^|[^\p{L}])(?:with|and|cc|per|from|to)[ \t]+)(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Rev)\.?[ \t]+)?$/iu.test(before);
}

/** Whether a word of toks[i..j] (all unknown to the lexicons) has the ending of a medical word. */
function medicalWords31(toks: Tok[], i: number, j: number): boolean {
  for (let x = i; x <= j; x++) {
    const t = toks[x] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    if (MEDICAL_MORPH_31.test(t.k)) return true;
  }
  return false;
}
/** Whether [s, e) overlaps one of the spans (start, end pairs in text order). */
function overlapsSpan(spans: number[], s: number, e: number): boolean {
  const at = spanBefore(spans, e - 1);
  return at >= 0 && (spans[2 * at + 1] as number) > s;
}

// --- Stop 17: display names before an e-mail address -----------------------------------------------------------------

/** Words of a mailbox's display name that name a service, not a person ("Billing Office <...>", "noreply"). */
const MAILBOX_WORDS_17 = new Set('team office department dept desk service services support billing accounts reception admin administrator clinic hospital pharmacy lab laboratory noreply no-reply info help helpdesk portal notifications notification system mailer daemon scheduling appointments referrals records unit ward group practice surgery centre center foundation trust board committee newsletter line hotline nurse nurses inbox mailbox queue intake triage coordinator coordinators'.split(' '));

/**
 * "To: "Yehuda Katz-Rosenthal" <ykatz@...>", "Cc: Apio Ruth <...>; Mugisha Byaruhanga <...>", "Nkemdirim, Obiageli
 * <...>": the display name before an address in angle brackets (mail headers, signatures, address lists) is a person's
 * name when it is one to five capitalized words of letters, none a word of a mailbox that serves a team or a service.
 */
function displayNames17(d: Detector): void {
  const v = d.v;
  let found: [number, number][] | undefined;
  for (const c of d.cands) {
    if (c.t !== 'EMAIL' || c.p < 0 || v.charCodeAt(c.s - 1) !== 60) continue;
    let b = c.s - 1;
    while (b > 0 && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9)) b--;
    let a = b;
    let e = b;
    if (v.charCodeAt(b - 1) === 34) {
      // A quoted display name: back to the opening quote on the same line.
      e = b - 1;
      a = e;
      while (a > 0 && e - a < 80 && v.charCodeAt(a - 1) !== 34 && v.charCodeAt(a - 1) !== 10) a--;
      if (a === 0 || v.charCodeAt(a - 1) !== 34) continue;
    } else {
      while (a > 0 && b - a < 80 && !DISPLAY_STOP_17.has(v.charCodeAt(a - 1))) a--;
      // "Nkemdirim, Obiageli <...>": one capitalized word before the comma, no address before it, is the surname.
      if (a > 0 && v.charCodeAt(a - 1) === 44) {
        let p = a - 1;
        while (p > 0 && v.charCodeAt(p - 1) === 32) p--;
        let q = p;
        while (q > 0 && isAsciiLetterOrMark(v.charCodeAt(q - 1))) q--;
        const before = q > 0 ? v.charCodeAt(q - 1) : 10;
        if (p - q >= 2 && (before === 32 || before === 58 || before === 10 || before === 34 || before === 9) && (q === 0 || !/[>@]\s*$/.test(v.slice(Math.max(0, q - 3), q)))) {
          const head = v.slice(Math.max(0, q - 12), q);
          if (/(?:^|\n)[ \t]*[A-Za-z-]{2,10}:[ \t]*$|"[ \t]*$/.test(head)) a = q;
        }
      }
    }
    while (a < e && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a++;
    while (e > a && (v.charCodeAt(e - 1) === 32 || v.charCodeAt(e - 1) === 9)) e--;
    // In running text the name is the words next to the address: "Contact Eszter Vamosi <...>" loses "Contact".
    for (;;) {
      const sp = v.indexOf(' ', a);
      if (sp < 0 || sp >= e) break;
      const f = d.fl(v.slice(a, sp).toLowerCase());
      if ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0) break;
      a = sp + 1;
    }
    if (e - a < 3) continue;
    const name = v.slice(a, e);
    if (!DISPLAY_NAME_17.test(name)) continue;
    const words = name.toLowerCase().split(/[ ,]+/).filter(Boolean);
    if (words.length > 5 || words.some((w) => MAILBOX_WORDS_17.has(w) || FACILITY_GENERIC.has(w) || STATE_WORDS.has(w) || (d.fl(w) & L.COUNTRY) !== 0)) continue;
    // Titles and credentials stay out of the span: "Dr. Ana Ruiz, MD".
    const t = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev)\.?[ \t]+)/.exec(name);
    const s0 = a + (t ? t[0].length : 0);
    const cr = /,?[ \t]+(?:MD|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|PharmD|LCSW|MSW|FNP|APRN|CNM|MBBS|FRCS|FRCP|MRCP|BSN|MSN)$/.exec(name);
    const e0 = e - (cr ? cr[0].length : 0);
    if (e0 - s0 < 3 || d.someOverlap(s0, e0, (o) => o.t !== 'NAME')) continue;
    (found ??= []).push([s0, e0]);
  }
  if (found) for (const [s0, e0] of found) d.add(s0, e0, 'NAME', 72);
}
/** Characters that end an unquoted display name going back: a separator of addresses, a header's colon, a line feed. */
const DISPLAY_STOP_17 = new Set([44, 59, 58, 60, 62, 10, 13, 9, 124, 40, 91]);
/** One to five words, each opening with a capital (letters of any script, apostrophes, hyphens, dots of initials). */
const DISPLAY_NAME_17 = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev)\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:,?[ \t]+\p{Lu}[\p{L}'’.-]*){0,4}(?:,?[ \t]+(?:MD|DO|RN|NP|PA-C|PA|PhD|DDS|DMD|PharmD|LCSW|MSW|FNP|APRN|CNM|MBBS|FRCS|FRCP|MRCP|BSN|MSN))?$/u;
/** A letter of ASCII or beyond (accented names). */
const isAsciiLetterOrMark = (c: number) => isAsciiLetter(c) || c >= 192;

// --- Stop 17: a column of names in a table without a header ----------------------------------------------------------

/**
 * "| Gen Med reg | Bishop | Nakamarra-Ross | Oyewole |", "Ieva Vaitkute<TAB>60301300019<TAB>Ventolin<TAB>2<TAB>A. Balciunaite": in
 * a table of three rows or more (cells split by tabs or bars, the same number in each row), a column whose cells are
 * mostly names found by the other rules holds names in its other cells too, when they are shaped like one (one to four
 * capitalized words or initials, letters only, no word of a facility, a month, a state or a country).
 */
function columnNames17(d: Detector): void {
  const v = d.v;
  let ls = 0;
  while (ls < v.length) {
    // One block: consecutive lines with the same separator and the same number of cells.
    const first = lineCells17(v, ls);
    if (!first) {
      const nl = v.indexOf('\n', ls);
      ls = nl < 0 ? v.length : nl + 1;
      continue;
    }
    const rows: [number, number][][] = [first.cells];
    let next = first.end + 1;
    while (next < v.length) {
      const r = lineCells17(v, next);
      if (!r || r.sep !== first.sep || r.cells.length !== first.cells.length) break;
      rows.push(r.cells);
      next = r.end + 1;
    }
    if (rows.length >= 3) namesInColumns17(d, rows);
    ls = rows.length > 1 ? next : first.end + 1;
  }
}

/** The cells of the line at ls split by tabs or by bars (at least two separators), trimmed; undefined otherwise. */
function lineCells17(v: string, ls: number): { cells: [number, number][]; sep: number; end: number } | undefined {
  let le = v.indexOf('\n', ls);
  if (le < 0) le = v.length;
  if (le - ls > 600) return undefined;
  let tabs = 0;
  let bars = 0;
  for (let i = ls; i < le; i++) {
    const c = v.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 124) bars++;
  }
  const sep = tabs >= 2 ? 9 : bars >= 2 ? 124 : 0;
  if (sep === 0) return undefined;
  const cells: [number, number][] = [];
  let cs = ls;
  for (let i = ls; i <= le; i++) {
    if (i < le && v.charCodeAt(i) !== sep) continue;
    let a = cs;
    let b = i;
    while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 13)) a++;
    while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 13)) b--;
    cells.push([a, b]);
    cs = i + 1;
  }
  return { cells, sep, end: le };
}

/** A cell shaped like a person's name: one to four capitalized words or initials, letters, hyphens, apostrophes, dots. */
const NAME_CELL_17 = /^\p{Lu}[\p{L}'’.-]*(?:,?[ ]{1,2}\p{Lu}[\p{L}'’.-]*){0,3}$/u;

function namesInColumns17(d: Detector, all: [number, number][][]): void {
  const v = d.v;
  const width = (all[0] as [number, number][]).length;
  // A first row without a name is a header: it neither counts nor is read.
  const head = all[0] as [number, number][];
  const rows = head.some(([a, b]) => b > a && d.someOverlap(a, b, (c) => c.t === 'NAME' && c.p > 1)) ? all : all.slice(1);
  for (let x = 0; x < width; x++) {
    let filled = 0;
    let named = 0;
    for (const r of rows) {
      const [a, b] = r[x] as [number, number];
      if (b <= a) continue;
      filled++;
      // (The rules' names only: the tagger's, at priority 1, are the guesses this rule must not build on.)
      if (d.someOverlap(a, b, (c) => c.t === 'NAME' && c.p > 1)) named++;
    }
    if (named < 2 || named * 3 < filled * 2 || named === filled) continue;
    for (const r of rows) {
      const [a, b] = r[x] as [number, number];
      if (b - a < 2 || b - a > 60) continue;
      const cell = v.slice(a, b);
      if (!NAME_CELL_17.test(cell) || d.someOverlap(a, b, () => true)) continue;
      const words = cell.toLowerCase().split(/[ ,]+/).filter(Boolean);
      if (words.some((w) => FACILITY_GENERIC.has(w) || MONTH_WORDS.has(w) || STATE_WORDS.has(w) || NOT_NAME.has(w) || (d.fl(w) & L.COUNTRY) !== 0)) continue;
      d.add(a, b, 'NAME', 60);
    }
  }
}

// --- Stop 17: the learned tagger's configuration (at the end: it reads word lists defined above) -----------------

// States, countries and provinces are not annotated; titles, credentials, months, languages and makes are no names.
// (At the merge: nor facility heads and the words the rules hold to be no names, eponyms and scales; nor weekdays and the
// labels of Malay and Indonesian forms, "Umur 41".)
configureTagger(
  L.COUNTRY,
  M.STATE_WORDS | M.TITLES | M.CORE_TITLES | M.LOWER_TITLES | M.CREDENTIAL_TOKENS | M.MONTH_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.NOT_NAME | M.EPONYMS | M.EPONYM_HEADS | M.SCALE_NAMES,
  L.WORD,
  new Set([
    ...'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday umur usia nama alamat jantina'.split(' '),
    // British spellings the word list lacks, and the one-word states of Mexico.
    ...'theatre theatres labour centre centres programme paediatric paediatrics anaesthetic anaesthetics anaesthetist haematology gynaecology orthopaedic orthopaedics oesophageal behaviour colour favour neighbour neighbours ministerio ministere ministry'.split(' '),
    ...ONE_WORD_REGIONS_17,
  ]),
  NAME_BITS,
  L.PLACE | L.PLACE_PREFIX,
);

/** Stop 18: clinical words that the gazetteer also knows as towns ("graft from lima to lad", "fluid in the bursa",
 * "back to rehab"): no place in a text of one case, where no capital tells them apart. */
const CLINICAL_PLACE_NAMES = new Set(['lima', 'rima', 'bursa', 'saline', 'nitro', 'rehab', 'perm', 'alot', 'tyro', 'spiro', 'center', 'centre', 'medulla', 'foley', 'hickman', 'quinton', 'pratt', 'penrose', 'coban']);

/**
 * Stop 18: whether a known place at token i (`best` words long) after the context word `prev` (a place preposition)
 * counts as in context in a text all in capitals or all in lower case: a place of several words does; one word needs four letters
 * or more, no common word and no given name (unless a residence phrase comes first), and a preposition of position
 * rather than "around", "via" or "through".
 */
function capsPlaceContext(d: Detector, i: number, best: number, prev: Tok): boolean {
  if (best > 1) return true;
  const t = d.toks[i] as Tok;
  if (t.e - t.s < 4 || (t.f & L.WORD) !== 0 || prev.k === 'around' || prev.k === 'via' || prev.k === 'through' || CLINICAL_PLACE_NAMES.has(t.k)) return false;
  return (t.f & L.FIRST) === 0 || d.livingBefore(i);
}

/** "springfield, il 62704", "gallup nm 87301-1120": a US state's abbreviation and a ZIP code in lower case. */
const LOWER_ZIP = /^\d{5}(?:-\d{4})?$/;
/** "kettering, northants nn15 7qa": a UK postcode in lower case (outward code, a blank, inward code). */
const LOWER_UK_POSTCODE = /^(?:[a-z]{1,2}\d[a-z\d]?)$/;

/**
 * Stop 18, texts in lower case (where the address rules, written for capitals, see nothing): the town before a US state's
 * abbreviation and a ZIP code, and a UK postcode with the town and the county before it, each part of the address
 * separated by a comma on the same line. The ZIP code or the postcode's shape is the anchor; the town is the one to
 * three words between it and the comma or the line's start before, none of them a function word.
 */
function lowerAddresses18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const p = toks[i - 1];
    if (p === undefined || !blanks(v, p.e, t.s)) continue;
    let partEnd: number;
    let first: number;
    if (LOWER_ZIP.test(t.w) && p.shape === 'L' && p.k.length === 2 && (p.m & M.STATE_ABBR_LOWER) !== 0) {
      // The state stays unmarked (no identifier); the town ends before it.
      partEnd = i - 2;
      first = i;
    } else if (/^\d[a-z]{2}$/.test(t.w) && LOWER_UK_POSTCODE.test(p.w) && v.charCodeAt(p.e) === 32 && p.e + 1 === t.s) {
      partEnd = i - 2;
      first = i - 1;
    } else continue;
    const places = lowerAddressParts(d, partEnd, first === i - 1 ? 2 : 1);
    if (places === undefined) continue;
    d.add((toks[first] as Tok).s, t.e, 'LOCATION', 86);
    for (const [a, b] of places) d.add(a, b, 'LOCATION', 72);
  }
}

/** The comma-separated parts of an address ending with token `last` (at most `parts` of them, each one to three words of
 * letters, no function word), read backwards on the same line; undefined when the first part is not such words. */
function lowerAddressParts(d: Detector, last: number, parts: number): [number, number][] | undefined {
  const v = d.v;
  const toks = d.toks;
  const out: [number, number][] = [];
  let j = last;
  for (let part = 0; part < parts; part++) {
    const end = j;
    let n = 0;
    while (j >= 0 && n < 3) {
      const w = toks[j] as Tok;
      if (w.shape !== 'L' || FUNCTION_WORDS.has(w.k) || (w.m & (M.STATE_ABBR_LOWER | M.STATE_WORDS)) !== 0) break;
      n++;
      const prev = toks[j - 1];
      if (prev === undefined || !(w.s - prev.e === 1 && (v.charCodeAt(prev.e) === 32 || v.charCodeAt(prev.e) === 45))) {
        j--;
        break;
      }
      j--;
    }
    if (n === 0 || n === 3 && j >= 0 && (toks[j] as Tok).e + 1 === (toks[j + 1] as Tok).s) break;
    const a = (toks[end - n + 1] as Tok).s;
    // The part opens after a comma, or at the line's start.
    let q = a - 1;
    while (q >= 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    const c = q < 0 ? 10 : v.charCodeAt(q);
    if (c !== 44 && c !== 10 && c !== 58) break;
    // ...and ends with a comma (the last part may end at the state or the postcode).
    if (part > 0 || parts === 1) {
      let r = (toks[end] as Tok).e;
      while (v.charCodeAt(r) === 32) r++;
      if (part > 0 && v.charCodeAt(r) !== 44) break;
    }
    out.push([a, (toks[end] as Tok).e]);
    if (c !== 44) break;
    j = end - n;
  }
  return out.length > 0 ? out : undefined;
}

/** Heads of a facility's name, alone ("hospital") or after one of ONE_CASE_HEAD_FIRST ("care home", "health centre"). */
const ONE_CASE_HEADS = new Set(['hospital', 'hospice', 'infirmary', 'clinic', 'polyclinic', 'dispensary', 'sanatorium', 'school', 'academy', 'church', 'shelter']);
const ONE_CASE_HEAD_FIRST = new Set(['care', 'nursing', 'medical', 'health', 'rehab', 'community', 'retirement', 'residential']);
const ONE_CASE_HEAD_SECOND = new Set(['home', 'center', 'centre', 'village', 'facility']);
/** Services' short names, no facility's ("ortho clinic", "PEDS CLINIC", "methadone clinic"). */
const ONE_CASE_SERVICES = new Set('ortho orthopaedics orthopedics peds paeds derm psych onc uro urology gyn obgyn obs neph nephrology pulm rheum rheumatology heme hem onco surg vasc endo gastro ophtho optho ophthalmology audiology podiatry physio physiotherapy slp speech methadone suboxone fracture falls memory continence stoma lymphedema lymphoedema hepatology hiv std sti tb antenatal prenatal postnatal perinatal neonatal well-baby vaccine vaccination flu covid smoking cessation weight obesity headache migraine epilepsy seizure parkinsons dementia stroke tia chest asthma copd cf spirometry audiology hearing optometry dental dentistry'.split(' '));

/**
 * Stop 18, texts all in capitals or all in lower case: a facility's name before its head noun ("st. brendan's
 * hospital", "oakwood manor care home", "LINCOLN ELEMENTARY SCHOOL"). Without capitals, the name needs one distinctive
 * word: no common English word, no generic word of facilities ("general", "cardiology", "community"), no word of the
 * detector's stop lists; and nobody's title before it ("dr patel's clinic" is the doctor's).
 */
function oneCaseFacilities18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  // (The heads and the first words of the two-word heads are facility words of the tokenizer: facIdx.)
  for (const head of d.facIdx) {
    const h0 = toks[head] as Tok;
    if (head < 1 || h0.shape !== shape) continue;
    let t = h0;
    if (!ONE_CASE_HEADS.has(h0.k)) {
      const n = toks[head + 1];
      if (!ONE_CASE_HEAD_FIRST.has(h0.k) || n === undefined || !ONE_CASE_HEAD_SECOND.has(n.k) || n.shape !== shape || !oneSpace(v, h0.e, n.s)) continue;
      t = n;
    }
    // The name's words, back from the head: one to four words of the text's case, one blank apart.
    let j = head - 1;
    /** The first distinctive word (the name opens there: "attends lincoln elementary school"). */
    let first = -1;
    while (j >= 0 && j >= head - 4) {
      const w = toks[j] as Tok;
      if (w.shape !== shape || !oneSpace(v, w.possessive ? w.e + 2 : w.e, (toks[j + 1] as Tok).s) || FUNCTION_WORDS.has(w.k) || (w.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.STATE_WORDS)) !== 0) break;
      if ((w.f & L.WORD) === 0 && w.k.length >= 3 && !FACILITY_GENERIC.has(w.k) && !ONE_CASE_SERVICES.has(w.k) && (w.f & L.COUNTRY) === 0) first = j;
      j--;
    }
    if (first < 0) continue;
    j = first - 1;
    let start = (toks[first] as Tok).s;
    // "st. brendan's", "ST MARY'S": a saint's abbreviation opens the name.
    const st = toks[j];
    if (st !== undefined && st.k === 'st' && (oneSpace(v, st.e, start) || (v.charCodeAt(st.e) === 46 && oneSpace(v, st.e + 1, start)))) start = st.s;
    else if (st !== undefined && (st.m & (M.TITLES | M.CORE_TITLES)) !== 0 && blanks(v, st.e, start)) continue;
    d.add(start, t.e, 'LOCATION', 82);
  }
}

/** "LIVES AT", "ADDRESS:", "HOME ADDRESS IS" right before a street address in capitals. */
const CAPS_ADDRESS_CUE = /(?:LIVE[SD]?|LIVING|MOVED|MOVING|ADDRESS|ADDR|RESIDE[SD]?|RESIDING|STAYING|STAYS?)[ \t]*(?:AT|TO|IS|ON|:)?[ \t]*$/;
/** A ZIP code after the town: ", SPRINGFIELD, IL 62704". */
const CAPS_ZIP_AFTER = /^[ \t]*,?[ \t]*[A-Z][A-Z .'-]{1,30},?[ \t]+(?:[A-Z]{2},?[ \t]+)?\d{5}\b/;
const CAPS_UNIT_AFTER = /^[ \t]*,?[ \t]*(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\b/;

/**
 * Stop 18: whether a street address in a text all in capitals whose suffix is short ("ST", "DR", "CT", "AVE": clinical
 * abbreviations there too, "2 MEDIASTINAL CT", "HR 99-104 NSR ST") shows itself as an address: a unit inside it or after
 * it, an address cue before it, or a ZIP code after the town.
 */
function capsStreetShown(d: Detector, s: number, e: number, words: readonly string[], suffixIdx: number): boolean {
  const v = d.v;
  if (words.slice(suffixIdx + 1).some((w) => /^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\.?,?$/.test(w))) return true;
  if (CAPS_ADDRESS_CUE.test(v.slice(Math.max(0, s - 20), s))) return true;
  const after = v.slice(e, e + 56);
  return CAPS_ZIP_AFTER.test(after) || CAPS_UNIT_AFTER.test(after);
}

/** Stop 18: where a street address in capitals with a short suffix ends inside its match `txt` (words split on blanks):
 * after the suffix, or after the unit and its number that follow it ("221 BAKER ST APT 4"); no period or comma. */
function capsStreetEnd(txt: string, suffixIdx: number): number {
  const re = /[^ \t]+/g;
  let k = 0;
  let end = txt.length;
  let unit = false;
  for (let m = re.exec(txt); m; m = re.exec(txt), k++) {
    const w = m[0];
    if (k < suffixIdx) continue;
    if (k === suffixIdx) {
      end = m.index + w.replace(/[.,]+$/, '').length;
      if (/[.,]$/.test(w) && !/^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\b/.test(txt.slice(re.lastIndex).trimStart())) break;
      continue;
    }
    if (!unit && /^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\.?$/.test(w)) {
      unit = true;
      continue;
    }
    if (unit && /^#?[A-Z0-9-]{1,6}[.,]?$/.test(w)) end = m.index + w.replace(/[.,]+$/, '').length;
    break;
  }
  return end;
}

// --- Stop 18: tables and lists (branch table18) ------------------------------------------------------------------------

/**
 * Rosters, bed boards, line lists, schedules, exports without a header row, fixed-width columns and numbered or bulleted
 * lists: three or more consecutive lines split alike (by tabs, bars, semicolons, " - " dashes, commas, or runs of two
 * spaces at the same columns; a list marker opening the line is left out) are read as a table. A name or a place the rules
 * found across two cells is cut back to its cells; each column is typed by its cells (what the rules and the tagger
 * found there, the shape of the cells and the lexicon bits of their words), and the other cells of a column of names or
 * of places, shaped like one, are added whole. True if a candidate was dropped.
 */
function tables18(d: Detector): boolean {
  const v = d.v;
  const n = v.length;
  // One cheap pass: each line's separator kind and count.
  const starts: number[] = [];
  const ends: number[] = [];
  const sigs: number[] = [];
  // (The separators are found by indexOf over the text, not by a loop over its characters: see Seps18.)
  const seps = seps18(v);
  let ls = 0;
  while (ls < n) {
    let le = v.indexOf('\n', ls);
    if (le < 0) le = n;
    starts.push(ls);
    ends.push(le);
    sigs.push(le - ls > 400 ? 0 : lineSig18(v, ls, le, seps));
    ls = le + 1;
  }
  if (starts.length < 3) return false;
  let dropped = false;
  for (let i = 0; i < sigs.length; ) {
    const sg = sigs[i] as number;
    let j = i + 1;
    while (j < sigs.length && sigs[j] === sg) j++;
    if (sg !== 0 && j - i >= 3) {
      const kind = sg & 7;
      let rows: [number, number][][] = [];
      for (let r = i; r < j; r++) {
        const cells = cells18(v, starts[r] as number, ends[r] as number, kind);
        // Fixed width: the cells of each row start at the columns of the row before (one column of play).
        if (kind === K18_SPACES && rows.length > 0 && !aligned18(rows[rows.length - 1] as [number, number][], starts[r - 1] as number, cells, starts[r] as number)) {
          if (rows.length >= 3 && table18(d, rows, kind)) dropped = true;
          rows = [];
        }
        rows.push(cells);
      }
      if (rows.length >= 3 && table18(d, rows, kind)) dropped = true;
    }
    i = j;
  }
  return dropped;
}

const K18_TAB = 1;
const K18_BAR = 2;
const K18_SEMI = 3;
const K18_DASH = 4;
const K18_COMMA = 5;
const K18_SPACES = 6;

/** A line's separator: kind (low 3 bits) and number of separators above it; 0 for a line that is no table row. */
function lineSig18(v: string, ls: number, le: number, p: Seps18): number {
  const from = listMarker18(v, ls, le);
  // A letter first (most lines open with one): a line without letters is no row.
  let x = from;
  while (x < le) {
    const c = v.charCodeAt(x);
    if (c >= 65 && c !== 124) break;
    x++;
  }
  if (x >= le) return 0;
  // The separators of the line from the text's next ones (each found once by indexOf; those before `from`, of a line
  // skipped or of the list marker, are passed over). A separator never spans a line end.
  const n = p.n;
  let tabs = 0;
  let bars = 0;
  let semis = 0;
  let dashes = 0;
  let commas = 0;
  let runs = 0;
  let y = p.tab;
  for (; y < le; y = next18(v, '\t', y + 1, n)) if (y >= from) tabs++;
  p.tab = y;
  for (y = p.bar; y < le; y = next18(v, '|', y + 1, n)) if (y >= from) bars++;
  p.bar = y;
  for (y = p.semi; y < le; y = next18(v, ';', y + 1, n)) if (y >= from) semis++;
  p.semi = y;
  for (y = p.comma; y < le; y = next18(v, ',', y + 1, n)) if (y >= from) commas++;
  p.comma = y;
  // A run of two spaces or more counts at its first space, past the content's first character.
  for (y = p.run; y < le; ) {
    if (y > from && v.charCodeAt(y - 1) !== 32) runs++;
    y += 2;
    while (v.charCodeAt(y) === 32) y++;
    y = next18(v, '  ', y, n);
  }
  p.run = y;
  // " - ", " – ", " — ": a dash between spaces, the first space at or past `from`.
  for (y = p.hyphen; y < le; y = next18(v, '-', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.hyphen = y;
  for (y = p.en; y < le; y = next18(v, '\u2013', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.en = y;
  for (y = p.em; y < le; y = next18(v, '\u2014', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.em = y;
  if (tabs) return K18_TAB | (tabs << 3);
  if (bars >= 2) return K18_BAR | (bars << 3);
  if (semis) return K18_SEMI | (semis << 3);
  if (dashes) return K18_DASH | (dashes << 3);
  // Fixed width before commas: "Ferreira Gomes, Joana      Braga      11/03/2024".
  if (runs && runs >= commas) return K18_SPACES | (runs << 3);
  if (commas) return K18_COMMA | (commas << 3);
  return 0;
}

/** The next position of each separator in a text (n for none), read forward line by line by lineSig18: the line pass
 * costs one indexOf per separator instead of a loop over every character (stop 18, speed). */
interface Seps18 {
  n: number;
  tab: number;
  bar: number;
  semi: number;
  comma: number;
  /** Two spaces. */
  run: number;
  hyphen: number;
  en: number;
  em: number;
}

function seps18(v: string): Seps18 {
  const n = v.length;
  return {
    n,
    tab: next18(v, '\t', 0, n),
    bar: next18(v, '|', 0, n),
    semi: next18(v, ';', 0, n),
    comma: next18(v, ',', 0, n),
    run: next18(v, '  ', 0, n),
    hyphen: next18(v, '-', 0, n),
    en: next18(v, '\u2013', 0, n),
    em: next18(v, '\u2014', 0, n),
  };
}

/** v.indexOf(s, p), or n when s does not occur from p. */
function next18(v: string, s: string, p: number, n: number): number {
  const x = v.indexOf(s, p);
  return x < 0 ? n : x;
}

/** Where a line's content starts after a list marker ("3. ", "12) ", "- ", "* ", "• "), or ls. */
function listMarker18(v: string, ls: number, le: number): number {
  let x = ls;
  while (x < le && v.charCodeAt(x) === 32) x++;
  const c = v.charCodeAt(x);
  if (c === 45 || c === 42 || c === 8226 || c === 183) return v.charCodeAt(x + 1) === 32 ? x + 2 : ls;
  let y = x;
  while (y < le && y - x < 3 && v.charCodeAt(y) >= 48 && v.charCodeAt(y) <= 57) y++;
  if (y > x && (v.charCodeAt(y) === 46 || v.charCodeAt(y) === 41) && v.charCodeAt(y + 1) === 32) return y + 2;
  return ls;
}

/** The trimmed cells of a table line (after its list marker), split by the separator of its kind. */
function cells18(v: string, ls: number, le: number, kind: number): [number, number][] {
  const cells: [number, number][] = [];
  const from = listMarker18(v, ls, le);
  const push = (a: number, b: number) => {
    while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9 || v.charCodeAt(a) === 13)) a++;
    while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9 || v.charCodeAt(b - 1) === 13)) b--;
    cells.push([a, b]);
  };
  const sep = kind === K18_TAB ? 9 : kind === K18_BAR ? 124 : kind === K18_SEMI ? 59 : kind === K18_COMMA ? 44 : 0;
  let cs = from;
  for (let x = from; x < le; x++) {
    const c = v.charCodeAt(x);
    if (sep !== 0) {
      if (c === sep) {
        push(cs, x);
        cs = x + 1;
      }
    } else if (c === 32) {
      const c1 = v.charCodeAt(x + 1);
      if (kind === K18_SPACES && c1 === 32 && x > from && v.charCodeAt(x - 1) !== 32) {
        push(cs, x);
        while (x + 1 < le && v.charCodeAt(x + 1) === 32) x++;
        cs = x + 1;
      } else if (kind === K18_DASH && (c1 === 45 || c1 === 8211 || c1 === 8212) && v.charCodeAt(x + 2) === 32) {
        push(cs, x);
        x += 2;
        cs = x + 1;
      }
    }
  }
  push(cs, le);
  return cells;
}

/** Whether the cells of row b start at the columns of row a's (one column of play; the first cell aside). */
function aligned18(a: [number, number][], la: number, b: [number, number][], lb: number): boolean {
  for (let x = 1; x < a.length && x < b.length; x++) if (Math.abs((a[x] as [number, number])[0] - la - ((b[x] as [number, number])[0] - lb)) > 1) return false;
  return true;
}

/** Member bits of words that are never a person's name or a town in a table's cell. */
const CELL_NOT_18 = M.NOT_NAME | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON | M.CREDENTIAL_TOKENS | M.SCALE_NAMES | M.EPONYM_HEADS | M.SCALE_HEADS | M.PLACE_NOUNS;
/** Title words before a name in a cell ("Dr.", "Sr.", "Mrs"): outside the span. */
const CELL_TITLE_18 = M.TITLES | M.CORE_TITLES;

/** What a cell holds, for the typing of its column. */
interface Cell18 {
  a: number;
  b: number;
  /** Start of the value after a title. */
  s: number;
  /** Name-shaped: one to five capitalized words or initials (particles in lower case), letters only. */
  shaped: boolean;
  /** A word never a name or a town, or a common word no name or place list knows. */
  bad: boolean;
  nameRule: boolean;
  locRule: boolean;
  otherRule: boolean;
  tagName: boolean;
  tagLoc: boolean;
  /** A word of the cell is a known name part that is not a common word. */
  lexName: boolean;
  /** The cell is a place the gazetteer knows. */
  lexPlace: boolean;
  /** The cell is a state, a province or a country. */
  region: boolean;
  /** Number of words (after a title). */
  words: number;
}

function readCell18(d: Detector, a: number, b: number): Cell18 | undefined {
  const v = d.v;
  let letter = false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192) {
      letter = true;
      break;
    }
  }
  if (!letter) return undefined;
  const cell: Cell18 = { a, b, s: a, shaped: false, bad: false, nameRule: false, locRule: false, otherRule: false, tagName: false, tagLoc: false, lexName: false, lexPlace: false, region: false, words: 0 };
  d.someOverlap(a, b, (c) => {
    if (c.p > 1) {
      if (c.t === 'NAME') cell.nameRule = true;
      else if (c.t === 'LOCATION') cell.locRule = true;
      else cell.otherRule = true;
    } else if (c.t === 'NAME') cell.tagName = true;
    else if (c.t === 'LOCATION') cell.tagLoc = true;
    return false;
  });
  if (b - a > 60) return cell;
  const text = v.slice(a, b);
  const words = text.split(/[ ,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return cell;
  let shaped = true;
  let caps = 0;
  let w0 = 0;
  // A title opening the cell stays outside ("Dr. Lars Nilsen", "Sr Ingrid Halvorsen").
  const t0 = (words[0] as string).replace(/\.$/, '').toLowerCase();
  if (words.length > 1 && (memberBits(t0) & CELL_TITLE_18) !== 0) {
    w0 = 1;
    cell.s = a + text.indexOf(words[1] as string, (words[0] as string).length);
  }
  const keys: string[] = [];
  let month = false;
  for (let x = w0; x < words.length; x++) {
    const w = words[x] as string;
    if (!NAME_WORD_18.test(w)) {
      shaped = false;
      break;
    }
    const k = w.toLowerCase();
    keys.push(k);
    const c0 = w.charAt(0);
    if (c0 !== c0.toLowerCase()) caps++;
    else if (!PARTICLES.has(k) && k !== 'te' && k !== 'thi' && k !== 'van') shaped = false;
    const m = memberBits(k);
    const f = d.fl(k);
    // (A month's name is a given name among other words of a name: "Kowalski, Jan", "May Chen".)
    if ((m & M.MONTH_WORDS) !== 0) month = true;
    else if ((m & CELL_NOT_18) !== 0) cell.bad = true;
    else if ((f & L.COUNTRY) !== 0) cell.bad = true;
    else if ((f & L.WORD) !== 0 && (f & (NAME_BITS | L.PLACE)) === 0 && k.length > 1) cell.bad = true;
    // A service or a specialty in a British spelling the word list lacks ("Orthopaedics", "Paediatrics", "Haematology").
    else if ((f & NAME_BITS) === 0 && (k.endsWith('ology') || k.endsWith('ics') || k.endsWith('iatry'))) cell.bad = true;
    if ((f & NAME_BITS) !== 0 && (f & L.WORD) === 0) cell.lexName = true;
  }
  if (month && keys.length < 2) cell.bad = true;
  cell.shaped = shaped && caps > 0 && keys.length > 0;
  cell.words = keys.length;
  if (cell.shaped) {
    const key = keys.join(' ');
    cell.lexPlace = d.knownPlace(key);
    cell.region = STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || (keys.length === 1 && text.length === 2 && US_STATE_CODES.has(text)) || (d.regionSpans !== undefined && overlapsSpan(d.regionSpans, a, b));
  }
  return cell;
}
/** A word of a name or a town in a cell: letters (any script), inner apostrophes, hyphens and dots; an initial. */
const NAME_WORD_18 = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** Reads one table (rows of trimmed cells); true if a candidate was dropped. */
function table18(d: Detector, rows: [number, number][][], kind: number): boolean {
  const v = d.v;
  let dropped = false;
  // 1. A name or a place the rules found across cells ("Mark Thompson<TAB>HCA<TAB>Cardiology") is cut back to its cells
  // (across tabs, bars and the gaps of fixed width only: a comma or a dash may sit inside a name, "Okonkwo, Adaeze").
  if (kind === K18_TAB || kind === K18_BAR || kind === K18_SPACES) for (const row of rows) {
    if (row.length < 2) continue;
    const rs = (row[0] as [number, number])[0];
    const re = (row[row.length - 1] as [number, number])[1];
    let wide: Cand[] | undefined;
    d.someOverlap(rs, re, (c) => {
      if ((c.t === 'NAME' || c.t === 'LOCATION') && c.p > 1) {
        let k = 0;
        for (const [a, b] of row) if (b > a && c.s < b && c.e > a) k++;
        if (k > 1) (wide ??= []).push(c);
      }
      return false;
    });
    if (wide) for (const c of wide) {
      const p = c.p;
      c.p = -1;
      dropped = true;
      // Its part in each cell stays, at its priority, but in a cell of a word that is never a name or a town
      // ("Cardiology", "HCA") or of a state or a country.
      for (const [a, b] of row) {
        const s = Math.max(a, c.s);
        const e = Math.min(b, c.e);
        if (e <= s) continue;
        const cell = readCell18(d, s, e);
        if (!cell || cell.bad || cell.region) continue;
        // (Nor, past its first cell, a role or a unit in capitals of two to four letters: "HCA", "ICU".)
        if (s !== c.s && cell.words === 1 && e - cell.s <= 4 && e - cell.s >= 2 && v.slice(cell.s, e).toUpperCase() === v.slice(cell.s, e)) continue;
        d.add(cell.s, e, c.t, p);
      }
    }
  }
  // 2. The columns, typed by their cells.
  const width = Math.max(...rows.map((r) => r.length));
  const cols: { cells: Cell18[]; type: PhiType | undefined }[] = [];
  for (let x = 0; x < width; x++) {
    const cells: Cell18[] = [];
    // (A cheap look first: a column can be typed only when three cells in four open with a capital and are short.)
    let caps = 0;
    for (const r of rows) {
      const ab = r[x];
      if (!ab || ab[1] - ab[0] > 60) continue;
      const c0 = v.charCodeAt(ab[0]);
      if ((c0 >= 65 && c0 <= 90) || c0 >= 192) caps++;
    }
    if (caps < 3 || caps * 4 < rows.length * 3 - 4) {
      cols.push({ cells, type: undefined });
      continue;
    }
    for (const r of rows) {
      const ab = r[x];
      if (!ab || ab[1] <= ab[0]) continue;
      const c = readCell18(d, ab[0], ab[1]);
      if (c) cells.push(c);
    }
    // A first cell that no rule read and that is a column's name is the header's.
    const h = cells[0];
    if (h && !h.nameRule && !h.locRule && !h.otherRule && rows[0]?.[x]?.[0] === h.a && colType(colKey(v.slice(h.a, h.b))) !== undefined) cells.shift();
    cols.push({ cells, type: columnType18(cells) });
  }
  // A column of single capitalized words beside a column of names, some read as names, holds names too: the surnames of
  // an export that splits "Brückner;Hannelore".
  for (let x = 0; x < width; x++) {
    const col = cols[x] as (typeof cols)[number];
    if (col.type || !(cols[x - 1]?.type === 'NAME' || cols[x + 1]?.type === 'NAME')) continue;
    const cells = col.cells;
    if (cells.length < 3 || cells.some((c) => !c.shaped || c.bad || c.region || c.otherRule || c.locRule || c.lexPlace || c.words > 2)) continue;
    let rule = 0;
    let votes = 0;
    for (const c of cells) {
      if (c.nameRule) rule++;
      if (c.nameRule || c.tagName || c.lexName) votes++;
    }
    if (rule >= 1 && votes >= 2 && votes * 2 >= cells.length) col.type = 'NAME';
  }
  for (const col of cols) {
    const type = col.type;
    if (!type) continue;
    for (const c of col.cells) {
      if (!c.shaped || c.bad || c.region || c.otherRule) continue;
      // A rule's span of the other type inside the cell takes the column's type when the cell is no known name (a place)
      // or no known place (a name).
      const otherType = type === 'NAME' ? 'LOCATION' : 'NAME';
      if (type === 'NAME' ? c.locRule && !c.lexPlace : c.nameRule && (c.lexPlace || !c.lexName)) {
        d.someOverlap(c.a, c.b, (o) => {
          if (o.t === otherType && o.p > 1 && o.s >= c.a && o.e <= c.b) o.t = type;
          return false;
        });
      }
      // The words no stronger rule covers, added whole (the tagger's guesses and weaker rules give way).
      let s = -1;
      let e = -1;
      const flush = () => {
        if (s >= 0) d.add(s, e, type, 60);
        s = -1;
      };
      for (const m of v.slice(c.s, c.b).matchAll(/[^ ,]+/g)) {
        const ws = c.s + m.index;
        const we = ws + m[0].length;
        // (A weaker rule's span that reaches out of the cell stays: it would be lost whole to the cell's.)
        if (d.someOverlap(ws, we, (o) => o.p > 60 || (o.p > 1 && (o.s < c.a || o.e > c.b)))) flush();
        else {
          if (s < 0) s = ws;
          e = we;
        }
      }
      flush();
    }
  }
  return dropped;
}

/** The type of a column of a table by its cells: NAME, LOCATION or none. */
function columnType18(cells: Cell18[]): PhiType | undefined {
  const filled = cells.length;
  if (filled < 3) return undefined;
  let nRule = 0;
  let lRule = 0;
  let nVote = 0;
  let lVote = 0;
  let nStrong = 0;
  let places = 0;
  let shaped = 0;
  let other = 0;
  let region = 0;
  for (const c of cells) {
    if (c.nameRule) nRule++;
    if (c.locRule) lRule++;
    if (c.lexPlace) places++;
    if (c.otherRule) other++;
    if (c.region) region++;
    if (c.shaped && !c.bad) shaped++;
    // (A cell may vote both ways: a rule's name that the gazetteer knows as a place, "Braga".)
    // (A rule's place over a known name that a rule also reads as a name is the name's: "Priya Sharma<TAB>Mumbai" read
    // as one place across the cells.)
    if ((c.locRule && !(c.nameRule && c.lexName && !c.lexPlace)) || c.lexPlace || (c.tagLoc && !c.nameRule)) lVote++;
    if (c.nameRule || (c.tagName && !c.locRule) || (c.lexName && c.shaped && !c.bad && !c.lexPlace)) nVote++;
    if (c.nameRule || c.tagName || (c.lexName && c.words >= 2 && !c.lexPlace && !c.bad)) nStrong++;
  }
  // Mostly other values (dates, numbers), states or countries, or cells not shaped like a name or a town: no column of either.
  if (other * 4 > filled || region * 2 >= filled || shaped * 4 < filled * 3) return undefined;
  // Names: two cells or more the rules read as names, or (a table in capitals, where the rules read little) four cells in
  // five read by a rule or the tagger, or of two known name parts or more; three in five of the cells in all.
  if ((nRule >= 2 || (nStrong >= 3 && nStrong * 5 >= filled * 4)) && nVote * 5 >= filled * 3 && nVote > lVote) return 'NAME';
  // Places: two cells or more read as places by the rules or the gazetteer; three in five of the cells in all.
  if (lRule + places >= 2 && lVote * 5 >= filled * 3 && lVote >= nVote) return 'LOCATION';
  return undefined;
}
