// The invented battery of stop 18 (branch caps18): sentences of nursing notes, handovers, dictation and pager messages,
// each rendered ALL IN CAPITALS and all in lower case (the detector decides the case of a text from the whole text, so the
// test pads each with a line of ordinary prose of the same case). Every sentence, name, street and town is invented for
// this battery, written for the look-alikes of one-case text, not copied from any set. Markup as in tables18-battery.ts:
// [[N:...]] a person's name, [[L:...]] a place (street address, town, ZIP code, facility), [[X:...]] a look-alike that
// must stay unflagged (clinical abbreviations, prose after "lives at/with", services before clinic/unit/center, drugs
// and devices after place prepositions, eponyms, misspellings).

export { parseBattery } from './tables18-battery.js';

/** The padding line of ordinary nursing prose (rendered in the case of the sentence). */
export const ONE_CASE_PAD = ' pt resting comfortably, vss, afebrile, tolerating diet, family updated by phone and aware of plan.';

export const ONE_CASE_18: string[] = [
  // A. Streets and units next to clinical abbreviations (CT, ST, DR, AVE, RD, LN as clinical shorthand).
  'patient lives at [[L:12 elm ct]]. pt resting comfortably, [[X:vss]], [[X:afebrile]], [[X:tolerating diet]], [[X:family updated by]] phone.',
  'patient lives at [[L:12 elm court]] [[X:with his wife]].',
  'lives with wife at [[L:48 orchard ave]], [[L:dunmore]], pa [[L:18512]].',
  'address on file: [[L:221 quillen dr apt 4c]], [[L:fallston]], md [[L:21047]].',
  'moved to [[L:34 linden st]] last month with her daughter, [[X:st]] changes resolved.',
  '2 [[X:mediastinal ct]]s draining serosang fluid, 1 [[X:pleural ct]] to 20 cm sxn.',
  'hr 96-110 [[X:st]], no ectopy, bp 110/60, [[X:map ave]] 70.',
  '12 lead ekg with [[X:st elevation]] in ii, iii, avf, dr [[N:okafor]] aware.',
  'chest tube #2 [[X:ct]] pulled at 1400, [[X:cxr]] without ptx.',
  'to [[X:ct]] scan at 1600 with rn and rt, back to [[X:unit]] by 1700.',
  '3 [[X:cts]] to suction, [[X:st]] with occasional pvcs, [[X:k]] 3.6 repleted.',
  'sinus rhythm to [[X:st]] 120s with fever, [[X:rr]] 24, [[X:sats]] 93 on 4l.',
  'seen by [[X:dr]] on rounds, [[X:4 west]] to call back about bed.',
  'picked up from [[L:1410 tarrow rd]], [[L:glenarm]], md [[L:21057]] by ems.',
  'home address [[L:7 heron point ln apt 2]], wife has the key.',
  'dsg to [[X:r ant chest]] and [[X:lt ave]] site changed, [[X:ct dsg]] dry and intact.',
  // B. "LIVES AT / WITH" followed by prose.
  'lives with [[X:husband]], [[X:independent with adls]], uses a walker at home.',
  'lives at home with [[X:daughter]], [[X:no services]] in place.',
  'lives in [[L:parkton]] with wife, [[X:retired machinist]], [[X:quit smoking]] in 1998.',
  'lives alone in [[L:sparrows point]], [[X:daughter nearby]] checks daily.',
  'lives in an apartment, [[X:walks with cane]], [[X:drives]].',
  'lives at home, [[X:wife is primary caregiver]], [[X:vna]] twice weekly.',
  'lives with son in [[L:kingsville]] and [[X:is independent]] at baseline.',
  'lives at [[L:14 poplar ln]] with [[X:partner and two dogs]].',
  'lives on [[X:first floor]], [[X:no stairs]], [[X:bathroom on same level]].',
  'staying with [[X:sister]] [[X:until rehab bed available]].',
  'pt lives at [[L:brookside manor nursing home]], [[X:dependent for all care]].',
  // C. Services and departments before clinic, unit, center.
  'back to the [[X:methadone clinic]] on monday.',
  'f/u in [[X:anticoagulation clinic]] next week for inr.',
  'referred to the [[X:wound care center]] for debridement.',
  'to [[X:cardiac surgery unit]] after or, report given.',
  'transfer to [[X:step down unit]] when bed available.',
  'seen in [[X:heart failure clinic]] last month, dry weight 81 kg.',
  'appt at [[X:coumadin clinic]] friday, son to drive.',
  '[[X:dialysis center]] called, pt due for hd tomorrow.',
  'follows with the [[X:pain management center]] for chronic back pain.',
  'came from [[X:urgent care center]] with chest pain and diaphoresis.',
  'report called to [[X:neuro icu]], [[X:cancer center]] to see pt in am.',
  'transferred from [[L:greenspring valley hospital]] for cath.',
  'follows at [[L:kernwood family clinic]] with dr [[N:ashby]].',
  'resident of [[L:willow crest care center]], returns there at discharge.',
  // D. Drugs and devices after place prepositions.
  'changed from [[X:heparin]] to [[X:coumadin]] today, inr 1.4.',
  'diuresed well to [[X:lasix]] 40 iv, uo 1.2 l.',
  'blood drawn from [[X:picc]], flushed easily, [[X:cordis]] site clean.',
  'clots in [[X:foley]], irrigated x2 with ns.',
  'switched to [[X:keppra]] from [[X:dilantin]] per neuro.',
  'sedated on [[X:propofol]], weaning to [[X:precedex]] overnight.',
  'responded to [[X:narcan]] with improved rr and mental status.',
  'transitioned to [[X:bipap]] from [[X:nrb]], abg improved.',
  'started on [[X:levophed]] at 0300 for map less than 60.',
  'draining from [[X:penrose]] and [[X:jp]] drains, serous.',
  'hd via [[X:quinton]] catheter, flushed with heparin.',
  'converted to [[X:sr]] after [[X:amiodarone]] bolus.',
  'graft from [[X:lima]] to [[X:lad]], [[X:svg]] to [[X:om]] and [[X:pda]].',
  'tolerating [[X:ensure]] and [[X:jevity]] via peg at goal.',
  'given [[X:ativan]] for [[X:agitation]] with good effect.',
  'on [[X:coumadin]] at home, off [[X:plavix]] for 5 days.',
  'placed in [[X:trendelenburg]] for line placement.',
  // E. Eponyms.
  '[[X:babinski]] negative, [[X:homans]] sign negative bilaterally.',
  '[[X:kussmaul]] respirations, [[X:cheyne stokes]] breathing at times.',
  'moved to chair with [[X:hoyer]] lift, tolerated well.',
  '[[X:glasgow]] coma scale 8, pupils equal.',
  '[[X:murphy]] sign positive, [[X:rovsing]] negative.',
  'tolerated [[X:passy muir]] valve for 30 minutes.',
  'hx of [[X:whipple]] procedure, [[X:nissen]] fundoplication.',
  // F. Misspellings and nursing shorthand.
  'pt [[X:deines]] any pain, [[X:perl]] 3mm brisk.',
  '[[X:alot]] of thick secretions, suctioned x3.',
  '[[X:ms]] [[X:still]] waxing and waning, oriented x1.',
  '[[X:maes]] to command, [[X:perla]], follows simple commands.',
  'pt [[X:ambulted]] in hall with [[X:pt]], [[X:tolerted]] well.',
  '[[X:large amt]] of [[X:reddish]] brown stool, guaiac positive.',
  // G. Dictation and pager messages.
  'this is dr [[N:okonkwo]] dictating a transfer note on [[N:harriet vell]], mrn [[X:pending]].',
  'pls call [[N:jim]] at ext 4410 re bed 12, pt to [[X:or]] at 0800.',
  'msg from [[N:tanisha]]: pt son [[N:derek]] wants a call back tonight.',
  'page dr [[N:ferraro]] re [[X:k]] 2.9 and [[X:mag]] 1.4.',
  // H. True names, places and facilities that must stay found.
  'son [[N:marcus]] lives in [[L:hagerstown]], calls daily.',
  'daughter flying in from [[L:phoenix]] tonight.',
  'transferred from [[L:union memorial hospital]] for further care.',
  'dr [[N:abernathy]] aware of bp 88/40, fluid bolus given.',
  'pt lives at [[L:1402 fenwick ave]], [[L:towson]], md [[L:21204]] with his wife.',
  'wife [[N:doreen]] at bedside overnight.',
  'pt from [[L:dundalk]], retired steelworker.',
  "followed at [[L:st. brigid's hospital]] in [[L:cockeysville]].",
];
