// heldout10 notes3: machine text in unfamiliar layouts (h10-021..030).
export default [
{ id: 'h10-021', kind: 'FHIR AllergyIntolerance bundle', text: `
Interface ticket 44180: bundle rejected (RelatedPerson.telecom invalid)
{"resourceType":"Bundle","type":"transaction","entry":[
 {"resource":{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4471","value":"{{MRN:00918827}}"}],
  "name":[{"family":"{{NAME:Ferreira-Lund}}","given":["{{NAME:Ines}}"]}],"birthDate":"{{DATE:1988-05-02}}",
  "address":[{"line":["{{LOCATION:44 Harbor View Terrace}}"],"city":"{{LOCATION:Portland}}","state":"ME","postalCode":"{{LOCATION:04101}}"}]}},
 {"resource":{"resourceType":"RelatedPerson","name":[{"text":"{{NAME:Anders Lund}}"}],"telecom":[{"system":"phone","value":"{{PHONE:207 555 0139}}"}]}},
 {"resource":{"resourceType":"AllergyIntolerance","code":{"text":"penicillin"},"onsetDateTime":"{{DATE:2019-08}}","criticality":"high",
  "recorder":{"display":"{{NAME:Wendell Obuya}}, PA-C"}}}]}
Submitted from {{IP:10.44.18.201}}; error 422. Ticket owner {{NAME:ckrishnamurthy}}.
` },
{ id: 'h10-022', kind: 'TOML config of a home infusion pump gateway', text: `
# gateway.toml -- pulled during field service {{DATE:2025-11-05}}
[site]
patient = "{{NAME:Obadiah Kettering}}"
address = "{{LOCATION:78 Larkspur Loop}}, {{LOCATION:Bend}}, OR {{LOCATION:97702}}"
mrn = "{{MRN:HI-557120}}"
[devices]
pump = "CADD SN {{DEVICE:1177420}}"
gateway = "{{DEVICE:GW-8F21-0044}}"
[network]
wan_ip = "{{IP:100.72.14.9}}"
upload = "https://telemetry.example.com/v2/ingest"   # generic endpoint
[contacts]
nurse = "{{NAME:Rosa Linares}}, RN {{PHONE:541-555-0170}}"
[service]
tech = "{{NAME:Arlo Svendsen}}"
visit = "{{DATE:2025-11-05}}"
next_pm = "{{DATE:2026-05}}"
battery_pct = 88
notes = "swapped gateway {{DEVICE:GW-8F21-0031}} -> {{DEVICE:GW-8F21-0044}}; caregiver {{NAME:Maude Kettering}} present"
` },
{ id: 'h10-023', kind: 'Kafka consumer log', text: `
[{{DATE:2025-11-14}} 03:12:09,118] WARN consumer=adt-sink topic=adt.a08 offset=991827 payload={"pid":"{{MRN:778102}}","last":"{{NAME:NAKASHIMA}}","first":"{{NAME:AIKO}}","dob":"{{DATE:19340411}}","age":{{AGE_OVER_89:91}},"ssn":"{{SSN:000-88-1442}}"}
[{{DATE:2025-11-14}} 03:12:09,204] ERROR schema mismatch field=nok value="{{NAME:NAKASHIMA^KENJI}}|{{PHONE:(808)555-0122}}"
[{{DATE:2025-11-14}} 03:12:10,001] INFO retry from host {{IP:172.20.9.44}} user={{NAME:svc_mokafor}}
[{{DATE:2025-11-14}} 03:12:11,310] WARN dead-letter key={{MRN:778109}} name="{{NAME:PAOLUCCI, RENZO}}" ssn="{{SSN:000-90-2271}}" plan="{{HEALTH_PLAN:HMSA 44718802}}"
[{{DATE:2025-11-14}} 03:12:11,402] INFO alert sent to {{EMAIL:integration-oncall@example.org}} (team mailbox)
` },
{ id: 'h10-024', kind: 'semicolon CSV lab export (European format)', text: `
Export Labor {{LOCATION:Klinikum Ingolstadt}} -- {{DATE:14.11.2025}}
Pat-Nr;Name;Vorname;Geb.;Parameter;Wert;Einheit
{{MRN:300441872}};{{NAME:Oberhuber}};{{NAME:Theresia}};{{DATE:02.09.1933}};Kreatinin;1,42;mg/dl
{{MRN:300441872}};{{NAME:Oberhuber}};{{NAME:Theresia}};{{DATE:02.09.1933}};eGFR;33;ml/min
{{MRN:300558013}};{{NAME:Yilmaz}};{{NAME:Kerem}};{{DATE:17.01.1979}};CRP;48,5;mg/l
Bemerkung: Pat. {{NAME:Oberhuber}} {{AGE_OVER_89:92}} J.; Einsender Dr. {{NAME:Wendelin Brugger}}, Fax {{FAX:0841 555 2290}}.
` },
{ id: 'h10-025', kind: 'RFC5424 nurse-call syslog', text: `
<134>1 {{DATE:2025-11-02}}T02:14:07Z ncs01 nursecall 2218 ALERT [bed=4W-12 pt="{{NAME:Grisham, Lorna}}" mrn="{{MRN:5518839}}"] bath cord pulled
<134>1 {{DATE:2025-11-02}}T02:14:51Z ncs01 nursecall 2218 ACK [staff="{{NAME:tobuya}}" badge="{{DEVICE:RTLS-44A1}}"] 44 s response
<134>1 {{DATE:2025-11-02}}T02:31:40Z ncs01 nursecall 2218 ALERT [bed=4W-15 pt="{{NAME:Pettibone, Arvid}}" age="{{AGE_OVER_89:97}}"] bed exit
<131>1 {{DATE:2025-11-02}}T02:31:41Z ncs01 nursecall 2218 ERR [src={{IP:10.12.3.77}}] pager gateway timeout
<134>1 {{DATE:2025-11-02}}T03:05:12Z ncs01 nursecall 2218 ALERT [bed=4W-12 pt="{{NAME:Grisham, Lorna}}" visitor="{{NAME:Dwayne Grisham}}" badge_photo="{{PHOTO:visitor_0305.jpg}}"] after-hours visitor entry by palm scan {{BIOMETRIC:PS-0091}}
` },
{ id: 'h10-026', kind: 'Elasticsearch hit from a referral search', text: `
GET referrals/_search?q=status:pending   took 12ms
{"_id":"{{OTHER_ID:rf-8847102}}","_source":{"patient":"{{NAME:Yevgenia Petrosyan}}","dob":"{{DATE:1961-10-30}}",
"phone":"{{PHONE:+1 818 555 0147}}","email":"{{EMAIL:y.petrosyan@example.net}}","referring":"{{NAME:Ara Karapetian}} MD",
"referring_fax":"{{FAX:818-555-0161}}","clinic":"{{LOCATION:Glendale Memorial Hospital}}","plan":"{{HEALTH_PLAN:BCX 44871029}}",
"attachments":["{{PHOTO:echo_still_4471.jpg}}"],"created":"{{DATE:2025-10-28}}T16:02:11Z"}}
{"_id":"{{OTHER_ID:rf-8847131}}","_source":{"patient":"{{NAME:Hovhannes Sargsyan}}","dob":"{{DATE:1930-02-14}}","age":{{AGE_OVER_89:95}},"ssn":"{{SSN:000-58-3390}}","clinic":"{{LOCATION:Adventist Health Glendale}}","created":"{{DATE:2025-10-29}}T08:40:55Z"}}
` },
{ id: 'h10-027', kind: 'FHIR QuestionnaireResponse (PHQ)', text: `
QuestionnaireResponse/qr-77120 status=completed authored={{DATE:2025-11-03}}T09:12:00-06:00
subject.display = {{NAME:Tobias Ekwueme}} ; subject.identifier = {{MRN:MN-2200917}}
source = RelatedPerson {{NAME:Amara Ekwueme}} (spouse)
item phq9-1 = 2 ; phq9-2 = 2 ; phq9-9 = 0 ; total = 14 (moderate) -- scores are not PHI
item contact-phone = {{PHONE:651.555.0193}}
meta.source = {{URL:https://portal.example.org/forms/qr-77120?pt=MN-2200917}}
meta.ip = {{IP:198.51.100.83}}
item caregiver-name = {{NAME:Amara Ekwueme}} ; item preferred-pharmacy = {{LOCATION:Snelling Ave Pharmacy}}, {{LOCATION:St. Paul}}
item next-appt = {{DATE:2025-12-01}} ; clinician = {{NAME:Halvard Odegaard}}, LICSW
` },
{ id: 'h10-028', kind: 'Teams webhook alert JSON', text: `
POST /webhook/sepsis  200
{"title":"Sepsis alert","facts":[{"name":"Patient","value":"{{NAME:Abernathy, Clementine}}"},
{"name":"MRN","value":"{{MRN:81144207}}"},{"name":"Unit","value":"MICU 7"},{"name":"Age","value":"{{AGE_OVER_89:93}}"},
{"name":"Lactate","value":"4.1"},{"name":"qSOFA","value":"2"},{"name":"Attending","value":"Dr. {{NAME:Ngata}}"}],
"potentialAction":[{"@type":"OpenUri","targets":[{"uri":"{{URL:https://ehr.example.com/chart/81144207/sepsis}}"}]}]}
POST /webhook/sepsis  200
{"title":"Sepsis alert cleared","facts":[{"name":"Patient","value":"{{NAME:Abernathy, Clementine}}"},{"name":"Cleared by","value":"{{NAME:rngata}}"},{"name":"Time","value":"{{DATE:2025-11-07}} 22:14"},{"name":"Family","value":"granddaughter {{NAME:Imani Abernathy}} {{PHONE:404-555-0186}}"}]}
` },
{ id: 'h10-029', kind: 'pharmacy delivery route manifest', text: `
ROUTE 6 MANIFEST {{DATE:11/19/2025}} driver {{NAME:Luis Arce}} van #6
stop|name|address|phone|notes
1|{{NAME:Pruitt, Odessa}}|{{LOCATION:212 Magnolia St Apt 3}}, {{LOCATION:Dothan}}|{{PHONE:334-555-0110}}|cold chain; leave w/ daughter {{NAME:Renita}}
2|{{NAME:Gaines, Thaddeus}}|{{LOCATION:88 County Road 17}}, {{LOCATION:Headland}}|{{PHONE:334-555-0124}}|signature req
3|{{NAME:Moua, Xee}}|{{LOCATION:1400 Ross Clark Cir}}, {{LOCATION:Dothan}}|{{PHONE:334-555-0131}}|gate code 4471#
Rx acct for stop 2: {{ACCOUNT:RX-2291887}}. Signature images {{PHOTO:sig_r6_s2.png}}.
4|{{NAME:Lindqvist, Harriet}}|{{LOCATION:610 W Main St}}, {{LOCATION:Ozark}}|{{PHONE:334-555-0147}}|age {{AGE_OVER_89:99}}, hard of hearing, knock loudly
route closed 16:40; van mileage 88 (not PHI); temp log OK 2-8 C.
` },
{ id: 'h10-030', kind: 'ICS calendar export of transplant clinic', text: `
BEGIN:VEVENT
UID:{{OTHER_ID:txp-8812-4471}}@example.org
DTSTART:{{DATE:20251204}}T083000
SUMMARY:Post-kidney-tx 6 mo -- {{NAME:Ogunleye, Babatunde}}
LOCATION:{{LOCATION:Hennepin Healthcare}} Tx Clinic, {{LOCATION:701 Park Ave}}, {{LOCATION:Minneapolis}}
DESCRIPTION:MRN {{MRN:HC4471092}}; tacrolimus trough 6.8; donor UNOS {{OTHER_ID:AKE4471}}
ATTENDEE;CN={{NAME:Greta Lindahl}}:mailto:{{EMAIL:greta.lindahl@example.org}}
END:VEVENT
BEGIN:VEVENT
UID:{{OTHER_ID:txp-8812-4479}}@example.org
DTSTART:{{DATE:20251211}}T101500
SUMMARY:BK viremia follow-up -- {{NAME:Ogunleye, Babatunde}}
DESCRIPTION:wife {{NAME:Folake Ogunleye}} {{PHONE:612-555-0104}} will drive
END:VEVENT
` },
];
