// train10 notes2: ambient-scribe and dictation transcripts with speaker labels.
export default [
{ id: 't10-010', kind: 'scribe-transcript', text: `
[Ambient scribe - raw transcript - encounter {{OTHER_ID:ENC-55018327}} - {{DATE:26 Nov 2026}}]
DR: Morning, it's Dr {{NAME:Okafor}}. You must be Mrs {{NAME:Lindqvist}}? -- no sorry, {{NAME:Elin}}, is it?
PT: Yes, {{NAME:Elin Lindqvist}}. This is my daughter {{NAME:Saga}}.
DAUGHTER: Hi. We drove down from {{LOCATION:Ostersund}} last night, we're staying with my cousin in {{LOCATION:Sundbyberg}}.
DR: Right. And the breathlessness, when did it start?
PT: After midsummer. I was at our summer house in {{LOCATION:Are}} and could not walk up the hill.
DAUGHTER: Her GP at {{LOCATION:Lugnvik vardcentral}} did a chest x-ray, they said maybe fluid.
DR: Okay. Any chest pain? Ankle swelling?
PT: The ankles, yes. I take the Waran, five milligram.
DR: Okay, we'll get an echo today, and bloods. Is your number still {{PHONE:+46 63 555 01 72}}?
DAUGHTER: Use mine, {{PHONE:070-555 01 38}}.
[end of segment - speaker diarisation confidence 0.82]
DR: And who is your doctor up north?
PT: Doktor {{NAME:Mattias Lundgren}} at {{LOCATION:Ostersunds sjukhus}}. And the district nurse, {{NAME:Britt-Marie}}.
DAUGHTER: Her personnummer is {{OTHER_ID:19410322-1187}}. And the form says 58, she is 85.
DR: Noted. Shall we e-mail the echo report?
DAUGHTER: To me, {{EMAIL:saga.lindqvist@example.se}}.
[segment 2 audio file {{OTHER_ID:AUD-55018327-02}}]` },

{ id: 't10-011', kind: 'dictation', text: `
dictation begins. this is doctor {{NAME:fionnuala mac giolla phadraig}} dictating a clinic letter for {{NAME:padraig o'sullivan}} date of birth the {{DATE:fourth of march nineteen fifty}} hospital number {{MRN:h zero four four one nine two}} comma seen today {{DATE:twenty sixth november}} period new paragraph
dear doctor {{NAME:brennan}} comma thank you for referring this seventy six year old gentleman from {{LOCATION:ballyvourney}} {{LOCATION:county cork}} period he farms sheep with his son {{NAME:donal}} period new paragraph
he describes two years of progressive dysphagia to solids period barium swallow at {{LOCATION:mercy university hospital}} showed a smooth narrowing period O G D is booked with mister {{NAME:kieran de burca}} on the {{DATE:ninth of december}} period
please copy to {{LOCATION:macroom primary care centre}} period dictation ends. typist {{NAME:ab}} slash {{NAME:cq}}
addendum dictated {{DATE:twenty seventh november}} colon bloods show albumin thirty one comma haemoglobin one hundred and four period weight loss six kilos since the summer period his wife {{NAME:maire}} phone {{PHONE:oh two six four five five five zero one eight seven}} would like a call period` },

{ id: 't10-012', kind: 'scribe-interpreter', text: `
Transcript (auto) - {{LOCATION:North York General Hospital}} Diabetes Education Centre - {{DATE:2026-11-24}}
SPEAKER 1 (RD {{NAME:Parisa}}): Hello, I'm the dietitian. Can the interpreter introduce herself?
SPEAKER 3 (INTERPRETER): I am {{NAME:Shirin Ghorbani}}, Farsi interpreter, ID {{OTHER_ID:INT-40917}}.
SPEAKER 2 (PATIENT): Salaam. {{NAME:Mohammad-Reza Kazemi-Tabrizi}}.
SPEAKER 1: What do you usually eat in a day?
SPEAKER 3: He says rice twice a day, bread, a lot of dates, and tea with sugar cubes. His wife {{NAME:Fereshteh}} cooks.
SPEAKER 2: (through interpreter) We came from {{LOCATION:Mashhad}} in {{DATE:March 2024}}. Now we live on {{LOCATION:Yonge Street}} near {{LOCATION:Finch}}.
SPEAKER 1: Is the Jardiance okay? Any burning when you pee?
SPEAKER 3: No problem. His A1c was 9.4 in {{DATE:September}}.
SPEAKER 1: Great. Next visit with Dr. {{NAME:Hashemi}} on {{DATE:January 8}}.
[OHIP on file: {{HEALTH_PLAN:9183-447-205-YP}}]` },

{ id: 't10-013', kind: 'telehealth-transcript', text: `
VIDEO CONSULT TRANSCRIPT  |  Session {{OTHER_ID:VC-2026-11-25-0938}}  |  client IP {{IP:198.51.100.73}}
Arzt: Guten Tag, Herr {{NAME:Yildirim}}. I will speak English for the scribe, okay?
Patient ({{NAME:Mehmet Emin Yildirim}}): Okay okay. My son {{NAME:Baris}} is here also.
Sohn: Hi. He had the pain again Saturday, we went to {{LOCATION:Vivantes Klinikum Neukolln}}.
Arzt: Yes I see the letter. Troponin negative. You live still in {{LOCATION:Sonnenallee 221}}?
Patient: Yes, {{LOCATION:12059 Berlin}}. Before, {{LOCATION:Kayseri}}, thirty years ago.
Arzt: The nitro spray helps? And the Brilique you take twice?
Sohn: Twice, yes. Can you send to pharmacy {{LOCATION:Hermann-Apotheke}}?
Arzt: Sure. Versichertennummer is {{HEALTH_PLAN:K220418876}}? Good. Cardiologist Dr. {{NAME:Annegret Vollmer-Schultze}} will call.
Sohn: Can you send the e-Rezept link by SMS? {{URL:https://erezept.example.de/r/44X7-9K2L}} came last time. My mobile {{PHONE:+49 176 5550 1472}}.
Arzt: Yes. And your wife, Frau {{NAME:Zeynep Yildirim}}, she had the booster at {{LOCATION:Impfzentrum Tegel}}?
Patient: Yes yes. She is at her sister in {{LOCATION:Spandau}} this week.` },

{ id: 't10-014', kind: 'dictation-op', text: `
DICTATED BY: MR {{NAME:OLUWASEUN BADMUS}} FRCS   TRANSCRIBED: {{DATE:25/11/2026}} BY {{NAME:TW}}
PATIENT: {{NAME:JOHNNY-RAY McCLENDON}}   HOSP NO {{MRN:RX8830127}}
PROCEDURE: LEFT TOTAL HIP REPLACEMENT, POSTERIOR APPROACH, {{LOCATION:NUFFIELD HEALTH LEEDS HOSPITAL}}
IMPLANTS: CUP PINNACLE 54MM LOT 8812A, SERIAL {{DEVICE:PN-5402-77193}}; STEM CORAIL SIZE 12 SERIAL {{DEVICE:CR12-0448217}}
FINDINGS: GROSS OA, TRENDELENBURG GAIT PRE-OP. NO CALCAR CRACK. EBL 350 ML.
PLAN: ASPIRIN 150MG 28 DAYS, FWB. FOLLOW-UP 6 WEEKS AT {{LOCATION:SPIRE LEEDS}} OUTPATIENTS.
GP: {{LOCATION:CHAPEL ALLERTON MEDICAL CENTRE}}, {{LOCATION:LEEDS}} {{LOCATION:LS7 4RF}}. NEXT OF KIN: {{NAME:DARLENE}} (WIFE) {{PHONE:0113 496 0822}}
CLOSURE: VICRYL 1 TO FASCIA, 2-0 SUBCUT, STAPLES. TXA 1G GIVEN. LEG LENGTHS EQUAL ON TABLE.
ASSISTANT: MR {{NAME:RAHUL DEVARAKONDA}} (ST6). ANAESTHETIST: DR {{NAME:MAGDALENA WISNIEWSKA}}. SCRUB: {{NAME:CHRISTIANAH ADEWUMI}}.
CC: PATIENT AT {{LOCATION:41 STAINBECK LANE}}, {{LOCATION:CHAPEL ALLERTON}}.` },

{ id: 't10-015', kind: 'scribe-paeds', text: `
ambient note draft - please verify -- peds clinic {{LOCATION:Nationwide Children's Hospital}} {{LOCATION:Linden}} site
clinician: hi buddy, are you {{NAME:Kofi}}?
child: yeah
mother: {{NAME:Kofi Boateng}} junior, we call him {{NAME:KJ}}. I'm {{NAME:Abena}}, his mum.
clinician: and how old is he now?
mother: five on {{DATE:December 2nd}}. his grandma {{NAME:Akosua}} keeps him while I work at the Amazon warehouse on {{LOCATION:Alum Creek Drive}}.
clinician: any wheezing at night?
mother: twice this week. the flovent, he hates the mask. we use the albuterol before school, {{LOCATION:Livingston Elementary}}.
clinician: okay we'll step up to flovent 110 two puffs bid, spacer. weight 19.2 kg.
mother: and can you do the school form? fax is {{FAX:614-555-0176}}, nurse Miss {{NAME:Pearl}}.
clinician: sure. medicaid still {{HEALTH_PLAN:CareSource 104477823}}?
mother: yes.
clinician: any eczema? food allergies?
mother: peanut, he had hives at Easter. the EpiPen Jr is in his backpack.
clinician: good. ACT score 16, not well controlled. weight 19.2 kg, 60th centile. lungs: scattered wheeze, no retractions. Asthma Action Plan updated, green/yellow/red zones, copy for school.` },

{ id: 't10-016', kind: 'scribe-family', text: `
Scribe transcript, {{LOCATION:Glendale}} family medicine, {{DATE:Nov. 25, 2026}}
Dr. {{NAME:Sarkisian}}: Barev dzez, Tikin {{NAME:Hasmik}}. How are you?
Patient ({{NAME:Hasmik Ter-Petrosyan}}): Tired, doctor jan. My sugar is high.
Granddaughter ({{NAME:Ani Mkrtchyan}}): She's been going to church every day for my uncle's forty-day memorial, at {{LOCATION:St. Mary Armenian Apostolic Church}}, and eating the paklava.
Dr. {{NAME:Sarkisian}}: I'm sorry for your loss. Was it {{NAME:Vardan}}?
Patient: Yes, my son. In {{LOCATION:Gyumri}}, heart attack.
Dr. {{NAME:Sarkisian}}: Let's check the A1c today. The Georgian cousin you mentioned, {{NAME:Nino Beridze}}, she's still coming to help?
Granddaughter: She drives from {{LOCATION:Burbank}}. Her number's {{PHONE:818-555-0114}} if you need it.
Dr. {{NAME:Sarkisian}}: And your neighbor, Mrs. {{NAME:Ohanian}}, still checks on you?
Patient: {{NAME:Siranush}}? Every day. She lives downstairs, {{LOCATION:1120 N Louise St}}, apartment {{LOCATION:4}}.
Granddaughter: Also her Medi-Cal is {{HEALTH_PLAN:91447203A}} and the Anthem card changed.
Dr. {{NAME:Sarkisian}}: Okay. We'll send the labs to {{LOCATION:Adventist Health Glendale}} and I'll see her on {{DATE:December 16}}.` },

{ id: 't10-017', kind: 'dictation-letter', text: `
[voice dictation - Dragon - unedited]
Letter to doctor {{NAME:Siobhan Ni Bhriain}}, {{LOCATION:Gweedore Health Centre}}, {{LOCATION:Bunbeg}}, {{LOCATION:county Donegal}}, eircode {{LOCATION:F92 X2T4}} comma
re {{NAME:Ciaran Mac Aodha}} comma date of birth {{DATE:12 slash 8 slash 81}} comma MRN {{MRN:LUH 2210394}} full stop
Dear {{NAME:Siobhan}} comma I saw {{NAME:Ciaran}} at the {{LOCATION:Letterkenny University Hospital}} epilepsy clinic today full stop He had two focal impaired awareness seizures since {{DATE:August}} comma both while fishing at {{LOCATION:Magheraroarty pier}} full stop
I have increased Keppra to 1000 milligrams twice daily full stop He must not drive comma and I have told him the NDLS licence number {{LICENSE:DL 123456789}} will be notified only by him full stop
Yours sincerely comma {{NAME:Aidan Quigley}} consultant neurologist` },

{ id: 't10-018', kind: 'scribe-ihs', text: `
AMBIENT SCRIBE OUTPUT  -  {{LOCATION:Chinle Comprehensive Health Care Facility}}  -  {{DATE:11/24/2026}}
Provider: Hello, Mr. {{NAME:Begay}}, I'm Dr. {{NAME:Whitehorse}}'s PA, {{NAME:Will Tsosie}}.
Patient ({{NAME:Harrison Begay}}): Ya'at'eeh.
Provider: You came in from {{LOCATION:Many Farms}}?
Patient: From my sheep camp near {{LOCATION:Round Rock}}. My niece {{NAME:Shandiin}} drove me, her truck plate is AZ {{VEHICLE:CXK4418}} if security asks.
Provider: Good. How's the foot ulcer?
Patient: The medicine man, {{NAME:Tom Yazzie}}, did a ceremony. I still put the Silvadene.
Provider: Let me look. Wound 2.1 x 1.4 cm, clean base. We'll photograph it, file {{PHOTO:begay_Lfoot_20261124.jpg}}.
Niece: Can you call me, {{PHONE:928-555-0172}}? No service out at camp.
Provider: Sure. Podiatry at {{LOCATION:Gallup Indian Medical Center}} on the {{DATE:12th}}.
Provider: His CHR, {{NAME:Loretta Nez}}, will do a home visit on {{DATE:Dec 1}}. Directions: 4 miles past the {{LOCATION:Round Rock Trading Post}}, turn at the windmill, blue hogan.
Patient: And my grandson {{NAME:Ahiga}} can translate if she comes after school.
[Scribe flagged: IHS chart {{MRN:CHN-0044719}}; census number {{OTHER_ID:NN-447190}}]` },
];
