// Makers of medical devices, drugs and supplies whose names hold a word that is also a person's or a
// place's name ("Boston Scientific", "St. Jude Medical", "Johnson & Johnson"). Hand-written from general
// knowledge of the industry (no evaluation corpus). A company that is not a care site is not PHI under the
// labelling rules, so the detector drops NAME and LOCATION findings inside these names when they appear
// whole. Lower case, words joined by single spaces; "&", "and", hyphens and full stops between words are
// ignored when matching ("Smith & Nephew", "Bristol-Myers Squibb", "St. Jude").
// Care providers (dialysis chains, laboratories with patient service centres) are deliberately absent:
// they are care sites, hence LOCATION.
export const COMPANIES = [
  'abbott diabetes care',
  'abbott laboratories',
  'abbott vascular',
  'advanced bionics',
  'baxter healthcare',
  'baxter international',
  'becton dickinson',
  'biosense webster',
  'boehringer ingelheim',
  'boston scientific',
  'bristol myers squibb',
  'cook medical',
  'depuy synthes',
  'edwards lifesciences',
  'eli lilly',
  'ge healthcare',
  'gilead sciences',
  'hill rom',
  'integra lifesciences',
  'intuitive surgical',
  'johnson johnson',
  'karl storz',
  'med el',
  'merck sharp dohme',
  'novo nordisk',
  'philips healthcare',
  'philips respironics',
  'physio control',
  'saint jude medical',
  'siemens healthineers',
  'smith nephew',
  'st jude medical',
  'tandem diabetes care',
  'vertex pharmaceuticals',
  'welch allyn',
  'zimmer biomet',
  'zoll medical',
].join('|');
