// train13 notes 4: family trees and genetic pedigrees in text, contact lists and emergency-contact blocks.
export default [
  {
    id: 't13-028',
    kind: 'genetic pedigree in text, indented generations',
    text: `
CANCER GENETICS - PEDIGREE (proband marked *)  clinic {{DATE:19 Nov 2026}}, {{LOCATION:Sheba Medical Center}}, {{LOCATION:Tel HaShomer}}
Ashkenazi Jewish ancestry both sides; BRCA founder panel ordered.
I-1  {{NAME:Mendel Rosenzweig}} d. 71, pancreatic ca, born {{LOCATION:Bialystok}}
I-2  {{NAME:Chaya Rosenzweig}} (nee {{NAME:Perlmutter}}) d. {{AGE_OVER_89:94}}, no cancer
  II-1  {{NAME:Shmuel Rosenzweig}} 72, prostate ca at 61, lives {{LOCATION:Bnei Brak}}
  II-2  {{NAME:Rivka Adler}} (nee {{NAME:Rosenzweig}}) d. 48, ovarian ca
    III-1 * {{NAME:Noa Adler-Katz}} 44, breast ca at 41, {{LOCATION:Ra'anana}}
    III-2   {{NAME:Yonatan Adler}} 46, well, {{LOCATION:Haifa}}
    III-3   {{NAME:Tamar Adler}} 39, well, lives in {{LOCATION:Brooklyn}} (tested at {{LOCATION:Mount Sinai}})
      IV-1  {{NAME:Maya Katz}} 16, IV-2 {{NAME:Ariel Katz}} 12 (children of proband)
Paternal side (II-3 {{NAME:Avraham Adler}}): colon ca at 55, Lynch not tested; his sister {{NAME:Esther Fuchs}} lives at {{LOCATION:Beit Moses}} home for the aged, {{AGE_OVER_89:97}}.
Counsellor: {{NAME:Hila Ben-David}} MS; geneticist Prof. {{NAME:Eitan Shapira}}. Clalit member {{HEALTH_PLAN:CL-038471125}}.
`,
  },
  {
    id: 't13-029',
    kind: 'emergency contact block from registration, several people',
    text: `
EMERGENCY CONTACTS  (patient: {{NAME:Okwuosa, Ifeanyi Chukwuemeka}}, MRN {{MRN:100-448-271}})
Contact 1: {{NAME:Okwuosa, Ngozi}}      Relationship: Spouse
           Home {{PHONE:(713) 555-0144}}   Cell {{PHONE:(713) 555-0187}}
           {{LOCATION:8814 Bellaire Blvd}} {{LOCATION:Apt 12C}}, {{LOCATION:Houston}}, TX {{LOCATION:77036}}
Contact 2: {{NAME:Okwuosa, Chidera}}    Relationship: Son (student, {{LOCATION:Prairie View A&M}})
           Cell {{PHONE:(936) 555-0121}}   {{EMAIL:chidera.okwuosa@example.edu}}
Contact 3: Pastor {{NAME:Emmanuel Eze}}  Relationship: Clergy - {{LOCATION:Christ Apostolic Church Southwest}}
           Office {{PHONE:(713) 555-0109}}
Guarantor: self. SSN {{SSN:000-41-7788}}. Employer: Schlumberger (do not contact).
Preferred language: English; Igbo with mother. Advance directive on file ({{DATE:03/14/2024}}).
`,
  },
  {
    id: 't13-030',
    kind: 'family tree narrative with dashes, consanguinity',
    text: `
Pedigree notes (metabolic clinic, {{LOCATION:King Faisal Specialist Hospital}}, {{LOCATION:Riyadh}}), {{DATE:22/11/2026}}
Parents first cousins. Father {{NAME:Abdullah bin Saad Al-Qahtani}} 38 - mother {{NAME:Nouf bint Mohammed Al-Qahtani}} 33, both from {{LOCATION:Abha}}.
Sibs:
  - {{NAME:Saad}} 12 M, well
  - {{NAME:Reem}} 9 F, well, carrier not tested
  - {{NAME:Fahad}} d. age 2, "Reye-like" illness at {{LOCATION:Aseer Central Hospital}}
  - proband {{NAME:Lama}} 4 F, MCAD deficiency on newborn screen repeat
Paternal grandmother {{NAME:Hessa}} lives in {{LOCATION:Khamis Mushait}}; maternal uncle {{NAME:Turki Al-Shahrani}} had two infant deaths.
Plan: ACADM sequencing on family; sick-day letter; avoid fasting; carnitine not needed. Contact father {{PHONE:+966 55 555 0142}}.
`,
  },
  {
    id: 't13-031',
    kind: 'patient phone contact list, numbered, mixed case',
    text: `
Contacts ok to share info with (signed {{DATE:Oct 3 2026}}) - {{NAME:Lydia Bergstrom-Aho}}
1. {{NAME:Aho, Matti}} - husband - {{PHONE:218-555-0190}} (home in {{LOCATION:Hibbing}})
2. {{NAME:Kaija}} - daughter - {{PHONE:612-555-0133}}, lives {{LOCATION:Northeast Minneapolis}}
3. "{{NAME:Bear}}" ({{NAME:Bernard Lussier}}) - neighbour, has key, {{LOCATION:2207 E 3rd Ave}}
4. {{NAME:Jarmo Niskanen}} - lay minister at {{LOCATION:Bethany Lutheran}}, {{PHONE:218-555-0168}}
5. Home health: {{LOCATION:Essentia Home Care}} nurse {{NAME:Trish}} {{PHONE:218-555-0177}}
Not ok: ex-husband {{NAME:Gary Bergstrom}} ({{LOCATION:Duluth}}). Pharmacy: {{LOCATION:Thrifty White Hibbing}}.
6. Portal proxy: {{NAME:Kaija}} ({{EMAIL:kaija.aho@example.net}}), approved {{DATE:Oct 5 2026}}; login seen from {{IP:203.0.113.91}}.
7. Cabin in summer: {{LOCATION:4410 Side Lake Rd}}, {{LOCATION:Side Lake}}, MN - no phone; neighbour {{NAME:Arvid Koski}} checks on her.
Note: "{{NAME:Bear}}" is a nickname, not the pet; the dog is Sisu.
`,
  },
  {
    id: 't13-032',
    kind: 'address book export, vCard-like lines',
    text: `
BEGIN:VCARD
FN:{{NAME:Te Rangi Hohaia}}
ORG:Whanau Ora navigator
TEL;CELL:{{PHONE:021 555 0174}}
ADR:;;{{LOCATION:44 Ruahine Street}};{{LOCATION:Dannevirke}};;{{LOCATION:4930}};New Zealand
EMAIL:{{EMAIL:terangi.h@example.org.nz}}
END:VCARD
BEGIN:VCARD
FN:{{NAME:Anahera Tipene}}
ORG:{{LOCATION:Dannevirke Community Hospital}}
TITLE:Charge Nurse
TEL;WORK:{{PHONE:06 555 0128}}
END:VCARD
BEGIN:VCARD
FN:{{NAME:Wiremu "Bill" Ngata}}
NOTE:Kaumatua, {{LOCATION:Makirikiri Marae}}; NHI of grandson {{OTHER_ID:ZZB4471}}
URL:{{URL:https://whanau.example.nz/ngata}}
END:VCARD
`,
  },
  {
    id: 't13-033',
    kind: 'pedigree legend and list, cardiac genetics',
    text: `
INHERITED CARDIAC CONDITIONS - family screening list (HCM, MYH7 p.Arg403Gln)
Index: {{NAME:Kamal Hossain}} (d. SCD age 36, {{LOCATION:Sylhet}}); family now in {{LOCATION:Tower Hamlets}} and {{LOCATION:Oldham}}
  Mother {{NAME:Rokeya Begum}} 61 - echo normal, gene +ve
  Brother {{NAME:Jamal Hossain}} 33 - ECG LVH, gene +ve, ICD (Medtronic Cobalt XT, SN {{DEVICE:RNZ612044H}})
  Sister {{NAME:Shirin Akhtar}} 29 - gene -ve, discharged
  Son {{NAME:Rayhan}} 8 - gene +ve, annual review at {{LOCATION:Evelina London}}
  Cousin {{NAME:Md. Abdul Karim}} 40 - declined testing
Screening coordinator: {{NAME:Hannah Osei}}, {{LOCATION:Barts Heart Centre}}, {{PHONE:020 7946 0452}}.
Not related: the "{{NAME:Hossain}}" on ward 7 is a different family.
`,
  },
  {
    id: 't13-034',
    kind: 'nursing home emergency contact board, fixed width',
    text: `
{{LOCATION:Residencia Los Olivos}} - {{LOCATION:C/ Mayor 23}}, {{LOCATION:28801 Alcala de Henares}}
HAB  RESIDENTE                      EDAD  CONTACTO 1                        TELEFONO
101  {{NAME:Garcia Lorca, Pilar}}           {{AGE_OVER_89:92}}    {{NAME:Javier Ortega Garcia}} (hijo)          {{PHONE:611 555 014}}
102  {{NAME:Fernandez de Cordoba, Luis}}    88    {{NAME:Maria Jose Fernandez}} (hija)       {{PHONE:622 555 038}}
104  {{NAME:Iturbe Arrieta, Miren}}         {{AGE_OVER_89:99}}    {{NAME:Koldo Iturbe}} (sobrino, {{LOCATION:Getxo}})    {{PHONE:633 555 071}}
105  {{NAME:Dos Santos, Conceicao}}         {{AGE_OVER_89:90}}    {{NAME:Ana Paula Dos Santos}} ({{LOCATION:Porto}})    +351 {{PHONE:912 555 019}}
Medico: Dra. {{NAME:Nuria Vidal}}. Urgencias: {{LOCATION:Hospital Principe de Asturias}}. Sintrom: 101 y 104.
`,
  },
  {
    id: 't13-035',
    kind: 'genogram text for social work, with households',
    text: `
GENOGRAM (social work, {{DATE:11/18/2026}}) - client {{NAME:Destiny Marie Tafoya}}, 17
Household A ({{LOCATION:412 Calle Lomita}}, {{LOCATION:Espanola}}): mother {{NAME:Yolanda Tafoya}} 39; stepfather {{NAME:Ray Gurule}} 44; half-sibs {{NAME:Angel}} 6 and {{NAME:Mercedes}} 3
Household B ({{LOCATION:Ohkay Owingeh}}): father {{NAME:Darren Aguino}} 41; paternal grandmother {{NAME:Cecilia Aguino}} 68
Deceased: maternal grandfather {{NAME:Ruben Tafoya}} (2019)
Conflict line: {{NAME:Destiny}} -- {{NAME:Ray}}. Close: {{NAME:Destiny}} == grandmother {{NAME:Cecilia}}.
School: {{LOCATION:Espanola Valley High School}}, counselor Ms. {{NAME:Irene Salazar}}.
Baby's father {{NAME:Jordan}} (19), {{LOCATION:Santa Cruz}} NM. Medicaid (Centennial) {{HEALTH_PLAN:NM0092217465}}.
`,
  },
  {
    id: 't13-036',
    kind: 'biobank consent contact list with biometric enrolment',
    text: `
Family enrolment - Taiwan Biobank, site {{LOCATION:Hualien Tzu Chi Hospital}}
  {{NAME:Lin Chia-hui}} (mother), fingerprint template {{BIOMETRIC:FP-TW-0082231}}
  {{NAME:Chen Wei-ting}} (father), fingerprint template {{BIOMETRIC:FP-TW-0082232}}
  {{NAME:Chen Yu-xuan}} (son, 15) - assent only
  Grandmother {{NAME:Kao Yu-mei}} ({{AGE_OVER_89:91}}), {{LOCATION:Taroko}} village, Truku; interpreter {{NAME:Iwan Pisaw}}
Portal: {{URL:https://biobank.example.tw/fam/7731}}. Upload from {{IP:198.51.100.23}}.
Coordinator {{NAME:Huang Shu-fen}}, {{EMAIL:shufen.huang@example.tw}}.
`,
  },
];
