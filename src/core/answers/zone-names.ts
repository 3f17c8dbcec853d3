import { normaliseName } from '../state-names.ts';

// "What time is it in New York?": place names and abbreviations people use for time zones.

const ALIASES: Record<string, string> = {
  geneva: 'Europe/Zurich',
  'new york city': 'America/New_York',
  nyc: 'America/New_York',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  boston: 'America/New_York',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  beijing: 'Asia/Shanghai',
  chongqing: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  macao: 'Asia/Macau',
  abuja: 'Africa/Lagos',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  brussels: 'Europe/Brussels',
  'mexico city': 'America/Mexico_City',
  'kuala lumpur': 'Asia/Kuala_Lumpur',
  'port louis': 'Indian/Mauritius',
  valletta: 'Europe/Malta',
  "n'djamena": 'Africa/Ndjamena',
  ndjamena: 'Africa/Ndjamena',
  bangui: 'Africa/Bangui',
  brazzaville: 'Africa/Brazzaville',
  belmopan: 'America/Belize',
  riyadh: 'Asia/Riyadh',
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
};

/** Countries of one zone: "in China", "Malaysia time"; never "for Chad" (that is the state). */
const COUNTRIES: Record<string, string> = {
  china: 'Asia/Shanghai',
  nigeria: 'Africa/Lagos',
  malaysia: 'Asia/Kuala_Lumpur',
  senegal: 'Africa/Dakar',
  'saudi arabia': 'Asia/Riyadh',
  jordan: 'Asia/Amman',
  mauritius: 'Indian/Mauritius',
  malta: 'Europe/Malta',
  belize: 'America/Belize',
  chad: 'Africa/Ndjamena',
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

/**
 * The zone a question asks for: "in New York", "in Beijing time", "Tokyo time", "in EST".
 * Only phrases in such a frame count, so "Hong Kong" as a topic is not taken for a zone.
 */
export function zoneAskedFor(text: string): string | undefined {
  const names = zonesByName();
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const before = words[i - 1];
      const after = words[i + n];
      const country = COUNTRIES[phrase];
      // "in China" ends the question when it means a zone; "in China's review" is the state.
      if (country && ((before === 'in' && after === undefined) || after === 'time')) return country;
      const zone = names.get(phrase);
      if (!zone) continue;
      if (before === 'in' || before === 'for' || after === 'time') return zone;
    }
  }
  return undefined;
}
