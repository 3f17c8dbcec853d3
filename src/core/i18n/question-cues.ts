import type { Cue } from '../answers/question-lexicon.ts';
import type { Locale } from './locales.ts';

// How readers of Chinese, French and Spanish ask, beside the lexicon's common words: the asks
// (deputy, members, what next, earlier reviews, counts, side meetings, organisers, when and
// where) as each language says them in chat, accents optional (questions are folded before
// matching). Subjects (states, people, organisations) are never here: their names in each
// language come from the data set. A question is understood by composing a subject with these asks.

export type LanguageCues = Partial<Record<Cue, readonly string[]>>;

export const LANGUAGE_CUES: Record<Exclude<Locale, 'en'>, LanguageCues> = {
  zh: {
    // "谁担任主席？": an office outside the review (the session's chair).
    officeHolder: ['主席'],
    // "正副团长": the head and the deputy at once.
    // "谁介绍墨西哥的报告": the head of delegation presents the state's report.
    lead: [
      '谁介绍',
      '谁来介绍',
      '谁陈述',
      '谁宣读',
      '正副团长',
      '率领',
      '带头',
      '为首',
      '首席代表',
      '领队',
      '带团',
      '团长是谁',
      '负责',
      '主持',
    ],
    over: ['落幕', '闭幕', '完了', '结束了'],
    frequency: [
      '多久审一次',
      '多久一次',
      '每隔多久',
      '几年一次',
      '多少年一次',
      '多久审议一次',
      '多长时间一次',
    ],
    deputy: ['正副团长', '副团长', '二把手', '第二号人物', '副代表团长', '副领队'],
    members: [
      '还有谁',
      '包括',
      '包含',
      '哪些地区',
      '哪些人',
      '都有谁',
      '有谁',
      '人员',
      '组成人员',
      '多少人',
      '代表们',
      '部委',
      '部门',
      '有代表',
      '派代表',
      '代表参加',
      '代表出席',
      '哪些地方',
    ],
    role: ['职位', '职务', '头衔', '什么官', '做什么的', '什么角色', '什么人', '干什么的', '干什么'],
    previous: [
      '几次',
      '之前接受过',
      '接受过几次',
      '哪几次',
      '几次审议',
      '之前的审议',
      '往届',
      '前几轮',
      '上一轮',
      '上一次',
      '历届',
    ],
    // "是什么时候": a time asked, not "what is".
    when: ['是什么时候', '啥时候', '什么时间', '几月几号', '何日'],
    where: ['哪儿', '什么地方', '在哪开', '在哪里开'],
    nextSteps: [
      '之后会发生什么',
      '之后会怎样',
      '之后呢',
      '之后还有什么',
      '后续',
      '下一个环节',
      '然后呢',
      '还有什么程序',
      '接下来是什么',
      '下一阶段',
      '后面还有',
      '什么步骤',
      '下一步',
      '接下来还有',
    ],
    sideEvent: ['周边活动', '配套活动', '边会活动', '会外活动'],
    organiser: ['组织', '谁办的', '主办方', '组织者'],
    // "乍得后面是谁": who comes after a state in the order.
    // "马耳他后面还有别的国家吗": a state after it in the order, not the steps after its review.
    after: [
      '后面',
      '之后',
      '接在',
      '后面还有别的国家',
      '后面还有国家',
      '后面还有其他国家',
      '之后还有别的国家',
      '之后还有国家',
      '之后还有其他国家',
    ],
    accepted: ['采纳', '支持了'],
    rejected: ['不接受', '驳回'],
    noted: ['部分接受', '表示注意'],
  },
  fr: {
    lead: [
      // "qui présente le rapport du Mexique": the head of delegation presents it.
      'qui presente',
      'qui presentera',
      'qui represente',
      'mene',
      'menee',
      'pilote',
      'preside',
      'dirigee',
      'conduite',
      'cheffe',
      'patron',
      'responsable',
    ],
    deputy: ['numero deux', 'numero 2', 'seconde', 'bras droit', 'sous chef', 'vice chef', 'chef adjoint'],
    members: [
      'compose',
      'composee',
      'se compose',
      'comprend',
      'fait partie',
      'font partie',
      'delegues',
      'representants',
      'qui accompagne',
      'qui d autre',
      'combien de personnes',
      'personnes',
      'ministeres',
      'organismes',
      'representee',
      'representes',
      'representation',
    ],
    role: ['fonction', 'fonctions', 'titre', 'role', 'quel poste', 'occupe'],
    previous: [
      'dernier examen',
      'examen precedent',
      'precedent examen',
      'combien de fois',
      'deja ete examinee',
      'deja ete examine',
      'derniere fois',
      'auparavant',
    ],
    when: ['c quand', 'a quelle heure', 'quel jour', 'quelle date'],
    nextSteps: [
      'apres l examen',
      'que se passe t il apres',
      'et ensuite',
      'ensuite',
      'la suite',
      'quelle suite',
      'et apres',
      'prochaines etapes',
      'et maintenant',
      'prochaine etape',
    ],
    officeHolder: ['president', 'presidente', 'presidait', 'presidence', 'a preside'],
    until: ['il reste combien', 'reste t il', 'combien de temps il reste'],
    outcome: ['resultats'],
    // "le CDH": the Human Rights Council as French writes it short.
    council: ['cdh'],
    origin: ['cree', 'creee', 'creation', 'mis en place', 'institue'],
    over: ['finir', 'vient de finir', 'vient de se terminer', 'se terminer', 'terminer'],
    sideEvent: [
      'evenement parallele',
      'evenements paralleles',
      'evenement',
      'manifestation',
      'manifestations',
      'en marge',
      'side event',
    ],
    organiser: ['organise', 'organisee', 'organisateur', 'organisatrice', 'organisateurs'],
    accepted: ['accepte', 'acceptee', 'retenues', 'soutenues', 'appuyees'],
    rejected: ['refusees', 'refuse', 'refusee', 'rejetee'],
    noted: ['prises en note', 'prise en note', 'partiellement', 'en partie'],
    adopt: ['adopte t il', 'adoptes'],
    review: ['passe', 'passera', 'examinee', 'examines', 'examine'],
    statesNoun: ['etat'],
    most: ['le plus de', 'le plus grand nombre'],
    fewest: ['le moins de'],
    speak: ['ont pris la parole', 'pris la parole', 'sont intervenus', 'intervenus', 'intervenu'],
  },
  es: {
    lead: [
      // "quién presenta el informe de México": the head of delegation presents it.
      'quien presenta',
      'quien presento',
      'quien presentara',
      'quien representa',
      'encabezada',
      'dirigida',
      'preside',
      'capitanea',
      'cabeza',
      'lider',
      'lleva a cabo',
    ],
    deputy: ['numero dos', 'numero 2', 'subjefe', 'subjefa', 'segundo al mando', 'vicejefe', 'jefe adjunto'],
    members: [
      'quien mas',
      'quienes mas',
      'integran',
      'integra',
      'forman',
      'componen',
      'conforman',
      'compuesta',
      'incluye',
      'representantes',
      'delegados',
      'cuantas personas',
      'personas',
      'ministerios',
      'organismos',
      'representado',
      'representada',
      'representacion',
    ],
    role: ['cargo', 'puesto', 'papel', 'que cargo'],
    previous: [
      'ultimo examen',
      'examen anterior',
      'cuantas veces',
      'ya ha sido',
      'ya fue',
      'la ultima vez',
      'pasado',
    ],
    when: ['que dia', 'a que hora', 'le toca'],
    nextSteps: [
      'que viene',
      'despues del examen',
      'que sigue',
      'y despues',
      'que pasa despues',
      'proxima etapa',
      'siguiente etapa',
      'y ahora que',
      'y ahora',
      'que viene despues',
    ],
    officeHolder: ['presidio', 'presidente', 'presidenta', 'presidencia', 'presidia'],
    until: ['cuanto queda', 'cuanto tiempo queda', 'queda poco'],
    outcome: ['resultados'],
    origin: ['creo', 'se creo', 'creado', 'creada', 'creacion', 'establecio'],
    over: ['terminar', 'acaba de terminar', 'termino', 'acabo', 'acaba de acabar'],
    sideEvent: ['eventos paralelos', 'evento', 'actos', 'acto', 'actividades paralelas', 'reunion'],
    organiser: ['organizada', 'organizado', 'organizaron'],
    accepted: ['aceptadas', 'apoyo', 'acepto'],
    rejected: ['rechazadas', 'rechazo'],
    noted: ['tomo nota', 'parcialmente', 'en parte'],
    adopt: ['aprueba', 'aprueban', 'se aprueba', 'aprobo', 'adopto', 'adoptado', 'adoptada', 'adoptan'],
    review: ['examinan', 'examinada', 'examinaron', 'se examina', 'examinado'],
    statesNoun: ['pais', 'estado'],
    protest: ['protestas', 'manifestaciones', 'manifestantes'],
    // "más recomendaciones": the most, and still recommendations.
    most: ['mas recomendaciones', 'el mayor numero', 'la mayor cantidad'],
    fewest: ['menos recomendaciones'],
    recommendations: ['mas recomendaciones', 'menos recomendaciones'],
    speak: ['hablaron', 'hablo', 'tomaron la palabra', 'intervino'],
  },
};

/** Words for the bodies a delegation's officials come from (部委, ministères): a count of them, not of people. */
export const MEMBER_BODY_WORDS = [
  'ministries',
  'bodies',
  'departments',
  '部委',
  '部门',
  '机构',
  '单位',
  'ministeres',
  'ministere',
  'organismes',
  'ministerios',
  'ministerio',
  'organismos',
  'dependencias',
];

/** Words asking for an average ("nombre moyen", "平均"): the session's average, not its total. */
export const AVERAGE_WORDS = [
  'average',
  'per state',
  'moyen',
  'moyenne',
  'par etat',
  'promedio',
  'media',
  'por estado',
  '平均',
  '每个国家',
];

/** Asks for a head count ("combien de personnes"), which the members' cue words swallow. */
export const HEADCOUNT_WORDS = [
  'how many people',
  'combien de personnes',
  'cuantas personas',
  '多少人',
  '几个人',
];

/** Words for "after" a step: what follows it, not the step itself. */
export const AFTER_WORDS = ['after', 'apres', 'despues', '之后', '以后', '结束后', '过后'];

/** Every (phrase, cue) the languages add, for the question vocabulary. */
export function languageCuePhrases(): { phrase: string; cue: Cue }[] {
  return Object.values(LANGUAGE_CUES).flatMap((cues) =>
    (Object.entries(cues) as [Cue, readonly string[]][]).flatMap(([cue, phrases]) =>
      phrases.map((phrase) => ({ phrase, cue })),
    ),
  );
}

/**
 * Everyday words of French and Spanish questions that look like a typo of a cue word ("avait" is
 * not "avant"): never corrected; and words many organisations' names share in those languages
 * ("mundial", "congrès"), which name none of them on their own.
 */
const PLAIN_WORDS: Record<'fr' | 'es', string> = {
  fr: 'avait avaient etait etaient aurait auront avons avez sont seront serait sera fait faite faits passe passee delegation lors depuis alors toujours encore aussi autres notre votre leurs quelles quelle quels mondial mondiale congres association nations unies droits homme societe etudes reseau',
  es: 'habia habian estaba estaban seria seran tiene tienen tenia hecho hecha cuales donde entonces tambien todavia otros otras nuestra nuestro delegacion mundial congreso asociacion naciones unidas derechos humanos sociedad estudios',
};

export function languageWords(): string[] {
  return Object.values(PLAIN_WORDS).flatMap((words) => words.split(' '));
}
