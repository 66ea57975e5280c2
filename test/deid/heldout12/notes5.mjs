// heldout12 notes5: text written by or for patients and families: portal messages, letters, forms
// (h12-041..050). A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h12-041',
    kind: 'portal-proxy-daughter',
    text: `
Portal message | From: {{NAME:Marguerite Delacourt-Nyberg}} (proxy for {{NAME:Solveig Nyberg}}) | Sent {{DATE:11/21/2025}} 9:47 PM | from IP {{IP:198.51.100.212}}
Subject: Mom fell again - can someone call me?

Hi Dr. {{NAME:Abimbola}}'s team,
My mother {{NAME:Solveig}} ({{AGE_OVER_89:96}} this month!) slipped in the bathroom at {{LOCATION:Sunset Terrace}} tonight. The aide, {{NAME:Precious}}, says no new pain but she's more confused than usual. Her hip is the one they fixed on {{DATE:June 3rd}}.
I'm at work until 11 - best number is {{PHONE:612.555.0134}}, or my husband {{NAME:Bjorn}} at {{PHONE:612.555.0188}}.
Also, the pharmacy ({{LOCATION:Lunds Pharmacy}} in {{LOCATION:Edina}}) says the donepezil refill needs a new prior auth. Her Medicare is {{HEALTH_PLAN:5QW8-HY3-KK20}} and the BCBS supplement {{HEALTH_PLAN:XYB774102298}} if that helps.
Thank you so much,
{{NAME:Marguerite}} (DOB for verification: {{DATE:8/14/1961}}, last 4 of SSN {{SSN:4471}})
`,
  },
  {
    id: 'h12-042',
    kind: 'portal-records-correction',
    text: `
Patient portal - "Update my information" free-text box
Submitted by: {{NAME:tomas.halloran}} | {{DATE:2025-11-18}} 07:12 | device IP {{IP:192.168.4.27}} (via {{IP:203.0.113.145}})
hello, you have my name spelled wrong on the after visit summary, it is {{NAME:Tomas Ui Allmhurain Halloran}} not "{{NAME:Thomas Halloran}}". i also moved in september: new address is {{LOCATION:Unit 6, 42 Ferndale Rd}}, {{LOCATION:Bozeman}} MT {{LOCATION:59715}}. old one was {{LOCATION:118 Story St}}.
my wife {{NAME:Aine}} is my emergency contact now (not my ex {{NAME:Crystal}}), her cell is {{PHONE:406 555 0173}} and email {{EMAIL:aine.halloran@example.ie}}.
insurance changed {{DATE:Nov 1}}: Montana Health CO-OP ID {{HEALTH_PLAN:MHC00447192}}.
can you delete the photo of my driver's license ({{PHOTO:DL_front_tomas.jpg}}) from my chart? MT DL {{LICENSE:0447719202277}}. thx
`,
  },
  {
    id: 'h12-043',
    kind: 'appointment-letter-canada',
    text: `
{{LOCATION:Queen Elizabeth II Health Sciences Centre}}
{{LOCATION:Halifax Infirmary}} site, {{LOCATION:1796 Summer Street}}, {{LOCATION:Halifax}} NS {{LOCATION:B3H 3A7}}
Neurology Booking Office  Tel {{PHONE:902-555-0117}}  Fax {{FAX:902-555-0118}}

{{DATE:November 20, 2025}}

Mme {{NAME:Genevieve Arsenault-Doucet}}
{{LOCATION:27 Rue du Quai}}
{{LOCATION:Cheticamp}} NS {{LOCATION:B0E 1H0}}

Health card no.: {{HEALTH_PLAN:0044 719 283}}     Hospital no.: {{MRN:QE2-447190}}

Dear Madame {{NAME:Arsenault-Doucet}},
You have been booked to see Dr. {{NAME:Aurelien Comeau}} in the Movement Disorders Clinic on Wednesday, {{DATE:January 14, 2026}} at 10:30 AM, Level 3, room 3121.
Please bring your medication bottles and the walking diary your husband, {{NAME:Gilles}}, has kept since the summer. If you need the hospital shuttle from {{LOCATION:Inverness}}, call {{NAME:Lise Chiasson}} at {{PHONE:902-555-0146}} at least 48 hours before.
To change this appointment, reply online at {{URL:https://booking.example.ca/neuro/appt/GAD-0114}} (reference {{OTHER_ID:NB-2026-004471}}).
Neurology Booking Office
`,
  },
  {
    id: 'h12-044',
    kind: 'biobank-consent-form',
    text: `
CONSENT TO TAKE PART IN THE {{LOCATION:Vanderbilt University Medical Center}} BIOBANK - participant copy
Participant name: {{NAME:Oluwaseun Adeyemi-Clarke}}       Date of birth: {{DATE:02/29/1968}}
Medical record no.: {{MRN:VU-5510472}}      Study ID: {{OTHER_ID:BB-2025-04471}}
I agree that leftover blood from my clinical tests may be stored, and that my DNA may be linked to my de-identified record.  Initial: {{NAME:OAC}}
I agree to be contacted about future studies at: {{EMAIL:seun.ac@example.com}} / {{PHONE:615-555-0168}}.  Initial: {{NAME:OAC}}
I do NOT agree to my fingerprint being used to verify me at future visits.  [x]  (template {{BIOMETRIC:FP-BB-04471-R2}} deleted on request)
Signature: (signed)  Date: {{DATE:11/10/2025}}  E-signed from {{IP:10.8.44.170}}
Legally authorised representative: n/a
Witness: {{NAME:Harriet Ng}}, research coordinator  Date: {{DATE:11/10/2025}}
Signed copy: {{URL:https://consent.example.edu/biobank/BB-2025-04471/signed.pdf}}
`,
  },
  {
    id: 'h12-045',
    kind: 'family-complaint-letter',
    text: `
To the Patient Experience Office, {{LOCATION:Sentara Norfolk General Hospital}}
From: {{NAME:Reginald Pettaway}} Jr., {{LOCATION:4417 Tidewater Dr}}, {{LOCATION:Norfolk}}, VA {{LOCATION:23509}}
Date: {{DATE:November 22, 2025}}
Re: my father, {{NAME:Cleophus Pettaway}}, age {{AGE_OVER_89:92}}, MRN {{MRN:SN10447719}}

I am writing to complain about my father's stay from {{DATE:Nov 8}} to {{DATE:Nov 14}}.
1. His hearing aids (left serial {{DEVICE:PH-L-20447188}}, right {{DEVICE:PH-R-20447190}}) went missing on 6 West and nobody could tell us where they went. Nurse {{NAME:Kayla}} said they were "in the bag", but the bag came back without them.
2. He waited 3 hours for a bedpan on the night of {{DATE:Nov 10}}. My sister {{NAME:Bernadette Pettaway-Cole}} was there and has the times written down.
3. I got a $40 parking ticket in your garage (my car, VA plate {{VEHICLE:UXR-4471}}) while the validation machine was broken. Ticket number 118873.
I would like the hearing aids replaced (Sentara account {{ACCOUNT:30077194402}}) and the ticket refunded. You can reach me at {{PHONE:757-555-0163}} or {{EMAIL:rpettaway.jr@example.com}}.
Photos of the empty belongings bag are attached ({{PHOTO:belongings_bag_1114.jpg}}).
`,
  },
  {
    id: 'h12-046',
    kind: 'care-plan-summary-family',
    text: `
YOUR CARE PLAN - written for {{NAME:Georges Haddad}} and family
{{LOCATION:St George Hospital}} Stroke Unit, {{LOCATION:Kogarah}} NSW {{LOCATION:2217}}      Date: {{DATE:19/11/2025}}
UR number: {{MRN:0044719}}    Medicare: {{HEALTH_PLAN:2447 19028 1}}
What happened: on {{DATE:12 November}} you had a stroke in the left side of the brain. Your right arm is weak and words are hard to find.
Your goals (you told us): walk to {{LOCATION:Our Lady of Lebanon Co-Cathedral}} in {{LOCATION:Harris Park}} for Sunday mass; cook kibbeh with your grandson {{NAME:Elias}}.
Your team: Dr {{NAME:Mei-Ling Soh}} (neurologist), {{NAME:Callum Fairbairn}} (physio), {{NAME:Rana Khoury}} (speech pathologist, speaks Arabic).
Medicines: aspirin 100 mg and atorvastatin 80 mg each morning; blood pressure goal below 130/80.
Family contact: daughter {{NAME:Nadia Haddad-Sleiman}} {{PHONE:0491 570 156}}; son {{NAME:Antoine}} in {{LOCATION:Zgharta}} (WhatsApp {{PHONE:+961 3 555 447}}).
Going home: first rehabilitation at {{LOCATION:Sutherland Hospital}} rehab ward, then home to {{LOCATION:14 Gloucester Rd}}, {{LOCATION:Hurstville}}.
`,
  },
  {
    id: 'h12-047',
    kind: 'patient-pain-diary',
    text: `
my pain diary (typed up for Dr {{NAME:Sandoval}}) - {{NAME:Inez Cardoso}}
{{DATE:nov 10}} - 7/10 lower back, could not get out of bed till noon. {{NAME:Lupita}} from next door walked the dog.
{{DATE:nov 11}} - 5/10. tried the TENS unit (the one from the clinic, serial on the back says {{DEVICE:TN-8811-4471}}). helped maybe 20 min.
{{DATE:nov 12}} - 8/10 after the drive to my sister {{NAME:Celeste}}'s in {{LOCATION:Fall River}}. took 2 of the 5 mg.
{{DATE:nov 14}} - 4/10. physio with {{NAME:Brandon}} at {{LOCATION:Kinetic PT}} on {{LOCATION:Route 6}}. photo of how swollen my knee got: {{PHOTO:knee_nov14.png}}
{{DATE:nov 16}} - 6/10. my son {{NAME:Paulo}} says i should ask about the spinal cord stimulator trial. his number if you need it {{PHONE:774-555-0108}}
questions: can i take the 5 mg before church? is 2 at night ok with my 81 mg aspirin?
`,
  },
  {
    id: 'h12-048',
    kind: 'parent-letter-school-seizure-plan',
    text: `
Dear Mrs. {{NAME:Kowalewski}} and Nurse {{NAME:Dominique}},

This is {{NAME:Ayesha Rahman}}, mum of {{NAME:Zayan Rahman}} in Year 4 (class 4K) at {{LOCATION:Highfield Primary School}}. His new seizure plan from Dr {{NAME:Catriona Welsh}} at {{LOCATION:Birmingham Children's Hospital}} is attached ({{OTHER_ID:ESP-2025-1141}}).
What to do: if a seizure lasts 5 minutes, give buccal midazolam 7.5 mg (the box is labelled with his name and date of birth, {{DATE:14/05/2016}}) and call 999.
He has a VNS implant; the magnet is on a wristband in his bag - swipe it across the left side of his chest at the start of a seizure (serial on his card {{DEVICE:VNS-1000-77104}}).
Please call me on {{PHONE:07700 900447}} or his dad {{NAME:Imran}} on {{PHONE:07700 900182}}. Our home is {{LOCATION:28 Coventry Road}}, {{LOCATION:Small Heath}}, {{LOCATION:B10 0RX}}.
His NHS number is {{HEALTH_PLAN:444 719 0283}} if the ambulance asks.
Nani (my grandmother, {{AGE_OVER_89:91}}) sometimes collects him on Thursdays - she will show her photo ID.
Thank you, {{NAME:Ayesha}}
`,
  },
  {
    id: 'h12-049',
    kind: 'family-records-request-immigration',
    text: `
To: Health Information Management, {{LOCATION:Jefferson Health - Abington}}
Re: records for immigration medical (Form I-693), patient {{NAME:Oleksandra Kravchenko}}, DOB {{DATE:17.03.1984}} (written as {{DATE:03/17/1984}} in your system), MRN {{MRN:JA-4471088}}

I am writing for my mother, who has limited English. We arrived from {{LOCATION:Kharkiv}} in {{DATE:April 2023}} under U4U. Her A-number is {{OTHER_ID:A 244-719-082}} and her SSN {{SSN:000-51-4471}}.
Please send vaccination and chest X-ray records to the civil surgeon, Dr. {{NAME:Hamid Sarrafzadeh}}, {{LOCATION:Bucks County Immigration Medical}}, fax {{FAX:215-555-0137}}, or e-mail {{EMAIL:i693.records@example.com}}.
Our address: {{LOCATION:303 Old York Rd, Apt 12}}, {{LOCATION:Jenkintown}}, PA {{LOCATION:19046}}. My phone {{PHONE:267-555-0151}}. My grandmother {{NAME:Halyna}} ({{AGE_OVER_89:90}}) is still in {{LOCATION:Poltava}}.
Payment for copies: card ending {{ACCOUNT:0092}}.
Sincerely, {{NAME:Daryna Kravchenko}} (daughter)
`,
  },
  {
    id: 'h12-050',
    kind: 'portal-billing-dispute',
    text: `
Message to Billing - {{DATE:11/19/2025}}
From {{NAME:Winston Achebe-Thorne}}, guarantor account {{ACCOUNT:G-400771209}}
I was billed twice for the sleep study on {{DATE:9/9/25}} (statement {{ACCOUNT:ST-88104427}} and {{ACCOUNT:ST-88104519}}). My wife {{NAME:Felicity Thorne}} is the patient; her member ID with Aetna is {{HEALTH_PLAN:W771044928}}.
I paid $214.50 with my Visa ending {{ACCOUNT:8812}} through your pay link {{URL:https://pay.example.com/health/g/400771209}} on {{DATE:10/02}}.
The sleep lab's CPAP they gave her (serial {{DEVICE:AS11-22417790}}) also shows on the bill as purchased, but it was a rental.
Please call me at {{PHONE:(804) 555-0199}} after 5 or write to {{EMAIL:wthorne@example.net}}. Mailing address {{LOCATION:2201 Monument Ave}}, {{LOCATION:Richmond}}, VA {{LOCATION:23220}}.
`,
  },
];
