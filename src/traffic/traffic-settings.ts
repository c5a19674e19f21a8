import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_IDLE_LIFETIME_MS,
  DEFAULT_MEMORY_MB,
  DEFAULT_SCALING,
} from '../sim/index.ts';
import type { WhatIf } from './traffic-scenario.ts';

/** The what-if controls' starting values: the simulator's own defaults, read from `@lab/sim` (never restated). */
export const TRAFFIC_DEFAULTS = {
  memoryMb: DEFAULT_MEMORY_MB,
  packageMb: 1,
  idleMinutes: DEFAULT_IDLE_LIFETIME_MS / 60_000,
  accountLimit: DEFAULT_ACCOUNT_CONCURRENCY,
  scaling: DEFAULT_SCALING,
  provisioned: 0,
} as const;

/** The page's what-if controls, by `data-input` name. */
export const SETTING_KEYS = [
  'memoryMb',
  'architecture',
  'runtime',
  'packageMb',
  'idleMinutes',
  'reservedConcurrency',
  'accountLimit',
  'scaling',
  'provisioned',
  'method',
] as const;
/** One control's name. */
export type SettingKey = (typeof SETTING_KEYS)[number];
/** Control values as the form holds them (strings); a missing key keeps the control's default. */
export type TrafficSettings = Partial<Record<SettingKey, string>>;

const isKey = (k: string): k is SettingKey => (SETTING_KEYS as readonly string[]).includes(k);

/** Keeps only known keys with short string values (what a shared link may set). */
export function sanitizeSettings(input: unknown): TrafficSettings {
  const out: TrafficSettings = {};
  if (input === null || typeof input !== 'object') return out;
  for (const [key, value] of Object.entries(input))
    if (isKey(key) && typeof value === 'string' && value.length <= 40) out[key] = value;
  return out;
}

/**
 * The what-if for a side's control values. Empty reserved concurrency means none; provisioned concurrency is
 * the count kept 08:00–20:00 UTC every day (0 for none). Numbers out of range are left for the simulator's
 * validation, whose message names the field and the allowed range.
 */
export function settingsToWhatIf(s: TrafficSettings): WhatIf {
  const num = (v: string | undefined, fallback: number) =>
    v === undefined || v.trim() === '' ? fallback : Number(v);
  const provisioned = num(s.provisioned, TRAFFIC_DEFAULTS.provisioned);
  const reserved = (s.reservedConcurrency ?? '').trim();
  const whatIf: WhatIf = {
    memoryMb: num(s.memoryMb, TRAFFIC_DEFAULTS.memoryMb),
    architecture: s.architecture === 'arm64' ? 'arm64' : 'x86_64',
    packageMb: num(s.packageMb, TRAFFIC_DEFAULTS.packageMb),
    idleMinutes: num(s.idleMinutes, TRAFFIC_DEFAULTS.idleMinutes),
    reservedConcurrency: reserved === '' ? null : Number(reserved),
    accountLimit: num(s.accountLimit, TRAFFIC_DEFAULTS.accountLimit),
    scaling: s.scaling === 'legacy-burst' || s.scaling === 'unlimited' ? s.scaling : TRAFFIC_DEFAULTS.scaling,
    provisionedByHour: provisioned > 0 ? [{ fromHour: 8, toHour: 20, count: provisioned }] : [],
    method: s.method === 'exact' || s.method === 'fast' ? s.method : 'auto',
  };
  if (s.runtime) whatIf.runtime = s.runtime as NonNullable<WhatIf['runtime']>;
  return whatIf;
}
