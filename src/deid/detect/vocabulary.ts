// Word lists of the rules: titles, credentials, clinical words, facility heads, kin words and the like.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { US_STATE_CODES } from '../structured.js';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const ORD = '(?:st|nd|rd|th)?';
/** Month names of other languages (dates in notes written in Spanish, French...). */
export const FOREIGN_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember';
export const FOREIGN_MONTH_WORDS = new Set(
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januar februar märz marz juni juli oktober dezember'.split(' '),
);
export const YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

/** US state and territory codes as a regular-expression alternation (all two letters: their order does not matter). */
export const STATE_ABBR = [...US_STATE_CODES].join('|');
export const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico';
export const STATE_ABBR_SET = US_STATE_CODES;
/** Words of vehicles and their registration, before a state's abbreviation and its plate (see Detector.statePlates). */
/** Nouns of the vehicles whose plates the plate rules look for (see plateAt). */
export const VEHICLE_NOUN_LIST = ['car', 'cars', 'truck', 'van', 'minivan', 'vehicle', 'suv', 'sedan', 'pickup', 'motorcycle', 'moped', 'trailer', 'camper', 'boat'];
export const VEHICLE_WORD_SET = new Set([...VEHICLE_NOUN_LIST, 'rv', 'vessel', 'reg', 'registration', 'registered', 'plate', 'plates', 'tag', 'tags', 'towed', 'parked']);
/** A plate after a state's abbreviation: letters and digits, both, in up to three groups ("GHT-4491", "4471 KT"). */
// (Stop 15, second wave: or one group of five to eight, "WA C74419K".)
export const PLATE_AFTER_STATE = /^[ \t]+(?:(?:[Rr]eg(?:istration)?|REG|[Pp]late|PLATE|[Tt]ag|TAG)\.?[ \t]*[#:]?[ \t]*)?((?=[A-Z0-9 -]{0,10}\d)(?=[A-Z0-9 -]{0,10}[A-Z])(?:[A-Z0-9]{1,4}(?:[- ][A-Z0-9]{1,4}){0,2}|(?=[A-Z0-9]{0,7}\d)(?=[A-Z0-9]{0,7}[A-Z])[A-Z0-9]{5,8}))(?![\w-])/;
export const STATE_ABBR_LOWER = new Set(STATE_ABBR.toLowerCase().split('|'));
export const STATE_FIRST_WORDS = new Set(STATE_NAMES.toLowerCase().split('|').map((n) => n.split(' ')[0] as string));
/** State abbreviations that are also common credentials or words: need a ZIP or a known city. */
export const AMBIGUOUS_STATE = new Set(['MD', 'PA', 'DE', 'ME', 'OR', 'IN', 'OK', 'HI', 'ID', 'OH', 'MS', 'CO', 'LA', 'MA', 'AL', 'NE', 'SC', 'GA', 'VA', 'WA', 'MO', 'CT', 'PR']);

export const STREET_SUFFIX =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Plaza|Route|Rte|Pike|Row|Alley|Crescent|Cres|Close|Turnpike|Tpke|Expressway|Expy|Freeway|Fwy|Path|Ridge|Crossing|Xing|Gardens|Gdns|Grove|Mews|Rise|Parade|Pde|Esplanade|Quay|Vale|Heights|Promenade|View|Green|Walk|Lawns?|Wynd|Brae|Meadows|Marg|Salai';

/** Street suffixes that are common words too. */
export const WORD_SUFFIXES = new Set('view green walk lawn lawns wynd brae meadows'.split(' '));
export const STREET_SUFFIX_SET = new Set(STREET_SUFFIX.toLowerCase().split('|'));
export const TITLES = new Set(['ssg', 'sfc', 'spc', 'pfc', 'cpl', 'lcdr', 'cdr', 'ltc', 'ens', 'officer', 'smt', 'shri', 'shrimati', 'doña', 'dna', 'dra', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'reverend', 'sr', 'sister', 'brother', 'fr', 'father', 'capt', 'sgt', 'mister', 'madam', 'mme', 'mlle', 'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'sra', 'sir', 'dame', 'lady', 'lord', 'judge', 'atty', 'rabbi', 'imam']);
export const CORE_TITLES = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'doctor', 'mister']);
const CREDENTIALS =
  'M\\.?D|D\\.?O|R\\.?N|N\\.?P|PA-C|P\\.?A|Ph\\.?D|DDS|DMD|PharmD|CNM|CRNA|LPN|LVN|LCSW|LICSW|MSW|DPM|FNP|FNP-BC|APRN|ANP|DNP|FACP|FACS|FACC|MBBS|MBChB|CNA|RPh|RD|RRT|MPH|MS|MSN|BSN|PsyD|OD|DC|PT|DPT|OT|OTR|SLP|CCC-SLP|NP-C|AGNP|CNS|Esq|Jr|Sr|II|III|IV' +
  // Stop 12: wound, ostomy, counselling, lactation, diabetes-education and critical-care credentials.
  '|CWOCN|WOCN|CWON|LMFT|LPC|LCPC|LMHC|CDCES|CDE|IBCLC|RDN|CCRN|PMHNP|CPNP' +
  // pharmacy and patient-care technicians, athletic trainers, medical assistants.
  '|CPhT|PCT|ATC|CMA' +
  // (Stop 37: fellowships and memberships of colleges, and a behaviour analyst's: "reviewed with priya fracp" was a name.)
  '|FRACP|FACOG|BCBA|DClinPsy|FRCPath|MRCPCH|MRCOG|FANZCA';
/** First tokens of the credentials (lower case; "M" of "M.D."), to skip the regex for other words. */
export const CREDENTIAL_TOKENS = new Set(CREDENTIALS.toLowerCase().replace(/\\\.\?/g, '').replace(/\\/g, '').split('|').flatMap((c) => [c, c.split('-')[0] as string, c.charAt(0)]));
export const CREDENTIAL_RE = new RegExp(`^[ \\t]*,?[ \\t]*(?:${CREDENTIALS})\\b\\.?`);
export const AMBIGUOUS_CREDENTIAL = new Set(['do', 'pa', 'pt', 'ot', 'rd', 'ms', 'dc', 'od', 'sr', 'ii', 'iv', 'pct', 'atc', 'cma']);

/** Words after which a capitalized sequence is a person's name. */
/** Context words often followed by other things too: the sequence needs name evidence. */
export const MEDIUM_CONTEXT = new Set(['pt', 'patient', 'name', 'contact', 'nurse', 'provider', 'physician', 'resident', 'fellow', 'intern', 'signed', 'author', 'recipient', 'donor', 'witness', 'friend', 'partner', 'employer', 'contact', 'reviewer']);
export const STRONG_CONTEXT = new Set([
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
export const ROLE_ABBR = new Set([
  'rn', 'lpn', 'lvn', 'sw', 'msw', 'lcsw', 'rrt', 'crna', 'cna', 'hcp', 'hcpoa', 'gf', 'bf',
  'paramedic', 'emt', 'medic', 'officer', 'constable', 'detective', 'dietitian', 'dietician', 'physiotherapist', 'physio',
  'registrar', 'consultant', 'matron', 'hca', 'counsellor', 'counselor', 'caseworker', 'coordinator', 'navigator',
  'technician', 'sonographer', 'phlebotomist', 'radiographer', 'optometrist', 'audiologist', 'podiatrist', 'hygienist',
]);
/** Kinship, greeting and self-introduction words after which a lower-case word can be a name ("daughter funmi", "its kasia"). */
export const LOWER_NAME_CUE = new Set([
  'son', 'daughter', 'wife', 'husband', 'spouse', 'partner', 'mother', 'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'aunt', 'uncle', 'niece',
  'nephew', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'cousin', 'friend', 'neighbor', 'neighbour', 'boyfriend',
  'girlfriend', 'fiance', 'fiancee', 'dtr', 'dau', 'bro', 'sis', 'hubby', 'carer', 'caregiver', 'roommate', 'son-in-law', 'daughter-in-law',
  // (Stop 35: the other in-laws and step-kin, "my sister-in-law kavya".)
  'mother-in-law', 'father-in-law', 'brother-in-law', 'sister-in-law', 'stepmother', 'stepfather', 'stepbrother', 'stepsister', 'stepson', 'stepdaughter',
  'hi', 'hello', 'hey', 'dear', 'its', "it's", 'im', "i'm", 'thanks', 'thx', 'love', 'cheers', 'regards',
]);
/** Titles after which a lower-case word is a name ("mr wu", "hi dr lindqvist"); "ms" is left out ("ms contin"). */
export const LOWER_TITLES = new Set(['dr', 'mr', 'mrs', 'miss', 'doctor', 'mister', 'prof', 'dra', 'sra']);
/** Form labels of name fields ("Last: OYELOWO  First: BABATUNDE  MI: A"). */
export const NAME_FIELD =
  /(?<![\w])(?:(?:last|first|middle|given|family|sur|maiden|preferred|legal|other)[ \t]*name(?:\(s\)|s)?|surname|forenames?(?:\(s\))?|given[ \t]*names?|last|first|middle|mi|m\.i\.|nombre|apellidos?|nom|pr[ée]nom|nachname|vorname|name(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]+)?)[ \t]*:[ \t]*/giy;
/** Chat lines: "[07:03] j.morales: ..." (a time stamp, then a handle and a colon). */
// (Stop 34: a date may open the stamp, "[14/05 21:12] nils-erik:", "[2025-05-14 21:12] mina:".)
export const CHAT_HANDLE = /(?:^|\n)[ \t]*\[?(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?,?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]?[ \t]*-?[ \t]*@?([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2}):[ \t]/g;
/** Age and sex shorthand after a name: "Ahmadi, Farzaneh 58F", "okonkwo, 71F", "Ebere Nnamdi-Cole 71M". */
export const AGE_SEX_AFTER = /^[ \t]*,?[ \t]*\d{1,3}[ \t]?(?:[MF]|yo[ \t]?[MF]?|y\/o|yr?s?[ \t]?[MF])\b(?![\/-])/;
/** Tokens after an age in age-sex shorthand ("71 F", "80 yo", "66 y/o"). */
export const AGE_SEX_NEXT = new Set(['m', 'f', 'yo', 'y', 'yr', 'yrs', 'yoM', 'yoF']);
/** Signature initials: "-AR/Dmitriev" at a line end, "... by TG." */
const SIGN_INITIALS = /(?:^|[ \t])[-\u2013\u2014][ \t]?([A-Z]{2,3})(?:\/([A-Z][\p{L}'-]+))?[ \t]*(?=\n|$)/gu;
export const SIGN_INITIALS_Y = new RegExp(SIGN_INITIALS.source, 'uy');
export const BY_INITIALS = new RegExp(
  `\\b(?:${'called notified paged reported read verified signed entered documented recorded charted witnessed informed discussed reviewed dictated transcribed confirmed collected drawn'
    .split(' ')
    .map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\b[^.\\n]{0,48}?\\bby[ \\t]+([A-Z]{2,3})(?=[ \\t]*(?:[.;\\n]|$))`,
  'g',
);
/** Clinical abbreviations that "by" or a dash may precede: not initials. */
export const NAME_FIELD_FIRST = new Set('last first middle given family sur maiden preferred legal surname forename forenames mi m nombre apellido apellidos nom prenom prénom nachname vorname name'.split(' '));
export const NOT_INITIALS = new Set(('IV IM PO SC SQ PR SL NG NJ CT US MRI XR EMS ED ER RT PT OT ICU OR MD RN NP PA GI ID ENT EKG ECG EEG EMG TEE TTE ABG CXR KUB DXA PET VQ LP CSF UA IR HCP POA CNA LPN APN RRT EP CCU MICU SICU NICU PICU OB GYN DR MR MRS MS DO DC PM AM HR BP RR NA AKA BKA IVF TPN NPO DNR DNI ' +
    'DVT PE SVT VT VF AF CHF CVA TIA UTI URI SOB DOE CAD HTN DM OSA BPH CKD AKI ARF PNA CAP HAP VAP VRE CDI GIB SBO NGT OGT PEG CVL ETT CPR NSR SR ST SB AFL PVC PAC EF LVH RVH ABX ADL BM BS LOC GCS RA LA NC BIL NAD WNL ROM AOX NKA NKDA SAT BKA OOB HOB CBI CMO').split(' '));
/** Diagnoses written in capitals after a relative in a family history ("father MI at 54", "mother CVA"), and words in
 * capitals that follow a role word without being a name ("patient IP 24.118.77.201", HL7's "SELF"). */
export const NOT_NAME_CAPS = new Set('MI CVA CAD DM HTN CHF COPD CKD ESRD AF AFIB PE DVT TIA HLD T2DM T1DM GERD PTSD ADHD OCD SLE IBD IBS PVD PAD AAA CLL AML CML NHL HIV HCV HBV TB OA RA ETOH SUD OUD IP SELF POA HCP CMO DNR DNI AMA LWBS DNAR MOLST POLST NPO'.split(' '));
/** A sign-off line, then a name alone on the next line (a title before it at most). */
export const SIGN_OFF =
  /(?:Best(?:[ \t]+(?:wishes|regards))?|Warm(?:est)?[ \t]+regards|Kind(?:est)?[ \t]+regards|Many[ \t]+thanks|Thanks(?:[ \t]+again)?|Thank[ \t]+you|Cheers|Yours(?:[ \t]+(?:sincerely|faithfully|truly))?|Sincerely|Regards|Take[ \t]+care|Love)[ \t]*[,!.]?[ \t]*\r?\n[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?([A-Z][\p{L}'’-]+(?:[ \t]+(?:[A-Z][\p{L}'’-]+|N[ií]|Nic|Mac|Mc|de|van|von|bin|binti)){0,3})[ \t]*(?=,|\r?\n|$)/uy;
/** Words of firms' names and of sign-offs: rare triggers (see Detector.rare). */
export const FIRM_WORDS = ['llp', 'llc', 'solicitors', 'attorneys', 'law', 'inc', 'ltd', 'plc', 'pty'];
export const SIGN_OFF_WORDS = ['best', 'regards', 'thanks', 'thank', 'cheers', 'yours', 'sincerely', 'care', 'love'];
/** What follows the name of a firm: "& Vale LLP", " Solicitors", ", Attorneys at Law". */
export const FIRM_AFTER = /^(?:[ \t]*(?:&|and)[ \t]+[A-Z][\p{L}'-]+)*,?[ \t]+(?:LLP|LLC|Solicitors|Attorneys|Law[ \t]+(?:Firm|Group|Offices?|Partners)|Inc\b|Ltd\b|PLC|Pty)/u;
/** Plural kinship words before a list of given names ("her children Colm, Aoibhinn and Padraig"), and "initials". */
export const KIN_PLURAL = new Set('children sons daughters grandchildren grandsons granddaughters siblings brothers sisters kids grandkids nieces nephews parents stepchildren initials'.split(' '));
/** Weaker context: the sequence must also contain a known name. */
export const WEAK_CONTEXT = new Set(['hpi', 'by', 'with', 'per', 'from', 'to', 'cc', 'and', 'called', 'visited', 'call', 'ask', 'asked', 'tell', 'told', 'met', 'saw', 'see', 'for', 'is', 'named', 'thanks', 'thank', 'thx', 'thnx', 'thanx', 'via', 'notify', 'notified', 'paged', 'page', 'discussed', 'spoke', 'son', 'of']);

/** (Stop 31) Determiners that open a verb's object: after "pt" and one word, they make that word a verb, however misspelt
 * ("PT DEINES ANY PAIN", "pt refues all meds", "pt tolerated the"), not a patient's surname. */
export const OBJECT_DETERMINERS_31 = new Set(['any', 'no', 'the', 'his', 'her', 'their', 'all', 'some', 'much', 'several']);

/** (Stop 31) Words that end a clause, not a name, before a word that is also a credential: "DURING ROUNDS SO RN AND FAMILY". */
export const CONJUNCTIONS_31 = new Set(['so', 'then', 'that', 'if', 'as', 'when', 'because', 'while', 'until', 'since', 'but', 'and', 'or', 'nor', 'though']);
/** (Stop 31) Quantifiers before a credential: a group ("All MD's", "Both RNs", "Several NPs"), not a person. */
export const QUANTIFIERS_31 = new Set(['all', 'both', 'several', 'many', 'most', 'other', 'others', 'various', 'multiple', 'two', 'three']);

/** Never part of a name. */
export const NOT_NAME = new Set([
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
  // (Stop 36: "stat" after a nurse's credential is an order's urgency, "paged RN Stat for the transfusion".)
  'stat',
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
/** (Stop 31) A relative's status after its label, "Daughter: Estranged", "Father: Deceased", "Son: Uninvolved": no name
 * when it stands alone after the label (contextNameFrom). */
export const KIN_STATUS_31 = new Set(['estranged', 'deceased', 'predeceased', 'uninvolved', 'unknown', 'unavailable', 'widowed', 'divorced', 'alive', 'living', 'adopted', 'none']);

/** Eponyms and brand names that look like surnames: not names on their own. */
export const EPONYMS = new Set(
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
export const SCALE_NAMES = new Set(
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
export const SCALE_HEADS = new Set(
  'score scores scored scale index class classification maneuver manoeuvre sign test criteria rule questionnaire inventory grade grading stage staging tool screen screening exam iadl iadls adl adls view position procedure assessment'.split(' '),
);
/** A fraction right before these words counts things, not a date ("2/3 blood cultures"). */
export const COUNT_AFTER = /^[ \t]+(?:blood[ \t]+|sputum[ \t]+|urine[ \t]+)?(?:cultures?|bottles?|sets?|cores?|biopsies|specimens?|samples?|nodes?|lymph|vessels?|criteria|items?|domains?|lobes?|segments?|quadrants?|views?|doses?|vials?|attempts?|words?|on[ \t]+(?:the[ \t]+)?(?:mini-?cog|moca|mmse|slums|clock|recall|katz|lawton|barthel|gcs|apgar|phq|gad))\b/i;
/** A fraction right after the name of a score or test ("Mini-Cog 3/5", "Katz index 4/6", "recall 2/3"). */
export const SCORE_BEFORE =
  /(?:^|[^\w-])(?:mini-?cog|moca|mmse|slums|gcs|apgar|katz|lawton|barthel|braden|morse|norton|waterlow|epworth|phq-?\d*|gad-?\d*|audit(?:-c)?|cage|ciwa(?:-ar)?|cows|rass|nihss|asia|ecog|kps|fim|tinetti|berg|clock(?:[ \t]+draw(?:ing)?)?|recall|registration|orientation|naming|attention|serial[ \t]+7s?|digit[ \t]+span|iadls?|adls?|grip|sensation|proprioception|score[ds]?|scale|index|total|subscore|screen(?:ing)?)(?:[ \t-]+(?:score|scale|index|total|iadls?|adls?|test|screen|exam|domain))?[ \t]*[:=]?[ \t]*(?:of[ \t]+)?$/i;
/** Vehicle makes: a plate often follows the make, model and state ("Honda Civic NY KLM-4521"). */
export const VEHICLE_MAKES = new Set(
  'honda toyota ford chevy chevrolet nissan hyundai kia subaru mazda tesla jeep dodge bmw audi lexus volvo buick cadillac chrysler gmc mercedes volkswagen vw acura infiniti mitsubishi porsche jaguar lincoln ram fiat mini saab suzuki peugeot renault skoda vauxhall citroen'.split(' '),
);
// (Stop 33: the plate opens a word. Without that, the words skipped before it could end inside one: "9499 LINCOLN DRIVE
// UNIT 190" gave the plate "IT 190", which took the place of the street found there. The label in capitals too: "FORD
// F-150, TAG ABC 1234" gave "TAG ABC", the look-aheads finding the digit beyond the plate; see shapedNumbers.)
export const PLATE_AFTER_MAKE = new RegExp(
  `(?:[ \\t]+(?!(?:${STATE_ABBR})\\b)[A-Za-z][\\w-]*){0,2}(?:[ \\t]+\\(?(?:${STATE_ABBR})\\)?)?[ \\t]*(?:,[ \\t]*)?(?:(?:licen[cs]e[ \\t]+|LICEN[CS]E[ \\t]+)?(?:plate|tag|reg(?:istration)?|PLATE|TAG|REG(?:ISTRATION)?)[ \\t]*[:#]?[ \\t]*)?(?<![\\w-])((?=[A-Z0-9 -]*\\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[- ]?[A-Z0-9]{2,5})(?![\\w-])`,
  'y',
);
/** Capitalized words that look like surnames but name things: vehicle makes, states, lab analytes. */
export const NOT_PERSON = new Set(
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
/** Stop 33: divisions below a state, after their name in a text of one case ("hennepin county", "chaoyang district",
 * "zhongshan dist.", "westlands sub-county", "st. martin parish"): rare words of the tokenizer (T.NHS), see divisions33. */
export const DIVISIONS_33 = ['county', 'district', 'dist', 'sub-county', 'subcounty', 'parish', 'township', 'prefecture', 'municipality', 'upazila', 'tehsil', 'taluk', 'taluka', 'mandal', 'woreda', 'borough'];
export const STATE_WORDS = new Set([
  ...STATE_NAMES.toLowerCase().split('|').filter((n) => !n.includes(' ')),
  // Provinces, states and regions of other countries: not marked either.
  ...'ontario quebec alberta manitoba saskatchewan queensland tasmania gauteng mpumalanga limpopo maharashtra karnataka kerala gujarat rajasthan haryana bihar odisha telangana jharkhand uttarakhand chhattisgarh waikato taranaki otago southland northland'.split(' '),
]);
/** Nouns that follow an eponym ("Bell's palsy", "Foley catheter"). */
export const EPONYM_HEADS = new Set(
  (
    'disease diseases syndrome sign signs palsy catheter test tests maneuver manoeuvre reflex score scale criteria ' +
    'classification fracture lymphoma sarcoma tumor tumour tube drain procedure operation repair stain phenomenon triad ' +
    'node nodes ulcer cyst esophagus position bag mask ratio formula equation index line pouch sphincter duct canal ' +
    'gland body bodies cell cells space murmur rub respiration respirations breathing collar splint boot hose stockings ' +
    'cast traction pump valve shunt anastomosis incision approach technique method type disorder deformity contracture ' +
    'encephalopathy aphasia angina hernia diverticulum membrane plexus ganglion fistula anomaly malformation disease, ' +
    'sarcoidosis thyroiditis arthritis dementia chorea dystrophy ataxia neuroma nodule nodules spots lines tear lesion ' +
    'staging stage grade protocol regimen solution ' +
    // (Stop 31: the short "cath" of a catheter, a lift, and the forms of a product applied to skin: "Quinton cath",
    // "Hickman cath", "Hoyer lift", "Aloe Vesta oint", "Calmoseptine ointment".)
    'cath caths lift ointment oint cream lotion'
  ).split(/\s+/),
);

/** After "AV": the words of the heart's conduction (an AV block is no avenue). */
export const AV_HEART_AFTER = /^[ \t-]*(?:block|node|nodal|conduction|dissociation|delay|fistula|graft|sequential|pac(?:ing|ed)|valves?|shunt|malformation|canal|re-?entr\w*|interval)\b/i;
/** Base forms of verbs that follow a modal in clinical notes ("Will follow", "Will cont", "Will need"). */
export const BASE_VERBS = new Set(['be', 'follow', 'start', 'restart', 'continue', 'cont', 'need', 'have', 'monitor', 'recheck', 'check', 'call', 'plan', 'get', 'go', 'try', 'give', 'remain', 'update', 'discuss', 'see', 'wean', 'titrate', 'consider', 'obtain', 'send', 'repeat', 'hold', 'notify', 'reassess', 'evaluate', 'keep', 'transfer', 'return', 'order', 'draw', 'require', 'discharge', 'attempt', 'increase', 'decrease', 'defer', 'change', 'add', 'stop', 'resume', 'touch', 'speak', 'talk', 'meet', 'review', 'arrange', 'schedule', 'contact', 'page', 'await', 'dc', 'd/c', 'f/u', 'observe', 'encourage', 'provide', 'assess', 'reevaluate', 'trial', 'place', 'pursue', 'not', 'also', 'likely', 'probably']);
/** Verbs that follow the name of the subject of a sentence ("Hiroshi Carter lives alone"). */
export const SUBJECT_VERBS = new Set(['is', 'was', 'lives', 'lived', 'seen', 'presents', 'presented', 'reports', 'reported', 'denies', 'denied', 'states', 'stated', 'ambulated', 'ambulates', 'called', 'arrived', 'returns', 'returned', 'came', 'comes', 'has', 'had', 'underwent', 'tolerated', 'tolerates', 'consented', 'agreed', 'declined', 'refused', 'says', 'said', 'feels', 'felt', 'complains', 'admits', 'went', 'works', 'worked', 'remains', 'continues', 'smokes', 'drinks', 'uses', 'walks', 'visited', 'visits', 'expired', 'died', 'passed', 'requests', 'requested', 'wants', 'wishes', 'prefers', 'needs', 'follows', 'attends', 'attended', 'signed', 'verbalized', 'verbalizes', 'understands', 'understood', 'participated', 'participates', 'enrolled', 'transferred', 'discharged', 'admitted', 'developed', 'became', 'appears', 'appeared', 'slept', 'sleeps', 'ate', 'eats', 'resides', 'resided',
  // more verbs after a subject's name ("Trish will follow", "Maribel agrees").
  'will', 'would', 'can', 'could', 'should', 'agrees', 'plans', 'planned', 'spoke', 'speaks', 'brought', 'brings', 'knows', 'thinks', 'believes',
  'asked', 'asks', 'told', 'tells', 'confirmed', 'confirms', 'gave', 'gives', 'took', 'takes', 'drove', 'drives', 'answered', 'explained', 'expressed',
  'endorses', 'endorsed', 'voiced', 'voices', 'recalls', 'helped', 'helps', 'stays', 'stayed', 'arrives', 'left', 'leaves', 'notes', 'noted']);

export const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'los', 'las', 'bin', 'bint', 'binti', 'binte', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'y', 'mac', 'st', 'ap', 'ben', 'bat', 'abu']);

/** Words that open town names before another town's name ("New Bedford", "North Adams", "Fort Pierce", "Port Arthur"). */
export const PLACE_OPENER_WORDS = new Set('new north south east west fort port mount mt lake glen saint st. st grand upper lower old little great palm cape point long big'.split(' '));

export const PLACE_PREP = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around', 'visiting', 'into', 'toward', 'towards', 'of', 'lives', 'resides', 'born', 'moved', 'via', 'through']);

/** Medical specialties: a practice is often named "<Name> Rheumatology". */
export const SPECIALTY_HEADS =
  'Cardiology|Dermatology|Rheumatology|Orthop(?:a)?edics|Oncology|Neurology|Urology|Gastroenterology|Pulmonology|Endocrinology|Endocrine|Nephrology|Ophthalmology|Otolaryngology|Podiatry|Dentistry|Optometry|Physiotherapy|Physical Therapy|Chiropractic|Pain Management|Eye Care|Vision Care|Hearing Care|Women\'s Health|Imaging|Radiology|Allergy(?: (?:and|&) Asthma)?|Audiology|Fertility|Behavioral Health|Mental Health|Counseling|Counselling|Psychiatry|Pediatrics|Paediatrics|Obstetrics(?: (?:and|&) Gynecology)?|OB-?GYN|Family Medicine|Internal Medicine';
/** Heads of stop 15 (recall round places14): shops, homes and practices where a patient is seen or lives ("Hillcrest
 * Apothecary", "Northwoods Outfitters", "Cedar Bend Apartments", "Riverbend Psychiatric", "Lakeview Sleep Disorders Center").
 * All but "Women's Care" are ambiguous (AMBIGUOUS_HEADS_15): they need an uncommon or place word, or two distinctive words,
 * before them; "Therapy" needs an uncommon or place word ("Dialectical Behavior Therapy" is a treatment). */
const FACILITY_HEADS_15 = ['Aviary', 'Apothecary', 'Outfitters', 'Divers', 'Dive (?:Cent(?:er|re)|Shop)', 'Apartments', 'Apts', 'Acupuncture(?: (?:&|and) Herbs)?', 'Psychiatric', "Women's Care", 'Immunizations?', 'Therapy', 'Cent(?:er|re)'];
const AMBIGUOUS_HEADS_15 = 'aviary|apothecary|outfitters|divers|dive|apartments|apts|acupuncture|psychiatric|immunization|therapy|center|centre';
export const HEADS_15_KEY = new RegExp(`^(?:${AMBIGUOUS_HEADS_15})`);
/** Label words a stop-15 head's name does not take ("Site Emory Wesley Woods Center"). */
export const FACILITY_LABELS_15 = new Set(['site', 'location', 'facility', 'venue', 'place', 'unit', 'dept', 'department', 'service', 'program', 'programme']);
export const FACILITY_HEAD = new RegExp(
  '(?:' +
    [
      // Bodies that run hospitals and clinics ("Leeds Teaching Hospitals NHS Trust", "Fraser Health Authority").
      'Family Health Team', 'Health Team', 'Montessori(?: School| Academy| House)?', 'Open MRI', 'Regional Health Care',
      'Health Care Facility', 'Care Facility', 'Health Station', 'Home Care', 'Occupational Health', 'Sleep Cent(?:er|re)', 'Sleep (?:Lab|Clinic|Medicine)', 'Pulmonary (?:&|and) Sleep',
      'Hospice Home', 'Biobank', 'VAMC', 'CBOC', 'Health Corporation', 'Hospital Authority', 'Drugs?(?= #[ ]?\\d)', 'ISD', 'Independent School District', 'School District',
      'Motor Inn', 'Inn', 'Motel', 'Hotel', 'Suites', 'Health Program', 'Campus', 'SNF', 'Hospice House', 'Orthodontics', 'Library', 'Family Medical', 'Occupational Medicine', 'Home Health', 'Sports Medicine', 'Cancer Genetics', 'Counseling Collective',
      'Teaching Hospitals?(?: NHS(?: Foundation)? Trust)?', 'Hospitals(?: NHS(?: Foundation)? Trust)?', 'NHS(?: Foundation)? Trust', 'Cancer Agency',
      'Health (?:(?:and|&) Social Care )?Trust', 'Health Authority', 'Health Board', 'Local Health District', 'Health District', 'Health Services?', 'Health Sciences? Cent(?:er|re)',
      "Children's Hospital", 'Rehab(?:ilitation)? Hospital', 'Referral (?:Hospital|Cent(?:er|re))', 'Hospital', 'Medical Cent(?:er|re)', 'Health Cent(?:er|re)', 'Health System', 'Health Plan', 'Health Partners', 'Health Network',
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
/**
 * (Stop 30, speed.) Where FACILITY_HEAD cannot match: common words that open its heads ("family", "pain", "care",
 * "nursing", "open", "rest", "home", "mental", "medical", "day") without the rest of every head they open: "Family Health
 * Team", "Family Medical", "Family Practice", "Family Medicine", "Family Resource Center", "Family Center"; "Pain
 * Management"; "Care Facility", "Care Center", "Care Home"; "Nursing and/& ...", "Nursing Home", "Nursing Facility",
 * "Nursing Center"; "Open MRI"; "Rest Home"; "Home Care", "Home Health", "Home Infusion"; "Mental Health"; "Medical
 * Center", "Medical Practice", "Medical Group", "Medical Associates", "Medical Plaza"; "Day ?[Cc]are". Tried at a facility
 * word's token before FACILITY_HEAD (see Detector.stickyAt).
 */
export const FACILITY_HEAD_SKIP =
  /(?:family(?! (?:health team|medical|practice|medicine|resource cent|cent))|pain(?! management)|care(?! (?:facility|cent|home))|nursing(?! (?:and|&|home|facility|cent))|open(?! mri)|rest(?! home)|home(?! (?:care|health|infusion))|mental(?! health)|medical(?! (?:cent|practice|group|associates|plaza))|day(?! ?care))/iy;
export const FACILITY_OF = /[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z'-]+){0,3}/y;
/** (Stop 35.) "Hospital for Special Surgery", "Center for Women and Families", "National Center for Tuberculosis and Lung
 * Diseases": "for" and capitalized words after a capitalized facility's head of generic words name the facility (two
 * words at least, or "the" and one); not a visit's purpose or day ("Clinic for Follow Up", "Hospital for Chest Pain":
 * FACILITY_FOR_NOT_35). */
export const FACILITY_FOR_35 = /[ \t]+for[ \t]+(?:the[ \t]+[A-Z][A-Za-z'-]+|[A-Z][A-Za-z'-]+(?:[ \t]+(?:(?:and|&|of)[ \t]+(?:the[ \t]+)?)?[A-Z][A-Za-z'-]+){1,4})/y;
/** (Stop 35.) First words after such a "for" that name a visit's purpose, not a facility ("Clinic for Follow Up",
 * "Center for Further Evaluation"). */
export const FACILITY_FOR_NOT_35 = /^[ \t]+for[ \t]+(?:the[ \t]+)?(?:follow|f\/u|further|chest|abdominal|back|shortness|fever|cough|headache|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|evaluation|eval|assessment|review|management|treatment|possible|repeat|routine|check|consult|consultation|admission|discharge|placement|surgery|procedure|therapy|rehab|dialysis|testing|labs?|imaging|scan|vaccination|appointment|visit|care|pain|wound|staple|suture|removal|monitoring|observation|education|teaching|biopsy|infusion|transfusion|injection|ct|mri|echo)\b/i;
export const WEAK_FACILITY_HEAD = new Set(['health', 'pharmacy', 'memorial', 'associates', 'physicians', 'manor', 'pediatrics', 'healthcare', 'health care']);
/** Heads that also name departments or things ("General Surgery", "Cath Lab", "Private Practice"):
 * they need an uncommon distinctive word, a place name, or two distinctive words. */
export const AMBIGUOUS_FACILITY_HEAD = new RegExp(`^(?:(?:village|lodge|chapel|temple|rehab(?:ilitation)?|dialysis|cemetery|hostel|jail|college|university|elementary)(?:$|\\s+(?:group|associates|partners|network|specialists|consultants|llc|inc|pc|pllc|ltd)$)|(?:surgery|practice|institute|laborator(?:y|ies)|labs?|diagnostics|school|academy|nursery|partners|mall|alliance|coalition|foundation|shelter|ministries|fire|armory|parish hall|basilica|midwifery|orthotics|prosthetics|home infusion|infusion|adult day|senior high|junior high|high school|middle school|transit|rec|recreation|blood|stroke|bariatric|youth|civic|aquatic|family resource|family cent|chapter house|resort|herb shop|barber shop|coffee shop|tire shop|pawn shop|repair shop|body shop|gift shop|thrift shop|vape shop|smoke shop|liquor shop|donut shop|print shop|bike shop|auto shop|pet shop|flower shop|nail shop|${AMBIGUOUS_HEADS_15}|${SPECIALTY_HEADS.toLowerCase()})(?:\\s|$))`);
/** First words of facility heads that count only capitalized (in lower case they are everyday words). */
export const FACILITY_FIRST_CAPITALIZED = new Set('hospitals teaching nhs local montessori open regional praxis cabinet klinikum station occupational sleep pulmonary biobank vamc cboc corporation authority drug isd independent campus snf motor inn motel hotel suites orthodontics library home sports genetics counseling fire armory parish basilica midwifery orthotics prosthetics adult infusion transit rec recreation blood stroke bariatric youth civic aquatic drugs chapter resort junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre'.split(' '));
/** First words of facility heads that are everyday words in any case but title case ("BLOOD", "high", "Tire Shop"). */
export const FACILITY_FIRST_TITLE = new Set('fire parish adult infusion transit rec recreation blood stroke youth civic drugs chapter resort junior high middle herb barber coffee tire pawn repair body gift thrift vape smoke liquor donut print bike auto pet flower nail studio aviary apothecary outfitters divers dive apartments apts acupuncture psychiatric immunization immunizations therapy center centre'.split(' '));
/** Facility heads that name a place even typed in lower case after a capitalized name. */
export const LOWER_FACILITY_HEAD = /^(?:nursing (?:home|facility|cent(?:er|re))|care home|assisted living|rest home|group home|funeral home|skilled nursing(?: facility)?|rehab(?:ilitation)? (?:cent(?:er|re)|facility|hospital)|retirement home|senior living|hospice)$/i;
/** Heads specific enough that a short upper-case abbreviation before them names a place ("UAB Hospital"). */
export const STRONG_FACILITY_HEAD = /^(?:hospital|medical cent|health system|children's hospital|infirmary)/i;
/** Spanish (and other head-first) facility names: "Clínica del Valle", "Hospital San Rafael". */
export const FACILITY_HEAD_FIRST =
  /(?:Cl[ií]nica|Policl[ií]nica|Sanatorio|Consultorio|Centro (?:M[eé]dico|de Salud)|Hospital(?= (?:del?|de la|de los|San|Santa|Santo|General de|Universitario|Universitari|Regional de|Angeles|Ángeles|Civil|Militar|Infantil|Materno)\b)|University Hospital(?= [A-Z][a-z]+(?:[ \t]*[,.;\n]|[ \t]+[a-z]|$))|Praxis(?: Dr\.(?: med\.)?)?|Cabinet M[ée]dical(?: des| du| de la| de)?|Klinikum(?: der| des)?|Clinique|(?:Tandarts(?:en)?|Huisarts(?:en)?|Fysiotherapie)praktijk|Masjid(?: (?:al|an|ar|as|at|ad|el|ul)-\p{Lu}[\p{L}'-]+)?(?: of)?|Gurdwara(?: Sahib)?(?: of)?|Mandir(?: of)?|Studio (?:Odontoiatrico|Dentistico|Medico)(?: Associato)?|H[ôo]pital|CHU|CHUM|CLSC|Centre [Hh]ospitalier(?: [Uu]niversitaire)?)(?: (?:del|de la|de los|de las|de|du|des|San|Santa|Santo|Saint|Sainte|St|Ste|Nuestra Señora de|Notre-Dame de))? [A-ZÁÉÍÓÚÑ][\p{L}'-]+(?: (?:(?:de|del|du|des|di|della|do|da|dos|das)(?: la| los| las)? |& )?[A-ZÁÉÍÓÚÑ][\p{L}'-]+){0,3}/uy;
export const FACILITY_GENERIC = new Set(
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
    'episcopal pentecostal anglican evangelical adventist orthodox first united federal correctional detention ' +
    // (Stop 31: the subspecialties of radiology, as its sections are named (RSNA, ACR): "Cross-Sectional Imaging",
    // "Musculoskeletal Radiology", "Nuclear Medicine" are services, not places.)
    'cross-sectional sectional abdominal body chest musculoskeletal msk neuroradiology nuclear neurointerventional'
  ).split(/\s+/),
);
export const FUNCTION_WORDS = new Set([
  'to', 'at', 'from', 'the', 'in', 'of', 'and', 'or', 'for', 'with', 'by', 'on', 'a', 'an', 'into', 'via', 'per', 'was', 'is',
  'were', 'transferred', 'admitted', 'seen', 'arrived', 'discharged', 'went', 'consulted', 'called', 'contacted', 'notified',
  'sent', 'referred', 'spoke', 'consult', 'consults', 'appreciate', 'recommend', 'recommends', 'discussed', 'faxed', 'paged',
  'continue', 'started', 'follow', 'followed', 'see', 'saw', 'visit', 'visited', 'call', 'contact', 'ask', 'asked',
]);

/** A unit written before the street number ("Apt 4C, ", "Flat 3, "). */
export const UNIT_BEFORE = /(?<![\w-])(?:(?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Level|Lvl|Floor|Shop|Villa|Townhouse|Block|Bldg|Building)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}(?:[ \t]*,?[ \t]*|\/)|\d{1,4}[A-Za-z]?\/)$/i;
/**
 * The 121 postcode areas of the United Kingdom (and the Crown dependencies: GY, JE, IM), the letters that open a postcode
 * ("BS" of "BS3 4QR"). A postcode with no town before it and no label counts only when its area is one of these (stop 22).
 */
export const UK_POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL ' +
    'GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX ' +
    'PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR ' +
    'WS WV YO ZE'
  ).split(' '),
);
/** Before a UK postcode: optional "<Name> Road, " then the town ("Wexcombe Road, Salisbury "). */
export const TOWN_BEFORE_POSTCODE = new RegExp(
  `(?:^|[\\n,;:(]|[ \\t]{2}|\\b(?:in|at|from|near|to|of)[ \\t])[ \\t]*((?:\\d{1,5}[A-Za-z]?[ \\t]+)?(?:[A-Z][\\p{L}'-]+[ \\t]+){1,3}(?:${STREET_SUFFIX})\\.?[ \\t]*,[ \\t]*)?([A-Z][\\p{L}'-]+(?:[ -](?:upon[ -]|on[ -]|under[ -]|le[ -]|of[ ])?[A-Z][\\p{L}'-]+){0,2})(,?[ \\t]*)$`,
  'du',
);
/** ", Santa Ana 92703" right after a street address. */
export const CITY_ZIP_AFTER = /^[ \t]*,[ \t]*((?:[A-Z][\p{L}'.-]*(?:[ \t]+[A-Z][\p{L}'.-]*){0,2})|(?:[a-z][a-z'.-]*(?:[ \t]+[a-z][a-z'.-]*){0,2}))[ \t]*,?[ \t]+(\d{5}(?:-\d{4})?)(?![\w-])/du;
/** Last words of a street or place name after "on", "near"... (see RE.streetName). */
export const STREETNAME_SUFFIX = new Set(
  'street avenue road boulevard drive lane court place terrace parkway highway turnpike pike park gardens square plaza mall station airport beach stadium bridge pier marina st ave rd blvd ln dr ct pl ter hwy pkwy'.split(' '),
);
/** "lives on maple " before a lower-case street suffix. */
export const LOWER_STREET_BEFORE = /\b(?:lives?|living|lived|resides?|residing|staying|stays|stayed|moved|moving|house|home|apartment|apt|flat)[ \t]+(?:on|off|at)[ \t]+((?:[a-z][a-z'-]*[ \t]+){1,3})$/;
/** Words that open a street name in other languages ("ul. Lipowa", "Calle Mayor", "Via Roma"). */
export const STREET_FIRST_WORDS = new Set('ul ulica al aleja os pl plac calle c avenida avda av rua rue via viale corso piazza largo strada allee allée avenue boulevard bd chemin impasse quai paseo calzada carrer rambla praca praça travessa estrada'.split(' '));
/** Pharmacy and store chains: with a store number they name a place. */
export const STORE_CHAINS = new Set(
  'walgreens cvs rite aid walmart wal-mart kroger costco safeway publix target boots superdrug lloydspharmacy duane reade meijer heb h-e-b wegmans albertsons osco giant eagle hy-vee winn-dixie dollar general family dollar sams walgreen'.split(' '),
);
/** ", Lyon." right after a street address. */
export const CITY_AFTER = /^[ \t]*,[ \t]*([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2})(?=[ \t]*(?:[.,;)\n]|$))/du;
/** A town alone on the next line (with a postcode at most). */
export const PLACE_LINE = /^[ \t]*,?[ \t]*\r?\n[ \t]*([A-Z][\p{L}'.]+(?:[ -][A-Z][\p{L}'.]+){0,2})[ \t]*,?[ \t]*(?:[A-Z0-9]{2,4}[ ]?[A-Z0-9]{3}|\d{4,6})?[ \t]*(?=\r?\n|$)/u;
/** Dates and numbers spelled out in dictation: "the fourth of March nineteen thirty-two", "MRN four four seven one...". */
const ORD_WORD =
  '(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TENS_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${UNIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[- ]${UNIT_WORD})`;
export const YEAR_WORDS = `(?:nineteen[- ](?:hundred(?:[- ]and)?[- ])?${TENS_WORD}|two[- ]thousand(?:(?:[- ]and)?[- ](?:${TENS_WORD}|${UNIT_WORD}))?|twenty[- ]${TENS_WORD})`;
export const FULL_MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
/** "(the) fourth of " before a month name; group 1 is "the ", left out of the span. */
export const ORD_OF_BEFORE = new RegExp(`\\b(the[ \\t]+)?${ORD_WORD}[ \\t]+of[ \\t]+$`, 'i');
export const ORD_AFTER = new RegExp(`[ \\t]+(?:the[ \\t]+)?${ORD_WORD}\\b`, 'iy');
export const YEAR_AFTER_WORDS = new RegExp(`,?[ \\t]+(?:${YEAR_WORDS}|(?:19|20)\\d{2})\\b`, 'iy');
export const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
/** Four or more digits spoken one by one after an identifier's label. */
export const SPOKEN_ID = new RegExp(`[ \\t]*(?:is|was|number|no\\.?|#|:)?[ \\t]*(?:is[ \\t]+)?(${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){3,15})\\b`, 'iy');

/** Irish counties, written "Co. Kerry" or "County Kerry" (the word "Co." stays inside the span). */
const IRISH_COUNTIES =
  'Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Londonderry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow';
export const IRISH_COUNTY = new RegExp(`\\b(?:Co\\.?|County|CO\\.?|COUNTY)[ \\t]+(?:${IRISH_COUNTIES}|${IRISH_COUNTIES.toUpperCase()})\\b`, 'g');
/** Irish Eircodes ("V95 XK42", "D6W 1234"): a routing key, then four letters and digits. */
export const EIRCODE = /(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\w-])/y;
/** States and union territories of India: a 6-digit PIN code after them is a place. */
export const INDIAN_STATES =
  'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Jammu and Kashmir|Ladakh|Puducherry|Chandigarh';
/** Regions of New Zealand and provinces of South Africa: a 4-digit postcode after them is a place. */
export const REGIONS_4 =
  "Northland|Auckland|Waikato|Bay of Plenty|Gisborne|Hawke's Bay|Taranaki|Manawatu-Whanganui|Manawatu|Wellington|Tasman|Nelson|Marlborough|West Coast|Canterbury|Otago|Southland|Gauteng|KwaZulu-Natal|KZN|Western Cape|Eastern Cape|Northern Cape|Free State|Limpopo|Mpumalanga|North West";
/** "Maharashtra 411038", "Bay of Plenty 3110", "Gauteng, 2196": a postcode after a region (the region itself is not marked). */
export const STATE_BEFORE_PIN = new RegExp(`\\b(?:${INDIAN_STATES})[ \\t]*[,–-]?[ \\t]*$`);
export const REGION_BEFORE_POST4 = new RegExp(`\\b(?:${REGIONS_4})[ \\t]*,?[ \\t]*$`);
export const REGION_WORDS = new Set(`${INDIAN_STATES}|${REGIONS_4}`.toLowerCase().split('|'));
/** "PIN 411038", "Pincode: 560001". */
export const PIN_BEFORE = /\b(?:PIN|Pin|pin)[ \t]*(?:code|Code|CODE)?[ \t]*[:#-]?[ \t]*$/;
/** Address lines after a label: "Address: Knocknacarra, Galway", "Residence: Salt Lake, Kolkata 700091". */
export const ADDRESS_LINE =
  /(?:(?:home|mailing|postal|residential|permanent|current|usual|street|patient'?s?|pt'?s?|present|correspondence)[ \t]+)?(?:address(?:[ \t]+line[ \t]*\d?)?|addr\.?|residence|home|lives|living|city(?:\/town)?|town(?:\/city)?|suburb|locality|village|hometown|birthplace|place[ \t]+of[ \t]+(?:birth|residence|death)|born[ \t]+in|residing[ \t]+at|county|parish|borough|district)[ \t]*[:\-–][ \t]*([^\n]{3,160})/iy;
/** Last words of building names in an address ("Ashcombe House"). */
/** Heads of named buildings and wings, anywhere in the text ("the Whitcombe Pavilion", "Lister Wing"). */
export const BUILDING_HEADS = new Set('pavilion pavillion wing tower towers building annex annexe house hall'.split(' '));
/** ", 20121 Milano", ", 1017 GC Amsterdam", ", 1100-053 Lisboa", ", 111 34 Stockholm", ", 80-123 Gdańsk", ", A-1010 Wien". */
export const POSTCODE_TOWN_AFTER = /^(?:[ \t]*,|[ \t]+[-–])[ \t]*((?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}[ ]?[A-Z]{2}|\d{4}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}))[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ -](?!(?:Tel|Fax|Phone|Ph|Email|Mob|Mobile|Telefon|Tél|Tlf)\b)(?:\p{Lu}\p{Ll}[\p{L}'’]*|am|an|de|la|le|sur|sous|del|di|im|bei))*)(?=[ \t]*(?:[,.;)(\n]|$|[A-Z]{2}\b|(?:Tel|Fax|Phone|Ph|Email|E-mail|Mob|Mobile|Telefon|Tél|Tlf)\b))/u;
/** "12 Rue des Lilas, 69003 Lyon": the postcode inside the street's span, the town after it. */
export const TOWN_AFTER_CODE = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ -](?!(?:Tel|Fax|Phone|Ph|Email|Mob|Mobile|Telefon|Tél|Tlf)\b)(?:\p{Lu}\p{Ll}[\p{L}'’]*|am|an|de|la|le|sur|sous|del|di|im|bei))*)(?=[ \t]*(?:[,.;)(\n]|$|[A-Z]{2}\b|(?:Tel|Fax|Phone|Ph|Email|E-mail|Mob|Mobile|Telefon|Tél|Tlf)\b))/u;
/** An address part right before a place, separated by a comma: flat, plot, house or sector numbers, "3rd Cross",
 * a building or a road ("Sunrise Apartments", "MG Road"). */
export const ADDRESS_PART_BEFORE =
  /(?:^|[,;:][ \t]*|[ \t]{2,})((?:(?:Flat|Plot|House|Door|H\.?[ ]?No|No|Unit|Apt|Apartment|Suite|Sector|Block|Phase|Shop|Villa|Lot|Bldg|Building|Tower|Floor|Stage)\.?[ \t]*[#:]?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?(?:[\/-]\d{1,5}[A-Za-z]?)?|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Floor|Block|Stage|Phase|Sector)(?:[ \t]+(?:Road|Rd|Street|St))?|(?:\p{Lu}[\p{L}'.-]*[ \t]+){1,3}(?:Road|Rd|Marg|Nagar|Layout|Colony|Apartments|Residency|Enclave|Complex|Salai|Chowk|Bagh|Puram|Vihar|Extension|Extn|Estate|Heights|Mansions|Villas|Towers|Arcade|Plaza|Mall|Building|Bldg|Court|Centre)))[ \t]*,[ \t]*$/u;
/** Streets of Romance languages that open with their kind ("rue des Lilas", "avenue Foch", "calle Mayor"), in lower case. */
export const STREET_KIND_FIRST = /^(?:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|impasse|place|quai|cours|route|via|viale|piazza|calle|avenida|rua|travessa)[ \t]/;
/** A house number alone before a comma at the start of a line or after a label ("12, ", "8 bis, "). */
export const HOUSE_NUMBER_COMMA_BEFORE = /(?:^|[;:][ \t]*|[ \t]{2,})(\d{1,4}(?:[ \t]?(?:bis|ter|quater|[A-Z]))?)[ \t]*,[ \t]*$/;
/** Postcodes alone on a line of an address block (UK, Canada, Ireland, Brazil, Portugal, Poland, Sweden, 4-6 digits). */
export const BLOCK_POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4,6}|\d{5}-\d{4})$/;
/** "34117 Kassel", "Whakatane 3120", "Bondi Beach NSW 2026", "Ashbury OH 43001". */
export const BLOCK_CODE_TOWN = /^(?:((?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{4}[ ]?[A-Z]{2}|\d{2}-\d{3}|\d{3}[ ]\d{2}|\d{5}-\d{3}))[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|am|an|del|do|da|dos))*)|(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|am|an|del|do|da|dos))*?)[ \t]*,?[ \t]+((?:\d{4,6}|\d{5}-\d{3,4}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)))$/u;
/** A town or county line: capitalized words ("Little Snoring", "Co. Westmeath", "Stoke-on-Trent"). */
export const BLOCK_TOWN = /^(?:Co\.?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|le|sur|upon|on|in|am|an|del|do|da|dos|the)){0,3}$/u;
/** A flat, unit or building line ("Apt 4", "Appartement 12", "Flat 3", "Riverside Court"). */
export const BLOCK_UNIT_LINE = /^(?:(?:Flat|Apt|Apartment|Appartement|Apartamento|Apto|Unit|Suite|Ste|Level|Floor|Room|Block|Lot|Plot|House|Door|No|Wohnung|Whg|Piso|Bâtiment|Bat)\.?[ \t]*#?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?(?:[ \t]*,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})?|(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}(?:Court|House|Mansions|Lodge|Apartments|Tower|Towers|Building|Cottage|Farm|Hall|Flats|Villas|Residency|Heights|Chambers|Estate))$/u;
/** A street line of other countries: "8, avenue des Tilleuls", "21, Residency Road", "Rua das Flores, 250 - apto 31". */
export const BLOCK_STREET_LINE = /^(?:\d{1,5}[A-Za-z]?(?:bis|ter)?,?[ \t]+(?:(?:rue|avenue|av\.?|boulevard|bd|chemin|allée|place|impasse|quai|route|via|viale|piazza|corso|calle|avenida|avda\.?|paseo|rua|travessa|largo|ul\.?|ulica)\b|\p{Lu}[\p{L}'’.-]*[ \t]+(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Marg|Nagar|Layout|Colony|Salai|Drive|Dr|Way|Close|Crescent|Place|Terrace|Parade|Grove|Gardens)\b)|(?:rue|avenue|boulevard|chemin|via|viale|calle|avenida|rua|travessa|ul\.?)[ \t]+[^\n]{2,30}?,?[ \t]+\d{1,5}\b)[^\n]{0,30}$/iu;
/** Lines that end an address block: salutations, subjects, names with titles, sign-offs. */
export const BLOCK_STOP = /^(?:dear|re\b|ref\b|attn|attention|subject|yours|thank|thanks|regards|sincerely|dr\.?\s|mr\.?\s|mrs\.?\s|ms\.?\s|miss\s|prof\.?\s|patient|name|dob|date|tel|phone|fax|email|to\b|from\b|cc\b|urgent|confidential|private)/i;
/** A facility named after a label of its kind ("Dialysis unit: Fresenius Kidney Care North Ridge", "Audiology:
 * Beltone Hearing Center", "Referring facility: ..."): the capitalized words after it. */
export const FACILITY_LABELLED = /(?:dialysis(?:[ \t]+(?:unit|cent(?:er|re)|clinic|facility|provider))?|pharmacy|sleep[ \t]+(?:lab|cent(?:er|re)|clinic)|dental[ \t]+(?:practice|office|clinic)|gp[ \t]+(?:practice|surgery)|care[ \t]+home|nursing[ \t]+home|snf|alf|ltc|ltcf|placement|discharge[ \t]+(?:destination|location)|transferred[ \t]+(?:from|to)|transfer[ \t]+(?:from|to)|referring[ \t]+(?:facility|hospital|practice|clinic)|receiving[ \t]+(?:facility|hospital)|place[ \t]+of[ \t]+service|home[ \t]+health(?:[ \t]+agency)?|dme[ \t]+(?:supplier|vendor|company|provider)|imaging[ \t]+(?:cent(?:er|re)|facility|site)|performing[ \t]+(?:lab|laboratory|site|facility)|hearing[ \t]+aid[ \t]+(?:provider|dispenser))[ \t]*:[ \t]*((?:The[ \t]+)?\p{Lu}[\p{L}'’&.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&|for|at|on|de|du|la)){0,6})/iuy;
/** The first three letters of the labels of FACILITY_LABELLED (a cheap test at each line start). */
export const FACILITY_LABEL_PREFIXES = new Set(
  'dia pha sle den gp_ car nur snf alf ltc pla dis tra ref rec hom dme ima per hea'
    .split(' ')
    .map((w) => w.replace('_', ' '))
    .map((w) => ((w.charCodeAt(0) | 32) << 16) | ((w.charCodeAt(1) | 32) << 8) | (w.charCodeAt(2) | 32)),
);
/** A vehicle on the line before a bare registration label. */
export const VEHICLE_CONTEXT = new RegExp(`\\b(?:car|vehicle|truck|van|suv|motorcycle|motorbike|moped|scooter|pickup|sedan|hatchback|drives|driving|parked|${[...VEHICLE_MAKES].filter((w) => !/^(?:gmc|mini|ram|lincoln)$/.test(w)).join('|')})\\b[^\\n]*$`, 'i');
/** Separators before a Roman month ("12.IV.1931", "12/III/2024"): a cheap test before RE.dRoman. */
/** "12-Mar", "3-SEPT": a day and a month in one token. */
/** After the place of a dateline: a comma, then a date ("Madrid, 3 de abril", "Lyon, le 3 avril", "Leeds, 4th March"). */
export const DATELINE_AFTER = /^,[ \t]*(?:(?:le|the|den|am|el)[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th|er|\.)?[ \t.\/-]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/** "al-Harbi", "el-Sayed": an Arabic article or patronymic joined to a capitalized name by a hyphen. */
export function arabicPrefixed(w: string): boolean {
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
export function hasAsianAddressSuffix(v: string): boolean {
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
export const ADDRESS_PARTS = new RegExp(String.raw`(?:\b(?:Brgy\.?|Barangay|Bairro|Colonia|Fracc\.)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}|(?<=,[ \t]*)(?:Col\.[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}(?=[ \t]*,)|\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+)?[ \t]+City\b)|\b\p{Lu}[a-z]+-(?:${DISTRICT_SUFFIXES})\b|(?<![\w-])(?:\d{1,2}F,[ \t]*)?\d{1,4}(?:-\d{1,4})?[ \t]+\p{Lu}[a-z]+-(?:${ROAD_SUFFIXES})(?:[ \t]+\d{1,3}(?:beon)?-gil)?\b|(?<=-(?:ku|shi|cho|machi|gun)\b[^\n]{0,40}[ \t])\d{3}-\d{4}(?![\w-])|(?<![\w-])\d{1,2}-\d{1,2}-\d{1,3}[ \t]+\p{Lu}[a-z]+(?=[ \t]*,))`, 'gu');
/** A unit after a street line of another country: ", int. 4", ", apto 72", ", app. 6", ", piso 3". */
/** Up to three units after a street line, of several countries: 'int. 4', 'apto 72', 'scala B', 'conj. 42', Spanish floors and
 * doors ('2o B', '3º izq.'), German floors ('Seitenfluegel 3. OG', '2. Stock'). */
export const UNIT_AFTER = /^(?:,[ \t]*(?:(?:int\.?|interior|interno|apto\.?|apt\.?|app\.?|dpto\.?|depto\.?|piso|flat|unit|scala|sc\.|escalera|esc\.|puerta|pta\.|conj\.?|conjunto|bloco|bl\.|andar|sala|torre|piano|b[aâ]t\.?|porte)[ \t]*#?[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Z])|\d{1,2}[oºª°][ \t]*(?:[A-Z]|\d{1,2}[ªa]?|izq(?:da)?\.?|dcha\.?|der(?:echa)?\.?)|(?:[A-Z][a-zäöü]+[ \t]+)?\d{1,2}\.[ \t]*(?:OG|Stock|Etage|UG|DG))(?:[ \t]*(?:izq|der|dcha)\.?)?(?![\w-])){1,3}/i;
/** The addresses of code systems and terminologies. */
export const TERMINOLOGY_URL = /^https?:\/\/(?:(?:terminology\.)?hl7\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|www\.nlm\.nih\.gov\/research\/umls|www\.whocc\.no|www\.ama-assn\.org\/go\/cpt|id\.who\.int)(?:[\/?#]|$)/i;
/** The defendant in a criminal case's caption. */
export const CAPTION_DEFENDANT = /\b(?:People|State|Commonwealth|United[ \t]+States|Crown|R)[ \t]+vs?\.?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** A relative right before (a family history: "father MI", "Mother CVA"). */
export const KIN_BEFORE = /\b(?:father|mother|brother|sister|son|daughter|aunt|uncle|grand(?:father|mother|ma|pa)|cousin|sibling|mom|dad|mum|parents?|fhx|fh)[ \t]+$/i;
/** A weekday written short. */
/** Weekdays written short (one alternation for the patterns that name them). */
export const WEEKDAY_ABBR = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
export const WEEKDAY_SHORT = new RegExp(`^(?:${WEEKDAY_ABBR})$`);
/** A street that ends with a road word ("County Road", "Old Hwy"): its number may follow (see addressTails). */
export const ROAD_END = /\b(?:Road|Rd|Highway|Hwy|Route|Rte|FM|CR|SR)\.?$/;
/** A road's number after it, then a lot, unit or space ("1250", "41 Lot 17"), not a quantity. */
export const ROAD_NUMBER_AFTER = /^[ \t]+\d{1,5}[A-Z]?(?:[ \t]+(?:Lot|Unit|Trlr|Trailer|Space|Spc|Box)[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6})?(?![\w-]|[ \t]*(?:mg|kg|lbs?|mi|miles|km|ft|feet|yards|min|minutes|%)\b)/;
/** Military mail: "PSC 482 Box 1873", "Unit 3050 Box 215", "CMR 480 Box 12". */
export const MILITARY_BOX = /\b(?:PSC|CMR|Unit|OMC)[ \t]+\d{2,5},?[ \t]+Box[ \t]+\d{1,5}\b/g;
/** The ZIP code of military mail: "APO AE 09096", "FPO AP 96362". */
export const MILITARY_ZIP = /\b(?:APO|FPO|DPO)[ \t]+(?:AE|AP|AA)[ \t]+(\d{5}(?:-\d{4})?)\b/g;
/** "19APR2025", "3Jan24": a day, a month's abbreviation and a year in one token. */
export const COMPACT_DMY = /^(?:0?[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:19|20)?\d{2}$/;
/** "28-Oct", "07-NOV", "28-oct" (stop 31: in lower case too; a day and a month in one token has no other reading). */
export const DAY_MON_TOKEN = /^(?:0?[1-9]|[12]\d|3[01])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** The token before an age in "She's 96", "i'm 91", "I am 93", "who's 94" (possessive "'s" stripped). */
export const FIRST_PERSON_PREV = new Set(['she', 'he', 'shes', 'hes', "i'm", 'i’m', 'im', 'am', 'who', 'whos', "who's"]);
/** Words of findings and plans, never of a facility's name. */
export const FINDING_WORDS = new Set('normal abnormal mild moderate severe profound bilateral bilaterally left right negative positive stable pending none intact loss declined refused unknown not no yes see as per'.split(' '));
/** Military bases, ports and mountains named like a person: "Fort Bragg", "Camp Pendleton". */
export const FORT_LIKE = /^(?:Fort|Ft\.?|Camp|Port|Mount|Mt\.?|Lake|Cape)[ \t]+\p{Lu}/u;
export const BUILDING_WORDS = new Set('house court mansions lodge apartments tower towers building block villas cottage farm hall flats chambers'.split(' '));
/** The first three letters of the labels of ADDRESS_LINE (a cheap test at each line start). */
export const ADDRESS_PREFIXES = new Set(
  "home mailing postal residential permanent current usual street patient pt pt' present correspondence address addr residence lives living city town suburb locality village hometown birthplace place born residing county parish borough district"
    .split(' ')
    .map((w) => ((w.charCodeAt(0) | 32) << 16) | ((w.charCodeAt(1) | 32) << 8) | (w.charCodeAt(2) | 32)),
);

/** Australian states and territories with the ranges of their 4-digit postcodes. */
export const AU_STATES = new Map<string, [number, number][]>([
  ['NSW', [[1000, 2599], [2619, 2899], [2921, 2999]]],
  ['ACT', [[200, 299], [2600, 2618], [2900, 2920]]],
  ['VIC', [[3000, 3999], [8000, 8999]]],
  ['QLD', [[4000, 4999], [9000, 9999]]],
  ['SA', [[5000, 5999]]],
  ['WA', [[6000, 6999]]],
  ['TAS', [[7000, 7999]]],
  ['NT', [[800, 999]]],
]);
export const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT PQ'.split(' '));
/** "Toronto, " before a province abbreviation. */
export const CITY_BEFORE_PROVINCE = /([A-Z][\p{L}'.-]+(?:[ -][A-Z][\p{L}'.-]+){0,2}),?[ \t]+$/u;
export const LIVING_PREPS = new Set(['in', 'to', 'from', 'near', 'at', 'outside']);
/** First words of RE.livesIn (lower case). */
export const LIVING_WORDS = new Set(
  'live lives living lived reside resides residing resided moved moving relocated born raised grew stay stays staying stayed returned returning traveled travelled traveling travelling flew visiting visited emigrated immigrated arrived arrives arriving route came home are going go went drove driving heading headed trip vacation holiday visit'.split(' '),
);
/** Residence words: an unknown word after them and "in"/"to"/"of"/"from" is a place ("moved to ballymore"). */
export const RESIDENCE_WORDS = new Set(
  ('live lives living lived reside resides residing resided resident residents native moved moving relocated born raised grew originally hails hailing ' +
    // Trips ("returned to", which in notes leads to units and ventilator modes, is left out: "returned to simv").
    'traveled travelled traveling travelling flew visiting visited visit emigrated immigrated arrived trip vacation holiday drove driving went came ' +
    'go going heading headed stay stays staying stayed returned returning home').split(' '),
);
/** Words before "of" or "from" that make what follows a place of residence or origin. */
export const RESIDENT_OF = new Set(['resident', 'residents', 'native', 'natives', 'inhabitant']);
export const ORIGINALLY = new Set(['originally', 'hails', 'hailing']);
/** Nouns after a place that make it one ("Joliet yard", "Denver office"). */
export const PLACE_NOUNS = new Set('yard depot plant office branch warehouse site campus factory mill terminal base airport station area suburbs region district neighborhood neighbourhood downtown store location'.split(' '));

/** Bits of a token's membership in the word sets above (Tok.m), read once per distinct word instead of a set lookup per rule. */
export const M = {
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

/** Regions of other countries in one word, after a town ("Tizimin, Yucatan", "Tlaquepaque, Jalisco"): Mexico's states. */
export const ONE_WORD_REGIONS_17 = new Set('aguascalientes campeche chiapas chihuahua coahuila colima durango guanajuato guerrero jalisco michoacan michoacán morelos nayarit oaxaca puebla queretaro querétaro sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatan yucatán zacatecas'.split(' '));
