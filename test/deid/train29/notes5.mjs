// train29 notes 5: court, probation, tribunal and guardianship letters (fitness to plead, probation update,
// letter to magistrates, guardianship, immigration tribunal, coroner's statement, witness statement,
// capacity letter, family court letter).
export default [
  {
    id: 't29-037',
    kind: 'psychiatric report for court (fitness to plead)',
    text: `
IN THE CROWN COURT AT {{LOCATION:SNARESBROOK}}
R v {{NAME:Kwame Asamoah-Lindgren}}   Case no {{OTHER_ID:T20257731}}
Report dated {{DATE:23 February 2026}}

I examined Mr {{NAME:Asamoah-Lindgren}} at {{LOCATION:HMP Thameside}} on {{DATE:12 February}} and {{DATE:19 February 2026}}, and read the papers sent by his solicitors, Okafor Whitlock LLP (instructing solicitor Ms {{NAME:Ebele Okafor}}).
{{NAME:Kwame}} is 34. He was born in {{LOCATION:Kumasi}} and came to {{LOCATION:Walthamstow}} aged six with his mother, {{NAME:Abena}}. His stepfather, {{NAME:Sven Lindgren}}, is Swedish; the family lived on the {{LOCATION:Higham Hill}} estate.
He has had three admissions to {{LOCATION:Thorpe Coombe Hospital}} with schizoaffective disorder. His care coordinator there is {{NAME:Tendai Chikwanha}}.
He understood the charge and could follow my questions, but believed his barrister, Mr {{NAME:Lucian Fairbrother}}, was "working for the devil".
Opinion: currently unfit to plead; transfer under s.48 recommended to {{LOCATION:Goodmayes Hospital}}.
Dr {{NAME:Ngozi Emenike-Holt}}, Consultant Forensic Psychiatrist, GMC {{LICENSE:7055123}}
`,
  },
  {
    id: 't29-038',
    kind: 'probation officer update letter to GP',
    text: `
Probation Office, {{LOCATION:Lombard House}}, {{LOCATION:Lombard Street}}, {{LOCATION:Birmingham}} {{LOCATION:B12 0QR}}
Tel {{PHONE:0121 496 0877}}   Fax {{FAX:0121 496 0878}}
{{DATE:5 March 2026}}

Dear Dr {{NAME:Sandhu}},
Re: {{NAME:Jermaine Ellis-Bashir}}, DOB {{DATE:14.07.1990}}, PNC {{OTHER_ID:09/555122X}}
{{NAME:Jermaine}} is on licence after release from {{LOCATION:HMP Birmingham}} on {{DATE:9 January}}. He now lives at an approved premises, {{LOCATION:Welcome House}}, {{LOCATION:Sparkbrook}}, and attends {{LOCATION:Aquarius}} in {{LOCATION:Digbeth}} for his methadone script.
He told me that his mother, {{NAME:Claudette}}, has cancer and lives alone in {{LOCATION:Handsworth}}; he would like to be her carer. His former partner, {{NAME:Shanice}}, and their son {{NAME:Kai}} live in {{LOCATION:Solihull}} and there is an exclusion zone around their road.
Could you let me know if he is registered with you and attending? He consents (signed form enclosed).
Yours sincerely,
{{NAME:Ruth Obiageli-Kerr}}, Probation Officer
`,
  },
  {
    id: 't29-039',
    kind: 'letter to the magistrates (support)',
    text: `
To the Magistrates, {{LOCATION:Cardiff Magistrates' Court}}, {{LOCATION:Fitzalan Place}}
{{DATE:27 February 2026}}
Re: {{NAME:Idris Llywelyn-Hassan}}, hearing on {{DATE:3 March 2026}}

I am the specialist nurse who has looked after {{NAME:Idris}} in the {{LOCATION:Cardiff Royal Infirmary}} sickle cell clinic since 2017. He asked me to write.
On {{DATE:2 December 2025}}, the night of the alleged offence, he had been discharged from {{LOCATION:University Hospital of Wales}} that afternoon after a crisis. His uncle, {{NAME:Yasin}}, and cousin {{NAME:Nia}} had driven him back to {{LOCATION:Butetown}} and he was on high doses of opioid analgesia.
{{NAME:Idris}} works part-time at a bakery on {{LOCATION:Bute Street}} and helps look after his grandmother, {{NAME:Halima Abdi}}, who is {{AGE_OVER_89:94}}.
I hope this is of help.
{{NAME:Bronwen Adebayo-Rhys}}, Clinical Nurse Specialist, NMC PIN {{LICENSE:05A5512W}}
Telephone {{PHONE:029 2018 4555}}
`,
  },
  {
    id: 't29-040',
    kind: 'guardianship application supporting statement',
    text: `
SUPREME COURT OF BRITISH COLUMBIA - Affidavit in support of committeeship
I, {{NAME:Annika Sigurdardottir-Wong}}, of {{LOCATION:3380 West 27th Avenue}}, {{LOCATION:Vancouver}}, BC {{LOCATION:V6S 1P9}}, make oath and say:
1. I am the daughter of {{NAME:Gunnar Sigurdsson}} (born {{DATE:April 3, 1931}}), who is {{AGE_OVER_89:94}} and resides at {{LOCATION:Louis Brier Home and Hospital}}.
2. My father was a fisherman out of {{LOCATION:Steveston}} and later lived in {{LOCATION:Gimli}}, Manitoba, before moving west.
3. My brother, {{NAME:Einar Sigurdsson}}, lives in {{LOCATION:Reykjavik}} and consents to this application. My father's friend, {{NAME:Chen Wei-Ming}}, who managed his bank account ({{ACCOUNT:00550-004-7781120}}), died in {{DATE:November 2025}}.
4. Exhibit A is the letter of Dr {{NAME:Priyanka Vaillancourt}} dated {{DATE:January 20, 2026}}. PHN {{HEALTH_PLAN:9055 512 337}}.
Sworn before me at {{LOCATION:Vancouver}} on {{DATE:February 2, 2026}}.
{{NAME:Oluwatobi Henriksen}}, a Commissioner for taking Affidavits
`,
  },
  {
    id: 't29-041',
    kind: 'medical letter for immigration tribunal',
    text: `
Medico-legal report for the First-tier Tribunal (Immigration and Asylum Chamber)
Appellant: {{NAME:Hawre Abdulkarim Salih}}   Home Office ref {{OTHER_ID:S5551207}}   Appeal no {{OTHER_ID:PA/05512/2025}}
Seen at {{LOCATION:Freedom from Torture}}, {{LOCATION:Finsbury Park}}, on {{DATE:6 February 2026}}, with interpreter {{NAME:Shilan}} (Sorani).
Mr {{NAME:Salih}} is from {{LOCATION:Ranya}} near {{LOCATION:Sulaymaniyah}}. He states he was detained for eleven days in 2022; his cousin {{NAME:Dilshad}} was held with him and later disappeared.
He travelled through {{LOCATION:Van}} and {{LOCATION:Calais}}. He now lives in {{LOCATION:Stockton-on-Tees}} in asylum accommodation at {{LOCATION:41 Bishopton Road}}.
Examination: linear scars on both forearms (photographs {{PHOTO:HS_forearm_L_01.jpg}}, {{PHOTO:HS_forearm_R_02.jpg}}), consistent with his account (Istanbul Protocol).
Mr {{NAME:Salih}} reports that his wife, {{NAME:Narin}}, and daughter {{NAME:Shno}} remain with her parents in {{LOCATION:Qaladiza}}; he last spoke to them on {{DATE:30 January 2026}}. His GP in {{LOCATION:Stockton}} is Dr {{NAME:Ilona Varga-Pemberton}} ({{LOCATION:Tees Valley Health Centre}}), fax {{FAX:01642 555 930}}.
Fingerprint record on Home Office file: {{BIOMETRIC:IAFS 5512-0093-4471}}.
Dr {{NAME:Marguerite Okonkwo-Lamb}}, MBBS MRCGP
`,
  },
  {
    id: 't29-042',
    kind: "statement to the coroner",
    text: `
STATEMENT FOR HM CORONER, {{LOCATION:Inner North London}}
Deceased: {{NAME:Fenwick Adeleke-Morrow}}, died {{DATE:18 January 2026}}
Witness: Dr {{NAME:Sunniva Halloran}}, ST5 Acute Medicine, {{LOCATION:Whittington Hospital}}
I first met Mr {{NAME:Adeleke-Morrow}} at 02:00 on {{DATE:17 January}}, when he was brought from his flat on {{LOCATION:Holloway Road}} by ambulance. His neighbour, {{NAME:Zdzislaw Kowalczyk}}, had found him on the landing.
He told me his daughter {{NAME:Chiara}} lived in {{LOCATION:Bologna}} and that his "only family here" was his friend {{NAME:Barnabas}}, who ran the cafe at {{LOCATION:Archway}}.
At 06:30 his oxygen saturations fell to 84%. I called my registrar, Dr {{NAME:Efosa Iyamu}}, and the outreach team. Despite treatment he died at 04:12 on the 18th.
I telephoned {{NAME:Chiara}} at 05:00 (number {{PHONE:+39 051 555 0196}}).
This statement is true to the best of my knowledge. GMC {{LICENSE:7712055}}.
`,
  },
  {
    id: 't29-043',
    kind: 'witness statement (ambulance crew)',
    text: `
WITNESS STATEMENT (CJ Act 1967, s.9)
Name: {{NAME:Jolanta Sakalauskaite}}   Occupation: paramedic   Callsign 4411
On Sunday {{DATE:8th February 2026}} at about 01:30 I attended a call to {{LOCATION:The Feathers}} public house, {{LOCATION:Lower Bridge Street}}, {{LOCATION:Chester}}. On arrival I saw a man, later known to me as {{NAME:Connor Oyelaran}}, lying on the pavement. A woman who said her name was {{NAME:Britney}} was holding his head.
A second man, who gave his name as {{NAME:Dmytro}}, said "he just fell". A taxi, registration {{VEHICLE:CX18 OPL}}, was parked across the road; the driver, Mr {{NAME:Iqbal}}, said he saw a fight.
My colleague {{NAME:Tremaine Wootton}} and I took {{NAME:Connor}} to {{LOCATION:Countess of Chester Hospital}}. GCS 9 on arrival. Body-worn video {{PHOTO:BWV_4411_080226_0131.mp4}} was running.
Signed: {{NAME:J. Sakalauskaite}}   Date: {{DATE:09/02/2026}}
`,
  },
  {
    id: 't29-044',
    kind: 'mental capacity letter (Court of Protection)',
    text: `
COP3 - Assessment of capacity (summary letter)
Person: {{NAME:Oyelade "Lade" Brightwater}}, of {{LOCATION:Acacia Lodge}}, {{LOCATION:Cheltenham}}
Applicant: her nephew, {{NAME:Fitzroy Brightwater}}, of {{LOCATION:7 Pittville Lawn}}, {{LOCATION:GL52 2BE}}
Matter: sale of her house at {{LOCATION:16 St Pauls Road}}, {{LOCATION:Gloucester}}.
I saw {{NAME:Lade}} on {{DATE:13 February 2026}}. She told me the house was "where {{NAME:Winston}} and I raised the girls". {{NAME:Winston}} was her late husband; the "girls" are her daughters {{NAME:Marcia}} (in {{LOCATION:Kingston}}, Jamaica) and {{NAME:Yvonne}} (died 2018).
She could not retain information about the sale price or weigh the cost of care at {{LOCATION:Acacia Lodge}}. In my opinion she lacks capacity to decide on the sale.
{{NAME:Fitzroy}}'s wife, {{NAME:Precious}}, and {{NAME:Marcia}} (by phone) were consulted.
Dr {{NAME:Hemi Tautari-Brooks}}, Consultant in Old Age Psychiatry, GMC {{LICENSE:6605512}}
`,
  },
  {
    id: 't29-045',
    kind: 'letter for the family court (child arrangements)',
    text: `
{{LOCATION:Family Court at Bristol}}   Case {{OTHER_ID:BS25P00418}}
Re: {{NAME:Ocean}} and {{NAME:River Kowalski-Mensah}} (children)
From: Dr {{NAME:Thandeka Ross}}, paediatrician, {{LOCATION:Bristol Royal Hospital for Children}}
{{DATE:1 March 2026}}

I was asked by the Cafcass officer, Ms {{NAME:Laoise Devereux}}, to comment on {{NAME:River}}'s diabetes management in each household.
{{NAME:River}} (7) was diagnosed in {{DATE:May 2025}}. His insulin pump (serial {{DEVICE:MMT-780G-NG55120}}) uploads to CareLink; data from both homes was reviewed online at {{URL:https://carelink.example.com/patient/NG55120}}.
At his mother's home in {{LOCATION:Easton}}, time in range averaged 68%. At his father's flat in {{LOCATION:Keynsham}}, it was 51%; Mr {{NAME:Mensah}}'s partner, {{NAME:Kaja}}, has since done the pump training with our nurse {{NAME:Bethany}}.
{{NAME:Ocean}}, aged 10, is very protective of her brother and checks his Dexcom alerts on her phone.
I am happy to give evidence if needed.
`,
  },
];
