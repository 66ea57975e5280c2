// train16 notes 2: travel histories and occupational exposure reports (port health, malaria, needlestick,
// brucellosis on a farm, silica, rabies, lead, Q fever, avian influenza).
export default [
  {
    id: 't16-010',
    kind: 'travel history for imported malaria (Netherlands)',
    text: `
Reisanamnese / travel history - imported P. falciparum malaria
Patient {{NAME:Kofi Mensah-Bonsu}}, 46, resident {{LOCATION:Bijlmerdreef 1102}}, {{LOCATION:1103 KZ}} {{LOCATION:Amsterdam}}. BSN {{OTHER_ID:000123455}}.
Admitted {{LOCATION:Amsterdam UMC}} locatie AMC on {{DATE:19-11-2025}}, parasitaemia 3.2%.
Itinerary: flew KL589 {{LOCATION:Schiphol}} - {{LOCATION:Accra}} {{DATE:18 Oct}}; stayed with his uncle {{NAME:Nana Yaw Boateng}} in {{LOCATION:Kumasi}} ({{LOCATION:Bantama}}); a week in his home village {{LOCATION:Ejisu-Besease}} for the funeral of his grandmother {{NAME:Akosua Serwaa}}, who died aged {{AGE_OVER_89:97}}; two nights at {{LOCATION:Coconut Grove Beach Resort}}, {{LOCATION:Elmina}}. Return {{DATE:10 Nov}}.
No chemoprophylaxis ("visiting friends and relatives, I grew up there"). Did not sleep under a net in {{LOCATION:Ejisu}}.
Travel companion: his daughter {{NAME:Ama}} (14) - advised to attend GP dr. {{NAME:Femke de Wit-Brouwer}} at {{LOCATION:Gezondheidscentrum Venserpolder}} today if any fever.
Notified to {{LOCATION:GGD Amsterdam}} (meldnummer {{OTHER_ID:GGD-A-25-30417}}).
`,
  },
  {
    id: 't16-011',
    kind: 'port health questionnaire (cruise ship norovirus, Norway)',
    text: `
Port health - acute gastroenteritis on MS {{VEHICLE:Nordlys Aurora}} (IMO {{VEHICLE:9555417}}), arrived {{LOCATION:Tromso}} {{DATE:2025-11-12}}
Ship's doctor: Dr. {{NAME:Siobhan Kavanagh}}, medical log {{PHONE:+47 555 12 840}} (bridge line).
Cases: 41 passengers, 6 crew. First case {{NAME:Gunhild Sorensen-Aas}} (cabin 6214) after the excursion to {{LOCATION:Honningsvag}} and the buffet in the {{LOCATION:Midnattsol}} lounge.
Crew cases include galley staff {{NAME:Ramil Dela Pena}}, {{NAME:Wayan Sudarsana}} and {{NAME:Joel Mbwambo}} - isolated in crew deck 2.
Passengers disembarked early: {{NAME:Harald}} and {{NAME:Ingrid Fjeldstad}} (to {{LOCATION:Universitetssykehuset Nord-Norge}}, dehydration).
Next port {{LOCATION:Hammerfest}} informed; kommuneoverlege {{NAME:Tor-Einar Nilsen Haetta}}, {{EMAIL:smittevern@example.no}}.
Norovirus GII confirmed {{DATE:13.11.2025}}. Not a ship's name: Nordic Ocean is the operator.
`,
  },
  {
    id: 't16-012',
    kind: 'occupational exposure report (needlestick, South Africa)',
    text: `
OCCUPATIONAL EXPOSURE TO BLOOD / BODY FLUIDS - REPORT
Employee: {{NAME:Nomvula Dlamini-Khoza}}, professional nurse, persal no. {{OTHER_ID:55520418}}
Unit: casualty, {{LOCATION:Chris Hani Baragwanath Academic Hospital}}, {{LOCATION:Soweto}}
Date/time of injury: {{DATE:22/11/2025}} 02:40. Hollow-bore 18G IV cannula, left index finger, through glove.
Source patient: {{NAME:Sipho "Bra Sips" Mahlangu}}, hosp no {{MRN:BH-2210973}}, HIV positive on TLD, VL unknown; HBsAg neg.
Witness: {{NAME:Thabo Molefe}}, ENA. Reported to Sister {{NAME:Precious Ndlovu}}, shift leader.
PEP: TLD started 03:25 (within 1 h). Baseline: HIV rapid neg, HBsAb 112, HCV neg.
Follow-up at {{LOCATION:Staff Wellness Clinic, Block E}}, 6 wk ({{DATE:03/01/2026}}), 3 mo, 6 mo.
Employee address: {{LOCATION:2281 Vilakazi Street}}, {{LOCATION:Orlando West}}, {{LOCATION:1804}}. Cell {{PHONE:082 555 0419}}.
COIDA claim {{OTHER_ID:W/CL/2025/55-81204}}. Signed OHN {{NAME:M. van Rensburg}}.
Source patient's next of kin: sister {{NAME:Lindiwe Mahlangu}}, {{LOCATION:Zone 6}}, {{LOCATION:Diepkloof}}, tel {{PHONE:073 555 2290}}; consent for source testing obtained by Dr. {{NAME:Refilwe Mokoena}} at 03:05.
Employee's medical aid: GEMS {{HEALTH_PLAN:GEMS-555-018822}}; SANC registration {{LICENSE:SANC 15-55-0318}}. Incident logged on the hospital's portal {{URL:https://ohs.example.gov.za/incident/55812}}.
`,
  },
  {
    id: 't16-013',
    kind: 'brucellosis farm exposure investigation (Turkey)',
    text: `
Zoonosis field report - brucellosis cluster, {{LOCATION:Ercis}} district (Van)
Index: {{NAME:Mehmet Ali Yildirim}}, 43, livestock farmer, {{LOCATION:Kocapinar}} village. TC Kimlik {{OTHER_ID:10000555214}}.
Household: wife {{NAME:Hatice}}, daughter {{NAME:Elif Nur}} (11), father {{NAME:Abdulkadir Yildirim}} (74) - all drank raw milk and ate fresh cheese (otlu peynir) made at home.
Symptomatic: {{NAME:Hatice Yildirim}} (undulant fever, sweats), neighbour {{NAME:Seyhmus Oguz}} who helped with lambing at the barn on {{DATE:5 October}}.
Animals: 62 sheep, 4 cows; 9 abortions in the flock since {{DATE:September 2025}}. Veterinarian Vet. Hekim {{NAME:Zeynep Kaya}}, {{LOCATION:Ercis Ilce Tarim Mudurlugu}}.
Cheese also sold at the Thursday market in {{LOCATION:Ercis}} centre ({{LOCATION:Yeni Mahalle}} bazaar) and to the {{LOCATION:Kocapinar Ilkokulu}} canteen.
Patients treated at {{LOCATION:Ercis Devlet Hastanesi}}: Rose Bengal positive, SAT 1/640. Doxycycline + rifampicin 6 wk.
Report by Dr. {{NAME:Serkan Aydogdu}}, Van Provincial Health Directorate, {{PHONE:+90 432 555 18 07}}.
`,
  },
  {
    id: 't16-014',
    kind: 'silica exposure workplace report (US)',
    text: `
Occupational health referral - suspected accelerated silicosis (engineered stone)
Worker: {{NAME:Juan Carlos Mendoza Quispe}}, 31, fabricator at {{LOCATION:Premier Stone & Quartz}}, {{LOCATION:1840 E Slauson Ave}}, {{LOCATION:Vernon}}, CA {{LOCATION:90058}}.
Prior employer {{LOCATION:Golden Counters LLC}} in {{LOCATION:Pico Rivera}} (2016-2021 dry cutting, no respirator).
Co-workers with cough reported by the worker: {{NAME:Efrain Lopez}}, {{NAME:Chuy}} (last name unknown), {{NAME:Walter Ixcoy Tzul}}.
HRCT at {{LOCATION:Harbor-UCLA Medical Center}} {{DATE:10/29/25}}: centrilobular nodules, PMF right upper lobe. FVC 61%.
Referred to Cal/OSHA; complaint no. {{OTHER_ID:1755512}}. Interpreter (K'iche') {{NAME:Rosa Tzoc}}, ID {{OTHER_ID:INT-40711}}.
Contact: {{PHONE:(323) 555-0186}}, spouse {{NAME:Maribel Quispe Huaman}}. Referring MD {{NAME:Elena Vasquez-Ortiz}}, MPH.
`,
  },
  {
    id: 't16-015',
    kind: 'rabies post-exposure assessment (India)',
    text: `
ANIMAL BITE / RABIES PEP REGISTER - {{LOCATION:Anti Rabies Clinic, Government General Hospital}}, {{LOCATION:Guntur}}
Reg. no {{OTHER_ID:ARC/2025/11/0648}}   Date {{DATE:16.11.2025}}
Name: {{NAME:Venkata Lakshmi Pothuri}}  Age/Sex: 9/F   Father: {{NAME:P. Srinivasa Rao}}
Address: {{LOCATION:D.No. 4-12-88}}, {{LOCATION:Brodipet 2nd Line}}, {{LOCATION:Guntur}} - {{LOCATION:522002}}
Place of bite: near {{LOCATION:Sri Venkateswara Swamy Temple}}, {{LOCATION:Arundelpet}}, on way to {{LOCATION:St. Joseph's Girls High School}}.
Animal: stray dog, not available for observation. Category III (lacerations right calf).
Wound wash done, RIG infiltrated, ARV (Abhayrab, ID) days 0/3/7/28 - next {{DATE:19.11.2025}}.
Same dog bit {{NAME:Shaik Jani Basha}} (autorickshaw driver, {{VEHICLE:AP 07 TB 5521}}) the same evening - referred here too.
Aadhaar not recorded. Mobile {{PHONE:98555 20714}}. MO: Dr. {{NAME:K. Bhavani Shankar}}.
Follow-up {{DATE:19.11.2025}}: day-3 dose given. Father reports the dog was seen again near {{LOCATION:Lakshmipuram}} main road; GMC (Guntur Municipal Corporation) dog squad informed by sanitary inspector {{NAME:Ch. Nageswara Rao}}. Second victim {{NAME:Shaik Jani Basha}} completed day 3 at {{LOCATION:Nallapadu}} PHC under Dr. {{NAME:Syeda Ruksana Begum}}.
`,
  },
  {
    id: 't16-016',
    kind: 'childhood lead exposure home investigation (US)',
    text: `
Elevated blood lead - environmental investigation
Child: {{NAME:Amir Haddad}}, 2 y, BLL 18 ug/dL ({{DATE:9/30/2025}}), 22 ug/dL ({{DATE:10/28/2025}}).
Home: {{LOCATION:3317 Woodward Ave, Apt 2}}, {{LOCATION:Hamtramck}}, MI {{LOCATION:48212}} (built 1924, rental). Landlord {{NAME:Gerald Pietrowski}}, {{PHONE:313-555-0177}}.
Other addresses where the child spends > 6 h/week: grandmother {{NAME:Samira Haddad}}'s home, {{LOCATION:9120 Caniff St}}; {{LOCATION:Little Sprouts Daycare}} on {{LOCATION:Joseph Campau}}.
XRF: window sills 4.1 mg/cm2 (front bedroom), porch 2.8. Dust wipe floor 45 ug/ft2.
Non-paint sources asked: surma/kohl used on the baby (yes, brought from {{LOCATION:Sana'a}} by uncle {{NAME:Yahya}}); spices from a shop on {{LOCATION:Conant St}}; no pottery.
Parents: {{NAME:Nadia}} and {{NAME:Fuad Haddad}}. Medicaid {{HEALTH_PLAN:MI0005551427}}.
Inspector {{NAME:Deshawn Whitaker}}, lic. {{LICENSE:LIR-55-0318}}. Next BLL due {{DATE:12/28}}.
Interview notes ({{DATE:11/4}} home visit, interpreter {{NAME:Huda Al-Sabri}}): the family moved from {{LOCATION:Dearborn}} ({{LOCATION:Warren Ave}} upper flat) in {{DATE:June 2025}}; older sister {{NAME:Layla}} (7) attends {{LOCATION:Holbrook Elementary}}, BLL 6.
Uncle {{NAME:Yahya Haddad}} works at a radiator shop on {{LOCATION:Jos Campau Ave}} and visits daily in work clothes. Landlord's rental licence {{LICENSE:HRL-2025-5512}} to be reviewed by the city.
Family SSNs not collected; mother's Social Security number given by mistake on the form ({{SSN:000-48-2217}}) was struck through.
`,
  },
  {
    id: 't16-017',
    kind: 'Q fever goat-farm investigation (Australia)',
    text: `
Q fever notification follow-up
Case {{NAME:Bryce McAllister}}, 29, shearer, resident of {{LOCATION:Gundagai}} NSW. Seen {{LOCATION:Wagga Wagga Base Hospital}} {{DATE:4 Nov}}.
Work history last 4 weeks: shearing at {{LOCATION:Koonawarra}} station ({{NAME:Doug}} and {{NAME:Pam Cavanagh}}), {{LOCATION:Tumblong Park}} goat dairy, and the abattoir at {{LOCATION:Cootamundra}}.
Contractor boss {{NAME:Hamish "Ham" Brodie}}, mob {{PHONE:0491 570 238}}. Other shearers on the team: {{NAME:Lachlan Kerr}}, {{NAME:Tane Rapana}}, {{NAME:Will Sutton}} - none vaccinated (Q-Vax).
Serology phase II IgM positive. Doxycycline 14 d.
Recommended: Q-Vax screening for team via {{LOCATION:Murrumbidgee Local Health District}} PHU; farm visit by DPI vet {{NAME:Kirsty Odgers}} on {{DATE:13/11/2025}}.
`,
  },
  {
    id: 't16-018',
    kind: 'avian influenza exposure monitoring (Cambodia)',
    text: `
H5N1 - exposed persons monitoring sheet, {{LOCATION:Prey Veng}} province, {{LOCATION:Sithor Kandal}} district, {{LOCATION:Ponhea Krek}} village
Index (deceased {{DATE:11 Nov 2025}}): {{NAME:Chhun Sokha}}, 11, at {{LOCATION:Kantha Bopha Children's Hospital}}, {{LOCATION:Phnom Penh}}.
Exposure: sick backyard chickens slaughtered by the family on {{DATE:1 Nov}}.
Monitored (10 days, oseltamivir):
 {{NAME:Chhun Vanna}} (father) | {{NAME:Keo Srey Pov}} (mother) | {{NAME:Chhun Dara}} (brother, 6) | {{NAME:Yim Sophal}} (neighbour who bought 2 birds) |
 {{NAME:Ly Chanthou}} (market seller, {{LOCATION:Phsar Sithor}}) | {{NAME:Oum Sarath}} (village chief)
Health centre: {{LOCATION:Sithor Kandal Health Centre}}; RRT lead Dr. {{NAME:Ngin Chanrith}}, {{PHONE:+855 12 555 947}}.
Name order: family name first ({{NAME:Chhun}}, {{NAME:Keo}}, {{NAME:Yim}}, {{NAME:Ly}}, {{NAME:Oum}}). Samples to {{LOCATION:Institut Pasteur du Cambodge}}.
`,
  },
];
