// train13 notes 6: address books, facility directories, referral and transfer registers, CSV/TSV without headers.
export default [
  {
    id: 't13-046',
    kind: 'community services address book, bulleted',
    text: `
Useful addresses for discharge - {{LOCATION:Hospital de Clinicas}}, {{LOCATION:Montevideo}} (social work, rev. {{DATE:nov 2026}})
* {{LOCATION:Policlinica Maronas}} - {{LOCATION:Camino Maldonado 5631}}, {{LOCATION:Montevideo}}; tel {{PHONE:2555 0143}}; contact Lic. {{NAME:Mariela Suarez Pintos}}
* {{LOCATION:Hogar de Ancianos San Vicente}} - {{LOCATION:Av. Italia 3318}}, {{LOCATION:Malvin}}; directora Hna. {{NAME:Beatriz Olivera}}
* {{LOCATION:Refugio Nocturno Ciudad Vieja}} - {{LOCATION:25 de Mayo 402}}; coordinator {{NAME:Washington Techera}}
* {{LOCATION:Centro de Salud Cerro}} - {{LOCATION:Carlos Maria Ramirez 1050}}, {{LOCATION:Cerro}}; Dr. {{NAME:Ignacio de Leon Arocena}}
* {{LOCATION:Casa de Acogida Las Piedras}} - {{LOCATION:Ruta 5 km 24}}, {{LOCATION:Las Piedras}}, Canelones
* Fonasa queries: {{NAME:Gonzalo Pereira}}, {{EMAIL:gpereira@example.com.uy}}
Remember: Canelones is a department, not a city; "{{LOCATION:Cerro}}" is both a barrio and the policlinic.
* {{LOCATION:Hospital Pasteur}} - {{LOCATION:Larravide 74}}, {{LOCATION:Union}}; trabajadora social {{NAME:Silvana Mendez Acosta}}, {{PHONE:2555 0178}}
* {{LOCATION:Comedor Popular Casavalle}} - {{LOCATION:Av. San Martin 4010}}, {{LOCATION:Casavalle}}; cook Dona {{NAME:Chela}} ({{NAME:Graciela Ferreira}})
* {{LOCATION:Residencial Nuevo Amanecer}} (ex-{{LOCATION:Hogar Israelita}}) - {{LOCATION:Bvar. Artigas 2550}}, {{LOCATION:Tres Cruces}}
Transport: Ministerio de Desarrollo Social van, request by e-mail to {{EMAIL:traslados@example.gub.uy}}.
`,
  },
  {
    id: 't13-047',
    kind: 'GP practice address book, TSV without header',
    text: `
{{LOCATION:Abbey Road Surgery}}	{{LOCATION:1 Abbey Road}}	{{LOCATION:Barrow-in-Furness}}	{{LOCATION:LA14 5QW}}	{{PHONE:01229 555 014}}	{{FAX:01229 555 015}}
{{LOCATION:Dalton Medical Practice}}	{{LOCATION:26 Market Street}}	{{LOCATION:Dalton-in-Furness}}	{{LOCATION:LA15 8AA}}	{{PHONE:01229 555 022}}	{{FAX:01229 555 023}}
{{LOCATION:Ulverston Health Centre}}	{{LOCATION:Stanley Street}}	{{LOCATION:Ulverston}}	{{LOCATION:LA12 7BT}}	{{PHONE:01229 555 031}}	{{FAX:01229 555 032}}
{{LOCATION:Millom Group Practice}}	{{LOCATION:Lapstone Road}}	{{LOCATION:Millom}}	{{LOCATION:LA18 4BY}}	{{PHONE:01229 555 047}}	-
{{LOCATION:Grange Medical Centre}}	{{LOCATION:Kents Bank Road}}	{{LOCATION:Grange-over-Sands}}	{{LOCATION:LA11 7DJ}}	{{PHONE:015395 55 018}}	{{FAX:015395 55 019}}
`,
  },
  {
    id: 't13-048',
    kind: 'patient address history list with account and SSN',
    text: `
ADDRESS HISTORY (registration audit)  pt {{NAME:Dominguez-Whitaker, Marisol}}  HAR {{ACCOUNT:4490021877}}
{{DATE:01/2019}} - {{DATE:06/2021}}  {{LOCATION:3310 N Kostner Ave}}, {{LOCATION:Chicago}} IL {{LOCATION:60641}}
{{DATE:06/2021}} - {{DATE:02/2024}}  {{LOCATION:88 Elm St}}, {{LOCATION:Unit 2R}}, {{LOCATION:Cicero}} IL {{LOCATION:60804}} (with sister {{NAME:Graciela}})
{{DATE:02/2024}} - {{DATE:09/2025}}  {{LOCATION:Pacific Garden Mission}} (shelter), {{LOCATION:1458 S Canal St}}
{{DATE:09/2025}} - present  {{LOCATION:PO Box 4471}}, {{LOCATION:Berwyn}} IL {{LOCATION:60402}}; lives in car (IL plate {{VEHICLE:DV 48217}})
SSN on file {{SSN:000-58-2291}}; guarantor account {{ACCOUNT:G-7720193}} (mother {{NAME:Rosa Whitaker}}, {{LOCATION:Joliet}}).
Insurance: IL Medicaid (Meridian) {{HEALTH_PLAN:MRD830041276}}. Correspondence returned from {{LOCATION:Kostner}} address twice.
`,
  },
  {
    id: 't13-049',
    kind: 'inter-hospital referral register, numbered, South Asia',
    text: `
Referral register - {{LOCATION:District Hospital Alappuzha}} -> higher centres, {{DATE:November 2026}}
1. {{DATE:03/11}} {{NAME:Sreekumar P. Nair}}, 62 M, {{LOCATION:Cherthala}} - NSTEMI -> {{LOCATION:Government Medical College Kottayam}}; ambulance {{VEHICLE:KL-04-AB-1108}}
2. {{DATE:07/11}} {{NAME:Fathima Beevi}}, 35 F, {{LOCATION:Ambalappuzha}} - severe PE -> {{LOCATION:SAT Hospital}}, {{LOCATION:Thiruvananthapuram}}
3. {{DATE:12/11}} {{NAME:Joseph Varghese Kallarackal}}, 48 M, {{LOCATION:Kuttanad}} - snake bite, AKI -> {{LOCATION:Vandanam Medical College}}
4. {{DATE:19/11}} {{NAME:Baby Thomas}}, {{AGE_OVER_89:90}} F, {{LOCATION:Mavelikkara}} - hip fracture -> {{LOCATION:Lisie Hospital}}, {{LOCATION:Ernakulam}} (family choice)
5. {{DATE:24/11}} {{NAME:Anil Kumar R.}}, 29 M, {{LOCATION:Kayamkulam}} - head injury -> {{LOCATION:Amrita Institute}}, {{LOCATION:Kochi}}; police intimation {{OTHER_ID:GD 412/2026}}
Referring MO: Dr {{NAME:Lekshmi Devi}} (TCMC {{LICENSE:62881}}). Ayushman card for no. 3: {{HEALTH_PLAN:KL-AB-7731-2290-4418}}.
6. {{DATE:26/11}} {{NAME:Mariamma Kurian}}, 71 F, {{LOCATION:Chengannur}} - CKD 5, for dialysis -> {{LOCATION:Pushpagiri Medical College}}, {{LOCATION:Tiruvalla}}; son {{NAME:Biju Kurian}} {{PHONE:+91 94470 55501}}
7. {{DATE:27/11}} {{NAME:Unnikrishnan T.}}, 44 M, {{LOCATION:Haripad}} - leptospirosis, ARDS -> {{LOCATION:Government Medical College Kottayam}}; ambulance {{VEHICLE:KL-29-C-4417}}
Register checked by nursing superintendent Sr. {{NAME:Alphonsa}}.
`,
  },
  {
    id: 't13-050',
    kind: 'telehealth directory with URLs and IPs',
    text: `
Outreach telehealth endpoints - {{LOCATION:Alaska Native Medical Center}}, {{LOCATION:Anchorage}}
site                                  coordinator            endpoint
{{LOCATION:Bethel}} ({{LOCATION:YK Delta Regional Hospital}})     {{NAME:Agnes Nicolai}}          {{IP:203.0.113.18}}
{{LOCATION:Kotzebue}} ({{LOCATION:Maniilaq Health Center}})       {{NAME:Willie Goodwin Jr.}}     {{IP:203.0.113.27}}
{{LOCATION:Nome}} ({{LOCATION:Norton Sound Regional}})            {{NAME:Sophie Ahkinga}}         {{IP:203.0.113.35}}
{{LOCATION:Utqiagvik}} ({{LOCATION:Samuel Simmonds Memorial}})    {{NAME:Roy Nageak}}             {{IP:203.0.113.44}}
Booking page: {{URL:https://telehealth.example.org/anmc/book}}; after-hours tech {{NAME:Kenji Oyama}} {{PHONE:907-555-0161}}.
Village clinics ({{LOCATION:Hooper Bay}}, {{LOCATION:Shishmaref}}) connect via the regional hub, not directly.
`,
  },
  {
    id: 't13-051',
    kind: 'emergency contact CSV export without header, quoted fields',
    text: `
"{{MRN:E448210}}","{{NAME:Fonoti, Malia}}","{{NAME:Fonoti, Leota}}","husband","{{PHONE:808-555-0139}}","{{LOCATION:94-1050 Waipahu St}}, {{LOCATION:Waipahu}}"
"{{MRN:E448233}}","{{NAME:Kahananui, Keoni}}","{{NAME:Kahananui, Lehua}}","mother","{{PHONE:808-555-0150}}","{{LOCATION:Hilo}}"
"{{MRN:E448247}}","{{NAME:Dela Cruz-Santos, Ferdinand}}","{{NAME:Santos, Imelda}}","sister","{{PHONE:808-555-0114}}","{{LOCATION:Ewa Beach}}"
"{{MRN:E448251}}","{{NAME:Yamashiro, Harold}}","{{NAME:Yamashiro, Grace}}","wife","{{PHONE:808-555-0185}}","{{LOCATION:Kaimuki}}"
"{{MRN:E448269}}","{{NAME:Tuiasosopo, Faith}}","","","","{{LOCATION:Next Step Shelter}}, {{LOCATION:Kakaako}}"
`,
  },
  {
    id: 't13-052',
    kind: 'transfer-of-care log with licences and faxes, Philippines',
    text: `
Transfer-out logbook, ER, {{LOCATION:Bicol Medical Center}}, {{LOCATION:Naga City}}
{{DATE:25 Nov 2026}} 0315 - {{NAME:Ma. Cristina Dela Pena}}, 31F, Brgy. {{LOCATION:Concepcion Pequena}}; placenta previa -> {{LOCATION:Mother Seton Hospital}}; accepting Dr {{NAME:Jose Rizalino Abad}}; PhilHealth {{HEALTH_PLAN:12-050331877-4}}
{{DATE:25 Nov 2026}} 1140 - {{NAME:Rodel Bautista}} Jr., 24M, {{LOCATION:Pili}}, Camarines Sur; open fracture -> {{LOCATION:Bicol Regional Training and Teaching Hospital}}, {{LOCATION:Legazpi}}
{{DATE:26 Nov 2026}} 2205 - Lola {{NAME:Remedios Ibarrientos}}, {{AGE_OVER_89:95}}F, {{LOCATION:Canaman}}; sepsis; family refused transfer, DAMA
Referral faxed to {{FAX:(054) 555 0127}}. ER physician Dr {{NAME:Kristine Joy Obias}}, PRC {{LICENSE:0118823}}.
{{DATE:27 Nov 2026}} 0640 - {{NAME:Jun-Jun Salvador}} (Baby Boy {{NAME:Salvador}}), 2 days, {{LOCATION:Magarao}}; neonatal sepsis -> NICU {{LOCATION:Bicol Medical Center}} (internal), mother {{NAME:Analyn Salvador}} {{PHONE:0917 555 0146}}
Ambulance of LGU {{LOCATION:Pili}}, plate {{VEHICLE:SAB 4471}}; driver Mang {{NAME:Tonyo}} waited 2 h.
`,
  },
  {
    id: 't13-053',
    kind: 'mass-casualty patient list, numbered with tags',
    text: `
MCI PATIENT LIST - bus rollover, A1 motorway near {{LOCATION:Adapazari}}, {{DATE:27.11.2026}}
Receiving: {{LOCATION:Sakarya Egitim ve Arastirma Hastanesi}} and {{LOCATION:Duzce Devlet Hastanesi}}
1. Tag {{OTHER_ID:TR-RED-004}}  {{NAME:Mehmet Ali Ozturk}}, 52 - driver, chest trauma -> ICU
2. Tag {{OTHER_ID:TR-YEL-011}}  {{NAME:Ayse Nur Celik}}, 23 - femur fx
3. Tag {{OTHER_ID:TR-YEL-012}}  {{NAME:Hatice Celik}}, 48 - mother of no. 2, wrist fx
4. Tag {{OTHER_ID:TR-GRN-020}}  {{NAME:Gurbanguly Atayev}}, 35 - Turkmen national, lacerations; passport {{OTHER_ID:TM4481207}}
5. Tag {{OTHER_ID:TR-BLK-001}}  unknown female ~70 - deceased at scene
Bus plate {{VEHICLE:54 ADS 771}}; 112 coordinator {{NAME:Serkan Yavuz}}. Families gathering at {{LOCATION:Sakarya Valiligi}} hall.
`,
  },
  {
    id: 't13-054',
    kind: 'contact list for a clinical trial site, mixed formats',
    text: `
Site contact sheet - site 207, {{LOCATION:Hospital Italiano de Buenos Aires}}, {{LOCATION:Peron 4190}}, {{LOCATION:C1199ABB}} {{LOCATION:CABA}}
PI: Dr. {{NAME:Martin Alejandro Gonzalez Iriarte}}, {{EMAIL:martin.gonzalez@example.com.ar}}, MN {{LICENSE:98812}}
Sub-I: Dra. {{NAME:Luciana Benitez}}; study nurse {{NAME:Rocio Aguirre}}
Pharmacist: {{NAME:Federico Kaplan}} (drug storage room 2.14, tiotropium/olodaterol blinded kits)
Participants on the current visit window:
  {{OTHER_ID:207-0019}}  {{NAME:Jorge Luis Paz}} (initials {{NAME:JLP}}) - visit 6 due {{DATE:04/12/2026}}
  {{OTHER_ID:207-0023}}  {{NAME:Nelida Ruiz Diaz}} ({{NAME:NRD}}) - lives in {{LOCATION:Quilmes}}, remis paid
eCRF: {{URL:https://edc.example.com/site207}}. Monitor {{NAME:Ines Goldberg}} visits {{DATE:10 dic}}.
`,
  },
];
