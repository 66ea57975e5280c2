// The invented battery of stop 18 (branch table18): names and places in table cells and lists without a header row.
// Every table is new and synthetic (invented names, towns and numbers), written for the table reader, not copied from any
// set. Markup: [[N:...]] a person's name, [[L:...]] a place (town, county, facility), [[X:...]] a look-alike that must stay
// unflagged (drugs, tests, departments, wards as services, states, countries, words of a header, prose).

export interface BatteryItem {
  text: string;
  /** [start, end, 'NAME' | 'LOCATION' | 'KEEP'] */
  marks: [number, number, 'NAME' | 'LOCATION' | 'KEEP'][];
}

const MARK = /\[\[([NLX]):([^\]]+)\]\]/g;

export function parseBattery(src: string): BatteryItem {
  let text = '';
  const marks: BatteryItem['marks'] = [];
  let last = 0;
  for (const m of src.matchAll(MARK)) {
    text += src.slice(last, m.index);
    const s = text.length;
    text += m[2];
    marks.push([s, text.length, m[1] === 'N' ? 'NAME' : m[1] === 'L' ? 'LOCATION' : 'KEEP']);
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  return { text, marks };
}

export const TABLES_18: string[] = [
  // 1. A tab roster without a header: name, role, ward, extension.
  `Night roster, week 14\n` +
    `[[N:Ilsabet Vandermeulen]]\tRN\t[[X:Cardiology]]\text 4471\n` +
    `[[N:Mark Thompson]]\tHCA\t[[X:Cardiology]]\text 4472\n` +
    `[[N:Oluwaseyi Adebanjo]]\tRN\t[[X:Renal]]\text 4480\n` +
    `[[N:Sarah Mitchell]]\tCharge RN\t[[X:Renal]]\text 4481\n`,
  // 2. A bed board with bars, "Lastname, Firstname" cells.
  `| Bed 1 | [[N:Okonkwo, Adaeze]] | 67 | [[X:NBM]] | falls risk |\n` +
    `| Bed 2 | [[N:Harrington, Paul]] | 81 | [[X:DAT]] | - |\n` +
    `| Bed 3 | [[N:Szczepaniak, Wiesława]] | 74 | [[X:soft diet]] | O2 2L |\n` +
    `| Bed 4 | [[N:Brown, Elizabeth]] | 59 | [[X:NBM]] | - |\n`,
  // 3. A German export with semicolons and no header row: surname; given name; date of birth; town; test; value.
  `[[N:Brückner]];[[N:Hannelore]];12.03.1951;[[L:Wolfenbüttel]];[[X:Kalium]];4,1\n` +
    `[[N:Müller]];[[N:Thomas]];02.11.1948;[[L:Braunschweig]];[[X:Natrium]];139\n` +
    `[[N:Oberhäuser]];[[N:Liselotte]];30.07.1962;[[L:Salzgitter]];[[X:Kreatinin]];1,2\n` +
    `[[N:Schmidt]];[[N:Karin]];19.01.1955;[[L:Hannover]];[[X:Kalium]];3,8\n`,
  // 4. A comma export without a header: surname, given name, sex, age, town, condition.
  `[[N:Tshabalala]],[[N:Nomsa]],F,54,[[L:Polokwane]],[[X:Hypertension]]\n` +
    `[[N:Johnson]],[[N:Michael]],M,61,[[L:Pretoria]],[[X:Diabetes]]\n` +
    `[[N:Mahlangu]],[[N:Sipho]],M,47,[[L:Mbombela]],[[X:Asthma]]\n` +
    `[[N:Williams]],[[N:Grace]],F,39,[[L:Durban]],[[X:Hypertension]]\n`,
  // 5. Fixed-width columns (runs of spaces): name, town, date, service.
  `[[N:Ferreira Gomes, Joana]]      [[L:Braga]]          11/03/2024   [[X:Cardiology]]\n` +
    `[[N:Silva, Pedro]]               [[L:Lisbon]]         12/03/2024   [[X:Oncology]]\n` +
    `[[N:Albuquerque Teixeira, Rui]]  [[L:Guimarães]]      12/03/2024   [[X:Renal]]\n` +
    `[[N:Costa, Maria]]               [[L:Porto]]          14/03/2024   [[X:Oncology]]\n`,
  // 6. A numbered list with dashes inside.
  `Contacts to trace:\n` +
    `1. [[N:Okonkwo, Chidinma]] - [[L:Enugu]] - 0803 555 0142\n` +
    `2. [[N:Adeyemi, John]] - [[L:Lagos]] - 0805 555 0199\n` +
    `3. [[N:Nwachukwu, Ifeoma]] - [[L:Nsukka]] - 0803 555 0177\n` +
    `4. [[N:Bello, Mary]] - [[L:Abuja]] - 0809 555 0120\n`,
  // 7. A bulleted list with bars inside: Vietnamese names, towns.
  `Family contacts\n` +
    `• [[N:Nguyễn Thị Lan]] | [[L:Huế]] | daughter\n` +
    `• [[N:Phạm Văn Đức]] | [[L:Đà Nẵng]] | son\n` +
    `• [[N:Trần Minh Khoa]] | [[L:Cần Thơ]] | nephew\n` +
    `• [[N:Lê Thu Hà]] | [[L:Hanoi]] | niece\n`,
  // 8. A public-health line list with commas: case, name, age, sex, town, onset, status.
  `Case 01, [[N:Akosua Mensah]], 34, F, [[L:Kumasi]], 14/02/2024, confirmed\n` +
    `Case 02, [[N:Kwabena Owusu-Ansah]], 29, M, [[L:Obuasi]], 15/02/2024, probable\n` +
    `Case 03, [[N:Emily Carter]], 41, F, [[L:Accra]], 15/02/2024, confirmed\n` +
    `Case 04, [[N:Yaw Boateng]], 8, M, [[L:Techiman]], 17/02/2024, suspected\n`,
  // 9. A schedule in fixed-width columns with titles.
  `Mon  08:00-16:00   Sr. [[N:Ingrid Halvorsen]]     Ward 4B\n` +
    `Tue  08:00-16:00   Sr. [[N:Emma Johansson]]       Ward 4B\n` +
    `Wed  08:00-20:00   Dr. [[N:Torbjørn Aasheim]]     Ward 6\n` +
    `Thu  08:00-16:00   Dr. [[N:Lars Nilsen]]          Ward 6\n`,
  // 10. A medication list with bars: no person, no place.
  `| [[X:Metformin]] | 500 mg | BD | oral |\n` +
    `| [[X:Lisinopril]] | 10 mg | OD | oral |\n` +
    `| [[X:Atorvastatin]] | 40 mg | nocte | oral |\n` +
    `| [[X:Furosemide]] | 40 mg | mane | IV |\n`,
  // 11. A lab table with tabs: no person, no place.
  `[[X:Haemoglobin]]\t124\tg/L\t115-165\n[[X:Sodium]]\t138\tmmol/L\t135-145\n[[X:Potassium]]\t4.6\tmmol/L\t3.5-5.2\n[[X:Creatinine]]\t92\tumol/L\t45-90\n`,
  // 12. Departments and names with semicolons.
  `[[X:Cardiology]]; Dr. [[N:Annaliese Kirchhoff]]; ext 2201\n` +
    `[[X:Neurology]]; Dr. [[N:James Walker]]; ext 2202\n` +
    `[[X:Haematology]]; Dr. [[N:Oyelaran Fashola]]; ext 2210\n` +
    `[[X:Gastroenterology]]; Dr. [[N:Patricia Lewis]]; ext 2215\n`,
  // 13. States and countries in a column beside names: they stay unflagged.
  `[[N:Lucia Garcia]], [[X:Texas]], 2024-01-05\n[[N:Robert Miller]], [[X:Ohio]], 2024-01-07\n[[N:Thandeka Ntuli]], [[X:Kenya]], 2024-01-09\n[[N:David Wilson]], [[X:Oregon]], 2024-01-11\n`,
  // 14. Japanese names (romanized, surname first) with tabs and towns.
  `[[N:Takahashi Haruto]]\t[[L:Sapporo]]\t03-5555-0142\n[[N:Yamamoto Yui]]\t[[L:Sendai]]\t03-5555-0188\n[[N:Kobayashi Sota]]\t[[L:Kanazawa]]\t03-5555-0173\n[[N:Watanabe Rin]]\t[[L:Matsuyama]]\t03-5555-0110\n`,
  // 15. Arabic names with semicolons: name; town; mobile.
  `[[N:Al-Khatib, Rania]]; [[L:Irbid]]; 0795 555 012\n[[N:Haddad, Omar]]; [[L:Amman]]; 0795 555 019\n[[N:Al-Zoubi, Lina]]; [[L:Zarqa]]; 0795 555 033\n[[N:Nasser, Yousef]]; [[L:Aqaba]]; 0795 555 047\n`,
  // 16. Polish names with bars and towns.
  `| [[N:Wiśniewska, Zofia]] | [[L:Łódź]] | 1948 |\n| [[N:Kowalski, Jan]] | [[L:Kraków]] | 1952 |\n| [[N:Grzybowska, Halina]] | [[L:Częstochowa]] | 1939 |\n| [[N:Nowak, Anna]] | [[L:Gdańsk]] | 1961 |\n`,
  // 17. Indian names in fixed-width columns with towns and a ward (a service).
  `[[N:Venkataraman Subramaniam]]   [[L:Coimbatore]]     [[X:Orthopaedics]]\n` +
    `[[N:Priya Sharma]]               [[L:Mumbai]]         [[X:Orthopaedics]]\n` +
    `[[N:Thirunavukkarasu Pillai]]    [[L:Tirunelveli]]    [[X:Nephrology]]\n` +
    `[[N:Rahul Gupta]]                [[L:Delhi]]          [[X:Nephrology]]\n`,
  // 18. Spanish double surnames with semicolons.
  `[[N:Quispe Mamani, Rosa Elvira]]; [[L:Arequipa]]; 12/05/1950\n[[N:García López, Juan]]; [[L:Lima]]; 03/02/1961\n[[N:Huamaní Condori, Feliciano]]; [[L:Ayacucho]]; 22/09/1944\n[[N:Torres Díaz, Carmen]]; [[L:Cusco]]; 17/11/1958\n`,
  // 19. Prose with commas on consecutive lines: not a table.
  `Patient was [[X:seen]] today, vitals stable, plan [[X:discussed]].\nShe ate well, walked the corridor, and [[X:slept]].\n[[X:Family]] updated, questions answered, will follow.\n`,
  // 20. A numbered list of medicines with dashes: no person.
  `1. [[X:Aspirin]] - 75 mg - daily\n2. [[X:Bisoprolol]] - 2.5 mg - daily\n3. [[X:Ramipril]] - 5 mg - nocte\n4. [[X:Omeprazole]] - 20 mg - daily\n`,
  // 21. A rota with initials and surnames, tabs.
  `[[N:A. Ferreira]]\t07:00\t19:00\tTheatre 2\n[[N:J. Smith]]\t07:00\t19:00\tTheatre 2\n[[N:K. Wojciechowska]]\t19:00\t07:00\tTheatre 3\n[[N:M. Brown]]\t19:00\t07:00\tTheatre 3\n`,
  // 22. Names in capitals, fixed width.
  `[[N:OKAFOR CHIDI]]         [[L:ONITSHA]]      M   52\n[[N:SMITH JOHN]]           [[L:LONDON]]       M   60\n[[N:EZEANYIKA NGOZI]]      [[L:AWKA]]         F   47\n[[N:JONES MARY]]           [[L:CARDIFF]]      F   38\n`,
  // 23. A comma export of Maori and Pacific names with towns.
  `[[N:Hemi Te Rangitawhiri]],[[L:Rotorua]],2021-03-04\n[[N:Sarah Taylor]],[[L:Hamilton]],2021-03-05\n[[N:Losaline Fifita]],[[L:Porirua]],2021-03-06\n[[N:James Brown]],[[L:Auckland]],2021-03-08\n`,
  // 24. A tab table of organisms and antibiotics: no person.
  `[[X:Escherichia coli]]\tR\t[[X:Amoxicillin]]\n[[X:Klebsiella pneumoniae]]\tS\t[[X:Gentamicin]]\n[[X:Proteus mirabilis]]\tS\t[[X:Ceftriaxone]]\n[[X:Enterococcus faecalis]]\tR\t[[X:Vancomycin]]\n`,
  // 25. A bulleted list of people with commas: name, relation, town.
  `- [[N:Aigerim Nurlanovna]], sister, [[L:Almaty]]\n- [[N:Michael Davies]], brother, [[L:Swansea]]\n- [[N:Yerlan Abenov]], cousin, [[L:Shymkent]]\n- [[N:Karen White]], friend, [[L:Newport]]\n`,
  // 26. Wards as services and a name column with bars: services stay, names follow.
  `| [[X:Oncology]] | [[N:Grzegorz Brzęczyszczykiewicz]] | 3 |\n| [[X:Respiratory]] | [[N:Helen Clarke]] | 5 |\n| [[X:Stroke]] | [[N:Bartholomew Quennell]] | 2 |\n| [[X:Oncology]] | [[N:Susan Moore]] | 4 |\n`,
  // 27. Prose paragraph with semicolons on three lines: not a table.
  `Mobilised with frame; [[X:Pain]] controlled; [[X:Appetite]] fair.\n[[X:Dressing]] changed; wound clean; no ooze.\n[[X:Tolerating]] diet; bowels open; voiding.\n`,
];
