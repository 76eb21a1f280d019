/**
 * Reference data for naming things: countries with their demonyms, capitals and major
 * cities, and well-known organisations. Data only; the code that reads it lives beside it.
 */

/** Country name → demonym adjectives (used to read roles such as "Ukrainian President"). */
export const COUNTRIES: Record<string, string[]> = {
  Afghanistan: ['Afghan'], Albania: ['Albanian'], Algeria: ['Algerian'], Argentina: ['Argentine', 'Argentinian'],
  Armenia: ['Armenian'], Australia: ['Australian'], Austria: ['Austrian'], Azerbaijan: ['Azerbaijani'],
  Bangladesh: ['Bangladeshi'], Belarus: ['Belarusian'], Belgium: ['Belgian'], Bolivia: ['Bolivian'],
  Bosnia: ['Bosnian'], Brazil: ['Brazilian'], Bulgaria: ['Bulgarian'], Cambodia: ['Cambodian'],
  Canada: ['Canadian'], Chile: ['Chilean'], China: ['Chinese'], Colombia: ['Colombian'], Croatia: ['Croatian'],
  Cuba: ['Cuban'], Cyprus: ['Cypriot'], 'Czech Republic': ['Czech'], Denmark: ['Danish'], Egypt: ['Egyptian'],
  Estonia: ['Estonian'], Ethiopia: ['Ethiopian'], Finland: ['Finnish'], France: ['French'], Georgia: ['Georgian'],
  Germany: ['German'], Greece: ['Greek'], Hungary: ['Hungarian'], Iceland: ['Icelandic'], India: ['Indian'],
  Indonesia: ['Indonesian'], Iran: ['Iranian'], Iraq: ['Iraqi'], Ireland: ['Irish'], Israel: ['Israeli'],
  Italy: ['Italian'], Japan: ['Japanese'], Jordan: ['Jordanian'], Kazakhstan: ['Kazakh'], Kenya: ['Kenyan'],
  Kosovo: ['Kosovar'], Kuwait: ['Kuwaiti'], Latvia: ['Latvian'], Lebanon: ['Lebanese'], Libya: ['Libyan'],
  Lithuania: ['Lithuanian'], Luxembourg: [], Malaysia: ['Malaysian'], Mali: ['Malian'], Mexico: ['Mexican'],
  Moldova: ['Moldovan'], Mongolia: ['Mongolian'], Montenegro: [], Morocco: ['Moroccan'], Myanmar: [],
  Nepal: ['Nepalese'], Netherlands: ['Dutch'], 'New Zealand': [], Nigeria: ['Nigerian'], 'North Korea': ['North Korean'],
  'North Macedonia': ['Macedonian'], Norway: ['Norwegian'], Pakistan: ['Pakistani'], Palestine: ['Palestinian'],
  Peru: ['Peruvian'], Philippines: ['Filipino', 'Philippine'], Poland: ['Polish'], Portugal: ['Portuguese'],
  Qatar: ['Qatari'], Romania: ['Romanian'], Russia: ['Russian'], 'Saudi Arabia': ['Saudi'], Serbia: ['Serbian'],
  Singapore: [], Slovakia: ['Slovak'], Slovenia: ['Slovenian'], Somalia: ['Somali'], 'South Africa': ['South African'],
  'South Korea': ['South Korean'], 'South Sudan': [], Spain: ['Spanish'], Sudan: ['Sudanese'], Sweden: ['Swedish'],
  Switzerland: ['Swiss'], Syria: ['Syrian'], Taiwan: ['Taiwanese'], Thailand: ['Thai'], Tunisia: ['Tunisian'],
  Turkey: ['Turkish'], 'Türkiye': [], Ukraine: ['Ukrainian'], 'United Arab Emirates': ['Emirati'],
  'United Kingdom': ['British'], Britain: ['British'], 'Great Britain': [], England: ['English'], Scotland: ['Scottish'],
  Wales: ['Welsh'], 'United States': ['American', 'U.S.', 'US'], America: [], Venezuela: ['Venezuelan'],
  Vietnam: ['Vietnamese'], Yemen: ['Yemeni'], Zimbabwe: ['Zimbabwean'], Gaza: [], 'West Bank': [],
};

/** Alternative spellings that name a country in the list above. */
export const COUNTRY_ALIASES: Record<string, string> = {
  'U.S.': 'United States', US: 'United States', USA: 'United States', 'U.S.A.': 'United States',
  'the United States': 'United States', UK: 'United Kingdom', 'U.K.': 'United Kingdom',
};

/** Capitals, major cities and well-known regions: read as places without other evidence. */
export const PLACES = [
  'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Donetsk', 'Luhansk', 'Crimea',
  'Donbas', 'Kherson', 'Mariupol', 'Bakhmut', 'Sumy', 'Moscow', 'St. Petersburg', 'Minsk', 'Warsaw', 'Berlin',
  'Paris', 'London', 'Brussels', 'Rome', 'Madrid', 'Vienna', 'Geneva', 'Istanbul', 'Ankara', 'Athens', 'Prague',
  'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Amsterdam',
  'The Hague', 'Dublin', 'Lisbon', 'Washington', 'New York', 'Los Angeles', 'Chicago', 'Beijing', 'Shanghai',
  'Hong Kong', 'Tokyo', 'Seoul', 'Pyongyang', 'Delhi', 'New Delhi', 'Mumbai', 'Islamabad', 'Kabul', 'Tehran',
  'Baghdad', 'Damascus', 'Beirut', 'Jerusalem', 'Tel Aviv', 'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Cairo',
  'Tripoli', 'Khartoum', 'Addis Ababa', 'Nairobi', 'Lagos', 'Johannesburg', 'Pretoria', 'Cape Town', 'Ottawa',
  'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Lima', 'Brasilia', 'Buenos Aires', 'Santiago', 'Canberra',
  'Sydney', 'Taipei', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Europe', 'Asia', 'Africa', 'Middle East',
  'Latin America', 'Baltic', 'Black Sea', 'Arctic', 'Balkans', 'Caucasus', 'Siberia',
  // U.S. states, which news names as often as countries.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Charlotte', 'Tulsa', 'Ferguson',
  'Boston', 'Philadelphia', 'Miami', 'Atlanta', 'Houston', 'Dallas', 'Seattle', 'San Francisco', 'Detroit',
  'Baltimore', 'Denver', 'Phoenix', 'Las Vegas', 'New Orleans', 'Cleveland', 'Pittsburgh', 'Toronto', 'Montreal',
  'Vancouver', 'Manchester', 'Birmingham', 'Glasgow', 'Edinburgh', 'Belfast', 'Cardiff', 'Munich', 'Frankfurt',
  'Hamburg', 'Milan', 'Naples', 'Barcelona', 'Marseille', 'Lyon', 'Krakow', 'Gdansk', 'Vilnius', 'Riga', 'Tallinn',
  'Chisinau', 'Tbilisi', 'Yerevan', 'Baku', 'Astana', 'Tashkent', 'Aleppo', 'Idlib', 'Homs', 'Mosul', 'Raqqa',
  'Basra', 'Gaza City', 'Rafah', 'Khan Younis', 'Ramallah', 'Haifa', 'Sanaa', 'Aden', 'Mogadishu', 'Kinshasa',
  'Goma', 'Juba', 'Darfur', 'Benghazi', 'Kandahar', 'Karachi', 'Lahore', 'Kashmir', 'Dhaka', 'Colombo', 'Yangon',
  'Pyongyang', 'Guam', 'Okinawa', 'Osaka', 'Busan', 'Macau', 'Xinjiang', 'Tibet', 'Kursk', 'Belgorod', 'Bryansk',
  'Rostov', 'Sevastopol', 'Novorossiysk', 'Kaliningrad', 'Transnistria', 'Abkhazia', 'Nagorno-Karabakh',
];

/** Organisations known by name (acronyms and institutions that are never people). */
export const ORGANISATIONS = [
  'NATO', 'Kremlin', 'White House', 'Pentagon', 'State Department', 'United Nations', 'UN', 'U.N.', 'EU',
  'European Union', 'European Commission', 'European Parliament', 'Security Council', 'IMF', 'World Bank', 'WHO',
  'Red Cross', 'OSCE', 'G7', 'G20', 'IAEA', 'ICC', 'FBI', 'CIA', 'NSA', 'Congress', 'Senate', 'House',
  'Supreme Court', 'Downing Street', 'Elysee', 'Bundestag', 'Duma', 'Rada', 'Verkhovna Rada', 'Hamas', 'Hezbollah',
  'Taliban', 'ISIS', 'Islamic State', 'Al Qaeda', 'Wagner', 'Reuters', 'AP', 'Associated Press', 'BBC', 'CNN',
  'Fox News', 'Twitter', 'Facebook', 'Google', 'Democrats', 'Republicans', 'GOP', 'Secret Service', 'NYPD',
];
