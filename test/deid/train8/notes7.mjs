// train8 notes 7: Singapore home-medical note, Haitian community health worker note (Miami), Rotterdam GP letter,
// Brooklyn shiva bereavement note, Vienna school letter (Bosnian family), Rwandan discharge summary, refugee
// settlement referral (South Sudanese family, Uganda), Sicilian home visit, Almaty discharge letter.
export default [
  {
    id: 't8-056',
    kind: 'home medical visit note (Singapore)',
    text: `
{{LOCATION:Tsao Foundation}} Hua Mei Mobile Clinic - home visit note   {{DATE:05 Nov 2026}}
Patient: {{NAME:Tan Ah Kow}}, NRIC {{OTHER_ID:S2744718D}}, {{AGE_OVER_89:90}} years, Hokkien-speaking.
Address: {{LOCATION:Blk 55 Lengkok Bahru}}, {{LOCATION:#08-447}}, Singapore {{LOCATION:151055}} (one-room rental flat, lift stops at every floor).
Seen by Dr {{NAME:Nurul Huda binti Rahmat}} and nurse {{NAME:Kavitha d/o Selvaraju}}, with medical social worker {{NAME:Joyce Ong}}.
He lives alone since his wife {{NAME:Lim Geok Hoon}} died; his only son {{NAME:Tan Boon Huat}} works night shifts at {{LOCATION:Changi Airport}} and
visits on Sundays. Neighbour Auntie {{NAME:Rosnah}} from the next unit brings him nasi lemak and calls the clinic ({{PHONE:6555 0147}}) when he
does not open the door. BP 168/92, on amlodipine 10 mg and losartan 50 mg; several Webster pack slots missed. MoCA 17/30. The Senior Activity
Centre at {{LOCATION:Blk 53 Lengkok Bahru}} has a place; the personal alert button (serial {{DEVICE:PAB-SG-20447182}}) was re-paired to the
call centre. Palm-vein check-in at the polyclinic enrolled ({{BIOMETRIC:PV-SG-0447-182}}). MediSave account {{ACCOUNT:MS-2744718}} to be used
for the home-care package; CHAS card blue. Review at {{LOCATION:Bukit Merah Polyclinic}} on {{DATE:19/11/2026}}.
`,
  },
  {
    id: 't8-057',
    kind: 'community health worker note (Haitian family, Miami)',
    text: `
Community Health Worker encounter - {{LOCATION:Center for Haitian Studies}}, {{LOCATION:Little Haiti}}, {{LOCATION:Miami}}
{{DATE:11/06/2026}}   CHW {{NAME:Jean-Baptiste}} "{{NAME:Ti-Jean}}" {{NAME:Desrosiers}} (Kreyol)
Client: {{NAME:Marie-Lourdes Pierre-Louis}}, 59, DOB {{DATE:02/11/1967}}, MRN {{MRN:JMH-0447182}}, SSN {{SSN:000-55-7182}}.
Lives at {{LOCATION:5801 NE 2nd Ave}}, {{LOCATION:Unit 3}}, {{LOCATION:Miami}}, FL {{LOCATION:33137}}, with her daughter
{{NAME:Nadege Joseph}}, son-in-law {{NAME:Wilner Joseph}} and grandchildren {{NAME:Kervens}} and {{NAME:Widlyne}}. She arrived from {{LOCATION:Jacmel}}
after the 2021 earthquake on humanitarian parole. Hypertension uncontrolled: home cuff (Omron, serial {{DEVICE:OM-HEM-7155-447182}}) readings 150-170
systolic. She also drinks a bitter tea of asosi leaves. Her church, {{LOCATION:Eglise Baptiste Emmanuel}}, holds a health fair on {{DATE:Nov 21}}.
Pharmacy fingerprint pickup enrolled ({{BIOMETRIC:FPR-447182-MLPL}}). Medicaid MCD {{HEALTH_PLAN:7718204471}} active. Follow-up with Dr {{NAME:Guerline Celestin}}
at {{LOCATION:Jackson North}}. Daughter's phone {{PHONE:305-555-0119}}.
`,
  },
  {
    id: 't8-058',
    kind: 'GP letter (Rotterdam, Netherlands)',
    text: `
Huisartsenpraktijk {{LOCATION:Het Oude Westen}}, {{LOCATION:Gaffelstraat 40}}, {{LOCATION:3014 RB}} {{LOCATION:Rotterdam}}
T {{PHONE:010 555 4471}}   F {{FAX:010 555 4472}}   {{EMAIL:praktijk@oudewesten.example.nl}}
{{LOCATION:Rotterdam}}, {{DATE:3 november 2026}}

Aan: {{LOCATION:Erasmus MC}}, Poli Interne Geneeskunde, t.a.v. dr. {{NAME:R.J. van der Heijden-Tjin A Kwie}}

Betreft: mevrouw {{NAME:Sharda Ramsaran-Bisoendat}}, geb. {{DATE:17-04-1954}}, BSN {{OTHER_ID:447182093}}
Adres: {{LOCATION:Josephstraat 118-C}}, {{LOCATION:3014 TJ}} {{LOCATION:Rotterdam}}

Geachte collega,
Graag verwijs ik mevrouw {{NAME:Ramsaran}}, 72, Surinaams-Hindostaanse, sinds 1975 in Nederland, met een microcytaire anemie (Hb 6.1 mmol/l)
en gewichtsverlies. Coloscopie in {{LOCATION:Ikazia Ziekenhuis}} in {{DATE:maart 2024}} was zonder afwijkingen. Haar dochter {{NAME:Anita}} tolkt
meestal; haar zoon {{NAME:Ravi Ramsaran}} woont in {{LOCATION:Paramaribo}}. Zorgverzekering Zilveren Kruis, polisnummer {{HEALTH_PLAN:ZK-447182093}}.
Met vriendelijke groet,
{{NAME:Jeroen de Wit}}, huisarts (BIG {{LICENSE:49044718201}})
Verzonden via ZorgDomein van IP {{IP:192.0.2.61}}.
`,
  },
  {
    id: 't8-059',
    kind: 'bereavement note, shiva visit (Brooklyn)',
    text: `
Hospice bereavement - {{LOCATION:MJHS Hospice}}, {{LOCATION:Borough Park}} team   {{DATE:11/08/2026}}
In memory of {{NAME:Chaya Sura Weinberger}}, a"h, born in {{LOCATION:Satu Mare}} in 1931, who died at home on {{DATE:October 28, 2026}} ({{DATE:17 Cheshvan}}),
aged {{AGE_OVER_89:95}}. Bereavement counsellor {{NAME:Dina Rosenbaum}}, LMSW, made a shiva call to {{LOCATION:1447 52nd Street}}, {{LOCATION:Brooklyn}},
NY {{LOCATION:11219}}. Present: her sons {{NAME:Yoel}} and {{NAME:Moshe Weinberger}}, daughters {{NAME:Rivky Klein}} and {{NAME:Faigy Stern}}, and her
sister {{NAME:Leah Gross}}, {{AGE_OVER_89:98}}, who came in a wheelchair from {{LOCATION:Williamsburg}}. Rabbi {{NAME:Mendel Teitelbaum}} of the
{{LOCATION:Satmar shul on 15th Avenue}} was there. The eldest son said kaddish. The family asked that the Yiddish-speaking aide,
{{NAME:Sura Blimie Gold}}, call them; she was very close to the mother. Final account {{ACCOUNT:MJ-447182-W}} closed with Medicaid
(CIN {{HEALTH_PLAN:AB44718C}}). {{NAME:Rivky}}'s cell {{PHONE:718-555-0152}}. Next contact after sheloshim, about {{DATE:Nov 27}}.
`,
  },
  {
    id: 't8-060',
    kind: 'school letter (Vienna, Austria; Bosnian family)',
    text: `
{{LOCATION:Volksschule Quellenstrasse}}, {{LOCATION:Quellenstrasse 142}}, {{LOCATION:1100}} {{LOCATION:Wien}}
{{DATE:4. November 2026}}

An den Schularzt, {{LOCATION:Klinik Favoriten}}, Kinderambulanz

Sehr geehrte Frau Dr. {{NAME:Hofbauer}},
wir melden {{NAME:Amina Hodzic}}, 8 Jahre, Klasse 2b. Sie hatte am {{DATE:3. November}} in der Turnstunde einen Asthmaanfall; ihr Salbutamol-Spray
(Sultanol) war leer. Die Mutter, Frau {{NAME:Emina Hodzic}}, spricht wenig Deutsch; die Tante {{NAME:Selma Mujic}} aus {{LOCATION:Simmering}} dolmetscht.
Der Vater, {{NAME:Kemal Hodzic}}, arbeitet als LKW-Fahrer (Kennzeichen {{VEHICLE:W-44718K}}) und ist oft in Bosnien, in {{LOCATION:Zenica}}.
Die Klassenlehrerin {{NAME:Brigitte Steinwender}} und die Schulsozialarbeiterin {{NAME:Dragana Jovanovic}} bitten um einen aktuellen Notfallplan.
Sie ist bei Dr. {{NAME:Selim Kaya}} in der {{LOCATION:Gruppenpraxis Reumannplatz}} in Behandlung (Montelukast 5 mg, Flixotide 50).
Sozialversicherungsnummer des Kindes: {{HEALTH_PLAN:4471 120318}}. Rueckruf bitte an {{PHONE:+43 1 555 4718}}.
Mit freundlichen Gruessen, Dir. {{NAME:Wolfgang Pichler}}
`,
  },
  {
    id: 't8-061',
    kind: 'discharge summary (Rwanda)',
    text: `
{{LOCATION:Centre Hospitalier Universitaire de Kigali}} (CHUK) - Pediatrics
Discharge summary   File {{MRN:CHUK-26-118447}}   {{DATE:06/11/2026}}
Child: {{NAME:Ishimwe Gloire}}, 4 years, son of {{NAME:Uwimana Claudine}} and {{NAME:Niyonzima Eric}}.
Address: {{LOCATION:Gitega sector}}, {{LOCATION:Akabahizi cell}}, {{LOCATION:Umudugudu w'Ubumwe}}, {{LOCATION:Nyarugenge}}.
Admitted {{DATE:25/10/2026}} with severe acute malnutrition and TB lymphadenitis; F-75 then F-100 then RUTF. Weight 11.4 kg at discharge.
Community health worker {{NAME:Mukamana Vestine}} will follow the child at home; health centre {{LOCATION:Centre de Sante Biryogo}}.
Grandmother {{NAME:Nyirahabimana Speciose}} from {{LOCATION:Musanze}} stayed with him on the ward. Mutuelle de sante {{HEALTH_PLAN:MS-1199447182}}.
Ubudehe category 1. Discharged on RUTF 2 sachets daily, rifampicin/isoniazid, amoxicillin, vitamin A given {{DATE:26/10/2026}}.
WHZ -2.4 at discharge (from -3.6). Return if oedema or fever; next weighing at the health centre on {{DATE:13/11/2026}}. Mother's national ID {{OTHER_ID:1 1993 7 0044718 0 52}}, phone {{PHONE:078 555 4471}}.
Dr {{NAME:Habimana Jean de Dieu}}, resident, for Dr {{NAME:Mukeshimana Alice}}.
`,
  },
  {
    id: 't8-062',
    kind: 'refugee settlement referral (South Sudanese family, Uganda)',
    text: `
REFERRAL - {{LOCATION:Bidibidi Health Centre III}}, {{LOCATION:Zone 3}}, {{LOCATION:Yumbe}} district    {{DATE:8 Nov 2026}}
To: {{LOCATION:Arua Regional Referral Hospital}}, surgical ward
Patient: {{NAME:Deng Garang Akol}}, 34, proGres individual no. {{OTHER_ID:UGA-22-447182}}, household {{OTHER_ID:HH-BB3-0917}}. Iris enrolment
{{BIOMETRIC:IRIS-UNHCR-55718204}} verified at the food distribution point. Arrived from {{LOCATION:Kajo Keji}} in 2017 with wife {{NAME:Nyandeng Achol}}
and four children; his mother {{NAME:Achol Mayen}} remains in {{LOCATION:Juba}}. Block leader {{NAME:Lemi Wani}} and the Refugee Welfare Council chair
{{NAME:Wani Lodu}} reported him. Diagnosis: strangulated inguinal hernia. Vitals: T 38.1, HR 118, BP 96/60. IV Ringer's lactate, ceftriaxone 1 g and metronidazole given; NG tube on free drainage.
Ambulance {{VEHICLE:UG 4471M}} of the settlement; escort nurse {{NAME:Aber Grace}}.
Interpreter (Dinka) {{NAME:Garang Malual}}. Contact via IRC hotline {{PHONE:0800 555 447}}. Clinician: {{NAME:Okello Patrick}}, clinical officer.
`,
  },
  {
    id: 't8-063',
    kind: 'home-care nursing visit (Sicily, Italy)',
    text: `
ADI - Assistenza domiciliare integrata, {{LOCATION:ASP Palermo}}, distretto {{LOCATION:Bagheria}}   {{DATE:05/11/2026}}
Paziente: {{NAME:Calogero Lo Bianco}}, nato a {{LOCATION:Corleone}} il {{DATE:12/09/1931}}, C.F. {{OTHER_ID:LBNCLG31P12D009X}},
tessera sanitaria {{HEALTH_PLAN:80380004471820934}}. Vive in {{LOCATION:Via Vittorio Emanuele 221}}, {{LOCATION:90011}} {{LOCATION:Bagheria}}, with his daughter
{{NAME:Rosalia Lo Bianco}} and her husband {{NAME:Salvatore Di Stefano}}. His other son {{NAME:Giuseppe}} "{{NAME:Pippo}}" {{NAME:Lo Bianco}} lives in Stuttgart.
Barthel 35, Braden 13, MMSE 21/30. Terapia: Cardioaspirina 100 mg, Lasix 25 mg, Eutirox 50 mcg, Fortimel x2.
Infermiera {{NAME:Giovanna La Rosa}}; fisioterapista {{NAME:Antonino Sciortino}}. Stage 3 heel ulcer, improving; photo {{PHOTO:lobianco_tallone_051126.jpg}}.
Alternating-pressure mattress serial {{DEVICE:AP-IT-44718-2026}}. The parish priest, don {{NAME:Salvatore Caruso}} (padre {{NAME:Toto}} to the family) of
{{LOCATION:Chiesa Madre di Bagheria}}, brings communion on Fridays. Badante {{NAME:Oksana Melnyk}} from Ukraine, phone {{PHONE:333 555 4718}}.
GP Dr. {{NAME:Filippo Ingrassia}}.
`,
  },
  {
    id: 't8-064',
    kind: 'discharge letter (Almaty, Kazakhstan)',
    text: `
{{LOCATION:City Clinical Hospital No. 7}}, {{LOCATION:Almaty}}, {{LOCATION:Kalkaman microdistrict}} - Cardiology
Discharge epicrisis   Case history {{MRN:GKB7-26-044718}}
Patient: {{NAME:Nurlan Serikovich Abdrakhmanov}}, born {{DATE:21.06.1961}}, IIN {{OTHER_ID:610621300447}}
Address: {{LOCATION:Abay Avenue 150}}, {{LOCATION:apt. 47}}, {{LOCATION:Almaty}} {{LOCATION:050046}}
Hospitalised {{DATE:26.10.2026}} - {{DATE:04.11.2026}}: anterior STEMI, primary PCI to LAD (DES, Xience), EF 42%.
Wife {{NAME:Gulnara Abdrakhmanova}}; son {{NAME:Arman}} works in {{LOCATION:Astana}}; daughter {{NAME:Aigerim Nurlanovna}} studies in Seoul. His mother
{{NAME:Saule Abdrakhmanova}}, {{AGE_OVER_89:91}}, lives with them and speaks only Kazakh. Family doctor at {{LOCATION:Polyclinic No. 12}}, Dr {{NAME:Yelena Kim}}.
Meds: ticagrelor 90 mg bid, aspirin 75 mg, atorvastatin 80 mg, bisoprolol 2.5 mg, ramipril 2.5 mg. Driving not allowed for
4 weeks; his car ({{VEHICLE:447 ABK 02}}) stays with his son. Cardiac rehab at {{LOCATION:Sanatorium Ak-Kain}}. Contact {{PHONE:+7 701 555 4718}}. Attending: Dr. {{NAME:Dauren Tulegenov}}.
`,
  },
];
