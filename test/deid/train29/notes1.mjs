// train29 notes 1: chaplaincy and bereavement notes (spiritual care visits, bereavement calls, death
// notification, memorial liaison), names and places with weak cues or none.
export default [
  {
    id: 't29-001',
    kind: 'chaplaincy visit note (ward)',
    text: `
Spiritual Care - visit record
Ward 7B, bed 14. Visit {{DATE:3 March 2026}}, about 40 minutes.
Referred by the ward sister because the patient had asked "for somebody to pray with". {{NAME:Okonjibe Stavridou}} is 71, a retired bus driver, admitted with a stroke. Speech is slow but clear. She told me about her late husband, {{NAME:Tasos}}, who was Greek Orthodox; she was raised Anglican in {{LOCATION:Onitsha}} and the two of them "split the difference" by going to {{LOCATION:St Nicholas Church}} in {{LOCATION:Tooting}} every Easter.
{{NAME:Okonjibe}} worries about her cat and about her grandson {{NAME:Ifechukwu}}, who lives with her in the flat on {{LOCATION:Rectory Lane}}. Her friend from church, {{NAME:Marguerite Oyelowo-Banks}}, has the spare key.
We said the Lord's Prayer together. She asked whether Father {{NAME:Dimitrios}} could bring communion; I have left a message for the Orthodox chaplain, {{NAME:Kyriakos Haralambous}}, on {{PHONE:020 7946 0381}}.
Plan: revisit Thursday. Aphasia-friendly leaflet left. No safeguarding concerns.
{{NAME:Bronagh McIlwaine}}, Chaplain (bleep 2217)
`,
  },
  {
    id: 't29-002',
    kind: 'bereavement follow-up phone call',
    text: `
Bereavement service - 6-week call
Deceased: {{NAME:Halvard Rustad-Eide}}, died {{DATE:14/01/2026}} on the hospice ward. NHS no {{OTHER_ID:000 555 4812}}.
Spoke to: widow, {{NAME:Ingrid}}, on {{PHONE:01632 960 447}}.
{{NAME:Ingrid}} answered after several rings. She said the house in {{LOCATION:Grassington}} "is too quiet". Her daughter {{NAME:Solveig}} went back to {{LOCATION:Trondheim}} last week and her son {{NAME:Kjetil}} phones on Sundays. Sleeping four or five hours. Eating "when {{NAME:Maud}} comes round" - {{NAME:Maud Ashcroft}} is the neighbour from number 6 who walks the dog with her.
She described the last night: she felt she should have woken {{NAME:Solveig}} sooner. Normal grief reaction discussed. She declined the group at {{LOCATION:Skipton}} ("I'm not a talker") but would like a one-to-one visitor.
Plan: referral to volunteer {{NAME:Pennant}} (Tuesday visits). Leaflet "When someone dies" posted to {{LOCATION:Fell View}}, {{LOCATION:Hebden Road}}, {{LOCATION:Grassington}}, {{LOCATION:BD23 5LY}}. Next call {{DATE:March 2026}}.
{{NAME:Ingrid}} asked for a copy of the memorial page; link sent by e-mail to {{EMAIL:ingrid.re@post.example.no}}: {{URL:https://remember.example.org.uk/halvard-re}}.
Call by {{NAME:Tamsin Achterberg}}, bereavement coordinator.
`,
  },
  {
    id: 't29-003',
    kind: 'chaplain referral to community faith leader',
    text: `
Dear Imam {{NAME:Rashidov}},

Thank you for speaking with me on {{DATE:9 February}}. As agreed, I am writing about {{NAME:Dilnoza Yusupova}} (date of birth {{DATE:22.11.1958}}), who went home from {{LOCATION:Royal Derby Hospital}} yesterday to her son's house at {{LOCATION:41 Normanton Road}}, {{LOCATION:Derby}} {{LOCATION:DE23 6US}}.

{{NAME:Dilnoza}} is frightened of dying away from {{LOCATION:Samarkand}}, where her parents are buried. She talks most easily in Uzbek; her son {{NAME:Bekzod}} interprets but she does not want him to hear everything. Her daughter-in-law, {{NAME:Mavluda}}, is expecting a baby in April.
She asked me to pass on that she would welcome a visit from the sisters' circle at {{LOCATION:Jamia Mosque Peartree}}, in particular {{NAME:Gulnora}} whom she knew in {{LOCATION:Tashkent}}.

With her permission: GP is Dr {{NAME:Sunniva Brathwaite}} at {{LOCATION:Village Surgery}}, and the palliative care nurse is {{NAME:Ewan Ferguson-Mbeki}} ({{PHONE:01332 555 019}}).

With thanks and best wishes,
Rev. {{NAME:Aled Prys-Jones}}
Lead Chaplain, Spiritual and Pastoral Care
`,
  },
  {
    id: 't29-004',
    kind: 'ICU spiritual care record',
    text: `
ICU spiritual care - {{DATE:27/02/26}} 02:10
Called by {{NAME:Chidinma}} (nurse in charge). Patient: {{NAME:Wiremu Tautahi}}, 58, bed 3, MRN {{MRN:K4410937}}, withdrawal of treatment planned for the morning.
Present: wife {{NAME:Aroha}}, sisters {{NAME:Mere}} and {{NAME:Huia}}, nephew {{NAME:Rawiri Ngata}}, and a family friend, {{NAME:Hemi}}. Kaumatua {{NAME:Tipene Parata}} was travelling from {{LOCATION:Rotorua}} and arrived at 03:30.
{{NAME:Aroha}} asked for karakia and for the window to be opened. Ventilator and Optiflow left as they were; I liaised with the charge nurse about numbers at the bedside (eight whanau present, agreed).
{{NAME:Tipene}} led karakia in te reo; I stayed in the corner. {{NAME:Rawiri}} asked if his uncle could go back to the marae at {{LOCATION:Ohinemutu}} after death - passed to the bereavement coordinator and the mortuary.
Left 04:15. Family room key given to {{NAME:Mere}}.
{{NAME:Pita Seumalo-Hart}}, on-call chaplain
`,
  },
  {
    id: 't29-005',
    kind: 'death notification record',
    text: `
RECORD OF DEATH NOTIFICATION
Name of deceased: {{NAME:Leokadia Wisniewska-Brandt}}
Date and time of death: {{DATE:05/03/2026}} 16:47, Ward 22, {{LOCATION:Queen Elizabeth University Hospital}}
Hospital number: {{MRN:QE 0718842}}   CHI: {{MRN:0000557841}}
Age: {{AGE_OVER_89:93}}
Verified by: {{NAME:Ruairidh Macaskill}}, staff nurse
Next of kin informed: granddaughter {{NAME:Zofia Brandt}} by telephone ({{PHONE:07700 900 624}}) at 17:05. {{NAME:Zofia}} will tell her mother, {{NAME:Halina}}, who is in {{LOCATION:Gdansk}} and has no mobile phone; a cousin there, {{NAME:Bozena}}, will go round.
Belongings: wedding ring (left on), reading glasses, rosary. Hearing aids returned to {{NAME:Zofia}}. Property bag 4471.
Faith: Roman Catholic. Anointed on {{DATE:4 March}} by Father {{NAME:Tadeusz Kalinowski}} of {{LOCATION:St Simon's}}, {{LOCATION:Partick}}.
Funeral director (if known): {{LOCATION:Wylie & Lochhead}}, {{LOCATION:Maryhill}}.
Referral to Procurator Fiscal: not required.
`,
  },
  {
    id: 't29-006',
    kind: 'bereavement support group session log',
    text: `
Bereaved Parents Group - session log, Thursday {{DATE:19 February 2026}}
Facilitators: {{NAME:Nomvula Khumalo}} and {{NAME:Finnian Ua Briain}}. Room 2, {{LOCATION:Harmony House}}, {{LOCATION:Clondalkin}}.
Attending: {{NAME:Saoirse}} and {{NAME:Dara Ni Bhraonain}}; {{NAME:Agnieszka}}; {{NAME:Temperance Adu}}; {{NAME:Breandan}} (first time); {{NAME:Jolene Cassidy}}.
{{NAME:Saoirse}} brought a photo of {{NAME:Oisin}} at the beach in {{LOCATION:Inchydoney}}. {{NAME:Agnieszka}} spoke about the anniversary next month and about her husband going back to work at the depot in {{LOCATION:Ballymount}}. {{NAME:Temperance}} said grief "comes in waves" and shared a Ghanaian custom from {{LOCATION:Kumasi}}: the one-year memorial.
{{NAME:Breandan}} did not speak but stayed to the end; {{NAME:Finnian}} walked out with him. Follow-up call agreed for Monday.
{{NAME:Jolene}} asked for the list of local counsellors - given (Barnardos, Anam Cara).
Next session: {{DATE:5 March}}. Tea and biscuits left with {{NAME:Imelda}} at reception.
`,
  },
  {
    id: 't29-007',
    kind: 'chaplaincy handover sheet',
    text: `
Chaplaincy handover, weekend {{DATE:28 Feb - 1 Mar}}
- Ward 4: Mrs {{NAME:Thandiwe Mabuza}}, bed 9. Methodist. Daughter {{NAME:Lindiwe}} asked for Holy Communion Sunday. Minister at {{LOCATION:Wesley Chapel}} is Rev. {{NAME:Sello Morake}}.
- Ward 6: {{NAME:Akash}} (young man, 23) - not religious, wants "someone to talk to about the accident". Best friend {{NAME:Jaskirat}} died at the scene near {{LOCATION:Hounslow West}}. Gentle, no agenda.
- Ward 11: {{NAME:Yerlan Abenov}}, Muslim, prefers to pray in the quiet room. Brother {{NAME:Nurlan}} visiting from {{LOCATION:Almaty}}; staying at {{LOCATION:Travelodge Heathrow Terminal 5}}.
- Maternity: baby {{NAME:Eilidh Moon}}, stillbirth {{DATE:27/02}}. Parents {{NAME:Hope}} and {{NAME:Caleb Moon}}; naming blessing done Friday. Memory box prepared. They live in {{LOCATION:Staines}}.
- Hospice link: {{NAME:Grace}} from {{LOCATION:Princess Alice Hospice}} will call about Mr {{NAME:Dunstan}}.
{{NAME:Grace}} and {{NAME:Hope}} above are people, not virtues. On call: {{NAME:Esi Quansah-Lindqvist}}.
`,
  },
  {
    id: 't29-008',
    kind: 'memorial service liaison note',
    text: `
Annual Service of Remembrance - family liaison
Date of service Sunday {{DATE:10 May 2026}}, the Hospital Chapel, {{LOCATION:Southmead}}.
Requests received so far:
{{NAME:Kalani Pe'a}} would like to read for her father, {{NAME:Lopeti Pe'a}}; she will come with her aunt {{NAME:Seini}} from {{LOCATION:Avonmouth}}.
{{NAME:Bishop}} family (surname) - son {{NAME:Terrence Bishop}} asked that his mother's name be read "as {{NAME:Mags}}, not {{NAME:Margaret}}". Read as {{NAME:Mags Bishop}}.
{{NAME:Ruslana Petrenko}}, whose husband {{NAME:Oleksandr}} died in the autumn, asked whether the prayer can be said in Ukrainian. Her neighbour, {{NAME:Olena Dovzhenko}}, will read it. {{NAME:Ruslana}} is back and forth to {{LOCATION:Zhytomyr}}; contact by e-mail {{EMAIL:ruslana.p@mail.example.net}}.
Mr and Mrs {{NAME:Achebe-Fraser}} cannot attend; candle to be lit on their behalf for {{NAME:Chiamaka}}.
Order of service printed by the League of Friends. Tea in the Atrium afterwards.
Coordinator: {{NAME:Wynne Treharne}}, {{PHONE:0117 496 0552}}.
`,
  },
  {
    id: 't29-009',
    kind: 'anticipatory grief home visit (community chaplain)',
    text: `
Community chaplaincy - home visit {{DATE:2 March 2026}}
Address: {{LOCATION:Flat 3}}, {{LOCATION:18 Kelvinhaugh Street}}, {{LOCATION:Glasgow}} {{LOCATION:G3 8NU}}
Present: {{NAME:Amadou Diallo-Ferreira}} (patient, motor neurone disease), his partner {{NAME:Joaquim}}, and a friend from the choir, {{NAME:Vesna}}.
{{NAME:Amadou}} is a Senegalese-Portuguese painter; he grew up between {{LOCATION:Ziguinchor}} and {{LOCATION:Setubal}}. He said he is "not afraid of the end, only of the middle". {{NAME:Joaquim}} asked about funerals without religion; I gave him the number of the humanist celebrant, {{NAME:Liesel Vanterpool}}.
{{NAME:Amadou}} showed me the portrait of his grandmother, {{NAME:Aissatou}}, which he wants to go to his niece {{NAME:Fatou}} in {{LOCATION:Lisbon}}.
Choir friend's full name is {{NAME:Vesna Radakovic}}; she visits on Wednesdays and sings to him.
Equipment in the flat: NIV at night, eye-gaze tablet. No spiritual distress requiring urgent response.
Next: visit in two weeks. {{NAME:Morven}} (district nurse) aware.
{{NAME:Callum Oduya}}, community chaplain
`,
  },
];
