// heldout9 notes 5: custody, courts, registries and administration (h9-041..050).
export default [
{ id: 'h9-041', kind: 'UK police custody healthcare record', text: `
CUSTODY HEALTHCARE RECORD - {{LOCATION:Bridewell Police Station}}, {{LOCATION:Bristol}}
Custody no. {{OTHER_ID:52/104471/25}}   PNC ID {{OTHER_ID:25/0044187K}}   Detained {{DATE:14/11/2025}} 01:20 (drink driving)
Detainee: {{NAME:Callum Ashworth-Byrne}}   DOB {{DATE:06/02/1988}}   Address {{LOCATION:Flat 3, 41 Gloucester Road}}, {{LOCATION:Bishopston}}, {{LOCATION:BS7 8AD}}
Seen 03:05 by custody HCP {{NAME:Joanna Pilkington}}, RGN (NMC {{LICENSE:09H4471E}}). Breath 71 mcg/100 mL (procedure by custody sgt).
Fit to detain: yes, 30-min rousing checks x 4 h. Fit to interview: not before 09:00. Insulin: own pen brought from car.
CBG 7.8 mmol/L at 03:10, 6.1 at 07:00. Fingerprints taken on Livescan, IDENT1 ref {{BIOMETRIC:ID1-4471-88210}}; DNA PACE sample.
Vehicle seized: Audi A3 {{VEHICLE:WU19 KXA}}. Partner {{NAME:Niamh}} informed at detainee's request {{PHONE:0117 496 0174}}.
Duty solicitor {{NAME:Rajesh Bhattacharjee}} ({{PHONE:0117 496 0188}}). Released under investigation {{DATE:14/11/2025}} 11:40.
` },
{ id: 'h9-042', kind: 'competency to stand trial evaluation', text: `
FORENSIC EVALUATION - ADJUDICATIVE COMPETENCE
Defendant: {{NAME:Travis Lee Dunaway}}   Case {{OTHER_ID:CR-2025-004417}}, {{LOCATION:Muscogee County}} Superior Court   DOB {{DATE:10/30/1995}}
Ordered by Judge {{NAME:Evangeline Tuttle}} {{DATE:September 22, 2025}}; evaluated {{DATE:10/14/2025}} and {{DATE:10/21/2025}} at
{{LOCATION:Muscogee County Jail}} (booking {{OTHER_ID:MCJ25-18804}}), 3 h 40 min total.
Sources: arrest report, jail medical, records of {{LOCATION:West Central Georgia Regional Hospital}} (2019, 2022), interview with
mother {{NAME:Charlene Dunaway}} by phone {{PHONE:706-555-0166}}. Defence counsel {{NAME:Marcus Oyelaran-Pike}}, bar no. GA {{LICENSE:558127}}.
Tests: ECST-R Rational 14 (atypical presentation scale within normal limits), WASI-II FSIQ 78, MacCAT-CA Understanding 10/16.
Opinion: currently not competent due to active psychosis (schizophrenia, F20.9); likely restorable within 90 days with medication.
Report faxed to the clerk of court {{FAX:706-555-0145}} and to counsel.
{{NAME:Renata Villasenor-Kahn}}, PsyD, ABPP, licence {{LICENSE:PSY004471}}. Report date {{DATE:October 28, 2025}}.
` },
{ id: 'h9-043', kind: 'accounting of disclosures letter', text: `
{{LOCATION:Baystate Medical Center}} - Health Information Management, {{LOCATION:759 Chestnut St}}, {{LOCATION:Springfield}}, MA {{LOCATION:01199}}
{{DATE:November 17, 2025}}
{{NAME:Felicity Umberger}}, {{LOCATION:88 Maple Terrace}}, {{LOCATION:Westfield}}, MA {{LOCATION:01085}}
Re: Accounting of Disclosures, request no. {{OTHER_ID:AOD-25-0417}}, MRN {{MRN:B00448172}}, period {{DATE:11/17/2019}} to {{DATE:11/16/2025}}
Date        Recipient                                  Purpose                  Items
{{DATE:03/02/2021}}  {{LOCATION:Hampden County}} DA's Office                  subpoena                 ED record {{DATE:02/14/2021}}
{{DATE:08/19/2022}}  MA Dept of Public Health                   reportable disease       lab result
{{DATE:05/06/2024}}  Hartwell & Diaz LLP (your attorney)        authorisation            full chart
{{DATE:09/30/2025}}  {{LOCATION:Springfield}} Police Dept, Det. {{NAME:Ruiz}}    law enforcement request  ED triage note
Disclosures for treatment, payment and operations are not listed. Questions: privacy office {{PHONE:413-555-0190}},
fax {{FAX:413-555-0191}}, {{EMAIL:privacy.office@example.org}}. Prepared by {{NAME:Colette Marchetti}}, RHIA.
Track this request: {{URL:https://roi.example.org/status/AOD-25-0417}}. Copy fee waived; invoice account {{ACCOUNT:HIM-INV-448172}}.
` },
{ id: 'h9-044', kind: 'representative payee application', text: `
SSA-11 style worksheet (representative payee) - completed with social worker {{NAME:Beatriz Montalvo}}, LCSW, {{DATE:11/05/2025}}
Beneficiary: {{NAME:Raymond Eugene Skaggs}}   SSN {{SSN:000-52-7731}}   DOB {{DATE:08/16/1958}}
Lives at {{LOCATION:Hillcrest Personal Care Home}}, {{LOCATION:301 Pine Knot Rd}}, {{LOCATION:Corbin}}, KY {{LOCATION:40701}}
Proposed payee: niece {{NAME:Tammy Skaggs-Reece}}   SSN {{SSN:000-61-4402}}   DL KY {{LICENSE:S520-118-447}}   {{PHONE:606-555-0131}}
Payee address: {{LOCATION:14 Laurel Fork Hollow}}, {{LOCATION:Williamsburg}}, KY {{LOCATION:40769}}
Dedicated account: Forcht Bank checking {{ACCOUNT:0044718822}}, routing 042100175 (bank's, not personal).
Physician statement: vascular dementia, MoCA 11/30, cannot manage funds (Dr. {{NAME:Hollis Baugh}}, {{LOCATION:Baptist Health Corbin}}).
Previous payee (brother {{NAME:Delmer Skaggs}}, SSN {{SSN:000-47-1187}}) died {{DATE:August 2025}}; his payee record closed by the field office.
Monthly benefit $1,214 (SSDI converted to retirement at 66). Personal needs allowance $40; facility rate $1,050.
` },
{ id: 'h9-045', kind: 'cremation authorisation review', text: `
MEDICAL EXAMINER - CREMATION APPROVAL REVIEW       Case {{OTHER_ID:ME25-03381}}
Decedent: {{NAME:Augusta Pfennig}}   Age {{AGE_OVER_89:94}}   DOB {{DATE:02/09/1931}}   DOD {{DATE:11/08/2025}} 04:10
Place of death: {{LOCATION:Heritage Oaks Memory Care}}, {{LOCATION:Sun City West}}, AZ. Attending {{NAME:Constance Iwu}}, MD (hospice).
Cause: Alzheimer disease (years). No trauma, no falls in 90 days per facility, no police involvement.
Pacemaker removed by funeral director prior to cremation: Medtronic, SN {{DEVICE:PJN447182H}}, returned to manufacturer.
Funeral home: {{LOCATION:Sunland Memorial Park Mortuary}}, director {{NAME:Gil Arredondo}}, licence {{LICENSE:FD-4471}}, fax {{FAX:623-555-0129}}.
Next of kin: son {{NAME:Werner Pfennig}} {{PHONE:602-555-0114}}. Cremation permit {{OTHER_ID:CP-2025-118872}} issued {{DATE:11/10/2025}}.
Identity confirmed by facility wristband and by fingerprint comparison, AFIS ref {{BIOMETRIC:AZ-AFIS-ME-0338102}}.
Reviewed by Dr. {{NAME:Jasper Oduya}}, deputy ME.
` },
{ id: 'h9-046', kind: 'e-consent audit trail', text: `
eConsent audit trail - study PRISM-HF (protocol 2024-117), site 012
participant {{OTHER_ID:012-0047}}   {{NAME:Lamont Greenidge}}   LAR: daughter {{NAME:Keisha Greenidge-Oyo}}
{{DATE:2025-10-02}} 14:05:11  invitation e-mailed to {{EMAIL:keisha.go@example.com}}  link {{URL:https://econsent.example.com/s/012-0047?t=Z8kq}}
{{DATE:2025-10-02}} 19:44:02  link opened  ip {{IP:203.0.113.77}}  agent Android 15
{{DATE:2025-10-02}} 19:58:37  identity check: last 4 of SSN {{SSN:4471}} + DOB {{DATE:1948-03-15}} matched
{{DATE:2025-10-02}} 20:06:50  comprehension quiz 9/10; video viewed 12 min
{{DATE:2025-10-02}} 20:09:13  signature captured {{PHOTO:sig_LAR_0120047.png}}  ip {{IP:203.0.113.77}}
{{DATE:2025-10-03}} 09:12:40  investigator co-sign {{NAME:Hiroshi Tanabe-Moore}}, MD  ip {{IP:10.14.2.66}}
{{DATE:2025-10-03}} 09:13:02  PDF copy sent to LAR; HIPAA authorisation version 3 ({{DATE:2025-06-01}})
` },
{ id: 'h9-047', kind: 'birth certificate worksheet', text: `
BIRTH CERTIFICATE WORKSHEET (mother's information) - {{LOCATION:Mercy Hospital Joplin}}
Child: {{NAME:Ezekiel Thomas Brightwater}}   Born {{DATE:11/12/2025}} 22:47   Sex M   Plurality 1   BW 3,560 g
Mother's current legal name: {{NAME:Shawna Rae Brightwater}}   Maiden surname: {{NAME:Kimbrough}}   DOB {{DATE:06/04/2000}}
Mother's birthplace: {{LOCATION:Miami}}, OK   Residence: {{LOCATION:2207 S Wall Ave}}, {{LOCATION:Joplin}}, MO {{LOCATION:64804}}; inside city limits: yes
Mother's SSN {{SSN:000-38-1902}}; request SSN for child: YES   Mother's education: some college; Cherokee Nation citizen
Father: {{NAME:Tobias Lee Harjo}}, DOB {{DATE:01/21/1998}}, SSN {{SSN:000-71-0442}}, AOP signed {{DATE:11/13/2025}} (witness {{NAME:P. Ng}})
Prenatal care began {{DATE:April 2025}}; 11 visits; WIC yes. Tribal enrollment of child pending, mother's citizen ID {{OTHER_ID:CN-447182}}.
Certifier: {{NAME:Delphine Osterhout}}, CNM. Clerk {{NAME:rkimura}}, {{DATE:11/14/2025}}.
` },
{ id: 'h9-048', kind: 'school immunisation medical exemption', text: `
CERTIFICATE OF MEDICAL EXEMPTION (school immunisation) - {{LOCATION:Mendocino County}} Public Health
Student: {{NAME:Saoirse Valdivia-Thorne}}   DOB {{DATE:02/27/2016}}   School: {{LOCATION:Anderson Valley Elementary}}, {{LOCATION:Boonville}}
Parent/guardian: {{NAME:Maeve Thorne}}, {{LOCATION:18400 Philo Greenwood Rd}}, {{LOCATION:Philo}}, CA {{LOCATION:95466}}, {{PHONE:707-555-0102}}
Vaccine(s) exempted: MMR, varicella. Reason: immunocompromise - on maintenance chemotherapy for ALL since {{DATE:March 2025}}
(mercaptopurine 50 mg/m2, methotrexate weekly). Exemption: temporary, expires {{DATE:09/30/2026}}.
Registry (CAIR) ID {{OTHER_ID:CAIR-40718832}}. CAIR-ME submission {{OTHER_ID:ME-2025-0044718}}.
Physician: {{NAME:Tomasz Wierzbicki}}, MD, CA licence {{LICENSE:A144872}}, {{LOCATION:UCSF Benioff Children's Hospital Oakland}}, fax {{FAX:510-555-0147}}.
Signed {{DATE:10/08/2025}}.
` },
{ id: 'h9-049', kind: 'hospital trespass notice', text: `
NOTICE OF TRESPASS / VISITOR RESTRICTION - {{LOCATION:Wake Forest Baptist Medical Center}}
Issued to: {{NAME:Brantley Wade Osgood}}   DOB {{DATE:05/19/1984}}   NC DL {{LICENSE:000044718229}}
Address on ID: {{LOCATION:512 Old Salisbury Rd}}, {{LOCATION:Lexington}}, NC {{LOCATION:27295}}
Vehicle: white Chevrolet Silverado NC {{VEHICLE:PKT-8814}}, VIN {{VEHICLE:3GCUKREC4FG441872}}
Reason: threatening staff on 7 North {{DATE:11/02/2025}} while visiting patient {{NAME:Krystal Osgood}} (MRN {{MRN:WF-3390471}}).
Photograph on file {{PHOTO:trespass_0447_osgood.jpg}}; face enrolment for visitor kiosks {{BIOMETRIC:FACE-V-00447}}.
Effective {{DATE:11/03/2025}} for one year. Served by Officer {{NAME:Lucinda Hargrove}}, badge 217; {{LOCATION:Winston-Salem}} PD report {{OTHER_ID:WSPD-25-118204}}.
` },
{ id: 'h9-050', kind: 'home modification assessment', text: `
HOME ACCESSIBILITY ASSESSMENT (OT) for ramp and bathroom grant
Client: {{NAME:Ignatius Mbeki-Laurent}}, age {{AGE_OVER_89:93}}, wheelchair user since CVA {{DATE:May 2024}}. Medicaid {{HEALTH_PLAN:MD44718820}}
Home: {{LOCATION:3317 Edmondson Ave}}, {{LOCATION:Baltimore}}, MD {{LOCATION:21229}} (rowhouse, 4 front steps, 28 in. total rise)
Landlord: {{NAME:Gerald Finkbeiner}} {{PHONE:410-555-0178}} - written consent received {{DATE:10/20/2025}}.
Recommend: aluminium modular ramp 28 ft with 5x5 ft landing (1:12), roll-in shower, grab bars 33-36 in., raised toilet 17-19 in.
Wheelchair: Quickie 2, 18 in. seat, SN {{DEVICE:QK2-447182-B}}. Transfer: stand-pivot with min assist of wife {{NAME:Perpetua}} (age 88).
Contractor: Chesapeake Access Builders, MHIC licence {{LICENSE:MHIC-144718}}. OT {{NAME:Yolanda Featherstone}}, OTR/L, {{DATE:10/24/2025}}.
Photos of steps: {{PHOTO:steps_front_3317.jpg}}. Grant application {{OTHER_ID:BCDHCD-25-4471}}.
` },
];
