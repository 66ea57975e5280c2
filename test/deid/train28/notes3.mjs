// train28 notes 3: outbreak line lists in free text and food-safety incident reports naming restaurants, schools and workplaces (t28-019..027).
export default [
  {
    id: 't28-019',
    kind: "outbreak line list in free text (norovirus, wedding)",
    text: `
Norovirus GII - wedding of {{NAME:Siobhan Gallagher}} and {{NAME:Tadhg O Suilleabhain}}, {{LOCATION:Ballynahinch Castle Hotel}}, {{LOCATION:Recess}}, {{LOCATION:Co. Galway}}, Sat {{DATE:6 June}}.
Cases so far (onset, name, age, where from, notes):
1. {{DATE:7/6}} 02:00 - {{NAME:Aoife Gallagher}}, 24, bride's sister, {{LOCATION:Salthill}}; vomiting x6, ED {{LOCATION:University Hospital Galway}}.
2. {{DATE:7/6}} 04:30 - {{NAME:Padraig "Podge" Keane}}, 61, {{LOCATION:Clifden}}; D&V, GP phone.
3. {{DATE:7/6}} 05:15 - {{NAME:Niamh Ni Bhriain}}, 33, from {{LOCATION:Dingle}}; pregnant 20/40, rang {{LOCATION:Tralee}} maternity.
4. {{DATE:7/6}} 07:00 - {{NAME:Fergal McGinley}}, 45, {{LOCATION:Letterkenny}}; stool kit posted to {{LOCATION:Ard na Bhfiodh}}, {{LOCATION:Letterkenny}}.
5. {{DATE:7/6}} 09:40 - waiter {{NAME:Marek Zielinski}}, hotel staff, lives {{LOCATION:Oughterard}}.
6. {{DATE:8/6}} - groom's grandmother {{NAME:Brid O Suilleabhain}}, {{AGE_OVER_89:92}}, {{LOCATION:Baile an Fheirtearaigh}}; admitted {{LOCATION:Bantry General Hospital}} dehydration.
Menu: oysters from {{LOCATION:Killary}} farm, beef, pavlova. Chef {{NAME:Declan Joyce}}. EHO {{NAME:Roisin Mannion}} on site {{DATE:8 June}}. CIDR {{OTHER_ID:CIDR-OB-2026-0412}}.
Norovirus GII.4 Sydney on PCR. Bristol stool type 6-7. Guests travelled from {{LOCATION:Kerry}}, {{LOCATION:Donegal}} and {{LOCATION:Dublin}}. Guest list shared by e-mail {{EMAIL:weddings@ballynahinch.example.ie}}.
Line list kept by {{NAME:Roisin Mannion}}; last updated {{DATE:10 June 2026}}; outbreak control team chair {{NAME:Una Breathnach}}.
`,
  },
  {
    id: 't28-020',
    kind: "food-safety incident report (restaurant, salmonella)",
    text: `
FOOD SAFETY INCIDENT REPORT - {{LOCATION:Golden Phoenix Chinese Takeaway}}, {{LOCATION:22 Queen Street}}, {{LOCATION:Dunfermline}} {{LOCATION:KY12 7AX}}
Complaint rec'd {{DATE:14/03/2026}} from {{NAME:Lorna Petrie}} ({{PHONE:01383 555 412}}) after family meal {{DATE:12 March}}: she, husband {{NAME:Gordon}} and son {{NAME:Fraser Petrie}} unwell; {{NAME:Fraser}} (14) admitted {{LOCATION:Victoria Hospital, Kirkcaldy}}, S. Enteritidis.
Second complaint via web form from {{EMAIL:kaz.mcneill@example.co.uk}} ({{NAME:Karen McNeill}}, {{LOCATION:Rosyth}}), IP {{IP:203.0.113.77}}.
Inspection {{DATE:16/03}} by EHO {{NAME:Hamish Dalgleish}} with FBO {{NAME:Wong Kwok-Leung}} ("{{NAME:Kenny}}"). Egg fried rice held at ambient 4+ h. Photos {{PHOTO:IMG_20260316_1142.jpg}}, {{PHOTO:IMG_20260316_1147.jpg}} (walk-in chiller at 11C).
Staff: {{NAME:Wong Mei-Fong}} (wife), {{NAME:Lam Ka-Wai}}, {{NAME:Joseph Adeyemi}} (delivery, car {{VEHICLE:SF19 KXP}}). Stool samples from staff via {{LOCATION:Queen Margaret Hospital}} lab.
Voluntary closure agreed. Premises ref {{OTHER_ID:FSS-FIFE-004418}}.
Salmonella Enteritidis ST11; cipro not advised. Food Standards Scotland notified. Booking site {{URL:https://orders.example.co.uk/golden-phoenix}}.
Report written {{DATE:17/03/2026}}, {{NAME:H. Dalgleish}}; countersigned {{NAME:Morven Auchinleck}}.
`,
  },
  {
    id: 't28-021',
    kind: "outbreak summary (school camp, E. coli O157)",
    text: `
Outbreak narrative - STEC O157 among pupils of {{LOCATION:St Columba's College}} after camp at {{LOCATION:Camp Willowbrook}}, {{LOCATION:Tamworth}} NSW {{DATE:Feb 23}}-{{DATE:Feb 27, 2026}}.
Seven cases; two HUS:
{{NAME:Harper Nguyen-Wallace}} (12) -> {{LOCATION:John Hunter Children's Hospital}}, dialysis from {{DATE:3/3/26}}.
{{NAME:Te Aroha Pomare}} (11), from {{LOCATION:Maitland}} -> {{LOCATION:Maitland Hospital}}, then transferred.
Others mild: {{NAME:Ollie Whitbread}}, {{NAME:Saanvi Iyer}}, {{NAME:Mia-Rose Kettle}}, {{NAME:Lachie Kearns}}, {{NAME:Zara Haddad}}.
Suspected vehicle: petting farm run by {{NAME:Bevan Skerritt}} at {{LOCATION:Skerritt's Hobby Farm}}, {{LOCATION:Nundle Road}}; also pink hamburgers at the camp canteen (cook {{NAME:Lyn Partridge}}).
Principal Mrs {{NAME:Annette Gorecki}} ph {{PHONE:(02) 5550 9314}}. NCIMS {{OTHER_ID:NSW-26-0002281}}.
Shiga toxin 2; HUS triad. No antibiotics, no loperamide (Imodium). NSW Health OzFoodNet notified.
Narrative by {{NAME:Kirra Blackwood}}, {{DATE:9/3/2026}}; reviewed by Dr {{NAME:Anh Thu Lam}}.
`,
  },
  {
    id: 't28-022',
    kind: "food-safety inspection and complaint (halal restaurant, hepatitis A food handler)",
    text: `
Premises: {{LOCATION:Sufra Mandi House}}, {{LOCATION:4807 Bissonnet St}}, {{LOCATION:Bellaire}}, TX {{LOCATION:77401}}. Permit {{LICENSE:FE-2026-11873}}. Owner {{NAME:Abdulrahman bin Saleh Al-Harbi}}.
{{DATE:Jan 9}}: food handler {{NAME:Naseem Akhtar Qureshi}} diagnosed HAV at {{LOCATION:Harris Health Ben Taub Hospital}} (MRN {{MRN:BT00417725}}). Worked {{DATE:Dec 28}} - {{DATE:Jan 6}} on salad/rice station.
Post-exposure clinic for patrons held at {{LOCATION:Bellaire City Hall}} {{DATE:Jan 11}} and {{DATE:Jan 12}}; 412 doses. Hotline {{PHONE:713-555-0144}}, info page {{URL:https://health.example.gov/sufra-hepa}}.
Co-workers: {{NAME:Tariq Mehmood}}, {{NAME:Faisal Rahimi}} (Afghan), {{NAME:Juan Carlos Ochoa}} (dishwasher) - all vaccinated.
Inspector {{NAME:Brandy Kowalczyk}}, RS. Food manager cert holder: {{NAME:Hassan Al-Harbi}} (cert {{LICENSE:FMC-TX-0047721}}).
Havrix and Vaqta both stocked; immune globulin (GamaSTAN) for 3 infants. Texas DSHS notified. Owner's SSN {{SSN:000-38-5512}} on permit file.
Inspector sign-off {{NAME:B. Kowalczyk}} {{DATE:01/13/2026}}; district sanitarian {{NAME:Moses Abernathy}}.
`,
  },
  {
    id: 't28-023',
    kind: "outbreak line list in prose (scabies, care home)",
    text: `
Scabies (crusted index) - {{LOCATION:Sunnyside Lodge}}, {{LOCATION:17 Orchard Way}}, {{LOCATION:Wymondham}} {{LOCATION:NR18 0QP}}
Index: {{NAME:Gwendolyn Pettigrew}}, {{AGE_OVER_89:96}}, room 4, crusted scabies confirmed by derm Dr {{NAME:Anjali Varma}} on {{DATE:02/10/2026}}.
Other residents itching since mid-September: {{NAME:Reginald Catchpole}} (88), {{NAME:Dorothy "Dot" Bream}} ({{AGE_OVER_89:90}}), {{NAME:Albert Mingay}} (84).
Staff symptomatic: {{NAME:Blessing Oduya}} (HCA), {{NAME:Maria Cristina Salvador}} (nurse), agency worker {{NAME:Lukasz Bednarz}} who also works at {{LOCATION:Abbey House}}, {{LOCATION:Attleborough}}.
Visitors: {{NAME:Gwendolyn}}'s daughter {{NAME:Hope Pettigrew}} visits daily from {{LOCATION:Hethersett}}.
Mass treatment day {{DATE:9 October}}: permethrin 5% + ivermectin. Manager {{NAME:Claire Foulger}}; HPT ref {{OTHER_ID:EoE-SCB-2026-27}}.
Permethrin 5% (Lyclear) head to toe; ivermectin 200 mcg/kg repeat day 8. {{LOCATION:Norfolk}} and {{LOCATION:Suffolk}} HPT informed.
Recorded {{DATE:10/10/2026}} by {{NAME:Claire Foulger}}; HPT nurse {{NAME:Yewande Coker}}.
`,
  },
  {
    id: 't28-024',
    kind: "food-safety incident (school lunch, histamine fish)",
    text: `
Incident: suspected scombroid poisoning, lunch Wednesday {{DATE:11 Feb 2026}}
School: {{LOCATION:SMK Taman Melawati}}, {{LOCATION:Jalan Kolam Air}}, {{LOCATION:53100 Kuala Lumpur}}. 19 pupils and 2 teachers with flushing, headache, urticaria within 30 min of tuna sambal.
Taken to {{LOCATION:Hospital Ampang}}: {{NAME:Nurul Aisyah binti Kamarudin}} (15), {{NAME:Muhammad Haziq bin Rosli}} (14), {{NAME:Tan Wei Jie}} (15), {{NAME:Kavitha a/p Subramaniam}} (16), teacher Cikgu {{NAME:Rosmah binti Yusof}}.
Canteen operator Encik {{NAME:Zulkifli bin Hamzah}}, supplier {{LOCATION:Syarikat Ikan Segar Pasar Borong Selayang}}. Leftover fish sampled, histamine 820 mg/kg.
PKD {{LOCATION:Gombak}} officer {{NAME:Siti Hajar Mohd Noor}} {{PHONE:03-5550 4417}}. Photos: {{PHOTO:kantin_SMKTM_01.jpg}}, {{PHOTO:kantin_SMKTM_02.jpg}}.
Parents' WhatsApp group admin Puan {{NAME:Lim Siew Ling}} forwarded the list.
Scombroid: histamine > 500 mg/kg; cetirizine and chlorpheniramine given. JKN Selangor and {{LOCATION:Kuala Lumpur}} notified. Report uploaded {{URL:https://pkd.example.gov.my/insiden/4417}}.
Disediakan oleh {{NAME:Siti Hajar Mohd Noor}} {{DATE:12/02/2026}}; disemak Dr {{NAME:Ravindran a/l Muthu}}.
`,
  },
  {
    id: 't28-025',
    kind: "outbreak line list in prose (legionella, spa pool at garden centre)",
    text: `
Pontiac/LD cluster linked to hot-tub display at {{LOCATION:Hillcrest Garden Centre}}, {{LOCATION:Kirkby Lonsdale Road}}, {{LOCATION:Kendal}} {{LOCATION:LA9 6DN}}.
{{NAME:Edwin Threlkeld}}, 71, {{LOCATION:Grange-over-Sands}}, visited {{DATE:2 Aug}}, LD confirmed {{DATE:10 Aug}} at {{LOCATION:Royal Lancaster Infirmary}}.
{{NAME:Pauline Sowerby}}, 68, {{LOCATION:Milnthorpe}}, visited {{DATE:3 Aug}}, Pontiac fever, recovered.
{{NAME:Rashid Chowdhury}}, 55, drives for a courier firm, delivered to centre {{DATE:4 Aug}}, lives {{LOCATION:Lancaster}} ({{LOCATION:Bowerham}}); LD, ICU {{DATE:12 Aug}}.
{{NAME:Winifred Agbaje}}, {{AGE_OVER_89:90}}, visited with her carer {{NAME:Summer Fell}} {{DATE:5 Aug}}; died {{DATE:15 August 2026}} at {{LOCATION:Westmorland General Hospital}}.
Hot tub (model Aquaspa 500, serial {{DEVICE:AQ5-20417-UK}}) drained {{DATE:13/8}}. Centre manager {{NAME:Rob Birkett}} {{PHONE:015395 55017}}.
Legionella urinary antigen positive x2; water samples Legionella pneumophila sg1 at 10^4 cfu/L. {{LOCATION:Cumbria}} and North East HPT leading.
OCT minutes {{DATE:14/08/2026}}; author {{NAME:Gethin Parry-Jones}}; chair Dr {{NAME:Ngozi Umeh}}.
`,
  },
  {
    id: 't28-026',
    kind: "food complaint narrative (street vendor, Kampala)",
    text: `
Typhoid cluster - {{LOCATION:Kisenyi}}, {{LOCATION:Kampala}}. Four cases ate rolex and juice from the same kiosk near {{LOCATION:Old Taxi Park}}.
Vendor: {{NAME:Ssemakula Joseph}} ("{{NAME:Jojo}}"), kiosk beside {{LOCATION:Usafi Market}}. Juice made with water from a borehole on {{LOCATION:Kiseka Lane}}.
Cases: {{NAME:Nakato Sarah}} (22, boda customer), {{NAME:Okello Denis}} (30, boda rider, plate {{VEHICLE:UFE 417K}}), {{NAME:Namubiru Florence}} (19), {{NAME:Achieng Brenda}} (26, works at {{LOCATION:Mulago National Referral Hospital}} laundry).
Admitted {{LOCATION:Kiruddu National Referral Hospital}} {{DATE:2 March 2026}}; Widal not used, blood cultures sent.
KCCA health inspector {{NAME:Mugisha Patrick}} closed kiosk {{DATE:4/3/2026}}. Vendor's phone {{PHONE:+256 772 555 318}}. Case IDs {{OTHER_ID:KLA-TYP-26-014}} to {{OTHER_ID:KLA-TYP-26-017}}.
Salmonella Typhi on blood culture; azithromycin 1 g. Reported to the Uganda MoH surveillance desk. Rider's permit {{LICENSE:KCCA-BODA-004417}}.
Filed {{DATE:05/03/2026}} by {{NAME:Mugisha Patrick}}; copied to Dr {{NAME:Aber Grace}}.
`,
  },
  {
    id: 't28-027',
    kind: "food-safety incident report (workplace canteen, Bacillus cereus)",
    text: `
Staff canteen at {{LOCATION:Volvo Cars Torslanda}} plant, {{LOCATION:Goteborg}} (employer site; findings concern the canteen contractor).
{{DATE:2026-05-19}} lunch: fried rice reheated; 27 workers vomiting 1-5 h later. Company nurse {{NAME:Annika Lindqvist-Ohlsson}} triaged; 3 to {{LOCATION:Sahlgrenska Universitetssjukhuset}} ({{NAME:Goran Petrovic}}, {{NAME:Aisha Warsame}}, {{NAME:Juha Kettunen}}).
Canteen operator's manager {{NAME:Mikael Bergstrom}} {{PHONE:031-555 12 47}}. Inspector {{NAME:Elin Sjoberg}}, Miljoforvaltningen.
Samples: rice 10^7 cfu/g B. cereus. Case numbers {{OTHER_ID:MF-2026-04471}}.
Bacillus cereus emetic toxin (cereulide). Ondansetron in ED. Reported to Folkhalsomyndigheten (Sweden). Canteen complaint e-mail {{EMAIL:matsal.torslanda@example.se}}.
Rapport {{DATE:2026-05-21}} av {{NAME:E. Sjoberg}}; granskad av {{NAME:Tuula Niskanen}}.
`,
  },
];
