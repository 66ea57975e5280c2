// train14 notes 1: ward progress notes and nursing shift notes from several countries.
export default [
  {
    id: 't14-001',
    kind: 'ward progress note (UK, medical)',
    text: `
Ward 7B progress note - {{DATE:14/11/2026}} 09:40
Pt {{NAME:Oluwaseun Adebayo-Clarke}}, 71M, NHS no {{HEALTH_PLAN:943 476 5919}}, hosp no {{MRN:RX1204471}}.
Seen on ward round with Dr {{NAME:Fenella Cruickshank}} (cons) and FY1 {{NAME:Tomasz Wierzbicki}}.
S: slept poorly, daughter {{NAME:Funmi}} visited last night from {{LOCATION:Croydon}}. Less breathless.
O: NEWS2 3. Sats 93% on 2L. Bibasal creps. Calves SNT. CURB-65 was 2 on admission.
Bloods: CRP 88 (142), Hb 118, eGFR 54.
A: CAP improving on co-amoxiclav + clarithromycin. Background AF on apixaban, CHA2DS2-VASc 4.
P: IV to oral switch tomorrow. PT/OT assess. Discuss with {{NAME:Funmi}} re d/c to {{LOCATION:14 Ashburnham Road}}, {{LOCATION:Thornton Heath}}, {{LOCATION:CR7 8AB}}.
{{NAME:T. Wierzbicki}} FY1, bleep 2217
Addendum 15:10: {{NAME:Funmi}} phoned back - she and her husband {{NAME:Gbenga Clarke}} can stay with dad for the first week; grandson {{NAME:Tobi}} studies at {{LOCATION:Kingston University}}. District nurses from {{LOCATION:Purley War Memorial Hospital}} hub to check INR-free anticoag adherence. Pharmacy: blister pack via {{LOCATION:Boots}}, {{LOCATION:Thornton Heath High Street}}. Lansoprazole and Adcal continued. Discussed with Dr {{NAME:Cruickshank}}, agreed EDD {{DATE:18/11/2026}}.
Meds: Adcal-D3 1 tab bd, apixaban 5 mg bd, bisoprolol 2.5 mg od. MUST 0. Clinical Frailty Scale 4. Next bloods {{DATE:16/11}}.
`,
  },
  {
    id: 't14-002',
    kind: 'nursing shift note (Australia, night)',
    text: `
NURSING NOTE 2300-0730  {{DATE:15/11/26}}
Pt: {{NAME:Margaret "Peg" Tjungurrayi}}  UR {{MRN:00871123}}  Bed 12, {{LOCATION:Alice Springs Hospital}} Medical Ward
Alert, orientated. Pain 2/10 L hip, Endone 5 mg PO at 0110 with effect. Waterlow 18, pressure areas intact, 2/24 repositioning.
Granddaughter {{NAME:Shantelle}} rang at 2315 from {{LOCATION:Hermannsburg}} ({{LOCATION:Ntaria}}) asking about plan, informed pt comfortable. {{NAME:Shantelle}}'s mobile {{PHONE:0491 570 156}}.
Pt wishes to return to country at {{LOCATION:Areyonga}} once mobile. Aboriginal Liaison Officer {{NAME:Desmond Kngwarraye}} to review in AM.
Falls risk high - bed alarm on, sensor mat. BGL 7.4 at 0600.
{{NAME:R. Fonoti}} RN
0415: pt woke distressed, asking for her late husband {{NAME:Clarrie}}. Reoriented, sat with her. Spoke a little Arrernte; interpreter booked via {{LOCATION:Aboriginal Interpreter Service}} for {{DATE:16/11}} 1000. Nephew {{NAME:Desmond Kngwarraye}} (same as ALO, family connection declared). Physio {{NAME:Brooke Ah Kit}} to mobilise with frame. Flying Doctor clinic at {{LOCATION:Areyonga Clinic}} informed of likely discharge around {{DATE:22 November}}.
Meds due: Endone 5 mg q4h PRN, Panadol Osteo 1330 mg tds, Clexane 40 mg. Admitted {{DATE:11/11/2026}}. Waterlow reassessed Mon.
`,
  },
  {
    id: 't14-003',
    kind: 'ward progress note (Ireland, surgical)',
    text: `
Surgical ward round {{DATE:16 Nov 2026}}, St Brigid's ward, {{LOCATION:University Hospital Galway}}
Patient: {{NAME:Siobhan Ni Bhriain}}, 46F, MRN {{MRN:G2230917}}. POD 2 lap chole.
Seen by Mr {{NAME:Cathal O Dubhghaill}} with SpR {{NAME:Ngozi Eze}}.
Comfortable, tolerating diet, passing flatus. Wounds clean. Drain 20 ml serous, removed.
Husband {{NAME:Padraig}} collecting her to {{LOCATION:Oughterard}} tomorrow; GP Dr {{NAME:Aoife Mac Giolla}} at {{LOCATION:Moycullen Medical Centre}}.
Plan: d/c {{DATE:17/11}}, OPD 6/52 in Surgical Clinic. No driving 1/52.
Addendum: husband is {{NAME:Padraig Walsh}}; pt kept her own surname. Works at {{LOCATION:Connemara Marble Factory}} in {{LOCATION:Moycullen}}. Histology to be sent to GP; path lab {{LOCATION:Merlin Park}}. Ciprofloxacin not needed. Intern {{NAME:Oisin Fahy}}.
Analgesia: paracetamol 1 g QDS, ibuprofen 400 mg TDS. VTE: Clexane 40 mg x 7 days. Admission date {{DATE:14/11/2026}}.
`,
  },
  {
    id: 't14-004',
    kind: 'nursing shift note (US, med-surg day shift)',
    text: `
Day shift 0700-1900 {{DATE:11/16/2026}}  RN {{NAME:Grace Whitehorse}}
Pt {{NAME:Bishop, Lorenzo}} 63M  MRN {{MRN:7745019}}  rm 5-214
Admitted from {{LOCATION:Mercy Manor Nursing & Rehab}} for cellulitis RLE. Vanc per pharmacy (trough 14.2). Braden 15, Morse 45.
Visitors: wife {{NAME:Dolores Bishop}} and pastor {{NAME:Ezekiel Summers}} from {{LOCATION:Greater Hope Missionary Baptist Church}} 1400-1530.
Pt states he lives with wife at {{LOCATION:2207 Calloway Ave}}, {{LOCATION:Shreveport}} LA {{LOCATION:71104}}; prefers not to return to {{LOCATION:Mercy Manor}}.
CM {{NAME:Hope Arceneaux}} notified. Dressing changed, marked borders receding. Foley not indicated.
Report given to {{NAME:Will Tran}} RN at 1900.
1630: pt's son {{NAME:Lorenzo Bishop}} Jr. called from {{LOCATION:Bossier City}} asking for update; verified with password on file. Sister {{NAME:Grace}} will bring his hearing aids from home. Pastor {{NAME:Summers}} left a prayer card. Podiatry (Dr {{NAME:Achterberg-Yates}}) to see for onychomycosis. Ambulation 2x with walker, Morse reassessed 45.
Vitals 1600: T 37.4, HR 88, BP 134/80, SpO2 96% RA. Vanc 1250 mg q12h, next trough {{DATE:11/17}} 0530. CPT 97597 wound debridement by WOC.
`,
  },
  {
    id: 't14-005',
    kind: 'ward progress note (India, medicine)',
    text: `
Medicine Unit III - Progress {{DATE:17.11.2026}}
Name: Shri {{NAME:Venkataramana Reddy Gangireddy}}  Age 58/M  IP no {{MRN:IP/2026/118842}}
Bed 23, {{LOCATION:Gandhi Hospital}}, {{LOCATION:Musheerabad}}
Day 4 dengue. Platelets 38k -> 61k. No bleeding. Hct 41. Tourniquet test neg.
Son {{NAME:Praveen}} (mob {{PHONE:+91 98490 55512}}) from {{LOCATION:Nalgonda}} attending. Wife {{NAME:Lakshmamma}} stays in the dharamshala on {{LOCATION:Padmarao Nagar}}.
Plan: continue oral fluids, paracetamol 650 mg SOS, avoid NSAIDs. Shift to ward from HDU.
Unit chief Dr {{NAME:K. Sarada Devi}}, PG Dr {{NAME:Md. Imran Qureshi}}
Evening note: relatives {{NAME:Gangireddy Sudhakar}} and {{NAME:Ramadevi}} came from {{LOCATION:Miryalaguda}} by bus; advised only one attendant. Warning signs explained in Telugu by staff nurse Sr. {{NAME:Mary Sujatha}}. Discharge planned {{DATE:20.11.2026}} with review at {{LOCATION:PHC Nakrekal}}. Platelet count to be repeated at {{LOCATION:Vijaya Diagnostics}}, {{LOCATION:Himayatnagar}}.
Admitted {{DATE:14.11.2026}}. NS1 Ag positive, IgM pending. Paracetamol only; no aspirin. I/O 2.8 L / 1.9 L.
`,
  },
  {
    id: 't14-006',
    kind: 'nursing shift note (Canada, ortho)',
    text: `
Nursing progress note {{DATE:2026-11-17}} night shift
{{NAME:Aputsiaq Kilabuk}} (prefers "Apu"), 34M, chart {{MRN:H0045521}}, Ortho 4 West, {{LOCATION:Ottawa Hospital General Campus}}
Medevac from {{LOCATION:Iqaluit}} {{DATE:Nov 15}} with # R tib/fib, ORIF {{DATE:Nov 16}}. NV checks q2h intact. Pain controlled with hydromorphone PCA.
Inuktitut interpreter {{NAME:Leetia Ashevak}} present 2000-2100. Escort is his aunt {{NAME:Mary Akavak}}, staying at {{LOCATION:Larga Baffin}} boarding home on {{LOCATION:Montreal Road}}.
CSM intact, compartments soft. Enoxaparin 40 mg SC at 2200.
{{NAME:M-C Tremblay}} inf.
0300 pt awake, FaceTimed partner {{NAME:Ooleepeeka}} in {{LOCATION:Pangnirtung}}; their daughter {{NAME:Saila}} has a cold. Pt worries about missing caribou hunt with uncle {{NAME:Joanasie Akavak}}. Return flight via Canadian North arranged by Nunavut medical travel for approx {{DATE:Nov 24}}. PT {{NAME:Rosalie Gagnon}} to teach crutches.
Meds: hydromorphone PCA 0.2 mg q10 min, acetaminophen 1 g q6h, enoxaparin 40 mg daily. Post-op XR {{DATE:Nov 17}}: hardware in place.
`,
  },
  {
    id: 't14-007',
    kind: 'ward progress note (South Africa)',
    text: `
Ward 21 Progress Note  {{DATE:18/11/2026}}
{{NAME:Thandiwe Nomvula Mahlangu}}, 29F, folder {{MRN:CH-883201}}, {{LOCATION:Chris Hani Baragwanath Hospital}}
Day 10 RHZE for TB meningitis. GCS 15/15. No new focal signs. LFTs ALT 48.
Mother {{NAME:Nokuthula}} visited from {{LOCATION:Orlando East}}, {{LOCATION:Soweto}}; she asks for a letter for employer {{LOCATION:Shoprite Jabulani Mall}}.
Plan: step-down to {{LOCATION:Clinic 3 Lilian Ngoyi}} for DOTS once stable; social worker {{NAME:Sipho Dlamini-Botha}} aware.
Intern Dr. {{NAME:Pieterse}}. Reg {{NAME:Z. Cassim}}.
Note from sister {{NAME:Lerato Mahlangu}}: patient's children {{NAME:Karabo}} and {{NAME:Neo}} are staying with her in {{LOCATION:Tembisa}}. HIV VL pending, ART (TLD) to start week 2 per Dr {{NAME:Cassim}}. Contact tracing by {{LOCATION:Orlando East Clinic}} for household. Physio {{NAME:Annelie van Wyk}} - mobilising.
LP {{DATE:8/11/2026}}: CSF protein 2.1, glucose 1.4, GeneXpert MTB detected, rif-resistance not detected. Dexamethasone tapering.
`,
  },
  {
    id: 't14-008',
    kind: 'nursing handover note (New Zealand)',
    text: `
ISBAR handover {{DATE:18/11/26}} 1500
I: {{NAME:Tamati Te Whata}}, 77M, NHI {{MRN:ZKM4417}}, Ward 3, {{LOCATION:Whangarei Hospital}}
S: post-op day 1 TURP, CBI running, rose.
B: from {{LOCATION:Kaikohe}}, lives with wife {{NAME:Huia}} on {{LOCATION:Raihara Street}}. Whanau at bedside incl. son {{NAME:Rawiri}} and kuia {{NAME:Ngaire Heke}} ({{AGE_OVER_89:93}}).
A: obs stable, EWS 1, UO good, Hb 131.
R: continue CBI, wean when clear. Kaumatua {{NAME:Hemi Pomare}} to bless room at 1700.
Handed to {{NAME:Losa Tuilagi}} RN.
Addendum 1930: karakia done. Daughter {{NAME:Aroha Te Whata}} drove from {{LOCATION:Kerikeri}}; asks that discharge go through {{LOCATION:Hauora Hokianga}}. GP is Dr {{NAME:Sione Latu}}. District nursing referral faxed to {{FAX:09 555 0413}}. Catheter plan discussed with urologist Mr {{NAME:Grant McIvor}}.
Meds: tamsulosin 400 mcg, paracetamol 1 g QID, cefuroxime. Surgery date {{DATE:17/11/26}}. PSA 8.9.
`,
  },
  {
    id: 't14-009',
    kind: 'ward progress note (Germany, translated)',
    text: `
Visite {{DATE:19.11.2026}} Station K3, {{LOCATION:Klinikum Oldenburg}}
Pat. {{NAME:Gerda Ruhnke}}, geb. {{DATE:03.07.1936}}, Fall-Nr {{ACCOUNT:26118740}}
Exacerbated COPD GOLD 3. SpO2 91% on 2 L. Prednisolone 40 mg day 3/5. Theophylline stopped.
Lives alone in {{LOCATION:Rastede}}, {{LOCATION:Feldstrasse 12a}}; neighbour {{NAME:Hinrich Onken}} has key. Nephew {{NAME:Jens-Uwe Ruhnke}} in {{LOCATION:Bremerhaven}} tel {{PHONE:0471 555 2291}}.
Plan: Sozialdienst for Kurzzeitpflege at {{LOCATION:Haus am Schlossgarten}}. Chief Prof. Dr. {{NAME:Behrens}}; Assistenzarzt {{NAME:Yusuf Karadeniz}}.
Neighbour {{NAME:Onken}} reports she has been falling at home since {{DATE:September 2026}}. Pflegegrad application in progress. Hausarzt Dr. {{NAME:Annegret Siefken}}, {{LOCATION:Oldenburger Strasse 4}}, {{LOCATION:26180}} {{LOCATION:Rastede}}. Physiotherapie Frau {{NAME:Lukas}} (therapist {{NAME:Malte Lukas}}). Vitals: RR 132/70, HF 88.
Admission {{DATE:16.11.2026}}. BGA: pH 7.36, pCO2 52. Salbutamol/ipratropium nebs q4h. Barthel index 55.
`,
  },
  {
    id: 't14-010',
    kind: 'nursing note (US, telemetry)',
    text: `
Tele 6N shift note {{DATE:11/19/26}} 1915-0715
pt {{NAME:Summer Nakamura-Reyes}} 52F mrn {{MRN:3301867}} bed 6N-22
pm: HR 140s afib RVR at 2230, dilt 10 mg IV per Dr {{NAME:Oyelowo}}, now 90s. Mag 1.7 replaced. pt anxious, asked for her partner {{NAME:Jo Whitfield}}, called {{PHONE:(602) 555-0181}}, arrived 2330.
pt states she works at {{LOCATION:Banner Desert Medical Center}} as a phlebotomist and lives in {{LOCATION:Chandler}}.
Holter ordered for post d/c. Call light in reach. Handoff to {{NAME:Marisol}} RN.
0500 labs: K 3.9, TSH pending. Pt's sister {{NAME:Autumn Nakamura}} texted asking for visiting hours; given unit number only. Cardiology PA {{NAME:Ibrahim Sow}} to see in AM. Echo scheduled with echo tech {{NAME:Corbin}}. Pt from {{LOCATION:Ahwatukee}} originally, moved {{DATE:March 2025}}.
Started on diltiazem 30 mg PO q6h and apixaban 5 mg BID. CHA2DS2-VASc 2, HAS-BLED 1. Admit date {{DATE:11/18/26}}.
`,
  },
];
