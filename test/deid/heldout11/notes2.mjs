// heldout11 notes2: ambient-scribe transcripts of spoken visits, raw speech-to-text (h11-011..020).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-011', 'scribe-transcript-geriatric', String.raw`
[ambient scribe - raw transcript - encounter {{OTHER_ID:ENC-9930417}} - {{DATE:2025-11-20}} 09:14]
[Speaker 1 - clinician] Good morning, can you tell me your full name and date of birth?
[Speaker 2 - patient] {{NAME:Eleanor Mae}}... {{NAME:Eleanor Mae Whitcombe}}. Born the {{DATE:fourth of February, nineteen thirty-three}}.
[Speaker 1] So you're {{AGE_OVER_89:ninety-two}} now.
[Speaker 2] {{AGE_OVER_89:Ninety-two}}, and my daughter {{NAME:Keisha}} says I act ninety.
[Speaker 3 - family] I'm {{NAME:Keisha}}, {{NAME:Keisha Whitcombe-Banks}}. My number if you need it is {{PHONE:two one two, five five five, zero one four three}}.
[Speaker 1] Thank you. And you're still at the same place on {{LOCATION:Convent Avenue}}?
[Speaker 2] {{LOCATION:Four fifty-one Convent Avenue, apartment six C}}. Been there since seventy-one.
[Speaker 1] Blood pressure today one forty-two over seventy-eight, pulse sixty-eight. Your walker, the falls... any falls since August?
[Speaker 2] No. Well, one, at church, {{LOCATION:Abyssinian}}, but I sat down slow.
[Speaker 1] Okay, I'll send the PT order to {{LOCATION:Harlem Hospital}} and Dr. {{NAME:Adebayo}} will see you back in three months.
`),

n('h11-012', 'scribe-transcript-pediatric', String.raw`
AMBIENT NOTE DRAFT (unreviewed) - Peds - Dr. {{NAME:Marisol Ybarra-Quintana}}
Transcript:
DR: Hi buddy, what's your name?
CHILD: {{NAME:Mateo}}.
MOM: {{NAME:Mateo Alejandro Ruiz-Benavides}}, he's four, birthday is {{DATE:March nineteenth, twenty twenty-one}}.
DR: And who else is at home?
MOM: Me, {{NAME:Yesenia}}, his dad {{NAME:Octavio}}, and my mom stays with us. Her name's {{NAME:Celestina}}.
DR: Fever how long?
MOM: Since Saturday night. A hundred and two point four on the ear one. He got ibuprofen, like seven and a half mils, at three this morning.
DR: Okay, ears... right TM bulging. Weight today eighteen point two kilos.
MOM: Can you send it to the {{LOCATION:Walgreens on Alameda}}? And the school needs a note, he goes to {{LOCATION:Lorenzo de Zavala Elementary}}, the nurse fax is {{FAX:nine one five, five five five, zero one six one}}.
[scribe captured fax: {{FAX:915-555-0161}}]
DR: Amoxicillin ninety milligrams per kilo per day divided twice daily, ten days.
MOM: His Medicaid number... it's on the card... {{HEALTH_PLAN:five two two, zero eight, four four one nine}}.
`),

n('h11-013', 'scribe-transcript-telehealth-psych', String.raw`
Video visit (Doximity) | Scribe: Nabla-style | Patient location reported: {{LOCATION:Bozeman}}, MT
Clinician: Before we start I need to confirm where you are physically right now.
Patient: At my sister's, {{LOCATION:eleven twenty-two South Tracy}}. My sister {{NAME:Astrid}} is in the other room.
Clinician: And a number to reach you if we get cut off?
Patient: {{PHONE:Four oh six, five five five, oh one five two}}.
[auto-filled: {{PHONE:406-555-0152}}]
Clinician: How has the sleep been since we increased the mirtazapine to thirty?
Patient: Better. Maybe six hours. I stopped the melatonin.
Clinician: PHQ-9 today is twelve, down from nineteen. GAD-7 is ten. Any thoughts of hurting yourself?
Patient: No. Not since October... not since the {{DATE:ninth of October}} really, the night I called the line.
Clinician: I'm glad you called nine eight eight that night. Are the firearms still with your brother-in-law {{NAME:Torvald}}?
Patient: Yeah, at his place in {{LOCATION:Belgrade}}.
Clinician: Good. I'll see you {{DATE:December eleventh}}. The link will come to {{EMAIL:s.haugland.mt@example.com}} again.
[Patient: {{NAME:Sigrid Haugland}} | MRN {{MRN:BZM-2280419}} | session {{URL:https://visit.example-telehealth.com/r/hx82kq4}} | client IP {{IP:100.72.18.201}}]
`),

n('h11-014', 'scribe-transcript-interpreter', String.raw`
Scribe transcript - interpreter present (Dari), interpreter ID {{OTHER_ID:CLI-40917}}
Provider: Please ask him his name and birthday.
Interpreter: He says his name is {{NAME:Abdul Wahid Sultani}}. Birthday is... he says the {{DATE:first of the month of Hamal, thirteen fifty-one}}. In English calendar he thinks {{DATE:March twenty-first, nineteen seventy-two}}.
Provider: Who came with him today?
Interpreter: His son {{NAME:Farhad}}, and he says his wife {{NAME:Gul Bibi}} is still in {{LOCATION:Herat}}.
Provider: Ask about the cough.
Interpreter: Three months, with blood two times. Night sweats. He lost weight, maybe eight kilos.
Provider: Okay. We'll get a chest X-ray and three sputum samples. His A-number for the forms?
Son: {{OTHER_ID:A two one four, six six zero, three one eight}}.
[captured: {{OTHER_ID:A214-660-318}}]
Provider: And the address where the health department can reach you?
Son: {{LOCATION:Seventeen oh five Saint Paul Street, apartment four}}, {{LOCATION:Baltimore}} {{LOCATION:two one two zero two}}.
Provider: Great. The TB nurse, {{NAME:Colleen}}, will call {{PHONE:four one zero, five five five, zero one nine seven}}.
`),

n('h11-015', 'scribe-transcript-veteran', String.raw`
DAX draft - PCMHI - VA {{LOCATION:Fayetteville}} NC
Provider: Last four and full name for me?
Veteran: {{SSN:Eight one one two}}. Full is {{SSN:000-44-8112}}. {{NAME:Reginald Oyelaran Thibodeaux}}.
Provider: Thanks, Mr. {{NAME:Thibodeaux}}. You were at {{LOCATION:Fort Bragg}} with the eighty-second, right?
Veteran: Eighty-second, oh-three to oh-eight. Two deployments, {{LOCATION:Ramadi}} and {{LOCATION:Kandahar}}.
Provider: PCL-5 today is forty-one. How's the CPAP going?
Veteran: The machine says I'm using it like four hours. The serial on the back is... {{DEVICE:two three one six, one one four, zero eight two}}.
Provider: And you're still driving the tow truck for {{NAME:Marcus}}'s company?
Veteran: Yeah, my own truck now. Black Ram, tag {{VEHICLE:PKL-4471}}.
Provider: We'll recheck in six weeks. Your wife, {{NAME:Chantal}}, still the emergency contact at {{PHONE:nine one oh, five five five, oh one one eight}}?
Veteran: Yes ma'am.
`),

n('h11-016', 'scribe-transcript-ob', String.raw`
[Abridge-style transcript excerpt | OB return visit | Tue {{DATE:Nov 25 2025}}]
MIDWIFE: So you are twenty-nine and three today. Your due date is still {{DATE:February eighth}}.
PATIENT: Yes. {{DATE:Feb eight}}.
MIDWIFE: Fundal height twenty-nine, heart tones one forty-four. Glucose tolerance came back one thirty-one, so that's normal.
PARTNER: I'm {{NAME:Aleksandra}}'s husband, {{NAME:Piotr}}. We want to put my mother {{NAME:Halina Wozniak}} on the list for the birth, she flies from {{LOCATION:Krakow}} on {{DATE:January twenty-fifth}}.
MIDWIFE: That's fine. What's the best number for you, {{NAME:Piotr}}?
PARTNER: {{PHONE:Seven seven three, five five five, zero one seven nine}}.
[structured: partner phone {{PHONE:773-555-0179}}; patient {{NAME:Aleksandra Wozniak-Kaminska}}; MRN {{MRN:2093-3178-55}}; hospital {{LOCATION:Prentice Women's Hospital}}]
MIDWIFE: Tdap today, lot on the sheet. The birth-center tour is the {{DATE:fourteenth of December}}.
MIDWIFE: You can sign up for the class at {{URL:https://classes.example-nm.org/register?mrn=2093317855}}. Hemoglobin eleven point two, so keep the iron every other day. Rhogam isn't needed, you're O positive.
`),

n('h11-017', 'scribe-transcript-derm', String.raw`
scribe raw | derm | room 6 | {{DATE:11/19/2025}}
dr {{NAME:hollis}}: this one on your back, how long has it been there
pt: my wife {{NAME:mariko}} noticed it in july... i mean {{DATE:july fourth}}, she took a picture at the lake
dr {{NAME:hollis}}: can you send it through the portal
pt: i did, its called {{PHOTO:back mole july dot jpeg}}
[attachment: {{PHOTO:back_mole_july.jpeg}}; dermatoscopy {{PHOTO:DSC_0412.JPG}}, {{PHOTO:DSC_0413.JPG}}]
dr {{NAME:hollis}}: it's about seven by five millimetres, asymmetric, two colours. i want to do a shave biopsy today
pt: ok. i'm on eliquis five twice a day
dr {{NAME:hollis}}: that's fine for a shave. path goes to {{LOCATION:Aurora Diagnostics}}, results in about a week by phone
[patient {{NAME:kenji ashworth-sato}} | dob {{DATE:5/17/1949}} | phone {{PHONE:(619) 555-0133}}]
`),

n('h11-018', 'scribe-transcript-occupational', String.raw`
Transcript - Occupational Health - post-incident visit
NURSE: Which site were you at?
EMPLOYEE: The {{LOCATION:Lathrop}} warehouse, dock nine. Forklift came round the corner.
NURSE: Your employee number?
EMPLOYEE: {{OTHER_ID:Eight eight zero four one two}}.
[captured: employee {{OTHER_ID:880412}}; name {{NAME:Dashiell Moreno-Agbaje}}]
NURSE: And the forklift number, for the report?
EMPLOYEE: FL-twelve. Driver was {{NAME:Gustavo}}, {{NAME:Gus Pereira}}.
NURSE: Right ankle swollen, can bear weight, four steps. Ottawa rules negative for X-ray... actually tender at the base of the fifth, so we'll image.
EMPLOYEE: My supervisor {{NAME:Renata}} wants the form by tonight, her email is {{EMAIL:rkowalczyk@example-logistics.com}}.
NURSE: Claim number is {{ACCOUNT:WC-25-0098813}}. Your forklift certification card, do you have it?
EMPLOYEE: Yeah, number {{LICENSE:CA-FLT-220931}}.
NURSE: Date of injury today, {{DATE:November twenty-first}}.
`),

n('h11-019', 'scribe-transcript-hospice-family', String.raw`
[Hospice admission visit - ambient transcript - RN case manager {{NAME:Oluwaseun Adeyemi}}, RN]
RN: Can you tell me who's who?
SON: I'm {{NAME:Franklin}}, the oldest. That's my sister {{NAME:Beatrice}} on the phone from {{LOCATION:Tulsa}}. Mom is {{NAME:Opal Jean Haverkamp}}, she's {{AGE_OVER_89:ninety-six}}. Dad died at {{AGE_OVER_89:ninety-one}} in twenty nineteen.
RN: And the address here?
SON: {{LOCATION:Route two, box forty-four}}, {{LOCATION:Okemah}}. Turn at the {{LOCATION:Pleasant Hill Baptist Church}} and it's the third drive.
RN: Her Medicare number, from the card?
SON: {{HEALTH_PLAN:One E G four, T E five, M K seven two}}.
RN: Oxygen is two liters, concentrator serial... {{DEVICE:PR-Z09-61177}}.
SON: The funeral home we picked is {{LOCATION:Parks Brothers}} in {{LOCATION:Henryetta}}.
RN: PPS is thirty percent, FAST seven C. I'll put the DNR form on the fridge.
`),

n('h11-020', 'scribe-transcript-ed-triage', String.raw`
Voice triage capture (ED kiosk) - {{DATE:2025-11-23}} 02:41 - bay 4
TRIAGE RN: Name?
PT: {{NAME:Mohammed Rashid Al-Kuwari}}.
TRIAGE RN: Date of birth?
PT: {{DATE:Twelve twelve eighty-four}}.
TRIAGE RN: What happened?
PT: Car accident on {{LOCATION:I-35}} by the {{LOCATION:Riverside Drive}} exit. My airbag came out. Silver Camry, plate {{VEHICLE:KZT 4418}}.
TRIAGE RN: Who was driving the other car?
PT: A lady, Ms. {{NAME:Fontaine}} I think. Police gave me the number... APD {{OTHER_ID:25-3318042}}.
TRIAGE RN: Pain eight out of ten, chest wall. BP one fifty-one over ninety-two, sat ninety-seven.
PT: My brother {{NAME:Khalid}} is coming, he is at {{PHONE:five one two, five five five, zero one zero four}}.
TRIAGE RN: ESI three. Kiosk face photo taken {{PHOTO:kiosk_0241_bay4.png}}, wristband printed MRN {{MRN:ATX-40028871}}.
`),
];
