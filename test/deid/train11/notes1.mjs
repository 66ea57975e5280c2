// train11 notes 1: claims appeals, prior authorisation, billing disputes (US and elsewhere).
export default [
  {
    id: 't11-001',
    kind: 'insurance appeal letter (US, level 1)',
    text: `
{{NAME:Ingrid Okafor-Lindqvist}}, MD - Family Medicine
{{LOCATION:2210 Wexford Ridge Rd}}, {{LOCATION:Suite 4}}
{{LOCATION:Bloomington}}, IN {{LOCATION:47401}}
Tel {{PHONE:(812) 555-0163}}  Fax {{FAX:(812) 555-0164}}

{{DATE:November 20, 2026}}

Appeals Unit, Hoosier Sentinel Health Plan
{{LOCATION:PO Box 7711}}, {{LOCATION:Indianapolis}}, IN {{LOCATION:46206}}

RE: First-level appeal of denial dated {{DATE:10/31/2026}}
Member: {{NAME:Temperance Adebayo-Vance}}   DOB {{DATE:04/17/1961}}
Member ID: {{HEALTH_PLAN:HSH-00418827-01}}   Claim no. {{OTHER_ID:CLM-26-5530912}}

To whom it may concern,
I am writing on behalf of my patient, Mrs. {{NAME:Adebayo-Vance}}, to appeal the denial of continuous glucose monitoring
(Dexcom G7, HCPCS A9277). She has type 2 diabetes on basal-bolus insulin and had three documented hypoglycaemic events,
including one on {{DATE:September 2}} that required EMS transport to {{LOCATION:IU Health Bloomington Hospital}}. Her A1c is 9.1%.
Clarke score 5. The denial letter, signed by reviewer {{NAME:Gregory Stanhope}}, MD, cites "insufficient fingerstick logs";
copies of her logs from {{DATE:August 2026}} to {{DATE:October 2026}} are enclosed.

Sincerely,
{{NAME:Ingrid Okafor-Lindqvist}}, MD   NPI {{OTHER_ID:1598833027}}
`,
  },
  {
    id: 't11-002',
    kind: 'prior authorisation request form (free text parts)',
    text: `
PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Submitted {{DATE:11/24/2026}} 14:12 by {{NAME:Rhiannon Tsosie-Begay}} (PA coordinator)
Patient: {{NAME:BEGAY, Wilbur}} Jr.   DOB {{DATE:1958-02-09}}   Plan ID {{HEALTH_PLAN:AZM 772104459}}
Address: {{LOCATION:HC 63 Box 2190}}, {{LOCATION:Window Rock}}, AZ {{LOCATION:86515}}
Prescriber: {{NAME:Hamid Farahani}}, MD, rheumatology, {{LOCATION:Northern Arizona Healthcare Flagstaff Medical Center}}
Drug: adalimumab-adaz (Hyrimoz) 40 mg SC q2wk. Dx M05.79. Prior therapy: methotrexate 20 mg weekly x 6 months,
hydroxychloroquine 200 mg bid; DAS28-CRP 5.2. TB Quantiferon negative {{DATE:10/02/2026}}; Hep B sAg neg.
Notes: pt lives 190 miles from infusion centre, hence self-injection. Ship to {{LOCATION:Fort Defiance Indian Hospital}}
pharmacy, attn {{NAME:Loretta Yazzie}}, {{PHONE:928-555-0147}}. Navajo interpreter not needed; daughter {{NAME:Shandiin}} helps.
`,
  },
  {
    id: 't11-003',
    kind: 'billing dispute e-mail from patient',
    text: `
From: {{NAME:Bao-Tran Nguyen}} <{{EMAIL:baotran.nguyen82@example.com}}>
To: patient.billing@example.org
Date: Mon, {{DATE:23 Nov 2026}} 08:41
Subject: Disputing balance on account {{ACCOUNT:7730-118204}}

Hi, I was billed $2,418.60 for an ER visit on {{DATE:Aug 14}} at your {{LOCATION:Garden Grove}} campus. My insurance
(member # {{HEALTH_PLAN:W88120377}}) paid its part and the EOB says I owe $150 copay. The statement also charges for a
CT that was cancelled - Dr. {{NAME:Esperanza Quiroga de la Fuente}} told me it wasn't needed. I already called twice and
spoke to {{NAME:Marcus}} and then {{NAME:Danielle}}. Please stop the collections notice. I live at
{{LOCATION:10482 Magnolia Ave}}, {{LOCATION:Apt 3C}}, {{LOCATION:Westminster}}, CA {{LOCATION:92683}}, phone {{PHONE:714-555-0119}}.
Thanks, {{NAME:Bao-Tran}}
`,
  },
  {
    id: 't11-004',
    kind: 'billing office call log',
    text: `
ACCT {{ACCOUNT:HB-55019273}}  guarantor {{NAME:Whitehorse, Summer}}  pt {{NAME:Whitehorse, Eli}} (minor)
{{DATE:11/25/26}} 10:05 - {{NAME:KJ}}: Mom {{NAME:Summer}} called re: denied NICU days {{DATE:09/03}}-{{DATE:09/09}}. Payer says
no auth on file. Checked: auth {{OTHER_ID:A2609031177}} obtained by {{NAME:T. Bellweather}} on {{DATE:9/4}}. Resubmitted
with auth, corrected claim freq code 7. Told mom to expect 30-45 days. She asked for a payment plan on the remaining
$612; set up plan {{ACCOUNT:PP-0091552}}, $51/mo. Callback {{PHONE:(406) 555-0182}}. Family moved from {{LOCATION:Browning}} to
{{LOCATION:Great Falls}}; new address {{LOCATION:1417 4th Ave N}}, {{LOCATION:Great Falls}}, MT {{LOCATION:59401}}.
{{DATE:11/25/26}} 10:31 - {{NAME:KJ}}: mailed itemised bill.
{{DATE:11/26/26}} 09:12 - {{NAME:RG}}: payer portal shows claim {{OTHER_ID:26330-099812}} in process. Mom e-mailed from {{EMAIL:summer.whitehorse@example.com}}
asking for NICU doctor's name for her records: Dr. {{NAME:Kateri Running Wolf}}, {{LOCATION:Benefis Health System}}.
`,
  },
  {
    id: 't11-005',
    kind: 'second-level appeal (external review request)',
    text: `
Request for Independent External Review
State Department of Insurance, Consumer Services Division

Enrollee: {{NAME:Giorgi Beridze}}   Policy: {{HEALTH_PLAN:GBX-3319-0072-8}}   Case ref: {{OTHER_ID:IR-2026-04417}}
Authorised representative: {{NAME:Nino Beridze-Kapanadze}} (spouse), {{LOCATION:88 Larkspur Court}}, {{LOCATION:Glendale}}, CA {{LOCATION:91206}}
Telephone {{PHONE:818-555-0139}}  E-mail {{EMAIL:nino.bk@example.net}}

Service denied: proton beam therapy for skull-base chordoma, ordered by Dr. {{NAME:Arpine Hakobyan}} at
{{LOCATION:Loma Linda University Medical Center}}. Internal appeal denied {{DATE:October 9, 2026}} by {{NAME:Clarence Upshaw}}, DO.
We ask the reviewer to consider the tumour board note of {{DATE:Sept 22}} and the letter of Prof. {{NAME:Ketevan Lomidze}}
from {{LOCATION:Tbilisi}}. Mr. {{NAME:Beridze}} speaks Georgian and Russian; an interpreter is requested for any call.
`,
  },
  {
    id: 't11-006',
    kind: 'explanation of benefits note / payer letter',
    text: `
Dear {{NAME:Hope Amankwah}},
We have completed our review of the claim submitted by {{LOCATION:Riverside Methodist Hospital}} for services on
{{DATE:July 30, 2026}}. Claim {{OTHER_ID:0726-RX-88134}} was processed under member ID {{HEALTH_PLAN:OHP902773415}}. The
provider billed $18,240.00; the allowed amount is $6,115.72. Your share is $1,200.00 (deductible) plus 20% coinsurance.
If you disagree you may appeal within 180 days. Call Member Services at {{PHONE:1-800-555-0107}} (TTY 711).
This letter was prepared by {{NAME:Dominic Achterberg}}, Claims Specialist.
Ohio Valley Mutual, {{LOCATION:4400 Easton Commons Way}}, {{LOCATION:Columbus}}, OH {{LOCATION:43219}}
Note: Hope, Faith and Charity are names of our plan tiers; the tier shown on your card is Faith Silver.
`,
  },
  {
    id: 't11-007',
    kind: 'NHS continuing healthcare appeal (UK)',
    text: `
Castle Arcade Law LLP, Solicitors
{{LOCATION:14 Castle Arcade}}, {{LOCATION:Cardiff}} {{LOCATION:CF10 1BU}}
Our ref: {{OTHER_ID:GPL/CHC/4471}}   Your ref: {{OTHER_ID:CHC-CV-26-0913}}
{{DATE:19 November 2026}}

Continuing NHS Healthcare Team, {{LOCATION:Cardiff and Vale University Health Board}}, {{LOCATION:Woodland House}}, {{LOCATION:Maes-y-Coed Road}}, {{LOCATION:Cardiff}} {{LOCATION:CF14 4HH}}

Dear Sir or Madam,
Re: our client Mrs {{NAME:Morwenna Tregothnan}} (known as {{NAME:Wenna}}), DOB {{DATE:02.03.1936}}, NHS No. {{OTHER_ID:943 476 5919}}
We act for her daughter and attorney, {{NAME:Sian Tregothnan-Hughes}}. We appeal the Decision Support Tool outcome of
{{DATE:4 October 2026}}, which scored Behaviour as "moderate" despite the care home's records from {{LOCATION:Llys Gwyn Nursing Home}},
{{LOCATION:Penarth}}, showing daily severe episodes. The assessor, {{NAME:Bethan Morgan}} RN, did not speak to night staff.
Yours faithfully, {{NAME:Gareth Pryce-Llewellyn}}, Partner (SRA no. {{LICENSE:604418}})
`,
  },
  {
    id: 't11-008',
    kind: 'medical-aid motivation letter (South Africa)',
    text: `
Dr {{NAME:Thandeka Mahlangu-Ndlovu}}  MBChB, FCP(SA)   Practice no. {{OTHER_ID:0487321}}
{{LOCATION:Suite 12, Medforum Building}}, {{LOCATION:132 Sophie de Bruyn St}}, {{LOCATION:Pretoria}} {{LOCATION:0002}}
Tel {{PHONE:012 555 0148}}

{{DATE:24/11/2026}}
To: Clinical Motivations, Discovery-style Medical Scheme
Member: {{NAME:Sipho Khumalo}}   Membership no. {{HEALTH_PLAN:173004492}}   Dependant code 00
Re: motivation for insulin pump and CGM

Mr {{NAME:Khumalo}}, 34, has brittle type 1 diabetes with 11 admissions to {{LOCATION:Steve Biko Academic Hospital}} since
{{DATE:January 2025}}. He works shifts at a mine near {{LOCATION:Witbank}} and lives in {{LOCATION:Mamelodi East}}. His wife,
{{NAME:Nomvula}}, reports nocturnal hypos. ICD-10 E10.65. Please authorise per PMB chronic condition list.
Kind regards, Dr {{NAME:T. Mahlangu-Ndlovu}}
`,
  },
  {
    id: 't11-009',
    kind: 'denied claim worklist comments',
    text: `
Denial worklist - team 3 - {{DATE:26-Nov-2026}}
- {{NAME:RAMASWAMY, Lakshmi}} | acct {{ACCOUNT:40019283}} | CO-197 no precert | {{NAME:jp}}: called {{LOCATION:St. Vincent Carmel}} UM, precert ref {{OTHER_ID:PC88120}} found, appeal sent
- {{NAME:O'SULLIVAN-BRANDT, Cian}} | acct {{ACCOUNT:40019417}} | CO-50 not med necessary | {{NAME:mw}}: need op note from Dr {{NAME:Ferreira-Santos}}
- {{NAME:MBEKI, Grace}} | acct {{ACCOUNT:40019502}} | CO-29 timely filing | {{NAME:jp}}: proof of timely filing = clearinghouse report {{DATE:3/11/26}}
- {{NAME:HALVORSEN, Bishop}} | acct {{ACCOUNT:40019566}} | PR-1 deductible | no action; pt in {{LOCATION:Fargo}}, letter mailed
- {{NAME:QUISPE MAMANI, Yolanda}} | acct {{ACCOUNT:40019610}} | CO-16 missing info | {{NAME:mw}}: Medicaid ID {{HEALTH_PLAN:IN0087712345}} added
Codes CO-197, CO-50, CO-29 are CARC reason codes, not identifiers.
`,
  },
];
