// heldout8 notes 6: families, courts, community and letters (h8-051..058).
export default [
  {
    id: 'h8-051',
    kind: 'family group chat pasted by social worker',
    text: `
SW note {{DATE:3/2/2025}}: daughter asked that this family chat be added so the team knows who decides what. Pasted with her consent.
[{{DATE:3/1/25}}, 9:14 PM] {{NAME:Lorna}}: mum is in {{LOCATION:Royal Columbian}} again, ICU bed 9. they said pneumonia + kidneys
[{{DATE:3/1/25}}, 9:16 PM] {{NAME:Dev}} (brother): flying from {{LOCATION:Winnipeg}} tomorrow, landing 2pm
[{{DATE:3/1/25}}, 9:20 PM] Auntie {{NAME:Pam}}: praying. her care card no is {{HEALTH_PLAN:9871 442 118}} if they ask, its in my purse
[{{DATE:3/1/25}}, 9:31 PM] {{NAME:Lorna}}: dr is dr {{NAME:ferreira}}, nurse {{NAME:kelsey}}. ward phone {{PHONE:604-555-0186}}
[{{DATE:3/1/25}}, 9:33 PM] {{NAME:Dev}} (brother): <attached: {{PHOTO:00000041-PHOTO-2025-03-01-21-33-02.jpg}}> her goals of care form from last June
[{{DATE:3/1/25}}, 9:40 PM] {{NAME:Lorna}}: {{NAME:Jas}} can u bring her hearing aids from the house, {{LOCATION:4410 Dunblane Ave}} {{LOCATION:Burnaby}}, key under the blue pot
[{{DATE:3/2/25}}, 7:02 AM] {{NAME:Jas}}: on it. parking at hospital in my civic, plate {{VEHICLE:LK4 77W}} if anyone needs the ticket
SW: patient {{NAME:Harjit Kaur Sandhu}}, MRN {{MRN:RCH5580912}}; substitute decision maker is daughter {{NAME:Lorna Sandhu-Baird}}.
`,
  },
  {
    id: 'h8-052',
    kind: 'guardian ad litem report',
    text: `
IN THE JUVENILE COURT OF {{LOCATION:MARICOPA COUNTY}}, ARIZONA   Case No. {{OTHER_ID:JD-2025-118804}}
REPORT OF GUARDIAN AD LITEM RE: PROPOSED MEDICAL TREATMENT
Child: {{NAME:A.R.M.}} (initials used), DOB {{DATE:09/09/2011}}   Child's hospital no. {{MRN:PCH-00471128}}
Question: consent to scoliosis fusion (Cobb 62 degrees) where the parents disagree.
Interviews: mother {{NAME:Danielle Moreno}} ({{DATE:May 12}}), father {{NAME:Rafael Moreno-Ibarra}} (by phone {{PHONE:623-555-0190}}, {{DATE:May 14}}), surgeon Dr {{NAME:Eun-ji Park}}
at {{LOCATION:Phoenix Children's}}, school counsellor at {{LOCATION:Desert Sky Middle School}}, and the child herself ({{NAME:Ava}} asked to be called by her middle name).
Child's view: wants the surgery "before high school". Father's concern: blood products (religious); bloodless-surgery protocol is available.
Recommendation: the court authorise surgery with cell salvage; no transfusion unless life-threatening.
Respectfully submitted {{DATE:May 20, 2025}}, {{NAME:Gwendolyn Achebe}}, Esq., GAL, State Bar no. {{LICENSE:028814}}, {{EMAIL:gachebe.gal@example.com}}.
`,
  },
  {
    id: 'h8-053',
    kind: 'kinship caregiver medical consent affidavit',
    text: `
CAREGIVER'S AUTHORIZATION AFFIDAVIT (relative caregiver, minor's medical care)
Minor: {{NAME:Jaylen Whitehorse}}   DOB {{DATE:12/01/2014}}   SSN {{SSN:000-81-3307}}   Medicaid ID {{HEALTH_PLAN:S44718820}}
Caregiver: grandmother {{NAME:Bernadette Whitehorse}}, {{LOCATION:1207 Agate St}}, {{LOCATION:Rapid City}}, SD {{LOCATION:57701}}, {{PHONE:605-555-0114}}
Relationship: maternal grandmother. Parents: {{NAME:Shayla Whitehorse}} (whereabouts unknown since {{DATE:2023-08}}), father unknown.
Household also includes great-grandmother {{NAME:Irene Two Crow}}, age {{AGE_OVER_89:94}}, who cannot provide care.
Minor's school: {{LOCATION:General Beadle Elementary}}. Tribal enrollment no. {{OTHER_ID:OST-0448172}}. Clinic: {{LOCATION:Oyate Health Center}}.
Signed under penalty of perjury {{DATE:February 4, 2025}}. Notary: {{NAME:Colleen Ahrendt}}, commission {{LICENSE:NP-2290417}} expires {{DATE:06/30/2028}}.
Caregiver's driver licence {{LICENSE:SD 01447829}} shown.
`,
  },
  {
    id: 'h8-054',
    kind: 'asylum medico-legal affidavit',
    text: `
MEDICAL AFFIDAVIT IN SUPPORT OF ASYLUM APPLICATION (Istanbul Protocol evaluation)
Applicant: {{NAME:Mahbooba Rahimi}}, DOB {{DATE:03/21/1993}}, A-number {{OTHER_ID:A 219-447-180}}
Evaluation {{DATE:August 11, 2025}} at {{LOCATION:HealthRight Human Rights Clinic}}, {{LOCATION:New York}}, with Dari interpreter {{NAME:Farid Azimi}} (ID {{OTHER_ID:LL-40188}}).
History: detained {{DATE:October 2023}} in {{LOCATION:Herat}}; beaten with cables, cigarette burns to forearms. Fled via {{LOCATION:Mashhad}} and {{LOCATION:Tapachula}}.
Exam: seven round 7-9 mm hyperpigmented atrophic scars L forearm (consistent with cigarette burns: "highly consistent"); linear scars back.
Photographs {{PHOTO:RAHIMI_scar_01.jpg}} through {{PHOTO:RAHIMI_scar_12.jpg}} with scale, uploaded for counsel at {{URL:https://evidence.example.org/case/RAHIMI-A219447180}} (upload from {{IP:192.168.1.44}}, clinic LAN). PCL-5 58; HTQ positive.
Attorney: {{NAME:Miriam Goldfarb-Oyelaran}}, Immigrant Justice Collaborative, fax {{FAX:212-555-0193}}.
Examiner: {{NAME:Thomas Eriksen-Adu}}, MD, NY licence {{LICENSE:312884}}. Hearing date {{DATE:01/14/2026}}.
`,
  },
  {
    id: 'h8-055',
    kind: 'environmental health hoarding referral',
    text: `
CODE ENFORCEMENT / ENVIRONMENTAL HEALTH - REFERRAL TO ADULT PROTECTIVE SERVICES AND PCP
Complaint {{OTHER_ID:CE-25-04417}} received {{DATE:09/03/2025}} from neighbour {{NAME:Gail Pruitt}} ({{LOCATION:1419 Oriole Dr}}): odour, rats, no one seen for a week.
Property: {{LOCATION:1421 Oriole Dr}}, {{LOCATION:Toledo}}, OH {{LOCATION:43606}}. Occupant: {{NAME:Eugenia Popescu}} (SSN {{SSN:000-12-7745}} per APS form), age {{AGE_OVER_89:94}}, lives alone with 11 cats.
Inspection {{DATE:09/05/2025}} by inspector {{NAME:Luis Otero}} with Officer {{NAME:Bryant Keck}} (TPD): clutter image rating 7 in kitchen, 8 in bedroom; no working fridge; exit blocked.
Ms {{NAME:Popescu}} alert, says her son {{NAME:Adrian Popescu}} ({{PHONE:419-555-0198}}) visits monthly. Prescription bottles from {{LOCATION:Kroger Pharmacy Secor Rd}}.
Unregistered car in the yard, VIN {{VEHICLE:1G1ZT51816F104482}}. Photos {{PHOTO:CE2504417_01.jpg}}-{{PHOTO:CE2504417_19.jpg}}.
Referred to APS (intake {{OTHER_ID:APS-7720148}}) and to her PCP Dr {{NAME:Natalia Grigorescu}}, fax {{FAX:419-555-0177}}.
`,
  },
  {
    id: 'h8-056',
    kind: 'mission trip participant medical form',
    text: `
SHORT-TERM MISSION TEAM - PARTICIPANT HEALTH FORM (confidential to team medic)
Team: {{LOCATION:Grace Fellowship Church}} medical-dental team to {{LOCATION:Jinotega}}, Nicaragua, {{DATE:Jan 10}}-{{DATE:Jan 19, 2026}}
Participant: {{NAME:Harmony Blackwood}}   DOB {{DATE:07/04/2003}}   Passport {{OTHER_ID:648201177}} (exp {{DATE:11/2031}})
Emergency contact: father Pastor {{NAME:Dale Blackwood}}, {{PHONE:(615) 555-0165}}
Conditions: type 1 diabetes on pump (Omnipod 5; PDM serial {{DEVICE:OP5-22-08814479}}), CGM Dexcom G7. Peanut allergy - carries 2 epinephrine pens.
Vaccines: typhoid {{DATE:11/20/2025}}, hep A series complete. Malaria prophylaxis not needed for {{LOCATION:Jinotega}} per CDC map (generic link https://www.example.gov/travel/nicaragua).
Travel insurance: policy {{ACCOUNT:TMI-0477120-HB}}. Registration page: {{URL:https://missions.example.org/p/HBlackwood-4471}}.
Team medic: {{NAME:Joanne Kettering}}, RN. Form received {{DATE:12/01/2025}}.
`,
  },
  {
    id: 'h8-057',
    kind: 'clinician condolence letter',
    text: `
{{DATE:March 3, 2025}}

Dear {{NAME:Ruth}}, {{NAME:Samuel}} and {{NAME:Miriam}},

I was so sorry to hear that your mother, {{NAME:Esther Lowenthal}}, died on {{DATE:February 22}} at home in {{LOCATION:Skokie}}, aged {{AGE_OVER_89:96}}.
I looked after her for eleven years at {{LOCATION:Old Orchard Internal Medicine}}, and she never once came to a visit without a question for me
about my own children. When she turned {{AGE_OVER_89:95}} she told me her secret was "rye bread and arguing with {{NAME:Herschel}}" - your late father.
Thank you for the care you gave her at {{LOCATION:9134 Keeler Ave}} these last months, and for letting {{LOCATION:JourneyCare}} hospice help.
If any of you would like to talk about her last illness, please call me on {{PHONE:847-555-0131}} or write to {{EMAIL:dr.amsalem@example.org}}.

With warm regards,
{{NAME:Noa Amsalem}}, MD
`,
  },
  {
    id: 'h8-058',
    kind: 'rare disease registry enrolment e-mail',
    text: `
From: no-reply@registry.example.org
To: {{EMAIL:calloway.fam@example.com}}
Date: Tue, {{DATE:17 Jun 2025}} 10:22:41 -0400
Subject: Welcome to the Fibrodysplasia Ossificans Progressiva Family Registry

Dear {{NAME:Marcy Calloway}},
Thank you for enrolling your son {{NAME:Tobias Calloway}} (participant ID {{OTHER_ID:FOP-US-01188}}) on {{DATE:06/16/2025}}.
Consent was recorded from IP {{IP:192.0.2.198}}. His ACVR1 R206H result from {{LOCATION:Children's Hospital of Philadelphia}} (report {{OTHER_ID:GX-24-77120}}) has been linked.
Your personal dashboard: {{URL:https://registry.example.org/family/FOP-US-01188/dashboard}}
You also listed {{NAME:Tobias}}'s grandfather {{NAME:Walter Calloway}} (born 1939, no genetic testing) - we will not contact him unless you ask.
Photo uploads (optional) so far: {{PHOTO:toe_xray_TC_2024.png}}.
Questions: registry coordinator {{NAME:Imani Oduya}}, {{PHONE:215-555-0124}}.
`,
  },
];
