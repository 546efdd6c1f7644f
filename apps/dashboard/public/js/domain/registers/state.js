// Generated from libs/domain/src/registers/state.ts by `npm run generate:dashboard`; do not edit.
export function emptyRegisterState(kinds) {
    return { kinds, submitted: {}, submittedBy: null, remarks: null, published: {} };
}
