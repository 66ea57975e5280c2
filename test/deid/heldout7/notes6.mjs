// heldout7 notes6: families, community and communication (h7-051..058). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-051',
    kind: 'cascade genetic testing family-letter log',
    text: `
CANCER GENETICS - CASCADE TESTING: FAMILY LETTER TRACKER
Proband: {{NAME:Henrietta Ashdown-Okoro}}, MRN {{MRN:GEN-0044719}}, BRCA2 c.5946delT (p.Ser1982fs), pathogenic. Result disclosed {{DATE:02/03/2025}}.
Proband consented to direct contact of relatives (form {{DATE:02/03/2025}}). Letters sent {{DATE:02/10/2025}} with a personal testing link each.
rel  name                         age  address / contact                                              link                                               status
sis  {{NAME:Miriam Ashdown}}               52   {{LOCATION:19 Alder Row}}, {{LOCATION:Ithaca}}, NY {{LOCATION:14850}}                          {{URL:https://famtest.example.org/k/MA-7Q41}}      tested {{DATE:03/04/2025}}: positive
bro  {{NAME:Jonathan}} "{{NAME:Jonty}}" {{NAME:Ashdown}} 49   {{EMAIL:jonty.ashdown@example.net}}                                    {{URL:https://famtest.example.org/k/JA-2R90}}      declined for now
son  {{NAME:Obiora Okoro}}                 27   {{PHONE:607-555-0138}}                                                 (minor sibling excluded)                            appt {{DATE:04/22/2025}}
mat. aunt {{NAME:Beryl Pemberton}}         78   {{LOCATION:Rosebank Care Centre}}, {{LOCATION:Harrogate}} (UK)               paper letter via cousin                            unknown
Pedigree notes: mother {{NAME:Dorothy Ashdown}} ovarian ca at 61, died 64; maternal grandmother {{NAME:Lillian}} breast ca at 70, died at {{AGE_OVER_89:98}};
father {{NAME:Peter Ashdown}} 81, prostate ca at 77. Ashkenazi ancestry: no. Counsellor: {{NAME:Sunniva Lindahl-Nwosu}}, MS, CGC`,
  },
  {
    id: 'h7-052',
    kind: 'zoonosis follow-up (brucellosis from raw goat milk)',
    text: `
COUNTY HEALTH - ZOONOTIC DISEASE FOLLOW-UP   Case {{OTHER_ID:ZD-25-0117}}   Condition: brucellosis (B. melitensis)
Case-patient: {{NAME:Esperanza Villalobos de la Rosa}}, 46 F, DOB {{DATE:08/30/1978}}, {{PHONE:(559) 555-0153}}
Onset {{DATE:5/18/2025}}: undulating fever, sweats, knee pain. Blood culture +, reported by {{LOCATION:Community Regional Medical Center}} lab {{DATE:6/04/2025}}.
Exposure: raw goat milk and queso fresco bought weekly from a neighbour's herd, {{LOCATION:Rancho Los Tres Arroyos}}, {{LOCATION:Rd 28 1/2}}, {{LOCATION:Madera}}
(GPS {{LOCATION:36.98214, -120.10477}}). State veterinarian Dr. {{NAME:Wendell Ostrowski}} tested the herd {{DATE:6/11/2025}}: 4/19 does reactive (RBT, FPA); herd premises ID {{OTHER_ID:00GK7QZ}} quarantined.
Household: husband {{NAME:Arturo Villalobos}} and daughter {{NAME:Marisol}} (age 15) - baseline serology SAT 1:40 and <1:20; symptom watch 6 months.
Lab workers exposed to the isolate: 2, risk assessed low and high; PEP doxycycline + rifampin for the high-risk one (employee {{OTHER_ID:E-22018}}).
Treatment of case: doxycycline 100 mg BID + rifampin 600 mg daily x 6 weeks. Investigator: {{NAME:Noemi Castaneda}}, REHS, {{DATE:06/13/2025}}`,
  },
  {
    id: 'h7-053',
    kind: 'jail reentry medication bridge and linkage note',
    text: `
REENTRY HEALTH LINKAGE - DISCHARGE PLANNING (county jail medical unit)
Name: {{NAME:DeShawn Marcel Pettiford}}   Booking # {{OTHER_ID:BK2025-004471}}   SID {{OTHER_ID:7718820}}   DOB {{DATE:1/27/1989}}
Release date: {{DATE:Nov 14 2025}} (court order). Livescan at booking: {{BIOMETRIC:LS-TCN-44719902}}.
Conditions: HIV (VL < 20 on {{DATE:10/02/2025}}), OUD on buprenorphine 16 mg/day since {{DATE:Aug 2025}}, hep C Ab+/RNA neg.
Bridge: 14-day supply bictegravir/FTC/TAF + bup/nal 8/2 mg #28 films; naloxone kit given at property release.
Linkage: {{LOCATION:Harbor Street Clinic}}, appt {{DATE:Nov 17}} 10:00 with Dr. {{NAME:Imani Okafor-Ruiz}}; Ryan White case manager {{NAME:Tasha Billups}} {{PHONE:410-555-0189}}.
Medicaid reactivation submitted with SSN {{SSN:000-86-1103}}; Medicaid ID {{HEALTH_PLAN:MA-88120447-1}} (pending).
Release address: mother's, {{LOCATION:2730 W Lafayette Ave}}, {{LOCATION:Baltimore}}, MD {{LOCATION:21216}}. Parole agent {{NAME:R. Castellanos}}, fax {{FAX:410-555-0166}}.
Nurse: {{NAME:Hollis Grayford}}, RN`,
  },
  {
    id: 'h7-054',
    kind: 'video remote interpreting visit (Deaf patient, ASL)',
    text: `
CLINIC VISIT - ASL via video remote interpreting (VRI)
Patient {{NAME:Quentin Abernathy-Lowe}}, Deaf, ASL primary; MRN {{MRN:0447-7190}}; contacts us through video relay: VP {{PHONE:571-555-0112}}
VRI session {{OTHER_ID:VRI-25-88190}}, interpreter ID {{OTHER_ID:CI-4471}} (certified), cart IP {{IP:10.60.3.21}}; video froze twice, reconnected.
Patient prefers in-person interpreter for procedures - booked for colonoscopy {{DATE:12/09/2025}} (agency ref {{OTHER_ID:INT-7719}}).
HPI (via interpreter): 2 months of intermittent rectal bleeding, no weight loss. Father {{NAME:Eugene Lowe}} had colon ca at 58.
Exam: abdomen soft, non-tender; DRE deferred to procedure. Hb 13.1. Bowel prep instructions given in ASL video (generic link on the portal).
Wife {{NAME:Priyanka}} (hearing, CODA-trained) will drive; text {{PHONE:571-555-0174}}. No phone calls - text or VP only.
Dr. {{NAME:Benedikt Auerbach}}, internal medicine, {{DATE:11/18/2025}}`,
  },
  {
    id: 'h7-055',
    kind: 'e-mail thread with an allergy clinic (oral immunotherapy)',
    text: `
From: {{NAME:Rebekah Stoltzfus-Adeyemi}} <{{EMAIL:bekah.stoltzfus@example.com}}>
Sent: Saturday, {{DATE:March 8, 2025}} 9:14 PM
To: Allergy OIT Nurse Line <{{EMAIL:oit@allergykids.example.org}}>
Subject: RE: {{NAME:Eli}} - peanut OIT dose 12 (dose escalation {{DATE:3/4}})

Hi {{NAME:Gwen}}, tonight about 40 minutes after his 80 mg dose {{NAME:Eli}} got hives on his belly and said his throat was itchy. No wheeze.
We gave cetirizine 5 mg and it settled in 20 min. Pictures here: {{URL:https://photos.example.com/share/ES-hives-0308}} and attached {{PHOTO:IMG_2291.HEIC}}.
Should we skip tomorrow? (sent from {{IP:198.51.100.77}} per our router, in case your system asks)
-- {{NAME:Bekah}}  {{PHONE:717-555-0129}}

> On {{DATE:Mar 4, 2025}}, {{NAME:Gwendolyn Achebe}}, RN wrote:
> {{NAME:Eli Stoltzfus-Adeyemi}} (DOB {{DATE:06/14/2019}}, MRN {{MRN:AK4471902}}) tolerated 80 mg in clinic. Continue daily at home, no exercise 2 h after.

Reply {{DATE:3/9/2025}} 07:02 from {{NAME:Gwen}}: hold tonight's dose, resume 40 mg tomorrow, call if any breathing symptoms; Dr. {{NAME:Ramachandran}} aware.`,
  },
  {
    id: 'h7-056',
    kind: 'voice dictation with spoken punctuation (operative note)',
    text: `
this is doctor {{NAME:kessler}} dictating an operative note on {{NAME:florian wojciechowski}} comma medical record number {{MRN:5 5 2 0 9 1 8 4}} period
date of surgery {{DATE:august fourteenth comma two thousand twenty five}} period new paragraph
preoperative diagnosis colon open fracture left tibial shaft comma gustilo two period the patient is a twenty four year old
motorcyclist struck on {{LOCATION:county road eleven}} near {{LOCATION:millbrook}} comma his motorcycle plate per the trooper was {{VEHICLE:M C four four seven one}} period new paragraph
procedure colon irrigation and debridement and intramedullary nailing left tibia period nail serial {{DEVICE:T N dash four four seven one nine}} period
assistant doctor {{NAME:amara nwachukwu}} period anesthesia general period E B L two hundred c c period
the patient's grandmother comma who raised him comma is {{AGE_OVER_89:ninety}} and lives with him at {{LOCATION:forty one quarry lane}} period
she was updated at {{PHONE:five five five zero one nine six}} period end of dictation period job number 88120 period`,
  },
  {
    id: 'h7-057',
    kind: 'CSV export of a workplace influenza clinic roster',
    text: `
# export: onsite_flu_{{DATE:2025-10-07}}.csv  site=plant 2 cafeteria, {{LOCATION:Kent}} WA   vaccine lot UT7741BA exp {{DATE:2026-06-30}}
emp_id,last,first,dob,ssn_last4,phone,consent_link,vaccine,arm,vis_date,given_by
{{OTHER_ID:CP-10447}},{{NAME:Haile}},{{NAME:Selamawit}},{{DATE:1984-02-11}},{{SSN:2290}},{{PHONE:253-555-0117}},{{URL:https://consent.example.com/c/CP-10447}},IIV4,L,{{DATE:2024-08-06}},{{NAME:JW}}
{{OTHER_ID:CP-10452}},{{NAME:Tupou}},{{NAME:Sione}},{{DATE:1991-07-30}},{{SSN:6618}},{{PHONE:253-555-0142}},{{URL:https://consent.example.com/c/CP-10452}},IIV4,R,{{DATE:2024-08-06}},{{NAME:JW}}
{{OTHER_ID:CP-10458}},{{NAME:Garza-Pohl}},{{NAME:Yolanda}},{{DATE:1969-12-01}},{{SSN:0473}},{{PHONE:253-555-0163}},{{URL:https://consent.example.com/c/CP-10458}},declined,,,{{NAME:JW}}
{{OTHER_ID:CP-10461}},{{NAME:Nakamura}},{{NAME:Kenji}},{{DATE:1958-05-19}},{{SSN:7781}},{{PHONE:253-555-0188}},{{URL:https://consent.example.com/c/CP-10461}},HD-IIV,L,{{DATE:2024-08-06}},{{NAME:MO}}
# vis_date is the edition date of the Vaccine Information Statement, not a visit. JW = {{NAME:Janelle Whitford}}, RN; MO = {{NAME:Mateo Ordonez}}, LPN`,
  },
  {
    id: 'h7-058',
    kind: 'second-opinion image upload portal log',
    text: `
REMOTE SECOND OPINION - UPLOAD AND ACCESS LOG   request {{OTHER_ID:SO-2025-11471}}
requester: {{NAME:Ifeoma Castellanos-Reid}} <{{EMAIL:ifeoma.cr@example.com}}> for her father {{NAME:Augusto Castellanos}} (DOB {{DATE:03/15/1949}})
{{DATE:2025-05-02}} 20:11 link created  {{URL:https://secondopinion.example.org/upload/SO-2025-11471?t=ab41c9}}
{{DATE:2025-05-02}} 20:26 upload from {{IP:203.0.113.209}}: {{PHOTO:CT_CHEST_20250418.dcm}} (612 files), {{PHOTO:PET_20250425.dcm}} (418 files), path report (pdf)
{{DATE:2025-05-02}} 20:40 upload from {{IP:2001:db8:44::9}}: outside MRN {{MRN:SJH-00771904}} face sheet (pdf)
{{DATE:2025-05-05}} 09:02 viewed by thoracic surgeon Dr. {{NAME:Miroslav Havel}} from {{IP:10.12.8.44}}
{{DATE:2025-05-06}} 14:30 opinion released; video review link {{URL:https://secondopinion.example.org/review/SO-2025-11471}}
Payment: card ending {{ACCOUNT:4471}} on account {{ACCOUNT:SO-PAY-90117}}. Referring oncologist: Dr. {{NAME:Sunita Varghese}}, {{LOCATION:St. Joseph's Hospital}}, {{LOCATION:Tampa}}.`,
  },
];
