// train26 notes 7: short ICU sticky handover, code blue record, TTM log, lumbar drain checks, eye-drop schedule,
// paediatric ward obs, vascular access clinic e-mail, portable x-ray tech note, diabetic foot clinic,
// and a unit protocol excerpt with no PHI.
export default [
  {
    id: 't26-055',
    kind: 'ICU bedside handover scrap (very short)',
    text: `
bed 11 - {{NAME:Szabo}} - 71F urosepsis. levo 0.04 weaning, vaso off 0300. zosyn/vanc, cx: proteus mirabilis + morganella morganii urine. 
cvc r ij (day 3), art l rad, foley. RASS 0 no sedation. NPO for IR nephrostomy this am (Dr {{NAME:Aldana}}). k 3.4 replaced. 
husband {{NAME:Laszlo}} calls at 0800 for update. -{{NAME:Keoni}}
({{LOCATION:Mount Sinai Hospital}} MICU, {{DATE:2/14}})
`,
  },
  {
    id: 't26-056',
    kind: 'code blue resuscitation record',
    text: `
CODE BLUE RECORD   {{DATE:03/28/2026}}   Location: Radiology CT waiting area (outpt)   Called 1514
Pt {{NAME:Dorota Pietrzak-Adeyemi}}  63F  (ID from wristband, MRN {{MRN:9120357}})
Team leader Dr {{NAME:Halvorsen}}; recorder {{NAME:Thandeka}} RN; CPR x3 rotating; airway anes.
1514 pulseless, CPR started by CT tech. 1516 pads (Zoll R Series), rhythm VF -> shock 200J.
1518 CPR, IO L tibia (EZ-IO), Epi 1 mg. 1520 VF -> 200J. 1522 Amiodarone 300. 1524 ROSC, SR 110, BP 92/58.
1526 Intubated 7.5 ETT 22 cm, EtCO2 34. Lucas device not used. 1530 ECG: STE II/III/aVF -> cath lab activated (Dr {{NAME:Mwangi}}).
Post-ROSC: Levophed, TTM 36 (Arctic Sun) per CCU. Family: husband {{NAME:Olumide}} called by chaplain Sister {{NAME:Bernadette}}.
{{LOCATION:Toronto General Hospital}}, {{LOCATION:Toronto}} ON {{LOCATION:M5G 2C4}} | Husband {{PHONE:416-555-0159}} | Identity confirmed by palm-vein template {{BIOMETRIC:PV-771204-3}}
`,
  },
  {
    id: 't26-057',
    kind: 'targeted temperature management log',
    text: `
TTM LOG  CCU-2  {{NAME:Pietrzak-Adeyemi, Dorota}}  {{DATE:3/28}}-{{DATE:3/29/26}}
Arctic Sun 5000, pads (ArcticGel) torso + thighs, target 36.0 C x 24h then rewarm 0.25 C/h.
Time   Bladder T  Water T  BSAS  RASS  Meds
1700   36.8       14.2     1     -4    Propofol 30, Fentanyl 75
2100   36.0       22.5     2     -4    Buspirone 30 NG, Mg 2 g (goal >2.0)
0100   36.0       25.1     0     -5    --
0500   36.1       24.8     0     -5    --
Shivering (BSAS) controlled w/o paralytic. Skin under pads intact at 2100 and 0500 checks. EEG (cEEG) no seizures per neuro (Dr {{NAME:Cheung}}).
K 3.6 -> replace cautiously (rewarming shift). Glucose 140-180 on insulin gtt. Pupils 3 mm reactive, corneals +, cough +.
RN {{NAME:Gwendolyn}} 1900-0700.
{{LOCATION:Toronto General Hospital}} CCU | Cooling start {{DATE:03/28/2026}} 1640 | OHIP {{HEALTH_PLAN:5550 118 227 KT}}
`,
  },
  {
    id: 't26-058',
    kind: 'lumbar drain hourly checks',
    text: `
LUMBAR DRAIN  Vasc ICU 5   {{DATE:Aug 2 2026}}   {{NAME:Farhan Siddiqui}}  POD 1 TEVAR (Dr {{NAME:Kalnins}})
Drain at 10 cmH2O, drain 10 ml/h if CSF pressure >10. Max 20 ml/h. Zeroed at the level of the R atrium per spine protocol.
0000 P 8 / 6 ml clear. 0100 P 11 / 10 ml. 0200 P 9 / 5 ml. 0300 P 9 / 5 ml. Motor LE 5/5 bilat, sensation intact each hour.
MAP goal >90 (Levophed 0.05). Hgb 9.2. Plt 140. Heparin not running. Spinal cord ischemia signs: none.
Wife {{NAME:Ayesha}} at bedside overnight, brother {{NAME:Imran}} from {{LOCATION:Lahore}} on video. Clamp trial {{DATE:8/3}} 0800 if stable.
{{LOCATION:Aga Khan University Hospital}} referral letter dated {{DATE:07/20/2026}} | Brother's WhatsApp {{PHONE:+92 300 5550174}}
`,
  },
  {
    id: 't26-059',
    kind: 'inpatient eye-drop schedule (post corneal graft)',
    text: `
EYE DROP SCHEDULE  Ophth bay, 2 North   Pt {{NAME:Maximilian Obermeier}}   R PK {{DATE:11/04/26}} (Mr {{NAME:Dhillon}})
Pred Forte 1% R eye q1h while awake x 1 wk; Vigamox R eye QID; Cosopt L eye BID (glaucoma, known). Lubricant (Systane) prn.
Wait 5 min between drops. Shield (Fox shield) at night. No rubbing, no bending.
Given by: 0800, 0900, 1000, 1100... IOP check 1400 (Tono-Pen) R 18.
Pt's partner {{NAME:Friedrich}} will do drops at home in {{LOCATION:Fredericksburg}}. RN {{NAME:Sunita Hegde}}.
{{LOCATION:Brooke Army Medical Center}} Ophthalmology | Donor cornea from {{LOCATION:Lions Eye Bank of Texas}} | Home {{LOCATION:Fredericksburg}}, TX
`,
  },
  {
    id: 't26-060',
    kind: 'paediatric ward observations (parent-held chart)',
    text: `
PAEDS WARD 4B  {{LOCATION:Starship Children's Hospital}}   {{NAME:Aroha-Lee Paewai}}  2y 3m  13.1 kg   {{DATE:22/06/2026}}
Bronchiolitis D3. Obs q2h: RR 36-42, HR 120-135, SpO2 93-96% in air, nasal flaring mild, PEWS 2.
Feeds: bottle 90 ml q3h, taking 60-90. Wet nappies x5. Nasal saline + suction pre-feed.
Mum {{NAME:Kiri}} staying; koro {{NAME:Hemi Paewai}} from {{LOCATION:Ruatoria}} visiting tomorrow. Whanau contact {{PHONE:021 555 0193}}.
Plan: d/c home if SpO2 >92% in air overnight. Plunket nurse follow up. RN {{NAME:Storm}}.
{{LOCATION:Starship Children's Hospital}}, {{LOCATION:Grafton}}, {{LOCATION:Auckland}} | NHI {{HEALTH_PLAN:PWA7793}}
`,
  },
  {
    id: 't26-061',
    kind: 'vascular access clinic e-mail (fistula surveillance)',
    text: `
From: {{EMAIL:accessclinic@renal.example.net}}
To: {{EMAIL:kgovender@dialysis.example.net}}
Date: Tue, {{DATE:17 Mar 2026}} 10:14
Subject: AVF flows - {{NAME:Ndlovu, Busisiwe}} (DOB {{DATE:04/09/1963}})
Hi {{NAME:Kiran}}, transonic flows today at {{LOCATION:Chatsworth Satellite Unit}}: Qa 480 ml/min (was 820 in Dec), recirc 12%. Art needle pressures -240.
Referral to IR for fistulogram +/- angioplasty (Dr {{NAME:Pillay}}). Please hold Clexane dose day before. Fax IR booking to {{FAX:031 555 0177}}.
Portal upload: {{URL:https://renal.example.net/access/ndlovu-b}}
Thanks, {{NAME:Thulani Zungu}}, Access Nurse
{{LOCATION:Inkosi Albert Luthuli Central Hospital}}, {{LOCATION:Cato Manor}}, {{LOCATION:Durban}} | Last fistulogram {{DATE:11/2024}}
`,
  },
  {
    id: 't26-062',
    kind: 'portable radiography technologist note',
    text: `
RAD TECH NOTE  Portable CXR AP   {{DATE:01/08/26}} 0512   SICU-9   Pt {{NAME:Bautista Quintero, Efrain}}  Acc {{OTHER_ID:RX26-0108-0331}}
Pt supine, HOB 30 degrees, unable to sit. ETT, OGT, R IJ CVC, L chest tube, sternal wires, ECG leads moved off field.
Exposure 90 kVp 2.5 mAs, grid. Repeat x1 (rotated). Lead apron on pt (gonadal shield not used per policy).
RN assisted with positioning. Images sent to PACS 0520; image ID {{PHOTO:CR_0108_0331_01.dcm}}. Read by Dr {{NAME:Kaczmarek}}.
Copy to teleradiology, {{LOCATION:Hospital Universitario San Ignacio}}, {{LOCATION:Bogota}} | Viewer IP {{IP:198.51.100.23}}
`,
  },
  {
    id: 't26-063',
    kind: 'diabetic foot clinic wound note',
    text: `
HIGH-RISK FOOT CLINIC  {{DATE:14/10/2026}}  {{LOCATION:Alice Springs Hospital}}  Pt {{NAME:Jimmy Japaljarri Ross}}  Medicare {{HEALTH_PLAN:2950 55512 1}}
From {{LOCATION:Yuendumu}}; came in on the clinic bus with wife {{NAME:Nungarrayi}} and AHW {{NAME:Marlene}}.
R plantar 1st MTH ulcer 1.8 x 1.6 x 0.4 cm, probe-to-bone neg, SINBAD 3. Monofilament 2/10 sites. Pulses: DP weak, PT absent; TBI 0.5.
Debrided callus (scalpel #15), Inadine, foam, TCC (total contact cast) applied. X-ray: no osteo.
HbA1c 10.2%. Doxycycline 100 BID x10d for mild cellulitis. Podiatry following. Next: remote clinic visit {{DATE:21/10}}.
AHW ph {{PHONE:(08) 8955 5134}} | Clinic fax {{FAX:(08) 8955 5199}} | Home: {{LOCATION:Yuendumu}} community, via {{LOCATION:Tanami Road}}
`,
  },
  {
    id: 't26-064',
    kind: 'unit protocol excerpt (no PHI)',
    text: `
SICU PROTOCOL - EARLY MOBILITY (excerpt)   Rev. 4   Owner: Critical Care Nursing / PT / RT
Level 1 (RASS -5 to -3): passive ROM BID, turn q2h, Trendelenburg only for line placement, reverse Trendelenburg for reflux and ICP.
Level 2 (RASS -2 to 0, FiO2 <=60%, PEEP <=10): sit edge of bed, dangle, cycle ergometer (MOTOmed) in bed.
Level 3: stand with Sara Stedy or Hoyer to chair; Level 4: march in place, walk with Rifton walker, portable Trilogy vent.
Hold if: MAP <65 or >110 on Levophed >0.1 or Vasopressin, new arrhythmia, Homans or calf pain (DVT concern), active bleeding, ICP >20, open abdomen (ABThera).
Devices: secure ETT (Hollister AnchorFast), Foley bag below bladder, Pleur-evac upright, Impella and IABP patients: Level 1-2 only.
Documentation: Johns Hopkins Highest Level of Mobility (JH-HLM) score each shift; Perme ICU Mobility Score daily.
Refs: ABCDEF bundle (SCCM), Morris protocol, Schweickert RCT, Burtin cycle-ergometer trial.
`,
  },
];
