// train9 notes 5: Ukrainian lab requisition form, Australian on-call roster (markdown), US patient-statement CSV,
// HL7 MDM with OBX text (Hawaii, Samoan and Marshallese names), Navajo Nation prior-auth screen, Minneapolis shelter
// intake YAML, Dutch e-mail thread with signatures, Peruvian inter-hospital transfer log, Swedish FHIR Device/Observation.
export default [
  {
    id: 't9-037',
    kind: 'lab requisition form (Ukraine)',
    text: `
LABORATORY REQUISITION / NAPRAVLENNIA            No. {{OTHER_ID:LR-2611-55471}}
Facility: {{LOCATION:Kyiv City Clinical Hospital No. 17}}, {{LOCATION:Kharkivske shose 121}}, {{LOCATION:Kyiv}} {{LOCATION:02091}}
Patient surname / name / patronymic: {{NAME:Shevchenko-Bondar}} / {{NAME:Oksana}} / {{NAME:Volodymyrivna}}
Date of birth: {{DATE:09.01.1974}}     Declaration with family doctor: {{OTHER_ID:0004-4718-2290}}
Phone: {{PHONE:+380 44 555 1720}}
Internally displaced from: {{LOCATION:Kramatorsk}}; temporary address {{LOCATION:vul. Pryvokzalna 6, kv. 41}}, {{LOCATION:Darnytsia}}
[x] CBC   [x] HbA1c   [ ] TSH   [x] HBsAg / anti-HCV   [ ] Other: ________
Clinical info: T2DM on Diaformin (metformin) 1000 mg bd; weight loss 6 kg since {{DATE:August 2026}}.
Requested by: {{NAME:Bohdan Kovalchuk}}, family physician, license {{LICENSE:AB-447188}}
Collected by: {{NAME:Iryna M.}} on {{DATE:26.11.2026}} 08:10    Tube lot: 4471882906
`,
  },
  {
    id: 't9-038',
    kind: 'medical on-call roster (markdown, Australia)',
    text: `
# {{LOCATION:Royal Darwin Hospital}} - After-hours medical roster - week from Mon {{DATE:30 Nov 2026}}

| Role | Mon | Tue | Wed | Thu | Fri |
|------|-----|-----|-----|-----|-----|
| Gen Med reg | {{NAME:Bishop}} | {{NAME:Nakamarra-Ross}} | {{NAME:Bishop}} | {{NAME:Tran}} | {{NAME:Oyewole}} |
| Gen Med consultant | Dr {{NAME:Anjali Sreedharan}} | Dr {{NAME:Anjali Sreedharan}} | Dr {{NAME:Liam Fitzgerald-Baird}} | Dr {{NAME:Liam Fitzgerald-Baird}} | Dr {{NAME:Kerrie Tipiloura}} |
| ED SMO | {{NAME:Hamish Doolan}} | {{NAME:Temperance Wu}} | {{NAME:Hamish Doolan}} | {{NAME:Yusuf Al-Amiri}} | {{NAME:Temperance Wu}} |
| Remote retrieval (CareFlight) | {{NAME:Bec Stubbs}} | {{NAME:Bec Stubbs}} | {{NAME:Jarrah Munkara}} | {{NAME:Jarrah Munkara}} | {{NAME:Bec Stubbs}} |

Contacts: switchboard ext 2000 (internal), {{NAME:Sreedharan}} mobile {{PHONE:0491 570 156}}, {{NAME:Fitzgerald-Baird}} {{PHONE:0491 570 110}}.
Swaps: {{NAME:Tran}} <-> {{NAME:Oyewole}} approved by {{NAME:Marnie Cubillo}} (roster officer) {{DATE:24/11}}.
Retrievals to {{LOCATION:Wadeye}}, {{LOCATION:Maningrida}} and {{LOCATION:Galiwin'ku}} go via {{LOCATION:Darwin International Airport}} hangar 3.
`,
  },
  {
    id: 't9-039',
    kind: 'patient statement export (CSV, US billing)',
    text: `
stmt_date,account,guarantor,guarantor_ssn_last4,guarantor_address,patient,dos,cpt,charge,ins_paid,balance,pay_url
{{DATE:11/25/2026}},{{ACCOUNT:G-20044718}},{{NAME:Okafor-Whitfield, Grace}},{{SSN:4471}},"{{LOCATION:812 Magnolia Bend}}, {{LOCATION:Tupelo}}, MS {{LOCATION:38804}}",{{NAME:Okafor-Whitfield, Destiny}},{{DATE:10/02/2026}},99214,245.00,180.12,64.88,{{URL:https://pay.example.com/g/20044718}}
{{DATE:11/25/2026}},{{ACCOUNT:G-20044902}},{{NAME:Yellowhorse, Delbert}},{{SSN:0192}},"{{LOCATION:PO Box 318}}, {{LOCATION:Kayenta}}, AZ {{LOCATION:86033}}",{{NAME:Yellowhorse, Delbert}},{{DATE:09/14/2026}},71046,96.00,0.00,96.00,{{URL:https://pay.example.com/g/20044902}}
{{DATE:11/25/2026}},{{ACCOUNT:G-20045117}},{{NAME:Nguyen-Baptiste, Marie}},{{SSN:7730}},"{{LOCATION:55 Rue Toulouse}}, {{LOCATION:Apt B}}, {{LOCATION:New Orleans}}, LA {{LOCATION:70112}}",{{NAME:Baptiste, Hope}},{{DATE:10/28/2026}},90471,35.00,35.00,0.00,
collections note,{{ACCOUNT:G-20044902}},"mail returned; called {{PHONE:928-555-0164}} - spoke with sister {{NAME:Loretta Begay}}, new address to follow. rep {{NAME:cwinters}}"
`,
  },
  {
    id: 't9-040',
    kind: 'HL7 v2 MDM^T02 with OBX text (Hawaii)',
    text: `
MSH|^~&|DICTATION|{{LOCATION:QUEENS MEDICAL CENTER}}|EPIC|{{LOCATION:QMC}}|{{DATE:20261124}}1722||MDM^T02|DX447102|P|2.4
EVN|T02|{{DATE:20261124}}1722
PID|1||{{MRN:Q00771842}}||{{NAME:FAALOGO}}^{{NAME:TAUTALA}}^{{NAME:L}}||{{DATE:19590303}}|M|||{{LOCATION:91-1020 KAILIWAI ST}}^^{{LOCATION:EWA BEACH}}^HI^{{LOCATION:96706}}
TXA|1|DS|TX|{{DATE:20261124}}1700|{{OTHER_ID:1740288815}}^{{NAME:KEALOHA}}^{{NAME:MAILE}}^^^MD
OBX|1|TX|DS^DISCHARGE SUMMARY||Mr. {{NAME:Faalogo}} is a 67-year-old Samoan man admitted {{DATE:11/19}} with septic shock from MSSA bacteremia.~
OBX|2|TX|DS||His wife {{NAME:Siaosi}} and cousin {{NAME:Jemina Laninvelik}} (Marshallese, from {{LOCATION:Ebeye}}) were present.~
OBX|3|TX|DS||Follow up with Dr. {{NAME:Kealoha}} at {{LOCATION:Waianae Coast Comprehensive Health Center}} in 1 week. Cefazolin via PICC through {{DATE:12/17}}.~
OBX|4|TX|DS||Home infusion by {{LOCATION:Option Care Honolulu}}; pump serial {{DEVICE:CADD-4471-0292}}.
`,
  },
  {
    id: 't9-041',
    kind: 'prior authorization screen (Navajo Nation)',
    text: `
PRIOR AUTHORIZATION REQUEST              Status: PENDED - clinicals needed
Request #: {{OTHER_ID:PA-2611-004718}}          Submitted: {{DATE:11/23/2026}}
Member: {{NAME:TSOSIE, Marlene Yazzie}}     DOB: {{DATE:04/17/1957}}
Member ID: {{HEALTH_PLAN:NM-CENT-7741029}}   Plan: Centennial Care (Medicaid)
Residence: {{LOCATION:Chinle Chapter}}, {{LOCATION:Navajo Route 7, Mile 12}}, {{LOCATION:Chinle}} AZ {{LOCATION:86503}}
Mailing: {{LOCATION:PO Box 2207}}, {{LOCATION:Gallup}} NM {{LOCATION:87305}}
Requesting provider: {{NAME:Darlene Nez-Attakai}}, CNP   NPI {{OTHER_ID:1023377419}}
Facility: {{LOCATION:Chinle Comprehensive Health Care Facility}}
Servicing: {{LOCATION:Northern Navajo Medical Center}}, {{LOCATION:Shiprock}}
Service: MRI lumbar spine w/o contrast (72148)   Dx: M54.16
Contact for clinicals: {{NAME:Lorenzo Benally}}  Ph {{PHONE:928-555-0141}}  Fax {{FAX:928-555-0142}}
Reviewer note ({{NAME:jkowalski}}): member speaks Dine bizaad; daughter {{NAME:Shandiin Tsosie}} helps by phone; IVR caller check passed by voiceprint {{BIOMETRIC:VP-77410293}} on {{DATE:11/24/2026}}.
`,
  },
  {
    id: 't9-042',
    kind: 'shelter intake YAML (Minneapolis)',
    text: `
intake:
  date: {{DATE:2026-11-21}}
  site: {{LOCATION:Harbor Light Center}}
  staff: {{NAME:Ifrah Warsame}}
  client:
    name: {{NAME:Abdirahman Yusuf Hirsi}}
    aka: [{{NAME:Abdi}}, "{{NAME:A.Y.}}"]
    dob: {{DATE:1993-07-01}}
    id_docs:
      mn_state_id: {{LICENSE:Y447-118-902-337}}
      photo_on_file: {{PHOTO:HL-intake-2611-0441.png}}
    last_address: {{LOCATION:1520 Riverside Ave}}, {{LOCATION:Apt 907}}, {{LOCATION:Minneapolis}} {{LOCATION:55454}} ({{LOCATION:Cedar-Riverside}})
    phone: {{PHONE:612-555-0198}}
    language: Somali, English
    medical:
      clinic: {{LOCATION:People's Center Clinic}}
      mrn: {{MRN:PC-0047719}}
      notes: TB screen done at {{LOCATION:Hennepin Healthcare}} {{DATE:11/2026}}, IGRA negative.
    contacts:
      - {{NAME:Hodan Ali}} (sister, {{LOCATION:St. Cloud}}) {{PHONE:320-555-0125}}
  bed: men's dorm B-14
  locker_biometric: {{BIOMETRIC:PALM-HL-99120}}
`,
  },
  {
    id: 't9-043',
    kind: 'e-mail thread with signatures (Netherlands)',
    text: `
Van: {{NAME:Marloes de Vries-Bakker}} <{{EMAIL:m.devries@example.nl}}>
Verzonden: {{DATE:26 november 2026}} 08:52
Aan: {{NAME:Joost van 't Hek}}
Onderwerp: RE: overplaatsing dhr. {{NAME:Van den Broek}}

{{NAME:Joost}}, dhr. {{NAME:Gerrit van den Broek}} (BSN {{OTHER_ID:000-4471-82}}) kan morgen naar {{LOCATION:Zorgcentrum De Eik}} in {{LOCATION:Zeist}}. Dochter {{NAME:Anouk}} tekent het contract. Foto's van de decubitus staan in het dossier ({{PHOTO:decubitus_sacraal_2611.jpg}}).

Met vriendelijke groet,
{{NAME:Marloes de Vries-Bakker}}
Transferverpleegkundige | {{LOCATION:UMC Utrecht}}
{{LOCATION:Heidelberglaan 100}}, {{LOCATION:3584 CX Utrecht}}
T {{PHONE:088 555 7741}} | {{URL:https://www.example.nl/transferbureau}}

> Van: {{NAME:Joost van 't Hek}} <{{EMAIL:j.vanthek@example.nl}}>
> Weet je al of {{NAME:Van den Broek}} naar {{LOCATION:De Eik}} of naar {{LOCATION:Huize Hoogerheide}} gaat?
`,
  },
  {
    id: 't9-044',
    kind: 'inter-hospital transfer log (fixed width, Peru)',
    text: `
REGISTRO DE REFERENCIAS - SAMU {{LOCATION:AREQUIPA}} - {{DATE:NOVIEMBRE 2026}}
FECHA      HORA  PACIENTE                         ORIGEN                     DESTINO                     UNIDAD    PLACA
{{DATE:24/11/2026}} 02:15 {{NAME:Quispe Mamani, Nicanor}}          {{LOCATION:C.S. Chivay}}                 {{LOCATION:Hosp. Honorio Delgado}}     UM-07     {{VEHICLE:EGM-447}}
{{DATE:24/11/2026}} 09:40 {{NAME:Huaman Ccori, Yolanda}}           {{LOCATION:P.S. Yanque}}                 {{LOCATION:Hosp. Goyeneche}}           UM-07     {{VEHICLE:EGM-447}}
{{DATE:25/11/2026}} 17:05 {{NAME:Condori de la Cruz, Teodoro}}     {{LOCATION:Hosp. Camana}}                {{LOCATION:Hosp. Honorio Delgado}}     UM-12     {{VEHICLE:EGQ-118}}
{{DATE:26/11/2026}} 06:30 {{NAME:Apaza Ttito, Rosa Elvira}}        {{LOCATION:C.S. Cabanaconde}}            {{LOCATION:Clinica Arequipa}}          UM-12     {{VEHICLE:EGQ-118}}
Conductor UM-07: {{NAME:Wilber Choque}}, licencia {{LICENSE:Q40417728}}. Obs.: {{NAME:Condori}} de {{LOCATION:Ocona}}, quechuahablante; hija {{NAME:Flor}} {{PHONE:954 555 210}}.
`,
  },
  {
    id: 't9-045',
    kind: 'FHIR Device and Observation (Sweden)',
    text: `
[
 {"resourceType":"Device","id":"cgm-1","serialNumber":"{{DEVICE:SM7D0447182}}","udiCarrier":[{"deviceIdentifier":"08717648200274","carrierHRF":"(01)08717648200274(21){{DEVICE:SM7D0447182}}"}],
  "deviceName":[{"name":"Dexcom G7","type":"manufacturer-name"}],"patient":{"reference":"Patient/se-19","display":"{{NAME:Linnea Eriksdotter Nilsson}}"},
  "owner":{"display":"{{LOCATION:Sahlgrenska Universitetssjukhuset}}, Diabetesmottagningen"}},
 {"resourceType":"Observation","id":"glu-88","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"2339-0"}]},
  "subject":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.3.1","value":"{{OTHER_ID:19870412-2286}}"},"display":"{{NAME:Linnea Eriksdotter Nilsson}}"},
  "effectiveDateTime":"{{DATE:2026-11-26}}T03:12:00+01:00","valueQuantity":{"value":2.9,"unit":"mmol/L"},
  "performer":[{"display":"{{NAME:Bengt-Ove Lindqvist}}"}],
  "note":[{"text":"Night hypo, partner {{NAME:Mattias}} gave glucagon (Baqsimi). Lives {{LOCATION:Majorna}}, {{LOCATION:Goteborg}}. Call {{PHONE:+46 31 555 04 12}}."}]}
]
`,
  },
];
