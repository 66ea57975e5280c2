// train17 notes 2: clinic appointment books and immunisation registers.
export default [
  {
    id: 't17-010',
    kind: 'appointment book (fixed width)',
    text: `
{{LOCATION:Tamale Teaching Hospital}} - Diabetes Clinic - appointment book   Thu {{DATE:26 Nov 2026}}
TIME  FOLDER NO    PATIENT                     TOWN             TEL             SEEN BY
0800  {{MRN:TTH/26/04471}} {{NAME:Abukari Mohammed Sulemana}}    {{LOCATION:Savelugu}}         {{PHONE:024 555 0117}}    Dr {{NAME:Wumbei}}
0815  {{MRN:TTH/25/11902}} {{NAME:Fuseini Azara}}               {{LOCATION:Tolon}}            {{PHONE:020 555 8841}}    Nurse {{NAME:Laadi}}
0830  {{MRN:TTH/24/00387}} {{NAME:Hope Akosua Mensah}}          {{LOCATION:Kalpohin}}, {{LOCATION:Tamale}}  {{PHONE:055 555 3190}}    Dr {{NAME:Wumbei}}
0845  {{MRN:TTH/26/05120}} {{NAME:Issahaku Zenabu}}             {{LOCATION:Gushegu}}          none            Dr {{NAME:Yakubu}}
0900  {{MRN:TTH/22/09945}} {{NAME:Mahama "Pito" Alhassan}}      {{LOCATION:Nyankpala}}        {{PHONE:024 555 6672}}    DNA
0915  {{MRN:TTH/23/07733}} {{NAME:Sumaila Salifu Nnaa}}         {{LOCATION:Kumbungu}}         {{PHONE:024 555 9021}}    Dr {{NAME:Yakubu}}
NHIS card no. {{HEALTH_PLAN:NHIS 0044712388}} expired for {{NAME:Alhassan}}; refer to scheme office.
Metformin 1 g bd, glibenclamide stocks low. Eye Clinic referral for {{NAME:Azara}}. Copy to Northern Regional Health Directorate.
Doctors' room phone {{PHONE:037 555 2200}}. Insulin (Mixtard) for {{LOCATION:Tolon}} patient.
`,
  },
  {
    id: 't17-011',
    kind: 'child immunisation register (pipe)',
    text: `
EPI REGISTER - {{LOCATION:Kibera}} CHV unit / {{LOCATION:Lindi}} ward, {{LOCATION:Kibra}} sub-county, Nairobi County
| Serial | Child | DOB | Mother/caregiver | Village | BCG | Penta1 | Penta2 | Penta3 | MR1 |
| 118 | {{NAME:Baraka Otieno}} | {{DATE:02/05/26}} | {{NAME:Akinyi Otieno}} | {{LOCATION:Laini Saba}} | {{DATE:02/05/26}} | {{DATE:14/06/26}} | {{DATE:12/07/26}} | {{DATE:09/08/26}} | - |
| 119 | {{NAME:Neema Wanjiru}} | {{DATE:11/05/26}} | {{NAME:Faith Wanjiru}} | {{LOCATION:Soweto East}} | {{DATE:12/05/26}} | {{DATE:23/06/26}} | - | - | - |
| 120 | {{NAME:Amani Hassan Abdi}} | {{DATE:20/05/26}} | {{NAME:Halima Abdi}} | {{LOCATION:Makina}} | {{DATE:21/05/26}} | {{DATE:01/07/26}} | {{DATE:29/07/26}} | {{DATE:26/08/26}} | - |
| 121 | {{NAME:Gift Achieng}} | {{DATE:03/06/26}} | {{NAME:Mercy Achieng}} | {{LOCATION:Kianda}} | {{DATE:03/06/26}} | defaulter | - | - | - |
| 122 | {{NAME:Joy Nafula}} | {{DATE:17/06/26}} | {{NAME:Beatrice Nafula}} | {{LOCATION:Laini Saba}} | {{DATE:18/06/26}} | {{DATE:29/07/26}} | {{DATE:26/08/26}} | - | - |
Defaulter tracing by CHV {{NAME:Rose Muthoni}}. Vaccines: BCG, bOPV, PCV10, Rota, Pentavalent, MR. Given at {{LOCATION:Kibera South Health Centre}}.
| 123 | {{NAME:Mohamed Abdirahman}} | {{DATE:01/07/26}} | {{NAME:Sahra Abdirahman}} | {{LOCATION:Makina}} | {{DATE:02/07/26}} | {{DATE:12/08/26}} | - | - | - |
Cold chain: fridge log by {{NAME:Kevin Omondi}}; VVM stage 1 on all vials.
`,
  },
  {
    id: 't17-012',
    kind: 'adult vaccination clinic booking list (CSV, no header)',
    text: `
{{DATE:27/11/2026}},09:00,{{NAME:O'Sullivan, Siobhan}},{{DATE:14/02/1958}},{{LOCATION:Ballincollig}},Shingrix 1,Nurse {{NAME:Deirdre Hayes}}
{{DATE:27/11/2026}},09:10,{{NAME:Mac Giolla Phadraig, Padraig}},{{DATE:03/09/1949}},{{LOCATION:Macroom}},Prevenar 20,{{NAME:Deirdre Hayes}}
{{DATE:27/11/2026}},09:20,{{NAME:Nic Dhonnchadha, Aoife}},{{DATE:21/12/1990}},{{LOCATION:Bishopstown}},flu (QIV),{{NAME:Deirdre Hayes}}
{{DATE:27/11/2026}},09:30,{{NAME:Bishop, Francis}},{{DATE:30/06/1934}} ({{AGE_OVER_89:92}}),{{LOCATION:Blarney}},COVID Comirnaty,Dr {{NAME:Conor Lynch}}
{{DATE:27/11/2026}},09:40,{{NAME:Kavanagh-Mensah, Kofi}},{{DATE:08/08/1976}},{{LOCATION:Douglas}},Hep B 2,Dr {{NAME:Conor Lynch}}
{{DATE:27/11/2026}},09:50,{{NAME:Ni Chonaill, Maeve}},{{DATE:11/11/1938}},{{LOCATION:Ovens}},Shingrix 2,Dr {{NAME:Conor Lynch}}
cancellations to {{EMAIL:ballincollig.pcc@hse.example.ie}}.
site: {{LOCATION:Ballincollig Primary Care Centre}}, Co. {{LOCATION:Cork}}. PPSN for {{NAME:Bishop}} on file: {{OTHER_ID:1234567TA}}.
Doses entered on CVA from workstation {{IP:10.44.2.19}}; {{LOCATION:Blarney}} pt transported by son {{NAME:Liam Bishop}}.
`,
  },
  {
    id: 't17-013',
    kind: 'antenatal clinic booking register',
    text: `
ANC register  {{LOCATION:Puskesmas Kecamatan Tebet}}, {{LOCATION:Jakarta Selatan}}   bulan {{DATE:November 2026}}
No  Nama ibu                    Umur  Alamat                                    G/P   HPHT        Suami
21  {{NAME:Siti Nurhaliza binti Rahmat}}    27    {{LOCATION:Jl. Tebet Barat Dalam IV No. 12}}, {{LOCATION:RT 05/RW 03}}   G2P1  {{DATE:02/04/2026}}  {{NAME:Agus Salim}}
22  {{NAME:Dewi Kartika Sari}}           31    {{LOCATION:Jl. Kebon Baru No. 7}}, {{LOCATION:Menteng Dalam}}      G1P0  {{DATE:15/05/2026}}  {{NAME:Budi Santoso}}
23  {{NAME:Ni Luh Putu Ayu}}             24    {{LOCATION:Gg. Mawar 3}}, {{LOCATION:Bukit Duri}}                 G1P0  {{DATE:28/06/2026}}  {{NAME:I Made Wirawan}}
24  {{NAME:Maria Goretti Lumban Tobing}} 35    {{LOCATION:Jl. Tebet Timur Raya 88}}                  G4P3  {{DATE:11/03/2026}}  {{NAME:Hotman Sitompul}}
25  {{NAME:Nurul Hidayah}}               19    {{LOCATION:Jl. Tebet Dalam II No. 3}}                   G1P0  {{DATE:20/07/2026}}  {{NAME:Rizky Pratama}}
Rujukan ke {{LOCATION:RSUD Tebet}} untuk no. 24 (riwayat SC x2).
Tablet Fe 90, TT2 given to 21 and 23. Bidan {{NAME:Rina Marlina}}. BPJS {{HEALTH_PLAN:0001234567891}} (no. 22).
Catatan: Ibu {{NAME:Dewi}} anemia Hb 9.8, kirim ke {{LOCATION:RSUD Pasar Minggu}}.
`,
  },
  {
    id: 't17-014',
    kind: 'school immunisation consent register (TSV)',
    text: `
{{LOCATION:Kaitaia College}}	Year 8	HPV (Gardasil 9) dose 1	{{DATE:19 Nov 2026}}
{{NAME:Tane Rawiri Herewini}}	consent Y	given	L deltoid	batch X012
{{NAME:Aroha Ngata}}	consent Y	given	L deltoid	batch X012
{{NAME:Summer Tuhiwai}}	consent N	-	-	-
{{NAME:Losana Vaipulu}}	consent Y	absent - catch-up at {{LOCATION:Te Hiku Hauora}}	-	-
{{NAME:Liam O'Connor-Pomare}}	consent Y	fainted, obs 15 min, ok	R deltoid	batch X012
{{NAME:Wiremu "Bill" Tautari}}	consent Y	given	L deltoid	batch X013
{{NAME:Mereana Whaanga}}	consent Y	given	R deltoid	batch X013
Panadol given x1. Next visit {{DATE:3 Dec 2026}} for Boostrix.
Vaccinator {{NAME:Hana Kereama}} RN. Tdap not due. NHI {{OTHER_ID:ZZZ0016}} for {{NAME:Losana}} (catch-up). Report to Northland DHB immunisation team.
Parents' evening on {{DATE:2 Dec}} at the {{LOCATION:Kaitaia}} marae, {{LOCATION:Te Ahu}} centre hall.
`,
  },
  {
    id: 't17-015',
    kind: 'rabies PEP register',
    text: `
ANTI-RABIES CLINIC REGISTER   {{LOCATION:Gandhi Hospital}}, {{LOCATION:Musheerabad}}, {{LOCATION:Secunderabad}}
Reg  | Name                          | Age/Sex | Address                                         | Animal | Cat | D0        | D3        | D7
4471 | {{NAME:Kothapalli Venkata Ramana}}     | 34/M    | {{LOCATION:H.No. 2-4-118/A, Bholakpur}}                       | dog    | III | {{DATE:20/11/26}}  | {{DATE:23/11/26}}  | due
4472 | {{NAME:Shaik Afreen Begum}}            | 9/F     | {{LOCATION:Ramnagar}}, near {{LOCATION:Sri Venkateswara Temple}}          | dog    | III | {{DATE:21/11/26}}  | {{DATE:24/11/26}}  | due
4473 | {{NAME:Md. Zaheer Uddin}}              | 61/M    | {{LOCATION:Chilkalguda}}                                   | cat    | II  | {{DATE:22/11/26}}  | {{DATE:25/11/26}}  | due
4474 | {{NAME:Lakshmi Narasamma}}             | {{AGE_OVER_89:90}}/F    | {{LOCATION:Padmarao Nagar}}                                 | monkey | III | {{DATE:24/11/26}}  | -         | -
4475 | {{NAME:Gorre Yadagiri}}                | 47/M    | {{LOCATION:Boiguda}}                                     | dog    | II  | {{DATE:25/11/26}}  | -         | -
ARV (Rabivax-S) ID 0.1 mL x2 sites; RIG (Equirab) for Cat III. MO Dr. {{NAME:P. Sravani}}. Telangana State rabies reporting done.
Register photo of bite wound (4471): {{PHOTO:arv_4471_bite.png}}. Dog owner {{NAME:Mallesh Goud}}.
`,
  },
  {
    id: 't17-016',
    kind: 'travel clinic appointment book (numbered)',
    text: `
travel health - {{LOCATION:Hospital for Tropical Diseases}} travel clinic, Wed {{DATE:25/11}}
1. 10:00 {{NAME:Oyelaran, Temitope}} - to {{LOCATION:Ibadan}} for wedding; YF (Stamaril) given, ICVP no. {{OTHER_ID:GB-YF-0099812}}
2. 10:20 {{NAME:Haddad, Rania}} - to Lebanon ({{LOCATION:Zahle}}); typhoid Vi, Hep A. tel {{PHONE:07700 900 417}}
3. 10:40 {{NAME:Lindqvist, Sven-Erik}} - trekking Nepal ({{LOCATION:Lukla}}, {{LOCATION:Namche Bazaar}}); rabies PrEP x2, acetazolamide
4. 11:00 {{NAME:Grace Adjei-Boateng}} - VFR to {{LOCATION:Kumasi}}; malarone 19 tabs, YF cert seen
5. 11:20 {{NAME:Dymphna Kowalski}} - cruise; no vaccines, advice only
6. 11:40 {{NAME:Akinyemi, Babatunde}} - to {{LOCATION:Abeokuta}}; YF valid to life, malaria advice. Home {{LOCATION:Peckham}}.
Nurse {{NAME:Precious Mlambo}}. Vivotif not in stock. Email copies to {{EMAIL:travel.bookings@htd.example.org}}.
Next clinic {{DATE:2 Dec}}; yellow fever centre licence {{LICENSE:YFC-LDN-0417}}.
`,
  },
  {
    id: 't17-017',
    kind: 'polio campaign tally sheet',
    text: `
nOPV2 campaign day 2 - team 14, {{LOCATION:Gwale}} LGA, Kano State, {{DATE:24/11/2026}}
household head             settlement          u5 vaccinated  missed  reason
Malam {{NAME:Ibrahim Garba}}       {{LOCATION:Dandago}}              3              0       -
Hajiya {{NAME:Binta Musa}}         {{LOCATION:Dandago}}              2              1       child absent ({{LOCATION:Kurmi market}})
{{NAME:Usman Danladi}}             {{LOCATION:Goron Dutse}}          0              2       noncompliance
{{NAME:Abdullahi Sani Yakasai}}    {{LOCATION:Kofar Na'isa}}         4              0       -
{{NAME:Zainab Idris}}             {{LOCATION:Dandago}}              1              0       -
Missed children revisit list sent to {{LOCATION:Gwale PHC}} on {{DATE:25/11/2026}}.
Team lead {{NAME:Aisha Lawan}}; ward focal person {{NAME:Nasiru Bello}} ({{PHONE:0806 555 4412}}). Tally phone GPS: {{IP:192.0.2.41}} sync.
Settlement maps uploaded to {{URL:https://gis.example.ng/kano/gwale}}.
`,
  },
  {
    id: 't17-018',
    kind: 'HPV catch-up recall list (lower case)',
    text: `
hpv recall - {{LOCATION:vaasa}} school health, sent {{DATE:20.11.2026}}
{{NAME:emilia korhonen}}, 7b, {{LOCATION:onkilahden koulu}}, dose 2 missing, guardian {{NAME:pirjo korhonen}} {{PHONE:040 555 2281}}
{{NAME:elias bjorklund}}, 7a, {{LOCATION:vikinga skola}}, dose 1 missing, guardian {{NAME:henrik bjorklund}}
{{NAME:aino-maija heikkinen}}, 8c, {{LOCATION:onkilahden koulu}}, refused (family)
{{NAME:ahmed yusuf warsame}}, 7b, {{LOCATION:onkilahden koulu}}, dose 1 missing, interpreter somali
{{NAME:oskar nyman}}, 8a, {{LOCATION:vikinga skola}}, dose 2 missing, guardian {{NAME:linnea nyman}} {{PHONE:050 555 7733}}
school nurse {{NAME:satu lehtonen}}. gardasil 9 stocks at {{LOCATION:vaasan keskussairaala}}. finnish and swedish forms.
ilmoitus: {{NAME:emilia}} moving to {{LOCATION:seinajoki}} in {{DATE:january 2027}}.
`,
  },
];
