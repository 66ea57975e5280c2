// train9 notes 2: Nigerian HTML discharge table, Vietnamese TSV specimen manifest, German pacemaker key=value export,
// Mexican OR schedule (fixed width), Quebec bed-board CSV, Turkish insurance card OCR, Indian FHIR Encounter,
// HL7 ORU with NTE comments (Armenian family in California), Scottish out-of-office and forwarded referral.
export default [
  {
    id: 't9-010',
    kind: 'discharge medication and contacts (HTML table, Nigeria)',
    text: `
<h3>Discharge summary - {{LOCATION:Lagos University Teaching Hospital}}, {{LOCATION:Idi-Araba}}</h3>
<p>Patient: <b>{{NAME:Chukwuemeka Obiora Nwachukwu}}</b> &nbsp; Hosp No: {{MRN:LUTH/26/008814}} &nbsp; Discharged: {{DATE:25/11/2026}}</p>
<table border="1">
<tr><th>Drug</th><th>Dose</th><th>Duration</th><th>Counselled by</th></tr>
<tr><td>Amlodipine (Norvasc)</td><td>10 mg nocte</td><td>ongoing</td><td>Pharm. {{NAME:Folake Adeyemi-Cole}}</td></tr>
<tr><td>Lisinopril</td><td>20 mg daily</td><td>ongoing</td><td>Pharm. {{NAME:Folake Adeyemi-Cole}}</td></tr>
<tr><td>Artemether/lumefantrine (Coartem)</td><td>4 tabs bd</td><td>3 days</td><td>Nurse {{NAME:Blessing Etim}}</td></tr>
</table>
<table border="1">
<tr><th>Contact</th><th>Relation</th><th>Phone</th><th>Address</th></tr>
<tr><td>{{NAME:Ngozi Nwachukwu}}</td><td>wife</td><td>{{PHONE:0803 555 2190}}</td><td>{{LOCATION:17 Adeniran Ogunsanya Street}}, {{LOCATION:Surulere}}</td></tr>
<tr><td>{{NAME:Ikenna Nwachukwu}}</td><td>son</td><td>{{PHONE:0812 555 4471}}</td><td>{{LOCATION:Plot 5, Trans-Amadi Layout}}, {{LOCATION:Port Harcourt}}</td></tr>
</table>
<p>NHIA No: {{HEALTH_PLAN:NHIA-LAG-0049912}}. Review at Medical Outpatients (MOPD) with Dr {{NAME:Abimbola Okafor}} on {{DATE:9 December}}. Igbo-speaking.</p>
`,
  },
  {
    id: 't9-011',
    kind: 'specimen manifest (TSV, Vietnam)',
    text: `
manifest_id	{{OTHER_ID:MF-HCM-261126-04}}
sender	{{LOCATION:Benh vien Cho Ray}} - Khoa Vi sinh
courier	{{NAME:Tran Van Hieu}}	plate {{VEHICLE:59-X2 555.17}}
received_by	{{NAME:Le Thi Thu Ha}}	{{DATE:26/11/2026}} 14:20

tube_id	patient	dob	ward	test	note
{{OTHER_ID:CR2611-0441}}	{{NAME:Nguyen Thi Mai}}	{{DATE:03/05/1967}}	ICU-B	blood culture x2	Burkholderia pseudomallei query
{{OTHER_ID:CR2611-0442}}	{{NAME:Pham Quoc Bao}}	{{DATE:11/12/1990}}	Noi A2	sputum AFB, GeneXpert	from {{LOCATION:Cu Chi}}
{{OTHER_ID:CR2611-0443}}	{{NAME:Huynh Ngoc Lan}}	{{DATE:27/01/1955}}	ICU-B	CSF	Streptococcus suis? pig farmer, {{LOCATION:Can Giuoc}}, Long An
{{OTHER_ID:CR2611-0444}}	{{NAME:Do Minh Tuan}}	{{DATE:08/08/2019}}	Nhi 1	dengue NS1	mother {{NAME:Vo Thi Kim Chi}} {{PHONE:090 555 3318}}
{{OTHER_ID:CR2611-0445}}	{{NAME:Ly Chan Phong}}	{{DATE:14/02/1948}}	Noi A2	urine culture	transferred from {{LOCATION:Benh vien Nhan dan 115}}
`,
  },
  {
    id: 't9-012',
    kind: 'pacemaker interrogation export (key=value, Germany)',
    text: `
[SESSION]
date={{DATE:2026-11-25}}
clinic={{LOCATION:Herzzentrum Leipzig}}
operator=Dr. med. {{NAME:Johanna Reinholz}}
programmer_sn={{DEVICE:PRG-3120-447182}}
[PATIENT]
name={{NAME:Wendelin Oberhuber}}
dob={{DATE:17.09.1936}}
address={{LOCATION:Schwarzwaldstrasse 112}}, {{LOCATION:04277 Leipzig}}
insurance=AOK PLUS
kvnr={{HEALTH_PLAN:K417730295}}
[DEVICE]
model=Biotronik Amvia Edge DR-T
serial={{DEVICE:68247713}}
implanted={{DATE:03.02.2021}}
implanter=Prof. Dr. {{NAME:Kasimir Wojtyla}}
ra_lead=Solia S 53 sn={{DEVICE:69011842}}
rv_lead=Solia S 60 sn={{DEVICE:69011907}}
battery=ERI not reached, 6.5 y
[NOTES]
text=Home Monitoring transmitter at daughter's house ({{NAME:Kathrin Oberhuber-Sauer}}, {{LOCATION:Markkleeberg}}). AF burden 3%. Eliquis 5 mg bd. Next follow-up {{DATE:05/2027}}.
`,
  },
  {
    id: 't9-013',
    kind: 'operating-room schedule (fixed width, Mexico)',
    text: `
PROGRAMACION QUIRURGICA   {{LOCATION:Hospital Civil de Guadalajara Fray Antonio Alcalde}}   viernes {{DATE:27/11/2026}}
SALA HORA  PACIENTE                              EDAD EXP.       PROCEDIMIENTO           CIRUJANO
---- ----- ------------------------------------- ---- ---------- ----------------------- -----------------------
Q1   07:00 {{NAME:Ramirez de la Fuente, Maria Guadalupe}}  54   {{MRN:HC-0912274}} Colecistectomia lap.    Dr. {{NAME:Ibarra Zepeda}}
Q1   10:30 {{NAME:Tzintzun Huerta, Eligio}}                 {{AGE_OVER_89:91}}   {{MRN:HC-0912301}} RAFI cadera izq.        Dr. {{NAME:Ochoa Villasenor}}
Q2   07:00 {{NAME:Garcia y Garcia, Ana Sofia}}              8    {{MRN:HC-0912288}} Amigdalectomia          Dra. {{NAME:Nunez del Castillo}}
Q2   09:00 {{NAME:Xolo Cuautle, Juan Diego}}                37   {{MRN:HC-0912295}} Hernioplastia inguinal  Dr. {{NAME:Ibarra Zepeda}}
Q3   08:00 {{NAME:Santillan Loera, Rosa Maria}}             66   {{MRN:HC-0912263}} Facoemulsificacion OD   Dra. {{NAME:Quiroz Beltran}}
Anestesiologo de guardia: Dr. {{NAME:Hector Moctezuma Rivas}}. Q1 paciente 2 traslado desde {{LOCATION:Tlaquepaque}}, hija {{NAME:Lupita}} {{PHONE:33 5550 4127}}.
`,
  },
  {
    id: 't9-014',
    kind: 'bed-board export (CSV, Quebec)',
    text: `
unite,lit,nom,prenom,dossier,ramq,medecin,statut,commentaire
6 Nord,601,{{NAME:Tremblay}},{{NAME:Ghislaine}},{{MRN:H0418822}},{{HEALTH_PLAN:TREG 4207 1518}},Dr {{NAME:Bouchard-Nadeau}},NSA,"attente CHSLD {{LOCATION:Saint-Augustin}}, fille {{NAME:Josee}} {{PHONE:418-555-0164}}"
6 Nord,602,{{NAME:Wapachee}},{{NAME:Abel}},{{MRN:H0419037}},{{HEALTH_PLAN:WAPA 5803 0312}},Dr {{NAME:Lefebvre}},actif,"Cri, interprete via {{LOCATION:Chisasibi}}; retour avion {{DATE:2 dec}}"
6 Nord,603,{{NAME:Gagnon-Lavoie}},{{NAME:Marc-Andre}},{{MRN:H0401145}},{{HEALTH_PLAN:GAGM 7711 2209}},Dr {{NAME:Lefebvre}},conge prevu {{DATE:2026-11-28}},"retour domicile {{LOCATION:2290 rue de la Canardiere}}, {{LOCATION:Limoilou}}"
6 Nord,604,,,,,,bloque,isolement C. difficile termine
6 Nord,605,{{NAME:St-Onge}},{{NAME:Marie-Claude}},{{MRN:H0422718}},{{HEALTH_PLAN:STOM 6106 0807}},Dr {{NAME:Ouellet}},actif,"epouse {{NAME:Lucie Paradis}}; CLSC {{LOCATION:Haute-Ville}} suivi"
exporte par {{NAME:nbelanger}} le {{DATE:2026-11-27}} 06:58 depuis {{LOCATION:Hopital de l'Enfant-Jesus}}
`,
  },
  {
    id: 't9-015',
    kind: 'insurance card OCR text (Turkey)',
    text: `
[OCR result, confidence 0.91, file {{PHOTO:kart_on_20261126_0933.jpg}}]
T.C. SOSYAL GUVENLIK KURUMU
Adi Soyadi: {{NAME:ZEYNEP}} {{NAME:KARAKAYA OZTURK}}
T.C. Kimlik No: {{OTHER_ID:10000447128}}
Dogum Tarihi: {{DATE:04.06.1983}}
Adres: {{LOCATION:Ataturk Mah. Gul Sok. No:14 D:5}} {{LOCATION:Kecioren}}/{{LOCATION:ANKARA}}
Tel: {{PHONE:0312 555 41 87}}
[back side: {{PHOTO:kart_arka_20261126_0933.jpg}}]
Yakini: {{NAME:Mehmet Ozturk}} (esi) {{PHONE:0532 555 90 14}}
Registration clerk note: card read at {{LOCATION:Ankara Sehir Hastanesi}} desk 4 by {{NAME:Elif Sahin}}. Patient speaks Turkish and Kurdish; prefers female physician. Referred to Kadin Dogum Poliklinigi.
`,
  },
  {
    id: 't9-016',
    kind: 'FHIR Encounter and Practitioner (India)',
    text: `
{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Encounter","id":"enc-5571","status":"finished","class":{"code":"IMP"},
  "subject":{"reference":"Patient/p-2281","display":"{{NAME:Lakshmi Venkataraman}}"},
  "identifier":[{"system":"https://abdm.gov.in/abha","value":"{{HEALTH_PLAN:91-4417-2285-0093}}"},{"system":"urn:uhid","value":"{{MRN:UHID-AIIMS-2611-7742}}"}],
  "period":{"start":"{{DATE:2026-11-18}}T09:40:00+05:30","end":"{{DATE:2026-11-24}}T16:10:00+05:30"},
  "serviceProvider":{"display":"{{LOCATION:All India Institute of Medical Sciences}}, {{LOCATION:Ansari Nagar}}, {{LOCATION:New Delhi}}"},
  "hospitalization":{"origin":{"display":"{{LOCATION:Safdarjung Hospital}}"},"dischargeDisposition":{"text":"home to {{LOCATION:C-4/112 Janakpuri}}"}}}},
 {"resource":{"resourceType":"Practitioner","id":"pr-81","name":[{"prefix":["Dr."],"family":"{{NAME:Bhattacharjee}}","given":["{{NAME:Anirban}}"]}],
  "identifier":[{"system":"urn:nmc","value":"{{LICENSE:NMC-DL-44718}}"}],
  "telecom":[{"system":"email","value":"{{EMAIL:anirban.b@example.in}}"}]}},
 {"resource":{"resourceType":"RelatedPerson","id":"rp-3","name":[{"text":"{{NAME:S. Venkataraman}}"}],"relationship":[{"text":"S/o"}],
  "telecom":[{"system":"phone","value":"{{PHONE:+91 98100 55521}}"}]}}
]}
`,
  },
  {
    id: 't9-017',
    kind: 'HL7 v2 ORU^R01 with NTE comments (California)',
    text: `
MSH|^~&|SUNQUEST|{{LOCATION:GLENDALE ADVENTIST}}|EPIC|{{LOCATION:CEDARS}}|{{DATE:20261126}}0815||ORU^R01|Q7730018|P|2.3
PID|1||{{MRN:GA2201844}}||{{NAME:SARGSYAN}}^{{NAME:ANI}}^{{NAME:HAKOBI}}||{{DATE:19420611}}|F|||{{LOCATION:1420 E WILSON AVE}}^{{LOCATION:APT 9}}^{{LOCATION:GLENDALE}}^CA^{{LOCATION:91206}}||{{PHONE:(818)555-0147}}
ORC|RE|{{OTHER_ID:ORD4471902}}||||||||||{{OTHER_ID:1588774412}}^{{NAME:MINASYAN}}^{{NAME:ARMEN}}^^^MD
OBR|1|{{OTHER_ID:ORD4471902}}|{{OTHER_ID:S26-330418}}|CBC^COMPLETE BLOOD COUNT|||{{DATE:20261126}}0540
OBX|1|NM|718-7^HGB||7.1|g/dL|12.0-16.0|LL|||F
NTE|1||Critical value called to {{NAME:Gohar Petrosyan}} RN at 0812, read back. Prior Hgb 9.4 on {{DATE:11/20}}.
NTE|2||Specimen drawn by {{NAME:Vardanyan, T.}} phlebotomy; pt transferred from {{LOCATION:Verdugo Hills}} SNF.
`,
  },
  {
    id: 't9-018',
    kind: 'out-of-office reply and forwarded referral (Scotland)',
    text: `
Subject: Automatic reply: referral - {{NAME:Mhairi MacLeod}} CHI {{OTHER_ID:1204681234}}
I am on annual leave until {{DATE:7 December}}. For urgent matters contact Dr {{NAME:Euan Sutherland}} on {{PHONE:01851 555 704}}.

---------- Forwarded message ----------
From: {{NAME:Kirsty Morrison}} <{{EMAIL:kirsty.morrison@example.scot}}>
Date: Wed, {{DATE:25 Nov 2026}} 11:08
To: {{EMAIL:outpatients.wi@example.scot}}
Subject: referral - {{NAME:Mhairi MacLeod}}

Please see 58F, crofter, lives {{LOCATION:3 North Tolsta}}, {{LOCATION:Isle of Lewis}}, {{LOCATION:HS2 0NW}}. Gaelic first language. Lump L breast 2 wks. Husband {{NAME:Calum}} drives her to {{LOCATION:Western Isles Hospital}}, {{LOCATION:Stornoway}}; ferry to {{LOCATION:Raigmore}} if needed.

{{NAME:Kirsty Morrison}}
Practice Nurse, {{LOCATION:Back Medical Practice}}
Tel {{PHONE:01851 555 820}}  Fax {{FAX:01851 555 821}}
`,
  },
];
