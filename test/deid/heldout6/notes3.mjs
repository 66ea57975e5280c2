// heldout6 notes, part 3: machine formats not used by earlier sets. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-021',
    kind: 'HL7 v2 SIU^S12 scheduling message',
    text: `
Interface error queue item 3 of 7 (SIU rejected: AIL location not mapped)
MSH|^~\\&|SCHED|RVH|CARDIO|RVH|{{DATE:20250312}}083015||SIU^S12|MSG00418|P|2.5.1
SCH|APT88120|APT88120|||||FU^Follow-up|30|MIN|^^30^{{DATE:20250318}}140000^{{DATE:20250318}}143000|||||{{NAME:KLEIN^MAREN}}^^^^^^^^|^PRN^PH^^^{{PHONE:207^5550139}}
PID|1||{{MRN:7734120}}^^^RVH^MR||{{NAME:THIBODEAUX^JOELLE^R}}||{{DATE:19550214}}|F|||{{LOCATION:18 Birch Hill Rd}}^^{{LOCATION:Camden}}^ME^{{LOCATION:04843}}||^PRN^PH^^^{{PHONE:207^5550118}}|||||{{ACCOUNT:A0091827734}}|{{SSN:921-55-0418}}
RGS|1|A
AIS|1|A|93306^ECHO TTE COMPLETE^CPT
AIP|1|A|1447^{{NAME:OKONKWO^ADAEZE}}^^^^MD|ATT
AIL|1|A|CARD3^^^RVH|^{{LOCATION:Rockport Valley Heart Clinic}}
NTE|1||Pt requests interpreter (Haitian Creole); daughter {{NAME:Yolande}} will drive, cell {{PHONE:207-555-0172}}
Fix: mapped CARD3 -> dept 4410, resent {{DATE:3/12/25}} 08:41 by {{NAME:bdesrosiers}}.
`,
  },
  {
    id: 'h6-022',
    kind: 'HL7 v2 RDE^O11 pharmacy order',
    text: `
MSH|^~\\&|CPOE|SJMC|PHARM|SJMC|{{DATE:20250402}}101522||RDE^O11|77812045|P|2.5.1
PID|1||{{MRN:M00448127}}^^^SJMC^MR~{{HEALTH_PLAN:1EG4TE5MK72}}^^^CMS^MC||{{NAME:NAKAGAWA-REYES^TOMAS^A}}||{{DATE:19380716}}|M||||||||||{{ACCOUNT:V20250402-0917}}
PV1|1|I|6W^614^B|||||{{OTHER_ID:1558230174}}^{{NAME:PRUITT^DELANEY}}^^^^^MD
ORC|NW|ORD55120||||||||||{{OTHER_ID:1558230174}}^{{NAME:PRUITT^DELANEY}}^^^^^MD
RXE|^BID^^{{DATE:20250402}}^^R|00054-4297-25^predniSONE 20 MG TAB^NDC|40||mg|TAB|Take with food||||||||||||||||||||||||
RXR|PO
NTE|1||Renal dosing checked: CrCl 38 mL/min (age 86, wt 61 kg). Pharmacist {{NAME:A. Whitcombe}} {{DATE:04/02/25}}
`,
  },
  {
    id: 'h6-023',
    kind: 'HL7 v2 VXU immunization update',
    text: `
MSH|^~\\&|CLINICEHR|FQHC22|IIS|STATE|{{DATE:20250310}}154407-0600||VXU^V04^VXU_V04|VX0031822|P|2.5.1|||ER|AL
PID|1||{{MRN:FQ00318826}}^^^FQHC22^MR~{{OTHER_ID:IIS7720015}}^^^STATE^SR||{{NAME:SILVA^ANA PAULA}}^^^^^^L|{{NAME:FERREIRA}}^^^^^^^^M|{{DATE:20180622}}|F|||{{LOCATION:5120 W Thomas Rd APT 22}}^^{{LOCATION:PHOENIX}}^AZ^{{LOCATION:85031}}||^PRN^PH^^^{{PHONE:602^5550184}}
NK1|1|{{NAME:SILVA^RENATA}}^|MTH^Mother^HL70063|||^PRN^PH^^^{{PHONE:602^5550185}}
ORC|RE||{{OTHER_ID:IZ-88120-1}}^FQHC22
RXA|0|1|{{DATE:20250310}}|{{DATE:20250310}}|141^Influenza, seasonal, injectable^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|7781^{{NAME:OYELARAN^FUNMI}}^^^^^^^^^RN|^^^{{LOCATION:FQHC22 West Clinic}}||||UJ448AB|{{DATE:20250630}}|PMC^sanofi^MVX
RXR|C28161^IM^NCIT|LD^Left Deltoid^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F
`,
  },
  {
    id: 'h6-024',
    kind: 'HL7 v2 MDM^T02 document notification',
    text: `
MSH|^~\\&|DICTATE|NCH|EHR|NCH|{{DATE:20250411}}093122||MDM^T02|DOC771|P|2.4
EVN|T02|{{DATE:20250411}}0931
PID|1||{{MRN:004418822}}^^^NCH||{{NAME:OMONDI^JABARI^K}}||{{DATE:20010507}}|M|||{{LOCATION:PO BOX 1123}}^^{{LOCATION:NOME}}^AK^{{LOCATION:99762}}
PV1|1|O|ENT CLINIC
TXA|1|CN^Consult Note|TX|{{DATE:20250410}}1400|0091^{{NAME:ESKILSSON^BRITT}}||{{DATE:20250411}}0931||||{{OTHER_ID:DOC-20250411-88127}}||||||AU
OBX|1|TX|||Reason: bilateral chronic otitis media, travels from {{LOCATION:Shishmaref}} by air.
OBX|2|TX|||Audiogram {{DATE:4/10}}: mixed loss R 45 dB, L 30 dB. Tympanostomy tubes planned {{DATE:May 6}}.
OBX|3|TX|||Housing: stays at {{LOCATION:Quyanna Care Center}} while in town. Cell {{PHONE:907-555-0106}}.
OBX|4|TX|||Dictated by {{NAME:B. Eskilsson}}, MD; transcribed by {{NAME:tnakamura}} job 44812.
`,
  },
  {
    id: 'h6-025',
    kind: 'X12 271 eligibility response',
    text: `
ISA*00*          *00*          *ZZ*PINETREEHP     *ZZ*CLINIC0042     *{{DATE:250214}}*1130*^*00501*000047712*0*P*:~
GS*HB*PINETREEHP*CLINIC0042*{{DATE:20250214}}*1130*47712*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*ELIG88120*{{DATE:20250214}}*1130~
HL*1**20*1~
NM1*PR*2*PINE TREE HEALTH PLAN*****PI*77120~
HL*2*1*21*1~
NM1*1P*1*{{NAME:GAUTHIER}}*{{NAME:NOEMI}}****XX*{{OTHER_ID:1629174455}}~
HL*3*2*22*0~
TRN*2*ELIG-9981-220*9877281234~
NM1*IL*1*{{NAME:PARADIS}}*{{NAME:LOUIS}}*J***MI*{{HEALTH_PLAN:XJH884172093}}~
REF*SY*{{SSN:900-33-1856}}~
N3*{{LOCATION:77 RUE FRONTENAC}}*{{LOCATION:APT 2}}~
N4*{{LOCATION:LEWISTON}}*ME*{{LOCATION:04240}}~
DMG*D8*{{DATE:19610903}}*M~
DTP*346*D8*{{DATE:20250101}}~
EB*1*IND*30**GOLD PPO~
EB*C*IND*30***23*1500*****Y~
EB*B*IND*98***27*35*****Y~
SE*18*0001~
`,
  },
  {
    id: 'h6-026',
    kind: 'X12 835 remittance advice',
    text: `
Payment posting exception - 835 line could not be matched to an open charge:
BPR*I*188.60*C*ACH*CCP*01*999999992*DA*123456*1512345678**01*999988880*DA*98765*{{DATE:20250321}}~
TRN*1*EFT0033817*1512345678~
DTM*405*{{DATE:20250320}}~
N1*PR*HARBORVIEW MUTUAL~
N1*PE*SALTMARSH FAMILY MEDICINE*XX*1992887740~
LX*1~
CLP*{{ACCOUNT:SFM-000418827}}*1*425*188.6*40*12*{{OTHER_ID:2025079001187}}*11*1~
NM1*QC*1*{{NAME:ABERNATHY}}*{{NAME:CORDELIA}}*M***MI*{{HEALTH_PLAN:HMV55102847}}~
NM1*82*1*{{NAME:VANTERPOOL}}*{{NAME:SIMONE}}****XX*{{OTHER_ID:1730559912}}~
DTM*232*{{DATE:20250304}}~
SVC*HC:99214*425*188.6**1~
CAS*PR*1*40~
CAS*CO*45*196.4~
Note (biller {{NAME:kfairclough}}): patient acct in our system is {{ACCOUNT:400177235}} not {{ACCOUNT:SFM-000418827}}; remapped {{DATE:3/24}}.
`,
  },
  {
    id: 'h6-027',
    kind: 'NCPDP SCRIPT XML new prescription',
    text: `
<NewRx>
 <Header><To Qualifier="P">{{LOCATION:Hillcrest Apothecary}}</To><SentTime>{{DATE:2025-05-09}}T16:42:10Z</SentTime><MessageID>a81f0c22</MessageID></Header>
 <Patient><HumanPatient>
  <Name><LastName>{{NAME:Abu-Ghazaleh}}</LastName><FirstName>{{NAME:Leen}}</FirstName></Name>
  <Gender>F</Gender><DateOfBirth><Date>{{DATE:1996-12-03}}</Date></DateOfBirth>
  <Address><AddressLine1>{{LOCATION:3307 Larkspur Way}}</AddressLine1><City>{{LOCATION:Dearborn}}</City><StateProvince>MI</StateProvince><PostalCode>{{LOCATION:48124}}</PostalCode></Address>
  <CommunicationNumbers><PrimaryTelephone><Number>{{PHONE:3135550163}}</Number></PrimaryTelephone><ElectronicMail>{{EMAIL:leen.ag@mail.example.com}}</ElectronicMail></CommunicationNumbers>
 </HumanPatient></Patient>
 <Prescriber><NonVeterinarian>
  <Identification><NPI>{{OTHER_ID:1881726304}}</NPI><DEANumber>{{LICENSE:BO4471820}}</DEANumber></Identification>
  <Name><LastName>{{NAME:Orbach}}</LastName><FirstName>{{NAME:Wendeline}}</FirstName></Name>
  <CommunicationNumbers><PrimaryTelephone><Number>{{PHONE:3135550120}}</Number></PrimaryTelephone><Fax><Number>{{FAX:3135550121}}</Number></Fax></CommunicationNumbers>
 </NonVeterinarian></Prescriber>
 <MedicationPrescribed><DrugDescription>sertraline 50 mg tablet</DrugDescription><Quantity><Value>30</Value></Quantity>
  <WrittenDate><Date>{{DATE:2025-05-09}}</Date></WrittenDate><Sig><SigText>1 tab PO daily</SigText></Sig><NumberOfRefills>2</NumberOfRefills></MedicationPrescribed>
</NewRx>
`,
  },
  {
    id: 'h6-028',
    kind: 'TSV send-out lab manifest',
    text: `
SEND-OUT MANIFEST	courier pickup {{DATE:2025-06-03}} 16:30	box 3 of 4	temp: frozen (-20)
accession	mrn	patient	dob	collected	test	tubes
{{OTHER_ID:S25-154-0018}}	{{MRN:60018823}}	{{NAME:Haddad, Rania}}	{{DATE:1979-03-18}}	{{DATE:2025-06-02}}	ANA IFA reflex	1 SST
{{OTHER_ID:S25-154-0019}}	{{MRN:60022104}}	{{NAME:Ostrowski, Feliks}}	{{DATE:1931-10-01}}	{{DATE:2025-06-02}}	SPEP/IFE	1 SST
{{OTHER_ID:S25-154-0021}}	{{MRN:60019947}}	{{NAME:Mbatha, Thandeka}}	{{DATE:1990-07-27}}	{{DATE:2025-06-03}}	Quantiferon	4 QFT
{{OTHER_ID:S25-154-0022}}	{{MRN:60020058}}	{{NAME:de Vries, Maarten}}	{{DATE:1955-05-05}}	{{DATE:2025-06-03}}	Vit D 1,25	1 SST
{{OTHER_ID:S25-154-0023}}	{{MRN:60020066}}	{{NAME:Nguyen, Bao}}	{{DATE:2016-02-29}}	{{DATE:2025-06-03}}	Lead, venous	1 royal blue
packed by	{{NAME:T. Morningstar}}	checked by	{{NAME:AJ}}	tracking 1Z 999 AA1 01 2345 6784
`,
  },
  {
    id: 'h6-029',
    kind: 'NDJSON patient-app event log',
    text: `
Support ticket 55102: patient says she is locked out. Extract of app events (NDJSON):
{"ts":"{{DATE:2025-08-19}}T06:58:02Z","evt":"login_fail","user":"{{EMAIL:aurelia.fonseca@mail.example.net}}","ip":"{{IP:198.51.100.73}}","reason":"bad_password"}
{"ts":"{{DATE:2025-08-19}}T06:58:40Z","evt":"login_fail","user":"{{EMAIL:aurelia.fonseca@mail.example.net}}","ip":"{{IP:198.51.100.73}}","reason":"bad_password"}
{"ts":"{{DATE:2025-08-19}}T06:59:11Z","evt":"biometric_fallback","face_template":"{{BIOMETRIC:FT-3f9a-22c1-7e04}}","result":"no_match"}
{"ts":"{{DATE:2025-08-19}}T07:01:55Z","evt":"lockout","mrn":"{{MRN:0099182736}}","device_id":"{{DEVICE:A1B2-77C9-PX6}}","ip":"{{IP:2001:db8:4a1::2f}}"}
{"ts":"{{DATE:2025-08-19}}T07:20:13Z","evt":"sms_reset_sent","to":"{{PHONE:+1-415-555-0177}}","agent":"{{NAME:dkowalczyk}}"}
{"ts":"{{DATE:2025-08-19}}T07:22:47Z","evt":"login_ok","ip":"{{IP:198.51.100.73}}","app_ver":"5.12.1","os":"iOS 18.5"}
Resolution: reset by {{NAME:Dorota Kowalczyk}}; new face template enrolled {{BIOMETRIC:FT-8c01-5d77-a9b3}}. Closed {{DATE:08/19/2025}}.
`,
  },
  {
    id: 'h6-030',
    kind: 'SQL INSERT dump in a data-migration ticket',
    text: `
-- migration batch 12, rows that failed FK check (clinic_id 9 missing); to be re-run after clinic seed
INSERT INTO patient (mrn, last_name, first_name, dob, ssn, phone, email, street, city, zip) VALUES
 ('{{MRN:K-118204}}', '{{NAME:Featherstonehaugh}}', '{{NAME:Clementine}}', '{{DATE:1929-04-17}}', '{{SSN:987-12-4410}}', '{{PHONE:503-555-0109}}', NULL, '{{LOCATION:8 Alder Ct}}', '{{LOCATION:Hood River}}', '{{LOCATION:97031}}'),
 ('{{MRN:K-118219}}', '{{NAME:Obiakor}}', '{{NAME:Chidubem}}', '{{DATE:1988-11-30}}', NULL, '{{PHONE:503-555-0143}}', '{{EMAIL:chidu.obi@mail.example.org}}', '{{LOCATION:1740 Oak Grove Blvd Unit 5}}', '{{LOCATION:The Dalles}}', '{{LOCATION:97058}}'),
 ('{{MRN:K-118233}}', '{{NAME:St. Onge}}', '{{NAME:Will}}', '{{DATE:2009-01-08}}', NULL, NULL, NULL, '{{LOCATION:PO Box 71}}', '{{LOCATION:Mosier}}', '{{LOCATION:97040}}');
INSERT INTO encounter (mrn, visit_no, visit_date, provider) VALUES
 ('{{MRN:K-118204}}', '{{ACCOUNT:V-5520917}}', '{{DATE:2025-01-22}}', '{{NAME:hlindqvist}}'),
 ('{{MRN:K-118219}}', '{{ACCOUNT:V-5521044}}', '{{DATE:2025-01-23}}', '{{NAME:hlindqvist}}');
-- age check: {{MRN:K-118204}} is {{AGE_OVER_89:95}}; flag for "age > 89" masking in exports.
`,
  },
];
