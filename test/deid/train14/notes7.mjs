// train14 notes 7: mixed everyday notes carrying the rarer identifiers (licences, plates, e-mail, links, IPs,
// biometrics, photos, accounts, faxes).
export default [
  {
    id: 't14-055',
    kind: 'ED physician note (US, MVC with police)',
    text: `
ED NOTE {{DATE:11/22/2026}} 2310 {{LOCATION:Harborview Medical Center}}
{{NAME:Ximena Altamirano-Cho}} 26F, restrained driver, T-boned at {{LOCATION:Rainier Ave S}} and {{LOCATION:S Henderson St}}. Airbags deployed.
WA DL {{LICENSE:ALTAMXC123PB}} per {{LOCATION:Seattle}} PD officer {{NAME:Dominic Faalogo}} (badge {{OTHER_ID:8841}}), report {{OTHER_ID:2026-338419}}. Her car plate {{VEHICLE:CKT4172}}, other vehicle {{VEHICLE:BWN 5528}}.
Seat-belt sign, FAST neg, CT A/P: no injury. GCS 15. Lac forehead 3 cm repaired, Dermabond.
Photos of seatbelt bruise for chart: {{PHOTO:IMG_4471.HEIC}}, {{PHOTO:IMG_4472.HEIC}}.
Roommate {{NAME:Opal Redcloud}} to pick up, cell {{PHONE:(206) 555-0177}}. Dr {{NAME:Anders Kvist}}
Mother {{NAME:Soon-ja Cho}} called from {{LOCATION:Federal Way}} {{PHONE:253-555-0119}}. Pt works at {{LOCATION:Swedish First Hill}} as an MA. Tetanus given. Dispo home with concussion precautions; f/u {{LOCATION:Pioneer Square Clinic}}.
CT head neg. Dermabond, tetanus Tdap. Crash time approx 2215 on {{DATE:11/22}}.
`,
  },
  {
    id: 't14-056',
    kind: 'outpatient follow-up via portal (US, endocrine)',
    text: `
Telephone/portal encounter {{DATE:11/23/2026}}
Pt {{NAME:Grace Oduya-Petrosyan}} (MRN {{MRN:2209478}}) messaged from {{EMAIL:grace.op88@mail.example.com}}: "my thyroid levels from {{LOCATION:Quest}} on {{LOCATION:Glendale Blvd}} are in?"
TSH 0.21 on levothyroxine 125 mcg. Reduce to 112 mcg. Replied via portal; session from IP {{IP:198.51.100.47}}.
Husband {{NAME:Armen Petrosyan}} is proxy, proxy e-mail {{EMAIL:armen.p@example.net}}. Lab slip link {{URL:https://portal.example.org/labs/req/88314}}.
Rx to {{LOCATION:CVS Pharmacy #9921}} in {{LOCATION:Glendale}}; Rx #{{OTHER_ID:RX7720114}}.
{{NAME:Nairi Hakobyan}}, MD
Pt also asked about a referral to Dr {{NAME:Vartan Ghazarian}} at {{LOCATION:Glendale Adventist Medical Center}} for nodules; referral ref {{OTHER_ID:REF-26-88104}}. Daughter {{NAME:Lusine}} scheduled the US.
Prior TSH {{DATE:8/15/2026}}: 0.9. Free T4 1.6. Levothyroxine 112 mcg start {{DATE:11/24}}.
`,
  },
  {
    id: 't14-057',
    kind: 'ward progress note (US, opioid treatment with biometrics)',
    text: `
Addiction consult f/u {{DATE:11/23/26}}
{{NAME:Cassius "Cash" Delacroix-Moon}} 44M, inpatient for endocarditis (MSSA), cefazolin week 2.
Enrolled at {{LOCATION:Kolmac Outpatient Recovery Center}} in {{LOCATION:Silver Spring}}, dosing methadone 90 mg; clinic verifies by palm vein template {{BIOMETRIC:PV-33019845}}. Dose confirmed with counselor {{NAME:Lorraine Batts}}, fax {{FAX:301-555-0135}}.
PDMP checked. MD DL {{LICENSE:D-520-118-447-902}} on file for ID.
Girlfriend {{NAME:Tamsin Ebersole}} visiting daily. Plan OPAT vs SNF; placement list sent to {{LOCATION:Sligo Creek Center}}.
{{NAME:Yohannes Gebremedhin}}, MD
Pt's sister {{NAME:Marguerite Delacroix}} in {{LOCATION:Takoma Park}} can host for OPAT; address {{LOCATION:7012 Eastern Ave}}. Home infusion by {{LOCATION:Option Care Gaithersburg}}, account {{ACCOUNT:OC-7719305}}.
TEE {{DATE:11/15/2026}}: 1.2 cm tricuspid vegetation. Blood cultures cleared {{DATE:11/17}}.
`,
  },
  {
    id: 't14-058',
    kind: 'ICU note with device and accounts (US)',
    text: `
Neuro ICU note {{DATE:11/24/2026}}
{{NAME:Delphine Abara-Sorensen}} 38F, SAH Hunt-Hess 3, coiled {{DATE:11/21}}. EVD at 10 cmH2O, draining 8 ml/h. Nimodipine 60 mg q4h. TCDs: L MCA 140.
Home VNS generator {{DEVICE:SN 91827364}} (LivaNova) for prior epilepsy, magnet at bedside.
Financial counselor {{NAME:Ruthanne Kessler}} met partner {{NAME:Ola Sorensen}}: HAR {{ACCOUNT:4410098276}}, guarantor account {{ACCOUNT:G-551203}}. Medicaid application started; SSN on file {{SSN:000-41-7782}}.
Partner's e-mail {{EMAIL:ola.sorensen@example.com}}. Face template for badge-free visitor entry {{BIOMETRIC:FT-20261124-0071}}.
Attending {{NAME:Ikenna Obiora}}, MD
Night: EVD clamped for trial. Partner's mother {{NAME:Ingeborg Sorensen}} arrived from {{LOCATION:Decorah}}. Chaplain {{NAME:Kwesi Appiah}} visited. Portal proxy login from {{IP:2001:db8:44::1a}} flagged and verified.
Ictus {{DATE:11/20/2026}}. Aneurysm: ACom 6 mm. Na 136. Vasospasm watch days 4-14.
`,
  },
  {
    id: 't14-059',
    kind: 'telehealth outpatient follow-up (Canada)',
    text: `
Virtual visit {{DATE:2026-11-24}} via OTN, link {{URL:https://otn.example.ca/v/7HF2K9}}
Pt {{NAME:Nokomis Keeshig}}, 51F, OHIP {{HEALTH_PLAN:5584-221-907-KM}}, joined from nursing station at {{LOCATION:Neyaashiinigmiing}} ({{LOCATION:Cape Croker}}), IP {{IP:203.0.113.18}}.
COPD follow-up, CAT score 18. Spiriva + Symbicort. Pulmonary rehab at {{LOCATION:Owen Sound}} declined due to travel.
Community health nurse {{NAME:Brenda Akiwenzie}} present. Photos of rash uploaded {{PHOTO:rash_keeshig_1124.png}}.
Fax to {{LOCATION:Grey Bruce Health Services}}: {{FAX:519-555-0188}}.
Dr {{NAME:Rohan Fitzgerald-Iyer}}
CHN e-mail {{EMAIL:b.akiwenzie@nawash.example.ca}}. Follow-up visit booked {{DATE:2027-01-12}}. Pharmacy at {{LOCATION:Wiarton}}. Daughter {{NAME:Waasnode Keeshig}} helps with inhalers.
Spirometry FEV1 48% predicted. Last exacerbation {{DATE:2026-09-02}}. Pneumococcal vaccine up to date.
`,
  },
  {
    id: 't14-060',
    kind: 'nursing shift note (US, psych unit)',
    text: `
Behavioral Health Unit shift note {{DATE:11/25/2026}} 1500-2330
pt {{NAME:tobias krall}} 22M, mrn {{MRN:7719034}}, unit 3 East, {{LOCATION:Sheppard Pratt}}, {{LOCATION:Towson}}.
Pleasant, slept 2h in pm. Denies SI/HI. Attended group with {{NAME:Jaz}} (peer). Ate 75%.
Visitor: grandmother {{NAME:Irmgard Krall}}, {{AGE_OVER_89:90}}, brought clothes; visitor log with license MD {{LICENSE:K-640-552-198-311}}. Her car MD {{VEHICLE:2FT6819}} parked in lot B.
Pt asked about discharge to {{LOCATION:Hope House}} in {{LOCATION:Crownsville}}. Clozapine 200 mg hs; ANC 2.8.
{{NAME:Ebony Whitlock}}, RN; charge {{NAME:Rafferty}}
2200: pt phoned sister {{NAME:Liesl Krall}} in {{LOCATION:Catonsville}}; call monitored per plan. Psychiatrist Dr {{NAME:Osei-Bonsu}} to see in AM. Belongings bag checked by tech {{NAME:Marcus Ferebee}}.
Admitted {{DATE:11/18/2026}}. ANC weekly while on clozapine. BPRS 34.
`,
  },
  {
    id: 't14-061',
    kind: 'ED note with IT and staff (UK)',
    text: `
ED addendum {{DATE:25/11/2026}} 03:10, {{LOCATION:Ninewells Hospital}}, {{LOCATION:Dundee}}
Pt {{NAME:Callum Brodie Farquharson}}, 31M, CHI {{HEALTH_PLAN:1208955541}}. Sent from {{LOCATION:HMP Perth}} with prison officers {{NAME:A. Gow}} and {{NAME:L. Nicolson}}. Overdose of pregabalin, GCS 13.
Toxbase consulted. Obs 1h. Discharge letter e-mailed to healthcare centre at {{EMAIL:hmpperth.health@nhs.example.scot}}.
Clinical portal accessed from workstation {{IP:192.0.2.214}} by Dr {{NAME:Morag Sinclair}}; access reviewed by IG lead {{NAME:Hamza Qureshi}}.
Mother {{NAME:Agnes Farquharson}}, {{LOCATION:Lochee}}, {{PHONE:01382 555 203}}.
Discharged back to custody 06:40. Letter also copied to GP at {{LOCATION:Lochee Health Centre}}. Escort vehicle {{VEHICLE:SV71 HPF}}. Officer {{NAME:Gow}} signed property form.
Ingestion approx 23:30 on {{DATE:24/11/2026}}. Paracetamol and salicylate levels undetectable.
`,
  },
  {
    id: 't14-062',
    kind: 'outpatient follow-up (Ghana)',
    text: `
Sickle Cell Clinic {{DATE:25/11/2026}}, {{LOCATION:Komfo Anokye Teaching Hospital}}, {{LOCATION:Kumasi}}
{{NAME:Akosua Serwaa Boateng}}, 14F, folder {{MRN:KATH-SC-0448}}, NHIS {{HEALTH_PLAN:NHIS-88120347}}.
HbSS on hydroxyurea 20 mg/kg. Hb 8.6. TCD normal. One crisis in {{DATE:October 2026}} managed at {{LOCATION:Manhyia District Hospital}}.
Lives with grandmother Nana {{NAME:Afua Kyerewaa}} in {{LOCATION:Bantama}}; attends {{LOCATION:Wesley Girls' High School}}. School nurse {{NAME:Efua Mensah}}.
Mother {{NAME:Comfort Boateng}} phone {{PHONE:024 555 1187}}. Dr {{NAME:Kwaku Ofori-Atta}}.
Grandmother's address: {{LOCATION:House No. OTB 44}}, {{LOCATION:Bantama High Street}}. Transport by trotro; social welfare officer {{NAME:Yaw Darko}} to assist with NHIS renewal. Next review {{DATE:24/2/2027}}.
Hydroxyurea started {{DATE:January 2024}}. Penicillin V prophylaxis. Folic acid 5 mg.
`,
  },
  {
    id: 't14-063',
    kind: 'nursing note (long-term care, Ireland)',
    text: `
Nursing note {{DATE:26/11/2026}}, {{LOCATION:St Joseph's Community Nursing Unit}}, {{LOCATION:Shankill}}
Resident {{NAME:Bridget "Bridie" O'Sullivan-Kavanagh}}, {{AGE_OVER_89:101}}, room Lourdes 4. Birthday party with great-grandson {{NAME:Oisin}} and priest Fr {{NAME:Declan Moriarty}}.
Waterlow 20, MUST 1. Ate well. Paracetamol PRN. Bed rails per risk assessment.
Nephew {{NAME:Eamon Kavanagh}} (NOK) rang from {{LOCATION:Bray}}; fax of Fair Deal form to {{FAX:01 555 4471}}. Account ref {{ACCOUNT:FD-2026-11893}}.
Staff nurse {{NAME:Precious Chikore}}; HCA {{NAME:Marta Nowicka}}.
Evening: resident asked for her late sister {{NAME:Nora}}. Niece {{NAME:Siobhan Kavanagh-Reilly}} visited from {{LOCATION:Greystones}}. GP Dr {{NAME:Fintan Geraghty}} to review {{DATE:28/11}}.
Admission to unit {{DATE:3 March 2019}}. Weight 48.2 kg. Mirtazapine 15 mg nocte.
`,
  },
  {
    id: 't14-064',
    kind: 'ambulance handover with identifiers (US)',
    text: `
EMS to ED handoff {{DATE:11/26/2026}} 1645 {{LOCATION:Regions Hospital}}, {{LOCATION:Saint Paul}}
Medic {{NAME:Hollis Thunderbird}} from Allina unit {{VEHICLE:Allina 4417}}. Pt {{NAME:Pa Nhia Xiong}} 67F, hypoglycemia BGL 38 at {{LOCATION:Hmong Village Shopping Center}}, {{LOCATION:1001 Johnson Pkwy}}. D10 given, now 112.
Insulin pump Tandem t:slim {{DEVICE:T-1187234}} suspended. Daughter {{NAME:Mai Yer Vang}} {{PHONE:651-555-0128}}. Medicaid {{HEALTH_PLAN:MA 00481937}}.
Pt wears ID bracelet with fingerprint ID {{BIOMETRIC:FPR-7781-22}} from her church group ({{LOCATION:Hmong Alliance Church}}). Hmong interpreter {{NAME:Tou Lor}}.
ED RN {{NAME:Kaitlyn Moua}} received. Endocrine f/u at {{LOCATION:HealthPartners Como Clinic}}. Pump rep {{NAME:Dana Feldhaus}} e-mail {{EMAIL:dfeldhaus@example.com}}. Son-in-law {{NAME:Chue Vang}} driving from {{LOCATION:Maplewood}}.
Glucagon not needed. Pump basal 0.6 U/h suspended at 1620. Last A1c {{DATE:9/2026}}: 7.8.
`,
  },
];
