import type { Locale } from './locales.ts';
import { LANGUAGE_CUES } from './question-cues.ts';

// The language a question is written in, when it says so plainly: Chinese by its script, French
// and Spanish by their function words and letters. Deterministic and cheap; a mixed or
// ambiguous line (names only, "UPR 45?") gives no answer, and the platform's language decides.

const HAN = /\p{Script=Han}/u;

/** Letters only one of the two languages writes. */
const SPANISH_MARKS = /[¿¡ñáíóú]/;
const FRENCH_MARKS = /[çèêëàâùûîïôœ]/;

// Words that say what is asked (strong) and the small words around them (weak), accents folded
// away ("où" is "ou"). A language needs one strong word and two in all, and more than English has:
// "tell me a joke", "session dates" or "Who is Le Yucheng?" stay English.
const ENGLISH = new Set(
  'the who whom whose when where what which how many much is are was were did does do will would can could of and to in on at for from with about its their it me my you your tell give show head leads led lead review reviewed reviews recommendations received accepted rejected noted side meeting meetings event events next earlier previous organised organized by session dates date time day hello please role roles title position minister conference protest'.split(
    ' ',
  ),
);

const STRONG: Record<'fr' | 'es', ReadonlySet<string>> = {
  fr: new Set(
    'qui quand ou combien quel quelle quels quelles comment pourquoi dirige dirigeait conduit chef adjoint adjointe examen examens examine examinee recommandations recues recu acceptees rejetees notees jour heure examinera epu reunions reunion parallele paralleles manifestation manif organise organisees organisateurs prochain prochaine prochaines etape precedents precedent anterieurs membres composee aura sera lieu deroule tient'.split(
      ' ',
    ),
  ),
  es: new Set(
    'quien quienes cuando donde cuantas cuantos cuanto cual cuales encabeza encabezo dirige dirigio jefe jefa adjunto adjunta examen examenes examinado examinada examina examinan examinara dia hora fecha epu recomendaciones recibio recibidas aceptadas acepto rechazadas rechazo anotadas anoto reuniones reunion paralela paralelas protesta organiza organizo organizadores proximo proxima siguiente paso anteriores anterior miembros delegacion compone celebra empieza termina'.split(
      ' ',
    ),
  ),
};

// Month and day names are the language's own too ("¿Qué hay el 22 de enero?").
for (const word of 'janvier fevrier avril juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi'.split(
  ' ',
))
  (STRONG.fr as Set<string>).add(word);
for (const word of 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miercoles jueves viernes'.split(
  ' ',
))
  (STRONG.es as Set<string>).add(word);

// The words each language asks with (question-cues.ts) say it as plainly as the words above.
for (const lang of ['fr', 'es'] as const) {
  const words = Object.values(LANGUAGE_CUES[lang]).flatMap((phrases) => phrases.flatMap((p) => p.split(' ')));
  for (const word of words)
    if (word.length >= 4 && !ENGLISH.has(word)) (STRONG[lang] as Set<string>).add(word);
}

const WEAK: Record<'fr' | 'es', ReadonlySet<string>> = {
  // "délégation" / "delegación": a word both ask with ("dirige") is told apart by its noun.
  fr: new Set(
    'est ce que qu le la les de du des au aux et sont ont a t il elle cette l d c delegation'.split(' '),
  ),
  es: new Set('que el los las del al y es son fue fueron ha han hay esta se la de en delegacion'.split(' ')),
};

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** zh, fr or es when the question is plainly written in it; undefined for English or unclear. */
export function questionLanguage(text: string): Locale | undefined {
  if (HAN.test(text)) return 'zh';
  const lower = text.normalize('NFKC').toLowerCase();
  const words = [
    ...new Set(
      lower
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .map(fold),
    ),
  ];
  // A name's letters say nothing of the question's language ("What's Aïssata Tall Sall's role?"):
  // accents count only in words written in lower case, or in the first word of the line.
  const unnamed = text
    .normalize('NFKC')
    .split(/[^\p{L}]+/u)
    .filter((word, i) => i === 0 || !/^\p{Lu}/u.test(word))
    .join(' ')
    .toLowerCase();
  const english = words.filter((w) => ENGLISH.has(w)).length;
  const scores = (['fr', 'es'] as const).map((lang) => {
    // "¿…?", "¡…!": only Spanish opens a question or an exclamation so.
    const opening = lang === 'es' && /[¿¡]/.test(text) ? 1 : 0;
    const strong = words.filter((w) => STRONG[lang].has(w)).length + opening;
    const weak = words.filter((w) => WEAK[lang].has(w)).length;
    const marks = (lang === 'es' ? SPANISH_MARKS : FRENCH_MARKS).test(unnamed) ? 1 : 0;
    return { lang, strong, total: strong + weak + marks };
  });
  const [fr, es] = scores as [(typeof scores)[0], (typeof scores)[0]];
  const best = fr.total > es.total ? fr : es.total > fr.total ? es : undefined;
  // Many small words and no English one say the language without an asking word ("Est-ce que
  // tout ce que disent les États … ?").
  const plain = best !== undefined && best.strong === 0 && best.total >= 4 && english === 0;
  if (!best || (best.strong < 1 && !plain) || best.total < 2 || best.total <= english) return undefined;
  return best.lang;
}
