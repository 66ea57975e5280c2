// train19 notes 3: multi-turn assistant chats, coding-assist JSON, triage bot logs, RAG chunks from letters.
export default [
  {
    id: 't19-019',
    kind: 'multi-turn chat (clinician and assistant)',
    text: `
[user] pt is {{NAME:Oluwaseun Adebayo-Hart}}, 34F, G2P1 at 31 wks, BP 152/98 at {{LOCATION:Homerton}} antenatal today. what next
[assistant] That BP with 31 weeks raises concern for pre-eclampsia. Check PCR, bloods (FBC, LFT, U&E), sFlt-1/PlGF if available...
[user] PCR 48. her partner {{NAME:Kwame}} says her mum {{NAME:Folake}} had eclampsia. she lives in {{LOCATION:Hackney Wick}}, can she go home?
[assistant] With PCR 48 and BP >150 she should be admitted per NICE NG133. Document that Ms {{NAME:Adebayo-Hart}}'s... 
[user] ok admitting under Mr {{NAME:Farouk}}. thx
[assistant] Understood. Handover text for the labour ward: "{{NAME:Oluwaseun Adebayo-Hart}}, 31+2/40, BP 152/98, PCR 48, admitted {{DATE:26/11/2026}} under Mr {{NAME:Farouk}}'s team at {{LOCATION:Homerton University Hospital}}. Partner {{NAME:Kwame Asante}} {{PHONE:07700 900533}}. Previous delivery at {{LOCATION:Lagos University Teaching Hospital}} in 2022 (SVD). Labetalol 200 mg started." Would you like a steroid plan too?
[user] yes, and note her midwife is {{NAME:Blessing}} from the {{LOCATION:Clapton}} community team
`,
  },
  {
    id: 't19-020',
    kind: 'triage chatbot log',
    text: `
session {{OTHER_ID:cb-7f3a91e2}} | started {{DATE:2026-11-25}} 22:41 | client IP {{IP:192.0.2.66}}
bot: What is your name?
user: {{NAME:Summer Nakamura-Reid}}
bot: Thanks {{NAME:Summer}}. What is your postcode?
user: {{LOCATION:BS3 4QR}}
bot: Nearest urgent treatment centre: {{LOCATION:South Bristol Community Hospital}}, {{LOCATION:Hengrove Promenade}}. Is this for you?
user: for my son {{NAME:Rowan}}, 4, wheezy, used his blue inhaler (Ventolin) 3 times
bot: Please call 111 or go now. Your reference is {{OTHER_ID:UTC-BRI-209917}}.
bot: Would you like directions from {{LOCATION:Bedminster}}? The bus 75 runs from {{LOCATION:East Street}}.
user: no my partner {{NAME:Dev}} is driving, reg {{VEHICLE:WU68 RZT}} if they ask for parking
bot: Parking at {{LOCATION:South Bristol Community Hospital}} is free for 2 hours. Session closed {{DATE:2026-11-25}} 22:49. Transcript emailed to {{EMAIL:summer.nr@example.co.uk}}.
[internal] ticket auto-created {{OTHER_ID:NHS111-BR-55017}}; callback nurse {{NAME:Abi Okonedo}}; voice sample hash {{BIOMETRIC:VS-BRI-39102}} stored for caller verification.
`,
  },
  {
    id: 't19-021',
    kind: 'coding assistant: ICD/billing JSON',
    text: `
{"encounter_id": "{{ACCOUNT:ENC-7730219}}", "patient": "{{NAME:Lindqvist, Astrid}}", "dos": "{{DATE:11/21/2026}}",
 "rendering": {"name": "{{NAME:Johan Haugland}}", "npi": "{{OTHER_ID:1999555023}}"}, "facility": "{{LOCATION:Fairview Southdale Hospital}}",
 "codes": [{"icd10": "I48.91", "desc": "Unspecified atrial fibrillation"}, {"cpt": "93000"}],
 "payer": "Medica", "member_id": "{{HEALTH_PLAN:MED44801275}}", "guarantor_acct": "{{ACCOUNT:GA-005518830}}",
 "note": "Pt drove from {{LOCATION:Edina}}; husband {{NAME:Bjorn}} present. CHA2DS2-VASc 3."}
 "appeal": {"submitted_by": "{{NAME:Greta Solheim}}", "fax": "{{FAX:952-555-0128}}", "date": "{{DATE:12/02/2026}}",
   "reason": "Holter done at {{LOCATION:Park Nicollet Clinic - St. Louis Park}} on {{DATE:11/14/2026}} was bundled in error"}
 "prior_auth": {"ref": "{{OTHER_ID:PA-MN-0550913}}", "approved_by": "{{NAME:Kristin Aune}}", "hospital_account": "{{ACCOUNT:HAR-88120553}}", "mrn": "{{MRN:FV-3390127}}"}
`,
  },
  {
    id: 't19-022',
    kind: 'RAG chunks from an oncology MDT letter',
    text: `
---- context passage 1 (similarity 0.74) ----
discussed at the {{LOCATION:Tata Memorial Hospital}} head and neck MDT on {{DATE:18.11.2026}}. Mr {{NAME:Prakash Sawant}}, a 58-year-old tobacco chewer from {{LOCATION:Ratnagiri}}, presented with a left buccal mucosa ulcer. Biopsy: SCC, moderately diff. PET-CT: T4a N1. Plan: composite resection by Dr {{NAME:Meenakshi Iyer}} with ALT flap; adjuvant CRT at {{LOCATION:ACTREC Kharghar}}. Son {{NAME:Rohit}} ({{PHONE:98205 55012}}) will stay at the {{LOCATION:Nana Palkar Smruti Samiti}} dharamshala in {{LOCATION:Parel}}...
---- context passage 2 (similarity 0.52) ----
...Marathi and Hindi spoken. ECOG 1...
---- context passage 3 (similarity 0.49) ----
...wife {{NAME:Sunanda}} and daughter-in-law {{NAME:Pooja Sawant}}. Address {{LOCATION:Flat 12, Shivneri Chawl}}, {{LOCATION:Lalbaug}}, {{LOCATION:Mumbai}} {{LOCATION:400012}}. Aadhaar withheld. Social worker {{NAME:Farzana Shaikh}} arranged PMJAY cover, beneficiary ID {{HEALTH_PLAN:PMJAY-27-555-04418}}...
`,
  },
  {
    id: 't19-023',
    kind: 'model answer (discharge summary draft)',
    text: `
DRAFT - please review before signing

Patient: {{NAME:Dawit Gebremedhin}}   DOB: {{DATE:09/09/1959}}   MRN: {{MRN:4471902}}
Admitted: {{DATE:11/17/2026}}   Discharged: {{DATE:11/23/2026}}   Unit: 6 West, {{LOCATION:MedStar Washington Hospital Center}}
Summary: Mr. {{NAME:Gebremedhin}} presented with an upper GI bleed (Glasgow-Blatchford 12). EGD by Dr. {{NAME:Selam Tesfaye}} showed a Forrest IIa ulcer, clipped. H. pylori positive; started quadruple therapy.
Follow-up: GI clinic at {{LOCATION:Silver Spring}} with Dr. {{NAME:Tesfaye}} in 4 weeks. Wife {{NAME:Tigist Alemu}} {{PHONE:(301) 555-0175}}. Amharic interpreter used (ID {{OTHER_ID:LL-40817}}).
Pending at discharge: biopsy for malignancy (path accession {{OTHER_ID:S26-55018}}). PCP: Dr. {{NAME:Henok Wolde}}, {{LOCATION:Unity Health Care - Upper Cardozo}}, fax {{FAX:(202) 555-0140}}. Patient lives at {{LOCATION:1418 Fairmont St NW}}, Apt 3, {{LOCATION:Washington}}, DC {{LOCATION:20009}}. Ethiopian Orthodox; priest Abba {{NAME:Gebre-Kidan}} may visit.
`,
  },
  {
    id: 't19-024',
    kind: 'support ticket (duplicate fax)',
    text: `
{{OTHER_ID:INC0088412}} - fax sent to wrong number
Reported by: {{NAME:Bianca Moreira-Santos}} (clinic manager, {{LOCATION:Clinica Vila Mariana}})
Details: Referral for {{NAME:Raimundo Nonato Alves}} (CPF {{OTHER_ID:000.555.214-07}}) was faxed to {{FAX:(11) 5555-0147}} instead of {{FAX:(11) 5555-0174}} on {{DATE:24/11/2026}}. Recipient ({{LOCATION:Laboratorio Sao Judas}}) confirmed deletion.
Resolution: {{NAME:Caio}} from IT added a confirm step. No Lei Geral (LGPD) notification needed per DPO {{NAME:Helena Kuperman}}.
Follow-up {{DATE:25/11/2026}}: {{NAME:Raimundo}}'s son {{NAME:Francisco das Chagas Alves}} called from {{LOCATION:Teresina}} asking why the lab had the report. {{NAME:Bianca}} explained and apologised. Clinic address for the written response: {{LOCATION:Rua Domingos de Morais 2187}}, {{LOCATION:Vila Mariana}}, {{LOCATION:Sao Paulo}}, CEP {{LOCATION:04035-000}}.
Audit trail: fax server {{IP:203.0.113.12}}; sender workstation user {{NAME:bmsantos}}; recipient lab manager {{NAME:Joao Pedro Siqueira}} signed the deletion form on {{DATE:24/11/2026}}.
`,
  },
  {
    id: 't19-025',
    kind: 'agent plan (home visit routing)',
    text: `
PLAN for community nurse {{NAME:Mairead Gallagher}}, Thu {{DATE:27 Nov}}:
- 09:00 {{NAME:Eamonn Doherty}}, {{LOCATION:3 Ard na Greine}}, {{LOCATION:Letterkenny}}: leg ulcer dressing, Doppler ABPI 0.9
- 10:15 {{NAME:Bridie McFadden}} ({{AGE_OVER_89:94}}), {{LOCATION:Dunfanaghy}}: INR (on warfarin), check Lifeline pendant
- 12:00 {{NAME:Ciaran O Baoill}}, {{LOCATION:Gweedore}}: syringe driver, palliative; wife {{NAME:Nuala}}
Route optimised: {{LOCATION:Letterkenny}} -> {{LOCATION:Dunfanaghy}} -> {{LOCATION:Gweedore}}, 71 km. All within {{LOCATION:Co. Donegal}}.
- 14:30 {{NAME:Sean Og Mac Fhionnlaoich}}, {{LOCATION:Falcarragh}}: catheter change; daughter {{NAME:Grainne}} {{PHONE:087 555 3391}}
- 15:45 {{NAME:Teresa Boyle}}, {{LOCATION:St Joseph's Community Hospital}}, {{LOCATION:Stranorlar}}: wound review on behalf of Dr {{NAME:Kelly}}
Note: {{NAME:Bridie}}'s Lifeline pendant serial {{DEVICE:LL-5502-119847}} reported low battery.
`,
  },
  {
    id: 't19-026',
    kind: 'eval transcript (hallucination check)',
    text: `
Q: Who is the patient's cardiologist per the note?
NOTE EXCERPT: "...followed by Dr. {{NAME:Isabella Cardenas Villalobos}} at {{LOCATION:Clinica Alemana}} in {{LOCATION:Vitacura}} since {{DATE:marzo de 2021}}. Mother {{NAME:Ximena Villalobos}} accompanies..."
MODEL A: "Dr. {{NAME:Cardenas Villalobos}}." -> correct
MODEL B: "Dr. {{NAME:Ximena Villalobos}}." -> hallucinated role
MODEL C: "A cardiologist at a clinic in Chile." -> vague, acceptable
judge: {{NAME:j.mukherjee}}  date {{DATE:2026-11-26}}
Q2: Where does the patient live?
NOTE EXCERPT: "...domicilio en {{LOCATION:Avenida Apoquindo 4501}}, depto 1203, {{LOCATION:Las Condes}}..."
MODEL A: "{{LOCATION:Las Condes}}, {{LOCATION:Santiago}}." -> correct but leaks location (flag)
MODEL B: "In Chile." -> correct, safe
`,
  },
  {
    id: 't19-027',
    kind: 'prompt with vehicle and accident details',
    text: `
summarise this ED note into 3 lines for the trauma registry:
"{{NAME:Kieran Walsh-Tanaka}}, 27, driver of a grey Toyota Hilux reg {{VEHICLE:KX71 DHP}}, hit a ewe on the {{LOCATION:A470}} near {{LOCATION:Llanidloes}} on {{DATE:23/11/26}}. Airlifted by Wales Air Ambulance to {{LOCATION:Morriston Hospital}}. GCS 15, # L clavicle. Passenger {{NAME:Ffion Pritchard}} uninjured. Police ref {{OTHER_ID:DP-20261123-0558}}."
ASSISTANT: 1) {{NAME:Kieran Walsh-Tanaka}}, 27M, RTC ({{VEHICLE:KX71 DHP}}) on {{LOCATION:A470}} near {{LOCATION:Llanidloes}}, {{DATE:23/11/26}}. 2) HEMS to {{LOCATION:Morriston Hospital}}, GCS 15, L clavicle fracture. 3) Passenger {{NAME:Ffion Pritchard}} uninjured; police ref {{OTHER_ID:DP-20261123-0558}}.
USER: remove the names and plate pls, registry is pseudonymised
ASSISTANT: 1) 27M, RTC on a trunk road in mid-Wales... 
`,
  },
];
