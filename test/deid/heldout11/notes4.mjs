// heldout11 notes4: forwarded e-mails with headers, and form letters (h11-031..040).
const n = (id, kind, text) => ({ id, kind, text });

export default [
n('h11-031', 'email-forwarded-gmail', String.raw`
---------- Forwarded message ---------
From: {{NAME:Bettina Schoenfeld}} <{{EMAIL:bschoenfeld@example-uvmhealth.org}}>
Date: Mon, {{DATE:Nov 17, 2025}} at 8:14 AM
Subject: Fwd: bed request - {{NAME:Lachance, Remi}} ({{AGE_OVER_89:90}}M)
To: Transfer Center <{{EMAIL:transfer@example-uvmhealth.org}}>
Cc: {{NAME:Aubrey Nakamura-Doyle}} <{{EMAIL:anakamuradoyle@example-uvmhealth.org}}>

Please see below, can we take him Tuesday?

On Sun, {{DATE:Nov 16, 2025}} at 9:47 PM {{NAME:Gaetan Lefebvre}} <{{EMAIL:glefebvre@example-nvrh.org}}> wrote:
> Hi - {{AGE_OVER_89:90}} yo man at {{LOCATION:North Country Hospital}} in {{LOCATION:Newport}}, VT with a NSTEMI, trop 0.88 -> 2.41, EF 35%. Family wants cath if he's a candidate. Daughter {{NAME:Josee Lachance-Bourque}} is HCP, {{PHONE:802-555-0135}}.
> DOB {{DATE:04/30/1935}}, MRN here {{MRN:NCH-0071842}}, Medicare {{HEALTH_PLAN:7MK9-RT4-UP22}}.
> Our fax {{FAX:802-555-0136}} for records.
> --
> {{NAME:Gaetan Lefebvre}}, MD | Hospitalist | cell {{PHONE:802-555-0189}}
`),

n('h11-032', 'email-raw-headers-lab', String.raw`
Return-Path: <{{EMAIL:noreply-critical@example-questlab.com}}>
Received: from mta4.example-questlab.com ({{IP:203.0.113.44}}) by mx1.example-clinic.org; Fri, {{DATE:21 Nov 2025}} 06:12:09 -0600
X-Originating-IP: [{{IP:203.0.113.51}}]
Message-ID: <a81f.77c2@example-questlab.com>
Date: Fri, {{DATE:21 Nov 2025}} 06:12:03 -0600
From: Critical Values Desk <{{EMAIL:noreply-critical@example-questlab.com}}>
To: {{EMAIL:dr.lumley.office@example-clinic.org}}
Subject: CRITICAL: K 6.9 - {{NAME:HOLLOWAY, TREMAINE J}} - acc {{OTHER_ID:WX441872H}}

Patient: {{NAME:HOLLOWAY, TREMAINE J}}   DOB: {{DATE:09/03/1968}}   Sex: M
Ordering: {{NAME:LUMLEY, CORDELIA}} MD (NPI 1447188201)
Collected {{DATE:11/20/2025}} 16:40  Received {{DATE:11/20/2025}} 22:05
POTASSIUM 6.9 mmol/L (3.5-5.3) CRITICAL   - no hemolysis
CREATININE 4.12 mg/dL (0.70-1.30) H
Called to: answering service, op #4417, read back by {{NAME:Felicity}} 06:10
`),

n('h11-033', 'email-patient-forwards-denial', String.raw`
From: {{NAME:Anjali Raghunathan}} <{{EMAIL:anju.r.1982@example.com}}>
Sent: Tuesday, {{DATE:November 18, 2025}} 10:31 PM
To: Billing - {{LOCATION:Redwood Spine Center}} <{{EMAIL:billing@example-redwoodspine.com}}>
Subject: FW: Your claim was denied

Hi, forwarding this, I don't understand why. It's for my MRI on {{DATE:Sept 29}}. My account with you is {{ACCOUNT:RSC-558190}}.
{{NAME:Anjali}} (and my husband {{NAME:Vikram}} is the subscriber, his SSN ends {{SSN:4471}})

-----Original Message-----
From: BlueHarbor Health <{{EMAIL:no-reply@example-blueharbor.com}}>
Sent: {{DATE:11/18/2025}} 5:02 PM
To: {{EMAIL:anju.r.1982@example.com}}
Subject: Your claim was denied

Member: {{NAME:ANJALI RAGHUNATHAN}}   Member ID: {{HEALTH_PLAN:BHX904418221-02}}
Claim #: {{ACCOUNT:2025322A04417}}   Provider: {{LOCATION:Redwood Spine Center}}
Service date: {{DATE:09/29/2025}}   CPT 72148   Billed $2,140.00   Denied (CO-197, no prior authorization)
View your EOB: {{URL:https://members.example-blueharbor.com/eob/2025322A04417?m=BHX904418221}}
`),

n('h11-034', 'email-hr-biometric-exemption', String.raw`
From: HR Shared Services <{{EMAIL:hr-ss@example-midwestfoods.com}}>
Sent: Thursday, {{DATE:November 13, 2025}} 3:15 PM
To: Occupational Health <{{EMAIL:occhealth@example-midwestfoods.com}}>
Subject: FW: Accommodation - time clock (Emp #{{OTHER_ID:0044187}})

OH team - please review. Employee {{NAME:Lucinda Hartsock}} at the {{LOCATION:Dubuque}} plant has hand dermatitis and the fingerprint clock keeps rejecting her. Her enrolled templates are {{BIOMETRIC:FP-R2-0044187-A}} and {{BIOMETRIC:FP-L2-0044187-B}}. Supervisor {{NAME:Dwayne Kettleson}} wants to switch her to the face reader, enrolment {{BIOMETRIC:FACE-0044187-01}}. Her dermatologist note is attached ({{PHOTO:hands_derm_photo_1107.jpg}}).

> From: {{NAME:Lucinda Hartsock}} <{{EMAIL:lhartsock77@example.net}}>
> Sent: {{DATE:11/12/2025}} 9:02 PM
> My skin doctor, Dr. {{NAME:Oyinlola Bankole}} at {{LOCATION:Tri-State Dermatology}} (fax {{FAX:563-555-0193}}), says it's contact dermatitis from the gloves, patch test positive to thiuram mix. She said no more nitrile until January... er, {{DATE:Jan 5}}. My badge is {{OTHER_ID:MWF-22918}}. Thank you!! {{NAME:Lucy}}
`),

n('h11-035', 'email-dental-referral-attachments', String.raw`
From: Front Desk - {{LOCATION:Lakeside Family Dentistry}} <{{EMAIL:frontdesk@example-lakesidedental.com}}>
To: Referrals - {{LOCATION:Summit Oral & Maxillofacial Surgery}} <{{EMAIL:referrals@example-summitoms.com}}>
Date: Mon, {{DATE:10 Nov 2025}} 11:20:45 -0700
Subject: Referral #3 and #14 / {{NAME:Caridad Espinoza-Lujan}}
Attachments: {{PHOTO:PANO_Espinoza_20251107.jpg}}; {{PHOTO:PA_3_20251107.dcm}}; referral_form.pdf

Hello, referring {{NAME:Caridad Espinoza-Lujan}} (DOB {{DATE:2/11/1959}}) for extraction of #3 and #14, non-restorable caries, and eval for implants. She is on alendronate since 2019 (oral, 70 mg weekly) - please consider MRONJ risk. BP today 148/88. Delta Dental ID {{HEALTH_PLAN:DDC884102219}}. Her cell {{PHONE:505-555-0148}}, she prefers Spanish; her son {{NAME:Joaquin}} can help.
Dr. {{NAME:Hal Oberholtzer}}, DDS - NM lic. {{LICENSE:DN-4418}}
{{LOCATION:8801 Montgomery Blvd NE}}, {{LOCATION:Albuquerque}}, NM {{LOCATION:87111}} | tel {{PHONE:505-555-0100}} | fax {{FAX:505-555-0101}}
`),

n('h11-036', 'letter-utility-medical-certificate', String.raw`
MEDICAL CERTIFICATE - PROTECTION FROM SERVICE DISCONNECTION
To: Duke Energy Progress - Medical Certification Unit      Fax: {{FAX:919-555-0170}}

Customer name: {{NAME:Shaquille D. Barrington}}       Account number: {{ACCOUNT:9100 4418 7720}}
Service address: {{LOCATION:1106 Poole Rd, Apt C}}, {{LOCATION:Raleigh}}, NC {{LOCATION:27610}}
Patient (if not customer): {{NAME:Odessa Barrington}} (mother), age {{AGE_OVER_89:92}}

I certify that a member of the household has a serious medical condition and that termination of electric service would be especially dangerous to health. Equipment requiring electricity: home oxygen concentrator (serial {{DEVICE:INV-PL5-40981}}), hospital bed, nebulizer.
Duration of certification: {{DATE:11/20/2025}} through {{DATE:02/18/2026}}.

Physician: {{NAME:Temperance Ashby-Nwachukwu}}, MD   NC license {{LICENSE:2009-01773}}   Phone {{PHONE:919-555-0177}}
Signature on file   Date: {{DATE:11/20/2025}}
`),

n('h11-037', 'letter-practice-dismissal', String.raw`
{{LOCATION:Prairie Ridge Internal Medicine}}
{{LOCATION:4410 S Louise Ave, Suite 200}} - {{LOCATION:Sioux Falls}}, SD {{LOCATION:57106}}

{{DATE:November 14, 2025}}
SENT BY CERTIFIED MAIL, RETURN RECEIPT REQUESTED, No. {{OTHER_ID:7022 0410 0001 4418 2291}}

Mr. {{NAME:Lowell Fenstermacher}}
{{LOCATION:2708 E 26th St}}
{{LOCATION:Sioux Falls}}, SD {{LOCATION:57103}}

Dear Mr. {{NAME:Fenstermacher}}:
This letter is to inform you that I will no longer be able to serve as your physician, effective 30 days from the date of this letter ({{DATE:December 14, 2025}}). I will remain available for urgent care until then. Your records (chart {{MRN:PRIM-22041}}) will be sent to the physician of your choice on receipt of a signed release. A list of practices accepting new patients is enclosed.
Sincerely,
{{NAME:Henrietta Solberg}}, MD
cc: {{NAME:Lowell Fenstermacher}} Jr., son (per HIPAA release on file)
`),

n('h11-038', 'letter-mail-merge-partial', String.raw`
[merge preview - record 14 of 212 - template RECALL_COLON_v4]
{{LOCATION:Cedar Valley Gastroenterology}} | {{LOCATION:1920 Sycamore Ave}}, {{LOCATION:Waterloo}}, IA {{LOCATION:50703}} | {{PHONE:319-555-0110}}

{{DATE:November 24, 2025}}

Dear {{NAME:Marguerite}} <<MiddleInitial>> {{NAME:Oyelowo-Strand}},

Our records show that you are due for a surveillance colonoscopy. Your last procedure was on {{DATE:10/12/2022}} with Dr. {{NAME:Ansgar Pettersen}}, when 3 tubular adenomas (<10 mm) were removed. Guidelines recommend a repeat exam in 3 years.

Please call <<SchedulerPhone>> or scan the code to book online: {{URL:https://book.example-cvgi.com/r/MOS-881402}}.
Patient ID: {{MRN:CVG-881402}}     Insurance on file: Wellmark, ID {{HEALTH_PLAN:WMK-77310448-01}}

If you have already had this test elsewhere, please let us know. If you no longer wish to receive reminders, reply STOP to <<TextNumber>>.
[next record: <<FirstName>> <<LastName>>, <<DOB>>]
`),

n('h11-039', 'letter-exam-deferral-certificate', String.raw`
{{LOCATION:UNIVERSITY OF LEEDS}} - MITIGATING CIRCUMSTANCES: MEDICAL EVIDENCE FORM
Section A (student)    Name: {{NAME:Oluwatosin Adebimpe-Carr}}    Student ID: {{OTHER_ID:201784419}}
Programme: MSc Data Science    Assessments affected: COMP5712 exam on {{DATE:12/01/2026}}
Address in term: {{LOCATION:Flat 4, 22 Hyde Park Road}}, {{LOCATION:Leeds}} {{LOCATION:LS6 1AG}}    Tel: {{PHONE:07700 900418}}

Section B (practitioner)
I saw the student on {{DATE:18/11/2025}} at {{LOCATION:Leeds Student Medical Practice}}. Condition: acute appendicitis with laparoscopic appendicectomy at {{LOCATION:St James's University Hospital}} on {{DATE:09/11/2025}}, discharged {{DATE:11/11/2025}}. Expected recovery 2-4 weeks. Fit for assessment from: {{DATE:01/12/2025}}.
NHS number: {{HEALTH_PLAN:943 476 5919}}
Name: Dr {{NAME:Ruth Ellingham-Kaur}}    GMC: {{LICENSE:7144188}}    Tel: {{PHONE:0113 496 0771}}    Date: {{DATE:18/11/2025}}
`),

n('h11-040', 'letter-fit-to-fly', String.raw`
FIT TO FLY - PREGNANCY (form MEDIF part 2, completed by attending physician)
Passenger: {{NAME:Ximena Castro Villalobos}}      Booking reference: {{OTHER_ID:QK7XR4}}
Flights: AM 654 {{LOCATION:Guadalajara}}-{{LOCATION:Tijuana}} on {{DATE:02/12/2025}}, then by car to {{LOCATION:San Diego}}
Passport: {{OTHER_ID:G44187220}}
Gestation on date of travel: 31 weeks 2 days, singleton, uncomplicated. EDD {{DATE:30/01/2026}}. BP 112/70, Hb 12.1 g/dL.
No complications; fit to travel on commercial aircraft without medical escort.
Physician: Dra. {{NAME:Paulina Orozco Lemus}}, cedula profesional {{LICENSE:7441802}}
Clinic: {{LOCATION:Hospital San Javier}}, {{LOCATION:Av. Pablo Casals 640}}, {{LOCATION:Col. Prados Providencia}}, C.P. {{LOCATION:44670}}, {{LOCATION:Guadalajara}}, Jal.
Tel {{PHONE:+52 33 5555 0418}}    e-mail {{EMAIL:dra.orozco@example-sanjavier.mx}}    Date {{DATE:24/11/2025}}
Emergency contact: husband {{NAME:Rodrigo Anaya}}, {{PHONE:+52 33 5555 0972}}
`),
];
