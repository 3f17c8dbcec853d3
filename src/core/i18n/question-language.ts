import type { Locale } from './locales.ts';

// The language a question is written in, when it says so plainly: Chinese by its script, French
// and Spanish by their function words and letters. Deterministic and cheap; a mixed or
// ambiguous line (names only, "UPR 45?") gives no answer, and the platform's language decides.

const HAN = /\p{Script=Han}/u;

/** Letters only one of the two languages writes. */
const SPANISH_MARKS = /[¿¡ñáíóú]/;
const FRENCH_MARKS = /[çèêëàâùûîïôœ]/;

// Words common in questions and rare in the other languages (accents folded away, so "où" is "ou").
const WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'the who whom whose when where what which how many much is are was were did does do will of and to in on at its their head leads led delegation review reviewed recommendations received accepted rejected noted side meetings next earlier previous organised organized by'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'qui quand ou combien quel quelle quels quelles est ce que qu comment pourquoi le la les du des au aux et sont ont a t il elle lieu dirige chef adjoint adjointe examen examens recommandations recues recu acceptees rejetees notees reunions reunion parallele paralleles manifestation organise organisees organisateurs prochain prochaine prochaines etape precedents precedent anterieurs membres delegation composee quelles sera aura cette session debut fin l d c j n s'.split(
      ' ',
    ),
  ),
  es: new Set(
    'quien quienes cuando donde cuantas cuantos cuanto que cual cuales como el los las del al y es son fue fueron ha han hay encabeza encabezo dirige dirigio jefe jefa adjunto adjunta examen examenes recomendaciones recibio recibidas aceptadas acepto rechazadas rechazo anotadas reuniones reunion paralela paralelas protesta organiza organizo organizadores proximo proxima siguiente paso anteriores anterior miembros delegacion compone esta sesion inicio empieza termina'.split(
      ' ',
    ),
  ),
};

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** zh, fr or es when the question is plainly written in it; undefined for English or unclear. */
export function questionLanguage(text: string): Locale | undefined {
  if (HAN.test(text)) return 'zh';
  const lower = text.normalize('NFKC').toLowerCase();
  const words = lower
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map(fold);
  const score = { en: 0, fr: 0, es: 0 };
  for (const word of words)
    for (const lang of ['en', 'fr', 'es'] as const) if (WORDS[lang].has(word)) score[lang]++;
  if (SPANISH_MARKS.test(lower)) score.es += 2;
  if (FRENCH_MARKS.test(lower)) score.fr += 2;
  const best = score.fr > score.es ? 'fr' : score.es > score.fr ? 'es' : undefined;
  if (!best || score[best] <= score.en) return undefined;
  return best;
}
