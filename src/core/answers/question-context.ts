import type { Knowledge } from '../knowledge.ts';

/** What the question engine reads: the data, the instant asked at, and the zone to show times in. */
export interface QuestionContext extends Knowledge {
  now: string;
  zone: string;
}
