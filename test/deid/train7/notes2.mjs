// train7 notes 2: well-child visit, psychiatry intake, PT eval, OT note, case management, portal thread,
// anticoagulation pharmacy note, cross-cover note, ICU progress note, social work, newborn nursery, a no-PHI note.
export default [
  {
    id: 't7-013',
    kind: 'pediatric well visit',
    text: `
4 YR WELL CHILD CHECK   {{DATE:11/10/2025}}
{{NAME:Amara Nwosu-Bell}} (goes by "{{NAME:Mara}}")  DOB {{DATE:10/29/2021}}  MRN {{MRN:8820413}}
Accompanied by: dad {{NAME:Femi Nwosu}}, baby brother {{NAME:Kofi}} (6 mo, also our pt).
Interval: ED visit {{DATE:Aug 14}} at {{LOCATION:Lurie Children's}} for croup, dexamethasone x1. Otherwise well.
Growth: wt 16.8 kg (55%), ht 104 cm (60%), BMI 15.5 (45%). BP 94/58.
Dev: hops on 1 foot, draws person w 4 parts, tells story. ASQ-3 all areas above cutoff. Vision 20/30 both eyes (passed). Hearing OAE pass.
Diet: picky, milk 24 oz/day -> counselled to cut to 16 oz.
Preschool: {{LOCATION:Little Acorns Montessori}} on {{LOCATION:Damen Ave}}, 3 half days/wk. Teacher Ms. {{NAME:Rivka Sandoval}} notes no concerns.
Vaccines today: DTaP #5, IPV #4, MMR #2, Varicella #2, flu. VIS given. Lot numbers in MAR (not PHI). IIS ID {{OTHER_ID:IL-I-00583316}}.
Dental: sees Dr. {{NAME:Ho}} q6mo. Fluoride varnish today.
RTC 5 yr WCC ~{{DATE:Nov 2026}}. -- {{NAME:C. Berglund}}, MD
`,
  },
  {
    id: 't7-014',
    kind: 'psychiatry intake',
    text: `
OUTPATIENT PSYCHIATRY - INITIAL EVAL  {{DATE:11/12/25}}
Pt: {{NAME:Sorensen-Achebe, Lark}}  (pronouns they/them; legal name on ins {{NAME:Laura Sorensen}})  25 y/o
Referred by PCP Dr. {{NAME:Gideon Asante}} at {{LOCATION:Allston Community Health}} for depression, ?ADHD.
HPI: low mood since spring 2024, onset after breakup w ex {{NAME:Devon}} and job loss (barista at a cafe in {{LOCATION:Cambridgeport}}). PHQ-9 19, GAD-7 14, ASRS part A 5/6. Denies SI today; past passive SI, no attempts. C-SSRS screen neg today.
Past psych: one ED visit {{DATE:Jan 2025}} at {{LOCATION:McLean}} crisis (not admitted). Tried sertraline 50 mg x3 wk (GI upset).
Substance: cannabis 2-3x/wk, etoh socially, no other.
Social: lives w roommate {{NAME:Pip}} and a cat named Biscuit (not PHI) at {{LOCATION:19 Kinnaird St #3}}, {{LOCATION:Cambridge}} {{LOCATION:02139}}. Mom {{NAME:Ingrid}} in {{LOCATION:Duluth}}, supportive. Dad not involved.
Safety plan completed; crisis line 988 reviewed.
Plan: start bupropion XL 150 mg; therapy referral to {{NAME:Oren Mizrahi}}, LICSW. RTC 4 wk.
{{NAME:Aditi Venkataraman}}, MD
`,
  },
  {
    id: 't7-015',
    kind: 'PT evaluation',
    text: `
PT INITIAL EVAL - acute care  {{DATE:Nov. 13, 2025}}
Pt: {{NAME:Ferraro, Dominic}}  71M  POD1 R TKA (Dr. {{NAME:Sheehan}}) MRN {{MRN:M0093377}}
PLOF: indep, drives, lives w wife {{NAME:Carmela}} in 2-story home in {{LOCATION:Cranston}}, 4 STE w L rail, bedroom 2nd fl. Works PT at his son's hardware store.
Subj: pain 5/10 at rest, 8/10 w mobility. 
Obj: R knee AROM 5-68 deg, quad lag 10 deg, MMT R quad 3-/5, L LE 5/5. Sensation intact. 
Bed mob min A, sit-stand min A w RW, gait 60 ft RW CGA, TUG 28 s. 
Assessment: below PLOF, good rehab potential. 
Plan: BID PT, stairs training before d/c, CPM not ordered. D/c rec: home w HHPT vs outpt PT at {{LOCATION:Coastal Rehab - Warwick}}.
Goals (by {{DATE:11/16}}): gait 150 ft mod I, stairs 4 w rail SBA, R knee flex 90.
{{NAME:Brianna O'Shaughnessy}}, PT, DPT   lic {{LICENSE:PT-8841}}
`,
  },
  {
    id: 't7-016',
    kind: 'OT note',
    text: `
OT tx note {{DATE:11-14-25}}  {{NAME:Yoshida Haruki}} (family name first per pt) 84M, L CVA {{DATE:11/8}}
S: "my right hand is clumsy." daughter-in-law {{NAME:Emi}} present.
O: UB dressing min A, LB dressing mod A, grooming set-up, feeding w built-up utensils mod I. R grip 8 kg vs L 24 kg. 9HPT R 72 s. MoCA 22/30.
A: improving. Safety awareness fair.
P: cont 5x/wk. Recommend IRF at {{LOCATION:Spaulding}} vs {{LOCATION:Braintree Rehab}}. Home eval if d/c home to {{LOCATION:Quincy}} (son {{NAME:Kenji}} owns home, 1 level).
Photos of home bathroom set-up uploaded by son to chart media: {{PHOTO:IMG_7731.HEIC}}, {{PHOTO:IMG_7732.HEIC}}.
{{NAME:Teodora Marinescu}}, OTR/L
`,
  },
  {
    id: 't7-017',
    kind: 'case management note (SNF placement)',
    text: `
CASE MANAGEMENT PROGRESS NOTE  {{DATE:11/17/25}}
Pt {{NAME:Gladys Pettibone}}  {{AGE_OVER_89:96}} yo F   acct {{ACCOUNT:41178833209}}   Medicare MBI {{HEALTH_PLAN:7QK2-WE4-TT81}}; secondary AARP supp {{HEALTH_PLAN:AA38810457-1}}
Referrals sent via Allscripts to: {{LOCATION:Birchwood Manor SNF}} (fax {{FAX:860-555-0135}}), {{LOCATION:Avery Heights}}, {{LOCATION:The Reservoir Care Center}}.
{{LOCATION:Birchwood}} accepted, bed avail Wed {{DATE:11/19}}. Admissions coord {{NAME:Rhonda Faircloth}} {{PHONE:860-555-0136}} ext 220.
3-midnight qualifying stay met (adm {{DATE:11/12}}).
Spoke w niece/HCP {{NAME:Darlene Pettibone-Yates}} at {{PHONE:(860) 555-0149}}, agrees w plan. She'll bring clothes. Pt's own home at {{LOCATION:5 Old Farms Rd}}, {{LOCATION:West Hartford}}; neighbor Mr. {{NAME:Abdi}} checks on house.
Transport: wheelchair van via Medicaid broker, pick-up {{DATE:11/19}} 1100.
Form W-10 faxed {{DATE:11/17}} 1432 to {{LOCATION:Birchwood}}.
{{NAME:Lorraine Duchesne}}, RN CM  x6621
`,
  },
  {
    id: 't7-018',
    kind: 'patient portal message thread',
    text: `
MyChart message  {{DATE:11/13/2025}} 21:04  From: {{NAME:Patricia "Trish" Wahlberg}}  To: Dr. {{NAME:Ifeoma Chukwu}}
hi dr {{NAME:chukwu}}, its {{NAME:trish}}. my bp has been running 150s/90s at home since we upped the amlodipine?? also ankles r swollen. should i stop it. also can u send the rx to the {{LOCATION:walgreens on 5th & pine}} not the mail order. my new cell is {{PHONE:206 555 0113}}. thx
-- sent from {{IP:203.0.113.77}} (portal audit)

{{DATE:11/14/2025}} 08:12 Reply from {{NAME:Marisol Otero}}, RN for Dr. {{NAME:Chukwu}}:
Hi {{NAME:Trish}}, ankle swelling is a common side effect of amlodipine 10 mg. Please don't stop it yet. Dr. {{NAME:Chukwu}} would like to see you Monday {{DATE:11/17}}, I booked 9:20 at our {{LOCATION:Ballard}} clinic. Please bring your cuff. Rx rerouted (store #04417).
If you get chest pain, severe headache or shortness of breath, call 911.

{{DATE:11/14/2025}} 08:40 From {{NAME:Trish}}: ok thank u!! my husband {{NAME:gary}} will drive me. his email is {{EMAIL:gwahlberg62@example.net}} if u need it for the proxy form
`,
  },
  {
    id: 't7-019',
    kind: 'anticoagulation clinic pharmacy note',
    text: `
ANTICOAGULATION CLINIC - phone encounter  {{DATE:20251114}}
Pt: {{NAME:ESPINOZA, JUAN CARLOS}}  DOB {{DATE:04.11.1949}}  MRN {{MRN:600481127}}
Indication: mech MVR (On-X), goal INR 2.5-3.5. Home INR meter (Coaguchek) serial {{DEVICE:UU13984476}}.
INR today 2.1 (home POC, reported by wife {{NAME:Maria Elena}}). Missed 1 dose {{DATE:11/11}}. No bleeding/bruising. Diet: more salads this wk.
Current: warfarin 7.5 mg daily except 5 mg Sun/Wed (47.5 mg/wk).
Plan: 10 mg x1 tonight, then resume; recheck {{DATE:11/18}}. Education re: vit K consistency. Spanish interpreter {{NAME:Ana Lucia}} ID {{OTHER_ID:INT-20488}} used.
Next INR reminder via text to {{PHONE:(602) 555-0128}}.
{{NAME:K. Nakamura-Stiles}}, PharmD, CACP
`,
  },
  {
    id: 't7-020',
    kind: 'night cross-cover note',
    text: `
x-cover note 0315 {{DATE:11/16}}
called by rn {{NAME:Beto}} re: Mr. {{NAME:Lindgren}} (rm 819, {{NAME:LINDGREN, ARVID}}) - new afib rvr 140s, bp 108/64, asx. k 3.3 mg 3.4 this am. 
saw pt. no cp, no sob. ekg afib 138, no st changes. 
gave metoprolol 5 mg iv x1 -> hr 102. kcl 40 po, mg 2g iv. tele. troponin x1.
d/w primary team senior ({{NAME:Oyelowo}}) via secure chat; day team to decide on AC in am (CHA2DS2-VASc 3, HAS-BLED 2).
son {{NAME:Nils}} called at 0340 on {{PHONE:651-555-0153}}, updated.
-{{NAME:mk}} (night float)
`,
  },
  {
    id: 't7-021',
    kind: 'ICU progress note (lower case)',
    text: `
micu prog note hd 6  {{DATE:2025-11-15}}
{{NAME:abdullahi, fartun}} 38f, ards 2/2 influenza a, intubated {{DATE:11/10}}
events: proned x16h overnight, p/f 96 -> 164. cvc r ij placed {{DATE:11/13}} (dr {{NAME:kessler}}).
vent: vc 380/20/peep 14/fio2 0.5. abg 7.33/48/88.
neuro: rass -2 on propofol + fentanyl. cam-icu unable. 
cv: norepi 0.04. ef 55% on tte. 
renal: cr 1.6 (0.7), uop 0.4 ml/kg/h, 
id: oseltamivir d6, vanc/cefepime d5, sputum mrsa pcr neg -> dc vanc.
heme: hgb 8.1. 
ppx: sq heparin, ppi. 
lines: r ij cvc, l radial a-line, ett 7.5 @ 23 cm, foley.
family: husband {{NAME:hassan}} + sister {{NAME:hodan}} updated at bedside w somali interpreter (phone interp co, id {{OTHER_ID:88123}}). kids staying w aunt in {{LOCATION:cedar-riverside}}.
code: full.
{{NAME:l. bjornstad}} md / fellow {{NAME:t. ahuja}}
`,
  },
  {
    id: 't7-022',
    kind: 'social work note',
    text: `
SOCIAL WORK ASSESSMENT  {{DATE:11/14/2025}}
Pt {{NAME:Kimberly "Kimmy" Stroud}}, 33F, adm for cellulitis; SW consulted for housing/IPV screen.
Pt reports she has been staying in her car (2009 Chevy Malibu, plate {{VEHICLE:LKM-2217}}) in the lot behind the {{LOCATION:Kroger on Dixie Hwy}} since {{DATE:October 20th}}, after leaving partner ({{NAME:Travis Gentry}}) at their apt ({{LOCATION:Riverport Apts, 4410 Bells Ln #114}}, {{LOCATION:Louisville}} {{LOCATION:40211}}). +IPV screen. No current contact; EPO granted {{DATE:11/3/25}}, case # {{OTHER_ID:25-D-004127}}.
Children: daughter {{NAME:Nevaeh}} (9) staying w maternal grandmother {{NAME:Opal Stroud}} in {{LOCATION:Shepherdsville}}.
Income: SNAP, works at a daycare (paused). Medicaid Passport ID {{HEALTH_PLAN:9921045771}}.
Plan: referral to {{LOCATION:Center for Women and Families}} shelter, hotline contact Ms. {{NAME:Jeter}} {{PHONE:502-555-0176}}; bus pass; DL replacement voucher (old DL {{LICENSE:K087-114-552}}).
Pt agreeable. Safe number to call her: {{PHONE:(502) 555-0191}} (friend {{NAME:Lashonda}}'s phone).
{{NAME:Emmanuel Boateng}}, LCSW
`,
  },
  {
    id: 't7-023',
    kind: 'newborn nursery note',
    text: `
NEWBORN NURSERY ADMIT   DOB/TOB {{DATE:11/15/25}} 1422
Baby Boy {{NAME:Ahn}} ("BB {{NAME:Ahn}}")  MRN {{MRN:NB2511150047}}   mother {{NAME:Ahn Ji-woo}} (MRN {{MRN:4477102}}), father {{NAME:Daniel Kowalski-Ahn}}
39w1d, SVD, Apgars 8/9, BW 3410 g (52%), HC 34.5 cm. GBS neg, ROM 6h, clear. Maternal labs: HIV neg, HBsAg neg, RPR NR, rubella immune, blood type O+.
Exam: AGA, ant fontanelle soft, red reflex +/+ , palate intact, hips neg Barlow/Ortolani, no sacral dimple, testes descended b/l, 3-vessel cord.
Security: Hugs tag {{DEVICE:HT-00418832}} placed L ankle. Footprints taken, newborn ID band {{OTHER_ID:B-25-1147}}. Footprint biometric scan stored, template {{BIOMETRIC:FPX-7718-2204}}.
Plan: routine care, vit K and erythromycin given, hep B vaccine consented. Bili at 24h. CCHD screen at 24h. Pediatrician after d/c: Dr. {{NAME:Faisal Haddad}}, {{LOCATION:Fairfax Pediatric Associates}} {{PHONE:703-555-0104}}.
{{NAME:Ruth-Anne Kilgore}}, NNP-BC
`,
  },
  {
    id: 't7-024',
    kind: 'nursing protocol snippet (no PHI)',
    text: `
NURSING PROTOCOL EXCERPT - Insulin infusion (adult, non-DKA)
Start when BG > 180 mg/dL x2. Initial rate = BG / 100 units/h, rounded to nearest 0.5.
Check BG q1h until 3 consecutive values in 140-180, then q2h.
If BG < 70: stop drip, give D50 25 mL IV, recheck in 15 min, notify provider.
Hold for K < 3.3 mEq/L. Replace Mg if < 2.0.
Transition to SQ basal 2 h before stopping the drip (see policy NUR-412, rev 2024).
Pain scale 0-10; RASS -5 to +4; Braden 6-23; Morse fall scale 0-125.
Example: BG 250 -> 2.5 units/h. BP 130/80 is not relevant to the calculation.
Reviewed by the Critical Care Practice Council, 2025.
`,
  },
];
