// heldout10 notes6: families, placement and community programmes (h10-051..058).
export default [
{ id: 'h10-051', kind: 'adoption pre-placement medical history', text: `
PRE-PLACEMENT MEDICAL HISTORY (agency form 7B)
Child: Baby Boy {{NAME:Ferrante}}, born {{DATE:September 30, 2025}} at {{LOCATION:Sutter Medical Center}}, {{LOCATION:Sacramento}}, 38+2 wk, BW 3,110 g, Apgar 8/9.
Newborn screen kit NBS {{OTHER_ID:25-4471820}}: normal. Hep B vaccine given {{DATE:10/01/2025}}.
Birth mother: {{NAME:Giada Ferrante}}, 22; prenatal care from 11 wk at {{LOCATION:WellSpace Health}}; UDS negative x3. Family history: maternal grandfather died at {{AGE_OVER_89:92}}, MI.
Birth father: {{NAME:Devontae Rollins}}, consent signed {{DATE:10/03/2025}}; his mother {{NAME:Patrice Rollins}} declined contact.
Prospective adoptive parents: {{NAME:Nathaniel Okafor}} and {{NAME:Lars Okafor-Eklund}}, {{LOCATION:3318 Mariposa Ave}}, {{LOCATION:Citrus Heights}}, CA {{LOCATION:95610}}.
Agency case {{OTHER_ID:ADP-2025-0917}}; social worker {{NAME:Mercedes Alcantar}}, LCSW, {{PHONE:916-555-0135}}, fax {{FAX:916-555-0136}}.
Newborn footprint card footprint scan {{BIOMETRIC:FP-BB-0930}}; photo for file {{PHOTO:BBF_day2.jpg}}.
Pediatrician at discharge: Dr {{NAME:Aurelio Santangelo}}, CA {{LICENSE:A 144718}}. Medi-Cal {{HEALTH_PLAN:91447180A}} (temporary).
` },
{ id: 'h10-052', kind: 'gestational carrier screening', text: `
GESTATIONAL CARRIER MEDICAL SCREEN -- {{LOCATION:Pacific Fertility Partners}}, {{LOCATION:San Diego}}
Carrier: {{NAME:Brielle Tutuila}}, 29, G2P2 (two uncomplicated vaginal deliveries, {{DATE:2019-04}} and {{DATE:2022-08}}).
Partner: {{NAME:Sione Tutuila}}; both screened {{DATE:10/22/2025}}: HIV, HBsAg, HCV, RPR, GC/CT negative.
Intended parents: {{NAME:Ji-hoon Baek}} and {{NAME:Marguerite Baek-Lefevre}} (residing in {{LOCATION:Lyon}}, France).
HSG normal; endometrial thickness 9.2 mm; BMI 26.4; BP 112/70.
Agency file {{OTHER_ID:SURR-4471-B}}; escrow account {{ACCOUNT:ESC-00918204}}. Carrier's own health plan {{HEALTH_PLAN:KPX 447180221}}.
Psych eval by Dr. {{NAME:Hollis Vang}} deferred -- see below. Carrier contact {{EMAIL:brielle.tutuila@example.com}}, {{PHONE:619-555-0103}}.
Embryo transfer planned {{DATE:January 2026}}. Clinic identity check: palm-vein {{BIOMETRIC:PV-7710-22}} at check-in.
Psychological evaluation completed {{DATE:11/04/2025}} by Dr {{NAME:Hollis Vang}}, PsyD: cleared; MMPI-3 within normal limits. Carrier's support person: sister {{NAME:Leilani Faleolo}}.
Legal: pre-birth order to be filed in {{LOCATION:San Diego County}}; attorney for the carrier {{NAME:Maribel Ostos}}.
` },
{ id: 'h10-053', kind: 'foster care health passport', text: `
FOSTER CARE HEALTH PASSPORT -- updated {{DATE:11/14/2025}}
Child: {{NAME:Nevaeh Lightfoot}}, DOB {{DATE:06/22/2018}}, state ID {{OTHER_ID:FC-77120448}}, Medicaid OK {{HEALTH_PLAN:700447182}}
Placement: foster home of {{NAME:Roberta Kinney}} and {{NAME:Dale Kinney}}, {{LOCATION:1902 Redbud Ln}}, {{LOCATION:Norman}}, OK {{LOCATION:73071}}, {{PHONE:405-555-0188}}
Previous placement {{DATE:03/2024}}-{{DATE:09/2025}} in {{LOCATION:Lawton}}.
Immunisations up to date (DTaP x5, MMR x2). Vision 20/25 OU. Dental: 2 caries, sealants {{DATE:10/30/2025}}.
Meds: methylphenidate ER 18 mg qAM.
Caseworker {{NAME:Tamsin Harjo}}, {{EMAIL:tamsin.harjo@example.gov}}, fax {{FAX:405-555-0199}}.
Tribal enrollment (Muscogee) {{OTHER_ID:MCN-44718}}. Birth mother {{NAME:Kayla Lightfoot}}: supervised visits only.
Records portal {{URL:https://fosterhealth.example.gov/passport/FC-77120448}}.
Court review hearing {{DATE:12/15/2025}} at {{LOCATION:Cleveland County Courthouse}}; CASA volunteer {{NAME:Harriet Bluejacket}}. Growth: height 122 cm (50th percentile), weight 23.4 kg, BMI 15.7.
Therapist {{NAME:Noelle Haskins}}, LPC, trauma-focused CBT weekly at {{LOCATION:Red Rock Behavioral Health}}.
` },
{ id: 'h10-054', kind: 'church health fair screening sheet', text: `
HEALTH FAIR -- {{LOCATION:Greater New Hope Missionary Baptist Church}} fellowship hall, Sat {{DATE:Oct 25, 2025}}
#  name                    age  BP       glucose  follow-up
1  Mother {{NAME:Eula Mae Grandberry}}  {{AGE_OVER_89:94}}   162/88   141      call {{PHONE:601-555-0112}}
2  Deacon {{NAME:Alvin Purnell}}        71   148/92   220      referred {{LOCATION:Jackson-Hinds Comprehensive Health Center}}
3  Sis. {{NAME:Loretta Ivory}}          58   124/78   96       none
4  Rev. {{NAME:Clarence Tolbert}}       66   170/104  118      sent to ED {{LOCATION:Merit Health Central}}
Note: church titles (Mother, Deacon, Sis., Rev.) as written on the sheet.
Volunteer nurse {{NAME:Gwendolyn Spires}}, RN; sheets scanned {{PHOTO:healthfair_1025_p1.pdf}}.
` },
{ id: 'h10-055', kind: 'home oxygen fire-safety visit', text: `
HOME OXYGEN FIRE SAFETY VISIT (with county fire marshal)
Client {{NAME:Ervin Stoltzfus}}, {{LOCATION:615 Mill Creek Rd}}, {{LOCATION:Gap}}, PA {{LOCATION:17527}}. Visit {{DATE:11/08/2025}}.
Concentrator SN {{DEVICE:10447182-C}}; portable POC {{DEVICE:POC-55A-0917}}; 2 L/min continuous, SpO2 93% on O2 (not an age).
Hazards: wood stove 4 ft from tubing; son {{NAME:Amos Stoltzfus}} smokes in barn. Smoke detectors replaced.
Fire marshal Cpl. {{NAME:Darnell Whitmer}} -- {{LOCATION:Lancaster County}} Fire Marshal Office; report {{OTHER_ID:FM-25-4471}}.
DME account {{ACCOUNT:DME-771044}}; DME fax {{FAX:717-555-0151}}. Photos of stove clearance {{PHOTO:stove_clear_1108.jpg}}.
Farm truck PA plate {{VEHICLE:ZKT-4471}} blocks driveway for EMS -- asked to move.
Education: no candles, no petroleum-based lip balm, 10 ft from open flame. No-smoking signs posted. Backup cylinders x 4 E-size stored upright in cart.
Utility medical-priority registration with the electric co-op: account {{ACCOUNT:REC-4471820}}; home phone {{PHONE:717-555-0153}}.
` },
{ id: 'h10-056', kind: 'non-emergency rideshare transport complaint', text: `
GRIEVANCE -- NON-EMERGENCY MEDICAL TRANSPORT
Member {{NAME:Clementina Aguirre-Vidal}}, Medicaid ID AZ {{HEALTH_PLAN:A44718204}}, {{PHONE:602-555-0165}}
Trip {{OTHER_ID:TRP-88120447}} on {{DATE:10/31/2025}}: pickup 07:10 from {{LOCATION:4021 W Maryland Ave}}, {{LOCATION:Phoenix}} to {{LOCATION:Banner - University Medical Center Phoenix}} dialysis.
Driver {{NAME:Kendrick Baptiste}} arrived 08:05; vehicle gray Toyota Sienna AZ plate {{VEHICLE:CDF9912}} did not match app (AZ plate {{VEHICLE:CDF9921}}).
Member missed chair time; K 6.1 next day. App trip record {{URL:https://rides.example.com/trip/TRP-88120447}}.
Driver account flagged; driver licence AZ {{LICENSE:D04471882}}. Complaint taken by {{NAME:Fatoumata Diallo}}, {{EMAIL:fdiallo@example.org}}.
Resolution {{DATE:11/07/2025}}: broker re-trained driver; member offered standing-order rides with a different vendor. Dialysis unit social worker {{NAME:Lorenzo Begay}} notified, fax {{FAX:602-555-0166}}.
` },
{ id: 'h10-057', kind: 'adult day health centre daily log', text: `
ADULT DAY HEALTH -- {{LOCATION:Sunrise Adult Day Center}} -- Wednesday, {{DATE:November 12, 2025}}
arrivals by kiosk face check (templates {{BIOMETRIC:FC-2291}} .. {{BIOMETRIC:FC-2296}}); van route 3 driver {{NAME:Hamid Rahimi}}.
- {{NAME:Ofelia Sandoval}} ({{AGE_OVER_89:91}}): ate 75%, BP 134/76, walked 2 laps. Daughter {{NAME:Rocio}} picks up 3 pm.
- {{NAME:Bertram Ashworth}} (84): agitated after lunch, redirected with music; wife {{NAME:Eleanor Ashworth}} informed {{PHONE:916-555-0140}}.
- {{NAME:Shirley Nakamura-Price}} (79): fingerstick 212; insulin per plan; nurse {{NAME:AO}}.
- {{NAME:Gus Papadakis}} ({{AGE_OVER_89:96}}): absent -- hospital at {{LOCATION:Mercy San Juan}} since {{DATE:11/10}}.
Photos for activity board only with consent: {{PHOTO:craft_1112_02.jpg}}.
Afternoon: chair yoga 14:00 (9 participants); blood pressure rechecks at 15:00. Incident: none. Program director {{NAME:Yesenia Corral}} reviewed log; families may call the center at {{PHONE:916-555-0149}} or e-mail {{EMAIL:frontdesk@sunriseadc.example.org}}.
` },
{ id: 'h10-058', kind: 'elder financial exploitation referral', text: `
ADULT PROTECTIVE SERVICES -- FINANCIAL EXPLOITATION REFERRAL (from geriatric clinic)
Client: {{NAME:Winifred Abernathy-Lowe}}, age {{AGE_OVER_89:92}}, DOB {{DATE:05/02/1933}}, SSN {{SSN:000-71-0448}}
Home: {{LOCATION:44 Wisteria Ct}}, {{LOCATION:Savannah}}, GA {{LOCATION:31405}}. MoCA 16/30.
Concern: new "friend" {{NAME:Travis Dunleavy}} added to checking account {{ACCOUNT:SB-0447182019}}; $38,000 withdrawn between {{DATE:Aug 2025}} and {{DATE:Oct 2025}}.
He drives her car (2019 Buick Encore VIN {{VEHICLE:1GNEV18K4KF441820}}); neighbour {{NAME:Marjorie Fenwick}} reported.
Bank fraud contact: {{PHONE:912-555-0129}}; clinic fax {{FAX:912-555-0130}}.
APS intake {{OTHER_ID:APS-25-77184}}; reporter Dr {{NAME:Sunita Ramaswamy}}, {{EMAIL:sramaswamy@example.org}}. Online report {{URL:https://aps.example.gov/report/77184}} submitted from {{IP:100.88.41.7}}.
` },
];
