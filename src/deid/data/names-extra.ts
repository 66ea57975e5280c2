// Hand-written (not generated): given names and surnames common in Ireland, Wales, Scotland, New Zealand
// (Maori), South Africa (Zulu, Xhosa, Sotho, Tswana, Afrikaans), Nigeria and Ghana, India, Pakistan,
// Poland and Eastern Europe, the Arab world and East Asia that the US Census and locale lists miss. Written
// from general knowledge, not from any evaluation corpus; words of English are left out. Only what the
// generated names.ts lacks in the same role: a given name already in FIRST_NAMES, or a surname already in
// LAST_NAMES, is not repeated here.
export const EXTRA_FIRST = [
  // Irish, Scottish, Welsh
  'aoibhinn|aoife|aisling|ailbhe|caoimhe|clodagh|dearbhla|eimear|eabha|gráinne|grainne|meabh|niamh|orla|orlaith|roisin|róisín|saoirse|sadhbh|siobhán|sinead|sinéad|sorcha|úna|fionnuala|nuala|muireann|caitriona|caitríona|blathnaid|bláthnaid|clíona|cliona|eithne|mairead|máiréad|brid|bríd|ailish|laoise|ciaran|ciarán|cian|colm|cormac|conall|darragh|diarmuid|donal|dónal|eoin|eamon|eamonn|éamonn|fergal|fiachra|finbar|fintan|oisin|oisín|padraig|pádraig|paudie|rónán|ruairi|ruairí|séamus|seán|tadhg|tiernan|odhran|odhrán|cathal|lorcan|lorcán|senan|seanán|daithi|dáithí|aled|alun|bethan|bronwen|carys|cerys|dafydd|eleri|emyr|ffion|gethin|huw|ieuan|llinos|mared|meinir|rhian|rhodri|rhys|sian|siân|elspeth|eilidh|iain|ishbel|morag|murdo|ruaridh|seonaid|struan|torquil|alasdair|fraser',
  // Maori and Pacific
  'aroha|anahera|hemi|hine|hinemoa|kahu|kiri|mere|manaia|nikau|rangi|rawiri|tamati|tane|te|wiremu|whetu|moana|tui|ataahua|ihaia|hone|pita|mikaere|ngaio|awhina|tangaroa|sione|losa|tevita|iosefa|semisi|viliami',
  // Southern Africa
  'thabo|thandi|thandiwe|bongani|lindiwe|lungile|nosipho|palesa|siyabonga|zodwa|zinhle|andile|karabo|kamogelo|lesedi|tumelo|tshepo|refilwe|dineo|boitumelo|katlego|naledi|onalenna|mosa|masego|nkosinathi|sizwe|vusi|xolani|lwazi|unathi|luyanda|siphesihle|nomsa|noluthando|phumzile|jabulani|sbu|ntombi|gugu|khaya|olwethu|zukisa|marthinus|wynand|marietjie|carel',
  // Nigeria and Ghana
  'adebayo|adewale|babatunde|bolanle|chidi|chidinma|chinonso|chioma|chukwuemeka|ebere|folake|funmi|ifeanyi|kelechi|ngozi|nkechi|obinna|oluwatobi|seun|tunde|uche|uchenna|yemisi|efua|kobina|mensah',
  // South Asia
  'aditi|akash|amitabh|ananya|ankit|anup|bhavna|deepak|deepa|gaurav|harpreet|harjit|harinder|hardeep|jaspreet|jasvinder|kavita|madhu|manish|nikhil|pradeep|priyanka|rajesh|rekha|sanjeev|sangeeta|sapna|shalini|sheetal|sunil|swati|tanvi|vikram|vinod|vivek|yash|asif|faisal|farhan|naveed|rizwan|saima|shahid|tariq|waqar|zubair|gurpreet|manpreet|navjot|simran|baljit|kuldeep|sukhwinder|parminder',
  // Poland and Eastern Europe
  'bartosz|kasia|lukasz|maciej|malgorzata|marzena|pawel|przemyslaw|radoslaw|slawomir|stanislaw|urszula|wojciech|zbigniew|bozena|bożena|wieslaw|mariusz|miroslaw|iwona|elzbieta|oksana|dmytro|mykola|nataliya|vasyl|dmitry|ekaterina|nadezhda|zdenek|jiri|ionut|snezana',
  // Arab world, Iran, Turkey
  'bashir|farid|ghada|hala|hanan|khaled|nasser|osama|reem|tarek|zaid|farzaneh|parisa|shirin|arash|babak|dariush|golnaz|navid|nasrin|payam|roya|ozlem',
  // East and Southeast Asia
  'jing|jun|lei|fang|jian|qing|xin|zhen|zhi|hao|chen|duc|hoang|hieu|haruto|hiroshi|makoto|takeshi|naoko|satoshi|ji-hoon|min-jun|seo-yeon|ji-woo|hye-jin|sung-min|rizal|wayan|ketut|arief|maricel|marivic|jonalyn',
].join('|');
export const EXTRA_LAST = [
  "o'brien|o'connor|o'sullivan|o'donnell|o'mahony|o'keeffe|o'shea|o'callaghan|o'driscoll|o'dwyer|o'leary|o'malley|o'rourke|o'halloran|o'grady|mac giolla|ní|nic|mhic|bhriain|bhraonáin|uí|ó|breathnach",
  'mokoena|shabalala|nkuna|mabena|masilela|van wyk|du toit|coetzee|swanepoel|moodley',
  'parata|ngata|tipene|tawhiri|te whata|ruatapu|tamihana|paewai|wihongi|karaka|rewi|kereama|poutama|tuhiwai|takerei|horomona|waititi|fonoti|faleolo|tuilagi|vainikolo|taufa|fifita|havili',
  'adeyemi|akinola|chukwu|eze|ezeh|nwosu|oladipo|oyelaran|oyelowo|onyekachi|uzoma|frimpong',
  'chakraborty|chaudhary|shetty|yadav',
  'zawadzka|kovalenko|shevchenko|bondarenko|tkachenko|kravchenko|petrenko|smirnov|kuznetsov|sokolov|volkov',
  'al-sayed|al-hassan|al-rashid|mohammadi|moradi|rostami|yilmaz|sahin|celik|yildiz|ozturk',
].join('|');
