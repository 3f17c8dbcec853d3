import { normaliseName } from '../state-names.ts';

// "What time is it in New York?": place names and abbreviations people use for time zones. The
// cities of the tz database are all here; a state's own zone ("in Beijing", "Nigerian time")
// comes from the data set, which gives each state its capital's zone.

const ALIASES: Record<string, string> = {
  geneva: 'Europe/Zurich',
  'new york city': 'America/New_York',
  nyc: 'America/New_York',
  ny: 'America/New_York',
  kl: 'Asia/Kuala_Lumpur',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  boston: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  chongqing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  macao: 'Asia/Macau',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  brussels: 'Europe/Brussels',
  california: 'America/Los_Angeles',
  'west coast': 'America/Los_Angeles',
  'east coast': 'America/New_York',
  texas: 'America/Chicago',
  florida: 'America/New_York',
  hawaii: 'Pacific/Honolulu',
  utc: 'UTC',
  gmt: 'UTC',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  cst: 'America/Chicago',
  central: 'America/Chicago',
  cet: 'Europe/Zurich',
  bst: 'Europe/London',
  ist: 'Asia/Kolkata',
  jst: 'Asia/Tokyo',
  // Cities as French and Spanish write them ("heure de Pékin", "hora de Nueva York").
  pekin: 'Asia/Shanghai',
  'nueva york': 'America/New_York',
  londres: 'Europe/London',
  ginebra: 'Europe/Zurich',
  geneve: 'Europe/Zurich',
};

let zoneByName: Map<string, string> | undefined;

function zonesByName(): Map<string, string> {
  if (zoneByName) return zoneByName;
  zoneByName = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!;
    zoneByName.set(normaliseName(city.replaceAll('_', ' ')), zone);
  }
  for (const [name, zone] of Object.entries(ALIASES)) zoneByName.set(normaliseName(name), zone);
  return zoneByName;
}

/** Every place name the zone database and the aliases above know, with its zone. */
export function zoneNames(): ReadonlyMap<string, string> {
  return zonesByName();
}
