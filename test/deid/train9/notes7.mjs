// train9 notes 7: French hospital-at-home visit CSV, Czech e-prescription YAML, Malaysian FHIR Practitioner and
// Organization, Birmingham theatre list (HTML table), Texas midnight census (fixed width), Indonesian chat export JSON,
// Fijian school health form, Singapore HL7 ADT^A08 with GT1, a look-alike reference table with no PHI, and an
// Icelandic security and lost-property log.
export default [
  {
    id: 't9-055',
    kind: 'hospital-at-home visit plan (CSV, France)',
    text: `
# HAD {{LOCATION:Sante Service Bayonne}} - tournees du {{DATE:30/11/2026}} - export {{NAME:c.etcheverry}}
patient;ne_le;adresse;commune;tel;infirmier;soin;medecin_traitant;fax_medecin
Mme {{NAME:ETXEBERRIA Maite}};{{DATE:12/05/1940}};{{LOCATION:7 chemin de Laharie}};{{LOCATION:64310 Ascain}};{{PHONE:05 59 55 41 20}};{{NAME:Peio Irigoyen}};antibiotherapie IV (ceftriaxone);Dr {{NAME:Arrieta}};{{FAX:05 59 55 41 99}}
M. {{NAME:BERGOUGNOUX Jean-Baptiste}};{{DATE:03/02/1933}};{{LOCATION:Residence Les Hortensias, apt 14}};{{LOCATION:64100 Bayonne}};{{PHONE:06 55 50 18 47}};{{NAME:Amaia Darretche}};pansement escarre + photo ({{PHOTO:IMG_2611_bergougnoux.heic}});Dr {{NAME:Lafitte-Duhalde}};{{FAX:05 59 55 70 12}}
Mme {{NAME:N'DIAYE Aminata}};{{DATE:29/08/1958}};{{LOCATION:22 avenue du Marechal Soult}};{{LOCATION:64100 Bayonne}};{{PHONE:07 55 50 33 91}};{{NAME:Peio Irigoyen}};chimio orale, surveillance;Dr {{NAME:Arrieta}};{{FAX:05 59 55 41 99}}
M. {{NAME:HIRIGOYEN Xabi}};{{DATE:16/10/1931}};{{LOCATION:Maison Etchegaray, quartier Bas}};{{LOCATION:64250 Itxassou}};{{PHONE:05 59 55 62 04}};{{NAME:Amaia Darretche}};soins palliatifs, pompe PCA {{DEVICE:CADD-SOL-118447}};Dr {{NAME:Sallaberry}};{{FAX:05 59 55 62 10}}
# note: M. {{NAME:Hirigoyen}} ({{AGE_OVER_89:95}} ans) parle basque; sa fille {{NAME:Gracianne}} vient de {{LOCATION:Saint-Jean-Pied-de-Port}} le week-end.
`,
  },
  {
    id: 't9-056',
    kind: 'e-prescription YAML (Czech Republic)',
    text: `
erecept:
  identifikator: {{OTHER_ID:4K7M-22QX-9PL1}}
  vystaveno: {{DATE:2026-11-25}}
  predepisujici:
    jmeno: MUDr. {{NAME:Katerina Dvorakova-Prochazkova}}
    icp: {{LICENSE:19447102}}
    ambulance: {{LOCATION:Ordinace praktickeho lekare Vinohrady}}, {{LOCATION:Korunni 1208/74}}, {{LOCATION:101 00 Praha 10}}
    telefon: "{{PHONE:+420 555 447 118}}"
  pacient:
    jmeno: {{NAME:Jaroslav Nemecek}}
    rodne_cislo: "{{OTHER_ID:411203/447}}"
    narozen: {{DATE:1941-12-03}}
    pojistovna: "111 VZP"
    cislo_pojistence: {{HEALTH_PLAN:4112030447}}
    adresa: {{LOCATION:Slezska 2091/12}}, {{LOCATION:Praha 2}}
  polozky:
    - Eliquis 2.5 mg, 60 tbl, 1-0-1
    - Prestarium Neo 5 mg, 30 tbl, 1-0-0
  poznamka: Vyzvedne vnucka {{NAME:Barbora Nemeckova}}. Do lekarny {{LOCATION:Dr.Max Namesti Miru}}.
  qr: {{URL:https://erecept.example.cz/r/4K7M22QX9PL1}}
`,
  },
  {
    id: 't9-057',
    kind: 'FHIR Practitioner, Organization and Patient (Malaysia)',
    text: `
{"resourceType":"Bundle","type":"searchset","total":3,"entry":[
{"resource":{"resourceType":"Organization","id":"org-1","name":"{{LOCATION:Hospital Pulau Pinang}}","address":[{"line":["{{LOCATION:Jalan Residensi}}"],"city":"{{LOCATION:George Town}}","postalCode":"{{LOCATION:10990}}","state":"Pulau Pinang","country":"MY"}],"telecom":[{"system":"fax","value":"{{FAX:+60 4-555 7482}}"}]}},
{"resource":{"resourceType":"Practitioner","id":"prac-7","name":[{"text":"Dr. {{NAME:Thanaletchumi a/p Subramaniam}}"}],"qualification":[{"identifier":[{"system":"urn:mmc","value":"{{LICENSE:MMC 44718}}"}]}]}},
{"resource":{"resourceType":"Patient","id":"pt-3","identifier":[{"system":"urn:mykad","value":"{{OTHER_ID:590214-07-5521}}"}],
 "name":[{"text":"{{NAME:Lim Ah Kow @ Lim Swee Hock}}"}],"birthDate":"{{DATE:1959-02-14}}",
 "address":[{"text":"{{LOCATION:27, Lorong Kulit 3}}, {{LOCATION:11700 Gelugor}}"}],
 "contact":[{"name":{"text":"{{NAME:Nur Aisyah binti Ismail}}"},"relationship":[{"text":"caregiver"}],"telecom":[{"value":"{{PHONE:012-555 4471}}"}]},
            {"name":{"text":"{{NAME:Muthu a/l Karuppiah}}"},"relationship":[{"text":"neighbour"}]}],
 "photo":[{"url":"{{URL:https://hpp.example.my/photo/pt-3.jpg}}","title":"{{PHOTO:pt-3.jpg}}"}]}}
]}
`,
  },
  {
    id: 't9-058',
    kind: 'theatre list (HTML table, Birmingham)',
    text: `
<table class="theatre-list">
<caption>Theatre 6, {{LOCATION:Queen Elizabeth Hospital Birmingham}} - Trauma list - Friday {{DATE:27th November 2026}}</caption>
<thead><tr><th>#</th><th>Patient</th><th>Hosp no</th><th>Age</th><th>Procedure</th><th>Consultant</th><th>Notes</th></tr></thead>
<tr><td>1</td><td>{{NAME:KAUR, Gurmeet}}</td><td>{{MRN:QE7741902}}</td><td>{{AGE_OVER_89:90}}</td><td>L DHS (NOF)</td><td>Mr {{NAME:Adebayo Ogunleye}}</td><td>Punjabi; son {{NAME:Harjit}} {{PHONE:0121 496 0147}}</td></tr>
<tr><td>2</td><td>{{NAME:O'DRISCOLL, Bernadette}}</td><td>{{MRN:QE7742210}}</td><td>{{AGE_OVER_89:99}}</td><td>R hemiarthroplasty</td><td>Ms {{NAME:Freya Hollingworth}}</td><td>from {{LOCATION:Selly Oak}} care home {{LOCATION:Abbeyfield House}}</td></tr>
<tr><td>3</td><td>{{NAME:MAHMOOD, Zain}}</td><td>{{MRN:QE7742299}}</td><td>23</td><td>ORIF R ankle (Weber C)</td><td>Mr {{NAME:Adebayo Ogunleye}}</td><td>fell at {{LOCATION:Digbeth}} warehouse; Clexane</td></tr>
<tr><td>4</td><td>{{NAME:NOWAK-ELLIS, Kacper}}</td><td>{{MRN:QE7742316}}</td><td>11</td><td>MUA + K-wire R wrist</td><td>Ms {{NAME:Freya Hollingworth}}</td><td>mum {{NAME:Justyna}} consents; school {{LOCATION:Kings Heath Primary}}</td></tr>
</table>
<p>Anaesthetist: Dr {{NAME:Tendai Mutasa}}. List compiled by {{NAME:Lorraine Bishop}} (theatre coordinator), bleep 4471.</p>
`,
  },
  {
    id: 't9-059',
    kind: 'midnight census (fixed width, Texas)',
    text: `
MIDNIGHT CENSUS  {{LOCATION:DOCTORS HOSPITAL AT RENAISSANCE}}  {{LOCATION:EDINBURG}} TX   {{DATE:11/26/26}}  UNIT 3 MED-SURG
RM   PATIENT                              SSN          ACCT         ADM       PAYOR         ATTENDING
301A {{NAME:GARZA DE LEON, MA. DEL CARMEN}}       {{SSN:000-52-4418}}  {{ACCOUNT:V00447182}}   {{DATE:11/21/26}}  MEDICARE      {{NAME:SALINAS}}
301B {{NAME:VILLARREAL Y CANTU, EPIFANIO}}        {{SSN:000-48-1177}}  {{ACCOUNT:V00447209}}   {{DATE:11/24/26}}  SELF PAY      {{NAME:CHAPA}}
302A {{NAME:DE LA ROSA-SAENZ, JESUS "CHUY"}}      {{SSN:000-61-0932}}  {{ACCOUNT:V00447316}}   {{DATE:11/25/26}}  MEDICAID      {{NAME:SALINAS}}
303A {{NAME:TREVINO, ESPERANZA}}                  {{SSN:000-39-7712}}  {{ACCOUNT:V00447351}}   {{DATE:11/25/26}}  BCBS TX       {{NAME:AL-HASHEMI}}
304A {{NAME:HOPE, SUMMER}}                        ***-**-****  {{ACCOUNT:V00447380}}   {{DATE:11/26/26}}  UNINS         {{NAME:CHAPA}}
REMARKS: 301A pt 89? no - DOB {{DATE:03/15/1935}}, age {{AGE_OVER_89:91}}; fix in ADT. 304A brought by Border Patrol from {{LOCATION:Hidalgo}} port of entry; sister in {{LOCATION:Reynosa}}.
`,
  },
  {
    id: 't9-060',
    kind: 'family chat export (JSON, Indonesia)',
    text: `
{"chat":"Keluarga Besar {{NAME:Hutapea}}","exported":"{{DATE:2026-11-26}}","messages":[
 {"t":"{{DATE:2026-11-25}} 20:11","from":"{{NAME:Rosmawati Hutapea}}","phone":"{{PHONE:+62 812 5550 4417}}","text":"Opung sudah di {{LOCATION:RS Adam Malik}} ya, ruang Rindu A"},
 {"t":"{{DATE:2026-11-25}} 20:14","from":"{{NAME:Tigor}}","text":"dari {{LOCATION:Balige}} kami berangkat besok pagi"},
 {"t":"{{DATE:2026-11-25}} 20:20","from":"{{NAME:Rosmawati Hutapea}}","media":"{{PHOTO:IMG-20261125-WA0017.jpg}}","text":"ini hasil CT, kata dr {{NAME:Siregar}} stroke"},
 {"t":"{{DATE:2026-11-25}} 21:02","from":"{{NAME:Ucok Simanjuntak}}","text":"BPJS opung nomor {{HEALTH_PLAN:0001447182935}}, sudah aktif"},
 {"t":"{{DATE:2026-11-26}} 06:40","from":"dr. {{NAME:Maria Sitompul}}","text":"Saya cek dengan teman di neurologi. Alamat opung masih {{LOCATION:Jl. Sisingamangaraja No. 88}}, {{LOCATION:Medan}}?"},
 {"t":"{{DATE:2026-11-26}} 06:45","from":"{{NAME:Rosmawati Hutapea}}","media":"{{PHOTO:IMG-20261126-WA0003.jpg}}","text":"KTP opung, NIK {{OTHER_ID:1271034407410002}}"}
]}
Note for summariser: Opung = grandparent (Batak). Rindu A is a ward name.
`,
  },
  {
    id: 't9-061',
    kind: 'school health screening form (Fiji)',
    text: `
MINISTRY OF HEALTH - SCHOOL HEALTH SCREENING RECORD
School: {{LOCATION:Nadi Muslim Primary School}}    Class: 3   Date: {{DATE:18/11/2026}}
Child: {{NAME:Mereoni Tuilevuka}}   DOB: {{DATE:07/04/2018}}   Sex: F
Village/settlement: {{LOCATION:Navo}}, {{LOCATION:Nadi}}   Tikina: {{LOCATION:Nadi}}
Parent/guardian: {{NAME:Salote Raikadroka}} (mother) ph {{PHONE:+679 555 4471}}
Height 121 cm  Weight 24 kg  BMI 16.4   Vision R 6/6 L 6/9   Hearing: pass
Teeth: 4 caries -> refer {{LOCATION:Nadi Hospital}} dental
Skin: scabies, treated permethrin; siblings {{NAME:Jone}} and {{NAME:Ana}} to be treated too
Rheumatic heart disease echo screen: murmur 2/6 -> refer RHD clinic, {{LOCATION:Lautoka Hospital}}
Screened by: Sister {{NAME:Unaisi Waqa}}, Zone Nurse {{LOCATION:Namaka}}
Teacher: Mr {{NAME:Rakesh Chand}} (class teacher)
`,
  },
  {
    id: 't9-062',
    kind: 'HL7 v2 ADT^A08 with GT1 (Singapore)',
    text: `
MSH|^~&|SAP-ISH|{{LOCATION:TTSH}}|NEHR|MOH|{{DATE:20261126}}2210||ADT^A08|T447182|P|2.4
PID|1||{{MRN:TT2611447}}^^^TTSH^MR~{{OTHER_ID:S4417720H}}^^^SGP^NRIC||{{NAME:SELVARAJAH}}^{{NAME:KAMALA DEVI}}^^^MDM||{{DATE:19450817}}|F|||{{LOCATION:BLK 412 ANG MO KIO AVE 10}}^{{LOCATION:#08-1127}}^^^{{LOCATION:560412}}^SGP||{{PHONE:6555 4718}}|{{PHONE:9555 0147}}
NK1|1|{{NAME:ARUMUGAM}}^{{NAME:PRAKASH}}|SON|{{LOCATION:25 JURONG WEST ST 91}}^{{LOCATION:#12-44}}^^^{{LOCATION:640025}}|{{PHONE:8555 2290}}
PV1|1|I|W11B^23^1||||{{OTHER_ID:M44718Z}}^{{NAME:TAN}}^{{NAME:WEI LING}}|||GER
GT1|1||{{NAME:ARUMUGAM}}^{{NAME:PRAKASH}}||{{LOCATION:25 JURONG WEST ST 91}}^{{LOCATION:#12-44}}^^^{{LOCATION:640025}}|{{PHONE:8555 2290}}||||||SON||||{{ACCOUNT:GA-4471902}}
IN1|1|MSHL|MEDISHIELD LIFE|CPF Board||||||||||||||||||||||||||||||||||{{HEALTH_PLAN:S4417720H-MSL}}
ZNT|Medisave acct {{ACCOUNT:MA-0092-4471}} to be debited; MSW {{NAME:Nurul Huda}} to see family re: {{LOCATION:St Luke's Hospital}} community hospital transfer.
`,
  },
  {
    id: 't9-063',
    kind: 'look-alike reference table (no PHI)',
    text: `
| Term in the note | What it is | Treat as |
|---|---|---|
| Hodgkin, Addison, Parkinson, Crohn | eponymous diseases | not a person |
| Glasgow Coma Scale, Wells score, Apgar, Braden | scales and scores | not a person or place |
| Cardiology Clinic, Renal Outpatients, Ward 7B | services and units | not a facility name |
| Keytruda, Ozempic, Entresto, Eliquis, Xarelto | drug brands | not a name |
| Dexcom G7, Omnipod 5, Medtronic Azure | device models (no serial) | not a device identifier |
| Klebsiella, Burkholderia, Candida auris | organisms | not a name |
| Yoruba, Tigrinya, Hmong, Sami, Cree | languages and peoples | not a place |
| Ontario, Queensland, Bavaria, Chiba, Texas | provinces and states | not annotated |
| Kenya, Norway, Chile, Georgia, Jordan | countries | not annotated |
| ICD-10 I48.91, CPT 99214, LOINC 2339-0 | codes | not an identifier |
| 2/6 murmur, 5/5 power, 20/30 acuity | findings | not a date |
| 2015, 1998 (year alone) | bare years | not a date |
| Grace, Hope, Will, Summer (as words) | ordinary words | not a name unless used as one |
| Baqsimi 3 mg, CADD pump, K-wire, DHS | drugs and devices without serials | not PHI |
`,
  },
  {
    id: 't9-064',
    kind: 'security and lost-property log (key=value, Iceland)',
    text: `
LOG_ENTRY id={{OTHER_ID:SEC-447}} site={{LOCATION:Landspitali Fossvogi}} date={{DATE:2026-11-26}} time=01:15
reporter={{NAME:Gudmundur Thorvaldsson}} role=security badge={{OTHER_ID:LSH-S-0214}}
subject={{NAME:Sigridur Bjork Halldorsdottir}} kennitala={{OTHER_ID:0907443339}} age=82
vehicle={{VEHICLE:KR-D47}} (blue Dacia Duster) parked in ambulance bay; owner = son {{NAME:Einar Sigurdarson}} {{PHONE:+354 555 4718}}
action=towed to {{LOCATION:Vesturlandsvegur}} impound, tow ticket {{OTHER_ID:TOW-26-1180}}
lost_property=phone (IMEI {{DEVICE:35 447182 093318 4}}), wallet with driving licence {{LICENSE:IS-1904473}}, photo of grandchild
returned_to={{NAME:Einar Sigurdarson}} id_check=fingerprint {{BIOMETRIC:FPT-IS-770412}} + face match {{BIOMETRIC:FM-0091-44AB}}
cctv_still={{PHOTO:cam07_20261126_011542.png}}
note=Patient admitted from {{LOCATION:Hrafnista}} nursing home in {{LOCATION:Hafnarfjordur}}; address on file {{LOCATION:Hringbraut 50}}, {{LOCATION:101 Reykjavik}}. Icelandic patronymics: no family surname.
`,
  },
];
