// train22 notes 4: longer clinic letters with many relatives and look-alike capitalised words (eponyms, organisms,
// brands, tests, teams, charities, software).
export default [
  {
    id: 't22-029',
    kind: 'hepatology clinic letter',
    text: `
Liver Clinic, {{LOCATION:Freeman Hospital}}, {{LOCATION:Newcastle upon Tyne}}
Clinic date {{DATE:13/11/2026}}; typed {{DATE:16/11/2026}}

Dear Dr {{NAME:Chidiebere Eze}},

Re: {{NAME:Bartholomew "Barty" Ogunleye}}, DOB {{DATE:02/06/1961}}, {{LOCATION:71 Fenham Hall Drive}}, {{LOCATION:NE4 9XD}}

{{NAME:Barty}} attended with his wife {{NAME:Funmilayo}} and their lodger {{NAME:Grzegorz}}, who has become a close friend. Gilbert syndrome
explains the bilirubin of 41; the ferritin of 1,900 with transferrin saturation 78% points to haemochromatosis, and the
HFE gene test shows C282Y homozygosity. Venesection will be arranged through the Day Treatment Centre. Wilson disease and
Budd-Chiari were considered and excluded on Doppler. FibroScan 11.8 kPa.

His brother {{NAME:Adewale}} in {{LOCATION:Ibadan}} and sister {{NAME:Yetunde}} in {{LOCATION:Croydon}} should be screened; {{NAME:Funmilayo}} will pass on
the Haemochromatosis UK leaflet. {{NAME:Barty}} still works shifts at Nissan {{LOCATION:Sunderland}} and asked for a letter for his line manager,
{{NAME:Stuart Ridley}}, about time off for venesection.

Yours sincerely,
{{NAME:Marguerite Okonjo-Baptiste}}, Consultant Hepatologist
`,
  },
  {
    id: 't22-030',
    kind: 'genetics family meeting',
    text: `
Clinical Genetics - family appointment {{DATE:November 19, 2026}}, {{LOCATION:Children's Hospital of Philadelphia}}
Proband: {{NAME:Esperanza Quintero Baez}}, 8. Present: parents {{NAME:Rodrigo}} and {{NAME:Milagros}}, maternal grandmother Abuela {{NAME:Nena}},
and the family's friend and godmother {{NAME:Consuelo}}. Duchenne is not the question here: exome shows a pathogenic
NF1 variant; cafe-au-lait macules (>6), Lisch nodules on slit lamp, axillary freckling. Neurofibromatosis type 1.
{{NAME:Rodrigo}} has a few neurofibromas himself and was tested today (sample {{OTHER_ID:GX-26-118840}}). Her brother {{NAME:Mateo}} (4) will be
examined at the next visit. {{NAME:Consuelo}} teaches at {{LOCATION:Taylor Elementary}} and will share the Children's Tumor Foundation
school pack. MRI brain/orbits for optic glioma. Genetic counsellor {{NAME:Naledi Khumalo}}, {{PHONE:215-555-0132}}.
`,
  },
  {
    id: 't22-031',
    kind: 'stroke follow-up letter',
    text: `
Stroke Clinic, {{LOCATION:Karolinska University Hospital}}, {{LOCATION:Solna}}, {{DATE:2026-11-12}} (English summary for the GP)

{{NAME:Sven-Olof Bergqvist}}, personnummer {{OTHER_ID:19490312-0000}}, came with his partner {{NAME:Birgitta}} and his neighbour {{NAME:Aziz}},
who drove them from {{LOCATION:Sundbyberg}}. TIA in October; ABCD2 score 5. Carotid Doppler: 70% stenosis on the left.
Endarterectomy at {{LOCATION:Danderyd Hospital}} planned. Atrial fibrillation on Holter; Eliquis started, CHA2DS2-VASc 4.
His daughter {{NAME:Malin}} lives in {{LOCATION:Umea}} and calls daily. Driving: he must not drive his Volvo ({{VEHICLE:ABC 12X}}) for one month.
1177 Vardguiden advice sheet given. Phone {{PHONE:08-555 017 42}}.
{{NAME:Ahmad Karimi}}, Overlakare
Addendum {{DATE:2026-11-26}}: {{NAME:Birgitta}} called; {{NAME:Sven-Olof}} had a new episode of aphasia while at {{LOCATION:Mall of Scandinavia}} with {{NAME:Aziz}}. Seen at
{{LOCATION:Danderyd Hospital}} the same day; no infarct. Surgery brought forward to {{DATE:1 December}}. {{NAME:Malin}}'s e-mail {{EMAIL:malin.bergqvist@example.se}}.
{{NAME:Aziz}}'s wife {{NAME:Leyla}} will feed the cat. Patient portal (1177) access from {{IP:203.0.113.12}}.
`,
  },
  {
    id: 't22-032',
    kind: 'oncology consult note',
    text: `
Medical Oncology consult {{DATE:11/24/2026}}
{{NAME:Beatriz Souza Cardoso}}, 49, ER+/HER2- breast cancer, Oncotype DX 31. She came with her wife {{NAME:Renata}}, her father
{{NAME:Joao}}, and her boss {{NAME:Marcy Abernathy}} from the Whole Foods on {{LOCATION:Prospect Street}}, who is arranging leave. BRCA testing
via Invitae. Her oncologist in {{LOCATION:Belo Horizonte}}, Dr {{NAME:Paulo Tavares}}, sent records by fax ({{FAX:+55 31 5555 0112}}).
Plan: dose-dense AC-T, port by IR, Scalp cooling with Paxman. Susan G. Komen financial aid and the LLS co-pay programme
discussed. Port serial will be {{DEVICE:PWR-8F-330917}} per IR log. Portal: {{URL:https://mychart.example.org/p/bsc49}}.
{{NAME:Emeka Obi}}, MD / {{NAME:Hannah Silverstein}}, NP
`,
  },
  {
    id: 't22-033',
    kind: 'paediatric safeguarding meeting',
    text: `
Multi-agency strategy meeting {{DATE:20/11/2026}}, {{LOCATION:Leicester Royal Infirmary}}
Child: {{NAME:Kacper Nowicki}}, 2. Present: {{NAME:Gemma}} (social worker), PC {{NAME:Harjit Sandhu}} ({{LOCATION:Leicestershire}} Police),
health visitor {{NAME:Funke}}, nursery manager {{NAME:Dawn Hibbert}} from {{LOCATION:Little Acorns Nursery}}, paediatrician {{NAME:Rashid}}.
Skeletal survey showed a healing metaphyseal fracture. Osteogenesis imperfecta and rickets being excluded (COL1A1 sent).
Mum {{NAME:Agnieszka}} and her partner {{NAME:Kyle Brennan}} were told. Maternal grandmother {{NAME:Halina Nowicka}} in {{LOCATION:Wigston}} offered
to have him. Home address {{LOCATION:12 Evington Drive}}, {{LOCATION:LE5 5PA}}. Police ref {{OTHER_ID:LP-26-448102}}.
`,
  },
  {
    id: 't22-034',
    kind: 'ophthalmology letter',
    text: `
Eye Clinic, {{LOCATION:Moorfields at St George's}}, {{DATE:5 November 2026}}
Dear Dr {{NAME:Abernethy}}, I saw {{NAME:Kaveh Farahani}}, 72, with his son {{NAME:Dariush}}. Wet AMD in the right eye; OCT images
{{PHOTO:OCT_R_KF_20261105.png}}. Eylea started. Fuchs endothelial dystrophy left; Descemet membrane endothelial keratoplasty
later. His wife {{NAME:Shirin}} drives him; the Macular Society befriending service will call. He plays backgammon at the
{{LOCATION:Iranian Community Centre}} in {{LOCATION:Tooting}} with {{NAME:Hossein}} and {{NAME:Behrouz}}. Hospital No {{MRN:RJ7-4410982}}.
Yours, {{NAME:Eun-ji Cho}}, Ophthalmology
`,
  },
  {
    id: 't22-035',
    kind: 'addiction medicine consult',
    text: `
Addiction Medicine consult {{DATE:Nov 15 2026}}
{{NAME:Cody Running Wolf}}, 31, opioid use disorder, admitted with MRSA tricuspid endocarditis (Staphylococcus aureus in 4/4 bottles).
COWS 12. Started Suboxone; plan Sublocade before discharge. His girlfriend {{NAME:Shay}} and his grandmother {{NAME:Delphine}} visited;
his sponsor {{NAME:Marty}} from the Tuesday NA group at {{LOCATION:St. Anne's Church}} calls daily. Employer: Sinclair Oil
refinery - supervisor {{NAME:Rick Haugen}} knows. Lives at {{LOCATION:208 N Cedar St}}, {{LOCATION:Rapid City}}, SD {{LOCATION:57701}}.
PDMP reviewed. DEA X-waiver no longer required. Naloxone (Narcan) kit given. Dispensing fingerprint enrolment at the OTP:
template {{BIOMETRIC:FP-TPL-0088123}}.
{{NAME:Aiyana Redcloud}}, MD
Addendum {{DATE:Nov 19 2026}}: {{NAME:Cody}}'s cousin {{NAME:Lakota}} brought clothes from {{LOCATION:Pine Ridge}}. Repeat echo at {{LOCATION:Monument Health}} - vegetation
smaller. PICC avoided; oral step-down (Partial Oral Treatment of Endocarditis). Palm-vein check-in enrolled at the OTP, template {{BIOMETRIC:PV-CRW-44018}}.
IHS chart {{MRN:IHS-5520178}}. {{NAME:Shay}}'s number {{PHONE:605-555-0119}}.
`,
  },
  {
    id: 't22-036',
    kind: 'antenatal booking letter',
    text: `
Midwifery booking, {{LOCATION:Rotunda Hospital}}, {{LOCATION:Dublin}}, {{DATE:11 November 2026}}
{{NAME:Ifeoma Chukwu-Byrne}}, 29, G1, booked at 11 weeks. EDD {{DATE:29/05/2027}}. Husband {{NAME:Padraig}}; her mother {{NAME:Chioma}} will
come from {{LOCATION:Enugu}} for the birth. Sickle trait screen sent; Rubella immune. Works at {{LOCATION:Beaumont Hospital}} in the
Pharmacy. Her GP is Dr {{NAME:Fionnuala Keane}} at {{LOCATION:Phibsborough Medical Centre}}. Address {{LOCATION:Apt 4, 19 Dorset Street Lower}},
{{LOCATION:Dublin 1}}, {{LOCATION:D01 X2Y7}}. PPS {{OTHER_ID:1234567TA}}. Mobile {{PHONE:087 555 0164}}.
Midwife {{NAME:Sorcha}}
Addendum {{DATE:20 November 2026}}: dating scan normal. {{NAME:Padraig}}'s sister {{NAME:Aoibheann}} will be birth partner if {{NAME:Chioma}}'s visa is delayed. {{NAME:Ifeoma}}
is now at the {{LOCATION:Coombe}} for shared care with Dr {{NAME:Okonkwo-Fitzgerald}}. Rhesus negative - anti-D at 28 weeks. Healthlink fax {{FAX:01 555 0177}}.
`,
  },
  {
    id: 't22-037',
    kind: 'urology clinic letter',
    text: `
Urology Outpatients, {{LOCATION:Princess Alexandra Hospital}}, {{LOCATION:Woolloongabba}}, {{DATE:23/11/2026}}
Dear Dr {{NAME:Lim}}, {{NAME:Phan Van Duc}} (Mr {{NAME:Phan}}), 68, PSA 14, PI-RADS 4. Transperineal biopsy booked. His son {{NAME:Hieu}}
interpreted; his wife {{NAME:Hoa}} and their neighbour {{NAME:Shirley}} (who drives him) were present. Peyronie disease noted incidentally.
He grows vegetables at the {{LOCATION:Inala Community Garden}}. Medicare {{HEALTH_PLAN:4417 55092 2}}. DVA Gold Card no.
Address {{LOCATION:15 Kittyhawk Drive}}, {{LOCATION:Inala}} QLD {{LOCATION:4077}}. Phone {{PHONE:07 5550 1182}}.
Regards, {{NAME:Mateus Rangihuna}}
Addendum {{DATE:30/11/2026}}: biopsy Gleason 3+4 in 3 cores. {{NAME:Hieu}} and his sister {{NAME:Lien}} attended the MDT. {{NAME:Shirley}} from {{LOCATION:Durack}} will drive
him to radiotherapy at {{LOCATION:Icon Cancer Centre Springfield}}. Prostate Cancer Foundation of Australia nurse {{NAME:Bec}}. {{NAME:Hieu}} {{PHONE:0491 570 877}}.
`,
  },
];
