// heldout12 notes3: FHIR R4 JSON fragments and C-CDA XML snippets pasted into prompts (h12-021..030).
// A gold mark is {{TYPE:value}}; system URIs, OIDs, codes and resource ids are not PHI.
export default [
  {
    id: 'h12-021',
    kind: 'fhir-patient',
    text: `
Summarise who this patient is for the referral letter:
{
  "resourceType": "Patient",
  "id": "p1",
  "identifier": [
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR" }] },
      "system": "urn:oid:2.16.840.1.113883.3.4471.1", "value": "{{MRN:E4471902}}" },
    { "type": { "coding": [{ "code": "SS" }] }, "system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{SSN:000-41-7730}}" },
    { "type": { "coding": [{ "code": "DL" }] }, "system": "urn:oid:2.16.840.1.113883.4.3.39", "value": "{{LICENSE:P441-0928-7713}}" }
  ],
  "name": [
    { "use": "official", "family": "{{NAME:Vukovic}}", "given": ["{{NAME:Dragana}}", "{{NAME:Mirjana}}"] },
    { "use": "usual", "given": ["{{NAME:Gaga}}"] },
    { "use": "maiden", "family": "{{NAME:Stojanovic}}" }
  ],
  "telecom": [
    { "system": "phone", "value": "{{PHONE:+1 440 555 0137}}", "use": "mobile" },
    { "system": "email", "value": "{{EMAIL:dvukovic1931@example.com}}" }
  ],
  "gender": "female",
  "birthDate": "{{DATE:1931-02-14}}",
  "address": [{ "line": ["{{LOCATION:7712 Ridge Rd}}", "{{LOCATION:Apt 14C}}"], "city": "{{LOCATION:Parma}}", "state": "OH", "postalCode": "{{LOCATION:44129}}", "country": "US" }],
  "contact": [{ "relationship": [{ "text": "son" }], "name": { "text": "{{NAME:Nikola Vukovic}}" },
    "telecom": [{ "system": "phone", "value": "{{PHONE:216-555-0170}}" }] }],
  "communication": [{ "language": { "text": "Serbian" }, "preferred": true }],
  "extension": [{ "url": "http://example.org/fhir/StructureDefinition/age-years", "valueInteger": {{AGE_OVER_89:94}} }]
}
`,
  },
  {
    id: 'h12-022',
    kind: 'fhir-relatedperson-practitioner',
    text: `
Bundle entries copied from the sandbox (type=collection):
{"resource":{"resourceType":"RelatedPerson","id":"rp2","patient":{"reference":"Patient/p2"},
 "relationship":[{"coding":[{"code":"GRNDDAU"}],"text":"granddaughter, health care proxy"}],
 "name":[{"family":"{{NAME:Fitzgerald-Obi}}","given":["{{NAME:Chiamaka}}"]}],
 "telecom":[{"system":"phone","value":"{{PHONE:(503) 555-0115}}"},{"system":"email","value":"{{EMAIL:chiamaka.fo@example.org}}"}],
 "address":[{"text":"{{LOCATION:2290 NE Alberta St}}, {{LOCATION:Portland}}, OR {{LOCATION:97211}}"}],
 "period":{"start":"{{DATE:2024-06-01}}"}}},
{"resource":{"resourceType":"Practitioner","id":"pr7",
 "identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{OTHER_ID:1447190283}}"}],
 "name":[{"family":"{{NAME:Thorvaldsen}}","given":["{{NAME:Ingeborg}}"],"prefix":["Dr."],"suffix":["MD"]}],
 "telecom":[{"system":"phone","value":"{{PHONE:503-555-0181}}","use":"work"},{"system":"fax","value":"{{FAX:503-555-0189}}","use":"work"}],
 "qualification":[{"identifier":[{"system":"urn:oid:2.16.840.1.113883.4.3.41","value":"{{LICENSE:MD-204471}}"}],
   "code":{"text":"Oregon Medical Board licence"}},
  {"identifier":[{"system":"urn:us:dea","value":"{{LICENSE:BT7740215}}"}],"code":{"text":"DEA registration"}}]}}
`,
  },
  {
    id: 'h12-023',
    kind: 'fhir-encounter',
    text: `
Why does this Encounter fail validation?
{
  "resourceType": "Encounter",
  "id": "enc-88",
  "status": "finished",
  "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP" },
  "identifier": [{ "system": "urn:oid:1.2.840.114350.1.13.4471", "value": "{{ACCOUNT:HSP-60077412}}", "type": { "text": "hospital account" } }],
  "subject": { "reference": "Patient/p88", "display": "{{NAME:Ruiz Echeverria, Joaquin}}" },
  "participant": [{ "individual": { "display": "Dr. {{NAME:Maeve O'Rourke}}" } }, { "individual": { "display": "{{NAME:Tran Bao Ngoc}}, RN" } }],
  "period": { "start": "{{DATE:2025-11-03}}T21:14:00-06:00", "end": "{{DATE:2025-11-09}}T11:02:00-06:00" },
  "hospitalization": {
    "origin": { "display": "{{LOCATION:Shady Oaks Assisted Living}}" },
    "admitSource": { "text": "from SNF/ALF" },
    "dischargeDisposition": { "text": "to SNF: {{LOCATION:Bethany Rehabilitation and Nursing}}, {{LOCATION:Lawrence}}, KS" }
  },
  "location": [{ "location": { "display": "{{LOCATION:Lawrence Memorial Hospital}} 4 West" } }],
  "reasonCode": [{ "text": "Urosepsis; age {{AGE_OVER_89:91}}; ICD-10 N39.0, A41.51" }]
}
`,
  },
  {
    id: 'h12-024',
    kind: 'fhir-observation-valuestring',
    text: `
{"resourceType":"Observation","id":"sh-1","status":"final",
 "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"social-history"}]}],
 "code":{"coding":[{"system":"http://loinc.org","code":"29762-2","display":"Social history Narrative"}]},
 "subject":{"reference":"Patient/p24"},"effectiveDateTime":"{{DATE:2025-10-30}}T14:20:00Z",
 "valueString":"Lives with partner {{NAME:Idris Bellamy}} on a narrowboat moored at {{LOCATION:Limehouse Basin}}; postal address c/o {{LOCATION:Flat 3, 19 Narrow Street}}, {{LOCATION:London}} {{LOCATION:E14 8DP}}. Works as a lock-keeper. Ex-smoker (quit 2019). Sister {{NAME:Wren Bellamy}} aged 52. Mother died aged {{AGE_OVER_89:92}} in {{LOCATION:Whitby}}.",
 "performer":[{"display":"{{NAME:Agnieszka Wolniewicz}}"}]}
{"resourceType":"Observation","id":"sh-2","status":"final","code":{"text":"Occupational exposure"},
 "subject":{"reference":"Patient/p24"},"effectiveDateTime":"{{DATE:2025-10-30}}",
 "valueString":"Reports painting boats with antifouling at {{LOCATION:Brentford Dock}} boatyard (owner {{NAME:Terry Hallam}}); blood lead 0.31 umol/L."}
`,
  },
  {
    id: 'h12-025',
    kind: 'fhir-documentreference',
    text: `
The attachment links below return 403; can you tell from the JSON what is wrong?
{
  "resourceType": "DocumentReference",
  "status": "current",
  "masterIdentifier": { "system": "urn:ietf:rfc:3986", "value": "urn:oid:1.3.6.1.4.1.21367.2005.3.7" },
  "identifier": [{ "value": "{{OTHER_ID:WC-2025-114872}}", "type": { "text": "wound-care case" } }],
  "type": { "coding": [{ "system": "http://loinc.org", "code": "72170-4", "display": "Photographic image" }] },
  "subject": { "reference": "Patient/p25", "display": "{{NAME:Abernathy, Cornelius T}}" },
  "date": "{{DATE:2025-11-18}}T16:40:11Z",
  "author": [{ "display": "{{NAME:Pilar Echanove}}, CWOCN" }],
  "description": "Left heel unstageable pressure injury, week 3",
  "content": [
    { "attachment": { "contentType": "image/jpeg", "title": "{{PHOTO:abernathy_L_heel_wk3.jpg}}",
      "url": "{{URL:https://wounds.example.org/fhir/Binary/abernathy-cornelius-wk3}}", "creation": "{{DATE:2025-11-18}}" } },
    { "attachment": { "contentType": "image/jpeg", "title": "{{PHOTO:abernathy_L_heel_wk3_ruler.jpg}}",
      "url": "{{URL:https://wounds.example.org/fhir/Binary/abernathy-cornelius-wk3r}}" } }
  ],
  "context": { "encounter": [{ "reference": "Encounter/e25" }], "facilityType": { "text": "{{LOCATION:Brookhaven Manor}} (SNF)" } }
}
`,
  },
  {
    id: 'h12-026',
    kind: 'fhir-coverage-device',
    text: `
Payload from the DME ordering app (two resources):
{"resourceType":"Coverage","status":"active","subscriberId":"{{HEALTH_PLAN:W447190283}}",
 "subscriber":{"display":"{{NAME:Huang Li-Ping}}"},"beneficiary":{"reference":"Patient/p26"},
 "relationship":{"coding":[{"code":"spouse"}]},"payor":[{"display":"Premera Blue Cross"}],
 "class":[{"type":{"coding":[{"code":"group"}]},"value":"1048813"}],"period":{"start":"{{DATE:2025-01-01}}"}}
{"resourceType":"Device","status":"active","serialNumber":"{{DEVICE:23191447720}}",
 "deviceName":[{"name":"AirSense 11 AutoSet","type":"model-name"}],"lotNumber":"L2207",
 "patient":{"reference":"Patient/p26","display":"{{NAME:Chen Wei-Ming}}"},
 "owner":{"display":"{{LOCATION:Bellevue Sleep Center}}"},
 "note":[{"text":"Modem IMEI {{DEVICE:356938035643809}}; set up {{DATE:11/04/2025}} by RT {{NAME:Jarrah Collins}}. Delivered to {{LOCATION:1402 148th Ave NE}}, {{LOCATION:Bellevue}}."}]}
`,
  },
  {
    id: 'h12-027',
    kind: 'ccda-recordtarget',
    text: `
<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.19.5.4471" extension="{{MRN:77104482}}"/>
    <id root="2.16.840.1.113883.4.1" extension="{{SSN:000-77-2914}}"/>
    <addr use="HP"><streetAddressLine>{{LOCATION:PO Box 118}}</streetAddressLine><city>{{LOCATION:Eagle Butte}}</city><state>SD</state><postalCode>{{LOCATION:57625}}</postalCode></addr>
    <telecom use="HP" value="tel:{{PHONE:+1-605-555-0166}}"/>
    <telecom use="WP" value="mailto:{{EMAIL:lthunderhawk@example.net}}"/>
    <patient>
      <name use="L"><given>{{NAME:Lorraine}}</given><given>{{NAME:Winona}}</given><family>{{NAME:Thunder Hawk}}</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="{{DATE:19330719}}"/>
      <guardian><code code="NIECE" displayName="niece"/>
        <guardianPerson><name><given>{{NAME:Tasha}}</given><family>{{NAME:Red Bear}}</family></name></guardianPerson>
        <telecom value="tel:{{PHONE:605-555-0102}}"/></guardian>
      <languageCommunication><languageCode code="lkt"/></languageCommunication>
    </patient>
    <providerOrganization><name>{{LOCATION:Cheyenne River IHS Hospital}}</name><telecom value="tel:{{PHONE:605-555-0100}}"/></providerOrganization>
  </patientRole>
</recordTarget>
<!-- age at export {{AGE_OVER_89:92}} -->
`,
  },
  {
    id: 'h12-028',
    kind: 'ccda-author-participant',
    text: `
<author><time value="{{DATE:20251119}}143002-0500"/>
  <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{{OTHER_ID:1992047718}}"/>
    <addr><streetAddressLine>{{LOCATION:3 Gateway Center, Suite 400}}</streetAddressLine><city>{{LOCATION:Newark}}</city><state>NJ</state><postalCode>{{LOCATION:07102}}</postalCode></addr>
    <telecom use="WP" value="tel:{{PHONE:973-555-0131}}"/><telecom use="WP" value="fax:{{FAX:973-555-0139}}"/>
    <assignedPerson><name><prefix>Dr.</prefix><given>{{NAME:Obiageli}}</given><family>{{NAME:Nwosu-Park}}</family></name></assignedPerson>
  </assignedAuthor></author>
<participant typeCode="IND"><associatedEntity classCode="ECON">
    <addr><streetAddressLine>{{LOCATION:55 Ferry St, Fl 2}}</streetAddressLine><city>{{LOCATION:Newark}}</city></addr>
    <telecom value="tel:{{PHONE:862-555-0177}}"/>
    <associatedPerson><name><given>{{NAME:Joao}}</given><family>{{NAME:Medeiros Pinto}}</family></name></associatedPerson>
</associatedEntity></participant>
<section><title>Payers</title><text><table><tbody>
  <tr><td>Horizon NJ Health</td><td>Member ID {{HEALTH_PLAN:3004471928}}</td><td>Subscriber: {{NAME:Fernanda Medeiros}}</td><td>Effective {{DATE:03/01/2025}}</td></tr>
</tbody></table></text></section>
`,
  },
  {
    id: 'h12-029',
    kind: 'ccda-encounter-narrative',
    text: `
<componentOf><encompassingEncounter>
  <id root="2.16.840.1.113883.19.4471" extension="{{OTHER_ID:ENC-3350218871}}"/>
  <effectiveTime><low value="{{DATE:20251028}}"/><high value="{{DATE:20251102}}"/></effectiveTime>
  <location><healthCareFacility><location><name>{{LOCATION:Our Lady of the Lake Regional Medical Center}}</name>
    <addr><city>{{LOCATION:Baton Rouge}}</city><state>LA</state></addr></location></healthCareFacility></location>
</encompassingEncounter></componentOf>
<section><title>Hospital Course</title><text>
<paragraph>Mr. {{NAME:Broussard}} was found by his neighbour {{NAME:Delphine Guidry}} on the floor of his camp on {{LOCATION:Bayou Manchac}}.</paragraph>
<paragraph>CK 14,200, Cr 2.4 on arrival; rhabdomyolysis resolved with fluids. Fall attributed to orthostasis.</paragraph>
<paragraph>Daughter {{NAME:Yvette Broussard-Landry}} ({{PHONE:225-555-0194}}) will stay with him in {{LOCATION:Prairieville}}. Follow-up with Dr. {{NAME:Thibodeaux}} on {{DATE:11/12/2025}}.</paragraph>
</text></section>
`,
  },
  {
    id: 'h12-030',
    kind: 'fhir-searchset-observations',
    text: `
GET [base]/Observation?subject=Patient/p30&category=survey  ->  Bundle (searchset, total 3)
entry[0]: Observation/o1  code "Living situation" valueString "Rents room from landlord {{NAME:Gustavo Pereira}} at {{LOCATION:88 Cambridge St, Rm 2}}, {{LOCATION:Fall River}}; landlord phone {{PHONE:508-555-0126}}" effectiveDateTime "{{DATE:2025-09-15}}"
entry[1]: Observation/o2  code "Transportation needs" valueString "No car since {{DATE:Aug 2025}}; uses SRTA bus; cousin {{NAME:Ilidio}} drives on Sundays (MA plate {{VEHICLE:4TR 558}})"
entry[2]: Observation/o3  code "Interpersonal safety" valueString "Ex-partner {{NAME:Ronaldo Furtado}} has a 209A order (docket {{OTHER_ID:2533RO0418}}) through {{DATE:06/30/2026}}"
meta.source: "{{URL:https://sdoh.example.org/fhir/QuestionnaireResponse/qr-ana-furtado-0915}}"  requester IP {{IP:10.44.19.207}}
Patient: {{NAME:Ana Paula Furtado}}, DOB {{DATE:12/02/1988}}, MassHealth {{HEALTH_PLAN:100447192877}}
`,
  },
];
