// heldout4 notes, part 6: dental and maxillofacial referral letters from outside the US, written in English.
export default [
  {
    id: 'h4-056',
    kind: 'dental referral letter (Germany)',
    text: `
Praxis fuer Zahnheilkunde - Dr. med. dent. {{NAME:Katharina Brenninkmeyer}}
{{LOCATION:Schoenhauser Allee 148}}, {{LOCATION:10435}} {{LOCATION:Berlin}}
Tel. {{PHONE:+49 30 4471 2290}}   Fax {{FAX:030 / 4471 2291}}   {{EMAIL:praxis@zahnarzt-brenninkmeyer.example.de}}

{{LOCATION:Berlin}}, den {{DATE:3.4.2025}}

To: Department of Oral and Maxillofacial Surgery, {{LOCATION:Klinikum Prenzlauer Berg}}
Patient: Herr {{NAME:Friedrich-Wilhelm von Strachwitz}}, born {{DATE:14.09.1952}}
Insurer AOK, insured no. {{HEALTH_PLAN:K204471938}}
{{LOCATION:Kastanienallee 22, Seitenfluegel 3. OG}}, {{LOCATION:10435}} {{LOCATION:Berlin}}; mobile {{PHONE:0176 55501 447}}

Dear colleagues,
I refer Herr {{NAME:von Strachwitz}} for removal of the partially erupted tooth 38 with a radiolucency of about 12 x 9 mm on the OPG of {{DATE:28.03.2025}} ({{PHOTO:OPG_vStrachwitz_20250328.tif}}). He takes apixaban 5 mg 1-0-1 for atrial fibrillation (CHA2DS2-VASc 3) and alendronate 70 mg weekly since 2019 (MRONJ risk). Pocket depth 6 mm distal 37, pus on probing; 37 vital.
Please remove 38 under local anaesthesia with histology, and manage apixaban per your protocol.
With kind regards, {{NAME:K. Brenninkmeyer}} (Dental Chamber membership no. {{LICENSE:ZK-B-044718}})
`,
  },
  {
    id: 'h4-057',
    kind: 'dental referral letter (France)',
    text: `
Cabinet dentaire - Dr {{NAME:Amelie Rousseau-Diallo}}
{{LOCATION:12, rue des Trois-Freres}}, {{LOCATION:75018}} {{LOCATION:Paris}}
Tel : {{PHONE:01 42 55 47 19}}  -  Fax : {{FAX:01 42 55 47 20}}  -  Ordre n. {{LICENSE:75-044718}}

{{LOCATION:Paris}}, le {{DATE:17/04/2025}}

To Dr {{NAME:Olivier Tchakounte}}, ENT and head & neck surgery, {{LOCATION:Hopital Saint-Vincent-de-Montmartre}}
Re: Mme {{NAME:Lucie Marchetti-Benoit}}, born {{DATE:02/11/1971}}, social security no. {{HEALTH_PLAN:2 71 11 75 118 044 27}}, mutuelle member {{HEALTH_PLAN:0447182930}}
{{LOCATION:8 bis, avenue Junot}}, {{LOCATION:75018}} {{LOCATION:Paris}}; mobile {{PHONE:+33 6 55 47 18 22}}

Dear colleague,
I am referring Mme {{NAME:Marchetti-Benoit}} for a white, slightly indurated lesion of the left lateral border of the tongue (15 mm), present since {{DATE:January 2025}} and not resolved after removal of a sharp cusp on 36. Smoker, 20 pack-years. Photo: {{PHOTO:Marchetti_langue_gauche_170425.jpg}}.
A biopsy seems necessary. Thank you for seeing her.
Best regards, {{NAME:A. Rousseau-Diallo}}
`,
  },
  {
    id: 'h4-058',
    kind: 'dental referral letter (Netherlands)',
    text: `
{{LOCATION:Tandartsenpraktijk De Pijp}}
{{LOCATION:Ferdinand Bolstraat 171-H}}, {{LOCATION:1072 LJ}} {{LOCATION:Amsterdam}}
T {{PHONE:020 - 555 4471}}  |  E {{EMAIL:balie@tandartsdepijp.example.nl}}

{{LOCATION:Amsterdam}}, {{DATE:10-04-2025}}

To: Dr {{NAME:Sanne van der Veen-Bakker}}, oral and maxillofacial surgeon, {{LOCATION:Amstelland Ziekenhuis}}
Concerning: Mr {{NAME:Joost de Wit}}, born {{DATE:23-08-1984}}, BSN {{OTHER_ID:204471938}}, Zilveren Kruis policy {{HEALTH_PLAN:ZK-884120457}}

Mr {{NAME:de Wit}} presented on {{DATE:8 April}} with trismus (18 mm) and a left submandibular swelling after a root canal treatment of 36 started in March. Temperature 38.4, CRP 86. Started amoxicillin/clavulanic acid 875/125 mg 3dd. Please assess for drainage.
Patient phone {{PHONE:06-55447182}}; partner {{NAME:Mark Janssen}}.
drs. {{NAME:L. Hoekstra}}, dentist, BIG {{LICENSE:89044718201}}
`,
  },
  {
    id: 'h4-059',
    kind: 'dental referral letter (Spain)',
    text: `
{{LOCATION:Clinica Dental Sonrisa Retiro}}
{{LOCATION:Calle de Ibiza, 34, 2o B}}, {{LOCATION:28009}} {{LOCATION:Madrid}}
Tel. {{PHONE:+34 915 55 47 18}}   Fax {{FAX:+34 915 55 47 19}}

{{LOCATION:Madrid}}, {{DATE:22 de abril de 2025}}

To: Oral and Maxillofacial Surgery, {{LOCATION:Hospital Universitario Santa Engracia}}
Patient: Sra. {{NAME:Maria del Carmen Lopez de Haro}}, DNI {{OTHER_ID:50447182-K}}, health card (CIP) {{HEALTH_PLAN:LPHR710425118012}}, DOB {{DATE:25/04/1971}}, tel {{PHONE:655 47 18 22}}
Reason: failing implant at 46 (placed {{DATE:06/2019}}, 4.1 x 10 mm, serial {{DEVICE:IM-41-10-0447182}}) with peri-implantitis, 5 mm bone loss and mobility. Type 2 diabetes, HbA1c 7.9%; smokes 10/day.
Radiograph: {{PHOTO:RX_46_LopezDeHaro_220425.jpg}}
Dr. {{NAME:Ignacio Ruiz-Montalban}}, colegiado no. {{LICENSE:28-044718}}, {{EMAIL:iruiz@sonrisaretiro.example.es}}
`,
  },
  {
    id: 'h4-060',
    kind: 'dental referral letter (Italy)',
    text: `
{{LOCATION:Studio Odontoiatrico Di Stefano & Ferri}}
{{LOCATION:Via dei Volsci, 41}} - {{LOCATION:00185}} {{LOCATION:Roma}} (RM)
Tel {{PHONE:06 4455 7182}} - Cell {{PHONE:+39 347 555 4471}} - PEC {{EMAIL:studio.distefano@pec.example.it}}

{{LOCATION:Roma}}, {{DATE:04/03/2025}}

Dear colleague,
I refer Sig.ra {{NAME:Giuseppina}} "{{NAME:Pina}}" {{NAME:Abbate}}, aged {{AGE_OVER_89:92}} (born {{DATE:11.07.1932}}), codice fiscale {{OTHER_ID:BBTGPP32L51H501X}}, health card {{HEALTH_PLAN:80380001200447182930}}, living at {{LOCATION:Via Tiburtina 1024, scala B, int. 7}}, {{LOCATION:00156}} {{LOCATION:Roma}}.
She has a 2 cm ulcer of the upper denture-bearing mucosa that has not healed after 3 weeks without the denture. Please evaluate for biopsy.
She lives with her daughter {{NAME:Rosaria Abbate}} (tel. {{PHONE:338 555 9021}}).
Kind regards,
Dott. {{NAME:Matteo Di Stefano}}, Albo Odontoiatri (OMCeO) n. {{LICENSE:4471}}
`,
  },
  {
    id: 'h4-061',
    kind: 'orthodontic transfer letter (Brazil)',
    text: `
{{LOCATION:Clinica Odontologica Sorriso Paulista}}
{{LOCATION:Rua Augusta, 1508, conj. 42}} - {{LOCATION:Consolacao}} - {{LOCATION:Sao Paulo}} - SP - CEP {{LOCATION:01304-001}}
Tel. {{PHONE:(11) 3555-4471}} / WhatsApp {{PHONE:+55 11 95554-7182}}

{{LOCATION:Sao Paulo}}, {{DATE:15 de abril de 2025}}.

Transfer letter (in English for the receiving orthodontist)
Patient: {{NAME:Joao Pedro dos Santos Albuquerque}}, DOB {{DATE:30/06/1988}}, CPF {{OTHER_ID:447.182.930-21}}, RG {{OTHER_ID:44.718.293-X}}, SUS card {{HEALTH_PLAN:700 4471 8293 0012}}
Treatment since {{DATE:02/2023}}: fixed self-ligating appliance, archwire 0.019 x 0.025 SS; Class II div 1, overjet 7 mm; 14 and 24 extracted.
CBCT {{DATE:10/04/2025}} ({{PHOTO:CBCT_JPdSAlbuquerque_100425.dcm}}).
He moves to {{LOCATION:Newark}}, NJ in {{DATE:maio de 2025}}; please continue treatment.
Clinic fingerprint check-in {{BIOMETRIC:BIO-SP-447182}} and parking authorisation for plate {{VEHICLE:FJK4E71}} have been cancelled.
Dr. {{NAME:Luiza Tavares Nogueira}}, CRO-SP {{LICENSE:84471}}, {{EMAIL:luiza.nogueira@sorrisopaulista.example.com.br}}
`,
  },
  {
    id: 'h4-062',
    kind: 'maxillofacial referral letter (Mexico)',
    text: `
{{LOCATION:Consultorio Dental Americana}}
{{LOCATION:Av. Chapultepec Sur 480, Int. 3}}, {{LOCATION:Col. Americana}}, C.P. {{LOCATION:44160}}, {{LOCATION:Guadalajara}}, Jalisco
Tel. {{PHONE:33 3555 4471}} / cel. {{PHONE:+52 1 33 1555 7182}}

{{LOCATION:Guadalajara}}, Jal., a {{DATE:9 de abril de 2025}}

Referral to maxillofacial surgery, {{LOCATION:Hospital San Javier del Bosque}}
Patient: {{NAME:Ximena Guadalupe Huerta Alcaraz}}, 24 years, DOB {{DATE:12/09/2000}}, CURP {{OTHER_ID:HUAX000912MJCRLMA4}}, IMSS NSS {{HEALTH_PLAN:04170012447}}
Reason: horizontal impaction of 48 (Pell-Gregory II B), three episodes of pericoronitis, most recent {{DATE:1 abr 2025}}. Panoramic: {{PHOTO:panoramica_XGHA_090425.jpg}}.
Emergency contact: her mother {{NAME:Guadalupe Alcaraz}}, {{PHONE:33-1555-2290}}.
C.D. {{NAME:Rodrigo Barragan Uribe}}, cedula profesional {{LICENSE:4471829}}
`,
  },
  {
    id: 'h4-063',
    kind: 'oral surgery referral letter (Philippines)',
    text: `
{{LOCATION:Mabuhay Dental Clinic}}
{{LOCATION:Unit 3B, Sunrise Arcade, 1127 Aurora Blvd}}, {{LOCATION:Brgy. Mariana}}, {{LOCATION:Quezon City}} {{LOCATION:1112}}
Tel. {{PHONE:(02) 8555 4471}} | Mobile {{PHONE:0917 555 7182}}

{{DATE:April 11, 2025}}

To: Dr. {{NAME:Ma. Concepcion}} "{{NAME:Connie}}" {{NAME:Villareal-Tan}}, Oral Surgery, {{LOCATION:St. Ignatius Medical Center}}, {{LOCATION:Cubao}}
Patient: {{NAME:Jose Rizalino B. Macaraeg}} Jr., 41, DOB {{DATE:May 30, 1983}}, PhilHealth {{HEALTH_PLAN:02-044718293-0}}
Painless swelling of the left mandible for 6 months. OPG: multilocular radiolucency 36-38, soap-bubble pattern, root resorption. Ameloblastoma vs OKC. Kindly do incisional biopsy and CT.
He is a seafarer due to sail in {{DATE:June 2025}} (SIRB {{OTHER_ID:C0447182}}).
Wife {{NAME:Marites Macaraeg}}, {{PHONE:+63 918 555 0933}}, {{EMAIL:marites.macaraeg@mail.example.ph}}.
Respectfully, Dr. {{NAME:Bayani Dimaculangan}}, DMD, PRC Lic. No. {{LICENSE:0044718}}
`,
  },
  {
    id: 'h4-064',
    kind: 'maxillofacial referral letter (Nigeria)',
    text: `
{{LOCATION:Lagoon Dental Specialists}}
{{LOCATION:14B Admiralty Way}}, {{LOCATION:Lekki Phase 1}}, {{LOCATION:Lagos}}
Tel: {{PHONE:+234 803 555 4471}}, {{PHONE:0809 555 7182}}

{{DATE:7th April, 2025}}

The Consultant, Oral and Maxillofacial Surgery, {{LOCATION:Ikeja General Teaching Hospital}}, {{LOCATION:Ikeja}}

Dear Sir/Ma,
RE: MRS. {{NAME:ADEBISI FOLASHADE OGUNLEYE-BELLO}}, F, 52 YRS, HOSP. NO. {{MRN:LDS/2025/0447}}, NIN {{OTHER_ID:44718293041}}, NHIA enrollee no. {{HEALTH_PLAN:NHIA-LA-0447182-01}}
I write to refer the above-named, a trader, with a 4-month history of painless swelling of the right maxilla, 4 x 3 cm, obliterating the buccal sulcus 14-17; 15 and 16 grade II mobile. Occipitomental view: opaque right antrum. ?Ameloblastoma ?fibro-osseous lesion; exclude malignancy.
Kindly see and manage. Her husband, Chief {{NAME:Olatunde Bello}}, is on {{PHONE:0802 555 9043}}.
Yours faithfully,
Dr. {{NAME:Chukwuemeka Nwosu-Eze}}, BDS, FWACS, MDCN Reg. No. {{LICENSE:D/04471}}
`,
  },
  {
    id: 'h4-065',
    kind: 'paediatric dental referral letter (Kenya)',
    text: `
{{LOCATION:Westlands Smile Dental Centre}}
{{LOCATION:2nd Floor, Mpaka Plaza, Mpaka Road}}, {{LOCATION:Westlands}}
{{LOCATION:P.O. Box 44718-00800}}, {{LOCATION:Nairobi}}
Tel: {{PHONE:+254 20 555 4471}} | Mobile: {{PHONE:0722 555 718}} | {{EMAIL:info@westlandssmile.example.co.ke}}
Date: {{DATE:16/04/2025}}

To: Dr. {{NAME:Wanjiru Kamau-Odhiambo}}, Paediatric Dentist, {{LOCATION:Karura Children's Hospital}}
RE: {{NAME:BRIAN KIPCHOGE CHERUIYOT}}, age 7, DOB {{DATE:3/2/2018}}
Parent: {{NAME:Mercy Chepkoech}}, ID No. {{OTHER_ID:24471829}}, SHA member no. {{HEALTH_PLAN:SHA-0447182930}}

Dear Dr. {{NAME:Kamau-Odhiambo}},
{{NAME:Brian}} has early childhood caries in 8 primary teeth (54, 55, 64, 65, 74, 75, 84, 85) with pulpal involvement of 74 and 84; dmft 8. Frankl 1, ASA I, 21 kg. He needs full-mouth rehabilitation under GA.
Bitewings {{PHOTO:BKC_BW_L_160425.jpg}}, {{PHOTO:BKC_BW_R_160425.jpg}}.
Mother also on {{PHONE:0711 555 290}}.
Regards, Dr. {{NAME:Otieno Ouma}}, BDS, KMPDC Reg. {{LICENSE:B4471}}
`,
  },
  {
    id: 'h4-066',
    kind: 'oral surgery referral letter (Japan)',
    text: `
{{LOCATION:Motomachi Dental Office}}
{{LOCATION:2-4-15 Motomachi}}, {{LOCATION:Naka-ku}}, {{LOCATION:Yokohama}}, Kanagawa {{LOCATION:231-0861}}
Tel {{PHONE:045-555-4471}}   Fax {{FAX:045-555-4472}}
{{DATE:2025-04-08}}

Letter of referral
To: Dr. {{NAME:Kenji Morimoto}}, Oral Surgery, {{LOCATION:Kannai Municipal Hospital}}
Patient: Ms. {{NAME:TAKAHASHI Fumiko}}, born {{DATE:October 2, 1931}} (Showa 6), aged {{AGE_OVER_89:93}}
Insured no. {{HEALTH_PLAN:39144718}} (late-stage elderly medical care). Grandson {{NAME:Takahashi Ren}} accompanies her, {{PHONE:090-5554-7182}}.
Dear Dr. {{NAME:Morimoto}},
Exposed bone at the lower left molar area since extraction of 36 on {{DATE:January 20}}; denosumab 60 mg every 6 months for osteoporosis, last dose {{DATE:2024/12/10}}. Suspected MRONJ, stage 2. Panoramic {{PHOTO:P_TAKAHASHI_F_20250408.jpg}}.
Palm-vein reception ID {{BIOMETRIC:PV-YK-00447182}}.
Sincerely, {{NAME:Sato Haruki}}, DDS (dental licence no. {{LICENSE:144718}})
`,
  },
  {
    id: 'h4-067',
    kind: 'TMJ referral letter (Korea)',
    text: `
{{LOCATION:Seoul Bright Dental Clinic}}
{{LOCATION:4F, 217 Teheran-ro}}, {{LOCATION:Gangnam-gu}}, {{LOCATION:Seoul}} {{LOCATION:06142}}
Tel {{PHONE:+82 2-555-4471}}   Fax {{FAX:02-555-4472}}
{{DATE:2025.04.14}}

Referral to: Oral and Maxillofacial Surgery, {{LOCATION:Hanbit University Dental Hospital}}
Patient: {{NAME:KIM Min-jun}}, M, born {{DATE:1979.03.21}}, RRN {{OTHER_ID:790321-1447182}}, NHIS no. {{HEALTH_PLAN:5-4471829301}}
C/C: left TMJ pain and clicking for 8 months; MIO 28 mm with deviation to the left. Wilkes stage III. MRI {{DATE:2025.03.30}}: anterior disc displacement without reduction. Occlusal splint since {{DATE:2024.09}}.
Request: evaluation for arthrocentesis.
Wife {{NAME:Lee Ji-eun}}, {{PHONE:010-5554-7182}}, {{EMAIL:jieun.lee@mail.example.kr}}. Car registered for parking: {{VEHICLE:12GA 4471}}.
Dr. {{NAME:Park Seo-yeon}}, DDS, PhD (licence no. {{LICENSE:44718}})
`,
  },
];
