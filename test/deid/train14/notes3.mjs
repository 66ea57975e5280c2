// train14 notes 3: ambulance, retrieval and inter-hospital transfer reports.
export default [
  {
    id: 't14-021',
    kind: 'ambulance patient care record (US EMS)',
    text: `
PCR #{{OTHER_ID:26-118204}}  Medic 14, {{LOCATION:Kanawha County}} EMS  {{DATE:11/23/2026}}
Dispatched 0612 to {{LOCATION:77 Cabin Creek Rd}}, {{LOCATION:Dawes}} WV for fall. On scene 0631.
Pt {{NAME:Ruby Lee Hatfield}}, {{AGE_OVER_89:91}} y/o F, found on kitchen floor by neighbor {{NAME:Virgil Combs}}. C/o R hip pain. GCS 15. BP 148/82, HR 96, SpO2 95%, BGL 132.
Meds per bottles: Eliquis, metoprolol, Synthroid. Splinted, scoop to stretcher. Fentanyl 50 mcg IV.
Transported priority 2 to {{LOCATION:CAMC General Hospital}} in {{LOCATION:Charleston}}, arrived 0722. Report to RN {{NAME:Tiffany Dingess}}.
Daughter {{NAME:Loretta Hatfield-Ooten}} notified {{PHONE:304-555-0111}}. Unit {{VEHICLE:WV EMS 2041}}.
Crew: {{NAME:J. Persinger}} EMT-P, {{NAME:Skye Runningwater}} EMT-B
Scene notes: home is a trailer behind {{LOCATION:Cabin Creek Free Will Baptist Church}}. Pt's cat left with neighbor {{NAME:Combs}}. Pt lucid, states her husband {{NAME:Delbert}} passed in 2019 and she was born {{DATE:2/14/1935}}. Medical command Dr {{NAME:Oyewole}} via radio. Run report e-mailed to ED at {{EMAIL:edintake@camc.example.org}}.
GCS 15, pupils PERRL. 12-lead: AF 96. Cardiac monitor strip attached. Run times: call {{DATE:11/23}} 0610, enroute 0614.
`,
  },
  {
    id: 't14-022',
    kind: 'retrieval report (Australia, RFDS)',
    text: `
RFDS Central Ops retrieval {{DATE:23/11/26}}  Task {{OTHER_ID:RFDS-C-26-55190}}
From {{LOCATION:Coober Pedy Hospital}} to {{LOCATION:Royal Adelaide Hospital}}.
Pt {{NAME:Dimitrios Kalogeropoulos}}, 62M, opal miner, STEMI inferior at 0300. Tenecteplase at 0345 by Dr {{NAME:Nyasha Chikwanha}} (RMO). Post-lysis ST resolution 60%.
Flight nurse {{NAME:Kirsty Ballantyne}}, MO Dr {{NAME:Arjun Raghunathan}}. PC-12 {{VEHICLE:VH-FVZ}} departed 0540.
Wife {{NAME:Eleni}} to drive down via {{LOCATION:Port Augusta}}; she has a room at {{LOCATION:Greek Orthodox Community hostel}} on {{LOCATION:Franklin Street}}.
Handover at {{LOCATION:RAH}} CCU 0810 to Dr {{NAME:Lowitja Brennan}}.
In flight: VF arrest x1 at 0655 over {{LOCATION:Pimba}}, single shock, ROSC. Amiodarone 300 mg. Landed {{LOCATION:Adelaide Airport}} 0745, road ambulance {{VEHICLE:SAAS 5042}} to {{LOCATION:RAH}}. Sister {{NAME:Despina Kalogeropoulou}} in {{LOCATION:Norwood}} notified, {{PHONE:0491 570 110}}. Mine site manager {{NAME:Col Haddrick}} at {{LOCATION:Eight Mile opal field}} gave history.
12-lead at 0300: STE II, III, aVF. Aspirin 300 mg, clopidogrel 300 mg, enoxaparin 30 mg IV. Flight time 2 h 05 min. Retrieval date {{DATE:23 Nov 2026}}.
`,
  },
  {
    id: 't14-023',
    kind: 'ambulance handover (UK, ATMIST)',
    text: `
ATMIST handover {{DATE:24/11/2026}} 08:12, Resus, {{LOCATION:Queen Elizabeth Hospital Birmingham}}
A: 44M, {{NAME:Gurpreet Singh Bains}}. T: 07:40. M: cyclist vs HGV on {{LOCATION:Bristol Road}}, {{LOCATION:Selly Oak}}. I: open L femur #, abrasions. S: HR 128, BP 94/60, RR 24, GCS 14. T: TXA 1 g, pelvic binder, 2 units blood by MERIT Dr {{NAME:Olamide Fashola}}.
Wife {{NAME:Harpreet Kaur}} en route from {{LOCATION:Handsworth Wood}}; family priest from {{LOCATION:Guru Nanak Gurdwara Smethwick}} asked to attend.
Crew: paramedics {{NAME:Leanne Cartwright}} and {{NAME:Tobi Adeyemo}}, call sign {{VEHICLE:WM 4120}}.
Additional: bike helmet intact. Police escort PC {{NAME:Hollie Brennan}} present. Trauma team leader Dr {{NAME:Ayesha Mahmood}}. Patient's employer {{LOCATION:Royal Mail Selly Oak Delivery Office}} informed by wife. HGV registration {{VEHICLE:BX19 KWT}}; cycle frame no {{DEVICE:WTU318C1234K}} for police property.
ABC: airway patent, RR 24, HR 128, BP 94/60, GCS E4V4M6. Blood given: 2 units O neg, TXA 1 g. Incident {{DATE:24/11/2026}}.
`,
  },
  {
    id: 't14-024',
    kind: 'interfacility transfer note (US, critical care transport)',
    text: `
CCT TRANSFER {{DATE:11/24/26}}  Sending: {{LOCATION:Bear Lake Memorial Hospital}}, {{LOCATION:Montpelier}} ID -> Receiving: {{LOCATION:University of Utah Hospital}} MICU
Pt {{NAME:Ingrid Solvang-Pettersen}} 67F. Septic shock from pyelonephritis, on norepi 0.12 mcg/kg/min, vasopressin 0.03 U/min. Intubated 1950 by Dr {{NAME:Wade Kimball}}.
ETT 7.5 @ 22 cm. Vent AC 450/16/+8/60%. ABG 7.29/38/88.
Accepting Dr {{NAME:Fatemeh Rahimzadeh}}, accept ref {{OTHER_ID:UUTX-448120}}. Fixed-wing {{VEHICLE:N512LF}} ETA 2240.
Husband {{NAME:Arvid}} driving via {{LOCATION:Logan}}, cell {{PHONE:208-555-0190}}.
Flight RN {{NAME:Cheyenne Broncho}}, FP-C
2315: arrived at {{LOCATION:University of Utah Hospital}}, handoff to RN {{NAME:Jorgen Vance}} and Dr {{NAME:Rahimzadeh}}. Daughter {{NAME:Kari Solvang}} in {{LOCATION:Boise}} updated by phone {{PHONE:208-555-0147}}. Sending RN {{NAME:Marnie Kunz}} from {{LOCATION:Montpelier}} faxed records to {{FAX:801-555-0139}}.
Labs at sending: lactate 4.8, WBC 22.1, creatinine 2.9. Cultures x2 drawn {{DATE:11/24}} 1830. Pip-tazo 4.5 g at 1900.
`,
  },
  {
    id: 't14-025',
    kind: 'ambulance report (Norway, translated)',
    text: `
Ambulance journal {{DATE:24.11.2026}} kl 1405
Pasient: {{NAME:Aslak Nils Sara}}, 58 ar, fodselsnr {{SSN:000563 12345}}
Called to reindeer corral near {{LOCATION:Kautokeino}}, kicked in chest. Pain 6/10, SpO2 94%, HR 110. Suspected rib #. Oxygen, paracetamol, morphine 5 mg.
Transported to {{LOCATION:Hammerfest sykehus}}; helicopter declined due to weather. Son {{NAME:Mikkel Ante}} followed by snowmobile to {{LOCATION:Masi}}, then car.
Crew {{NAME:Siv Hansen}} and {{NAME:Oddbjorn Eira}}, unit {{VEHICLE:FINNMARK 12}}.
At hospital 1620, handed to Dr {{NAME:Ragnhild Bongo}}. Wife {{NAME:Inga Marit Sara}} to stay at {{LOCATION:Hammerfest Hotel}}; she speaks North Sami only, interpreter {{NAME:Berit Anne Hetta}} by phone. Reindeer herding district office in {{LOCATION:Alta}} informed by son.
SpO2 94% -> 98% on O2 4 L. Morphine 5 mg IV, paracetamol 1 g IV. Onset {{DATE:24.11.2026}} ca 13:30.
`,
  },
  {
    id: 't14-026',
    kind: 'paramedic note (Canada, palliative at home)',
    text: `
EHS note {{DATE:2026-11-25}} 1930
Called to {{LOCATION:5 Harbour View Lane}}, {{LOCATION:Lunenburg}} NS by wife {{NAME:Bernadette Zwicker}}.
Pt {{NAME:Hollis Zwicker}}, 88M, metastatic prostate ca, registered with Special Patient Program. Breakthrough pain 9/10.
Hydromorphone 1 mg SC per palliative protocol, reassessed 3/10. Not transported per goals of care. Pall care MD Dr {{NAME:Yaw Boateng}} informed by phone.
Home care nurse {{NAME:Chantal Surette}} from {{LOCATION:South Shore Home Care}} to visit AM.
Paramedics {{NAME:K. Eisenhauer}}, {{NAME:Dev Malhotra}}
Wife reports pt was a fisherman out of {{LOCATION:Blue Rocks}} for 40 years. Their son {{NAME:Wade Zwicker}} lives in {{LOCATION:Bridgewater}}, phone {{PHONE:902-555-0104}}. Pastor {{NAME:Ruth Mader}} of {{LOCATION:St. John's Anglican Church}} called. Next visit from VON nurse {{NAME:Lillian Oickle}} on {{DATE:Nov 26}}.
PPS 30%. Pain 9/10 -> 3/10. Meds at home: hydromorphone 2 mg PO q4h, dexamethasone 4 mg, senna. Last BM {{DATE:Nov 22}}.
`,
  },
  {
    id: 't14-027',
    kind: 'ambulance report (India, 108 service)',
    text: `
108 EMRI trip sheet {{DATE:25-11-2026}}  Case {{OTHER_ID:AP26-7718204}}
Pickup: {{LOCATION:Kondapalli}} village, near {{LOCATION:Sri Durga Temple}}, {{LOCATION:NTR district}}. Snake bite R foot 2h ago, krait suspected.
Pt {{NAME:Bhukya Ramulu}}, 36M, farm labourer. Ptosis bilateral. Wife {{NAME:Bhukya Sakku}} with him, mobile {{PHONE:94405 55321}}.
Transported to {{LOCATION:Government General Hospital Vijayawada}}. ASV started at {{LOCATION:PHC Ibrahimpatnam}} (10 vials) by Dr {{NAME:Sravani}}.
EMT {{NAME:G. Naga Babu}}, pilot {{NAME:Shaik Khaja Mohiddin}}. Vehicle {{VEHICLE:AP16 TE 4418}}.
At {{LOCATION:GGH}} casualty 16:40, handed to duty medical officer Dr {{NAME:Kolli Bhavani}}. Sarpanch {{NAME:Lavudya Bhaskar Naik}} of the village arranged money for attendant. ASV 10 more vials. Ventilator bed in RICU, unit in-charge Dr. {{NAME:Sk. Rafi}}; son {{NAME:Bhukya Naveen}} studying at {{LOCATION:ZPHS Kondapalli}}.
20WBCT prolonged. Neostigmine + atropine. Bite at approx 11:30 on {{DATE:25-11-2026}}.
`,
  },
  {
    id: 't14-028',
    kind: 'retrieval note (neonatal, UK)',
    text: `
Neonatal transport {{DATE:25/11/26}}  CenTre ref {{OTHER_ID:CT-26-3307}}
Baby of {{NAME:Amira Haddad}}, born {{DATE:25/11/26}} 04:50 at 31+2/40, {{LOCATION:Kettering General Hospital}}. Surfactant x1, CPAP 6.
Transferred to {{LOCATION:Leicester Royal Infirmary}} NICU. Dad {{NAME:Karim Haddad}} travelling from {{LOCATION:Corby}}. Mum remains on Rockingham Wing.
Team: ANNP {{NAME:Bronwen Tate}}, Dr {{NAME:Ifeoma Chukwu}}. Incubator {{DEVICE:SN BT-ATI-20114}}.
Mum {{NAME:Amira Haddad}} (nee {{NAME:Saleh}}), 29, from {{LOCATION:Gretton}}; grandparents {{NAME:Samir}} and {{NAME:Rania Saleh}} in {{LOCATION:Leicester}}. Cot side photo given to parents ({{PHOTO:baby_haddad_0601.jpg}}). Parents' accommodation at {{LOCATION:Ronald McDonald House Leicester}}. Consultant neonatologist Dr {{NAME:Venkatesh Iyer}}.
Birth weight 1.62 kg. Vitamin K given. Blood gas pH 7.28, pCO2 7.1. Dispatch {{DATE:25/11/26}} 06:40.
`,
  },
];
