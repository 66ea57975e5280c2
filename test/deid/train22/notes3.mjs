// train22 notes 3: family meetings, social-work and discharge-planning notes; names as relatives, neighbours and
// employers; faxes, accounts, vehicles, SSNs and web identifiers in passing.
export default [
  {
    id: 't22-020',
    kind: 'discharge planning family meeting',
    text: `
Discharge planning meeting {{DATE:11/23/2026}}, 6 West, {{LOCATION:Providence St. Peter Hospital}}
Patient {{NAME:Raymond Two Bulls}}, 71, MRN {{MRN:3380417}}. Stroke (left MCA), NIHSS 6 today.
Present: daughter {{NAME:Winona}}, son {{NAME:Dakota}}, grandson {{NAME:Ty}}, OT {{NAME:Marisol}}, case manager {{NAME:Deb Kowalski}}.
{{NAME:Winona}} wants him to go to {{LOCATION:Chehalis Tribal Health Clinic}} for follow-up and to stay with her in {{LOCATION:Oakville}}.
{{NAME:Dakota}} raised the truck: a 2011 Ford F-150, plate {{VEHICLE:CDX4417}}, which {{NAME:Raymond}} should not drive. {{NAME:Ty}} will take the keys.
DME: wheeled walker and shower chair via the Medicaid waiver (ProviderOne {{HEALTH_PLAN:108834527WA}}).
Home health referral faxed to {{LOCATION:Olympia Home Care}} at {{FAX:(360) 555-0129}}.
{{NAME:Deb Kowalski}}, RN CM
`,
  },
  {
    id: 't22-021',
    kind: 'social work note',
    text: `
Social Work, {{DATE:Nov 14, 2026}}
Met {{NAME:Guadalupe Ramirez Villanueva}} ({{NAME:Lupita}}) and her partner {{NAME:Efrain}} on the Maternity ward. Baby {{NAME:Itzel}}
born {{DATE:11/12/2026}}. They rent a room from a neighbour, Dona {{NAME:Chayo}}, at {{LOCATION:1442 W 18th Pl}}, {{LOCATION:Pilsen}},
{{LOCATION:Chicago}} {{LOCATION:60608}}. {{NAME:Efrain}} works at a tortilleria (El Milagro) and has no health insurance.
Referred to WIC, the Healthy Start program and Mujeres Latinas en Accion. SSN for baby not yet issued; mother's
ITIN on file. Hospital account {{ACCOUNT:HAR-55018839}}. {{NAME:Lupita}}'s sister {{NAME:Yesenia}} can be reached on {{PHONE:773-555-0154}}.
{{NAME:Naomi Feldstein}}, LCSW
Addendum {{DATE:Nov 17, 2026}}: {{NAME:Efrain}} came back with his cousin {{NAME:Rigoberto}}, who has a car for the first clinic visit at {{LOCATION:Alivio Medical Center}}
on {{LOCATION:S Morgan St}}. Baby {{NAME:Itzel}}'s hearing screen passed. {{NAME:Lupita}}'s SSN {{SSN:000-73-1184}} verified for Medicaid; baby's pending. Financial assistance account
{{ACCOUNT:FA-2611-7734}}. Dona {{NAME:Chayo}}'s daughter {{NAME:Maribel}} will translate at the {{LOCATION:Pilsen}} WIC office.
`,
  },
  {
    id: 't22-022',
    kind: 'orthopaedic clinic letter',
    text: `
Fracture Clinic, {{LOCATION:Ninewells Hospital}}, {{LOCATION:Dundee}}, {{DATE:9 November 2026}}
Dear Dr {{NAME:Sutherland}},
{{NAME:Eilidh Mackenzie}}, 15, fell playing shinty for {{LOCATION:Kingussie High School}} and sustained a Salter-Harris II
fracture of the distal radius. Her coach, {{NAME:Angus}}, brought her in with her gran {{NAME:Morag Fraser}}. Manipulated
under Entonox; Colles-type cast. Check X-ray in one week. Her dad {{NAME:Calum}} is offshore with Petrofac; mum {{NAME:Kirsty}}
will bring her next time. Radiographs {{PHOTO:XR_WRIST_L_20261109.dcm}}. Address: {{LOCATION:Ardbroilach Road}}, {{LOCATION:Kingussie}} {{LOCATION:PH21 1JX}}.
{{NAME:Tobias Lindqvist}}, Orthopaedic Registrar
`,
  },
  {
    id: 't22-023',
    kind: 'transplant family meeting',
    text: `
Liver transplant assessment - family meeting, {{DATE:17/11/2026}}
{{NAME:Yusuf Abdullahi Warsame}}, 44, alcohol-related cirrhosis, MELD 24. Present: wife {{NAME:Hawa}}, brothers {{NAME:Abdirizak}} and
{{NAME:Mohamed}}, imam Sheikh {{NAME:Abdiwahab}} of {{LOCATION:Abubakr Mosque}}, transplant coordinator {{NAME:Leanne}}, hepatologist {{NAME:Gupta}}.
Hepatitis B core antibody positive. Wilson disease screen negative. The family asked about living donation; {{NAME:Abdirizak}}
will be assessed by the Living Donor Team. He drives a taxi for Uber; his Toyota Prius ({{VEHICLE:LV21 KXP}}) is insured
by {{NAME:Hawa}}. Alcohol Change UK and the Transplant Psychology Service involved. {{NAME:Hawa}}'s number {{PHONE:0121 555 0188}}.
Addendum {{DATE:24/11/2026}}: {{NAME:Abdirizak}} is ABO compatible. {{NAME:Mohamed}} flew back to {{LOCATION:Hargeisa}}. {{NAME:Hawa}} asked that letters go to
{{LOCATION:48 Stratford Road}}, {{LOCATION:Sparkbrook}}, {{LOCATION:B11 1AP}}. The family GP, Dr {{NAME:Rahman}} at {{LOCATION:Sparkbrook Health Centre}},
has the summary. Hepatitis B DNA undetectable on Viread. {{NAME:Leanne}}'s direct line {{PHONE:0121 555 0121}}.
`,
  },
  {
    id: 't22-024',
    kind: 'infectious diseases clinic letter',
    text: `
HIV and Sexual Health, {{LOCATION:Mortimer Market Centre}}, {{DATE:12.11.2026}}
Dear colleague, re {{NAME:Thandiwe Dlamini}} (clinic no {{MRN:MMC-880431}}).
{{NAME:Thandiwe}} was seen with her friend {{NAME:Precious}}. Viral load undetectable on Biktarvy. Cryptococcus antigen negative.
Mycobacterium tuberculosis IGRA positive - latent TB; 3HP started. She works at {{LOCATION:Great Ormond Street Hospital}} as a
nursing assistant. Her partner {{NAME:Sipho}} is tested via the Partner Notification team. Her landlady Mrs {{NAME:Okoro}}
at {{LOCATION:31 Torriano Avenue}}, {{LOCATION:NW5 2SH}} collects her post. Results by text to {{PHONE:07700 900874}}.
{{NAME:Aurelio Bianchi}}, Consultant
`,
  },
  {
    id: 't22-025',
    kind: 'disability benefits consult',
    text: `
Consultative exam for Disability Determination Services, {{DATE:November 16, 2026}}
Claimant: {{NAME:Jolene Grace Whitfield}}, SSN {{SSN:000-44-7718}}, claim {{OTHER_ID:DDS-2611-40852}}.
Accompanied by her mother {{NAME:Loretta}} and her neighbor {{NAME:Bo}} ({{NAME:Beauregard Tillman}}), who drove her from {{LOCATION:Hazard}}.
Fibromyalgia and Ehlers-Danlos hypermobility type; Beighton 7/9. Epworth 14. She last worked at the Walmart Supercenter in {{LOCATION:Hazard}}
and before that for Appalachian Regional Healthcare. Gabapentin (Neurontin), Cymbalta. Grip by Jamar dynamometer 12 kg.
Mailing address {{LOCATION:PO Box 118}}, {{LOCATION:Vicco}}, KY {{LOCATION:41773}}.
{{NAME:Harold Begay}}, DO
Addendum {{DATE:November 20, 2026}}: {{NAME:Loretta}} faxed her own statement from the {{LOCATION:Letcher County}} library ({{FAX:606-555-0138}}). {{NAME:Bo}} drove a 2009 Silverado,
KY plate {{VEHICLE:KY 442-PRT}}, and his licence {{LICENSE:T11-482-573}} was recorded for the mileage claim. {{NAME:Jolene}}'s case portal {{URL:https://dds.example.gov/c/2611-40852}}.
Her pastor, Brother {{NAME:Wendell Combs}} of {{LOCATION:Blackey Freewill Baptist}}, wrote a letter.
`,
  },
  {
    id: 't22-026',
    kind: 'community paediatrics letter',
    text: `
Community Paediatrics, {{LOCATION:Sheffield Children's Hospital}}, {{DATE:25/11/2026}}
{{NAME:Ayaan Chaudhry}}, 6, attends {{LOCATION:Nether Edge Primary}}. Seen with his father {{NAME:Imran}} and his teaching assistant Miss {{NAME:Hollis}}.
ADOS-2 consistent with autism; Conners 3 pending. Fragile X and Prader-Willi excluded by Genetics. His grandmother {{NAME:Nasreen}}
looks after him on Fridays in {{LOCATION:Sharrow}}. Speech and Language Therapy and the Autism Outreach Team referral done. EHCP
recommended. School SENCo {{NAME:Jas Bhogal}} e-mail {{EMAIL:senco@netheredge.example.sch.uk}}.
{{NAME:Ebere Nwosu}}, Consultant Community Paediatrician
`,
  },
  {
    id: 't22-027',
    kind: 'respiratory consult note',
    text: `
Respiratory consult {{DATE:11-20-2026}}
{{NAME:Vuong Thi Lan}} (Mrs {{NAME:Vuong}}), 63, with bronchiectasis. Mycobacterium avium complex on two sputa. Aspergillus IgE raised.
Came with her son {{NAME:Minh}} and her granddaughter {{NAME:Kim}}, who uses the MyChart account. Home nebuliser PARI LC Sprint,
serial {{DEVICE:PLC-77120441}}. Lives in {{LOCATION:Little Saigon}}, {{LOCATION:Westminster}}, with her husband {{NAME:Tuan}}.
Pulmonary Rehab at {{LOCATION:Hoag Hospital Irvine}}. Azithromycin three times weekly; Bronchitol trial.
{{NAME:Carmen Olivares-Pena}}, MD, Pulmonary
Addendum {{DATE:11-27-2026}}: {{NAME:Minh}} brought the sputum pots; Nocardia not grown. Mrs {{NAME:Vuong}}'s sister {{NAME:Vuong Thi Hong}} from {{LOCATION:Garden Grove}}
will cover {{NAME:Kim}}'s shifts at the nail salon. Pulmonary Rehab start {{DATE:Dec 3}}. Amikacin liposome (Arikayce) if culture converts. Family phone
{{PHONE:(714) 555-0163}}; MyChart messages go to {{EMAIL:kim.vuong@example.com}}.
`,
  },
  {
    id: 't22-028',
    kind: 'surgical consult with portal thread',
    text: `
General Surgery consult {{DATE:Nov 11 2026}} - {{NAME:Liam O'Sullivan-Tauroa}}, 27
Right iliac fossa pain, Alvarado 8. Appendicitis. Partner {{NAME:Kahu}} and flatmate {{NAME:Jonno}} here. Works for Xero as a developer;
his manager {{NAME:Priya}} e-mailed a sick note request to {{EMAIL:liam.ost@example.com}}. Laparoscopic appendicectomy tonight by
{{NAME:Moana Tupou}}. Patient Portal login seen from {{IP:203.0.113.58}}. Consent form link {{URL:https://consent.example.org/c/8841}}.
Address {{LOCATION:9 Hinemoa Street}}, {{LOCATION:Birkenhead}}, {{LOCATION:Auckland}} {{LOCATION:0626}}.
Addendum {{DATE:Nov 12 2026}}: uneventful appendicectomy at {{LOCATION:North Shore Hospital}}, {{LOCATION:Takapuna}}. Histology: Enterobius vermicularis
in the lumen - albendazole for the household ({{NAME:Kahu}}, {{NAME:Jonno}} and {{NAME:Jonno}}'s partner {{NAME:Mereana}}). {{NAME:Priya}} agreed 2 weeks off. Discharge letter
sent to the GP, Dr {{NAME:Whaanga}}, at {{LOCATION:Birkenhead Medical Centre}}, fax {{FAX:09 555 0149}}. Review {{DATE:25/11/2026}}.
`,
  },
];
