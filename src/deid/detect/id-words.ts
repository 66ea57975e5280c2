// The words of identifier labels and the type each names (every list of them, in the order the rounds added them:
// a word listed twice keeps its last type).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';

// --- Stop 15 (branch ids15): the type of an identifier from the words of its label --------------------------------

/** The words of identifier labels, in several languages and short forms, and the type of the value they label. A word
 * of OTHER_ID names an identifier of another kind (it stops the search: "employee ID", "claim no."); the words of
 * ID_LABEL_FILL ("id", "no", "number") say nothing of the kind and are read past. */
export const ID_WORD_TYPE = new Map<string, PhiType>();
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
export const ID_LABEL_FILL = new Set('id ids no nr nbr num number numbers code identifier ident of the on file with is was for and or de n'.split(' '));


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

// --- Stop 16, round ids22: professional registers, machine dates, joined date ranges, check-digit national numbers -----

// Label words for labelWordType: record numbers, health plans and registers of other countries.
// ("HN" hospital number, "Processo", "Hist. clin.", "BHT" bed-head ticket, "IP no." in-patient number.)
idWords('MRN', 'hn processo clin bht ip nhc');
idWords('HEALTH_PLAN', 'masshealth kela sns afiliado afiliacion affiliation eps scheme suppl medigap');
/** Acronyms of the registers of clinicians and other professionals (medical, nursing, dental councils; registration
 * numbers of other countries). Lower case, as Detector.rare holds them. (Not the German LANR and French RPPS, labelled
 * as generic identifiers in train4, nor "MMC" (a mariner's credential), "CMP", "MCI", "CRO", "TMC" (clinical words).) */
export const REGISTERS_22 = 'slmc gmc imc smc nmc hpcsa kmpdc umdpc mdcn pmdc bmdc nmcn crm coren cremesp cmq cpso cpsbc cpsa cpsns mcnz ahpra valvira gln ncnm snmc kmdc hkmc'.split(' ');
idWords('LICENSE', REGISTERS_22.join(' '));

// --- Stop 16, second wave, round ids25: prefixed device and plan numbers, licences after a state, plates, tails, dates --

idWords('DEVICE', 'gateway cycler');

// --- Stop 16, probe round ids28: IBANs, Swiss and Indian numbers by their shape, identifiers typed by the system of a
// structured record (FHIR identifier, C-CDA id root), licence and plan labels of other countries, standards' numbers --

idWords('LICENSE', 'conduire conducir rijbewijs fuhrerschein fuehrerschein cnh nmbi cno');
idWords('VEHICLE', 'placa');
idWords('HEALTH_PLAN', 'phn sanitaria');
// (Stop 34: Portugal's national health service number, "Número de utente: 183 447 290".)
idWords('HEALTH_PLAN', 'utente');
idWords('ACCOUNT', 'iban');
idWords('OTHER_ID', 'iqama');


// --- Stop 17, probe round ids30: the rarer identifier types and their typing: a kind word across commas of the same
// clause, snake_case keys, HL7 identifier type codes, plates of letters and digits after a plate word, credentials
// before a licence number, ages before a percent sign ---

idWords('LICENSE', 'nremt');
