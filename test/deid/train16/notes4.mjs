// train16 notes 4: registry abstracts (cancer, stroke, birth defects, trauma, dementia, cystic fibrosis) and
// vaccination campaign logs (polio, HPV in schools, flu in care homes, yellow fever, catch-up in a shelter).
export default [
  {
    id: 't16-028',
    kind: 'cancer registry abstract (US)',
    text: `
CANCER REGISTRY ABSTRACT  Accession {{OTHER_ID:2025-004471}}  Seq 00
Name: {{NAME:BISHOP, Hope Marie}}   DOB {{DATE:04/17/1958}}   SSN {{SSN:000-41-5527}}
Address at dx: {{LOCATION:216 Persimmon Hollow Rd}}, {{LOCATION:Berea}}, KY {{LOCATION:40403}}; County: {{LOCATION:Madison}}
Primary site C34.1 (RUL), histology 8140/3, grade 2, laterality 1. Date of dx {{DATE:06/03/2025}}. cTNM T2a N1 M0, stage IIB.
Class of case 14. Reporting facility {{LOCATION:Baptist Health Richmond}}; diagnosed at {{LOCATION:UK HealthCare Markey Cancer Center}}, {{LOCATION:Lexington}}.
Managing physician {{NAME:Anand Subramaniam}}, MD; following {{NAME:Wendell Caudill}}, DO ({{LOCATION:White House Clinic}}, {{LOCATION:McKee}}).
Occupation: tobacco farmer 30 y; industry: agriculture. Tobacco history: 40 pack-years, quit 2019.
Medicare {{HEALTH_PLAN:5EG4-TE5-MK72}}. Abstractor {{NAME:Lorna Sizemore}}, CTR, {{DATE:11/21/2025}}.
Follow-up: last contact {{DATE:11/18/2025}} (phone, daughter {{NAME:Grace Bishop-Lainhart}}, {{PHONE:859-555-0131}}); status alive with disease. Second primary ruled out. Patient's brother {{NAME:Will Bishop}} died of mesothelioma (worked at the {{LOCATION:Blue Grass Army Depot}}). {{NAME:Summer Lainhart}} (granddaughter) is the designated contact; note the name is also a season.
`,
  },
  {
    id: 't16-029',
    kind: 'stroke registry record (Germany)',
    text: `
Schlaganfallregister - Datensatz (anonymisiert vor Export, hier noch mit Klartext)
Fall {{OTHER_ID:SR-NRW-25-18844}}  Klinik: {{LOCATION:Evangelisches Krankenhaus Bielefeld}}, Stroke Unit
Patientin: {{NAME:Ilse Grabowski-Hinz}}, geb. {{DATE:03.05.1934}} ({{AGE_OVER_89:91}} J.), {{LOCATION:Detmolder Str. 210}}, {{LOCATION:33604 Bielefeld}} ({{LOCATION:Sieker}})
Symptombeginn {{DATE:09.11.2025}} 07:50 in der {{LOCATION:Seniorenresidenz am Obersee}}, gefunden von Pflegerin {{NAME:Swetlana Becker}}.
Aufnahme 09:12, NIHSS 14, ASPECTS 8, Lyse 09:40, Thrombektomie in {{LOCATION:Klinikum Bielefeld-Mitte}}.
Tochter {{NAME:Renate Hinz}} (Betreuerin), Tel. {{PHONE:0521 5550 3381}}; Hausarzt Dr. {{NAME:Jannik Osterkamp}}, {{LOCATION:Heepen}}.
Entlassung {{DATE:21.11.2025}} mRS 3 in die Reha {{LOCATION:Klinik Lipperland}}, {{LOCATION:Bad Salzuflen}}.
Not names: Barthel index, Rankin scale (mRS), Marcumar.
`,
  },
  {
    id: 't16-030',
    kind: 'polio campaign tally and missed-children log (Pakistan)',
    text: `
NID polio campaign, {{DATE:October 2025}} - Union Council {{LOCATION:Shah Faisal Colony}}, {{LOCATION:Karachi}}
Team 14 (house-to-house): vaccinators {{NAME:Saima Bibi}} and {{NAME:Naheed Akhtar}}; area in-charge {{NAME:Muhammad Tariq Jadoon}}; UCMO Dr. {{NAME:Farhan Qureshi}}.
Day 1 ({{DATE:13/10}}): streets 4-9, {{LOCATION:Block 2}}, 412 children vaccinated, 9 NA, 3 refusals.
Refusals recorded: Haji {{NAME:Gul Zaman}} ({{LOCATION:House 27, Street 6, Block 2}}) - religious; resolved day 3 after visit by Maulana {{NAME:Abdul Sattar}} of {{LOCATION:Jamia Masjid Farooqia}}.
{{NAME:Shabana}} w/o {{NAME:Rafiq Ahmed}} ({{LOCATION:House 112}}) - child sick, revisit {{DATE:16/10}}.
Transit team at {{LOCATION:Drigh Road}} station and {{LOCATION:Natha Khan}} bridge bus stop: 188 children.
Guests from {{LOCATION:Bannu}} and {{LOCATION:Lakki Marwat}} (seasonal workers) vaccinated: 23.
Finger marking checked by LQAS monitor {{NAME:Sidra Noor}}. Supervisor cell {{PHONE:0300 5550142}}.
Day 3 ({{DATE:15/10}}): missed children covered at {{LOCATION:Madrassa Taleem-ul-Quran}} and {{LOCATION:Kala Board}} chowk; the vaccinator {{NAME:Naheed Akhtar}} was threatened at {{LOCATION:House 51, Street 9}} - police informed ({{LOCATION:Shah Faisal Police Station}}, FIR {{OTHER_ID:551/2025}}).
Tally sheets uploaded by area in-charge from {{IP:203.0.113.145}} to {{URL:https://eoc.example.gov.pk/tally}}. Not names: OPV, nOPV2, Pashto, Sindhi.
`,
  },
  {
    id: 't16-031',
    kind: 'school HPV vaccination session log (Ireland)',
    text: `
HSE school immunisation team - HPV9 session, {{LOCATION:Colaiste Pobail Setanta}}, {{LOCATION:Phibblestown}}, {{LOCATION:Dublin 15}}
Date {{DATE:19/11/2025}}. Team: {{NAME:Siobhan Ni Bhriain}} (SMO), nurses {{NAME:Aoife Mac Giolla Ri}}, {{NAME:Grainne O'Dowd}}, {{NAME:Blessing Okoro}}.
1st year, 112 consented, 104 vaccinated. Absent: {{NAME:Cian Kavanagh}}, {{NAME:Zara Begum-Doyle}}, {{NAME:Oluwaseun Adeleke}} (letters home).
Fainting: {{NAME:Saoirse Ryan}} (12), recovered in 10 min, mum {{NAME:Niamh}} collected, {{PHONE:087 555 2041}}.
Late consent: {{NAME:Dara Kowalczyk}} - parent rang from {{LOCATION:Blanchardstown}}, form to be faxed to {{FAX:01 555 8841}}.
Next: {{LOCATION:Scoil Mhuire}}, {{LOCATION:Clonsilla}}, {{DATE:26/11}}. Gardasil 9 lot numbers in the batch book (not identifiers).
Catch-up session planned {{DATE:3/12/2025}} at {{LOCATION:Ongar Community Centre}} for the 8 absent students; letters via year head Ms. {{NAME:Deirdre Fennelly}}. Parent query from {{NAME:Tadhg O Suilleabhain}} (son {{NAME:Fionn}}) answered by phone.
`,
  },
  {
    id: 't16-032',
    kind: 'flu and COVID vaccination log in care homes (Wales)',
    text: `
Autumn booster round - care home visits, {{LOCATION:Cwm Taf Morgannwg}} UHB
{{DATE:10/11/2025}} {{LOCATION:Ty Gwyn Residential Home}}, {{LOCATION:Heol y Felin}}, {{LOCATION:Aberdare}} {{LOCATION:CF44 8HT}}: 31 residents, 28 vaccinated.
  declined: Mr. {{NAME:Idris Pugh}} ({{AGE_OVER_89:96}}); not given: {{NAME:Gwenllian Prosser}} (acute illness), {{NAME:Eirwen Thomas-Llewellyn}} (in {{LOCATION:Prince Charles Hospital}}).
{{DATE:12/11/2025}} {{LOCATION:Glyn Coed Nursing Home}}, {{LOCATION:Ferndale}}: 44 residents, 40 vaccinated; manager {{NAME:Bethan Morgan}}.
  resident {{NAME:Dilys Bevan}}, {{AGE_OVER_89:102}}, had both in separate arms.
{{DATE:14/11/2025}} {{LOCATION:Pen-y-Bryn Care Home}}, {{LOCATION:Treorchy}}: outbreak (norovirus) - visit postponed, DPH Dr. {{NAME:Rhodri Evans}} informed.
Vaccinators: {{NAME:Carys Hopkin}}, {{NAME:Ffion Vaughan}}. Not names: Comirnaty, Fluenz, Welsh.
`,
  },
  {
    id: 't16-033',
    kind: 'yellow fever reactive campaign report (Colombia)',
    text: `
Campana reactiva de fiebre amarilla - municipio de {{LOCATION:Villarrica}}, Tolima (report in English)
Trigger: confirmed case {{NAME:Jhon Fredy Arango Cardona}}, 27, coffee picker, infected at {{LOCATION:vereda La Colonia}}; died at {{LOCATION:Hospital Federico Lleras Acosta}}, {{LOCATION:Ibague}}, {{DATE:3 Nov 2025}}.
Vaccination posts: {{LOCATION:Parroquia San Jose}} (Sunday mass), {{LOCATION:Institucion Educativa Francisco Jose de Caldas}}, and fincas {{LOCATION:El Porvenir}} and {{LOCATION:La Esmeralda}} (owner Don {{NAME:Abelardo Quintero}}).
Doses: 2,341 ({{DATE:5-15 Nov}}). Team leads: {{NAME:Luz Marina Gutierrez de Piedrahita}}, {{NAME:Yeison Andres Murillo}}.
Exempt: {{NAME:Maria de los Angeles Rojas}} (pregnant), an infant of 5 months.
Coordination: Secretaria de Salud del Tolima, tel {{PHONE:(608) 555 2719}}.
`,
  },
  {
    id: 't16-034',
    kind: 'birth defects registry abstract (Mexico)',
    text: `
Registro de defectos al nacimiento - ficha {{OTHER_ID:RDN-CHIS-25-00318}}
Recien nacido: {{NAME:Hernandez Gomez}}, masculino, nacido {{DATE:07/09/2025}} en {{LOCATION:Hospital de la Mujer San Cristobal de las Casas}}.
Madre: {{NAME:Petrona Gomez Lopez}}, 19, Tzotzil, de la comunidad {{LOCATION:San Juan Chamula}}, barrio {{LOCATION:Cruztic}}. CURP {{OTHER_ID:GOLP060312MCSMPTA5}}.
Padre: {{NAME:Mariano Hernandez Perez}}, jornalero, trabaja temporada en {{LOCATION:Tapachula}}.
Defecto: mielomeningocele lumbar (Q05.7). Acido folico periconcepcional: no.
Traslado a {{LOCATION:Hospital de Especialidades Pediatricas}}, {{LOCATION:Tuxtla Gutierrez}}, {{DATE:08/09/2025}}; cirugia {{DATE:10/09}}.
Captura: enf. {{NAME:Rosalinda Velazquez}}. Not annotated: Chiapas (state), Tzotzil (language).
`,
  },
  {
    id: 't16-035',
    kind: 'dementia registry enrolment note (Sweden)',
    text: `
SveDem registrering - basutredning
Patient {{NAME:Astrid Lindqvist-Ahlberg}}, pnr {{OTHER_ID:19330418-5552}}, {{AGE_OVER_89:92}} ar, bor {{LOCATION:Klostergatan 7 B}}, {{LOCATION:703 61 Orebro}}.
Utredning vid {{LOCATION:Vardcentralen Brickebacken}} ({{DATE:2025-10-06}}) av distriktslakare {{NAME:Jonas Hedlund}}; MMSE 21/30, klocktest 3/5. Diagnos: Alzheimer blandform.
Anhoriga: son {{NAME:Per-Olof Ahlberg}} i {{LOCATION:Kumla}} ({{PHONE:070-555 41 88}}), dotter {{NAME:Karin}} i {{LOCATION:Lulea}}.
Hemtjanst {{LOCATION:Vaster}} distrikt, dagverksamhet {{LOCATION:Solrosen}} tisdagar. Registrerat {{DATE:2025-11-24}}, {{NAME:Maja Eriksson}}, usk.
Not names: Aricept, Memantin, Alzheimer (disease).
`,
  },
  {
    id: 't16-036',
    kind: 'measles catch-up vaccination at a shelter (US)',
    text: `
Catch-up MMR clinic - {{LOCATION:St. Vincent de Paul Family Shelter}}, {{LOCATION:2130 N 27th St}}, {{LOCATION:Milwaukee}} WI {{LOCATION:53208}}
Sat {{DATE:11/22/2025}}
Reason: exposure at {{LOCATION:Sherman Park}} public library {{DATE:11/12}} (case in {{LOCATION:Washington Park}} neighborhood).
Vaccinated: {{NAME:Aisha Abdikarim}} (4) and {{NAME:Hodan}} (2) - mother {{NAME:Fadumo Warsame}};
  {{NAME:Jeremiah Carter}} (6), {{NAME:Blessing Carter}} (1) - grandmother {{NAME:Loretta Carter-Bey}};
  {{NAME:Sebastian Tun Tun}} (8) - dad {{NAME:Aung Min Thant}} (interpreter Burmese by phone, ID {{OTHER_ID:LL-558214}}).
WIR numbers recorded. Clinic lead {{NAME:Maxine Oduya}}, RN; shelter director Fr. {{NAME:Tomas Wierzbinski}}.
Next clinic {{LOCATION:Repairers of the Breach}} day center {{DATE:12/6}}.
`,
  },
];
