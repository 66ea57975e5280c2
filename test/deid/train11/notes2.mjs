// train11 notes 2: guardianship, power of attorney, capacity and court-of-protection papers.
export default [
  {
    id: 't11-010',
    kind: 'petition for guardianship (US probate court, excerpt)',
    text: `
IN THE PROBATE COURT OF {{LOCATION:CUYAHOGA COUNTY}}, OHIO
In re the Guardianship of {{NAME:ESTELLE MARGUERITE DUBOIS-KAPLAN}}, an alleged incompetent
Case No. {{OTHER_ID:2026 GRD 118034}}

Applicant {{NAME:Nathaniel Kaplan}}, son, residing at {{LOCATION:3390 Fairmount Blvd}}, {{LOCATION:Cleveland Heights}}, Ohio {{LOCATION:44118}},
states: The proposed ward is {{AGE_OVER_89:91}} years of age, born {{DATE:June 11, 1935}}, and resides at {{LOCATION:Judson Manor}},
{{LOCATION:1890 East 107th St}}, {{LOCATION:Cleveland}}. The statement of expert evaluation by {{NAME:Rukhsana Qureshi}}, MD,
dated {{DATE:November 3, 2026}}, finds moderate Alzheimer dementia (MMSE 14/30). Next of kin: daughter {{NAME:Colette Dubois-Ames}},
{{LOCATION:Lyon}}, France; grandson {{NAME:Ezra Kaplan}}, {{LOCATION:Shaker Heights}}.
Hearing set {{DATE:December 14, 2026}} at 9:00 a.m. before Magistrate {{NAME:Loretta Vukovich}}, Courtroom 4A.
Attorney for applicant: {{NAME:Abigail Sternfeld-Oyelowo}} (Ohio Reg. No. {{LICENSE:0093417}})
`,
  },
  {
    id: 't11-011',
    kind: 'lasting power of attorney registration letter (UK)',
    text: `
Office of the Public Guardian, {{LOCATION:PO Box 16185}}, {{LOCATION:Birmingham}} {{LOCATION:B2 2WH}}
{{DATE:12 November 2026}}
Our reference: {{OTHER_ID:7000-4418-2291}}

Dear Mr {{NAME:Oluwaseun Adeyemi-Hart}},
The lasting power of attorney for health and welfare made by {{NAME:Cornelius Adeyemi-Hart}} has been registered.
Donor's address: {{LOCATION:Flat 7, Rowan Court}}, {{LOCATION:22 Hamilton Road}}, {{LOCATION:Reading}} {{LOCATION:RG1 5RA}}
Attorneys (jointly and severally): {{NAME:Oluwaseun Adeyemi-Hart}} and {{NAME:Keziah Morrow}}.
Replacement attorney: {{NAME:Tiernan O Dalaigh}} (Fr.)
The certificate provider was Dr {{NAME:Priyanka Venkataraman}} of {{LOCATION:Eldon Medical Practice}}, {{LOCATION:Reading}}.
If anything on the LPA is wrong, call {{PHONE:0300 555 0117}} quoting the reference above.
Please keep this letter with the LPA. A copy was also sent to the donor's GP practice and to {{LOCATION:Royal Berkshire Hospital}}, where
Mr {{NAME:Cornelius Adeyemi-Hart}} (aged {{AGE_OVER_89:91}}) is an inpatient on Adams Ward. Case worker: {{NAME:Bethany Oyelowo}}.
`,
  },
  {
    id: 't11-012',
    kind: 'capacity assessment summary for court',
    text: `
MENTAL CAPACITY ASSESSMENT (COP3) - SUMMARY FOR THE COURT
Person assessed: {{NAME:Zbigniew Wroblewski}}   DOB {{DATE:30/06/1944}}   Court no. {{OTHER_ID:14017788}}
Place of assessment: {{LOCATION:Ward 22, Leicester General Hospital}}, {{LOCATION:Gwendolen Road}}, {{LOCATION:Leicester}} {{LOCATION:LE5 4PW}}
Date/time: {{DATE:18 November 2026}}, 14:30-15:40, with Polish interpreter {{NAME:Agnieszka Kowal}} (booking {{OTHER_ID:INT-558120}})
Matter: whether Mr {{NAME:Wroblewski}} can decide to return to his bungalow at {{LOCATION:41 Humberstone Drive}}, {{LOCATION:Thurmaston}}.
He could not retain that his nephew {{NAME:Dariusz}} now lives in {{LOCATION:Gdansk}} and cannot visit; he believed his late wife
{{NAME:Halina}} was "at the shops". Assessor: {{NAME:Femi Oduya}}, Consultant Psychiatrist, GMC {{LICENSE:6112094}}.
`,
  },
  {
    id: 't11-013',
    kind: 'health care proxy form (free text)',
    text: `
HEALTH CARE PROXY
I, {{NAME:Ruth-Ann Featherstonehaugh}}, of {{LOCATION:77 Orchard Hill Lane}}, {{LOCATION:Northampton}}, MA {{LOCATION:01060}},
hereby appoint {{NAME:Will Featherstonehaugh}} of {{LOCATION:Amherst}}, phone {{PHONE:413-555-0170}}, as my health care agent.
If he is not available, I appoint {{NAME:Mercy Osei-Bonsu}}, my neighbour, phone {{PHONE:413-555-0125}}.
Signed the {{DATE:9th day of November, 2026}}.
Witness 1: Deacon {{NAME:Hollis Brandvold}}, {{LOCATION:Florence}}, MA. Witness 2: {{NAME:Yuki Tanabe-Ross}}, {{LOCATION:Hadley}}, MA.
Copy filed at {{LOCATION:Cooley Dickinson Hospital}} medical records, MRN {{MRN:CDH00871236}}.
Note: "Will" above is my son's name, not a legal will.
Special wishes: no feeding tube if I cannot recognise my family. I wish to be cared for at home in {{LOCATION:Leeds}}, Massachusetts,
or at {{LOCATION:Fisher Home}} hospice in {{LOCATION:Amherst}}. My priest, Rev. {{NAME:Ambrose Okeke}} of {{LOCATION:St. Mary's Church}}, may be called.
My primary care doctor is Dr. {{NAME:Sara Lindqvist-Moreau}}, {{PHONE:413-555-0101}}.
`,
  },
  {
    id: 't11-014',
    kind: 'enduring guardianship tribunal notice (Australia)',
    text: `
NSW Civil and Administrative Tribunal - Guardianship Division
Notice of Hearing   File {{OTHER_ID:2026/00418873}}
Subject person: {{NAME:Ngaire Tipene-Walker}}   Age 78   Residence: {{LOCATION:Uniting Mayflower}}, {{LOCATION:Gordon}} NSW {{LOCATION:2072}}
Applicant: {{NAME:Rawiri Tipene}} (brother), {{LOCATION:12 Kauri Street}}, {{LOCATION:Cabramatta}} NSW {{LOCATION:2166}}, mobile {{PHONE:0491 570 213}}
Other parties: {{NAME:Jacinta Walker}} (daughter, {{LOCATION:Wagga Wagga}}); NSW Public Guardian.
Hearing: Tuesday {{DATE:8 December 2026}} by telephone at 10:30 am. Presiding: Senior Member {{NAME:D. Kourakis}}.
Medical report of Dr {{NAME:Anh Thu Pham}}, {{LOCATION:Royal North Shore Hospital}}, dated {{DATE:2 November 2026}}, is on file.
Documents lodged: application ({{DATE:15/10/2026}}), statement of {{NAME:Rawiri Tipene}}, letter of the facility manager {{NAME:Soo-ah Park}},
and a report from the aged care assessment team at {{LOCATION:Hornsby Ku-ring-gai Hospital}}. The subject person may have a support person
present; her cousin {{NAME:Aroha Ngata}} from {{LOCATION:Rotorua}} has asked to join by phone. Enquiries: {{PHONE:1300 555 018}}.
`,
  },
  {
    id: 't11-015',
    kind: 'POA activation letter from physician',
    text: `
{{LOCATION:Hennepin Healthcare}} - Geriatric Medicine, {{LOCATION:701 Park Ave}}, {{LOCATION:Minneapolis}}, MN {{LOCATION:55415}}
{{DATE:November 25, 2026}}
To whom it may concern:
I have examined Mr. {{NAME:Abdirahman Warsame Farah}} (DOB {{DATE:01/01/1948}}, MRN {{MRN:HH-2280417}}) on {{DATE:11/19/2026}} and
{{DATE:11/24/2026}}. In my opinion he currently lacks the capacity to manage his finances. His springing durable power of
attorney names his daughter, {{NAME:Hodan Abdirahman}}, of {{LOCATION:Cedar-Riverside}}, {{LOCATION:Minneapolis}}, as agent.
His bank, Wells Fargo, has asked for this letter. The Somali interpreter was {{NAME:Mohamed "Moe" Ali Yusuf}}.
{{NAME:Kristin Haugland-Berg}}, MD
Please direct questions to our clinic social worker, {{NAME:Ifrah Jama}}, LICSW, at {{PHONE:612-555-0177}}. Mr. {{NAME:Farah}}'s
other children, {{NAME:Abdiqani}} (in {{LOCATION:Rochester}}) and {{NAME:Sagal}} (in {{LOCATION:Columbus}}, Ohio), agree with the arrangement. He still
makes his own health decisions with the help of his daughter. Reassessment planned for {{DATE:February 2027}}.
`,
  },
  {
    id: 't11-016',
    kind: 'court of protection deputy annual report (excerpt)',
    text: `
Deputy report for year ending {{DATE:31 October 2026}}   Case number {{OTHER_ID:13592047}}
Client: {{NAME:Harriet Oyinlola Bamgbose}}   Date of birth {{DATE:12/12/1933}}   Age {{AGE_OVER_89:92}}
Deputy: {{NAME:Ciaran Mac Giolla Phadraig}}, {{LOCATION:3 Wellington Terrace}}, {{LOCATION:Clifton}}, {{LOCATION:Bristol}} {{LOCATION:BS8 4LE}}
Client's residence: {{LOCATION:Brunelcare Saffron Gardens}}, {{LOCATION:Knowle}}. Fees paid from Lloyds account ending {{ACCOUNT:4471}}.
Decisions this year: sold the former home at {{LOCATION:9 Greville Road}}, {{LOCATION:Southville}} (completion {{DATE:14 March 2026}});
renewed hearing aids (Phonak Audeo, serials {{DEVICE:2241A77193}} / {{DEVICE:2241A77208}}). Consulted the client's niece
{{NAME:Folasade Bamgbose-Reid}} in {{LOCATION:Croydon}} and her GP, Dr {{NAME:Imogen Hartley-Baptiste}}, {{LOCATION:Gaywood House Surgery}}.
Visits by the deputy: quarterly, last on {{DATE:3 October 2026}}.
`,
  },
  {
    id: 't11-017',
    kind: 'advance directive witness statement (Canada)',
    text: `
STATUTORY DECLARATION - witnessing of a Personal Directive (Alberta)
I, {{NAME:Marguerite Cardinal-Lapointe}}, of the {{LOCATION:City of Edmonton}}, declare that on {{DATE:November 16, 2026}}, at
{{LOCATION:Capital Care Lynnwood}}, {{LOCATION:8740 165 St NW}}, I saw {{NAME:Joseph Crowchild}} sign his personal directive naming
{{NAME:Delphine Crowchild}} (of {{LOCATION:Tsuut'ina Nation}}) as agent and {{NAME:Leroy Many Grey Horses}} as alternate.
The maker understood the document; Cree interpretation was provided by Elder {{NAME:Vernon Bull Shields}}.
Declared before me at {{LOCATION:Edmonton}}: {{NAME:Priya Sandhu-Gill}}, Commissioner for Oaths, commission {{LICENSE:CFO-88104}}
Alberta Health Care no. of maker: {{HEALTH_PLAN:42871-0093}}
Witness address: {{LOCATION:10232 112 St NW}}, {{LOCATION:Edmonton}} AB {{LOCATION:T5K 1M4}}. The maker's daughter, {{NAME:Delphine}}, lives in
{{LOCATION:Morley}} and is reachable at {{PHONE:780-555-0152}}. A copy was given to the care home's social worker, {{NAME:Bao Nguyen-Crowchild}}.
`,
  },
  {
    id: 't11-018',
    kind: 'supported decision-making agreement (Ireland)',
    text: `
Decision Support Service - Co-Decision-Making Agreement (extract)
Relevant person: {{NAME:Aoife Ni Bhriain}}, {{LOCATION:Cnoc na Greine}}, {{LOCATION:Spiddal}}, Co. {{LOCATION:Galway}} {{LOCATION:H91 X2T4}}
Co-decision-maker: {{NAME:Padraig "Podge" Breathnach}}, brother, {{PHONE:087 555 0142}}
Relevant decisions: choice of residence; consent to treatment at {{LOCATION:University Hospital Galway}}; dealings with
the HSE about home support from {{LOCATION:Carraroe}} day centre. PPS number {{OTHER_ID:1234567TW}} is held by the DSS.
Statements of two witnesses: {{NAME:Eimear Keogh}} (solicitor, {{LOCATION:Oughterard}}) and {{NAME:Tomasz Zielinski}} (carer).
Dated {{DATE:20/11/2026}}. Registration no. {{OTHER_ID:DSS-CDM-26-00731}}.
Background: Ms {{NAME:Ni Bhriain}} has a mild intellectual disability and lives in her late parents' cottage with support from
{{LOCATION:Ability West}} staff. She attends the {{LOCATION:Inverin}} day service on weekdays. Her GP is Dr {{NAME:Cormac Mac Donncha}}, {{LOCATION:Moycullen}}.
`,
  },
];
