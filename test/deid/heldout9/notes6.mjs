// heldout9 notes 6: community, families and everyday technology (h9-051..058).
export default [
{ id: 'h9-051', kind: 'home-delivered meals wellness escalation', text: `
MEALS ON WHEELS - WELLNESS CHECK ESCALATION REPORT
Route 14 (east), driver {{NAME:Horace Blankenbaker}} (volunteer ID {{OTHER_ID:V-20417}}), Tuesday, {{DATE:November 18, 2025}} 11:20
Client: {{NAME:Mildred Ostrander}}, age {{AGE_OVER_89:92}}, {{LOCATION:611 Sycamore St}}, Apt {{LOCATION:2}}, {{LOCATION:Evansville}}, IN {{LOCATION:47713}}
No answer at door; Monday's meal still on the step. Lockbox code used per file (code held by office, not written here).
Client found on kitchen floor, conscious, says she slipped "last night". Driver called 911 at 11:24; {{LOCATION:Evansville}} FD Engine 3 arrived 11:31.
Neighbour {{NAME:Dolores}} "{{NAME:Dodie}}" {{NAME:Farquhar}} (apt 1) has a key, phone {{PHONE:812-555-0168}}.
Transported to {{LOCATION:Deaconess Midtown Hospital}}. Emergency contact nephew {{NAME:Curtis Ostrander}} {{PHONE:812-555-0119}}, reached 11:52.
Care manager {{NAME:Renee Abernathy-Sowell}} notified; Area Agency on Aging case {{OTHER_ID:AAA-IN-0044718}}. Meals on hold.
` },
{ id: 'h9-052', kind: 'faith community nurse note', text: `
Faith Community Nursing - {{LOCATION:St. Bridget of Kildare Parish}}, {{LOCATION:Dubuque}}
Visit {{DATE:11/09/2025}} after 9:30 Mass, parish hall blood pressure table, then home visit.
Parishioner: {{NAME:Francis Xavier Ludovici}}, {{AGE_OVER_89:90}} years old (baptismal record {{DATE:June 1935}}), widower of {{NAME:Rosemary}}.
BP 168/94 L arm, 162/90 repeat; HR 88 irregular. Reports missed warfarin twice; daughter {{NAME:Bernadine Ludovici-Haas}} lives in
{{LOCATION:Cedar Rapids}} ({{PHONE:319-555-0177}}). Pill organiser filled with him. Called {{LOCATION:MercyOne Dubuque}} anticoagulation clinic
(nurse {{NAME:Tricia Vonderhaar}}) - INR check moved to {{DATE:11/11}}. Father {{NAME:Anselm Obi}} to bring Communion Thursdays.
FCN {{NAME:Marianne Kloser}}, RN. Parish office e-mail {{EMAIL:fcn.stbridget@example.org}}.
` },
{ id: 'h9-053', kind: 'barbershop blood pressure screening sheet', text: `
Community BP screening - {{LOCATION:Fresh Cutz Barbershop}}, {{LOCATION:1540 N Broad St}}, {{LOCATION:Philadelphia}}   Sat {{DATE:Nov 15, 2025}}
Volunteer pharmacist {{NAME:Adaora Nwosu}}, PharmD; barber-ambassador {{NAME:Marcus}} "{{NAME:Cutty}}" {{NAME:Greene}}
#   Name                   Age  BP        Phone          Referred
1   {{NAME:Terrence Holloway}}       52   162/101   {{PHONE:215-555-0140}}   yes - {{LOCATION:Temple Family Medicine}}
2   {{NAME:Andre Baptiste}}          34   128/82    {{PHONE:267-555-0155}}   no
3   {{NAME:Cornelius Whitfield}} Sr. {{AGE_OVER_89:91}}   148/70    {{PHONE:215-555-0193}}   already sees Dr. {{NAME:Amoah}}
4   {{NAME:DeShawn Pettiford}}       45   188/112   {{PHONE:215-555-0124}}   yes - same day, walked to ED
5   {{NAME:Luis Carrasquillo}}       61   136/88    -              yes
Follow-up texts sent from {{PHONE:215-555-0100}}. #4 left his car at the shop (Nissan Altima, PA {{VEHICLE:LMK-4471}}); brother to collect. Cuff: Omron HEM-907 (clinic equipment).
` },
{ id: 'h9-054', kind: 'promotora colonia home visit', text: `
Promotora de salud visit report - {{LOCATION:Colonia Las Lomas}}, {{LOCATION:Starr County}}
Promotora: {{NAME:Griselda Cantu}}   Date {{DATE:10/28/2025}}   Program: Salud y Vida (UTHealth {{LOCATION:Brownsville}})
Family: {{NAME:Herminia Garza Villarreal}} (58, type 2 diabetes), husband {{NAME:Eusebio Villarreal}} (63), grandson {{NAME:Jaziel}} (9).
Address: {{LOCATION:Lot 17, CR 1427}}, {{LOCATION:Rio Grande City}}, TX {{LOCATION:78582}} - no street signs; blue trailer behind the water tower.
Glucometer readings (her meter SN {{DEVICE:CNT-44718220}}): fasting 188, 201, 176. A1c at clinic 9.4% ({{DATE:Sept 2025}}).
Food: tortillas de harina daily, regular soda 2/day; discussed swaps. Water from hauled tank.
CHIP card for grandson {{HEALTH_PLAN:5044718829}}. Pickup truck plate {{VEHICLE:GHX 4471}} - husband drives to the clinic in {{LOCATION:McAllen}}.
Next visit {{DATE:11/11/2025}}. Supervisor {{NAME:Leticia Ybarra}}, MPH. Husband's WhatsApp {{PHONE:956-555-0138}}.
` },
{ id: 'h9-055', kind: 'consumer DNA result review', text: `
GENETICS CLINIC - REVIEW OF DIRECT-TO-CONSUMER RAW DATA
Patient {{NAME:Ingeborg Sorensen-Alvarado}}, 44 F, MRN {{MRN:GC-0094471}}, brought a printout from a consumer DNA service.
Kit ID {{OTHER_ID:DTC-7H4K-2291-QX}}, account e-mail {{EMAIL:inge.sa@example.com}}, shared profile {{URL:https://dna.example.com/profile/inge-sa-7h4k}}.
Raw file genome_{{NAME:Ingeborg_Sorensen-Alvarado}}_v5_Full_{{DATE:20250812}}.txt: rs80357906 (BRCA1 c.5266dupC) genotype DI - heterozygous.
Third-party tool report reviewed; variant not confirmed clinically. Sent CLIA confirmation {{DATE:11/04/2025}}, order {{OTHER_ID:INV-44718820}}.
Family: mother {{NAME:Astrid Sorensen}} (ovarian cancer at 52, d. {{DATE:March 2011}}); maternal aunt {{NAME:Liv}} (breast ca at 39).
DNA relative match list shows a half-sister {{NAME:Camila Ortega Ruiz}} unknown to patient - counselled about disclosure.
Counsellor {{NAME:Priscilla Amankwah}}, MS, CGC. Results call {{DATE:11/25/2025}}.
` },
{ id: 'h9-056', kind: 'family tracing request', text: `
RESTORING FAMILY LINKS - TRACING REQUEST (taken at {{LOCATION:Harborview Medical Center}} by social worker {{NAME:Ayaan Warsame}})
Enquirer: {{NAME:Abdirahman Hassan Nuur}}, inpatient, MRN {{MRN:HMC-5517209}}, phone {{PHONE:206-555-0107}}
Sought person: {{NAME:Fadumo Hassan Nuur}} (sister), born about 1979 in {{LOCATION:Baidoa}}; last seen {{DATE:August 2017}} at
{{LOCATION:Dadaab}} refugee camp, {{LOCATION:Hagadera}} block {{LOCATION:H4}}; UNHCR registration {{OTHER_ID:HGD-17C-044718}}.
Other relatives: mother {{NAME:Halima Abdi Warsame}} (deceased), uncle {{NAME:Mohamed Nuur Ali}} believed in {{LOCATION:Eastleigh}}, {{LOCATION:Nairobi}}.
Distinguishing: scar left cheek; speaks Maay Maay. Photo of sister supplied {{PHOTO:fadumo_2016_wedding.jpg}}.
Red Cross case {{OTHER_ID:RFL-US-25-04471}}, caseworker e-mail {{EMAIL:rfl.seattle@example.org}}.
` },
{ id: 'h9-057', kind: 'foodborne outbreak line list', text: `
OUTBREAK INVESTIGATION - gastroenteritis after a birthday party, {{LOCATION:Bellini's Trattoria}}, {{LOCATION:Scranton}}, {{DATE:10/25/2025}}
Line list (interviewer {{NAME:Okoye}} / {{NAME:Brandt}}, {{LOCATION:Lackawanna County}} Health Dept):
ID   Name                  Age  Onset               Sx                 Ate tiramisu  Stool
01   {{NAME:Carmela Lombardo}}      {{AGE_OVER_89:90}}   {{DATE:10/26}} 02:00         V, D               Y             norovirus GII +
02   {{NAME:Vincent Lombardo}}      67   {{DATE:10/26}} 05:30         V, D, F            Y             pending
03   {{NAME:Agnes Szymanski}}       {{AGE_OVER_89:93}}   {{DATE:10/26}} 08:00         D                  Y             not collected
04   {{NAME:Paolo Ricci}}           41   none                -                  N             -
05   {{NAME:Theresa Ricci-Kwan}}    38   {{DATE:10/26}} 11:15         V                  Y             norovirus GII +
Case 03 admitted {{LOCATION:Geisinger CMC}} for AKI. Food worker {{NAME:Dominic Fiore}} reported vomiting {{DATE:10/24}}.
Lab accessions {{OTHER_ID:PA-BOL-25-88120}}, {{OTHER_ID:PA-BOL-25-88121}}. Incident {{OTHER_ID:OB-2025-LCHD-017}}. Guests not yet reached get an online questionnaire link, e.g. {{URL:https://survey.example.gov/ob017/r/0106}}.
Attack rate among those who ate tiramisu 4/4 vs 0/1; incubation 18-33 h. Restaurant closed for sanitising {{DATE:10/28}}.
` },
{ id: 'h9-058', kind: 'smart-speaker medication reminder setup', text: `
Remote patient support ticket 88140 - smart speaker medication reminders
Patient {{NAME:Wilhelmina Achterberg}}, {{AGE_OVER_89:97}}, lives alone at {{LOCATION:40 Juniper Court}}, {{LOCATION:Holland}}, MI {{LOCATION:49423}}.
Device serial {{DEVICE:G0A2-4471-882C}}; home Wi-Fi public IP {{IP:198.51.100.214}}. Household account {{EMAIL:achterberg.home@example.com}}.
Voice profile enrolled for the patient {{BIOMETRIC:VP-88140-WA}} and for her son {{NAME:Pieter}} {{BIOMETRIC:VP-88140-PA}}, so reminders answer only to her.
Reminders: 08:00 levothyroxine 75 mcg, 12:00 and 18:00 carbidopa-levodopa 25/100, 21:00 donepezil 10 mg.
Confirmation log shared with care team at {{URL:https://care.example.com/share/wa-88140}}; alerts to son {{PHONE:616-555-0181}}.
Technician {{NAME:Luca Ferraro-Kim}}; on-site visit {{DATE:11/19/2025}} with home-health aide {{NAME:Blessing Oduya}}.
` },
];
