//! World-knowledge tables: a word or phrase in, what it is out.
//!
//! Countries and territories (canonical name, short and alternative forms,
//! demonyms, capital), major world cities, regions and other well-known places,
//! well-known organisations (with acronyms and seat-of-government metonyms such
//! as `Kremlin`), armed and political groups, organisation / event / place suffix
//! words, personal titles and honorifics (with a gender hint for pronoun
//! resolution), and calendar words. The mention finder ([`super::mentions`]) and
//! the resolver ([`crate::resolve`]) read them.
//!
//! Lookups are case-insensitive, ignore a leading `the`, fold `’` to `'` and
//! collapse whitespace, except that acronym forms (`US`, `UK`, `WHO`, `DPRK`) must
//! be written in capitals (`us` and `who` are ordinary words). All tables are
//! built once, on first use, into `HashMap`s.
//!
//! Source: public-domain facts (country names, capitals, demonyms, organisation
//! names) written down from general knowledge for this project; no external list
//! was copied. The one exception is the world-cities gazetteer
//! ([`world_city`], `model/world-cities.txt`), derived from GeoNames (CC BY 4.0;
//! see `model/README.md`), read in place by binary search.

use std::sync::LazyLock;

// Tables hash with crate::hash::FastHasher: fixed word lists, where SipHash's
// flooding resistance buys nothing (hashing was ~8 % of extraction time with it).
use crate::hash::{FastMap, FastSet};

use crate::vocab::EntityKind;

/// A country or territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// Canonical name (`North Korea`, `United States`).
    pub name: &'static str,
    /// Adjectival and demonym forms (`North Korean`, `American`).
    pub demonyms: &'static [&'static str],
    /// Short and alternative names (`DPRK`, `US`, `Britain`, `Burma`).
    pub forms: &'static [&'static str],
    /// The capital city.
    pub capital: &'static str,
}

const fn c(
    name: &'static str,
    demonyms: &'static [&'static str],
    forms: &'static [&'static str],
    capital: &'static str,
) -> Country {
    Country {
        name,
        demonyms,
        forms,
        capital,
    }
}

/// Countries and territories. When a demonym or form is shared (`Congolese`,
/// `Korean`), the first country listed with it is the default reading.
static COUNTRIES: &[Country] = &[
    c("Afghanistan", &["Afghan"], &[], "Kabul"),
    c("Albania", &["Albanian"], &[], "Tirana"),
    c("Algeria", &["Algerian"], &[], "Algiers"),
    c("Andorra", &["Andorran"], &[], "Andorra la Vella"),
    c("Angola", &["Angolan"], &[], "Luanda"),
    c(
        "Antigua and Barbuda",
        &["Antiguan"],
        &["Antigua"],
        "St John's",
    ),
    c(
        "Argentina",
        &["Argentine", "Argentinian"],
        &[],
        "Buenos Aires",
    ),
    c("Armenia", &["Armenian"], &[], "Yerevan"),
    c("Australia", &["Australian"], &[], "Canberra"),
    c("Austria", &["Austrian"], &[], "Vienna"),
    c("Azerbaijan", &["Azerbaijani", "Azeri"], &[], "Baku"),
    c("Bahamas", &["Bahamian"], &[], "Nassau"),
    c("Bahrain", &["Bahraini"], &[], "Manama"),
    c("Bangladesh", &["Bangladeshi"], &[], "Dhaka"),
    c("Barbados", &["Barbadian"], &[], "Bridgetown"),
    c(
        "Belarus",
        &["Belarusian", "Belarussian"],
        &["Byelorussia"],
        "Minsk",
    ),
    c("Belgium", &["Belgian"], &[], "Brussels"),
    c("Belize", &["Belizean"], &[], "Belmopan"),
    c("Benin", &["Beninese"], &[], "Porto-Novo"),
    c("Bhutan", &["Bhutanese"], &[], "Thimphu"),
    c("Bolivia", &["Bolivian"], &[], "Sucre"),
    c(
        "Bosnia and Herzegovina",
        &["Bosnian"],
        &["Bosnia", "Bosnia-Herzegovina"],
        "Sarajevo",
    ),
    c("Botswana", &["Botswanan", "Motswana"], &[], "Gaborone"),
    c("Brazil", &["Brazilian"], &[], "Brasilia"),
    c(
        "Brunei",
        &["Bruneian"],
        &["Brunei Darussalam"],
        "Bandar Seri Begawan",
    ),
    c("Bulgaria", &["Bulgarian"], &[], "Sofia"),
    c("Burkina Faso", &["Burkinabe"], &[], "Ouagadougou"),
    c("Burundi", &["Burundian"], &[], "Gitega"),
    c(
        "Cambodia",
        &["Cambodian", "Khmer"],
        &["Kampuchea"],
        "Phnom Penh",
    ),
    c("Cameroon", &["Cameroonian"], &[], "Yaounde"),
    c("Canada", &["Canadian"], &[], "Ottawa"),
    c("Cape Verde", &["Cape Verdean"], &["Cabo Verde"], "Praia"),
    c(
        "Central African Republic",
        &["Central African"],
        &["CAR"],
        "Bangui",
    ),
    c("Chad", &["Chadian"], &[], "N'Djamena"),
    c("Chile", &["Chilean"], &[], "Santiago"),
    c(
        "China",
        &["Chinese"],
        &["PRC", "People's Republic of China"],
        "Beijing",
    ),
    c("Colombia", &["Colombian"], &[], "Bogota"),
    c("Comoros", &["Comorian"], &[], "Moroni"),
    c(
        "Democratic Republic of the Congo",
        &["Congolese"],
        &[
            "DRC",
            "DR Congo",
            "D.R. Congo",
            "Congo-Kinshasa",
            "Democratic Republic of Congo",
            "Zaire",
        ],
        "Kinshasa",
    ),
    c(
        "Republic of the Congo",
        &["Congolese"],
        &["Congo", "Congo-Brazzaville", "Republic of Congo"],
        "Brazzaville",
    ),
    c("Costa Rica", &["Costa Rican"], &[], "San Jose"),
    c(
        "Ivory Coast",
        &["Ivorian"],
        &["Côte d'Ivoire", "Cote d'Ivoire"],
        "Yamoussoukro",
    ),
    c("Croatia", &["Croatian", "Croat"], &[], "Zagreb"),
    c("Cuba", &["Cuban"], &[], "Havana"),
    c("Cyprus", &["Cypriot"], &[], "Nicosia"),
    c("Czech Republic", &["Czech"], &["Czechia"], "Prague"),
    c("Denmark", &["Danish", "Dane"], &[], "Copenhagen"),
    c("Djibouti", &["Djiboutian"], &[], "Djibouti"),
    c("Dominican Republic", &["Dominican"], &[], "Santo Domingo"),
    c("Dominica", &["Dominican"], &[], "Roseau"),
    c("Ecuador", &["Ecuadorian", "Ecuadorean"], &[], "Quito"),
    c("Egypt", &["Egyptian"], &[], "Cairo"),
    c(
        "El Salvador",
        &["Salvadoran", "Salvadorean"],
        &[],
        "San Salvador",
    ),
    c("Equatorial Guinea", &["Equatorial Guinean"], &[], "Malabo"),
    c("Eritrea", &["Eritrean"], &[], "Asmara"),
    c("Estonia", &["Estonian"], &[], "Tallinn"),
    c("Eswatini", &["Swazi"], &["Swaziland"], "Mbabane"),
    c("Ethiopia", &["Ethiopian"], &[], "Addis Ababa"),
    c("Fiji", &["Fijian"], &[], "Suva"),
    c("Finland", &["Finnish", "Finn"], &[], "Helsinki"),
    c("France", &["French"], &[], "Paris"),
    c("Gabon", &["Gabonese"], &[], "Libreville"),
    c("Gambia", &["Gambian"], &[], "Banjul"),
    c("Georgia", &["Georgian"], &[], "Tbilisi"),
    c("Germany", &["German"], &[], "Berlin"),
    c("Ghana", &["Ghanaian"], &[], "Accra"),
    c("Greece", &["Greek"], &["Hellenic Republic"], "Athens"),
    c("Grenada", &["Grenadian"], &[], "St George's"),
    c("Guatemala", &["Guatemalan"], &[], "Guatemala City"),
    c("Guinea", &["Guinean"], &[], "Conakry"),
    c("Guinea-Bissau", &["Bissau-Guinean"], &[], "Bissau"),
    c("Guyana", &["Guyanese"], &[], "Georgetown"),
    c("Haiti", &["Haitian"], &[], "Port-au-Prince"),
    c("Honduras", &["Honduran"], &[], "Tegucigalpa"),
    c("Hungary", &["Hungarian"], &[], "Budapest"),
    c("Iceland", &["Icelandic", "Icelander"], &[], "Reykjavik"),
    c("India", &["Indian"], &[], "New Delhi"),
    c("Indonesia", &["Indonesian"], &[], "Jakarta"),
    c(
        "Iran",
        &["Iranian", "Persian"],
        &["Persia", "Islamic Republic of Iran"],
        "Tehran",
    ),
    c("Iraq", &["Iraqi"], &[], "Baghdad"),
    c(
        "Ireland",
        &["Irish"],
        &["Republic of Ireland", "Eire"],
        "Dublin",
    ),
    c("Israel", &["Israeli"], &[], "Jerusalem"),
    c("Italy", &["Italian"], &[], "Rome"),
    c("Jamaica", &["Jamaican"], &[], "Kingston"),
    c("Japan", &["Japanese"], &[], "Tokyo"),
    c("Jordan", &["Jordanian"], &[], "Amman"),
    c("Kazakhstan", &["Kazakh", "Kazakhstani"], &[], "Astana"),
    c("Kenya", &["Kenyan"], &[], "Nairobi"),
    c("Kiribati", &["I-Kiribati"], &[], "Tarawa"),
    c("Kosovo", &["Kosovan", "Kosovar"], &[], "Pristina"),
    c("Kuwait", &["Kuwaiti"], &[], "Kuwait City"),
    c(
        "Kyrgyzstan",
        &["Kyrgyz", "Kyrgyzstani"],
        &["Kirghizia"],
        "Bishkek",
    ),
    c("Laos", &["Lao", "Laotian"], &["Lao PDR"], "Vientiane"),
    c("Latvia", &["Latvian"], &[], "Riga"),
    c("Lebanon", &["Lebanese"], &[], "Beirut"),
    c("Lesotho", &["Basotho", "Mosotho"], &[], "Maseru"),
    c("Liberia", &["Liberian"], &[], "Monrovia"),
    c("Libya", &["Libyan"], &[], "Tripoli"),
    c("Liechtenstein", &["Liechtensteiner"], &[], "Vaduz"),
    c("Lithuania", &["Lithuanian"], &[], "Vilnius"),
    c(
        "Luxembourg",
        &["Luxembourgish", "Luxembourger"],
        &[],
        "Luxembourg",
    ),
    c("Madagascar", &["Malagasy"], &[], "Antananarivo"),
    c("Malawi", &["Malawian"], &[], "Lilongwe"),
    c("Malaysia", &["Malaysian"], &[], "Kuala Lumpur"),
    c("Maldives", &["Maldivian"], &[], "Male"),
    c("Mali", &["Malian"], &[], "Bamako"),
    c("Malta", &["Maltese"], &[], "Valletta"),
    c("Marshall Islands", &["Marshallese"], &[], "Majuro"),
    c("Mauritania", &["Mauritanian"], &[], "Nouakchott"),
    c("Mauritius", &["Mauritian"], &[], "Port Louis"),
    c("Mexico", &["Mexican"], &[], "Mexico City"),
    c("Micronesia", &["Micronesian"], &[], "Palikir"),
    c("Moldova", &["Moldovan"], &[], "Chisinau"),
    c("Monaco", &["Monegasque"], &[], "Monaco"),
    c("Mongolia", &["Mongolian"], &[], "Ulaanbaatar"),
    c("Montenegro", &["Montenegrin"], &[], "Podgorica"),
    c("Morocco", &["Moroccan"], &[], "Rabat"),
    c("Mozambique", &["Mozambican"], &[], "Maputo"),
    c("Myanmar", &["Burmese"], &["Burma"], "Naypyidaw"),
    c("Namibia", &["Namibian"], &[], "Windhoek"),
    c("Nauru", &["Nauruan"], &[], "Yaren"),
    c("Nepal", &["Nepali", "Nepalese"], &[], "Kathmandu"),
    c("Netherlands", &["Dutch"], &["Holland"], "Amsterdam"),
    c("New Zealand", &["New Zealander"], &[], "Wellington"),
    c("Nicaragua", &["Nicaraguan"], &[], "Managua"),
    c("Niger", &["Nigerien"], &[], "Niamey"),
    c("Nigeria", &["Nigerian"], &[], "Abuja"),
    c(
        "North Korea",
        &["North Korean"],
        &[
            "DPRK",
            "Democratic People's Republic of Korea",
            "N Korea",
            "N. Korea",
        ],
        "Pyongyang",
    ),
    c("North Macedonia", &["Macedonian"], &["Macedonia"], "Skopje"),
    c("Norway", &["Norwegian"], &[], "Oslo"),
    c("Oman", &["Omani"], &[], "Muscat"),
    c("Pakistan", &["Pakistani"], &[], "Islamabad"),
    c("Palau", &["Palauan"], &[], "Ngerulmud"),
    c(
        "Palestine",
        &["Palestinian"],
        &["State of Palestine", "Palestinian Territories"],
        "Ramallah",
    ),
    c("Panama", &["Panamanian"], &[], "Panama City"),
    c(
        "Papua New Guinea",
        &["Papua New Guinean"],
        &["PNG"],
        "Port Moresby",
    ),
    c("Paraguay", &["Paraguayan"], &[], "Asuncion"),
    c("Peru", &["Peruvian"], &[], "Lima"),
    c("Philippines", &["Filipino", "Philippine"], &[], "Manila"),
    c("Poland", &["Polish", "Pole"], &[], "Warsaw"),
    c("Portugal", &["Portuguese"], &[], "Lisbon"),
    c("Qatar", &["Qatari"], &[], "Doha"),
    c("Romania", &["Romanian"], &[], "Bucharest"),
    c("Russia", &["Russian"], &["Russian Federation"], "Moscow"),
    c("Rwanda", &["Rwandan"], &[], "Kigali"),
    c(
        "Saint Kitts and Nevis",
        &["Kittitian"],
        &["St Kitts and Nevis"],
        "Basseterre",
    ),
    c("Saint Lucia", &["Saint Lucian"], &["St Lucia"], "Castries"),
    c(
        "Saint Vincent and the Grenadines",
        &["Vincentian"],
        &["St Vincent and the Grenadines"],
        "Kingstown",
    ),
    c("Samoa", &["Samoan"], &[], "Apia"),
    c("San Marino", &["Sammarinese"], &[], "San Marino"),
    c(
        "Sao Tome and Principe",
        &["Santomean"],
        &["São Tomé and Príncipe"],
        "Sao Tome",
    ),
    c(
        "Saudi Arabia",
        &["Saudi", "Saudi Arabian"],
        &["Saudi"],
        "Riyadh",
    ),
    c("Senegal", &["Senegalese"], &[], "Dakar"),
    c("Serbia", &["Serbian", "Serb"], &[], "Belgrade"),
    c("Seychelles", &["Seychellois"], &[], "Victoria"),
    c("Sierra Leone", &["Sierra Leonean"], &[], "Freetown"),
    c("Singapore", &["Singaporean"], &[], "Singapore"),
    c("Slovakia", &["Slovak", "Slovakian"], &[], "Bratislava"),
    c("Slovenia", &["Slovenian", "Slovene"], &[], "Ljubljana"),
    c("Solomon Islands", &["Solomon Islander"], &[], "Honiara"),
    c("Somalia", &["Somali"], &[], "Mogadishu"),
    c("South Africa", &["South African"], &[], "Pretoria"),
    c(
        "South Korea",
        &["South Korean", "Korean"],
        &["ROK", "Republic of Korea", "Korea", "S Korea", "S. Korea"],
        "Seoul",
    ),
    c("South Sudan", &["South Sudanese"], &[], "Juba"),
    c("Spain", &["Spanish", "Spaniard"], &[], "Madrid"),
    c("Sri Lanka", &["Sri Lankan"], &["Ceylon"], "Colombo"),
    c("Sudan", &["Sudanese"], &[], "Khartoum"),
    c("Suriname", &["Surinamese"], &[], "Paramaribo"),
    c("Sweden", &["Swedish", "Swede"], &[], "Stockholm"),
    c("Switzerland", &["Swiss"], &[], "Bern"),
    c("Syria", &["Syrian"], &[], "Damascus"),
    c("Taiwan", &["Taiwanese"], &[], "Taipei"),
    c("Tajikistan", &["Tajik", "Tajikistani"], &[], "Dushanbe"),
    c("Tanzania", &["Tanzanian"], &[], "Dodoma"),
    c("Thailand", &["Thai"], &["Siam"], "Bangkok"),
    c("Timor-Leste", &["Timorese"], &["East Timor"], "Dili"),
    c("Togo", &["Togolese"], &[], "Lome"),
    c("Tonga", &["Tongan"], &[], "Nuku'alofa"),
    c(
        "Trinidad and Tobago",
        &["Trinidadian"],
        &["Trinidad"],
        "Port of Spain",
    ),
    c("Tunisia", &["Tunisian"], &[], "Tunis"),
    c(
        "Turkey",
        &["Turkish", "Turk"],
        &["Türkiye", "Turkiye"],
        "Ankara",
    ),
    c("Turkmenistan", &["Turkmen"], &[], "Ashgabat"),
    c("Tuvalu", &["Tuvaluan"], &[], "Funafuti"),
    c("Uganda", &["Ugandan"], &[], "Kampala"),
    c("Ukraine", &["Ukrainian"], &[], "Kyiv"),
    c(
        "United Arab Emirates",
        &["Emirati"],
        &["UAE", "U.A.E.", "Emirates"],
        "Abu Dhabi",
    ),
    c(
        "United Kingdom",
        &["British", "Briton"],
        &[
            "UK",
            "U.K.",
            "U.K",
            "Britain",
            "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland",
        ],
        "London",
    ),
    c(
        "United States",
        &["American", "US", "U.S."],
        &[
            "US",
            "U.S.",
            "U.S",
            "USA",
            "U.S.A.",
            "America",
            "United States of America",
        ],
        "Washington",
    ),
    c("Uruguay", &["Uruguayan"], &[], "Montevideo"),
    c("Uzbekistan", &["Uzbek", "Uzbekistani"], &[], "Tashkent"),
    c("Vanuatu", &["Ni-Vanuatu"], &[], "Port Vila"),
    c(
        "Vatican City",
        &["Vatican"],
        &["Vatican", "Holy See"],
        "Vatican City",
    ),
    c("Venezuela", &["Venezuelan"], &[], "Caracas"),
    c("Vietnam", &["Vietnamese"], &["Viet Nam"], "Hanoi"),
    c("Yemen", &["Yemeni"], &[], "Sanaa"),
    c("Zambia", &["Zambian"], &[], "Lusaka"),
    c("Zimbabwe", &["Zimbabwean"], &[], "Harare"),
    // Constituent countries and territories often named in news.
    c("England", &["English"], &[], "London"),
    c("Scotland", &["Scottish", "Scot"], &[], "Edinburgh"),
    c("Wales", &["Welsh"], &[], "Cardiff"),
    c("Northern Ireland", &["Northern Irish"], &[], "Belfast"),
    c("Greenland", &["Greenlandic"], &[], "Nuuk"),
    c("Puerto Rico", &["Puerto Rican"], &[], "San Juan"),
    c("Western Sahara", &["Sahrawi"], &[], "Laayoune"),
    c("Soviet Union", &["Soviet"], &["USSR", "U.S.S.R."], "Moscow"),
    // Former states that archives of news still name.
    c("West Germany", &["West German"], &[], "Bonn"),
    c("East Germany", &["East German"], &[], "East Berlin"),
];

/// A city and the country it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct City {
    pub name: &'static str,
    /// Canonical name of the country.
    pub country: &'static str,
}

/// Major cities beyond the capitals (the capitals come from [`COUNTRIES`]);
/// `(name, country, other spellings)`.
static CITIES: &[(&str, &str, &[&str])] = &[
    ("New York", "United States", &["New York City", "NYC"]),
    ("Los Angeles", "United States", &["L.A."]),
    ("Chicago", "United States", &[]),
    ("San Francisco", "United States", &["S.F."]),
    ("Houston", "United States", &[]),
    ("Boston", "United States", &[]),
    ("Miami", "United States", &[]),
    ("Seattle", "United States", &[]),
    ("Philadelphia", "United States", &[]),
    ("Atlanta", "United States", &[]),
    ("Detroit", "United States", &[]),
    ("Las Vegas", "United States", &[]),
    ("Anchorage", "United States", &[]),
    ("Honolulu", "United States", &[]),
    ("Shanghai", "China", &[]),
    ("Hong Kong", "China", &[]),
    ("Macau", "China", &["Macao"]),
    ("Guangzhou", "China", &["Canton"]),
    ("Shenzhen", "China", &[]),
    ("Chongqing", "China", &[]),
    ("Tianjin", "China", &[]),
    ("Wuhan", "China", &[]),
    ("Chengdu", "China", &[]),
    ("Nanjing", "China", &[]),
    ("Xi'an", "China", &[]),
    ("Hangzhou", "China", &[]),
    ("Harbin", "China", &[]),
    ("Dalian", "China", &[]),
    ("Dandong", "China", &[]),
    ("Mumbai", "India", &["Bombay"]),
    ("Kolkata", "India", &["Calcutta"]),
    ("Chennai", "India", &["Madras"]),
    ("Bengaluru", "India", &["Bangalore"]),
    ("Hyderabad", "India", &[]),
    ("Delhi", "India", &[]),
    ("Karachi", "Pakistan", &[]),
    ("Lahore", "Pakistan", &[]),
    ("Istanbul", "Turkey", &[]),
    (
        "St Petersburg",
        "Russia",
        &["Saint Petersburg", "St. Petersburg"],
    ),
    ("Vladivostok", "Russia", &[]),
    ("Novosibirsk", "Russia", &[]),
    ("Yekaterinburg", "Russia", &[]),
    ("Kazan", "Russia", &[]),
    ("Kursk", "Russia", &[]),
    ("Belgorod", "Russia", &[]),
    ("Kaliningrad", "Russia", &[]),
    ("Kharkiv", "Ukraine", &["Kharkov"]),
    ("Odesa", "Ukraine", &["Odessa"]),
    ("Lviv", "Ukraine", &[]),
    ("Dnipro", "Ukraine", &[]),
    ("Mariupol", "Ukraine", &[]),
    ("Donetsk", "Ukraine", &[]),
    ("Luhansk", "Ukraine", &[]),
    ("Kherson", "Ukraine", &[]),
    ("Zaporizhzhia", "Ukraine", &[]),
    ("Bakhmut", "Ukraine", &[]),
    ("Sevastopol", "Ukraine", &[]),
    ("Busan", "South Korea", &["Pusan"]),
    ("Incheon", "South Korea", &[]),
    ("Osaka", "Japan", &[]),
    ("Kyoto", "Japan", &[]),
    ("Hiroshima", "Japan", &[]),
    ("Nagasaki", "Japan", &[]),
    ("Okinawa", "Japan", &[]),
    ("Sydney", "Australia", &[]),
    ("Melbourne", "Australia", &[]),
    ("Brisbane", "Australia", &[]),
    ("Perth", "Australia", &[]),
    ("Toronto", "Canada", &[]),
    ("Montreal", "Canada", &[]),
    ("Vancouver", "Canada", &[]),
    ("Sao Paulo", "Brazil", &["São Paulo"]),
    ("Rio de Janeiro", "Brazil", &["Rio"]),
    ("Johannesburg", "South Africa", &[]),
    ("Cape Town", "South Africa", &[]),
    ("Durban", "South Africa", &[]),
    ("Lagos", "Nigeria", &[]),
    ("Abidjan", "Ivory Coast", &[]),
    ("Goma", "Democratic Republic of the Congo", &[]),
    ("Dubai", "United Arab Emirates", &[]),
    ("Jeddah", "Saudi Arabia", &[]),
    ("Mecca", "Saudi Arabia", &["Makkah"]),
    ("Medina", "Saudi Arabia", &[]),
    ("Tel Aviv", "Israel", &[]),
    ("Haifa", "Israel", &[]),
    ("Gaza City", "Palestine", &[]),
    ("Rafah", "Palestine", &[]),
    ("Khan Younis", "Palestine", &[]),
    ("Aleppo", "Syria", &[]),
    ("Homs", "Syria", &[]),
    ("Idlib", "Syria", &[]),
    ("Mosul", "Iraq", &[]),
    ("Basra", "Iraq", &[]),
    ("Erbil", "Iraq", &[]),
    ("Kandahar", "Afghanistan", &[]),
    ("Isfahan", "Iran", &[]),
    ("Manchester", "United Kingdom", &[]),
    ("Birmingham", "United Kingdom", &[]),
    ("Liverpool", "United Kingdom", &[]),
    ("Glasgow", "United Kingdom", &[]),
    ("Frankfurt", "Germany", &[]),
    ("Munich", "Germany", &[]),
    ("Hamburg", "Germany", &[]),
    ("Cologne", "Germany", &[]),
    ("Milan", "Italy", &[]),
    ("Naples", "Italy", &[]),
    ("Venice", "Italy", &[]),
    ("Florence", "Italy", &[]),
    ("Barcelona", "Spain", &[]),
    ("Marseille", "France", &[]),
    ("Lyon", "France", &[]),
    ("Strasbourg", "France", &[]),
    ("Geneva", "Switzerland", &[]),
    ("Zurich", "Switzerland", &[]),
    ("Davos", "Switzerland", &[]),
    ("Rotterdam", "Netherlands", &[]),
    ("The Hague", "Netherlands", &[]),
    ("Gdansk", "Poland", &[]),
    ("Krakow", "Poland", &[]),
    ("Ho Chi Minh City", "Vietnam", &["Saigon"]),
    ("Yangon", "Myanmar", &["Rangoon"]),
    ("Mandalay", "Myanmar", &[]),
    ("Almaty", "Kazakhstan", &[]),
    ("Samarkand", "Uzbekistan", &[]),
    ("Kyiv", "Ukraine", &["Kiev"]),
    ("Ulaanbaatar", "Mongolia", &["Ulan Bator"]),
    ("Naypyidaw", "Myanmar", &["Nay Pyi Taw", "Naypyitaw"]),
    (
        "Washington",
        "United States",
        &["Washington DC", "Washington, DC"],
    ),
    ("Sanaa", "Yemen", &["Sana'a"]),
    ("Bogota", "Colombia", &["Bogotá"]),
    ("Brasilia", "Brazil", &["Brasília"]),
    ("Yaounde", "Cameroon", &["Yaoundé"]),
    ("Lome", "Togo", &["Lomé"]),
    ("Asuncion", "Paraguay", &["Asunción"]),
    ("Reykjavik", "Iceland", &["Reykjavík"]),
    ("Kaesong", "North Korea", &[]),
    ("Panmunjom", "North Korea", &[]),
];

/// A well-known organisation, seat-of-government metonym or armed group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Org {
    /// Canonical name (`United Nations`, `Kremlin`).
    pub name: &'static str,
    /// Acronyms and other forms (`UN`, `U.N.`).
    pub forms: &'static [&'static str],
    /// [`EntityKind::Organization`] or [`EntityKind::Group`].
    pub kind: EntityKind,
    /// The country it belongs to, for metonyms and national bodies.
    pub country: Option<&'static str>,
    /// A political party or trade union.
    pub party: bool,
}

const fn o(
    name: &'static str,
    forms: &'static [&'static str],
    country: Option<&'static str>,
) -> Org {
    Org {
        name,
        forms,
        kind: EntityKind::Organization,
        country,
        party: false,
    }
}

/// A political party or trade union.
const fn p(
    name: &'static str,
    forms: &'static [&'static str],
    country: Option<&'static str>,
) -> Org {
    Org {
        name,
        forms,
        kind: EntityKind::Organization,
        country,
        party: true,
    }
}

const fn g(name: &'static str, forms: &'static [&'static str]) -> Org {
    Org {
        name,
        forms,
        kind: EntityKind::Group,
        country: None,
        party: false,
    }
}

static ORGS: &[Org] = &[
    // Political parties and trade unions, by the names news use for them.
    p("Labour Party", &["Labour"], Some("United Kingdom")),
    p(
        "Conservative Party",
        &[
            "Tory",
            "Tories",
            "Tory Party",
            "Conservative",
            "Conservatives",
        ],
        Some("United Kingdom"),
    ),
    p(
        "Liberal Democrats",
        &[
            "Lib Dem",
            "Lib Dems",
            "Liberal Democrat",
            "Liberal Democrat Party",
        ],
        Some("United Kingdom"),
    ),
    p("Scottish National Party", &["SNP"], Some("United Kingdom")),
    p("Plaid Cymru", &[], Some("United Kingdom")),
    p(
        "UK Independence Party",
        &["UKIP", "Ukip"],
        Some("United Kingdom"),
    ),
    p("Green Party", &[], None),
    p("Sinn Fein", &["Sinn Féin"], Some("United Kingdom")),
    p(
        "Ulster Unionist Party",
        &["Ulster Unionist", "Ulster Unionists", "UUP"],
        Some("United Kingdom"),
    ),
    p(
        "Democratic Unionist Party",
        &["DUP"],
        Some("United Kingdom"),
    ),
    p(
        "Social Democratic and Labour Party",
        &["SDLP"],
        Some("United Kingdom"),
    ),
    p("Democratic Party", &["Democrats"], Some("United States")),
    p(
        "Republican Party",
        &["Republicans", "GOP"],
        Some("United States"),
    ),
    p("African National Congress", &["ANC"], Some("South Africa")),
    p("Bharatiya Janata Party", &["BJP"], Some("India")),
    p("Congress Party", &[], Some("India")),
    p("Likud", &[], Some("Israel")),
    p("Christian Democratic Union", &["CDU"], Some("Germany")),
    p("Christian Social Union", &["CSU"], Some("Germany")),
    p("Social Democratic Party", &["SPD"], Some("Germany")),
    p("Free Democratic Party", &["FDP"], Some("Germany")),
    p("Trades Union Congress", &["TUC"], Some("United Kingdom")),
    p("National Union of Journalists", &["NUJ"], None),
    p("GMB", &[], Some("United Kingdom")),
    p("Unison", &[], Some("United Kingdom")),
    p(
        "National Union of Rail, Maritime and Transport Workers",
        &["RMT"],
        Some("United Kingdom"),
    ),
    p("AFL-CIO", &["AFLCIO"], Some("United States")),
    p(
        "International Brotherhood of Teamsters",
        &["Teamsters"],
        Some("United States"),
    ),
    o("United Nations", &["UN", "U.N."], None),
    o("UN Security Council", &["Security Council", "UNSC"], None),
    o("UN General Assembly", &["General Assembly", "UNGA"], None),
    o(
        "North Atlantic Treaty Organization",
        &["NATO", "Nato", "North Atlantic Treaty Organisation"],
        None,
    ),
    o("European Union", &["EU", "E.U."], None),
    o("European Commission", &[], None),
    o("European Parliament", &[], None),
    o(
        "World Health Organization",
        &["WHO", "World Health Organisation"],
        None,
    ),
    o("International Monetary Fund", &["IMF"], None),
    o("World Bank", &[], None),
    o(
        "World Trade Organization",
        &["WTO", "World Trade Organisation"],
        None,
    ),
    o(
        "Organization of the Petroleum Exporting Countries",
        &["OPEC", "Opec"],
        None,
    ),
    o(
        "Association of Southeast Asian Nations",
        &["ASEAN", "Asean"],
        None,
    ),
    o("BRICS", &["Brics"], None),
    o("G7", &["Group of Seven"], None),
    o("G20", &["Group of 20"], None),
    o(
        "Shanghai Cooperation Organisation",
        &["SCO", "Shanghai Cooperation Organization"],
        None,
    ),
    o("International Atomic Energy Agency", &["IAEA"], None),
    o("International Criminal Court", &["ICC"], None),
    o("International Court of Justice", &["ICJ"], None),
    o("African Union", &["AU"], None),
    o("Arab League", &[], None),
    o("Gulf Cooperation Council", &["GCC"], None),
    o("UNESCO", &["Unesco"], None),
    o("UNICEF", &["Unicef"], None),
    o(
        "Red Cross",
        &["International Committee of the Red Cross", "ICRC"],
        None,
    ),
    o("Interpol", &[], None),
    o(
        "Federal Bureau of Investigation",
        &["FBI"],
        Some("United States"),
    ),
    o(
        "Central Intelligence Agency",
        &["CIA"],
        Some("United States"),
    ),
    o("National Security Agency", &["NSA"], Some("United States")),
    o("Federal Security Service", &["FSB"], Some("Russia")),
    o("KGB", &[], Some("Soviet Union")),
    o("MI5", &[], Some("United Kingdom")),
    o("MI6", &[], Some("United Kingdom")),
    o("Kremlin", &[], Some("Russia")),
    o("White House", &[], Some("United States")),
    o("Pentagon", &[], Some("United States")),
    o(
        "State Department",
        &["US State Department"],
        Some("United States"),
    ),
    o(
        "Downing Street",
        &["No 10", "Number 10"],
        Some("United Kingdom"),
    ),
    o("Elysee", &["Élysée", "Elysee Palace"], Some("France")),
    o("Congress", &["US Congress"], Some("United States")),
    o("Bundestag", &[], Some("Germany")),
    // The devolved governments and parliaments of the United Kingdom, which
    // news names as their country's (`the Scottish Executive`, not an
    // executive of Scotland).
    o("Scottish Executive", &[], Some("Scotland")),
    o("Scottish Parliament", &["Holyrood"], Some("Scotland")),
    o("Northern Ireland Executive", &[], Some("Northern Ireland")),
    o(
        "Northern Ireland Assembly",
        &["Stormont"],
        Some("Northern Ireland"),
    ),
    o(
        "National Assembly for Wales",
        &["Welsh Assembly"],
        Some("Wales"),
    ),
    o("Knesset", &[], Some("Israel")),
    o("Duma", &["State Duma"], Some("Russia")),
    o("Politburo", &[], None),
    o("Associated Press", &["AP"], None),
    o("Reuters", &[], None),
    o("Agence France-Presse", &["AFP"], None),
    o("BBC", &[], Some("United Kingdom")),
    o("CNN", &[], Some("United States")),
    o("Sky News", &[], Some("United Kingdom")),
    o("TASS", &["Tass"], Some("Russia")),
    o("RIA Novosti", &[], Some("Russia")),
    o("Xinhua", &[], Some("China")),
    o("Korean Central News Agency", &["KCNA"], Some("North Korea")),
    o("Yonhap", &[], Some("South Korea")),
    o("Kyodo", &[], Some("Japan")),
    o("Al Jazeera", &[], Some("Qatar")),
    g("Taliban", &[]),
    g("Hamas", &[]),
    g("Hezbollah", &["Hizbollah"]),
    g("Houthis", &["Houthi"]),
    g("Islamic State", &["ISIS", "ISIL", "IS", "Daesh"]),
    g("al-Qaeda", &["al-Qaida", "Al Qaeda"]),
    g("Wagner Group", &["Wagner"]),
    g("Boko Haram", &[]),
    g("al-Shabab", &["al-Shabaab"]),
    // Companies the news names often that a recogniser trained on 1996
    // news does not know (it reads `Google`, `Facebook` as places). Only
    // names news do not lengthen (`Nissan Motor`, `IBM PC` would split off).
    o("Google", &[], None),
    o("Microsoft", &[], None),
    o("Facebook", &[], None),
    o("Twitter", &[], None),
    o("YouTube", &[], None),
    o("Yahoo", &["Yahoo!"], None),
    o("eBay", &[], None),
    o("Netflix", &[], None),
    o("Nokia", &[], None),
    o("Boeing", &[], None),
    o("Airbus", &[], None),
    o("Gazprom", &[], None),
    o("Rosneft", &[], None),
    o("Alibaba", &[], None),
    o("Tencent", &[], None),
    o("Huawei", &[], None),
    o("Baidu", &[], None),
    o("Spotify", &[], None),
    o("Instagram", &[], None),
    o("WhatsApp", &[], None),
    o("TikTok", &[], None),
    o("LinkedIn", &[], None),
    o("PayPal", &[], None),
    o("Walmart", &["Wal-Mart"], None),
    o("Starbucks", &[], None),
    o("Uber", &[], None),
    o("Vodafone", &[], None),
    o("Tesco", &[], None),
    o("Asda", &[], None),
    o("Nintendo", &[], None),
    o("Pixar", &[], None),
    o("Deutsche Telekom", &[], None),
    o("easyJet", &["EasyJet"], None),
    o("Ryanair", &[], None),
    o("Intel", &[], None),
    o("Motorola", &[], None),
    o("Unilever", &[], None),
    o("GlaxoSmithKline", &[], None),
    o("AstraZeneca", &[], None),
    o("Bertelsmann", &[], None),
    o("Lukoil", &[], None),
    o("Yukos", &[], None),
    o("DaimlerChrysler", &[], None),
    o("Skype", &[], None),
    o("MySpace", &[], None),
    o("Napster", &[], None),
    o("Nextel", &[], None),
    o("Novartis", &[], None),
    o("Pfizer", &[], None),
];

/// Regions, seas and other well-known places that are neither countries nor cities.
static PLACES: &[&str] = &[
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Middle East",
    "Near East",
    "Far East",
    "Antarctica",
    "Arctic",
    "Oceania",
    "Balkans",
    "Caucasus",
    "Central Asia",
    "Southeast Asia",
    "South-East Asia",
    "East Asia",
    "South Asia",
    "Asia-Pacific",
    "Indo-Pacific",
    "Pacific",
    "Atlantic",
    "Indian Ocean",
    "Korean Peninsula",
    "Taiwan Strait",
    "South China Sea",
    "East China Sea",
    "Yellow Sea",
    "Black Sea",
    "Red Sea",
    "Baltic",
    "Baltic Sea",
    "Mediterranean",
    "Persian Gulf",
    "Gulf",
    "Strait of Hormuz",
    "Gaza",
    "Gaza Strip",
    "West Bank",
    "Golan Heights",
    "Crimea",
    "Donbas",
    "Donbass",
    "Kashmir",
    "Tibet",
    "Xinjiang",
    "Siberia",
    "Kurdistan",
    "Sahel",
    "Darfur",
    "Scandinavia",
    "Sub-Saharan Africa",
    "West",
    "Global South",
    "Tiananmen Square",
    "Capitol Hill",
    "Red Square",
    "Demilitarized Zone",
    "Demilitarised Zone",
    "DMZ",
];

/// First-level divisions often in the news: US states, Canadian provinces,
/// Australian states; places ([`place`]) that also place an organisation named
/// after them (`Texas Air`, `Ontario Hydro`), unlike a sea or a region (`Pacific
/// Gas`). Left out: names that are also a country's (Georgia), a city's
/// (Washington, Quebec) or a common given name (Virginia, Victoria).
static REGIONS: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Alberta",
    "British Columbia",
    "Manitoba",
    "New Brunswick",
    "Newfoundland",
    "Nova Scotia",
    "Ontario",
    "Prince Edward Island",
    "Saskatchewan",
    "New South Wales",
    "Northern Territory",
    "Queensland",
    "South Australia",
    "Tasmania",
    "Western Australia",
];

/// Grammatical gender a title or honorific implies (for pronoun agreement).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// A courtesy title written before a name (`Mr`, `Dr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Honorific {
    /// Canonical spelling without a full stop (`Mr`).
    pub word: &'static str,
    pub gender: Option<Gender>,
}

static HONORIFICS: &[(&str, Option<Gender>)] = &[
    ("Mr", Some(Gender::Male)),
    ("Mrs", Some(Gender::Female)),
    ("Ms", Some(Gender::Female)),
    ("Miss", Some(Gender::Female)),
    ("Mx", None),
    ("Dr", None),
    ("Prof", None),
    ("Professor", None),
    ("Sir", Some(Gender::Male)),
    ("Dame", Some(Gender::Female)),
    ("Lord", Some(Gender::Male)),
    ("Lady", Some(Gender::Female)),
    ("Rev", None),
    ("Reverend", None),
    ("Sheikh", Some(Gender::Male)),
    ("Mme", Some(Gender::Female)),
    ("Mister", Some(Gender::Male)),
    ("Madam", Some(Gender::Female)),
];

/// What sort of office a title names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleClass {
    /// Head of state or government, or leader (`president`, `prime minister`, `leader`).
    Leader,
    /// Government office (`minister`, `secretary of state`, `governor`).
    Government,
    /// Legislator (`senator`, `MP`).
    Legislature,
    /// Monarch or royal (`king`, `crown prince`).
    Royal,
    /// Armed forces (`general`, `commander`).
    Military,
    /// Diplomat (`ambassador`, `envoy`).
    Diplomatic,
    /// Company office (`chairman`, `chief executive`).
    Business,
    /// Religious office (`pope`, `ayatollah`).
    Religious,
    /// Aides and spokespeople (`aide`, `spokesman`, `adviser`).
    Staff,
    /// Other roles (`judge`, `analyst`).
    Other,
}

impl TitleClass {
    /// Does this office's owner follow `to` (`ambassador to the United
    /// Nations`, `adviser to Tony Blair`): a diplomat's or an aide's?
    pub fn owner_after_to(self) -> bool {
        matches!(self, TitleClass::Diplomatic | TitleClass::Staff)
    }
}

/// Government offices held in a city, state or province rather than a
/// country (`mayor`, `governor`): their owner is no country a story names most.
static LOCAL_OFFICES: &[&str] = &["governor", "mayor"];

/// Is the office (a title's head, lower case) held in a city, state or
/// province rather than a country?
pub fn local_office(head: &str) -> bool {
    LOCAL_OFFICES.contains(&head)
}

/// Words that open a sentence as its subject with no determiner and name no
/// company (sorted): indefinite pronouns and collective or abstract nouns
/// (`Nobody said it would be easy`, `Staff said it was a shock`).
static BARE_SUBJECTS: &[&str] = &[
    "all",
    "another",
    "anybody",
    "anyone",
    "anything",
    "data",
    "defence",
    "each",
    "everybody",
    "everyone",
    "everything",
    "evidence",
    "experience",
    "history",
    "management",
    "nobody",
    "none",
    "nothing",
    "one",
    "prosecution",
    "research",
    "science",
    "security",
    "somebody",
    "someone",
    "something",
    "staff",
];

/// Can `word` (any case) open a sentence as a subject without a determiner
/// and yet name no company (`Nobody`, `Staff`)?
pub fn bare_subject(word: &str) -> bool {
    BARE_SUBJECTS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Offices held at a newspaper, magazine or broadcaster (keyed by lemma): the
/// name before one is a publication (`Guardian editor Alan Rusbridger`,
/// `Times columnist`), not a place or person.
static PRESS_OFFICES: &[&str] = &["columnist", "editor"];

/// Is `lemma` an office held at a publication (`editor`, `columnist`)?
pub fn press_office(lemma: &str) -> bool {
    PRESS_OFFICES.contains(&lemma)
}

/// Offices held for a person as well as for a body, beside the aides and
/// spokespeople of [`TitleClass::Staff`] (`Michael Jackson's lawyer`).
static PERSONAL_OFFICES: &[&str] = &["attorney", "barrister", "lawyer", "manager", "solicitor"];

/// Can the title (its class and phrase, lower case) be held for a person, so
/// that a person owns it (`Mr Blair's spokesman`, `Bush adviser Karl Rove`,
/// `his defence lawyer`)?
pub fn personal_office(class: TitleClass, phrase: &str) -> bool {
    class == TitleClass::Staff
        || PERSONAL_OFFICES.contains(&phrase.rsplit(' ').next().unwrap_or(phrase))
}

/// A title or role word as found before or after a person's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// The whole title phrase, lower case, single-spaced (`deputy prime minister`).
    pub phrase: String,
    /// The head office without modifiers (`prime minister`).
    pub head: &'static str,
    pub class: TitleClass,
    pub gender: Option<Gender>,
}

/// Title heads: `(phrase, class, gender)`.
static TITLES: &[TitleEntry] = {
    use Gender::*;
    use TitleClass::*;
    &[
        ("president", Leader, None),
        ("president-elect", Leader, None),
        ("prime minister", Leader, None),
        ("premier", Leader, None),
        ("chancellor", Leader, None),
        ("leader", Leader, None),
        ("supreme leader", Leader, None),
        ("head of state", Leader, None),
        ("head of government", Leader, None),
        ("dictator", Leader, None),
        ("strongman", Leader, None),
        ("taoiseach", Leader, None),
        ("chairman", Leader, Some(Male)),
        ("chairwoman", Leader, Some(Female)),
        ("chair", Leader, None),
        ("chairperson", Leader, None),
        ("general secretary", Leader, None),
        ("secretary general", Leader, None),
        ("secretary-general", Leader, None),
        ("minister", Government, None),
        ("secretary", Government, None),
        ("secretary of state", Government, None),
        ("foreign secretary", Government, None),
        ("home secretary", Government, None),
        ("defence secretary", Government, None),
        ("defense secretary", Government, None),
        ("attorney general", Government, None),
        ("attorney-general", Government, None),
        ("governor", Government, None),
        ("mayor", Government, None),
        ("commissioner", Government, None),
        ("official", Government, None),
        ("chief of staff", Government, None),
        ("national security adviser", Government, None),
        ("national security advisor", Government, None),
        ("press secretary", Staff, None),
        ("first lady", Other, Some(Female)),
        ("senator", Legislature, None),
        ("sen", Legislature, None),
        ("congressman", Legislature, Some(Male)),
        ("congresswoman", Legislature, Some(Female)),
        ("representative", Legislature, None),
        ("rep", Legislature, None),
        ("lawmaker", Legislature, None),
        ("legislator", Legislature, None),
        ("mp", Legislature, None),
        ("speaker", Legislature, None),
        ("majority leader", Legislature, None),
        ("minority leader", Legislature, None),
        ("majority whip", Legislature, None),
        ("minority whip", Legislature, None),
        ("king", Royal, Some(Male)),
        ("queen", Royal, Some(Female)),
        ("prince", Royal, Some(Male)),
        ("princess", Royal, Some(Female)),
        ("crown prince", Royal, Some(Male)),
        ("emperor", Royal, Some(Male)),
        ("empress", Royal, Some(Female)),
        ("emir", Royal, Some(Male)),
        ("sultan", Royal, Some(Male)),
        ("monarch", Royal, None),
        ("protector", Royal, None),
        ("lord protector", Royal, None),
        ("duke", Royal, Some(Male)),
        ("duchess", Royal, Some(Female)),
        ("general", Military, None),
        ("gen", Military, None),
        ("lieutenant general", Military, None),
        ("major general", Military, None),
        ("brigadier general", Military, None),
        ("admiral", Military, None),
        ("marshal", Military, None),
        ("field marshal", Military, None),
        ("colonel", Military, None),
        ("col", Military, None),
        ("lieutenant", Military, None),
        ("lt", Military, None),
        ("captain", Military, None),
        ("capt", Military, None),
        ("major", Military, None),
        ("sergeant", Military, None),
        ("sgt", Military, None),
        ("commander", Military, None),
        ("commander-in-chief", Military, None),
        ("chief of the general staff", Military, None),
        ("ambassador", Diplomatic, None),
        ("envoy", Diplomatic, None),
        ("special envoy", Diplomatic, None),
        ("diplomat", Diplomatic, None),
        ("negotiator", Diplomatic, None),
        ("mediator", Diplomatic, None),
        ("emissary", Diplomatic, None),
        ("consul", Diplomatic, None),
        ("chief executive", Business, None),
        ("chief executive officer", Business, None),
        ("chief operating officer", Business, None),
        ("chief financial officer", Business, None),
        ("ceo", Business, None),
        ("founder", Business, None),
        ("co-founder", Business, None),
        ("executive", Business, None),
        ("boss", Business, None),
        ("director", Business, None),
        ("managing director", Business, None),
        ("director general", Business, None),
        ("director-general", Business, None),
        ("head", Business, None),
        ("chief", Business, None),
        ("pope", Religious, Some(Male)),
        ("ayatollah", Religious, Some(Male)),
        ("grand ayatollah", Religious, Some(Male)),
        ("cardinal", Religious, Some(Male)),
        ("archbishop", Religious, None),
        ("bishop", Religious, None),
        ("patriarch", Religious, Some(Male)),
        ("imam", Religious, Some(Male)),
        ("rabbi", Religious, None),
        ("aide", Staff, None),
        ("adviser", Staff, None),
        ("advisor", Staff, None),
        ("spokesman", Staff, Some(Male)),
        ("spokeswoman", Staff, Some(Female)),
        ("spokesperson", Staff, None),
        // A household's staff: `Princess Diana's former butler Paul Burrell`.
        ("bodyguard", Staff, None),
        ("butler", Staff, None),
        ("chauffeur", Staff, None),
        ("housekeeper", Staff, None),
        ("nanny", Staff, Some(Female)),
        ("valet", Staff, None),
        ("counterpart", Other, None),
        ("judge", Other, None),
        ("justice", Other, None),
        ("chief justice", Other, None),
        ("prosecutor", Other, None),
        ("attorney", Government, None),
        ("district attorney", Government, None),
        ("solicitor general", Government, None),
        ("counsel", Other, None),
        ("special counsel", Other, None),
        ("inspector general", Government, None),
        ("chief constable", Government, None),
        ("chief inspector", Government, None),
        ("superintendent", Government, None),
        ("chief superintendent", Government, None),
        ("sheriff", Government, None),
        ("coroner", Other, None),
        ("magistrate", Other, None),
        ("chief medical officer", Government, None),
        ("surgeon general", Government, None),
        ("assistant", Staff, None),
        ("deputy", Government, None),
        ("lieutenant governor", Government, None),
        ("vice-president", Leader, None),
        ("analyst", Other, None),
        ("correspondent", Other, None),
        ("editor", Other, None),
        ("editor-in-chief", Other, None),
        ("coach", Other, None),
        ("manager", Other, None),
        ("candidate", Other, None),
        ("nominee", Other, None),
        ("activist", Other, None),
        ("dissident", Other, None),
        // Occupations: a title before a name (`Blur guitarist Graham Coxon`).
        ("guitarist", Other, None),
        ("drummer", Other, None),
        ("bassist", Other, None),
        ("singer", Other, None),
        ("vocalist", Other, None),
        ("frontman", Other, None),
        ("playwright", Other, None),
        ("novelist", Other, None),
        ("poet", Other, None),
        ("artist", Other, None),
        ("actor", Other, None),
        ("actress", Other, Some(Female)),
        ("comedian", Other, None),
        ("presenter", Other, None),
        ("broadcaster", Other, None),
        ("columnist", Other, None),
        ("reporter", Other, None),
        ("journalist", Other, None),
        ("writer", Other, None),
        ("photographer", Other, None),
        ("designer", Other, None),
        ("architect", Other, None),
        ("economist", Other, None),
        ("strategist", Other, None),
        ("lawyer", Other, None),
        ("solicitor", Other, None),
        ("barrister", Other, None),
        ("researcher", Other, None),
        ("scientist", Other, None),
        ("professor", Other, None),
        ("lecturer", Other, None),
        ("coordinator", Other, None),
        ("co-ordinator", Other, None),
        ("organiser", Other, None),
        ("organizer", Other, None),
        ("campaigner", Other, None),
        ("winner", Other, None),
        ("champion", Other, None),
        ("striker", Other, None),
        ("midfielder", Other, None),
        ("goalkeeper", Other, None),
        ("defender", Other, None),
        ("skipper", Other, None),
        ("winger", Other, None),
        ("forward", Other, None),
        ("keeper", Other, None),
        ("flanker", Other, None),
        ("fly-half", Other, None),
        ("scrum-half", Other, None),
        ("quarterback", Other, None),
        ("wicketkeeper", Other, None),
        ("rapper", Other, None),
        ("pianist", Other, None),
        ("violinist", Other, None),
        ("composer", Other, None),
        ("conductor", Other, None),
        ("songwriter", Other, None),
        ("singer-songwriter", Other, None),
        ("dj", Other, None),
        ("dancer", Other, None),
        ("choreographer", Other, None),
        ("supermodel", Other, None),
        ("film-maker", Other, None),
        ("filmmaker", Other, None),
        ("screenwriter", Other, None),
        ("historian", Other, None),
        ("painter", Other, None),
        ("sculptor", Other, None),
        ("chef", Other, None),
        ("boxer", Other, None),
        ("golfer", Other, None),
        ("cyclist", Other, None),
        ("sprinter", Other, None),
        ("athlete", Other, None),
        ("jockey", Other, None),
        ("batsman", Other, None),
        ("bowler", Other, None),
        ("mep", Legislature, None),
        ("msp", Legislature, None),
        ("mla", Legislature, None),
        ("peer", Legislature, None),
    ]
};

/// Nouns naming an event, keyed by lemma: `a probe by the SEC into Time
/// Warner`, `Bertelsmann's purchase of a stake`, `talks with Nokia`. Those that
/// join two parties named with `between` (`a meeting between A and B`) carry
/// the relation the graph gives the pair.
static EVENT_NOUNS: &[(&str, Option<&str>)] = &[
    ("acquisition", None),
    ("agreement", Some("agree with")),
    ("alliance", Some("ally with")),
    ("attack", None),
    ("ban", None),
    ("bid", None),
    ("boycott", None),
    ("buyout", None),
    ("call", Some("call")),
    ("clash", Some("clash with")),
    ("conflict", Some("conflict with")),
    ("deal", Some("deal with")),
    ("dispute", Some("dispute with")),
    ("inquiry", None),
    ("invasion", None),
    ("investigation", None),
    ("lawsuit", None),
    ("meeting", Some("meet")),
    ("merger", Some("merge with")),
    ("negotiation", Some("negotiate with")),
    ("offer", None),
    ("partnership", Some("partner with")),
    ("probe", None),
    ("purchase", None),
    ("raid", None),
    ("sale", None),
    ("sanction", None),
    ("summit", Some("hold summit with")),
    ("takeover", None),
    ("talk", Some("hold talks with")),
    ("talks", Some("hold talks with")),
    ("treaty", Some("treaty with")),
    ("visit", None),
    ("war", Some("war with")),
];

/// Kinship nouns: `Michael Howard's wife, Sandra`, `Mr Conlon's father
/// Giuseppe` relate two people. Keyed by lemma.
static KINSHIP_NOUNS: &[&str] = &[
    "aunt",
    "boyfriend",
    "brother",
    "brother-in-law",
    "cousin",
    "daughter",
    "daughter-in-law",
    "ex-boyfriend",
    "ex-girlfriend",
    "ex-husband",
    "ex-wife",
    "father",
    "father-in-law",
    "fiance",
    "fiancee",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "half-brother",
    "half-sister",
    "husband",
    "mother",
    "mother-in-law",
    "nephew",
    "niece",
    "sister",
    "sister-in-law",
    "son",
    "son-in-law",
    "spouse",
    "stepbrother",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepsister",
    "stepson",
    "uncle",
    "widow",
    "widower",
    "wife",
];

/// Relational nouns that are not offices: a noun phrase `X's owner Y`, `Y, a
/// rival of X`, `X parent Y` relates two entities through them. Keyed by lemma.
static RELATIONAL_NOUNS: &[&str] = &[
    "affiliate",
    "ally",
    "arm",
    "author",
    "backer",
    "client",
    "co-owner",
    "competitor",
    "creator",
    "customer",
    "distributor",
    "division",
    "employee",
    "employer",
    "investor",
    "maker",
    "member",
    "owner",
    "parent",
    "partner",
    "predecessor",
    "producer",
    "publisher",
    "rival",
    "shareholder",
    "sponsor",
    "stakeholder",
    "subsidiary",
    "successor",
    "supplier",
    "unit",
];

/// Relational nouns whose name modifier is the entity itself, not its owner:
/// `its Fluor Daniel unit` is Fluor Daniel (while `the Microsoft rival` is not
/// Microsoft). A subset of [`RELATIONAL_NOUNS`], keyed by lemma.
static PART_NOUNS: &[&str] = &["affiliate", "arm", "division", "subsidiary", "unit"];

/// Whether a name compounded to the relational noun `lemma` names the noun's
/// referent (`its Fluor Daniel unit`).
pub fn part_noun(lemma: &str) -> bool {
    PART_NOUNS.contains(&lemma)
}

/// Nouns of company deals, keyed by lemma: the parties named in their
/// phrases are companies (`the takeover of Safeway by Morrisons`, `the merger
/// of Sprint and Nextel`, `its stake in Veolia`). Sorted.
static DEAL_NOUNS: &[&str] = &["acquisition", "buyout", "merger", "stake", "takeover"];

/// Whether the parties named in the phrases of noun `lemma` are companies.
pub fn deal_noun(lemma: &str) -> bool {
    DEAL_NOUNS.binary_search(&lemma).is_ok()
}

/// Verbs of company deals, keyed by lemma, with the preposition that names
/// the other party (`sold its PC unit to Lenovo`, `bought the stake from
/// Allianz`): a buyer or seller, not a destination or an origin. Sorted.
static DEAL_VERBS: &[(&str, &str)] = &[
    ("acquire", "from"),
    ("buy", "from"),
    ("divest", "to"),
    ("offload", "to"),
    ("purchase", "from"),
    ("sell", "to"),
];

/// Verbs of what companies do, beside the deal verbs and the commonest
/// verbs of saying (keyed by lemma, sorted): `Apple unveiled`, `Shell posted`.
static BUSINESS_VERBS: &[&str] = &["launch", "post", "unveil"];

/// Is `lemma` a verb whose subject, opening a sentence as one bare word, is a
/// company's name (`Apple unveiled`, `Orange sold`, `Shell said`): a deal verb,
/// one of the commonest verbs of saying, or `launch`, `unveil`, `post`?
pub fn business_verb(lemma: &str) -> bool {
    BUSINESS_VERBS.binary_search(&lemma).is_ok()
        || deal_verb_party(lemma).is_some()
        || crate::vocab::speech::speech_verb(lemma).is_some_and(|v| v.common())
}

/// The preposition that names the other party of deal verb `lemma` (`to` of
/// `sell`, `from` of `buy`), if it is one.
pub fn deal_verb_party(lemma: &str) -> Option<&'static str> {
    DEAL_VERBS
        .binary_search_by(|(v, _)| v.cmp(&lemma))
        .ok()
        .map(|i| DEAL_VERBS[i].1)
}

/// Verbs whose past tense is spelt as their base form (`beat`, `cut`,
/// `quit`), keyed by lemma, sorted: after a singular name such a word is the
/// past tense (`as Manchester City beat Ipswich`), not the base form.
static SAME_PAST_VERBS: &[&str] = &[
    "beat",
    "bet",
    "bid",
    "broadcast",
    "burst",
    "cast",
    "cost",
    "cut",
    "forecast",
    "hit",
    "hurt",
    "let",
    "put",
    "quit",
    "reset",
    "set",
    "shed",
    "shut",
    "split",
    "spread",
    "upset",
];

/// Whether verb `lemma` spells its past tense as its base form (`beat`, `cut`).
pub fn same_past(lemma: &str) -> bool {
    SAME_PAST_VERBS.binary_search(&lemma).is_ok()
}

/// Verbs that take a bare infinitive after them or their object (`helped
/// build`, `let Brown go`, `saw prices fall`), keyed by lemma, sorted: a base
/// form after one of them stays a verb.
static BARE_INFINITIVE_VERBS: &[&str] = &[
    "bid", "dare", "feel", "hear", "help", "let", "make", "need", "notice", "see", "watch",
];

/// Whether verb `lemma` takes a bare infinitive (`help`, `let`, `make`).
pub fn bare_infinitive_verb(lemma: &str) -> bool {
    BARE_INFINITIVE_VERBS.binary_search(&lemma).is_ok()
}

/// Verbs whose `to` clause after an object says what the subject does it
/// for, keyed by lemma, sorted: the object controls nothing (`Hamilton will
/// leave Mercedes to join Ferrari`, `sold its stake to raise cash`).
static PURPOSE_VERBS: &[&str] = &["leave", "quit", "sell", "spend", "use"];

/// Whether the `to` clause after the object of verb `lemma` is the
/// subject's purpose (`left Mercedes to join Ferrari`).
pub fn purpose_verb(lemma: &str) -> bool {
    PURPOSE_VERBS.binary_search(&lemma).is_ok()
}

/// Words that make a title before them an award's category (`the best actor
/// Oscar`, `best supporting actress`), not an office its holder holds.
static AWARD_CATEGORY_WORDS: &[&str] = &["best", "supporting"];

/// Whether `word` (lower case) before a title names an award's category.
pub fn award_category_word(word: &str) -> bool {
    AWARD_CATEGORY_WORDS.contains(&word)
}

/// Last words of sporting events named after a country (`the US Open`,
/// `the US Masters`): a country and one of them is a name, not a capitalised
/// noun phrase (`U.S. Protectionism`).
static TOURNAMENT_WORDS: &[&str] = &["masters", "open"];

/// Whether `word` (any case) ends a tournament's name after a country.
pub fn tournament_word(word: &str) -> bool {
    TOURNAMENT_WORDS.contains(&word.to_lowercase().as_str())
}

/// Class nouns of organisations after their name (`the Airbus consortium`,
/// `the Yukos oil company`): with `the` (or no article) the noun is the named
/// organisation; `a Nokia company` is another one. Sorted.
static ORGANISATION_CLASS_NOUNS: &[&str] = &[
    "airline",
    "bank",
    "broadcaster",
    "carmaker",
    "carrier",
    "chain",
    "company",
    "concern",
    "conglomerate",
    "consortium",
    "corporation",
    "firm",
    "group",
    "insurer",
    "magazine",
    "manufacturer",
    "newspaper",
    "operator",
    "paper",
    "publisher",
    "retailer",
    "supermarket",
    "tabloid",
];

/// Whether an organisation's name compounded to `lemma` names the noun's
/// referent (`the Airbus consortium`).
pub fn organisation_class_noun(lemma: &str) -> bool {
    ORGANISATION_CLASS_NOUNS.binary_search(&lemma).is_ok()
}

/// Class nouns of products and works after their name (`the AutoLink
/// feature`, `the Linux software`), sorted.
static PRODUCT_CLASS_NOUNS: &[&str] = &[
    "antidepressant",
    "browser",
    "console",
    "device",
    "drug",
    "feature",
    "handset",
    "medication",
    "medicine",
    "painkiller",
    "pill",
    "product",
    "program",
    "programme",
    "service",
    "software",
    "system",
    "tool",
    "toolbar",
    "treatment",
    "vaccine",
    "website",
];

/// Whether a product's name compounded to `lemma` names the noun's referent
/// (`the AutoLink feature`).
pub fn product_class_noun(lemma: &str) -> bool {
    PRODUCT_CLASS_NOUNS.binary_search(&lemma).is_ok()
}

/// Words that may precede a title without changing its head (`deputy`, `acting`).
static TITLE_MODIFIERS: &[&str] = &[
    "deputy",
    "vice",
    "vice-",
    "acting",
    "former",
    "ex-",
    "interim",
    "outgoing",
    "incoming",
    "then",
    "then-",
    "late",
    "senior",
    "assistant",
    "junior",
    "first",
    "top",
    "co-",
    "new",
    "current",
    "retired",
    "presidential",
    "military",
    "opposition",
    "party",
    "state",
    "regional",
    "provincial",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "home",
    "trade",
    "health",
    "economy",
    "economic",
    "energy",
    "justice",
    "education",
    "culture",
    "transport",
    "agriculture",
    "environment",
    "labour",
    "labor",
    "security",
    "intelligence",
    "army",
    "navy",
    "naval",
    "air force",
    "police",
    "detective",
    "cabinet",
    "government",
    "kremlin",
    "white house",
    "chief",
    "prime",
    "supreme",
    "unification",
    "industry",
    "information",
    "communications",
    "science",
    "technology",
    "immigration",
    "emergency",
    "emergencies",
    "development",
    "special",
    "principal",
    "executive",
    "policy",
    "climate",
    "housing",
    "veterans",
    "commerce",
    "treasury",
    "legal",
    "political",
    // Fields of diplomacy (`chief nuclear negotiator`, `peace envoy`).
    "nuclear",
    "peace",
    "communications",
    "press",
    "media",
    "public",
    // Portfolios and fields of economic news (`Oil Minister`, `Primary
    // Industries Minister`, `Corporate Affairs Minister`, `Planning Secretary`).
    "affairs",
    "agricultural",
    "aviation",
    "banking",
    "budget",
    "consumer",
    "cooperation",
    "corporate",
    "credit",
    "economics",
    "employment",
    "external",
    "farm",
    "fiscal",
    "fisheries",
    "forestry",
    "industrial",
    "industries",
    "international",
    "investment",
    "mines",
    "mining",
    "monetary",
    "oil",
    "petroleum",
    "planning",
    "power",
    "posts",
    "primary",
    "privatisation",
    "privatization",
    "research",
    "resources",
    "revenue",
    "shadow",
    "shipping",
    "social",
    "steel",
    "telecommunications",
    "tourism",
    "welfare",
    "works",
];

/// Words ending an organisation's name (`National Intelligence Service`).
static ORG_SUFFIXES: &[&str] = &[
    "service",
    "services",
    "agency",
    "ministry",
    "department",
    "party",
    "organisation",
    "organization",
    "council",
    "committee",
    "commission",
    "bank",
    "university",
    "college",
    "school",
    "academy",
    "institute",
    "institution",
    "army",
    "navy",
    "forces",
    "force",
    "guard",
    "guards",
    "police",
    // and every publication word (`PUBLICATION_WORDS`).
    "corp",
    "corp.",
    "corporation",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "co",
    "co.",
    "company",
    "group",
    "association",
    "union",
    "federation",
    "confederation",
    "league",
    "foundation",
    "fund",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "office",
    "bureau",
    "administration",
    "authority",
    "authorities",
    "cabinet",
    "government",
    "alliance",
    "network",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "industries",
    "technologies",
    "systems",
    "media",
    "broadcasting",
    "television",
    "radio",
    "club",
    "society",
    "centre",
    "center",
    "hospital",
    "church",
    "command",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "corps",
    "fleet",
    "secretariat",
    "programme",
    "program",
    "exchange",
    "board",
    "chamber",
    "institute",
    "laboratory",
    "labs",
    "reserve",
    "treasury",
    "mission",
    "delegation",
    "directorate",
    "enterprise",
    "enterprises",
    "oil",
    "petroleum",
    "gas",
    "telecom",
    "pharmaceuticals",
    "railroad",
    "railway",
    "railways",
    "recordings",
    "records",
    "orchestra",
    "choir",
    "music",
    "productions",
    "studios",
    "pictures",
    "films",
    "band",
    "partners",
    "council",
    "theatre",
    "theater",
    "museum",
    "gallery",
];

/// Participles that names of companies, clubs and alliances are built with
/// (`Manchester United`, `Allied Irish Banks`, `Associated Press`): after a
/// known name they continue it and are no verb of a headline. Sorted.
static NAME_PARTICIPLES: &[&str] = &[
    "advanced",
    "affiliated",
    "allied",
    "amalgamated",
    "applied",
    "associated",
    "consolidated",
    "federated",
    "integrated",
    "united",
];

/// Words that, anywhere in a name, make it a company or institution rather than a
/// person (`Texas Commerce Bancshares`, `Standard Financial Trading`).
static ORG_WORDS: &[&str] = &[
    "tobacco",
    "international",
    "national",
    "federal",
    "financial",
    "trading",
    "securities",
    "commerce",
    "commercial",
    "industrial",
    "industries",
    "petroleum",
    "investment",
    "investments",
    "resources",
    "products",
    "electric",
    "electronics",
    "chemical",
    "chemicals",
    "savings",
    "insurance",
    "mutual",
    "credit",
    "communications",
    "pharmaceutical",
    "pharmaceuticals",
    "steel",
    "mining",
    "motor",
    "foods",
    "stores",
    "realty",
    "properties",
    "oil",
    "gas",
    "capital",
    "bancorp",
    "bancshares",
    "bankshares",
    "finance",
    "trust",
    "equity",
    "offer",
    "unit",
    "review",
    "report",
    "index",
    "markets",
    "market",
    "shares",
    "stock",
    "futures",
    "exports",
    "imports",
    "airlines",
    "shipping",
    "ministry",
    "department",
    "central",
    "reserve",
    "royal",
    "cooperation",
    "development",
    "energy",
    "power",
    "telecom",
    "technology",
    "software",
    "systems",
    "services",
    "global",
    "holding",
    "holdings",
    "partners",
    "ventures",
    "brands",
    "media",
    "entertainment",
    "news",
    "health",
    "medical",
    "research",
    "bank",
];

/// Words ending the name of an armed or political group.
static GROUP_SUFFIXES: &[&str] = &[
    "movement",
    "front",
    "brigades",
    "militia",
    "militias",
    "rebels",
    "insurgents",
    "fighters",
    "mujahideen",
];

/// Words ending an event's name (`Second World War`, `Shanghai Cooperation
/// Organisation summit`, `Olympic Games`).
static EVENT_SUFFIXES: &[&str] = &[
    "war",
    "summit",
    "games",
    "olympics",
    "cup",
    "championship",
    "championships",
    "festival",
    "conference",
    "forum",
    "election",
    "elections",
    "revolution",
    "uprising",
    "expo",
    "fair",
    "crisis",
    "massacre",
    "offensive",
    "invasion",
    "parade",
    "talks",
    "meeting",
    "ceremony",
    "tournament",
    "marathon",
    "congress",
    "plenum",
    "session",
    "referendum",
    "olympiad",
    "attack",
    "attacks",
    "bombing",
    "spring",
    "dialogue",
    "battle",
    "siege",
];

/// Words ending the name of a treaty or other agreed text (`Kyoto Protocol`,
/// `Maastricht Treaty`, `Geneva Conventions`): named after where it was made,
/// based nowhere.
static DOCUMENT_SUFFIXES: &[&str] = &[
    "accord",
    "accords",
    "agreement",
    "charter",
    "convention",
    "conventions",
    "declaration",
    "pact",
    "protocol",
    "treaty",
];

/// Words ending the name of a prize (`Orange Prize`, `Whitbread Book Awards`).
static AWARD_SUFFIXES: &[&str] = &["prize", "prizes", "award", "awards", "trophy", "medal"];

/// Fields a prize is given in, named after its prize word with `for` or
/// `in` (`Orange Prize for Fiction`, `Nobel Prize in Physics`), sorted: part
/// of the prize's name, unlike a work it was given for (`for Wolf Hall`).
static PRIZE_FIELDS: &[&str] = &[
    "architecture",
    "biography",
    "chemistry",
    "composition",
    "drama",
    "economic",
    "economics",
    "fiction",
    "history",
    "journalism",
    "literature",
    "mathematics",
    "medicine",
    "music",
    "non-fiction",
    "peace",
    "photography",
    "physics",
    "physiology",
    "poetry",
    "science",
    "sciences",
    "translation",
];

/// Words ending a place name (`Tiananmen Square`, `Zhongnanhai leadership compound`).
static PLACE_SUFFIXES: &[&str] = &[
    "square",
    "street",
    "road",
    "avenue",
    "boulevard",
    "river",
    "lake",
    "mountain",
    "mountains",
    "mount",
    "sea",
    "ocean",
    "island",
    "islands",
    "strait",
    "straits",
    "bay",
    "gulf",
    "peninsula",
    "airport",
    "station",
    "palace",
    "compound",
    "park",
    "bridge",
    "province",
    "region",
    "county",
    "district",
    "valley",
    "desert",
    "stadium",
    "port",
    "harbour",
    "harbor",
    "base",
    "plaza",
    "tower",
    "castle",
    "cathedral",
    "abbey",
    "resort",
    "hotel",
    "temple",
    "mosque",
    "canal",
    "coast",
    "prefecture",
    "oblast",
    "territory",
    "territories",
    "state",
    "city",
    "village",
    "town",
    "camp",
    "border",
    "zone",
    "plant",
    "reactor",
    "complex",
    "site",
    "heights",
];

/// Collective nouns of a family or of siblings after their surname (`the
/// Conlon family`, `the Barclay twins`), as written (lower case) with the form
/// the entity's name takes, sorted.
static FAMILY_NOUNS: &[(&str, &str)] = &[
    ("brothers", "brothers"),
    ("clan", "clan"),
    ("families", "family"),
    ("family", "family"),
    ("sisters", "sisters"),
    ("twins", "twins"),
];

/// Currency nouns, singular (a plural `s` is read off): after a demonym or a
/// country (`Swiss franc`, `U.S. Dollar`) they name an amount's unit, not an
/// entity.
static CURRENCY_NOUNS: &[&str] = &[
    "austral",
    "baht",
    "cedi",
    "crown",
    "cruzado",
    "dinar",
    "dirham",
    "dollar",
    "drachma",
    "ecu",
    "escudo",
    "forint",
    "franc",
    "guilder",
    "hryvnia",
    "krona",
    "krone",
    "kroner",
    "kronor",
    "kuna",
    "kwacha",
    "lira",
    "lire",
    "mark",
    "naira",
    "peseta",
    "peso",
    "pound",
    "punt",
    "rand",
    "real",
    "rial",
    "ringgit",
    "riyal",
    "rouble",
    "ruble",
    "rupee",
    "rupiah",
    "schilling",
    "shekel",
    "shilling",
    "sterling",
    "won",
    "yen",
    "yuan",
    "zloty",
];

/// Head nouns of a country's or organisation's body abroad: its name's
/// demonym or country says whose it is, not where it stands (`Soviet Embassy`).
static ABROAD_NOUNS: &[&str] = &["consulate", "delegation", "embassy", "legation", "mission"];

/// Nouns of a work's content whose `by` phrase names a creator, keyed by
/// lemma, with the creator's role (`includes text by X` → X is the author,
/// `illustrations by Y` → Y the illustrator).
static CREDIT_NOUNS: &[(&str, &str)] = &[
    ("artwork", "artist of"),
    ("choreography", "choreographer of"),
    ("design", "designer of"),
    ("drawing", "illustrator of"),
    ("illustration", "illustrator of"),
    ("lyric", "lyricist of"),
    ("music", "composer of"),
    ("painting", "painter of"),
    ("photograph", "photographer of"),
    ("photography", "photographer of"),
    ("score", "composer of"),
    ("screenplay", "writer of"),
    ("script", "writer of"),
    ("text", "author of"),
    ("words", "author of"),
];

/// Country names that as the first word of an organisation's name often mean
/// something else: a US state (`Georgia Gulf Corp`), a given name or surname
/// (`Jordan Marsh`, `Chad Therapeutics`), a common noun (`Turkey Hill`), a US town.
static SHARED_COUNTRY_NAMES: &[&str] = &[
    "Chad", "Georgia", "Guinea", "Jordan", "Lebanon", "Niger", "Turkey",
];

/// All-capital words that are units, times, currencies or common abbreviations,
/// never entity names.
static NON_ENTITY_ACRONYMS: &[&str] = &[
    "AM", "PM", "A.M.", "P.M.", "EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "UTC", "BST",
    "CET", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "OK", "TV", "ID", "PC", "FAQ", "PDF", "URL",
    "ASAP", "FYI", "RSVP", "AKA", "ETA", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "VAT", "DIY",
    "LOL", "OMG", "BTW", "IMO", "NB", "PS", "QA", "HR", "IT", "AI", "ATM", "DNA", "HIV", "AIDS",
    "USB", "CD", "DVD", "GPS", "SMS", "WIFI", "LCD", "LED", "PIN", "VIP", "MPH", "KM", "KG", "MW",
    "GW", "KW", "BPD", "MMBTU", "PPM", "ETF", "IPO", "ETC", "RE", "FW", "FWD", "CC", "BCC", "TBA",
    "TBD", "NA", "N/A", "VS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "P", "MR",
    "MRS", "DR", "M0", "M1", "M2", "M3", "M4", "Q1", "Q2", "Q3", "Q4", "H1", "H2",
];

/// Religious, ethnic and political adjectives: capitalised, but alone not a name
/// (`Sunni militants`, `Islamic law`); inside a name they stay (`Islamic State`).
static GROUP_ADJECTIVES: &[&str] = &[
    "islamic",
    "muslim",
    "sunni",
    "shia",
    "shiite",
    "shi'ite",
    "christian",
    "catholic",
    "protestant",
    "evangelical",
    "orthodox",
    "jewish",
    "hindu",
    "buddhist",
    "sikh",
    "arab",
    "arabic",
    "kurdish",
    "latino",
    "hispanic",
    "asian",
    "european",
    "african",
    "western",
    "eastern",
    "northern",
    "southern",
    "communist",
    "socialist",
    "marxist",
    "democratic",
    "republican",
    "conservative",
    "liberal",
    "labour",
    "nazi",
    "soviet",
    "islamist",
    "jihadist",
    "english",
    "anglo",
    "holy",
    "biblical",
    "quranic",
    "celtic",
    "nordic",
    "baltic",
    "pacific",
    "atlantic",
    "mediterranean",
    "caribbean",
    "latin",
];

/// Given names that are also English dictionary words (`John`, `Mark`, `Rose`):
/// a name starting with one can still be a person's.
static GIVEN_NAMES: &[&str] = &[
    "john",
    "mark",
    "bill",
    "will",
    "jack",
    "frank",
    "grace",
    "hope",
    "joy",
    "faith",
    "pat",
    "bob",
    "ray",
    "guy",
    "gene",
    "dick",
    "sue",
    "jean",
    "don",
    "ron",
    "art",
    "bud",
    "chuck",
    "rob",
    "nick",
    "pete",
    "rose",
    "lily",
    "iris",
    "ivy",
    "holly",
    "daisy",
    "violet",
    "ruby",
    "pearl",
    "amber",
    "april",
    "june",
    "may",
    "dawn",
    "summer",
    "autumn",
    "eve",
    "carol",
    "carl",
    "dale",
    "dean",
    "drew",
    "grant",
    "hunter",
    "lance",
    "miles",
    "neil",
    "owen",
    "pierce",
    "piers",
    "reed",
    "rich",
    "rod",
    "rusty",
    "sandy",
    "scott",
    "sterling",
    "victor",
    "wade",
    "ward",
    "warren",
    "wayne",
    "wendy",
    "penny",
    "patience",
    "mercy",
    "harmony",
    "jade",
    "crystal",
    "hazel",
    "heather",
    "olive",
    "robin",
    "sky",
    "angel",
    "christian",
    "earl",
    "king",
    "prince",
    "duke",
    "major",
    "judge",
    "bishop",
    "chase",
    "cole",
    "fox",
    "gray",
    "grey",
    "green",
    "hall",
    "hill",
    "jordan",
    "lincoln",
    "mason",
    "price",
    "rice",
    "stone",
    "wolf",
    "young",
    "long",
    "may",
    "marshal",
    "march",
    "august",
    "bush",
    "field",
    "ford",
    "gates",
    "hunt",
    "knight",
    "lamb",
    "page",
    "park",
    "rock",
    "shepherd",
    "smith",
    "baker",
    "cook",
    "carter",
    "miller",
    "taylor",
    "turner",
    "walker",
    "white",
    "brown",
    "black",
    "wood",
    "woods",
    "little",
    // Also a month's abbreviation (`Jan Egeland`).
    "jan",
];

/// Common given names whose bearer is, in news, nearly always of one gender
/// (`Michael`, `Sandra`), keyed by lower-case name, sorted: a full name's first
/// word tells `Mrs Howard` from `Michael Howard`.
static GIVEN_NAME_GENDERS: &[(&str, Gender)] = {
    use Gender::*;
    &[
        ("aaron", Male),
        ("abdul", Male),
        ("abdullah", Male),
        ("adam", Male),
        ("adrian", Male),
        ("ahmed", Male),
        ("alan", Male),
        ("alastair", Male),
        ("albert", Male),
        ("alex", Male),
        ("alexander", Male),
        ("alexei", Male),
        ("alfred", Male),
        ("ali", Male),
        ("alice", Female),
        ("alison", Female),
        ("alistair", Male),
        ("amanda", Female),
        ("amy", Female),
        ("andrea", Female),
        ("andrew", Male),
        ("andy", Male),
        ("angela", Female),
        ("angelina", Female),
        ("angus", Male),
        ("ann", Female),
        ("anna", Female),
        ("anne", Female),
        ("annie", Female),
        ("anthony", Male),
        ("antonio", Male),
        ("arnold", Male),
        ("arthur", Male),
        ("barack", Male),
        ("barbara", Female),
        ("barry", Male),
        ("beatrice", Female),
        ("ben", Male),
        ("benjamin", Male),
        ("bernard", Male),
        ("betty", Female),
        ("beverly", Female),
        ("bill", Male),
        ("boris", Male),
        ("brenda", Female),
        ("brian", Male),
        ("bruce", Male),
        ("carl", Male),
        ("carlos", Male),
        ("carol", Female),
        ("caroline", Female),
        ("catherine", Female),
        ("charles", Male),
        ("charlotte", Female),
        ("cheryl", Female),
        ("chris", Male),
        ("christina", Female),
        ("christine", Female),
        ("christopher", Male),
        ("claire", Female),
        ("clare", Female),
        ("colin", Male),
        ("craig", Male),
        ("daniel", Male),
        ("danny", Male),
        ("darren", Male),
        ("david", Male),
        ("debbie", Female),
        ("deborah", Female),
        ("dennis", Male),
        ("derek", Male),
        ("diana", Female),
        ("diane", Female),
        ("dmitry", Male),
        ("donald", Male),
        ("dorothy", Female),
        ("douglas", Male),
        ("duncan", Male),
        ("edward", Male),
        ("elaine", Female),
        ("eleanor", Female),
        ("elizabeth", Female),
        ("ellen", Female),
        ("emily", Female),
        ("emma", Female),
        ("emmanuel", Male),
        ("eric", Male),
        ("esther", Female),
        ("eva", Female),
        ("evelyn", Female),
        ("fiona", Female),
        ("frances", Female),
        ("frank", Male),
        ("fred", Male),
        ("frederick", Male),
        ("gareth", Male),
        ("gary", Male),
        ("geoffrey", Male),
        ("george", Male),
        ("gerald", Male),
        ("gerhard", Male),
        ("gillian", Female),
        ("giuseppe", Male),
        ("gloria", Female),
        ("gordon", Male),
        ("graham", Male),
        ("gregory", Male),
        ("hamid", Male),
        ("hannah", Female),
        ("hans", Male),
        ("harold", Male),
        ("harriet", Female),
        ("harry", Male),
        ("hassan", Male),
        ("hazel", Female),
        ("heather", Female),
        ("helen", Female),
        ("henry", Male),
        ("hillary", Female),
        ("hugh", Male),
        ("ian", Male),
        ("ingrid", Female),
        ("irene", Female),
        ("isabel", Female),
        ("ivan", Male),
        ("jack", Male),
        ("jacqueline", Female),
        ("jacques", Male),
        ("james", Male),
        ("jamie", Male),
        ("jane", Female),
        ("janet", Female),
        ("janice", Female),
        ("jason", Male),
        ("jean-claude", Male),
        ("jeff", Male),
        ("jeffrey", Male),
        ("jennifer", Female),
        ("jeremy", Male),
        ("jessica", Female),
        ("jim", Male),
        ("jimmy", Male),
        ("joan", Female),
        ("joanna", Female),
        ("joe", Male),
        ("johann", Male),
        ("john", Male),
        ("jonathan", Male),
        ("jorge", Male),
        ("jose", Male),
        ("joseph", Male),
        ("josephine", Female),
        ("joyce", Female),
        ("juan", Male),
        ("judith", Female),
        ("julia", Female),
        ("julian", Male),
        ("julie", Female),
        ("karen", Female),
        ("kate", Female),
        ("katherine", Female),
        ("kathleen", Female),
        ("kathryn", Female),
        ("keith", Male),
        ("kelly", Female),
        ("ken", Male),
        ("kenneth", Male),
        ("kevin", Male),
        ("laura", Female),
        ("lauren", Female),
        ("lee", Male),
        ("leonard", Male),
        ("liam", Male),
        ("linda", Female),
        ("lisa", Female),
        ("louise", Female),
        ("lucy", Female),
        ("luis", Male),
        ("lynn", Female),
        ("malcolm", Male),
        ("marco", Male),
        ("margaret", Female),
        ("maria", Female),
        ("marie", Female),
        ("marilyn", Female),
        ("mark", Male),
        ("martha", Female),
        ("martin", Male),
        ("mary", Female),
        ("matthew", Male),
        ("megan", Female),
        ("melanie", Female),
        ("melissa", Female),
        ("michael", Male),
        ("michelle", Female),
        ("mike", Male),
        ("mohamed", Male),
        ("mohammed", Male),
        ("monica", Female),
        ("muhammad", Male),
        ("nancy", Female),
        ("natalie", Female),
        ("neil", Male),
        ("nicholas", Male),
        ("nick", Male),
        ("nicola", Female),
        ("nicole", Female),
        ("nigel", Male),
        ("norman", Male),
        ("olaf", Male),
        ("olga", Female),
        ("oliver", Male),
        ("omar", Male),
        ("oscar", Male),
        ("pamela", Female),
        ("patricia", Female),
        ("patrick", Male),
        ("paul", Male),
        ("paula", Female),
        ("peter", Male),
        ("philip", Male),
        ("pierre", Male),
        ("piers", Male),
        ("rachel", Female),
        ("rahul", Male),
        ("ralph", Male),
        ("raymond", Male),
        ("rebecca", Female),
        ("richard", Male),
        ("rob", Male),
        ("robert", Male),
        ("robin", Male),
        ("rod", Male),
        ("roger", Male),
        ("ronald", Male),
        ("rory", Male),
        ("roy", Male),
        ("russell", Male),
        ("ruth", Female),
        ("ryan", Male),
        ("sally", Female),
        ("sam", Male),
        ("samantha", Female),
        ("samuel", Male),
        ("sandra", Female),
        ("sarah", Female),
        ("scott", Male),
        ("sean", Male),
        ("sergei", Male),
        ("sharon", Female),
        ("shirley", Female),
        ("simon", Male),
        ("sophie", Female),
        ("stephanie", Female),
        ("stephen", Male),
        ("steve", Male),
        ("steven", Male),
        ("stuart", Male),
        ("susan", Female),
        ("suzanne", Female),
        ("sylvia", Female),
        ("ted", Male),
        ("teresa", Female),
        ("terry", Male),
        ("theresa", Female),
        ("thomas", Male),
        ("tim", Male),
        ("timothy", Male),
        ("tina", Female),
        ("tom", Male),
        ("tony", Male),
        ("tracy", Female),
        ("valerie", Female),
        ("vanessa", Female),
        ("victoria", Female),
        ("virginia", Female),
        ("vladimir", Male),
        ("walter", Male),
        ("wendy", Female),
        ("william", Male),
        ("wolfgang", Male),
        ("xavier", Male),
        ("yuri", Male),
        ("yvonne", Female),
    ]
};

/// Days and months: capitalised, but never entity names.
/// Weekdays and months written out: the one list of their names.
static WEEKDAYS_AND_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The rest of the calendar: abbreviations of days and months, holidays.
static CALENDAR_OTHER: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "thu",
    "thur",
    "thurs",
    "fri",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "christmas",
    "easter",
    "ramadan",
];

/// Common words that start sentences or headlines capitalised but never begin a
/// name: determiners, pronouns, conjunctions, prepositions, frequent adverbs.
static COMMON_CAPITALISED: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "some",
    "any",
    "all",
    "both",
    "each",
    "every",
    "no",
    "none",
    "many",
    "most",
    "much",
    "several",
    "few",
    "other",
    "another",
    "such",
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "me",
    "us",
    "him",
    "her",
    "them",
    "my",
    "our",
    "your",
    "his",
    "its",
    "their",
    "who",
    "whom",
    "whose",
    "what",
    "which",
    "when",
    "where",
    "why",
    "how",
    "while",
    "whilst",
    "if",
    "unless",
    "although",
    "though",
    "because",
    "since",
    "as",
    "after",
    "before",
    "until",
    "once",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "for",
    "in",
    "on",
    "at",
    "by",
    "with",
    "without",
    "from",
    "of",
    "to",
    "into",
    "onto",
    "about",
    "above",
    "below",
    "under",
    "over",
    "across",
    "against",
    "among",
    "amid",
    "between",
    "during",
    "despite",
    "through",
    "throughout",
    "towards",
    "toward",
    "upon",
    "within",
    "like",
    "unlike",
    "according",
    "earlier",
    "later",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "then",
    "still",
    "also",
    "meanwhile",
    "however",
    "instead",
    "indeed",
    "already",
    "there",
    "here",
    "more",
    "less",
    "last",
    "next",
    "first",
    "second",
    "third",
    "finally",
    "image",
    "images",
    "video",
    "photo",
    "picture",
    "read",
    "watch",
    "follow",
    "please",
    "more",
    "latest",
    "live",
    "breaking",
    "update",
    "analysis",
    "opinion",
    "comment",
    "world",
    "politics",
    "news",
    "business",
    "sport",
    "sports",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
    "experts",
    "officials",
    "analysts",
    "critics",
    "reports",
    "sources",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "not",
    "yes",
    "just",
    "only",
    "even",
    "why",
    "whether",
    "whatever",
    "whoever",
    "speaking",
    "asked",
    "writing",
    "but",
    "mr",
    "mrs",
    "ms",
    "dr",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "who",
    "former",
    "new",
    "old",
    "top",
    "key",
];

/// Canonicalise a phrase for lookup: trim, drop a leading `the`, fold `’` to `'`,
/// collapse whitespace, lower-case.
pub fn normalize(phrase: &str) -> String {
    // One pass, one allocation: fold curly apostrophes, collapse white space,
    // drop a leading `the` (when more words follow), lower-case.
    let mut out = String::with_capacity(phrase.len());
    let mut words = phrase.split_whitespace().peekable();
    if let Some(first) = words.peek()
        && first.eq_ignore_ascii_case("the")
    {
        let first = words.next().unwrap_or_default();
        if words.peek().is_none() {
            push_folded_lower(&mut out, first);
            return out;
        }
    }
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_folded_lower(&mut out, w);
    }
    out
}

/// Append `word` lower-cased, with curly apostrophes as `'`.
fn push_folded_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        // Copied whole, then lower-cased in place (a char at a time costs five
        // times as much; this runs for every phrase looked up).
        let start = out.len();
        out.push_str(word);
        if let Some(tail) = out.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// `s` with curly apostrophes as `'`, borrowed when there are none.
fn fold_quotes(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['’', '‘']) {
        std::borrow::Cow::Owned(s.replace(['’', '‘'], "'"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Is this form an acronym that only counts when written in capitals (`US`, `WHO`)?
fn is_acronym_form(form: &str) -> bool {
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

/// A map from lower-case phrase to entries; acronym forms are keyed by their
/// exact spelling instead.
struct Index<T: 'static> {
    lower: FastMap<String, Vec<T>>,
    exact: FastMap<String, Vec<T>>,
    /// The [`tail_word`] of every key: a phrase whose last word is not among
    /// them matches no key, which one short hash tells (most look-ups miss).
    /// `None` when some key has no tail word (then every look-up is made).
    tails: Option<FastSet<Vec<u8>>>,
}

/// The last word of `phrase` that is not only full stops, lower-cased, with
/// curly apostrophes as `'` and without full stops: the same for a phrase and
/// for every key [`Index::get`] may find it under (the keys are the phrase
/// without a leading `the`, lower-cased, with white space collapsed, or
/// without its full stops).
fn tail_word(phrase: &str) -> String {
    let mut out = String::new();
    for w in phrase.split_whitespace().rev() {
        push_folded_lower(&mut out, w);
        out.retain(|c| c != '.');
        if !out.is_empty() {
            break;
        }
    }
    out
}

/// Whether the [`tail_word`] of `phrase` is in `tails`: a short ASCII last
/// word (nearly every one) is found by scanning back over ASCII bytes and
/// lower-cased on the stack, without allocating; anything else takes the
/// general path.
fn has_tail(tails: &FastSet<Vec<u8>>, phrase: &str) -> bool {
    // White space as `split_whitespace` sees it, in ASCII.
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
    let bytes = phrase.as_bytes();
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1].is_ascii() && space(bytes[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii() && !space(bytes[start - 1]) {
        start -= 1;
    }
    let ascii = start == 0 || bytes[start - 1].is_ascii();
    if !ascii {
        return has_tail_general(tails, phrase);
    }
    let last = &bytes[start..end];
    let mut buf = [0u8; 32];
    if last.len() <= buf.len() && last.iter().any(|&b| b != b'.') {
        let mut n = 0;
        for &b in last.iter().filter(|&&b| b != b'.') {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        return tails.contains(&buf[..n]);
    }
    tails.contains(tail_word(phrase).as_bytes())
}

/// [`has_tail`] for any phrase.
fn has_tail_general(tails: &FastSet<Vec<u8>>, phrase: &str) -> bool {
    let last = phrase.split_whitespace().next_back().unwrap_or_default();
    let mut buf = [0u8; 32];
    if last.len() <= buf.len() && last.is_ascii() && last.bytes().any(|b| b != b'.') {
        let mut n = 0;
        for b in last.bytes().filter(|&b| b != b'.') {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        return tails.contains(&buf[..n]);
    }
    tails.contains(tail_word(phrase).as_bytes())
}

impl<T: Copy + PartialEq + 'static> Index<T> {
    fn new() -> Self {
        Index {
            lower: FastMap::default(),
            exact: FastMap::default(),
            tails: Some(FastSet::default()),
        }
    }
    fn insert(&mut self, form: &str, value: T) {
        let key = if is_acronym_form(form) {
            form.replace(['’', '‘'], "'")
        } else {
            normalize(form)
        };
        let tail = tail_word(&key);
        if tail.is_empty() {
            self.tails = None;
        } else if let Some(tails) = &mut self.tails {
            tails.insert(tail.into_bytes());
        }
        let list = if is_acronym_form(form) {
            self.exact.entry(key).or_default()
        } else {
            self.lower.entry(key).or_default()
        };
        if !list.contains(&value) {
            list.push(value);
        }
    }
    /// Whether a phrase whose last word is `last` may have an entry: false only
    /// when `get` would find none for any such phrase, by [`has_tail`] (a
    /// word without white space and with something besides full stops is the
    /// tail of every phrase it ends).
    fn may_end_with(&self, last: &str) -> bool {
        let Some(tails) = &self.tails else {
            return true;
        };
        if last.contains(char::is_whitespace) || last.bytes().all(|b| b == b'.') {
            return true;
        }
        has_tail(tails, last)
    }

    fn get(&self, phrase: &str) -> &[T] {
        let trimmed = phrase.trim();
        let bare = trimmed
            .strip_prefix("the ")
            .or_else(|| trimmed.strip_prefix("The "))
            .unwrap_or(trimmed);
        if let Some(tails) = &self.tails
            && !has_tail(tails, bare)
        {
            return &[];
        }
        if let Some(v) = self.exact.get(fold_quotes(bare).as_ref()) {
            return v;
        }
        if let Some(v) = self.lower.get(&normalize(bare)) {
            return v;
        }
        // `U.N. Security Council`, `St. Petersburg`: try again without full stops.
        if bare.contains('.') {
            let undotted = bare.replace('.', "");
            if let Some(v) = self.exact.get(undotted.as_str()) {
                return v;
            }
            if let Some(v) = self.lower.get(&normalize(&undotted)) {
                return v;
            }
        }
        &[]
    }
}

static COUNTRY_NAMES: LazyLock<Index<&'static Country>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for country in COUNTRIES {
        ix.insert(country.name, country);
    }
    for country in COUNTRIES {
        for form in country.forms {
            ix.insert(form, country);
        }
    }
    ix
});

static DEMONYMS: LazyLock<Index<&'static Country>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for country in COUNTRIES {
        for d in country.demonyms {
            ix.insert(d, country);
        }
    }
    ix
});

static CITY_NAMES: LazyLock<Index<City>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for (name, country, forms) in CITIES {
        let city = City { name, country };
        ix.insert(name, city);
        for f in *forms {
            ix.insert(f, city);
        }
    }
    for country in COUNTRIES {
        let city = City {
            name: country.capital,
            country: country.name,
        };
        // A capital that shares its country's name (`Singapore`) is the country.
        if normalize(country.capital) != normalize(country.name) {
            ix.insert(country.capital, city);
        }
    }
    ix
});

static ORG_NAMES: LazyLock<Index<&'static Org>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for org in ORGS {
        ix.insert(org.name, org);
        for f in org.forms {
            ix.insert(f, org);
        }
    }
    ix
});

/// The last words of the names and forms of organisations that belong to a
/// country (`Congress`, `Knesset`, `Department`): a name ending otherwise is
/// no [`national_body`].
static NATIONAL_BODY_ENDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut ends: Vec<&str> = ORGS
        .iter()
        .filter(|o| o.country.is_some())
        .flat_map(|o| std::iter::once(&o.name).chain(o.forms.iter()))
        .filter_map(|name| name.rsplit(' ').next())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
});

static REGION_NAMES: LazyLock<Index<&'static str>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for r in REGIONS {
        ix.insert(r, *r);
    }
    ix
});

static PLACE_NAMES: LazyLock<Index<&'static str>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for p in PLACES.iter().chain(REGIONS) {
        ix.insert(p, *p);
    }
    ix
});

type TitleEntry = (&'static str, TitleClass, Option<Gender>);

static TITLE_TABLE: LazyLock<FastMap<&'static str, TitleEntry>> =
    LazyLock::new(|| TITLES.iter().map(|t| (t.0, *t)).collect());

/// The most words in a title-table phrase.
static TITLE_MAX_WORDS: LazyLock<usize> = LazyLock::new(|| {
    TITLES
        .iter()
        .map(|t| t.0.split(' ').count())
        .max()
        .unwrap_or(1)
});

fn set(words: &'static [&'static str]) -> FastSet<&'static str> {
    words.iter().copied().collect()
}

static MODIFIERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(TITLE_MODIFIERS));
static ORG_SUFFIX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    ORG_SUFFIXES
        .iter()
        .chain(PUBLICATION_WORDS)
        .copied()
        .collect()
});
static ORG_WORD_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(ORG_WORDS));
static NON_ENTITY_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(NON_ENTITY_ACRONYMS));
static GROUP_ADJECTIVE_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(GROUP_ADJECTIVES));
static GIVEN_NAME_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(GIVEN_NAMES));
static GROUP_SUFFIX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(GROUP_SUFFIXES));
static EVENT_SUFFIX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(EVENT_SUFFIXES));
static AWARD_SUFFIX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(AWARD_SUFFIXES));
static DOCUMENT_SUFFIX_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(DOCUMENT_SUFFIXES));
static PLACE_SUFFIX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(PLACE_SUFFIXES));
static CALENDAR_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    WEEKDAYS_AND_MONTHS
        .iter()
        .chain(CALENDAR_OTHER)
        .copied()
        .collect()
});
static COMMON_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(COMMON_CAPITALISED));
static KINSHIP_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(KINSHIP_NOUNS));
static RELATIONAL_NOUN_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set(RELATIONAL_NOUNS));

/// Every country in the table.
pub fn countries() -> &'static [Country] {
    COUNTRIES
}

/// The country named `name` (canonical name or short form: `North Korea`, `DPRK`,
/// `the US`, `Britain`, `Burma`). Ambiguous forms give the default reading.
pub fn country(name: &str) -> Option<&'static Country> {
    COUNTRY_NAMES.get(name).first().copied()
}

/// Every country a name may denote (`Congo` → Republic of the Congo and DR Congo).
pub fn countries_named(name: &str) -> &'static [&'static Country] {
    COUNTRY_NAMES.get(name)
}

/// The country with this exact canonical name.
pub fn country_by_canonical(name: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.name == name)
}

/// The country of a demonym or adjectival form, singular or plural (`Chinese`,
/// `North Korean`, `Russians`). Ambiguous demonyms give the default reading.
pub fn demonym(word: &str) -> Option<&'static Country> {
    demonym_all(word).first().copied()
}

/// Does a demonym or country name also belong, with `North` or `South`
/// before it, to another country (`Korean`, `Korea`, `Sudanese`)? Such a
/// word does not say which of the two it means.
pub fn has_compass_sibling(phrase: &str) -> bool {
    let own = demonym(phrase).or_else(|| country(phrase));
    own.is_some_and(|own| {
        ["North", "South"].iter().any(|dir| {
            let sibling = format!("{dir} {phrase}");
            demonym(&sibling)
                .or_else(|| country(&sibling))
                .is_some_and(|c| c.name != own.name)
        })
    })
}

/// Every country a demonym may denote (`Congolese` → both Congos).
pub fn demonym_all(word: &str) -> &'static [&'static Country] {
    let found = DEMONYMS.get(word);
    if !found.is_empty() {
        return found;
    }
    let w = word.trim();
    if let Some(stem) = w.strip_suffix('s').filter(|s| s.len() > 2) {
        return DEMONYMS.get(stem);
    }
    &[]
}

/// A city (capital or major city): `Beijing`, `Kiev`, `New York`.
pub fn city(name: &str) -> Option<City> {
    CITY_NAMES.get(name).first().copied()
}

/// The world-cities gazetteer (`model/world-cities.txt`, derived from
/// GeoNames by `examples/build_cities.rs`): the [`place_key`] of every city of
/// 15,000 or more people whose name is no dictionary word, given name, common
/// surname, famous person's name or name the other tables know, one a line,
/// sorted by bytes. Read in place by binary search: nothing is built at start-up.
static WORLD_CITIES: &str = include_str!("model/world-cities.txt");

/// Is `name` a city of the world-cities gazetteer (`Coventry`, `Tbilisi`,
/// `Port Talbot`, `Sao Jose dos Campos`)? Weaker than [`city`]: the table is
/// large and knows no country, so the mention finder only asks it for the kind
/// of a name some other reading already calls a place (see
/// [`crate::nlp::mentions`]); a name written in capitals only is no such name
/// (`BATH`, an acronym or a heading).
pub fn world_city(name: &str) -> bool {
    let name = name.trim();
    if name.len() < 4 || name.len() > 48 || !name.contains(|c: char| c.is_lowercase()) {
        return false;
    }
    sorted_lines_contain(WORLD_CITIES, &place_key(name))
}

/// A place name as the gazetteer keys it: lower case, Latin letters without
/// their diacritics (`Kraków` → `krakow`, `Łódź` → `lodz`, `Zürich` →
/// `zurich`), no full stops (`St. Louis` → `st louis`), curly apostrophes
/// straight, single spaces.
pub fn place_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            if c.is_ascii() {
                if c != '.' {
                    out.push(c.to_ascii_lowercase());
                }
                continue;
            }
            for l in c.to_lowercase() {
                match l {
                    'ß' => out.push_str("ss"),
                    'æ' => out.push_str("ae"),
                    'œ' => out.push_str("oe"),
                    'þ' => out.push_str("th"),
                    '’' | '‘' | 'ʻ' | 'ʼ' => out.push('\''),
                    l => match PLAIN_FROM.chars().position(|f| f == l) {
                        Some(i) => out.push(PLAIN_TO.as_bytes()[i] as char),
                        None => out.push(l),
                    },
                }
            }
        }
    }
    out
}

/// Nouns of a firm's sites (`its Coventry plant`): a city's name before one,
/// after a possessive, says where the site is.
static SITE_NOUNS: &[&str] = &[
    "base",
    "depot",
    "facility",
    "factory",
    "headquarters",
    "mill",
    "mine",
    "office",
    "offices",
    "operations",
    "plant",
    "plants",
    "refinery",
    "shipyard",
    "site",
    "smelter",
    "store",
    "warehouse",
    "works",
];

/// Is `word` (lower case, as written) a noun of a firm's site (`plant`,
/// `factory`, `headquarters`)?
pub fn site_noun(word: &str) -> bool {
    SITE_NOUNS.binary_search(&word).is_ok()
}

/// US states as news wires abbreviate them after a city (`Gilroy, Calif`),
/// without full stops.
static STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "NC", "ND", "NH", "NJ", "NM", "NY",
    "Neb", "Nev", "Okla", "Ore", "Pa", "RI", "SC", "SD", "Tenn", "Tex", "Va", "Vt", "WVa", "Wash",
    "Wis", "Wyo",
];

/// Is `word` a US state's abbreviation (`Calif`, `Conn.`, `N.Y.`)?
pub fn state_abbreviation(word: &str) -> bool {
    let bare: String = word.chars().filter(|&c| c != '.').collect();
    STATE_ABBREVIATIONS.contains(&bare.as_str())
}

/// Latin letters with diacritics and their plain letters ([`place_key`]),
/// position for position.
const PLAIN_FROM: &str =
    "àáâãäåāăąçćĉċčďđðèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž";
const PLAIN_TO: &str =
    "aaaaaaaaacccccdddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz";

/// Does `table` (lines sorted by bytes) hold the line `key`? A binary search
/// over byte offsets, each probe widened to its whole line.
fn sorted_lines_contain(table: &str, key: &str) -> bool {
    let bytes = table.as_bytes();
    // `lo` and `hi` are always line starts (or the end).
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        match table[start..end].cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// A well-known organisation, metonym or armed group (`UN`, `Kremlin`, `Hamas`),
/// also with its own country's name or demonym before it (`United States
/// Congress`, `Israeli Knesset` → Congress, Knesset).
pub fn organisation(name: &str) -> Option<&'static Org> {
    ORG_NAMES
        .get(name)
        .first()
        .copied()
        .or_else(|| national_body(name))
}

/// `United States Congress`, `Russian Duma`: a national body the lexicon knows,
/// named with the country it belongs to (its name, short form or demonym, of at
/// most three words) before it.
fn national_body(name: &str) -> Option<&'static Org> {
    let last = name.rsplit(' ').next()?;
    if NATIONAL_BODY_ENDS.binary_search(&last).is_err() {
        return None;
    }
    countries_before(name).find_map(|(country, body)| {
        let org = ORG_NAMES.get(body).first().copied()?;
        (org.country == Some(country.name)).then_some(org)
    })
}

/// Every country the first one to three words of `name` name, by the
/// country's name, short form or demonym (`United States Congress`, `Russian
/// Duma`, `Kuwaiti National Assembly`), each with the rest of the name.
pub fn countries_before(name: &str) -> impl Iterator<Item = (&'static Country, &str)> {
    name.match_indices(' ').take(3).flat_map(move |(i, _)| {
        let (place, rest) = (&name[..i], &name[i + 1..]);
        countries_named(place)
            .iter()
            .chain(demonym_all(place))
            .map(move |&c| (c, rest))
    })
}

/// Whether `name` (any of its forms) is a political party or trade union.
pub fn party(name: &str) -> bool {
    organisation(name).is_some_and(|o| o.party)
}

/// A region, sea or well-known place that is neither country nor city
/// (`Middle East`, `Crimea`, `Tiananmen Square`); returns its canonical spelling.
pub fn place(name: &str) -> Option<&'static str> {
    PLACE_NAMES.get(name).first().copied()
}

/// A state or province (US, Canadian, Australian): `Texas`, `Ontario`, `New South Wales`.
pub fn region(name: &str) -> bool {
    !REGION_NAMES.get(name).is_empty()
}

/// The entity kind world knowledge gives a whole name, if any: country, city,
/// place, organisation or group.
///
/// One look-up in an index of every table's forms (a country before an
/// organisation before a city before a place), not one per table: the mention
/// finder asks it of every candidate name.
pub fn known_kind(name: &str) -> Option<EntityKind> {
    KNOWN_KINDS.get(name).first().copied()
}

static KNOWN_KINDS: LazyLock<Index<EntityKind>> = LazyLock::new(|| {
    let mut ix = Index::new();
    for country in COUNTRIES {
        ix.insert(country.name, EntityKind::Country);
        for form in country.forms {
            ix.insert(form, EntityKind::Country);
        }
    }
    for org in ORGS {
        ix.insert(org.name, org.kind);
        for f in org.forms {
            ix.insert(f, org.kind);
        }
    }
    for (name, _, forms) in CITIES {
        ix.insert(name, EntityKind::City);
        for f in *forms {
            ix.insert(f, EntityKind::City);
        }
    }
    for country in COUNTRIES {
        if normalize(country.capital) != normalize(country.name) {
            ix.insert(country.capital, EntityKind::City);
        }
    }
    for p in PLACES.iter().chain(REGIONS) {
        ix.insert(p, EntityKind::Place);
    }
    for a in AWARDS {
        ix.insert(a, EntityKind::Other);
    }
    ix
});

/// Prizes news names by one word or a name that ends in no prize word
/// (`Oscars`, `Bafta`, `Golden Globe`): prizes, not the people or places a
/// recogniser reads. Names ending in a prize word (`Whitbread Prize`) need no
/// entry; a prize's name that is also a given name (`Oscar`, `Emmy`) has none,
/// as it would stop `Wyatt` joining `Oscar Wyatt`.
static AWARDS: &[&str] = &[
    "Academy Award",
    "Bafta",
    "Baftas",
    "Brits",
    "Emmys",
    "Golden Globe",
    "Golden Globes",
    "Grammy",
    "Grammys",
    "Oscars",
    "Palme d'Or",
    "Pulitzer",
    "Victoria Cross",
];

/// A courtesy title, with or without a full stop (`Mr`, `Mr.`, `dr`).
pub fn honorific(word: &str) -> Option<Honorific> {
    let w = word.trim().trim_end_matches('.');
    HONORIFICS
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(w))
        .map(|&(word, gender)| Honorific { word, gender })
}

/// The gender a given name (any case) implies, if the table knows it.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    let lower = name.to_lowercase();
    GIVEN_NAME_GENDERS
        .binary_search_by(|(n, _)| (*n).cmp(lower.as_str()))
        .ok()
        .map(|i| GIVEN_NAME_GENDERS[i].1)
}

/// An event noun (`probe`, `purchase`, `meeting`, keyed by lemma): `Some`
/// with the relation it gives two parties joined by `between` (`meet`), if any.
pub fn event_noun(lemma: &str) -> Option<Option<&'static str>> {
    EVENT_NOUNS
        .binary_search_by(|(w, _)| (*w).cmp(lemma))
        .ok()
        .map(|i| EVENT_NOUNS[i].1)
}

/// The kinship noun `lemma` (`wife`, `father`), as stored, if it is one.
pub fn kinship(lemma: &str) -> Option<&'static str> {
    KINSHIP_SET.get(lemma).copied()
}

/// The relational noun `lemma` (`owner`, `rival`, `parent`), as stored, if it is one.
pub fn relational_noun(lemma: &str) -> Option<&'static str> {
    RELATIONAL_NOUN_SET.get(lemma).copied()
}

/// A title phrase (`president`, `Prime Minister`, `deputy foreign minister`,
/// `Acting President`, `defence minister`): head office plus optional modifiers.
pub fn title(phrase: &str) -> Option<Title> {
    let norm = normalize(phrase).replace(['.', ','], "");
    let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    // The head is the longest title-table suffix; everything before it must be
    // a modifier (`deputy`, `foreign`, `acting`). Only the tails no longer
    // than the table's longest phrase, and not past the first word that is no
    // modifier, can match: a long phrase costs linear time, not quadratic.
    let last = words
        .iter()
        .position(|w| !is_title_modifier(w))
        .unwrap_or(words.len() - 1);
    for start in words.len().saturating_sub(*TITLE_MAX_WORDS)..=last {
        let tail = words[start..].join(" ");
        let tail = tail.as_str();
        let head = TITLE_TABLE.get_key_value(tail).or_else(|| {
            tail.strip_prefix("vice-")
                .or_else(|| tail.strip_prefix("co-"))
                .and_then(|t| TITLE_TABLE.get_key_value(t))
        });
        if let Some((&key, &(_, class, gender))) = head
            && words[..start].iter().all(|w| is_title_modifier(w))
        {
            return Some(Title {
                phrase: words.join(" "),
                head: key,
                class,
                gender,
            });
        }
    }
    None
}

/// A general title modifier (`deputy`, `vice`, `acting`, `former`), not a
/// field (`foreign`, `film`).
pub fn is_title_modifier(word: &str) -> bool {
    MODIFIERS.contains(word)
        || word
            .strip_suffix('-')
            .is_some_and(|w| MODIFIERS.contains(w))
        || word.starts_with("ex-")
}

/// A modifier of rank or time (`deputy`, `acting`, `former`, `senior`), not of
/// field (`oil`, `finance`): `Burmah Oil Chairman` is the chairman of Burmah
/// Oil, while `Saudi Oil Minister` is Saudi Arabia's oil minister.
pub fn is_rank_modifier(word: &str) -> bool {
    const RANKS: &[&str] = &[
        "acting",
        "assistant",
        "chief",
        "co-",
        "current",
        "deputy",
        "executive",
        "ex-",
        "first",
        "former",
        "incoming",
        "interim",
        "junior",
        "late",
        "new",
        "outgoing",
        "principal",
        "retired",
        "senior",
        "shadow",
        "special",
        "then",
        "then-",
        "top",
        "vice",
        "vice-",
    ];
    RANKS.contains(&word) || word.starts_with("ex-")
}

/// The longest title phrase at the start of `words` (lower or any case): its
/// length in words and the title. `["Prime", "Minister", "Shehbaz"]` → `(2, prime minister)`.
pub fn title_at(words: &[&str]) -> Option<(usize, Title)> {
    title_at_where(words, |i| may_end_title(words[i]))
}

/// [`title_at`], given whether a title phrase can end in word `i`
/// ([`may_end_title`]; a caller that knows it for each word saves computing it
/// again at every start).
pub fn title_at_where(words: &[&str], may_end: impl Fn(usize) -> bool) -> Option<(usize, Title)> {
    let wordy = words
        .iter()
        .take_while(|w| w.chars().any(char::is_alphabetic))
        .count();
    let max = wordy.min(6);
    (1..=max)
        .rev()
        .filter(|&n| may_end(n - 1))
        .find_map(|n| title(&words[..n].join(" ")).map(|t| (n, t)))
}

/// Last words of the title table's phrases (`minister` for `prime minister`).
static TITLE_LAST_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    TITLES
        .iter()
        .filter_map(|t| t.0.rsplit(' ').next())
        .collect()
});

/// Cheap pre-check for [`title_at`]: can a title phrase end in this word?
pub fn may_end_title(word: &str) -> bool {
    // Nearly every word is short and ASCII: lower-cased on the stack (this
    // runs up to six times for every word of every sentence).
    let mut buf = [0u8; 32];
    let w = if word.len() <= buf.len() && word.is_ascii() {
        let mut n = 0;
        for b in word.bytes().filter(|&b| b != b'.' && b != b',') {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        std::borrow::Cow::Borrowed(std::str::from_utf8(&buf[..n]).unwrap_or_default())
    } else {
        let mut w = String::with_capacity(word.len());
        for c in word.chars() {
            match c {
                '.' | ',' => {}
                '’' => w.push('\''),
                c => w.extend(c.to_lowercase()),
            }
        }
        std::borrow::Cow::Owned(w)
    };
    TITLE_LAST_WORDS.contains(w.as_ref())
        || w.rsplit_once('-')
            .is_some_and(|(_, t)| TITLE_LAST_WORDS.contains(t))
}

/// The longest demonym at the start of `words` (`["North", "Korean", "leader"]` → 2).
pub fn demonym_at(words: &[&str]) -> Option<(usize, &'static Country)> {
    let max = words.len().min(4);
    (1..=max)
        .rev()
        .filter(|&n| may_end_demonym(words[n - 1]))
        .find_map(|n| demonym(&words[..n].join(" ")).map(|c| (n, c)))
}

/// Cheap pre-check for [`known_kind`]: can a known name end in this word (the
/// last word of the name as written)? True when unsure.
pub fn may_end_known(last: &str) -> bool {
    KNOWN_KINDS.may_end_with(last)
}

/// Cheap pre-check for [`demonym_at`]: can a demonym phrase (or its plural, as
/// [`demonym_all`] reads it) end in this word? True when unsure.
fn may_end_demonym(last: &str) -> bool {
    DEMONYMS.may_end_with(last)
        || match last.strip_suffix('s') {
            Some("") => true,
            Some(stem) => DEMONYMS.may_end_with(stem),
            None => false,
        }
}

/// The kind an organisation-suffix word gives a name ending in it (`Service`,
/// `Party`, `Corp`); groups for `Movement`, `Front`.
pub fn org_suffix(word: &str) -> Option<EntityKind> {
    let w = word.to_lowercase();
    if ORG_SUFFIX_SET.contains(w.as_str()) {
        Some(EntityKind::Organization)
    } else if GROUP_SUFFIX_SET.contains(w.as_str()) {
        Some(EntityKind::Group)
    } else {
        None
    }
}

/// Does this word, anywhere in a name, mark a company or institution (`Financial`,
/// `Securities`, `Bancorp`)?
pub fn org_word(word: &str) -> bool {
    ORG_WORD_SET.contains(word.to_lowercase().as_str())
}

/// Is `word` (any case) a participle that names are built with (`United`,
/// `Allied`, `Associated`)?
pub fn name_participle(word: &str) -> bool {
    NAME_PARTICIPLES
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// An all-capital abbreviation that never names an entity (`AM`, `USD`, `CEO`).
pub fn non_entity_acronym(word: &str) -> bool {
    NON_ENTITY_SET.contains(word.trim_end_matches('s')) || NON_ENTITY_SET.contains(word)
}

/// The collective noun a family's entity is named with (`family` for
/// `families`, `twins`), if `word` is one after a surname; any case.
pub fn family_noun(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    FAMILY_NOUNS
        .binary_search_by(|(w, _)| (*w).cmp(lower.as_str()))
        .ok()
        .map(|i| FAMILY_NOUNS[i].1)
}

/// A currency noun (`franc`, `Dollars`, `yen`), any case, singular or plural.
pub fn currency_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    let is = |w: &str| CURRENCY_NOUNS.binary_search(&w).is_ok();
    is(&lower) || lower.strip_suffix('s').is_some_and(is)
}

/// A head noun of a body abroad (`embassy`, `consulate`), lower case, singular
/// or plural.
pub fn abroad_noun(lower: &str) -> bool {
    let is = |w: &str| ABROAD_NOUNS.contains(&w);
    is(lower)
        || lower.strip_suffix('s').is_some_and(is)
        || lower
            .strip_suffix("ies")
            .is_some_and(|s| is(&format!("{s}y")))
}

/// Participles written after a name and a hyphen (`Belfast-born`,
/// `London-based`, `Kremlin-backed`), sorted, with the relation they give the
/// name they modify towards the hyphen's name, and whether that name must be
/// a place. The hyphenated word is an adjective, never part of a name.
static HYPHEN_PARTICIPLES: &[(&str, &str, bool)] = &[
    ("backed", "backed by", false),
    ("based", "based in", true),
    ("born", "born in", true),
    ("controlled", "controlled by", false),
    ("funded", "funded by", false),
    ("led", "led by", false),
    ("owned", "owned by", false),
];

/// Words before a place's or event's name that make it another entity, sorted:
/// a past era (`ancient Athens`, `the ancient Olympic Games`, `medieval
/// England`) or a part that encyclopedias treat as a place of its own
/// (`mainland Australia`, `mainland China`).
static OTHER_ENTITY_QUALIFIERS: &[&str] = &["ancient", "classical", "mainland", "medieval"];

/// Is `word` (any case) a qualifier before a place or event that makes it
/// another entity (`ancient`, `medieval`, `mainland`)?
pub fn other_entity_qualifier(word: &str) -> bool {
    OTHER_ENTITY_QUALIFIERS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Positions in a sports team (sorted): the place that owns one names the
/// team (`Liverpool striker`, `Brazil goalkeeper`), not where the player is
/// from.
static TEAM_POSITIONS: &[&str] = &[
    "batsman",
    "bowler",
    "captain",
    "coach",
    "defender",
    "flanker",
    "fly-half",
    "forward",
    "goalkeeper",
    "keeper",
    "manager",
    "midfielder",
    "quarterback",
    "scrum-half",
    "skipper",
    "striker",
    "wicketkeeper",
    "winger",
];

/// Nouns for a band (sorted): a title's word after one is the band's name
/// (`the band Queen`, `rock duo Prince`).
static BAND_NOUNS: &[&str] = &["band", "duo", "quartet", "trio"];

/// Is `word` (lower-case) a noun for a band (`band`, `duo`)?
pub fn band_noun(word: &str) -> bool {
    BAND_NOUNS.binary_search(&word).is_ok()
}

/// Nouns for a club's team (sorted): `the Liverpool side` is Liverpool.
static TEAM_NOUNS: &[&str] = &["outfit", "side", "squad", "team"];

/// Is `word` (lower-case) a noun for a club's team (`side`, `squad`)?
pub fn team_noun(word: &str) -> bool {
    TEAM_NOUNS.binary_search(&word).is_ok()
}

/// Is `word` (any case) a position in a sports team (`striker`)?
pub fn team_position(word: &str) -> bool {
    TEAM_POSITIONS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Verbs by which a body gives a person a post (keyed by lemma, sorted):
/// `Acme named Jane Doe chief executive` makes her Acme's.
static APPOINTING_VERBS: &[&str] = &[
    "appoint", "choose", "elect", "hire", "install", "name", "nominate", "promote", "recruit",
    "select",
];

/// Verbs by which the subject takes the object's post (keyed by lemma,
/// sorted): `Wolfowitz succeeded Wolfensohn as president of the World Bank`
/// makes the subject president (not `oust`: the post stays the object's).
static SUCCEEDING_VERBS: &[&str] = &["replace", "succeed"];

/// Does the verb `lemma` give its subject the object's post (`succeed`,
/// `replace`)?
pub fn succeeding_verb(lemma: &str) -> bool {
    SUCCEEDING_VERBS.binary_search(&lemma).is_ok()
}

/// Verbs whose nominal complement says what their subject is or comes to be
/// (`Howard Stringer became chief executive of Sony`), sorted.
static BECOMING_VERBS: &[&str] = &["become", "remain"];

/// Does the verb `lemma` say that its subject is (or comes to be) what its
/// nominal complement names (`become`, `remain`)?
pub fn becoming_verb(lemma: &str) -> bool {
    BECOMING_VERBS.binary_search(&lemma).is_ok()
}

/// Does the verb `lemma` give its object a post in its subject (`appoint`,
/// `name`, `elect`)?
pub fn appointing_verb(lemma: &str) -> bool {
    APPOINTING_VERBS.binary_search(&lemma).is_ok()
}

/// The relation a participle after a name and a hyphen gives (`born` of
/// `Belfast-born` → `born in`) and whether the name must be a place; any case.
pub fn hyphen_participle(word: &str) -> Option<(&'static str, bool)> {
    let lower = word.to_lowercase();
    HYPHEN_PARTICIPLES
        .binary_search_by(|(w, _, _)| (*w).cmp(lower.as_str()))
        .ok()
        .map(|i| (HYPHEN_PARTICIPLES[i].1, HYPHEN_PARTICIPLES[i].2))
}

/// The creator's role a content noun's `by` phrase gives (`text` → `author
/// of`), by lemma.
pub fn credit_noun(lemma: &str) -> Option<&'static str> {
    CREDIT_NOUNS
        .binary_search_by(|(n, _)| (*n).cmp(lemma))
        .ok()
        .map(|i| CREDIT_NOUNS[i].1)
}

/// Whether a country's name, first in an organisation's name, may mean a US
/// state, a person or a thing instead.
pub fn shared_country_name(name: &str) -> bool {
    SHARED_COUNTRY_NAMES.contains(&name)
}

/// A religious, ethnic or political adjective (`Sunni`, `Islamic`, `Communist`).
pub fn group_adjective(word: &str) -> bool {
    GROUP_ADJECTIVE_SET.contains(word.to_lowercase().as_str())
}

/// A given name or surname that is also an English word (`John`, `Smith`, `Rose`).
pub fn given_name(word: &str) -> bool {
    GIVEN_NAME_SET.contains(word.to_lowercase().as_str())
}

/// Does a name ending in this word name an event (`War`, `summit`, `Games`)?
pub fn event_suffix(word: &str) -> bool {
    EVENT_SUFFIX_SET.contains(word.to_lowercase().as_str())
}

/// Does a name ending in this word name a treaty or other agreed text
/// (`Protocol`, `Treaty`, `Accord`)?
pub fn document_suffix(word: &str) -> bool {
    DOCUMENT_SUFFIX_SET.contains(word.to_lowercase().as_str())
}

/// Recurring events known by several names: canonical name and other forms.
static EVENTS: &[(&str, &[&str])] = &[
    (
        "Olympic Games",
        &[
            "Olympics",
            "Summer Olympics",
            "Summer Olympic Games",
            "Summer Games",
        ],
    ),
    ("Winter Olympic Games", &["Winter Olympics", "Winter Games"]),
    ("Paralympic Games", &["Paralympics", "Summer Paralympics"]),
    ("Winter Paralympic Games", &["Winter Paralympics"]),
    ("Commonwealth Games", &[]),
    ("Asian Games", &[]),
];

/// The canonical name of a recurring event the lexicon knows, an edition's
/// year kept (`the 2004 Olympics` and `the 2004 Summer Olympic Games` are
/// both `2004 Olympic Games`; `1948 Olympic Games` is another).
pub fn event(name: &str) -> Option<String> {
    let (year, rest) = match name.split_once(' ') {
        Some((y, rest)) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => (Some(y), rest),
        _ => (None, name),
    };
    let (canonical, _) = EVENTS.iter().find(|(canonical, forms)| {
        canonical.eq_ignore_ascii_case(rest) || forms.iter().any(|f| f.eq_ignore_ascii_case(rest))
    })?;
    Some(match year {
        Some(y) => format!("{y} {canonical}"),
        None => canonical.to_string(),
    })
}

/// Is this a storm's name (`Hurricane Katrina`, `Cyclone Phailin`, `Typhoon
/// Haiyan`, `Tropical Storm Harvey`): a storm word and the storm's own name, an
/// event whatever the name after it looks like?
pub fn storm_name(name: &str) -> bool {
    storm_own_name(name).is_some()
}

/// The storm's own name in a storm's name (`Harvey` of `Tropical Storm
/// Harvey`): what follows its storm words (`cyclone`, `hurricane`, `storm`,
/// `superstorm`, `typhoon`, with `tropical`, `super` or `severe` before them).
pub fn storm_own_name(name: &str) -> Option<&str> {
    const STORMS: &[&str] = &["cyclone", "hurricane", "storm", "superstorm", "typhoon"];
    const DEGREES: &[&str] = &["tropical", "super", "severe"];
    let mut rest = name;
    let mut storm = false;
    while let Some((word, after)) = rest.split_once(' ') {
        let w = word.to_lowercase();
        if STORMS.contains(&w.as_str()) {
            storm = true;
        } else if storm || !DEGREES.contains(&w.as_str()) {
            break;
        }
        rest = after;
    }
    (storm && rest.starts_with(char::is_uppercase)).then_some(rest)
}

/// The kind a name's last word gives it, whoever the name looks like: an
/// organisation or group suffix (`Council`, `Movement`), an event (`Summit`), a
/// place (`Square`) or a prize (`Prize`: [`EntityKind::Other`]).
pub fn suffix_kind(last_word: &str) -> Option<EntityKind> {
    let w = last_word.to_lowercase();
    org_suffix(&w)
        .or_else(|| {
            EVENT_SUFFIX_SET
                .contains(w.as_str())
                .then_some(EntityKind::Event)
        })
        .or_else(|| {
            PLACE_SUFFIX_SET
                .contains(w.as_str())
                .then_some(EntityKind::Place)
        })
        .or_else(|| {
            AWARD_SUFFIX_SET
                .contains(w.as_str())
                .then_some(EntityKind::Other)
        })
}

/// Words heading a newspaper's or agency's name (`The Daily Telegraph`, `The
/// Huffington Post`), sorted: such a name keeps its article.
static PUBLICATION_WORDS: &[&str] = &[
    "chronicle",
    "examiner",
    "gazette",
    "herald",
    "inquirer",
    "journal",
    "mail",
    "mirror",
    "news",
    "observer",
    "post",
    "press",
    "standard",
    "telegraph",
    "times",
    "tribune",
];

/// Does this word (any case) head a publication's name (`Times`, `Post`)?
pub fn publication_word(word: &str) -> bool {
    PUBLICATION_WORDS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Does a name ending in this word name a prize (`Prize`, `Awards`, `Medal`)?
pub fn award_suffix(word: &str) -> bool {
    AWARD_SUFFIX_SET.contains(word.to_lowercase().as_str())
}

/// Is this word (any case) a field a prize is given in (`Fiction` of `Orange
/// Prize for Fiction`)?
pub fn prize_field(word: &str) -> bool {
    PRIZE_FIELDS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Does a name ending in this word name a place (`Square`, `River`, `Airport`)?
pub fn place_suffix(word: &str) -> bool {
    PLACE_SUFFIX_SET.contains(word.to_lowercase().as_str())
}

/// Is the weekday at `i` of these words part of a newspaper's name: before a
/// publication's word (`Sunday Times`, `Sunday Mirror`) or after one and `on`
/// (`Mail on Sunday`, `Observer on Sunday`)?
pub fn weekday_of_paper(words: &[&str], i: usize) -> bool {
    let weekday = words
        .get(i)
        // The table opens with the seven weekdays.
        .is_some_and(|w| {
            WEEKDAYS_AND_MONTHS[..7]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        });
    weekday
        && (words.get(i + 1).is_some_and(|w| publication_word(w))
            || i >= 2 && words[i - 1] == "on" && publication_word(words[i - 2]))
}

/// A weekday or month written out (`Sunday`, `September`; not `Sun`), any case.
pub fn weekday_or_month(word: &str) -> bool {
    WEEKDAYS_AND_MONTHS
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// A day, month or holiday name (`Sunday`, `September`).
pub fn calendar(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    CALENDAR_SET.contains(bare.to_lowercase().as_str())
        || bare.len() < word.len() && DAYS_LIKE_WORDS.contains(&bare.to_ascii_lowercase().as_str())
}

/// Weekdays abbreviated to an English word (`Sun Microsystems`, `The Sun`,
/// `Sat`): a date only with their full stop (`Sun.`).
const DAYS_LIKE_WORDS: &[&str] = &["sat", "sun", "wed"];

/// News-wire abbreviations of money, measure and accounts (`Shr`, `Avg`,
/// `Qtr`, `Cts`, `Dlrs`, `Mln`, `Pct`): never a name or part of one.
const WIRE_ABBREVIATIONS: &[&str] = &[
    "avg", "bln", "cts", "dlr", "dlrs", "mln", "mths", "nil", "oper", "pct", "qtr", "revs", "shr",
    "shrs", "stg", "yr",
];

/// Whether `word` (any case, a full stop allowed) is a wire-service abbreviation (`Shr`, `Dlrs`, `Qtr`).
pub fn wire_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.len() <= 4 && WIRE_ABBREVIATIONS.contains(&w.to_ascii_lowercase().as_str())
}

/// A common word that may be capitalised at the start of a sentence or heading
/// but never starts a name (`The`, `According`, `Earlier`, `Today`).
pub fn common_capitalised(word: &str) -> bool {
    COMMON_SET.contains(word.to_lowercase().as_str())
}

/// Verb forms that title-case headlines capitalise (`Dart Said Likely …`,
/// `Phelps Upgrades …`), lower-case and sorted for binary search.
const HEADLINE_VERBS: &[&str] = &[
    "acquired",
    "acquires",
    "affirms",
    "agreed",
    "agrees",
    "appoints",
    "approves",
    "asks",
    "backs",
    "begins",
    "boosts",
    "bought",
    "buying",
    "buys",
    "calls",
    "climbs",
    "closes",
    "completed",
    "completes",
    "confirms",
    "considers",
    "cut",
    "cuts",
    "delays",
    "denies",
    "dies",
    "dips",
    "downgraded",
    "downgrades",
    "drops",
    "eases",
    "elect",
    "elected",
    "elects",
    "ends",
    "expected",
    "expects",
    "extends",
    "eyes",
    "fall",
    "falls",
    "fell",
    "files",
    "firms",
    "forecasts",
    "gain",
    "gains",
    "gets",
    "halts",
    "hires",
    "holds",
    "increases",
    "issues",
    "joins",
    "jumps",
    "launches",
    "leave",
    "lifts",
    "lose",
    "loses",
    "lowered",
    "lowers",
    "makes",
    "meets",
    "merges",
    "mulls",
    "named",
    "narrowed",
    "offers",
    "opposes",
    "ousts",
    "plans",
    "plunges",
    "poses",
    "posts",
    "predicts",
    "probes",
    "proposes",
    "quits",
    "raise",
    "raised",
    "raises",
    "reach",
    "reaches",
    "reaffirms",
    "reject",
    "rejected",
    "rejects",
    "reported",
    "reports",
    "resigns",
    "restructures",
    "resumes",
    "rise",
    "rises",
    "rose",
    "said",
    "say",
    "says",
    "seeks",
    "seen",
    "sees",
    "selling",
    "sells",
    "set",
    "sets",
    "signs",
    "slips",
    "sold",
    "starts",
    "sues",
    "suspends",
    "takes",
    "tops",
    "trims",
    "unveils",
    "upgraded",
    "upgrades",
    "ups",
    "urges",
    "visits",
    "votes",
    "warns",
    "weighs",
    "widened",
    "wins",
];

/// Is this lower-case word a verb form that ends a name in a title-case headline?
pub fn headline_verb(lower: &str) -> bool {
    HEADLINE_VERBS.binary_search(&lower).is_ok()
}

/// Compass direction of a role-like place word (`North` in `the North`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compass {
    North,
    South,
    East,
    West,
}

/// `North`/`South`/`East`/`West` (any case).
pub fn compass(word: &str) -> Option<Compass> {
    match word.to_lowercase().as_str() {
        "north" => Some(Compass::North),
        "south" => Some(Compass::South),
        "east" => Some(Compass::East),
        "west" => Some(Compass::West),
        _ => None,
    }
}

impl Compass {
    /// The prefix a country name carries for this direction (`North Korea`).
    pub fn prefix(self) -> &'static str {
        match self {
            Compass::North => "North ",
            Compass::South => "South ",
            Compass::East => "East ",
            Compass::West => "West ",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_end_title_as_the_allocating_check() {
        let reference = |word: &str| {
            let mut w = String::new();
            for c in word.chars() {
                match c {
                    '.' | ',' => {}
                    '’' => w.push('\''),
                    c => w.extend(c.to_lowercase()),
                }
            }
            TITLE_LAST_WORDS.contains(w.as_str())
                || w.rsplit('-')
                    .next()
                    .is_some_and(|t| TITLE_LAST_WORDS.contains(t))
        };
        let mut words: Vec<String> = TITLES
            .iter()
            .flat_map(|t| t.0.split(' '))
            .map(String::from)
            .collect();
        for w in words.clone() {
            words.push(w.to_uppercase());
            words.push(format!("{w},"));
            words.push(format!("ex-{w}."));
            words.push(format!("{}{w}", "x".repeat(40)));
        }
        words.extend(["", "Foo", "Président", "MINISTER’S", "vice-", "-"].map(String::from));
        for w in &words {
            assert_eq!(may_end_title(w), reference(w), "{w:?}");
        }
        assert!(may_end_title("Minister,"));
    }

    #[test]
    fn demonym_pre_check_changes_no_answer() {
        // Without the pre-check: every length, longest first.
        let reference = |words: &[&str]| {
            (1..=words.len().min(4))
                .rev()
                .find_map(|n| demonym(&words[..n].join(" ")).map(|c| (n, c.name)))
        };
        let mut phrases: Vec<String> = Vec::new();
        for c in COUNTRIES {
            for d in c.demonyms {
                phrases.push(format!("{d} leader said"));
                phrases.push(format!("{d}s"));
                phrases.push(format!("the {} s", d.to_uppercase()));
                phrases.push(format!("{d}. ."));
            }
        }
        phrases.extend(
            [
                "",
                "s",
                "Foo s",
                "North Korean’s",
                "U.S. .",
                "Ivorian\u{a0}x",
            ]
            .map(String::from),
        );
        for p in &phrases {
            let words: Vec<&str> = p.split(' ').collect();
            assert_eq!(
                demonym_at(&words).map(|(n, c)| (n, c.name)),
                reference(&words),
                "{p:?}"
            );
        }
    }

    #[test]
    fn tail_word_filter_changes_no_answer() {
        // Every form of every table, then odd spellings of some of them.
        let mut forms: Vec<String> = Vec::new();
        for c in COUNTRIES {
            forms.push(c.name.to_string());
            forms.extend(c.forms.iter().map(|f| f.to_string()));
            forms.extend(c.demonyms.iter().map(|f| f.to_string()));
        }
        for o in ORGS {
            forms.push(o.name.to_string());
            forms.extend(o.forms.iter().map(|f| f.to_string()));
        }
        let mut filtered = Index::new();
        let mut unfiltered = Index::new();
        for (i, f) in forms.iter().enumerate() {
            filtered.insert(f, i);
            unfiltered.insert(f, i);
        }
        unfiltered.tails = None;
        let mut phrases = forms.clone();
        for f in &forms {
            phrases.push(format!("the {f}"));
            phrases.push(format!("The  {}", f.to_uppercase()));
            phrases.push(f.replace('.', ""));
            phrases.push(format!("{f} ."));
            phrases.push(format!("{f}s"));
            phrases.push(f.replace('\'', "’"));
        }
        phrases.extend(
            [
                "",
                "the",
                "...",
                "U.S",
                "North  Korean",
                "Foo Bar",
                "the the",
                " . ",
                "Korean\u{a0}",
                "North\u{a0}Korean",
                "Côte d'Ivoire ",
                "x\u{b}Korean\t",
            ]
            .map(String::from),
        );
        let tails = filtered.tails.as_ref().unwrap();
        for p in &phrases {
            assert_eq!(filtered.get(p), unfiltered.get(p), "{p:?}");
            let tail = tail_word(p);
            assert_eq!(has_tail(tails, p), tails.contains(tail.as_bytes()), "{p:?}");
            assert_eq!(has_tail(tails, p), has_tail_general(tails, p), "{p:?}");
        }
        assert!(filtered.tails.is_some());
    }

    #[test]
    fn countries_by_name_and_form() {
        let cases = [
            ("North Korea", Some("North Korea")),
            ("DPRK", Some("North Korea")),
            ("the US", Some("United States")),
            ("U.S.", Some("United States")),
            ("USA", Some("United States")),
            ("America", Some("United States")),
            ("Britain", Some("United Kingdom")),
            ("UK", Some("United Kingdom")),
            ("Burma", Some("Myanmar")),
            ("Laos", Some("Laos")),
            ("russia", Some("Russia")),
            ("The Netherlands", Some("Netherlands")),
            ("Republic of the Congo", Some("Republic of the Congo")),
            ("DRC", Some("Democratic Republic of the Congo")),
            ("Türkiye", Some("Turkey")),
            ("U.K.", Some("United Kingdom")),
            ("Côte d’Ivoire", Some("Ivory Coast")),
            ("us", None),
            ("Kim", None),
        ];
        for (name, want) in cases {
            assert_eq!(country(name).map(|c| c.name), want, "{name}");
        }
        assert!(countries().len() >= 195);
    }

    #[test]
    fn demonyms_single_multi_and_plural() {
        let cases = [
            ("Chinese", Some("China")),
            ("North Korean", Some("North Korea")),
            ("South Korean", Some("South Korea")),
            ("West German", Some("West Germany")),
            ("German", Some("Germany")),
            ("Russian", Some("Russia")),
            ("Russians", Some("Russia")),
            ("Nepalese", Some("Nepal")),
            ("Nepali", Some("Nepal")),
            ("Lao", Some("Laos")),
            ("Laotian", Some("Laos")),
            ("Kyrgyz", Some("Kyrgyzstan")),
            ("Burmese", Some("Myanmar")),
            ("American", Some("United States")),
            ("Americans", Some("United States")),
            ("British", Some("United Kingdom")),
            ("Slovak", Some("Slovakia")),
            ("Congolese", Some("Democratic Republic of the Congo")),
            ("leader", None),
        ];
        for (word, want) in cases {
            assert_eq!(demonym(word).map(|c| c.name), want, "{word}");
        }
        assert_eq!(demonym_all("Congolese").len(), 2);
        assert_eq!(
            demonym_at(&["North", "Korean", "leader"]).map(|(n, c)| (n, c.name)),
            Some((2, "North Korea"))
        );
    }

    #[test]
    fn every_country_has_a_demonym_and_a_capital() {
        for c in countries() {
            assert!(!c.demonyms.is_empty(), "{}", c.name);
            assert!(!c.capital.is_empty(), "{}", c.name);
            assert_eq!(country(c.name).map(|x| x.name), Some(c.name));
        }
    }

    #[test]
    fn world_cities_gazetteer() {
        for name in [
            "Coventry",
            "Erlangen",
            "Dar es Salaam",
            "Frankfurt am Main",
            "Wrocław",
            "Wroclaw",
            "Düsseldorf",
            "St Louis",
            "St. Louis",
            "Sunderland",
        ] {
            assert!(world_city(name), "{name}");
        }
        // Dictionary words, given names, surnames, famous people, regions,
        // names the lexicon knows otherwise, capitals only, short names.
        for name in [
            "Jackson",
            "Florence",
            "Victoria",
            "Lincoln",
            "Hamilton",
            "Washington",
            "Bush",
            "Reading",
            "Bath",
            "Nice",
            "Mobile",
            "Split",
            "Orange",
            "Sale",
            "March",
            "Of",
            "Ferguson",
            "Quebec",
            "Georgia",
            "Paris",
            "Kraków",
            "COVENTRY",
            "Ulm",
            "Capitol Hill",
        ] {
            assert!(!world_city(name), "{name}");
        }
        assert!(SITE_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(site_noun("factory") && site_noun("plant") && !site_noun("unit"));
        assert!(
            state_abbreviation("Calif") && state_abbreviation("N.Y.") && !state_abbreviation("Co")
        );
        assert_eq!(place_key("Łódź"), "lodz");
        assert_eq!(place_key("São  José dos Campos"), "sao jose dos campos");
        assert_eq!(place_key("St. Louis"), "st louis");
        assert_eq!(place_key("Zürich"), "zurich");
    }

    #[test]
    fn world_cities_table_is_sorted_and_guarded() {
        let mut last = "";
        for key in WORLD_CITIES.lines() {
            assert!(key > last, "{key:?} after {last:?}: regenerate the table");
            assert!(key.is_ascii() && key == place_key(key), "{key:?}");
            assert!(known_kind(key).is_none(), "{key:?} is known otherwise");
            if !key.contains(' ') {
                assert!(
                    !given_name(key) && !crate::nlp::mentions::is_dictionary_word(key),
                    "{key:?} is a given name or dictionary word"
                );
            }
            last = key;
        }
        assert!(sorted_lines_contain(
            WORLD_CITIES,
            WORLD_CITIES.lines().next().unwrap_or("")
        ));
        assert!(sorted_lines_contain(
            WORLD_CITIES,
            WORLD_CITIES.lines().last().unwrap_or("")
        ));
        assert!(!sorted_lines_contain("", "coventry"));
    }

    #[test]
    fn cities_places_and_organisations() {
        assert_eq!(city("Beijing").map(|c| c.country), Some("China"));
        assert_eq!(city("Kiev").map(|c| c.name), Some("Kyiv"));
        assert_eq!(city("Moscow").map(|c| c.country), Some("Russia"));
        assert_eq!(city("Singapore"), None);
        assert_eq!(
            organisation("Kremlin").map(|o| o.country),
            Some(Some("Russia"))
        );
        assert_eq!(organisation("UN").map(|o| o.name), Some("United Nations"));
        assert_eq!(organisation("who"), None);
        assert_eq!(
            organisation("WHO").map(|o| o.name),
            Some("World Health Organization")
        );
        assert_eq!(place("the Middle East"), Some("Middle East"));
        assert_eq!(
            organisation("U.N. Security Council").map(|o| o.name),
            Some("UN Security Council")
        );
        assert_eq!(
            city("St. Petersburg").map(|c| c.name),
            Some("St Petersburg")
        );
        let kinds = [
            ("China", Some(EntityKind::Country)),
            ("Beijing", Some(EntityKind::City)),
            ("Pentagon", Some(EntityKind::Organization)),
            ("Hamas", Some(EntityKind::Group)),
            ("Crimea", Some(EntityKind::Place)),
            ("Xi Jinping", None),
        ];
        for (name, want) in kinds {
            assert_eq!(known_kind(name), want, "{name}");
        }
    }

    #[test]
    fn compass_siblings() {
        for (phrase, want) in [
            ("Korean", true),
            ("Korea", true),
            ("Sudanese", true),
            ("North Korean", false),
            ("Swiss", false),
            ("African", false),
        ] {
            assert_eq!(has_compass_sibling(phrase), want, "{phrase}");
        }
    }

    #[test]
    fn titles_with_modifiers() {
        let cases = [
            ("president", Some("president")),
            ("President", Some("president")),
            ("Prime Minister", Some("prime minister")),
            ("Acting President", Some("president")),
            ("vice president", Some("president")),
            ("deputy prime minister", Some("prime minister")),
            ("foreign minister", Some("minister")),
            ("defence minister", Some("minister")),
            ("Secretary of State", Some("secretary of state")),
            ("supreme leader", Some("supreme leader")),
            ("crown prince", Some("crown prince")),
            ("chief executive", Some("chief executive")),
            ("spokeswoman", Some("spokeswoman")),
            ("aide", Some("aide")),
            ("missile", None),
            ("foreign", None),
        ];
        for (phrase, want) in cases {
            assert_eq!(title(phrase).map(|t| t.head), want, "{phrase}");
        }
        // Long phrases (a fuzzer's 1,000-word name took quadratic time): only
        // the tails that can match are looked up.
        let long = [
            (format!("{}president", "m ".repeat(3000)), None),
            (
                format!("{}president", "deputy ".repeat(50)),
                Some("president"),
            ),
            (
                format!("{}minister", "foreign ".repeat(3000)),
                Some("minister"),
            ),
        ];
        for (phrase, want) in &long {
            assert_eq!(title(phrase).map(|t| t.head), *want);
        }
        assert_eq!(
            title("Vice President").map(|t| t.phrase),
            Some("vice president".into())
        );
        assert_eq!(
            title_at(&["Prime", "Minister", "Shehbaz", "Sharif"]).map(|(n, t)| (n, t.head)),
            Some((2, "prime minister"))
        );
        assert_eq!(title("Queen").and_then(|t| t.gender), Some(Gender::Female));
    }

    #[test]
    fn honorifics_suffixes_calendar() {
        assert_eq!(honorific("Mr").map(|h| h.gender), Some(Some(Gender::Male)));
        assert_eq!(honorific("Mrs.").map(|h| h.word), Some("Mrs"));
        assert_eq!(honorific("Dr").map(|h| h.gender), Some(None));
        assert_eq!(honorific("Kim"), None);
        assert_eq!(org_suffix("Service"), Some(EntityKind::Organization));
        assert_eq!(org_suffix("Movement"), Some(EntityKind::Group));
        assert_eq!(org_suffix("Jinping"), None);
        assert!(event_suffix("War") && event_suffix("summit") && event_suffix("Games"));
        assert!(place_suffix("Square"));
        assert!(
            document_suffix("Protocol") && document_suffix("treaty") && !document_suffix("Bank")
        );
        assert!(calendar("Wednesday") && calendar("September"));
        assert!(
            wire_abbreviation("Shr") && wire_abbreviation("DLRS") && !wire_abbreviation("Shrimp")
        );
        assert!(common_capitalised("According") && common_capitalised("The"));
        assert!(!common_capitalised("Putin"));
        assert_eq!(compass("North"), Some(Compass::North));
        assert!(org_word("Bancshares") && org_word("financial") && !org_word("Putin"));
        assert!(
            non_entity_acronym("AM") && non_entity_acronym("USD") && !non_entity_acronym("NIS")
        );
        assert!(
            group_adjective("Sunni") && group_adjective("Islamic") && !group_adjective("Kremlin")
        );
    }

    /// The one-index `known_kind` answers as the tables asked in turn do.
    #[test]
    fn known_kind_equals_the_tables_in_turn() {
        let in_turn = |name: &str| {
            if country(name).is_some() {
                Some(EntityKind::Country)
            } else if let Some(org) = organisation(name) {
                Some(org.kind)
            } else if city(name).is_some() {
                Some(EntityKind::City)
            } else if place(name).is_some() {
                Some(EntityKind::Place)
            } else {
                None
            }
        };
        let mut names: Vec<String> = Vec::new();
        for c in COUNTRIES {
            names.push(c.name.into());
            names.push(c.capital.into());
            names.extend(c.forms.iter().map(|f| f.to_string()));
        }
        for o in ORGS {
            names.push(o.name.into());
            names.extend(o.forms.iter().map(|f| f.to_string()));
        }
        for (name, _, forms) in CITIES {
            names.push(name.to_string());
            names.extend(forms.iter().map(|f| f.to_string()));
        }
        names.extend(PLACES.iter().chain(REGIONS).map(|p| p.to_string()));
        names.extend(["the United States", "U.S.", "nowhere", "Acme Corp"].map(String::from));
        let upper: Vec<String> = names.iter().map(|n| n.to_uppercase()).collect();
        let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        for n in names.iter().chain(&upper).chain(&lower) {
            assert_eq!(known_kind(n), in_turn(n), "{n}");
        }
    }

    #[test]
    fn event_nouns_sorted_and_found_by_lemma() {
        assert!(EVENT_NOUNS.windows(2).all(|w| w[0].0 < w[1].0));
        let rows = [
            ("meeting", Some(Some("meet"))),
            ("probe", Some(None)),
            ("chairman", None),
        ];
        for (lemma, want) in rows {
            assert_eq!(event_noun(lemma), want, "{lemma}");
        }
    }

    #[test]
    fn storms_events_and_national_bodies() {
        for (name, want) in [
            ("Cyclone Phailin", Some("Phailin")),
            ("Tropical Storm Harvey", Some("Harvey")),
            ("Super Typhoon Haiyan", Some("Haiyan")),
            ("Tropical Depression", None),
            ("Storm sewers", None),
        ] {
            assert_eq!(storm_own_name(name), want, "{name}");
        }
        for (name, want) in [
            ("2004 Olympics", Some("2004 Olympic Games")),
            ("2004 Summer Olympic Games", Some("2004 Olympic Games")),
            ("Winter Olympics", Some("Winter Olympic Games")),
            ("2004 Summer", None),
        ] {
            assert_eq!(event(name).as_deref(), want, "{name}");
        }
        for (name, want) in [
            ("United States Congress", Some("Congress")),
            ("Israeli Knesset", Some("Knesset")),
            ("French Knesset", None),
            ("Congress", Some("Congress")),
        ] {
            assert_eq!(organisation(name).map(|o| o.name), want, "{name}");
        }
    }

    #[test]
    fn headline_verbs_sorted() {
        assert!(HEADLINE_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(CURRENCY_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(FAMILY_NOUNS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(HYPHEN_PARTICIPLES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(APPOINTING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(SUCCEEDING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(TEAM_POSITIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(BARE_SUBJECTS.windows(2).all(|w| w[0] < w[1]));
        assert!(DEAL_NOUNS.windows(2).all(|w| w[0] < w[1]));
        assert!(DEAL_VERBS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NAME_PARTICIPLES.windows(2).all(|w| w[0] < w[1]));
        assert!(PRIZE_FIELDS.windows(2).all(|w| w[0] < w[1]));
        assert!(BECOMING_VERBS.windows(2).all(|w| w[0] < w[1]));
        assert!(PUBLICATION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(OTHER_ENTITY_QUALIFIERS.windows(2).all(|w| w[0] < w[1]));
        assert!(CREDIT_NOUNS.windows(2).all(|w| w[0].0 < w[1].0));
        for (w, want) in [("upgrades", true), ("said", true), ("corp", false)] {
            assert_eq!(headline_verb(w), want, "{w}");
        }
    }
}
