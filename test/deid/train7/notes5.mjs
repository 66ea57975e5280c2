// train7 notes 5: audiology, registration / financial counselling, nutrition, speech therapy, portal access
// support, sports physical, urgent care dog bite, ED AMA, ICU family phone log, infusion nursing,
// a patient-education sheet with no PHI, employee health, hurried discharge summary.
export default [
  {
    id: 't7-049',
    kind: 'audiology hearing aid fitting',
    text: `
AUDIOLOGY - HA FITTING   {{DATE:11.12.25}}
{{NAME:Ignatius Papadopoulos}}  {{AGE_OVER_89:90}} y/o M   referred by ENT Dr {{NAME:Kaur}}
Audiogram ({{DATE:10/29/25}}): bilat mod-sev sloping SNHL, WRS 68% R / 72% L at 80 dB.
Fit: bilat RIC, L SN {{DEVICE:2241K0877}}, R SN {{DEVICE:2241K0912}}. Receivers M. Domes closed.
REM to NAL-NL2 targets. Paired w daughter's phone app so she can adjust remotely; app account {{EMAIL:eleni.papadopoulos@example.org}}.
Counselled re: battery/charging, cleaning, realistic expectations. Loss & damage warranty until {{DATE:11/12/2028}}.
Pt lives at {{LOCATION:Sunrise of Astoria}} (asst living), room 214 (not PHI). Aide {{NAME:Marisol}} to help w daily insertion.
F/u 2 wk ({{DATE:11/26}}). Dr. {{NAME:Yuna Cho}}, AuD
`,
  },
  {
    id: 't7-050',
    kind: 'registration / financial counselling',
    text: `
FINANCIAL COUNSELING NOTE   {{DATE:11/14/2025}}
Pt: {{NAME:MORALES-GUTIERREZ, ANA SOFIA}}  DOB {{DATE:07/07/1990}}  SSN {{SSN:900-55-3318}}
Guarantor: husband {{NAME:Hector Gutierrez}}, SSN {{SSN:000-48-2219}}, employer: county parks dept.
Hospital acct {{ACCOUNT:HAR 7700441982}}, prior balance acct {{ACCOUNT:7700319024}} ($1,240.18, in payment plan).
Coverage: none at adm; applied for Medicaid presumptive eligibility {{DATE:11/14}}, temp ID {{HEALTH_PLAN:PE-25-0044718}}. Charity care app given (income 180% FPL, household 4).
ID verified: CA DL {{LICENSE:D7719043}}; palm scan enrolled at registration ({{BIOMETRIC:PS-HND-00918834}}).
Mailing: {{LOCATION:PO Box 1187}}, {{LOCATION:Calexico}} CA {{LOCATION:92232}}. Email for statements {{EMAIL:anasofia.mg@example.com}}.
Online payment link sent: {{URL:https://pay.example.com/acct/7700441982}}.
{{NAME:Lorena Tapia}}, financial counselor  x4402
`,
  },
  {
    id: 't7-051',
    kind: 'nutrition note',
    text: `
NUTRITION ASSESSMENT  {{DATE:11/15/25}}
{{NAME:Ekaterina "Katya" Volkova}}, 58F, pancreatic head mass s/p ERCP/stent {{DATE:11/12}}.
Wt 51.3 kg (usual 62 kg {{DATE:June 2025}}; 17% loss in 5 mo). BMI 19.4. Intake <50% x 2 wk. NFPE: mod temporal + clavicular wasting. -> severe malnutrition (ASPEN/AND).
Plan: Ensure Plus TID, creon 36,000 units w meals, 24,000 w snacks. Consider NJ if intake <50% by {{DATE:11/18}}.
Husband {{NAME:Sergei}} brings food from home; pt likes pelmeni, ok.
Outpt RD f/u at {{LOCATION:Kimmel Cancer Center}} w {{NAME:Bethany Kwiatkowski}}, RD.
`,
  },
  {
    id: 't7-052',
    kind: 'speech therapy bedside swallow',
    text: `
SLP BEDSIDE SWALLOW EVAL  {{DATE:11/16/2025}}
{{NAME:Hezekiah Dupree}} 81M, L MCA CVA. Nurse {{NAME:Sage}} reports coughing w meds.
Oral mech: R facial droop, reduced R labial seal, tongue deviates R. Voice wet after thin liquid trials.
Trials: thin (cup) -> immediate cough x3/3; mildly thick -> no s/s; puree -> no s/s; soft solid -> prolonged mastication, oral residue R.
Rec: NPO except meds crushed in puree pending MBS {{DATE:11/17}} at 1000. Oral care TID. HOB >30.
Educated daughter {{NAME:Lavonne Dupree-Hicks}} ({{PHONE:504-555-0131}}).
{{NAME:Mackenzie Tran}}, MS, CCC-SLP
`,
  },
  {
    id: 't7-053',
    kind: 'portal access support / identity note',
    text: `
PATIENT PORTAL SUPPORT - ticket {{OTHER_ID:INC0448812}}   opened {{DATE:2025-11-13}}
Caller: {{NAME:Desmond Achterberg-Yoon}} (pt) re: locked account, user name {{NAME:dachterberg}}.
Identity check: DOB {{DATE:02/29/1968}}, last 4 SSN {{SSN:4417}}, address {{LOCATION:77 Waverly Pl}}, {{LOCATION:Madison}} WI {{LOCATION:53705}}.
Audit: 6 failed logins from {{IP:198.51.100.14}} and {{IP:198.51.100.15}} {{DATE:11/12}} 23:40-23:52, then 1 success from {{IP:203.0.113.201}} (pt confirms that is his work VPN). IPv6 {{IP:2001:db8:44::1f}} also seen.
Face ID template for mobile app re-enrolled, template id {{BIOMETRIC:FACE-2025-118-0042}}.
Reset link sent to {{EMAIL:dachterberg@example.com}}: {{URL:https://mychart.example.org/reset?u=dachterberg&t=8841}}.
Proxy access for wife {{NAME:Min-seo Yoon}} also requested; proxy form at {{URL:https://mychart.example.org/proxy/form/118204}}.
Resolved by {{NAME:Trevor}} (help desk, ext 7710)
`,
  },
  {
    id: 't7-054',
    kind: 'sports pre-participation physical',
    text: `
PPE - SPORTS PHYSICAL  {{DATE:Aug. 4, 2025}}
Athlete: {{NAME:Chase Whitaker}}  DOB {{DATE:3-17-2009}}  16M  Sport: football (OL), wrestling
School: {{LOCATION:Greenville Senior High}}. Parent: {{NAME:Paige Whitaker}}, {{PHONE:(864) 555-0151}}.
Hx: concussion {{DATE:10/2024}} (SCAT symptom 9/22 at the time, cleared {{DATE:Nov 12 2024}}). No syncope, no CP w exertion. FHx: no SCD <50.
Exam: BP 124/78 (repeat 118/74), HR 64. Wt 102 kg, BMI 31. Vision 20/20. Murmur: none supine/standing. MSK: full ROM, duck walk ok. Tanner 5.
Cleared w/o restriction. Form signed for SCHSL. Athletic trainer {{NAME:Rusty Bell}}, ATC (lic {{LICENSE:AT-1149}}).
Parent wanted note that {{NAME:Chase}} drives himself to practice (SC plate {{VEHICLE:RHN 442}}) -> not medically relevant, per parent request only.
{{NAME:Olivia Brandt}}, PA-C
`,
  },
  {
    id: 't7-055',
    kind: 'urgent care note (dog bite)',
    text: `
URGENT CARE  {{DATE:11/15/2025}}  {{NAME:Sorensen, Bo}}  41M
HPI: bitten R forearm by neighbor's dog (German shepherd, "Duke", vaccinated per owner Mr. {{NAME:Hal Pruitt}}) at 1400 today outside {{LOCATION:412 Chestnut Ln}}, {{LOCATION:Boise}}. Animal control called, report # {{OTHER_ID:ACB-25-03318}}, officer {{NAME:Juarez}}.
Exam: 3 puncture wounds + 2 cm lac R volar forearm. NVI. No tendon involvement, full ROM.
Tx: irrigated 500 mL, lac not closed (bite), Tdap given (last one 2014). Augmentin 875 BID x5d.
Photo for animal control: {{PHOTO:UC_bite_Rforearm_1115.png}}.
f/u 48h or sooner if redness. PCP: Dr. {{NAME:Oyelowo}}.
`,
  },
  {
    id: 't7-056',
    kind: 'ED note (left AMA)',
    text: `
ED NOTE - LEFT AMA  {{DATE:11-17-25}} 0424
{{NAME:Ruslan Tkachenko}}, 36M, presented w chest pain, HR 118, trop 0.02 -> 0.09 ng/mL (delta +). Advised admission for NSTEMI r/o, cath.
Pt declined, citing work (long-haul trucker, WA CDL {{LICENSE:TKACHR5108}}, truck unit 4417 - fleet number, not PHI) and his dog in the cab. Capacity: A&O x4, understood risks incl death, repeated back.
Signed AMA form at 0410. Given ASA 324, rx nitro SL, metoprolol. Told to return anytime.
Pt left in personal vehicle, WA plate {{VEHICLE:C45219V}} per security camera. SSN on registration {{SSN:912-70-0184}} (for f/u callback verification).
Callback by Dr. {{NAME:Abara}} at {{DATE:11/17}} 1000 to {{PHONE:(253) 555-0156}} - no answer, LVM. Letter mailed to {{LOCATION:18804 Pacific Ave S}}, {{LOCATION:Spanaway}}.
{{NAME:Chinwe Abara}}, MD
`,
  },
  {
    id: 't7-057',
    kind: 'ICU family phone log',
    text: `
FAMILY COMMUNICATION LOG - MICU bed 9 - {{NAME:FAIRCHILD, WINIFRED}}  ({{AGE_OVER_89:99}} yo)
Password for phone updates: "bluebird" (set by HCP). Voice verification enrolled for HCP, voiceprint {{BIOMETRIC:VP-88102-WF}}.
{{DATE:11/12}} 2015 - grandson {{NAME:Thaddeus Fairchild}} (HCP) {{PHONE:207-555-0188}} called, verified, updated re: intubation. -{{NAME:RJ}}
{{DATE:11/13}} 0930 - Dr. {{NAME:Lachance}} called HCP, discussed poor prognosis. Family to meet {{DATE:11/14}}. -{{NAME:AL}}
{{DATE:11/13}} 1700 - caller "{{NAME:Peg}}" (says she's a cousin from {{LOCATION:Bangor}}), could not verify password, no info given. -{{NAME:RJ}}
{{DATE:11/14}} 1100 - meeting held, transition to comfort care. Family set up updates page {{URL:https://updates.example.net/winifred-fairchild}}. -{{NAME:AL}}
{{DATE:11/15}} 0312 - pt died peacefully, grandson at bedside. {{LOCATION:Brookings-Smith funeral home}} notified. -{{NAME:MP}}
`,
  },
  {
    id: 't7-058',
    kind: 'infusion nursing note',
    text: `
INFUSION CENTER NURSING NOTE   {{DATE:November 17th, 2025}}
{{NAME:Thandiwe Mokoena-Reilly}}  MRN {{MRN:9910234}}  C3D1 FOLFOX (mCRC), chair 12
Port accessed 20g 3/4 in, +blood return. Port SN {{DEVICE:PWR-8F-009213}} per implant card.
Pre: BP 118/72, HR 82, wt 66.2 kg. ANC 2.1, plt 188. Neuropathy grade 1 (tingling fingers in cold).
Premeds ondansetron 16, dex 12. Oxaliplatin 85 mg/m2 over 2 h, leucovorin, 5-FU bolus + 46h pump (CADD pump SN {{DEVICE:CADD-1125-4407}}). No reactions.
Pump disconnect {{DATE:11/19}} 1400 by home infusion nurse ({{LOCATION:Option Care}}).
Video visit w Dr. {{NAME:Hakimi}} {{DATE:11/24}}: link {{URL:https://video.example.com/j/9912045?pwd=tmr}}.
Copay assistance pending, foundation app ID {{OTHER_ID:PAN-25-771902}}.
{{NAME:Rosalind Achebe}}, RN, OCN
`,
  },
  {
    id: 't7-059',
    kind: 'patient education sheet (no PHI)',
    text: `
AFTER YOUR COLONOSCOPY
- You received sedation. Do not drive, sign legal papers or drink alcohol for 24 hours.
- Mild cramping and gas are normal. Walking helps.
- Call your doctor for fever over 101 F, heavy bleeding (more than 2 tablespoons), or severe belly pain.
- If polyps were removed, avoid aspirin and ibuprofen for 7 days unless told otherwise.
- Results are usually ready in 7 to 10 days.
- Resume your usual diet. Drink 8 glasses of fluid today.
Questions during business hours: call the number on your appointment card. After hours: ask for the GI doctor on call.
Form GI-114, revised 2023.
`,
  },
  {
    id: 't7-060',
    kind: 'employee health note',
    text: `
EMPLOYEE HEALTH  {{DATE:11/14/2025}}
Employee: {{NAME:Kwame Asamoah-Gyamfi}}, RN (MICU)  badge {{OTHER_ID:E0041877}}  SSN last 4 {{SSN:0184}}
Reason: BBF exposure, needlestick L index finger {{DATE:11/13}} 2340 w hollow-bore needle after IM inj.
Source pt: {{NAME:Bellamy, Troy}} MRN {{MRN:6653019}}, source labs HIV Ag/Ab neg, HCV Ab neg, HBsAg neg (rapid, {{DATE:11/14}} 0120).
Employee: HBsAb 142 (immune). Baseline labs drawn. PEP not indicated.
RN license {{LICENSE:RN-2298174}} (MN) on file for work-restriction form, none needed.
Med cabinet fingerprint re-enrolled (old template {{BIOMETRIC:PX-FP-20331}} revoked, new {{BIOMETRIC:PX-FP-20987}}) since finger bandaged.
Parking: moved to ramp B, MN plate {{VEHICLE:881 LKT}}.
F/u 6 wk ({{DATE:12/26}}). {{NAME:Helga Magnusdottir}}, NP, occupational health
`,
  },
  {
    id: 't7-061',
    kind: 'discharge summary (hurried)',
    text: `
DC SUMMARY
pt {{NAME:LEE, Grace Soon-Ja}}  mrn {{MRN:4410775}}  adm {{DATE:11/9/25}} dc {{DATE:11/13/25}}  att {{NAME:Honeycutt}}
dx: sbo (partial), resolved w ngt decompression. hx appy 1998, c-section x2.
course: ngt {{DATE:11/9}}-{{DATE:11/11}}, sbft {{DATE:11/10}} contrast in colon at 8h. diet adv to reg {{DATE:11/12}}, bm x2. 
dc meds: no change. 
fu: gen surg clinic Dr {{NAME:Oyekan}} 2 wk; pcp Dr {{NAME:Ahn}} at {{LOCATION:Koreatown Family Clinic}} 1 wk. 
pt lives w husband {{NAME:Byung-ho}} at {{LOCATION:3460 Wilshire Blvd #1105}}, {{LOCATION:Los Angeles}} CA {{LOCATION:90010}}. son {{NAME:Justin Lee}} {{PHONE:213-555-0143}}, fax for pcp office {{FAX:213-555-0144}}.
ICD K56.600. 
{{NAME:jh}} for Dr. {{NAME:Honeycutt}}
`,
  },
];
