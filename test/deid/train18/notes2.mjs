// train18 notes 2: Francophone Africa (Senegal, Cote d'Ivoire, Cameroon, DRC, Mali, Madagascar, Rwanda) in English:
// quartier addresses, cell/sector/district, NGO forms, e-mails and lab reports.
export default [
  {
    id: 't18-010',
    kind: 'HIV clinic transfer letter (Senegal)',
    text: `
{{LOCATION:Centre de Traitement Ambulatoire}}, {{LOCATION:Hopital Fann}}, {{LOCATION:Dakar}}
{{DATE:5 November 2026}}
To: Dr. {{NAME:Aminata Ndiaye Sow}}, {{LOCATION:District Sanitaire de Mbour}}
Re: {{NAME:DIOP Mamadou Lamine}}, born {{DATE:12/03/1981}}, file {{MRN:CTA-FANN-11803}}
Mr. {{NAME:Diop}} moves to {{LOCATION:quartier Tefess}}, {{LOCATION:Mbour}}, near the {{LOCATION:Grande Mosquee de Mbour}}. On TLD since {{DATE:March 2021}}, VL undetectable {{DATE:08/2026}}, CD4 612. He fasts at Ramadan; dosing at night suits him. Wife {{NAME:Fatou Bintou Faye}} knows his status. Phone {{PHONE:+221 77 555 08 14}}.
Please e-mail receipt to {{EMAIL:cta.fann@example.sn}}.
Pr. {{NAME:Cheikh Tidiane Ba}}
`,
  },
  {
    id: 't18-011',
    kind: 'malaria ward round (Cote d\'Ivoire)',
    text: `
Paediatrics, {{LOCATION:CHU de Treichville}}, round of {{DATE:Nov 2, 2026}} (Dr. {{NAME:Kouassi}}, Dr. {{NAME:Yao-Kouame}}, intern {{NAME:N'Guessan Affoue}})
1. {{NAME:KONAN Ange-Michel}}, 4 y, from {{LOCATION:Abobo}}, {{LOCATION:quartier PK18}}. Severe malaria, P. falciparum 4%, Hb 5.6. Artesunate IV dose 3, transfused 15 ml/kg. Father {{NAME:Konan Brou}} at bedside.
2. {{NAME:TRAORE Mariam}}, 7 y, from {{LOCATION:Yopougon Sicogi}}. Cerebral malaria, Blantyre 3 on admission, now 5. Mother {{NAME:Awa Coulibaly}} ({{PHONE:+225 07 55 50 21 63}}).
3. {{NAME:Bi Zah Gervais}}, 10 y (Gouro name: Bi = son of), sickle cell crisis, not malaria. Lives at {{LOCATION:Cite SIR}}, {{LOCATION:Koumassi}}.
`,
  },
  {
    id: 't18-012',
    kind: 'community TB register extract (Cameroon)',
    text: `
TB unit, {{LOCATION:Hopital de District de la Cite Verte}}, {{LOCATION:Yaounde}}. Register no. {{OTHER_ID:TB-CV-2026-0347}}
Patient: {{NAME:Mbarga Essomba Jean-Pierre}}   Sex M   Age 38
Residence: {{LOCATION:Mvog-Ada}}, behind {{LOCATION:Ecole Publique de Mvog-Ada}}; landlord Mr. {{NAME:Ngono}}.
Contacts screened {{DATE:28/10/2026}}: wife {{NAME:Atangana Marie-Claire}}, children {{NAME:Essomba Junior}} and {{NAME:Grace Ndzie}}.
GeneXpert MTB detected, rif resistance not detected. Started 2RHZE/4RH on {{DATE:29/10/2026}}. Treatment supporter: {{NAME:Abbe Thierry Owona}} (catechist at {{LOCATION:Paroisse Saint-Joseph de Mvog-Ada}}). Tel {{PHONE:+237 6 55 50 44 19}}.
`,
  },
  {
    id: 't18-013',
    kind: 'MSF-style surgical note (DRC, Kivu)',
    text: `
Operative note - {{LOCATION:Hopital General de Reference de Rutshuru}}, {{DATE:19-10-2026}}
Patient {{NAME:Kambale Kasereka Delphin}}, 23 y, from {{LOCATION:Kiwanja}}, {{LOCATION:groupement Kisigari}}. Gunshot wound left thigh, 36 h old. Debridement, external fixator (Hoffmann II, serial {{DEVICE:HX2-0917733}}). Photos {{PHOTO:RUT_OT_20261019_04.jpg}} and {{PHOTO:RUT_OT_20261019_05.jpg}} kept in surgical file.
Brother {{NAME:Muhindo Kasereka}} consented (thumbprint; witness nurse {{NAME:Kavira Masika Esther}}).
Surgeon Dr {{NAME:Baraka Mushagalusa}}; anaesthesia {{NAME:Paluku Vahamwiti}}.
`,
  },
  {
    id: 't18-014',
    kind: 'maternal death review (Mali)',
    text: `
Maternal death audit, {{LOCATION:CSRef de Koutiala}}, meeting of {{DATE:7 November 2026}}
Deceased: Mme {{NAME:Dembele nee Sanogo Kadiatou}}, 29, G5P4, from {{LOCATION:village de Zanfina}}, commune of {{LOCATION:M'Pessoba}}. Arrived {{DATE:24 October}} after 9 h by motorbike-ambulance; PPH, uterine atony, died at 03:40. Three delays identified. Husband {{NAME:Bakary Dembele}}; CSCom head nurse {{NAME:Modibo Keita}} ({{LOCATION:CSCom de Zanfina}}).
Present: Dr. {{NAME:Oumou Sangare}} (chair), midwife {{NAME:Rokia Traore}}, {{NAME:Sidi Ould Mohamed}} (pharmacist).
`,
  },
  {
    id: 't18-015',
    kind: 'clinic letter (Madagascar, long names)',
    text: `
{{LOCATION:CSB II Andohatapenaka}}, {{LOCATION:Antananarivo}}, {{DATE:11 Nov 2026}}
Dear colleague at {{LOCATION:CHU Joseph Ravoahangy Andrianavalona}},
Please see {{NAME:Rakotondrabe Andriamihaja Tsiory}}, 16, living at {{LOCATION:Lot IVG 204 bis}}, {{LOCATION:Fokontany Andohatapenaka III}}. Suspected rheumatic heart disease: new 3/6 apical pansystolic murmur, Jones criteria met. His aunt {{NAME:Razafindrakoto Hanitra}} accompanies him. Tel {{PHONE:+261 34 55 502 71}}.
Dr {{NAME:Randriamanantena Lova}}
`,
  },
  {
    id: 't18-016',
    kind: 'community health form (Rwanda, cell/sector/district)',
    text: `
CHW monthly report - {{DATE:October 2026}}
CHW: {{NAME:Mukamana Speciose}}   Village {{LOCATION:Rugarama}}, Cell {{LOCATION:Kabuye}}, Sector {{LOCATION:Jabana}}, District {{LOCATION:Gasabo}}
Referrals to {{LOCATION:Jabana Health Centre}}:
- {{NAME:Niyonsenga Eric}}, 2 y, fast breathing (RR 58), amoxicillin DT started, referred {{DATE:10/10/2026}}
- {{NAME:Uwase Divine}}, 19, pregnant, first ANC visit, mutuelle {{HEALTH_PLAN:1199880045521077}}
- {{NAME:Habimana Jean de Dieu}}, 64, BP 182/104, referred {{DATE:22/10/2026}}
Supervisor: {{NAME:Nzeyimana Theoneste}}, e-mail {{EMAIL:t.nzeyimana@example.rw}}
`,
  },
  {
    id: 't18-017',
    kind: 'telemedicine consult e-mail (Burkina Faso to France)',
    text: `
From: {{EMAIL:dr.ouedraogo.s@example.bf}}
To: {{EMAIL:teledermato@example.fr}}
Date: Mon, {{DATE:16 Nov 2026}} 10:12
Subject: case {{OTHER_ID:RAFT-2026-1188}} - {{NAME:Sawadogo}}, 45 M

Dear Prof. {{NAME:Lefebvre-Ngom}},
Mr. {{NAME:Issouf Sawadogo}}, a gold miner from {{LOCATION:Kalsaka}}, has hyperpigmented plaques of the palms and keratoses (arsenicosis?). Images uploaded at {{URL:https://raft.example.org/cases/1188}} from {{IP:198.51.100.72}}. He is seen at {{LOCATION:CMA de Ouahigouya}}.
Regards, {{NAME:Salif Ouedraogo}}
`,
  },
  {
    id: 't18-018',
    kind: 'nursing note (Haiti, Creole names)',
    text: `
{{LOCATION:Hopital Albert Schweitzer}}, {{LOCATION:Deschapelles}} - night note {{DATE:11/09/2026}}
Pt {{NAME:Wilnise Jean-Baptiste}}, 31, postpartum day 1 after eclampsia. MgSO4 running, reflexes 2+, UO 45 ml/h. Baby girl Bebe {{NAME:Jean-Baptiste}} in nursery. Mother {{NAME:Marie-Ange Dorvilus}} came from {{LOCATION:Verrettes}} by tap-tap; lives at {{LOCATION:Rue Clervaux 12}}, {{LOCATION:Saint-Marc}}. Pastor Frere {{NAME:Lucner}} of {{LOCATION:Eglise Baptiste de Pont-Sonde}} visited. Nurse {{NAME:Guerline Pierre-Louis}}.
`,
  },
];
