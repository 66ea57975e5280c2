// heldout6 notes, part 7: social-media escalation, device loan log, a quick-reference card with no PHI. A gold mark is {{TYPE:value}}.
export default [
  {
    id: 'h6-062',
    kind: 'hospital social-media escalation log',
    text: `
SOCIAL MEDIA / ONLINE REVIEW ESCALATION - Patient Experience      Case {{OTHER_ID:PX-25-1187}}   opened Mon., {{DATE:Jan. 6th, 2025}}
Source: public post by @{{NAME:marigold_okafor}} ({{URL:https://social.example.com/marigold_okafor}}), link
  {{URL:https://social.example.com/marigold_okafor/status/188204477}}; also a 1-star review {{URL:https://reviews.example.net/r/55120447}}.
Summary of post: says her father, {{NAME:Ikenna Okafor}}, waited 9 hours in the ED on {{DATE:Jan 1}} and was
  sent home with "nothing done"; post includes a photo of him on a hallway stretcher ({{PHOTO:IMG_4471.HEIC}} as downloaded), face visible.
Matched to MRN {{MRN:6620-1187}} (ED visit {{DATE:01/01/2025}}, 11:52-21:10, dx renal colic, CT done, discharged with tamsulosin).
Action: do NOT reply publicly with any detail. Private message sent asking her to call Patient Relations {{PHONE:(412) 555-0190}}.
  Daughter {{NAME:Marigold Okafor}} called {{DATE:1/7}}; HIPAA authorisation from father received by fax from {{FAX:(412) 555-0133}}.
Handled by {{NAME:Tamsin Hargreave}}, patient experience; {{EMAIL:thargreave@eastgate-hosp.example.org}}. Closed {{DATE:01/21/2025}}.
`,
  },
  {
    id: 'h6-063',
    kind: 'home sleep apnoea test device loan and return log',
    text: `
HOME SLEEP TEST (HSAT) DEVICE LOAN LOG - {{LOCATION:Lakeview Sleep Disorders Center}}
Device SN       Patient                     Out          Due back     Returned     Upload                                    Notes
{{DEVICE:WP2-0441871}}     {{NAME:Bergstrom-Achebe, Nils}}      {{DATE:2025-04-07}}   {{DATE:2025-04-09}}   {{DATE:2025-04-09}}   {{URL:https://hsat.example.com/study/4471-NB}}      AHI 31, scored by RPSGT {{NAME:kl}}
{{DEVICE:WP2-0441872}}     {{NAME:Quinones, Maritza}}           {{DATE:2025-04-07}}   {{DATE:2025-04-09}}   {{DATE:2025-04-14}}   {{URL:https://hsat.example.com/study/4472-MQ}}      late; 1 night valid
{{DEVICE:WP2-0441875}}     {{NAME:Teague, Royal}}               {{DATE:2025-04-08}}   {{DATE:2025-04-10}}   NOT RETURNED --                                        see below
Unreturned device: called {{NAME:Royal Teague}} at {{PHONE:(920) 555-0117}} {{DATE:4/11}} and {{DATE:4/15}}; letter to {{LOCATION:W4471 County Rd KK}}, {{LOCATION:Malone}} WI {{LOCATION:53049}}.
  Deposit on card ending {{ACCOUNT:8820}} will be charged $450 on {{DATE:5/1/2025}}.
Model WP2, firmware 3.1.18; studies scored in reading room 4B.
Ordering: Dr. {{NAME:Hakeem Lindgren-Osei}} for all three.
`,
  },
  {
    id: 'h6-064',
    kind: 'START triage quick-reference card (no PHI)',
    text: `
START ADULT TRIAGE - POCKET CARD (laminate; revision 4)
1. Can walk? -> GREEN (minor). Direct walking wounded to the collection point.
2. Not breathing after airway opened? -> BLACK (expectant). Breathing only after repositioning -> RED.
3. Respiratory rate > 30/min -> RED.
4. Radial pulse absent or capillary refill > 2 s -> RED; control bleeding (tourniquet 2-3 inches above wound).
5. Cannot follow simple commands -> RED. Otherwise YELLOW (delayed).
JumpSTART (children 1-8 y): 5 rescue breaths if apnoeic with pulse; RR < 15 or > 45 -> RED; AVPU P (inappropriate) or U -> RED.
Re-triage every 15 min; document tag colour changes on the back of the tag with the time (e.g. 14:20 Y -> R).
Radio: command channel 2, treatment 3, transport 4. Tag stock numbers (e.g. series MT-00) are issued per incident, not per patient.
`,
  },
];
