import type { LegislationStatus, Orientation, PriorityArea, Theme } from '@malmo/domain';

/**
 * The Swedish material the demo generator draws from: project ideas, meeting topics, event
 * purposes, legislation. Keys refer to the annex registry (units, people, organisations, forums,
 * partner cities, event series).
 */

export interface ProjectTemplate {
  unit: string;
  title: string;
  /** The programme applied to before 2007 and from 2007 (the new programme period). */
  programmes: readonly [string, string];
  orientations: readonly Orientation[];
  priorityAreas: readonly PriorityArea[];
  themes: readonly Theme[];
  /** Partner cities (annex keys), organisations (annex keys) and partners named freely. */
  cities: readonly string[];
  organisations: readonly string[];
  others: readonly string[];
  /** Total budget range in SEK. */
  budget: readonly [number, number];
  benefit: string;
  resources: string;
  longTermEffects: string;
}

export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  {
    unit: 'sdf-rosengard',
    title: 'Rosengård i Europa – integration genom arbete',
    programmes: ['Equal', 'Europeiska socialfonden'],
    orientations: ['operational_development'],
    priorityAreas: ['work'],
    themes: ['integration', 'employment'],
    cities: ['kiel', 'lubeck'],
    organisations: ['kopenhamns-kommun'],
    others: ['Gemeente Rotterdam', 'Birmingham City Council'],
    budget: [4_000_000, 12_000_000],
    benefit:
      'Nya metoder för att korta vägen till arbete för utrikes födda i Rosengård, prövade tillsammans med städer med liknande stadsdelar.',
    resources:
      'En projektledare på heltid, två arbetsmarknadskonsulenter på halvtid och stadsdelens egen medfinansiering i form av personaltid.',
    longTermEffects:
      'Metoderna förs in i stadsdelens ordinarie arbetsmarknadsinsatser och sprids via Eurocities arbetsgrupp för sysselsättning.',
  },
  {
    unit: 'miljoforvaltningen',
    title: 'Klimatsmarta stadsdelar i Östersjöregionen',
    programmes: ['Interreg IIIB Östersjön', 'Interreg IVB Östersjöprogrammet'],
    orientations: ['operational_development', 'strategic_influence'],
    priorityAreas: ['growth', 'housing'],
    themes: ['climate_energy', 'urban_development'],
    cities: ['tallinn', 'kaliningrad', 'szczecin'],
    organisations: ['union-of-baltic-cities'],
    others: ['Riga stad', 'Stadt Rostock'],
    budget: [6_000_000, 20_000_000],
    benefit:
      'Gemensamma verktyg för klimatanpassad upprustning av bostadsområden från 1960- och 70-talen.',
    resources:
      'Projektledning från miljöförvaltningen, stöd från stadsbyggnadskontoret och 25 procent egen medfinansiering.',
    longTermEffects:
      'Erfarenheterna ska ingå i Malmös miljöprogram och i upprustningen av Miljonprogrammets bostadsområden.',
  },
  {
    unit: 'va-verket',
    title: 'Öppen dagvattenhantering i befintlig bebyggelse',
    programmes: ['Life', 'Life+'],
    orientations: ['operational_development'],
    priorityAreas: ['housing', 'safety'],
    themes: ['environment', 'climate_energy'],
    cities: ['provincia-di-chieti'],
    organisations: ['kopenhamns-kommun'],
    others: ['Danmarks Tekniske Universitet'],
    budget: [3_000_000, 9_000_000],
    benefit:
      'Minskad risk för översvämningar i källare och bättre vattenkvalitet i Malmös kanaler och i Öresund.',
    resources:
      'Ingenjörstid från VA-verket och gatukontoret samt investeringsmedel för två demonstrationsanläggningar.',
    longTermEffects:
      'Öppna dagvattenlösningar blir standard vid ombyggnad av gator och gårdar i äldre stadsdelar.',
  },
  {
    unit: 'gatukontoret',
    title: 'Cykelstaden Öresund',
    programmes: ['Interreg IIIA Öresund', 'Interreg IVA Öresund-Kattegat-Skagerrak'],
    orientations: ['operational_development', 'profiling'],
    priorityAreas: ['growth'],
    themes: ['transport', 'public_health'],
    cities: [],
    organisations: ['kopenhamns-kommun', 'region-skane', 'lunds-kommun'],
    others: ['Helsingborgs stad'],
    budget: [2_500_000, 8_000_000],
    benefit:
      'Fler pendlar med cykel i Öresundsregionen; gemensam skyltning och kampanjer med Köpenhamn och Lund.',
    resources:
      'En projektsamordnare på gatukontoret och kampanjmedel; partnerna bidrar med lika stora belopp.',
    longTermEffects:
      'Ett regionalt cykelvägnät som förvaltas gemensamt och en varaktig samverkan kring cykelfrågor.',
  },
  {
    unit: 'stadsbyggnadskontoret',
    title: 'Hyllie – hållbar stadsutveckling vid Citytunneln',
    programmes: ['Sjätte ramprogrammet', 'Sjunde ramprogrammet'],
    orientations: ['operational_development', 'profiling'],
    priorityAreas: ['growth', 'housing'],
    themes: ['urban_development', 'climate_energy'],
    cities: ['newcastle', 'florens'],
    organisations: ['energie-cites'],
    others: ['Ajuntament de Barcelona', 'Stadt Hamburg'],
    budget: [10_000_000, 30_000_000],
    benefit:
      'Hyllie planeras som en klimatneutral stadsdel; partnerna bidrar med erfarenhet av energieffektiva kvarter.',
    resources:
      'Planarkitekter och energiexperter från stadsbyggnadskontoret, avtal med energibolag och byggherrar.',
    longTermEffects:
      'Krav på energiprestanda i markanvisningar och en modell som kan användas i andra utbyggnadsområden.',
  },
  {
    unit: 'utbildningsforvaltningen',
    title: 'Flerspråkighet i förskola och skola',
    programmes: ['Sokrates/Comenius', 'Programmet för livslångt lärande (Comenius)'],
    orientations: ['operational_development'],
    priorityAreas: ['education'],
    themes: ['education', 'integration'],
    cities: ['tallinn', 'varna'],
    organisations: [],
    others: ['Malmö högskola, lärarutbildningen', 'Universitetet i Tartu'],
    budget: [800_000, 3_000_000],
    benefit:
      'Bättre stöd till flerspråkiga barn; lärare får fortbildning och utbyte med skolor i partnerstäderna.',
    resources: 'Lärartid för utbyten, en samordnare på halvtid och resebidrag från programmet.',
    longTermEffects:
      'Arbetssätten förs in i förvaltningens plan för språkutveckling och i lärarutbildningens praktik.',
  },
  {
    unit: 'naringslivskontoret',
    title: 'Öresund Food Network – export för små livsmedelsföretag',
    programmes: ['Interreg IIIA Öresund', 'Interreg IVA Öresund-Kattegat-Skagerrak'],
    orientations: ['profiling', 'operational_development'],
    priorityAreas: ['growth', 'work'],
    themes: ['business_growth'],
    cities: ['newcastle'],
    organisations: ['oresundskomiteen', 'kopenhamns-kommun'],
    others: ['Lunds universitet'],
    budget: [3_000_000, 10_000_000],
    benefit:
      'Små livsmedelsföretag i Malmö får hjälp till nya exportmarknader och kontakter i Danmark och Storbritannien.',
    resources:
      'Två företagsrådgivare på Näringslivskontoret och medfinansiering från Region Skåne.',
    longTermEffects:
      'Ett bestående nätverk av företag och ett starkare livsmedelskluster i Öresundsregionen.',
  },
  {
    unit: 'kulturforvaltningen',
    title: 'Unga konstnärer i Östersjöns städer',
    programmes: ['Kultur 2000', 'Kultur 2007–2013'],
    orientations: ['profiling'],
    priorityAreas: ['education'],
    themes: ['culture', 'youth'],
    cities: ['tallinn', 'kiel', 'lubeck', 'florens'],
    organisations: ['union-of-baltic-cities'],
    others: ['Gdańsk kommun'],
    budget: [700_000, 2_500_000],
    benefit:
      'Unga Malmökonstnärer får ställa ut och arbeta i partnerstäderna; Malmö syns som kulturstad.',
    resources: 'Producent på kulturförvaltningen, lokaler på Konsthallen och resebidrag.',
    longTermEffects:
      'Ett återkommande residensutbyte och kontakter som gallerier och skolor kan använda vidare.',
  },
  {
    unit: 'sdf-sodra-innerstaden',
    title: 'Trygghet på Möllevången – stadsdelsbaserad brottsprevention',
    programmes: ['Agis', 'Förebygga och bekämpa brott (ISEC)'],
    orientations: ['operational_development', 'strategic_influence'],
    priorityAreas: ['safety'],
    themes: ['safety', 'social_inclusion'],
    cities: ['newcastle'],
    organisations: ['eurocities'],
    others: ['Ville de Lyon'],
    budget: [1_000_000, 4_000_000],
    benefit:
      'Bättre samverkan mellan stadsdel, polis och fastighetsägare; minskad otrygghet kvällstid.',
    resources: 'En trygghetssamordnare och tid från fältgruppen; polisen deltar med egen personal.',
    longTermEffects:
      'Samverkansavtal mellan stadsdelen och polisen och en modell för trygghetsvandringar.',
  },
  {
    unit: 'fritidsforvaltningen',
    title: 'Idrott som väg till gemenskap för unga',
    programmes: ['Ungdom', 'Ung och aktiv i Europa'],
    orientations: ['operational_development'],
    priorityAreas: ['education', 'safety'],
    themes: ['youth', 'integration'],
    cities: ['varna', 'kaliningrad'],
    organisations: [],
    others: ['Aalborg Kommune'],
    budget: [500_000, 1_800_000],
    benefit: 'Fler unga i föreningsidrott, särskilt flickor i stadsdelarna med lägst deltagande.',
    resources: 'Fritidsledare, föreningsbidrag och ledartid för två utbyten per år.',
    longTermEffects:
      'Nya ledare från stadsdelarna och samarbeten mellan föreningar i Malmö och partnerstäderna.',
  },
  {
    unit: 'serviceforvaltningen',
    title: 'Gröna offentliga upphandlingar',
    programmes: ['Intelligent energi för Europa', 'Intelligent energi för Europa'],
    orientations: ['operational_development', 'strategic_influence'],
    priorityAreas: ['growth'],
    themes: ['climate_energy', 'environment'],
    cities: [],
    organisations: ['international-council-for-local-environmental-initiatives', 'energie-cites'],
    others: ['Göteborgs Stad', 'Comune di Bologna'],
    budget: [1_500_000, 5_000_000],
    benefit: 'Miljö- och energikrav i stadens upphandlingar av fordon, livsmedel och byggtjänster.',
    resources: 'Upphandlare och miljöstrateg på halvtid under två år.',
    longTermEffects:
      'Standardiserade miljökrav i alla ramavtal och lägre energiförbrukning i stadens verksamheter.',
  },
  {
    unit: 'sdf-fosie',
    title: 'Fosie arbetar – lokal sysselsättningsstrategi',
    programmes: ['Urbact', 'Urbact II'],
    orientations: ['operational_development', 'strategic_influence'],
    priorityAreas: ['work', 'education'],
    themes: ['employment', 'social_inclusion'],
    cities: ['newcastle'],
    organisations: ['eurocities'],
    others: ['Gemeente Rotterdam', 'Ajuntament de Barcelona'],
    budget: [600_000, 2_000_000],
    benefit:
      'En lokal handlingsplan för sysselsättning som tas fram med en lokal stödgrupp och europeiska partner.',
    resources: 'Projektledare på halvtid och deltagande i tematiska seminarier två gånger per år.',
    longTermEffects:
      'Handlingsplanen ligger till grund för stadsdelens arbete och för ansökningar till socialfonden.',
  },
  {
    unit: 'miljoforvaltningen',
    title: 'Ekostaden Augustenborg – erfarenhetsspridning',
    programmes: ['Life', 'Life+'],
    orientations: ['profiling', 'operational_development'],
    priorityAreas: ['housing', 'growth'],
    themes: ['environment', 'housing'],
    cities: ['kiel', 'provincia-di-chieti'],
    organisations: ['international-council-for-local-environmental-initiatives'],
    others: ['Stadt Hamburg'],
    budget: [1_200_000, 4_500_000],
    benefit:
      'Augustenborgs gröna tak och dagvattensystem visas för andra städer; Malmö profileras som miljöstad.',
    resources: 'Guider, informationsmaterial och samordning från miljöförvaltningen och MKB.',
    longTermEffects: 'Studiebesöken blir en del av stadens marknadsföring och besöksnäring.',
  },
  {
    unit: 'sdf-kirseberg',
    title: 'Bostad först – vägar ut ur hemlöshet',
    programmes: ['Equal', 'Progress'],
    orientations: ['operational_development', 'strategic_influence'],
    priorityAreas: ['housing', 'safety'],
    themes: ['housing', 'social_inclusion'],
    cities: ['lubeck'],
    organisations: ['eurocities'],
    others: ['Birmingham City Council'],
    budget: [1_500_000, 6_000_000],
    benefit:
      'Prövar boende utan krav på behandling först för hemlösa med missbruk; bygger på erfarenheter från CATCH.',
    resources: 'Socialsekreterare, boendestödjare och lägenheter via MKB.',
    longTermEffects:
      'Modellen kan införas i hela staden och påverka Eurocities rekommendationer om hemlöshet.',
  },
  {
    unit: 'malmo-stadsbibliotek-europa-direkt',
    title: 'EU-kunskap för Malmöbor',
    programmes: ['Aktivt medborgarskap', 'Europa för medborgarna'],
    orientations: ['profiling', 'strategic_influence'],
    priorityAreas: ['education'],
    themes: ['democracy_governance', 'education'],
    cities: ['vasa'],
    organisations: [],
    others: ['Europa Direkt Köpenhamn'],
    budget: [300_000, 900_000],
    benefit:
      'Fler Malmöbor får kunskap om hur EU påverkar vardagen; skolklasser besöker Europa Direkt.',
    resources: 'Bibliotekarie på halvtid, lokaler i Stadsbiblioteket och informationsmaterial.',
    longTermEffects: 'En stående programserie om Europa i bibliotekets ordinarie verksamhet.',
  },
  {
    unit: 'sdf-centrum',
    title: 'Hälsofrämjande stadsdel',
    programmes: ['Folkhälsoprogrammet', 'Folkhälsoprogrammet 2008–2013'],
    orientations: ['operational_development'],
    priorityAreas: ['safety', 'education'],
    themes: ['public_health'],
    cities: ['tallinn'],
    organisations: ['healthy-cities'],
    others: ['Helsingfors stad'],
    budget: [700_000, 2_500_000],
    benefit:
      'Hälsokonsekvensbeskrivningar i stadsdelens beslut och bättre kunskap om ojämlik hälsa.',
    resources: 'Folkhälsosamordnare och stöd från Malmö högskola.',
    longTermEffects: 'Hälsoperspektivet blir en fast del av stadsdelens planering och budget.',
  },
];

/** Annex seats with a project, not a person: who goes to the meetings for it. */
export const PROJECT_SEAT_ATTENDEES: Readonly<Record<string, string>> = {
  catch: 'annette-larsson',
  'malmos-urbact-projekt': 'bertil-nilsson',
};

/** What each Eurocities forum talks about (forum key → topics). */
export const FORUM_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'eurocities-culture-forum': [
    'kulturens roll i stadsutvecklingen',
    'ansökningar om att bli europeisk kulturhuvudstad',
    'kulturell mångfald och publikutveckling',
  ],
  'eurocities-environment-forum': [
    'EU:s klimat- och energipaket',
    'det nya luftkvalitetsdirektivet',
    'gröna offentliga upphandlingar',
    'städernas klimatlöften inför Borgmästaravtalet',
  ],
  'eurocities-social-affairs-forum': [
    'social inkludering och den öppna samordningsmetoden',
    'Europeiska året för lika möjligheter för alla',
    'sociala tjänster av allmänt intresse',
  ],
  'eurocities-social-affairs-forum-migration-and-integration': [
    'indikatorer för integration i städer',
    'mottagande av nyanlända',
    'Integrating Cities-processen',
  ],
  'eurocities-social-affairs-forum-employment': [
    'lokala sysselsättningsstrategier',
    'socialfonden under programperioden 2007–2013',
    'unga utanför arbetsmarknaden',
  ],
  'eurocities-social-affairs-forum-urban-security': [
    'trygghet i bostadsområden',
    'brottsförebyggande samverkan med polisen',
  ],
  'eurocities-social-affairs-forum-education': [
    'tidiga skolavhopp',
    'livslångt lärande i städerna',
  ],
  'eurocities-social-affairs-forum-homelessness': [
    'bostad först-modeller',
    'gemensam statistik över hemlöshet',
  ],
  'eurocities-economical-forum': [
    'sammanhållningspolitiken 2007–2013',
    'städernas roll i Lissabonstrategin',
  ],
  'eurocities-economical-forum-competitiveness': [
    'kluster och innovationsmiljöer',
    'städernas konkurrenskraft i den globala ekonomin',
  ],
  'eurocities-economical-forum-strategic-planning': [
    'Leipzigdeklarationen om hållbara europeiska städer',
    'integrerad stadsplanering',
  ],
  'eurocities-economical-forum-financial-incentives': [
    'Jessica-initiativet och stadsutvecklingsfonder',
    'offentlig-privat samverkan',
  ],
  'eurocities-economical-forum-urbact': [
    'Urbact II och de tematiska nätverken',
    'lokala stödgrupper',
  ],
  'eurocities-cooperation-government': [
    'flernivåstyrning',
    'Eurocities strategi och styrelsearbete',
  ],
  'eurocities-cooperation-lisbon-strategy': [
    'städernas roll i tillväxt- och sysselsättningsstrategin',
    'nationella reformprogram',
  ],
};

/** Where Eurocities forums and working groups meet. */
export const MEETING_CITIES: readonly string[] = [
  'Bryssel',
  'Lyon',
  'Barcelona',
  'Lille',
  'Leipzig',
  'Manchester',
  'Stockholm',
  'Helsingfors',
  'Oslo',
  'Rotterdam',
  'Wien',
  'Nantes',
  'Bologna',
  'Prag',
  'Birmingham',
  'Göteborg',
  'Köpenhamn',
  'Tammerfors',
  'Antwerpen',
  'Malmö',
];

/** Meetings of other organisations and networks: commissions, boards, network days. */
export interface NetworkMeetingSource {
  organisation: string;
  name: string;
  person: string;
  /** Expected meetings per year at scale 1. */
  rate: number;
  places: readonly string[];
  topics: readonly string[];
}

export const NETWORK_MEETINGS: readonly NetworkMeetingSource[] = [
  {
    organisation: 'union-of-baltic-cities',
    name: 'UBC:s miljökommission',
    person: 'lotta-hauksson',
    rate: 0.8,
    places: ['Åbo', 'Gdańsk', 'Kalmar', 'Tallinn', 'Riga'],
    topics: ['Östersjöns miljötillstånd', 'hållbar stadsutveckling i Östersjöregionen'],
  },
  {
    organisation: 'union-of-baltic-cities',
    name: 'UBC:s kommission för social välfärd',
    person: 'monica-claeson',
    rate: 0.6,
    places: ['Kiel', 'Klaipėda', 'Sopot', 'Vilnius'],
    topics: ['äldreomsorg och social välfärd', 'ungdomsarbetslöshet'],
  },
  {
    organisation: 'union-of-baltic-cities',
    name: 'UBC:s utbildningskommission',
    person: 'birgitta-johansson',
    rate: 0.5,
    places: ['Turku', 'Kaunas', 'Pärnu'],
    topics: ['skolutbyten i Östersjöregionen', 'yrkesutbildning'],
  },
  {
    organisation: 'union-of-baltic-cities',
    name: 'UBC:s kulturkommission',
    person: 'eva-klammeus',
    rate: 0.5,
    places: ['Szczecin', 'Rostock', 'Tartu'],
    topics: ['kulturutbyte mellan Östersjöstäderna'],
  },
  {
    organisation: 'union-of-baltic-cities',
    name: 'UBC:s generalkonferens',
    person: 'kent-andersson',
    rate: 0.5,
    places: ['Pärnu', 'Liepāja', 'Gdynia', 'Kristiansand'],
    topics: ['UBC:s strategi och Östersjöstrategin'],
  },
  {
    organisation: 'baltic-metropolises',
    name: 'Baltic Metropolises styrgrupp',
    person: 'helene-persson',
    rate: 0.7,
    places: ['Helsingfors', 'Stockholm', 'Riga', 'Köpenhamn', 'Berlin'],
    topics: ['gemensam marknadsföring av Östersjömetropolerna', 'innovationsfrågor'],
  },
  {
    organisation: 'baltic-development-forum',
    name: 'Baltic Development Forum Summit',
    person: 'stefan-mansson',
    rate: 0.5,
    places: ['Helsingfors', 'Riga', 'Stockholm'],
    topics: ['Östersjöregionens konkurrenskraft', 'EU:s Östersjöstrategi'],
  },
  {
    organisation: 'energie-cites',
    name: 'Energie-Cités årsmöte',
    person: 'trevor-graham',
    rate: 0.4,
    places: ['Besançon', 'Heidelberg', 'Bryssel'],
    topics: ['lokal energiplanering', 'Borgmästaravtalet'],
  },
  {
    organisation: 'international-council-for-local-environmental-initiatives',
    name: 'ICLEI:s europeiska sekretariat, städernas möte',
    person: 'trevor-graham',
    rate: 0.4,
    places: ['Freiburg', 'Sevilla', 'Bryssel'],
    topics: ['Aalborgåtagandena', 'lokal klimatanpassning'],
  },
  {
    organisation: 'healthy-cities',
    name: 'WHO:s nätverk Healthy Cities, affärsmöte',
    person: 'rita-theander',
    rate: 0.4,
    places: ['Köpenhamn', 'Belfast', 'Zagreb'],
    topics: ['hälsokonsekvensbeskrivningar', 'fas IV av nätverket'],
  },
  {
    organisation: 'european-cities-against-drugs',
    name: 'ECAD:s borgmästarkonferens',
    person: 'mariana-mauritzon',
    rate: 0.3,
    places: ['Stockholm', 'Reykjavik', 'Riga'],
    topics: ['drogförebyggande arbete i skolan', 'narkotikapolitik i EU'],
  },
  {
    organisation: 'swereg',
    name: 'Swereg, nätverksmöte i Bryssel',
    person: 'kristina-ohlsson',
    rate: 0.6,
    places: ['Bryssel'],
    topics: ['svenska regioners intressebevakning', 'EU:s budgetöversyn'],
  },
  {
    organisation: 'environmental-platform-for-regional-offices',
    name: 'EPRO, miljöplattformen för regionkontor',
    person: 'kristina-ohlsson',
    rate: 0.4,
    places: ['Bryssel'],
    topics: ['kommissionens miljöpolitiska förslag'],
  },
  {
    organisation: 'palmerston-group',
    name: 'Palmerston Group',
    person: 'ola-nord',
    rate: 0.3,
    places: ['Bryssel'],
    topics: ['storstädernas intressebevakning'],
  },
  {
    organisation: 'cities-for-cohesion',
    name: 'Cities for Cohesion',
    person: 'ola-nord',
    rate: 0.4,
    places: ['Bryssel'],
    topics: ['städerna i sammanhållningspolitiken'],
  },
];

/** Meetings with partner cities: who goes, and about what. */
export interface CityMeetingSource {
  city: string;
  people: readonly string[];
  topics: readonly string[];
  /** Expected meetings per year at scale 1. */
  rate: number;
}

export const CITY_MEETINGS: readonly CityMeetingSource[] = [
  {
    city: 'vasa',
    people: ['eva-klammeus', 'sylvie-munther'],
    topics: ['kulturutbyte', 'idrottsutbyte för unga'],
    rate: 0.5,
  },
  {
    city: 'tallinn',
    people: ['stefan-mansson', 'birgitta-johansson'],
    topics: ['näringslivsutbyte', 'skolsamarbete'],
    rate: 0.7,
  },
  {
    city: 'florens',
    people: ['eva-klammeus', 'stefan-mansson'],
    topics: ['design och kulturnäringar'],
    rate: 0.4,
  },
  {
    city: 'varna',
    people: ['birgitta-johansson', 'sylvie-munther'],
    topics: ['ungdomsutbyte', 'Bulgariens första år i EU'],
    rate: 0.5,
  },
  {
    city: 'szczecin',
    people: ['eva-dalman', 'stefan-mansson'],
    topics: ['hamnstadsutveckling', 'färjeförbindelser och logistik'],
    rate: 0.4,
  },
  {
    city: 'lubeck',
    people: ['ola-nord', 'lotta-hauksson'],
    topics: ['Fehmarn Bält-förbindelsen', 'miljösamarbete'],
    rate: 0.4,
  },
  {
    city: 'kiel',
    people: ['ola-nord', 'lotta-hauksson'],
    topics: ['Östersjösamarbete', 'klimatanpassning av hamnområden'],
    rate: 0.4,
  },
  {
    city: 'kaliningrad',
    people: ['monica-claeson', 'helene-persson'],
    topics: ['socialt arbete med unga', 'kommunal förvaltning'],
    rate: 0.5,
  },
  {
    city: 'provincia-di-chieti',
    people: ['lotta-hauksson', 'thure-johansson'],
    topics: ['avfallshantering', 'vattenförsörjning'],
    rate: 0.4,
  },
  {
    city: 'newcastle',
    people: ['eva-klammeus', 'stefan-mansson', 'anders-eriksson'],
    topics: ['kultur, fritid och turism', 'sysselsättning och utbildning', 'närdemokrati'],
    rate: 0.6,
  },
];

/**
 * Cities without activity: far away (Tangshan, Port Adelaide) or, for Stralsund, contacts that
 * ran out after the strategy's first spring. They show the R3 duty overdue.
 */
export const QUIET_CITIES: readonly string[] = ['tangshan', 'port-adelaide'];
export const FADING_CITY = 'stralsund';

export const REPORT_SUMMARIES: readonly string[] = [
  'Mötet behandlade {topic}. Malmö presenterade sina erfarenheter och fick flera kontakter för fortsatt utbyte.',
  'Diskussionen handlade om {topic}. Flera städer efterfrågade Malmös arbetssätt; materialet sprids i EU-nätverket.',
  'Genomgång av {topic} och av arbetsplanen för kommande år. Malmö åtog sig att bidra med ett exempel.',
  'Fokus låg på {topic}. Kommissionens representant redogjorde för kommande förslag som berör städerna.',
  'Erfarenhetsutbyte om {topic}. Intressanta exempel från andra städer som förvaltningen tar med sig i sitt arbete.',
];

export const CITY_REPORT_SUMMARIES: readonly string[] = [
  'Samtalen gällde {topic}. Båda städerna vill fortsätta utbytet och pröva ett gemensamt projekt.',
  'Genomgång av samarbetet om {topic}; en kontaktperson utsågs på vardera sidan.',
  'Studiebesök med fokus på {topic}. Delegationen fick se flera exempel som är intressanta för Malmö.',
];

export const CITY_FOLLOW_UPS: readonly string[] = [
  'Ta fram ett förslag till gemensam aktivitet under nästa år.',
  'Informera stadskontoret om läget i samarbetet inför styrgruppens möte.',
  'Undersöka om samarbetet kan utvecklas till en projektansökan.',
];

export const FOLLOW_UPS: readonly string[] = [
  'Sprida rapporten i Malmö stads EU-nätverk.',
  'Undersöka möjligheten till en gemensam projektansökan.',
  'Ta upp frågan i styrgruppen för internationellt arbete.',
  'Skicka Malmös synpunkter på samrådet till sekretariatet.',
  'Bjuda in värdstaden till studiebesök i Malmö.',
];

/** Profiling arenas (R10): the units that go, why, and what it costs at scale 1. */
export interface SeriesProfile {
  series: string;
  /** Units that usually take part, most likely first. */
  units: readonly string[];
  /** Participations per edition at scale 1. */
  base: number;
  delegates: readonly [number, number];
  cost: readonly [number, number];
  contacts: readonly [number, number];
  orientations: readonly Orientation[];
  priorityAreas: readonly PriorityArea[];
  themes: readonly Theme[];
  purposes: readonly string[];
  outcomes: readonly string[];
}

export const SERIES_PROFILES: readonly SeriesProfile[] = [
  {
    series: 'mipim',
    units: [
      'naringslivskontoret',
      'stadsbyggnadskontoret',
      'fastighetskontoret',
      'kommunikation-utveckling',
      'kommunstyrelsen',
    ],
    base: 3,
    delegates: [2, 8],
    cost: [120_000, 450_000],
    contacts: [15, 60],
    orientations: ['profiling'],
    priorityAreas: ['growth'],
    themes: ['business_growth', 'urban_development'],
    purposes: [
      'Marknadsföra Hyllie och Västra hamnen för internationella investerare i Öresundspaviljongen.',
      'Presentera Malmös utbyggnadsområden och Citytunneln för fastighetsutvecklare.',
      'Möten med investerare inför markanvisningar i Hyllie.',
    ],
    outcomes: [
      'Ett trettiotal investerarkontakter; två fastighetsutvecklare har bokat studiebesök i Hyllie.',
      'Malmö nämndes i fackpressen; uppföljningsmöten bokade med tre internationella investerare.',
      'Gemensam monter med Köpenhamn gav stort besöksflöde men få konkreta affärer.',
    ],
  },
  {
    series: 'green-week',
    units: [
      'miljoforvaltningen',
      'va-verket',
      'gatukontoret',
      'stadsbyggnadskontoret',
      'serviceforvaltningen',
    ],
    base: 2,
    delegates: [1, 4],
    cost: [15_000, 60_000],
    contacts: [5, 25],
    orientations: ['profiling', 'strategic_influence'],
    priorityAreas: ['growth', 'housing'],
    themes: ['environment', 'climate_energy'],
    purposes: [
      'Presentera Ekostaden Augustenborg och Västra hamnen i ett seminarium om hållbara städer.',
      'Bevaka kommissionens klimat- och vattenpolitik och knyta kontakter för Life-ansökningar.',
    ],
    outcomes: [
      'Malmös seminarium var fullsatt; kontakter med två städer inför en gemensam Life-ansökan.',
      'Bra inblick i kommissionens kommande förslag; rapport till miljönämnden.',
    ],
  },
  {
    series: 'open-days',
    units: [
      'stadskontoret',
      'kommunikation-utveckling',
      'stadsbyggnadskontoret',
      'malmo-stadsbibliotek-europa-direkt',
      'sdf-fosie',
      'sdf-rosengard',
      'naringslivskontoret',
    ],
    base: 4,
    delegates: [1, 5],
    cost: [10_000, 50_000],
    contacts: [5, 30],
    orientations: ['strategic_influence', 'profiling'],
    priorityAreas: ['growth', 'work'],
    themes: ['urban_development', 'democracy_governance'],
    purposes: [
      'Delta i Öresundsregionens seminarium om sammanhållningspolitiken och städernas roll.',
      'Leta partner till kommande ansökningar inom strukturfonderna.',
      'Presentera Malmös arbete med integration och sysselsättning i en workshop.',
    ],
    outcomes: [
      'Nya kontakter med regioner i Tyskland och Polen; underlag till partnersökningar.',
      'God uppslutning på Malmös workshop; kommissionen citerade exemplet i sin rapport.',
      'Nyttig omvärldsbevakning inför den nya programperioden.',
    ],
  },
  {
    series: 'employment-week',
    units: [
      'stadskontoret',
      'utbildningsforvaltningen',
      'sdf-rosengard',
      'sdf-fosie',
      'arbetsgivarpolitiska-avdelningen',
    ],
    base: 2,
    delegates: [1, 3],
    cost: [12_000, 40_000],
    contacts: [3, 15],
    orientations: ['strategic_influence', 'operational_development'],
    priorityAreas: ['work', 'education'],
    themes: ['employment', 'integration'],
    purposes: [
      'Bevaka EU:s sysselsättningsstrategi och socialfondens nya inriktning.',
      'Presentera Malmös arbete med unga utanför arbetsmarknaden.',
    ],
    outcomes: [
      'Underlag till stadens arbetsmarknadsplan; kontakter med två Equal-partnerskap.',
      'Malmös exempel togs med i konferensens slutsatser.',
    ],
  },
  {
    series: 'eurocities-agm',
    units: ['kommunstyrelsen', 'stadskontoret', 'kommunikation-utveckling', 'kulturforvaltningen'],
    base: 2,
    delegates: [2, 6],
    cost: [30_000, 120_000],
    contacts: [5, 20],
    orientations: ['strategic_influence', 'profiling'],
    priorityAreas: ['growth', 'work'],
    themes: ['democracy_governance', 'urban_development'],
    purposes: [
      'Företräda Malmö vid årsmötet och i valet av Eurocities styrelse.',
      'Delta i konferensens tema och knyta kontakter med borgmästare i andra storstäder.',
    ],
    outcomes: [
      'Malmö röstade i styrelsevalet; kontakter med Lyon och Leipzig om stadsutveckling.',
      'Politikerna fick inblick i andra städers arbete med klimat och integration.',
    ],
  },
];

/** Where the Eurocities AGM is held (demo rotation). */
export const AGM_CITIES: readonly string[] = [
  'Lyon',
  'Leipzig',
  'Stavanger',
  'Bilbao',
  'Amsterdam',
  'Genua',
  'Nantes',
  'Stockholm',
  'Wien',
  'Lille',
];

export const FILLER_PURPOSE =
  'Omvärldsbevakning och nätverkande inom förvaltningens område; underlag till verksamhetsplanen.';

/** R9: EU acts the units watch; status changes by date. */
export interface LegislationTemplate {
  title: string;
  reference: string;
  owner: string;
  affected: readonly string[];
  priorityAreas: readonly PriorityArea[];
  themes: readonly Theme[];
  timeline: readonly (readonly [string, LegislationStatus])[];
  analysis: string;
}

export const LEGISLATION: readonly LegislationTemplate[] = [
  {
    title: 'Tjänstedirektivet',
    reference: '2006/123/EG',
    owner: 'naringslivskontoret',
    affected: ['miljoforvaltningen', 'stadsbyggnadskontoret', 'serviceforvaltningen'],
    priorityAreas: ['growth', 'work'],
    themes: ['business_growth'],
    timeline: [
      ['2004-01-13', 'proposal'],
      ['2006-12-12', 'adopted'],
      ['2006-12-28', 'in_force'],
    ],
    analysis:
      'Direktivet kräver en gemensam kontaktpunkt för företagare och översyn av stadens tillståndsgivning. Genomförandet ska vara klart 28 december 2009.',
  },
  {
    title: 'Ramdirektivet för vatten',
    reference: '2000/60/EG',
    owner: 'va-verket',
    affected: ['miljoforvaltningen', 'gatukontoret', 'stadsbyggnadskontoret'],
    priorityAreas: ['growth', 'housing'],
    themes: ['environment'],
    timeline: [['2000-12-22', 'in_force']],
    analysis:
      'Miljökvalitetsnormerna för vatten påverkar dagvattenhantering och exploatering nära kusten; åtgärdsprogram för Öresund beslutas av vattenmyndigheten.',
  },
  {
    title: 'Statsstödsreglerna: förordningen om stöd av mindre betydelse',
    reference: '(EG) nr 1998/2006',
    owner: 'naringslivskontoret',
    affected: ['fastighetskontoret', 'kulturforvaltningen', 'stadskontoret'],
    priorityAreas: ['growth'],
    themes: ['business_growth'],
    timeline: [
      ['2006-05-01', 'proposal'],
      ['2006-12-15', 'adopted'],
      ['2007-01-01', 'in_force'],
    ],
    analysis:
      'Markanvisningar, hyresrabatter och stöd till evenemang måste prövas mot statsstödsreglerna; högst 200 000 euro under tre år per företag.',
  },
  {
    title: 'Direktivet om offentlig upphandling',
    reference: '2004/18/EG',
    owner: 'serviceforvaltningen',
    affected: ['gatukontoret', 'fastighetskontoret', 'stadskontoret'],
    priorityAreas: ['growth'],
    themes: ['business_growth', 'environment'],
    timeline: [['2004-04-30', 'in_force']],
    analysis:
      'Nya möjligheter att ställa miljökrav och sociala krav i upphandlingar; den svenska lagen ändras 2008.',
  },
  {
    title: 'Förslag till ramdirektiv för markskydd',
    reference: 'KOM(2006) 232',
    owner: 'miljoforvaltningen',
    affected: ['fastighetskontoret', 'stadsbyggnadskontoret'],
    priorityAreas: ['housing', 'growth'],
    themes: ['environment', 'urban_development'],
    timeline: [
      ['2006-09-22', 'proposal'],
      ['2014-05-21', 'withdrawn'],
    ],
    analysis:
      'Förslaget skulle kräva inventering av förorenad mark; berör stadens utbyggnad på gamla industriområden i Västra hamnen och Norra Sorgenfri.',
  },
  {
    title: 'Direktivet om luftkvalitet och renare luft i Europa',
    reference: '2008/50/EG',
    owner: 'miljoforvaltningen',
    affected: ['gatukontoret', 'stadsbyggnadskontoret'],
    priorityAreas: ['housing', 'safety'],
    themes: ['environment', 'transport'],
    timeline: [
      ['2005-09-21', 'proposal'],
      ['2008-05-21', 'adopted'],
      ['2008-06-11', 'in_force'],
    ],
    analysis:
      'Nya gränsvärden för fina partiklar (PM2,5); påverkar trafikplanering och åtgärdsprogrammet för kvävedioxid på Malmös hårdast trafikerade gator.',
  },
  {
    title: 'Bullerdirektivet',
    reference: '2002/49/EG',
    owner: 'miljoforvaltningen',
    affected: ['gatukontoret', 'stadsbyggnadskontoret'],
    priorityAreas: ['housing'],
    themes: ['environment', 'transport'],
    timeline: [['2002-07-18', 'in_force']],
    analysis:
      'Malmö ska ta fram bullerkartor och ett åtgärdsprogram; påverkar planeringen av bostäder nära trafikleder och järnväg.',
  },
];

export const TRAINING_TITLES: Readonly<Record<'project_management' | 'project_finance', string[]>> =
  {
    project_management: [
      'EU-projektledning – grundkurs',
      'Att skriva en framgångsrik EU-ansökan',
      'Partnersökning och projektorganisation i transnationella projekt',
    ],
    project_finance: [
      'Ekonomistyrning och redovisning i EU-projekt',
      'Revision och slutrapportering i strukturfondsprojekt',
      'Medfinansiering och statsstöd i EU-projekt',
    ],
  };

export const TRAINING_PLACES: readonly string[] = [
  'Stadshuset, Malmö',
  'Stadskontoret, August Palms plats 1',
  'Europa Direkt, Malmö stadsbibliotek',
];

/** Memberships (organisation key): yearly fee and staff hours in 2006, score profile 1–5. */
export interface MembershipProfile {
  organisation: string;
  fee: number;
  hours: number;
  /** Typical scores: exchange quality, influence, participation, information use. */
  scores: readonly [number, number, number, number];
  comments: readonly string[];
}

export const MEMBERSHIP_PROFILES: readonly MembershipProfile[] = [
  {
    organisation: 'european-cities-against-drugs',
    fee: 20_000,
    hours: 60,
    scores: [2, 2, 2, 2],
    comments: [
      'Låg aktivitet från Malmös sida; nyttan bör prövas mot kostnaden inför nästa år.',
      'Konferenserna är politiskt inriktade och ger lite för det praktiska arbetet.',
    ],
  },
  {
    organisation: 'eurocities',
    fee: 160_000,
    hours: 900,
    scores: [5, 4, 4, 4],
    comments: [
      'Malmö är aktivt i tolv forum och arbetsgrupper; bästa kanalen för påverkan på EU-nivå.',
      'Stort utbyte men återrapporteringen från forumen behöver bli jämnare.',
    ],
  },
  {
    organisation: 'union-of-baltic-cities',
    fee: 45_000,
    hours: 300,
    scores: [4, 3, 3, 3],
    comments: [
      'Kommissionerna ger bra erfarenhetsutbyte, särskilt miljökommissionen.',
      'Malmös deltagande varierar mellan kommissionerna.',
    ],
  },
  {
    organisation: 'international-council-for-local-environmental-initiatives',
    fee: 30_000,
    hours: 120,
    scores: [4, 3, 3, 3],
    comments: ['Bra stöd i klimatarbetet; informationen används i miljöprogrammet.'],
  },
  {
    organisation: 'baltic-metropolises',
    fee: 100_000,
    hours: 250,
    scores: [3, 3, 4, 3],
    comments: [
      'Gemensam marknadsföring av Östersjömetropolerna ger synlighet men svårmätt nytta.',
      'Styrgruppen bör pröva om samarbetet kan inriktas mer på innovation.',
    ],
  },
  {
    organisation: 'energie-cites',
    fee: 25_000,
    hours: 80,
    scores: [3, 2, 2, 3],
    comments: ['Nyttigt för energiplaneringen men Malmö deltar sällan i möten.'],
  },
  {
    organisation: 'healthy-cities',
    fee: 50_000,
    hours: 200,
    scores: [4, 2, 3, 4],
    comments: ['Ger struktur åt folkhälsoarbetet i stadsdelarna.'],
  },
  {
    organisation: 'baltic-development-forum',
    fee: 60_000,
    hours: 150,
    scores: [3, 4, 3, 3],
    comments: [
      'Toppmötet ger kontakter med näringsliv och beslutsfattare i hela Östersjöregionen.',
    ],
  },
];

/** People at Stadskontoret who assess memberships (R8). */
export const ASSESSORS: readonly string[] = [
  'kristina-ohlsson',
  'ola-nord',
  'helene-persson',
  'anders-eriksson',
];

/** Which memberships a unit's plan names as a priority (fallback: Eurocities, UBC). */
export const UNIT_MEMBERSHIPS: Readonly<Record<string, readonly string[]>> = {
  miljoforvaltningen: [
    'international-council-for-local-environmental-initiatives',
    'energie-cites',
    'union-of-baltic-cities',
  ],
  'va-verket': ['union-of-baltic-cities'],
  stadskontoret: ['eurocities', 'baltic-metropolises', 'baltic-development-forum'],
  'sdf-centrum': ['healthy-cities'],
  'sdf-kirseberg': ['european-cities-against-drugs', 'eurocities'],
  'sdf-rosengard': ['eurocities', 'union-of-baltic-cities'],
  stadsbyggnadskontoret: ['eurocities', 'baltic-metropolises'],
  kulturforvaltningen: ['eurocities', 'union-of-baltic-cities'],
  utbildningsforvaltningen: ['eurocities', 'union-of-baltic-cities'],
  serviceforvaltningen: ['international-council-for-local-environmental-initiatives'],
};

/** Demo people (R7 seats need a holder who left and one about to leave). */
export interface DemoPerson {
  key: string;
  name: string;
  unit: string;
  /** Days after asOf the person leaves (negative: has left); null: stays. */
  leavesInDays: number | null;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    key: 'demo-johan-bergqvist',
    name: 'Johan Bergqvist',
    unit: 'stadskontoret',
    leavesInDays: -75,
  },
  {
    key: 'demo-maria-lindgren',
    name: 'Maria Lindgren',
    unit: 'kulturforvaltningen',
    leavesInDays: 50,
  },
  {
    key: 'demo-erik-sandberg',
    name: 'Erik Sandberg',
    unit: 'naringslivskontoret',
    leavesInDays: null,
  },
  { key: 'demo-sara-holm', name: 'Sara Holm', unit: 'miljoforvaltningen', leavesInDays: null },
  { key: 'demo-lars-nystrom', name: 'Lars Nyström', unit: 'gatukontoret', leavesInDays: null },
  { key: 'demo-fatima-hassan', name: 'Fatima Hassan', unit: 'sdf-rosengard', leavesInDays: null },
];

export const SECONDMENT_NOTES = {
  externalOrganisation: 'Malmö högskola',
  externalTerms:
    'Högskolan står själv för resa och logi och lånar skrivplatsen i två veckor; i gengäld delar den sin rapport om forskningsprogrammen med stadskontoret.',
} as const;

export const SUPPORT_NOTES: Readonly<Record<string, readonly string[]>> = {
  background_material: [
    'Underlag om programmets prioriteringar och tidigare beviljade projekt.',
    'Statistik om Malmö till ansökans behovsbeskrivning.',
  ],
  partner_search: [
    'Partnersökning via Eurocities och UBC efter städer med liknande erfarenheter.',
    'Söker en partner i Baltikum; förfrågan skickad via Brysselkontoret.',
  ],
  application_review: [
    'Genomläsning av ansökan och budget innan den skickas in.',
    'Kontroll av medfinansieringsintyg och budgetbilaga.',
  ],
  advice: [
    'Rådgivning om redovisning och revision i det pågående projektet.',
    'Stöd inför kommissionens uppföljningsbesök.',
  ],
};

export const WAIVER_BY = 'Kristina Ohlsson, Stadskontoret';

export const WAIVER_REASONS = {
  meeting:
    'Mötet var ett informellt samråd utan dagordning; samordnaren på stadskontoret deltog själv och har redan informerat styrgruppen.',
  plan: 'Stadsrevisionen granskar nämndernas internationella arbete och redovisar sina prioriteringar i revisionsplanen i stället för i en verksamhetsplan.',
  secondment:
    'Utstationeringen avbröts efter fyra dagar på grund av sjukdom; ingen rapport begärs.',
} as const;
