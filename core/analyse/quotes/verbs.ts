/** Verbs that report speech or writing, in the forms news text uses them. */

const BASES = [
  'say', 'tell', 'add', 'write', 'post', 'tweet', 'warn', 'respond', 'counter', 'insist', 'argue', 'explain',
  'continue', 'note', 'state', 'declare', 'ask', 'reply', 'answer', 'remark', 'claim', 'acknowledge', 'admit',
  'announce', 'observe', 'recall', 'suggest', 'stress', 'emphasize', 'emphasise', 'caution', 'complain',
  'concede', 'confirm', 'predict', 'promise', 'vow', 'urge', 'joke', 'quip', 'shout', 'yell', 'chant',
  'whisper', 'lament', 'muse', 'boast', 'charge', 'conclude', 'contend', 'maintain', 'agree', 'blast', 'slam',
  'report', 'testify', 'exclaim', 'recount', 'describe', 'read', 'assert', 'allege', 'comment', 'mention',
  'tout', 'retort', 'scoff', 'sigh', 'plead', 'pledge', 'demand', 'reiterate', 'elaborate', 'interject',
  'interrupt', 'deny', 'wonder', 'thunder', 'snap', 'criticize', 'criticise', 'tease', 'scream', 'beg', 'brag',
  'chide', 'grumble', 'murmur', 'mutter', 'opine', 'proclaim', 'protest', 'reassure', 'rebut', 'rejoin',
  'repeat', 'speculate', 'stammer', 'swear', 'gush', 'advise', 'assure', 'concur', 'crow', 'instruct',
  'inform', 'praise', 'preach', 'rage', 'remind', 'reveal', 'underscore', 'underline', 'summarize',
  'summarise', 'chime', 'sing',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'writes', 'written', 'writing'],
  read: ['reads', 'read', 'reading'], sing: ['sings', 'sang', 'sung', 'singing'], swear: ['swore', 'swears'], snap: ['snapped', 'snaps'],
  quip: ['quipped', 'quips'], rebut: ['rebutted', 'rebuts'], beg: ['begged', 'begs'], brag: ['bragged', 'brags'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return IRREGULAR[base]!;
  const forms = [base + 's'];
  if (base.endsWith('e')) forms.push(base + 'd', base.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ied', base.slice(0, -1) + 'ies', base + 'ing');
  else forms.push(base + 'ed', base + 'ing');
  if (/(sh|ch|ss|x)$/.test(base)) forms.push(base + 'es');
  return forms;
}

/** Every reporting form, lower case, mapped to its base verb. */
export const REPORTING_FORMS = new Map<string, string>();
for (const base of BASES) {
  REPORTING_FORMS.set(base, base);
  for (const f of inflect(base)) REPORTING_FORMS.set(f, base);
}

/** Verbs that almost always introduce speech; the rest need a quotation or "that" beside them. */
export const STRONG_VERBS = new Set([
  'say', 'tell', 'add', 'write', 'post', 'tweet', 'warn', 'respond', 'counter', 'insist', 'argue', 'explain',
  'continue', 'note', 'state', 'declare', 'reply', 'answer', 'remark', 'claim', 'acknowledge', 'admit', 'announce',
  'recall', 'stress', 'emphasize', 'emphasise', 'caution', 'complain', 'concede', 'confirm', 'predict', 'vow',
  'urge', 'joke', 'quip', 'shout', 'yell', 'chant', 'lament', 'boast', 'conclude', 'contend', 'maintain', 'assert',
  'allege', 'retort', 'reiterate', 'testify', 'exclaim', 'tweet', 'ask', 'suggest', 'observe', 'report', 'deny',
  'promise', 'pledge',
]);

/** Verbs of reported speech that carry a claim ("Russia claimed the strikes were ..."). */
export const CLAIM_VERBS = new Set([
  'say', 'claim', 'insist', 'argue', 'allege', 'assert', 'contend', 'maintain', 'deny', 'state', 'announce',
  'report', 'warn', 'suggest', 'confirm', 'acknowledge', 'admit', 'declare', 'tell', 'add', 'note', 'predict',
  'promise', 'vow', 'pledge', 'concede', 'stress', 'emphasize', 'emphasise', 'explain', 'write', 'tweet', 'post',
]);

export function reportingBase(lower: string): string | null {
  return REPORTING_FORMS.get(lower) ?? null;
}
