// train13 notes 2: attendee lists of meetings and case conferences, multi-person signature blocks.
export default [
  {
    id: 't13-010',
    kind: 'case conference attendance list and apologies',
    text: `
CHILD PROTECTION CASE CONFERENCE - INITIAL
Child: {{NAME:Tamsin Odhiambo-Price}} (DOB {{DATE:14.03.2021}}), NHS no. {{OTHER_ID:485 777 3456}}
Venue: {{LOCATION:Civic Centre}}, {{LOCATION:Stevenage}}, Room 4; {{DATE:2 December 2026}} 10:00

Present:
  {{NAME:Helen Marsh}} - Independent Chair
  {{NAME:Dwayne Forbes}} - Social Worker, Children's Services
  {{NAME:Agnes Wanjiru}} - Health Visitor, {{LOCATION:Bedwell Clinic}}
  PC {{NAME:Gareth Lloyd}} - Hertfordshire Constabulary (CAIU)
  Mrs {{NAME:Priya Shah}} - Designated Safeguarding Lead, {{LOCATION:Round Diamond Primary School}}
  {{NAME:Joel Odhiambo}} - father
  {{NAME:Leanne Price}} - mother, with advocate {{NAME:Rosa Quinn}} (Pohwer)
Apologies:
  Dr {{NAME:Farhan Chaudhry}} - GP, {{LOCATION:Bedwell Medical Centre}} (report submitted)
  {{NAME:Bernadette Kavanagh}} - School Nurse
Minute taker: {{NAME:Lucy Ng}}
Plan: Child Protection Plan, category Neglect. Core group {{DATE:16/12/2026}} at {{LOCATION:Bedwell Clinic}}.
Previous addresses of the family: {{LOCATION:22 Shephall Way}}, {{LOCATION:Stevenage}} {{LOCATION:SG2 9QN}} (until {{DATE:March 2025}}); maternal grandmother {{NAME:Maureen Price}} at {{LOCATION:Bedwell Crescent}}.
Father's partner {{NAME:Chantelle Ayodele}} (not present) and her son {{NAME:Kai}} (DOB {{DATE:02/05/2019}}) also in household.
Distribution: all present, plus {{LOCATION:Lister Hospital}} named nurse {{NAME:Yvonne Achterberg}}, {{EMAIL:y.achterberg@example.nhs.uk}}.
`,
  },
  {
    id: 't13-011',
    kind: 'tumour board attendee list with sites',
    text: `
HEAD AND NECK MDT - Thursday {{DATE:3 December 2026}}
Video link: {{LOCATION:Aga Khan University Hospital}} ({{LOCATION:Nairobi}}) / {{LOCATION:Kenyatta National Hospital}} / {{LOCATION:Moi Teaching and Referral Hospital}} ({{LOCATION:Eldoret}})
Attendees:
 - Prof. {{NAME:Wanjiku Kamau}} (ENT, chair)
 - Dr. {{NAME:Otieno Ouma}} (radiation oncology)
 - Dr. {{NAME:Farida Abdalla}} (medical oncology)
 - Dr. {{NAME:Kipchoge Rotich}} (radiology) - {{LOCATION:Eldoret}} site
 - Dr. {{NAME:Sanjay Mehta}} (pathology)
 - {{NAME:Nafula Barasa}} (speech and swallow therapist)
 - {{NAME:Amina Hassan Said}} (oncology nurse navigator)
Cases: 1) {{NAME:J. M.}}, 67M, T3N1 supraglottic, for chemoradiation (cisplatin). 2) {{NAME:Mwangi, Esther}}, 54F, parotid, for surgery at {{LOCATION:Kenyatta National Hospital}}.
Minutes to Dr {{NAME:Ouma}}.
`,
  },
  {
    id: 't13-012',
    kind: 'discharge letter signature block, several signers',
    text: `
...Follow-up in the Heart Failure Clinic in six weeks. Continue Entresto 49/51 mg twice daily, Jardiance 10 mg daily.

Yours sincerely,

Dr {{NAME:Ines Carvalho Mendes}}          Dr {{NAME:Rafael Gomes da Silva}}
Consultant Cardiologist          Specialty Registrar
GMC {{LICENSE:7204418}}                      GMC {{LICENSE:7389902}}

{{NAME:Joanna Lee}}, Heart Failure Specialist Nurse, ext 5512

cc: Dr {{NAME:Olufemi Adebayo}}, {{LOCATION:Lister Surgery}}, {{LOCATION:4 Church Lane}}, {{LOCATION:Tring}} {{LOCATION:HP23 4AB}}
cc: Patient - Mr {{NAME:Godfrey Amankwah}}, {{LOCATION:Flat 2}}, {{LOCATION:17 Kingfisher Court}}, {{LOCATION:Hemel Hempstead}} {{LOCATION:HP2 5TT}}
Hospital no. {{MRN:W0871142}}  Dictated {{DATE:27/11/2026}}, typed {{DATE:30/11/2026}} by {{NAME:sjh}}
`,
  },
  {
    id: 't13-013',
    kind: 'family meeting attendee list, palliative',
    text: `
FAMILY MEETING  {{DATE:11/24/2026}}  {{LOCATION:St. Joseph's Hospice}}, Room Magnolia
Patient: {{NAME:Eleanor "Nell" Whitford}}, {{AGE_OVER_89:93}} y/o, MRN {{MRN:SJ-448102}}
In attendance:
  1. {{NAME:Robert Whitford}} (son, HCPOA) - {{LOCATION:Grand Rapids}}
  2. {{NAME:Carol Whitford-Bishop}} (daughter) - by phone from {{LOCATION:Tucson}}
  3. Deacon {{NAME:Tom Haverkamp}}, {{LOCATION:St. Adalbert Parish}}
  4. Dr. {{NAME:Min-jun Park}}, hospice physician
  5. {{NAME:Latoya Simmons}}, RN case manager
  6. {{NAME:Yusuf Demir}}, MSW
Not present: grandson {{NAME:Grady}} (deployed, {{LOCATION:Fort Bragg}}).
Discussed: comfort focus, stop Eliquis, keep Haldol PRN and morphine. {{NAME:Nell}}'s sister {{NAME:Ruth}} is {{AGE_OVER_89:96}} and lives at {{LOCATION:Clark Retirement Community}}; family will bring her Friday.
Phone list given to nursing station:
  {{NAME:Robert}} {{PHONE:616-555-0121}}, {{NAME:Carol}} {{PHONE:520-555-0160}}, Deacon {{NAME:Haverkamp}} {{PHONE:616-555-0188}}
Funeral home preference: {{LOCATION:Zaagman Memorial Chapel}}. {{NAME:Nell}} wants her rosary and the quilt from {{LOCATION:Cedar Springs}}.
Medicare {{HEALTH_PLAN:7TK2-QA9-NR41}}; SSN {{SSN:000-32-6610}} only for the hospice election form.
`,
  },
  {
    id: 't13-014',
    kind: 'ethics committee minutes, lower case attendance',
    text: `
clinical ethics consult - attendance {{DATE:25 nov 2026}}
present: {{NAME:d. ferreira}} (chair, intensivist), {{NAME:a. kowalski}} (nursing), rev. {{NAME:j. mabena}} (chaplaincy), {{NAME:h. takahashi}} (legal), {{NAME:s. osei}} (patient rep), {{NAME:m. lindgren}} (palliative)
family: {{NAME:marisol pena}} (wife), {{NAME:tomas pena}} (brother, flew in from {{LOCATION:guadalajara}})
patient {{NAME:ernesto pena}}, mrn {{MRN:5530912}}, icu bed 9
question: continue ecmo (cardiohelp) vs transition. team and family agree to a time-limited trial to {{DATE:dec 2}}.
recorder: {{NAME:aiko}} (ethics office). next review with dr {{NAME:ferreira}} and {{NAME:lindgren}}.
`,
  },
  {
    id: 't13-015',
    kind: 'morbidity and mortality meeting sign-in sheet',
    text: `
M&M SIGN-IN  Department of Obstetrics  {{LOCATION:Korle Bu Teaching Hospital}}  {{DATE:27-11-2026}}
No. | Name                     | Designation     | Unit        | Signature
1   | {{NAME:Akua Asantewaa Boateng}}   | Consultant      | Unit 2      | {{NAME:AAB}}
2   | {{NAME:Kwame Nkrumah Ofori}}      | Senior Resident | Unit 2      | {{NAME:KNO}}
3   | {{NAME:Efua Mensah}}              | Midwife         | Labour Ward | {{NAME:E.M.}}
4   | {{NAME:Yaw Darko}}                | House Officer   | Unit 4      | {{NAME:yd}}
5   | {{NAME:Selasi Agbeko}}            | Anaesthetist    | Theatre     | {{NAME:S.A.}}
6   | {{NAME:Abdul-Rahman Issah}}       | Resident        | Unit 4      | {{NAME:ARI}}
Case: maternal death, PPH after transfer from {{LOCATION:Ridge Hospital}} via {{LOCATION:Dansoman}} polyclinic. Oxytocin, misoprostol, tranexamic acid given; NASG applied.
`,
  },
  {
    id: 't13-016',
    kind: 'research steering committee minutes header',
    text: `
STEER-AF Trial Steering Committee, teleconference {{DATE:20 November 2026}}
Members present: Prof. {{NAME:Henrik Sandvik}} ({{LOCATION:Haukeland}}, {{LOCATION:Bergen}}), Dr. {{NAME:Liisa Tamm}} ({{LOCATION:Tartu University Hospital}}), Dr. {{NAME:Agnieszka Zielinska-Nowak}} ({{LOCATION:Gdansk}}), Dr. {{NAME:Ruta Jankauskiene}} ({{LOCATION:Kaunas Clinics}}), Ms {{NAME:Freya Sigurdardottir}} (patient partner, {{LOCATION:Akureyri}})
Apologies: Prof. {{NAME:Janis Berzins}} ({{LOCATION:Riga}})
Sponsor: Nordic Heart Network. Drug: apixaban vs Warfarin Orion.
Action: {{NAME:Tamm}} to circulate the DSMB letter; {{NAME:Sandvik}} to chase the Lithuanian site ({{LOCATION:Kaunas}} recruitment paused since {{DATE:October 2026}}).
Participant query: subject {{OTHER_ID:STAF-NO-0117}} withdrew consent.
`,
  },
  {
    id: 't13-017',
    kind: 'e-mail signature with assistant and team',
    text: `
Kind regards,

{{NAME:Adaeze Nwosu-Hartley}} MBBS FRCP
Consultant Rheumatologist | Lupus Clinic
{{LOCATION:Guy's Hospital}}, {{LOCATION:Great Maze Pond}}, {{LOCATION:London}} {{LOCATION:SE1 9RT}}

PA: {{NAME:Kerry-Ann Bishop}} {{PHONE:020 7946 0318}} | {{EMAIL:kerry-ann.bishop@gstt.example.nhs.uk}}
Team secretary: {{NAME:Matteo Rinaldi}} {{PHONE:020 7946 0319}}, fax {{FAX:020 7946 0320}}
Clinical nurse specialist: {{NAME:Sade Oyelowo}}

This e-mail may contain confidential information. Hydroxychloroquine eye screening is booked by Ophthalmology, not by this office.
`,
  },
  {
    id: 't13-018',
    kind: 'discharge planning meeting, bulleted with agencies',
    text: `
Discharge planning meeting - Mr. {{NAME:Takoda Yazzie}}, 71, MRN {{MRN:GMC-2290147}}
{{DATE:12/01/2026}}, {{LOCATION:Gallup Indian Medical Center}}, 3 West conference room
Attendees
* {{NAME:Takoda Yazzie}} (patient) and daughter {{NAME:Shandiin Yazzie}}
* Dr. {{NAME:Ellen Tsosie}}, hospitalist
* {{NAME:Marcus Begaye}}, CHR, {{LOCATION:Crownpoint}} chapter
* {{NAME:Irene Nakai}}, PT
* {{NAME:Brandon Whitehorse}}, case manager
Plan: home to {{LOCATION:Thoreau}} with home O2 (Inogen), walker, and CHR visits. Navajo interpreter not needed. Pharmacy will mail metformin and lisinopril.
`,
  },
];
