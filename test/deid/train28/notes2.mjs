// train28 notes 2: contact-tracing narratives and interview notes (t28-010..018).
export default [
  {
    id: 't28-010',
    kind: "contact tracing narrative (pertussis, infant case)",
    text: `
Contact tracing note - pertussis, infant case {{NAME:Amara Nwachukwu-Bell}} (7 wks), admitted {{LOCATION:Royal Children's Hospital}}, {{LOCATION:Parkville}} {{DATE:12/02/2026}}.
Spoke with mum {{NAME:Chiamaka}} on {{PHONE:0491 570 156}} at 10:40 on Friday {{DATE:13 February}}. Household: dad {{NAME:Jonathan Bell}}, half-brother {{NAME:Oscar Bell}} (11, attends {{LOCATION:Brunswick North Primary}}), maternal grandmother {{NAME:Ifeoma Nwachukwu}} visiting from {{LOCATION:Enugu}} since {{DATE:January 2026}}.
Grandma has had a cough "for weeks" - likely source. She worships at {{LOCATION:Holy Trinity Anglican Church}}, {{LOCATION:Coburg}}, Sundays; she also minded a neighbour's baby ({{NAME:Lachlan Tran}}, 4 months, {{LOCATION:12 Victoria St}}, {{LOCATION:Brunswick East}} {{LOCATION:3057}}) twice.
Azithro prophylaxis: all household contacts, scripts sent to {{LOCATION:Sydney Road Pharmacy}}. {{NAME:Lachlan}}'s mum {{NAME:Thuy Tran}} called {{PHONE:0491 570 903}} - advised GP review today at {{LOCATION:Merri Health Brunswick}}.
PHESS ID {{OTHER_ID:PHESS-26-0048117}}. Next call Mon {{DATE:16/2}}. - {{NAME:R. Kaur-Sandhu}}, CDPC
Bordetella pertussis PCR positive on NPA. Boostrix given to father. Notified to the Victorian Department of Health. Notification sent from {{IP:203.0.113.12}} at 10:52.
Call notes typed {{DATE:13/02/2026}} by {{NAME:Rupinder Kaur-Sandhu}}; cc Dr {{NAME:Mei Lin Goh}}.
`,
  },
  {
    id: 't28-011',
    kind: "contact interview notes (meningococcal disease, university hall)",
    text: `
Interview notes, IMD contacts ({{NAME:Florian Achterberg}}, case, 19, {{LOCATION:Universitatsklinikum Munster}} ICU)
Close contacts (48 h before onset {{DATE:Nov 2}}):
- girlfriend {{NAME:Lea-Sophie Brinkmann}}, room 214, {{LOCATION:Studentenwohnheim Bohlweg}}, {{LOCATION:Bohlweg 72}}, {{LOCATION:48147 Munster}}. Tel {{PHONE:+49 251 555 0312}}. Cipro 500 given {{DATE:04.11.2026}}.
- flatmates {{NAME:Jonas Wichmann}}, {{NAME:Mehmet Yildirim}}, {{NAME:Anouk de Vries}} (Dutch exchange, home {{LOCATION:Enschede}}), all shared kitchen.
- party {{DATE:31.10}} at {{LOCATION:Cafe Extrablatt}}, {{LOCATION:Salzstrasse}} - 30 guests, list from host {{NAME:Tobias "Tobi" Kampmann}}; not close contacts unless kissing/shared drinks.
- rowing club {{LOCATION:RV Munster}} - coach {{NAME:Ute Bergmann-Schulz}} informed, no action.
Family in {{LOCATION:Bad Oeynhausen}}: mother {{NAME:Katrin Achterberg}} drove him to hospital {{DATE:3.11}} (car {{VEHICLE:MI-KA 4417}}), prophylaxis via GP Dr. {{NAME:Hanno Jessen}}.
Aktenzeichen {{OTHER_ID:53.6-IMD-2026-17}}.
Neisseria meningitidis serogroup B (MenB); ceftriaxone in ED. Bexsero offered to flatmates. Anouk's GGD in the Netherlands informed.
Erfasst {{DATE:05.11.2026}} von {{NAME:Friederike Osterkamp}}; gegengelesen {{NAME:Cem Aydogan}}.
`,
  },
  {
    id: 't28-012',
    kind: "contact tracing call log (mpox, sensitive)",
    text: `
Call log - mpox case {{NAME:D.M.}} (case prefers initials in written notes; full name on secure form)
{{DATE:08/14}} 16:05 - spoke w/ case on {{PHONE:(415) 555-0123}}. Lives {{LOCATION:1470 Valencia St}}, {{LOCATION:#6}}, {{LOCATION:San Francisco}} {{LOCATION:94110}}. Works bartender at {{LOCATION:The Lone Palm}}.
Partners last 21 days (consented to name): {{NAME:Andre Whitfield}} ({{PHONE:415-555-0198}}), "{{NAME:Nico}}" (app contact only, handle passed via app notification), {{NAME:Ramon Esquivel-Ortega}} (lives in {{LOCATION:Oakland}}, {{LOCATION:Fruitvale}}).
Venue: sauna at {{LOCATION:Steamworks Berkeley}} {{DATE:Aug 2}} - venue notified via manager {{NAME:Pat Lindqvist}}.
{{DATE:08/15}} 09:30 - reached {{NAME:Andre}}; JYNNEOS offered at {{LOCATION:SF City Clinic}}, {{LOCATION:356 7th St}}. {{NAME:Ramon}} - voicemail x2.
{{DATE:08/16}} - {{NAME:Ramon}} called back; to {{LOCATION:Alameda County}} PH for vaccine. Handed off to ACPHD tracer {{NAME:Kehinde Oladipo}}.
CalREDIE {{OTHER_ID:CR-9920417}}.
Tecovirimat (TPOXX) via CDC EA-IND not required. Lesions 6, anogenital. Contact list uploaded at {{URL:https://calredie.example.gov/ci/9920417}}.
Note author {{NAME:Hannah Greenleaf}}, DIS; reviewed {{DATE:08/17/2026}} by {{NAME:Lucky Hernandez-Oyelaran}}.
`,
  },
  {
    id: 't28-013',
    kind: "contact investigation narrative (diphtheria, asylum reception centre)",
    text: `
Contact investigation - cutaneous/respiratory diphtheria, C. diphtheriae tox+
Index: {{NAME:Abdirahman Warsame Farah}}, 17, arrived {{LOCATION:Ter Apel}} reception centre {{DATE:2 June 2026}}, transferred to {{LOCATION:AZC Budel-Cranendonck}} {{DATE:9 June}}.
Route (self-reported): {{LOCATION:Bosaso}} - {{LOCATION:Sana'a}} - Turkey - Greece ({{LOCATION:Moria}}) - overland via {{LOCATION:Subotica}}; slept in {{LOCATION:Calais}} camp one week.
Room-mates: {{NAME:Yonas Tesfamariam}} (Eritrea), {{NAME:Mohamed Idriss Adam}} (Sudan), {{NAME:Bashir Nuur}}. All swabbed {{DATE:11/06}}; {{NAME:Bashir}} positive (carrier).
COA caseworker {{NAME:Marloes van den Broek}} {{PHONE:+31 6 5550 4127}}; GGD Brabant-Zuidoost nurse {{NAME:Saskia Hoefnagels}}.
Vaccination offered to 64 residents of unit C. V-number (index) {{OTHER_ID:V-000 4417 206}}.
Transferred to {{LOCATION:Maxima MC Veldhoven}} for antitoxin {{DATE:12 June}}.
Diphtheria antitoxin 40,000 IU; penicillin V. Residents come from Somalia, Eritrea, Sudan and Syria. Biometric enrolment at reception: IND fingerprint ref {{BIOMETRIC:IND-FP-0044178}}.
Opgesteld {{DATE:12-06-2026}} door {{NAME:S. Hoefnagels}}; arts infectieziektebestrijding {{NAME:Jeroen Tjoa}}.
`,
  },
  {
    id: 't28-014',
    kind: "contact tracing interview (COVID-era style, workplace cluster, meat plant)",
    text: `
Workplace cluster - {{LOCATION:Moyer Packing Plant}}, {{LOCATION:741 Souderton Rd}}, {{LOCATION:Franconia}}, PA - interview summary {{DATE:03/09/2026}}
Interviewer: {{NAME:Kateryna Holub}} (contact tracer); Haitian Creole interpreter {{NAME:Wisly Jean-Baptiste}}.
Case 4: {{NAME:Mackenson Pierre-Louis}}, 29, boning line B, shift 2. Carpools in PA plate {{VEHICLE:LKM-4471}} with {{NAME:Jean-Robert Dorvil}} and {{NAME:Fabiola Saint-Fleur}}. Lives with cousin {{NAME:Rose-Mitha Pierre-Louis}} at {{LOCATION:318 W Broad St}}, {{LOCATION:Apt B}}, {{LOCATION:Souderton}}.
Attends {{LOCATION:Eglise Baptiste Bethel}}, {{LOCATION:Lansdale}}; Sunday service {{DATE:3/1}} - pastor Rev. {{NAME:Ulrick Toussaint}} agreed to announce testing.
Supervisor {{NAME:Gary Moyer}} Jr. provided roster; badge numbers are employer IDs (not recorded).
Cell {{PHONE:(267) 555-0140}}. SSN (for WC claim) {{SSN:000-66-1045}}.
Paxlovid not indicated. ILI case definition met. Materials translated into Haitian Creole and Spanish. Plant HR fax {{FAX:215-555-0167}}.
Summary by {{NAME:K. Holub}} {{DATE:03/10/2026}}; approved {{NAME:Patience Ofori-Atta}}.
`,
  },
  {
    id: 't28-015',
    kind: "TB contact investigation narrative (school, France)",
    text: `
Enquete autour d'un cas - TB pulmonaire bacillifere. CLAT 44, {{LOCATION:Nantes}}.
Index: {{NAME:Yanis Benali}}, 16, eleve de 1re au {{LOCATION:Lycee Jean-Perrin}}, {{LOCATION:Reze}}. Diagnostic {{DATE:18/01/2026}} au {{LOCATION:CHU de Nantes}} ({{LOCATION:Hotel-Dieu}}).
Domicile: {{LOCATION:14 rue des Chataigniers}}, {{LOCATION:44400 Reze}}. Mere {{NAME:Nadia Benali}} {{PHONE:06 55 50 12 34}}; pere {{NAME:Karim}} travaille a {{LOCATION:Saint-Nazaire}} (chantiers).
Premier cercle: classe 1re G3 (31 eleves), professeur principal M. {{NAME:Gwenael Le Bihan}}; equipe de handball du {{LOCATION:Reze Handball Club}} (entraineur {{NAME:Soizic Guillou}}); petite amie {{NAME:Lou-Anne Brossard}}.
Grand-pere {{NAME:Ahmed Benali}}, {{AGE_OVER_89:91}} ans, vit a {{LOCATION:Oran}}; visite en {{DATE:aout 2025}} - toux chronique? signale via la famille.
Reunion d'information au lycee le {{DATE:25 janvier}}, IDE {{NAME:Maelle Kerjean}}. IGRA pour 44 sujets contacts.
Rifampicine, isoniazide, pyrazinamide, ethambutol; IGRA QuantiFERON-TB Gold Plus. ARS Pays de la Loire informee. Courriel: {{EMAIL:clat44@example.fr}}.
Redige le {{DATE:26/01/2026}} par Dr {{NAME:Anne-Laure Quemener}}; secretariat {{NAME:Nolwenn Le Goff}}.
`,
  },
  {
    id: 't28-016',
    kind: "contact tracing (hepatitis A, homeless encampment outreach)",
    text: `
Outreach contact tracing - HAV cluster, encampment under {{LOCATION:I-5 overpass at Front St}}, {{LOCATION:Salem}}, OR
{{DATE:5/19/26}} with street medicine team (Dr. {{NAME:Abe Whitehorse}}, outreach worker {{NAME:Tina "Tiny" McAllister}}).
Index case {{NAME:Dustin Farraday}}, 38, admitted {{LOCATION:Salem Health}} {{DATE:5/14}}; DOB {{DATE:11/02/1987}}. No fixed address; mail c/o {{LOCATION:Union Gospel Mission}}, {{LOCATION:345 Commercial St NE}}.
Shares tent with {{NAME:Crystal Begay}} (Dine, from near {{LOCATION:Shiprock}}, NM) and her dog. {{NAME:Crystal}} vaccinated on site (lot UK044). Neighbours in camp: "{{NAME:Preacher}}" {{NAME:Lou Tennant}}, {{NAME:Marco Ibarra}}, {{NAME:Skye Running Bear}} - all offered HepA; {{NAME:Marco}} declined.
Meals: {{LOCATION:Saint Francis Shelter}} soup kitchen Tues/Thurs; volunteer {{NAME:Deb Lindgren}} told to report ill food handlers.
{{NAME:Dustin}}'s mother {{NAME:Carol Farraday}} in {{LOCATION:Albany}}, OR {{PHONE:(541) 555-0102}} - he asked us to call her.
Orpheus case {{OTHER_ID:OR-HAV-2026-311}}; Oregon Health Plan {{HEALTH_PLAN:OHP000729914}}; SSN on OHP file {{SSN:000-53-7720}}.
Havrix 1440 ELU IM. Sharps and naloxone (Narcan) kits left. Reported to Oregon Health Authority. {{NAME:Dustin}}'s driver licence {{LICENSE:OR 4417725}} found in his wallet at admission.
Street team log closed {{DATE:5/20/26}} by {{NAME:Abe Whitehorse}}; data entry {{NAME:Jess Tso}}.
`,
  },
  {
    id: 't28-017',
    kind: "contact tracing notes (cholera, funeral, Zambia)",
    text: `
Contact tracing - cholera, {{LOCATION:Kanyama}} compound, {{LOCATION:Lusaka}}. CTC: {{LOCATION:Kanyama First Level Hospital}}.
Index {{NAME:Mutale Chanda}} (F, 45) attended the funeral of her uncle {{NAME:Bwalya Mwansa}} in {{LOCATION:Chipata compound}} {{DATE:3 January 2026}}; food prepared by {{NAME:Bana Kasonde}} (meaning "mother of {{NAME:Kasonde}}" - real name {{NAME:Esther Mulenga}}).
Funeral attendees traced by CHA {{NAME:Kelvin Phiri}}: {{NAME:Chilufya Mwamba}}, Mr {{NAME:Chisanga}}, {{NAME:Natasha Banda}}, {{NAME:Gift Zulu}} (male), {{NAME:Memory Tembo}}, {{NAME:Given Lungu}}.
Water source: shallow well behind {{LOCATION:Plot 1142}}, {{LOCATION:Kanyama Road}}; chlorine given.
Index's phone {{PHONE:+260 97 555 1183}}. NRC {{OTHER_ID:000417/61/1}}.
Market: she sells kapenta at {{LOCATION:Soweto Market}}, stand 44; market committee chair {{NAME:Rabson Ng'andu}} informed {{DATE:06/01/2026}}.
ORS and Ringer's lactate; doxycycline 300 mg single dose to index household. Vibrio cholerae O1 Ogawa. ZNPHI daily sitrep updated.
Compiled {{DATE:07/01/2026}} by surveillance officer {{NAME:Mwila Kabwe}}; DHO Dr {{NAME:Innocent Sakala}}.
`,
  },
  {
    id: 't28-018',
    kind: "contact tracing narrative (measles, flight)",
    text: `
Measles - aircraft contact tracing. Flight from {{LOCATION:Istanbul}} to {{LOCATION:Vancouver}}, {{DATE:Apr 22 2026}}, rows 28-34.
Case: {{NAME:Narek Hovhannisyan}}, 31, seat 31C; onward domestic flight to {{LOCATION:Kelowna}}. Home: {{LOCATION:2218 Abbott St}}, {{LOCATION:Kelowna}}, BC {{LOCATION:V1Y 1E6}}. PHN {{HEALTH_PLAN:9000 555 214}}.
Seat neighbours: 31A {{NAME:Gulnara Seitkali}} (Kazakh passport; stay at {{LOCATION:Sandman Hotel Vancouver City Centre}}), 31B infant {{NAME:Aylin Demirci}} with mother {{NAME:Zeynep Demirci}} - infant too young for MMR, IG arranged at {{LOCATION:BC Children's Hospital}}.
Crew list from airline (purser {{NAME:Onur Kaya}}).
Case's wife {{NAME:Ani Petrosyan}} (prefers own surname) e-mail {{EMAIL:ani.petrosyan@example.ca}}; visited his grandmother in {{LOCATION:Gyumri}}.
Exposure at {{LOCATION:Kelowna General Hospital}} ED {{DATE:Apr 25}} 1400-1900: 37 patients on exposure list. iPHIS {{OTHER_ID:IH-26-MEA-0007}}.
MMR given to 14 of 22 contacts; Ig for 3. Koplik spots not seen. Passengers from Armenia, Kazakhstan and Turkey. Flight manifest received by fax {{FAX:604-555-0128}}.
Report by {{NAME:Svetlana Ivanova-Price}}, {{DATE:Apr 29 2026}}; MHO Dr {{NAME:Ramesh Venkatachalam}}.
`,
  },
];
