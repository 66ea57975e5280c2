// heldout14 notes5.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-037',
    kind: 'Grenada hospital discharge summary',
    text: `
{{LOCATION:GENERAL HOSPITAL}}, {{LOCATION:ST. GEORGE'S}} - Medical Ward B - DISCHARGE SUMMARY
Patient: {{NAME:Delphine Augustine-Noel}}   Hosp. No. {{MRN:GH/26/044718}}   NIS No. {{OTHER_ID:558-104-221}}
DOB {{DATE:12.03.1933}} (age {{AGE_OVER_89:93}})   Address: {{LOCATION:Lance aux Epines}}, {{LOCATION:St. George}}
Admitted {{DATE:09 Nov 2026}}, discharged {{DATE:16 Nov 2026}}. Consultant: Dr. {{NAME:Kester Mitchell}} (Medical Board reg. {{LICENSE:GMB 1187}})
Diagnosis: community-acquired pneumonia, AKI on CKD 3b (creat 188 -> 121 umol/L), HbA1c 7.9%.
Course: ceftriaxone 1 g IV x5 days then amoxicillin-clavulanate. Oxygen weaned day 4.
Follow-up: {{LOCATION:Grand Anse Medical Station}} in 1 week; renal clinic {{DATE:07 Dec 2026}}.
Next of kin: daughter {{NAME:Marcia Noel}} {{PHONE:+1 (473) 555-0172}}; son {{NAME:Anthony Noel}} in {{LOCATION:Brooklyn}}
{{PHONE:(718) 555-0133}}, who asked for the summary by e-mail: {{EMAIL:anoel.bk@example.com}} (patient consented).
His US SSN {{SSN:000-29-4417}} was given for the travel-insurance claim, policy {{ACCOUNT:TRV-88120477}}.
Typed by {{NAME:S. Charles}}, ward clerk. Copy faxed to GP Dr. {{NAME:Bain}}, {{LOCATION:Grenville}}, fax {{FAX:+1 (473) 555-0190}}.
`,
  },
  {
    id: 'h14-038',
    kind: 'Saint Lucia health-centre referral',
    text: `
{{LOCATION:SOUFRIERE HOSPITAL}} referral slip         date {{DATE:18/11/2026}}
To: Surgical Clinic, {{LOCATION:Owen King EU Hospital}}, {{LOCATION:Millennium Highway}}, {{LOCATION:Castries}}
Name: {{NAME:Ignatius}} "{{NAME:Ti-Paul}}" {{NAME:Joseph}}   DOB {{DATE:02/05/1958}}   NIC {{OTHER_ID:J58 020 5117}}
Address: {{LOCATION:Fond St. Jacques}}, {{LOCATION:Soufriere}}   Cell {{PHONE:758-555-0148}}
Occupation: fisherman (boat reg. {{VEHICLE:SF-447}}), also drives a minibus {{VEHICLE:M 8812}}
History: painless lump right groin x 3 months, reducible. BP 144/92. Hb 13.1.
Impression: right inguinal hernia. For elective repair. NHI card {{HEALTH_PLAN:NHI-LC-0081194}}.
Referring: Dr. {{NAME:Marie-Claire Flavien}}   licence {{LICENSE:SLMC 0412}}   health centre tel {{PHONE:758-555-0106}} / fax {{FAX:758-555-0107}}
Wife {{NAME:Bernadette}} will accompany; she speaks Kweyol mainly.
`,
  },
  {
    id: 'h14-039',
    kind: 'Guyana transfer letter with family sponsorship note',
    text: `
{{LOCATION:GEORGETOWN PUBLIC HOSPITAL CORPORATION}} - Department of Medicine
{{DATE:20th November, 2026}}
Re: {{NAME:Rajkumar Persaud}}, {{AGE_OVER_89:91}} years, Reg. No. {{MRN:GPH-2026-118804}}
Address: {{LOCATION:Lot 63}}, {{LOCATION:No. 63 Village}}, {{LOCATION:Corentyne}}, {{LOCATION:Berbice}}; NIS {{OTHER_ID:0447182}}; passport {{OTHER_ID:R0558120}}
Mr. {{NAME:Persaud}} was transferred from {{LOCATION:New Amsterdam Hospital}} on {{DATE:14th November}} with heart failure (EF 30%).
He improved on furosemide and is fit for discharge to his daughter's home at {{LOCATION:Lot 14 Regent Street}},
{{LOCATION:Lacytown}}, {{LOCATION:Georgetown}}. His son {{NAME:Vishnu Persaud}} ({{LOCATION:Richmond Hill}}, NY; SSN {{SSN:000-51-7703}}; tel
{{PHONE:+1 347 555 0119}}) is sponsoring his visa medical and asked for this letter. Echo images are on disc
({{PHOTO:echo_persaud_1115.dcm}}). Pacemaker not indicated.
Dr. {{NAME:Shalini Ramdass-Khan}}, Medical Council of Guyana reg. {{LICENSE:MCG-3391}} | {{EMAIL:medicine.gphc@example.org}}
`,
  },
  {
    id: 'h14-040',
    kind: 'Kyrgyzstan outpatient extract (translated)',
    text: `
{{LOCATION:National Hospital}}, {{LOCATION:Bishkek}} - outpatient card extract (translated from Russian)
Patient: {{NAME:Asanova Aigul Bakytovna}}, born {{DATE:14.07.1955}}; PIN {{OTHER_ID:21407195500417}}
Compulsory health insurance policy {{HEALTH_PLAN:MHIF 0200-4471-1188}}
Address: {{LOCATION:mkr. Dzhal-29, d. 14, kv. 52}}, {{LOCATION:Bishkek}} {{LOCATION:720051}}; mother lives in {{LOCATION:Kara-Suu}} village
Visits: {{DATE:02.10.2026}} and {{DATE:23.10.2026}} - thyroid nodule 2.1 cm, TI-RADS 4; FNA {{DATE:06.11.2026}} Bethesda II.
Plan: ultrasound in 12 months. TSH 2.4 mU/L.
Mother {{NAME:Asanova Zuura}}, {{AGE_OVER_89:94}}, cares for the grandchildren; husband {{NAME:Dzhumabaev Nurlan Sadyrovich}} {{PHONE:+996 312 555 014}}
Doctor: {{NAME:Ermekova T. K.}}, endocrinologist, licence {{LICENSE:KG-0887}}; e-referral {{URL:https://e-health.example.kg/ref/21407195500417}}
Patient portal last login from {{IP:100.81.4.19}}.
`,
  },
  {
    id: 'h14-041',
    kind: 'Tajikistan district hospital discharge (translated)',
    text: `
{{LOCATION:Khujand Regional Clinical Hospital}} - discharge epicrisis No. {{MRN:4471/26}}
Full name: {{NAME:Nazarova Gulnora Saidovna}}, DOB {{DATE:03.09.1961}}; passport {{OTHER_ID:A 0558123}}
Residence: {{LOCATION:mahalla Panjshanbe}}, {{LOCATION:Khujand}}, Sughd region
In hospital {{DATE:08.11.2026}}-{{DATE:19.11.2026}}: acute calculous cholecystitis, laparoscopic cholecystectomy {{DATE:10.11.2026}}.
Husband {{NAME:Nazarov Rustam}} works in {{LOCATION:Yekaterinburg}} (migration patent {{OTHER_ID:66 No 0412218}}); son {{NAME:Firdavs}} drove her in
(car Daewoo Nexia {{VEHICLE:4471 AB 02}}). Contact {{PHONE:+992 92 555 0183}}.
Surgeon: {{NAME:Kholov B. R.}}; head of department {{NAME:Yusupova M. A.}}
Sick leave certificate {{OTHER_ID:BL-26-118802}} issued to employer (Khujand Silk mill).
`,
  },
  {
    id: 'h14-042',
    kind: 'Turkmenistan referral letter (translated)',
    text: `
{{LOCATION:Ashgabat City Hospital No. 3}}, outpatient department
Referral to the {{LOCATION:International Medical Centre}}, cardiology
Patient {{NAME:Annaberdiyeva Ogulbossan}}, {{DATE:22.04.1947}}, pensioner; passport {{OTHER_ID:I-AS 558814}}
Address: {{LOCATION:Magtymguly sayoly 78, jay 12}}, {{LOCATION:Ashgabat}} {{LOCATION:744000}}; tel {{PHONE:+993 12 55 50 47}}
Complaints since {{DATE:September 2026}}: exertional dyspnoea, ankle oedema. ECG: AF, rate 118. NT-proBNP 3400 pg/mL.
Daughter-in-law {{NAME:Hojamuradova Jennet}} accompanies; her husband {{NAME:Serdar}} is abroad in {{LOCATION:Istanbul}}.
Insurance booklet {{HEALTH_PLAN:TM-SAG-0044718}}. Event recorder issued, serial {{DEVICE:ER-2205-88140}}.
Physician {{NAME:Gurbanova A.}}, {{DATE:17.11.2026}}, stamp 0412.
`,
  },
  {
    id: 'h14-043',
    kind: 'Albania specialist consultation (translated)',
    text: `
{{LOCATION:QSUT Nene Tereza}} - Neurology Service, {{LOCATION:Tirane}}
Konsulta nr. {{OTHER_ID:N-2026-11874}}   Date {{DATE:19.11.2026}}
Patient: {{NAME:Drita Kelmendi}}, born {{DATE:08.02.1952}}, NID {{OTHER_ID:H25208447K}}, health card {{HEALTH_PLAN:KSH-04418822}}
Address: {{LOCATION:Rruga e Kavajes, Pallati 112, Shkalla 3, Ap. 14}}, {{LOCATION:1001}} {{LOCATION:Tirane}}
Referred by Dr. {{NAME:Arben Hoxha}}, {{LOCATION:Qendra Shendetesore Nr. 4}}, with right-hand tremor since {{DATE:March 2025}}.
Exam: rest tremor R>L, bradykinesia, UPDRS-III 24. DaT-SPECT ordered (images {{PHOTO:datscan_kelmendi.dcm}}).
Start levodopa/carbidopa 100/25 mg half tab tid. Review {{DATE:January 2027}}.
Son {{NAME:Gentian}} in {{LOCATION:Bari}}, Italy: {{PHONE:+39 080 555 0148}}, {{EMAIL:gentian.kelmendi@example.it}}.
Neurologist: Dr. {{NAME:Elona Shehu}}, Urdhri i Mjekeve licence {{LICENSE:OMA-22871}}
`,
  },
  {
    id: 'h14-044',
    kind: 'lower-case Kosovo family-medicine note',
    text: `
{{LOCATION:qkmf prishtine}} - family medicine, {{DATE:20.11.2026}}
pacienti: {{NAME:fatmire krasniqi}}, {{AGE_OVER_89:90}} vjec (years), nr. personal {{OTHER_ID:1155667788}}
adresa: {{LOCATION:rr. agim ramadani 14/3}}, {{LOCATION:lagjja dardania}}, {{LOCATION:10000}} {{LOCATION:prishtine}}
came with grandson {{NAME:valon berisha}} ({{PHONE:+383 44 555 017}}), who drove her in his golf {{VEHICLE:01-555-AB}}.
complaints: dizziness x 2 weeks, fell at home {{DATE:15.11}}, no loss of consciousness. bp 168/94, hr 52, ecg: 2nd degree av block mobitz i.
plan: stop bisoprolol, holter 24h (device {{DEVICE:HX-0044712}}), review in 1 week. referred to cardiology at {{LOCATION:qkuk}}.
daughter {{NAME:shpresa}} lives in {{LOCATION:stuttgart}}, wants results by email: {{EMAIL:shpresa.k@example.de}}
dr. {{NAME:blerim gashi}}, licence {{LICENSE:OMK-1187}}
`,
  },
  {
    id: 'h14-045',
    kind: 'North Macedonia discharge letter (translated)',
    text: `
{{LOCATION:University Clinic of Cardiology}}, {{LOCATION:Skopje}} - Discharge letter No. {{MRN:KK-26-004471}}
Patient: {{NAME:Blagoja Trajkovski}}, EMBG {{OTHER_ID:0503941450012}}, FZO card {{HEALTH_PLAN:FZO-7712-0448}}
Address: {{LOCATION:ul. Partizanski odredi br. 15/2-7}}, {{LOCATION:1000}} {{LOCATION:Skopje}}; summer house in {{LOCATION:Ohrid}}
Admitted {{DATE:11.11.2026}}: NSTEMI. PCI to LAD {{DATE:12.11.2026}}, drug-eluting stent 3.0 x 28 mm.
Discharged {{DATE:17.11.2026}}. Aspirin 100 mg, ticagrelor 90 mg bid for 12 months, atorvastatin 80 mg.
Wife {{NAME:Snezana Trajkovska}} {{PHONE:+389 70 555 148}}. E-prescriptions linked to {{URL:https://mojtermin.example.mk/rx/0503941450012}}.
Doctors: Dr. {{NAME:Ivana Stojanovska}} (Lekarska komora licence {{LICENSE:LK 09927}}), Dr. {{NAME:Goran Petrovski}}
Fax of the clinic {{FAX:+389 2 555 0190}}
`,
  },
];
