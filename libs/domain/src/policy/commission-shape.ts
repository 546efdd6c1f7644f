import { COMMISSION_POLICY_RANGES, type CommissionPolicy } from './commission';
import { hasOwn, pointer, type Checker } from './validate-checker';

/** The `commission` section's shape: each setting optional, a whole number in its range. */
export function checkCommissionShape(c: Checker, value: unknown, path: string): void {
  const keys = Object.keys(COMMISSION_POLICY_RANGES) as Array<keyof CommissionPolicy>;
  const section = c.object(value, path, [], keys);
  if (!section) return;
  for (const key of keys) {
    if (!hasOwn(section, key)) continue;
    const [min, max] = COMMISSION_POLICY_RANGES[key];
    const v = section[key];
    if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) {
      c.error(pointer(path, key), `must be a whole number from ${min} to ${max}`);
    }
  }
}
