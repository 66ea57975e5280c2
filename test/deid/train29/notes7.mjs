// train29 notes 7: family meeting minutes and patient stories in the third person (hospital, hospice,
// community), with people and places named without cues.
export default [
  {
    id: 't29-055',
    kind: 'family meeting minutes (stroke unit)',
    text: `
FAMILY MEETING - MINUTES
Patient: {{NAME:Yevgenia Abramovich-Cohen}}   MRN {{MRN:55-201-784}}   Date {{DATE:02/26/2026}} 15:00, {{LOCATION:Shaare Zedek}} family room
Present: Dr {{NAME:Levi Mizrahi}} (neurology), {{NAME:Orly}} (SW), {{NAME:Batsheva Cohen}} (daughter), {{NAME:Mordechai Cohen}} (son-in-law), {{NAME:Ilya Abramovich}} (son, by phone from {{LOCATION:Haifa}}), Rabbi {{NAME:Eliezer Stern}}.
1. Update: large left MCA stroke, NIHSS 21. Swallow unsafe. Dr {{NAME:Mizrahi}} explained the options; {{NAME:Batsheva}} asked whether her mother would "know us".
2. Wishes: {{NAME:Ilya}} said his mother always told him after his father {{NAME:Grigory}} died in {{LOCATION:Kharkiv}} that she "never wants tubes". {{NAME:Batsheva}} agreed; {{NAME:Mordechai}} asked for time.
3. Rabbi {{NAME:Stern}} offered to sit with the family tonight. Grandson {{NAME:Avishai}} will fly in from {{LOCATION:Brooklyn}}.
4. Plan: comfort-focused care; review on Sunday. Contact for updates: {{NAME:Batsheva}} {{PHONE:+972 2 555 0143}}.
Minutes by {{NAME:Orly Ben-Shimon}}.
`,
  },
  {
    id: 't29-056',
    kind: 'family meeting minutes (ICU, Filipino family)',
    text: `
ICU family conference {{DATE:March 1, 2026}}
Patient: {{NAME:Rodrigo "Digoy" Macapagal Santos}}, 66. Insurance: Kaiser member {{HEALTH_PLAN:KP0005512877}}.
Attendees: wife {{NAME:Evangeline}}; children {{NAME:Ma. Cristina Santos-Reyes}}, {{NAME:Jericho}} and {{NAME:Bong}}; his compadre {{NAME:Ferdinand Dumalagan}}; Father {{NAME:Rommel}} from {{LOCATION:St. Augustine Church}}, {{LOCATION:Daly City}}. Team: Dr {{NAME:Helena Vasquez-Ng}}, RN {{NAME:Marigold}}, palliative NP {{NAME:Obinna}}.
{{NAME:Digoy}} has been on the ventilator 12 days after cardiac arrest at his job at {{LOCATION:SFO}}. MRI shows severe anoxic injury.
{{NAME:Evangeline}} said the family in {{LOCATION:Batangas}} are praying a novena. {{NAME:Jericho}} asked for a second opinion; Dr {{NAME:Vasquez-Ng}} agreed to ask Dr {{NAME:Anand Iyer}} from neurology.
{{NAME:Cristina}} wants her aunt {{NAME:Luzviminda}}, a nurse in {{LOCATION:Vallejo}}, to be the contact person: {{PHONE:(707) 555-0182}}.
Next meeting {{DATE:March 3}}. Chaplain {{NAME:Samuel Kaufusi}} to follow up.
`,
  },
  {
    id: 't29-057',
    kind: 'patient story (third person, quality newsletter)',
    text: `
Patient story: "The bus back to {{LOCATION:Kalabo}}"
{{NAME:Mwiinga Sitali}} is a retired teacher who was treated for tuberculosis at {{LOCATION:Lewanika General Hospital}} in {{LOCATION:Mongu}} last year. She had travelled from {{LOCATION:Kalabo}}, across the plain, on the back of her nephew {{NAME:Mubita}}'s bicycle and then by boat.
{{NAME:Mwiinga}} stayed eight weeks. She says the nurse who made the difference was {{NAME:Inonge}}, who sat with her on the night she wanted to give up and read to her from the Lozi Bible. Her neighbour in the ward, Mrs {{NAME:Nalukui Akapelwa}}, became a friend; the two of them still phone each other.
When she was discharged, Sister {{NAME:Chileshe Mwansa}} arranged for the DOT worker in {{LOCATION:Kalabo}}, {{NAME:Namakau}}, to meet the bus. "I was not alone for one day," {{NAME:Mwiinga}} says.
She now helps at the clinic in {{LOCATION:Sihole}}, telling people that TB can be cured.
Story collected by {{NAME:Lubinda Mukelabai}}, quality officer, {{DATE:January 2026}}. Shared with consent (form {{OTHER_ID:LGH-CONS-0551}}).
`,
  },
  {
    id: 't29-058',
    kind: 'patient story (third person, discharge narrative)',
    text: `
{{NAME:Kemal}}'s story
{{NAME:Kemal Yildirim}} was 49 when his heart stopped on the platform at {{LOCATION:Kottbusser Tor}}. A stranger, {{NAME:Annegret}}, started CPR; a second man, later identified as {{NAME:Tobias Ohlendorf}}, ran for the defibrillator at the kiosk.
{{NAME:Kemal}} woke on the third day at {{LOCATION:Charite Campus Virchow}}. His wife, {{NAME:Hatice}}, and daughters {{NAME:Elif}} and {{NAME:Zeynep}} had taken turns at the bedside; his brother {{NAME:Murat}} came from {{LOCATION:Kayseri}}.
After the ICD (serial {{DEVICE:RMT-55120-DE}}) was implanted, he asked to meet {{NAME:Annegret}}. They met in the cafe at {{LOCATION:Kottbusser Damm 29}} in {{DATE:December}}. "She told me she was a swimming teacher, so she knew the count," he says.
{{NAME:Kemal}}'s flat in {{LOCATION:Kreuzberg}} is on the fourth floor; the social worker, Frau {{NAME:Ilse Brandauer}}, helped the family apply for a ground-floor flat in {{LOCATION:Neukolln}}.
He now teaches CPR at the mosque on {{LOCATION:Wiener Strasse}} with {{NAME:Hatice}}.
`,
  },
  {
    id: 't29-059',
    kind: 'family meeting minutes (learning disability, transition)',
    text: `
Best interests meeting - minutes, {{DATE:17 February 2026}}
About: {{NAME:Tavish Oyebode-Grant}} (19), who has Down syndrome and lives with his parents at {{LOCATION:Rosemount}}, {{LOCATION:Crieff Road}}, {{LOCATION:Perth}} {{LOCATION:PH1 2SJ}}.
Present: mum {{NAME:Morenike}}, dad {{NAME:Lachlan}}, sister {{NAME:Isla}}, support worker {{NAME:Kazimierz}} ("{{NAME:Kaz}}"), LD nurse {{NAME:Fiona Nakashima}}, social worker {{NAME:Andile Zwane}}.
{{NAME:Tavish}} told us he wants to live with his friend {{NAME:Ruaridh}} at {{LOCATION:Balhousie Supported Living}} and work at the garden centre in {{LOCATION:Scone}}. {{NAME:Kaz}} said {{NAME:Tavish}} already takes the bus there on Tuesdays.
{{NAME:Lachlan}} is worried about money; {{NAME:Tavish}}'s bank account ({{ACCOUNT:83-55-12 10277146}}) is managed by {{NAME:Morenike}} as appointee. DWP ref {{OTHER_ID:ZX 55 41 20 A}}.
Agreed: trial overnight stays from {{DATE:April}}; {{NAME:Isla}} will help him set up the video-call app. {{NAME:Andile}} to contact {{LOCATION:Balhousie}} (manager {{NAME:Senga}}, {{PHONE:01738 555 220}}).
`,
  },
  {
    id: 't29-060',
    kind: 'patient story (third person, community health newsletter)',
    text: `
Meet {{NAME:Ofa}}
{{NAME:Ofa Tupou-Lolohea}} came to the mobile dialysis clinic in {{LOCATION:Otahuhu}} for the first time in 2021 with her husband {{NAME:Viliami}} carrying her bag. She had been told in {{LOCATION:Nuku'alofa}} that her kidneys were "tired".
Today she runs the kava-free fundraising nights at the hall of {{LOCATION:Free Church of Tonga}} on {{LOCATION:Atkinson Avenue}} with her friends {{NAME:Salote}}, {{NAME:Mele Fifita}} and {{NAME:Lesieli}}. Last year they raised enough for a second chair at the {{LOCATION:Manukau Home Dialysis Unit}}.
{{NAME:Ofa}} says the hardest part was telling her mother, {{NAME:Ana}}, back in {{LOCATION:Vava'u}}. Her granddaughter {{NAME:Seini}} now reads the machine numbers to her over video.
Nurse {{NAME:Harriet Kahukura}} has looked after {{NAME:Ofa}} since the start. "{{NAME:Ofa}} is the boss of the unit," she says.
If you want to join the fundraising team, e-mail {{EMAIL:ofa.tl@community.example.nz}} or visit {{URL:https://kidneycare.example.nz/fundraise}}.
`,
  },
  {
    id: 't29-061',
    kind: 'family meeting minutes (hospice)',
    text: `
Hospice family meeting {{DATE:8 Feb 2026}}, {{LOCATION:St Columba's Hospice}}, {{LOCATION:Granton}}
Patient: {{NAME:Dmitri Voloshyn}}, hospice no {{MRN:SCH-41120}}. NHS/CHI {{MRN:2511465512}}.
Attending: wife {{NAME:Larysa}}; stepson {{NAME:Callum Reid}}; {{NAME:Dmitri}}'s daughter {{NAME:Oksana}} (by video from {{LOCATION:Lviv}}); friend {{NAME:Pavlo Hnatiuk}}; Dr {{NAME:Ruth Ogunwale}}; nurse {{NAME:Eilidh}}; social worker {{NAME:Marek}}.
{{NAME:Dmitri}} said he wants to die at home in {{LOCATION:Pilton}}, "not in a bed that is not mine". {{NAME:Larysa}} worries about the stairs at {{LOCATION:Flat 2F1}}, {{LOCATION:14 Ferry Road Drive}}.
{{NAME:Oksana}} cannot travel; she asked that her father's wedding ring go to her son {{NAME:Bohdan}}. {{NAME:Pavlo}} will drive {{NAME:Larysa}} to the shops; his van is {{VEHICLE:SF17 VWL}}.
{{NAME:Callum}} asked about the will; the family solicitor is Mr {{NAME:Ranald Strachan}} of {{LOCATION:Leith}}.
Agreed: home with hospice at home team; bed and hoist delivered {{DATE:10 Feb}}; keysafe code given to {{NAME:Eilidh}}.
`,
  },
  {
    id: 't29-062',
    kind: 'patient story (third person, teaching case narrative)',
    text: `
A day in the life: {{NAME:Itzel}}
{{NAME:Itzel Cuauhtli Ramirez}} is 31 and cleans offices in {{LOCATION:Boyle Heights}} at night. She was diagnosed with type 1 diabetes at 29, after collapsing at the bus stop on {{LOCATION:Cesar Chavez Avenue}}; a woman called Dona {{NAME:Chayo}} stayed with her until the ambulance came.
{{NAME:Itzel}}'s CGM (serial {{DEVICE:G7-55DX-20418}}) shares data with her sister {{NAME:Xochitl}} in {{LOCATION:Oaxaca}} and with the clinic, {{LOCATION:Clinica Monsenor Oscar A. Romero}}.
Her mother, {{NAME:Guadalupe}}, cooks the family's dinner and learned carb counting from the dietitian, Ms {{NAME:Ahn}}.
{{NAME:Itzel}}'s Medi-Cal number {{HEALTH_PLAN:95551207A}} and SSN {{SSN:000-61-4418}} are on file; she gave permission for this story. Her portal login came from {{IP:203.0.113.58}}.
Her supervisor, Mr {{NAME:Pellegrino}}, moved her shift so she can eat at 2 a.m.
`,
  },
  {
    id: 't29-063',
    kind: 'family meeting minutes (paediatric complex care)',
    text: `
MDT with family - Baby {{NAME:Amani Odhiambo}}, NICU, {{LOCATION:Kenyatta National Hospital}}
{{DATE:9 February 2026}}
Present: mother {{NAME:Wanjiru}}, father {{NAME:Otieno}}, grandmother Mama {{NAME:Akinyi}}, neonatologist Dr {{NAME:Njeri Kamau}}, nurse {{NAME:Faith}}, social worker {{NAME:Kiprono}}.
{{NAME:Amani}} was born at 27 weeks on {{DATE:2 January}} at {{LOCATION:Pumwani Maternity Hospital}} and transferred here. Now 1.3 kg, on CPAP.
{{NAME:Otieno}} works as a matatu driver on the {{LOCATION:Kibera}} route (licence {{LICENSE:DL-0055127}}); the family lives in {{LOCATION:Kawangware}}. {{NAME:Wanjiru}} asked if {{NAME:Amani}} can be moved to {{LOCATION:Kisumu}} to be near her family.
{{NAME:Akinyi}} asked for prayers; chaplain Rev. {{NAME:Mutua}} will visit.
NHIF no. {{HEALTH_PLAN:NHIF-5512-0037}}. Footprints taken for the memory book ({{BIOMETRIC:FTP-KNH-0209-01}}); photo {{PHOTO:amani_day38.jpg}}.
Next meeting {{DATE:23 Feb}}.
`,
  },
  {
    id: 't29-064',
    kind: 'patient story (third person, complaint resolved)',
    text: `
Case review: Mr {{NAME:Oduya}} and the lost appointment letters
{{NAME:Babatunde Oduya}}, 72, of {{LOCATION:59 Cato Street}}, {{LOCATION:Nechells}}, {{LOCATION:Birmingham}} {{LOCATION:B7 4TS}}, missed three eye clinic appointments in 2025. Each time the letter went to his old address in {{LOCATION:Aston}}, where his former lodger, {{NAME:Cyprian}}, kept them "in a drawer".
His daughter, {{NAME:Adaeze Oduya-Fairclough}}, complained in {{DATE:October 2025}}. The booking team found his details had been updated in the GP record but not in the hospital system (patient no {{MRN:BHH5501274}}).
{{NAME:Keziah}} from patient access rang Mr {{NAME:Oduya}}; his sight had worsened and he had stopped driving (DVLA informed, licence {{LICENSE:ODUYA510047B99ZK}}).
He has since been seen at {{LOCATION:Birmingham and Midland Eye Centre}} by Mr {{NAME:Prakash Venkataraman}}. Letters now also go by e-mail to {{NAME:Adaeze}} ({{EMAIL:adaeze.of@mail.example.com}}); the data fix was logged from workstation {{IP:198.51.100.77}}, and his SSN-style legacy number ({{SSN:000-14-7720}}) removed from the US-import record.
`,
  },
];
