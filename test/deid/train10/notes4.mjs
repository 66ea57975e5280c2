// train10 notes4: voicemail transcriptions (automatic, with their errors).
export default [
{ id: 't10-028', kind: 'voicemail-pharmacy', text: `
Voicemail transcription (confidence: medium)  Received {{DATE:Nov 25}} 4:52 PM  From {{PHONE:(612) 555-0148}}
"Hi this message is for doctor {{NAME:Ahmed Warsame}} this is {{NAME:Hodan}} calling from {{LOCATION:Lake Street Pharmacy}} on {{LOCATION:East Lake Street}} um regarding the patient {{NAME:Faadumo Cali Nuur}} date of birth {{DATE:June 6th 1958}}. The prescription for the Lantus pen came through but her insurance, Medica, needs a prior auth, the member number is {{HEALTH_PLAN:M 4419 02 773}}. Our fax is {{FAX:612-555-0199}} and the DEA on the script, {{LICENSE:BW4417730}}, didn't match the prescriber so if you could just call us back at {{PHONE:612-555-0148}} extension 2 thank you bye."
[Transcribed by VoiceBox. Reply or call back.]` },

{ id: 't10-029', kind: 'voicemail-lower', text: `
vm transcript (auto) {{DATE:11-24-2026}} 08:03 caller id {{PHONE:555-0161}}
"hey it's uh {{NAME:gwendolyn}} {{NAME:gwen pryce-jones}} calling for my dad {{NAME:emrys pryce-jones}} he's on the list for the cataract thing at the {{LOCATION:sightline eye center}} on {{DATE:december 11th}} and he got a letter saying come to the {{LOCATION:mount vernon}} location but he can't drive since the stroke so can he go to the {{LOCATION:burlington}} one instead, um his account number is {{ACCOUNT:1 1 0 4 7 7 2 9}}, my cell is {{PHONE:360 555 0116}}. oh and he's deaf in the left ear so call me not him. okay thanks bye"
note: number partially garbled, staff to confirm.
[second voicemail {{DATE:11-24-2026}} 08:06] "sorry it's {{NAME:gwen}} again, i forgot, his social last four is {{SSN:0 4 4 7}} in case you need that to find him, and he's at the {{LOCATION:skagit valley}} house now, {{LOCATION:1920 riverside drive}}.` },

{ id: 't10-030', kind: 'voicemail-lab', text: `
VOICEMAIL - Clinic after-hours line - Sat {{DATE:11/22/2026}} 23:41 - 1 min 12 s
Transcript: "Hello, this is {{NAME:Priyanka Venugopal}}, medical technologist at {{LOCATION:Quest Diagnostics Lenexa}}, calling with a critical result for the ordering provider Dr. {{NAME:Okonjo}}... sorry, Doctor {{NAME:Ifeoma Okonjo}}. Patient {{NAME:Raymond Two Bulls}}, accession {{OTHER_ID:LX2611-04471}}, potassium 6.9, repeated and confirmed, non-hemolysed. Please call {{PHONE:913-555-0136}} and give reference {{OTHER_ID:CR-99120}}. Thank you."
Follow-up: on-call {{NAME:Sam O'Driscoll}} NP called pt at 23:55 -- sent to {{LOCATION:Olathe Medical Center}} ED.
Patient account {{ACCOUNT:QD-7719-0447}}; callback from Dr. {{NAME:Okonjo}}'s service logged {{DATE:11/23/2026}} 08:10.` },

{ id: 't10-031', kind: 'voicemail-carehome', text: `
Voicemail (transcribed) for GP practice duty doctor, left {{DATE:26/11/2026}} 07:20
"Good morning, it's {{NAME:Oksana}}, senior carer at {{LOCATION:Brambleside Nursing Home}} in {{LOCATION:Kirkby Lonsdale}}. I'm ringing about Mrs {{NAME:Winifred Ashcroft}}, she's {{AGE_OVER_89:96}}, date of birth the {{DATE:second of May 1930}}, NHS number {{OTHER_ID:401 023 2137}}. Overnight she's been more muddled, pulling at her catheter, temperature thirty-eight point one. Her daughter {{NAME:Pauline}} is on her way from {{LOCATION:Lancaster}}. Our number is {{PHONE:01524 555 0193}}, and the ReSPECT form says for ward-based care. Also Mr {{NAME:Arthur Bell}} in room 6, {{AGE_OVER_89:ninety-nine}} next week, needs his warfarin dose. Thanks, bye."
[Duty doctor note: visited 11:30. {{NAME:Winifred Ashcroft}} - urine dip nitrite +, chest clear, NEWS2 3. Started nitrofurantoin (eGFR 52). Daughter {{NAME:Pauline Ashcroft-Reid}} agreed. Review by district nurse {{NAME:Sinead}} tomorrow. - Dr {{NAME:Kehinde Lawal}}]` },

{ id: 't10-032', kind: 'voicemail-police', text: `
VOICEMAIL TRANSCRIPT -- ED CHARGE NURSE PHONE -- {{DATE:11/23/26}} 01:14
"YEAH HI THIS IS OFFICER {{NAME:DARNELL WASHINGTON-PIKE}} BADGE {{OTHER_ID:4471}} {{LOCATION:PINE BLUFF}} PD, WE'VE GOT AN ELDERLY MALE FOUND WANDERING ON {{LOCATION:HIGHWAY 65}} BY THE {{LOCATION:DOLLAR GENERAL}}, SAYS HIS NAME IS {{NAME:ELIJAH}} AND HE'S {{AGE_OVER_89:94}}, NO ID. HIS TRUCK WAS ON THE SHOULDER, ARKANSAS PLATE {{VEHICLE:7BK 229}}, A BLUE FORD F-150, VIN ENDING {{VEHICLE:4471923}}, REGISTERED TO AN {{NAME:ELIJAH FREEMAN}} JR OUT OF {{LOCATION:GOULD}}. WE'RE BRINGING HIM TO YOU AT {{LOCATION:JEFFERSON REGIONAL}}. CALL ME BACK AT {{PHONE:870-555-0122}}."
ADDENDUM (ED RN {{NAME:TAMMY FOUCHE}}): PD MOBILE FINGERPRINT SCAN MATCHED RECORD {{BIOMETRIC:AFIS-26-0447712}}. PT IS {{NAME:ELIJAH FREEMAN}}, DOB {{DATE:02/14/1932}}. SON {{NAME:MARCUS FREEMAN}} REACHED IN {{LOCATION:LITTLE ROCK}}.` },

{ id: 't10-033', kind: 'voicemail-scotland', text: `
Voicemail to out-patient booking (auto-transcribed) {{DATE:25.11.26}} 12:02
"Aye hello, it's {{NAME:Morag MacLeod}} phoning, I'm phoning for my mother {{NAME:Catriona Nic a' Phi}}, she had an appointment at the {{LOCATION:Western Isles Hospital}} for the memory clinic on the {{DATE:4th}} but the ferry from {{LOCATION:Lochmaddy}} is off with the weather. Her CHI number is {{OTHER_ID:0702341956}}. We're at {{LOCATION:3 Clachan}}, {{LOCATION:Locheport}}, {{LOCATION:HS6 5HD}}. You can get me on {{PHONE:07700 900641}} or the house {{PHONE:01876 555 031}}. Tapadh leat."` },

{ id: 't10-034', kind: 'voicemail-insurer', text: `
Voicemail (transcribed) -- billing office -- {{DATE:November 24, 2026}} 11:47
"Good morning, this is {{NAME:Trevor Quarshie}} with Blue Harbor Health Plan utilization review, calling regarding member {{NAME:Anastasia Petrovna Volkova}}, member ID {{HEALTH_PLAN:BHH-70229184-01}}, group 44102. We received the request for the Zepbound but we need the chart notes faxed to {{FAX:1-800-555-0171}}, attention {{NAME:Lorraine}}. The reference number for this call is {{OTHER_ID:UR-26-331847}}. Her Social was listed as {{SSN:000-71-4402}} which looks incorrect, please verify. Patient account {{ACCOUNT:HB-20881743}}. You can reach me at {{PHONE:1-800-555-0166}} extension 4410."` },

{ id: 't10-035', kind: 'voicemail-school', text: `
School nurse voicemail -- transcribed {{DATE:11/21/2026}} 1:30 PM -- to {{LOCATION:Cedar-Riverside Community Clinic}}
"Hi, this is {{NAME:Becky Lindahl}}, school nurse at {{LOCATION:Anne Sullivan Communication Center}}. I'm calling about {{NAME:Ayaan Abdirahman}}, grade 3, his mom {{NAME:Sahra Yusuf}} signed the release. He's had three asthma episodes this week at recess and his inhaler at school expired in {{DATE:October}}. Mom only speaks Somali, her number is {{PHONE:612-555-0105}}, the interpreter we use is {{NAME:Abdiwali}}. Can you fax a new med authorization to {{FAX:612-555-0150}}? Our school address is {{LOCATION:1700 E 27th St}}. Thank you."
[Clinic note: returned call {{DATE:11/21/2026}} 3:05 PM, Somali interpreter ID {{OTHER_ID:SOM-2281}}; authorization faxed; mom's email {{EMAIL:sahra.yusuf22@example.com}} added to portal.]` },

{ id: 't10-036', kind: 'voicemail-garbled', text: `
voicemail txt (auto, low confidence) rcvd {{DATE:11/26}} 19:03 from {{PHONE:+44 7700 900771}}
"hiya this is [inaudible] {{NAME:Lowri}} from the [inaudible] {{NAME:Lowri Bevan}} ringing about my nan {{NAME:Eirlys Bevan}} she's in {{LOCATION:Morriston}} on ward twelve since Sunday with the chest infection and nobody's rang us. I'm in {{LOCATION:Ystradgynlais}}, can the doctor, Doctor {{NAME:Hussain}} is it, ring me on this number. her birthday's the {{DATE:9th of January}} if you need it. ta"
[transcription note: caller says '{{LOCATION:Morriston}}' = {{LOCATION:Morriston Hospital}}, {{LOCATION:Swansea}}]
[callback by ward 12 sister {{NAME:Delyth Harries}} {{DATE:27/11/2026}} 09:15: updated {{NAME:Lowri}}; patient improving on amoxicillin, likely home Friday {{DATE:28th}}.]` },
];
