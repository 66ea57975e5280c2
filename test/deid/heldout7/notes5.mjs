// heldout7 notes5: legal, insurance, identity and administrative letters (h7-041..050). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-041',
    kind: 'UK medico-legal report (road traffic accident)',
    text: `
MEDICAL REPORT ON THE CLAIMANT - prepared for the court (CPR Part 35)
Claimant: Mr {{NAME:Oluwaseun Adebisi-Hartnell}}     Date of birth: {{DATE:9 December 1990}}
Address: {{LOCATION:44 Pennington Drive}}, {{LOCATION:Wolverhampton}}, {{LOCATION:WV4 5JT}}
MedCo reference: {{OTHER_ID:MC-25-4471902}}   Instructing solicitors: Hallam & Pryce LLP, ref {{OTHER_ID:HP/RTA/8812/OAH}}
Solicitor e-mail {{EMAIL:rta.claims@hallampryce.example.co.uk}}, fax {{FAX:0121 496 0433}}
Accident: Friday {{DATE:14 February 2025}}, approx 08:15. Claimant was the driver of a Ford Focus, registration {{VEHICLE:KX19 HVB}},
stationary at the lights on {{LOCATION:Penn Road}}, when struck from behind by a van, registration {{VEHICLE:BD21 OPW}}.
Seen at {{LOCATION:New Cross Hospital}} ED on {{DATE:15/02/2025}}; GP (Dr {{NAME:Harjit Sandhu}}) {{DATE:20/02/2025}}.
Examination {{DATE:2 June 2025}} at {{LOCATION:Regus, Chapel Ash}}: cervical rotation 60/80 deg R, 70/80 L; tender trapezius; neuro normal.
Prognosis: whiplash-associated disorder grade II, full recovery expected within 9 months of the accident. Tariff band per Whiplash Injury Regulations.
I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge.
Dr {{NAME:Eleanor Whitcombe-Rao}}, MB ChB, MRCGP, GMC {{LICENSE:6077123}}    Date: {{DATE:04/06/2025}}`,
  },
  {
    id: 'h7-042',
    kind: "doctor's statement for a coroner's inquest",
    text: `
STATEMENT OF WITNESS (Coroners and Justice Act 2009)   Coroner's ref: {{OTHER_ID:COR-1044/25}}
Deceased: {{NAME:Reginald Arthur Pennyworth}}, date of birth {{DATE:02.01.1934}}, aged {{AGE_OVER_89:91}}, date of death {{DATE:18.03.2025}}
Statement of: Dr {{NAME:Hyun-woo Cho}}, Specialty Registrar in Geriatric Medicine, {{LOCATION:Royal Cornwall Hospital}}, {{LOCATION:Truro}}
I first met Mr {{NAME:Pennyworth}} on {{DATE:11 March 2025}}, the day after his admission from {{LOCATION:Trelawney House}} care home,
{{LOCATION:St Austell}}, following an unwitnessed fall. CT head {{DATE:10/03/2025}} showed an acute L subdural haematoma (9 mm, 3 mm midline shift);
he was on apixaban 2.5 mg BD for AF. Neurosurgical opinion ({{LOCATION:Derriford Hospital}}) advised conservative care.
His niece Mrs {{NAME:Gillian Tregothnan}} and I agreed a ceiling of care on {{DATE:12 March}}. He died at 04:50 on {{DATE:18 March}}.
Clinical frailty scale 7; 4AT 6. The MCCD was not issued; the death was referred because of the fall.
Send correspondence to the coroner's office, {{LOCATION:Old Bishop's Palace}}, {{LOCATION:Truro}}, fax {{FAX:01872 555 019}}.
Signed {{NAME:H. Cho}}   Dated {{DATE:27 March 2025}}`,
  },
  {
    id: 'h7-043',
    kind: 'privacy breach notification letter',
    text: `
{{DATE:October 20, 2025}}
{{NAME:Angelique Broussard-Thibodeaux}}
{{LOCATION:1147 Rue Chartres}}
{{LOCATION:Metairie}}, LA {{LOCATION:70005}}
Re: notice of a privacy incident involving your health information (incident {{OTHER_ID:PRV-25-0388}})
Dear Ms. {{NAME:Broussard-Thibodeaux}}:
On {{DATE:September 29, 2025}}, a fax containing your referral was sent in error to a wrong number (a dental office in {{LOCATION:Kenner}}) instead of your
cardiologist's fax, {{FAX:504-555-0162}}. The pages showed your name, date of birth ({{DATE:04/17/1962}}), Social Security number ending {{SSN:4471}},
patient account {{ACCOUNT:WB-0017741902}}, medication list and echo report. The office confirmed on {{DATE:October 2}} that the pages were shredded.
We are offering 24 months of credit monitoring. To enrol, visit {{URL:https://enroll.idprotect.example.com/?code=7KQ2-4471-BRT}} by {{DATE:January 31, 2026}}.
Your full SSN ({{SSN:000-48-4471}}) was not on the pages; we list it here only so the monitoring service can verify you. If you prefer a printed form,
call our privacy office at {{PHONE:504-555-0100}} or write to {{EMAIL:privacy@westbankheart.example.org}}.
Sincerely, {{NAME:Theodora Vuong}}, Privacy Officer, {{LOCATION:West Bank Heart & Vascular}}`,
  },
  {
    id: 'h7-044',
    kind: 'second-level insurance appeal letter from a spouse',
    text: `
To: Appeals Unit, Keystone Mutual Health        Fax: {{FAX:717-555-0186}}
From: {{NAME:Delphine Okwuosa}} (wife and authorised representative) for {{NAME:Chukwudi Okwuosa}}
Member ID {{HEALTH_PLAN:KMH7704419-02}}   Claim {{OTHER_ID:CLM-25-3391047}}   First-level denial dated {{DATE:08/14/2025}}
Subscriber SSN (as requested on your form): {{SSN:000-61-2290}}
Re: denial of inpatient rehabilitation at {{LOCATION:Penn State Health Rehabilitation Hospital}} after his stroke on {{DATE:July 2, 2025}}.
Your reviewer said he could go to a SNF. He could not: he needed 3 hours of therapy a day, had aphasia and needed a physician daily
(letter from Dr. {{NAME:Anjali Chaturvedi}}, attached). He went home walking on {{DATE:8/01/2025}}, which a SNF could not have done.
I submitted this appeal through your portal on {{DATE:09/03/2025}} (case page {{URL:https://members.keystonemutual.example.com/appeals/A-884190}}, login from {{IP:100.64.22.191}}),
and now also by fax. The hospital balance is on account {{ACCOUNT:PSH-88120447}}. Please call me at {{PHONE:(717) 555-0119}}.
{{NAME:Delphine Okwuosa}}, {{LOCATION:29 Spring Garden Dr}}, {{LOCATION:Hummelstown}}, PA {{LOCATION:17036}}`,
  },
  {
    id: 'h7-045',
    kind: 'Canadian disability tax credit certificate (medical practitioner part)',
    text: `
DISABILITY TAX CREDIT CERTIFICATE - Part B (medical practitioner)  [practice copy]
Patient: {{NAME:Marie-Eve Tremblay-Okafor}}   Social insurance number: {{OTHER_ID:046 454 286}}   DOB {{DATE:1979-05-03}}
Address: {{LOCATION:2210, rue Beaubien Est, app. 4}}, {{LOCATION:Montreal}} QC {{LOCATION:H2G 1M3}}   RAMQ {{HEALTH_PLAN:TREM 7905 5314}}
Impairment: walking and dressing - markedly restricted all or substantially all of the time (90%) due to multiple sclerosis (dx {{DATE:2014-09}}).
Walks < 50 m with bilateral forearm crutches, EDSS 6.5. Needs 3x longer to dress. Effects began: year 2021.
Impairment expected to last at least 12 continuous months: yes; improvement not expected.
Mail to CRA by patient; copy faxed to her accountant at her request, {{FAX:514-555-0171}}; e-mail confirmation {{EMAIL:metremblay.o@example.ca}}.
Medical practitioner: Dr. {{NAME:Jean-Francois Lapointe-Diallo}}, neurologist, CMQ {{LICENSE:1-04471}}, {{LOCATION:Hopital Notre-Dame}}, tel {{PHONE:514-555-0123}}
Date: {{DATE:2025-02-19}}`,
  },
  {
    id: 'h7-046',
    kind: 'travel letter for carrying diabetes devices and medicines',
    text: `
TO WHOM IT MAY CONCERN (airport security and airline staff)                                     {{DATE:June 3, 2025}}
This is to confirm that my patient {{NAME:Soren Mikkelsen-Abara}}, date of birth {{DATE:11/30/2009}}, passport {{OTHER_ID:A44719022}},
has type 1 diabetes and must carry the following in hand luggage at all times:
 - insulin pump, serial {{DEVICE:PMP-0044719-H}} (must not pass through the X-ray scanner or body scanner; hand inspection please)
 - continuous glucose monitor sensor (worn on the arm), transmitter {{DEVICE:8GK44T}}, and a spare pump {{DEVICE:PMP-0044188-H}} on loan
 - insulin aspart vials x6, glucagon 1 mg, glucose tablets, lancets, ketone strips
He travels on {{DATE:June 20}} from {{LOCATION:Boston}} to {{LOCATION:Copenhagen}} with his father {{NAME:Anders Mikkelsen}}, returning {{DATE:July 11}}.
Contact in {{LOCATION:Aarhus}}: grandmother {{NAME:Inger Mikkelsen}}, {{PHONE:+45 55 50 12 47}}.
Dr. {{NAME:Philippa Osei}}, Pediatric Endocrinology, {{LOCATION:Boston Children's Hospital}}, {{PHONE:617-555-0145}}`,
  },
  {
    id: 'h7-047',
    kind: 'medical staff credentialing application (extract)',
    text: `
MEDICAL STAFF OFFICE - INITIAL APPOINTMENT, VERIFICATION CHECKLIST   Applicant {{NAME:Tobiah Ezeanyika}}, DO (anesthesiology)
Home address: {{LOCATION:71 Larkspur Circle}}, {{LOCATION:Greenville}}, SC {{LOCATION:29615}}   Cell {{PHONE:864-555-0191}}   {{EMAIL:tezeanyika.do@example.com}}
SSN {{SSN:000-92-7714}} (for NPDB query)   DOB {{DATE:02/25/1986}}   NPI {{OTHER_ID:1114477902}}
SC medical licence {{LICENSE:DO.88213}} verified {{DATE:04/07/2025}}; DEA {{LICENSE:FE4478231}} (exp {{DATE:08/31/2027}}); NC licence {{LICENSE:2021-00447}} inactive.
Board: ABA certified {{DATE:2019-07}}. Residency: {{LOCATION:Wake Forest Baptist Medical Center}} 2015-2019, PD Dr. {{NAME:Henrietta Voss}} - letter received.
NPDB: no reports ({{DATE:04/08/2025}}). OIG/SAM exclusion: none. Background check fingerprints sent; hand-geometry badge enrolment {{BIOMETRIC:HG-00917-TE}}.
Peer references: Dr. {{NAME:Lucio Abbatangelo}}, Dr. {{NAME:Ngozi Umeh}}. Verifications faxed to {{FAX:864-555-0104}}.
Credentials committee {{DATE:05/12/2025}}; board approval {{DATE:05/22/2025}}. Specialist: {{NAME:Carla Muniz-Hendry}}, CPMSM`,
  },
  {
    id: 'h7-048',
    kind: 'crime victim compensation medical provider form',
    text: `
CRIME VICTIM COMPENSATION - MEDICAL PROVIDER STATEMENT   Claim no {{OTHER_ID:CVC-2025-018447}}
Victim: {{NAME:Jermaine Whitlock-Amadi}}   DOB {{DATE:10/02/1997}}   SSN (last four) {{SSN:8812}}
Crime date: {{DATE:05/24/2025}}   Police report {{OTHER_ID:2025-00118471}} ({{LOCATION:Milwaukee}} PD). Assailant's car per report: WI {{VEHICLE:AKT-9931}}.
Treating facility: {{LOCATION:Froedtert Hospital}}, trauma. Injuries: GSW L thigh, femur fracture (ORIF {{DATE:05/25/2025}}), no vascular injury.
Dates of service {{DATE:05/24/2025}} to {{DATE:05/30/2025}}; outpatient PT {{DATE:06/2025}}-{{DATE:08/2025}}. Hospital account {{ACCOUNT:FH-77120447}}.
Patient submitted the online application from {{IP:203.0.113.84}} on {{DATE:06/11/2025}}. Advocate: {{NAME:Lucinda Mbatha}}, {{PHONE:414-555-0176}}.
Provider: Dr. {{NAME:Kofi Antwi-Brandt}}, orthopaedic trauma. Signature date {{DATE:09/02/2025}}.`,
  },
  {
    id: 'h7-049',
    kind: 'life insurance paramedical examination',
    text: `
PARAMEDICAL EXAM - LIFE INSURANCE APPLICATION  Application {{ACCOUNT:LA-5508124471}}   Exam {{DATE:03/09/2025}} 07:30 (fasting)
Proposed insured: {{NAME:Ingrid Solberg-Amankwah}}   DOB {{DATE:08/08/1975}}   SSN {{SSN:000-33-1859}}
ID seen: driver licence MN {{LICENSE:S142-774-190-883}}. Photo of ID {{PHOTO:id_LA5508124471.jpg}}; thumbprint on consent {{BIOMETRIC:TP-5508124471}}.
Exam location: applicant's home, {{LOCATION:5520 Xerxes Ave S}}, {{LOCATION:Edina}}, MN {{LOCATION:55410}}.
Ht 170 cm, Wt 68.4 kg, BP 118/76, 122/78, 120/74 (3 readings), pulse 64. Blood kit {{OTHER_ID:BK-44719022}}, urine and oral fluid collected.
Medical questions: hypothyroidism (levothyroxine 75 mcg), no tobacco. Physician: Dr. {{NAME:Mei-Lin Abernathy}}, {{LOCATION:Southdale Family Medicine}}.
Beneficiary (per applicant): husband {{NAME:Kojo Amankwah}}. Examiner: {{NAME:Trudy Halvorsen-Pike}}, LPN, examiner #{{OTHER_ID:EX-44190}}`,
  },
  {
    id: 'h7-050',
    kind: 'medical identity theft record-correction note',
    text: `
HIM - MEDICAL IDENTITY THEFT INVESTIGATION  case {{OTHER_ID:HIM-IT-25-007}}
True patient: {{NAME:Rafael Antonio Quiroga-Benn}}, DOB {{DATE:01/12/1983}}, SSN {{SSN:000-70-4418}}, MRN {{MRN:77120984}}
Complaint {{DATE:04/28/2025}}: he received bills for two ED visits he did not make ({{DATE:02/09/2025}} and {{DATE:03/22/2025}}), accounts
{{ACCOUNT:ED-44019923}} and {{ACCOUNT:ED-44087110}}. He was in {{LOCATION:Lisbon}} on both dates (passport stamps provided).
Findings: visits registered with his name, SSN ({{SSN:000-70-4418}}) and an old address ({{LOCATION:812 Pine St Apt 3}}), but a different phone ({{PHONE:402-555-0158}})
and a photo at registration ({{PHOTO:reg_cam_20250209_2231.jpg}}) that is not him; the palm-vein enrolment from the first visit ({{BIOMETRIC:PV-71d09e22}}) does not match his own
enrolment ({{BIOMETRIC:PV-3a8c4f10}}). Portal account was activated {{DATE:02/10/2025}} from {{IP:192.0.2.141}} and {{IP:2001:db8:7c2::19}}; his genuine log-ins come from {{IP:198.51.100.203}}.
Actions: fraudulent encounters sequestered under a temporary MRN {{MRN:99000417}}; blood type (A NEG on {{DATE:2/9}}) removed from his chart (he is O POS);
police report {{OTHER_ID:OPD-25-33190}} ({{LOCATION:Omaha}}); FTC report {{URL:https://www.identitytheft.example.gov/report/7718-2290}}. Bills voided; credit bureaus notified.
HIM analyst: {{NAME:Beatrix Ohanian}}, RHIA   Compliance: {{NAME:Thaddeus Mwangi}}`,
  },
];
