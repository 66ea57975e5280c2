// heldout12 notes7: one of each kind, a bereavement letter, a spiritual-care note and a handout with no PHI
// (h12-059..064). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h12-059',
    kind: 'obstetric-triage-lowercase',
    text: `
ob triage note  {{DATE:11/22/25}} 02:15   {{LOCATION:Lucile Packard Children's Hospital}} l&d triage bed 3
{{NAME:keala makoa-henderson}} 27 yo g1p0 @ 32w4d by 8 wk us, mrn {{MRN:LP-4471920}}. edd {{DATE:1/13/26}}.
cc: tightening q5-7 min since 23:00, no lof, no vb, +fm.
toco q4-6 min, fhr 140s mod var + accels (cat i). sve 1/50/-3, ffn positive. cervical length 19 mm.
plan: betamethasone 12 mg im x2, nifedipine tocolysis 48 h, gbs swab, mag for neuroprotection not indicated (>32 wk). nicu consult for parents.
partner {{NAME:dallin henderson}} ({{PHONE:650-555-0159}}) drove her from {{LOCATION:half moon bay}}; his truck (ca {{VEHICLE:8XKM447}}) is in the ed lot, towing warning given.
her midwife {{NAME:jo-anne pereira}}, cnm (ca lic {{LICENSE:NMW 44719}}) at {{LOCATION:coastside clinic}}, fax {{FAX:650-555-0121}}, called.
medi-cal {{HEALTH_PLAN:94471028A}}; ssn on face sheet {{SSN:000-84-4471}}.
- {{NAME:t. oyinlola}}, md (ob hospitalist)
`,
  },
  {
    id: 'h12-060',
    kind: 'fhir-bulk-ndjson',
    text: `
First lines of each file from the $export job (Patient.ndjson, Observation.ndjson, Provenance.ndjson, Basic.ndjson):
{"resourceType":"Patient","id":"b1","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{{SSN:000-19-4473}}"}],"name":[{"family":"{{NAME:Okoro}}","given":["{{NAME:Chukwuemeka}}"]}],"birthDate":"{{DATE:1929-12-01}}"}
{"resourceType":"Patient","id":"b2","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{{SSN:000-44-7102}}"}],"name":[{"family":"{{NAME:Fairbanks}}","given":["{{NAME:Opal}}","{{NAME:June}}"]}],"birthDate":"{{DATE:1958-06-30}}"}
{"resourceType":"Patient","id":"b3","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{{SSN:000-90-1127}}"}],"name":[{"text":"{{NAME:Lucero Maldonado Ibarra}}"}],"telecom":[{"system":"email","value":"{{EMAIL:lucero.mi@example.com}}"}]}
{"resourceType":"Observation","id":"ob1","subject":{"reference":"Patient/b1"},"code":{"text":"Note"},"valueString":"Age {{AGE_OVER_89:95}}. Daughter {{NAME:Ngozi Okoro-Bates}} requests interpreter (Igbo). Lives at {{LOCATION:Arbor Glen Memory Care}}."}
{"resourceType":"Provenance","target":[{"reference":"Patient/b2"}],"recorded":"{{DATE:2025-11-20}}T19:02:44Z","agent":[{"who":{"display":"{{NAME:kgustafsson}}"}}],"entity":[{"what":{"display":"upload from {{IP:198.51.100.38}}"}}]}
{"resourceType":"Provenance","target":[{"reference":"Patient/b3"}],"recorded":"{{DATE:2025-11-21}}T08:15:09Z","agent":[{"who":{"display":"portal self-registration"}}],"entity":[{"what":{"display":"session from {{IP:2001:db8:7::44}}; ID photo {{PHOTO:b3_id_front.jpg}}"}}]}
{"resourceType":"Basic","code":{"text":"biometric-enrolment"},"subject":{"reference":"Patient/b2"},"extension":[{"url":"http://example.org/palm","valueString":"{{BIOMETRIC:PV-0044-7102-L}}"},{"url":"http://example.org/face","valueString":"{{BIOMETRIC:FX-88a1-4471}}"}]}
{"resourceType":"Basic","code":{"text":"portal-link"},"subject":{"reference":"Patient/b3"},"extension":[{"url":"http://example.org/link","valueUrl":"{{URL:https://portal.example.org/invite/lucero-maldonado-7f3a}}"}]}
`,
  },
  {
    id: 'h12-061',
    kind: 'translated-letter-grandmother',
    text: `
(Translated from Georgian by her grandson {{NAME:Levan Beridze}}, {{EMAIL:levan.beridze@example.ge}})

Dear doctor {{NAME:Kapanadze}},
I am {{NAME:Nino Beridze}}, I am {{AGE_OVER_89:97}} years old and I live in {{LOCATION:Kutaisi}}, {{LOCATION:Tsereteli street 41}}. My grandson will bring me to you in {{LOCATION:Tbilisi}} on {{DATE:3 December}}.
My eyes are worse since the operation in {{DATE:May 2024}} at {{LOCATION:Oftalmij}} clinic. I cannot read the Bible anymore, only big letters. Drops: dorzolamide morning and evening.
My sister {{NAME:Manana}} (she is {{AGE_OVER_89:94}}) had the same problem and you helped her very much.
My personal number is {{OTHER_ID:60001044719}}. Phone of my grandson: {{PHONE:+995 32 555 0190}}.
With respect, {{NAME:Nino}}
`,
  },
  {
    id: 'h12-062',
    kind: 'handout-no-phi',
    text: `
AFTER YOUR CARDIAC CATHETERISATION (wrist approach) - patient information, revised 2024
- Keep the band on for 2 hours; the nurse will release the air 2 mL at a time.
- Do not lift more than 2 kg (about 4 lb) with that arm for 48 hours; no driving for 24 hours.
- Aspirin 81 mg daily and clopidogrel 75 mg daily unless your cardiologist says otherwise.
- Call 911 if the wrist swells quickly or bleeds through a pressure dressing after 10 minutes.
- Normal: bruising up to 5 cm, mild ache (pain 2/10 to 3/10). Not normal: cold, blue or numb fingers.
- Codes for your records: CPT 93458, ICD-10 I25.10. Return to work usually day 2 or 3.
Questions on weekdays 8:00-16:30: the cath lab nurse line on your discharge sheet.
`,
  },
  {
    id: 'h12-063',
    kind: 'bereavement-family-letter',
    text: `
{{DATE:November 24, 2025}}

Dear Father {{NAME:Anselm}}, {{NAME:Colleen}}, and everyone at {{LOCATION:Hospice of the Chesapeake}},
Thank you for caring for our mother, {{NAME:Theodora}} "{{NAME:Teddie}}" {{NAME:Lasko}}, in her last two weeks at home on {{LOCATION:Bay Ridge Road}} in {{LOCATION:Annapolis}}. She died on {{DATE:November 9}}, peacefully, at {{AGE_OVER_89:99}}, with the window open to the water like she wanted.
{{NAME:Colleen}} (her nurse) taught my brother {{NAME:Stavros}} how to give the morphine drops and never once made him feel stupid.
We have set up a memorial page ({{URL:https://remember.example.com/theodora-lasko-1926}}); donations go to the hospice, account {{ACCOUNT:HOC-MEM-44719}}.
Her estate lawyer asked me to tell you the last four of her SSN are {{SSN:7718}} so billing can close her file.
With love, {{NAME:Katerina Lasko-Byrne}} and family, {{PHONE:410-555-0104}}
`,
  },
  {
    id: 'h12-064',
    kind: 'spiritual-care-note',
    text: `
SPIRITUAL CARE - chaplain visit, {{LOCATION:Froedtert Hospital}} 8 Centre ICU, {{DATE:11/20/2025}}
Pt: {{NAME:Ahmad Jalali}}, 78, MRN {{MRN:FH-2044719}}, intubated after cardiac arrest at {{LOCATION:Southridge Mall}} ({{DATE:11/17}}).
Visited with wife {{NAME:Parvaneh Jalali}} and sons {{NAME:Dariush}} and {{NAME:Kamran}}; the family are Shia Muslim. Imam {{NAME:Sayed Mahdi Hosseini}} of {{LOCATION:Islamic Society of Milwaukee}} ({{PHONE:414-555-0185}}) was called at the family's request and will come for prayers at sunset.
Family asked that the bed face Mecca (approximately east-northeast); facilities contacted. Discussed ritual washing if death occurs, same-sex family members to assist; funeral home {{LOCATION:Forest Home Cemetery}} chapel is their choice.
Mrs. {{NAME:Jalali}}'s mother, {{AGE_OVER_89:90}}, is on the phone from {{LOCATION:Mashhad}} (relayed by {{NAME:Kamran}}).
Follow-up: family meeting with Dr. {{NAME:Eleanor Whitfield-Sands}} at 14:00 tomorrow. - Chaplain {{NAME:Ruth Abernathy-Kim}}, MDiv, BCC
`,
  },
];
