// heldout3 notes 017-032. Gold marks: {{TYPE:value}}. Written blind (see README.md).
export default [
  {
    id: 'h3-017',
    kind: 'SOAP progress note',
    text: `
S: {{NAME:Jaylen Whitaker-Moss}} is a 34 yo M here for f/u of T1DM. Reports 3 lows <54 mg/dL last week, all after evening basketball. Uses CGM (transmitter ID {{DEVICE:8G2K4R}}) and insulin pump SN {{DEVICE:PT-448-19227}}. Denies DKA admissions since {{DATE:August 2023}}.
O: BP 118/72, HR 64, BMI 24.8. A1c 8.9% (9.6% in {{DATE:Oct 2024}}). Time in range 51%. Monofilament 10/10 bilaterally. Injection sites without lipohypertrophy.
A: T1DM, suboptimal control with exercise-related hypoglycemia.
P: Temp basal 70% for 2 h with exercise; reduce dinner ICR from 1:8 to 1:10. Glucagon nasal 3 mg refilled. Pump data: {{URL:https://pumpcloud.example.com/u/jwm4471}}. Partner {{NAME:Devon}} to attend hypoglycemia teaching on {{DATE:4/2}}. RTC 3 mo.
{{NAME:Summer Okoro}}, PA-C
`,
  },
  {
    id: 'h3-018',
    kind: 'Irish discharge letter',
    text: `
{{LOCATION:St Brendan's University Hospital}}, {{LOCATION:Newcastle Road}}, {{LOCATION:Galway}} {{LOCATION:H91 YR71}}
DISCHARGE SUMMARY - Medical 2
Patient: {{NAME:Padraig O Flaithearta}}   DOB {{DATE:03/07/1950}}   MRN {{MRN:0719234}}
Address: {{LOCATION:Baile na hAbhann}}, {{LOCATION:Co. Galway}} {{LOCATION:H91 C6F2}}
Medical card no. {{HEALTH_PLAN:1044589X}}
Admitted {{DATE:21/02/2025}}   Discharged {{DATE:28/02/2025}}
GP: Dr {{NAME:Aoife Ni Riain}}, {{LOCATION:Spiddal Medical Centre}}

Dear Dr {{NAME:Ni Riain}},
{{NAME:Padraig}} was admitted with right lower lobe community-acquired pneumonia, CURB-65 score 2. He was treated with IV co-amoxiclav and clarithromycin, switched to oral on day 4. CRP fell from 212 to 34. Repeat CXR in 6 weeks please.
Next of kin: wife {{NAME:Siobhan}}, {{PHONE:087 555 0144}}.
Prof. {{NAME:Cathal McGettigan}}, Consultant Physician, MCRN {{LICENSE:019834}}
`,
  },
  {
    id: 'h3-019',
    kind: 'Canadian referral',
    text: `
{{LOCATION:Riverdale Family Health Team}}
{{LOCATION:1200 Danforth Ave, Suite 210}}, {{LOCATION:Toronto}}, ON {{LOCATION:M4J 1M6}}
T {{PHONE:416-555-0138}}   F {{FAX:416-555-0139}}
{{DATE:2025-02-14}}

To: Memory Clinic, {{LOCATION:Lakeshore Geriatric Centre}}
Re: {{NAME:Marguerite Lalonde-Pichette}}   DOB {{DATE:1933-10-02}} ({{AGE_OVER_89:91}} y)   OHIP {{HEALTH_PLAN:4417-228-906-KT}}

Reason: progressive memory decline over 18 months; MoCA 19/30 today (24/30 in {{DATE:March 2023}}). B12, TSH normal; CT head 2023 showed moderate atrophy. Lives with her son {{NAME:Luc}} in {{LOCATION:East York}}. She is still driving (Ontario licence {{LICENSE:L2041-58207-31002}}); we discussed a mandatory report to MTO.
Meds: donepezil 5 mg daily since January, amlodipine 5 mg.

Dr. {{NAME:Harjit Sandhu}}, CCFP   CPSO {{LICENSE:88412}}
`,
  },
  {
    id: 'h3-020',
    kind: 'Australian referral',
    text: `
{{LOCATION:Marrickville Road Medical Practice}}
{{LOCATION:Level 1, 287 Marrickville Rd}}, {{LOCATION:Marrickville}} NSW {{LOCATION:2204}}
Ph {{PHONE:(02) 5550 1187}}   Fax {{FAX:(02) 5550 1188}}

{{DATE:6 March 2025}}

Dear Dr {{NAME:Vettori}},
Re: Mr {{NAME:Stavros Papadimitriou}}, DOB {{DATE:17.05.1929}}
{{LOCATION:Unit 4/12 Illawarra Rd}}, {{LOCATION:Marrickville}} NSW {{LOCATION:2204}}
Medicare {{HEALTH_PLAN:2298 51734 1}}   DVA Gold Card {{HEALTH_PLAN:NX123456}}

Thank you for seeing this {{AGE_OVER_89:ninety-five}} year old gentleman with worsening exertional breathlessness. Echo at {{LOCATION:Royal Prince Alfred}} showed severe AS (mean gradient 48 mmHg, AVA 0.7 cm2). He remains independent, walks to the club daily and is keen to discuss TAVI. His daughter {{NAME:Eleni}} (mobile {{PHONE:0491 570 156}}) will accompany him.

Yours sincerely,
Dr {{NAME:Mei-Ling Fairweather}}   Provider No. {{OTHER_ID:4471826B}}
`,
  },
  {
    id: 'h3-021',
    kind: 'NZ clinic letter',
    text: `
{{LOCATION:Te Awamutu Health Centre}}, {{LOCATION:PO Box 212}}, {{LOCATION:Te Awamutu}} {{LOCATION:3840}}
{{DATE:10/03/2025}}
Kia ora Dr {{NAME:Hemi Walker}},
Re: {{NAME:Wiremu Tane Paewai}}, NHI {{HEALTH_PLAN:ZKM4471}}, {{LOCATION:1184 Kakepuku Road}}, {{LOCATION:RD 3}}, {{LOCATION:Te Awamutu}} {{LOCATION:3873}}
{{NAME:Wiremu}}, 67, has gout flaring 4-5 times a year despite allopurinol 300 mg. Urate 0.52 mmol/L. eGFR 58. I would value your advice on febuxostat. His whanau are supportive; his wife {{NAME:Huia}} manages his pills. Contact {{PHONE:027 555 0193}}.
Nga mihi,
{{NAME:Sarah-Jane Tipene}}, Nurse Practitioner
`,
  },
  {
    id: 'h3-022',
    kind: 'South African clinic note',
    text: `
{{LOCATION:Groote Kloof Clinic}} - Chronic Disease Unit
Date: {{DATE:2025/02/18}}
Patient: {{NAME:Nomvula Dlamini}}   ID no. {{OTHER_ID:6105120412089}}
Medical aid: scheme member no. {{HEALTH_PLAN:DH330918271}} (dependant code 01)
Address: {{LOCATION:17 Jacaranda Street}}, {{LOCATION:KwaThema}}, {{LOCATION:Springs}}, {{LOCATION:1575}}
Cell: {{PHONE:072 555 0188}}
63F, HIV on TLD since 2019, VL lower than detectable, CD4 612. HTN: BP 152/94 on amlodipine 10 mg - add HCTZ 12.5 mg. Pap smear due. Sister {{NAME:Thandiwe Mokoena}} collects meds when she travels to {{LOCATION:Durban}}.
Dr {{NAME:Pieter van der Merwe}}   HPCSA {{LICENSE:MP0734129}}
`,
  },
  {
    id: 'h3-023',
    kind: 'Indian discharge summary',
    text: `
{{LOCATION:Sri Venkateshwara Multispeciality Hospital}}, {{LOCATION:Jayanagar}}, {{LOCATION:Bengaluru}} - {{LOCATION:560041}}
DISCHARGE SUMMARY
Name: Mr. {{NAME:K. Venkataramana Rao}}   Age/Sex: 72 Y / M   UHID: {{MRN:SVH2025004418}}
S/o {{NAME:K. Subba Rao}}
Address: {{LOCATION:No. 44, 3rd Main, 9th Block}}, {{LOCATION:Jayanagar}}, {{LOCATION:Bengaluru}} {{LOCATION:560069}}
Aadhaar: {{OTHER_ID:5821 4470 9913}}
DOA: {{DATE:14-02-2025}}   DOD: {{DATE:19-02-2025}}
Diagnosis: Acute inferior wall MI, PTCA to RCA with 1 DES. Type 2 DM. 
Treating consultant: Dr. {{NAME:Shalini Iyengar}}, DM (Cardiology), KMC Reg. No. {{LICENSE:48213}}
Advice: Tab. Ecosprin 75 mg OD, Tab. Ticagrelor 90 mg BD, Tab. Atorva 80 mg HS. Review after 2 weeks in OPD 7.
Attendant: Smt. {{NAME:Lakshmi Venkataramana}} (wife), Mob {{PHONE:+91 98450 55512}}
`,
  },
  {
    id: 'h3-024',
    kind: 'HL7 ORU',
    text: `
MSH|^~\\&|LIS|FAC02|EHR|FAC02|{{DATE:20250219}}1422||ORU^R01|88120|P|2.3
PID|||{{MRN:1100287734}}^^^^MR||{{NAME:OYELARAN^BOLANLE^F}}||{{DATE:19290103}}|F
OBR|1||{{OTHER_ID:LAB25-0219-0441}}|24323-8^CMP^LN|||{{DATE:20250219}}0830|||||||||{{OTHER_ID:1093817266}}^{{NAME:DUBOIS^ETIENNE}}
OBX|1|NM|2345-7^Glucose^LN||142|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^Creatinine^LN||1.9|mg/dL|0.6-1.1|H|||F
OBX|3|NM|2823-3^Potassium^LN||5.8|mmol/L|3.5-5.1|HH|||F
NTE|1||Critical K called to {{NAME:Ruth}} RN at 14:20, read back verified. Pt is {{AGE_OVER_89:96}}; eGFR interpret with caution.
`,
  },
  {
    id: 'h3-025',
    kind: 'JSON pasted in note',
    text: `
Intake app payload (raw, pasted by front desk):
{"patient":{"name":{"family":"{{NAME:Szabo}}","given":["{{NAME:Erzsebet}}"]},"birthDate":"{{DATE:1931-12-24}}","age":{{AGE_OVER_89:93}},"telecom":[{"system":"phone","value":"{{PHONE:+1-216-555-0173}}"},{"system":"email","value":"{{EMAIL:e.szabo31@example.net}}"}],"address":[{"line":["{{LOCATION:1544 Lorain Ave}}"],"city":"{{LOCATION:Cleveland}}","state":"OH","postalCode":"{{LOCATION:44113}}"}]},"coverage":{"payer":"Buckeye Senior Plan","memberId":"{{HEALTH_PLAN:BSP00982213}}","group":"G-2210"},"vitals":{"hr":72,"bp":"150/88","spo2":96},"submittedAt":"{{DATE:2025-03-02}}T09:14:55Z","clientIp":"{{IP:198.51.100.23}}"}
Reviewed with pt; phone and address confirmed.
`,
  },
  {
    id: 'h3-026',
    kind: 'CDA XML fragment',
    text: `
<recordTarget><patientRole>
<id root="2.16.840.1.113883.19.5" extension="{{MRN:774019283}}"/>
<addr use="HP"><streetAddressLine>{{LOCATION:9 Kestrel Way}}</streetAddressLine><city>{{LOCATION:Bozeman}}</city><state>MT</state><postalCode>{{LOCATION:59715}}</postalCode></addr>
<telecom value="tel:{{PHONE:+1-406-555-0126}}"/><telecom value="mailto:{{EMAIL:hunter.bjornstad@example.com}}"/>
<patient><name><given>{{NAME:Hunter}}</given><family>{{NAME:Bjornstad}}</family></name><administrativeGenderCode code="M"/><birthTime value="{{DATE:19880306}}"/></patient>
</patientRole></recordTarget>
<author><time value="{{DATE:20250304}}1015-0700"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{{OTHER_ID:1588204471}}"/>
<assignedPerson><name><prefix>Dr.</prefix><given>{{NAME:Lucia}}</given><family>{{NAME:Albertini}}</family></name></assignedPerson></assignedAuthor></author>
<component><observation><code code="8480-6" codeSystem="2.16.840.1.113883.6.1"/><value value="132" unit="mm[Hg]"/></observation></component>
`,
  },
  {
    id: 'h3-027',
    kind: 'lab requisition',
    text: `
LABORATORY REQUISITION
Ordering site: {{LOCATION:Westgate Internal Medicine}}, {{LOCATION:3300 Westgate Blvd}}, {{LOCATION:Austin}}, TX {{LOCATION:78745}}
Patient: {{NAME:Abernathy, Cornelius J.}}   Sex: M   DOB: {{DATE:07/04/1944}}
Bill to: insurance. Primary: Medicare MBI {{HEALTH_PLAN:7TX2-QP4-HN61}}. Secondary: AARP supplement, member {{HEALTH_PLAN:004417729-11}}.
Guarantor: self, SSN {{SSN:463-08-1927}}.  Patient account {{ACCOUNT:GA-44017288}}
Tests: CBC w/diff (85025), CMP (80053), TSH (84443), lipid panel (80061), HbA1c (83036), UACR (82043)
ICD-10: E11.9, E78.5, I10
Fasting: Y (12 h).  Collected {{DATE:03/10/2025}} 07:45 by {{NAME:tbrennan}} (phlebotomy)
Specimen accession {{OTHER_ID:W2503100771}}
Physician: {{NAME:Anjali Deshpande-Whitfield}}, MD   NPI {{OTHER_ID:1306927718}}
`,
  },
  {
    id: 'h3-028',
    kind: 'transport log',
    text: `
NON-EMERGENCY MEDICAL TRANSPORT - DAILY LOG   Tue {{DATE:03/04/2025}}
Broker: Ride-Right Transit   Dispatcher: {{NAME:Lenny Gaskins}}
Trip 1  0615  {{NAME:Agnes Whitehorse}} (W/C)  {{LOCATION:211 Prairie View Ln}}, {{LOCATION:Rapid City}} -> {{LOCATION:Black Hills Dialysis}}  Van plate SD {{VEHICLE:2W 4471}}, VIN {{VEHICLE:1FDEE3FS6KDC41187}}, driver {{NAME:Tomas Redcloud}}
Trip 2  0740  {{NAME:Harold Beaudry}} (amb)  {{LOCATION:Meadowlark Assisted Living}} -> {{LOCATION:Monument Health Clinic}}  Sedan plate SD {{VEHICLE:1R 0932}}, driver {{NAME:Shawna Kills Crow}}
Trip 3  1030  {{NAME:Agnes Whitehorse}} return, no-show at pickup (pt still on machine), re-dispatched 1110.
Trip 4  1300  {{NAME:Ignatius Orr}} ({{AGE_OVER_89:97}} y, stretcher)  {{LOCATION:Sturgis}} -> VA clinic, stretcher van VIN {{VEHICLE:1GB3GRCG2F1130562}}, driver {{NAME:T. Redcloud}}
Mileage total 212. Fuel 14.6 gal. No incidents.
`,
  },
  {
    id: 'h3-029',
    kind: 'death note with obituary',
    text: `
DEATH NOTE
Called by RN at 04:41 to evaluate. {{NAME:Mildred Kasprzak}}, age {{AGE_OVER_89:101}}, comfort care since {{DATE:2/18/25}}. No heart sounds or breath sounds for 60 seconds, pupils fixed, no response to stimuli. Pronounced dead {{DATE:February 21, 2025}} at 04:52 by Dr. {{NAME:Obinna Eze}}. Family notified by phone: son {{NAME:Richard Kasprzak}} at {{PHONE:586-555-0115}}. Not a medical examiner case. Death certificate worksheet: SSN {{SSN:368-14-0552}}, father's surname {{NAME:Wrobel}}. Gift of Life referral {{OTHER_ID:GOL-25-01877}}, tissue only.

Family's draft obituary left at bedside (copied at their request):
"{{NAME:Millie}} was born {{DATE:Aug. 2, 1923}}, in {{LOCATION:Hamtramck}}, the youngest of nine children of {{NAME:Jozef}} and {{NAME:Stanislawa Wrobel}}. She married {{NAME:Edmund Kasprzak}} in 1946 and worked 31 years on the assembly line. She is survived by {{NAME:Richard}} ({{NAME:Donna}}), 7 grandchildren and her sister {{NAME:Helen Zielinski}}, {{AGE_OVER_89:98}}. Visitation at {{LOCATION:Wojcik Funeral Home}}, {{LOCATION:Sterling Heights}}, on {{DATE:Feb 27}}."
`,
  },
  {
    id: 'h3-030',
    kind: 'interpreter log',
    text: `
INTERPRETER SERVICES LOG - {{LOCATION:Mercy Lakeside Hospital}}
Date       | Lang    | Mode   | Interpreter (ID)                     | Patient / MRN                                   | Min
{{DATE:03/05/2025}} | Spanish | onsite | {{NAME:Maribel Quintanilla}} ({{OTHER_ID:INT-0457}})   | {{NAME:Rosa Elvira Chavez de Leon}} / {{MRN:61188230}}    | 35
{{DATE:03/05/2025}} | Somali  | video  | {{NAME:Abdirahman Warsame}} ({{OTHER_ID:VRI-22816}})  | {{NAME:Hodan Ali Farah}} / {{MRN:61201547}}               | 20
{{DATE:03/05/2025}} | Mandarin| phone  | {{NAME:Chen Xiaoyu}} ({{OTHER_ID:OPI-70341}})       | {{NAME:Wu Guoqiang}} / {{MRN:61177002}}                   | 48
{{DATE:03/06/2025}} | ASL     | onsite | {{NAME:Jo Pettersen}} ({{OTHER_ID:INT-0512}})         | {{NAME:Ellis Maclean}} / {{MRN:61213399}}                 | 60
Notes: Ms. {{NAME:Farah}} declined son {{NAME:Abdi}} as interpreter for consent; professional interpreter used. Dr. {{NAME:Castellanos-Webb}} present.
`,
  },
  {
    id: 'h3-031',
    kind: 'guardianship note',
    text: `
CAPACITY AND DECISION-MAKING NOTE   {{DATE:January 9, 2025}}
{{NAME:Augustin Villeneuve}}, {{AGE_OVER_89:90}} y/o widower with moderate Alzheimer dementia (MMSE 14/30), admitted from {{LOCATION:Maple Crest Nursing Home}} with aspiration pneumonia.
He lacks capacity for the decision about PEG placement: unable to retain or weigh information despite repeated explanation.
Legal status: the Probate and Family Court, {{LOCATION:Hampden County}}, appointed Atty. {{NAME:Celeste Brandt}} as temporary guardian on {{DATE:12/20/2024}} (docket {{OTHER_ID:HD24P2217GD}}). Rogers authority NOT granted. Health care proxy (nephew {{NAME:Remy Villeneuve}}, {{LOCATION:Chicopee}}) superseded for this decision per counsel.
Guardian contacted at {{PHONE:413-555-0151}} / {{EMAIL:cbrandt@brandtlaw.example.com}}; she will meet with palliative care on {{DATE:Jan 10}}.
{{NAME:Miriam Adeyemi-Stone}}, MD, Geriatric Psychiatry
`,
  },
  {
    id: 'h3-032',
    kind: 'patient education (no PHI)',
    text: `
PATIENT EDUCATION: TAKING WARFARIN SAFELY
Warfarin helps prevent clots. Your INR goal is usually 2.0-3.0 (2.5-3.5 for some mechanical valves).
- Take it at the same time each day, usually 5 pm. Do not double up if you miss a dose.
- Keep vitamin K intake steady: about 1 cup of leafy greens a day is fine.
- Tell us before starting antibiotics such as Bactrim or metronidazole, or supplements such as fish oil.
- Call 911 for a severe headache, black stools or vomiting blood.
Will I need blood tests? Yes: INR checks every 1-4 weeks, more often after a dose change.
Hope, Faith and Grace groups meet Mondays in Room 2B for peer support.
Tablet colours: 1 mg pink, 2 mg lavender, 2.5 mg green, 5 mg peach, 10 mg white.
Reviewed by the Anticoagulation Committee, 2024. Form AC-17 rev 3.
`,
  },
];
