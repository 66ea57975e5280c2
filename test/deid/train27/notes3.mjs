// train27 notes 3: appointment reminder and pharmacy SMS threads, text-message exports (lower case or capitals throughout).
export default [
  {
    id: 't27-019',
    kind: 'appointment reminder SMS thread (lower case)',
    text: `
sms export - {{LOCATION:lakeshore dental & family health}} - thread with {{PHONE:+1 416 555 0137}}
[{{DATE:2026-05-11}} 09:00] clinic: hi {{NAME:oluwaseun}}, reminder: {{NAME:temiloluwa adebayo-cole}} has an appt with dr {{NAME:marchetti}} on {{DATE:may 14}} at 3:40pm, {{LOCATION:2180 lake shore blvd w}}, {{LOCATION:etobicoke}}. reply c to confirm, r to reschedule.
[{{DATE:2026-05-11}} 09:47] {{PHONE:+1 416 555 0137}}: c. can her grandma {{NAME:folake}} bring her? i work at {{LOCATION:humber river hospital}} till 5
[{{DATE:2026-05-11}} 09:52] clinic: yes, a consent form is needed. fill it at {{URL:https://forms.example.ca/lakeshore/consent?p=88213}}
[{{DATE:2026-05-11}} 10:03] {{PHONE:+1 416 555 0137}}: done. grandma is mrs {{NAME:folake adebayo}}, her cell {{PHONE:647 555 0190}}
[{{DATE:2026-05-13}} 17:00] clinic: see you tomorrow. ohip card needed: please bring it ({{HEALTH_PLAN:6648 213 907 kt}} on file).
[{{DATE:2026-05-14}} 15:12] {{PHONE:647 555 0190}}: we are parked outside on {{LOCATION:mimico ave}}, coming in now
[{{DATE:2026-05-14}} 16:30] clinic: thanks for coming! invoice {{ACCOUNT:inv-330918}} paid. next recall {{DATE:nov 2026}}.
`,
  },
  {
    id: 't27-020',
    kind: 'pharmacy refill SMS log (capitals)',
    text: `
PHARMACY TEXT LOG - {{LOCATION:FARMACIA SAN RAFAEL}}, {{LOCATION:CALLE 34 # 18-52}}, {{LOCATION:BARRIO TEUSAQUILLO}}, {{LOCATION:BOGOTA}}
TO {{PHONE:+57 601 555 0148}} (SRA. {{NAME:CLEMENCIA VILLAMIZAR DE OSPINA}})
{{DATE:03/02/2026}} 08:15 OUT: SU FORMULA DE LOSARTAN 50 MG Y ATORVASTATINA 40 MG ESTA LISTA. RADICADO {{OTHER_ID:RX-558213}}.
{{DATE:03/02/2026}} 08:41 IN: GRACIAS. MI HIJO {{NAME:HERNANDO OSPINA VILLAMIZAR}} LA RECOGE. EPS {{HEALTH_PLAN:SAN-2291045877}}
{{DATE:03/02/2026}} 08:44 OUT: DEBE TRAER CEDULA {{OTHER_ID:41.778.302}} DEL PACIENTE O COPIA.
{{DATE:04/02/2026}} 16:20 OUT: ENTREGADO A {{NAME:H. OSPINA}}. QUIMICO FARMACEUTICO {{NAME:JULIAN ARBELAEZ}}.
{{DATE:05/02/2026}} 09:00 OUT: RECUERDE SU CONTROL EN {{LOCATION:CLINICA DEL COUNTRY}} EL {{DATE:12/02/2026}}. LOS MEDICAMENTOS (COZAAR, LIPITOR) SON MARCAS, NO DATOS PERSONALES.
`,
  },
  {
    id: 't27-021',
    kind: 'patient texting a practice nurse (lower case)',
    text: `
text thread, practice nurse mobile, {{DATE:19/08/2026}}
pt: hiya its {{NAME:kerry-ann mulcahy}} dob {{DATE:02/06/79}}, is my repeat for the sertraline done? the chemist on {{LOCATION:castle street}} said no script
nurse ({{NAME:bronagh}}): hi {{NAME:kerry-ann}}, dr {{NAME:o'flaherty}} signed it this morning, it went to {{LOCATION:mccabes pharmacy}} in {{LOCATION:dundalk}} not {{LOCATION:castle st}}. want me to move it?
pt: ye move it to {{LOCATION:castle st}} please, im staying with my sister {{NAME:shauna}} in {{LOCATION:ardee}} this week
nurse: done. also your smear is due, ring {{PHONE:042 555 0913}} to book. your gms card no {{HEALTH_PLAN:1184662ka}} is up to date.
pt: grand thanks. can u email the letter for my employer to {{EMAIL:kmulcahy79@example.ie}}
nurse: will do once dr signs. - {{NAME:bronagh}} (practice nurse)
nurse (internal note): gms = general medical services card, not a private plan. letter to employer ({{LOCATION:dundalk institute of technology}} canteen) drafted {{DATE:20/08/2026}}.
`,
  },
  {
    id: 't27-022',
    kind: 'automated reminder and reply log (capitals)',
    text: `
AUTOREMINDER BATCH 0612  {{LOCATION:VALLEY HEALTH CENTER}} - {{LOCATION:SAN JOSE}}
MSG  TO               PATIENT                       APPT                   REPLY
001  {{PHONE:408-555-0121}}     {{NAME:TRAN, MINH KHOA}}                {{DATE:06/14}} 0820 PEDS        Y
002  {{PHONE:408-555-0174}}     {{NAME:PHAM-NGUYEN, BAO CHAU}}          {{DATE:06/14}} 0840 PEDS        STOP
003  {{PHONE:669-555-0108}}     {{NAME:GONZAGA, MA. LOURDES}}           {{DATE:06/14}} 0900 DIABETES    Y
004  {{PHONE:408-555-0165}}     {{NAME:SEKIGUCHI, HARUTO}}              {{DATE:06/14}} 0920 CARDIOLOGY  WHO IS THIS
005  {{PHONE:408-555-0199}}     {{NAME:AMARAL, JOSE FELICIANO}}         {{DATE:06/14}} 0940 PODIATRY    N - AT {{LOCATION:KAISER SANTA TERESA}}
006  {{PHONE:650-555-0133}}     {{NAME:BIRD, WINONA}}                   {{DATE:06/14}} 1000 WOMENS      Y - SISTER {{NAME:TALLULAH}} WILL DRIVE
NOTE: "CARDIOLOGY", "PEDS" ETC ARE SERVICES. 004 REPLIED FROM WRONG NUMBER, CALLER IS {{NAME:DONNA YEE}}, NOT PT.
BATCH RUN BY {{NAME:ROSALIE DUCHARME-ITO}} FROM {{IP:198.51.100.77}}. OPT-OUT 002 RECORDED {{DATE:06/12}}. CLINIC FAX FOR RECORDS {{FAX:408-555-0102}}.
`,
  },
  {
    id: 't27-023',
    kind: 'pharmacy delivery driver SMS (lower case)',
    text: `
delivery app chat - order {{OTHER_ID:dlv-20260317-4471}} - {{DATE:17 march}}
driver {{NAME:gurpreet}}: hi, at {{LOCATION:unit 4, 27 weerona road}}, {{LOCATION:strathfield}} - no answer, gate locked
customer ({{NAME:maria-teresa lo presti}}): sorry!! im at my mums in {{LOCATION:five dock}}, can u leave with the newsagent on {{LOCATION:the boulevarde}}
driver {{NAME:gurpreet}}: cant leave insulin (novorapid penfills, needs fridge) with a shop sorry. i can come to {{LOCATION:five dock}}?
customer: yes {{LOCATION:19 garfield street}}. ask for nonna {{NAME:pina}} if i dont answer lol, she is {{AGE_OVER_89:92}} and hears nothing
driver {{NAME:gurpreet}}: delivered 14:22, signed by {{NAME:carmela lo presti}}. photo of signature saved {{PHOTO:pod_4471_sig.jpg}}
pharmacy: {{LOCATION:chemist on parramatta road}} ({{PHONE:02 5550 7781}}). medicare {{HEALTH_PLAN:2950 61844 1}}.
pharmacy note: refrigerated items (novorapid, trulicity) not left unattended. driver licence checked at onboarding, nsw {{LICENSE:14882017}}. next delivery {{DATE:24 march}}.
`,
  },
  {
    id: 't27-024',
    kind: 'clinic two-way texting, appointment change (lower case)',
    text: `
two-way texting - {{LOCATION:kalihi-palama health center}} - staff {{NAME:leilani k.}}
{{DATE:4/2}} 10:14 out to {{NAME:sione taufa}} {{PHONE:808-555-0152}}: your visit with dr. {{NAME:kealoha}} on {{DATE:4/6}} moved to {{DATE:4/8}} 1:30. ok?
{{DATE:4/2}} 10:40 in: ok but my uncle {{NAME:tevita}} need to come too he translate tongan for me
{{DATE:4/2}} 10:42 out: of course. please bring quest card (med-quest id {{HEALTH_PLAN:0017745823}}).
{{DATE:4/2}} 11:05 in: also can i get refill metformin, cvs on {{LOCATION:n king st}} closed, use {{LOCATION:times pharmacy kalihi}}
{{DATE:4/2}} 11:20 out: sent. mrn {{MRN:kph-220184}}. reply help for a nurse.
{{DATE:4/8}} 13:25 in: we here parking at {{LOCATION:kalihi valley}} side
{{DATE:4/8}} 13:40 staff: front desk {{NAME:mahealani}} will meet you. parking code is not phi. after-visit summary at {{URL:https://portal.example.org/kphc/avs/220184}}.
`,
  },
  {
    id: 't27-025',
    kind: 'vaccination reminder SMS campaign (capitals)',
    text: `
SMS CAMPAIGN {{OTHER_ID:CMP-FLU26-07}} - {{LOCATION:PRAKTIJK DE WATERKANT}}, {{LOCATION:ROTTERDAM-DELFSHAVEN}}
SENT {{DATE:02-10-2026}} TO 6 RECIPIENTS:
{{NAME:EL AMRANI, FATIMA-ZAHRA}} {{PHONE:06 5550 1123}} - REPLY: "KOM MET MIJN MAN {{NAME:YOUSSEF}}"
{{NAME:VAN DEN BERG-OSEI, ABENA}} {{PHONE:06 5550 1187}} - NO REPLY
{{NAME:SMITS, JOHANNES}} ({{NAME:HANS}}) {{PHONE:06 5550 1194}} - REPLY: "WOON NU IN {{LOCATION:SCHIEDAM}}, {{LOCATION:LANGE HAVEN 88}}"
{{NAME:KARAKAYA, EMINE}} {{PHONE:06 5550 1130}} - REPLY: "BEN IN {{LOCATION:KONYA}} TOT NOVEMBER"
{{NAME:DE JONG, GRIETJE}} ({{AGE_OVER_89:97}} JAAR) {{PHONE:010 555 0142}} - DAUGHTER {{NAME:INEKE}} REPLIED: "IN {{LOCATION:ZORGCENTRUM DE HOFSTEDE}}"
{{NAME:BAKKER, WILLEM}} {{PHONE:06 5550 1166}} - BOUNCED
BSN NOT SENT BY SMS. FLU VACCINE VAXIGRIP TETRA, LOT NOT PHI.
ANTWOORDEN VERWERKT DOOR ASSISTENTE {{NAME:NOOR BOUZIANE}} OP {{DATE:03-10-2026}}. PRAKTIJK E-MAIL {{EMAIL:INFO@WATERKANT.EXAMPLE.NL}}. GRIEPPRIK IS EEN DIENST, GEEN PLAATS.
`,
  },
  {
    id: 't27-026',
    kind: 'hospital pharmacy discharge text thread (lower case)',
    text: `
discharge meds text - {{LOCATION:royal darwin hospital}} pharmacy - {{DATE:22/01/26}}
to {{NAME:joanne yunupingu}} ({{PHONE:0455 550 318}}), carer for {{NAME:maratja gurruwiwi}}
pharmacy: hi {{NAME:joanne}}, {{NAME:maratja}}'s meds are ready. webster pack for 4 weeks. going back to {{LOCATION:galiwinku}} on the {{DATE:24th}}?
{{NAME:joanne}}: yo, flight fri {{DATE:24/1}} from {{LOCATION:darwin}}. can you send to {{LOCATION:galiwinku clinic}} too
pharmacy: yes, faxed to clinic {{FAX:08 5550 9921}} attn rn {{NAME:dhangi}}. urn {{MRN:0772145}}.
{{NAME:joanne}}: thank you, also his brother {{NAME:djambawa}} from {{LOCATION:ramingining}} asking about his puffer
pharmacy: he needs to call us himself or the {{LOCATION:ramingining health centre}}. - {{NAME:liam o'donoghue}} (pharmacist)
pharmacy (later): {{NAME:joanne}} confirmed the clinic got the fax {{DATE:23/01/26}}. health centre phone {{PHONE:08 5550 9920}}. webster pak, ventolin and spacer are products not identifiers.
`,
  },
  {
    id: 't27-027',
    kind: 'specialty pharmacy SMS with links (lower case)',
    text: `
specialty rx texts - acct {{ACCOUNT:sp-7741902}} - pt {{NAME:ruslan abdukadirov}}
{{DATE:oct 3}} out: your humira shipment needs a copay card. enroll at {{URL:https://copay.example.com/enroll/7741902}}
{{DATE:oct 3}} in: i have card, number {{ACCOUNT:cc-0093-4471-88}}
{{DATE:oct 4}} out: thanks. ship to {{LOCATION:3310 w devon ave apt 2r}}, {{LOCATION:chicago}} {{LOCATION:60659}}? reply yes
{{DATE:oct 4}} in: no send to my work, {{LOCATION:rush university medical center}}, loading dock, attn {{NAME:dilnoza}} in receiving
{{DATE:oct 4}} out: we can only ship to home or a clinic. nurse {{NAME:nino kapanadze-beridze}} will call from {{PHONE:312-555-0161}}.
{{DATE:oct 5}} in: ok home then. my wife {{NAME:nodira}} will be there
{{DATE:oct 6}} out: shipped via courier, tracking {{OTHER_ID:1z-88w-4410-2206}}. nurse visit confirmed {{DATE:oct 8}} 10am. questions: {{EMAIL:specialty.rx@example.com}}.
`,
  },
];
