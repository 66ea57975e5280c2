// train17 notes 1: outbreak line lists and contact lists with exposure sites.
export default [
  {
    id: 't17-001',
    kind: 'cholera line list (pipe table)',
    text: `
CHOLERA LINE LIST - {{LOCATION:Chikwawa}} District Health Office, Southern Region, Malawi   wk ending {{DATE:14 Nov 2026}}
| # | Case name | Age | Sex | Village | TA | HF reporting | Onset | Outcome |
| 1 | {{NAME:Chisomo Banda}} | 34 | F | {{LOCATION:Mitondo}} | {{LOCATION:Ngabu}} | {{LOCATION:Ngabu Rural Hospital}} | {{DATE:08/11/26}} | alive |
| 2 | {{NAME:Grace Phiri}} | 7 | F | {{LOCATION:Mitondo}} | {{LOCATION:Ngabu}} | {{LOCATION:Ngabu Rural Hospital}} | {{DATE:09/11/26}} | alive |
| 3 | {{NAME:Yamikani Mwale}} | 61 | M | {{LOCATION:Kalima}} | {{LOCATION:Makhwira}} | {{LOCATION:Chikwawa District Hospital}} | {{DATE:09/11/26}} | died {{DATE:10/11/26}} |
| 4 | {{NAME:Blessings Tembo}} | 19 | M | {{LOCATION:Nchalo}} | {{LOCATION:Maseya}} | {{LOCATION:Nchalo Mission Clinic}} | {{DATE:11/11/26}} | alive |
| 5 | {{NAME:Mercy Chirwa}} | 45 | F | {{LOCATION:Kalima}} | {{LOCATION:Makhwira}} | CTC | {{DATE:12/11/26}} | alive |
Notes: CTC = cholera treatment centre tent at the district hospital. RDT + for 4/5; stool culture V. cholerae O1 Ogawa x2.
| 6 | {{NAME:Chikondi Kalua}} | 3 | {{LOCATION:Mitondo}} | {{LOCATION:Ngabu}} | {{LOCATION:Ngabu Rural Hospital}} | {{DATE:13/11/26}} | alive |
ORS and zinc given; doxycycline 300 mg stat for household members of case 3. Next sitrep to DHMT on {{DATE:16 Nov}}.
Source suspected: borehole at {{LOCATION:Kalima}} market. Reported by HSA {{NAME:Madalitso Gondwe}} ({{PHONE:+265 555 014 221}}).
Water board sample taken by {{NAME:Yohane Kamwendo}} from the {{LOCATION:Mitondo}} tap stand; results to {{LOCATION:Blantyre}} lab.
`,
  },
  {
    id: 't17-002',
    kind: 'measles contact list (TSV, no header)',
    text: `
measles contacts of index {{NAME:Ayesha Siddiqui}} (rash {{DATE:3 Nov}}), exported from {{LOCATION:Bradford}} HPT sheet
{{NAME:Siddiqui, Imran}}	father	household	{{LOCATION:14 Whetley Lane}}	{{LOCATION:BD8 9HS}}	MMR x2	no action
{{NAME:Siddiqui, Hamza}}	brother	household	{{LOCATION:14 Whetley Lane}}	{{LOCATION:BD8 9HS}}	MMR x0	HNIG {{DATE:5/11}}
{{NAME:Begum, Rukhsana}}	grandmother	household	{{LOCATION:14 Whetley Lane}}	{{LOCATION:BD8 9HS}}	unknown	IgG sent
{{NAME:Hope Ndlovu}}	classmate	school	{{LOCATION:Lilycroft Primary School}}	Year 2	MMR x1	MMR2 offered
{{NAME:Will Parkinson}}	classmate	school	{{LOCATION:Lilycroft Primary School}}	Year 2	MMR x2	no action
{{NAME:Zofia Kowalczyk}}	GP receptionist	waiting room	{{LOCATION:Manningham Medical Practice}}	{{DATE:4/11}} 09:10-09:50	MMR x2	no action
{{NAME:Tariq Mahmood}}	pt in A&E	cubicle	{{LOCATION:Bradford Royal Infirmary}}	{{DATE:4/11}} 21:00	MMR x1	MMR2
{{NAME:Precious Adeyemi-Clarke}}	pharmacy staff	{{LOCATION:Boots, Kirkgate}}	{{DATE:4/11}} 15:00	MMR x2	no action
Case list faxed to GP at {{FAX:01274 555 882}}.
No Parkinson's or other neuro history among contacts. Rubella IgG also sent for grandmother. Lead: Dr {{NAME:Rachel Okafor}}, CCDC.
Sheet exported from {{IP:192.0.2.118}} by {{NAME:jbaxter}}; MMR batch numbers in Sunquest.
`,
  },
  {
    id: 't17-003',
    kind: 'TB contact tracing register (numbered)',
    text: `
TB CONTACT INVESTIGATION - index case {{NAME:Nguyen Thi Lan}}, DOB {{DATE:12/03/1971}}, TB reg no {{OTHER_ID:HCM-Q8-2026-0417}}
Residence: {{LOCATION:45/12 Duong Pham The Hien}}, {{LOCATION:Phuong 7}}, {{LOCATION:Quan 8}}, {{LOCATION:TP Ho Chi Minh}}
1. {{NAME:Tran Van Minh}} (husband), 56, same address. CXR {{DATE:18/11/2026}} normal, TST 4 mm. TPT 3HP start.
2. {{NAME:Tran Thi Hoa}} (daughter), 22, works at {{LOCATION:Cong ty May Viet Tien}} sewing line 3. CXR pending.
3. {{NAME:Le Quang Huy}} (neighbour), 70, {{LOCATION:47/12 Duong Pham The Hien}}. Symptomatic - Xpert Ultra sent.
4. {{NAME:Bao}} (grandson, 4y), attends {{LOCATION:Truong Mam Non Hoa Sen}}. Refer paeds.
5. {{NAME:Pham Duc Thang}}, motorbike taxi driver, shares room at night; phone {{PHONE:555-0193-771}}.
6. {{NAME:Nguyen Van Tuan}} (brother-in-law), visits on Sundays from {{LOCATION:Binh Chanh}}; phone {{PHONE:555-0193-812}}. BCG scar present.
Xpert MTB/RIF: index Rif-sensitive. Isoniazid/rifapentine weekly x12. Contact officer {{NAME:Vo Thi Kim Ngan}}.
Next screening round {{DATE:18/02/2027}} at {{LOCATION:Benh vien Pham Ngoc Thach}}.
`,
  },
  {
    id: 't17-004',
    kind: 'foodborne outbreak questionnaire log (CSV no header)',
    text: `
salmonella cluster - wedding at {{LOCATION:Salon Los Arcos}}, {{LOCATION:Tlaquepaque}}, Jalisco, {{DATE:7 de noviembre}}
01,{{NAME:Maria Guadalupe Hernandez de la Cruz}},38,F,{{LOCATION:Col. Las Juntas}},ate mole+arroz,onset {{DATE:08/11}} 02:00,HC
02,{{NAME:Jose Luis Ortiz Vega}},41,M,{{LOCATION:Col. Santa Maria Tequepexpan}},ate ceviche,onset {{DATE:08/11}} 06:30,ambulatorio
03,{{NAME:Ximena Ortiz Hernandez}},9,F,{{LOCATION:Col. Las Juntas}},ate pastel,onset {{DATE:08/11}} 11:00,{{LOCATION:Hospital Civil Fray Antonio Alcalde}}
04,{{NAME:Refugio "Cuco" Ibarra}},{{AGE_OVER_89:92}},M,{{LOCATION:San Pedro Tlaquepaque centro}},ate mole,onset {{DATE:09/11}},{{LOCATION:Clinica 46 IMSS}}
05,{{NAME:Dolores Ibarra del Toro}},66,F,{{LOCATION:Calle Independencia 210}},no mole,well,-
06,{{NAME:Angel Ramirez}},27,M,caterer,{{LOCATION:Cocina Dona Chuy}},tasted all,onset {{DATE:08/11}},ambulatorio
07,{{NAME:Guadalupe "Lupita" Navarro Zamora}},12,F,{{LOCATION:Col. Las Juntas}},ate pastel+mole,onset {{DATE:09/11}} 08:00,ambulatorio
Ciprofloxacino no indicado en menores. Muestras enviadas al LESP {{DATE:10/11}}.
Stool S. Enteritidis x3 (InDRE). Vigilancia: Dra. {{NAME:Paulina Zuniga}}, tel {{PHONE:(33) 5550 1182}}.
Photos of buffet tables: {{PHOTO:boda_arcos_buffet_01.jpg}}, {{PHOTO:boda_arcos_buffet_02.jpg}}.
`,
  },
  {
    id: 't17-005',
    kind: 'Lassa fever contact follow-up sheet (fixed width)',
    text: `
LASSA FEVER CONTACT FOLLOW-UP   {{LOCATION:Irrua Specialist Teaching Hospital}}   Edo State   day 1 = {{DATE:19 Nov 2026}}
NAME                      REL/ROLE          LGA             ADDRESS                          D1 D2 D3 D4
{{NAME:Osagie Igbinedion}}         husband           {{LOCATION:Esan Central}}    {{LOCATION:12 Uromi Road}}, {{LOCATION:Irrua}}              ok ok ok ok
{{NAME:Efosa Igbinedion}}          son               {{LOCATION:Esan Central}}    {{LOCATION:12 Uromi Road}}, {{LOCATION:Irrua}}              ok ok ok -
Sr. {{NAME:Blessing Aigbe}}        ward nurse        {{LOCATION:Esan West}}       {{LOCATION:Ekpoma}}, staff quarters B      ok ok T38.1 ok
Dr. {{NAME:Ehi Okoduwa}}           house officer     {{LOCATION:Esan West}}       {{LOCATION:Ekpoma}}                        ok ok ok ok
{{NAME:Ikponmwosa "Ik" Osayande}}  okada rider       {{LOCATION:Oredo}}           {{LOCATION:Ring Road}}, {{LOCATION:Benin City}}           ok - - -
{{NAME:Omoruyi Edokpolo}}          lab scientist     {{LOCATION:Esan Central}}    {{LOCATION:ISTH}} staff quarters C          ok ok ok ok
Lab sample log for index: {{OTHER_ID:ISTH-LF-26-0217}}.
Ribavirin not given to contacts. LFU: okada rider phone off ({{PHONE:0803 555 7210}}). Surveillance officer {{NAME:Ifeoma Nwachukwu}}.
Contact list e-mailed to {{EMAIL:lassa.surveillance@edo-moh.example.ng}}; Ribavirin store at {{LOCATION:ISTH}} pharmacy.
`,
  },
  {
    id: 't17-006',
    kind: 'norovirus care home line list',
    text: `
NOROVIRUS LINE LIST  {{LOCATION:Heather Bank Care Home}}, {{LOCATION:22 Moss Road}}, {{LOCATION:Kilmarnock}} {{LOCATION:KA1 4QP}}   NHS Ayrshire & Arran
Res/Staff | Name | Room/Role | D&V onset | Stool sent | Status
R | {{NAME:Agnes McAllister}} | Rm 3 | {{DATE:21/11}} | {{DATE:21/11}} | recovered
R | {{NAME:Hamish Drummond}} ({{AGE_OVER_89:94}}) | Rm 7 | {{DATE:22/11}} | {{DATE:22/11}} | admitted {{LOCATION:University Hospital Crosshouse}}, Ward 5
R | {{NAME:Morag Sinclair}} | Rm 8 | {{DATE:22/11}} | no | symptomatic
S | {{NAME:Joy Baptiste}} | carer, night | {{DATE:21/11}} | yes | excluded 48h
S | {{NAME:Tomasz Wisniewski}} | cook | {{DATE:23/11}} | yes | excluded 48h
S | {{NAME:Summer Reid}} | activities coordinator | - | - | well
R | {{NAME:Euphemia Lorimer}} | Rm 11 | {{DATE:24/11}} | {{DATE:24/11}} | symptomatic
Closed to admissions from {{DATE:22 Nov}}; Imodium not to be given. Deep clean with Chlor-Clean.
CHI {{OTHER_ID:0101306715}} for Mr {{NAME:Drummond}}. HPT contact {{NAME:Iain Cunningham}} {{PHONE:01563 555 019}}.
Visiting restricted; GP {{LOCATION:Portland Road Surgery}} informed. Loperamide held for all residents.
`,
  },
  {
    id: 't17-007',
    kind: 'dengue case register (semicolon CSV)',
    text: `
dengue notifications - {{LOCATION:Kandy}} MOH area;week 47
{{NAME:W.M. Chandrika Kumari Wijesinghe}};43;F;{{LOCATION:No. 18/2, Peradeniya Road}};{{LOCATION:Kandy}};NS1+;{{LOCATION:Teaching Hospital Kandy}};{{DATE:16.11.2026}}
{{NAME:Mohamed Rizwan}};17;M;{{LOCATION:Katugastota}};{{LOCATION:Akurana}} PHI area;NS1+;{{LOCATION:Base Hospital Akurana}};{{DATE:17.11.2026}}
{{NAME:Selvarajah Thevaki}};29;F;{{LOCATION:Hantana Estate}} line room 4;{{LOCATION:Hantana}};IgM+;OPD;{{DATE:18.11.2026}}
{{NAME:R.M. Sunil Bandara}};55;M;{{LOCATION:Digana}};{{LOCATION:Kundasale}};NS1+;{{LOCATION:Digana Divisional Hospital}};{{DATE:18.11.2026}}
{{NAME:Fathima Rinoza}};31;F;{{LOCATION:Madawala}};{{LOCATION:Harispattuwa}};NS1+;{{LOCATION:National Hospital Kandy}};{{DATE:19.11.2026}}
fogging done at {{LOCATION:Madawala}} junction {{DATE:20.11}}; paracetamol only, no NSAIDs.
PHI {{NAME:Nalaka Herath}} inspected {{LOCATION:Katugastota}} market; larval index high. Copy to Central Province RDHS.
Entomology team from {{LOCATION:Peradeniya}} visited with Ae. aegypti traps on {{DATE:21.11.2026}}.
`,
  },
  {
    id: 't17-008',
    kind: 'mpox contact list with exposure venues',
    text: `
mpox contact tracing - case {{OTHER_ID:MPX-26-0311}} ({{NAME:Kamal A.}}), {{LOCATION:Lisboa}}
venue / date / contact / means / vaccine
{{LOCATION:Bar Trumps}}, {{LOCATION:Rua da Imprensa Nacional 104}} / {{DATE:31 out}} / "{{NAME:Rafa}}" (surname unknown) / app handle {{NAME:rafa_lx88}} / MVA-BN dose 1 offered
sauna {{LOCATION:Sauna Lisboa Spa}} / {{DATE:2 nov}} / anonymous / venue notice / -
home / {{DATE:1 nov}}-{{DATE:4 nov}} / {{NAME:Joao Pedro Alves Ferreira}} / phone {{PHONE:+351 555 208 117}} / MVA-BN given {{DATE:6 nov}}
work, {{LOCATION:Hospital de Santa Maria}} kitchen / {{DATE:3 nov}} / {{NAME:Filipa Sousa}} / in person / not needed
gym {{LOCATION:Holmes Place Avenida}} / {{DATE:29 out}} / {{NAME:Sergiu Munteanu}} (trainer) / e-mail {{EMAIL:s.munteanu@example.pt}} / advice only
Tecovirimat not started. Jynneos stock held at pharmacy. CSP {{LOCATION:Lisboa Central}} - nurse {{NAME:Ines Cardoso}}.
Line list stored at {{URL:https://sinave.example.pt/mpox/0311}}.
`,
  },
  {
    id: 't17-009',
    kind: 'diphtheria contact list (lower case)',
    text: `
diphtheria contacts - rohingya camp 15, {{LOCATION:jamtoli}}, {{LOCATION:ukhia}} upazila, {{LOCATION:cox's bazar}}
no | name | relation | block | shelter | prophylaxis | td
1 | {{NAME:mohammed ayub}} | father | {{LOCATION:block c-4}} | {{LOCATION:shelter 112}} | azithro | given
2 | {{NAME:noor kalima}} | mother | {{LOCATION:block c-4}} | {{LOCATION:shelter 112}} | azithro | given
3 | {{NAME:sayed alam}} | neighbour | {{LOCATION:block c-5}} | {{LOCATION:shelter 09}} | pen v | refused
4 | {{NAME:umme salma}} | teacher, {{LOCATION:learning centre jamtoli-3}} | - | - | azithro | given
5 | dr. {{NAME:fahmida rahman}} | msf ipd doctor | - | - | erythro | up to date
6 | {{NAME:hafez ullah}} | imam, {{LOCATION:jamtoli mosque}} | {{LOCATION:block c-3}} | - | azithro | given
swab of case 2 at {{LOCATION:ipd kutupalong}}: c. diphtheriae tox+ (elek).
DAT given to index at {{LOCATION:msf goyalmara hospital}}. fci {{OTHER_ID:FCN 1234567}}.
7 | {{NAME:rashida begum}} | aunt | {{LOCATION:block c-4}} | {{LOCATION:shelter 113}} | azithro | given
next review {{DATE:30 nov}} with who field officer {{NAME:karim uddin chowdhury}}.
`,
  },
];
