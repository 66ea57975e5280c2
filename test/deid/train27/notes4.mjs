// train27 notes 4: dictated clinic letters run through speech recognition, lower case, some spoken punctuation left in.
export default [
  {
    id: 't27-028',
    kind: 'speech-recognition clinic letter (lower case)',
    text: `
dictated by dr {{NAME:ifeoma nwachukwu-reid}} consultant rheumatologist typed by voice not checked
dear dr {{NAME:pendlebury}} comma
{{LOCATION:the limes surgery}} comma {{LOCATION:42 chorley new road}} comma {{LOCATION:bolton}} {{LOCATION:bl1 4qr}}
re colon {{NAME:zuzanna kowalczyk-barnes}} comma date of birth {{DATE:the fourth of june nineteen seventy two}} comma hospital number {{MRN:r-4471093}}
new paragraph i saw this lady in the rheumatology clinic on {{DATE:the ninth of february}} with her husband {{NAME:marek}} full stop she works as a school cook at {{LOCATION:st osmund's primary}} in {{LOCATION:breightmet}} and finds the hand pain worst in the morning full stop
new paragraph examination showed synovitis of the mcps bilaterally comma das twenty eight of five point two full stop anti ccp strongly positive full stop x rays show no erosions full stop
new paragraph plan colon methotrexate fifteen milligrams weekly rising to twenty comma folic acid five milligrams weekly comma hydroxychloroquine two hundred milligrams daily full stop the specialist nurse {{NAME:hope fairclough}} will phone her on {{PHONE:oh seven seven oh oh nine double oh two one four}} to arrange bloods full stop
yours sincerely {{NAME:ifeoma nwachukwu-reid}} new line cc patient
new paragraph typist note colon the dictation engine heard methotrexate as metro tax ate comma corrected full stop das twenty eight and anti ccp are scores and tests not identifiers full stop
`,
  },
  {
    id: 't27-029',
    kind: 'dictated geriatric home-visit letter (lower case)',
    text: `
domiciliary visit letter - voice dictation - {{DATE:12 november 2026}}
to dr {{NAME:aled pugh}} {{LOCATION:meddygfa'r bont}} {{LOCATION:llanrwst}}
re {{NAME:gwenllian parry-jones}} aged {{AGE_OVER_89:ninety three}} of {{LOCATION:tyddyn isaf}} {{LOCATION:capel garmon}} nhs number {{OTHER_ID:612 448 9017}}
i visited mrs {{NAME:parry jones}} at home at your request full stop her daughter in law {{NAME:sian}} was present and her son {{NAME:dafydd}} joined by phone from {{LOCATION:caernarfon}} full stop
she has had three falls since september comma the last onto the slate step by the back door full stop she speaks welsh by preference and we conversed in welsh full stop
on examination lying blood pressure one forty over seventy six comma standing one oh eight over sixty full stop
impression colon orthostatic hypotension likely due to doxazosin and furosemide full stop
i have stopped the doxazosin full stop a referral has gone to the falls team at {{LOCATION:ysbyty llandudno}} and the care agency {{LOCATION:gofal cymunedol conwy}} full stop
with best wishes {{NAME:rhodri ap iorwerth}} consultant geriatrician
new paragraph copy to {{NAME:sian parry-jones}} comma {{LOCATION:tyddyn isaf}} full stop dictated {{DATE:12/11/2026}} typed {{DATE:13/11/2026}} by {{NAME:eirlys}} full stop
`,
  },
  {
    id: 't27-030',
    kind: 'dictated paediatric outpatient letter (lower case)',
    text: `
clinic letter paediatrics voice to text
date of clinic {{DATE:third of march twenty twenty six}}
patient {{NAME:amaru condori mamani}} date of birth {{DATE:the twentieth of october twenty nineteen}} mrn {{MRN:5018842}}
address {{LOCATION:apartment two b}} {{LOCATION:eighteen forty one east tremont avenue}} {{LOCATION:bronx}} new york {{LOCATION:one oh four six oh}}
dear dr {{NAME:feigenbaum}} period thank you for referring this six year old boy who came with his mother {{NAME:wayra}} and his aunt {{NAME:nayra condori}} who interpreted from quechua period
new paragraph he was born in {{LOCATION:cusco}} and came to new york at age three period he has a murmur grade two over six at the left sternal border which is innocent in character period still's murmur period
echo at {{LOCATION:montefiore}} on {{DATE:february twenty seventh}} was normal period
new paragraph no follow up needed period mother can reach the clinic on {{PHONE:seven one eight five five five zero one four six}}
yours sincerely dr {{NAME:olusegun babatunde-hart}} paediatric cardiology {{LOCATION:children's hospital at montefiore}}
`,
  },
  {
    id: 't27-031',
    kind: 'speech-recognition discharge letter with misrecognitions (lower case)',
    text: `
discharge letter generated from dictation - please check names
patient {{NAME:thandeka mabuza}} hospital no {{MRN:hh-20041886}} admitted {{DATE:5 jan 2026}} discharged {{DATE:11 jan 2026}}
ward 7 {{LOCATION:helen joseph hospital}} {{LOCATION:auckland park}}
dictating consultant dr {{NAME:pillay}} mentions the patient lives in {{LOCATION:soweto}} at {{LOCATION:1184 vilakazi street}} {{LOCATION:orlando west}} with her partner {{NAME:sibusiso}} and two children
diagnosis colon community acquired pneumonia in a patient with hiv on tld comma cd4 two hundred and ten comma viral load suppressed full stop
note colon the system wrote "pill eye" for {{NAME:pillay}} and "tender care" for tenderness comma corrected by typist {{NAME:r. naidoo}} full stop
follow up at {{LOCATION:chiawelo community health centre}} in two weeks comma medical aid {{HEALTH_PLAN:gems 00418873}} full stop
contact {{PHONE:011 555 0372}} full stop
typist: the engine also turned "tld" into "teal dee"; tld is tenofovir, lamivudine and dolutegravir. discharged to the care of her sister {{NAME:nomsa mabuza}} who lives in {{LOCATION:diepkloof zone 4}}. id number {{OTHER_ID:8604120731086}}.
`,
  },
  {
    id: 't27-032',
    kind: 'dictated psychiatry letter, no punctuation (lower case)',
    text: `
outpatient psychiatry letter voice file {{OTHER_ID:vf-88231}} {{DATE:27/04/2026}}
to dr {{NAME:hannele virtanen}} gp {{LOCATION:kallion terveysasema}} {{LOCATION:helsinki}}
re {{NAME:ilkka juhani koskinen}} henkilotunnus {{OTHER_ID:120385-417x}} address {{LOCATION:fleminginkatu 14 b 22}} {{LOCATION:00530 helsinki}}
mr {{NAME:koskinen}} was seen with his partner {{NAME:aino}} and his support worker {{NAME:petteri hamalainen}} from {{LOCATION:kalliola settlement}} he reports low mood since losing his job at {{LOCATION:valio pasila depot}} in january phq nine score eighteen no active suicidal intent he sleeps at his brother {{NAME:esa}}'s flat in {{LOCATION:vantaa}} two nights a week
plan increase sertraline to one hundred milligrams follow up in four weeks
dr {{NAME:saara lindqvist}} psychiatrist
typist note {{NAME:saara lindqvist}} dictated phq nine and gad seven as numbers they are not identifiers kela reimbursement number {{HEALTH_PLAN:kela-774120385}} copy to {{NAME:petteri hamalainen}}
`,
  },
  {
    id: 't27-033',
    kind: 'dictated surgical clinic letter (lower case)',
    text: `
general surgery clinic dictation {{DATE:06/07/2026}} voice engine v4 job {{OTHER_ID:j-302117}}
dear doctor {{NAME:abdulrahman al-mutairi}} comma
thank you for sending mr. {{NAME:faisal bin nasser al-qahtani}} comma {{AGE_OVER_89:ninety one}} comma from {{LOCATION:al-malaz}} comma {{LOCATION:riyadh}} full stop he attends with his grandson {{NAME:turki}} who translates full stop
he has a symptomatic right inguinal hernia comma reducible full stop given his age and frailty score of five comma we discussed watchful waiting versus repair under local anaesthetic full stop
his son dr {{NAME:nasser al-qahtani}} comma a cardiologist at {{LOCATION:king fahad medical city}} comma telephoned later on {{PHONE:+966 11 555 0187}} to ask for surgery full stop
plan colon listed for open mesh repair under local on {{DATE:20th july}} at {{LOCATION:dallah hospital}} full stop mrn {{MRN:dh-00917734}} full stop
regards dr {{NAME:hessa al-dossari}} consultant surgeon
`,
  },
  {
    id: 't27-034',
    kind: 'dictated memory clinic letter (lower case)',
    text: `
memory clinic letter - dictated - tuesday {{DATE:the eighth of september}}
re {{NAME:eamon o se}} - typist note: patient spells it {{NAME:eamon o'shea}} - dob {{DATE:14.02.1934}}, {{LOCATION:cnoc na gaoithe}}, {{LOCATION:ballyferriter}}, {{LOCATION:co kerry}} {{LOCATION:v92 x4k1}}
seen at {{LOCATION:university hospital kerry}} with his wife {{NAME:nora}} and niece {{NAME:aoife ni she}} who lives in {{LOCATION:dingle}}.
moca nineteen over thirty, addenbrooke's seventy one. ct shows small vessel disease. likely mixed alzheimer's and vascular dementia.
he was a fisherman out of {{LOCATION:dun chaoin}} and still walks to {{LOCATION:tigh tp}} pub most evenings with his friend {{NAME:micheal}}.
public health nurse {{NAME:gobnait brosnan}} to visit. next review {{DATE:march 2027}}.
dictated by dr {{NAME:caoimhe breathnach}}
`,
  },
  {
    id: 't27-035',
    kind: 'dictated antenatal letter (lower case)',
    text: `
antenatal clinic dictation {{DATE:2026-08-19}}
dear midwife {{NAME:tupou}} comma
re {{NAME:losaline vaipulu}} comma born {{DATE:the second of may nineteen ninety seven}} comma nhi {{OTHER_ID:dkr5512}} comma twenty eight weeks in her third pregnancy full stop
she lives with her partner {{NAME:viliami}} and his parents at {{LOCATION:eighteen tamaki road}} comma {{LOCATION:glen innes}} full stop
glucose tolerance test abnormal with a two hour value of nine point one full stop started on metformin five hundred milligrams twice daily and referred to the diabetes in pregnancy team at {{LOCATION:auckland city hospital}} full stop
her church minister reverend {{NAME:sitani havili}} of {{LOCATION:tonga methodist church glen innes}} has offered transport full stop
please contact me on {{PHONE:oh nine five five five oh two one eight}} full stop kind regards dr {{NAME:mereana tuhiwai}} obstetrician
typist note colon gtt is glucose tolerance test comma not a name full stop booking midwife team {{LOCATION:tamaki health glen innes}} comma fax {{FAX:09 555 0219}} full stop
`,
  },
  {
    id: 't27-036',
    kind: 'dictated cardiology letter with device (lower case)',
    text: `
cardiology clinic letter. speech recognized. {{DATE:nov 17 2026}}.
dr {{NAME:chukwuemeka obi}}, {{LOCATION:harlem hospital center}}, {{LOCATION:506 lenox ave}}, {{LOCATION:new york}}, ny {{LOCATION:10037}}. fax {{FAX:212-555-0149}}.
re: {{NAME:bernadette sauveur-pierre}}, dob {{DATE:07/22/1958}}, mrn {{MRN:hhc-61180342}}.
seen in device clinic with her son {{NAME:jean-baptiste}}. her dual chamber pacemaker, serial {{DEVICE:rnl-204417-h}}, was interrogated: battery 8.2 years, atrial pacing 41 percent, no mode switches.
she spends winters with her sister {{NAME:marie-claude}} in {{LOCATION:petion-ville}} and asked about remote monitoring from there: the home monitor (serial {{DEVICE:mon-7731-0045}}) needs cellular coverage.
next check {{DATE:may 2027}}. dictated by dr. {{NAME:lars eriksen-mbeki}}, signed electronically.
addendum: remote monitor enrolment at {{URL:https://remote.example.com/enrol/rnl-204417-h}}. medicaid {{HEALTH_PLAN:ny-tq44718b}}. cc {{NAME:chukwuemeka obi}}, fax {{FAX:212-555-0149}}.
`,
  },
];
