// train11 notes 4: safeguarding referrals, child protection and adult protective services.
export default [
  {
    id: 't11-027',
    kind: 'adult safeguarding referral (UK local authority form)',
    text: `
ADULT SAFEGUARDING CONCERN - {{LOCATION:Kirklees}} Council Adult Social Care
Referrer: {{NAME:Nadia Rahman-Whitlock}}, district nurse, {{LOCATION:Dewsbury}} Community Nursing Team, {{PHONE:01924 555 0133}}
Adult at risk: {{NAME:Edna Mary Scargill}}, {{AGE_OVER_89:93}}, {{LOCATION:4 Ravensthorpe Road}}, {{LOCATION:Thornhill Lees}}, {{LOCATION:Dewsbury}} {{LOCATION:WF12 9DX}}
NHS number {{OTHER_ID:485 777 3456}}   GP: {{LOCATION:Thornhill Medical Practice}}
Concern: financial abuse. Grandson {{NAME:Kieran Scargill}} (approx 30) collects her pension from the {{LOCATION:Savile Town}} post office
and she has had no food in the house on three visits ({{DATE:12/11}}, {{DATE:17/11}}, {{DATE:24/11/2026}}). Pressure ulcer grade 3 sacrum,
photographed ({{PHOTO:IMG_20261124_1012.heic}}). Mrs {{NAME:Scargill}} says "don't tell our {{NAME:Kieran}}". Her friend {{NAME:Dorothy Ackroyd}} from
{{LOCATION:St Saviour's Church}} visits on Sundays. Reported to line manager {{NAME:Joanne Firth}} on {{DATE:24 November 2026}}.
`,
  },
  {
    id: 't11-028',
    kind: 'child protection referral from ED (US, mandated report)',
    text: `
MANDATED REPORTER FORM - {{LOCATION:Allegheny County}} Office of Children, Youth and Families
Report date {{DATE:11/26/2026}} 02:15   ChildLine ref {{OTHER_ID:CL-2026-1147702}}
Child: {{NAME:Aaliyah Rose Kowalczyk}}, DOB {{DATE:07/19/2024}}, MRN {{MRN:CHP4471029}}, seen at {{LOCATION:UPMC Children's Hospital of Pittsburgh}}
Caregivers: mother {{NAME:Brianna Kowalczyk}} (21), her boyfriend {{NAME:Dustin "DJ" Mercer}}; lives {{LOCATION:318 Brownsville Rd}}, {{LOCATION:Apt 2}}, {{LOCATION:Carrick}}, {{LOCATION:Pittsburgh}} {{LOCATION:15210}}
Findings: bilateral posterior rib fractures of differing ages on skeletal survey; no history of trauma. Images saved
({{PHOTO:SKSURV_20261126_AK.zip}}). Child Advocacy Center consult: Dr {{NAME:Oluwatoyin Bankole}}. Police: {{LOCATION:Pittsburgh}} Zone 3,
Officer {{NAME:R. Szymanski}} badge {{OTHER_ID:3391}}. Maternal grandmother {{NAME:Deborah Kowalczyk}}, {{LOCATION:Bethel Park}}, {{PHONE:412-555-0104}}.
`,
  },
  {
    id: 't11-029',
    kind: 'APS intake note',
    text: `
Adult Protective Services intake #{{OTHER_ID:APS-26-208811}} - {{DATE:Nov 24 2026}}
Alleged victim: {{NAME:Teofila Marasigan}}, 88, {{LOCATION:2740 Mission St}} {{LOCATION:#5}}, {{LOCATION:San Francisco}} {{LOCATION:94110}}
Alleged perpetrator: caregiver {{NAME:Renato "Atoy" Dimaculangan}}, not related, paid cash by the family
Reporter: {{NAME:Carmelita Santos}}, RN case manager, {{LOCATION:On Lok}} PACE, {{PHONE:415-555-0158}}
Allegations: neglect (missed insulin, soiled bedding), isolation (phone taken). Daughter {{NAME:Maricel Marasigan-Lee}} lives in
{{LOCATION:Daly City}} and is out of the country until {{DATE:December 5}}. Tagalog preferred. Medi-Cal {{HEALTH_PLAN:91447120A}}.
Assigned worker: {{NAME:Esteban Carrillo}}; home visit within 24h; SFPD {{LOCATION:Mission Station}} notified.
Follow-up {{DATE:11/25/2026}}: worker visited with a Tagalog-speaking colleague, {{NAME:Jocelyn Bautista-Reyes}}. Caregiver not present. Neighbour
Mrs. {{NAME:Pilar Ocampo}} at #4 has been bringing meals. Client's Social Security number ({{SSN:000-58-2247}}) and bank card were found in the
caregiver's room; {{LOCATION:San Francisco}} Public Guardian consulted.
`,
  },
  {
    id: 't11-030',
    kind: 'school safeguarding note to GP (UK)',
    text: `
{{LOCATION:Oakfield Primary Academy}}, {{LOCATION:Chapel Street}}, {{LOCATION:Luton}} {{LOCATION:LU1 5DA}}
Designated Safeguarding Lead: Mrs {{NAME:Shazia Iqbal-Turner}}   {{EMAIL:dsl@oakfield.example.sch.uk}}
{{DATE:20 November 2026}}
Dear Dr {{NAME:Abernethy}},
Re: {{NAME:Mustafa Yilmaz}} (Year 3), DOB {{DATE:03/09/2018}}, and his sister {{NAME:Elif Yilmaz}} (Reception)
We share, with parental knowledge, our concern about weight loss and attendance (64% this term). Dad, Mr {{NAME:Hakan Yilmaz}},
works nights at the {{LOCATION:Luton Airport}} cargo depot; Mum, {{NAME:Zeynep}}, speaks little English and we used a Turkish interpreter
({{NAME:Ayse Korkmaz}}) at the meeting on {{DATE:18th November}}. Early Help referral made to {{LOCATION:Luton}} Borough Council.
Attendance record: absent {{DATE:3/11}}, {{DATE:4/11}}, {{DATE:10/11}}-{{DATE:14/11}}. Free school meals started {{DATE:September 2026}}.
The school nurse, {{NAME:Lorraine Kpakpo}}, weighed {{NAME:Mustafa}} at 22.1 kg (below the 2nd centile). The family moved from {{LOCATION:Bury Park}} to a
one-bedroom flat on {{LOCATION:Dunstable Road}}. Please reply to the DSL by secure e-mail.
`,
  },
  {
    id: 't11-031',
    kind: 'domestic abuse MARAC referral',
    text: `
MARAC REFERRAL - {{LOCATION:Cardiff}} MARAC, meeting {{DATE:3 December 2026}}
Victim: {{NAME:Precious Chikwanha}}, 29, {{LOCATION:Flat 12, Loudoun House}}, {{LOCATION:Butetown}}, {{LOCATION:Cardiff}} {{LOCATION:CF10 5HW}}; safe number {{PHONE:029 2018 0447}} (text only).
Children: {{NAME:Tatenda}} (6), {{NAME:Rumbi}} (3), at {{LOCATION:Mount Stuart Primary School}}.
Perpetrator: {{NAME:Farai Chikwanha}}, DOB {{DATE:14/02/1991}}, drives a black Golf {{VEHICLE:CY22 HRW}}; works at the {{LOCATION:Tremorfa}} depot.
DASH score 17/24 (high risk). Referrer: {{NAME:Lowri Haf Jenkins}}, midwife, {{LOCATION:University Hospital of Wales}}.
IDVA: {{NAME:Comfort Mensah}} ({{LOCATION:Atal y Fro}}). Police ref {{OTHER_ID:2600412877}}.
Previous incidents: {{DATE:August 2026}} strangulation disclosed at booking ({{LOCATION:Cardiff}} antenatal clinic), police attended {{DATE:2 September}}.
She is 24 weeks pregnant; EDD {{DATE:14 March 2027}}. Her sister {{NAME:Chiedza Moyo}} in {{LOCATION:Newport}} can take the children. Shona
interpreter requested for the MARAC call. Housing: the victim's name is on the tenancy with Cadwyn; emergency transfer discussed with
housing officer {{NAME:Rhodri Beynon}}. Consent to share: given verbally on {{DATE:25/11/2026}} to {{NAME:L. H. Jenkins}}.
`,
  },
  {
    id: 't11-032',
    kind: 'elder abuse report (India, hospital social work)',
    text: `
Medical Social Work Department, {{LOCATION:Christian Medical College}}, {{LOCATION:Vellore}} {{LOCATION:632004}}
Date: {{DATE:22-11-2026}}   UHID {{MRN:7748120C}}
Patient: Smt. {{NAME:Kamakshi Ammal}}, age {{AGE_OVER_89:90}}, w/o late {{NAME:S. Ramanujam}}, {{LOCATION:No. 14, Gandhi Nagar 3rd Cross}}, {{LOCATION:Katpadi}}
Brought by neighbour Sri {{NAME:Abdul Rasheed}}. Patient reports that her younger son {{NAME:R. Venkatesh}} took her pension passbook and
Aadhaar card ({{OTHER_ID:0000 1111 4417}}) and locked her out of the house. Elder son {{NAME:R. Srinivasan}} lives in {{LOCATION:Hosur}},
mobile {{PHONE:+91 98405 55012}}. Plan: legal aid clinic, {{LOCATION:Vellore}} District Legal Services Authority; Maintenance Tribunal
petition under the 2007 Act. Social worker: {{NAME:Jeba Kirubakaran}}.
`,
  },
  {
    id: 't11-033',
    kind: 'Ontario CAS referral by paediatrician',
    text: `
To: Intake, Children's Aid Society of {{LOCATION:Toronto}}, {{LOCATION:30 Isabella Street}}, {{LOCATION:Toronto}} ON {{LOCATION:M4Y 1N1}}
From: Dr {{NAME:Marisol Echeverria-Baptiste}}, paediatrician, {{LOCATION:Michael Garron Hospital}}, tel {{PHONE:416-555-0173}}, fax {{FAX:416-555-0174}}
Date {{DATE:2026-11-25}}
Child: {{NAME:Kai Moosonee-Whitford}}, 4 y, OHIP {{HEALTH_PLAN:4417-902-118-KM}}
Parent: {{NAME:Sheena Moosonee}}, from {{LOCATION:Attawapiskat}}, staying at {{LOCATION:Native Women's Resource Centre}} shelter.
Concern: untreated dental abscess and three missed appointments at {{LOCATION:SickKids}} dental clinic. Mother is cooperative; she asks
that the Indigenous services worker ({{NAME:Jolene Kakegamic}}) be involved. No physical findings of abuse.
CAS intake worker {{NAME:Desmond Achterberg-Lee}} returned the call on {{DATE:2026-11-25}} at 16:40; file {{OTHER_ID:CAS-26-114470}} opened as a
"community link" only. Dental surgery booked at {{LOCATION:SickKids}} on {{DATE:December 4}}; transport arranged by the shelter worker {{NAME:Mary-Jane Sutherland}}.
`,
  },
  {
    id: 't11-034',
    kind: 'safeguarding strategy meeting minutes (excerpt)',
    text: `
Section 42 strategy meeting - {{DATE:25/11/2026}} - MS Teams
Present: {{NAME:Gwen Ashdown}} (chair, {{LOCATION:Swindon}} ASC), DS {{NAME:Rajesh Menon}} ({{LOCATION:Wiltshire}} Police), {{NAME:Tomasz Wiecek}}
(manager, {{LOCATION:Ridgeway View Care Home}}), {{NAME:Abimbola Ogunleye}} (CQC inspector), Dr {{NAME:Hattie Coombes}} ({{LOCATION:Great Western Hospital}}).
Adult: {{NAME:Reginald "Reg" Pocock}}, {{AGE_OVER_89:97}}, room 14. Allegation: rough handling by a night carer on {{DATE:19 November}}.
Bruising to both forearms, body map and photographs ({{PHOTO:bodymap_RP_191126.pdf}}) reviewed. CCTV from the lounge held by the home.
Actions: police to interview carer {{NAME:L.M.}}; home to suspend pending investigation; daughter {{NAME:Sandra Pocock-Hale}} ({{LOCATION:Highworth}}) informed.
Next meeting {{DATE:9 December 2026}}.
`,
  },
];
