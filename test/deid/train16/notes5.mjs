// train16 notes 5: environmental health inspections of named premises (restaurants, food trucks, a market,
// a tattoo studio, a pool, a school kitchen, a hostel, a slaughter slab, a well) and complaint records.
export default [
  {
    id: 't16-037',
    kind: 'food premises inspection report (England)',
    text: `
FOOD HYGIENE INSPECTION - {{LOCATION:Bristol}} City Council
Premises: {{LOCATION:Golden Lotus Takeaway}}, {{LOCATION:88 Stapleton Road}}, {{LOCATION:Easton}}, {{LOCATION:Bristol}} {{LOCATION:BS5 0QX}}
FBO: {{NAME:Wai Ming Cheung}} and {{NAME:Lai Fong Cheung}}. Manager on site: {{NAME:Kenny Lau}}. Inspection {{DATE:20 November 2025}}, 14:10, unannounced (complaint ref {{OTHER_ID:FC/25/01873}} from Mr {{NAME:D. Okonjo}} of {{LOCATION:Bellevue Road}}).
Findings: raw chicken stored above cooked rice in walk-in chiller; chiller 11 C; no hot water at wash-hand basin; mouse droppings behind fryer.
Photos {{PHOTO:IMG_20251120_1412.jpg}}, {{PHOTO:IMG_20251120_1419.jpg}}. Food handler {{NAME:Tomasz Wojcik}} had no training record.
Rating: 1 (major improvement necessary). Hygiene improvement notice served; revisit by {{DATE:4 Dec 2025}}.
Officer {{NAME:Harriet Akinyemi-Shaw}}, EHO, tel {{PHONE:0117 496 0582}}, {{EMAIL:food.safety@example.gov.uk}}.
`,
  },
  {
    id: 't16-038',
    kind: 'food truck inspection and outbreak link (US)',
    text: `
Mobile food unit inspection - permit MFU-2291
Unit: "{{LOCATION:Tacos El Guero}}", 2014 Ford step van, plate {{VEHICLE:TX 8KL-4471}}, VIN {{VEHICLE:1FC4E45S55HA01293}}
Operator {{NAME:Gerardo "El Guero" Salinas Trevino}}, food manager cert {{LICENSE:FMC-TX-5524017}}; helper {{NAME:Yesenia Salinas}}.
Commissary: {{LOCATION:Alamo Commissary Kitchen}}, {{LOCATION:4710 Rigsby Ave}}, {{LOCATION:San Antonio}} {{LOCATION:78222}}.
Usual stops: {{LOCATION:Brooks City Base}} (weekdays), {{LOCATION:St. Leonard Catholic Church}} lot (Sundays), {{LOCATION:Pittman-Sullivan Park}} (Friday nights).
Linked illness: 6 persons with vomiting after eating there on {{DATE:Nov 14}}, incl. {{NAME:Darnell Hughes}} and {{NAME:Connor Whitfield}} (both seen at {{LOCATION:Mission Trail Baptist Hospital}}).
Violations: salsa holding at 58 F, no probe thermometer. Permit suspended {{DATE:11/17/2025}}.
Sanitarian {{NAME:Araceli Villanueva}}, REHS. Not PHI: Ford, step van, REHS, salsa.
`,
  },
  {
    id: 't16-039',
    kind: 'market inspection (Ghana)',
    text: `
Environmental Health Unit - inspection of {{LOCATION:Makola Market}}, {{LOCATION:Accra}} Metropolitan Assembly
Date: {{DATE:13th November, 2025}}. Team: {{NAME:Eric Kwame Nyarko}} (EHO), {{NAME:Abena Pokuaa Asamoah}} (AEHO), {{NAME:Mohammed Abubakar Sadiq}} (sanitation guard).
Sections: fish ({{LOCATION:Makola No. 2}}), meat, cooked food, {{LOCATION:Kantamanto}} side.
Vendors cautioned: Auntie {{NAME:Comfort Ansah}} (waakye, no cover), {{NAME:Yaw Donkor}} (butcher, no health certificate), Hajia {{NAME:Rahinatu Issah}} (fried yam near open drain).
Public toilet at {{LOCATION:Kinbu Road}} end: blocked; caretaker {{NAME:Kojo Baidoo}}.
Cholera preparedness: chlorine points at {{LOCATION:Tudu}} lorry station and {{LOCATION:Okaishie}}.
Follow-up {{DATE:27/11/2025}}. Tel. {{PHONE:030 255 5140}}. Not PHI: Ga, Twi (languages), the Assembly as employer.
Revisit {{DATE:27/11/2025}}: {{NAME:Yaw Donkor}} produced a food handler certificate issued at {{LOCATION:Korle Bu Teaching Hospital}} polyclinic; toilet at {{LOCATION:Kinbu Road}} repaired by assemblyman Hon. {{NAME:Nii Armah Tetteh}}. New vendor {{NAME:Efua Mensah-Quaye}} (kenkey) registered.
`,
  },
  {
    id: 't16-040',
    kind: 'tattoo studio inspection after infection (New Zealand)',
    text: `
Health protection - body art premises inspection
Premises: {{LOCATION:Ink & Iron Tattoo}}, {{LOCATION:Unit 4, 212 Cuba Street}}, {{LOCATION:Te Aro}}, {{LOCATION:Wellington}} {{LOCATION:6011}}
Operator {{NAME:Rawiri Te Whata}}; artists {{NAME:Mikaela Sorensen}}, {{NAME:Sione Taufa}}, apprentice {{NAME:Jade "Jadey" Hohaia}}.
Reason: two clients with Mycobacterium chelonae infection of new tattoos: {{NAME:Tayla Brown}} ({{LOCATION:Petone}}) and {{NAME:Ngaire Whaanga}} ({{LOCATION:Porirua}}), both tattooed in the week of {{DATE:22 September}} by {{NAME:Sione}}.
Findings: grey wash ink diluted with tap water; autoclave SN {{DEVICE:AC-55-770341}} last spore test {{DATE:March 2025}}.
Photos {{PHOTO:inkiron_station3.jpg}} and {{PHOTO:inkiron_dilution.heic}} taken. Notice issued. HPO {{NAME:Olivia Faleolo}}, {{PHONE:04 555 0827}}.
`,
  },
  {
    id: 't16-041',
    kind: 'public pool inspection and cryptosporidium cluster (Canada)',
    text: `
Recreational water inspection - {{LOCATION:Kinsmen Sports Centre}} leisure pool, {{LOCATION:9100 Walterdale Hill NW}}, {{LOCATION:Edmonton}}
Date {{DATE:2025-11-06}}. Inspector {{NAME:Parveen Sandhu-Gill}}, CPHI(C).
Trigger: 5 children with cryptosporidiosis who attended the {{LOCATION:Riverbend}} swim club and birthday party for {{NAME:Ethan Kowalchuk}} on {{DATE:Oct 25}}.
Cases: {{NAME:Ava Lamoureux}}, {{NAME:Arjun Dhaliwal}}, {{NAME:Maeve Kowalchuk}}, {{NAME:Liam Cardinal}}, {{NAME:Ruby Thunderchild}}.
Faecal incident log shows an event {{DATE:Oct 24}} not followed by hyperchlorination. Free chlorine 1.2 ppm, pH 7.8.
Operator: facility supervisor {{NAME:Brent Halvorson}}, {{PHONE:780-555-0194}}. Order to close until remediation; reopened {{DATE:Nov 10}}.
`,
  },
  {
    id: 't16-042',
    kind: 'school kitchen inspection (Kenya)',
    text: `
Public health inspection - {{LOCATION:Moi Girls High School}}, {{LOCATION:Eldoret}}, boarding kitchen and dormitories
Date: {{DATE:11/11/2025}}. PHO {{NAME:Kiprono Kipchumba Rotich}}; accompanied by deputy principal Mrs. {{NAME:Jepkosgei}} and matron {{NAME:Nafula Wekesa}}.
Reason: 38 students with diarrhoea after supper {{DATE:8 Nov}}; admitted: {{NAME:Chebet Faith}}, {{NAME:Wanjiru Mercy}}, {{NAME:Akinyi Sharon}} at {{LOCATION:Moi Teaching and Referral Hospital}}.
Kitchen: cooks {{NAME:Kiplagat}} and Mama {{NAME:Njeri}} - no valid medical certificates. Water from {{LOCATION:Sosiani}} river tank untreated.
Milk supplier: {{LOCATION:Kapseret}} dairy of Mr. {{NAME:Barng'etuny}}.
Orders: kitchen closed 72 h, water chlorination, cooks examined at {{LOCATION:Huruma Sub-County Hospital}}.
Second visit {{DATE:18/11/2025}} with county PHO {{NAME:Jerotich Kosgei-Limo}}: cooks {{NAME:Kiplagat Arap Sang}} and {{NAME:Njeri Kamau}} certified; new water tank from {{LOCATION:Eldoret Water and Sanitation}} installed behind {{LOCATION:Kerio}} dormitory. Parent rep Pastor {{NAME:Wilfred Cheruiyot}} present.
`,
  },
  {
    id: 't16-043',
    kind: 'hostel inspection with scabies outbreak (Greece)',
    text: `
Inspection - {{LOCATION:Hostel Acropolis View}}, {{LOCATION:Odos Dimitrakopoulou 48}}, {{LOCATION:Koukaki}}, {{LOCATION:117 42 Athina}}
Date {{DATE:2025-11-19}}. Inspectors {{NAME:Eleni Papadopoulou}} and {{NAME:Giorgos Karamanlis-Vlachos}}, {{LOCATION:EODY}}.
Scabies in 4 guests and 2 staff; guests had also stayed at a hostel in {{LOCATION:Thessaloniki}} ({{LOCATION:Ano Poli}}).
Guests: {{NAME:Lukas Moser}} (Austria), {{NAME:Chloe Dubois-Martin}} (France), {{NAME:Hamid Rahimi}} (Afghanistan, registered at {{LOCATION:Eleonas}} camp), {{NAME:Emma Walsh}} (Ireland).
Staff: {{NAME:Dimitra Kokkinou}} (housekeeping), {{NAME:Kostas "Kotsos" Alexiou}} (reception).
Owner {{NAME:Panagiotis Stathopoulos}}, AMKA {{OTHER_ID:01017555123}}, {{PHONE:+30 210 555 4402}}. Permethrin for all, linen at 60 C.
Not annotated: Austria, France, Afghanistan, Ireland, Greek.
`,
  },
  {
    id: 't16-044',
    kind: 'slaughter slab and well inspection (Ethiopia)',
    text: `
Anthrax follow-up - {{LOCATION:Lay Gayint}} woreda, {{LOCATION:South Gondar}} zone
Kebele {{LOCATION:Nefas Mewcha}}. Date {{DATE:14 Nov 2025}}. HEW {{NAME:Tigist Alemu}}, woreda surveillance officer {{NAME:Dawit Mengistu Tessema}}.
Cases (cutaneous): {{NAME:Abebe Kebede}}, {{NAME:Yeshi Wondimu}}, {{NAME:Mulugeta Ayele}} - all skinned a dead cow owned by Ato {{NAME:Birhanu Gebre}} at {{LOCATION:Gob Gob}} got (sub-village).
Meat sold at {{LOCATION:Arb Gebeya}} market. Treated at {{LOCATION:Nefas Mewcha Primary Hospital}}.
Community well at {{LOCATION:Kidame Gebeya}} inspected: unprotected, turbid.
Livestock vaccination requested from the woreda agriculture office. Report sent {{DATE:15/11/2025}}, {{PHONE:+251 911 555 318}}.
`,
  },
  {
    id: 't16-045',
    kind: 'online complaint record (Australia)',
    text: `
Customer complaint - food poisoning (submitted online)
Ref {{OTHER_ID:CRM-2025-118402}}  received {{DATE:23/11/2025}} 21:47 from {{IP:203.0.113.188}} via {{URL:https://www.example.gov.au/report-food-issue}}
Complainant: {{NAME:Priya Venkataraman}}, {{LOCATION:5/44 Brunswick Street}}, {{LOCATION:Fitzroy}} VIC {{LOCATION:3065}}, {{EMAIL:priya.v@example.com}}, {{PHONE:0491 570 664}}.
Premises: {{LOCATION:Saigon Corner}} pho restaurant, {{LOCATION:Victoria Street}}, {{LOCATION:Richmond}}.
Details: ate pho with rare beef and fresh rolls on Friday night with friends {{NAME:Holly}} and {{NAME:Marcus Adebayo}}; all three unwell by Saturday morning; she went to {{LOCATION:St Vincent's Hospital Melbourne}} ED.
Assigned EHO {{NAME:Nguyen Thi Thu Hang}}, {{LOCATION:City of Yarra}}.
Other complainants linked by the EHO: {{NAME:Tom Goldberg-Hart}} ({{LOCATION:Abbotsford}}) and {{NAME:Mai Linh Doan}} ({{LOCATION:Footscray}}), who ate there on the same evening; {{NAME:Mai}} was admitted to {{LOCATION:Western Health Footscray Hospital}}.
Inspection {{DATE:25/11/2025}}: bean sprouts from supplier {{LOCATION:Richmond Fresh Produce}} ({{LOCATION:Epping}} market) stored at 14 C. Samples sent; owner {{NAME:Phan Van Duc}}, {{PHONE:03 5550 8172}}.
`,
  },
];
