// train4: open development set, part 5 (registration, pharmacy, forms, payloads, dictation).
export default [
{ id: 't4-049', kind: 'patient access registration', text: `
REGISTRATION / PATIENT ACCESS   {{LOCATION:Hackensack Meridian Palisades}}   {{DATE:2025-07-07}} 08:14   Reg clerk: {{NAME:yolivares}}
Name: {{NAME:ABUBAKAR, FATIMA ZAHRA}}   Preferred: {{NAME:Zara}}   DOB: {{DATE:07/31/1992}}   SSN: {{SSN:155-82-4417}}
Address: {{LOCATION:6009 Park Ave, Apt 11F}}, {{LOCATION:West New York}}, NJ {{LOCATION:07093}}
Home {{PHONE:201-555-0175}}   Email {{EMAIL:fz.abubakar@postbox.example.com}}
Employer: Prudential (analyst)   Emergency contact: husband {{NAME:Ibrahim Abubakar}} {{PHONE:201-555-0188}}
Insurance: Horizon BCBSNJ OMNIA, subscriber ID {{HEALTH_PLAN:3HZN77102418}}, group 44180
Palm-vein enrolment: template {{BIOMETRIC:PS-HMP-0041882}} (PatientSecure); photo {{PHOTO:abubakar_fz_reg.jpg}}
Hospital account (HAR) {{ACCOUNT:5009184471}}   Guarantor account {{ACCOUNT:G-117204}}
` },
{ id: 't4-050', kind: 'pharmacy prescription and label', text: `
{{LOCATION:Hilltop Community Pharmacy}}  {{LOCATION:310 E Main St}}, {{LOCATION:Boone}}, NC {{LOCATION:28607}}  {{PHONE:828-555-0121}}
Rx# {{OTHER_ID:6118402}}   Filled {{DATE:04/03/25}}   Refills: 2 by {{DATE:04/03/26}}
{{NAME:BLEVINS, WANDA J}}   DOB {{DATE:10/17/1956}}
Apixaban 5 mg tab - take 1 tablet by mouth twice daily. Qty 60. NDC 0003-0894-21.
Prescriber: {{NAME:Anita Reddy-Shah}}, MD  DEA {{LICENSE:BR4418827}}  NPI {{OTHER_ID:1184407722}}
RPh: {{NAME:Faith Hollifield}}   Counselled: yes   Interaction alert: none.
Refill requests by text to {{PHONE:828-555-0199}} or {{URL:https://refill.hilltoprx.example/r/6118402}}
` },
{ id: 't4-051', kind: 'dental chart', text: `
DENTAL PROGRESS NOTE   {{DATE:1/21/2025}}   Op 3
Pt: {{NAME:Tran, Bao-Ngoc}} (f, 38)   Chart {{MRN:D-22817}}   Delta Dental PPO ID {{HEALTH_PLAN:DDP9920441180}}
Radiographs: 4 BWX + PA #19 ({{PHOTO:tran_bn_BWX_0121.tiff}}, {{PHOTO:tran_bn_PA19.tiff}})
#19 MO caries into dentin, #30 existing PFM. Perio: 2-4 mm probing, BOP 12%. 
Tx: #19 MO composite (D2392), 2 carpules 2% lido 1:100k. Pt tolerated well.
Provider: Dr. {{NAME:Rich Albrecht}}, DDS    Hygienist: {{NAME:Summer Kealoha}}, RDH
Next: prophy in 6 months. Reminder to {{EMAIL:baongoc.tran@mailhub.example}}.
` },
{ id: 't4-052', kind: 'ophthalmology note', text: `
OPHTHALMOLOGY   {{LOCATION:Wills Eye Hospital}}   Retina service
Pt {{NAME:Guiseppe "Joe" Amalfitano}}, {{AGE_OVER_89:ninety-two}}, seen on the {{DATE:third of April}} for wet AMD OD.
VA cc: OD 20/200, OS 20/40. IOP 14/16 (Goldmann). OCT OD: SRF, CST 412 um ({{PHOTO:OCT_OD_amalfitano_0403.png}}).
Inj #7 aflibercept 2 mg OD, lot A44182, timeout done. Last injection {{DATE:March 6th}}. Amsler distortion stable.
Lives with son {{NAME:Vincent}} in {{LOCATION:South Philadelphia}}; son drives (no driving for pt since 2023).
Retina: Dr. {{NAME:Mei-Ling Ashworth}}    Tech: {{NAME:jdelgado}}
` },
{ id: 't4-053', kind: 'DOT driver medical exam', text: `
DOT MEDICAL EXAMINATION REPORT (FMCSA-5875)   Exam date {{DATE:05/14/2025}}
Driver: {{NAME:Clayton Boudreaux}}   DOB {{DATE:02/28/1966}}   Age 59   SSN {{SSN:437-08-2241}}
Address: {{LOCATION:118 Bayou Rd}}, {{LOCATION:Houma}}, LA {{LOCATION:70360}}   Cell {{PHONE:985-555-0113}}
Driver license: LA {{LICENSE:009418827}}  CLP/CDL: yes   Employer: Gulf Coast Freight
Vision 20/25 OU, horizontal field 85 deg each eye. Hearing whisper 5 ft. BP 148/92 -> 1-year certificate. Urine SG 1.020, protein neg, glucose neg.
OSA screen: neck 18 in, BMI 34 -> sleep study referral. Truck: Peterbilt 579, tractor plate LA {{VEHICLE:88T-4471}}.
Medical examiner: {{NAME:Janelle Thibodaux}}, NP   National Registry # {{LICENSE:4418829901}}   Certificate # {{LICENSE:MEC-25-11827}}
` },
{ id: 't4-054', kind: 'death note and obituary draft', text: `
DEATH NOTE   Sunday {{DATE:9th February 2025}} 03:40
Called by RN {{NAME:Trinity Obi}} to pronounce Mr. {{NAME:Harold Eugene Pinkerton}}, {{AGE_OVER_89:99}}, MRN {{MRN:HSP-418822}}. No spontaneous respirations, no heart sounds x 1 min, pupils fixed. Time of death 03:36. Family ({{NAME:June Pinkerton}}, daughter) at bedside. ME not notified (expected death, hospice).
Funeral home: {{LOCATION:Whitlock & Sons Funeral Home}}, {{LOCATION:Greenville}}, SC, {{PHONE:864-555-0170}}.
Obituary draft (family): "{{NAME:Harold 'Hal' Pinkerton}}, born {{DATE:May 1, 1925}}, in {{LOCATION:Travelers Rest}}, passed peacefully at {{AGE_OVER_89:99}}. Served in Korea. Survived by {{NAME:June}}, by grandson {{NAME:Will}}, and by his beloved dog Rich. Memorial at {{LOCATION:Brushy Creek Baptist Church}} on {{DATE:Feb 15}}. Donations: {{URL:https://www.givetogether.example/fundraiser/hal-pinkerton-memorial}}"
Pronounced by Dr. {{NAME:Anjali Menon}}.
` },
{ id: 't4-055', kind: 'release of information log', text: `
RELEASE OF INFORMATION LOG - HIM   {{LOCATION:Northfield Regional Hospital}}
Req# | Received | Patient | DOB | Requestor | Sent via | Sent
ROI-25-1182 | {{DATE:02/03/2025}} | {{NAME:Kowalski, Edmund}} | {{DATE:11/11/1947}} | Attorney {{NAME:Vanessa Greenblatt}} (Greenblatt & Hale LLP) | fax {{FAX:612-555-0140}} | {{DATE:02/07/2025}}
ROI-25-1183 | {{DATE:02/03/2025}} | {{NAME:Ahmadi, Leila}} | {{DATE:06/06/1990}} | SSA disability (SSN {{SSN:471-22-9018}}) | eFax {{FAX:877-555-0162}} | {{DATE:02/10/2025}}
ROI-25-1184 | {{DATE:02/04/2025}} | {{NAME:Storm, Dawn}} | {{DATE:03/21/1979}} | patient self | secure email {{EMAIL:dawnstorm79@mailcity.example}} | {{DATE:02/04/2025}}
ROI-25-1185 | {{DATE:02/05/2025}} | {{NAME:Bjornstad, Per}} | {{DATE:12/12/1931}} | daughter (POA) {{NAME:Ingrid Bjornstad-Kaye}} | mail to {{LOCATION:71 Lakeview Ter}}, {{LOCATION:Northfield}}, MN {{LOCATION:55057}} | pending
Processed by {{NAME:mkrause}} ({{NAME:Maren Krause}}, RHIT)
` },
{ id: 't4-056', kind: 'JSON intake payload in interface ticket', text: `
Interface error ticket IF-22817: kiosk check-in payload rejected (schema v3). Raw body:
{"patient":{"name":"{{NAME:Mateo Ilunga-Bassett}}","dob":"{{DATE:1931-08-19}}","age":{{AGE_OVER_89:93}},"ssn":"{{SSN:226-41-8870}}",
 "email":"{{EMAIL:mateo.ib@homeweb.example}}","phone":"{{PHONE:+1-757-555-0143}}","mrn":"{{MRN:SNT00887123}}",
 "address":{"line":"{{LOCATION:420 W Olney Rd}}","city":"{{LOCATION:Norfolk}}","state":"VA","zip":"{{LOCATION:23507}}"}},
 "kiosk":{"id":"KSK-04","ip":"{{IP:10.88.3.41}}"},"faceMatch":{"templateId":"{{BIOMETRIC:FACE-5530-9917}}","score":0.97},
 "consentUrl":"{{URL:https://forms.sentarahealth.example/consent/SNT00887123}}","system":"http://hl7.org/fhir/sid/us-ssn"}
Fix: age should be integer (it is); error was faceMatch.score > 1 check. Reprocessed by {{NAME:ahmed.k}}.
` },
{ id: 't4-057', kind: 'fax cover prior authorisation', text: `
FAX COVER SHEET
To: OptumRx Prior Authorization      Fax: {{FAX:1-844-555-0177}}
From: {{LOCATION:Coastal Neurology Group}}, Dr. {{NAME:Hope Varghese}}   Fax: {{FAX:(843) 555-0146}}   Phone: {{PHONE:(843) 555-0145}}
Date: {{DATE:04.03.25}}   Pages: 6 (including cover)
RE: {{NAME:Prentiss, Coralie}}  DOB {{DATE:9/9/1980}}  Member {{HEALTH_PLAN:OPX44018827-02}}  Rx: erenumab 140 mg monthly
Chronic migraine (G43.709), 18 headache days/month, failed topiramate, propranolol, amitriptyline. MIDAS 62.
CONFIDENTIALITY: this fax contains protected health information. If received in error call {{PHONE:843-555-0145}}.
` },
{ id: 't4-058', kind: 'school nurse note', text: `
SCHOOL HEALTH OFFICE - {{LOCATION:Jefferson Middle School}}, {{LOCATION:Arlington}}   {{DATE:10/3/2024}}
Student: {{NAME:Autumn Blackfeather}}  Gr 7  ID {{OTHER_ID:S2281147}}
12:40 c/o SOB after PE; peak flow 220 (personal best 340). Albuterol MDI 4 puffs via spacer per action plan. 13:00 peak flow 310, lungs clear.
Parent {{NAME:Sky Blackfeather}} notified by phone {{PHONE:703-555-0138}} and email {{EMAIL:sky.blackfeather@familymail.example}}. Returned to class 13:10.
Nurse: {{NAME:Carol Whitehorse}}, BSN, RN
` },
{ id: 't4-059', kind: 'disabled parking placard certification', text: `
APPLICATION FOR DISABILITY PARKING PLACARD - MEDICAL CERTIFICATION (OR DMV 735-108)
Applicant: {{NAME:Benedict Lawal}}   DOB {{DATE:12.08.1951}}   OR DL {{LICENSE:7118842}}
Address: {{LOCATION:2931 SE Division St}}, {{LOCATION:Portland}}, OR {{LOCATION:97202}}
Vehicles: 2014 Subaru Outback OR plate {{VEHICLE:448 KWV}}; 2020 Honda Fit VIN {{VEHICLE:3HGGK5H84LM711822}}
Condition: severe COPD, FEV1 0.9 L (32%), on home O2; cannot walk 200 ft without rest. Permanent.
Previous placard {{OTHER_ID:PP-0941182}} expired {{DATE:01/2025}}.
Certifying physician: Dr. {{NAME:Maya Oduya-Fritz}}, OR license {{LICENSE:MD188274}}   Signed {{DATE:Feb 3 2025}}
` },
{ id: 't4-060', kind: 'financial counselling note', text: `
FINANCIAL COUNSELING NOTE   {{DATE:3/27/2025}}   Counselor: {{NAME:Pedro Alcantara}}
Patient {{NAME:Rhiannon Gallagher}} (SSN {{SSN:389-51-0072}}) and partner {{NAME:Guy Lefebvre}} (SSN {{SSN:612-44-0918}}) seen re charity care for {{ACCOUNT:HB-22817744}} (NICU stay of son {{NAME:Oisin}}, {{DATE:Jan 4-Feb 19, 2025}}).
Household 3, income $41,200 (Walmart, DoorDash) -> 158% FPL, qualifies 75% discount. Medicaid app submitted via {{URL:https://benefits.wi.example/app/AP-884102}}; ref {{OTHER_ID:AP-884102}}.
Bank acct for autopay (checking) {{ACCOUNT:000448120931}}, routing 075000022.
Next appt {{DATE:4/10}} 2:30 PM.
` },
{ id: 't4-061', kind: 'voice dictation without punctuation', text: `
this is doctor {{NAME:raj chandrasekaran}} dictating a clinic note for {{NAME:evangeline marsh}} date of birth {{DATE:march fourth nineteen thirty two}} medical record number {{MRN:four four one eight eight two seven}} date of service {{DATE:april third twenty twenty five}} miss {{NAME:marsh}} is a {{AGE_OVER_89:ninety three}} year old lady here with her granddaughter {{NAME:hope}} for follow up of heart failure weight is stable at one twenty two pounds blood pressure one eighteen over sixty six she would like to stay at {{LOCATION:magnolia gardens}} assisted living we will continue furosemide twenty milligrams daily and check a b m p next week copy to doctor {{NAME:lee}} at {{LOCATION:saint joseph's}} end of dictation
` },
{ id: 't4-062', kind: 'correctional sick call', text: `
SICK CALL - {{LOCATION:Lakeland Correctional Facility}}, {{LOCATION:Coldwater}}, MI   {{DATE:2025-01-16}}
Inmate: {{NAME:REYNOLDS, TERRELL D.}}   #{{OTHER_ID:884127}}   DOB {{DATE:04/19/1988}}   Unit B-2 cell 114
Identity: fingerprint {{BIOMETRIC:FPX-884127-R2}} verified at med line; iris template {{BIOMETRIC:IRS-20417-77}} on file.
S: R hand pain after altercation {{DATE:1/15}}. O: 5th MC swelling, boxer's fracture on XR ({{PHOTO:XR_R_HAND_884127.dcm}}). Neurovasc intact.
P: ulnar gutter splint, ibuprofen 600 mg TID x 5 d, ortho referral to {{LOCATION:Henry Ford Allegiance}}. Seen by {{NAME:Naomi Fairweather}}, PA-C.
` },
{ id: 't4-063', kind: 'remote monitoring alert', text: `
REMOTE PATIENT MONITORING - ALERT REVIEW   Mon {{DATE:12 May 2025}} 06:55
Pt {{NAME:Lorenzo Quispe Mamani}}  MRN {{MRN:RPM-004471}}  Program: CHF RPM (CPT 99457)
Alert: weight +2.4 kg in 48 h (scale SN {{DEVICE:BT-SC-0088127}}), SpO2 89% on cuff/oximeter hub IMEI {{DEVICE:353110094418270}}.
Hub check-in from IP {{IP:181.65.22.140}} (pt visiting daughter {{NAME:Rocio}} in {{LOCATION:Arequipa}}, Peru) and {{IP:2603:7000:4b3f:1a00:d1c4:88ff:fe21:7a02}} at home.
Voice check-in verified by voiceprint {{BIOMETRIC:VOX-4471-QM}}. Dashboard: {{URL:https://rpm.heartlinkcare.example/patients/004471}}
Action: called pt at {{PHONE:+51 984 555 120}}; advised furosemide 40 mg extra today. RN {{NAME:Bridget Okoro}}.
` },
{ id: 't4-064', kind: 'hospital security incident report', text: `
SECURITY INCIDENT REPORT #SEC-25-0772   {{DATE:04/05/2025}} 23:10   Parking garage P2, level 3
Reporting officer: {{NAME:Marcus Dwyer}}, badge 118
Visitor {{NAME:Shonda Merriweather}} (mother of patient {{NAME:Jaylen Merriweather}}, rm 3118) reported her 2019 Nissan Altima, GA plate {{VEHICLE:RDX 4471}}, VIN {{VEHICLE:1N4BL4BV8KC118273}}, broken into. Suspect vehicle: dark pickup, partial plate {{VEHICLE:CQP 7*}} seen on camera 14 ({{PHOTO:P2_cam14_20250405_2308.mp4}}).
Ms. {{NAME:Merriweather}} gave home address {{LOCATION:560 Fairburn Rd SW}}, {{LOCATION:Atlanta}} {{LOCATION:30331}}, cell {{PHONE:404-555-0181}}. APD case {{OTHER_ID:25-095-1182}}.
` },
{ id: 't4-065', kind: 'employee health clearance', text: `
EMPLOYEE HEALTH - NEW HIRE CLEARANCE   {{DATE:June 2, 2025}}
Employee: {{NAME:Kwabena "Kobby" Asante-Darko}}   Emp ID {{OTHER_ID:E0448127}}   SSN {{SSN:581-20-4471}}   Position: RN, 7 South
Background-check fingerprints captured: livescan TCN {{BIOMETRIC:LS-2025-0602-44718}}
TB: QuantiFERON negative. Titers: MMR immune, VZV immune, HBsAb 8 mIU/mL (non-immune) -> Heplisav-B dose 1 today. N95 fit test: 3M 1870+ pass.
Badge photo {{PHOTO:badge_asante_darko_k.jpg}}; badge access IP logging enabled (reader {{IP:10.3.1.22}}).
RN license: GA {{LICENSE:RN299118}}, verified via Nursys. Email {{EMAIL:kobby.asantedarko@gmail.example}}
Cleared by {{NAME:Wendy Coolidge}}, NP.
` },
{ id: 't4-066', kind: 'patient education handout', text: `
PATIENT EDUCATION - Warfarin (Coumadin) and your INR
Your goal INR is usually 2-3 (2.5-3.5 for some mechanical valves). Take warfarin at the same time every day, for example 5 pm. If you miss a dose, take it the same day; never double up.
Foods high in vitamin K (spinach, kale, broccoli) are fine in steady amounts. Avoid cranberry juice and new supplements without asking. Alcohol: no more than 1 drink/day.
Call your clinic for: black stools, a fall with head strike, bleeding > 10 min, or an INR > 4/5 above goal. In the US call 911; in the UK 999; in Australia 000.
Reviewed {{DATE:January 2025}} by the anticoagulation committee (ICD Z79.01; CPT 93793). Next review 2027.
` },
{ id: 't4-067', kind: 'social work note', text: `
SOCIAL WORK PROGRESS NOTE   {{DATE:5/22/2025}}   Inpatient, 8 East
Pt: {{NAME:Dolores "Dee" Aguilar-Finch}}, 58 F, MRN {{MRN:0092277401}}, SSN {{SSN:514-09-8821}}. Met with pt and husband {{NAME:Raymond Finch}} (SSN {{SSN:514-11-0473}}) re SSDI application after CVA with L hemiparesis.
SSA field office {{LOCATION:Wichita}} appt {{DATE:June 9}}; form SSA-3368 filled; records request faxed to {{FAX:316-555-0187}}.
Family fund-raiser: {{URL:www.gofundme.example/f/dee-aguilar-finch-recovery}}; church (St. Anne's) posts updates on {{URL:https://www.youtube.example/@DeeStrongWichita}}.
Pharmacy phone-refill voiceprint enrolled ({{BIOMETRIC:VP-DAF-55201}}) so husband need not share password.
Discharge plan: home with OP PT at {{LOCATION:Via Christi Rehab}}, wheelchair ordered (Medicaid pending). Lives at {{LOCATION:1450 N Oliver St}}, {{LOCATION:Wichita}}, KS {{LOCATION:67208}}. Reachable {{PHONE:316-555-0119}}.
SW: {{NAME:Harmony Keel}}, LMSW
` },
];
