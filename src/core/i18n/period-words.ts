// The periods of /upr schedule as readers of each language type them: "demain", "明天", "mañana".
// English stays accepted in every language, since the usage line and older habits show it.

export type PeriodWord = 'today' | 'tomorrow' | 'week' | 'session';

const WORDS: Record<PeriodWord, readonly string[]> = {
  today: ['today', 'aujourd’hui', "aujourd'hui", 'aujourdhui', 'hoy', '今天', '今日'],
  tomorrow: ['tomorrow', 'demain', 'mañana', 'manana', '明天', '明日'],
  week: [
    'week',
    'this week',
    'semaine',
    'cette semaine',
    'la semaine',
    'semana',
    'esta semana',
    '本周',
    '这周',
    '这一周',
    '本星期',
  ],
  session: [
    'session',
    'la session',
    'toute la session',
    'sesión',
    'sesion',
    'la sesión',
    'toda la sesión',
    '会期',
    '本届会议',
    '整个会议',
    '整届会议',
  ],
};

const BY_WORD = new Map<string, PeriodWord>(
  Object.entries(WORDS).flatMap(([period, words]) => words.map((w) => [w, period as PeriodWord] as const)),
);

/** The period a typed word names, in any language, or the text unchanged (a date, or a mistake). */
export function periodWord(text: string): string {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return BY_WORD.get(key) ?? key;
}
