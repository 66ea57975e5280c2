// train5 notes 4: complaints, claims, billing and collections, telehealth chat, diary, caregiver texts, voicemail, Quebec, Puerto Rico, territories, military.
export default [
  {
    id: 't5-037',
    kind: 'patient complaint letter',
    text: `
{{LOCATION:411 Birch Hollow Dr}}
{{LOCATION:Mechanicsburg}}, PA {{LOCATION:17055}}
{{DATE:October 2, 2025}}

Patient Relations Dept, {{LOCATION:Holy Spirit Hospital}}

To whom it may concern,
I am writing about my father, {{NAME:Francis X. O'Neil}} ({{AGE_OVER_89:94}} years young!), who was in room 4-217 from {{DATE:September 14th}} to the {{DATE:19th}}. Nobody answered his call light for 40 minutes on the night of the {{DATE:16th}} and he was found on the floor by my sister {{NAME:Bridget O'Neil-Kaufman}}. The night nurse, I believe her name was {{NAME:Crystal}}, told us "he's a fall risk, what do you expect." His hearing aids (Oticon, serial {{DEVICE:OT-77A-330912}}) were lost and never found.
His account number is {{ACCOUNT:40018832771}}. I would like a written response and reimbursement for the hearing aids ($4,200).
Sincerely,
{{NAME:Maureen O'Neil Stahl}}
{{PHONE:717-555-0151}} | {{EMAIL:moneilstahl@pamail.example}}
`,
  },
  {
    id: 't5-038',
    kind: 'malpractice claim summary',
    text: `
CLAIM SUMMARY - Professional Liability (MedPro Group)   Claim {{OTHER_ID:MP-2025-044172}}   Opened {{DATE:03/31/2025}}
Claimant: {{NAME:Yolanda Marisol Betancourt-Ochoa}}, DOB {{DATE:09/09/1979}}, {{LOCATION:Kendall}}, FL
Insured: {{NAME:Victor Abramowitz}}, MD (OB/GYN), FL license {{LICENSE:ME 118842}}; co-defendant {{LOCATION:Baptist Hospital of Miami}}.
Allegation: delayed diagnosis of ureteral injury after TLH {{DATE:06/20/2024}}; POD 9 urinoma, nephrostomy, ureteral reimplant {{DATE:07/08/2024}}.
Plaintiff counsel: {{NAME:Ramon Esquivel}}, Esq., Florida Bar {{LICENSE:0098731}}, Esquivel Trial Group. Demand $950,000.
Expert review (Dr. {{NAME:Cheng-Hao Lin}}): standard of care met for intraop; POD 2 flank pain + Cr 1.6 warranted CT.
Reserve $250,000. Mediation set {{DATE:Jan. 14, 2026}}. Adjuster {{NAME:Ward Pemberton}} {{PHONE:615-555-0137}}.
`,
  },
  {
    id: 't5-039',
    kind: 'billing dispute email thread',
    text: `
From: {{NAME:Kyle Youngblood}} <{{EMAIL:kyoungblood88@inboxmail.example}}>
To: {{EMAIL:billing@stonecrestmed.example}}
Date: Wed, {{DATE:5 Nov 2025}} 08:42 -0700
Subject: Re: Statement for acct {{ACCOUNT:SC-00718845}} - DISPUTE

Hi, I was billed $3,410 for an ER visit on {{DATE:8/22}} that Anthem says was out of network, but {{LOCATION:StoneCrest Medical Center}} is in network per their site. Under the No Surprises Act I should only owe in-network cost sharing ($250). My member ID is {{HEALTH_PLAN:YRH884021773}}. Claim # {{OTHER_ID:2025234EK7781}}. Please put the account on hold.
{{NAME:Kyle}}

> On {{DATE:Nov 3, 2025}}, at 4:15 PM, StoneCrest PFS <{{EMAIL:billing@stonecrestmed.example}}> wrote:
> Dear {{NAME:Kyle}}, our records show a balance of $3,410.00 for guarantor {{NAME:Kyle Youngblood}}, patient {{NAME:Avery Youngblood}} (DOB {{DATE:02/14/2012}}). Pay online at {{URL:https://pay.stonecrestmed.example/?acct=SC-00718845}} or call {{PHONE:1-800-555-0176}}.
`,
  },
  {
    id: 't5-040',
    kind: 'collection agency letter',
    text: `
Midstate Credit Recovery, Inc.  {{LOCATION:PO Box 9017}}, {{LOCATION:Springfield}}, IL {{LOCATION:62791}}  (this is a debt collector)
{{DATE:August 15, 2025}}
{{NAME:ROSE M. CALDERON-VEGA}}
{{LOCATION:1620 W 18th Pl Apt 2R}}
{{LOCATION:Chicago}} IL {{LOCATION:60608}}
Re: Original creditor {{LOCATION:Mount Sinai Hospital}}   Creditor acct {{ACCOUNT:MSH-5540917}}   Our ref {{ACCOUNT:MCR-88104473}}
Balance: $1,286.40   Date of service {{DATE:01/30/2024}}
Unless you dispute the validity of this debt within 30 days... Call {{PHONE:(217) 555-0102}} Mon-Fri 8-5 or visit {{URL:www.midstatecr.example/pay/MCR88104473}}.
Last 4 of SSN on file: {{SSN:7719}}.
`,
  },
  {
    id: 't5-041',
    kind: 'telehealth chat transcript',
    text: `
Teladoc-style chat | Session {{OTHER_ID:TV-9920331}} | {{DATE:2025-09-27}}
[19:02:11] System: Patient {{NAME:Jia Hui Lim}} joined from IP {{IP:73.182.44.219}} (browser Chrome/128)
[19:02:40] Patient: hi, i have burning when i pee since thursday, no fever
[19:03:05] Dr. {{NAME:Sione Tuilagi}}: Hi {{NAME:Jia Hui}}, sorry you're dealing with that. Any back pain, blood, discharge? Could you be pregnant?
[19:03:51] Patient: no back pain, lmp {{DATE:9/12}}, not pregnant. had the same thing in march
[19:05:20] Dr. {{NAME:Tuilagi}}: OK, uncomplicated cystitis likely. Nitrofurantoin 100 mg BID x5d sent to {{LOCATION:Walgreens #11872}}, {{LOCATION:2801 N Clark St}}?
[19:05:44] Patient: yes that one. my bf {{NAME:Marcus}} can pick up
[19:06:30] Dr. {{NAME:Tuilagi}}: Visit summary: {{URL:https://visits.telecare.example/s/8f2kQ7Lm}}. Return if fever or flank pain.
[19:06:41] System: session ended. Provider IP {{IP:2600:1700:5b0:88e0::1f}}.
`,
  },
  {
    id: 't5-042',
    kind: 'patient-generated diary',
    text: `
my migraine diary (for dr {{NAME:bhatt}})
{{DATE:jan 3}} - woke w/ headache 6/10, L side, took 2 excedrin. period started. slept 5 hrs
{{DATE:jan 7}} - 8/10!! vomited x2, dark room, sumatriptan 50 worked in 1 hr. red wine at {{NAME:Tara}}'s b-day the nite before
{{DATE:jan 12}} - 4/10 after 3 hr drive to {{LOCATION:Flagstaff}} to see grandma (shes {{AGE_OVER_89:90}} now!!)
{{DATE:jan 19}} - none. yoga at Sol Studio
{{DATE:1/24}} - 7/10 aura (zigzags) 20 min then pain. 2nd triptan {{DATE:1/25}}
total = 4 migraine days, 2 triptans. BP at pharmacy 122/76. weight 61 kg
- {{NAME:Sarah Nez-Whitman}} (DOB {{DATE:4-19-96}}) ph {{PHONE:928 555 0183}}
`,
  },
  {
    id: 't5-043',
    kind: 'caregiver text messages',
    text: `
[Texts exported to chart by SW {{NAME:Dana Pike}}, {{DATE:06/03/2025}}]
{{DATE:6/1}} 7:14 PM Daughter ({{PHONE:210-555-0161}}): mom wont take her seroquel again, says ur trying to poison her. shes yelling at the tv
{{DATE:6/1}} 7:20 PM Aide {{NAME:Guadalupe}}: I try again after dinner mija. BP was 150/90 at 5
{{DATE:6/1}} 9:02 PM Daughter: she took it w/ pudding. thank u {{NAME:lupe}}
{{DATE:6/2}} 6:45 AM Aide: ms {{NAME:Esperanza}} slept ok, up 2x to bathroom. sugar 141
{{DATE:6/2}} 8:10 AM Son {{NAME:Rudy Salinas}} ({{PHONE:+1 210 555 0190}}): can we move her appt at {{LOCATION:University Health Texas Diabetes Institute}} to friday? im off
{{DATE:6/2}} 8:12 AM Daughter: ok. {{NAME:Rudy}} bring her medicare card, number is {{HEALTH_PLAN:1EG4-TE5-MK72}}
`,
  },
  {
    id: 't5-044',
    kind: 'transcribed voicemail',
    text: `
VOICEMAIL TRANSCRIPT (auto) - Nurse line - rec'd Thu {{DATE:04/10/2025}} 14:37, from {{PHONE:(919) 555-0147}}, 0:52
"Hi this is {{NAME:Dolores McKinney}}, um, date of birth {{DATE:march fourth nineteen forty one}}, calling for Doctor {{NAME:Oyelowo}}'s nurse. I'm on the Eliquis five milligram and I had a nosebleed this morning that took, oh, thirty minutes to stop. My son {{NAME:Jimmy}} said call. You can call me back at {{PHONE:nine one nine five five five zero one four seven}} or my daughter-in-law {{NAME:Tonya}} at {{PHONE:919-555-0168}}. My chart number is {{MRN:two two four four one nine}}. Thank you, bye."
Triage RN {{NAME:Clare Wu}}: returned call 14:52, bleeding stopped, no other bleeding, BP 134/80 per home cuff. Advised ENT/ED if recurs > 20 min.
`,
  },
  {
    id: 't5-045',
    kind: 'Quebec note (Canadian French)',
    text: `
{{LOCATION:CLSC de Limoilou}} - Note d'evolution infirmiere
Date: {{DATE:2025-02-18}}   Usager: {{NAME:Gagnon, Marie-Eve}}   No dossier: {{MRN:LIM-0338190}}
RAMQ: {{HEALTH_PLAN:GAGM 8562 1418}}   Date de naissance: {{DATE:21 juin 1985}}
Adresse: {{LOCATION:1245, 3e Avenue, app. 6}}, {{LOCATION:Quebec}} (QC) {{LOCATION:G1L 2X2}}   Tel. {{PHONE:418 555-0193}}
Suivi postnatal J+10 (accouchement le {{DATE:8 fevrier}} au {{LOCATION:CHU de Quebec - Hopital Saint-Francois d'Assise}}).
TA 118/74, pouls 80, lochies rosees, uterus involue. EPDS 11/30. Bebe {{NAME:Theo}} pese 3,62 kg (naissance 3,48 kg).
Conjoint {{NAME:Jean-Philippe Tremblay}} present. Medecin de famille: Dre {{NAME:Nathalie Bouchard-Cote}}, permis {{LICENSE:1-09345}}.
Prochaine visite le {{DATE:25 fevrier 2025}}. Inf. {{NAME:Sylvie Lachance}}
`,
  },
  {
    id: 't5-046',
    kind: 'Puerto Rico clinic note',
    text: `
{{LOCATION:Centro de Salud Familiar de Bayamon}} - Medicina Interna
Fecha {{DATE:15/07/2025}}   Paciente {{NAME:Jose Antonio Rivera Colon}}   Record {{MRN:BY-229104}}
Direccion: {{LOCATION:Urb. Sierra Bayamon}}, {{LOCATION:Calle 45 Bloque 51 #12}}, {{LOCATION:Bayamon}}, PR {{LOCATION:00961}}
Postal: {{LOCATION:HC 02 Box 7731}}, {{LOCATION:Corozal}} PR {{LOCATION:00783}}
Plan Vital (Medicaid PR) {{HEALTH_PLAN:0088412270}}; Triple-S Advantage secondary.
66 anos. DM2 (HbA1c 9.1), HTN, gout. Post-Maria still no generator for insulin fridge. Glucometer Accu-Chek s/n {{DEVICE:92411834001}}.
Esposa {{NAME:Carmen Iris Ortiz Santiago}} cel {{PHONE:787-555-0129}}. Hija {{NAME:Yaritza Rivera}} vive en {{LOCATION:Orlando}}.
Dr. {{NAME:Luis Alberto Feliciano}}, lic. {{LICENSE:PR-11473}}
`,
  },
  {
    id: 't5-047',
    kind: 'US territories: Guam, CNMI, USVI clinic referrals',
    text: `
REFERRAL LOG - Off-island specialty ({{LOCATION:Guam Memorial Hospital Authority}})
{{DATE:04/22/2025}} {{NAME:Cruz, Jesse Taitano}}, 58M, {{LOCATION:Dededo}}, GU; CABG eval -> {{LOCATION:Queen's Medical Center}}, {{LOCATION:Honolulu}}. MIP claim ref {{OTHER_ID:MIP-44172}}. Ph {{PHONE:671-555-0112}}.
{{DATE:04/23/2025}} {{NAME:Sablan, Maria Lourdes Camacho}}, 71F, {{LOCATION:San Antonio Village}}, {{LOCATION:Saipan}} MP {{LOCATION:96950}}; radiation onc -> {{LOCATION:Manila}} (Philippines). Ph {{PHONE:670-555-0145}}.
{{DATE:04/24/2025}} {{NAME:Rasmussen-Charles, Delroy}}, 44M, {{LOCATION:Estate Tutu}}, {{LOCATION:St. Thomas}} VI {{LOCATION:00802}} (USVI referral copied here by error); neurosurg -> {{LOCATION:Schneider Regional Medical Center}}.
Coordinator {{NAME:Kaleo Perez}} {{EMAIL:kperez@gmha.example}}. Travel via United Airlines.
`,
  },
  {
    id: 't5-048',
    kind: 'military treatment facility note',
    text: `
{{LOCATION:U.S. Naval Hospital Okinawa}} - Family Medicine   {{DATE:14 MAR 2025}}
Pt: HM3 {{NAME:Santiago, Diego R.}}, DoD ID {{OTHER_ID:1587744120}}, FMP 20/SSN {{SSN:519-44-0218}}
Unit: 3d Medical Battalion. Mail: {{LOCATION:PSC 482 Box 1873}}, FPO AP {{LOCATION:96362}}
Dependent spouse {{NAME:Hana Santiago}} (Korean national, SOFA status), cell {{PHONE:080-5555-0142}}.
S/P lumbar strain lifting litter 2 wk ago. SLR neg, 5/5 strength, DTR 2+. Light duty 14 days (chit to LT {{NAME:Brennan Cole}}).
Vehicle pass: privately owned vehicle plate (Okinawa Y-plate) {{VEHICLE:Y 44-17}} registered on base.
Clinic check-in by palm-vein scan {{BIOMETRIC:PV-OKI-22190}}.
Provider: LCDR {{NAME:Aisha Rahman-Eller}}, MC, USN. CAC login from {{IP:140.32.18.77}}.
`,
  },
];
