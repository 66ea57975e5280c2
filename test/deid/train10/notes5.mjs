// train10 notes5: OCR text of scanned faxes and handwritten forms, with OCR noise.
export default [
{ id: 't10-037', kind: 'ocr-fax-cover', text: `
[OCR p1/4]  F A X   C O V E R   S H E E T
T0: Dr. {{NAME:Ljubica Markovi c}}          FR0M: {{LOCATION:St. Agnes Wound Care Center}}
Fax: {{FAX:(4l0) 555-0l37}}                Fax: {{FAX:410-555-0194}}
Ph0ne: {{PHONE:410 555 0l26}}               Date: {{DATE:ll/24/2026}}
Re: {{NAME:Baptiste, Jean-Rene}}   D0B {{DATE:O9/l7/1946}}
Pages: 4 (incl. cover)   [ ] Urgent  [x] For review
Comments: wound photos enclosed ({{PHOTO:JRB_sacrum_wk6.png}}), pls sign hyperbaric 0rder.
  Pt lives w/ niece {{NAME:Mireille Baptiste-Auguste}} at {{LOCATION:5l9 Edmondson Ave}}, {{LOCATION:Catonsville}} MD {{LOCATION:2l228}}
CONFIDENTIALITY N0TICE: This facsimile contains PHI. If received in error call {{PHONE:410-555-0l26}}.
~~~ scan artefact ~~~ ||||| 
[OCR p2/4] WOUND ASSESSMENT: sacral stage 4 PI 4.2 x 3.l x l.8 cm, tunnelling at 12 o'clock 2 cm. Granulation 60%, slough 40%. Cultures: MRSA, Pseudomonas aeruginosa. Wound VAC 125 mmHg continuous. Pt is Haitian Creole speaking; TcPO2 38. Albumin 2.9. Hyperbaric O2: Wagner grade N/A (not diabetic foot).` },

{ id: 't10-038', kind: 'ocr-handwritten-referral', text: `
OCR (handwriting, low confidence) - GP REFERRAL FORM - received by fax {{DATE:25 Nov 2O26}}
Surname: {{NAME:NAKASHIMA-REYES}}   F0renames: {{NAME:Aiko Esperanza}}   Sex: F
D0B: {{DATE:3O / O4 / 1991}}    Hosp N0: {{MRN:N4l7 7203}}
Address: {{LOCATION:Unit 2, 48 Buln Buln Rd}}, {{LOCATION:Warragul}} VIC {{LOCATION:382O}}
Tel: {{PHONE:O491 57O 913}}     Medicare: {{HEALTH_PLAN:3O18 22475 2}} /1
Reason: ?coeliac, Fe def anaemia Hb 94, ferritin 4. TTG IgA >128. pls scope
Referrer: Dr {{NAME:Tobias Hargreaves-Ngata}} Prov No {{OTHER_ID:2O4471BH}}
Practice: {{LOCATION:Baw Baw Family Medical}}, {{LOCATION:Queen St}}, {{LOCATION:Warragul}}
sig: [illegible]   {{DATE:24/11/26}}` },

{ id: 't10-039', kind: 'ocr-insurance-card', text: `
SCANNED INSURANCE CARD (front/back) - OCR
  SUNSTATE CHOICE PPO
  Member: {{NAME:ABIMBOLA T ONABANJO}}
  ID: {{HEALTH_PLAN:SUN8 8201 4471}}    Group: 00719-PPO
  Dependent: {{NAME:OLUWADAMILARE ONABANJO}}  01
  RxBIN 610014  RxPCN CSX   RxGrp SUNRX
  PCP: DR {{NAME:R. CASTELLANOS}}  {{PHONE:305-555-0188}}
  -- back --
  Claims: {{LOCATION:PO Box 99201}}, {{LOCATION:Lakeland}} FL {{LOCATION:33804}}
  Subscriber SSN (last 4): {{SSN:4471}}
  Card issued {{DATE:01/2026}}` },

{ id: 't10-040', kind: 'ocr-consent', text: `
[OCR of signed consent, 2 pages, skew corrected]
{{LOCATION:HOSPITAL UNIVERSITARIO LA PAZ}} - {{LOCATION:Paseo de la Castellana 261}}, {{LOCATION:28046 Madrid}}
CONSENTIMIENTO INFORMADO / INFORMED CONSENT - Coronariografia
Paciente: {{NAME:Inmaculada Garcia-Valdecasas y Ruiz de Alda}}    NHC: {{MRN:2209l447}}
DNI: {{OTHER_ID:0O0441827-Z}}     Tarjeta sanitaria: {{HEALTH_PLAN:MDRD 4418 2201 9}}
Medico informante: Dr. {{NAME:Alvaro Fernandez de Cordoba}}  Col. n.o {{LICENSE:28/2844197}}
Testigo: {{NAME:Mercedes}} (hija)
Firmado en {{LOCATION:Madrid}}, a {{DATE:24 de noviembre de 2026}}
Riesgos: hematoma, reaccion al contraste, IAM, ACV (1/1000) ...
Firma paciente: ___[signature]___   Firma medico: ___[signature]___
Firma biometrica (tableta): {{BIOMETRIC:SIGBIO-2026-114470}}   Hash doc: 7f3a9c  Pag 2/2
Copia enviada a: {{EMAIL:inma.gvaldecasas@example.es}}` },

{ id: 't10-041', kind: 'ocr-lab-fax', text: `
*** RECEIVED BY FAX {{DATE:11/25/2026}} 06:12 FROM {{FAX:559-555-0107}} ***   [OCR]
{{LOCATION:VALLEY CENTRAL LABORATORY}}  {{LOCATION:4417 N CEDAR AVE}}  {{LOCATION:FRESNO}} CA {{LOCATION:93726}}
PATIENT: {{NAME:THAO, PA NHIA}}         DOB: {{DATE:O3/11/1987}}   SEX: F
ACCT: {{ACCOUNT:VCL-0044l928}}         MRN: {{MRN:CM-66l0273}}
ORDERING: {{NAME:VANG, CHUE}} MD       COLLECTED: {{DATE:11/24/26}} 07:40
TEST             RESULT   FLAG  REF
TSH              0.02     L     0.45-4.5
FREE T4          3.9      H     0.8-1.8
TRAb             8.2      H     <1.75
COMMENT: CALLED TO {{NAME:MAI YER}} AT DR {{NAME:VANG}}'S OFFICE {{DATE:11/24}} 16:05 BY {{NAME:RLH}}
PAGE 1 OF 1  -- FAX QUALITY POOR -- 
RESULTS ONLINE: {{URL:https://results.example.com/vcl/r/0044l928}}   CLIENT SERVICES {{PHONE:559-555-0l10}}` },

{ id: 't10-042', kind: 'ocr-transfer-form', text: `
OCR - INTER-FACILITY TRANSFER FORM (handwritten fields in [ ])
From: [{{LOCATION:Sunnyvale Gardens Rest Home}}]   To: [{{LOCATION:Timaru Hospital}}]
Resident: [{{NAME:Ngaire Te Whaiti-Olsen}}]   Age: [{{AGE_OVER_89:9l}}]   NHI: [{{HEALTH_PLAN:PRX 2O91}}]
Next of kin: [{{NAME:Lars Olsen}} (son)  {{PHONE:O3 555 O172}}]
GP: [Dr {{NAME:Hamish McIlwraith}}]
Reason: [fall, ?# NOF, on apixaban 2.5]  Time of fall: [O515]
Hearing aids: [both, serial L {{DEVICE:SN 2lO9447A}}]
Valuables sent: [wedding ring, glasses]
Completed by: [{{NAME:Rangi}} RN]  [{{DATE:26/ll/26}}]
Address of resident: [{{LOCATION:l4 Wai-iti Rd}}, {{LOCATION:Highfield}}]` },

{ id: 't10-043', kind: 'ocr-script-sa', text: `
[OCR of prescription, scanned at pharmacy]
Dr {{NAME:Thandeka Mkhize-Naidoo}}  MBChB (UKZN)   Pr. No. {{OTHER_ID:O44 71O2}}   HPCSA {{LICENSE:MP O6l8830}}
{{LOCATION:Suite 4, Umhlanga Medical Centre}}, {{LOCATION:323 Umhlanga Rocks Drive}}, {{LOCATION:Umhlanga}} {{LOCATION:4319}}
Tel {{PHONE:O31 555 O148}}
Date: {{DATE:24/11/2O26}}
Patient: {{NAME:Sipho Dlamini}}   ID no: {{OTHER_ID:79O512 5O83 O84}}   Med aid: Discovery {{HEALTH_PLAN:DH 44l0927}}
Rx  Amlodipine 10mg  1 daily  x 3/12
    Hydrochlorothiazide 12.5mg  1 mane
    Atorvastatin 20mg nocte
Repeat x 5
Sig: [scribble]
[pharmacist note on scan: dispensed {{DATE:25/11/2026}} by {{NAME:Refilwe Molefe}}, {{LOCATION:Gateway Pharmacy}}, ref {{OTHER_ID:GP-RX-44710}}]` },

{ id: 't10-044', kind: 'ocr-clinic-card', text: `
OCR - patient-held clinic card (photo taken by patient, uploaded to portal)
MINISTRY OF HEALTH - MCH BOOKLET
Facility: {{LOCATION:Kakamega County General Hospital}}
Mother: {{NAME:Wanjiru Achieng Otieno}}   ANC no: {{OTHER_ID:ANC/2026/0447}}
Village: {{LOCATION:Shinyalu}}   Sub-county: {{LOCATION:Ikolomani}}
Husband: {{NAME:Barasa Wekesa}}  tel {{PHONE:+254 7l2 555 O91}}
LMP: {{DATE:l4/O3/2O26}}   EDD: {{DATE:19/12/2O26}}
Visits: {{DATE:O2/O5}} Hb 10.8, {{DATE:l8/O7}} BP 118/74, {{DATE:O9/1O}} fundal ht 30
Tetanus: TT2   IPTp: SP x2   HIV: NR
Referred to {{LOCATION:Moi Teaching and Referral Hospital}}, {{LOCATION:Eldoret}} (breech?)
Uploaded file: {{PHOTO:mch_card_scan_p2.jpeg}}
Next of kin: mother-in-law {{NAME:Nekesa Wekesa}}, {{LOCATION:Malava}}. CHV: Mama {{NAME:Joyce Akinyi}}
SHA no: {{HEALTH_PLAN:SHA-447-1092-88}}   Mpesa for transport refund: {{ACCOUNT:0712 555 091}}` },

{ id: 't10-045', kind: 'ocr-dnr', text: `
[OCR]  P O L S T  -  Physician Orders for Life-Sustaining Treatment
Patient Last Name: {{NAME:ODUYA-KRAMER}}     First: {{NAME:EUNICE}}     DOB: {{DATE:O2/28/1933}}
Section A: [x] Do Not Attempt Resuscitation
Section B: [x] Selective Treatment
Signature of patient or legally recognized decisionmaker: [signed]  {{NAME:Harold Kramer}} (spouse)
Physician/NP/PA: {{NAME:Beatriz Oyelowo-Santana}}, MD   License #: {{LICENSE:G 88l03}}   Phone: {{PHONE:(5l0) 555-Ol33}}
Date: {{DATE:ll-25-2026}}
Facility: {{LOCATION:Piedmont Gardens}}, {{LOCATION:110 41st St}}, {{LOCATION:Oakland}}
Patient age at signing: {{AGE_OVER_89:93}}
[stamp: COPY TO PATIENT - SEND ORIGINAL WITH PATIENT]` },
];
