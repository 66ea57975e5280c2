// train26 notes 6: admission nursing database, home-health NPWT visit, anaesthesia record, belongings inventory,
// IR pre-procedure checklist, sepsis bundle audit, geriatric ward meal round, discharge medication teaching,
// pressure-injury prevalence survey.
export default [
  {
    id: 't26-046',
    kind: 'admission nursing database',
    text: `
ADMISSION NURSING ASSESSMENT  {{DATE:09/02/2026}} 2120   Unit 6 Tele   Adm from ED
Pt {{NAME:Bolat Nurmagambetov}}   DOB {{DATE:1/19/1952}}   SSN {{SSN:000-41-7736}}   MRN {{MRN:6021187}}
Address {{LOCATION:1418 Kedzie Blvd}}, {{LOCATION:Chicago}}, IL {{LOCATION:60647}}. Lives with wife {{NAME:Gulnara}} ({{PHONE:773-555-0152}}) on 2nd floor, 14 steps.
Language: Kazakh, Russian; interpreter requested (Russian ok). Religion: Muslim, no pork, requests halal tray.
Hx: CHF (EF 30%), AF, CKD3, T2DM, gout. Home O2 none. Pacer/ICD: no. Hearing aids: no. Dentures: upper.
Home meds reconciled with pharmacy tech: Entresto 49/51 BID, Jardiance 10, Eliquis 5 BID, Coreg 12.5 BID, Allopurinol 100, Lasix 40 BID.
Falls screen: Morse 45. Braden 17. Nutrition screen (MST) 2 -> dietitian. C-SSRS neg. Abuse screen neg.
Skin: intact, bilateral 2+ pitting edema to knees, venous stasis changes. Vaccines: flu {{DATE:10/2025}}.
Advance directive: Full code. HCPOA: son {{NAME:Arman Nurmagambetov}} ({{PHONE:312-555-0139}}), lives in {{LOCATION:Skokie}}.
Oriented to room, call light, Vocera. -- {{NAME:Imelda Santos-Ocampo}} RN
{{LOCATION:Swedish Covenant Hospital}}, {{LOCATION:Chicago}} | Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}} | Wife's cell {{PHONE:773-555-0198}} | ID checked: IL DL {{LICENSE:N526-4417-1952}}
`,
  },
  {
    id: 't26-047',
    kind: 'home health negative-pressure wound therapy visit',
    text: `
HOME HEALTH SKILLED NURSING VISIT  {{DATE:05/27/2026}}   Agency: {{LOCATION:Lakeshore Home Care}}   Visit 6/12
Pt {{NAME:Dolores Echeverria de la Pena}}   {{LOCATION:77 Calle Sol}}, Apt 2B, {{LOCATION:Santa Fe}}, NM {{LOCATION:87505}}   Medicare {{HEALTH_PLAN:5EG4-TE5-MK72}}
Wound: L BKA stump incision dehiscence 6.1 x 2.0 x 1.4 cm. NPWT (KCI ActiV.A.C.) -125 mmHg continuous, unit S/N {{DEVICE:VCA0045921}}.
Black GranuFoam x1 piece, drape, T.R.A.C. pad. Canister 80 ml serosang, changed. No odor. Periwound intact, Cavilon.
Vitals 37.0 / 84 / 142-80 / 18. BG 156 (FSBS). Pain 3/10 (phantom 5/10) - Gabapentin 300 TID.
Caregiver: grandson {{NAME:Mateo}} ({{PHONE:505-555-0143}}) does Mon/Wed; daughter {{NAME:Pilar}} weekends.
PT working on transfers, slide board; K-level 2 prosthesis eval at {{LOCATION:Hanger Clinic Santa Fe}}.
Next SN visit Fri {{DATE:5/29}}. Surgeon Dr {{NAME:Etsitty-Morales}} clinic {{DATE:6/4}}. -- {{NAME:Augustina Kpodo}} RN
Agency office: {{LOCATION:Lakeshore Home Care}}, {{LOCATION:Santa Fe}} | SOC {{DATE:05/04/2026}} | Fax {{FAX:505-555-0111}} | Grandson's truck plate {{VEHICLE:2KT-558}} (NM) for parking pass
`,
  },
  {
    id: 't26-048',
    kind: 'intraoperative anaesthesia record summary',
    text: `
ANESTHESIA RECORD   {{DATE:03/12/2026}}   OR 14   Procedure: ORIF L distal radius   Surgeon Dr {{NAME:Achebe-Lindqvist}}
Pt {{NAME:Wiktoria Zielinska}}  ASA 2  Wt 68 kg  Airway: Mallampati II, TMD >3 FB, MO normal.
Anesthesia: Dr {{NAME:Nakashima}} (attending), {{NAME:Ryland}} CRNA. Block: supraclavicular (US-guided) 20 ml Ropivacaine 0.5% by Dr {{NAME:Nakashima}}.
Induction 0812: Midazolam 2, Fentanyl 100, Propofol 150. LMA i-gel 4. Sevo 2%, O2/air 50%.
Maintenance: Decadron 4, Zofran 4, Ancef 2 g @ 0805 (pre-incision), Tylenol 1 g IV. Phenylephrine 100 mcg x2 for MAP 58.
Tourniquet L arm 250 mmHg 0830-0944 (74 min). Fluoro time 38 s.
Fluids LR 900. EBL min. UO not measured. Temp 36.3 (Bair Hugger upper body).
Emergence smooth 0958, LMA out awake. To PACU, Aldrete 9. Handoff to {{NAME:Seren}} RN.
Events: none. Sign-out: Dr {{NAME:Nakashima}}.
{{LOCATION:Hospital for Special Surgery}}, {{LOCATION:New York}} | Acct {{ACCOUNT:HS-5520917}}
`,
  },
  {
    id: 't26-049',
    kind: 'patient belongings and valuables inventory',
    text: `
BELONGINGS / VALUABLES INVENTORY   ED -> 9 West   {{DATE:12/23/2026}} 0150
Pt {{NAME:Kwame Asamoah-Boateng}}   MRN {{MRN:8850034}}   Witness: security officer and {{NAME:Hiroshi Tanabe}} RN
Clothing: grey hoodie (Nike), jeans, work boots (Timberland), 1 wool hat. Bagged and labelled, to room.
Valuables to safe (envelope #{{OTHER_ID:V-118402}}): wallet with $84 cash, Visa card ending {{ACCOUNT:4417}}, CT driver license {{LICENSE:173998520}}, Medicare card (not needed), 2 keys, Seiko watch.
Phone: Samsung Galaxy S23 (black, cracked) - kept by pt with charger. Hearing aid R (Phonak) kept by pt.
Meds from home: insulin pen (Humalog KwikPen), Trulicity pen, Albuterol inhaler - sent to pharmacy for ID.
Vehicle: pt drove himself, Honda Civic plate {{VEHICLE:AJ 48215}} in garage P2 level 3 - keys in safe; family to move car.
Son {{NAME:Yaw}} will collect valuables; verbal consent given. Pt signature obtained 0158.
{{LOCATION:Hartford Hospital}}, {{LOCATION:Hartford}} CT | Garage ticket {{OTHER_ID:P2-88145}} | SSN last 4 {{SSN:3391}}
`,
  },
  {
    id: 't26-050',
    kind: 'interventional radiology pre-procedure checklist',
    text: `
IR PRE-PROCEDURE CHECKLIST   {{DATE:07/15/26}}   Procedure: US-guided liver biopsy (random, non-focal)   IR Suite 2
Pt {{NAME:Parvaneh Ghorbani}}   DOB {{DATE:03/03/1961}}   Palm-vein check-in matched (template ID {{BIOMETRIC:PV-3390-8812}}).
Consent: signed with Dr {{NAME:Oyelami}} (IR) {{DATE:7/15}} 0705, Persian interpreter {{NAME:Behrouz}} (ID {{OTHER_ID:FA-7761}}).
NPO since 2200. Allergies: contrast (premedicated per protocol - Prednisone 50 x3, Benadryl 50). 
Labs: INR 1.1, plt 162K, Hgb 11.8, Cr 0.9. Anticoag: Plavix held 5 days (last {{DATE:7/9}}), ASA continued.
PIV 20g R AC. Vitals 36.6 / 72 / 128-74 / 16 / 98% RA. Wt 70 kg. Sedation plan: moderate (Versed/Fentanyl), RN monitoring.
Time-out 0812: pt, site, procedure, imaging reviewed, Bovie not needed. Specimen to path x2 cores.
Post: bed rest 2h R side down, vitals q15 x4, q30 x2. Husband {{NAME:Kourosh}} waiting in lounge, cell {{PHONE:(949) 555-0108}}.
{{LOCATION:Hoag Hospital Newport Beach}} IR | DOB on wristband verified | Referring hepatologist fax {{FAX:949-555-0104}} | Pt e-mail {{EMAIL:parvaneh.g@mail.example.com}}
`,
  },
  {
    id: 't26-051',
    kind: 'sepsis bundle compliance audit',
    text: `
SEP-1 ABSTRACTION WORKSHEET   Abstractor: {{NAME:Maelle Kerboul}} RN   Reviewed {{DATE:04/30/2026}}
Case: {{NAME:Dubois-Ntumba, Ange}}  Acct HAR {{ACCOUNT:7710456231}}  Arrival {{DATE:04/12/2026}} 1310 (ED)
Severe sepsis presentation time: 1402 (SIRS: T 38.9, HR 122, WBC 18.4 + lactate 4.6, source UTI).
3h bundle: lactate 1405 yes; blood cx x2 1418 (before abx) yes; broad-spectrum abx Zosyn 1430 yes; 30 ml/kg crystalloid (2.7 L LR) by 1605 yes.
6h bundle: repeat lactate 1712 (2.1) yes; vasopressor (Levophed) for persistent hypotension 1650 yes; reassessment note by Dr {{NAME:Van Rensburg}} 1720 yes.
Result: PASS. Cultures: E. coli (pan-S) urine + blood. Source control: none needed. Transferred to Step-down 4E.
Comment: Zosyn given via 22g PIV slowly - extended infusion per protocol. ED nurse documented fluid volume clearly.
{{LOCATION:CHRISTUS Santa Rosa Hospital}}, {{LOCATION:San Antonio}} TX | Discharged {{DATE:04/19/2026}}
`,
  },
  {
    id: 't26-052',
    kind: 'geriatric ward mealtime and hydration round',
    text: `
MEAL / HYDRATION ROUND  Care of the Elderly, Ward 11 (Elm)   {{LOCATION:Crosshouse Hospital}}   Lunch {{DATE:2 Feb 2026}}
Bed  Patient                   Age  Diet (IDDSI)        Assist     Intake   Fluids ml  Note
1    Mrs {{NAME:Agnes Lindsay}}   {{AGE_OVER_89:94}}   Level 5 minced     set-up     75%      900        red tray
2    Mr {{NAME:Tadeusz Wrobel}}   88   Level 7 regular     indep      100%     1200
3    Mrs {{NAME:Niamh Ni Bhriain}} {{AGE_OVER_89:91}}  Level 4 puree, mildly thick fluids  full assist  25%  450  SLT review req
4    Mr {{NAME:Hamish Gillespie}} 79   diabetic            prompt     50%      700        BG 4.1 -> Lucozade 60 ml
5    Mrs {{NAME:Rahima Begum}}    83   halal, soft         set-up     75%      800        daughter {{NAME:Shirin}} brought food
6    Mr {{NAME:Ebenezer Tetteh}}  {{AGE_OVER_89:96}}   Level 6 soft & bite-sized  assist  50%  600  thickener (Nutilis Clear) 1 scoop
MUST scores updated. Fortisip Compact x2 for beds 3 and 6. Food charts in Patientrack. SN {{NAME:Fergus Dunlop}}.
{{LOCATION:Crosshouse Hospital}}, {{LOCATION:Kilmarnock Road}}, {{LOCATION:Kilmarnock}} {{LOCATION:KA2 0BE}} | Chart printed {{DATE:02/02/2026}}
`,
  },
  {
    id: 't26-053',
    kind: 'discharge medication teaching note',
    text: `
DISCHARGE MED TEACHING  {{DATE:10/09/2026}}   Pt {{NAME:Mehmet Ali Yilmaz}}   Cards 3W   Teach-back used (Turkish interpreter {{NAME:Selin}}, phone)
New: Ticagrelor (Brilinta) 90 mg BID - do not stop without Cardiology. Atorvastatin 80 qHS. Metoprolol succinate 25 daily. Nitroglycerin 0.4 SL prn.
Changed: Lisinopril 10 -> 5. Stopped: Ibuprofen (NSAIDs), Naproxen.
Meds-to-beds filled by {{LOCATION:Walgreens Paterson}} (store 4417), Rx #s on labels; copay card (Brilinta) ID {{ACCOUNT:8841 2290 3316}}.
Cardiac rehab referral to {{LOCATION:St. Joseph's Wayne Hospital}}. F/u Dr {{NAME:Hoang-Ashworth}} {{DATE:10/20}} and PCP Dr {{NAME:Erdogan}} 1 wk.
Pt verbalized: bleeding signs, chest pain plan (NTG x3 then 911), DAPT 12 months.
Daughter {{NAME:Zeynep}} ({{EMAIL:zeynep.y@mail.example.com}}) will manage pillbox. -- {{NAME:Lucia Paredes}}, RN
{{LOCATION:St. Joseph's University Medical Center}}, {{LOCATION:Paterson}} NJ
`,
  },
  {
    id: 't26-054',
    kind: 'pressure injury point-prevalence survey',
    text: `
HAPI PREVALENCE SURVEY   Q3 day {{DATE:08/20/26}}   Units: MICU, SICU, 4E   Team: {{NAME:Okoro}}, {{NAME:Lindgren}}, {{NAME:Faircloth}} (WOC)
MICU-02 {{NAME:Kowalski}}      Braden 10  sacrum stage 2 (HAPI, new)      Envella, Mepilex, turning clock
MICU-05 {{NAME:Tuiasosopo}}    Braden 12  none                            prone position schedule - face/chin checked
MICU-08 {{NAME:Abdi}}          Braden 9   occiput DTI (MDRPI, C-collar)  Aspen collar pads changed, spine cleared?
SICU-03 {{NAME:Volkov}}        Braden 11  R heel unstageable (POA)       Prevalon boots
4E-412  {{NAME:Rasmussen}}     Braden 13  ears stage 1 (nasal cannula)   Gecko ear pads
4E-420  {{NAME:Castellanos}}   Braden 11  coccyx stage 3 (POA)           WOC following
HAPI rate this survey: 2/9 (22%); 3 beds with no findings not listed. Devices implicated: C-collar, O2 tubing. Report to nursing quality (Dr. {{NAME:Pryce}}, DNP).
Survey entered in NDNQI portal {{DATE:08/21/26}} | {{LOCATION:Maine Medical Center}}, {{LOCATION:Portland}} ME
`,
  },
];
