import { z } from 'zod';

// The one definition of the UPR data format. Files are validated against it on import, the
// built-in set is checked by it in tests, and the published JSON Schema is generated from it.

export const statusSchema = z
  .enum(['confirmed', 'inferred', 'unconfirmed'])
  .describe(
    'confirmed: stated by a listed source; inferred: follows from confirmed facts (say why); unconfirmed: not found',
  );

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes')
  .max(80);
const stateCode = z.string().regex(/^[A-Z]{3}$/, 'a state is its ISO 3166-1 alpha-3 code, e.g. FRA');
const isoDate = z.iso.date().describe('a calendar date, YYYY-MM-DD, in the session zone');
/** One spelling per instant (UTC, `Z`, milliseconds only when there are some), so that an
 * unchanged time written with another offset compares equal and is not reported as a change. */
export function utcInstant(text: string): string {
  // Zod runs this even on text its own check has just refused: leave such text for the refusal.
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? text : at.toISOString().replace('.000Z', 'Z');
}
const instant = z.iso
  .datetime({ offset: true })
  .overwrite(utcInstant)
  .describe('an instant, ISO 8601 with Z or an offset (stored in UTC)');
/** Links reach Slack, Discord and calendars: only web addresses, never `javascript:` or `data:`. */
const webUrl = () =>
  z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
    .meta({ pattern: '^https?://' });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time, HH:MM');
const sourceIds = z.array(id).describe('ids of entries in `sources`');
/** From when an outcome is known: the bot never tells it, in any tense, before then. */
const asOf = z
  .union([instant, isoDate])
  .describe(
    'from when this is known (an outcome is never told before it): an instant, or a date from its end',
  );

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1).describe('the title or site, as a reader would cite it'),
    url: webUrl(),
    publisher: z.string().optional(),
    published: isoDate.optional(),
  })
  .strict();

/**
 * When something happens. A date may be known without a time: then `start` is absent and the
 * bot says "time not announced" rather than inventing 00:00.
 */
export const whenSchema = z
  .object({
    date: isoDate.optional().describe('absent when even the date is not known'),
    start: instant.optional(),
    end: instant.optional(),
    status: statusSchema.describe('status of the date'),
    timeStatus: statusSchema
      .optional()
      .describe('status of the start and end, when they differ from the date'),
    note: z.string().optional().describe('why an inferred value is inferred'),
    sources: sourceIds.default([]),
  })
  .strict();

/** A name as written in the bot's other languages, where the data knows it (never machine-made). */
const inLanguages = z
  .object({
    zh: z.string().min(1).optional().describe('Chinese (simplified)'),
    fr: z.string().min(1).optional().describe('French'),
    es: z.string().min(1).optional().describe('Spanish'),
  })
  .strict();

const sourced = {
  status: statusSchema,
  note: z.string().optional(),
  sources: sourceIds.default([]),
};

/** Other names per language (a list each), where the data knows them. */
const aliasesInLanguages = z
  .object({
    zh: z.array(z.string().min(1)).optional(),
    fr: z.array(z.string().min(1)).optional(),
    es: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .optional();

export const stateSchema = z
  .object({
    code: stateCode,
    name: z.string().min(1),
    aliases: z
      .array(z.string())
      .default([])
      .describe('other names people use: short names, demonyms, the capital ("French", "Paris")'),
    names: inLanguages
      .optional()
      .describe(
        "the state's name in Chinese, French and Spanish: shown to readers of them and understood in questions",
      ),
    aliasesIn: aliasesInLanguages.describe(
      'other names readers of Chinese, French and Spanish use: demonyms, short forms (chinoise, 沙特)',
    ),
    article: z
      .literal('the')
      .optional()
      .describe('"the" when the name takes it in a sentence: the Philippines'),
    zone: z
      .string()
      .optional()
      .describe('IANA zone of the capital, for "what time is it in <state>": Asia/Shanghai'),
  })
  .strict();

export const personSchema = z
  .object({
    id,
    name: z.string().min(1),
    honorific: z.string().optional().describe('Ambassador, Professor ...'),
    title: z.string().optional().describe('the office held, in one line'),
    aliases: z
      .array(z.string())
      .default([])
      .describe('other ways the name is written: another script, another order'),
    names: inLanguages
      .optional()
      .describe('the name as written in Chinese, French and Spanish, where it differs (陈旭)'),
    titles: inLanguages
      .optional()
      .describe(
        'the office (honorific and title) in Chinese, French and Spanish, in the standard UN wording of that office: a rendering of the title, not a new fact',
      ),
    bio: z.string().optional().describe('one or two sentences, true at any time: who the person is'),
    remarks: z
      .array(z.object({ text: z.string().min(1), asOf, sources: sourceIds.default([]) }).strict())
      .default([])
      .describe('dated things the person did, each told only once it is known'),
    state: stateCode.optional(),
    ...sourced,
  })
  .strict();

export const roleSchema = z
  .object({ person: id.optional(), text: z.string().optional(), ...sourced })
  .strict()
  .describe('a position that may be unfilled in the data: status unconfirmed and no person');

/** A region or place a delegation's composition names ("Greenland"), with its names per language. */
export const memberPlaceSchema = z
  .object({
    name: z.string().min(1).describe('as `text` names it'),
    names: inLanguages.optional().describe('the name in Chinese, French and Spanish'),
    aliases: z.array(z.string().min(1)).default([]).describe('other English names ("Euskadi")'),
    aliasesIn: aliasesInLanguages.describe(
      'other names readers of Chinese, French and Spanish use (格陵兰, Groenland)',
    ),
  })
  .strict();

export const delegationSchema = z
  .object({
    head: roleSchema,
    deputy: roleSchema.optional(),
    members: z
      .object({
        text: z.string(),
        bodies: z
          .object({
            count: z.number().int().positive(),
            approximate: z.boolean().default(false).describe('"about 20"'),
          })
          .strict()
          .optional()
          .describe(
            'how many ministries and bodies `text` says officials came from, as a number any language can say',
          ),
        places: z
          .array(memberPlaceSchema)
          .default([])
          .describe('the regions or places `text` says sent representatives, each named per language'),
        ...sourced,
      })
      .strict()
      .optional(),
  })
  .strict();

export const countSchema = z
  .object({
    value: z.number().int().nonnegative(),
    detail: z.string().optional(),
    detailIn: inLanguages
      .optional()
      .describe('`detail` in Chinese, French and Spanish: a faithful rendering'),
    asOf: asOf.optional(),
    ...sourced,
  })
  .strict();

/** A state's replies to its recommendations: how many it accepted, noted and rejected. */
export const repliesSchema = z
  .object({
    when: whenSchema.describe('when the replies were or are to be published'),
    accepted: z.number().int().nonnegative().optional(),
    partiallyAccepted: z.number().int().nonnegative().optional(),
    noted: z.number().int().nonnegative().optional(),
    rejected: z.number().int().nonnegative().optional(),
    ...sourced,
  })
  .strict();

export const reviewSchema = z
  .object({
    id,
    session: id,
    state: stateCode,
    order: z.number().int().positive(),
    cycle: z.number().int().positive(),
    when: whenSchema,
    adoption: whenSchema.describe('adoption of the Working Group report during the session'),
    councilAdoption: whenSchema
      .optional()
      .describe("adoption of the review's outcome by the Human Rights Council in plenary"),
    replies: repliesSchema.optional(),
    delegation: delegationSchema,
    troika: z
      .object({ states: z.array(stateCode).default([]), ...sourced })
      .strict()
      .describe('the three rapporteur states; unconfirmed with no states when not found'),
    recommendations: countSchema.optional(),
    webcast: webUrl().optional(),
  })
  .strict();

export const previousReviewSchema = z
  .object({
    id,
    state: stateCode,
    cycle: z.number().int().positive(),
    date: isoDate,
    adoption: isoDate.optional(),
    hrcAdoption: isoDate.optional(),
    head: z.string().optional(),
    headIn: inLanguages
      .optional()
      .describe(
        '`head` (office and name) in Chinese, French and Spanish: the title rendered, the name as written there',
      ),
    recommendations: z
      .string()
      .optional()
      .describe('as the source words it, e.g. "346 from 150 states, 284 accepted"'),
    counts: z
      .object({
        received: z.number().int().nonnegative().optional(),
        accepted: z.number().int().nonnegative().optional(),
        fromStates: z.number().int().positive().optional(),
      })
      .strict()
      .optional()
      .describe('the figures of `recommendations` as numbers, so any language can state them'),
    ...sourced,
  })
  .strict();

export const eventKindSchema = z.enum(['side-event', 'protest', 'press-conference', 'plenary', 'other']);

export const sideEventSchema = z
  .object({
    id,
    session: id,
    kind: eventKindSchema,
    title: z.string().min(1),
    organisers: z.array(z.string()).min(1),
    organiserAcronyms: z.array(z.string()).default([]),
    organiserAliases: z
      .array(z.string())
      .default([])
      .describe("the organisers' names in other languages or scripts"),
    organisersIn: z
      .object({
        zh: z.array(z.string()).optional(),
        fr: z.array(z.string()).optional(),
        es: z.array(z.string()).optional(),
      })
      .strict()
      .optional()
      .describe(
        "the organisers' names per language, in the order of `organisers`; an empty string keeps the English",
      ),
    states: z.array(stateCode).default([]).describe('the states it concerns'),
    when: whenSchema,
    place: z.string().optional(),
    placeIn: inLanguages.optional().describe('`place` as named in Chinese, French and Spanish'),
    speakers: z.array(z.string()).default([]),
    detail: z.string().optional().describe('what is planned, true at any time'),
    detailIn: inLanguages
      .optional()
      .describe('`detail` in Chinese, French and Spanish: a faithful rendering'),
    outcome: z
      .object({
        text: z.string().min(1),
        textIn: inLanguages
          .optional()
          .describe('`text` in Chinese, French and Spanish: a faithful rendering'),
        asOf,
        sources: sourceIds.default([]),
      })
      .strict()
      .optional()
      .describe('how it went (attendance ...), told only once known'),
    ...sourced,
  })
  .strict();

export const documentSchema = z
  .object({
    id,
    review: id,
    kind: z.enum(['national-report', 'un-compilation', 'stakeholder-summary', 'outcome-report', 'addendum']),
    symbol: z.string().min(1),
    title: z.string().min(1),
    url: webUrl().optional(),
    ...sourced,
  })
  .strict();

export const factSchema = z
  .object({
    id,
    topic: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('what the fact answers: upr-frequency, review-length, speaking-time, focus, pledges ...'),
    subject: z
      .string()
      .optional()
      .describe('a state code, a review id, a person id, or absent for general UPR facts'),
    text: z.string().min(1).describe('the answer in one or two sentences, as the bot will say it'),
    textIn: inLanguages
      .optional()
      .describe(
        '`text` in Chinese, French and Spanish: a faithful rendering of it with the same figures, not a new fact',
      ),
    keywords: z.array(z.string()).default([]),
    asOf: asOf.optional(),
    ...sourced,
  })
  .strict();

export const reviewUpdateSchema = z
  .object({
    id,
    state: stateCode,
    published: z.union([instant, isoDate]),
    text: z.string().min(1),
    postedBy: z.string().optional(),
    ...sourced,
  })
  .strict();

export const sessionSchema = z
  .object({
    id,
    number: z.number().int().positive(),
    body: z.string(),
    title: z.string(),
    cycle: z.number().int().positive(),
    zone: z.string().describe('IANA zone of the venue, e.g. Europe/Zurich for Geneva'),
    zoneNames: inLanguages
      .optional()
      .describe("the venue's local time as readers of other languages call it: 日内瓦时间, heure de Genève"),
    window: z
      .object({ start: isoDate, end: isoDate, ...sourced })
      .strict()
      .refine((w) => w.start <= w.end, { message: 'window ends before it starts' }),
    place: z
      .object({
        text: z.string(),
        room: z.string().optional(),
        names: inLanguages.optional().describe('the place (`text`) as named in other languages'),
        roomNames: inLanguages.optional().describe('the room as named in other languages'),
        ...sourced,
      })
      .strict(),
    webcast: z
      .object({ url: webUrl(), text: z.string(), ...sourced })
      .strict()
      .optional(),
    outcomes: z
      .object({
        text: z.string(),
        councilSession: z
          .number()
          .int()
          .positive()
          .optional()
          .describe("the Human Rights Council's session that adopts the outcomes"),
        window: z.object({ start: isoDate, end: isoDate }).strict().optional(),
        ...sourced,
      })
      .strict()
      .optional(),
    standardSlots: z.string().optional().describe('the usual review slots, in words'),
    slots: z
      .array(
        z
          .object({
            name: z.string().describe('morning, afternoon ...'),
            start: clock,
            end: clock,
          })
          .strict(),
      )
      .default([])
      .describe('the standard review slots, local time in the session zone'),
    reviewMinutes: z.number().int().positive().optional().describe('how long one review lasts'),
    adoptionMinutes: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("the block of time in which one state's report is adopted"),
  })
  .strict();

export const dataSetSchema = z
  .object({
    $schema: z.string().optional(),
    revision: z.string().min(1).describe('a label that changes whenever the content does, e.g. 2024-07-05.1'),
    sources: z.array(sourceSchema),
    sessions: z.array(sessionSchema).min(1),
    states: z.array(stateSchema),
    people: z.array(personSchema).default([]),
    reviews: z.array(reviewSchema),
    previousReviews: z.array(previousReviewSchema).default([]),
    events: z.array(sideEventSchema).default([]),
    documents: z.array(documentSchema).default([]),
    facts: z.array(factSchema).default([]),
    updates: z.array(reviewUpdateSchema).default([]),
  })
  .strict();

export type Status = z.infer<typeof statusSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type When = z.infer<typeof whenSchema>;
export type State = z.infer<typeof stateSchema>;
export type Person = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type PreviousReview = z.infer<typeof previousReviewSchema>;
export type SideEvent = z.infer<typeof sideEventSchema>;
export type UprDocument = z.infer<typeof documentSchema>;
export type Fact = z.infer<typeof factSchema>;
export type MemberPlace = z.infer<typeof memberPlaceSchema>;
export type ReviewUpdate = z.infer<typeof reviewUpdateSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Replies = z.infer<typeof repliesSchema>;
export type Count = z.infer<typeof countSchema>;
export type DataSet = z.infer<typeof dataSetSchema>;
export type DataSetInput = z.input<typeof dataSetSchema>;
