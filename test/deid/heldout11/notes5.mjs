// heldout11 notes5: spreadsheets pasted as tab-separated text, and referral faxes (h11-041..050).
// The TSV notes use ordinary template literals so that \t becomes a real tab.
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-041', 'tsv-care-gap-outreach', `
pasted from Excel - can you sort by age and draft a call script? Q4 care gaps, {{LOCATION:Eastside Health Partners}}
MRN\tPatient\tDOB\tAge\tPhone\tGap\tLast seen\tPCP
{{MRN:40018821}}\t{{NAME:Abernathy, Clement}}\t{{DATE:02/14/1934}}\t{{AGE_OVER_89:91}}\t{{PHONE:216-555-0131}}\tFall risk screen\t{{DATE:06/02/2025}}\tDr. {{NAME:Pashkov}}
{{MRN:40022917}}\t{{NAME:Delacroix, Minette}}\t{{DATE:11/30/1936}}\t88\t{{PHONE:216-555-0138}}\tMammogram (declined 2024)\t{{DATE:03/19/2025}}\tDr. {{NAME:Okafor}}
{{MRN:40031406}}\t{{NAME:Brzezinski, Wladyslaw}}\t{{DATE:07/07/1930}}\t{{AGE_OVER_89:95}}\t{{PHONE:216-555-0146}}\tA1c overdue\t{{DATE:01/08/2025}}\tDr. {{NAME:Pashkov}}
{{MRN:40045513}}\t{{NAME:Tuiasosopo, Faleolo}}\t{{DATE:05/21/1958}}\t67\t{{PHONE:216-555-0152}}\tColon screen\t{{DATE:08/27/2025}}\tDr. {{NAME:Haddad}}
{{MRN:40051178}}\t{{NAME:Greenleaf, Hope}}\t{{DATE:12/25/1945}}\t79\t{{PHONE:216-555-0157}}\tBP > 140/90 x2\t{{DATE:10/15/2025}}\tDr. {{NAME:Okafor}}
note: Mr. {{NAME:Brzezinski}} is hard of hearing, call his niece {{NAME:Jadwiga}} at {{PHONE:440-555-0160}} instead
`),

n('h11-042', 'tsv-rpm-roster', `
RPM roster export ({{DATE:2025-11-24}}) - which of these need a call today?
patient\tmrn\tcuff_serial\thub_ip\tlast_sync\tsys_avg_7d\tdia_avg_7d\tweight_delta_kg\tflag
{{NAME:Oyelaran, Bisola}}\t{{MRN:RP-00418}}\t{{DEVICE:BPM-A2-0098412}}\t{{IP:100.81.44.17}}\t{{DATE:2025-11-24}} 06:41\t162\t96\t+0.4\tHIGH BP
{{NAME:Kristjansson, Einar}}\t{{MRN:RP-00422}}\t{{DEVICE:BPM-A2-0098477}}\t{{IP:100.81.44.29}}\t{{DATE:2025-11-19}} 07:02\t128\t74\t+2.3\tNO SYNC 5D; WT GAIN
{{NAME:Mbeki-Hollins, Naledi}}\t{{MRN:RP-00431}}\t{{DEVICE:BPM-A2-0099015}}\t{{IP:100.81.45.3}}\t{{DATE:2025-11-24}} 05:58\t118\t70\t-0.1\t
{{NAME:Castellano, Ruben}}\t{{MRN:RP-00437}}\t{{DEVICE:BPM-A2-0099102}}\t{{IP:100.81.45.11}}\t{{DATE:2025-11-23}} 21:15\t141\t88\t+1.1\tSCALE LOW BATT
enrolled by {{NAME:mtrujillo}} and {{NAME:kpoon}}; billing 99454/99457. Mr {{NAME:Kristjansson}}'s wife {{NAME:Solveig}} says the hub was unplugged.
`),

n('h11-043', 'tsv-snf-placement-tracker', `
SNF placement tracker (shared drive copy) - 4 West
Patient\tRoom\tMBI\tSSN (Medicaid app)\tReferred to\tFacility fax\tStatus\tDate
{{NAME:Haugen, Arvid T}}\t412\t{{HEALTH_PLAN:2HJ7-QW1-MN84}}\t{{SSN:000-41-8873}}\t{{LOCATION:Elim Care Fargo}}\t{{FAX:701-555-0111}}\tAccepted\t{{DATE:11/21}}
{{NAME:Redcloud, Winona}}\t415\t{{HEALTH_PLAN:5RT2-EK9-XC31}}\t{{SSN:000-62-1904}}\t{{LOCATION:Rosewood on Broadway}}\t{{FAX:701-555-0114}}\tPending PASRR\t{{DATE:11/20}}
{{NAME:Feeney, Bridget}}\t418\t{{HEALTH_PLAN:8KP4-TT6-HY07}}\t{{SSN:000-77-3310}}\t{{LOCATION:Bethany Retirement Living}}\t{{FAX:701-555-0119}}\tDeclined - behaviours\t{{DATE:11/19}}
{{NAME:Al-Sayegh, Munira}}\t421\t{{HEALTH_PLAN:3DF8-NB2-WQ55}}\t{{SSN:000-18-6642}}\t{{LOCATION:Villa Maria Healthcare}}\t{{FAX:701-555-0123}}\tAwaiting bed\t{{DATE:11/24}}
CM: {{NAME:Tove Lindahl}}, RN x4417. Mrs. {{NAME:Feeney}}'s son {{NAME:Cathal}} wants {{LOCATION:Moorhead}} only.
`),

n('h11-044', 'tsv-trial-stipend-mileage', `
Study STRIDE-HF (IRB 2024-0418) - participant payments, {{DATE:Nov 2025}} batch
subject_id\tinitials\tvisit\tvisit_date\tstipend\tcard_last4\tmiles\tvehicle_plate\tapproved_by
{{OTHER_ID:SHF-014-0031}}\t{{NAME:R.T.O.}}\tWk12\t{{DATE:2025-11-03}}\t$75\t{{ACCOUNT:4417}}\t62\tOH {{VEHICLE:HZK 4418}}\t{{NAME:lgabbard}}
{{OTHER_ID:SHF-014-0036}}\t{{NAME:M.A.}}\tWk8\t{{DATE:2025-11-05}}\t$75\t{{ACCOUNT:0912}}\t18\tOH {{VEHICLE:JPD 2207}}\t{{NAME:lgabbard}}
{{OTHER_ID:SHF-014-0040}}\t{{NAME:D.W.K.}}\tWk4\t{{DATE:2025-11-10}}\t$50\t{{ACCOUNT:7730}}\t104\tKY {{VEHICLE:881 WTR}}\t{{NAME:spatel}}
{{OTHER_ID:SHF-014-0042}}\t{{NAME:N.B.}}\tScreen\t{{DATE:2025-11-12}}\t$25\t{{ACCOUNT:5561}}\t40\t(rideshare)\t{{NAME:spatel}}
Protocol v3.1, site 014, sponsor code CX-4418. Visit windows +/- 3 days. ClinCard program 88-2211.
Questions: study coordinator {{NAME:Lorraine Gabbard}}, {{PHONE:614-555-0103}}, {{EMAIL:stride-hf@example-osu.edu}}. Participant {{OTHER_ID:SHF-014-0036}} asked to be paid by check instead - mailing address {{LOCATION:419 E Whittier St}}, {{LOCATION:Columbus}} OH {{LOCATION:43206}}.
`),

n('h11-045', 'tsv-palm-vein-enrolment', `
Patient ID enrolment reconciliation - registration desk, week of {{DATE:11/17/2025}}
MRN\tName\tDOB\tPalm template\tPhoto\tEnrolled by\tDate\tNote
{{MRN:7710442}}\t{{NAME:ZHANG Yuxin}}\t{{DATE:1988-03-09}}\t{{BIOMETRIC:PV-7710442-R-01}}\t{{PHOTO:reg_7710442.jpg}}\t{{NAME:aquinones}}\t{{DATE:11/17}}\t
{{MRN:7710519}}\t{{NAME:OKONJO, Chidera}}\t{{DATE:2001-10-14}}\t{{BIOMETRIC:PV-7710519-L-01}}\t{{PHOTO:reg_7710519.jpg}}\t{{NAME:aquinones}}\t{{DATE:11/18}}\tleft hand (cast R)
{{MRN:7710533}}\t{{NAME:VILLANUEVA, Rosario}}\t{{DATE:1929-06-30}}\t{{BIOMETRIC:PV-7710533-R-01}}\t{{PHOTO:reg_7710533.jpg}}\t{{NAME:bthorsen}}\t{{DATE:11/19}}\tage {{AGE_OVER_89:96}}, daughter {{NAME:Imelda}} present
{{MRN:7710568}}\t{{NAME:PETERS, Jonah}}\t{{DATE:2015-02-02}}\t(minor - not enrolled)\t{{PHOTO:reg_7710568.jpg}}\t{{NAME:bthorsen}}\t{{DATE:11/20}}\tmom {{NAME:Kayla Peters}} declined
{{MRN:7710571}}\t{{NAME:ZHANG Yuxin}}\t{{DATE:1988-03-09}}\t{{BIOMETRIC:PV-7710571-R-01}}\t{{PHOTO:reg_7710571.jpg}}\t{{NAME:aquinones}}\t{{DATE:11/21}}\tDUPLICATE of {{MRN:7710442}}? merge ticket
`),

n('h11-046', 'fax-referral-cardiology', String.raw`
{{DATE:NOV-21-2025}} 14:02   FROM: {{FAX:4065550171}}   TO: {{FAX:14065550190}}   P.001/004
                 {{LOCATION:BIG SKY FAMILY MEDICINE}} - FAX COVER
To: {{LOCATION:Billings Clinic}} Cardiology Referrals      From: {{NAME:Delia Rasmussen}}, MA
Re: URGENT referral - {{NAME:Hjalmar Eriksen}}      Pages: 4 (incl. cover)
CONFIDENTIALITY NOTICE: This facsimile contains PHI...

REFERRAL
Patient: {{NAME:ERIKSEN, HJALMAR P}}     DOB {{DATE:10/02/1951}}     Ph {{PHONE:406-555-0172}}
Addr: {{LOCATION:2215 Rimrock Rd}}, {{LOCATION:Billings}} MT {{LOCATION:59102}}
Ins: BCBS MT {{HEALTH_PLAN:YMT884102277}}    SSN {{SSN:000-58-2210}}
Reason: new LBBB on ECG {{DATE:11/20/2025}}, exertional dyspnoea, NYHA II-III. BNP 612.
Ref. provider: {{NAME:Tobias Whitehorse}}, MD   NPI 1558420017   MT lic. {{LICENSE:MED-LIC-18824}}
Please call our nurse line {{PHONE:406-555-0170}} with appt; pt's daughter {{NAME:Ingeborg}} drives him ({{PHONE:406-555-0174}}).
Prior echo images and ECG: {{URL:https://refer.example-bigskyfm.com/pkt/ERIKSEN-441872}}. Meds: lisinopril 20 mg daily, atorvastatin 40 mg, ASA 81 mg. ECG: SR 74, QRS 148 ms, LBBB. K 4.4, Cr 1.1, A1c 6.2.
`),

n('h11-047', 'fax-dme-order-cpap', String.raw`
[OCR of inbound fax, 3 pp, received {{DATE:11/24/2025}} 08:31 from {{FAX:(912) 555-0140}}]
DETAILED WRITTEN ORDER - PAP THERAPY
Beneficiary: {{NAME:Jefferson Abimbola Tait}}   DOB: {{DATE:06/17/1963}}   MBI: {{HEALTH_PLAN:6WN3-QA7-JJ42}}
Address: {{LOCATION:407 E 37th St}}, {{LOCATION:Savannah}} GA {{LOCATION:31401}}   Phone: {{PHONE:(912) 555-0147}}
Secondary: GA Medicaid {{HEALTH_PLAN:111440187722}}    (legacy field SSN: {{SSN:000-66-0418}})
Item: E0601 CPAP, A7030 full face mask, A7037 tubing, E0562 humidifier. Pressure auto 6-16 cm H2O.
Sleep study: PSG at {{LOCATION:Memorial Sleep Disorders Center}} {{DATE:10/29/2025}}, AHI 38.2, SpO2 nadir 79%.
Length of need: 99 (lifetime). Face-to-face: {{DATE:11/05/2025}}.
Ordering physician: {{NAME:Celestine Odukoya}}, MD  NPI 1881044172  GA lic {{LICENSE:MD072219}}
Signature: [signed]   Date {{DATE:11/21/2025}}
DME: {{LOCATION:Coastal Respiratory Supply}}, fax {{FAX:912-555-0145}}
`),

n('h11-048', 'fax-hospice-referral-snf', String.raw`
FAX TRANSMITTAL - {{LOCATION:Green Meadows Nursing & Rehabilitation}}
To: {{LOCATION:Heartland Hospice}} Intake   Fax: {{FAX:(765) 555-0151}}   Phone: {{PHONE:(765) 555-0150}}
From: {{NAME:Marisa Oberlin-Toussaint}}, LPN, MDS coordinator   Fax: {{FAX:(765) 555-0157}}
Date: {{DATE:11/22/2025}}   Pages: 6

Resident: {{NAME:Vivian Delphine Crabtree}}   Age: {{AGE_OVER_89:97}}   DOB {{DATE:03/08/1928}}   Room 118-B
Dx: Alzheimer's dementia, FAST 7d; weight loss 14% in 6 months; pressure injury sacrum stage 3 (photo {{PHOTO:sacrum_1118B_1120.jpg}}).
Medicare {{HEALTH_PLAN:9EA2-C14-MK70}}; Medicaid {{HEALTH_PLAN:100442917712}}.
Attending: Dr. {{NAME:Ptolemy Ngata}}.  POA: nephew {{NAME:Harlan Crabtree}} {{PHONE:(317) 555-0114}}, lives in {{LOCATION:Zionsville}}.
Resident's late husband {{NAME:Orville}} is buried at {{LOCATION:Crown Hill Cemetery}}; family requests chaplain Rev. {{NAME:Anders Moe}} be contacted.
`),

n('h11-049', 'fax-correctional-oncology', String.raw`
{{LOCATION:FCI ALICEVILLE}} - HEALTH SERVICES    FAX {{FAX:205-555-0130}}   {{DATE:11/19/2025}} 10:44   PAGE 1 OF 5
TO: {{LOCATION:UAB Kirklin Clinic}} - Hematology/Oncology Scheduling
RE: Consultation request - outside medical trip
Inmate name: {{NAME:DOUCETTE, LAVERNE R}}     Reg. No. {{OTHER_ID:44187-019}}     DOB {{DATE:01/27/1966}}
SSN {{SSN:000-52-7741}}    Medicare: none    BOP medical record # {{MRN:BOP-0092211}}
Reason: biopsy-proven invasive ductal carcinoma L breast, ER+/PR+/HER2-, cT2N1. CT CAP {{DATE:11/07/2025}} no distant mets.
Security: 2 officers, restraints per policy. DO NOT share appointment date/time with patient or family.
Next of kin (do not contact re: schedule): sister {{NAME:Roxanne Doucette-Pickett}}, {{LOCATION:Mobile}}, AL.
Clinical director: {{NAME:Ignatius Mbatha}}, MD   AL lic {{LICENSE:26618}}   phone {{PHONE:205-555-0133}}
`),

n('h11-050', 'fax-bahamas-referral', String.raw`
{{LOCATION:Doctors Hospital}} - {{LOCATION:Nassau}}, Bahamas   fax {{FAX:242-555-0191}}   tel {{PHONE:242-555-0190}}
TRANSFER / REFERRAL LETTER                                                      {{DATE:20 Nov 2025}}
To: International Patient Services, {{LOCATION:Jackson Memorial Hospital}}, {{LOCATION:Miami}} (fax {{FAX:305-555-0162}})
Re: {{NAME:Cordell Ferguson-Rolle}}, DOB {{DATE:14/06/1977}}, NIB no. {{OTHER_ID:1977061441}}, passport {{OTHER_ID:BH0441872}}
Address: {{LOCATION:Soldier Road}}, {{LOCATION:P.O. Box N-4418}}, {{LOCATION:Nassau}}
Dear colleague, thank you for accepting this 48-year-old man with an infected Charcot foot and osteomyelitis of the 2nd metatarsal (MRI {{DATE:17/11/2025}}), HbA1c 10.2%, for limb salvage. Travelling by air ambulance (aircraft C6-FLT) on {{DATE:21 Nov}} with his wife {{NAME:Antoinette}} ({{PHONE:242-555-0196}}). Insurer: Colina, policy {{HEALTH_PLAN:COL-7741-2208}}.
Yours sincerely, Dr {{NAME:Sherwin Knowles}}, MBBS, Bahamas Medical Council reg. {{LICENSE:BMC-1844}}
`),
];
