import {
  CLOCK,
  COMPOUND,
  MISC,
  MISREADS,
  ORGANISATIONS,
  OTHER_LANGUAGES,
  PEOPLE,
  TRAPS,
  ZONES,
} from '../../support/composition-cases.ts';
import { runParaphraseCases } from '../../support/paraphrase-runner.ts';

// Tuning questions written from the facts brief (see test/support/composition-cases.ts), run
// against the built-in data at their own clocks.

runParaphraseCases('composition: several questions in one', COMPOUND, 15);
runParaphraseCases('composition: the clock', CLOCK, 20);
runParaphraseCases('composition: people and their roles', PEOPLE, 8);
runParaphraseCases('composition: organisations and events', ORGANISATIONS, 5);
runParaphraseCases('composition: misreadings waiting to happen', MISREADS, 8);
runParaphraseCases('composition: traps', TRAPS, 15);
runParaphraseCases('composition: time zones', ZONES, 5);
runParaphraseCases('composition: French, Spanish and Chinese', OTHER_LANGUAGES, 10);
runParaphraseCases('composition: across the session', MISC, 10);
