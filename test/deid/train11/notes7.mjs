// train11 notes 7: interpreter and transport bookings, portal and audit trails of legal requests, mixed admin letters.
export default [
  {
    id: 't11-055',
    kind: 'interpreter booking confirmations (agency e-mail)',
    text: `
From: bookings@example-interpreting.com
To: {{NAME:Gulnara Abdrakhmanova}} <{{EMAIL:g.abdrakhmanova@example.nhs.uk}}>
Date: {{DATE:26 Nov 2026}} 16:02
Subject: CONFIRMED x3 - job refs {{OTHER_ID:LI-883104}}, {{OTHER_ID:LI-883105}}, {{OTHER_ID:LI-883119}}

1) Dari (face to face) - Mon {{DATE:30/11/2026}} 09:30-11:00
   Patient {{NAME:Farida Noorzai}}, hospital no. {{MRN:K2044719}}, antenatal clinic, {{LOCATION:Leicester Royal Infirmary}}, {{LOCATION:Infirmary Square}}, {{LOCATION:LE1 5WW}}
   Interpreter: {{NAME:Sayed Jawad Hashimi}}, NRPSI {{LICENSE:17044}}. Please meet him at the Balmoral main entrance.
2) British Sign Language (two interpreters) - {{DATE:1 December}} 14:00, Court of Protection hearing, {{LOCATION:Leicester County Court}},
   {{LOCATION:90 Wellington Street}}. Deaf party {{NAME:Colin Threlfall}}; interpreters {{NAME:Naomi Sutcliffe}} and {{NAME:Rhys Bevan-Jones}}.
3) Polish (video) - {{DATE:2/12}} 11:15, benefits appeal preparation with welfare rights adviser {{NAME:Krzysztof Lis}} for
   {{NAME:Jadwiga Nowak-Pietrzak}} of {{LOCATION:Braunstone Town}}. Link: https://{{URL:video.example-interpreting.com/j/LI883119}}
Cancellation within 24 hours is chargeable. Queries {{PHONE:0116 496 0412}}.
`,
  },
  {
    id: 't11-056',
    kind: 'non-emergency medical transport trip sheet (US)',
    text: `
NEMT TRIP SHEET - {{DATE:11/27/2026}}   Broker trip IDs as shown   Driver: {{NAME:Abebe Girma}}  DL {{LICENSE:D4417-7720-1188}}
Vehicle: 2022 Ford Transit wheelchair van, plate {{VEHICLE:8LKX447}}, VIN {{VEHICLE:1FTBW3XG4NKA44172}}
06:10 PU {{NAME:Hollis Redcloud}} @ {{LOCATION:1140 Pine Ridge Dr}}, {{LOCATION:Rapid City}} -> {{LOCATION:Monument Health Rapid City Hospital}} dialysis. trip {{OTHER_ID:T-26-558812}}
        Medicaid {{HEALTH_PLAN:SD0044172901}}; w/c; wife {{NAME:Bernadine}} rides along.
07:05 PU {{NAME:Magdalena Sokolowski}}, {{AGE_OVER_89:92}}, {{LOCATION:Westhills Village}}, {{LOCATION:255 Texas St}} -> {{LOCATION:Black Hills Eye Institute}}. trip {{OTHER_ID:T-26-558817}}
        escort: grandson {{NAME:Kacper}}. walker.
08:40 PU {{NAME:Jasper Two Bulls}} @ {{LOCATION:Oglala}} chapter house -> {{LOCATION:Sioux San}} (IHS) clinic. trip {{OTHER_ID:T-26-558820}}
        NO SHOW 08:52 - called {{PHONE:605-555-0181}}, no answer. Dispatcher {{NAME:Trish}} notified.
11:30 return {{NAME:Redcloud}} to home. Odometer start 48,112 end 48,331. Signature on tablet; GPS log uploaded from {{IP:203.0.113.44}}.
`,
  },
  {
    id: 't11-057',
    kind: 'patient transport booking for a court appearance (secure hospital)',
    text: `
{{LOCATION:Broadmoor Hospital}} - Secure Transport Request
Patient: {{NAME:Lukasz Dabrowski-Field}}   Hospital no. {{MRN:BM-44170}}   Ward: Kempton
Destination: {{LOCATION:Reading Crown Court}}, {{LOCATION:Old Shire Hall}}, {{LOCATION:The Forbury}}, {{LOCATION:Reading}} {{LOCATION:RG1 3EH}}
Date: {{DATE:3 December 2026}}, depart 07:30, court listed 10:00 before HHJ {{NAME:Adaeze Okoro}}
Escorts: {{NAME:Samuel Ogundipe}} (nurse in charge), {{NAME:Claire McCubbin}}, {{NAME:Daniel Ashworth}}; vehicle: cellular van {{VEHICLE:GU70 WTK}}
Solicitor: {{NAME:Hannah Levi-Strauss}}, Bindmans-style firm, {{PHONE:020 7946 0188}}. Probation officer {{NAME:Mark Eddowes}} attends.
Risk: absconsion history ({{DATE:June 2024}}, from {{LOCATION:Wokingham}} station); handcuffs per RC Dr {{NAME:Parveen Akhtar}}.
Medication: clozapine 350 mg nocte given at ward; depot not due. Identity check by photograph ({{PHOTO:ID_BM44170_2026.jpg}}) and
fingerprint on the ward reader ({{BIOMETRIC:FPR-BM-0044170}}).
`,
  },
  {
    id: 't11-058',
    kind: 'air ambulance / repatriation booking (travel insurer)',
    text: `
ASSISTANCE CASE {{OTHER_ID:AC-26-110447}} - repatriation
Insured: {{NAME:Bertil Lindgren-Haapala}}, born {{DATE:1936-04-02}} ({{AGE_OVER_89:90}}), policy {{HEALTH_PLAN:TRV-SE-4417720}}
Home: {{LOCATION:Storgatan 14}}, {{LOCATION:931 30 Skelleftea}}, Sweden
Now in: {{LOCATION:Hospital Universitario Insular de Gran Canaria}}, {{LOCATION:Las Palmas}}, since {{DATE:19 November}} (NSTEMI, PCI x1).
Treating doctor: Dr. {{NAME:Jose Ignacio Santana del Rosario}}, fax {{FAX:+34 928 555 014}}.
Plan: stretcher on scheduled flight {{DATE:29 Nov}} LPA-ARN with nurse escort {{NAME:Annika Pettersson}}, ground ambulance to
{{LOCATION:Norrlands universitetssjukhus}}, {{LOCATION:Umea}}. Wife {{NAME:Ulla}} travels separately; son {{NAME:Mikael Lindgren}}
({{PHONE:+46 70 555 01 47}}) is the contact. Medical report uploaded at https://{{URL:cases.example-assist.se/AC-26-110447}}.
Case handler {{NAME:Zeynep Aydin-Holm}}.
`,
  },
  {
    id: 't11-059',
    kind: 'community transport and interpreter booking notes (Australia, NDIS)',
    text: `
Support coordination notes - participant {{NAME:Mohamed Abdi Warsame}}, NDIS no. {{HEALTH_PLAN:430 441 772}}
{{DATE:24/11/2026}} - booked community transport (driver {{NAME:Barry Tonkin}}, vehicle {{VEHICLE:1XY-4AB}}) from
{{LOCATION:3/41 Pickett Street}}, {{LOCATION:Footscray}} to {{LOCATION:Western Health Sunshine Hospital}} for the {{DATE:1 Dec}} neurology review.
{{DATE:24/11/2026}} - Somali interpreter via TIS for the same appointment, booking {{OTHER_ID:TIS-26-9981204}}, interpreter {{NAME:Hawa Dirie}}.
{{DATE:25/11/2026}} - rang his mother, {{NAME:Faadumo}}, on {{PHONE:0491 570 177}}: she will bring the Centrelink letter.
Plan manager {{NAME:Georgina Papageorgiou}} ({{EMAIL:plans@example-ndis.com.au}}) approved the invoice from {{LOCATION:Maribyrnong}}
Physio. Participant's brother {{NAME:Ilyas}} lives in {{LOCATION:Flemington}} and has no car. Next review {{DATE:March 2027}}.
`,
  },
  {
    id: 't11-060',
    kind: 'privacy office investigation of a records access by a lawyer (audit trail)',
    text: `
PRIVACY INCIDENT {{OTHER_ID:PRV-2026-0871}} - summary for the Compliance Committee, {{DATE:November 26, 2026}}
Complaint: {{NAME:Rosalind Achebe-Hartmann}} alleges that her ex-husband's attorney obtained her psychiatric notes during their custody case
in {{LOCATION:Fulton County}} Superior Court (case {{OTHER_ID:2025CV447120}}).
Findings from the EHR audit:
- {{DATE:10/02/2026}} 21:14 user {{NAME:jthorne}} ({{NAME:Jared Thorne}}, registration clerk, {{LOCATION:Piedmont Atlanta Hospital}}) opened the chart MRN {{MRN:PA00917744}}
  from workstation {{IP:10.44.17.208}}, viewed Psychiatry notes, printed 14 pages. No treatment relationship.
- {{DATE:10/02/2026}} 21:31 same user, remote session from {{IP:192.0.2.117}}, searched the patient by SSN {{SSN:000-44-1729}}.
- {{DATE:10/05/2026}} the printed pages were faxed from the {{LOCATION:Buckhead}} FedEx Office to {{FAX:404-555-0123}} (firm of {{NAME:Carlton Briggs}} III).
Mr. {{NAME:Thorne}} is the brother-in-law of the ex-husband, {{NAME:Dieter Hartmann}}. Access card logs confirm his badge ({{OTHER_ID:B-44172}}) and
fingerprint clock-in ({{BIOMETRIC:TK-FP-0091447}}) at the time. HR (manager {{NAME:Yvette Delacroix}}) terminated employment on {{DATE:11/04/2026}}.
Notification letter mailed to Ms. {{NAME:Achebe-Hartmann}} at {{LOCATION:1188 Peachtree Battle Ave NW}}, {{LOCATION:Atlanta}}, GA {{LOCATION:30327}}.
Look-alikes in the record that are not identifiers: HIPAA 164.512(e), policy HIM-22, PHQ-9 of 19, Epic, Haldol, Zoloft.
`,
  },
  {
    id: 't11-061',
    kind: 'court investigator report on a conservatorship (California)',
    text: `
SUPERIOR COURT OF CALIFORNIA, {{LOCATION:COUNTY OF SANTA CLARA}} - PROBATE INVESTIGATOR'S REPORT
Conservatorship of the person and estate of {{NAME:Hyun-woo "Harry" Baek}}   Case {{OTHER_ID:26PR194471}}
Investigator: {{NAME:Marisela Tovar-Lindahl}}   Visit {{DATE:November 12, 2026}} at {{LOCATION:Sunny View}}, {{LOCATION:Cupertino}}
The proposed conservatee, aged 86, a retired engineer, was born in {{LOCATION:Daegu}} and came to {{LOCATION:San Jose}} in 1979. He speaks Korean
with his daughter and English with staff. He told me his wife, {{NAME:Soon-ja}}, "is at church" ({{LOCATION:Korean United Presbyterian Church}});
she died in 2019. The petitioner, his daughter {{NAME:Grace Baek-Whitman}} of {{LOCATION:Los Gatos}}, seeks authority to sell his house at
{{LOCATION:20611 Garden Gate Dr}}, {{LOCATION:Cupertino}} {{LOCATION:95014}}. His son, {{NAME:Daniel Baek}}, of {{LOCATION:Fort Lee}}, NJ, objects and says
a caregiver, {{NAME:Rowena Pagdanganan}}, has been paid $9,000 from the Chase account ending {{ACCOUNT:0417}} without receipts.
Capacity declaration by Dr. {{NAME:Elliot Ransom-Kahale}} (geriatric psychiatry, {{LOCATION:El Camino Hospital}}) dated {{DATE:10/28/2026}}.
Recommendation: appoint the petitioner with a bond; Mr. {{NAME:Baek}} does not oppose and asked that his dog, Mandu, stay with him.
`,
  },
  {
    id: 't11-062',
    kind: 'first-tier tribunal decision notice (social security and child support)',
    text: `
FIRST-TIER TRIBUNAL (SOCIAL ENTITLEMENT CHAMBER) - DECISION NOTICE
Appellant: {{NAME:Bronagh McAleese-Okoro}}   Tribunal ref {{OTHER_ID:SC154/26/04417}}   NINo {{OTHER_ID:ZX 44 17 72 A}}
Venue: {{LOCATION:Eastgate House}}, {{LOCATION:35-43 Newport Road}}, {{LOCATION:Cardiff}}   Date of hearing {{DATE:23 November 2026}}
Panel: Judge {{NAME:R. Abernethy-Singh}}, medical member Dr {{NAME:Oyebanji Adewale}}, disability member {{NAME:Gareth Pugh}}
The appeal is allowed. The appellant is entitled to the enhanced rate of the daily living component from {{DATE:4 June 2026}} to
{{DATE:3 June 2029}}. The tribunal accepted the evidence of her daughter, {{NAME:Niamh}}, and the letter of Dr {{NAME:Iolo ap Dafydd}} of
{{LOCATION:Canton}} Surgery; it gave less weight to the assessment at the {{LOCATION:Newport}} centre. Her home is {{LOCATION:9 Clive Street}},
{{LOCATION:Grangetown}}. Rhondda, Cymraeg and Welsh Water are not people. Decision sent {{DATE:24/11/2026}}.
`,
  },
  {
    id: 't11-063',
    kind: 'certified translation cover and notarisation (Brazil to US)',
    text: `
CERTIFICATE OF TRANSLATION
I, {{NAME:Luiza Fernandes de Albuquerque}}, certified translator (ATA no. {{LICENSE:ATA-447120}}), of {{LOCATION:Newark}}, NJ, certify that the
attached English text is a true translation of the Portuguese discharge summary issued by {{LOCATION:Hospital das Clinicas}} of {{LOCATION:Sao Paulo}}
for {{NAME:Joao Pedro dos Santos Nascimento}}, born {{DATE:17/08/1952}}, CPF {{OTHER_ID:000.441.772-09}}, prontuario {{MRN:HC-4417720-B}},
admitted {{DATE:02/09/2026}} and discharged {{DATE:21/09/2026}}, attending physician Dr. {{NAME:Marcelo Tavares da Cunha}}, CRM-SP {{LICENSE:104417}}.
The original lists his address as {{LOCATION:Rua Augusta, 1520, apto 83}}, {{LOCATION:Consolacao}}, {{LOCATION:01304-001}} {{LOCATION:Sao Paulo}}.
The translation is requested by his daughter, {{NAME:Beatriz Nascimento-Keane}}, for a Medicare enrolment appeal and for his new
cardiologist at {{LOCATION:Saint Barnabas Medical Center}}, {{LOCATION:Livingston}}.
Sworn before me {{DATE:November 20, 2026}}: {{NAME:Anthony DiBenedetto}}, Notary Public, commission {{LICENSE:50144172}}, {{LOCATION:Essex County}}.
`,
  },
  {
    id: 't11-064',
    kind: 'bereavement, funeral and estate letters bundle (Ghana, in English)',
    text: `
1) {{LOCATION:Korle Bu Teaching Hospital}}, {{LOCATION:Accra}} - Medical Records Unit, {{DATE:18th November, 2026}}
   To whom it may concern: This is to confirm that Opanyin {{NAME:Kwabena Asante-Darko}}, aged {{AGE_OVER_89:95}}, folder no. {{MRN:KB/26/044172}},
   died on the ward on {{DATE:9th November, 2026}}. The body is at the hospital mortuary. Signed: {{NAME:Akosua Frimpong}}, Records Officer.
2) Funeral notice: the family of the late Opanyin {{NAME:Asante-Darko}} of {{LOCATION:Abetifi}}, {{LOCATION:Kwahu}}, announce the burial at
   {{LOCATION:Abetifi Presbyterian Church}} on {{DATE:12 December}}. Chief mourners: {{NAME:Yaa Serwaa Owusu}}, {{NAME:Kofi Boateng Asante}}, {{NAME:Efua Mensah-Bonsu}}.
3) Letter from {{NAME:Kwame Ofori-Atta}}, Esq., of {{LOCATION:Ring Road Central}}, {{LOCATION:Osu}}, {{LOCATION:Accra}}, {{DATE:24/11/2026}}: the NHIS card
   (no. {{HEALTH_PLAN:44170298}}) and Ghana Card ({{OTHER_ID:GHA-000441772-9}}) of the deceased must be surrendered; the hospital bill
   (account {{ACCOUNT:KB-IP-0091447}}) is to be paid from the estate. Administrator: {{NAME:Abena Pokuaa Asante}}, {{PHONE:+233 20 555 0147}}.
`,
  },
];
