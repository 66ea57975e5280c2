// Held-out notes, part 4: rarer identifier kinds in other formats. Markup: {{TYPE:text}}.
export default [
// 61 registration face sheet
`FACE SHEET
Last: {{NAME:OYELOWO}}  First: {{NAME:BABATUNDE}}  MI: {{NAME:A}}
SSN: {{SSN:078-05-1120}}   DL: {{LICENSE:D4417-20983-15}} (NJ)
Home: {{LOCATION:55 Ridgewood Terrace, Apt 2F}}, {{LOCATION:Paterson}}, NJ {{LOCATION:07501}}
Home ph: {{PHONE:973 555 0168}}   Work ph: {{PHONE:973-555-0190 x331}}
Primary ins: Horizon BCBS   Subscriber ID: {{HEALTH_PLAN:3HZN44871092}}
Secondary: Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK73}}
Emergency contact: {{NAME:Folake Oyelowo}} (wife) {{PHONE:973.555.0171}}`,

// 62 fax referral with "faxed to" phrasing
`Referral received by fax from {{LOCATION:Brookside Family Medicine}} (fax {{FAX:(608) 555-0177}}; office {{PHONE:(608) 555-0176}}). Pt {{NAME:Henrik Lundgren}} scheduled {{DATE:4/9/25}}. Consult note faxed back to {{FAX:608.555.0177}} on {{DATE:4/10}}. Pt SSN not provided; DOB {{DATE:Dec 1, 1954}}.`,

// 63 employee health, biometric time clock
`EMPLOYEE HEALTH
Staff member {{NAME:Rukhsana Chaudhry}}, RN, badge {{OTHER_ID:E-204877}}. Needlestick L index finger 02:15 with 25G needle after SC injection. Source pt {{NAME:Gareth Pryce}} (MRN {{MRN:3390021}}): HIV Ag/Ab neg, HBsAg neg, HCV Ab neg. Employee HBsAb 112 (immune). No PEP needed. Fingerprint on file for time clock updated (template {{BIOMETRIC:FPT-0097731}}); retinal scan enrollment {{BIOMETRIC:RS-11-40052}} for pharmacy vault access.`,

// 64 police / forensic note with vehicles
`FORENSIC NURSE NOTE
Pt {{NAME:Lucía Benítez}} brought by {{LOCATION:Oakdale}} PD officer (badge 4471). Reports assault in parking lot of {{LOCATION:Greenfield Mall}}. Suspect vehicle per pt: grey Nissan Altima, plate {{VEHICLE:7KQP219}}. Pt's own car VIN {{VEHICLE:1HGCM82633A004352}}. Injuries photographed ({{PHOTO:FN-25-031_01.jpg}} through {{PHOTO:FN-25-031_14.jpg}}). SANE kit {{OTHER_ID:SK-2025-00188}} sealed and released to officer at 06:40.`,

// 65 IT-ish audit note in chart
`Patient-reported login issue: {{NAME:Thaddeus Greenbaum}} could not access portal from {{IP:203.0.113.57}}; second attempt from {{IP:2001:0db8:0000:0042:0000:8a2e:0370:7334}} succeeded. Reset link sent to {{EMAIL:t.greenbaum@example.com}}. Portal username {{OTHER_ID:tgreenbaum54}}. Profile page {{URL:https://portal.example-health.org/u/884120}}.`,

// 66 dialysis unit note
`HD UNIT
{{NAME:Ebere Nnamdi-Cole}} 71M, MWF 2nd shift. Chair 8. Access: L BCF, thrill +. EDW 74.0 kg, pre 76.3 kg, UF goal 2.5 L. BP pre 168/92. K 5.4, Hb 9.8, PTH 612, Ca 8.6, Phos 6.8. Epo 6000 U, Venofer 100 mg. Machine serial {{DEVICE:5008S-PK22914}}. Transport by ambulette; ride line {{PHONE:1 (855) 555-0199}}. Next tx Wed {{DATE:3/12}}.`,

// 67 workers comp / disability letter
`{{DATE:17 March 2025}}
To whom it may concern,
{{NAME:Piotr Grabowski}} (DOB {{DATE:04.11.1979}}, claim no. {{ACCOUNT:WCB-118-44270}}, policy {{HEALTH_PLAN:LM-7730912}}) has been under my care since {{DATE:January 2025}} for a L4/5 disc herniation with L5 radiculopathy. He is unfit for heavy lifting until {{DATE:30/04/2025}}. Medical licence {{LICENSE:MD-0088127}}.
Dr {{NAME:Anouk de Vries}}`,

// 68 vaccination record, many look-alikes and a nonagenarian in words
`IMMUNIZATION RECORD
Mr. {{NAME:Ambrose Quigley}}, {{AGE_OVER_89:ninety-one}}. Influenza (high-dose) 0.7 mL IM L deltoid, lot UJ4471AB. COVID-19 2024-25 formula 0.5 mL, lot 3044X. RSV vaccine given {{DATE:Sept 12}}. Pneumococcal PCV20 previously. Observed 15 min, no reaction. VIS provided.`,
];
