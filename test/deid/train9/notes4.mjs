// train9 notes 4: Chilean HL7 SIU scheduling, FHIR Bundle with RelatedPerson (Eritrean family in Seattle), Spanish
// incident form (markdown), Korean registration screen, JSON-lines login audit with biometrics (Georgia), Welsh ward
// visitor log CSV, Danish ambulance handover (key=value), Pakistani HTML referral form, Thai wristband print queue.
export default [
  {
    id: 't9-028',
    kind: 'HL7 v2 SIU^S12 scheduling (Chile)',
    text: `
MSH|^~&|AGENDA|{{LOCATION:HOSPITAL SOTERO DEL RIO}}|RIS|IMAGENOLOGIA|{{DATE:20261126}}1103||SIU^S12|AG55012|P|2.5
SCH|{{OTHER_ID:CITA-771842}}||||||ROUTINE|||30|MIN|^^30^{{DATE:20261203}}0900^{{DATE:20261203}}0930
PID|1||{{MRN:SDR-0458812}}^^^HSDR^MR~{{OTHER_ID:20.417.118-K}}^^^CHL^NNCHL||{{NAME:MUNOZ}} {{NAME:DE LA BARRA}}^{{NAME:CATALINA}} {{NAME:ISIDORA}}||{{DATE:19780912}}|F|||{{LOCATION:PASAJE LOS AROMOS 2217}}^^{{LOCATION:PUENTE ALTO}}^RM||{{PHONE:+56 9 5550 4128}}
PV1|1|O|RX-TAC
AIG|1||TC-2^TOMOGRAFO SIEMENS SOMATOM
AIP|1||{{OTHER_ID:13477281}}^{{NAME:FUENZALIDA}}^{{NAME:IGNACIO}}^^^DR
NTE|1||Paciente FONASA tramo B. Acompanada por su madre {{NAME:Violeta de la Barra Sepulveda}}; viene desde {{LOCATION:San Jose de Maipo}}. Alergia a medio de contraste yodado (premedicar).
`,
  },
  {
    id: 't9-029',
    kind: 'FHIR Bundle with RelatedPerson (Seattle, Tigrinya speakers)',
    text: `
{ "resourceType": "Bundle", "type": "transaction", "entry": [
  { "resource": { "resourceType": "Patient", "id": "a1",
      "name": [ { "use": "official", "family": "{{NAME:Tesfamariam}}", "given": [ "{{NAME:Senait}}" ] },
                { "use": "nickname", "given": [ "{{NAME:Sena}}" ] } ],
      "birthDate": "{{DATE:2012-05-30}}",
      "address": [ { "line": [ "{{LOCATION:4120 S Othello St}}", "{{LOCATION:Unit 214}}" ], "city": "{{LOCATION:Seattle}}", "state": "WA", "postalCode": "{{LOCATION:98118}}" } ],
      "communication": [ { "language": { "text": "Tigrinya" }, "preferred": true } ],
      "managingOrganization": { "display": "{{LOCATION:Odessa Brown Children's Clinic}}" } } },
  { "resource": { "resourceType": "RelatedPerson", "id": "a2", "patient": { "reference": "Patient/a1" },
      "relationship": [ { "text": "mother" } ],
      "name": [ { "text": "{{NAME:Mebrat Gebremedhin}}" } ],
      "telecom": [ { "system": "phone", "value": "{{PHONE:206-555-0117}}" }, { "system": "email", "value": "{{EMAIL:mebrat.g@example.org}}" } ] } },
  { "resource": { "resourceType": "Coverage", "id": "a3", "subscriberId": "{{HEALTH_PLAN:AH4471902WA}}",
      "payor": [ { "display": "Apple Health (Medicaid)" } ] } },
  { "resource": { "resourceType": "Media", "id": "a4", "content": { "url": "{{URL:https://images.example.org/derm/a1/rash_20261125.jpg}}" } } }
] }
`,
  },
  {
    id: 't9-030',
    kind: 'incident report form (markdown, Spain)',
    text: `
**NOTIFICACION DE INCIDENTE (SiNASP)** - ref. {{OTHER_ID:INC-26-3371}}

- **Centro:** {{LOCATION:Hospital Universitario Virgen del Rocio}}, {{LOCATION:Sevilla}}
- **Unidad:** Traumatologia, planta 5
- **Fecha/hora del incidente:** {{DATE:22/11/2026}} 03:40
- **Paciente:** {{NAME:Josefa Maria de los Reyes Camacho}}, NHC {{MRN:1447829}}, {{AGE_OVER_89:96}} anos
- **Tipo:** caida desde cama, barandillas bajadas
- **Testigos:** auxiliar {{NAME:Rocio Benitez}}; companera de habitacion {{NAME:Dolores "Lola" Fuentes}}
- **Descripcion libre:** La paciente intento ir al bano sola. Su hijo {{NAME:Manuel Angel Camacho de los Reyes}} ({{PHONE:655 550 184}}) se habia ido a las 23:00 a su casa en {{LOCATION:Dos Hermanas}}. Escala Downton 4. Rx cadera sin fractura. Se avisa a la supervisora {{NAME:Macarena Ojeda}}.
- **Notificado por:** {{NAME:Javier Gil-Albarracin}} (DUE), {{EMAIL:jgil@example.es}}
`,
  },
  {
    id: 't9-031',
    kind: 'outpatient registration screen (Korea)',
    text: `
=================== OUTPATIENT REGISTRATION (WON-MU) ===================
Reg. date  : {{DATE:2026.11.26}}        Dept: Family Medicine   Room 3
Name       : {{NAME:PARK}} {{NAME:Ji-hoon}}              RRN: {{OTHER_ID:780412-1******}}
Chart no.  : {{MRN:10447188}}          NHIS no.: {{HEALTH_PLAN:5-4471029384}}
Address    : {{LOCATION:Seoul}} {{LOCATION:Mapo-gu}} {{LOCATION:Yanghwa-ro 45}}, {{LOCATION:101-dong 1203-ho}} ({{LOCATION:04036}})
Mobile     : {{PHONE:010-5555-7731}}
Guardian   : {{NAME:KIM}} {{NAME:Soo-ah}} (spouse) {{PHONE:010-5555-2290}}
Referring  : {{LOCATION:Sinchon Severance}} -> self
Physician  : Dr. {{NAME:LEE}} {{NAME:Min-seo}}
Memo       : Walk-in. Works at Hyundai Engineering site office ({{LOCATION:Sangam-dong}}). Wants flu shot + lipid check. Palm vein enrolled, template {{BIOMETRIC:PV-KR-0044718}}. Car in lot B plate {{VEHICLE:12GA 3456}}, parking validated by {{NAME:jychoi}}.
=========================================================================
`,
  },
  {
    id: 't9-032',
    kind: 'login and biometric audit (JSON lines, Georgia)',
    text: `
{"ts":"{{DATE:2026-11-25}}T07:58:12+04:00","user":"{{NAME:n.beridze}}","display":"{{NAME:Nino Beridze}}","event":"LOGIN","method":"fingerprint","template":"{{BIOMETRIC:FP-7741-0092-AC}}","ws":"{{IP:192.0.2.15}}","site":"{{LOCATION:Todua Clinic}}"}
{"ts":"{{DATE:2026-11-25}}T08:01:44+04:00","user":"{{NAME:n.beridze}}","event":"OPEN_CHART","patient":"{{NAME:Tamar Kvaratskhelia}}","pid":"{{OTHER_ID:01008047712}}","mrn":"{{MRN:TC-221847}}"}
{"ts":"{{DATE:2026-11-25}}T08:03:10+04:00","user":"{{NAME:g.tsiklauri}}","display":"{{NAME:Giorgi Tsiklauri}}","event":"LOGIN","method":"face","template":"{{BIOMETRIC:FACE-11be-93f0}}","ws":"{{IP:192.0.2.16}}"}
{"ts":"{{DATE:2026-11-25}}T08:04:55+04:00","user":"{{NAME:g.tsiklauri}}","event":"PRINT","doc":"discharge","patient":"{{NAME:Levan Chkheidze}}","to":"{{LOCATION:Vake}} polyclinic fax {{FAX:+995 32 255 5019}}"}
{"ts":"{{DATE:2026-11-25}}T08:05:02+04:00","user":"system","event":"ALERT","detail":"address changed by patient portal: {{LOCATION:Chavchavadze Ave 37}}, {{LOCATION:Tbilisi}} {{LOCATION:0179}}","from_ip":"{{IP:198.51.100.230}}"}
`,
  },
  {
    id: 't9-033',
    kind: 'ward visitor log (CSV, Wales)',
    text: `
Ward,Date,Time in,Time out,Visitor,Visiting,Relationship,Car reg,Signed by
Ward 12 {{LOCATION:Ysbyty Gwynedd}},{{DATE:26/11/2026}},14:05,15:30,{{NAME:Gwenllian Hughes}},{{NAME:Iolo Hughes}},daughter,{{VEHICLE:CU19 XWY}},{{NAME:B. Jenkins}}
Ward 12 {{LOCATION:Ysbyty Gwynedd}},{{DATE:26/11/2026}},14:20,14:50,{{NAME:Dafydd ap Rhys}},{{NAME:Iolo Hughes}},friend (chapel),,{{NAME:B. Jenkins}}
Ward 12 {{LOCATION:Ysbyty Gwynedd}},{{DATE:26/11/2026}},15:00,16:45,{{NAME:Angharad Wyn Evans}},{{NAME:Eirlys Price}},granddaughter,{{VEHICLE:CN71 KLE}},{{NAME:S. Bishop}}
Ward 12 {{LOCATION:Ysbyty Gwynedd}},{{DATE:26/11/2026}},18:30,19:40,{{NAME:Bryn Price}},{{NAME:Eirlys Price}},son - from {{LOCATION:Pwllheli}},,{{NAME:S. Bishop}}
Ward 12 {{LOCATION:Ysbyty Gwynedd}},{{DATE:26/11/2026}},19:00,19:15,Rev. {{NAME:Heledd Morgan}},{{NAME:Eirlys Price}},minister {{LOCATION:Capel y Groes}},,{{NAME:S. Bishop}}
Note: Welsh-speaking patients on this ward; visiting 14:00-20:00. Norovirus closure lifted {{DATE:24/11}}.
`,
  },
  {
    id: 't9-034',
    kind: 'ambulance handover (key=value, Denmark)',
    text: `
AMBULANCE_HANDOVER v3
case_no={{OTHER_ID:AMK-2611-08841}}
unit=Falck AMB 4-17 plate={{VEHICLE:BX 47 118}}
crew={{NAME:Mads Kjaergaard}};{{NAME:Sofie Norgaard Lund}}
pickup={{LOCATION:Vestergade 14, 2. th.}}, {{LOCATION:5700 Svendborg}}
dest={{LOCATION:Odense Universitetshospital}} FAM
pt_name={{NAME:Henning Vestergaard Bech}}
cpr={{OTHER_ID:120334-1447}}
age={{AGE_OVER_89:92}}
contact={{NAME:Karen Bech}} (wife) tel={{PHONE:+45 55 50 41 18}}
abcde=A free; B RR 24 SpO2 89%; C BP 98/60 HR 112 irr; D GCS 14; E temp 38.9
meds=Marevan, Furix
gps={{LOCATION:55.0598,10.6068}}
note=Found by home carer {{NAME:Lotte}} from {{LOCATION:Svendborg Kommune hjemmepleje}} on floor. Wife has dementia, neighbour {{NAME:Per Thygesen}} stays with her.
`,
  },
  {
    id: 't9-035',
    kind: 'referral form (HTML, Pakistan)',
    text: `
<form id="referral">
<label>Patient name</label> <input value="{{NAME:Muhammad Bilal}} S/O {{NAME:Ghulam Rasool}}">
<label>CNIC</label> <input value="{{OTHER_ID:35202-5550417-3}}">
<label>MR No</label> <input value="{{MRN:MH-26-118407}}">
<label>Address</label> <input value="{{LOCATION:House 45, Street 7}}, {{LOCATION:Gulberg III}}, {{LOCATION:Lahore}}">
<label>Mobile</label> <input value="{{PHONE:0300-5550192}}">
<label>Referred from</label> <input value="{{LOCATION:Mayo Hospital}}, Medical Unit II">
<label>Referred to</label> <input value="{{LOCATION:Punjab Institute of Cardiology}}">
<label>Referring doctor</label> <input value="Dr. {{NAME:Saima Qureshi}}, PMDC {{LICENSE:44718-P}}">
<label>Attendant</label> <input value="{{NAME:Nasreen Bibi}} (mother)">
<textarea>45M, chest pain since 0600 {{DATE:26-11-2026}}, ST elevation V1-V4. Loaded aspirin, clopidogrel. Sehat card {{HEALTH_PLAN:SSP-3520255504173}}. Family from {{LOCATION:Sheikhupura}}.</textarea>
</form>
`,
  },
  {
    id: 't9-036',
    kind: 'wristband print queue (Thailand)',
    text: `
PRINT QUEUE - ZEBRA-OPD-02 ({{IP:192.0.2.88}})   {{LOCATION:Maharaj Nakorn Chiang Mai Hospital}}
job   status   HN           name                               dob          allergy    ward
4471  DONE     {{MRN:HN 26-044718}}  {{NAME:Somchai Srisuwan}}                    {{DATE:12/03/2490}}   NKDA       Med 2
4472  DONE     {{MRN:HN 26-044731}}  Nong {{NAME:Kanyarat Thongdee}}              {{DATE:05/08/2562}}   penicillin Ped 1
4473  ERROR    {{MRN:HN 26-044755}}  {{NAME:Apichart Wongsawat}}                  {{DATE:30/01/2501}}   sulfa      Surg 3
4474  QUEUED   {{MRN:HN 26-044760}}  {{NAME:Ying Mingmongkol}}                    {{DATE:19/11/2528}}   -          OB
4475  QUEUED   {{MRN:HN 26-044772}}  Naw {{NAME:Paw Htoo}}                        {{DATE:01/01/2538}}   -          Med 2
operator: {{NAME:kanokwan.p}}   note: Buddhist-era years; job 4473 reprinted by {{NAME:Supaporn}} at {{DATE:26/11/2569}} 10:14. 4475 is Karen, from {{LOCATION:Mae Sariang}}, via {{LOCATION:Sop Moei}} health post.
`,
  },
];
