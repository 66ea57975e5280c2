// train16 notes 1: case investigation forms and contact-tracing logs (measles, TB, cholera, mpox, Lassa,
// legionella, hepatitis A, pertussis, meningococcal disease).
export default [
  {
    id: 't16-001',
    kind: 'case investigation form (measles, Kenya)',
    text: `
CASE INVESTIGATION FORM - MEASLES / RUBELLA
EPID No: {{OTHER_ID:KEN-KSM-MEA-25-0412}}    Date of notification: {{DATE:14/10/2025}}
Case name: {{NAME:Achieng Otieno Awuor}}    Sex: F    Age: 7 y
Residence: {{LOCATION:Nyalenda B}} estate, {{LOCATION:Kisumu East}} sub-county, {{LOCATION:Kisumu County}}
Landmark: behind {{LOCATION:Kilo Market}}, near {{LOCATION:St. Teresa's Catholic Church}}
Parent/guardian: {{NAME:Otieno Okoth}} (father), tel {{PHONE:+254 700 555 118}}
School: {{LOCATION:Nyalenda Primary School}}, class 2 (teacher Mrs. {{NAME:Florence Anyango}})
Date of rash onset: {{DATE:9/10/2025}}. Fever, cough, coryza, conjunctivitis: all yes. Koplik spots not seen.
Vaccination: MCV1 at 9 mo (card seen, {{LOCATION:Lumumba Health Centre}}), MCV2 not given.
Travel in the 7-21 days before onset: attended a funeral in {{LOCATION:Siaya}} town ({{DATE:21-24 Sept}}), travelled by matatu.
Specimen: serum + throat swab collected {{DATE:15/10/2025}}, sent to {{LOCATION:KEMRI Kisumu}}, lab no. {{OTHER_ID:KSM-L-88213}}.
Investigator: {{NAME:Wycliffe Ouma}}, Sub-County Disease Surveillance Coordinator.
Follow-up {{DATE:22/10/2025}}: IgM positive. Siblings {{NAME:Odhiambo}} (4) and {{NAME:Atieno Awuor}} (18 mo) given MCV at home by CHV Mama {{NAME:Rose Adhiambo}}; classmates line-listed with head teacher Mr. {{NAME:Evans Omondi}}. Funeral host in {{LOCATION:Siaya}}: {{NAME:Jacob Onyango Ochieng}}, {{LOCATION:Karapul}} village, {{LOCATION:Boro}} ward - alert sent to {{LOCATION:Siaya County Referral Hospital}}.
`,
  },
  {
    id: 't16-002',
    kind: 'contact-tracing log (TB household and workplace, Philippines)',
    text: `
TB CONTACT INVESTIGATION LOG - index case {{NAME:Reynaldo "Rey" Dimaculangan}}, {{LOCATION:Brgy. San Isidro}}, {{LOCATION:Antipolo City}}, Rizal
TB case no. {{OTHER_ID:RZL-ANT-2025-1178}}; Xpert MTB detected, RIF not detected ({{DATE:Oct 30, 2025}}).

#  contact                          relation / where met                               screened     result
1  {{NAME:Marites Dimaculangan}}              wife, same house ({{LOCATION:Purok 4}})                       {{DATE:11/3}}     CXR clear, TPT started
2  {{NAME:Jun-Jun}} ({{NAME:Reynaldo}} Jr.)           son, 9 y, {{LOCATION:San Isidro Elementary School}}         {{DATE:11/3}}     TST 12 mm, TPT
3  Lola {{NAME:Pacita Lagman}}               mother-in-law, {{AGE_OVER_89:90}} y, sleeps in sala            {{DATE:11/4}}     sputum pending
4  {{NAME:Arnel Bautista}}                   co-worker, {{LOCATION:Cogeo}} hardware warehouse             {{DATE:11/6}}     symptom-free
5  {{NAME:Joy-Ann Macaraeg}}                 jeepney seatmate (daily), {{LOCATION:Marcos Hwy}}           not reached
6  Fr. {{NAME:Benigno Salonga}}              parish, {{LOCATION:Our Lady of Peace and Good Voyage}}      {{DATE:11/7}}     CXR clear

Note: contact 6 is the parish priest; he prefers "Father {{NAME:Ben}}".
Traced by: {{NAME:Liza Gatchalian}}, BHW; reviewed Dr. {{NAME:Ramon Tiongson}} MHO, {{LOCATION:Antipolo City Health Office}}.
`,
  },
  {
    id: 't16-003',
    kind: 'outbreak line list (cholera, Malawi)',
    text: `
CHOLERA LINE LIST - {{LOCATION:Nsanje}} District, week 44
case_id | name | age | sex | village | TA | onset | outcome | CTC
NSJ-C-301 | {{NAME:Chisomo Banda}} | 34 | M | {{LOCATION:Mbenje}} | {{LOCATION:Mlolo}} | {{DATE:28-Oct}} | recovered | {{LOCATION:Nsanje District Hospital}}
NSJ-C-302 | {{NAME:Tiyamike Phiri}} | 4 | F | {{LOCATION:Mbenje}} | {{LOCATION:Mlolo}} | {{DATE:29-Oct}} | recovered | {{LOCATION:Nsanje District Hospital}}
NSJ-C-303 | {{NAME:Mphatso Kalua}} | 61 | M | {{LOCATION:Chiphwembwe}} | {{LOCATION:Ngabu}} | {{DATE:30-Oct}} | died {{DATE:31-Oct}} | {{LOCATION:Bangula CTU}}
NSJ-C-304 | {{NAME:Grace Chirwa}} | 27 | F | {{LOCATION:Chiphwembwe}} | {{LOCATION:Ngabu}} | {{DATE:31-Oct}} | admitted | {{LOCATION:Bangula CTU}}
NSJ-C-305 | {{NAME:Yamikani Mwale}} | 15 | M | {{LOCATION:Makhanga}} | {{LOCATION:Malemia}} | {{DATE:01-Nov}} | admitted | {{LOCATION:Makhanga Health Centre}}
Common exposure: funeral meal at the home of Mr. {{NAME:Lameck Nyirenda}}, {{LOCATION:Mbenje}}, {{DATE:26 Oct}}; water from the {{LOCATION:Thangadzi}} stream borehole (broken).
Vibrio cholerae O1 Ogawa confirmed by culture (3 of 5). RDT positive all 5.
Compiled by {{NAME:Limbani Gondwe}}, DEHO, {{PHONE:+265 999 555 402}}.
`,
  },
  {
    id: 't16-004',
    kind: 'case interview notes (salmonellosis, US)',
    text: `
Enteric case interview - Salmonella Enteritidis, PFGE/WGS cluster {{OTHER_ID:2511MLJ6WGS}}
Case: {{NAME:Dolores Whitehorse}}, 52, {{LOCATION:4417 Crestline Dr}}, {{LOCATION:Farmington}}, NM {{LOCATION:87402}}
Phone {{PHONE:(505) 555-0163}}. Interviewed {{DATE:11/18/2025}} by {{NAME:K. Begay}}, epidemiologist.
Onset {{DATE:11/9}}: diarrhea, cramps, fever 101. Seen at {{LOCATION:San Juan Regional Medical Center}} ED {{DATE:11/11}}, stool culture positive.
Food history (7 days): Sunday dinner at her sister {{NAME:Arlene Yazzie}}'s house in {{LOCATION:Shiprock}} (deviled eggs, fry bread, mutton stew);
{{DATE:Nov 5}} lunch at {{LOCATION:Three Rivers Eatery}} on {{LOCATION:Main St}}; eggs bought at the {{LOCATION:Aztec}} farmers market from a stall run by
"{{NAME:Big Jim}}" ({{NAME:James Tso}}). Also ate at a church potluck at {{LOCATION:First Presbyterian Church of Kirtland}}.
Household: husband {{NAME:Leonard Whitehorse}}, grandson {{NAME:Tristan}} (both well). Works at {{LOCATION:Farmington Municipal School District}} cafeteria - excluded from food handling until 2 negative stools.
Other cases in cluster: 3 in Colorado, 1 in Utah. Not reportable: Gatorade, Imodium taken.
Follow-up {{DATE:11/25/2025}}: {{NAME:Arlene Yazzie}} also ill ({{DATE:11/10}} onset), stool positive at {{LOCATION:Northern Navajo Medical Center}}; her husband {{NAME:Harrison Yazzie}} kept the egg carton from "{{NAME:Big Jim}}"'s stall (photo {{PHOTO:egg_carton_aztec_1125.jpg}}).
The stall's hens are kept on {{NAME:James Tso}}'s farm off {{LOCATION:County Road 3000}} near {{LOCATION:Flora Vista}}; NMDA inspector {{NAME:Marisa Chavez-Lucero}} will sample on {{DATE:Dec 1}}. Navajo Nation, Four Corners and the San Juan River are not marked here as places of residence.
`,
  },
  {
    id: 't16-005',
    kind: 'Lassa fever case investigation (Nigeria)',
    text: `
LASSA FEVER - CASE INVESTIGATION SUMMARY
State: Ondo   LGA: {{LOCATION:Owo}}   Ward: {{LOCATION:Iloro}}
Case: {{NAME:Adebayo Olumide Fasanmi}}, 38 M, farmer and okada rider. NIN {{OTHER_ID:55512047736}}.
Address: {{LOCATION:No. 12 Oke-Ogun Street}}, {{LOCATION:Iloro Quarters}}, {{LOCATION:Owo}}.
Onset {{DATE:3rd November 2025}}; presented to {{LOCATION:Federal Medical Centre Owo}} on {{DATE:8/11/2025}}; RT-PCR positive {{DATE:9/11/2025}} at {{LOCATION:ISTH Irrua}}.
Exposure: rodents (Mastomys) seen in grain store; wife {{NAME:Funmilayo}} dries garri on the roadside mat.
Contacts listed: 23 (household 7, health workers 9, community 7), including Nurse {{NAME:Bukola Ajayi-Odeh}} ({{LOCATION:St. Louis Hospital}}), the patent medicine vendor Alhaji {{NAME:Musa Garba}} at {{LOCATION:Ehinogbe Market}}, and the imam of {{LOCATION:Ijebu-Owo Central Mosque}}, Imam {{NAME:Abdulrahman Salami}}.
Follow-up 21 days to {{DATE:30/11/2025}}. Ribavirin started. NCDC case ID {{OTHER_ID:NCDC-LF-ON-25-0937}}.
Reported by Dr. {{NAME:Ibukunoluwa Adeyemo}}, DSNO, {{EMAIL:dsno.owo@example.ng}}.
`,
  },
  {
    id: 't16-006',
    kind: 'contact-tracing call log (mpox, UK)',
    text: `
Mpox contact tracing - call log (HPT {{LOCATION:Yorkshire and Humber}})
Index: {{NAME:Callum Fitzpatrick-Mensah}}, HPZone {{OTHER_ID:YH-24-118734}}, lives {{LOCATION:Flat 3, 29 Hyde Park Road}}, {{LOCATION:Leeds}} {{LOCATION:LS6 1AG}}
{{DATE:17/11}} 10:20 - called index, {{PHONE:07700 900 412}}. Venues in incubation period: {{LOCATION:The Viaduct}} bar ({{DATE:7 Nov}}), a house party in {{LOCATION:Headingley}} ({{DATE:8 Nov}}), {{LOCATION:Hyde Park Picture House}} ({{DATE:10 Nov}}).
{{DATE:17/11}} 11:05 - contact A, {{NAME:Oisin}} (surname not known, via app), message only.
{{DATE:17/11}} 11:40 - contact B, {{NAME:Mateus Ribeiro da Silva}}, {{PHONE:07700 900 733}}, flatmate, offered MVA-BN at {{LOCATION:Leeds Centre for Sexual Health}}; accepted, booked {{DATE:18/11}}.
{{DATE:17/11}} 12:15 - contact C, {{NAME:Wren Halloran}}, works at {{LOCATION:Kirkgate Market}} florist, no symptoms.
{{DATE:18/11}} 09:00 - contact D, {{NAME:Eamon Birch}}, GP {{LOCATION:Burley Park Medical Centre}}, developed lesions - swab at {{LOCATION:St James's University Hospital}}.
Clade IIb. Caller: {{NAME:Priyanka Rao-Whitfield}}, HP practitioner.
{{DATE:19/11}} 14:30 - venue follow-up: manager of {{LOCATION:The Viaduct}}, {{NAME:Gareth Lumb}}, agreed to display a warn-and-inform poster; house-party host {{NAME:Tobiah Adeyinka-Frost}} ({{LOCATION:Cardigan Road}}, {{LOCATION:Headingley}}) gave names of 6 more guests, including {{NAME:Rhiannon}} and "{{NAME:Kaz}}".
{{DATE:20/11}} 09:15 - contact B {{NAME:Mateus}} vaccinated at {{LOCATION:Merrion Centre}} pop-up clinic; contact C {{NAME:Wren Halloran}} day 14 call, well. Not names: MVA-BN, Jynneos, Tecovirimat.
`,
  },
  {
    id: 't16-007',
    kind: 'legionella cluster investigation (Spain)',
    text: `
Investigacion de brote - Legionelosis, {{LOCATION:Sabadell}} (English summary for ECDC/ELDSNet)
Cases (4): {{NAME:Josep Maria Puigdollers i Sala}} (71), {{NAME:Montserrat Vila Ferrer}} (66), {{NAME:Ahmed El Idrissi}} (58), {{NAME:Rosa Maria de la Torre Gallego}} ({{AGE_OVER_89:92}}).
All lived or walked within 1 km of {{LOCATION:Placa de l'Estacio}}. Onsets {{DATE:2 Nov}} - {{DATE:9 Nov 2025}}.
Admitted to {{LOCATION:Hospital Universitari Parc Tauli}}; urinary antigen positive x4.
Candidate sources inspected {{DATE:12/11/2025}}: cooling towers at {{LOCATION:Industrias Textils Bages}} ({{LOCATION:Carrer de la Industria 44}}), the decorative fountain in {{LOCATION:Parc Catalunya}}, and the street-cleaning trucks of the municipal depot in {{LOCATION:Can Roqueta}}.
Samples: Legionella pneumophila sg1 at 3,400 CFU/L in tower T2. Disinfection ordered by Dr. {{NAME:Jordi Castellvi}}, {{LOCATION:Agencia de Salut Publica de Catalunya}}, Valles Occidental unit.
Contact: {{EMAIL:vigilancia.vallesoc@example.cat}} / {{PHONE:+34 93 555 0184}}.
`,
  },
  {
    id: 't16-008',
    kind: 'pertussis case report (Australia)',
    text: `
Notifiable condition - Pertussis. NSW case ID {{OTHER_ID:NCIMS-25-774012}}
Patient: {{NAME:Isla-Rose Tuhiwai}}, DOB {{DATE:02/08/2025}} (3 mo). Medicare {{HEALTH_PLAN:5551 28374 1}}-2.
Address: {{LOCATION:17 Wattle Grove}}, {{LOCATION:Rooty Hill}} NSW {{LOCATION:2766}}.
Admitted {{LOCATION:Blacktown Hospital}} PICU {{DATE:20/11/2025}}, PCR B. pertussis positive.
Mother {{NAME:Kahurangi Tuhiwai}} did not receive dTpa in pregnancy. Probable source: cousin {{NAME:Jayden Nguyen-Walker}} (12), coughing 3 wk, attends {{LOCATION:Plumpton High School}}; also the {{LOCATION:Mt Druitt}} playgroup at {{LOCATION:St Aidan's Anglican Church Hall}} ({{DATE:Tues 11 Nov}}).
Prophylaxis: azithromycin to household (5) and the playgroup leader {{NAME:Summer Blake}}. Letter to {{LOCATION:Plumpton High}} principal Mr. {{NAME:T. Anagnostopoulos}}.
PHU officer {{NAME:Mere Paewai}}, {{LOCATION:Western Sydney PHU}}, ph {{PHONE:02 5550 1842}}.
`,
  },
  {
    id: 't16-009',
    kind: 'meningococcal disease contact list (Canada)',
    text: `
IMD - close contacts for chemoprophylaxis  (case: {{NAME:Noah Tremblay-Ouellette}}, 19, serogroup B, {{LOCATION:CHU de Quebec}} {{DATE:2025-11-21}})
residence: {{LOCATION:Pavillon Alphonse-Marie-Parent}}, {{LOCATION:Universite Laval}}, room 4112
- roommate {{NAME:Felix Gagnon}}, 19 - cipro given {{DATE:11-22}}
- girlfriend {{NAME:Ananya Krishnamurthy}}, 20, lives {{LOCATION:Sainte-Foy}} - cipro {{DATE:11-22}}
- teammates, {{LOCATION:PEPS}} rugby, kissing/shared bottles: {{NAME:Liam O'Shaughnessy}}, {{NAME:Kwame Asante-Boateng}}, {{NAME:Mathis Bouchard}}
- party {{DATE:Nov 18}} at {{LOCATION:1027 rue Saint-Jean}}, host {{NAME:Charlotte Lavoie}} (list of 14 requested)
- mother {{NAME:Sylvie Ouellette}}, drove him from {{LOCATION:Riviere-du-Loup}}, cell {{PHONE:418-555-0127}}
Not contacts (no saliva exposure): classmates in Biology 1001, library staff.
DSPublique officer: {{NAME:Genevieve Bergeron-Nadeau}}, inf., {{FAX:418-555-0190}} (fax).
Update {{DATE:2025-11-23}}: {{NAME:Charlotte Lavoie}} sent the guest list; 11 reached. Unreached: {{NAME:Jean-Sebastien Cote}} (home in {{LOCATION:Levis}}), {{NAME:Maya Wapistan}} (back in {{LOCATION:Mashteuiatsh}}), {{NAME:Olivier St-Onge}}. Case's RAMQ {{HEALTH_PLAN:TREN 0555 1234}} and CHU file {{MRN:CHUQ-5558810}} on the MADO form, faxed {{FAX:418-555-0191}}.
`,
  },
];
