// train13 notes 7: longer mixed lists: directories with e-mails, billing contact lists, biometric access logs,
// multi-signer letters, family contact trees, a list with no PHI.
export default [
  {
    id: 't13-055',
    kind: 'department phone and e-mail directory, pipe table',
    text: `
STAFF DIRECTORY - Department of Paediatrics, {{LOCATION:Chris Hani Baragwanath Academic Hospital}}, {{LOCATION:Soweto}} (rev. {{DATE:Nov 2026}})
| Name                          | Role                      | Ext  | Mobile            | E-mail                                  |
| Prof {{NAME:Nomsa Khumalo-Mthembu}}      | Head of Department        | 2201 | {{PHONE:082 555 0110}}      | {{EMAIL:nomsa.khumalo@example.ac.za}}            |
| Dr {{NAME:Riaan Botha}}                  | Neonatology consultant    | 2214 | {{PHONE:083 555 0122}}      | {{EMAIL:riaan.botha@example.ac.za}}              |
| Dr {{NAME:Zanele Mahlangu}}              | Paed ID, HIV clinic       | 2230 | {{PHONE:072 555 0135}}      | {{EMAIL:z.mahlangu@example.ac.za}}               |
| Dr {{NAME:Yusuf Ebrahim}}                | Registrar rep             | 2241 | {{PHONE:076 555 0147}}      | -                                       |
| Sr {{NAME:Dikeledi Mokoena}}             | Unit manager, Ward 56     | 2250 | -                 | {{EMAIL:dikeledi.m@example.gov.za}}              |
| {{NAME:Precious Nkosi}}                  | Secretary                 | 2200 | -                 | {{EMAIL:paeds.office@example.ac.za}}             |
| {{NAME:Bongani "Bonny" Sithole}}         | Porter supervisor         | 2299 | {{PHONE:061 555 0190}}      | -                                       |
Kangaroo Mother Care unit is in Ward 23; the {{LOCATION:Rahima Moosa}} link is for neonatal step-down at {{LOCATION:Rahima Moosa Mother and Child Hospital}} in {{LOCATION:Coronationville}}.
Outreach clinics: {{LOCATION:Diepkloof}} CHC (Tue), {{LOCATION:Lenasia South}} (Thu), {{LOCATION:Orlando East}} (Fri). Transport office fax {{FAX:011 555 0299}}.
Do not give patient results to callers who are not on the patient's contact list. Cotrimoxazole, nevirapine and AZT prophylaxis stock sits with Pharmacy Block C.
`,
  },
  {
    id: 't13-056',
    kind: 'billing office guarantor contact list, numbered',
    text: `
PATIENT FINANCIAL SERVICES - callback list {{DATE:11/30/2026}} - {{LOCATION:Baystate Medical Center}}, {{LOCATION:Springfield}} MA
1. {{NAME:Pelletier, Yvonne}} (guarantor for husband {{NAME:Normand Pelletier}}, {{AGE_OVER_89:91}}) - acct {{ACCOUNT:BMC-20419937}}, balance after Medicare. Phone {{PHONE:413-555-0178}}. Lives {{LOCATION:Chicopee}}. Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}.
2. {{NAME:Rivera Colon, Jesus Manuel}} - acct {{ACCOUNT:BMC-20420184}}; MassHealth {{HEALTH_PLAN:100448219033}}; address {{LOCATION:64 Franklin St}}, {{LOCATION:Holyoke}} {{LOCATION:01040}}. Prefers Spanish; daughter {{NAME:Yaritza}} {{PHONE:413-555-0119}}.
3. {{NAME:Wojcik, Stanislawa}} - acct {{ACCOUNT:BMC-20421556}}; statement returned from {{LOCATION:11 Pulaski Pl}}, {{LOCATION:Ludlow}}. SSN last four {{SSN:4431}} verified by {{NAME:D. Fontaine}}.
4. {{NAME:Nkemelu, Obinna}} - self-pay, payment plan, card ending 1142 (not PHI), e-mail {{EMAIL:obinna.nkemelu@example.com}}.
5. {{NAME:Grace, Matthew}} (surname {{NAME:Grace}}) - acct {{ACCOUNT:BMC-20422010}}; employer Big Y Foods; workers' comp claim {{OTHER_ID:WC-2026-118842}}, adjuster {{NAME:Sheila Burke}} fax {{FAX:860-555-0133}}.
Pay online: {{URL:https://pay.example.org/baystate}}. Financial counsellor on duty: {{NAME:Ana Lucia Mercado}}.
Note: {{LOCATION:Chicopee}}, {{LOCATION:Holyoke}} and {{LOCATION:Ludlow}} patients may qualify for the Health Safety Net; MassHealth is a programme, not an address.
`,
  },
  {
    id: 't13-057',
    kind: 'controlled-drug room access log with biometrics',
    text: `
CD CUPBOARD ACCESS LOG (export) - Theatres, {{LOCATION:Tan Tock Seng Hospital}}, {{DATE:26 Nov 2026}}
time   user             role         method       template              drug / action
06:58  {{NAME:lowsk}} ({{NAME:Low Siew Kim}})   SN           fingerprint  {{BIOMETRIC:FPT-00418822}}          count check
07:05  {{NAME:rajks}} ({{NAME:Rajesh K. Sundram}}) anaesth. MO  fingerprint  {{BIOMETRIC:FPT-00421907}}          fentanyl 100 mcg x2
07:40  {{NAME:nurhid}} ({{NAME:Nurul Hidayah Osman}}) SN     palm vein    {{BIOMETRIC:PV-9930174}}            morphine 10 mg
08:15  {{NAME:tanbh}} ({{NAME:Tan Boon Heng}})   consultant   face         {{BIOMETRIC:FACE-551208}}           ketamine return
09:02  {{NAME:lowsk}} ({{NAME:Low Siew Kim}})   SN           fingerprint  {{BIOMETRIC:FPT-00418822}}          midazolam wastage, witness {{NAME:nurhid}}
Cabinet: Omnicell XT, asset {{DEVICE:OC-TTSH-0447}}, controller IP {{IP:198.51.100.77}}. Discrepancy 07:40-08:15 investigated by pharmacist {{NAME:Vanessa Chua}}.
Snapshot from door camera: {{PHOTO:cdroom_20261126_0741.jpg}}.
Daily reconciliation signed by {{NAME:Vanessa Chua}} and SN {{NAME:Low Siew Kim}}; report uploaded to {{URL:https://cdreg.example.sg/ttsh/2026-11-26}}.
Re-enrolment needed for {{NAME:tanbh}}: face template {{BIOMETRIC:FACE-551209}} created {{DATE:27 Nov 2026}}.
`,
  },
  {
    id: 't13-058',
    kind: 'referral letter with multi-signer block and cc list',
    text: `
Re: {{NAME:Siddharth Raman Iyer}}, DOB {{DATE:17/06/1979}}, UHID {{MRN:AIMS-0088145}}
{{LOCATION:Flat 9B}}, {{LOCATION:Prestige Shantiniketan}}, {{LOCATION:Whitefield}}, {{LOCATION:Bengaluru}} {{LOCATION:560048}}

Dear Dr {{NAME:Krishnamurthy}},
We saw Mr {{NAME:Iyer}} in the joint Hepatology-Transplant clinic on {{DATE:24 November 2026}} with his wife {{NAME:Lakshmi}} and brother {{NAME:Venkatesh}} (potential living donor, from {{LOCATION:Coimbatore}}). MELD 22. Tacrolimus not started. He works at the Infosys campus in {{LOCATION:Electronic City}}.
Plan: transplant work-up at {{LOCATION:Narayana Health City}}; donor evaluation for {{NAME:Venkatesh Raman Iyer}} (Aadhaar {{OTHER_ID:0000 4412 7789}} on file, masked).

With regards,
Dr {{NAME:Meenakshi Sundaresan}}, DM (Hepatology), KMC {{LICENSE:71288}}
Dr {{NAME:Abdul Wahab Siddiqui}}, MS, MCh (HPB Surgery), KMC {{LICENSE:65530}}
Sr. {{NAME:Teresa Kujur}}, transplant coordinator, {{PHONE:+91 80 5550 4412}}
cc: Dr {{NAME:R. Krishnamurthy}}, {{LOCATION:Sagar Clinic}}, {{LOCATION:ITPL Main Road}}, {{LOCATION:Brookefield}}
cc: Star Health (policy {{HEALTH_PLAN:P/141100/01/2026/008812}})
`,
  },
  {
    id: 't13-059',
    kind: 'family contact tree for disaster planning, indented',
    text: `
HOME DIALYSIS DISASTER PLAN - contact tree for {{NAME:Ofelia Marisol Gutierrez Bustamante}} (PD patient), {{LOCATION:Brownsville}} TX
Level 1 (call first)
  -> {{NAME:Hector Gutierrez}} (husband) {{PHONE:956-555-0172}}, same address {{LOCATION:2219 E Elizabeth St}}, {{LOCATION:Brownsville}} {{LOCATION:78520}}
  -> {{NAME:Paloma Gutierrez}} (daughter, nurse at {{LOCATION:Valley Regional}}) {{PHONE:956-555-0126}}
Level 2
  -> Tia {{NAME:Chayo}} ({{NAME:Rosario Bustamante}}), {{LOCATION:Matamoros}}, Tamaulipas, +52 {{PHONE:868 555 0114}}
  -> neighbour Mr. {{NAME:Deshawn Price}} has a generator, {{LOCATION:2223 E Elizabeth St}}
Level 3 (agencies)
  -> Baxter Home Patient Services {{PHONE:800-555-0165}} (cycler HomeChoice Claria SN {{DEVICE:HCC-20771834}})
  -> {{LOCATION:DaVita Brownsville Home}} unit, nurse {{NAME:Blanca Saenz}}
  -> shelter: {{LOCATION:Brownsville Events Center}} (special-needs wing)
Evacuation route: Expressway 77 north to {{LOCATION:Harlingen}}; backup dialysis at {{LOCATION:Harlingen Medical Center}}.
`,
  },
  {
    id: 't13-060',
    kind: 'shelter intake list, CSV without header, lower case',
    text: `
{{DATE:2026-11-26}},{{NAME:ahmadi, gul}},41,m,pashto,{{LOCATION:kabul}},bed 12,tb screen done,contact {{NAME:farid}} {{PHONE:604-555-0137}}
{{DATE:2026-11-26}},{{NAME:baptiste, ketly}},36,f,kreyol,{{LOCATION:cap-haitien}},family room 3,prenatal at {{LOCATION:bridge clinic}},-
{{DATE:2026-11-26}},{{NAME:thunderchild, marcus}},52,m,cree,{{LOCATION:onion lake}},bed 4,diabetes (metformin),sister {{NAME:darlene}}
{{DATE:2026-11-27}},{{NAME:van den berg, pieter}},67,m,dutch,{{LOCATION:abbotsford}},bed 9,walker,-
{{DATE:2026-11-27}},{{NAME:kaur, simran}},19,f,punjabi,{{LOCATION:surrey}},womens wing,referred by {{LOCATION:ray-cam}} youth,caseworker {{NAME:jas}}
{{DATE:2026-11-27}},{{NAME:oshea, liam}},{{AGE_OVER_89:90}},m,english,{{LOCATION:hastings-sunrise}},bed 1 (ground),needs o2 (inogen),son {{NAME:declan oshea}} {{PHONE:604-555-0158}}
{{DATE:2026-11-27}},{{NAME:nguyen, bao}},28,m,vietnamese,{{LOCATION:richmond}},bed 15,hep c (epclusa),-
notes: intake worker {{NAME:rochelle}}; photos of id cards stored as {{PHOTO:intake_ahmadi_id.jpg}} and {{PHOTO:intake_thunderchild_status.jpg}}. outreach van bc plate {{VEHICLE:RN4 27T}}.
`,
  },
  {
    id: 't13-061',
    kind: 'conference attendee list with affiliations, mixed',
    text: `
Regional Stroke Network - quarterly meeting, {{DATE:18 November 2026}}, {{LOCATION:Leuven}} (hybrid)
In person:
  - Prof. dr. {{NAME:Vincent Thijs-Peeters}} ({{LOCATION:UZ Leuven}}), chair
  - dr. {{NAME:Sofie Vandenbroucke}} ({{LOCATION:AZ Groeninge}}, {{LOCATION:Kortrijk}})
  - dr. {{NAME:Youssef El Amrani}} ({{LOCATION:Jessa Ziekenhuis}}, {{LOCATION:Hasselt}})
  - {{NAME:Lieve De Smedt}}, stroke nurse ({{LOCATION:AZ Sint-Jan}}, {{LOCATION:Brugge}})
Online:
  - dr. {{NAME:Hamid Reza Tavakoli}} ({{LOCATION:CHU de Liege}})
  - {{NAME:Marie-Claire Dubois}}, ambulance 112 {{LOCATION:Namur}}
  - dr. {{NAME:Kaat Verbeke}} ({{LOCATION:ZNA Middelheim}}, {{LOCATION:Antwerpen}})
Topics: tenecteplase switch, the mobile stroke unit pilot ({{VEHICLE:1-ABC-234}}) and thrombectomy transfers from {{LOCATION:Ieper}} and {{LOCATION:Veurne}}.
Minutes: {{NAME:Lotte Wouters}}. Next meeting in {{LOCATION:Gent}}; Flemish Brabant and Wallonia to present data.
`,
  },
  {
    id: 't13-062',
    kind: 'multi-person signature block, consent witnesses',
    text: `
CONSENT FOR RESEARCH BLOOD SAMPLING - signatures
Participant: {{NAME:Aigerim Nurlanovna Sadykova}}     date {{DATE:23.11.2026}}     signature: [signed]
Legally authorised representative: n/a
Person obtaining consent: Dr. {{NAME:Daniyar Bekov}}, {{LOCATION:National Research Oncology Center}}, {{LOCATION:Astana}}
Witness 1: {{NAME:Gulnara Zhaksylykova}}, ward nurse
Witness 2: {{NAME:Sergei Pavlenko}}, interpreter (Russian/Kazakh), ID {{OTHER_ID:INT-0291}}
Copy given to participant. Home address: {{LOCATION:Kabanbay Batyr 48}}, {{LOCATION:apt 112}}, {{LOCATION:Astana}}; contact {{PHONE:+7 701 555 0183}}.
Signature image stored: {{PHOTO:consent_sadykova_p2.png}}; IIN {{OTHER_ID:000623450112}}.
`,
  },
  {
    id: 't13-063',
    kind: 'on-call contact list for a rural practice, Scotland and islands',
    text: `
Out-of-hours cover, {{LOCATION:Small Isles}} and {{LOCATION:Mallaig}}, {{DATE:December 2026}}
Week 1: Dr {{NAME:Catriona MacNeil}} ({{LOCATION:Mallaig Health Centre}}), {{PHONE:01687 555 012}}
Week 2: Dr {{NAME:Olusegun Adeyinka}} (locum, staying at {{LOCATION:West Highland Hotel}})
Week 3: Dr {{NAME:Catriona MacNeil}}
Week 4: Dr {{NAME:Eoghan Mac an t-Saoir}}, from {{LOCATION:Fort William}}
Island contacts: {{LOCATION:Eigg}} - nurse {{NAME:Morag Kirk}}; {{LOCATION:Rum}} - ranger {{NAME:Alasdair}}; {{LOCATION:Canna}} - {{NAME:Geraldine MacKinnon}}; {{LOCATION:Muck}} - {{NAME:Lawrence MacEwen}}
Ferry: CalMac MV Lochnevis; air ambulance from {{LOCATION:Glasgow}}. Drugs box (adrenaline, benzylpenicillin, Buccolam) with each island nurse.
{{LOCATION:Rum}} the island is not rum the drink; {{LOCATION:Muck}} is the island.
Practice staff: {{NAME:Ishbel MacIsaac}} (practice manager), {{NAME:Kenny-John Gillies}} (dispenser), {{NAME:Ruaridh Beaton}} (paramedic practitioner, based at {{LOCATION:Arisaig}}).
Ambulance station: {{LOCATION:Fort William}} and {{LOCATION:Morar}} first responders. Nearest hospital {{LOCATION:Belford Hospital}}; trauma goes to {{LOCATION:Raigmore}} in {{LOCATION:Inverness}}.
Shift changes to {{EMAIL:mallaig.ooh@example.scot.nhs.uk}} by {{DATE:15 December}}.
`,
  },
  {
    id: 't13-064',
    kind: 'ward services list with no PHI',
    text: `
WHO TO CALL (no names on this sheet - it is laminated)
1. Cardiology Clinic - bleep 2201 (chest pain, new AF, Holter requests)
2. Diabetes Outreach - ext 4410 (insulin pumps, Libre, Dexcom, DKA follow-up)
3. Tissue Viability - ext 3387 (Braden under 13, category 3 and 4 pressure ulcers)
4. Speech and Language Therapy - ext 3112 (failed water swallow, thickener)
5. Haematology Day Unit - ext 5120 (warfarin, apixaban and rivaroxaban queries, Octaplex)
6. Alcohol Liaison - ext 5301 (CIWA over 15, Pabrinex)
7. Medical Physics - ext 6604 (infusion pumps, Alaris, BBraun)
8. Chaplaincy - ext 1000 (all faiths; Catholic, Muslim, Jewish and Sikh leads)
9. Security - 2222 (also fire and crash team)
Wards: 7 North (Respiratory), 8 South (Stroke), Jubilee Unit (Older People), Victoria Ward (Surgery). Emergency Department is on the ground floor.
`,
  },
];
