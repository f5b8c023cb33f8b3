/**
 * China's public holidays and adjusted working days (调休) for the years the exit planner knows, from
 * the State Council's notices (content/facts.yaml `cn-holidays-2026`, `cn-holidays-2027`). A year whose
 * notice is out is `published`: its days off and its weekend working days are exact. A year whose
 * notice is not out is `statutory`: only the statutory holidays themselves are known, so its dates are
 * provisional. Any other year counts weekends only.
 */

export const HOLIDAY_NAMES = [
  'new-year',
  'spring-festival',
  'qingming',
  'labour-day',
  'dragon-boat',
  'mid-autumn',
  'national-day',
] as const;

export type HolidayName = (typeof HOLIDAY_NAMES)[number];

export interface HolidayYear {
  year: number;
  /** `published`: the State Council's notice is out; `statutory`: only the statutory days are known. */
  status: 'published' | 'statutory';
  /** The fact in content/facts.yaml with the source. */
  fact: string;
  /** When the table was last checked against the sources, YYYY-MM-DD. */
  verified: string;
  /** Days off, first and last day inclusive. */
  holidays: readonly { name: HolidayName; from: string; to: string }[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly string[];
}

export const HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2026,
    status: 'published',
    fact: 'cn-holidays-2026',
    verified: '2026-12-02',
    holidays: [
      { name: 'new-year', from: '2026-01-01', to: '2026-01-03' },
      { name: 'spring-festival', from: '2026-02-15', to: '2026-02-23' },
      { name: 'qingming', from: '2026-04-04', to: '2026-04-06' },
      { name: 'labour-day', from: '2026-05-01', to: '2026-05-05' },
      { name: 'dragon-boat', from: '2026-06-19', to: '2026-06-21' },
      { name: 'mid-autumn', from: '2026-09-25', to: '2026-09-27' },
      { name: 'national-day', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    status: 'statutory',
    fact: 'cn-holidays-2027',
    verified: '2026-12-02',
    holidays: [
      { name: 'new-year', from: '2027-01-01', to: '2027-01-01' },
      { name: 'spring-festival', from: '2027-02-05', to: '2027-02-08' },
      { name: 'qingming', from: '2027-04-05', to: '2027-04-05' },
      { name: 'labour-day', from: '2027-05-01', to: '2027-05-02' },
      { name: 'dragon-boat', from: '2027-06-09', to: '2027-06-09' },
      { name: 'mid-autumn', from: '2027-09-15', to: '2027-09-15' },
      { name: 'national-day', from: '2027-10-01', to: '2027-10-03' },
    ],
    workdays: [],
  },
];
