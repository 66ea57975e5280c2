// Stop 18 (docs/deid-history.md, "a clinical vocabulary for the tagger"): a general clinical vocabulary, lower case, one
// word per entry (blanks separate entries; a hyphenated entry is one token of the detector, "swan-ganz"). The learned
// tagger (tagger.ts) proposes no word of it, nor a word one edit away from a long one (a misspelling), unless the word is
// also a known given name or surname in a strong name context.
//
// Source and licence: written for this project by hand, from general clinical and pharmacological knowledge (drug and
// brand names in common use, textbook anatomy, organisms, eponymous signs, nursing and medical shorthand), not from any
// evaluation corpus and not from the PhysioNet notes. Licensed with the project (Apache-2.0). No npm package was usable:
// `@cspell/dict-medicalterms` is GPL-3.0-or-later (not shippable in an Apache-2.0 package), and the MIT-licensed
// `@cspell/dict-scientific-terms-us` is a general scientific word list (a compressed trie) with few drug or nursing words.
//
// Only words a note could take for a person's name or a place belong here: common English words ("grace", "hope",
// "page", "will", "bed") are left out (the tagger already needs a word no dictionary knows in a span).

/** Generic drug names, drug classes and chemical shorthand. */
const DRUGS = `
abacavir acarbose acebutolol acetaminophen acetazolamide acetylcysteine acyclovir adalimumab adenosine albumin albuterol
alendronate alfentanil allopurinol alprazolam alteplase amantadine amikacin amiloride aminophylline amiodarone amitriptyline
amlodipine amoxicillin amphotericin ampicillin anastrozole apixaban aripiprazole aspirin atenolol atorvastatin atracurium
atropine azathioprine azithromycin aztreonam baclofen beclomethasone benazepril benztropine betamethasone bicalutamide
bisacodyl bisoprolol bivalirudin bleomycin bumetanide bupivacaine buprenorphine bupropion buspirone busulfan cabergoline
calcitonin calcitriol candesartan capecitabine captopril carbamazepine carboplatin carvedilol caspofungin cefazolin cefdinir
cefepime cefotaxime cefotetan cefoxitin ceftaroline ceftazidime ceftriaxone cefuroxime celecoxib cephalexin cetirizine
chlorambucil chlordiazepoxide chlorhexidine chlorpromazine chlorthalidone cholestyramine cilostazol cimetidine cinacalcet
ciprofloxacin cisatracurium cisplatin citalopram clarithromycin clindamycin clonazepam clonidine clopidogrel clotrimazole
clozapine codeine colchicine colistin cyclobenzaprine cyclophosphamide cyclosporine cytarabine dabigatran dalteparin dantrolene
dapagliflozin daptomycin darbepoetin desmopressin dexamethasone dexmedetomidine dextrose diazepam diclofenac dicyclomine
digoxin diltiazem dimenhydrinate diphenhydramine dipyridamole dobutamine docusate dofetilide donepezil dopamine doxazosin
doxepin doxorubicin doxycycline dronabinol droperidol duloxetine dutasteride empagliflozin enalapril enalaprilat enoxaparin
entacapone ephedrine epinephrine eplerenone epoetin eptifibatide ertapenem erythromycin escitalopram esmolol esomeprazole
estradiol etanercept ethambutol ethanol etomidate exenatide ezetimibe famotidine fenofibrate fentanyl ferrous filgrastim
finasteride flecainide fluconazole fludarabine fludrocortisone flumazenil fluorouracil fluoxetine fluphenazine fluticasone
fluvoxamine folate fondaparinux fosphenytoin furosemide gabapentin ganciclovir gemcitabine gentamicin glargine glimepiride
glipizide glucagon glyburide glycopyrrolate haloperidol heparin hydralazine hydrochlorothiazide hydrocodone hydrocortisone
hydromorphone hydroxychloroquine hydroxyurea hydroxyzine ibuprofen ibutilide imipenem imipramine indapamide indomethacin
infliximab insulin ipratropium irbesartan isoniazid isoproterenol isosorbide isotretinoin itraconazole ivermectin ketamine
ketoconazole ketorolac labetalol lacosamide lactulose lamivudine lamotrigine lansoprazole letrozole leucovorin leuprolide
levalbuterol levetiracetam levofloxacin levothyroxine lidocaine linezolid liraglutide lisinopril lithium loperamide loratadine
lorazepam losartan lovastatin magnesium mannitol meclizine medroxyprogesterone megestrol meloxicam memantine meperidine
mercaptopurine meropenem mesalamine metformin methadone methimazole methocarbamol methotrexate methylene methylphenidate
methylprednisolone metoclopramide metolazone metoprolol metronidazole micafungin miconazole midazolam midodrine milrinone
minocycline mirtazapine misoprostol montelukast morphine moxifloxacin mupirocin mycophenolate nabumetone nadolol naloxone
naltrexone naproxen nateglinide nebivolol neomycin neostigmine nesiritide niacin nicardipine nicotine nifedipine nimodipine
nitrofurantoin nitroglycerin nitroprusside nitrous norepinephrine nortriptyline nystatin octreotide ofloxacin olanzapine
olmesartan omeprazole ondansetron oseltamivir oxacillin oxcarbazepine oxybutynin oxycodone oxytocin paclitaxel pamidronate
pantoprazole paroxetine pegfilgrastim penicillin pentamidine pentobarbital phenazopyridine phenobarbital phenylephrine
phenytoin phytonadione pioglitazone piperacillin potassium pramipexole prasugrel pravastatin prazosin prednisolone prednisone
pregabalin primidone probenecid procainamide prochlorperazine promethazine propafenone propofol propranolol propylthiouracil
protamine pseudoephedrine pyridostigmine pyridoxine quetiapine quinapril quinidine rabeprazole raloxifene ramipril ranitidine
rasburicase remifentanil repaglinide rifampin rifaximin risperidone rituximab rivaroxaban rizatriptan rocuronium ropinirole
rosuvastatin salmeterol scopolamine senna sennosides sertraline sevelamer sildenafil simethicone simvastatin sitagliptin
sotalol spironolactone succinylcholine sucralfate sulfamethoxazole sulfasalazine sumatriptan tacrolimus tadalafil tamoxifen
tamsulosin tazobactam temazepam tenecteplase terazosin terbutaline teriparatide testosterone tetracycline theophylline
thiamine ticagrelor tigecycline timolol tiotropium tirofiban tizanidine tobramycin tolterodine topiramate torsemide tramadol
trazodone triamcinolone triamterene trimethoprim valacyclovir valganciclovir valproate valsartan vancomycin vasopressin
vecuronium venlafaxine verapamil voriconazole warfarin zidovudine ziprasidone zoledronic zolpidem zonisamide
acetylprocainamide napa nac ntg nitro nitropaste perm kcl kphos nahco3 mgso4 caco3 cacl cagluc d5w d50 hespan hetastarch
albuminar plasmanate ffp prbc prbcs cryo cryoprecipitate platelets plts tpn ppn lipids intralipid dextran mannitol bicarb
bicarbonate kdur k-dur ktab electrolyte electrolytes vit vits multivitamin mvi thiamine folic ferrous fes04 feso4 epo procrit
levophed neosynephrine neo-synephrine vaso dopa dobut nipride pitressin precedex diprivan versed fent dilaudid mso4 ms04
oxycontin oxy percs roxicet tylox vicodin norco lortab ultram tylenol apap asa nsaid nsaids ppi ppis abx antibx antibiotics
anticoag anticoagulation acei arb arbs ccb betablocker betablockers diuretic diuretics benzo benzos opioid opioids opiate
opiates narcotic narcotics pressor pressors inotrope inotropes vasopressor vasopressors sedative sedation steroid steroids
insulins antiemetic antiemetics antipyretic antipyretics antihypertensive antiarrhythmic antiarrhythmics anticonvulsant
anticonvulsants antipsychotic antipsychotics antidepressant antidepressants antihistamine antifungal antifungals antiviral
antivirals bronchodilator bronchodilators nebulizer nebulizers neb nebs mdi mdis inhaler inhalers laxative laxatives stool
softener softeners statin statins sulfonylurea thrombolytic thrombolytics tpa rtpa tnk lytics heme hemes
cream creme ointment oint lotion gel powder paste tablet tabs caps capsule elixir suspension susp patch
suppository supp supps troche lozenge
`;

/** Brand names of drugs and nutrition products (US and elsewhere). */
const BRANDS = `
abilify accupril accutane aciphex actonel actos adderall advair advil afrin aggrastat aldactone aleve allegra altace amaryl
ambien amoxil anaprox antivert anzemet aranesp aricept arixtra aspercreme atacand ativan atrovent augmentin avandia avapro
avelox azulfidine bactrim bactroban benadryl benicar bentyl betapace biaxin boniva brilinta bumex buspar bystolic calan
cancidas capoten carafate cardizem cardura catapres ceftin celebrex celexa cellcept chantix cialis cipro claforan claritin
cleocin clozaril cogentin colace compazine concerta cordarone coreg corgard cortef coumadin cozaar crestor cubicin cymbalta
cytotec cytoxan dalmane decadron deltasone demerol depakote desyrel diflucan dilantin dilaudid diovan ditropan dolophine
duragesic dulcolax dyazide effexor elavil eliquis enbrel epogen exelon flagyl flexeril flomax flonase florinef fosamax
glucophage glucotrol glucovance haldol humalog humira humulin hydrodiuril hytrin imdur imitrex imodium inderal indocin invanz
isordil jantoven januvia kayexalate keflex keppra klonopin lamictal lamisil lanoxin lantus lasix levaquin levemir levitra
levophed levoxyl lexapro lidoderm lipitor lopressor lotensin lotrel lovenox lyrica macrobid maalox medrol merrem mestinon
methergine miralax mirapex mobic motrin mucomyst mucinex multaq myambutol mylanta namenda naprosyn narcan natrecor neurontin
nexium nitrostat nizoral norco normodyne norvasc novolin novolog nuvigil omnicef oxycontin pamelor paxil pepcid percocet
periactin persantine phenergan plavix plaquenil pletal pradaxa pravachol precedex premarin prevacid prilosec primaxin
prinivil pristiq procardia procrit prograf proscar protonix provera provigil prozac pulmicort pyridium questran reglan
relafen remeron renagel renvela requip restoril revatio risperdal robaxin robitussin rocephin roxanol sandostatin sensipar
septra seroquel sinemet singulair solumedrol solu-medrol solucortef solu-cortef soma spiriva sular suprax symbicort synthroid
tagamet tamiflu tegretol tenormin tessalon thorazine tiazac timentin tobi topamax toprol toradol tracleer trandate trental
tricor trileptal tylenol ultram unasyn uroxatral valium valtrex vancocin vasotec ventolin verelan vfend viagra vicodin
vistaril voltaren vytorin wellbutrin xalatan xanax xarelto xopenex zantac zaroxolyn zebeta zestril zetia ziac zithromax zocor
zofran zoloft zometa zosyn zovirax zyloprim zyprexa zyrtec zyvox
ensure glucerna nepro jevity osmolite promote impact pulmocare replete peptamen vital novasource suplena isosource boost
resource pedialyte gatorade thickit benefiber metamucil citrucel fleet fleets dulcolax senokot peri-colace pericolace
milk-of-magnesia mom golytely nulytely moviprep bisacodyl glycerin lacrilube artificial duoneb combivent proventil maxair
serevent foradil qvar flovent alvesco asmanex xolair nicoderm nicorette commit chapstick vaseline aquaphor eucerin desitin
calmoseptine balmex sween criticaid baza remedy secura nystop mycostatin lotrimin silvadene bacitracin neosporin polysporin
xeroform adaptic mepilex allevyn aquacel duoderm tegaderm opsite telfa kerlix kling coban ace steri-strips steristrips
dermabond betadine hibiclens chloraprep duraprep peridex biotene
`;

/** Devices, catheters, lines, tubes, monitors, beds and other products and equipment (incl. eponymous ones). */
const DEVICES = `
swan swan-ganz swanganz ganz swann swann-ganz swan-gans foley foleys coude quinton quinton-cath permcath perm-cath
vascath vas-cath hickman broviac groshong mediport portacath port-a-cath picc piccs midline cvl cvc cvp tlc triple-lumen
introducer cordis sheath sheaths arterial aline a-line alines art-line artline iabp balloon impella lvad rvad bivad ecmo
heartmate heartware thoratec abiomed pacer pacemaker pacers pacemakers icd aicd bivent biv crt crt-d medtronic
guidant boston-scientific zoll lifepak careview carevue metavision cerner epic pyxis omnicell alaris sigma
hospira kangaroo corpak dobhoff dobbhoff doboff sump ngt ogt ng og peg pej pegj g-tube gtube j-tube jtube
trach trachs tracheostomy shiley portex bivona passy-muir passy ett ett's endotracheal lma ambu ambu-bag bvm
bipap cpap vpap nippv hfov oscillator vent vents ventilator ventilators servo drager puritan avea
vapotherm optiflow airvo nrb nonrebreather venturi venti-mask ventimask fio2 peep psv simv prvc aprv cmv imv pcv
trilogy astral respironics pleurx pleur-x jps jackson-pratt hemovac penrose chest-tube pigtail heimlich pleur-evac
pleurevac thora-seal sengstaken blakemore dhobhoff flexiflo compat kangaroo
rectal-tube flexiseal flexi-seal zassi bowel-management condom-cath texas-cath purewick suprapubic nephrostomy ileal
conduit urostomy colostomy ileostomy ostomy stoma wound-vac woundvac vac kci wound-vacuum prevena clinitron kinair
triadyne rotoprone roto-rest rotorest efica hillrom hill-rom stryker sizewise bariatric posey hoyer maxi-move sara-stedy
stedy geri-chair gerichair broda tilt-table hi-lo sequential scd scds teds teds' kendall-scd venodyne flowtron
bair-hugger bairhugger arctic arcticsun arctic-sun blanketrol coolguard thermoguard icy alsius lifevest
telemetry tele holter zio event-monitor loop-recorder reveal linq pulse-ox pulseox oximeter capnography capno etco2
bis ekg ecg eeg emg ncv lumbar-drain evd icp licox ventriculostomy ommaya shunt vp-shunt bolt
glucometer accuchek accu-chek accuchecks fingerstick fsbg onetouch
pca pcea epidural duramorph infusion pump pumps syringe buretrol heplock hep-lock saline-lock salinelock piv pivs
angiocath jelco butterfly huber-needle powerport arrow teleflex vygon mallinckrodt covidien
yankauer yankaur yankeur asepto neoprobe pulse-lavage pulsavac
walker cane crutches wheelchair commode bsc orthosis tlso lso cervical-collar miami-j miamij
cam-boot prafo multipodus aircast sling immobilizer brace braces splint
`;

/** Procedures, tests, imaging, scales and scores. */
const PROCEDURES = `
cabg cabgx2 cabgx3 cabgx4 avr mvr tvr pvr tavr tavi ptca pci stent stents stenting cath caths angio angiogram angiography
angioplasty atherectomy endarterectomy cea fem-pop fempop bypass esophagectomy whipple nissen hartmanns billroth
roux-en-y roux lap lapchole lap-chole chole cholecystectomy appy appendectomy ercp egd colonoscopy sigmoidoscopy bronch
bronchoscopy bal thoracentesis paracentesis thora para lumbar-puncture tap taps ivc-filter greenfield tips tipss
cardioversion dccv ablation pvi eps tte tee echo echos mri mra mrcp ct cta ctpa kub cxr pcxr doppler dopplers duplex
hida muga pet spect nuc dexa dxa ekg holter stress-test mibi thallium sestamibi cardiolite lexiscan persantine
dobutamine-echo abg abgs vbg vbgs cbc bmp cmp lfts lft coags ptt inr bnp probnp trop tropn troponin troponins ckmb
cpk lytes chem chem7 chem10 ua ucx bcx blcx sputum cultures culture cx gram-stain afb pcr elisa esr crp procalcitonin
lactate lactic ammonia lipase amylase tsh ft4 hba1c a1c lipid lipids hct hgb wbc plt rbc mcv rdw bun creat gfr egfr
gcs apgar morse rass cam-icu camicu cpot faces flacc nips ciwa cows nihss mrs ranson apache sofa
meld child-pugh caprini chads chads2 cha2ds2-vasc hasbled timi killip nyha ecog karnofsky barthel
mmse moca phq phq9 gad7 audit cage snellen rinne romberg tinetti glasgow-coma mallampati asa-class
dialysis crrt cvvh cvvhd cvvhdf cvvhf scuf capd ccpd ultrafiltration plasmapheresis pheresis apheresis tpe
transfusion intubation extubation reintubation trach peg-tube debridement fasciotomy craniotomy crani laminectomy
discectomy fusion acdf tlif plif kyphoplasty vertebroplasty orif arthroplasty tka tha thr tkr hemiarthroplasty
amputation bka aka tma cesarean c-section csection lscs tah bso tahbso hysterectomy
`;

/** Positions, eponymous signs, syndromes and findings, and their usual misspellings. */
const SIGNS = `
trendelenburg trendelenberg trendelenberg's reverse-trendelenburg rtrendelenburg fowler fowlers semi-fowler semifowler
semi-fowlers high-fowler supine prone lateral decubitus lithotomy orthopnea orthopneic tripod tripoding
babinski babinskis brudzinski kernig kernigs homan homans murphys mcburney rovsing psoas obturator chvostek
trousseau grey-turner kussmaul kussmauls cheyne-stokes cheyne biot biots becks kehr kehrs romberg
rombergs battle battles raccoon doll's dolls corneal oculocephalic gag cough clonus hoffmans tinel tinels phalen
phalens lasegue spurling levines osler oslers janeway roths splinter
quincke quinckes musset duroziez austin-flint graham-steell carvallo kussmaul's pulsus paradoxus alternans
trepopnea platypnea orthodeoxia asterixis myoclonus tremor fasciculations nystagmus ptosis anisocoria miosis mydriasis
perrl perrla perla perl perrrl errl pupils pearl pearla eomi eom ncat nad rrr ctab cta ctabl s1s2 jvd jvp hjr
pmi rub rubs gallop gallops murmur murmurs bruit bruits thrill thrills rhonchi rhonchorous rales crackles wheeze wheezes
wheezing stridor stridorous stertor stertorous diminished coarse clubbing cyanosis mottled mottling diaphoresis diaphoretic
edema anasarca ascites hepatomegaly splenomegaly hsm guarding rebound tympanic tympany distended distention distension
bowel-sounds bsx4 hypoactive hyperactive absent flatus bm bms melena hematochezia hematemesis coffee-ground
petechiae purpura ecchymosis ecchymoses hematoma erythema induration fluctuance crepitus eschar slough granulation
tunneling undermining serosanguinous serosanguineous sanguinous sanguineous serous purulent seropurulent bilious
addisons cushing cushings graves hashimoto hashimotos crohn crohns parkinson parkinsons alzheimer alzheimers
huntingtons bells guillain guillain-barre barre gbs raynaud raynauds sjogren sjogrens wegener wegeners
takayasu buerger behcet marfan ehlers-danlos down downs klinefelter hodgkin hodgkins wilms kaposi
kaposis burkitt burkitts waldenstrom wernicke wernickes korsakoff korsakoffs mallory-weiss boerhaave zenker zenkers
barretts meckel meckels hirschsprung whipple's budd-chiari dubin gilberts reye reyes stevens-johnson sjs lennox-gastaut hawkins-kennedy
tourette tourettes asperger aspergers munchausen charcot brown-sequard horner horners bell's todds jacksonian
wolff-parkinson-white wpw brugada lown-ganong-levine mobitz wenckebach prinzmetal takotsubo dressler dresslers virchow
virchows starling frank-starling poiseuille laplace fick ficks korotkoff valsalva epley dix-hallpike heimlich credes
crede kegel kegels leopolds apley cushing's
`;

/** Organisms and infections. */
const ORGANISMS = `
staph strep mrsa mssa vre esbl cre cdiff c-diff cdif clostridium clostridioides difficile pseudomonas klebsiella
enterobacter enterococcus enterococci ecoli e-coli escherichia proteus serratia acinetobacter citrobacter morganella
providencia stenotrophomonas burkholderia haemophilus hemophilus influenzae moraxella neisseria legionella mycoplasma
chlamydia chlamydophila bordetella pertussis listeria salmonella shigella campylobacter helicobacter pylori hpylori
bacteroides fusobacterium prevotella peptostreptococcus actinomyces nocardia mycobacterium tuberculosis
candida albicans glabrata krusei auris aspergillus cryptococcus histoplasma histo blastomyces coccidioides pneumocystis
pcp pjp mucor rhizopus zygomycetes cmv ebv hsv vzv hiv hcv hbv hav rsv hmpv influenza flu covid covid-19 sars-cov-2
sars coronavirus rhinovirus adenovirus norovirus rotavirus parainfluenza enterovirus giardia cryptosporidium toxoplasma
toxo trichomonas strongyloides scabies lice pediculosis treponema syphilis borrelia lyme rickettsia ehrlichia babesia
plasmodium malaria streptococcus staphylococcus aureus epidermidis pyogenes agalactiae viridans pneumoniae gbs gas
coag-negative cons diphtheroids corynebacterium bacillus cereus anthrax
`;

/** Anatomy not in the common word list (the word list holds the everyday parts). */
const ANATOMY = `
aorta aortic atria ventricle ventricles ventricular septum septal apex apical pericardium pericardial myocardium
endocardium mitral tricuspid pulmonic carotid carotids jugular ij subclavian subclavians axillary brachial radial ulnar
femoral femorals popliteal pedal dorsalis tibial peroneal iliac iliacs mesenteric sma ima celiac renal hepatic portal
splenic saphenous svg lima rima lad lcx rca pda diag diagonal ramus circ circumflex ivc svc pas
trachea bronchus bronchi bronchial bronchioles alveoli alveolar pleura pleural lingula lingular diaphragm mediastinum
mediastinal hilum hilar carina larynx laryngeal pharynx pharyngeal epiglottis glottis uvula tonsils nares naris turbinate
esophagus esophageal duodenum duodenal jejunum jejunal ileum ileal cecum cecal colon colonic sigmoid rectum rectal
anus anal pylorus pyloric gallbladder biliary cbd pancreas pancreatic spleen liver hepatobiliary peritoneum peritoneal
retroperitoneal omentum mesentery appendix
kidney kidneys ureter ureters urethra urethral bladder prostate scrotum scrotal testes testicle testicular perineum
perineal labia labial vulva vaginal cervix cervical uterus uterine ovary ovaries adnexa adnexal fallopian
cerebrum cerebral cerebellum cerebellar brainstem pons medulla thalamus hypothalamus pituitary hippocampus frontal
parietal temporal occipital ventricle meninges meningeal dura dural subdural epidural subarachnoid sah sdh edh ich ivh
cranium cranial calvarium mastoid sinus sinuses orbit orbital sclera scleral conjunctiva conjunctival cornea pupil
pupils retina retinal tympanic cochlea
clavicle scapula sternum sternal xiphoid rib ribs humerus radius ulna carpal carpals metacarpal metacarpals phalanx
phalanges pelvis pelvic ilium ischium pubis sacrum sacral coccyx coccygeal femur patella tibia fibula tarsal metatarsal
calcaneus malleolus achilles vertebra vertebrae vertebral lumbar thoracic cervical c-spine cspine l-spine t-spine
deltoid biceps triceps quadriceps gluteal gluteus gastrocnemius trapezius pectoral abdominal inguinal groin axilla axillae
antecubital popliteal occiput occipital periorbital periumbilical umbilicus suprapubic epigastric epigastrium
hypochondrium flank flanks ruq luq rlq llq lvot rvot
`;

/** Nursing and medical abbreviations and shorthand (lower case). */
const SHORTHAND = `
pts pt's ptnt ptn pnt resp respir respirat respiratory resps rr rt rts rrt ot slp cms msw lcsw
neuro neuros cardiac cv cvs gi gu gyn ob obgyn ent renal heme onc hemeonc endo psych derm ortho uro nephro pulm
cards ccu csru cvicu ticu micu sicu nicu picu pacu ed er icu ccu cvu tsicu nsicu stepdown step-down tele telemetry
pacu cath-lab ir bkg hx pmh psh fhx shx hpi aox3 aaox3 nad wnl wdwn nkda nka nkma
dnr dni full-code cmo dnh polst molst hcp poa dpoa hcproxy
prn qday qod bid tid qid qhs qam qpm po npo iv ivp ivpb im sq subq sub-q subcut top inh neb
gtt gtts drip drips ggt mcg mgs meq meqs mmol mmols mls ccs lpm units kgs lbs
amt amts tot vol vols req reqs req'd reqd abd abdo ext exts extr extrem extremities les ues bue ble rue lue rle lle
bilat bilateral rt lft rgt sx sxs sob doe pnd le-edema dvt pe ami nstemi stemi acs cad chf
hfref hfpef copd asthma osa ohs cpap ards ali pna cap hap vap hcap uti cauti clabsi bsi sepsis septic sirs mods aki
arf ckd esrd esld cirrhosis hcc hepatorenal ugib lgib gib sbp hrs htn hypertension hld dm2 t2dm t1dm iddm niddm dka
hhs cva tia sah ich afib a-fib aflutter a-flutter svt vfib v-fib pea asystole rvr nsr pvc pvcs pac
pacs lbbb rbbb avb chb ivcd lvh rvh lvef ef pda asd vsd pfo
fup dcd dcd'd
nsg nurs rns lpn cna pca nsy mds drs fellow resident attending intern hospitalist intensivist
dx ddx tx rx sx fx hx px bx cx mx qx vss tmax hr bp sbp dbp map cvp pap pcwp wedge svr pvr svo2
scvo2 spo2 sao2 sat sats satting desat desats desatted desaturation rr fsbs glu gluc riss ssi
uop oop lbm ubm fluid-balance neg pos
ambulate ambulating ambulated amb oob ooc bedrest bsc ambul assist assisted ind indep mod-assist min-assist
max-assist mod min sba cga wbat nwb pwb ttwb fwb rom arom prom aaom
lib ad-lib adlib adlibitum ntp tol tolerating tol'd tolerated toler clr clrs clrd clear cls cld inc incont
incontinent bm bms lss bss bs's ls's cta ctab dim dimin diminsh dimished diminshed exp insp
cdi dsg dsgs drsg drsgs dressing sutures staples hemodynamic hemodynamics hds hemodynamically
mentating mentation lethargic obtunded somnolent arousable rousable responsive unresponsive agitated combative
restless restraint restraints sitter one-to-one falls fall-risk seizure seizures szs
ngt ogt ngts pegs tfs tube-feed tubefeeds tube-feeds tfeeds feeds residual residuals resid resids
cough deep-breathing ics incentive spirometer spirometry is'd
perrl perl perla errl mae maex4 mae'd ii-xii cnii-xii gcs
vag vagina vaginal bleed bleeding ooze oozing hemoptysis haemoptysis epistaxis
prbc ffp plt cryo
narc narcs neb'd nebd
hns d5ns d5lr ivf ivfs kvo tko hep-lock mivf
ssi riss nph lispro aspart glargine detemir
abx vanc vanco zosyn levo cipro flagyl cefazolin ancef kefzol rocephin unasyn cefepime
npo cl-liq clears fulls renal cardiac diet regular pureed mechsoft mech-soft nectar honey-thick thin nectar-thick
`;

/** Stop 18, at the merge: nursing words of assessment, findings and care the lists above lacked (from a list of common
 * nursing terms checked against the vocabulary, not from any note's spans). */
const NURSING = `
cannula cannulas cannulated cannulation ionized ionised nasal venti-mask suctioned suctioning secretions aspirate aspirates
aspirated diuresis diuresed diuresing creatinine hematocrit haematocrit hemoglobin haemoglobin fibrinogen glucose bolus
boluses bolused titrated titrating titration weaned weaning extubated extubation intubated intubation sedated sedation
catheter catheters catheterized catheterised ultrasound hemodialysis haemodialysis guaiac guaiaced emesis oliguria
oliguric anuria anuric hematuria haematuria turgor afebrile febrile tachycardic tachycardia bradycardic bradycardia
hypotensive hypotension hypertensive hypertension tachypneic tachypnea tachypnoea dyspneic dyspnea dyspnoea excoriated
excoriation airleak bedpan urinal subcutaneous emphysema phosphate sodium chloride calcium laceration abrasion incision
incisional ulcer ulcers ulcerated voiding voided urinary nausea nauseated vomiting diaphoretic diaphoresis lethargic
somnolent obtunded edematous oedematous anasarca ecchymotic ecchymosis petechiae erythematous serosanguinous
serosanguineous sanguinous purulent huo uop a-paced v-paced av-paced apaced vpaced avpaced alot
`;

/** Stop 31: words the lists above lacked, read as names by the name rules after a context word: the coronary arteries
 * and grafts of the AHA's coronary segment model written short (obtuse marginals, diagonals, left main, posterolateral
 * and posterior descending branches, ramus intermedius, gastroepiploic graft), the arteries of the neck and the brain
 * (internal, external and common carotid, middle and anterior cerebral, superior cerebellar), the mainstem bronchus,
 * tromethamine's usual short form (THAM, an alkalinizing drug of ICU drips), the nursing short form of Tylenol (as
 * "apap" of acetaminophen), MS Contin, and the colours of drainage, sputum and stool
 * ("reddish brown"). From general clinical knowledge, not from the notes' spans. */
const MORE_31 = `
om om1 om2 om3 d1 d2 d3 lm lmca lmain plb plv rpda lpda rpl intermedius gea rgea lima-lad rima-rca
tromethamine tham tyl tylenol's
reddish brownish yellowish greenish pinkish blackish whitish grayish greyish tannish
ica eca cca mca aca sca mainstem main-stem contin ms-contin
`;

/** Stop 32: Vietnamese "bệnh" written without its marks, "disease" ("benh nhan", a patient; "Benh vien", a hospital, which
 * the rules read as a place's head before its name): no word of a name or a place on its own. */
const MORE_32 = `benh`;

/** Exclamations and oaths a note may quote. */
const EXCLAMATIONS = `jesus christ jeez geez gosh omg lordy yikes`;

/** The vocabulary, lower case, one entry per word (duplicates across the lists are harmless). */
export const CLINICAL_VOCAB: string = [DRUGS, BRANDS, DEVICES, PROCEDURES, SIGNS, ORGANISMS, ANATOMY, SHORTHAND, NURSING, MORE_31, MORE_32, EXCLAMATIONS].join(' ');
