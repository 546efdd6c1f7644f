import { COMMISSION_POLICY_RANGES, type CommissionPolicy } from './commission';
import { REGISTER_FUNCTION_ADDRESSES_MAX, REGISTER_ORGANIZATION_MAX } from '../registers/definition';
import { EMAIL } from '../registers/validate';
import { hasOwn, pointer, type Checker } from './validate-checker';

// The shapes of the sections about the organisation around a case: the commission's calendar, the registers.

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

/** The `registers` section's shape: the organisation's name and the function addresses that may be a contact. */
export function checkRegistersShape(c: Checker, value: unknown, path: string): void {
  const r = c.object(value, path, ['organization'], ['functionAddresses']);
  const organization = pointer(path, 'organization');
  if (r && hasOwn(r, 'organization') && c.string(r.organization, organization)) {
    if ([...r.organization].length > REGISTER_ORGANIZATION_MAX) {
      c.error(organization, `must be at most ${REGISTER_ORGANIZATION_MAX} characters`);
    }
  }
  if (r && hasOwn(r, 'functionAddresses')) {
    const at = pointer(path, 'functionAddresses');
    const list = c.array(r.functionAddresses, at);
    if (list && list.length > REGISTER_FUNCTION_ADDRESSES_MAX) {
      c.error(at, `must have at most ${REGISTER_FUNCTION_ADDRESSES_MAX} addresses`);
    }
    list?.forEach((a, i) => c.string(a, pointer(at, i), EMAIL, 'an e-mail address'));
  }
}
