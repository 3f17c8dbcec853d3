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
const stateCode = z.string().regex(/^[A-Z]{3}$/, 'a state is its ISO 3166-1 alpha-3 code, e.g. CHN');
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
const sourceIds = z.array(id).describe('ids of entries in `sources`');

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

const sourced = {
  status: statusSchema,
  note: z.string().optional(),
  sources: sourceIds.default([]),
};

export const stateSchema = z
  .object({
    code: stateCode,
    name: z.string().min(1),
    aliases: z.array(z.string()).default([]).describe('other names people use: PRC, Chinese ...'),
  })
  .strict();

export const personSchema = z
  .object({
    id,
    name: z.string().min(1),
    honorific: z.string().optional().describe('Ambassador, Professor ...'),
    title: z.string().optional().describe('the office held, in one line'),
    bio: z.string().optional().describe('one or two sentences: who the person is'),
    state: stateCode.optional(),
    ...sourced,
  })
  .strict();

export const roleSchema = z
  .object({ person: id.optional(), text: z.string().optional(), ...sourced })
  .strict()
  .describe('a position that may be unfilled in the data: status unconfirmed and no person');

export const delegationSchema = z
  .object({
    head: roleSchema,
    deputy: roleSchema.optional(),
    members: z
      .object({ text: z.string(), ...sourced })
      .strict()
      .optional(),
  })
  .strict();

export const countSchema = z
  .object({ value: z.number().int().nonnegative(), detail: z.string().optional(), ...sourced })
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
    recommendations: z
      .string()
      .optional()
      .describe('as the source words it, e.g. "346 from 150 states, 284 accepted"'),
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
    states: z.array(stateCode).default([]).describe('the states it concerns'),
    when: whenSchema,
    place: z.string().optional(),
    speakers: z.array(z.string()).default([]),
    detail: z.string().optional(),
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
    keywords: z.array(z.string()).default([]),
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
    window: z
      .object({ start: isoDate, end: isoDate, ...sourced })
      .strict()
      .refine((w) => w.start <= w.end, { message: 'window ends before it starts' }),
    place: z.object({ text: z.string(), room: z.string().optional(), ...sourced }).strict(),
    webcast: z
      .object({ url: webUrl(), text: z.string(), ...sourced })
      .strict()
      .optional(),
    outcomes: z
      .object({ text: z.string(), ...sourced })
      .strict()
      .optional(),
    standardSlots: z.string().optional().describe('the usual review slots, in words'),
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
export type ReviewUpdate = z.infer<typeof reviewUpdateSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type DataSet = z.infer<typeof dataSetSchema>;
export type DataSetInput = z.input<typeof dataSetSchema>;
