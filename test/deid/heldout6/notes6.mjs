// heldout6 notes, part 6: families, legal and community services, two notes with no PHI. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-051',
    kind: 'acupuncture and Chinese medicine intake',
    text: `
{{LOCATION:JADE LOTUS ACUPUNCTURE & HERBS}} - NEW PATIENT INTAKE (translated from Chinese by front desk)
Name: {{NAME:ZHOU Guilan}} (English name {{NAME:Grace}})   DOB {{DATE:1968-10-23}}   Tel {{PHONE:(718) 555-0114}}
WeChat ID {{OTHER_ID:zgl_flushing68}} (for appointment reminders)   Email {{EMAIL:zhouguilan68@mail.example.com}}
Address: {{LOCATION:41-27 Kissena Blvd, 3F}}, {{LOCATION:Flushing}}, NY {{LOCATION:11355}}
Chief complaint: insomnia 2 years, hot flushes, neck stiffness. Tongue red, thin yellow coat; pulse thin, rapid.
TCM pattern: yin deficiency with heart-kidney disharmony. Points: HT7, SP6, KI3, Anmian, GB20; 30 min, 8 needles.
Herbs: Tian Wang Bu Xin Dan granules 3 g BID (supplier lot 24C118). Checked: no warfarin, not pregnant.
Referred by daughter-in-law {{NAME:Chen Meiling}}. Practitioner: {{NAME:Wu Haoran}}, L.Ac., NY licence {{LICENSE:009918}}
Online rebooking: {{URL:https://book.jadelotus.example.com/p/zhouguilan-4471}}. Next visit {{DATE:3/18/2025}}.
`,
  },
  {
    id: 'h6-052',
    kind: 'safe-haven newborn surrender record',
    text: `
SAFE HAVEN INFANT SURRENDER - hospital record (no parent identity requested; none recorded)
Received {{DATE:Dec 1, 2024}} 03:20 at the ED entrance of {{LOCATION:Lakeshore General Hospital}} by security officer {{NAME:Bram Koenigsberg}}.
Infant: male, est. 1-2 days, wt 3.05 kg, name assigned per policy: Baby Boy {{NAME:Noel}}
MRN {{MRN:LG-N-00448}}. Umbilical stump clamped with a household clip. Exam normal; glucose 58; temp 36.2 after warming.
Footprints: R {{BIOMETRIC:FPR-N00448-R}}, L {{BIOMETRIC:FPR-N00448-L}}. Security tag {{DEVICE:HUGS-7718204}}.
Medical history card: offered in bag, not returned. Bracelet with number {{OTHER_ID:SH-2024-118}} given with the baby for reclaim.
Child protective services notified 04:05, worker {{NAME:Delilah Voss}} {{PHONE:(231) 555-0162}}, intake {{OTHER_ID:CPS-24-771820}}.
Newborn nursery RN {{NAME:Imogen Tarrant}}. Pediatrician {{NAME:K. Asante}}, MD.
`,
  },
  {
    id: 'h6-053',
    kind: 'psychiatric advance directive',
    text: `
DECLARATION FOR MENTAL HEALTH TREATMENT
I, {{NAME:Phineas Oduro-Lachapelle}}, born the {{DATE:4th of July 1990}}, of {{LOCATION:88 Prospect Ave, Apt 6C}}, {{LOCATION:Hartford}} CT {{LOCATION:06106}},
make this declaration while capable.
Agent: my partner {{NAME:Rowan Teixeira}}, {{PHONE:860-555-0135}}. Alternate: my brother {{NAME:Kofi Oduro}}, {{PHONE:860-555-0119}}.
Preferred hospital: {{LOCATION:Institute of Living}}. Avoid: {{LOCATION:Riverbend Psychiatric}} (restraint in 2019).
Medications I consent to: lithium, quetiapine up to 300 mg. I refuse: haloperidol (dystonia), ECT.
Please call my therapist Dr. {{NAME:Ingrid Solvang}} (fax {{FAX:860-555-0139}}).
Signed {{DATE:September 2, 2025}}. Witnesses: {{NAME:Marisela Cuevas}}, {{NAME:Tobias Ahlgren}}. Notary: {{NAME:Yvette Lamoureux}}, commission {{LICENSE:NP-184471}}.
Registered copy: {{URL:https://padregistry.example.org/doc/PAD-CT-118204}} (last accessed from {{IP:203.0.113.88}} on {{DATE:09/03/2025}}).
`,
  },
  {
    id: 'h6-054',
    kind: 'medical-legal partnership housing referral',
    text: `
MEDICAL-LEGAL PARTNERSHIP REFERRAL - housing conditions / eviction
Patient {{NAME:Yesenia Colindres}} ({{NAME:Yessi}})   DOB {{DATE:08/15/1985}}   MRN {{MRN:CHC-771204}}   SSN last4 {{SSN:4418}}
Child patient {{NAME:Mateo Colindres}}, 6, asthma: 3 ED visits since {{DATE:Oct 2024}}; mold and roaches in unit.
Address: {{LOCATION:2115 Beech St, Apt 1R}}, {{LOCATION:Camden}} NJ {{LOCATION:08105}}. Landlord {{NAME:Harvey Blumenkranz}}.
Eviction complaint filed {{DATE:05/06/2025}}, docket {{OTHER_ID:LT-004418-25}}; hearing {{DATE:May 29}}. Landlord also had her car towed
({{VEHICLE:D44-KRF}}, 2014 Nissan, VIN {{VEHICLE:3N1AB7AP4EY218204}}).
Photos of ceiling mold uploaded to client portal {{URL:https://mlp.example.net/intake/CR-55120}}: {{PHOTO:colindres_bathroom_mold1.jpeg}}.
Letter from asthma clinic: Dr. {{NAME:Obadiah Fairclough}}, {{LOCATION:Cooper Pediatrics}}, fax {{FAX:856-555-0147}}.
Referred to attorney {{NAME:Leticia Parra-Holm}}, {{EMAIL:lparraholm@legalaid.example.org}}. Patient best reached by WhatsApp {{PHONE:+1 856 555 0128}}.
`,
  },
  {
    id: 'h6-055',
    kind: 'paternity DNA test chain of custody',
    text: `
DNA RELATIONSHIP TEST - CHAIN OF CUSTODY (legal)   Case {{OTHER_ID:PT-25-048813}}   Collection {{DATE:03JUN2025}}
Collection site: {{LOCATION:Tri-County Family Lab}}, {{LOCATION:Florence}} AL. Collector: {{NAME:Roxanne Beauchamp}}
Party         Name                      DOB         ID shown                       Photo                           Thumbprint
Mother        {{NAME:Kendra Lashelle Pugh}}        {{DATE:02/11/1996}}  AL DL {{LICENSE:8847120}}                  {{PHOTO:PT048813_M.jpg}}     {{BIOMETRIC:TP-048813-M}}
Child         {{NAME:Zion Amir Pugh}}              {{DATE:11/27/2024}}  birth cert (seen)              {{PHOTO:PT048813_C.jpg}}     {{BIOMETRIC:TP-048813-C}}
Alleged fthr  {{NAME:Tremaine O. Gaskins}}         {{DATE:07/30/1993}}  AL DL {{LICENSE:9012274}}                  {{PHOTO:PT048813_AF.jpg}}    {{BIOMETRIC:TP-048813-AF}}
SSNs (for court order only): M {{SSN:903-88-1207}}, AF {{SSN:904-12-7718}}.
Buccal swabs x4 each; sealed, initialled by each party. Shipped {{DATE:6/3/25}}, received {{DATE:6/4/25}} by {{NAME:dhollingsworth}}.
Ordered by: {{LOCATION:Lauderdale County}} Child Support, caseworker Ms. {{NAME:Jolene Criswell}}.
`,
  },
  {
    id: 'h6-056',
    kind: 'lethal-means counselling note',
    text: `
LETHAL MEANS SAFETY COUNSELLING - outpatient follow-up after ED visit for suicidal ideation ({{DATE:2025-10-04}})
Patient: {{NAME:Garrett Lindqvist}}, 34. Present: patient and his wife {{NAME:Hope}}.
Firearms: 2 long guns, 1 handgun. Agreed plan: long guns moved to his father {{NAME:Arne Lindqvist}}'s gun safe in {{LOCATION:Two Harbors}};
  handgun locked at {{LOCATION:Northwoods Outfitters}} (voluntary storage, receipt {{OTHER_ID:NWO-2025-0447}}) by {{DATE:10/9}}.
  Wife keeps the cable lock key. Handgun also kept in truck previously (2016 Silverado, MN {{VEHICLE:EJX 449}}) - now removed.
Medications: wife holds the sertraline and the leftover oxycodone from August - returned to pharmacy drop box {{DATE:10/6}}.
C-SSRS screen: ideation without plan since ED; PHQ-9 16/27. Crisis line 988 reviewed. Safety plan updated.
Will call {{NAME:Hope}} at {{PHONE:218-555-0131}} on Friday to confirm storage. Clinician: {{NAME:Dagny Marsh-Oyelowo}}, LICSW.
`,
  },
  {
    id: 'h6-057',
    kind: 'longevity study interview',
    text: `
LONGEVITY FAMILY STUDY - PROBAND INTERVIEW (home visit)              Participant {{OTHER_ID:LFS-0418}}
Proband: {{NAME:Philomena Castagnaro}}, age {{AGE_OVER_89:101}}, interviewed Friday {{DATE:13 June 2025}}.
Lives with son {{NAME:Vito}}, 78. Home: {{LOCATION:31 Mulberry Lane}}, {{LOCATION:Utica}}.
Siblings: {{NAME:Rosaria}} died at {{AGE_OVER_89:97}}; {{NAME:Carmine}} alive, {{AGE_OVER_89:ninety-nine}}, in {{LOCATION:Bayonne}}; {{NAME:Agata}} died at 84.
Mother died at {{AGE_OVER_89:94}} in {{LOCATION:Castelvetrano}}. Father died at 71.
Functional: independent in 5/6 ADLs (bathing with help). Grip 14 kg. Gait 0.52 m/s. MMSE 25/30.
Blood draw 3 tubes (EDTA lot 24K118); saliva kit {{OTHER_ID:SK-0418-02}}. Voice sample {{BIOMETRIC:VS-LFS0418-A}} recorded for speech ageing sub-study.
Interviewer: {{NAME:Benedikt Auerbach}}. Son's email {{EMAIL:vcastagnaro@mail.example.net}} for results letter.
`,
  },
  {
    id: 'h6-058',
    kind: 'nurse home-visiting programme note',
    text: `
NURSE HOME VISIT - pregnancy phase, visit 9    {{DATE:7 Apr 2025}}   Client ID {{OTHER_ID:NHV-22-01847}}
Client: {{NAME:Destiny Rae Whitcomb}}, 19, G1P0 at 31+2 wk (EDD {{DATE:06/06/2025}}). OB: {{LOCATION:Bluegrass Women's Care}}.
Home: {{LOCATION:144 Old Frankfort Pike, Lot 12}}, {{LOCATION:Versailles}} KY {{LOCATION:40383}}; lives with boyfriend {{NAME:Tanner}} and his mother.
Topics: kick counts, signs of preterm labour, car seat (has one, not yet installed), safe sleep, breastfeeding intent yes.
BP 118/72, wt +0.9 kg since last visit, fundal height 31 cm. EPDS 9/30. IPV screen negative, asked privately.
WIC ID {{OTHER_ID:KY0094418}}, Medicaid {{HEALTH_PLAN:9018827741}}. Car seat check event Sat {{DATE:4/19}}; sign-up given.
Next visit {{DATE:4/21/25}}. Nurse: {{NAME:Cordelia Pennington}}, RN. Cell {{PHONE:859-555-0176}}.
`,
  },
  {
    id: 'h6-059',
    kind: 'dialysis-patient parking validation log',
    text: `
PATIENT PARKING VALIDATION LOG - {{LOCATION:Riverside Dialysis}} (garage level 2, spaces 201-220 reserved)     week of {{DATE:03/10/2025}}
Chair  Patient                  Shift   Vehicle                         Plate         Notes
1      {{NAME:M. Eberhart}}             MWF 1   grey Camry                      {{VEHICLE:KMR-4471}}      wife drives
4      {{NAME:Okonkwo-Pratt, Lillian}}  MWF 1   white Transit van (wheelchair)   {{VEHICLE:HP 20 441}}     disability plate
7      {{NAME:J. Arredondo}}            MWF 2   red F-150                        {{VEHICLE:TX7 2209}}      towed {{DATE:3/12}}, released
9      {{NAME:Quiles, Benito}}          TTS 1   blue Civic                       {{VEHICLE:BWL 8830}}
12     {{NAME:Sorensen, Hedda}}         TTS 2   (daughter's) black Tahoe         {{VEHICLE:ZZT-0918}}     daughter {{NAME:Liv}}
15     {{NAME:Tahir, Samina}}           TTS 2   Access-a-Ride                    --            pick-up 16:45
Tow note: the F-150 VIN {{VEHICLE:1FTFW1E58JFA22041}} matched Mr. {{NAME:Arredondo}}; security released at no charge.
Garage access card issued to {{NAME:Eberhart}}: {{OTHER_ID:GAC-20418}}. Logged by {{NAME:Pilar Santangelo}}, unit clerk.
`,
  },
  {
    id: 'h6-060',
    kind: 'telehealth group-visit roster with join links',
    text: `
DIABETES GROUP VISIT (virtual) - ROSTER & TECH CHECK          Thursday, {{DATE:August 7, 2025}} 17:30
Facilitators: {{NAME:Noor Haidari}}, RD, CDCES; {{NAME:Elliott Bramwell}}, NP
#  Participant           Join link                                              Connected from       ID check
1  {{NAME:Aurelio Benavides}}     {{URL:https://meet.example.com/j/885120?pt=ab71}}             {{IP:198.51.100.14}}       face {{BIOMETRIC:FV-885120-01}}
2  {{NAME:Kaye Montgomery}}       {{URL:https://meet.example.com/j/885120?pt=km22}}             {{IP:203.0.113.201}}       face {{BIOMETRIC:FV-885120-02}}
3  {{NAME:Tomasz Zielinski}}      {{URL:https://meet.example.com/j/885120?pt=tz09}}             phone only             DOB verbal
4  {{NAME:Precious Nwankwo}}      {{URL:https://meet.example.com/j/885120?pt=pn40}}             {{IP:2001:db8:77::19}}     face {{BIOMETRIC:FV-885120-04}}
Generic waiting room (not patient-specific): https://meet.example.com/waiting. Group session ID 885120.
Topics: A1c (group mean 8.1%), CGM time in range, foot care. Consent to group confidentiality read aloud.
Tech issue: {{NAME:Tomasz}} no video; will borrow granddaughter's tablet next time. A1c values entered by {{NAME:ebramwell}}.
`,
  },
  {
    id: 'h6-061',
    kind: 'laboratory specimen rejection policy (no PHI)',
    text: `
SPECIMEN REJECTION CRITERIA - Core Laboratory policy LAB-PRE-014, rev. 7 (reviewed annually; effective with the 2025 revision)
1. Labelling: two identifiers (full name and DOB or MRN) on the primary tube, applied at the bedside. Unlabelled = reject.
2. Haemolysis index > 100 (potassium, LDH, AST): reject and request redraw; report K+ only with comment if HI 50-100.
3. Clotted EDTA or citrate tubes: reject. Citrate fill < 90% (e.g. 2.7 mL tube with < 2.4 mL): reject for PT/INR.
4. Stability: glucose in a grey top 24 h; ammonia on ice, analysed within 30 min; blood gas in < 15 min at room temp.
5. Urine culture > 2 h unrefrigerated: reject. 24-h urine: volume and start/stop times required.
Call the unit, document the person notified and the time (e.g. 14:32), and enter code REJ-03 in the LIS.
Contact: laboratory client services, ext 4-5520. Questions about this policy go to the laboratory medical director.
`,
  },
];
