// train5 notes 3: home infusion, DME, courier manifest, blood bank, organ donation, cancer registry, death, autopsy, genetics, fertility, pets.
export default [
  {
    id: 't5-025',
    kind: 'home infusion referral order',
    text: `
HOME INFUSION REFERRAL / ORDER   Sent {{DATE:07/30/2025}} 16:05 to {{LOCATION:Option Care Health - Omaha}} fax {{FAX:402-555-0173}}
Patient {{NAME:Bernadette Okoye-Whitfield}}  DOB {{DATE:10/10/1958}}  MRN {{MRN:NE-4418207}}  Wt 72 kg, CrCl 64
Home: {{LOCATION:14 Prairie Wind Ct}}, {{LOCATION:Papillion}}, NE {{LOCATION:68046}}  Cell {{PHONE:402-555-0114}}
Dx: MSSA vertebral osteomyelitis T10-11 (M46.24). PICC R basilic 4 Fr double lumen, 41 cm, tip cavoatrial junction per CXR {{DATE:7/29}}.
Rx: cefazolin 2 g IV q8h via CADD-Solis VIP pump (s/n {{DEVICE:CS-10447812}}) x 6 weeks, stop date {{DATE:09/09/2025}}.
Labs weekly: CBC w/diff, BMP, ESR, CRP - fax to ID clinic {{FAX:402-555-0199}}.
Nursing: weekly dressing change, SASH flush, teach pt and husband {{NAME:Lyle Whitfield}}.
Ordering: {{NAME:Farah Siddiqui}}, MD (ID), NPI {{OTHER_ID:1396004728}}. Medicare MBI {{HEALTH_PLAN:2EW7-KD3-HA44}}; secondary Mutual of Omaha.
`,
  },
  {
    id: 't5-026',
    kind: 'DME order: CPAP',
    text: `
DETAILED WRITTEN ORDER - PAP DEVICE   Order date {{DATE:03/18/2025}}
Beneficiary: {{NAME:Rodney Lamar Gaines}}   DOB {{DATE:08/08/1967}}   Medicaid ID {{HEALTH_PLAN:GA004417283}}
Address {{LOCATION:3301 Old Hwy 41 Lot 17}}, {{LOCATION:Cartersville}} GA {{LOCATION:30120}}  Ph {{PHONE:770-555-0158}}
E0601 CPAP, auto 5-15 cmH2O; A7030 full face mask (ResMed AirFit F30, size M); A7037 tubing; E0562 heated humidifier.
Dispensed: ResMed AirSense 11 AutoSet serial {{DEVICE:23211893047}}, modem IMEI {{DEVICE:356938035643809}}.
PSG {{DATE:02/27/2025}} at {{LOCATION:Etowah Sleep Center}}: AHI 42, nadir SpO2 78%, ESS 15/24.
Compliance download (AirView) due 31-90 days; 30-day usage 87%, avg 6.2 h. Myair account {{EMAIL:rgaines67@webmail.example}}.
Prescriber: {{NAME:Kathleen Mbeki}}, NP, {{LOCATION:Bartow Pulmonary & Sleep}}, NPI {{OTHER_ID:1629300418}}, signature on file.
DME supplier: Peach State Medical Supply, supplier # {{OTHER_ID:3390012004}}.
`,
  },
  {
    id: 't5-027',
    kind: 'DME order: oxygen and wheelchair',
    text: `
CMN / DWO - Oxygen + Power Mobility   {{DATE:12/02/2024}}
Pt: {{NAME:Augustine MacKinnon}}   Age 84   HICN replaced by MBI {{HEALTH_PLAN:5TR2-PN8-QX03}}
Qualifying ABG/SpO2: {{DATE:11/26/2024}} at rest RA 87%, exertion 84%; on 2 L 93%. Group I. FEV1 0.9 L (31%).
E1390 concentrator (Invacare Platinum 5, s/n {{DEVICE:INV-PL5-1187336}}); E0431 portable cylinders; E1392 POC Inogen G5 s/n {{DEVICE:G5-2104-99817}}.
K0823 group 2 power wheelchair: Pride Jazzy 600 ES, serial {{DEVICE:J6ES-447120-B}}; seat 18 x 18, ROHO cushion.
Face-to-face {{DATE:11/20/2024}} with Dr. {{NAME:Isla MacLeod-Baird}}; mobility exam: gait 6MWT 95 m, MRC 4/5 hip flexors.
Delivery: {{LOCATION:Apt 3C, 19 Shore Rd}}, {{LOCATION:Brooklyn}} NY {{LOCATION:11209}} (elevator bldg). Contact daughter {{NAME:Moira}} {{PHONE:718-555-0112}}.
Supplier: Apria Healthcare, branch fax {{FAX:718-555-0170}}. Delivery truck plate {{VEHICLE:XKT-4417}} noted on POD.
`,
  },
  {
    id: 't5-028',
    kind: 'lab courier manifest',
    text: `
COURIER MANIFEST - Route 7 North - Tue {{DATE:10/07/2025}}   Driver: {{NAME:Luis "Lucho" Barrientos}}   Van plate NM {{VEHICLE:4XPR-221}}, VIN {{VEHICLE:1FTBR2CM5KKA99071}}
Stop 1 09:10 {{LOCATION:Los Lunas Family Medicine}} - 6 tubes, 1 urine: {{NAME:Chavez, Benito}} acc {{OTHER_ID:25-280-01143}}; {{NAME:Sedillo-Baca, Ana}} acc {{OTHER_ID:25-280-01144}}
Stop 2 09:45 {{LOCATION:Belen Dialysis}} - 12 tubes (ambient), temp logger 4.1 C (refrig box 2-8 C ok)
Stop 3 10:30 {{LOCATION:Presbyterian Socorro Clinic}} - path jar: {{NAME:Yazzie, Ronald}} acc {{OTHER_ID:S25-09917}}
Drop at {{LOCATION:TriCore Reference Laboratories}}, {{LOCATION:1001 Woodward Pl NE}}, {{LOCATION:Albuquerque}} {{LOCATION:87102}} at 12:05.
Chain of custody signed by receiving tech {{NAME:Ha-eun Jung}}. GPS tracker on van logged {{IP:10.44.7.201}} sync OK.
`,
  },
  {
    id: 't5-029',
    kind: 'blood bank crossmatch record',
    text: `
TRANSFUSION SERVICE - CROSSMATCH RECORD
Recipient: {{NAME:PHAM, THU HUONG}}   MRN {{MRN:77102345}}   BB band # {{OTHER_ID:BB-E77341}}   DOB {{DATE:1962-09-14}}
Collected {{DATE:2025-05-03}} 06:12 by {{NAME:kmorales}}; ABO/Rh O NEG; antibody screen POS: anti-E (titer 8), anti-K.
Units (E-neg, K-neg, irradiated): DIN W0412 25 443210 (O NEG, exp {{DATE:5/20}}), DIN W0412 25 443375 (O NEG). AHG crossmatch compatible x2.
Hx: 3 prior pregnancies; prior transfusion at {{LOCATION:Cho Ray Hospital}}, {{LOCATION:Ho Chi Minh City}} {{DATE:2009-04}}; records requested.
Issued 09:40 to 6 South rm 604 (RN {{NAME:Hanh Nguyen}}). Pre-vitals T 36.8, BP 118/70. Post T 37.0.
Medical director review: Dr. {{NAME:Oluwaseun Adeyemi}}. Antibody card given to pt; husband {{NAME:Le Van Duc}} informed.
`,
  },
  {
    id: 't5-030',
    kind: 'organ donor referral call',
    text: `
OPO REFERRAL - LifeShare of the Carolinas - Referral # {{OTHER_ID:R25-118842}}
Call received {{DATE:08/09/2025}} 23:51 from {{NAME:Ashley Ngata}}, RN, {{LOCATION:Novant Health Presbyterian Medical Center}} Neuro ICU (ph {{PHONE:704-555-0187}})
Pt: {{NAME:Tyrell James Whitaker}}, 19M, DOB {{DATE:04/16/2006}}, MRN {{MRN:NV220981}}. MVC rollover {{DATE:8/8}} on {{LOCATION:I-77}}.
GCS 3T, no sedation x 24 h, pupils fixed 6 mm, corneals absent, cough absent. Ventilated, on norepi 0.05.
Trigger: GCS <= 5 and plan to discuss withdrawal. Brain death exam #1 planned 0600.
Registry: registered donor via NC DMV (license {{LICENSE:000043871290}}).
Family: mother {{NAME:Charmaine Whitaker}} {{PHONE:980-555-0116}}; father deceased. Coordinator on call: {{NAME:Blaise Fontenot}}.
UNOS DonorNet ID {{OTHER_ID:AKJ4471}} pending. ABO A POS. Wt 79 kg, Ht 183 cm.
`,
  },
  {
    id: 't5-031',
    kind: 'cancer registry abstract',
    text: `
CANCER REGISTRY ABSTRACT (NAACCR)   Accession {{OTHER_ID:2025-00417}}   Seq 00
Name: {{NAME:WINTER, GRACE E}}   SSN {{SSN:547-20-1183}}   DOB {{DATE:19440723}}   Sex 2   Race 01
Addr at dx: {{LOCATION:RR 1 Box 88}}, {{LOCATION:Ainsworth}}, NE {{LOCATION:69210}}   County: {{LOCATION:Brown County}}
Date of dx {{DATE:20250214}}   Primary site C50.4 (UOQ L breast)   Histology 8500/3   Grade 2   Laterality 2
AJCC 8 cT2 cN1 M0, stage IIB; ER 95% PR 40% HER2 1+ (neg); Ki-67 18%. Oncotype RS 22.
First course: lumpectomy + SLNB {{DATE:03/10/2025}} at {{LOCATION:Great Plains Health}}, {{LOCATION:North Platte}}; AC-T planned; RT 50 Gy/25.
Managing physician {{NAME:Conrad Vasquez-Holm}}, MD. Abstractor {{NAME:Gay Lindqvist}}, CTR  {{DATE:06/01/2025}}.
`,
  },
  {
    id: 't5-032',
    kind: 'death certificate worksheet',
    text: `
DEATH CERTIFICATE WORKSHEET (for funeral director and certifier)
Decedent: {{NAME:Florence Imogene Hargrove}}  (maiden {{NAME:Pettigrew}})   Sex F   SSN {{SSN:249-11-6620}}
Age {{AGE_OVER_89:101}} years   DOB {{DATE:01/17/1924}}   Birthplace {{LOCATION:Gaffney}}, SC   Date of death {{DATE:05/02/2025}} 04:10 (pronounced)
Place of death: {{LOCATION:Spartanburg Regional Hospice Home}}, {{LOCATION:Spartanburg}}, {{LOCATION:Spartanburg County}}
Residence: {{LOCATION:602 Cedar Springs Rd}}, {{LOCATION:Spartanburg}} {{LOCATION:29302}}
Spouse (deceased): {{NAME:Harold Hargrove}}. Father {{NAME:Amos Pettigrew}}. Informant: son Rev. {{NAME:William "Bill" Hargrove}}, {{PHONE:864-555-0124}}
Cause: Ia. end-stage dementia (years); Ib. Alzheimer disease; II. CHF, CKD 4. Manner: Natural. Autopsy: no. Tobacco: no.
Funeral home: {{LOCATION:Seawright Funeral Home}}, FD {{NAME:Clay Seawright}}, license {{LICENSE:FD-3318}}.
Certifier: {{NAME:Patience Ogunbiyi}}, MD. State file # {{OTHER_ID:2025-SC-041187}}.
`,
  },
  {
    id: 't5-033',
    kind: 'autopsy summary',
    text: `
{{LOCATION:Office of the Chief Medical Examiner}} - {{LOCATION:Anchorage}}
ME case {{OTHER_ID:ME25-0644}}   Decedent {{NAME:Samuel Aklaq Nanouk}}   Age 34   Exam {{DATE:February 19, 2025}}
Circumstances: found {{DATE:2/17/25}} outside residence in {{LOCATION:Bethel}}; ambient -28 C. GPS of scene {{LOCATION:60.7922, -161.7558}}.
External: Wischnewski spots (gastric), paradoxical undressing, frostbite digits. BAC 0.24 g/dL. Tox: no opioids.
Internal: heart 360 g, coronaries < 25% stenosis. Lungs 620/580 g, edematous. Brain 1420 g, no hemorrhage.
Cause: hypothermia; contributory: acute ethanol intoxication. Manner: accident.
Photos {{PHOTO:ME25-0644_ext_001.jpg}}-{{PHOTO:ME25-0644_ext_046.jpg}}. Fingerprints taken for ID (AFIS {{BIOMETRIC:7730291}}); ID confirmed by cousin {{NAME:Mary Nanouk-Evan}}.
Pathologist: {{NAME:Gerald Fitzsimmons}}, MD. Investigator: {{NAME:Tatiana Petrova}}.
`,
  },
  {
    id: 't5-034',
    kind: 'genetic counselling letter with pedigree',
    text: `
{{LOCATION:Cancer Genetics Program, Huntsman Cancer Institute}}
{{DATE:June 12, 2025}}
Dear Ms. {{NAME:Rosalind Chee-Hansen}},
Thank you for meeting with me and Dr. {{NAME:Brigham Larsen}} on {{DATE:May 28}}. Your multigene panel (Ambry CancerNext, accession {{OTHER_ID:25-448192}}) found a pathogenic BRCA2 variant c.5946delT (p.Ser1982fs).
Pedigree summary: you (III-2, 47) had breast cancer at 44. Your mother {{NAME:Lillian Chee}} (II-3) had ovarian cancer at 61 and died at 63. Maternal grandmother {{NAME:Mei-Ling Chee}} (I-2) is living at {{AGE_OVER_89:97}}, no cancer. Maternal uncle {{NAME:Robert Chee}} (II-1) had pancreatic cancer at 58. Paternal grandfather (I-3) died at {{AGE_OVER_89:94}} of "old age". Your sister {{NAME:Ivy}} (III-3, 44) and brother {{NAME:Dale}} (III-4, 40) have not been tested; daughter {{NAME:June}} (IV-1, 19).
Cascade testing letters enclosed. Family-testing code {{OTHER_ID:FT-77182}} (free within 90 days).
Warm regards, {{NAME:Tess Okafor}}, MS, CGC   {{EMAIL:tess.okafor@hci-genetics.example}}   {{PHONE:801-555-0141}}
`,
  },
  {
    id: 't5-035',
    kind: 'fertility clinic cycle log',
    text: `
IVF CYCLE LOG - {{LOCATION:Desert Bloom Fertility}}   Cycle ID 25-041 (clinic internal)
Patient: {{NAME:Shirin Farahani}}  DOB {{DATE:11/30/1988}}   Partner: {{NAME:Daniel Abergel}}   Donor sperm: none
AMH 1.4, AFC 11, BMI 23. Protocol: antagonist, Gonal-f 225 IU + Menopur 75 IU.
CD2 {{DATE:9/1}} baseline E2 38, LH 5.1. Stim D5 {{DATE:9/5}}: E2 612, lead follicle 12 mm. Ganirelix started D6.
Stim D9 {{DATE:9/9}}: E2 2,140, 4 follicles >= 17 mm. Trigger Ovidrel 250 mcg 21:30.
Retrieval {{DATE:9/11/2025}}: 12 oocytes, 9 MII, ICSI 9 -> 7 2PN. Day 5: 3 blastocysts (4AA, 4AB, 3BB) biopsied for PGT-A.
Embryology lab: {{NAME:Yoo Ji-woo}}. Results via portal {{URL:https://patient.desertbloomivf.example/cycle/SF1130}}.
Insurance: Progyny member {{HEALTH_PLAN:PGY-55019377}}. Consent signed {{DATE:08/20/2025}}; witness {{NAME:Marisa Tolliver}}.
`,
  },
  {
    id: 't5-036',
    kind: 'urgent care: dog bite with pet names',
    text: `
URGENT CARE - {{LOCATION:Minute Med Urgent Care}}, {{LOCATION:Boise}}   {{DATE:08/03/2025}}
Pt {{NAME:Hunter Ellison}} 8 y/o M, with dad {{NAME:Brock Ellison}}. Bitten R forearm by neighbor's dog "Duke" (German shepherd), vaccinated per owner {{NAME:Carla Reinholt}}.
Our own dog "Buddy" and cat "Pepper" at home - not involved. Duke's rabies tag #2214 (county animal control notified, report {{OTHER_ID:ACS-25-1180}}).
Exam: two 1 cm punctures, no tendon involvement, FROM, cap refill < 2 s. Tetanus UTD (Tdap {{DATE:5/2024}}).
Tx: irrigation 500 mL NS, not sutured, amox-clav 45 mg/kg/d div BID x 5 d. Photo {{PHOTO:IMG_4471.HEIC}} in chart.
Vet Dr. {{NAME:Lisa Ferrante}}, DVM ({{LOCATION:Treasure Valley Animal Hospital}}) will do the 10-day quarantine check on Duke.
Dad's email for work note: {{EMAIL:brock.ellison@boisemail.example}}.
`,
  },
];
