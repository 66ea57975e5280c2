// heldout12 notes6: consent forms, appointment letters, care plans and complaints from many countries,
// written for or by patients and families, in English (h12-051..058). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h12-051',
    kind: 'consent-jordan-tonsillectomy',
    text: `
{{LOCATION:Jordan University Hospital}} - Department of Otolaryngology
CONSENT FOR SURGERY ON A CHILD (English copy for the family)
Child: {{NAME:Yousef Omar Al-Zoubi}}    Age: 6 years    File no.: {{MRN:JUH-1144719}}
Parent/guardian: {{NAME:Omar Khaled Al-Zoubi}} (father), national number {{OTHER_ID:9841047192}}
Address: {{LOCATION:Tla' Al-Ali}}, {{LOCATION:Amman}}; building 14, {{LOCATION:Wasfi Al-Tal Street}}. Mobile {{PHONE:+962 79 555 4471}}
Operation: adenotonsillectomy (coblation) for obstructive sleep apnoea, AHI 14.2 on the sleep study of {{DATE:02/10/2025}}.
Risks explained: bleeding (about 2 in 100), pain, dehydration, anaesthesia risks. Questions answered by Dr. {{NAME:Rami Haddadin}} (JMC no. {{LICENSE:JMC-44719}}).
The father cannot read English; the form was read to him in Arabic by nurse {{NAME:Lina Qudah}} and he signed with his right thumbprint, scanned as {{BIOMETRIC:TP-JUH-2025-11-0447}}.
Witness: {{NAME:Hala Odeh}}. Date: {{DATE:18/11/2025}}. Surgery list: {{DATE:25 November 2025}}.
`,
  },
  {
    id: 'h12-052',
    kind: 'appointment-letter-rwanda',
    text: `
REPUBLIC OF RWANDA - {{LOCATION:University Teaching Hospital of Kigali}} (CHUK)
Outpatient appointment - Diabetes and Endocrine Clinic
Name: {{NAME:Uwimana Claudine}}           Patient no.: {{MRN:CHUK/2025/044719}}
National ID: {{OTHER_ID:1 1985 7 0044719 1 42}}    Mutuelle de sante no.: {{HEALTH_PLAN:0104-4719-2283}}
Address: {{LOCATION:Nyamirambo}} sector, {{LOCATION:Rugarama}} cell, {{LOCATION:Amahoro}} village, {{LOCATION:Nyarugenge}} district
Phone: {{PHONE:+250 788 555 147}}
Your appointment: Thursday {{DATE:4 December 2025}}, 08:00, room 12. Come fasting (no food after 22:00).
Bring: your glucose book, the insulin pen, your mutuelle card. Your fingerprint was registered at the reception desk ({{BIOMETRIC:CHUK-FP-044719}}); use it to check in at the kiosk.
Referred by: {{LOCATION:Kabusunzu Health Centre}}, nurse {{NAME:Mukamana Josiane}}.
Doctor: Dr. {{NAME:Habimana Eric}} (RMDC {{LICENSE:RMDC-04471}}).
Confirm or change: SMS to {{PHONE:+250 788 555 100}} or online {{URL:https://appointments.example.rw/chuk/044719}}.
`,
  },
  {
    id: 'h12-053',
    kind: 'care-plan-croatia',
    text: `
HOME CARE PLAN - summary for the family
{{LOCATION:Dom zdravlja Zagreb - Centar}}, home nursing service
Patient: {{NAME:Ankica Perkovic}}, born {{DATE:03.05.1932}} (age {{AGE_OVER_89:93}}), OIB {{OTHER_ID:44719028316}}, HZZO card {{HEALTH_PLAN:104471928}}
Address: {{LOCATION:Ilica 118}}, 3rd floor, {{LOCATION:10000}} {{LOCATION:Zagreb}}
Problems: leg ulcer (right), type 2 diabetes on insulin, lives alone since {{DATE:March 2025}}.
Nurse visits: Monday, Wednesday, Friday (nurse {{NAME:Marija Babic}}, {{PHONE:+385 91 555 4471}}). Visits are confirmed by face check-in on the nurse's tablet ({{BIOMETRIC:FC-DZ-0044719}}).
Family: son {{NAME:Zeljko Perkovic}} in {{LOCATION:Split}} ({{EMAIL:zeljko.perkovic@example.hr}}); granddaughter {{NAME:Petra}} shops on Saturdays.
Co-payment: supplementary insurance account {{ACCOUNT:DZO-7710-4471}}.
Next review with GP Dr. {{NAME:Tomislav Vukelic}}: {{DATE:15.12.2025}}.
`,
  },
  {
    id: 'h12-054',
    kind: 'complaint-malta',
    text: `
To: The Complaints Unit, {{LOCATION:Mater Dei Hospital}}, {{LOCATION:Msida}}
From: {{NAME:Carmelo Azzopardi}}, ID card {{OTHER_ID:0447193M}}, {{LOCATION:22, Triq il-Kbira}}, {{LOCATION:Zebbug}} {{LOCATION:ZBG 1045}}
Date: {{DATE:20 November 2025}}

Dear Sir/Madam,
My wife {{NAME:Doris Azzopardi}} (ID {{OTHER_ID:0229741M}}) was in ward M6 from {{DATE:3 November}} to {{DATE:11 November}}. I wish to complain that on {{DATE:7 November}} the blue-badge bay was blocked and I was fined while taking her wheelchair out of my car (registration {{VEHICLE:BLK 447}}).
Also, nobody told us her discharge letter had gone to her old GP, Dr {{NAME:Joseph Borg Cardona}} (reg. {{LICENSE:MMC 4471}}), instead of Dr {{NAME:Maria Grech}}.
Her mother, {{NAME:Carmela Vella}}, is {{AGE_OVER_89:98}} and lives with us, so I cannot stay long at the hospital.
Please reply to {{EMAIL:c.azzopardi@example.com.mt}} or {{PHONE:7955 5471}}.
Yours faithfully, {{NAME:Carmelo Azzopardi}}
`,
  },
  {
    id: 'h12-055',
    kind: 'telehealth-photo-consent-iceland',
    text: `
{{LOCATION:Heilsugaeslan Hlidum}} (primary care) - Consent to video consultation and photographs
Name: {{NAME:Gudrun Sigurbjornsdottir}}     Kennitala: {{OTHER_ID:140233-4479}}
Address: {{LOCATION:Bolstadarhlid 16}}, {{LOCATION:105}} {{LOCATION:Reykjavik}}      Tel.: {{PHONE:555 4471}}
I agree that nurse {{NAME:Sigridur Olafsdottir}} may photograph the skin tear on my left forearm and send the pictures ({{PHOTO:GS_forearm_01.jpg}}, {{PHOTO:GS_forearm_02.jpg}}) to the dermatologist.
I agree to a video consultation on {{DATE:26 November 2025}} by the link {{URL:https://heilsuvera.example.is/video/GS-140233}}; my granddaughter {{NAME:Asdis Jonsdottir}} ({{EMAIL:asdis.j@example.is}}) will help me with the tablet.
Age {{AGE_OVER_89:92}}. Consent recorded electronically, {{DATE:20.11.2025}}, from {{IP:192.0.2.147}}.
`,
  },
  {
    id: 'h12-056',
    kind: 'family-letter-dominican-republic',
    text: `
From: {{NAME:Altagracia Mercedes de los Santos}}, {{LOCATION:Calle Duarte #44}}, {{LOCATION:Santiago de los Caballeros}}, Dominican Republic (cedula {{OTHER_ID:031-0447192-8}})
To: Social Work, {{LOCATION:Montefiore Medical Center}}, {{LOCATION:Bronx}}
{{DATE:19 de noviembre de 2025}}

Dear social worker,
I am the mother of {{NAME:Wilkin Rafael de los Santos}} (born {{DATE:08/22/1990}}, SSN {{SSN:000-31-9472}}), who is in your ICU after the accident on the {{LOCATION:Major Deegan Expressway}}. I cannot travel because my visa appointment is only in {{DATE:February 2026}}.
His girlfriend {{NAME:Yokasta Pimentel}} ({{PHONE:347-555-0126}}) has his phone. His car was towed, NY plate {{VEHICLE:KLM 4471}}; the tow papers are with his cousin {{NAME:Juan Carlos Mercedes}}.
Please call me on WhatsApp {{PHONE:+1 809 555 0144}} or write to {{EMAIL:altagracia.ms@example.com.do}}. I can also join the family meeting by the video link you send, like the last one: {{URL:https://meet.example.org/icu-family/wrds-0922}}.
`,
  },
  {
    id: 'h12-057',
    kind: 'care-summary-cameroon',
    text: `
{{LOCATION:Hopital Laquintinie de Douala}} - Service de Medecine Interne
Patient care summary (given to patient and family)
Name: {{NAME:Ngo Bassa Esther Mireille}}   Age: 61   File no.: {{MRN:HLD-25-04471}}
CNI no.: {{OTHER_ID:114471928}} (biometric enrolment ref. {{BIOMETRIC:DGSN-ENR-7720441}})
Residence: {{LOCATION:Quartier Bonamoussadi}}, {{LOCATION:Douala}}; near {{LOCATION:Carrefour Eto'o}}
Diagnosis: hypertensive heart disease, new type 2 diabetes (HbA1c 10.2%).
Treatment: amlodipine 10 mg, metformin 500 mg twice daily, foot care.
Follow-up: {{DATE:9 decembre 2025}} with Dr {{NAME:Mbarga Jean-Pierre}} (ONMC {{LICENSE:ONMC-4471}}). Husband {{NAME:Bassa Emmanuel}} phone {{PHONE:+237 6 55 55 47 19}}.
Pharmacy: {{LOCATION:Pharmacie du Wouri}}. Mutuelle account {{ACCOUNT:MUT-0447192}}.
`,
  },
  {
    id: 'h12-058',
    kind: 'pharmacy-palm-enrolment-consent',
    text: `
{{LOCATION:Walgreens}} store in {{LOCATION:Mesa}} - Pharmacy identity-verification enrolment (patient copy)
Patient: {{NAME:Delfina Yazzie-Montoya}}   DOB {{DATE:10/03/1952}}   Rx profile {{OTHER_ID:RXP-44719028}}
ID checked: AZ driver licence {{LICENSE:D04471928}}; SSN on file {{SSN:000-62-1184}} (needed for the Medicare Part D plan).
I agree to enrol my palm for picking up controlled prescriptions. Left palm template {{BIOMETRIC:PV-L-5520-4471}}; right palm template {{BIOMETRIC:PV-R-5520-4472}}. If the scanner fails, the pharmacist may use the face photo instead ({{BIOMETRIC:FACE-5520-4471}}).
Authorised pick-up person: my grandson {{NAME:Tyrell Montoya}}, SSN {{SSN:000-71-0238}}, phone {{PHONE:480-555-0131}}.
Home: {{LOCATION:1550 W Southern Ave, Lot 88}}, {{LOCATION:Mesa}}, AZ {{LOCATION:85202}}.
Signed on the store pad {{DATE:11/17/2025}}, terminal IP {{IP:10.112.4.71}}. Revoke online: {{URL:https://rx.example.com/enrol/revoke?p=RXP-44719028}}.
`,
  },
];
