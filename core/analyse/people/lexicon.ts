/**
 * Word lists for telling names from roles and from ordinary capitalised words.
 * Kept apart from the code so they can grow without touching logic.
 */
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS, wordSet, without } from '../text/function-words.js';

/** Words that make a capitalised phrase a title or role rather than part of a name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'general', 'chancellor', 'king',
  'queen', 'prince', 'princess', 'pope', 'sen.', 'senator', 'rep.', 'representative', 'congressman',
  'congresswoman', 'gov.', 'governor', 'mayor', 'lt.', 'gen.', 'col.', 'capt.', 'adm.', 'sgt.', 'maj.', 'cmdr.',
  'admiral', 'colonel', 'captain', 'major', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair',
  'speaker', 'leader', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'attorney', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'state', 'press',
  'officer', 'commissioner', 'sheriff', 'detective', 'inspector', 'dr.', 'prof.', 'prof', 'professor', 'rev.', 'reverend',
  'bishop', 'cardinal', 'archbishop', 'sheikh', 'emir', 'ayatollah', 'president-elect', 'candidate', 'nominee',
  'former', 'acting', 'interim', 'first', 'lady', 'head', 'executive', 'ceo', 'chairperson', 'councillor',
  'councilman', 'councilwoman', 'mr.', 'mrs.', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'hon.', 'gen', 'sen',
  'rep', 'gov', 'dr', 'mr', 'mrs', 'ms', 'sens.', 'sens', 'reps.', 'reps', 'senators', 'representatives',
  'economist', 'adviser', 'advisor', 'analyst', 'lawmaker', 'official',
  'police', 'army', 'military', 'national', 'security', 'intelligence', 'democratic', 'republican', 'senior',
  'top', 'u.s.', 'us', 'u.n.', 'eu', 'nato', 'democrat', 'republican', 'independent', 'gop', 'del.', 'host',
  'anchor', 'correspondent', 'reporter', 'editor', 'columnist', 'founder', 'co-founder', 'owner', 'manager',
  'strategist', 'pollster', 'coach', 'candidate', 'activist', 'lawyer', 'attorney', 'counsel', 'aide',
  'majority', 'minority', 'whip', 'treasurer', 'auditor', 'comptroller', 'surgeon', 'staff', 'fellow',
  'nominee', 'presidential', 'vice-president', 'governor-elect', 'mayor-elect', 'delegate', 'widow', 'mother',
  'father', 'wife', 'husband', 'son', 'daughter', 'sister', 'brother', 'producer', 'presenter', 'coordinator',
  'curator', 'organiser', 'organizer',
]);

/** Title words that only qualify another ("former", "acting"): a role needs more than these. */
export const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'senior', 'top', 'first', 'national', 'state', 'security', 'deputy', 'vice', 'foreign', 'health', 'finance', 'interior', 'defence', 'defense', 'press', 'democratic', 'republican', 'democrat', 'independent', 'u.s.', 'us', 'majority', 'minority', 'presidential', 'executive', 'head', 'chief', 'military', 'police', 'intelligence', 'army']);

/** Honorifics that stand before a surname and say nothing about the role. */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'sir', 'dame']);

/** Honorifics that say which pronoun refers to the person. */
export const MALE_HONORIFICS = new Set(['mr.', 'mr', 'sir', 'lord', 'king', 'prince']);
export const FEMALE_HONORIFICS = new Set(['mrs.', 'ms.', 'miss', 'mrs', 'ms', 'dame', 'queen', 'princess', 'lady']);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'force', 'forces', 'army', 'navy', 'council', 'ministry', 'department', 'party', 'committee', 'agency',
  'commission', 'union', 'court', 'bank', 'fund', 'news', 'post', 'times', 'journal', 'university', 'institute',
  'service', 'services', 'police', 'senate', 'congress', 'parliament', 'government', 'office', 'association',
  'organization', 'organisation', 'corporation', 'corp', 'inc', 'inc.', 'ltd', 'group', 'campaign', 'foundation',
  'administration', 'house', 'guard', 'command', 'coalition', 'alliance', 'centre', 'center', 'school', 'college',
  'company', 'network', 'tribune', 'herald', 'press', 'media', 'magazine', 'review', 'channel', 'radio', 'board',
  'authority', 'bureau', 'caucus', 'cabinet', 'federation', 'league', 'movement', 'front', 'brigade', 'staff',
  'club', 'society', 'church', 'hospital', 'airlines', 'exchange', 'reserve', 'assembly', 'secretariat',
  // Newspaper titles: "The Charlotte Observer found …" names a paper, not a person.
  'telegraph', 'observer', 'gazette', 'chronicle', 'inquirer', 'examiner', 'courier', 'dispatch', 'sentinel',
  'forum', 'institution', 'trust', 'tribunal', 'directorate', 'legislature', 'corps', 'academy', 'museum', 'library',
]);

/** Lower-case words after a capitalised phrase that make it a place. */
export const PLACE_HEADS = new Set([
  'district', 'region', 'province', 'oblast', 'city', 'county', 'state', 'village', 'town', 'square', 'street',
  'avenue', 'peninsula', 'island', 'islands', 'valley', 'river', 'sea', 'mountains', 'neighborhood',
  'neighbourhood', 'area', 'border', 'port', 'airport',
]);

/** Capitalised words that start sentences or headlines but never start a name. */
export const NON_NAME_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'as', 'and',
  'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although',
  'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'there', 'here', 'what', 'who', 'whom',
  'which', 'where', 'why', 'how', 'whether', 'all', 'some', 'many', 'most', 'more', 'few', 'both', 'each', 'every',
  'no', 'not', 'yes', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'last', 'next',
  'other', 'another', 'such', 'than', 'just', 'only', 'even', 'over', 'under', 'about', 'into', 'through',
  'during', 'without', 'within', 'among', 'against', 'despite', 'until', 'unless', 'once', 'do', 'does', 'did',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'let', 'please', 'thank', 'thanks', 'well', 'oh', 'ok', 'okay', 'mr', 'according', 'read',
  'background', 'conclusion', 'update', 'analysis', 'opinion', 'editorial', 'breaking', 'related', 'photo', 'video',
  ...WEEKDAYS, ...MONTHS, 'today', 'yesterday', 'tomorrow', 'tonight', 'sources', 'officials', 'asked', 'pressed',
  'speaking', 'like', 'unlike', 'with',
]);

/** Days and months: capitalised, but dates rather than names. Not "May": far more often the verb, or a given name. */
export const CALENDAR_WORDS: ReadonlySet<string> = wordSet(WEEKDAYS, without(MONTHS, 'may'), [...MONTH_ABBREVIATIONS].map((m) => `${m}.`));

/** Words that join parts of one name ("Charles de Gaulle", "Ban Ki-moon", "Osama bin Laden"). */
export const NAME_JOINERS = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'of']);

export const PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'first' | 'neuter'> = {
  he: 'male', him: 'male', she: 'female', her: 'female', they: 'plural', we: 'first', i: 'first', it: 'neuter',
};

/** Common given names, for pronoun agreement when the sources give no other clue. */
export const FEMALE_GIVEN_NAMES = new Set([
  'hillary', 'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen',
  'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'laura', 'sharon', 'cynthia', 'kathleen', 'amy',
  'angela', 'anna', 'ann', 'anne', 'maria', 'julia', 'julie', 'olena', 'olga', 'natalia', 'tatiana', 'irina',
  'svetlana', 'yulia', 'ursula', 'angela', 'theresa', 'kamala', 'nikki', 'sonia', 'claire', 'loretta', 'ivanka',
  'melania', 'chelsea', 'elena', 'kristalina', 'kaja', 'giorgia', 'marine', 'christine', 'catherine', 'helen',
  'victoria', 'diana', 'rachel', 'hannah', 'samantha', 'nicole', 'heather', 'tina', 'gwen', 'stacey', 'debbie',
  'melanie', 'ruth', 'emma', 'olivia', 'sophia', 'isabella', 'charlotte', 'amelia', 'grace', 'lucy', 'alice', 'jane',
  'joan', 'judith', 'judy', 'janet', 'kate', 'katherine', 'kathryn', 'katie', 'louise', 'lauren', 'megan', 'natalie',
  'rose', 'sophie', 'teresa', 'valerie', 'vanessa', 'wendy', 'caroline', 'carolyn', 'christina', 'clare', 'debra',
  'denise', 'diane', 'dorothy', 'eleanor', 'eva', 'eve', 'frances', 'gillian', 'gloria', 'harriet', 'hazel', 'irene',
  'jacqueline', 'jackie', 'janice', 'joanna', 'joanne', 'josephine', 'joyce', 'karin', 'katrina', 'lena', 'lesley',
  'lily', 'lorraine', 'marie', 'marilyn', 'martha', 'maureen', 'monica', 'nadia', 'naomi', 'nina', 'pamela', 'paula',
  'pauline', 'penelope', 'penny', 'rita', 'sally', 'sheila', 'shirley', 'silvia', 'sylvia', 'tanya', 'tracy', 'vera',
  'veronica', 'virginia', 'yvonne', 'zoe', 'beatrice', 'brenda', 'bridget', 'carla', 'carmen', 'cheryl', 'claudia',
  'elaine', 'ellen', 'erin', 'esther', 'fiona', 'gabriela', 'gabrielle', 'heidi', 'ingrid', 'isabel', 'jenny', 'jill',
  'kirsten', 'leah', 'lucia', 'madeleine', 'marina', 'maya', 'mia', 'miriam', 'molly', 'nora', 'petra', 'rosa',
  'rosemary', 'sara', 'serena', 'simone', 'stella', 'sue', 'tamara', 'ulrike', 'yasmin', 'fatima', 'aisha', 'leila',
  'mariam', 'agnes', 'alexandra', 'beth', 'cecilia', 'colleen', 'doris', 'edith', 'evelyn', 'florence', 'helena',
  'hilary', 'jeanne', 'juliet', 'kathy', 'liz', 'margot', 'nicola', 'oksana', 'phoebe', 'sonya', 'tessa', 'vicky',
]);
export const MALE_GIVEN_NAMES = new Set([
  'donald', 'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
  'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'paul', 'steven', 'steve', 'andrew', 'kenneth', 'joshua',
  'kevin', 'brian', 'george', 'edward', 'ronald', 'timothy', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary',
  'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'frank',
  'gregory', 'raymond', 'alexander', 'patrick', 'jack', 'dennis', 'jerry', 'tim', 'bill', 'joe', 'mike', 'tom',
  'vladimir', 'volodymyr', 'sergei', 'sergey', 'dmitry', 'mikhail', 'andriy', 'andrii', 'oleksandr', 'emmanuel',
  'olaf', 'boris', 'keir', 'rishi', 'xi', 'recep', 'benjamin', 'barack', 'bernie', 'ted', 'mitt', 'mitch', 'chris',
  'jim', 'bob', 'bobby', 'adam', 'mike', 'rudy', 'rudolph', 'newt', 'marco', 'jeb', 'ben', 'harry', 'lindsey',
  'henry', 'howard', 'ed', 'don', 'dan', 'peter', 'pete', 'hans', 'jens', 'antonio', 'ali', 'mohammed', 'ahmed',
  'liam', 'noah', 'oliver', 'ethan', 'lucas', 'owen', 'luke', 'nathan', 'aaron', 'adrian', 'alan', 'albert', 'alfred',
  'alistair', 'andy', 'arthur', 'barry', 'bernard', 'bruce', 'carl', 'carlos', 'clive', 'colin', 'craig', 'derek',
  'douglas', 'duncan', 'edwin', 'eugene', 'fred', 'frederick', 'gavin', 'geoffrey', 'gerald', 'gerry', 'gordon',
  'graham', 'hugh', 'ian', 'jeremy', 'jimmy', 'johnny', 'jon', 'jorge', 'juan', 'keith', 'ken', 'kurt', 'lawrence',
  'leonard', 'leo', 'lewis', 'louis', 'malcolm', 'martin', 'matt', 'neil', 'nigel', 'norman', 'oscar', 'philip',
  'phil', 'ralph', 'roger', 'russell', 'sean', 'shaun', 'simon', 'stanley', 'stuart', 'tony', 'trevor', 'vincent',
  'walter', 'wayne', 'ahmad', 'hassan', 'hussein', 'ibrahim', 'khalid', 'mahmoud', 'muhammad', 'omar', 'yusuf',
  'pierre', 'françois', 'jacques', 'nicolas', 'manuel', 'josé', 'jose', 'luis', 'miguel', 'pedro', 'pablo', 'diego',
  'fernando', 'giuseppe', 'giovanni', 'matteo', 'luca', 'stefan', 'klaus', 'jürgen', 'wolfgang', 'helmut', 'karl',
  'ivan', 'igor', 'alexei', 'alexey', 'yuri', 'viktor', 'oleg', 'andrei', 'nikolai', 'pavel', 'piotr', 'tomasz',
  'mehmet', 'hiroshi', 'rahul', 'narendra', 'gerhard', 'kofi',
]);
