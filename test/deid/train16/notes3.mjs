// train16 notes 3: clinical-trial monitoring visit reports, SAE and adverse-event narratives, protocol
// deviation logs, participant payment and biometric enrolment records.
export default [
  {
    id: 't16-019',
    kind: 'monitoring visit report (oncology trial, Poland)',
    text: `
INTERIM MONITORING VISIT REPORT
Protocol ONC-7741-302 | Site 4408 | {{LOCATION:Narodowy Instytut Onkologii}}, {{LOCATION:ul. Roentgena 5}}, {{LOCATION:02-781 Warszawa}}
Visit date: {{DATE:18-Nov-2025}}  CRA: {{NAME:Agnieszka Wrobel-Szymanska}}  PI: Prof. {{NAME:Tadeusz Kaczmarczyk}}
Attendees: SC {{NAME:Magdalena Zielinska}}, pharmacist {{NAME:Pawel Grzegorczyk}}, sub-I dr {{NAME:Oksana Melnychuk}}.
SDV: subjects 4408-003, 4408-007, 4408-011 (initials {{NAME:J.K.}}, {{NAME:M.W.-L.}}, {{NAME:H.B.}}). Note: subject numbers are not PHI; initials are names.
Findings: (1) ICF v3.0 re-consent for 4408-007 signed {{DATE:02-Oct-2025}}, after dose of C4D1 ({{DATE:29-Sep-2025}}) - major deviation PD-112.
(2) IP temperature excursion in pharmacy fridge (serial {{DEVICE:TL-55-208841}} logger), 9.1 C for 40 min on {{DATE:07-Nov}}.
(3) SAE for 4408-011 (febrile neutropenia, admitted {{LOCATION:Szpital Bielanski}} {{DATE:12-Nov-2025}}) reported at 36 h, not 24 h.
Next visit planned {{DATE:January 2026}}. Report approved {{NAME:Lukas Brandstetter}}, CTM, {{EMAIL:l.brandstetter@example.com}}.
`,
  },
  {
    id: 't16-020',
    kind: 'SAE narrative (vaccine trial, Uganda)',
    text: `
SERIOUS ADVERSE EVENT NARRATIVE
Participant ID {{OTHER_ID:UG-MSK-01-0388}}, 24-year-old woman enrolled {{DATE:4 Aug 2025}} at the {{LOCATION:Masaka}} clinical research site ({{LOCATION:Kitovu Hospital}} annex).
Biometric enrolment: left thumb template {{BIOMETRIC:FPT-UG-7712-0388-L1}} matched at each visit (no co-enrolment).
On {{DATE:29 Oct 2025}} (day 86, 58 days after dose 2) she presented to {{LOCATION:Masaka Regional Referral Hospital}} with fever, headache and neck stiffness after travel to her mother's home in {{LOCATION:Kyotera}} ({{LOCATION:Kalisizo}} sub-county).
Malaria RDT positive, blood smear P. falciparum ++; LP normal. Diagnosis: severe malaria. Treated with IV artesunate, discharged {{DATE:2 Nov 2025}}.
Community contact: her husband {{NAME:Ssemakula Joseph}} and the village health team member {{NAME:Nakato Prossy}} of {{LOCATION:Kasambya}} village.
Causality (investigator, Dr. {{NAME:Kizza Bosco Mukasa}}): not related. Outcome: recovered.
Study nurse {{NAME:Namubiru Harriet}}, phone {{PHONE:+256 772 555 031}}.
Visit-day fingerprint re-verification after hospital stay: right thumb template {{BIOMETRIC:FPT-UG-7712-0388-R1}} added ({{DATE:10 Nov 2025}}). Hospital IP no. {{MRN:MRRH-25-44107}}. Transport refund to her mobile money line {{ACCOUNT:MM 0772 555 031}}.
Her mother {{NAME:Nalubega Rose}} of {{LOCATION:Kalisizo}} town council asked that future calls go through the LC1 chairman Mr. {{NAME:Kato Fred}}.
`,
  },
  {
    id: 't16-021',
    kind: 'adverse-event narrative (device trial, CGM, US)',
    text: `
AE narrative - investigational closed-loop system
Subject {{OTHER_ID:1047-022}} ({{NAME:T.R.O.}}), 16 M, enrolled at {{LOCATION:Barbara Davis Center}}, {{LOCATION:Aurora}}, CO.
Devices: pump SN {{DEVICE:PMP5550-88217}}, sensor transmitter {{DEVICE:8JX42T55A}}, controller phone IMEI {{DEVICE:355512098765431}}.
On {{DATE:11/07/2025}} at a cross-country meet at {{LOCATION:Cherry Creek State Park}} he had severe hypoglycemia (SG 38 mg/dL), was given glucagon by coach {{NAME:Marcus Delgado}} and transported by {{LOCATION:South Metro Fire Rescue}} to {{LOCATION:Children's Hospital Colorado}}.
Data upload from home {{IP:198.51.100.73}} on {{DATE:11/8}} shows auto-mode off for 3 h (user suspended for exercise). Reported to IRB {{DATE:11/10/2025}}.
Parent: {{NAME:Rebecca Okafor-Reyes}}, {{PHONE:(720) 555-0148}}. CRC {{NAME:Hollis Greenleaf}}.
Device returned for analysis, RMA {{OTHER_ID:RMA-2025-55107}}.
Study portal case: {{URL:https://trials.example.org/cl-pivotal/sites/1047/subjects/022}}; the parent's message came from {{EMAIL:rokafor.reyes@example.net}}.
Mileage and meet-day reimbursement paid to the parent's account {{ACCOUNT:555-0093-21187}}; W-9 SSN {{SSN:000-77-3150}}.
Coach {{NAME:Marcus Delgado}}'s statement collected by phone {{DATE:11/9/2025}}; teammate {{NAME:Ezekiel "Zeke" Harjo}} brought the glucose tabs.
`,
  },
  {
    id: 't16-022',
    kind: 'protocol deviation log (cardiology trial, Brazil)',
    text: `
PROTOCOL DEVIATION LOG - Centro {{OTHER_ID:BR-021}}, {{LOCATION:Instituto do Coracao (InCor)}}, {{LOCATION:Sao Paulo}}
No | Subject | Deviation | Date identified | By
1 | 021-0045 ({{NAME:M.A.S.F.}}) | visit 6 out of window (+9 d); patient travelled to {{LOCATION:Campina Grande}} for her father's surgery | {{DATE:03/11/2025}} | {{NAME:Luana Pereira de Almeida}}
2 | 021-0051 ({{NAME:J.C.R.}}) | ECG at screening done at {{LOCATION:Hospital Santa Marcelina}} (not a study site) | {{DATE:05/11/2025}} | {{NAME:Luana Pereira de Almeida}}
3 | 021-0058 ({{NAME:R.N.D.}}) | took rivaroxaban (prohibited) prescribed at {{LOCATION:UBS Jardim Helena}} | {{DATE:10/11/2025}} | Dr. {{NAME:Caio Henrique dos Santos Neto}}
4 | 021-0060 ({{NAME:F.O.}}) | stipend paid to wrong account (Ag. 0555, C/C {{ACCOUNT:01234-5}}) | {{DATE:14/11/2025}} | {{NAME:Thais Nakamura Oliveira}}
CAPA owner: coordinator {{NAME:Thais Nakamura Oliveira}}; sponsor CRA {{NAME:Ricardo Bittencourt}}.
`,
  },
  {
    id: 't16-023',
    kind: 'participant payment record (US)',
    text: `
Research participant compensation - W-9 on file
Study: HEPC-ELIM community testing (IRB {{OTHER_ID:STUDY2025-0417}})
Participant: {{NAME:Shawnee Littlefeather}}, {{LOCATION:PO Box 218}}, {{LOCATION:Lame Deer}}, MT {{LOCATION:59043}}
SSN {{SSN:000-55-7134}} (required, >$600/yr). ClinCard {{ACCOUNT:5555 0412 8830 1176}}.
Visits paid: {{DATE:8/12/25}} $50, {{DATE:9/9/25}} $50, {{DATE:10/14/25}} $75 (includes travel from {{LOCATION:Busby}}).
Recruited at the {{LOCATION:Northern Cheyenne Tribal Health Center}} pow-wow booth by outreach worker {{NAME:Clifford Two Moons}}.
Questions: research office {{PHONE:406-555-0139}}; payments {{EMAIL:research.pay@example.edu}}.
Not identifiers: the Northern Cheyenne language, the state (Montana), the study acronym.
Payment history questions from sister {{NAME:Winona Littlefeather-Spotted Elk}} (authorised in writing {{DATE:10/1/2025}}), {{PHONE:406-555-0166}}. Check mailed by error to the old address {{LOCATION:14 Medicine Bull Rd}}, {{LOCATION:Ashland}}; reissued, check no. {{ACCOUNT:CHK-0045517}}.
`,
  },
  {
    id: 't16-024',
    kind: 'SUSAR narrative (TB drug trial, Georgia and Armenia)',
    text: `
SUSAR - initial report (7-day)
Patient {{OTHER_ID:GE-02-117}}: 52-year-old man from {{LOCATION:Rustavi}} enrolled at the {{LOCATION:National Center for Tuberculosis and Lung Diseases}}, {{LOCATION:Tbilisi}}.
Event: QTcF 531 ms on {{DATE:15 Nov 2025}} (week 8), with syncope at home; wife {{NAME:Nino Beridze}} called ambulance to {{LOCATION:Rustavi Central Hospital}}.
Treating physicians: Dr. {{NAME:Levan Tsiklauri}} and Dr. {{NAME:Tamar Gogichaishvili}}.
Concomitant: moxifloxacin, clofazimine. Bedaquiline and delamanid interrupted.
Linked case in sister site {{OTHER_ID:AM-01-044}} ({{LOCATION:Yerevan}}, investigator Dr. {{NAME:Anahit Hovhannisyan}}, patient's cousin {{NAME:Armen Petrosyan}} also enrolled).
Medical monitor: {{NAME:Gabriel Sarkisian}}, {{PHONE:+1 617 555 0162}}. Eponym QTc Bazett/Fridericia are formulas, not names of people here.
`,
  },
  {
    id: 't16-025',
    kind: 'site initiation visit notes (malaria vaccine, Burkina Faso)',
    text: `
Site initiation visit - {{LOCATION:Nanoro}} (Centre-Ouest), {{DATE:06/11/2025}}
Present: PI Dr {{NAME:Halidou Tinto-Kabore}}; coordinators {{NAME:Aminata Ouedraogo}}, {{NAME:Boukary Sawadogo}}; pharmacist {{NAME:Rasmata Compaore}}; field supervisor {{NAME:Issa Zongo}}.
Catchment villages: {{LOCATION:Soum}}, {{LOCATION:Nazoanga}}, {{LOCATION:Seguedin}}, {{LOCATION:Pella}}; health posts at {{LOCATION:CSPS de Soum}} and {{LOCATION:CSPS de Pella}}.
Fridge serials {{DEVICE:VLS-554-01187}} and {{DEVICE:VLS-554-01188}}; GPS tablets for household mapping, tablet {{DEVICE:TAB-NAN-0913}}.
EDC access from site router {{IP:203.0.113.41}}; training at {{URL:https://edc.example.org/nanoro/training}}.
Open issue: consent in Moore for non-literate parents, impartial witness from the {{LOCATION:Nanoro}} parish (Abbe {{NAME:Francois Yameogo}}).
`,
  },
  {
    id: 't16-026',
    kind: 'adverse-event follow-up call (psychiatry trial, Japan)',
    text: `
AE follow-up telephone log (English translation)
Subject {{OTHER_ID:JP-118-0021}}, {{NAME:Sato Haruki}} (family name first), 34 M, {{LOCATION:Setagaya-ku}}, Tokyo.
{{DATE:2025/11/20}} 15:10: called mobile {{PHONE:090-5555-3187}}. Reports insomnia and akathisia since {{DATE:11/14}}.
He stayed at his parents' house in {{LOCATION:Matsumoto}} (Nagano) over the long weekend; mother {{NAME:Sato Keiko}} noticed pacing.
Seen at {{LOCATION:Shinshu University Hospital}} ER {{DATE:11/16}}; propranolol started by Dr. {{NAME:Ikeda Yumiko}}.
Investigator Dr. {{NAME:Morimoto Ken'ichi}} assessed: possibly related, moderate, continuing.
CRC {{NAME:Yamaguchi Aya}}.
`,
  },
  {
    id: 't16-027',
    kind: 'wound photo log for a dressing trial (Scotland)',
    text: `
Wound assessment and photo log - venous leg ulcer dressing trial, site {{LOCATION:Ninewells Hospital}}, {{LOCATION:Dundee}}
Participant {{OTHER_ID:VLU-DD-0142}}: {{NAME:Morag Fairbairn}}, CHI {{OTHER_ID:0101555123}}, lives {{LOCATION:14 Baxter Park Terrace}}, {{LOCATION:Dundee}} {{LOCATION:DD4 6NL}}.
Photos: {{PHOTO:VLU-DD-0142_wk0_L-gaiter.jpg}} ({{DATE:3 Sep 2025}}), {{PHOTO:VLU-DD-0142_wk4_L-gaiter.jpg}} ({{DATE:1 Oct}}), {{PHOTO:VLU-DD-0142_wk8_L-gaiter.jpg}} ({{DATE:29 Oct}}).
Area 14.2 -> 9.6 -> 5.1 cm2. Dressings changed by district nurse {{NAME:Kirsty MacLeod}} ({{LOCATION:Broughty Ferry}} team) twice weekly.
AE: cellulitis {{DATE:12 Nov}}, GP Dr. {{NAME:Angus Rennie-Bhatt}} ({{LOCATION:Lochee Health Centre}}), flucloxacillin. Not related.
Research nurse {{NAME:Grace Ogilvie}}, {{PHONE:01382 555 604}}.
`,
  },
];
