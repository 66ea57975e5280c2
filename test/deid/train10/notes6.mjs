// train10 notes6: multidisciplinary team meeting notes and handover sheets.
export default [
{ id: 't10-046', kind: 'mdt-tumour-board', text: `
UPPER GI MDT - {{LOCATION:Royal Victoria Infirmary}}, {{LOCATION:Newcastle upon Tyne}} - Thursday {{DATE:20 November 2026}}
Present: Mr {{NAME:Anand Rajagopalan}} (chair, surgeon), Dr {{NAME:Oyinkansola Bello}} (oncology), Dr {{NAME:Piotr Nowicki}} (radiology), Dr {{NAME:Grainne Kavanagh}} (histopathology), {{NAME:Heather Bishop}} (CNS), {{NAME:Faisal Al-Harthy}} (dietitian), {{NAME:Hope Ferreira}} (MDT coordinator)
Apologies: Prof {{NAME:Lindsay Thirlwell}}
1. {{NAME:Kenneth Armstrong}}, 71, hosp {{MRN:N2294471}}, from {{LOCATION:Ashington}}. Adenocarcinoma GOJ Siewert II, T3N1M0 on CT/PET. Plan: FLOT x4 then Ivor Lewis. Discuss at {{LOCATION:Freeman Hospital}} surgical clinic {{DATE:02/12}}.
2. {{NAME:Margaret "Peggy" O'Hanlon}}, {{AGE_OVER_89:90}}, NHS {{OTHER_ID:450 557 7104}}, lives alone in {{LOCATION:Hexham}}. Obstructing gastric ca. Not fit for surgery (Rockwood 6). Stent + best supportive care; CNS to liaise with GP Dr {{NAME:Mwangi}} at {{LOCATION:Corbridge Health Centre}} and daughter {{NAME:Siobhan}} in {{LOCATION:Carlisle}}.
3. {{NAME:Jamal Uddin-Hussain}}, 54, {{MRN:N3310029}}. Barrett's with HGD, {{LOCATION:Cramlington}} endoscopy {{DATE:Oct 2026}}. For EMR, Dr {{NAME:Bello}} not needed.
Next MDT {{DATE:27/11/2026}}. Minutes: {{NAME:H. Ferreira}}
4. {{NAME:Thi Huong Nguyen-Hartley}}, 63, {{MRN:N4410927}}, from {{LOCATION:Whitley Bay}}. GIST stomach 6 cm. For wedge resection at {{LOCATION:Freeman Hospital}}, imatinib after. Husband {{NAME:Colin}} anxious; CNS {{NAME:Heather}} to phone {{PHONE:0191 496 0457}}.` },

{ id: 't10-047', kind: 'mdt-stroke', text: `
stroke rehab mdt notes {{DATE:25/11}} (typed by {{NAME:Aroha}}, OT)
attending: dr {{NAME:kiri paewai}}, {{NAME:jess o'brien}} physio, {{NAME:tevita fifita}} SLT, {{NAME:maya rosenberg}} SW, {{NAME:aroha}} OT
bed 3 - {{NAME:lupe faleolo}}, 68, L TACI day 12. mRS 4. SLT: IDDSI level 5 minced moist, thin fluids ok. physio: sit-to-stand with 1, Berg 18. SW: lives in {{LOCATION:Otara}} with husband {{NAME:sione}}, church ({{LOCATION:Otara Tongan Methodist}}) offering help. goal home with whanau, d/c {{DATE:early Dec}}
bed 5 - {{NAME:derek "dex" cho-wallace}}, 47, R PACS. driving - told not for 1 month, nzta licence {{LICENSE:DK882104}} noted. back to work at Fonterra {{LOCATION:Te Rapa}}? OT to do work assessment.
bed 8 - {{NAME:vasiliki papadopoulou}}, {{AGE_OVER_89:91}}, posterior circ stroke, very deaf, daughter {{NAME:eleni}} interprets (greek). for {{LOCATION:selwyn village}} hospital-level care, NASC referral sent
actions: {{NAME:maya}} to ring {{NAME:eleni}} ({{PHONE:021 555 0184}}); {{NAME:tevita}} to repeat VFSS {{DATE:1 Dec}}` },

{ id: 't10-048', kind: 'mdt-safeguarding', text: `
CHILD SAFEGUARDING STRATEGY MEETING - MINUTES (CONFIDENTIAL)  {{DATE:24.11.2026}}  via Teams
Chair: {{NAME:Gillian Ovenden}} (Children's Social Care, {{LOCATION:Medway}})
Attendees: DS {{NAME:Karim Belkacem}} ({{LOCATION:Kent}} Police CAIU), Dr {{NAME:Niamh Doherty}} (named doctor), {{NAME:Bronwen Pritchard}} (HV), {{NAME:Adebayo Olatunji}} (DSL, {{LOCATION:Luton Junior School}})
Child: {{NAME:Kayden Whitlock}}  DOB {{DATE:11/05/2019}}  NHS {{OTHER_ID:472 019 5563}}
Address: {{LOCATION:27 Balmoral Road}}, {{LOCATION:Gillingham}} {{LOCATION:ME7 4PG}}
Mother {{NAME:Chelsea Whitlock}}; partner {{NAME:Lee "Tank" Harker}} (not father), vehicle {{VEHICLE:KN19 XWE}} seen outside school.
Presentation: bruising to L pinna and buttocks, seen at {{LOCATION:Medway Maritime Hospital}} {{DATE:21/11}}. Skeletal survey clear. Photos on file ({{PHOTO:KW_bodymap_01.jpg}}).
Decision: S47 enquiry; child to stay with maternal grandmother {{NAME:Brenda Ince}}, {{LOCATION:Rainham}}.
Next review {{DATE:8 December}}.
Discussion: Bruising pattern (TEN-4-FACESp positive). Coagulation screen and FBC normal; von Willebrand screen sent. No mongolian blue spots. Ophthalmology (RetCam) no retinal haemorrhages. Working Together 2023 guidance followed; Section 47 threshold met. Sibling {{NAME:Mason Whitlock}} (age 2) also to be seen by a paediatrician at {{LOCATION:Medway Maritime Hospital}}.` },

{ id: 't10-049', kind: 'handover-sheet', text: `
WARD 22 (GEN MED) HANDOVER - NIGHTS {{DATE:26/11/26}}
Bed | Patient | Age | Issues / jobs
1 | {{NAME:ABUBAKAR, Hauwa}} | 58 | DKA resolving, VRIII off 22:00. Husband {{NAME:Musa}} stays.
2 | {{NAME:McGUINNESS, Patrick "Paddy"}} | 81 | AKI on CKD, cr 244. Fluid chart. Son {{NAME:Declan}} {{PHONE:07700 900456}}
3 | {{NAME:SZABO-KOVACS, Erzsebet}} | {{AGE_OVER_89:97}} | end of life, syringe driver (midaz/morph), family at bedside
4 | {{NAME:DE SOUZA, Rui Miguel}} | 34 | alcohol w/d, CIWA 14, pabrinex
5 | empty (TCI from {{LOCATION:Queen Elizabeth Hospital}} ED)
6 | {{NAME:KHOURY, Nadia}} | 66 | CAP, on Tazocin, from {{LOCATION:Jesmond Dene House}}
7 | {{NAME:LIU, Wei (Will)}} | 29 | ?Addison's, synacthen 09:00
8 | {{NAME:FAIRWEATHER, Summer}} | 22 | overdose paracetamol, NAC bag 3, RMN {{NAME:Tariq}} 1:1
Outreach bleep 4471. SHO: Dr {{NAME:Ekaterina Smirnova}}. NIC: {{NAME:Rowena Mbatha}}.
9 | {{NAME:OYELARAN, Babajide}} | 45 | cellulitis L leg, IV fluclox, marked. From {{LOCATION:Gosforth}}.
10 | {{NAME:NIC AODHA, Roisin}} | 38 | asthma, off neb, home tomorrow to {{LOCATION:Wallsend}} if PEF > 350
11 | {{NAME:BAPTISTE, Marie-Claire}} | {{AGE_OVER_89:104}} | delirium, 1:1, niece {{NAME:Odile}} rung
12 | {{NAME:RAHMAN, Abdul Karim}} | 52 | upper GI bleed, OGD am, from {{LOCATION:Arthur's Hill}}` },

{ id: 't10-050', kind: 'icu-handover', text: `
ICU HANDOVER (SBAR) {{LOCATION:Christchurch Hospital}} ICU  -  day -> night  {{DATE:25 Nov}}
BED 4: {{NAME:Rawiri Manihera}}, 52M, NHI {{HEALTH_PLAN:LKT0447}}
S: ARDS after influenza A, proned x2. 
B: works at the port in {{LOCATION:Lyttelton}}; wife {{NAME:Kahurangi}} and brother {{NAME:Nikau}} visiting, staying at {{LOCATION:Ronald McDonald House}}.
A: P/F 110, PEEP 14, norad 0.12. ECMO referral to {{LOCATION:Auckland City Hospital}} declined (age/comorb?). Art line R radial.
R: family meeting 10:00 with Dr {{NAME:Ilse van der Merwe}}, SW {{NAME:Taini Poutama}}.
BED 7: {{NAME:Gulnara Seitkaliyeva}}, 39F, post-partum haemorrhage, from {{LOCATION:Burwood Hospital}}. Transfused 6 units. Baby in NICU, partner {{NAME:Yerlan}} ({{PHONE:027 555 0163}}).
Impella serial {{DEVICE:IMP-CP-0447129}} removed at 14:00 (bed 9, transferred to Ward 12? no - to {{LOCATION:Wellington Hospital}}).
BED 2: {{NAME:Hamish "Hughie" Ferguson-Tait}}, 74M, post CABG day 1 from {{LOCATION:Dunedin Hospital}} retrieval. Pacing wires in, temp pacer box {{DEVICE:TPB-5392-0447}}. Daughter {{NAME:Isla}} in {{LOCATION:Rangiora}}.` },

{ id: 't10-051', kind: 'mdt-mental-health', text: `
Community Mental Health MDT - {{LOCATION:Fremantle}} Adult Team - Wed {{DATE:26/11/2026}}
Chair: Dr {{NAME:Naveen Balasubramaniam}} (psychiatrist). Present: {{NAME:Cassidy Yarran}} (Aboriginal MH worker), {{NAME:Ruth Abernethy-Kaur}} (CNS), {{NAME:Ahmad Zia Rahimi}} (psychologist), {{NAME:Tegan Blackwood}} (peer worker)
New referrals:
- {{NAME:Clinton Hayward}}, 31, Noongar man from {{LOCATION:Narrogin}}, now at {{LOCATION:Tranby House}} shelter, {{LOCATION:Beaconsfield}}. Psychosis, cannabis. {{NAME:Cassidy}} to see with his uncle {{NAME:Lester}}.
- {{NAME:Anh Thu Pham}}, 24, uni student at {{LOCATION:Notre Dame Fremantle}}. Eating disorder, BMI 15.8. Refer {{LOCATION:Hollywood Clinic}}.
Reviews:
- {{NAME:Dragana Petrovic}}, 45, on clozapine 400mg, ANC 2.1, clozapine registry {{OTHER_ID:CPMS-WA-204471}}. Lives {{LOCATION:14/3 Attfield St}}, {{LOCATION:Maddington}} WA {{LOCATION:6109}}. Sister {{NAME:Jelena}} {{PHONE:0491 570 448}}.
- Mr {{NAME:Bartholomew "Bart" Quayle}} (transferred from {{LOCATION:Bunbury}}): discharge to GP Dr {{NAME:Yusuf}}.` },

{ id: 't10-052', kind: 'carehome-handover', text: `
CARE HOME HANDOVER - {{LOCATION:Huis ter Wiel}} zorgcentrum, {{LOCATION:Amersfoort}} - late shift {{DATE:24-11-2026}}
(English for agency staff)
Rm 1 mevr. {{NAME:Hendrika (Riek) Bosman-de Vries}}, {{AGE_OVER_89:98}} - refusing fluids, GP dr. {{NAME:Jansen}} rang, comfort care, daughter {{NAME:Ans}} coming.
Rm 2 dhr. {{NAME:Willem van 't Hoff}}, {{AGE_OVER_89:ninety-three}} - wandering at night, bed sensor {{DEVICE:BS-44-01927}}
Rm 4 mevr. {{NAME:Fatma Aydin}}, 84 - Ramadan not now, halal meals. Son {{NAME:Hakan}} {{PHONE:+31 6 5550 1472}}
Rm 5 dhr. {{NAME:Jan-Pieter Bakker}}, 89 - skin tear L forearm, photo {{PHOTO:JPB_arm_2411.jpg}}
Rm 6 mevr. {{NAME:Sientje Kuipers}}, {{AGE_OVER_89:101}}! - birthday tomorrow, cake from {{LOCATION:bakkerij Van Dam}} on the {{LOCATION:Langestraat}}
On call: {{NAME:Femke}} {{PHONE:033 555 0147}}
Rm 7 mevr. {{NAME:Grietje Hoekstra}}, 87 - new admission from {{LOCATION:Meander Medisch Centrum}}, hip fracture, Frisian speaker, niece {{NAME:Tjitske}} helps.
Note: {{NAME:Riek}}'s burial society is {{LOCATION:Rusthof}} begraafplaats; plan on file.` },

{ id: 't10-053', kind: 'ed-board-caps', text: `
ED TRACKING BOARD EXPORT {{DATE:11/26/26}} 0300 -- {{LOCATION:GRADY MEMORIAL}} -- RED ZONE
RM 01  {{NAME:OKAFOR-DIALLO, AMINATA}}    F 44  CP, TROP 0.03->0.08    DR {{NAME:STEINBERG}}   RN {{NAME:TYRELL}}
RM 02  {{NAME:HUTCHINS, BOBBY LEE}}       M 61  GSW L THIGH, GPD OFFICER {{NAME:RAMIREZ-OCHOA}} AT BEDSIDE, CASE {{OTHER_ID:26-118847}}
RM 03  {{NAME:NGUYEN, VAN THANH}}         M {{AGE_OVER_89:92}}  SEPSIS ?UTI, FROM {{LOCATION:A.G. RHODES HOME WESLEY WOODS}}
RM 04  DOE, UNKNOWN "TRAUMA ZULU"  M ~30  MVC ON {{LOCATION:I-75/85 AT 10TH ST}}, PLATE GA {{VEHICLE:RTK4471}}, INTUBATED
RM 05  {{NAME:BLESSING ADEBAYO}}          F 27  SICKLE CELL CRISIS, PCA, HEME FELLOW DR. {{NAME:KAPLAN}} PAGED
RM 06  {{NAME:JEAN-BAPTISTE, ROSEMENE}}   F 35  G3P2 19WK VAG BLEED, KREYOL INTERPRETER {{NAME:WILNER}}
CHARGE RN {{NAME:L. McGRATH-OYELARAN}}   ATTENDING DR. {{NAME:ABERNATHY}}
RM 07  {{NAME:KOWALCZYK, STANISLAW}}      M 78  AFIB RVR, DILTIAZEM GTT, POLISH INTERP {{NAME:AGNIESZKA}}
RM 08  {{NAME:WHITEFEATHER, DAKOTA}}      F 19  OD, POISON CTRL CASE {{OTHER_ID:GA-PC-2611-0447}}, MOM {{NAME:LORETTA}} IN WAITING
EMS HANDOFF: {{LOCATION:DEKALB}} MEDIC 12, TRANSPORTED FROM {{LOCATION:1410 CANDLER RD}}, {{LOCATION:DECATUR}}` },

{ id: 't10-054', kind: 'mdt-rehab-nordic', text: `
Tverrfaglig mote / MDT rehab - {{LOCATION:Sunnaas sykehus}} - {{DATE:21.11.2026}}
Patient: {{NAME:Sigrun Haugland-Aasen}}, 36, SCI C6 AIS B after ski fall at {{LOCATION:Hemsedal}} {{DATE:januar 2026}}
Team: lege {{NAME:Eirik Solbakken}}, fysio {{NAME:Maija Virtanen}}, ergo {{NAME:Aslak Somby}}, sykepleier {{NAME:Rasmus Kjaergaard}}, sosionom {{NAME:Ingeborg Lie}}
- Home adaptation for flat in {{LOCATION:Storgata 41}}, {{LOCATION:0182 Oslo}}: ramp, ceiling hoist; NAV case {{OTHER_ID:NAV-26-009471}}
- Wheelchair Permobil M3, serial {{DEVICE:PM3-55019872}}; car adaptation for {{VEHICLE:EL 44712}}
- Partner {{NAME:Odd-Bjorn}} from {{LOCATION:Tromso}}; her mother {{NAME:Liv}} in {{LOCATION:Lillehammer}}.
- Goals: independent transfers, return to teaching at {{LOCATION:Ris skole}} part-time.
Next meeting {{DATE:5.12}}.
- Pain: pregabalin 150 bd, baclofen 10 tds. Spasticity MAS 2 legs. Bladder: IC 5x/day. Skin intact.
- Peer mentor {{NAME:Jonas Mikkelsen}} (C5, {{LOCATION:Bergen}}) will visit. Employer contact at {{LOCATION:Ris skole}}: rektor {{NAME:Hanne Skjervold}}.` },
];
