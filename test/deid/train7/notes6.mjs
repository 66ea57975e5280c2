// train7 notes 6: valet / security incident note, ED trauma brief, billing call note, H&P (surname-first and
// particles), weekend sign-out by text, L&D board.
export default [
  {
    id: 't7-062',
    kind: 'security / patient-belongings note',
    text: `
SECURITY NOTE  {{DATE:11/16/2025}} 0205   officer {{NAME:D. Kaminski}}
Pt {{NAME:Jimenez, Reynaldo}} (ED bed 22) car left running in ambulance bay: silver 2012 Honda Accord, TX plate {{VEHICLE:PLK-4410}}, VIN {{VEHICLE:1HGCP2F31CA045512}}. Moved to lot C, keys in security safe (envelope 0441, not PHI).
Pt's brother {{NAME:Ernesto Jimenez}} will pick up car; verified by ID (DL {{LICENSE:31447209}}), phone {{PHONE:(956) 555-0122}}.
2nd vehicle: motorcycle belonging to friend {{NAME:Lalo}} (plate {{VEHICLE:MC 8T4J2}}) towed by {{LOCATION:McAllen}} PD, tow ticket {{OTHER_ID:T-25-6641}}.
Pt wallet inventoried: SS card ({{SSN:912-66-0421}}), Medicaid card ({{HEALTH_PLAN:TX519930441}}), $43 cash.
`,
  },
  {
    id: 't7-063',
    kind: 'trauma activation brief',
    text: `
TRAUMA ACTIVATION - LEVEL 2   {{DATE:11/14/25}} 1718
Unknown male -> identified {{DATE:11/14}} 1840 as {{NAME:Ahmad Yusuf al-Khatib}} (brother {{NAME:Omar}} arrived w passport). 29M.
MOI: pedestrian struck by SUV at {{LOCATION:Warren Ave}} near {{LOCATION:Greenfield Rd}}, {{LOCATION:Dearborn}}. Driver stayed; SUV plate {{VEHICLE:EJK 2209}}, {{LOCATION:Dearborn}} PD incident {{OTHER_ID:DPD25-114409}}.
Primary: A intact, B clear bilat, C HR 122 BP 98/60, D GCS 13 (E3V4M6), E abrasions L flank.
FAST +LUQ. To CT: grade III splenic lac, L rib 8-10 fx. Splenic angioembolization by IR Dr. {{NAME:Haddad-Sarkis}}.
Tertiary survey {{DATE:11/15}}: R 5th MC fx missed on primary -> splint.
Emergency contact: {{NAME:Omar al-Khatib}} {{PHONE:313-555-0166}}. Arabic interpreter {{NAME:Rania}} ID {{OTHER_ID:AR-3318}}.
Attending {{NAME:K. Brennan-Diallo}}, MD. Scribe {{NAME:aw}}.
`,
  },
  {
    id: 't7-064',
    kind: 'billing office call note',
    text: `
PATIENT FINANCIAL SERVICES - call note  {{DATE:11/17/2025}} 1412
Caller {{NAME:Bernadette Quinlan}} for her mother {{NAME:Agnes Quinlan}} ({{AGE_OVER_89:ninety-one}}), DOB {{DATE:5 March 1934}}.
Accts: {{ACCOUNT:1009884215}} (ED {{DATE:9/14/25}}), {{ACCOUNT:1009901173}} (adm {{DATE:10/2/25}}-{{DATE:10/6/25}}), guarantor acct {{ACCOUNT:GA-448120}}.
Issue: Medicare {{HEALTH_PLAN:4EX7-GH2-UP19}} paid, secondary (Mutual of Omaha plan N, policy {{HEALTH_PLAN:MO77810442}}) not billed. Rebilled today.
Daughter is POA; POA doc rec'd by fax from {{FAX:(402) 555-0159}} {{DATE:11/3}}. SSN verified {{SSN:666-20-7719}}.
Statement address updated to daughter: {{LOCATION:915 S 52nd St}}, {{LOCATION:Omaha}} NE {{LOCATION:68106}}. Email {{EMAIL:bquinlan@example.org}}.
Ref # {{OTHER_ID:PFS-2025-339104}}.  rep {{NAME:Kiersten}} ({{NAME:kmohr}})
`,
  },
  {
    id: 't7-065',
    kind: 'admission H&P (surname-first, particles)',
    text: `
H&P - FAMILY MEDICINE INPATIENT  {{DATE:2025-11-16}}
{{NAME:NGUYEN-LE, Bao}} is a 54M admitted for cellulitis LLE. Lives in {{LOCATION:Little Saigon}} ({{LOCATION:Westminster}}), runs a nail salon with his wife {{NAME:Le Thi Thu}}.
Other contacts: daughter {{NAME:Vy}} (student at {{LOCATION:UC Irvine}}), brother-in-law {{NAME:Juan Pablo de los Rios}}.
PMH: DM2 (A1c 9.8 {{DATE:Oct. 2025}}), tinea pedis, HTN. 
Outside records from Dr. {{NAME:van den Heuvel}} ({{LOCATION:Garden Grove Medical Group}}) rec'd by fax {{FAX:714-555-0177}}.
Exam: T 38.2, LLE erythema from dorsum of foot to mid-shin, marked at 0200, warm, tender. Interdigital maceration. No crepitus. DP 2+.
A/P: nonpurulent cellulitis, cefazolin 2g q8. Tinea tx. Endo for DM. Ins: CalOptima {{HEALTH_PLAN:91044182A}}. 
{{NAME:di Napoli, Gianluca}}, MD (attending) / {{NAME:Oluwaseun Bankole-Price}}, MD (intern)
`,
  },
  {
    id: 't7-066',
    kind: 'weekend sign-out text and L&D board',
    text: `
L&D BOARD Sun {{DATE:11/16}} 0700 (copied into RN handoff)
Rm 1  {{NAME:Kaur, Harpreet}}  G1P0  39+4  IOL for GHTN, pit 8 mu, 6/90/0. CNM {{NAME:Ryan}}.
Rm 3  {{NAME:O'NEILL-BAPTISTE, Siobhan}}  G3P2  41+0  latent, walking halls. Doula {{NAME:Faith Amankwah}} present.
Rm 5  {{NAME:Begum, Rokeya}}  G4P3  36+1  PPROM {{DATE:11/15}} 2200, latency abx day 1, BMZ #2 due 2200. Husband {{NAME:Md. Jalal Uddin}} speaks Bengali; interpreter line used.
Rm 7  {{NAME:Wren Castellano}}  G2P1  PP day 0 s/p SVD at 0512, baby girl {{NAME:Castellano}} in NICU for TTN.
OR  {{NAME:Abebe, Tigist}} rpt c/s scheduled 0930 w Dr. {{NAME:Moreau}}.
Triage: {{NAME:Jane "JJ" Jameson}} r/o labor, 37+2, pending SVE.
Charge: {{NAME:Keisha}}. Anesthesia: {{NAME:Lindahl}} ({{DATE:11/16}} day).
`,
  },
];
