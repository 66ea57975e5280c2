// train26 notes 5: telemetry central-station log, OPAT home infusion visit, TPN dietitian note, rapid response record,
// cardiac rehab session log, sleep lab tech note, vaccine administration record, bed-board note, BCMA downtime ticket.
export default [
  {
    id: 't26-037',
    kind: 'telemetry central monitoring station log',
    text: `
TELE CENTRAL STATION LOG  5 North / 5 South   Monitor tech: {{NAME:Zoltan Farkas}}   {{DATE:08/30/26}} 1900-0700
Bed   Patient                      Rhythm         Alarm / event                          Notified
5N-03 {{NAME:Kristjansdottir, Hekla}} AF 110-130     2214 AF RVR 152 x 40s                 {{NAME:Perpetua}} RN, resolved w/ Metoprolol 5 IV
5N-04 {{NAME:Mohammadi, Dariush}}     SR w/ PVCs     0142 NSVT 6 beats                      {{NAME:Perpetua}} RN -> Dr {{NAME:Strand}}; K 3.4, Mg 1.6 replaced
5N-07 {{NAME:Grace Kealoha}}          paced 60       0300 leads off V2 x 12 min             {{NAME:Tomasz}} RN, electrodes changed
5S-12 {{NAME:Ibarra Zuniga, Ruben}}   SB 48-52       0410 brady 38 asleep, asymptomatic     {{NAME:Tomasz}} RN, team aware
5S-16 {{NAME:Will Tsosie}}            SR             0555 artifact (brushing teeth) - "VF"  verified artifact by RN
Lead checks q4h done. Battery changes: 5N-07, 5S-12 (Philips IntelliVue MX40). Strips printed to chart 0000/0400.
{{LOCATION:Lehigh Valley Hospital - Cedar Crest}}, {{LOCATION:Allentown}} PA | Log closed {{DATE:08/31/26}} 0700
`,
  },
  {
    id: 't26-038',
    kind: 'OPAT home infusion nursing visit',
    text: `
HOME INFUSION VISIT  {{DATE:10/21/2026}}  0930-1040   Agency: {{LOCATION:Northern Plains Home Infusion}}
Pt {{NAME:Oksana Hrytsenko}}  DOB {{DATE:02/14/1958}}   Address: {{LOCATION:2206 W Rosser Ave}}, Apt 3, {{LOCATION:Bismarck}}, ND {{LOCATION:58501}}   Ph {{PHONE:(701) 555-0126}}
Insurance: BCBS ND member {{HEALTH_PLAN:XZN884019227}}. Referral: ID clinic, Dr {{NAME:Ahenkorah}}, fax {{FAX:(701) 555-0190}}.
Dx: MSSA vertebral osteomyelitis L3-4. Cefazolin 2 g IV q8h via elastomeric (Homepump Eclipse), wk 4 of 6.
PICC R basilic 4Fr SL, ext 0 cm, arm circ 28 cm (baseline 28). Dressing + Biopatch changed, Statlock replaced. Blood drawn for CBC/CMP/ESR/CRP (weekly).
Vitals 36.6 / 76 / 126-72 / 16 / 97%. Back pain 3/10, walking with rollator. No rash, no diarrhea (C. diff risk reviewed).
Pt self-connects with husband {{NAME:Taras}}; SASH flushing reviewed. Fridge temp 4 C. Sharps container half full.
Next visit {{DATE:10/28}}. -- {{NAME:Beatrix Hallvardsson}} RN
Pharmacy: {{LOCATION:Northern Plains Home Infusion}}, {{LOCATION:Mandan}} ND | SOC {{DATE:09/23/2026}} | Agency fax {{FAX:(701) 555-0149}}
`,
  },
  {
    id: 't26-039',
    kind: 'dietitian parenteral nutrition note',
    text: `
NUTRITION SUPPORT - TPN  {{DATE:6/14/26}}  SICU-12  {{NAME:Kalinowski, Jadwiga}}
Dx: SBS after mesenteric ischemia, ~90 cm small bowel, jejunocolic anastomosis. NPO except sips.
Ht 158 cm, Wt 52 kg (UBW 63), BMI 20.8. ASPEN/AND malnutrition: severe (wt loss 17%/2 mo, intake <50%).
Needs: 1,560-1,820 kcal (30-35/kg), protein 78-94 g (1.5-1.8/kg), fluid 1.8 L + losses.
Current: Clinimix E 5/15, 1.5 L + SMOFlipid 250 ml 3x/wk. GIR 3.1. Labs: TG 188, glu 130-160, Phos 2.4 (KPhos added), Mg 1.7, prealb 11, LFTs ok.
Refeeding: thiamine 100 mg x5 d done. MVI + trace elements daily (Multrys/Tralement).
Teduglutide (Gattex) discussion with GI (Dr {{NAME:Achterberg}}) for outpatient. Home TPN via Coram (home infusion co.), case manager {{NAME:Imogen}} coordinating.
Plan: cycle TPN to 14h, start trophic Vivonex @ 10. -- {{NAME:Parveen Chowdhury}}, RDN, CNSC
{{LOCATION:Froedtert Hospital}} SICU | Home {{LOCATION:Wauwatosa}}, WI
`,
  },
  {
    id: 't26-040',
    kind: 'rapid response team record',
    text: `
RAPID RESPONSE RECORD   Called 1642  {{DATE:2/2/2026}}   Location: 7 West Rm 722   Caller {{NAME:Tupou}} RN
Reason: SpO2 84% on 4L, RR 34, new confusion. Pt {{NAME:Ahmadzai, Gul Bibi}}  66F  POD 3 R hemicolectomy.
RRT: RN, RT, Dr {{NAME:Tiwari}} (ICU fellow).
1645 NRB 15L -> SpO2 90%. Lungs crackles bilat. JVP up. 1650 ECG: ST 118, no acute ST changes. Trop sent.
1652 Lasix 40 IV. 1655 ABG 7.31/52/58/26. BiPAP 12/6 FiO2 60% (Respironics V60) -> SpO2 94% @ 1710.
1700 CXR portable: bilat infiltrates, ? edema vs aspiration. Lactate 1.2. BNP 980. 
Wells score low; CTPA deferred. Sepsis screen: temp 37.9, WBC 13.
Outcome: transfer to MICU bed 6 at 1735. Dr {{NAME:Tiwari}} called son {{NAME:Farid}} ({{PHONE:(703) 555-0170}}); pt speaks Pashto - interpreter line used (#{{OTHER_ID:PS-220984}}).
Debrief: escalation timely, MEWS 7 triggered at 1630.
{{LOCATION:Inova Alexandria Hospital}}, {{LOCATION:Alexandria}} VA
`,
  },
  {
    id: 't26-041',
    kind: 'cardiac rehab phase II session log',
    text: `
CARDIAC REHAB - SESSION 14/36   {{DATE:Sept 3, 2026}}   {{LOCATION:Heartwell Cardiac Rehab}}, {{LOCATION:Tauranga}}   Pt {{NAME:Tamati Rangihuna}}
Dx: CABG x3 {{DATE:6/2026}} (Mr {{NAME:Blackwood}}, cardiothoracic). EF 45%. Meds: Bisoprolol, Atorva 80, Aspirin, Ramipril.
Resting: HR 64, BP 118/72, SpO2 97%, BG 7.2 mmol/L.
Modality          Work          Min   HR    BP       RPE(Borg)
Treadmill         3.2 km/h 4%   15    98    146/74   12
Arm ergometer     30 W          8     102   --       13
NuStep            L6            10    96    138/72   12
Recovery          --            5     72    122/70   --
Tele: SR, no ectopy. No angina, no SOB. Education: Mediterranean diet; Ngati Ranginui whanau hui re: smoking cessation (Quitline). 
Wife {{NAME:Ripeka}} attends. Next session {{DATE:5 Sept}}. -- {{NAME:Freya Oduwole}}, Exercise Physiologist
{{LOCATION:Tauranga Hospital}} cardiology | NHI {{HEALTH_PLAN:HRT4471}} | Home: {{LOCATION:14 Maungatapu Rd}}, {{LOCATION:Maungatapu}}, {{LOCATION:Tauranga}} {{LOCATION:3112}}
`,
  },
  {
    id: 't26-042',
    kind: 'sleep lab polysomnography technologist note',
    text: `
SLEEP CENTER - SPLIT-NIGHT PSG  Tech notes   {{DATE:03/18/2026}}   {{LOCATION:Bayview Sleep Disorders Center}}   Room 3
Pt {{NAME:Hamid Qureshi}}  DOB {{DATE:07/07/1970}}  BMI 37. Epworth 16, STOP-BANG 6, Mallampati IV.
Lights out 2212. Diagnostic portion: AHI 48 (4% rule), RDI 55, nadir SpO2 74%, supine AHI 71. Cheyne-Stokes: none. PLMs index 8.
Titration started 0105: CPAP 5 -> 13 cmH2O, mask ResMed AirFit F20 medium, then N30i trial (mouth leak). Optimal 12 cmH2O: AHI 3, REM supine observed.
Bruxism noted. Bathroom break 0312. Lights on 0555.
DME order: AirSense 11 AutoSet 10-15 via Apria (pt's device S/N will be entered at setup). Prior unit S/N {{DEVICE:23161458973}} (old, returned).
Pt's wife {{NAME:Samina}} reports snoring worse since move from {{LOCATION:Rawalpindi}}. PCP Dr {{NAME:Ebersole}}. Interpreting physician Dr {{NAME:Adeyinka-Voss}}.
Tech: {{NAME:Rowan}}, RPSGT
Referring: {{LOCATION:Hunters Point Family Health}}, {{LOCATION:San Francisco}} | Study # {{OTHER_ID:PSG-26-0318-03}} | Next visit {{DATE:04/01/2026}}
`,
  },
  {
    id: 't26-043',
    kind: 'vaccine administration record (inpatient before discharge)',
    text: `
IMMUNIZATION ADMINISTRATION  {{DATE:11/19/26}}  Gen Med 8E   Pt {{NAME:Sione Vaipulu}}  MRN {{MRN:4410982}}  Medicaid {{HEALTH_PLAN:UT00448192}}
Screening: no fever, no prior anaphylaxis, not immunocompromised, no GBS hx. VIS given (dates on VIS, not pt).
Vaccine                          Mfr        Lot        Exp       Site     Dose    By
Influenza (Fluzone HD)           Sanofi     UT8821AA   06/2027   L delt   0.7 ml  {{NAME:Mele}} RN
Pneumococcal (PCV20, Prevnar 20) Pfizer     LM4402     01/2028   R delt   0.5 ml  {{NAME:Mele}} RN
Tdap (Boostrix)                  GSK        7X2K9      11/2027   L delt   0.5 ml  {{NAME:Mele}} RN
Observed 15 min, no reaction. Entered in state IIS (USIIS). Shingrix declined, will do at {{LOCATION:Rose Park Clinic}}.
Wife {{NAME:Lesieli}} also asked about RSV vaccine (Arexvy) - she is 64, refer to her PCP Dr {{NAME:Fonua}}.
{{LOCATION:University of Utah Hospital}}, {{LOCATION:Salt Lake City}} | Home {{LOCATION:1022 W 600 N}}, {{LOCATION:Salt Lake City}} UT
`,
  },
  {
    id: 't26-044',
    kind: 'bed management / patient flow note',
    text: `
PATIENT FLOW HUDDLE 0800   {{DATE:01/14/2026}}   House sup: {{NAME:Adaeze Ilori}}
Capacity: 96% occupied. ED boarders 11 (4 ICU, 7 tele/med). PACU holding 2.
MICU: 0 open, 1 pending d/c (bed 4 -> 6 West). SICU: 1 open, held for OR case (Whipple). CVICU: 2 open.
Step-down 4E: 1 dirty bed, EVS called. Neuro: 2 open but staff 1 RN short - float pool RN assigned.
Transfers out: {{NAME:Tremblay, Gisele}} to {{LOCATION:Hotel-Dieu Grace}} in {{LOCATION:Windsor}} (accepting MD Dr {{NAME:Beaulieu}}, bed tomorrow); {{NAME:Ojukwu, Nnamdi}} to {{LOCATION:Select Specialty Hospital - Flint}} LTACH, transport 1300 by MMR ambulance.
Transfers in: OSH {{LOCATION:Mercy Health St. Vincent}} request for NSTEMI - declined, no tele bed. 
SNF pending: 3 (auths with Humana, Priority, Meridian).
Isolation rooms: C. diff x3, MRSA x5, Candida auris x1 (6 West, rm 612) - terminal clean with UV after d/c.
Staffing: Lab short, Pharmacy ok, RT 1 call-out (covered). Sitters: 6 needed, 4 available.
Bed board: {{LOCATION:Hurley Medical Center}}, {{LOCATION:Flint}} MI | Next huddle {{DATE:01/14/2026}} 1400
`,
  },
  {
    id: 't26-045',
    kind: 'BCMA scanner downtime IT ticket',
    text: `
IT SERVICE TICKET  {{OTHER_ID:INC0088412}}   Opened {{DATE:05/06/26}} 0214 by {{NAME:Leilani Kahananui}} RN (user {{NAME:lkahanan}})
Category: Clinical device - barcode med administration (BCMA). Unit: 3 East Oncology.
Issue: Zebra handheld scanner not scanning pt wristbands in rooms 301-312; workstation on wheels WOW-3E-07 (IP {{IP:192.0.2.77}}) shows "Patient not found". Epic Rover also down.
Impact: nurses using downtime MAR / manual two-RN verification. Hi-alert meds (Heparin, insulin) double-signed.
Example: pt {{NAME:Ortiz Beltran, Marisela}} (rm 306) band reprinted x2, still no scan.
Resolution 0340: print server {{IP:192.0.2.15}} queue stuck; restarted. Band printer (Zebra ZD621) reloaded. Scans OK after.
Follow-up: contact {{EMAIL:clinical.apps@hospital.example.org}}, on-call analyst {{NAME:Bartosz Nowicki}} x7731.
KB article {{URL:https://kb.example.org/bcma/downtime-3e}}.
{{LOCATION:Queen's Medical Center}} 3 East | Ticket closed {{DATE:05/06/26}} 0402 | Ticket link {{URL:https://itsm.example.org/inc/0088412}}
`,
  },
];
