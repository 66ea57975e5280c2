// train6 notes, part 6: fax exchanges, telehealth connection ticket, disability records request, dental claim.
export default [
{ id: 't6-056', kind: 'prior-authorisation fax exchange', text: `
FAX LOG - {{LOCATION:Summit Dermatology}}, {{LOCATION:Bozeman}}
{{DATE:10/02/2025}} 11:40 OUT to CVS Caremark PA dept fax {{FAX:1-888-555-0105}} (PBM general line): dupilumab PA for {{NAME:Ptolemy Hargreaves-Nwosu}}, member {{HEALTH_PLAN:CVK449120073}}; our fax {{FAX:406-555-0119}}
{{DATE:10/03/2025}} 09:15 IN from {{FAX:406.555.0144}} ({{LOCATION:Bridger Allergy}}, Dr. {{NAME:Solveig Amundsen}}): patch test results, 6 pages.
{{DATE:10/06/2025}} 14:02 OUT to pt's pharmacy {{LOCATION:Bozeman Health Deaconess Pharmacy}} fax {{FAX:(406) 555-0177}}: approval letter, ref {{OTHER_ID:PA-25-7730192}}.
Note: fax to {{FAX:406-555-0188}} failed (busy) x2; resent {{DATE:10/06}}.
`},
{ id: 't6-057', kind: 'telehealth connection support ticket', text: `
IT SUPPORT TICKET - Virtual Care  ({{DATE:2025-11-12}} 13:58)
Caller: {{NAME:Wilhelmina "Billie" Strand}}, patient, DOB {{DATE:1949-02-03}}; callback {{PHONE:218-555-0184}}
Issue: video froze at start of visit with Dr. {{NAME:Anand Vishwanathan}}. Join link {{URL:https://vc.lakeshorehealth.example/join/8841207?pwd=Strand0203}}.
Client IP {{IP:66.41.207.19}}, relay {{IP:10.120.4.33}}; IPv6 {{IP:2600:1700:5b10:61e0::12}}. Browser Safari 17; bandwidth 0.8 Mbps.
Resolution: switched to phone audio. Recording {{PHOTO:VV_8841207_20251112.mp4}} deleted per policy. Patient's home {{LOCATION:Two Harbors}} has satellite internet.
Session notes uploaded to {{URL:https://lakeshorehealth.example/mychart/visit/8841207}}. Handled by {{NAME:dkaur}} ({{NAME:Deepa Kaur}}).
`},
{ id: 't6-058', kind: 'disability records request (SSA)', text: `
RELEASE OF INFORMATION - SSA DISABILITY DETERMINATION
Received {{DATE:09/29/2025}} from Disability Determination Services, {{LOCATION:Harrisburg}}; DDS fax {{FAX:717-555-0116}}
Claimant: {{NAME:Thaddeus Okonkwo-Reyes}}   SSN {{SSN:219-40-7731}}   DOB {{DATE:03/08/1971}}   Claim no. {{OTHER_ID:DDS-PA-2025-448812}}
Records sent {{DATE:10/03/2025}}: office notes {{DATE:01/2023}} to present, MRI lumbar {{DATE:06/14/2024}}, EMG. Pages 142. Signed SSA-827 dated {{DATE:09/15/2025}}.
Claimant's rep: {{NAME:Ophelia Marchetti}} (non-attorney rep), {{PHONE:717-555-0132}}. Spouse {{NAME:Carmen Okonkwo-Reyes}} SSN {{SSN:184 66 2093}} listed on form (should have been redacted).
`},
{ id: 't6-059', kind: 'dental claim / treatment letter', text: `
{{LOCATION:Grand Ledge Family Dentistry}} - TREATMENT LETTER {{DATE:5/21/2025}}
Patient: {{NAME:Augustin Pierre-Louis}}; subscriber: wife {{NAME:Nadege Pierre-Louis}}, subscriber SSN {{SSN:371-22-9048}}, Cigna Dental ID {{HEALTH_PLAN:U88120447}}
Teeth #3 and #30: crowns (D2740) after fractured cusps; #19 RCT (D3330). Radiographs: {{PHOTO:APL_BWX_052125.jpg}}. Pre-determination {{OTHER_ID:PD-4471209}}.
Treating dentist {{NAME:Hyun-woo Bae}}, DDS, MI license {{LICENSE:2901018832}}; practice e-mail {{EMAIL:frontdesk@grandledgedental.example}}; web {{URL:https://grandledgedental.example/patients/apl-1122}}.
`},
];
