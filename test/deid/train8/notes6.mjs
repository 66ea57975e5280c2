// train8 notes 6: Scottish discharge summary (Lewis), Israeli rabbi's chaplaincy note, Tongan community health
// note, Fiji home visit, Cree home-care note (Canada), Temuco referral letter (Chile), Rosario employer letter
// (Argentina), Basque family history (Spain), Somali family phone log (Minneapolis), Douala referral (Cameroon).
export default [
  {
    id: 't8-046',
    kind: 'discharge summary (Western Isles, Scotland)',
    text: `
{{LOCATION:Western Isles Hospital}}, {{LOCATION:Macaulay Road}}, {{LOCATION:Stornoway}}, {{LOCATION:HS1 2AF}}
Immediate Discharge Letter - Medical Ward   {{DATE:04/11/2026}}
Patient: {{NAME:Murdo Iain MacLeod}} ("{{NAME:Murdo Beag}}"), CHI {{HEALTH_PLAN:1207345518}}, 81
Address: {{LOCATION:17 Lower Barvas}}, {{LOCATION:Isle of Lewis}}, {{LOCATION:HS2 0QX}}
Admitted {{DATE:29/10/2026}} with an infective exacerbation of COPD after the peat cutting. Home oxygen concentrator serial
{{DEVICE:INV-PC-20391877}}; oxygen alert card given. Gaelic is his first language; his niece {{NAME:Catriona NicLeoid}} interpreted
when he was drowsy. Wife {{NAME:Peigi}} has dementia and is in respite at {{LOCATION:Dun Berisay Care Home}}, {{LOCATION:Tong}}. Neighbour
{{NAME:Angus John Morrison}} will check on him; the district nurse from {{LOCATION:Barvas Health Centre}} visits Tuesday.
GP: Dr {{NAME:Kirsty Mackenzie}}. He can see this letter on {{URL:https://mypatientrecord.example.scot/letters/1207345518/ws-0411}}
(viewed from IP {{IP:203.0.113.58}} on {{DATE:5 November}}).
Dr {{NAME:Tomasz Grabowski}}, FY2, for Dr {{NAME:Eilidh Maciver}}, Consultant Physician
`,
  },
  {
    id: 't8-047',
    kind: "rabbi's pastoral note (Israel)",
    text: `
{{LOCATION:Rambam Health Care Campus}}, {{LOCATION:Haifa}} - Spiritual Care, internal medicine D
{{DATE:5 November 2026}} ({{DATE:24 Heshvan 5787}})
Rabbi {{NAME:Yehuda Ben-Ami}} visited {{NAME:Shoshana Friedlander}}, {{AGE_OVER_89:96}}, teudat zehut {{OTHER_ID:004471823}}, a survivor born in
{{LOCATION:Oradea}}, Romania, who came to {{LOCATION:Kibbutz Yagur}} in 1948. She asked for the Shema to be said with her. Her grandson
{{NAME:Noam Levi-Friedlander}} and his wife {{NAME:Tal}} came from {{LOCATION:Kiryat Tivon}}; her daughter {{NAME:Ruth Shapira}} lives in
{{LOCATION:Beersheba}}. The family keeps Shabbat; arranged a Shabbat lamp and a non-electric door. Her Arab nurse {{NAME:Rania Khoury}}
speaks to her in Hungarian, which pleases her. Clalit member {{HEALTH_PLAN:CL-0447182-3}}. Granddaughter's phone {{PHONE:054-555-4718}}.
Next visit Friday before candle lighting. Medical team: NYHA IV, on furosemide drip; Waterlow 18; the family
requests kosher meals and no autopsy. Hospital file {{MRN:RMB-0554718}}; family portal access granted from {{IP:198.51.100.19}}.
`,
  },
  {
    id: 't8-048',
    kind: 'community health nurse note (Tonga)',
    text: `
{{LOCATION:Vaiola Hospital}} Community Health - home visit, {{LOCATION:Kolofo'ou}}, {{LOCATION:Nuku'alofa}}
{{DATE:2 November 2026}}. Nurse {{NAME:Mele Fifita}} with town officer {{NAME:Sione Vaipulu}}.
Client {{NAME:'Ana Taufa'ao Latu}}, 63, NCD register no. {{OTHER_ID:NCD-TBU-0447}}, diabetic with a right BKA. Lives with her son
{{NAME:Viliami}}, his wife {{NAME:Salote}} and five grandchildren behind the {{LOCATION:Free Wesleyan Church}} hall in {{LOCATION:Ma'ufanga}}.
Daughter {{NAME:Losana Latu-Havili}} sends remittances from {{LOCATION:Otara}}; she called on {{PHONE:+64 21 555 0384}} during the visit.
The wheelchair from the Red Cross is too narrow for the door; the carpenter {{NAME:Tevita 'Ofa}} will widen it. Stump healed; photo
{{PHOTO:latu_a_stump_0211.jpg}}. Glucometer {{DEVICE:AC-GM-55871204}} memory checked: fasting 9-14.
`,
  },
  {
    id: 't8-049',
    kind: 'home visit (Fiji)',
    text: `
{{LOCATION:Lautoka Hospital}} - Diabetic foot team, home visit {{DATE:06/11/2026}}
Patient: {{NAME:Shiu Prasad}} s/o {{NAME:Ram Lagan}}, 70, of {{LOCATION:Lot 14}}, {{LOCATION:Natabua Road}}, {{LOCATION:Lautoka}}; retired cane farmer from
{{LOCATION:Drasa}}. Wife {{NAME:Kamla Wati}}; son {{NAME:Ravinesh Prasad}} in {{LOCATION:Auckland}} pays for dressings. iTaukei neighbour
Adi {{NAME:Litia Naivalu}} and her husband Ratu {{NAME:Jone}} take him to the temple at {{LOCATION:Shri Krishna Kaliya Temple}} on Sundays.
Nurse {{NAME:Unaisi Qalo}} and podiatrist {{NAME:Pranesh Chand}} did the dressing. FNPF no. {{OTHER_ID:FNPF-447182}}. TIN {{OTHER_ID:55-18204-0-1}}.
Grandson {{NAME:Shivneel}} ({{PHONE:955 4471}}) will bring him to the clinic on {{DATE:13 Nov}}.
`,
  },
  {
    id: 't8-050',
    kind: 'home-care note (Cree community, Canada)',
    text: `
Home and Community Care - {{LOCATION:Opaskwayak Health Authority}}, {{LOCATION:The Pas}}, MB
Visit {{DATE:Nov 3, 2026}}. Nurse {{NAME:Janelle Constant}}, with home-care worker {{NAME:Darlene McGillivray}}.
Client Elder {{NAME:Alphonse Bighetty}}, 88, status no. {{OTHER_ID:2670044718}}, MHSC {{HEALTH_PLAN:144 718 209}}.
Lives with his granddaughter {{NAME:Kaylee Sinclair}} and her baby {{NAME:Aiyana}} at {{LOCATION:Big Eddy}} road, house 12.
He grew up on the trapline near {{LOCATION:Pukatawagan}} and speaks Cree; his son {{NAME:Clarence}} in {{LOCATION:Flin Flon}} phones daily
({{PHONE:204-555-0171}}). CHF: weight 71.2 kg (+2.1). Meds: Lasix 40 mg bid, spironolactone, metoprolol, apixaban. Blister packs from {{LOCATION:Opaskwayak Pharmacy}}; Non-Insured Health
Benefits cover the scale. Band office contact {{NAME:Wilfred Lathlin}}, {{PHONE:204-555-0132}}. Telehomecare scale {{DEVICE:TH-SC-0447182}}. Medevac to {{LOCATION:St. Anthony's General Hospital}}
if SpO2 < 88%. Prefers ceremony with Knowledge Keeper {{NAME:Mary Jane Flett}} before any move to {{LOCATION:Winnipeg}}.
`,
  },
  {
    id: 't8-051',
    kind: 'referral letter (Temuco, Chile)',
    text: `
{{LOCATION:CESFAM Pueblo Nuevo}}, {{LOCATION:Temuco}}                                {{DATE:2 de noviembre de 2026}}
Interconsulta a Reumatologia, {{LOCATION:Hospital Dr. Hernan Henriquez Aravena}}

Paciente: {{NAME:Rosa Elvira Huenchullan Painemal}}, RUN {{OTHER_ID:11.447.182-K}}, 57 anos, Fonasa tramo B {{HEALTH_PLAN:FON-11447182}}.
Domicilio: {{LOCATION:Pasaje Los Copihues 0455}}, {{LOCATION:Villa Los Pinos}}, {{LOCATION:Temuco}}; family land in {{LOCATION:Comunidad Juan Catrilaf}},
{{LOCATION:Padre Las Casas}}. Symmetric polyarthritis 8 months, RF and anti-CCP positive. She uses lawen (Mapuche herbal medicine) from the
machi {{NAME:Juana Catrileo}} and wants both. Husband {{NAME:Segundo Curipan}}; daughter {{NAME:Yanet Curipan Huenchullan}}, {{PHONE:+56 9 5555 4718}}.
DAS28 5.4, HAQ 1.6. Methotrexate 15 mg weekly started with folic acid; Hepatitis B serology pending.
X-ray of hands {{PHOTO:rx_manos_huenchullan_2610.dcm}}. Facilitadora intercultural {{NAME:Margarita Lienlaf}} will accompany.
Dr. {{NAME:Felipe Andres Soto Valenzuela}}, medico general
`,
  },
  {
    id: 't8-052',
    kind: 'employer letter (Rosario, Argentina)',
    text: `
{{LOCATION:Rosario}}, {{DATE:10 de noviembre de 2026}}

Sres. ART, division medica - {{LOCATION:Sanatorio Parque}}, {{LOCATION:Bv. Orono 860}}

Por la presente informamos que el Sr. {{NAME:Hector Ruben Giuliani}}, DNI {{OTHER_ID:22.447.182}}, CUIL {{OTHER_ID:20-22447182-7}}, legajo
{{OTHER_ID:L-0871}}, se desempena como operario en nuestra planta de {{LOCATION:Villa Gobernador Galvez}} desde el {{DATE:03/05/2004}}. El dia
{{DATE:29/10/2026}} sufrio una caida desde escalera. Su esposa, la Sra. {{NAME:Graciela Beatriz Moreno}}, y su hijo {{NAME:Lautaro}} viven con el en
{{LOCATION:Calle Pueyrredon 2291}}, {{LOCATION:Barrio Echesortu}}. Obra social OSUOMRA, afiliado {{HEALTH_PLAN:447182/01}}. Siniestro ART
{{OTHER_ID:SIN-26-11847}}. Contacto: Lic. {{NAME:Soledad Ferrero}}, RR.HH., {{PHONE:0341 555-4471}}, {{EMAIL:rrhh.planta2@metalurgica.example.com.ar}}.
`,
  },
  {
    id: 't8-053',
    kind: 'genetic family history (Basque Country, Spain)',
    text: `
Consejo genetico / family history - {{LOCATION:Hospital Universitario Donostia}}, {{LOCATION:Paseo Doctor Beguiristain}}, {{LOCATION:San Sebastian}}
{{DATE:3 noviembre 2026}}   NHC {{MRN:DON-2204471}}   TIS {{HEALTH_PLAN:OSAK 4471823309}}
Consultante: {{NAME:Miren Itziar Etxeberria Goikoetxea}}, 34, from {{LOCATION:Azpeitia}}. Both parents are from {{LOCATION:Errezil}}; her father
{{NAME:Joseba Etxeberria Larranaga}} and mother {{NAME:Arantxa Goikoetxea Urkiola}} are second cousins (common great-grandfather
{{NAME:Jose Mari Larranaga}}, a baserritarra from the {{LOCATION:Iturriotz}} farmhouse). Her brother {{NAME:Unai}} died at 3 of a
metabolic disease in {{LOCATION:Hospital de Cruces}}. Her partner {{NAME:Mikel Aizpurua}} is from {{LOCATION:Hernani}}.
DNI {{OTHER_ID:72447182-M}}. Pedigree drawn by Dra. {{NAME:Nerea Zubizarreta}}; photo of the old baptism record {{PHOTO:bautismo_1911_errezil.jpg}}.
`,
  },
  {
    id: 't8-054',
    kind: 'interpreter-assisted phone log (Somali family, Minneapolis)',
    text: `
Care coordination phone log - {{LOCATION:Hennepin Healthcare}}, {{LOCATION:Minneapolis}}
{{DATE:11/04/2026}} 14:10 - called {{NAME:Hodan Abdi Warsame}} (mother of pt {{NAME:Mohamed Ali Farah}}, 6, MRN {{MRN:HH70441827}}) via Somali
interpreter {{NAME:Abdirahman Yusuf}} (vendor ID {{OTHER_ID:LL-55182}}). Mom said the refill line rejected her; the voice verification is
enrolled to the father {{NAME:Ali Farah Hussein}} (voiceprint ID {{BIOMETRIC:VP-447182-A}}), who is in {{LOCATION:Nairobi}} until {{DATE:December 2026}}.
Added mom as proxy; portal login from {{IP:192.0.2.144}} confirmed at {{URL:https://mychart.hennepin.example.org/proxy/HH70441827}}.
Address checked: {{LOCATION:1600 S 6th St}}, {{LOCATION:Apt 1412}}, {{LOCATION:Minneapolis}}, MN {{LOCATION:55454}} ({{LOCATION:Riverside Plaza}}).
Family SSN for MA renewal: child {{SSN:000-81-4471}}. Pharmacy {{LOCATION:Cedar Riverside Walgreens}} fax {{FAX:612-555-0139}}.
Balance on account {{ACCOUNT:HH-G-4471829}} held. Aunt {{NAME:Fadumo}} ({{PHONE:612-555-0186}}) may also call.
`,
  },
  {
    id: 't8-055',
    kind: 'referral letter (Douala, Cameroon)',
    text: `
{{LOCATION:Hopital Laquintinie}}, {{LOCATION:Douala}} - Service de Medecine Interne
{{LOCATION:Douala}}, le {{DATE:4 novembre 2026}}

A l'attention du Dr {{NAME:Emmanuel Nkeng Fon}}, {{LOCATION:Hopital General de Yaounde}}

Cher confrere,
Suite a notre entretien telephonique du {{DATE:3 novembre}}, je vous adresse M. {{NAME:Jean-Pierre Mbarga Essomba}}, 49 ans, CNI {{OTHER_ID:114471820}}, domicilie au {{LOCATION:quartier Bonamoussadi}},
{{LOCATION:rue 1.447}}, pres de la {{LOCATION:pharmacie du Carrefour Kotto}}. Chauffeur de taxi (immatriculation {{VEHICLE:LT 447 AB}}). Insuffisance
renale chronique stade 5, pour hemodialyse. Son epouse {{NAME:Therese Ngo Bikoi}} et son frere aine Papa {{NAME:Samuel}}, chef de famille a
{{LOCATION:Mbalmayo}}, l'accompagneront. Telephone {{PHONE:+237 6 55 55 44 71}}.
Confraternellement, Dr {{NAME:Aissatou Bello Hamadou}}, nephrologue, ONMC {{LICENSE:4471}}
`,
  },
];
