// Generated from libs/domain/src/policy/validate-checker.ts by `npm run generate:dashboard`; do not edit.
import { parseDeadlineSpec } from '../deadline.js';
export const POLICY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The spelling policy files use for durations: the subset of what `parseDeadlineSpec` reads that is also
 * expressible as a JSON Schema pattern (no case folding). Zero durations match here and are refused by the parser.
 */
export const POLICY_DURATION_PATTERN = /^(?:[1-9]\d*\s?(?:wd|werkdagen?|working days?)|P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;
export const pointer = (path, key) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
export const hasOwn = (o, key) => Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;
/** Collects every problem found (paths are JSON Pointers) and checks the common shapes. */
export class Checker {
    errors = [];
    error(path, message) {
        this.errors.push({ path, message });
    }
    /** An object with exactly the allowed keys; returns it when it is an object at all, so checks can go on. */
    object(value, path, required, optional = []) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.error(path, 'must be an object');
            return null;
        }
        const o = value;
        for (const key of required)
            if (!hasOwn(o, key))
                this.error(path, `must have "${key}"`);
        for (const key of Object.keys(o)) {
            if (!required.includes(key) && !optional.includes(key))
                this.error(pointer(path, key), 'is not a known field');
        }
        return o;
    }
    array(value, path, minItems = 0) {
        if (!Array.isArray(value)) {
            this.error(path, 'must be a list');
            return null;
        }
        const items = value;
        if (items.length < minItems)
            this.error(path, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
        return items;
    }
    string(value, path, pattern, what) {
        if (typeof value !== 'string' || value.trim() === '') {
            this.error(path, 'must be a non-empty string');
            return false;
        }
        if (pattern && !pattern.test(value)) {
            this.error(path, `"${value}" is not ${what ?? `of the form ${pattern.source}`}`);
            return false;
        }
        return true;
    }
    id(value, path) {
        return this.string(value, path, POLICY_ID_PATTERN, 'a lower-case kebab-case id');
    }
    finiteNumber(value, path) {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            this.error(path, 'must be a finite number');
            return false;
        }
        return true;
    }
    text(value, path) {
        const o = this.object(value, path, ['nl', 'en']);
        if (!o)
            return;
        if (hasOwn(o, 'nl'))
            this.string(o.nl, pointer(path, 'nl'));
        if (hasOwn(o, 'en'))
            this.string(o.en, pointer(path, 'en'));
    }
    oneOf(value, path, allowed) {
        if (!allowed.includes(value)) {
            this.error(path, `must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
            return false;
        }
        return true;
    }
    duration(value, path) {
        if (!this.string(value, path, POLICY_DURATION_PATTERN, 'a duration such as "10wd", "P8W" or "PT3S"'))
            return null;
        try {
            return parseDeadlineSpec(value);
        }
        catch (e) {
            this.error(path, e.message);
            return null;
        }
    }
}
