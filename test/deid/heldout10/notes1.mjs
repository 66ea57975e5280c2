// heldout10 notes1: oral, eye and ear services (h10-001..010). Gold marks are {{TYPE:value}}.
export default [
{ id: 'h10-001', kind: 'orthodontic debond record', text: `
ORTHODONTIC DEBOND AND RETENTION RECORD
Practice: {{LOCATION:Brightsmile Orthodontics of Tacoma}}, {{LOCATION:4410 N Pearl St}}, {{LOCATION:Tacoma}}, WA {{LOCATION:98407}}
Patient: {{NAME:Tiernan Oyelowo-Clarke}}   Chart #: {{MRN:ORT-118274}}   DOB {{DATE:06/14/2011}}
Responsible party: {{NAME:Adaeze Oyelowo-Clarke}} (mother), cell {{PHONE:253-555-0148}}
Bonded {{DATE:Sept 2023}}; debond {{DATE:10/02/2025}}. Class II div 1, overjet 7 mm -> 2 mm, overbite 40% -> 15%.
Brackets 0.022 slot MBT; final wire 19x25 SS. PAR score 31 -> 4.
Final intraoral scan: {{PHOTO:OYELOWO_T_final_upper.stl}}, {{PHOTO:OYELOWO_T_final_lower.stl}}; extraoral photos {{PHOTO:IMG_20251002_0931.jpg}}.
Retainers: fixed lingual 3-3 lower; upper Essix, lab case {{OTHER_ID:RL-55017}}.
Payment plan account {{ACCOUNT:PP-0093318}}, balance $0.
Next review {{DATE:January 8, 2026}} with Dr. {{NAME:Marisol Etxeberria}} DDS, MS. Assistant: {{NAME:KB}}.
Clinical notes: mild relapse of lower incisor crowding risk; bonded retainer checked with floss threader teaching. Tooth #25 white-spot lesion, fluoride varnish 5% applied. Elastics Class II 3/16 in, 4.5 oz stopped {{DATE:08/2025}}.
Patient also wears a night guard from Dr {{NAME:Halloran}} (general dentist at {{LOCATION:Proctor District Dental}}). Father {{NAME:Emeka Oyelowo}} asked for the final photos by e-mail: {{EMAIL:emeka.oyelowo@example.com}}.
` },
{ id: 'h10-002', kind: 'dental implant surgical record', text: `
Implant surgery record -- site #30
Pt {{NAME:Lowell Fitzhugh}}, 67 y, MRN {{MRN:4471902}}. Date of surgery {{DATE:11/18/2025}} (Tue).
Surgeon Dr {{NAME:Anjali Raghunathan}} DMD; assist {{NAME:Brianne Koskela}} RDA.
Anesthesia: 2% lidocaine 1:100k epi x 2 carpules (3.6 mL). BP 138/84, HR 72, SpO2 98%.
Implant: 4.8 x 10 mm bone level, REF 021.5310, LOT HK2207 (lot not PHI). Implant serial on sticker SN {{DEVICE:7719-4482-03}}.
ISQ 72/74. Insertion torque 35 Ncm. Healing abutment 5 x 4 mm.
CBCT: {{PHOTO:FITZHUGH_CBCT_20251104.dcm}}. CDT D6010, D6104. ICD-10 K08.419.
Driver home: wife {{NAME:Rosalind Fitzhugh}}, vehicle WA plate {{VEHICLE:CHX4471}}.
Rx amoxicillin 500 mg TID x 7d; ibuprofen 600 mg q6h prn. Suture removal {{DATE:12/2/25}}.
Insurer Delta-style PPO, subscriber ID {{HEALTH_PLAN:DPX 880 417 226}}.
Post-op check {{DATE:11/25/2025}}: soft tissue healing well, no mobility, pain 1/10. Patient asked about a second implant at #19; CBCT reviewed, buccal plate 1.2 mm (graft needed). Estimate sent to {{LOCATION:2207 Cascade View Dr}}, {{LOCATION:Gig Harbor}}, WA {{LOCATION:98335}}.
Implant card given with the serial; registry entry {{URL:https://implantcard.example.com/p/LF-77194482}}.
` },
{ id: 'h10-003', kind: 'oral surgery sedation log', text: `
IV SEDATION LOG -- third molar extraction
patient: {{NAME:Kwabena Osei-Tutu}} | dob {{DATE:2004-03-29}} | chart {{MRN:OS-66120}}
escort: {{NAME:Efua Osei-Tutu}} (sister) ph {{PHONE:(414) 555-0183}}; car 2016 Honda Fit, WI plate {{VEHICLE:882-KLM}}
09:02 midazolam 2 mg IV; 09:06 fentanyl 50 mcg IV. 09:10 teeth 1, 16, 17, 32 removed. EBL 20 mL.
SpO2 nadir 94% at 09:14; ASA II; Aldrete 10 at 09:55.
Monitor capnograph S/N {{DEVICE:CPG-31870}}.
Surgeon {{NAME:Yitzhak Abergel}}, DDS; sedation permit WI {{LICENSE:GA-2291}}.
Post-op call {{DATE:Nov 21}}: "only mild swelling" per {{NAME:Efua}}.
Clinic: {{LOCATION:Lakeshore Oral Surgery}}, {{LOCATION:Milwaukee}}; fax {{FAX:414-555-0190}}.
Discharge criteria met 10:02; escort signed. Gauze pressure 30 min; no straws 72 h. Post-op instructions texted to {{PHONE:414-555-0184}}.
Follow-up {{DATE:12/1/2025}} at the {{LOCATION:Wauwatosa}} office. Chart note co-signed by Dr {{NAME:Abergel}}.
` },
{ id: 'h10-004', kind: 'cochlear implant activation', text: `
COCHLEAR IMPLANT ACTIVATION (INITIAL STIMULATION)
{{NAME:Gertrude Halvorsrud}}, aged {{AGE_OVER_89:91}}, right ear implanted {{DATE:10/21/2025}} at {{LOCATION:Gundersen Lutheran}}, activated {{DATE:11/4/2025}}.
Internal receiver {{DEVICE:CI-R 1188274}}; sound processor {{DEVICE:SP 90-44178}}; remote assistant {{DEVICE:RA-55103}}.
Impedances normal on 22/22 electrodes; NRT thresholds 180-195 CL. MAP 1: ACE, 900 pps, 8 maxima.
Aided soundfield 30-35 dB HL 250-4000 Hz. CNC words not yet tested.
Daughter {{NAME:Solveig Brandt}} will manage the app; account e-mail {{EMAIL:solveig.brandt@example.net}}.
Remote check app login from {{IP:192.168.44.17}} (home router).
Audiologist: {{NAME:Henrik Aalto}}, AuD, CCC-A. Next map {{DATE:11/18}}.
Family history: sister {{NAME:Ingeborg Halvorsrud}} also implanted at 88 (not marked). Patient lives at {{LOCATION:Bethany St. Joseph}}, {{LOCATION:La Crosse}}; staff charger in room. Transportation by county van {{DATE:11/4}} and {{DATE:11/18}}.
Programs: P1 everyday, P2 noise, P3 music. Datalogging 11.2 h/day. Telehealth remote check link {{URL:https://hear.example.com/rc/GH-1188274}}.
` },
{ id: 'h10-005', kind: 'hearing aid repair log', text: `
HEARING AID REPAIR / LOANER LOG
| in date | patient | aid serials | fault | loaner | out date |
| {{DATE:10/27/25}} | {{NAME:Okonkwo, Chidi}} | {{DEVICE:L 2291-7714}} / {{DEVICE:R 2291-7715}} | dead R receiver | {{DEVICE:LN-0448}} | {{DATE:11/10/25}} |
| {{DATE:10/29/25}} | {{NAME:Vasquez-Prado, Inez}} | {{DEVICE:L 5518-0021}} | cracked shell | none | {{DATE:11/12/25}} |
| {{DATE:11/03/25}} | {{NAME:Thibodeaux, Remy}} | {{DEVICE:R 7720-3361}} | moisture | {{DEVICE:LN-0451}} | pending |
Mail-back label to {{LOCATION:27 Bayou Oaks Ln}}, {{LOCATION:Houma}}, LA {{LOCATION:70360}}.
Warranty: manufacturer 3 yr; repair fee $185 (not billed to plan). Logged by {{NAME:dmccready}}.
` },
{ id: 'h10-006', kind: 'myopia control contact lens fitting', text: `
Myopia control -- ortho-k lens fitting
Child: {{NAME:Mei-Lin Castellanos}} (9 y), DOB {{DATE:02/05/2016}}, Acct {{ACCOUNT:EYE-30071}}
Parent: {{NAME:Jorge Castellanos}}, {{PHONE:312-555-0107}}, {{EMAIL:jcastellanos@example.com}}
Cycloplegic refraction: OD -2.75 -0.50 x 180, OS -3.00 -0.25 x 175. Axial length 24.61 / 24.70 mm.
Topography maps {{PHOTO:MLC_topo_OD_1107.png}}, {{PHOTO:MLC_topo_OS_1107.png}}.
Lens order: OD 8.45/10.6, OS 8.40/10.6; lab Rx #{{OTHER_ID:OK-448102}}. VA with lens 20/20 OU (Snellen).
Seen {{DATE:11/07/2025}} by {{NAME:Priya Venkataraman}}, OD; Illinois licence IL {{LICENSE:052-019884}}.
School: {{LOCATION:Hawthorne Scholastic Academy}}. Follow up 1 night, 1 week, 1 month.
History: father myopic -6.00; mother emmetropic. Outdoor time 1 h/day advised. Atropine 0.01% considered if progression > 0.50 D/year.
Previous exam {{DATE:May 2025}} at {{LOCATION:Pilsen Family Eye Care}}; AL growth 0.31 mm in 6 months. Lens warranty account {{ACCOUNT:OKW-77180}}; insurer vision plan member {{HEALTH_PLAN:8812044710}}.
` },
{ id: 'h10-007', kind: 'strabismus pre-op orthoptic measurements', text: `
ORTHOPTIC MEASUREMENTS PRIOR TO STRABISMUS SURGERY
Name {{NAME:Rafferty Nwachukwu}}  MRN {{MRN:00-813-2274}}  Exam {{DATE:4 November 2025}}
Prism cover test: distance 30 PD ET, near 35 PD ET. Stereo: Titmus fly +, 400" arc.
Worth 4-dot: suppression OS at distance. Bielschowsky head tilt negative.
Plan: bilateral MR recession 5.0 mm, surgery {{DATE:12/09/2025}} at {{LOCATION:Nemours Children's Hospital}}, {{LOCATION:Wilmington}}.
Orthoptist {{NAME:Ffion Pritchard}}, CO; surgeon Dr {{NAME:Casimir Wolanski}}.
Photos: {{PHOTO:9-gaze composite RN_1104.jpg}}.
Guardian grandmother {{NAME:Ngozi Nwachukwu}}, {{PHONE:302-555-0162}}.
` },
{ id: 'h10-008', kind: 'diabetic retinopathy photo grading queue', text: `
DR SCREENING -- GRADER QUEUE (export {{DATE:2025-11-12}})
id,patient,dob,site,images,grade,action
{{OTHER_ID:RS-20931}},{{NAME:HARJIT KAUR SANDHU}},{{DATE:1958-07-19}},{{LOCATION:Yuba City Health Center}},{{PHOTO:RS-20931_OD.jpg}};{{PHOTO:RS-20931_OS.jpg}},R1M0,rescreen 12 mo
{{OTHER_ID:RS-20932}},{{NAME:DELMAR TWO CROWS}},{{DATE:1949-12-02}},{{LOCATION:Pine Ridge IHS}},{{PHOTO:RS-20932_OD.jpg}};{{PHOTO:RS-20932_OS.jpg}},R3AM1,urgent referral
{{OTHER_ID:RS-20933}},{{NAME:ALMA RUIZ DE ORTEGA}},{{DATE:1931-03-30}},{{LOCATION:Yuba City Health Center}},ungradable,R U,repeat with dilation
note: row 20933 patient age {{AGE_OVER_89:94}}; HbA1c 8.1% (not PHI). Grader {{NAME:TQ}}; QA {{NAME:lfarrokhzad}}.
QA comment ({{DATE:2025-11-13}}): 20932 graded R3A by {{NAME:TQ}}, confirmed by ophthalmologist {{NAME:Wambui Gathoni}}; urgent slot booked {{DATE:11/18/2025}} at {{LOCATION:Rapid City eye clinic}}. Patient phone {{PHONE:605-555-0116}}.
Camera {{DEVICE:NM-FUNDUS 44718}} recalibrated; images are not stored off-site.
` },
{ id: 'h10-009', kind: 'dental predetermination request', text: `
PREDETERMINATION OF BENEFITS
Subscriber: {{NAME:Desmond Achterhof}}  SSN {{SSN:000-41-7728}}  Member ID {{HEALTH_PLAN:MTL-77102-04}}  Group 44817
Patient: same. DOB {{DATE:08/30/1971}}. Address {{LOCATION:1190 Elm Hollow Rd}}, {{LOCATION:Burlington}}, VT {{LOCATION:05401}}.
Proposed: D2740 crown #14 $1,240; D2950 core buildup $285; D4341 SRP UR $260.
Radiographs attached: {{PHOTO:BWX_ACHTERHOF_20251015.png}}, {{PHOTO:PA_14_ACHTERHOF.png}}.
Treating dentist {{NAME:Oksana Hrytsenko}}, DDS, NPI {{LICENSE:1598804217}}, VT lic {{LICENSE:042.0011872}}.
Submitted {{DATE:10/16/2025}} via fax to {{FAX:802-555-0133}}. Claim ref {{OTHER_ID:PD-2025-88104}}.
` },
{ id: 'h10-010', kind: 'denture lab work order', text: `
DENTURE LAB WORK ORDER #55812 (order number is the lab's)
Pan: 17   Shade A3  Mould 22F
Patient initials only on pan: {{NAME:E.M.W.}}. Full name on office copy: {{NAME:Evangeline Mae Whitcombe}}, {{AGE_OVER_89:96}} yo, resident of {{LOCATION:Cedar Crest Manor}}, room 214.
Try-in {{DATE:11/20}}; deliver {{DATE:12/4}}. Name engraving on denture flange: "{{NAME:E WHITCOMBE}}" (ID band per state LTC rule).
Doctor {{NAME:Tomasz Kielbasa}}, DDS -- lab phone {{PHONE:603-555-0119}}.
Notes from chairside: lower ridge resorbed (Atwood class IV); tissue conditioner placed {{DATE:11/6}}. Patient says her late husband {{NAME:Ambrose}} always drove her to the old office on {{LOCATION:Main Street}} in {{LOCATION:Keene}}; niece {{NAME:Colette Whitcombe-Barr}} now brings her ({{PHONE:603-555-0122}}).
Bill to facility account {{ACCOUNT:CCM-2291-14}}. Medicare does not cover dentures; Medicaid dental NH {{HEALTH_PLAN:4471820-D}}.
` },
];
