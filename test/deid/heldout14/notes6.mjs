// heldout14 notes6.mjs: blind held-out notes (see README.md). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h14-046',
    kind: 'Montenegro emergency-centre report (translated)',
    text: `
{{LOCATION:Klinicki centar Crne Gore}}, Emergency Centre, {{LOCATION:Podgorica}}   {{DATE:21.11.2026}} 22:40
Patient: {{NAME:Milos Vukovic}}, JMBG {{OTHER_ID:1209958210044}}, insured (FZO) {{HEALTH_PLAN:ZK 0044718822}}
Brought by his neighbour {{NAME:Dragana Popovic}} from {{LOCATION:Bulevar Svetog Petra Cetinjskog 88/4}}.
Hypoglycaemia on insulin glargine 30 U; glucose 1.9 mmol/L, after 40% dextrose 7.2. GCS 15 at 23:05.
Insulin pen {{DEVICE:PEN-77120-ME}} reading shows double dose at 18:00. CGM app shared via {{URL:https://share.glucose.example.me/mv1209}}.
Observation 6 h, discharged home with neighbour. Family doctor Dr. {{NAME:Jelena Radonjic}}, {{LOCATION:Dom zdravlja Stari Aerodrom}}.
Reported to the diabetes nurse by e-mail; sent from ward PC {{IP:192.168.40.17}}.
`,
  },
  {
    id: 'h14-047',
    kind: 'Vanuatu hospital referral for overseas telehealth review',
    text: `
{{LOCATION:Vila Central Hospital}}, {{LOCATION:Port Vila}} - Paediatric Ward - referral for tele-review
Child: {{NAME:Kalo Tari Napuat}}, 6 yrs, hospital no. {{MRN:VCH-26-7712}}
Village: {{LOCATION:Lenakel}}, {{LOCATION:Tanna}} (flown in {{DATE:13 Nov 2026}} by Air Vanuatu medevac)
Mother {{NAME:Leisei Napuat}}; father {{NAME:Tom Napuat}} (chief's son, {{LOCATION:Ikiti}} village), mobile {{PHONE:+678 555 4471}}
Problem: rheumatic heart disease, severe MR, NYHA III. Benzathine penicillin monthly since {{DATE:April 2025}}.
Echo clips uploaded for the visiting team: {{PHOTO:napuat_echo_plax.mp4}}, {{PHOTO:napuat_echo_a4c.mp4}} - link
{{URL:https://teleecho.example.org.au/case/VCH-26-7712}} (uploaded from {{IP:203.0.113.201}}).
Referring: Dr. {{NAME:Jean-Baptiste Kalsakau}}; VMDC reg. {{LICENSE:VU-0231}}. Ward fax {{FAX:+678 555 2201}}.
`,
  },
  {
    id: 'h14-048',
    kind: 'Kiribati TB programme contact visit',
    text: `
National TB Programme - {{LOCATION:Betio}}, {{LOCATION:South Tarawa}} - household contact visit {{DATE:18/11/2026}}
Index case: {{NAME:Teuea Tebano}}, 34 M, TB register {{OTHER_ID:KTB-26-0418}}, smear 2+, started 2HRZE {{DATE:04/11/2026}}
Household ({{LOCATION:Temakin}} area, near the maneaba): wife Nei {{NAME:Tabita}} 31; children {{NAME:Baraniko}} 9, {{NAME:Tiimi}} 4;
grandmother Nei {{NAME:Tekaai}} {{AGE_OVER_89:91}} - all screened, CXR for the grandmother booked.
Boat to outer island of {{LOCATION:Abaiang}} for brother {{NAME:Kaiea Tebano}} (contact, coughing) on {{DATE:25/11}}.
TB officer {{NAME:Rereao Ioane}}, phone {{PHONE:+686 7555 0148}}; records synced to DHIS2 tracker from tablet {{DEVICE:TAB-KI-0087}}
at {{IP:100.96.12.4}}.
`,
  },
  {
    id: 'h14-049',
    kind: 'Papua New Guinea hospital discharge',
    text: `
{{LOCATION:PORT MORESBY GENERAL HOSPITAL}} - Surgical Ward 4
Discharge: {{NAME:Joseph Kila Wari}}   PMGH no. {{MRN:PM 2026/11841}}   {{DATE:16 November 2026}}
Residence: {{LOCATION:Section 44, Lot 12}}, {{LOCATION:Gordons}}, NCD; home village {{LOCATION:Kerema}}, Gulf Province
Injury: machete wound left forearm (ED {{DATE:12 Nov}}), tendon repair. Tetanus toxoid given.
Police report {{OTHER_ID:BOROKO-CR-4471/26}}; photographs for the police ({{PHOTO:wari_forearm_01.jpg}}).
Wantok / guardian: {{NAME:Mary Wari}}, Digicel {{PHONE:+675 7555 0133}}
Bill: K 350, account {{ACCOUNT:PMGH-AC-558120}}; employer Steamships (workers comp form attached).
Surgeon: Dr. {{NAME:Lucy Aipa}}, PNGMB reg. {{LICENSE:MB-1187}}.
`,
  },
  {
    id: 'h14-050',
    kind: 'lower-case Cook Islands nurse note before referral to New Zealand',
    text: `
{{LOCATION:rarotonga hospital}} - district nurse note {{DATE:19/11/2026}}
visited mama {{NAME:teina marsters}} ({{AGE_OVER_89:95}}) at home in {{LOCATION:arorangi}}, by the {{LOCATION:cic church}}. lives with granddaughter {{NAME:ngatokorua}}.
leg ulcer r shin 4 x 3 cm, sloughy, no cellulitis. dressing changed, photo {{PHOTO:marsters_leg_1911.jpg}} to wound folder.
nhi (nz) {{HEALTH_PLAN:ZCP4471}} - to go to {{LOCATION:middlemore}} for vascular review. son {{NAME:tangi marsters}} in {{LOCATION:otahuhu}}
will meet her, {{PHONE:+64 21 555 0172}}, {{EMAIL:tangi.marsters@example.co.nz}}.
flight booked air nz {{DATE:02/12}}, booking ref {{OTHER_ID:QX7L2M}}. escort: {{NAME:ngatokorua}}.
- {{NAME:tereapii}}, rn
`,
  },
  {
    id: 'h14-051',
    kind: 'Tunisia hospital discharge summary (translated from French)',
    text: `
{{LOCATION:CHU Habib Bourguiba}}, {{LOCATION:Sfax}} - Service de Nephrologie - Compte rendu d'hospitalisation
Patient: Mme {{NAME:Saida Ben Amor}} epouse {{NAME:Trabelsi}}, {{DATE:02/06/1950}}, dossier {{MRN:HB-26-22871}}
CIN {{OTHER_ID:05548120}}; CNAM card {{HEALTH_PLAN:3027-118804-22}}
Address: {{LOCATION:Route de Gremda km 4}}, {{LOCATION:3027}} {{LOCATION:Sfax}}
Stay {{DATE:05/11/2026}}-{{DATE:18/11/2026}}: hyperkalaemia K 7.1 on CKD 5; tunnelled catheter placed; haemodialysis started
3x/week at {{LOCATION:Centre d'hemodialyse El Ain}} from {{DATE:23/11/2026}}. Dialysis access photos {{PHOTO:cath_trabelsi.jpg}}.
Husband {{NAME:Hedi Trabelsi}} {{PHONE:+216 74 555 018}}. Invoice {{ACCOUNT:FAC-26-004417}} (ticket moderateur).
Dr {{NAME:Khaled Charfeddine}}, CNOM {{LICENSE:9912}}. Fax service {{FAX:+216 74 555 090}}.
`,
  },
  {
    id: 'h14-052',
    kind: 'ALL-CAPS Libya medical evacuation request',
    text: `
{{LOCATION:BENGHAZI MEDICAL CENTRE}} - REQUEST FOR TREATMENT ABROAD (COMMITTEE OF MEDICAL EVACUATION)
DATE: {{DATE:17/11/2026}}   FILE NO: {{OTHER_ID:BMC-EVAC-26-0418}}
PATIENT: {{NAME:ABDELSALAM MOHAMMED AL-OBEIDI}}   NATIONAL NO: {{OTHER_ID:119550044718}}   PASSPORT: {{OTHER_ID:LY558120A}}
DOB: {{DATE:01/01/1955}} (REGISTERED)   ADDRESS: {{LOCATION:AL-SABRI DISTRICT}}, {{LOCATION:BENGHAZI}}
DIAGNOSIS: SEVERE AORTIC STENOSIS (AVA 0.6 CM2, MEAN GRADIENT 58 MMHG), FOR TAVI.
REQUESTED CENTRE: {{LOCATION:ACIBADEM MASLAK HOSPITAL}}, {{LOCATION:ISTANBUL}}
COMPANION: SON {{NAME:TAREQ ABDELSALAM AL-OBEIDI}} PASSPORT {{OTHER_ID:LY660417B}} TEL {{PHONE:+218 91 555 0147}}
TREATING CARDIOLOGIST: DR {{NAME:FAWZIA EL-MAGHRABI}} (LIBYAN MEDICAL BOARD NO {{LICENSE:LMB-4471}})
CT IMAGES ON DISC: {{PHOTO:CTA_OBEIDI_TAVI.DCM}}   PORTAL: {{URL:HTTPS://EVAC.EXAMPLE.LY/FILE/BMC-EVAC-26-0418}}
BANK ACCOUNT FOR PER DIEM: {{ACCOUNT:LY83 002 048 000020100120361}}
`,
  },
  {
    id: 'h14-053',
    kind: 'Algeria clinic letter (translated from French)',
    text: `
{{LOCATION:EPSP Constantine Ziadia}} - polyclinique, consultation de medecine interne
{{LOCATION:Constantine}}, le {{DATE:22 novembre 2026}}
Mr {{NAME:Rachid Boudiaf}}, ne le {{DATE:14/03/1944}} (82 ans) - correction: {{DATE:14/03/1934}}, age {{AGE_OVER_89:92}}
NIN {{OTHER_ID:109340044718220011}}; carte Chifa {{HEALTH_PLAN:34 0314 4471 82}}
Demeurant {{LOCATION:Cite 500 logements, Bt 12 n 4}}, {{LOCATION:Ziadia}}, {{LOCATION:25000}} {{LOCATION:Constantine}}
HTA + insuffisance cardiaque; FEVG 35 %. Traitement: bisoprolol 2.5 mg, furosemide 40 mg, ramipril 2.5 mg.
Fils {{NAME:Karim}}, a {{LOCATION:Lyon}}: {{PHONE:+33 6 55 50 14 47}}, securite sociale francaise n/a.
Dr {{NAME:Nadia Benhamouda}}, ordre des medecins {{LICENSE:CNOM-25-1187}}; tel cabinet {{PHONE:+213 31 55 50 18}}
`,
  },
  {
    id: 'h14-054',
    kind: 'Namibia medical-aid claim and discharge note',
    text: `
{{LOCATION:Windhoek Central Hospital}} - discharge note / medical aid claim
Member: {{NAME:Johanna Nangolo}}, ID no. {{OTHER_ID:55081200447}}, Omaheke Medical Aid Fund no. {{HEALTH_PLAN:OMAF-0044718-01}}
Dependant (patient): mother {{NAME:Ndapewa Nangolo}}, {{AGE_OVER_89:90}}, ID {{OTHER_ID:36021100312}}
Address: {{LOCATION:Erf 1187, Eveline Street}}, {{LOCATION:Katutura}}, {{LOCATION:Windhoek}}; village {{LOCATION:Okalongo}} (Omusati)
Admission {{DATE:10/11/2026}} - {{DATE:15/11/2026}}: hip fracture, hemiarthroplasty; implant serial {{DEVICE:HX-NB-22871}}.
Claim {{OTHER_ID:CLM-NA-26-7712}} submitted online {{DATE:16/11/2026}} from {{IP:198.51.100.212}}; refund to bank account {{ACCOUNT:62001144718}}.
Doctor: Dr. {{NAME:Tuhafeni Shikongo}}, HPCNA {{LICENSE:MP 4471}}; practice fax {{FAX:+264 61 555 0190}}.
`,
  },
];
