// heldout7 notes7: travel, outreach and pharmacy operations (h7-059..064). Gold marks: {{TYPE:value}}.
export default [
  {
    id: 'h7-059',
    kind: 'medical repatriation assistance-company case note',
    text: `
ASSISTANCE CASE {{OTHER_ID:AC-25-0719442}} - MEDICAL REPATRIATION (commercial stretcher, medical escort)
Patient: {{NAME:Cornelia van Rensburg-Hale}}, F, {{AGE_OVER_89:92}} y, passport {{OTHER_ID:NL4471902C}}, travel policy {{ACCOUNT:TP-88-1044719}}
Event: {{DATE:11 Feb 2025}}, passenger in a rental car (Bali plate {{VEHICLE:DK 1447 ABF}}) in a low-speed collision near {{LOCATION:Ubud}}.
Treating hospital: {{LOCATION:BIMC Hospital Kuta}}, attending Dr. {{NAME:I Gusti Ayu Wulandari}}, tel {{PHONE:+62 361 555 0147}}.
Injuries: L distal radius fracture (closed reduction, cast), 2 rib fractures L, no pneumothorax. SpO2 95% RA, Hb 11.2. Fit to fly with escort.
Plan: {{DATE:16 Feb}} flight home with one connection, business-class stretcher, escort nurse {{NAME:Pieter Oosthuizen}}; O2 2 L available.
Receiving: {{LOCATION:Amsterdam UMC}}, trauma ward, accepted by dr. {{NAME:Saskia Bijlsma}}. Ground ambulance to {{LOCATION:Amstelveen}} home
({{LOCATION:Keizer Karelweg 301}}) if discharged. Daughter {{NAME:Anouk van Rensburg}} {{PHONE:+31 6 5550 1847}}, {{EMAIL:anouk.vr@example.nl}}.
Case manager: {{NAME:Mbali Dube}}, RN, {{DATE:13/02/2025}} 14:20 (SAST).`,
  },
  {
    id: 'h7-060',
    kind: 'aesthetic clinic neuromodulator injection record',
    text: `
AESTHETIC CLINIC - NEUROMODULATOR TREATMENT RECORD
Client: {{NAME:Savannah Oyelaran-Fitch}}   DOB {{DATE:09/21/1988}}   Client # {{MRN:AES-10447}}   {{PHONE:480-555-0114}}
Visit {{DATE:04/15/2025}} with {{NAME:Lorelei Baptiste}}, NP. Consent signed; no pregnancy, no neuromuscular disease, no aminoglycosides.
Product: onabotulinumtoxinA 100 U vial, lot C7741AC4 exp {{DATE:2026-09}}, reconstituted 2.5 mL NS (4 U/0.1 mL).
Glabella 20 U (5 sites), frontalis 8 U (4 sites), lateral canthal 12 U each side. Total 52 U. Wasted 0 U.
Standardised photos: {{PHOTO:AES10447_pre_front.jpg}}, {{PHOTO:AES10447_pre_oblique_L.jpg}}; 3D facial scan mapped (template {{BIOMETRIC:FS3D-0a77c2}}).
Client gallery (private): {{URL:https://gallery.glowaesthetic.example.com/c/AES-10447}}. Touch-up visit {{DATE:04/29/2025}}.
Paid on membership account {{ACCOUNT:MBR-0044719}}. Medical director: Dr. {{NAME:Haruto Ellingsen}}.`,
  },
  {
    id: 'h7-061',
    kind: 'mobile crisis team field note',
    text: `
MOBILE CRISIS RESPONSE - FIELD CONTACT NOTE   Call {{OTHER_ID:MCR-25-14471}} via 988 warm transfer, {{DATE:06/21/2025}} 22:05
Person served: {{NAME:Calvin}} "{{NAME:CJ}}" {{NAME:Rutherford}}, 34, DOB {{DATE:02/14/1991}}, no MRN found.
Location: parked car in the lot of {{LOCATION:Lake Hefner Trails}}, {{LOCATION:Oklahoma City}} (GPS {{LOCATION:35.5694, -97.5839}}); silver Honda Civic OK {{VEHICLE:KLT-447}}, VIN {{VEHICLE:2HGFC2F59LH447190}}.
Sister {{NAME:Renata Rutherford}} ({{PHONE:405-555-0183}}) called because of texts saying goodbye. No weapons in the car (he agreed to a search of the trunk).
MSE: tearful, no psychosis, intent denied after 40 min; C-SSRS screen 3/6 positive (ideation with method, no plan/intent today). Alcohol odour, BAL not done.
Safety plan written; he went home to his grandmother's ({{AGE_OVER_89:90}}, {{NAME:Opal Rutherford}}), {{LOCATION:1906 NW 39th St}}; sister drove; car left in lot.
Follow-up: {{LOCATION:NorthCare}} crisis center walk-in next day; team call-back {{DATE:06/22/2025}} 10:00. {{LOCATION:OKC}} police officer {{NAME:D. Whitebird}} on scene (no hold).
Clinicians: {{NAME:Marisela Quint}}, LPC; {{NAME:Jamal Oduya}}, peer support specialist.`,
  },
  {
    id: 'h7-062',
    kind: 'farmworker mobile clinic encounter',
    text: `
MOBILE FARMWORKER CLINIC - ENCOUNTER   Van stop: {{LOCATION:Sunny Ridge labor camp}}, {{LOCATION:1140 Wapato Rd}}, {{LOCATION:Wapato}}, WA   {{DATE:07/29/2025}} 19:30
Patient: {{NAME:Eleuterio Canul Pech}}, 38 M, from {{LOCATION:Tizimin}}, Yucatan; H-2A visa {{OTHER_ID:H2A-88120447}}; speaks Maya and Spanish.
CC: headache, nausea, cramps after 10 h picking cherries, heat index 101 F. T 37.9, HR 108, BP 104/66. Heat exhaustion; oral rehydration 2 L, shade, rest.
A cousin drove him here in the patient's own pickup, WA {{VEHICLE:C74419K}}. Employer time clock uses finger scan; his template {{BIOMETRIC:TC-FP-004471}}
and his brother {{NAME:Wilberth Canul}}'s ({{BIOMETRIC:TC-FP-004472}}) - workers asked how the employer stores them; referred to legal aid.
Return to work: not today; letter given. Follow-up by phone {{PHONE:509-555-0167}} (brother's). Health record {{MRN:FWC-0719}}.
Promotora: {{NAME:Yesenia Aguirre}}. Clinician: {{NAME:Brendan Ocampo-Yoder}}, PA-C`,
  },
  {
    id: 'h7-063',
    kind: 'weight-based paediatric dosing chart (no PHI)',
    text: `
PAEDIATRIC ANTIPYRETIC QUICK CHART (ward reference, revised annually)
Acetaminophen 15 mg/kg PO q6h PRN (max 75 mg/kg/day, not > 4 g/day); ibuprofen 10 mg/kg PO q6-8h PRN (age > 6 months, max 40 mg/kg/day).
Weight 5 kg: APAP 80 mg (2.5 mL of 160 mg/5 mL)  |  ibuprofen not for < 6 mo
Weight 10 kg: APAP 160 mg (5 mL)  |  ibuprofen 100 mg (5 mL of 100 mg/5 mL)
Weight 15 kg: APAP 240 mg (7.5 mL)  |  ibuprofen 150 mg (7.5 mL)
Weight 20 kg: APAP 320 mg (10 mL)  |  ibuprofen 200 mg (10 mL)
Round to the nearest 0.5 mL. Fever > 38.0 C in infants < 28 days: do not treat at home - sepsis pathway (code 2/7 on the bleep list).
Do not alternate agents routinely (NICE NG143). Poison centre line on the wall card. Review due each year in March.`,
  },
  {
    id: 'h7-064',
    kind: 'medication recall patient notification call list',
    text: `
PHARMACY RECALL NOTIFICATION - Class II recall, metformin ER 500 mg, lots 4471A and 4472A (NDMA)
{{LOCATION:Hillcrest Pharmacy #12}}, {{LOCATION:Asheville}}   list printed {{DATE:01/08/2025}}
Rx            patient                      age  phone            result
Rx {{OTHER_ID:6044719}}  {{NAME:ABERNATHY, Lois}}            {{AGE_OVER_89:95}}   {{PHONE:828-555-0101}}     spoke with caregiver {{NAME:Donna}}; swap at pickup {{DATE:1/10}}
Rx {{OTHER_ID:6044802}}  {{NAME:CRUZ-ESPINOZA, Teodoro}}     67   {{PHONE:828-555-0146}}     IVR verified by voiceprint {{BIOMETRIC:VP-88210}}, will come in
Rx {{OTHER_ID:6045117}}  {{NAME:McELWAIN, Duncan}}           {{AGE_OVER_89:91}}   {{PHONE:828-555-0172}}     no answer x2; letter mailed to {{LOCATION:PO Box 447}}, {{LOCATION:Weaverville}}
Rx {{OTHER_ID:6045230}}  {{NAME:Ngata, Aroha}}               44   {{PHONE:828-555-0190}}     IVR verified by voiceprint {{BIOMETRIC:VP-88347}}, switched to IR tablets
Prescribers notified by fax: Dr. {{NAME:Whitfield}} {{FAX:828-555-0133}}; Dr. {{NAME:Okonkwo}} {{FAX:828-555-0135}}. Return to wholesaler by {{DATE:01/31/2025}}.
Pharmacist in charge: {{NAME:Gareth Ramaswamy}}, RPh (NC lic {{LICENSE:20447}})`,
  },
];
