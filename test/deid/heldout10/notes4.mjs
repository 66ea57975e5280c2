// heldout10 notes4: discharge summaries and letters from countries the other sets did not use, in English (h10-031..040).
export default [
{ id: 'h10-031', kind: 'Norway discharge summary', text: `
EPIKRISE / DISCHARGE SUMMARY -- {{LOCATION:Haukeland universitetssjukehus}}, Medical Dept.
Patient: {{NAME:Ragnhild Sortland}}, fodselsnummer {{OTHER_ID:150732 48812}}, age {{AGE_OVER_89:93}}
Address: {{LOCATION:Nygardsgaten 41}}, {{LOCATION:5015}} {{LOCATION:Bergen}}. Admitted {{DATE:03.11.2025}}, discharged {{DATE:10.11.2025}}.
Diagnosis: community-acquired pneumonia (J18.9); atrial fibrillation (I48.9). CRP 212 -> 34. NEWS2 5 on admission.
Next of kin: son {{NAME:Eirik Sortland}}, tel {{PHONE:+47 555 18 804}}. GP Dr {{NAME:Ingvild Haugland}}, {{LOCATION:Landas legesenter}}.
Signed {{NAME:Torbjorn Eide}}, overlege, HPR-nr {{LICENSE:9144718}}.
Course: ceftriaxone 2 g x 5 days, then amoxicillin. Apixaban 2.5 mg BID (weight 52 kg, creatinine 121). Home nursing from {{LOCATION:Bergen kommune}} resumes {{DATE:11.11.2025}}; meals delivered to {{LOCATION:Nygardsgaten 41}}.
Follow-up at the outpatient clinic {{DATE:1 December 2025}}, 10:30. Copy sent to GP by e-mail {{EMAIL:landas.legesenter@example.no}}.
` },
{ id: 'h10-032', kind: 'Belgium referral letter', text: `
Referral -- {{LOCATION:AZ Sint-Jan Brugge}}, Cardiology
Re: Mr {{NAME:Pieter-Jan Vandenbroucke}}, national register no. {{OTHER_ID:61.07.30-033.61}}, mutuality member {{HEALTH_PLAN:301-7741882-44}}
Residence: {{LOCATION:Sint-Jorisstraat 18 bus 2}}, {{LOCATION:8000}} {{LOCATION:Brugge}}. Born {{DATE:30/07/1961}}.
Seen {{DATE:5 November 2025}} for syncope; Holter 3 pauses of 4.2 s. Pacemaker implanted {{DATE:07/11/2025}}, device SN {{DEVICE:PJV-77120}}.
Wife {{NAME:Lieve Maes}} reachable on {{PHONE:0470 55 55 18}}. Dr. {{NAME:Annelies De Smedt}}, RIZIV {{LICENSE:1-44718-82-550}}.
Interrogation at 1 month: atrial pacing 4%, ventricular 1%, battery 11.4 years. Remote monitor {{DEVICE:CM-4471882}} paired {{DATE:12 November 2025}}; transmissions go to {{URL:https://remote.example.be/pt/PJV-77120}}.
Driving: no private car for 1 week (his {{VEHICLE:1-ABC-447}}). Next visit {{DATE:February 2026}}. Fax to GP {{FAX:050 55 55 71}}.
` },
{ id: 'h10-033', kind: 'Czech Republic discharge report', text: `
DISCHARGE REPORT (translated) -- {{LOCATION:Fakultni nemocnice Brno}}
Patient {{NAME:Jaroslava Dvorakova}}, birth number {{OTHER_ID:435711/0274}}, insurer code 111, insured no. {{HEALTH_PLAN:4357110274}}
{{LOCATION:Kounicova 41}}, {{LOCATION:602 00}} {{LOCATION:Brno}}. Hospitalised {{DATE:28. 10. 2025}} to {{DATE:6. 11. 2025}}.
Hip fracture (S72.0), hemiarthroplasty; Hb 96 g/l. Barthel 45/100.
Daughter {{NAME:Hana Novotna}}, {{PHONE:+420 555 718 204}}, {{EMAIL:hana.novotna@example.cz}}.
MUDr. {{NAME:Ondrej Stastny}}.
Rehabilitation: transfer to {{LOCATION:Nemocnice Ivancice}} on {{DATE:6. 11. 2025}}; weight-bearing as tolerated. Enoxaparin 40 mg s.c. for 35 days. Vitamin D 25-OH 21 nmol/l, cholecalciferol started.
Patient born {{DATE:11. 7. 1943}}; lives alone, neighbour {{NAME:Zdenek Prochazka}} has a key. GP MUDr. {{NAME:Lenka Horakova}}, fax {{FAX:+420 555 718 209}}.
` },
{ id: 'h10-034', kind: 'Greece discharge note', text: `
Discharge note -- {{LOCATION:Evangelismos General Hospital}}, {{LOCATION:Athens}}
Name: {{NAME:Eleftheria Papadopoulou-Karra}}; AMKA {{HEALTH_PLAN:18063401552}}; ID card {{OTHER_ID:AK 447102}}
Home: {{LOCATION:Odos Ippokratous 72}}, {{LOCATION:106 80}} {{LOCATION:Athens}}. DOB {{DATE:18/06/1934}}, age {{AGE_OVER_89:91}}.
Admitted {{DATE:1/11/2025}} with hyponatraemia (Na 118); discharged {{DATE:9/11/2025}} Na 133.
Carer {{NAME:Maricel Dimaculangan}} (live-in). Grandson {{NAME:Stavros Karras}} {{PHONE:+30 555 410 7731}}.
Dr {{NAME:Nikolaos Vlachos}}, internist.
Medication changes: stop hydrochlorothiazide; fluid restriction 1.2 L/day; tolvaptan not started. Sodium recheck at {{LOCATION:Kentro Ygeias Kallitheas}} on {{DATE:13/11/2025}}.
The carer's work permit ({{OTHER_ID:PH-WP 88120447}}) was copied for the social worker, {{NAME:Despina Georgiou}}, {{EMAIL:d.georgiou@example.gr}}.
` },
{ id: 'h10-035', kind: 'Turkey ED letter for a traveller', text: `
EMERGENCY DEPARTMENT REPORT -- {{LOCATION:Akdeniz University Hospital}}, {{LOCATION:Antalya}}
Foreign patient: {{NAME:Graham Pendlebury}}, passport {{OTHER_ID:553018842}}; hotel {{LOCATION:Lara Beach Resort}}, room 4112.
Date {{DATE:22.10.2025}}. Jet-ski collision; laceration 6 cm L shin, 8 sutures; X-ray no fracture.
Travel insurer policy {{ACCOUNT:TRV-99182044}}; assistance case {{OTHER_ID:AC-25-188204}}.
Jet-ski registration {{VEHICLE:07 JS 4471}} recorded by coast guard.
Tour rep {{NAME:Selin Aydogan}} {{PHONE:+90 555 012 44 71}}. Dr {{NAME:Murat Kocabas}}, diploma TTB {{LICENSE:88124}}.
He is staying until {{DATE:29 October}}; sutures out at day 10 at home in {{LOCATION:Bolton}}. Tetanus toxoid 0.5 mL IM given. Invoice {{ACCOUNT:AKD-25-44718}} paid by insurer.
UK GP: Dr {{NAME:Fiona McAllister}}, {{LOCATION:Halliwell Surgery}}, phone {{PHONE:0161 496 0447}}. Wife {{NAME:Janet Pendlebury}} travelling with him.
` },
{ id: 'h10-036', kind: 'Egypt discharge summary', text: `
DISCHARGE SUMMARY -- {{LOCATION:Kasr Al Ainy Hospital}}, {{LOCATION:Cairo}}
Patient {{NAME:Mahmoud Abdel-Rahman El-Sayed}}, national ID {{OTHER_ID:28811240104417}}, file {{MRN:KA-2025-77182}}
Address {{LOCATION:14 Shaaban St}}, {{LOCATION:Dokki}}, {{LOCATION:Giza}}. Admission {{DATE:12/10/2025}}; discharge {{DATE:19/10/2025}}.
Dx: DKA (E10.1); pH 7.08, HCO3 6, glucose 512 mg/dL. Insulin glargine 18 units nightly.
Brother {{NAME:Tarek El-Sayed}} {{PHONE:+20 100 555 4471}}. Prof. {{NAME:Hoda Mansour}}.
Education given to mother {{NAME:Samira Hassan}} in Arabic; sick-day rules, ketone strips. Follow-up diabetes clinic {{DATE:2/11/2025}} at {{LOCATION:Cairo University Hospitals}} outpatient building.
HbA1c 11.8%. Insurance: Universal Health Insurance no. {{HEALTH_PLAN:UHI-2881124-01}}. Discharge prepared by Dr {{NAME:Youssef Naguib}}; hospital account {{ACCOUNT:KAH-77182-B}}.
` },
{ id: 'h10-037', kind: 'Peru clinic letter', text: `
Letter -- {{LOCATION:Clinica San Borja}}, {{LOCATION:Lima}}
Sra. {{NAME:Rosa Quispe Mamani}}, DNI {{OTHER_ID:40718823}}, SIS affiliation {{HEALTH_PLAN:SIS-40718823-2}}
Domicilio: {{LOCATION:Jr. Huallaga 418, dpto. 302}}, {{LOCATION:Cercado de Lima}}. DOB {{DATE:11/04/1978}}.
Gestational diabetes follow-up {{DATE:4 de noviembre de 2025}}; OGTT 95/180/155.
Husband {{NAME:Wilber Condori}} {{PHONE:+51 955 555 847}}. Dra. {{NAME:Carmen Huaman}}, CMP {{LICENSE:44871}}.
Plan: insulin NPH 10 units at night; glucose diary; delivery planned at {{LOCATION:Instituto Nacional Materno Perinatal}} around {{DATE:20/12/2025}}.
She works at a market stall in {{LOCATION:La Victoria}}; sister {{NAME:Yeni Quispe}} will accompany. E-mail {{EMAIL:rosa.quispe@example.pe}}. Next control {{DATE:18 de noviembre}}.
` },
{ id: 'h10-038', kind: 'Vietnam discharge paper', text: `
DISCHARGE PAPER -- {{LOCATION:Cho Ray Hospital}}, {{LOCATION:Ho Chi Minh City}}
Full name: {{NAME:NGUYEN THI BICH NGOC}}  Age: 62  Sex: F
Citizen ID {{OTHER_ID:079178004417}}; health insurance card {{HEALTH_PLAN:HC4797921004417}}
Address: {{LOCATION:128/7 Tran Hung Dao}}, {{LOCATION:Ward 7}}, {{LOCATION:District 5}}.
In {{DATE:15/10/2025}}, out {{DATE:24/10/2025}}. Dengue with warning signs; platelets 18 -> 142.
Relative: son {{NAME:Tran Minh Khoa}} {{PHONE:0908 555 417}}. Head of dept: Dr {{NAME:Le Van Hung}}.
NS1 antigen positive {{DATE:14/10/2025}}; haematocrit peak 48%. No transfusion. Advised to return if bleeding gums or abdominal pain.
Follow-up at {{LOCATION:Nguyen Tri Phuong Hospital}} on {{DATE:31/10/2025}}. Daughter-in-law {{NAME:Pham Thi Lan}}, {{PHONE:0913 555 821}}. Dr {{NAME:Vo Thanh Tam}}, practising certificate {{LICENSE:004471/HCM-CCHN}}.
` },
{ id: 'h10-039', kind: 'Bangladesh referral', text: `
REFERRAL SLIP -- {{LOCATION:Dhaka Medical College Hospital}}
Name: {{NAME:Rahima Begum}}  W/o {{NAME:Abdul Karim}}  NID {{OTHER_ID:1994 2718 804417}}
Vill: {{LOCATION:Charpara}}, Upazila {{LOCATION:Savar}}, Dist. {{LOCATION:Dhaka}}. Reg. no {{MRN:DMCH-88120}} dated {{DATE:07-11-2025}}.
Severe pre-eclampsia at 34 wk; BP 170/112, MgSO4 given. Referred to ICU.
Mobile {{PHONE:01711 555 447}}. Dr. {{NAME:Farhana Akter}}, BMDC {{LICENSE:A-71882}}.
Baby delivered by caesarean {{DATE:08-11-2025}}, 1.9 kg, Apgar 6/8, to SCANU. Mother stable, MgSO4 stopped after 24 h.
Husband {{NAME:Abdul Karim}} works in {{LOCATION:Narayanganj}} garment factory; mother-in-law {{NAME:Jahanara Khatun}} attendant. Bed number and ward are not PHI. bKash account for transport support {{ACCOUNT:01711-555-447-B}}.
` },
{ id: 'h10-040', kind: 'Trinidad and Tobago discharge summary', text: `
{{LOCATION:Eric Williams Medical Sciences Complex}}, {{LOCATION:Mt. Hope}}
Discharge: {{NAME:Deoraj Ramoutar}}, NIS no. {{OTHER_ID:4471802}}, reg {{MRN:EW-300911}}
{{LOCATION:LP 44 Cunupia Main Rd}}, {{LOCATION:Cunupia}}. Admitted {{DATE:2nd November 2025}}, discharged {{DATE:8th November 2025}}.
NSTEMI; troponin 2.4; PCI to LAD. Wife {{NAME:Savitri Ramoutar}} {{PHONE:1-868-555-0147}}.
Driving restricted 4 weeks (car {{VEHICLE:PCX 4471}}). Consultant Dr {{NAME:Keston Alleyne}}.
Echo EF 45% with anterior hypokinesia. Aspirin 81 mg, ticagrelor 90 mg BD, atorvastatin 80 mg. Cardiac rehab at {{LOCATION:San Fernando General Hospital}} from {{DATE:1st December}}.
Son {{NAME:Vishal Ramoutar}} ({{EMAIL:vishal.r@example.tt}}) will bring him; their address in {{LOCATION:Chaguanas}} used for the clinic card. CDAP card no. {{HEALTH_PLAN:447182}}.
` },
];
