// heldout10 notes5: donation, trials, custody and records administration (h10-041..050).
export default [
{ id: 'h10-041', kind: 'kidney paired exchange chain log', text: `
PAIRED EXCHANGE CHAIN 25-14 -- COORDINATOR LOG
Pair A: recipient {{NAME:Yolanda Betancourt}} (MRN {{MRN:TX-448120}}), donor husband {{NAME:Ramiro Betancourt}} (donor ID {{OTHER_ID:LD-77102}}).
Pair B: recipient {{NAME:Kwame Asante-Darko}} (MRN {{MRN:TX-448377}}), donor sister {{NAME:Abena Asante}} (donor ID {{OTHER_ID:LD-77115}}).
Crossmatch {{DATE:10/30/2025}}: flow B/T negative. cPRA 98% (not an age).
OR dates: donor nephrectomies {{DATE:12/03/2025}} at {{LOCATION:Methodist Specialty and Transplant Hospital}}, {{LOCATION:San Antonio}}; kidney B shipped to {{LOCATION:Baylor University Medical Center}}, {{LOCATION:Dallas}}.
Courier van TX plate {{VEHICLE:LMN-4471}}; flight tail {{VEHICLE:N447KX}}.
Donor A SSN {{SSN:000-55-1290}} on travel reimbursement form; reimbursement account {{ACCOUNT:NLDAC-8812044}}.
Coordinator {{NAME:Imelda Sotomayor}}, RN, {{PHONE:210-555-0117}}, fax {{FAX:210-555-0118}}, {{EMAIL:isotomayor@example.org}}.
Post-op: all four grafts functioning; creatinine recipient A 1.4, recipient B 1.1 on POD 5. Donor B discharged {{DATE:12/06/2025}}; donor A readmitted for ileus, discharged {{DATE:12/09/2025}}.
Chain bridge donor {{NAME:Cosima Abernethy}} (non-directed, donor ID {{OTHER_ID:ND-4419}}) donates {{DATE:January 2026}}.
` },
{ id: 'h10-042', kind: 'OPO family authorisation record', text: `
DONATION AUTHORIZATION -- FIRST-PERSON + FAMILY DISCUSSION
Potential donor: {{NAME:Caleb Ostrowski-Reyes}}, 27, DOB {{DATE:04/17/1998}}, hospital MRN {{MRN:2277104}}, OPO ref {{OTHER_ID:OPO-25-3391}}
Registry: donor designation on driver licence WI {{LICENSE:D625-4471-8812-04}} (state registry checked {{DATE:11/12/2025}} 21:40).
Family present: mother {{NAME:Dorota Ostrowska}}, father {{NAME:Hector Reyes}}, fiancee {{NAME:Shanice Whitlow}}.
Brain death exam 1 {{DATE:11/12}} 18:05 Dr {{NAME:Adaeze Nwosu}}; exam 2 {{DATE:11/13}} 06:20 Dr {{NAME:Stellan Bergqvist}}. Apnea test PaCO2 68.
Authorised: kidneys, liver, heart, lungs, corneas; tissue declined.
Identity confirmed by fingerprint match ref {{BIOMETRIC:AFIS-99120}} (ME office) and photo {{PHOTO:ID_CO_1112.jpg}}.
Family liaison {{NAME:Toby Akinfenwa}} {{PHONE:608-555-0129}}. Hospital: {{LOCATION:UW Health University Hospital}}, {{LOCATION:Madison}}.
` },
{ id: 'h10-043', kind: 'clinical-trial drug accountability log', text: `
IP ACCOUNTABILITY -- Protocol XR-4471-301, Site 118 (protocol and site numbers not PHI)
Subject {{OTHER_ID:118-0042}} (initials {{NAME:H-R-G}}) | kits dispensed 40718, 40722 (kit numbers not PHI) | visit 4 {{DATE:14-Oct-2025}} | returned 3 tabs
Subject {{OTHER_ID:118-0047}} (initials {{NAME:T-A}}) | kit 40731 | visit 3 {{DATE:21-Oct-2025}} | compliance 96%
Source doc: subject {{OTHER_ID:118-0047}} full name {{NAME:Tomasina Arrieta}} and SSN {{SSN:000-62-4471}} found on a pharmacy printout -> redacted, deviation {{OTHER_ID:PD-118-009}}.
eSource portal {{URL:https://edc.example.com/study/xr4471/site118/subject/118-0047}} accessed from {{IP:203.0.113.58}}.
Monitor {{NAME:Leopold Achterberg}} ({{EMAIL:l.achterberg@example.com}}); CRC {{NAME:Jia Hui Tan}}; PI Dr {{NAME:Ravindra Menon}}.
Next IMV {{DATE:January 2026}}.
` },
{ id: 'h10-044', kind: 'pressure-injury prevalence survey', text: `
QUARTERLY PRESSURE INJURY PREVALENCE -- {{DATE:Nov 13 2025}} -- 5 North
bed | patient | age | Braden | finding | photo
5N-02 | {{NAME:Culpepper, Verna}} | {{AGE_OVER_89:95}} | 12 | sacrum stage 3, 4 x 3 cm | {{PHOTO:5N02_sacrum.jpg}}
5N-06 | {{NAME:Ibarra, Nicanor}} | 78 | 15 | L heel DTI | {{PHOTO:5N06_Lheel.jpg}}
5N-09 | {{NAME:Haskett, Lorraine}} | 89 | 17 | none | --
5N-11 | {{NAME:Oduya, Benedict}} | {{AGE_OVER_89:90}} | 10 | device-related, nares (NG) | {{PHOTO:5N11_nares.jpg}}
Surveyors {{NAME:AR}} / {{NAME:JPK}}. Beds and Braden scores are not PHI; 89 stays unmarked.
Comments: 5N-02 family (son {{NAME:Lyle Culpepper}}) consented to photos {{DATE:11/13/2025}}; WOC RN {{NAME:Bettina Araujo}} to see 5N-02 and 5N-11 on {{DATE:11/14}}. Specialty mattress rental bed SN {{DEVICE:AIR-447182}}.
` },
{ id: 'h10-045', kind: 'home haemodialysis technician visit', text: `
HOME HEMO TECH VISIT
Pt {{NAME:Augustin Mbeki-Laurent}}  home: {{LOCATION:5520 Wildflower Trl}}, {{LOCATION:Round Rock}}, TX {{LOCATION:78665}}
Cycler {{DEVICE:NxS-442718}}; RO unit {{DEVICE:PWR-88104}}; water test chlorine <0.1 ppm (not PHI).
Care partner wife {{NAME:Celestine Mbeki-Laurent}}; both logged in to treatment app ({{EMAIL:celestine.ml@example.com}}) from {{IP:192.168.1.44}}.
Home visit {{DATE:11/04/2025}}; next {{DATE:02/2026}}. Medicare MBI {{HEALTH_PLAN:4TX7-RM2-KA71}}.
Tech {{NAME:Jorge Villafane}}, CHT; cert BONENT {{LICENSE:447102}}. Supply account {{ACCOUNT:HHD-0074471}}.
Water: total chlorine 0.05 ppm, hardness 2 gpg, bacteria culture < 50 CFU/mL (lab values, not PHI). Dialysate flow 200 mL/min; UF goal 1.8 L; 5 sessions/week, 3 h each.
Training nurse {{NAME:Paulette Ridgeway}}, RN, from {{LOCATION:Georgetown Home Dialysis}}; emergency line {{PHONE:512-555-0172}}; generator at home SN {{DEVICE:7718204}} for outages.
` },
{ id: 'h10-046', kind: 'juvenile detention intake health screen', text: `
JUVENILE DETENTION -- INTAKE HEALTH SCREEN (within 1 hr)
Youth: {{NAME:D'Andre Whitfield-Sims}}, 15, booking {{OTHER_ID:JDC-25-04471}}, DOB {{DATE:2010-01-22}}
Arrived {{DATE:11/15/2025}} 23:40 by {{LOCATION:Shelby County}} Sheriff. Identity by Livescan TCN {{BIOMETRIC:4471-882-0091}}.
MAYSI-2: suicide ideation caution; denies SI now. Asthma: albuterol MDI brought in.
Guardian grandmother {{NAME:Earline Sims}} {{PHONE:901-555-0143}}; Medicaid TN {{HEALTH_PLAN:8812044710}}.
School {{LOCATION:Overton High School}}; probation officer {{NAME:Marcus Tolliver}}, fax {{FAX:901-555-0150}}.
Screener {{NAME:Yvette Crumpler}}, LPN.
Vitals: T 36.8, HR 88, BP 122/76, peak flow 380 L/min (80% predicted). PREA screening done; no injuries. Nurse sick call next day {{DATE:11/16/2025}}.
Mother {{NAME:Tiana Whitfield}} called from {{PHONE:901-555-0147}}; records requested from {{LOCATION:Le Bonheur Children's Hospital}}.
` },
{ id: 'h10-047', kind: 'break-the-glass access review', text: `
EMERGENCY ACCESS (BREAK-THE-GLASS) REVIEW -- privacy office
Record: {{NAME:Seraphina Vukovic}} (VIP flag), MRN {{MRN:99120448}}
Access {{DATE:2025-11-09}} 02:17 by user {{NAME:jkowalczyk}} from workstation {{IP:10.88.4.191}}; reason typed: "pt in my ED room 14".
Second access {{DATE:2025-11-09}} 09:03 by {{NAME:bhalloran}} from {{IP:10.88.7.22}}; reason: "coworker asked".
Finding: second access not for treatment. Employee {{NAME:Bridget Halloran}} badge badge face template {{BIOMETRIC:BF-44718}} disabled.
Patient notified by letter {{DATE:11/20/2025}} to {{LOCATION:80 Wescott Rd}}, {{LOCATION:Ashland}}, OR {{LOCATION:97520}}. Incident {{OTHER_ID:PRV-25-0881}}.
Second user's manager {{NAME:Gordon Whitcombe}} notified; HR case {{OTHER_ID:HR-25-1182}}. Access report printed {{DATE:11/10/2025}}. State breach threshold not met (1 record).
Patient's preferred contact: {{EMAIL:s.vukovic@example.com}}, {{PHONE:541-555-0132}}.
` },
{ id: 'h10-048', kind: 'portal proxy access request form', text: `
PATIENT PORTAL PROXY ACCESS REQUEST
Patient: {{NAME:Alphonse Delacroix-Mbaye}}  DOB {{DATE:03/09/1932}} (age {{AGE_OVER_89:93}})  MRN {{MRN:P-4471820}}
Proxy: {{NAME:Nadege Mbaye}} (daughter), {{EMAIL:nadege.mbaye@example.net}}, {{PHONE:617-555-0192}}
Proxy identity: driver licence MA {{LICENSE:S44718820}}; selfie match face vector {{BIOMETRIC:FV-3310-A}}; ID photo {{PHOTO:proxy_id_front.jpg}}.
Proxy SSN last 4 {{SSN:4471}}. Activation link {{URL:https://myhealth.example.org/proxy/activate?t=8a7f22c1}}.
Request IP {{IP:198.51.100.201}}. Approved {{DATE:11/10/2025}} by {{NAME:vrosenthal}}.
` },
{ id: 'h10-049', kind: 'autopsy consent by next of kin', text: `
CONSENT FOR POST-MORTEM EXAMINATION
Deceased: {{NAME:Ignatius Mwangi-Foster}}, died {{DATE:11/16/2025}} 04:55, {{LOCATION:Mercy Hospital St. Louis}}, MRN {{MRN:MH7720193}}, age {{AGE_OVER_89:98}}
Next of kin: {{NAME:Lucinda Foster}} (wife), {{LOCATION:2231 Pestalozzi St}}, {{LOCATION:St. Louis}}, MO {{LOCATION:63118}}; {{PHONE:314-555-0168}}
Consent by telephone, witnessed by {{NAME:Claire Beaumont}}, RN and Dr {{NAME:Obinna Eze}}. Limitation: no brain retention.
SSN of deceased {{SSN:000-34-9981}} for death certificate. Funeral home {{LOCATION:Hoffmeister Colonial Mortuary}}, fax {{FAX:314-555-0177}}.
Autopsy performed {{DATE:11/17/2025}} by Dr {{NAME:Priscilla Oyelaran-Grant}}; preliminary: massive pulmonary embolism. Pacemaker explanted, serial {{DEVICE:88120-4471}}, returned to manufacturer.
Fingerprints taken for ME identification (AFIS ref {{BIOMETRIC:25-771820}}). Wife's e-mail for final report: {{EMAIL:lucinda.foster@example.com}}.
` },
{ id: 'h10-050', kind: 'release of information invoice', text: `
ROI INVOICE {{ACCOUNT:INV-25-118204}}
Requester: Halberstam & Ocampo LLP (law firm, not PHI); attn {{NAME:Renata Ocampo}}, {{EMAIL:rocampo@example.com}}
Patient {{NAME:Thelonious Grier}}, DOB {{DATE:12/01/1966}}, SSN {{SSN:000-19-4420}}, dates of service {{DATE:01/2024}} to {{DATE:06/2025}}
Pages 412 x $0.50; CD of images 1. Delivered via {{URL:https://roi.example.net/pickup/7Q2M-44XR}}.
Payment by card ending {{ACCOUNT:4471}}. Processed {{DATE:11/11/2025}} by {{NAME:ekaramanlis}}.
Note: images on CD were radiology studies from {{LOCATION:Mercy Medical Center}}, {{LOCATION:Cedar Rapids}}; CPT 99024 and ICD-10 M54.5 appear in the records (not PHI).
` },
];
