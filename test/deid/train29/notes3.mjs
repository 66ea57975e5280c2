// train29 notes 3: psychology narratives (formulation letter, trauma history, family therapy, neuropsychology
// background, CBT progress, grief therapy, child psychology, eating-disorder family session, forensic history).
export default [
  {
    id: 't29-019',
    kind: 'clinical psychology formulation letter',
    text: `
{{LOCATION:Meridian House}}, {{LOCATION:7 Castle Wynd}}, {{LOCATION:Inverness}} {{LOCATION:IV2 3EB}}
{{DATE:10 February 2026}}

Dear Dr {{NAME:Mhairi Sutherland-Oyebanji}},
Re: {{NAME:Tormod Macleod}}, DOB {{DATE:19/06/1981}}, CHI {{MRN:1906815557}}

I saw {{NAME:Tormod}} for the fourth of six assessment sessions. He grew up on a croft near {{LOCATION:Balallan}} on {{LOCATION:Lewis}}; his father, {{NAME:Calum}}, drank, and his mother left for {{LOCATION:Stornoway}} when he was nine. He describes his grandmother, {{NAME:Peigi}}, as "the one who kept us fed".
He came to the mainland to work on the rigs out of {{LOCATION:Aberdeen}}. After the helicopter ditching in 2019 he stopped flying and now drives for a haulage firm in {{LOCATION:Dingwall}}.
Formulation: early unpredictability, a core belief that others leave, and PTSD after the ditching, maintained by avoidance and by drinking. His partner, {{NAME:Eilidh}}, is supportive; his son {{NAME:Lachie}} is the reason he "wants to sort his head out".
Plan: trauma-focused CBT, 16 sessions from {{DATE:March 2026}}.

Yours sincerely,
Dr {{NAME:Anouk Verhoeven}}, Clinical Psychologist
`,
  },
  {
    id: 't29-020',
    kind: 'trauma history narrative (psychology assessment)',
    text: `
Trauma history (in the client's words, summarised)
{{NAME:Nhial Deng Garang}} was born in a village near {{LOCATION:Bor}}. When he was seven the village was attacked; he walked with other boys to {{LOCATION:Pinyudo}} and later to {{LOCATION:Kakuma}}. He lost his brother {{NAME:Makuei}} on the road and does not know where he is buried.
In the camp he was looked after by an older boy, {{NAME:Garang Akol}}, whom he calls "my first father". In 2004 he was resettled to {{LOCATION:Fargo}}, North Dakota, with a foster family, the {{NAME:Halvorsens}}. {{NAME:Marit Halvorsen}} taught him to drive.
He now lives in {{LOCATION:Des Moines}} with his wife {{NAME:Achol}} and works nights at the hospital laundry. Nightmares of the river crossing, two or three times a week. PCL-5 score 54. No current suicidal ideation.
He said {{NAME:Garang}} phoned him last month from {{LOCATION:Juba}} and he felt "like a child again".
Assessed by Dr {{NAME:Reuben Castellano-Weiss}}, {{DATE:02/17/2026}}.
`,
  },
  {
    id: 't29-021',
    kind: 'family therapy session notes',
    text: `
Systemic family therapy - session 3, {{DATE:25.02.2026}}
Present: {{NAME:Jurgita}} (mother), {{NAME:Mindaugas}} (stepfather), {{NAME:Lukas}} (15, identified patient), {{NAME:Ieva}} (11). Absent: {{NAME:Rokas}} ({{NAME:Lukas}}'s father, lives in {{LOCATION:Kaunas}}).
{{NAME:Lukas}} was quiet until {{NAME:Ieva}} said that the house in {{LOCATION:Peterborough}} "is not home". {{NAME:Jurgita}} cried and spoke about her own mother, {{NAME:Danute}}, who raised her alone in {{LOCATION:Panevezys}}.
{{NAME:Mindaugas}} said he wants to be "a friend, not a father" to {{NAME:Lukas}}. {{NAME:Lukas}} agreed to try one evening a week at {{NAME:Mindaugas}}'s fishing club at {{LOCATION:Ferry Meadows}}.
Genogram extended: maternal aunt {{NAME:Vaida Petrauskiene}} in {{LOCATION:Dublin}}; paternal grandparents unknown.
Reflecting team: {{NAME:Oyinkansola}} and {{NAME:Torsten}}.
Next session {{DATE:11 March}}, at {{LOCATION:Brookside Clinic}}.
Therapists: {{NAME:Katarzyna Wolanska}} and {{NAME:Dele Ashworth}}
`,
  },
  {
    id: 't29-022',
    kind: 'neuropsychology report background section',
    text: `
NEUROPSYCHOLOGICAL ASSESSMENT - BACKGROUND
Name: {{NAME:Ximena Altamirano de la Vega}}    DOB: {{DATE:08/04/1952}}    MRN: {{MRN:NP-3318420}}
Referred by: Dr {{NAME:Ignatius Mpofu}}, Memory Clinic, {{LOCATION:St Vincent's Hospital}}, {{LOCATION:Darlinghurst}}.
History from the patient and her daughter, {{NAME:Renata}}. {{NAME:Ximena}} was born in {{LOCATION:Valparaiso}} and trained as a primary teacher in {{LOCATION:Vina del Mar}}. She emigrated in 1976 and taught at {{LOCATION:Fairfield Public School}} for thirty years.
{{NAME:Renata}} first noticed problems when her mother got lost driving to her sister {{NAME:Graciela}}'s house in {{LOCATION:Cabramatta}}. She has since stopped driving; her licence ({{LICENSE:NSW 5512 0473}}) was surrendered.
Her late husband, {{NAME:Arturo Benavides}}, died in 2021. She lives at {{LOCATION:14 Brenan Street}}, {{LOCATION:Smithfield}} {{LOCATION:2164}}, with {{NAME:Renata}} and two grandchildren.
Tests administered: ACE-III, RBANS, Rey Complex Figure, TMT A/B, Boston Naming (Spanish norms considered). Interpreter {{NAME:Amparo}} (ID {{OTHER_ID:TIS-555-09312}}) for parts of the session.
`,
  },
  {
    id: 't29-023',
    kind: 'CBT progress note',
    text: `
CBT session 7 - {{DATE:3/2/2026}}
{{NAME:Kealoha Nakamura-Pauole}} (28). Mood 5/10. PHQ-9 12 (from 19). GAD-7 10.
Homework done: activity diary. Best day was Saturday, surfing at {{LOCATION:Makapuu}} with her cousin {{NAME:Kanoa}}. Worst day: shift at the {{LOCATION:Ala Moana Center}} store where her manager, {{NAME:Brent Okimoto}}, criticised her in front of a customer.
Hot thought: "I'm useless, everyone sees it." Evidence examined; she recalled her grandmother Tutu {{NAME:Lani}} telling her she was the one who "holds the family". Balanced thought rated 60%.
She is thinking of moving back to {{LOCATION:Hilo}} to live with her auntie {{NAME:Noelani}}.
Plan: behavioural experiment - speak to {{NAME:Brent}} about the incident. Next session {{DATE:2/10}}. Telehealth link sent to {{EMAIL:kealoha.np@inbox.example.com}}.
{{NAME:Jun-seo Whitfield}}, PsyD
`,
  },
  {
    id: 't29-024',
    kind: 'grief therapy session note',
    text: `
Bereavement counselling - session 5
{{NAME:Tavita Leaupepe}} came alone today. His wife {{NAME:Losa}} died in {{DATE:October}} after a long illness at {{LOCATION:Middlemore Hospital}}.
He spoke about the funeral at the church in {{LOCATION:Mangere East}} and the faalavelave: the cost fell mostly on him and his brother {{NAME:Sione}}. He has not been back to the grave at {{LOCATION:Manukau Memorial Gardens}} since the unveiling.
He brought a photo of {{NAME:Losa}} with their granddaughter {{NAME:Malia}}. He said {{NAME:Losa}} used to say "{{NAME:Tavi}}, slow down". He laughed for the first time in our sessions.
Met with {{NAME:Tavita}}'s daughter {{NAME:Fetu}} for ten minutes at the end (with his consent): she worries he is not eating. He eats at {{NAME:Sione}}'s house on Sundays.
Continuing bonds work. Next: visit the grave together with {{NAME:Fetu}}.
{{NAME:Ingeborg Fa'asavalu}}, counsellor, {{DATE:20.02.26}}
`,
  },
  {
    id: 't29-025',
    kind: 'child psychology assessment narrative',
    text: `
Child and Adolescent Psychology - initial assessment {{DATE:13 Feb 2026}}
{{NAME:Zainab}} is 8 and lives with her mother, {{NAME:Farzana Begum}}, and her maternal grandparents in a terraced house on {{LOCATION:Green Street}}, {{LOCATION:Upton Park}}. Her father, {{NAME:Shahidul}}, returned to {{LOCATION:Sylhet}} last year.
{{NAME:Zainab}} has not spoken at school ({{LOCATION:Shaftesbury Primary}}) since September but talks freely at home and with her cousin {{NAME:Rumana}}. Her teacher, Mrs {{NAME:Penhaligon}}, describes her as "watchful".
Grandmother (Nani to the family; real name {{NAME:Rahima Khatun}}) speaks Sylheti; {{NAME:Farzana}} interpreted for her.
Impression: selective mutism. Plan: sliding-in technique with the teaching assistant, {{NAME:Joy Adebanjo}}; review after half term.
Dr {{NAME:Tomasz Rybczynski}}, Clinical Psychologist
`,
  },
  {
    id: 't29-026',
    kind: 'eating disorder family-based treatment session',
    text: `
FBT session 2 (family meal), {{DATE:2026-02-19}}
Present: {{NAME:Saskia van Oordt}} (16), parents {{NAME:Pieter}} and {{NAME:Annelies}}, brother {{NAME:Jip}} (12). Grandmother Oma {{NAME:Truus}} joined by video from {{LOCATION:Utrecht}}.
Weight 44.1 kg (+0.6). Meal: pasta, {{NAME:Pieter}} plated. {{NAME:Saskia}} ate about two thirds; {{NAME:Annelies}} was able to coax the rest without argument. {{NAME:Jip}} made her laugh by talking about the hockey team at {{LOCATION:Eindhoven}}.
{{NAME:Saskia}} said she hates being compared to her friend {{NAME:Liv}}, who "eats anything". School: {{LOCATION:International School of Amsterdam}}, nurse {{NAME:Femke}} informed.
Plan: {{NAME:Pieter}} and {{NAME:Annelies}} to share meal supervision; Oma {{NAME:Truus}} to visit in the holidays.
Therapist: {{NAME:Noor Haddad-Visser}}, GZ-psycholoog
`,
  },
  {
    id: 't29-027',
    kind: 'forensic psychology history (pre-sentence)',
    text: `
Personal history
{{NAME:Lee-Roy Pomare}} is 24. He grew up in {{LOCATION:Kaitaia}} with his grandmother, {{NAME:Huhana Pomare}}, after his mother, {{NAME:Kiri}}, went to prison. He left school at 14 and followed his cousin {{NAME:Tama}} to {{LOCATION:Otara}}.
He describes {{NAME:Tama}} as "more like my brother" and says the two of them were "patched" into a group at 17. His first conviction (theft from a car on {{LOCATION:Great South Road}}) was in 2019.
The index offence occurred on {{DATE:8 August 2025}} outside a bar in {{LOCATION:Papatoetoe}}; the victim, Mr {{NAME:Ravinder Sohal}}, suffered a fractured jaw.
Mr {{NAME:Pomare}} expressed remorse and has written to Mr {{NAME:Sohal}}. He has a daughter, {{NAME:Aria}}, aged 2, who lives with her mother {{NAME:Shontelle}} in {{LOCATION:Manurewa}}.
He has been offered a place at the {{LOCATION:Moana House}} programme in {{LOCATION:Dunedin}}; his aunt {{NAME:Mereana Pomare-Tuhoe}} lives in {{LOCATION:Mosgiel}} and has offered weekend leave. IRD number {{OTHER_ID:055-512-377}}; SSN from his time in {{LOCATION:Honolulu}} recorded as {{SSN:000-47-2209}}. Voice print enrolled for the reporting kiosk: {{BIOMETRIC:VP-CNZ-551207}}.
Risk factors discussed with his probation officer, {{NAME:Hinemoa Walker}}.
`,
  },
];
